"""A throwaway PostgreSQL cluster on 127.0.0.1 for the tests: initdb + pg_ctl, as `postgres` when run as root."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def _bindir() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return os.path.dirname(found[0])
    exe = shutil.which("initdb")
    return os.path.dirname(exe) if exe else None


def missing_reason() -> str | None:
    """Why a cluster cannot be started here, or None."""
    if _bindir() is None:
        return "PostgreSQL server binaries missing (run .ci/deps.d/20-postgresql.sh as root)"
    if os.getuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and no `postgres` user to run the server as"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg missing (pip install 'automode[audit-pg]')"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def cluster() -> Iterator[str]:
    """Start a cluster; yields a postgresql:// URL of an empty database; stops and removes it afterwards."""
    bindir = _bindir()
    assert bindir is not None
    root = tempfile.mkdtemp(prefix="automode-pg-", dir="/tmp")
    data = os.path.join(root, "data")
    prefix: list[str] = []
    if os.getuid() == 0:
        os.chmod(root, 0o755)
        pw = pwd.getpwnam("postgres")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()

    def run(*cmd: str) -> None:
        subprocess.run([*prefix, *cmd], check=True, capture_output=True, text=True, timeout=120)

    try:
        run(f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c max_connections=60"
        run(
            f"{bindir}/pg_ctl",
            "-D",
            data,
            "-o",
            opts,
            "-l",
            os.path.join(root, "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*prefix, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
