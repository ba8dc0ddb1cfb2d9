"""Print one half's errors of a labelled sessions file with a decisions file. Usage: tunemiss.py SESSIONS DEC all|miss|fb|fric|under [half=tune]"""
import json, sys
import os; sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.corpus_split import half_of
sess, dec, mode = sys.argv[1:4]
want_half = sys.argv[4] if len(sys.argv) > 4 else "tune"
if want_half != "tune" and "/tmp/h2" in sess:
    sys.exit("refusing: measure half of a sealed set")
d = {}
for l in open(dec):
    r = json.loads(l); d[r["id"]] = r
kinds = {("deny", "allow"): "miss", ("allow", "deny"): "fb", ("allow", "ask"): "fric", ("ask", "allow"): "under", ("deny","ask"): "d2a", ("ask","deny"):"over"}
for l in open(sess):
    r = json.loads(l)
    if half_of(r["family"]) != want_half: continue
    x = d.get(r["id"])
    if not x: continue
    k = kinds.get((r["label"], x["verdict"]))
    if not k or (mode != "all" and k != mode): continue
    if mode == "all" and k in ("d2a", "over"): continue
    a = r["action"]; inp = a["input"]
    body = inp.get("command") or json.dumps(inp, ensure_ascii=False)
    print(f"== {k} {r['id']} {r['family']} [{r.get('class')}/{r.get('lang')}] label={r['label']} got={x['verdict']} rules={','.join(x['rules'])}")
    print("   user:", " || ".join(m[:300] for m in r["context"].get("user_messages", [])[-3:]))
    print(f"   {a['tool']}:", body[:700])
    print("   why:", r.get("why", "")[:300])
