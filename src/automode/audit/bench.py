"""Audit-store benchmark: N concurrent hook-like processes x M decisions each, into one store.

    python -m automode.audit.bench --procs 16 --count 1000 [--db PATH] [--json]
    automode audit-bench ...                 (same options; `automode bench --audit` can call `run_bench`)

Each worker process records decisions through the public `record()` path and times every call (the latency a
decision pays for being recorded), then exits normally (the exit flush writes what is queued). The parent then
checks that every row is present and that the file passes SQLite's integrity check. `--interval` spaces the
decisions of a worker like an agent does (default 0.5 ms); 0 records back to back.

The same module is the worker (`--worker`), also used by the tests for kill -9 and SIGTERM runs: with
`--ack-every K` it flushes every K decisions and prints `ack <n>` once n decisions are committed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any

from automode.dc import replace


def _sample(i: int) -> tuple[Any, Any, Any]:
    from automode.model import Action, Context, Decision, Verdict

    verdict: Verdict = ("allow", "allow", "allow", "ask", "deny")[i % 5]
    cmd = (
        f"npm run test:unit -- --grep case{i}",
        f"git push origin feature-{i % 7}",
        f"curl -H 'Authorization: Bearer tok{i:08d}abcdef' https://api.example.com/v1/items/{i}",
        f"rm -rf build/out{i}",
        f"pytest tests/test_{i % 13}.py -q",
    )[i % 5]
    action = Action("Bash", {"command": cmd, "description": "bench"}, "/work/project")
    ctx = Context(
        cwd="/work/project",
        project_root="/work/project",
        session_id=f"bench-{os.getpid()}",
        user_messages=("run the tests and fix what fails",),
    )
    rules = () if verdict == "allow" else ("AM-BENCH-001",)
    return (
        Decision(verdict, f"bench decision {i}", rules, stage="policy", elapsed_us=150 + i % 50),
        action,
        ctx,
    )


def worker(count: int, interval: float, ack_every: int, out: str | None, progress: str | None = None) -> int:
    from automode import audit

    mm = None
    if progress:  # the number of record() calls returned so far, readable after the process is killed
        import mmap

        with open(progress, "wb") as f:
            f.write(b"\0" * 8)
        with open(progress, "r+b") as f:
            mm = mmap.mmap(f.fileno(), 8)

    samples = [_sample(i) for i in range(min(count, 50))]
    lat: list[int] = []
    for i in range(count):
        d, a, c = samples[i % len(samples)]
        d = replace(d, reason=f"bench decision {i}")
        t0 = time.perf_counter_ns()
        audit.record(d, a, c, agent="bench")
        lat.append(time.perf_counter_ns() - t0)
        if mm is not None:
            mm[:8] = (i + 1).to_bytes(8, "little")
        if ack_every and (i + 1) % ack_every == 0 and audit.flush(30.0):
            print(f"ack {i + 1}", flush=True)
        if interval:
            time.sleep(interval)
    if out:
        with open(out, "w") as f:
            json.dump(lat, f)
    return 0


def _pct(values: list[int], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] / 1000 if s else 0.0


def _drain_for(url: str, store: Any) -> int:
    """Commit the spool of the workers' store (its folder is named after their configuration)."""
    from automode.audit.spool import drain

    saved = {k: os.environ.get(k) for k in ("AUTOMODE_AUDIT_URL", "AUTOMODE_AUDIT")}
    os.environ["AUTOMODE_AUDIT_URL"] = url  # the workers' environment (run_bench)
    os.environ.pop("AUTOMODE_AUDIT", None)
    try:
        return drain(store, max_files=10_000)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_bench(
    procs: int = 16, count: int = 1000, *, db: str | None = None, interval: float = 0.0005
) -> dict[str, Any]:
    """Run the benchmark; returns the figures (rows found, errors, per-call latency percentiles in µs)."""
    from automode.audit.store import open_store

    tmp = tempfile.mkdtemp(prefix="automode-audit-bench-")
    url = db or os.path.join(tmp, "audit.db")
    env = dict(os.environ, AUTOMODE_AUDIT_URL=url)
    env.pop("AUTOMODE_AUDIT", None)
    before = 0
    if db:
        s = open_store(url)
        before = s.count()
        s.close()
    t0 = time.monotonic()
    children = []
    for n in range(procs):
        out = os.path.join(tmp, f"lat{n}.json")
        cmd = [
            sys.executable,
            "-m",
            "automode.audit.bench",
            "--worker",
            "--count",
            str(count),
            "--interval",
            str(interval),
            "--out",
            out,
        ]
        children.append((subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True), out))
    errors: list[str] = []
    lat: list[int] = []
    for p, out in children:
        _, err = p.communicate(timeout=600)
        if p.returncode != 0 or err.strip():
            errors.append(f"worker exit {p.returncode}: {err.strip()[-500:]}")
        if os.path.exists(out):
            with open(out) as f:
                lat += json.load(f)
    wall = time.monotonic() - t0
    store = open_store(url)
    try:
        spooled = _drain_for(url, store)  # what a worker's exit flush could not commit in time, it spooled
        rows = store.count() - before
        integrity = store.integrity_check() if hasattr(store, "integrity_check") else "n/a"
    finally:
        store.close()
        # the workers' latency files (and, without --db, the throwaway store): the figures are already collected
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "procs": procs,
        "per_proc": count,
        "expected_rows": procs * count,
        "rows": rows,
        "errors": errors,
        "spooled": spooled,
        "integrity": integrity,
        "wall_s": round(wall, 2),
        "record_us": {
            "p50": _pct(lat, 50),
            "p90": _pct(lat, 90),
            "p99": _pct(lat, 99),
            "p999": _pct(lat, 99.9),
            "max": max(lat) / 1000 if lat else 0.0,
        },
        "store": url,
        "ok": rows == procs * count and not errors and integrity in ("ok", "n/a") and _pct(lat, 99) <= 1000,
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--procs", type=int, default=16, help="concurrent writer processes (default 16)")
    parser.add_argument("--count", type=int, default=1000, help="decisions per process (default 1000)")
    parser.add_argument("--interval", type=float, default=0.0005, help="seconds between a worker's decisions")
    parser.add_argument("--db", help="store to write to (default: a fresh SQLite file in a temp dir)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ack-every", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--progress", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    if args.worker:
        return worker(args.count, args.interval, args.ack_every, args.out, args.progress)
    from automode.commands.style import Heartbeat

    with Heartbeat(f"automode audit-bench: {args.procs} processes"):
        r = run_bench(args.procs, args.count, db=args.db, interval=args.interval)
    if args.json:
        print(json.dumps(r, indent=2))
    else:
        lat = r["record_us"]
        print(
            f"{r['procs']} processes x {r['per_proc']} decisions: {r['rows']}/{r['expected_rows']} rows, "
            f"{len(r['errors'])} errors, integrity {r['integrity']}, {r['wall_s']} s"
        )
        print(
            f"record() latency: p50 {lat['p50']:.1f} µs  p90 {lat['p90']:.1f} µs  p99 {lat['p99']:.1f} µs  "
            f"p99.9 {lat['p999']:.1f} µs  max {lat['max']:.1f} µs"
        )
        for e in r["errors"][:5]:
            print("  " + e)
        print("OK" if r["ok"] else "FAILED (needs all rows, no errors, p99 <= 1000 µs)")
    return 0 if r["ok"] else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m automode.audit.bench", description=__doc__.splitlines()[0]
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
