"""The team decision service (issue 16) driven over real HTTP on 127.0.0.1: `automode serve` in a subprocess."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("starlette")

TOKEN = "team-token-0123456789abcdef"
OTHER = "platform-token-9876543210fedcba"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(tmp: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    tokens = tmp / "tokens"
    tokens.write_text(f"# team tokens\n{TOKEN} payments\n{OTHER}\n")
    port = _free_port()
    env = {**os.environ, "AUTOMODE_AUDIT": "off", **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "automode", "serve", "--port", str(port), "--token-file", str(tokens), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "serve exited") from None
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("automode serve did not come up")


@contextlib.contextmanager
def _serving(tmp: Path, *extra: str, env: dict[str, str] | None = None) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`automode serve` on a free loopback port, up and answering /healthz; stopped afterwards."""
    proc, url = _start(tmp, *extra, env=env)
    try:
        yield proc, url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


PG_URL: str | None = None  # the cluster the module's service records into, when there is one


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Two workers recording into a real PostgreSQL when the server binaries are here (else recording off)."""
    from tests.audit import pg_cluster

    tmp = tmp_path_factory.mktemp("serve")
    if pg_cluster.missing_reason() is not None:
        with _serving(tmp, "--max-body", "20000", "--workers", "2") as (_, url):
            yield url
        return
    global PG_URL
    with pg_cluster.cluster() as pg_url, _serving(tmp, "--max-body", "20000", "--workers", "2", "--quiet",
                                                  env={"AUTOMODE_AUDIT": "on", "AUTOMODE_AUDIT_URL": pg_url}) as (_, url):  # fmt: skip
        PG_URL = pg_url
        try:
            yield url
        finally:
            PG_URL = None


def _post(url: str, body: bytes, token: str | None = TOKEN) -> tuple[int, Any]:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    if token is not None:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


PER_CORPUS = 40  # records per development corpus, evenly spread through the file


def _sample(path: Path) -> list[dict[str, Any]]:
    """About PER_CORPUS records spread evenly through one corpus; of sessions.jsonl, only its tune half (the
    measure half is never looked at record by record)."""
    from automode.corpus_split import half_of

    with open(path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    recs = [r for r in recs if not isinstance(r.get("family"), str) or half_of(r["family"]) == "tune"]
    step = max(1, len(recs) // PER_CORPUS)
    return recs[::step][:PER_CORPUS]


def test_decisions_equal_the_local_engine(service: str, bench_dir: Path) -> None:
    """Every development corpus, sampled through the file: the service decides each record exactly as the local
    engine does (verdict, rules and category)."""
    from automode.api import action_from_json, context_from_json, default_engine

    engine = default_engine()
    corpora = sorted(bench_dir.glob("*.jsonl"))
    assert len(corpora) >= 8, corpora
    counted: dict[str, int] = {}
    audited = 0
    for path in corpora:
        for rec in _sample(path):
            ctx = rec.get("context") or {}
            body = {**rec["action"], **{k: v for k, v in ctx.items() if v is not None}}
            status, got = _post(service + "/v1/decide", json.dumps(body).encode())
            assert status in (200, 413), got
            if status == 413:  # over this service's --max-body; the size limit has its own test
                continue
            local = engine.decide(action_from_json(body), context_from_json(body))
            audited += got["audited"] is True
            assert (got["verdict"], got["rules"], got["category"]) == (local.verdict, list(local.rules), local.category), rec["id"]
            counted[path.name] = counted.get(path.name, 0) + 1
    print("records compared per corpus:", counted, "recorded in PostgreSQL:", audited if PG_URL else "(no cluster)")
    if PG_URL:  # every answer waited for its row in the shared trail
        assert audited == sum(counted.values())
    assert all(n >= PER_CORPUS // 2 for n in counted.values()) and len(counted) == len(corpora), counted


def test_auth_is_required_and_checked(service: str) -> None:
    body = json.dumps({"tool": "Bash", "input": {"command": "ls"}}).encode()
    assert _post(service + "/v1/decide", body, token=None)[0] == 401
    assert _post(service + "/v1/decide", body, token="not-a-known-token-at-all")[0] == 401
    assert _post(service + "/v1/decide", body, token=OTHER)[0] == 200  # a token without a team name
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(service + "/metrics", timeout=10)
    assert e.value.code == 401


def test_bad_requests_get_a_clear_error(service: str) -> None:
    status, got = _post(service + "/v1/decide", b'{"tool": "Bash", "input": ')
    assert status == 400 and "malformed JSON" in got["error"]
    status, got = _post(service + "/v1/decide", json.dumps({"tool": 7}).encode())
    assert status == 400 and "tool" in got["error"]
    status, got = _post(service + "/v1/decide", json.dumps({"tool": "Bash", "input": {"command": "x" * 30000}}).encode())
    assert status == 413 and "limit" in got["error"]


def test_hook_endpoint_answers_as_the_hook_would(service: str, tmp_path: Path) -> None:
    payload = {"session_id": "s1", "transcript_path": "", "cwd": str(tmp_path), "permission_mode": "default",
               "hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": "rm -rf ~"}, "tool_use_id": "t1"}  # fmt: skip
    status, got = _post(service + "/v1/hooks/claude-code", json.dumps(payload).encode())
    assert status == 200
    out = json.loads(got["stdout"])
    assert out["hookSpecificOutput"]["permissionDecision"] == "deny" and got["exit_code"] == 0
    assert _post(service + "/v1/hooks/nope", b"{}")[0] == 404


def test_metrics_count_decisions(service: str) -> None:
    _post(service + "/v1/decide", json.dumps({"tool": "Bash", "input": {"command": "git push --force origin main"}}).encode())
    req = urllib.request.Request(service + "/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    text = ""
    for _ in range(6):  # two workers, each with its own counters: one of them answered the deny above
        with urllib.request.urlopen(req, timeout=10) as r:
            text = r.read().decode()
        if 'verdict="deny"' in text:
            break
    assert 'automode_decisions_total{verdict="deny"' in text
    assert "automode_decision_seconds_bucket" in text and "automode_http_requests_total" in text


def test_refuses_to_start_without_a_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "AUTOMODE_SERVE_TOKEN"}
    p = subprocess.run([sys.executable, "-m", "automode", "serve", "--port", "0"], capture_output=True, text=True, env=env, timeout=60)
    assert p.returncode == 2 and "no token" in p.stderr


@pytest.mark.parametrize("resident", [False, True], ids=["direct", "resident"])
def test_a_hook_with_server_takes_the_stricter_answer_and_falls_back(tmp_path: Path, resident: bool) -> None:
    """`automode install --server URL`: the team's policy tightens (a deny rule only the service has), the local
    engine's own denies stand, and an unreachable service leaves the local answer with a note. The same for the
    direct hook (`--mode direct`) and the resident one (the default): there the resident server asks the service,
    and before it is up the client's own fallback does."""
    import signal

    from automode.adapters.settings_file import hook_command

    conf = tmp_path / "service-config"
    (conf / "automode").mkdir(parents=True)
    (conf / "automode" / "config.toml").write_text('[permissions]\ndeny = ["Bash(make docs*)"]\n')
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    with _serving(tmp_path, env={"XDG_CONFIG_HOME": str(conf)}) as (_, url):
        project = tmp_path / "project"
        project.mkdir()
        hook_env = {**os.environ, "AUTOMODE_AUDIT": "off", "AUTOMODE_SERVER_TOKEN": TOKEN, "CLAUDE_PROJECT_DIR": str(project),
                    "XDG_RUNTIME_DIR": str(runtime), "XDG_DATA_HOME": str(tmp_path / "data"),
                    "XDG_STATE_HOME": str(tmp_path / "state")}  # fmt: skip

        def run_hook(server: str, command: str) -> tuple[str | None, str]:
            payload = {"session_id": "s", "transcript_path": "", "cwd": str(project), "permission_mode": "default",
                       "hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": command}, "tool_use_id": "t"}  # fmt: skip
            p = subprocess.run(["/bin/sh", "-c", hook_command("claude-code", resident=resident, server=server)],
                               input=json.dumps(payload), capture_output=True, text=True, env=hook_env, cwd=project, timeout=60)  # fmt: skip
            out = json.loads(p.stdout) if p.stdout.strip() else {}
            return out.get("hookSpecificOutput", {}).get("permissionDecision"), p.stderr

        try:
            # The first resident call finds no server: it decides in the client's process (asking the service too)
            # and starts one.
            assert run_hook(url, "make docs")[0] == "deny"
            if resident:
                sock = runtime / "automode" / "hook.sock"
                deadline = time.monotonic() + 60
                while not sock.exists() and time.monotonic() < deadline:
                    time.sleep(0.2)
                assert sock.exists(), "the resident server did not come up"
            verdict, err = run_hook(url, "make docs")  # only the team's policy says so
            assert verdict == "deny" and "not using the resident server" not in err, err
            assert run_hook(url, "rm -rf ~")[0] == "deny"  # the local floor
            assert run_hook(url, "git status")[0] == "allow"
            verdict, note = run_hook("http://127.0.0.1:9", "make docs")  # nobody listens there
            assert verdict == "allow" and "not used" in note  # local policy alone, said so
        finally:
            lock = runtime / "automode" / "server.lock"
            if lock.exists() and lock.read_text().strip():
                os.kill(int(lock.read_text().split()[0]), signal.SIGTERM)


