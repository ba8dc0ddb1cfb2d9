"""A helper's held-out slice: published records of its class that it must not read, decided by its tree.

Usage: heldcheck.py NAME [TREE]   (TREE defaults to /work/NAME). Prints counts only, never ids or records,
so the slice stays a measure of how far the mechanism reaches beyond the examples it was built from.
"""
import json, os, subprocess, sys, tempfile
name = sys.argv[1]
tree = sys.argv[2] if len(sys.argv) > 2 else f"/work/{name}"
ids = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "held", f"{name}.ids")).read().split()
recs, start = [], {}
for n in sorted({i[1:3] for i in ids}):
    base = {json.loads(l)["id"]: json.loads(l)["verdict"] for l in open(f"/work/measure/base/holdout{n}_sessions.dec")}
    for l in open(f"/work/main/bench/holdout{n}_sessions.jsonl"):
        r = json.loads(l)
        if r["id"] in ids:
            recs.append(r); start[r["id"]] = base[r["id"]]
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "held.jsonl"); out = os.path.join(d, "held.dec")
    with open(src, "w") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    env = dict(os.environ, PYTHONPATH=f"{tree}/src")
    subprocess.run([f"{tree}/.venv/bin/python", "-m", "automode", "bench", src, "--split", "none", "--decisions", out],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    now = {json.loads(l)["id"]: json.loads(l)["verdict"] for l in open(out)}
rank = {"allow": 0, "ask": 1, "deny": 2}
ok0 = sum(start[r["id"]] == r["label"] for r in recs); ok = sum(now[r["id"]] == r["label"] for r in recs)
toward = away = 0
for r in recs:
    a, b, lab = rank[start[r["id"]]], rank[now[r["id"]]], rank[r["label"]]
    if a != b:
        if abs(b - lab) < abs(a - lab): toward += 1
        else: away += 1
print(f"held slice {name}: {ok} of {len(recs)} match the label now (at the session start: {ok0}); moved toward {toward}, away {away}")
