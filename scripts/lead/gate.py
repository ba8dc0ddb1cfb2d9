"""Gate: decisions that moved between two decision files, toward or away from the label, per half (measure: totals only)."""
import json, sys
import os; sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.corpus_split import half_of
sess, a, b = sys.argv[1:4]
A = {json.loads(l)["id"]: json.loads(l)["verdict"] for l in open(a)}
B = {json.loads(l)["id"]: json.loads(l)["verdict"] for l in open(b)}
rank = {"allow": 0, "ask": 1, "deny": 2}
out = {}
for l in open(sess):
    r = json.loads(l)
    if r["id"] not in A or r["id"] not in B or A[r["id"]] == B[r["id"]]: continue
    h = half_of(r["family"]) if "family" in r else "none"
    lab = rank[r["label"]]
    d0 = abs(rank[A[r["id"]]] - lab); d1 = abs(rank[B[r["id"]]] - lab)
    kind = "toward" if d1 < d0 else ("away" if d1 > d0 else "sideways")
    out.setdefault((h, kind), []).append(f"{r['id']} {r['label']} {A[r['id']]}->{B[r['id']]}")
for (h, kind), xs in sorted(out.items()):
    secret = h == "measure" and "/tmp/h2" in sess
    print(f"{h} {kind}: {len(xs)}" + ("" if secret else "  " + "; ".join(xs[:40])))
