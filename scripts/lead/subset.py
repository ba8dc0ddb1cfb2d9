"""Decide the records of labelled sets whose Bash command matches REGEX. Usage: subset.py REGEX FILE... (PYTHONPATH picks the tree)"""
import json, re, sys, os
sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.api import action_from_json, context_from_json, default_engine
from automode.commands.bench import BENCH_HOME
from automode.corpus_split import half_of
eng = default_engine(); rx = re.compile(sys.argv[1])
for f in sys.argv[2:]:
    for l in open(f):
        r = json.loads(l)
        if "action" not in r: continue
        if "/tmp/h2" in f and half_of(r.get("family", "")) != "tune": continue
        body = json.dumps(r["action"]["input"], ensure_ascii=False)
        if not rx.search(body): continue
        d = eng.decide(action_from_json(r["action"]), context_from_json(r.get("context") or {}, home=BENCH_HOME))
        print(f"{r['id']:28} {r['label']:5} {d.verdict:5} {','.join(d.rules)[:50]:50} {body[:90]}")