def test_a_killed_worker_loses_no_acknowledged_audit_row(tmp_path: Path) -> None:
    """Two workers writing to one PostgreSQL trail; one is killed with SIGKILL mid-run. Every decision answered 200
    with `audited: true` must have its row in the store."""
    import signal

    from tests.audit import pg_cluster

    why = pg_cluster.missing_reason()
    if why:
        pytest.skip(why)
    from automode.audit.store import open_store

    with pg_cluster.cluster() as pg_url:
        env = {"AUTOMODE_AUDIT": "on", "AUTOMODE_AUDIT_URL": pg_url}
        with _serving(tmp_path, "--workers", "2", "--quiet", env=env) as (proc, url):
            acked: list[str] = []
            killed = False
            for i in range(60):
                marker = f"echo audit-marker-{i:03d}"
                try:
                    status, got = _post(url + "/v1/decide", json.dumps({"tool": "Bash", "input": {"command": marker}}).encode())
                except OSError:
                    continue  # the killed worker's connection: not acknowledged
                if status == 200 and got.get("audited") is True:
                    acked.append(marker)
                if i == 25 and not killed:
                    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
                    workers = [int(c) for c in children]
                    assert workers, "no worker processes found"
                    os.kill(workers[0], signal.SIGKILL)
                    killed = True
            assert killed and len(acked) >= 40
            store = open_store(pg_url)
            rows = store.query(limit=0)
            seen = {r.get("summary") for r in rows} | {r.get("command") for r in rows}
            missing = [m for m in acked if m not in seen]
            assert not missing, f"acknowledged but not stored: {missing}"


