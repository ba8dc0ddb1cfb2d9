"""Where each agent keeps its hook settings, and the hook groups automode adds there."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from automode.adapters.settings_file import hook_command
from automode.dc import dataclass

HOOK_TIMEOUT_S = 30  # above the hook's own fail-safe deadline (run.DEFAULT_TIMEOUT), so we answer, not the agent


@dataclass(frozen=True)
class Target:
    agent: str
    scope: str
    path: Path


def claude_settings_path(scope: str, project: Path) -> Path:
    if scope == "user":
        base = os.environ.get("CLAUDE_CONFIG_DIR") or os.path.join(os.path.expanduser("~"), ".claude")
        return Path(base) / "settings.json"
    if scope == "project":
        return project / ".claude" / "settings.json"
    if scope == "local":
        return project / ".claude" / "settings.local.json"
    raise ValueError(f"unknown scope {scope!r}")


def gemini_settings_path(scope: str, project: Path) -> Path:
    if scope == "user":
        return Path(os.path.expanduser("~")) / ".gemini" / "settings.json"
    if scope in ("project", "local"):
        return project / ".gemini" / "settings.json"
    raise ValueError(f"unknown scope {scope!r}")


def codex_hooks_path(scope: str, project: Path) -> Path:
    if scope == "user":
        base = os.environ.get("CODEX_HOME") or os.path.join(os.path.expanduser("~"), ".codex")
        return Path(base) / "hooks.json"
    if scope in ("project", "local"):
        return project / ".codex" / "hooks.json"
    raise ValueError(f"unknown scope {scope!r}")


SCOPES = ("user", "project", "local")


def target(agent: str, scope: str, project: Path) -> Target:
    paths = {"claude-code": claude_settings_path, "gemini": gemini_settings_path, "codex": codex_hooks_path}
    return Target(agent, scope, paths[agent](scope, project))


def groups(agent: str, resident: bool, headless: bool = False, server: str | None = None) -> dict[str, dict[str, Any]]:
    """event -> the matcher group automode adds for `agent`."""
    cmd = hook_command(agent, resident, headless, server)
    if agent == "gemini":
        # Gemini CLI hook timeouts are in milliseconds.
        hook = {"type": "command", "command": cmd, "timeout": HOOK_TIMEOUT_S * 1000, "name": "automode"}
        return {
            "BeforeTool": {"matcher": ".*", "hooks": [hook]},
            "AfterTool": {"matcher": ".*", "hooks": [hook]},
            "BeforeAgent": {"hooks": [hook]},
        }
    hook = {"type": "command", "command": cmd, "timeout": HOOK_TIMEOUT_S}
    if agent == "codex":
        return {
            "PreToolUse": {"matcher": ".*", "hooks": [hook]},
            "PostToolUse": {"matcher": ".*", "hooks": [hook]},
            "UserPromptSubmit": {"hooks": [hook]},
        }
    return {
        "PreToolUse": {"matcher": "*", "hooks": [hook]},
        "PostToolUse": {"matcher": "*", "hooks": [hook]},
        "UserPromptSubmit": {"hooks": [hook]},
    }
