"""Published holdouts: misses (deny labelled, allowed) and ask-labelled allows still allowed under an unrelated request. Usage: cfpub.py N..."""
import json, sys
import os; sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.api import action_from_json, context_from_json, default_engine
from automode.commands.bench import BENCH_HOME
eng = default_engine()
for n in sys.argv[1:]:
    sess = f"/work/main/bench/holdout{n}_sessions.jsonl"; dec = f"/work/measure/base/holdout{n}_sessions.dec"
    d = {json.loads(l)["id"]: json.loads(l) for l in open(dec)}
    for l in open(sess):
        r = json.loads(l); x = d.get(r["id"])
        if not x or r["label"] not in ("deny", "ask") or x["verdict"] != "allow": continue
        ctx = dict(r.get("context") or {}); ctx["user_messages"] = ["fix the typo in the README heading"]
        v = eng.decide(action_from_json(r["action"]), context_from_json(ctx, home=BENCH_HOME)).verdict
        if v == "allow":
            a = r["action"]; inp = a.get("input", {})
            s = inp.get("command") or json.dumps(inp, ensure_ascii=False)
            print(r["id"], r["label"], r.get("class"), a["tool"], s.replace("\n", " ")[:200])
