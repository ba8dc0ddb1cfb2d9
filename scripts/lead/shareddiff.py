"""The shared bench's decisions that moved between two runs. Usage: shareddiff.py START.dec END.dec"""
import glob, json, sys
rank = {"allow": 0, "ask": 1, "deny": 2}
a = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
b = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
recs = {}
for f in glob.glob("/work/shared/bench/*.jsonl"):
    for l in open(f):
        try:
            r = json.loads(l)
        except ValueError:
            continue
        if "id" in r and "label" in r:
            recs[r["id"]] = (f.rsplit("/", 1)[-1], r)
tw = aw = sw = 0
for i, x in a.items():
    y = b.get(i)
    if not y or x["verdict"] == y["verdict"] or i not in recs:
        continue
    f, r = recs[i]
    lab = r["label"]
    d0, d1 = abs(rank[x["verdict"]] - rank[lab]), abs(rank[y["verdict"]] - rank[lab])
    kind = "toward" if d1 < d0 else "away" if d1 > d0 else "sideways"
    tw += kind == "toward"; aw += kind == "away"; sw += kind == "sideways"
    if kind != "toward":
        act = r["action"]; inp = act.get("input", {})
        print(f"== {kind} {i} ({f}) label={lab} {x['verdict']}->{y['verdict']} rules={','.join(y['rules'])}")
        print("   user:", " || ".join((r.get("context") or {}).get("user_messages") or [])[-300:])
        print("   ", act.get("tool"), (inp.get("command") or json.dumps(inp, ensure_ascii=False))[:300])
print(f"toward {tw}, away {aw}, sideways {sw}")
