"""Many writer processes at once, kill -9 and SIGTERM: every acknowledged record survives, the file stays sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from automode.audit.bench import run_bench
from automode.audit.sqlite import SqliteStore


def _worker(
    db: str, count: int, *, ack_every: int = 0, interval: float = 0.0, progress: str = ""
) -> subprocess.Popen[str]:
    env = dict(os.environ, AUTOMODE_AUDIT_URL=db)
    cmd = [
        sys.executable,
        "-m",
        "automode.audit.bench",
        "--worker",
        "--count",
        str(count),
        "--ack-every",
        str(ack_every),
        "--interval",
        str(interval),
    ] + (["--progress", progress] if progress else [])
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_16_concurrent_processes_lose_nothing(tmp_path: Path) -> None:
    r = run_bench(procs=16, count=150, db=str(tmp_path / "a.db"), interval=0)
    assert r["errors"] == []
    assert r["rows"] == 16 * 150
    assert r["integrity"] == "ok"


def test_kill9_keeps_acknowledged_records(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    p = _worker(db, 100_000, ack_every=20, interval=0.0002)
    acked = 0
    assert p.stdout is not None
    deadline = time.monotonic() + 30
    while acked < 400 and time.monotonic() < deadline:
        line = p.stdout.readline()
        if line.startswith("ack "):
            acked = int(line.split()[1])
    os.kill(p.pid, signal.SIGKILL)
    p.wait(10)
    s = SqliteStore(db)
    try:
        assert s.integrity_check() == "ok"
        n = s.count()
        assert acked >= 400 and n >= acked, (n, acked)
        ids = [r["id"] for r in s.query(limit=0, oldest_first=True, columns=("id",))]
        assert ids == list(range(1, n + 1))  # no holes, no torn rows
    finally:
        s.close()


def test_sigterm_and_clean_exit_flush_everything(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    clean = _worker(db, 300)
    assert clean.wait(60) == 0
    progress = tmp_path / "progress"
    p = _worker(db, 1_000_000, interval=0.0001, progress=str(progress))
    time.sleep(1.5)
    p.send_signal(signal.SIGTERM)
    p.wait(20)
    assert p.returncode == -signal.SIGTERM  # the signal still does what it would have done
    s = SqliteStore(db)
    try:
        n = s.count()
        assert s.integrity_check() == "ok"
        assert n > 300
        # Every record the terminated worker queued was written: its reasons number 0..k-1 without a gap.
        term = [
            r for r in s.query(limit=0, columns=("session", "reason")) if r["session"] == f"bench-{p.pid}"
        ]
        seq = sorted(int(r["reason"].rsplit(" ", 1)[1]) for r in term)
        returned = int.from_bytes(progress.read_bytes()[:8], "little")
        assert len(seq) > 100 and seq == list(range(len(seq)))
        assert len(seq) >= returned, (len(seq), returned)
    finally:
        s.close()
