"""Why a text is (not) flagged: readers, heads, marks. Usage: scrdbg.py FILE ID... (tune-half styles only for sealed)"""
import json
import os
import re
import sys

sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.screen import message as sm
from automode.screen.bench import screen_output
from automode.screen.units_patterns import patterns

path, ids = sys.argv[1], set(sys.argv[2:])
for l in open(path):
    r = json.loads(l)
    if r["id"] not in ids: continue
    text = r["text"]
    norm = text.lower()
    w = screen_output("WebFetch", {}, text)
    words = set(re.split(r"[\s!-/:-@\[-^`{-~]+", norm))
    rx = sm._rx()
    readers = {x for x in words if x in sm._AI_WORDS or (x.startswith(sm._ROLE_STEMS) and len(x) <= 16)}
    print("==", r["id"], r["style"], "flag:", (w or "-")[:200])
    print("   readers:", readers, "turns:", words & sm._TURN_WORDS)
    for kind in ("label","vocative","wish","modal","turn","gate"):
        m = getattr(rx, kind).search(norm)
        if m: print("   head", kind, repr(m.group(0)[:80]))
    p = patterns()
    print("   marks(all text):", sm._marks(p, rx, norm, norm, 0, len(norm), None), "acts:", sm._acts(p, norm))
    print("   message.read:", sm.read(norm))
