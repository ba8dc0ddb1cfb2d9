"""Run automode's real hook commands as the agent does (`/bin/sh -c CMD`, JSON on stdin) in an isolated world."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

from automode.adapters.settings_file import hook_command

MODES = ("direct", "resident")


class HookWorld:
    """HOME, data and runtime dirs of one test, so hooks and resident servers never touch the real ones."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.project = root / "project"
        self.runtime = root / "run"
        for d in (self.home, self.project, root / "data"):
            d.mkdir(parents=True, exist_ok=True)
        self.runtime.mkdir(mode=0o700, exist_ok=True)
        self.runtime.chmod(0o700)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AUTOMODE_", "CLAUDE", "XDG_"))}
        env.update(HOME=str(self.home), XDG_DATA_HOME=str(self.root / "data"), XDG_RUNTIME_DIR=str(self.runtime),
                   XDG_CONFIG_HOME=str(self.home / ".config"), CLAUDE_PROJECT_DIR=str(self.project))
        env.update(extra)
        return env

    def payload(self, event: str = "PreToolUse", **fields: Any) -> dict[str, Any]:
        p: dict[str, Any] = {"session_id": "sess-test", "transcript_path": str(self.root / "transcript.jsonl"),
                             "cwd": str(self.project), "permission_mode": "default", "hook_event_name": event}
        p.update(fields)
        return p

    def run(self, mode: str, payload: bytes | dict[str, Any] | str, *, agent: str = "claude-code",
            headless: bool = False, command: str | None = None, cwd: Path | None = None, timeout: float = 60,
            **env: str) -> subprocess.CompletedProcess[str]:
        cmd = command or hook_command(agent, resident=mode == "resident", headless=headless)
        data = json.dumps(payload) if isinstance(payload, dict) else payload
        raw = data.encode() if isinstance(data, str) else data
        proc = subprocess.run(["/bin/sh", "-c", cmd], input=raw, capture_output=True, env=self.env(**env),
                              cwd=cwd or self.project, timeout=timeout)
        return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())

    def stop_server(self) -> None:
        """End the resident server this test started. It starts in the background, so wait for its pid."""
        stop_server(self.runtime)


def stop_server(runtime: Path) -> None:
    """SIGTERM the server whose pid is in the lock file (it empties the file on exit), waiting for it to appear:
    a server is started in the background and may still be warming up."""
    rdir = runtime / "automode"
    if not (rdir / "server.log").exists():
        return  # no client ever tried to start one
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            pid = int((rdir / "server.lock").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            time.sleep(0.05)
            continue
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
        while time.monotonic() < deadline and (rdir / "server.lock").read_text().strip() == str(pid):
            time.sleep(0.02)
        # a second server started meanwhile waits for the lock and takes over at once: stop it too
        deadline = min(deadline, time.monotonic() + 0.5)


def decision(proc: subprocess.CompletedProcess[str]) -> str:
    """The verdict Claude Code reads from a PreToolUse answer (exit 2 is a block)."""
    if proc.returncode == 2:
        return "deny"
    assert proc.returncode == 0, (proc.returncode, proc.stderr)
    return str(json.loads(proc.stdout)["hookSpecificOutput"]["permissionDecision"])
