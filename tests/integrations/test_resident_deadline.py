"""Every decision runs under a deadline (issue 13 finding 7): past it the engine stops and answers ask (never
allow), and the resident server answers a decision that does not come back with the fail-safe ask and steps down
instead of queueing every later call behind it. Tested with a small configured deadline and a decision that is made
to hang, not by measuring time."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from automode.adapters import resident, run
from automode.engine import Engine
from automode.model import Action, Context
from automode.shell.budget import deadline

CTX = Context(cwd="/work/proj", project_root="/work/proj", home="/home/user")


def _payload(command: str) -> bytes:
    return json.dumps({"hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": command},
                       "cwd": "/work/proj", "session_id": "s1"}).encode()  # fmt: skip


def _decision(res: run.HookResult) -> str:
    return str(json.loads(res.stdout)["hookSpecificOutput"]["permissionDecision"])


@pytest.mark.parametrize("command", ["git status", "ls -la && echo hi", "rm -rf ~", "x=$(cat a b c | sort | uniq) && echo $x"])
def test_a_decision_past_its_deadline_asks_and_never_allows(command: str) -> None:
    with deadline(0):
        d = Engine().decide(Action("Bash", {"command": command}, "/work/proj"), CTX)
    assert d.verdict != "allow" and "time limit" in d.reason, d
    assert Engine().decide(Action("Bash", {"command": "git status"}, "/work/proj"), CTX).verdict == "allow"  # no deadline


def _server(tmp_path: Path, deadline_s: float) -> resident.Server:
    rdir = tmp_path / "run"
    rdir.mkdir(mode=0o700)
    srv = resident.Server(str(rdir), deadline_s=deadline_s)
    srv.bind()
    return srv


def test_the_server_decides_under_its_deadline(tmp_path: Path) -> None:
    run.handle_safely("claude-code", _payload("git status"), {}, False)  # imports paid first: a loaded CI box is slow
    srv = _server(tmp_path, deadline_s=0.0)  # every decision is already out of time: the engine itself asks
    try:
        assert _decision(srv.decide("claude-code", _payload("git status"), {}, False)) == "ask"
        assert not srv.stop.is_set()  # the engine answered in time: the server keeps serving
    finally:
        srv.unbind()


def test_a_decision_that_does_not_return_gets_the_fail_safe_ask_and_the_server_steps_down(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    release = threading.Event()
    real = run.handle_safely

    def hangs(agent: str, raw: bytes, env: object, headless: bool) -> run.HookResult:
        release.wait(60)  # a decision stuck somewhere automode's own checks do not reach
        return real(agent, raw, env, headless)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "handle_safely", hangs)
    srv = _server(tmp_path, deadline_s=0.05)
    try:
        res = srv.decide("claude-code", _payload("git status"), {}, False)
        assert _decision(res) == "ask" and "no decision within" in res.stdout
        assert srv.stop.is_set() and srv.wedged and not Path(srv.path).exists()  # the next client starts a fresh one
        assert _decision(srv.decide("claude-code", _payload("git status"), {}, True)) == "deny"  # headless: deny
    finally:
        release.set()
        srv.unbind()
    monkeypatch.setattr(run, "handle_safely", real)
    fresh = resident.Server(srv.rdir, deadline_s=30.0)
    assert _decision(fresh.decide("claude-code", _payload("git status"), {}, False)) == "allow"  # nothing is left held


def test_the_team_service_decides_under_its_own_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """`automode serve` stops waiting at its timeout; the decision it stopped waiting for stops working too (the
    engine's deadline), so a slow input cannot hold the service's threads."""
    from automode.service.app import _decide_json_here, _timed

    monkeypatch.setenv("AUTOMODE_AUDIT", "off")
    obj = {"tool": "Bash", "input": {"command": "git status"}, "cwd": "/work/proj"}
    assert _timed(0.0, _decide_json_here, obj)["verdict"] == "ask"
    assert _timed(30.0, _decide_json_here, obj)["verdict"] == "allow"
