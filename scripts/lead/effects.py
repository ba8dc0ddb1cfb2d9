"""Print the effects automode's analysis finds for Bash commands. Usage: effects.py CMD..."""
import sys, os
sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.api import action_from_json, context_from_json
from automode.commands.bench import BENCH_HOME
from automode.analysis import analyze
ctx = context_from_json({"user_messages": ["fix the typo in the README heading"], "cwd": "/home/dev/src/app", "project_root": "/home/dev/src/app"}, home=BENCH_HOME)
for c in sys.argv[1:]:
    a = analyze(action_from_json({"tool": "Bash", "input": {"command": c}}), ctx)
    print("==", c)
    for e in a.effects:
        print("  ", e.kind, repr(e.target)[:60], "verb=", e.verb, "scope=", e.scope, "env=", e.env, "origin=", e.origin, "via=", e.via[:2])
