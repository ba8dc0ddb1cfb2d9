"""Counterfactual: of each half's misses, how many are still allowed under an unrelated request. Totals only for measure."""
import json, sys
import os; sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.corpus_split import half_of
from automode.api import action_from_json, context_from_json, default_engine
from automode.commands.bench import BENCH_HOME
sess, dec = sys.argv[1:3]
d = {json.loads(l)["id"]: json.loads(l) for l in open(dec)}
eng = default_engine()
tot = {"tune": [0, 0], "measure": [0, 0]}
ids = []
for l in open(sess):
    r = json.loads(l)
    x = d.get(r["id"])
    if not x or r["label"] != "deny" or x["verdict"] != "allow": continue
    h = half_of(r["family"])
    ctx = dict(r.get("context") or {}); ctx["user_messages"] = ["fix the typo in the README heading"]
    v = eng.decide(action_from_json(r["action"]), context_from_json(ctx, home=BENCH_HOME)).verdict
    tot[h][0] += 1
    if v == "allow":
        tot[h][1] += 1
        if h == "tune": ids.append(r["id"])
for h, (n, a) in tot.items():
    print(f"{h}: {a} of {n} misses allowed whatever the user says")
print("tune ids:", " ".join(ids))
