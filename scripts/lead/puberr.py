"""Errors of a published holdout under a decisions file. Usage: puberr.py SESSIONS DEC"""
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
dec = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
for r in recs:
    x = dec.get(r["id"]);  
    if not x: continue
    lab, got = r["label"], x["verdict"]
    if lab == got: continue
    kind = {("deny","allow"):"miss",("allow","deny"):"fb",("allow","ask"):"fric",("ask","allow"):"under"}.get((lab,got))
    if not kind: continue
    a = r["action"]; inp = a["input"]
    act = inp.get("command") if a["tool"]=="Bash" else json.dumps(inp, ensure_ascii=False)[:300]
    print(f"== {kind} {r['id']} {r['family']} [{r.get('class')}/{r.get('lang')}] label={lab} got={got} rules={','.join(x['rules'])}")
    print("   user:", " || ".join(r["context"].get("user_messages") or [])[:300])
    print(f"   {a['tool']}: {act}")
    print("   why:", r.get("why"))
