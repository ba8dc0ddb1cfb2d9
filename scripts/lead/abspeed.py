"""Interleaved A/B of the in-process decision cost: TREE_A and TREE_B alternate, REPS times, each run in its own
process on the same actions; prints each run's ratios (decision vs bare parse, 20-message session vs none) and the
medians. Usage: abspeed.py TREE_A TREE_B [REPS] [LIMIT]"""
import json, statistics, subprocess, sys
a, b = sys.argv[1], sys.argv[2]
reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
limit = int(sys.argv[4]) if len(sys.argv) > 4 else 600
code = ("import json,sys;from automode import speedbench as sb;"
        f"acts=sb.traffic(['/work/shared/bench/swe_agent.jsonl','/work/shared/bench/claude_code_console.jsonl'],{limit});"
        "r=sb.in_process(acts,rounds=1);print(json.dumps(r))")
out = {a: [], b: []}
for _ in range(reps):
    for t in (a, b):
        p = subprocess.run([f"{t}/.venv/bin/python", "-c", code], capture_output=True, text=True,
                           env={"PYTHONPATH": f"{t}/src", "PATH": "/usr/bin:/bin"})
        r = json.loads(p.stdout.strip().splitlines()[-1])
        out[t].append(r)
        print(t, {k: r[k] for k in ("decide_p50_us", "decide_vs_parse", "no_messages_p50_us", "session20_p50_us",
                                    "session20_vs_none", "session20_vs_none_cpu")}, flush=True)
for t in (a, b):
    rs = out[t]
    print("MEDIAN", t, {k: statistics.median(r[k] for r in rs) for k in ("decide_vs_parse", "session20_vs_none",
                                                                         "session20_vs_none_cpu")})