def test_team_policy_is_served_pulled_and_only_tightens(tmp_path: Path) -> None:
    policy = tmp_path / "team.toml"
    policy.write_text('[permissions]\ndeny = ["Bash(make release*)"]\nallow = ["Bash(rm -rf *)"]\n[trust]\nrepos = ["github.com/evil/*"]\n')
    with _serving(tmp_path, "--policy", str(policy), "--quiet") as (_, url):
        conf = tmp_path / "client-config"
        env = {**os.environ, "XDG_CONFIG_HOME": str(conf), "AUTOMODE_SERVER_TOKEN": TOKEN}
        env.pop("AUTOMODE_CONFIG", None)
        p = subprocess.run([sys.executable, "-m", "automode", "config", "pull", "--server", url], capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 0, p.stderr
        assert "sha256:" in p.stdout
        show = subprocess.run([sys.executable, "-m", "automode", "config", "show", "--cwd", str(tmp_path)], capture_output=True,
                              text=True, env=env, timeout=60)  # fmt: skip
        assert "team policy in force: sha256:" in show.stdout
        from automode.config import load_config

        cfg = load_config(str(tmp_path), env=env)
        assert [r.raw for r in cfg.deny] == ["Bash(make release*)"]
        assert not cfg.allow and "github.com/evil/*" not in cfg.trusted_repos  # a cached file only tightens
        bad = subprocess.run([sys.executable, "-m", "automode", "config", "pull", "--server", url], capture_output=True, text=True,
                             env={**env, "AUTOMODE_SERVER_TOKEN": "wrong-token-0123456789"}, timeout=60)  # fmt: skip
        assert bad.returncode == 1 and "401" in bad.stderr


def test_load_bench_reports_every_worker_count_and_the_hook_round_trips() -> None:
    """`automode bench --serve`, scaled down: throughput and p50/p99 for 1, 2 and 4 workers, and the whole hook
    through the service next to the cold and the resident one."""
    from automode.service.bench import format_report, run

    r = run(requests=24, clients=2, max_seconds=20, worker_counts=(1, 2, 4), hook_calls=2)
    for w in (1, 2, 4):
        v = r[f"workers_{w}"]
        assert v["done"] == 24 and v["errors"] == 0 and v["per_s"] > 0 and 0 < v["p50_ms"] <= v["p99_ms"], v
    assert set(r["hooks"]) == {"cold", "resident", "service", "resident+service"}
    assert all(h["n"] == 2 and isinstance(h["errors"], int) for h in r["hooks"].values()), r["hooks"]
    # The local hooks always answer; a call through the service that missed its 1.5 s budget (a loaded machine) is
    # counted as an error in the report rather than passed off as a service answer.
    assert r["hooks"]["cold"]["errors"] == 0 and r["hooks"]["resident"]["errors"] == 0, r["hooks"]
    text = format_report(r)
    for needle in ("1 worker(s)", "2 worker(s)", "4 worker(s)", "p99", "resident server", "resident, through the service"):
        assert needle in text


def test_the_resident_client_reads_server_and_refuses_anything_else() -> None:
    """The resident hook's arguments: the agent, --headless, --server with an http(s) URL; anything else (a missing or
    non-HTTP URL, an unknown flag) is a malformed hook command, which blocks."""
    from automode.adapters.hook_client import parse_args

    assert parse_args(["claude-code"]) == ("claude-code", False, None)
    assert parse_args(["gemini", "--headless", "--server", "https://t.example"]) == ("gemini", True, "https://t.example")
    assert parse_args(["codex", "--server", "http://127.0.0.1:8765", "--headless"]) == ("codex", True, "http://127.0.0.1:8765")
    for bad in (["claude-code", "--server"], ["claude-code", "--server", "file:///etc/passwd"], ["claude-code", "--x"],
                ["--server", "https://t.example"], []):  # fmt: skip
        assert parse_args(bad) is None, bad


def test_the_server_and_framework_comparison_runs_what_is_installed() -> None:
    """`automode bench --serve-compare`, scaled down: Starlette and a bare ASGI app under uvicorn answer every
    decision; a candidate that is not installed is reported as skipped, never silently left out."""
    import importlib.util

    from automode.service import compare

    r = compare.run(requests=16, clients=2, max_seconds=20, worker_counts=(1,), rounds=1,
                    servers=("uvicorn", "granian"), frameworks=("starlette", "bare ASGI"))  # fmt: skip
    rows = {(x["server"], x["framework"]): x for x in r["rows"]}
    assert set(rows) == {("uvicorn", "starlette"), ("granian", "starlette"), ("uvicorn", "bare ASGI")}
    for key in (("uvicorn", "starlette"), ("uvicorn", "bare ASGI")):
        row = rows[key]
        assert row["decide"]["done"] == 16 and row["decide"]["errors"] == 0 and row["healthz"]["errors"] == 0, row
        assert 0 < row["decide"]["p50_ms"] <= row["decide"]["p99_ms"]
    if importlib.util.find_spec("granian") is None:
        assert rows[("granian", "starlette")]["skipped"] == "granian is not installed"
    assert all(len(cells) == 8 for cells in compare.format_rows(r))


def test_the_bare_asgi_candidate_refuses_like_the_service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The comparison is fair only if every candidate does the service's checks: no token 401, bad JSON 400, too
    large 413, a decision 200."""
    import asyncio

    from automode.service.candidates import bare_app

    monkeypatch.setenv("AUTOMODE_SERVE_TOKEN", TOKEN)
    monkeypatch.setenv("AUTOMODE_AUDIT", "off")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    app = bare_app()

    async def call(body: bytes, token: str | None) -> tuple[int, dict[str, Any]]:
        sent: list[dict[str, Any]] = []
        headers = [(b"authorization", f"Bearer {token}".encode())] if token else []
        scope = {"type": "http", "path": "/v1/decide", "method": "POST", "headers": headers, "client": ("127.0.0.1", 1)}
        chunks = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, Any]:
            return chunks.pop(0)

        async def send(msg: dict[str, Any]) -> None:
            sent.append(msg)

        await app(scope, receive, send)
        return sent[0]["status"], json.loads(sent[1]["body"])

    token = TOKEN
    assert asyncio.run(call(b"{}", None))[0] == 401
    assert asyncio.run(call(b"{", token))[0] == 400
    assert asyncio.run(call(b"x" * 1_000_001, token))[0] == 413
    status, out = asyncio.run(call(json.dumps({"tool": "Bash", "input": {"command": "rm -rf ~"}}).encode(), token))
    assert status == 200 and out["verdict"] == "deny"


def test_doctor_names_the_team_service_a_hook_asks() -> None:
    from automode.adapters.settings_file import hook_command
    from automode.commands.doctor import hook_mode

    running = {"running": True, "pid": 1, "socket": "/run/x/hook.sock"}
    team = hook_mode(hook_command("claude-code", resident=True, server="https://automode.example.internal"), running)
    assert team.startswith("resident: hook calls go to the server") and "team service at https://automode.example.internal" in team
    direct = hook_mode(hook_command("claude-code", resident=False, server="http://127.0.0.1:8765"), running)
    assert direct.startswith("direct") and "team service at http://127.0.0.1:8765" in direct
    assert "team service" not in hook_mode(hook_command("claude-code", resident=True), running)
