"""`automode install/uninstall/doctor` on real settings files, through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .hookrun import HookWorld


def automode(world: HookWorld, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "automode", *args], capture_output=True, text=True,
                          env=world.env(CLAUDE_CONFIG_DIR=str(world.home / ".claude")), cwd=world.project, timeout=120)


EXISTING: dict[str, Any] = {
    "model": "opus",
    "permissions": {"allow": ["Bash(npm test)"], "deny": ["Read(./.env)"]},
    "hooks": {
        "PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "my-own-linter"}]}],
        "Stop": [{"hooks": [{"type": "command", "command": "notify-send done"}]}],
    },
    "env": {"FOO": "1"},
}


@pytest.fixture
def world(tmp_path: Path) -> Iterator[HookWorld]:
    w = HookWorld(tmp_path)
    yield w
    w.stop_server()


def _settings(world: HookWorld, scope: str) -> Path:
    return {"user": world.home / ".claude" / "settings.json", "project": world.project / ".claude" / "settings.json",
            "local": world.project / ".claude" / "settings.local.json"}[scope]


@pytest.mark.parametrize("scope", ["user", "project", "local"])
def test_install_merges_keeps_everything_else_and_uninstall_restores(world: HookWorld, scope: str) -> None:
    path = _settings(world, scope)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(EXISTING, indent=4))
    proc = automode(world, "install", "claude-code", "--scope", scope)
    assert proc.returncode == 0, proc.stderr
    new = json.loads(path.read_text())
    assert {k: v for k, v in new.items() if k != "hooks"} == {k: v for k, v in EXISTING.items() if k != "hooks"}
    assert new["hooks"]["Stop"] == EXISTING["hooks"]["Stop"]
    assert new["hooks"]["PreToolUse"][0] == EXISTING["hooks"]["PreToolUse"][0]
    assert set(new["hooks"]) == {"PreToolUse", "PostToolUse", "UserPromptSubmit", "Stop"}
    backups = list(path.parent.glob(path.name + ".automode-backup-*"))
    assert len(backups) == 1 and json.loads(backups[0].read_text()) == EXISTING

    again = automode(world, "install", "claude-code", "--scope", scope)  # idempotent: no change, no new backup
    assert "already installed" in again.stdout and json.loads(path.read_text()) == new
    assert len(list(path.parent.glob(path.name + ".automode-backup-*"))) == 1

    out = automode(world, "uninstall", "claude-code", "--scope", scope)
    assert out.returncode == 0, out.stderr
    assert json.loads(path.read_text()) == EXISTING


def test_install_into_a_fresh_home_and_switch_mode(world: HookWorld) -> None:
    path = _settings(world, "user")
    assert automode(world, "install", "claude-code", "--mode", "direct").returncode == 0
    cmds = {h["command"] for groups in json.loads(path.read_text())["hooks"].values() for g in groups for h in g["hooks"]}
    assert len(cmds) == 1 and "automode.adapters.run" in cmds.pop()
    assert automode(world, "install", "claude-code", "--mode", "resident").returncode == 0
    hooks = json.loads(path.read_text())["hooks"]
    assert all(len(groups) == 1 and "hook_client" in groups[0]["hooks"][0]["command"] for groups in hooks.values())
    assert automode(world, "uninstall", "claude-code").returncode == 0
    assert json.loads(path.read_text()) == {}


@pytest.mark.parametrize("content", ['{"hooks": {', "[1, 2]", '{"hooks": []}', '{"hooks": {"PreToolUse": {}}}'])
def test_install_refuses_settings_it_cannot_safely_rewrite(world: HookWorld, content: str) -> None:
    path = _settings(world, "user")
    path.parent.mkdir(parents=True)
    path.write_text(content)
    for cmd in ("install", "uninstall"):
        proc = automode(world, cmd, "claude-code", "--scope", "user")
        assert proc.returncode == 2 and "will not rewrite" in proc.stderr
        assert path.read_text() == content
    assert not list(path.parent.glob("*.automode-backup-*"))


def test_doctor_tells_whether_hooks_are_live(world: HookWorld) -> None:
    none = automode(world, "doctor", "--json")
    assert none.returncode == 1
    assert automode(world, "install", "claude-code", "--mode", "direct").returncode == 0
    live = automode(world, "doctor", "--json")
    report = json.loads(live.stdout)
    claude = next(a for a in report["agents"] if a["agent"] == "claude-code")
    assert live.returncode == 0 and claude["live"], claude
    assert claude["self_test"]["verdict"] == "deny"

    # a setting that switches every hook off makes the hooks not live, and doctor says why
    local = _settings(world, "local")
    local.parent.mkdir(parents=True, exist_ok=True)
    local.write_text('{"disableAllHooks": true}')
    off = automode(world, "doctor")
    assert off.returncode == 1 and "disableAllHooks" in off.stdout and "NOT LIVE" in off.stdout


def test_doctor_self_test_leaves_no_trace(world: HookWorld) -> None:
    """doctor's sample decision is not in the user's audit trail or session state, and no server is left running."""
    assert automode(world, "install", "claude-code").returncode == 0  # resident mode: the hook would start a server
    data = world.root / "data" / "automode"
    before = sorted(p.relative_to(world.root) for p in (world.root / "data").rglob("*"))
    report = automode(world, "doctor", "--json")
    claude = next(a for a in json.loads(report.stdout)["agents"] if a["agent"] == "claude-code")
    assert report.returncode == 0 and claude["self_test"]["verdict"] == "deny", report.stdout + report.stderr
    assert sorted(p.relative_to(world.root) for p in (world.root / "data").rglob("*")) == before
    assert not (data / "audit.db").exists()
    rdir = world.runtime / "automode"
    assert not (rdir / "hook.sock").exists() and not (rdir / "server.log").exists(), "doctor started a resident server"
    log = automode(world, "log", "--json")
    assert "automode-doctor" not in log.stdout


def test_doctor_only_pings_a_server_that_was_running(world: HookWorld) -> None:
    from .hookrun import decision

    assert automode(world, "install", "claude-code").returncode == 0
    cmd = json.loads(_settings(world, "user").read_text())["hooks"]["PreToolUse"][0]["hooks"][0]["command"]
    payload = {"hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": "git status"},
               "cwd": str(world.project), "session_id": "s1", "transcript_path": ""}  # fmt: skip
    env = world.env(CLAUDE_CONFIG_DIR=str(world.home / ".claude"))
    deadline = time.monotonic() + 30
    while not (world.runtime / "automode" / "hook.sock").exists() and time.monotonic() < deadline:
        p = subprocess.run(["/bin/sh", "-c", cmd], input=json.dumps(payload), capture_output=True, text=True, env=env,
                           cwd=world.project, timeout=60)  # fmt: skip
        assert decision(p) == "allow"
        time.sleep(0.3)
    first = json.loads(automode(world, "doctor", "--json").stdout)["resident"]
    assert first["running"], first
    second = json.loads(automode(world, "doctor", "--json").stdout)["resident"]
    assert second["running"] and second["pid"] == first["pid"]
