"""Starting the service for a team (issue 16, point 5): deploy/compose.yaml checked against the real CLI (no Docker
daemon here to run it), and scripts/team-up.sh, its container-free equivalent, started and driven over HTTP."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "deploy" / "compose.yaml"
TOKEN = "team-up-token-0123456789abcdef"


def _compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    doc: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return doc


def test_compose_starts_postgres_and_the_service_as_the_cli_expects() -> None:
    doc = _compose()
    services = doc["services"]
    assert set(services) == {"postgres", "automode"}
    pg, svc = services["postgres"], services["automode"]
    for s in (pg, svc):
        hc = s["healthcheck"]
        assert hc["test"][0] in ("CMD", "CMD-SHELL") and hc["interval"] and hc["retries"] >= 3
    assert "pg_isready" in " ".join(pg["healthcheck"]["test"])
    assert "/healthz" in " ".join(svc["healthcheck"]["test"])
    assert svc["depends_on"]["postgres"]["condition"] == "service_healthy"

    # The command is the real CLI's: `automode serve` and options its parser accepts, each listed in --help.
    cmd = svc["command"]
    assert cmd[:2] == ["automode", "serve"]
    import argparse

    from automode.commands import serve

    parser = argparse.ArgumentParser(prog="automode serve", exit_on_error=False)
    serve.add_arguments(parser)
    ns = parser.parse_args(cmd[2:])
    assert ns.workers >= 2 and ns.port == 8765 and ns.host == "0.0.0.0"
    help_text = subprocess.run([sys.executable, "-m", "automode", "serve", "--help"], capture_output=True, text=True,
                               timeout=60).stdout  # fmt: skip
    for opt in (a for a in cmd[2:] if a.startswith("--")):
        assert re.search(rf"(^|\s){re.escape(opt)}\b", help_text), f"{opt} is not an option of `automode serve`"

    # Secrets are files, never values in the environment or the command line; every secret used is defined.
    assert ns.token_file.startswith("/run/secrets/")
    assert Path(ns.token_file).name in svc["secrets"] and set(svc["secrets"]) <= set(doc["secrets"])
    assert set(pg["secrets"]) <= set(doc["secrets"]) and pg["environment"]["POSTGRES_PASSWORD_FILE"].startswith("/run/secrets/")
    url = urllib.parse.urlsplit(svc["environment"]["AUTOMODE_AUDIT_URL"])
    assert url.scheme == "postgresql" and url.password is None and url.hostname == "postgres"
    env_text = json.dumps([pg.get("environment"), svc.get("environment"), cmd])
    assert "AUTOMODE_SERVE_TOKEN" not in env_text and "PASSWORD=" not in env_text
    assert all(str(p).startswith("127.0.0.1:") for p in svc["ports"])  # TLS and exposure belong to a proxy
    assert "pgdata" in doc["volumes"]

    # The image installs the extras the service needs, and they exist.
    dockerfile = (COMPOSE.parent / svc["build"]["context"] / svc["build"]["dockerfile"]).resolve().read_text()
    extras = re.search(r"\.\[([a-z0-9,-]+)\]", dockerfile)
    assert extras is not None and set(extras.group(1).split(",")) == {"serve", "audit-pg"}
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert all(re.search(rf"^{e} = \[", pyproject, re.M) for e in extras.group(1).split(","))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(url: str, path: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any]:
    conn = http.client.HTTPConnection(urllib.parse.urlsplit(url).netloc, timeout=30)
    conn.request("POST", path, body=json.dumps(body), headers={"Content-Type": "application/json", **headers})
    r = conn.getresponse()
    out = json.loads(r.read() or b"{}")
    conn.close()
    return r.status, out


def _up(tmp: Path, port: int) -> tuple[subprocess.Popen[str], str, str]:
    tokens = tmp / "tokens"
    tokens.write_text(f"{TOKEN} payments\n")
    env = {**os.environ, "AUTOMODE_CMD": f"{sys.executable} -m automode"}
    env.pop("AUTOMODE_SERVE_TOKEN", None)
    proc = subprocess.Popen(["bash", str(ROOT / "scripts" / "team-up.sh"), "--dir", str(tmp / "pg"), "--port", str(port),
                             "--workers", "2", "--token-file", str(tokens)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the script prints it once both answer (or exits)
    m = re.match(r"automode team: service (http://\S+), audit trail (postgresql://\S+)", line)
    if m is None:
        proc.kill()
        raise AssertionError(f"team-up.sh did not come up: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    return proc, m.group(1), m.group(2)


def _down(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise


@pytest.fixture
def state_dir() -> Iterator[Path]:
    """A directory the `postgres` user can reach when the tests run as root (pytest's tmp_path is closed to it)."""
    d = Path(tempfile.mkdtemp(prefix="automode-teamup-", dir="/tmp"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_team_up_starts_postgres_and_the_service_and_stops_both(state_dir: Path) -> None:
    from tests.audit import pg_cluster

    why = pg_cluster.missing_reason()
    if why:
        pytest.skip(why)
    from automode.audit.store import open_store

    tmp_path = state_dir
    port = _free_port()
    proc, url, pg_url = _up(tmp_path, port)
    try:
        auth = {"Authorization": f"Bearer {TOKEN}", "X-Automode-User": "erin"}
        assert _post(url, "/v1/decide", {"tool": "Bash", "input": {"command": "ls"}}, {})[0] == 401
        verdicts = {}
        for cmd in ("echo team-up-1", "git push --force origin main", "echo team-up-2"):
            status, got = _post(url, "/v1/decide", {"tool": "Bash", "input": {"command": cmd}, "cwd": "/w/api", "project_root": "/w/api"}, auth)
            assert status == 200 and got["audited"] is True, got
            verdicts[cmd] = got["verdict"]
        assert verdicts["git push --force origin main"] == "deny" and verdicts["echo team-up-1"] == "allow"
        store = open_store(pg_url)
        rows = {r["summary"]: r for r in store.query(limit=0)}
        store.close()
        assert {"echo team-up-1", "echo team-up-2", "git push --force origin main"} <= set(rows)
        assert rows["echo team-up-1"]["user_name"] == "erin" and rows["echo team-up-1"]["decided_by"].startswith("service ")
        # The team's page, from the same service, behind its sign-in.
        conn = http.client.HTTPConnection(urllib.parse.urlsplit(url).netloc, timeout=30)
        conn.request("GET", "/api/decisions?user=erin&project=api", headers={"Authorization": f"Bearer {TOKEN}"})
        r = conn.getresponse()
        assert r.status == 200 and len(json.loads(r.read())["decisions"]) == 3
        conn.close()
    finally:
        code = _down(proc)
    assert code == 0
    assert not (tmp_path / "pg" / "data" / "postmaster.pid").exists()  # the database stopped with it
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0  # and the service

    # A second start reuses the cluster: the trail is still there.
    proc, url, pg_url = _up(tmp_path, _free_port())
    try:
        store = open_store(pg_url)
        assert "echo team-up-1" in {r["summary"] for r in store.query(limit=0)}
        store.close()
    finally:
        assert _down(proc) == 0


def test_team_up_says_what_is_missing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "AUTOMODE_SERVE_TOKEN"}
    p = subprocess.run(["bash", str(ROOT / "scripts" / "team-up.sh"), "--dir", str(tmp_path)], capture_output=True, text=True,
                       env=env, timeout=30)  # fmt: skip
    assert p.returncode == 2 and "--token-file" in p.stderr
    p = subprocess.run(["bash", str(ROOT / "scripts" / "team-up.sh"), "--nope"], capture_output=True, text=True, timeout=30)
    assert p.returncode == 2 and "unknown option --nope" in p.stderr
