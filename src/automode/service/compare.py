"""`automode bench --serve-compare`: the decision service's server and framework, measured (issue 16 point 1).

For each candidate that is importable here: the ASGI server (uvicorn as shipped: h11 and asyncio; uvicorn with
httptools and uvloop, i.e. `uvicorn[standard]`; hypercorn; granian) serving the Starlette service, and the framework
(Starlette; a bare ASGI callable; FastAPI; Litestar, from `automode.service.candidates`) under uvicorn as shipped;
each with 1, 2 and 4 worker processes. A candidate runs on 127.0.0.1 on a free port, gets `requests` POSTs to
`/v1/decide` (the four bodies of `service.bench`: routine, test run, a download piped to a shell, an edit) from
`clients` threads with kept-alive connections, then as many `GET /healthz` (the stack's own cost, no decision),
each load stopping at `max_seconds`; then it is stopped. Reports throughput and p50/p99 latency per candidate.

The load generator runs on the same machine (one Python process, its threads share a GIL), so the figures are a
comparison between candidates under the same conditions, not the service's capacity.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from typing import Any

from automode.service.bench import BODIES, TOKEN, _port, _stop, client, load

#: framework -> (ASGI factory "module:function", module that must be importable)
FRAMEWORKS: dict[str, tuple[str, str]] = {
    "starlette": ("automode.service.app:app_factory", "starlette"),
    "bare ASGI": ("automode.service.candidates:bare_app", "automode"),
    "fastapi": ("automode.service.candidates:fastapi_app", "fastapi"),
    "litestar": ("automode.service.candidates:litestar_app", "litestar"),
}
#: server -> module that must be importable
SERVERS: dict[str, str] = {"uvicorn": "uvicorn", "uvicorn[standard]": "uvloop", "hypercorn": "hypercorn", "granian": "granian"}


def _command(server: str, target: str, port: int, workers: int) -> list[str]:
    py = [sys.executable, "-m"]
    if server == "uvicorn":  # what `automode serve` runs: uvicorn with its pure-Python HTTP parser and asyncio
        return [*py, "uvicorn", "--factory", target, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                "--log-level", "warning", "--no-access-log", "--loop", "asyncio", "--http", "h11"]  # fmt: skip
    if server == "uvicorn[standard]":
        return [*py, "uvicorn", "--factory", target, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                "--log-level", "warning", "--no-access-log", "--loop", "uvloop", "--http", "httptools"]  # fmt: skip
    if server == "hypercorn":
        return [*py, "hypercorn", "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning",
                f"{target}()"]  # fmt: skip
    if server == "granian":
        return [*py, "granian", "--interface", "asgi", "--factory", "--host", "127.0.0.1", "--port", str(port),
                "--workers", str(workers), "--loop", "asyncio", "--log-level", "warning", "--no-log", target]  # fmt: skip
    raise ValueError(server)


def available(server: str, framework: str) -> str | None:
    """Why the candidate cannot run here, or None."""
    for mod in (SERVERS[server], FRAMEWORKS[framework][1], "httptools" if server == "uvicorn[standard]" else "uvicorn"):
        if importlib.util.find_spec(mod) is None:
            return f"{mod} is not installed"
    return None


def candidates(servers: tuple[str, ...] = tuple(SERVERS), frameworks: tuple[str, ...] = tuple(FRAMEWORKS)) -> list[tuple[str, str]]:
    """Every server with Starlette (what the service runs), and every framework under uvicorn as shipped."""
    out = [(s, "starlette") for s in servers if s in SERVERS]
    out += [("uvicorn", f) for f in frameworks if f in FRAMEWORKS and f != "starlette"]
    return out


def _up(proc: subprocess.Popen[bytes], port: int, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def warm(port: int, n: int, max_seconds: float) -> None:
    """Warm every worker's engine (its first decisions of a kind import and build what they need): `n` decisions,
    each on a new connection so that they spread over the workers as the kernel hands connections out."""
    stop_at = time.monotonic() + max_seconds
    for _ in range(n):
        client(port, "POST", "/v1/decide", len(BODIES), stop_at, [], [])


def _one(server: str, framework: str, workers: int, env: dict[str, str], requests: int, clients: int,
         max_seconds: float) -> dict[str, Any]:
    """Start one candidate, warm every worker's engine, load it, stop it."""
    why = available(server, framework)
    if why:
        return {"skipped": why}
    port = _port()
    proc = subprocess.Popen(_command(server, FRAMEWORKS[framework][0], port, workers), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        if not _up(proc, port):
            err = proc.stderr.read(2000).decode(errors="replace") if proc.poll() is not None and proc.stderr else ""
            return {"skipped": f"did not come up: {err.strip().splitlines()[-1] if err.strip() else 'no answer'}"[:200]}
        warm(port, 30 * workers, max_seconds)
        return {"decide": load(port, "POST", "/v1/decide", requests, clients, max_seconds),
                "healthz": load(port, "GET", "/healthz", requests, clients, max_seconds)}
    finally:
        _stop(proc)
        if proc.stderr:
            proc.stderr.close()


def _median(xs: list[float]) -> float:
    s = sorted(xs)
    return round(s[len(s) // 2], 2) if s else 0.0


def run(requests: int = 1000, clients: int = 8, max_seconds: float = 10.0, worker_counts: tuple[int, ...] = (1, 2, 4),
        rounds: int = 3, servers: tuple[str, ...] = tuple(SERVERS), frameworks: tuple[str, ...] = tuple(FRAMEWORKS),
        tick: Callable[[str, int, int], None] | None = None) -> dict[str, Any]:
    """Every candidate x worker count, `rounds` times interleaved (round 1 of all, then round 2, ...: a change in the
    machine's load falls on every candidate alike); each figure is the median over the rounds."""
    keys = [(s, f, w) for s, f in candidates(servers, frameworks) for w in worker_counts]
    runs: dict[tuple[str, str, int], list[dict[str, Any]]] = {k: [] for k in keys}
    load_avg = os.getloadavg()[0]
    total, done = rounds * len(keys), 0
    with tempfile.TemporaryDirectory(prefix="automode-servecompare-") as tmp:
        env = {**os.environ, "AUTOMODE_SERVE_TOKEN": TOKEN, "AUTOMODE_AUDIT": "off", "XDG_DATA_HOME": tmp,
               "AUTOMODE_SERVE_LOG": "0"}  # fmt: skip
        for r in range(rounds):
            for key in keys:
                if tick is not None:
                    tick(f"round {r + 1}/{rounds}: {key[0]} + {key[1]}, {key[2]} worker(s)", done, total)
                if not (runs[key] and "skipped" in runs[key][0]):
                    runs[key].append(_one(*key, env, requests, clients, max_seconds))
                done += 1
    rows: list[dict[str, Any]] = []
    for (server, framework, workers), results in runs.items():
        row: dict[str, Any] = {"server": server, "framework": framework, "workers": workers}
        ok = [x for x in results if "skipped" not in x]
        if not ok:
            rows.append({**row, "skipped": results[0]["skipped"] if results else "not run"})
            continue
        for path in ("decide", "healthz"):
            row[path] = {m: _median([x[path][m] for x in ok]) for m in ("per_s", "p50_ms", "p99_ms")}
            row[path]["done"] = sum(x[path]["done"] for x in ok)
            row[path]["errors"] = sum(x[path]["errors"] for x in ok)
        row["rounds"] = len(ok)
        rows.append(row)
    return {"requests": requests, "clients": clients, "max_seconds": max_seconds, "rounds": rounds,
            "cpus": os.cpu_count(), "load_average_at_start": round(load_avg, 2), "rows": rows}


#: (header, what it is) of the report's columns
COLUMNS = (
    ("server", "the ASGI server; uvicorn = what `automode serve` runs (h11, asyncio)"),
    ("framework", "what routes the request and builds the answer around the same decision code"),
    ("w", "worker processes"),
    ("decide/s", "POST /v1/decide answered per second (a real decision, audit off)"),
    ("p50 ms / p99 ms", "latency of one POST /v1/decide under that load"),
    ("healthz/s", "GET /healthz per second: the server and framework alone, no decision"),
    ("err", "requests that failed or did not answer a decision"),
)


def format_rows(r: dict[str, Any]) -> list[list[str]]:
    out = []
    for row in r["rows"]:
        head = [row["server"], row["framework"], str(row["workers"])]
        if "skipped" in row:
            out.append([*head, "-", "-", "-", "-", f"skipped: {row['skipped']}"])
            continue
        d, h = row["decide"], row["healthz"]
        out.append([*head, f"{d['per_s']:.0f}", f"{d['p50_ms']:.1f} / {d['p99_ms']:.1f}", f"{h['per_s']:.0f}",
                    f"{h['p50_ms']:.1f} / {h['p99_ms']:.1f}", str(d["errors"] + h["errors"])])  # fmt: skip
    return out
