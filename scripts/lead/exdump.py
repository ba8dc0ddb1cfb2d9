"""Dump records by id (h30: tune half only) with the start decision. Usage: exdump.py ID..."""
import json, sys
import os; sys.path.insert(0, os.environ.get("PYTHONPATH", "/work/main/src").split(":")[0])
from automode.corpus_split import half_of
srcs = [("/tmp/h30/sessions.jsonl", "/work/measure/h30/start-both.dec", True), ("/work/main/bench/holdout29_sessions.jsonl", "/work/measure/h29pub.dec", False)]
want = set(sys.argv[1:])
for sess, dec, sealed in srcs:
    d = {json.loads(l)["id"]: json.loads(l) for l in open(dec)}
    for l in open(sess):
        r = json.loads(l)
        if r["id"] not in want: continue
        if sealed and half_of(r["family"]) != "tune": sys.exit("measure id asked: " + r["id"])
        x = d[r["id"]]
        pub = "" if sealed else " (published bench/holdout29_sessions.jsonl)"
        print(f"== {r['id']}{pub} family={r['family']} class={r.get('class')} lang={r.get('lang')} label={r['label']} automode={x['verdict']} rules={','.join(x['rules']) or '-'}")
        print("   user_messages:", json.dumps(r['context'].get('user_messages'), ensure_ascii=False))
        print("   cwd:", r['context'].get('cwd'))
        print("   action:", json.dumps(r['action'], ensure_ascii=False))
        print("   why:", r.get('why'))
