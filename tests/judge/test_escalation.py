"""Denial escalation (SPEC §8): counters per session across hook processes, ask after 3 in a row or 20 in total,
headless sessions stop with a summary; wired into the Claude Code PreToolUse hook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from automode import escalation
from automode.model import Action, Decision

DENY = Decision(
    "deny",
    "Force-pushes or pushes to a protected branch: pushes directly to main.",
    ("AM-GIT-002",),
    "trust-boundary",
)
FLOOR = Decision("deny", "Deletes a critical location.", ("AM-DESTROY-001",), "destroy", stage="floor")
ALLOW = Decision("allow", "routine")
PUSH = Action("Bash", {"command": "git push origin main"})


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    return tmp_path


def test_three_in_a_row_turn_denies_into_asks() -> None:
    verdicts = [escalation.after_decision("s1", PUSH, DENY, "interactive").decision.verdict for _ in range(4)]
    assert verdicts == ["deny", "deny", "deny", "ask"]
    d = escalation.after_decision("s1", PUSH, DENY, "interactive").decision
    assert (d.stage == "escalation" and "3 denials in a row" in d.reason) or "denials in a row" in d.reason
    assert escalation.counts("s1") == (5, 5)


def test_an_allow_resets_the_count_in_a_row_not_the_total() -> None:
    for _ in range(2):
        escalation.after_decision("s2", PUSH, DENY, "interactive")
    escalation.after_decision("s2", PUSH, ALLOW, "interactive")
    assert escalation.counts("s2") == (0, 2)
    assert escalation.after_decision("s2", PUSH, DENY, "interactive").decision.verdict == "deny"


def test_twenty_in_a_session() -> None:
    for i in range(20):
        escalation.after_decision("s3", PUSH, DENY, "interactive")
        if i % 2 == 0:
            escalation.after_decision("s3", PUSH, ALLOW, "interactive")
    assert escalation.counts("s3")[1] == 20
    assert escalation.after_decision("s3", PUSH, DENY, "interactive").decision.verdict == "ask"


def test_floor_denies_stay_denies() -> None:
    for _ in range(3):
        escalation.after_decision("s4", PUSH, FLOOR, "interactive")
    assert escalation.after_decision("s4", PUSH, FLOOR, "interactive").decision.verdict == "deny"


def test_headless_stops_with_a_summary() -> None:
    outs = [escalation.after_decision("s5", PUSH, DENY, "headless") for _ in range(3)]
    assert [o.stop is None for o in outs] == [True, True, False]
    stop = outs[-1].stop or ""
    assert "stopped this headless session" in stop and "git push origin main" in stop and "AM-GIT-002" in stop


def test_no_session_counts_nothing() -> None:
    assert escalation.after_decision(None, PUSH, DENY, "interactive").decision is DENY


def test_claude_code_hook_escalates_across_processes(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {"XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "AUTOMODE_TEST": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "cfg")}  # fmt: skip
    payload = {"hook_event_name": "PreToolUse", "session_id": "sess-esc", "cwd": str(tmp_path), "tool_name": "Bash",
               "tool_input": {"command": "git push --force origin main"}}  # fmt: skip
    outs = []
    for _ in range(4):
        p = subprocess.run([sys.executable, "-m", "automode", "hook", "claude-code"], input=json.dumps(payload).encode(),
                           env=env, capture_output=True, timeout=60, check=False)  # fmt: skip
        outs.append(json.loads(p.stdout))
    decisions = [o["hookSpecificOutput"]["permissionDecision"] for o in outs]
    assert decisions == ["deny", "deny", "deny", "ask"]
    assert "do not try to" in outs[0]["hookSpecificOutput"]["permissionDecisionReason"].lower()
