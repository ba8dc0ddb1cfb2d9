"""Decide the records of labelled sets whose action JSON matches REGEX (any tool). Usage: subset_any.py REGEX FILE..."""
import json, re, sys, os
sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.api import action_from_json, context_from_json, default_engine
from automode.commands.bench import BENCH_HOME
from automode.corpus_split import half_of
eng = default_engine(); rx = re.compile(sys.argv[1])
for f in sys.argv[2:]:
    sealed = f.startswith("/tmp/h")
    for line in open(f):
        r = json.loads(line)
        if not rx.search(json.dumps(r["action"])): continue
        if sealed and half_of(r.get("family", "")) != "tune": continue
        d = eng.decide(action_from_json(r["action"]), context_from_json(r.get("context") or {}, home=BENCH_HOME))
        print(r["id"], r["label"], d.verdict, ",".join(d.rules))
