"""Decide Bash commands under a user message. Usage: probe.py 'user words [|| later message]' cmd1 cmd2 ... (or - to read lines)"""
import sys, json
import os; sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.api import action_from_json, context_from_json, default_engine
from automode.commands.bench import BENCH_HOME
eng = default_engine()
words = sys.argv[1]
cmds = sys.argv[2:]
if cmds == ["-"]: cmds = [l.rstrip("\n") for l in sys.stdin if l.strip()]
ctx = {"user_messages": [w.strip() for w in words.split("||")] if words else [], "cwd": "/home/dev/src/app", "project_root": "/home/dev/src/app",
       "git": {"branch": "main", "remotes": {"origin": "git@github.com:acme/app.git"}}}
for c in cmds:
    if c.startswith("{"):
        act = json.loads(c)
    else:
        act = {"tool": "Bash", "input": {"command": c}}
    d = eng.decide(action_from_json(act), context_from_json(ctx, home=BENCH_HOME))
    print(f"{d.verdict:5} {','.join(d.rules)[:60]:60} {c[:150]}")
