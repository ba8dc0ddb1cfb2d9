"""Helpers to run the real Claude Code CLI offline against the fake model server (see shared notes).

The CLI is installed from the npm registry into ~/.cache/automode-e2e/ (never into the repo), pinned, with
--prefer-online because a stale local packument once gave an older version.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

PINS = {
    name: version
    for name, version in (
        line.split() for line in (Path(__file__).with_name("npm_pins.txt")).read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )
}
CLAUDE_CODE_VERSION = PINS["@anthropic-ai/claude-code"]
CACHE = Path(os.environ.get("AUTOMODE_E2E_CACHE") or Path.home() / ".cache" / "automode-e2e")


def npm_install(name: str, version: str) -> Path:
    """`node_modules` dir holding `name@version`, installed on first use (under a lock: tests may run in parallel)."""
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node/npm are not installed (run .ci/deps.d/40-node-claude-code.sh); cannot run the real agent")
    safe = name.replace("/", "__").lstrip("@")
    root = CACHE / f"{safe}-{version}"
    marker = root / "node_modules" / name / "package.json"
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not marker.exists() or json.loads(marker.read_text()).get("version") != version:
            (root / "package.json").write_text('{"private": true}\n')
            proc = subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--prefer-online", f"{name}@{version}"],
                cwd=root, capture_output=True, text=True, timeout=600,
            )
            if proc.returncode != 0:
                pytest.fail(f"npm install {name}@{version} failed:\n{proc.stderr[-3000:]}")
    return root / "node_modules"


def claude_binary() -> Path:
    mods = npm_install("@anthropic-ai/claude-code", CLAUDE_CODE_VERSION)
    binary = mods / ".bin" / "claude"
    probe = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=60)
    if CLAUDE_CODE_VERSION not in probe.stdout:
        # postinstall did not run (--ignore-scripts setups): the platform package holds the native binary
        native = mods / "@anthropic-ai" / "claude-code-linux-x64" / "claude"
        if native.exists():
            return native
        pytest.fail(f"claude --version gave {probe.stdout!r} {probe.stderr[-500:]!r}")
    return binary


@dataclass
class Sandbox:
    """One isolated Claude Code world: its HOME, config dir, project, and automode's data/runtime dirs."""

    root: Path
    home: Path = field(init=False)
    config: Path = field(init=False)
    project: Path = field(init=False)

    def __post_init__(self) -> None:
        self.home = self.root / "home"
        self.config = self.root / "claude-config"
        self.project = self.root / "project"
        for d in (self.home, self.config, self.project, self.root / "data", self.root / "run"):
            d.mkdir(parents=True, exist_ok=True)
        (self.root / "run").chmod(0o700)
        subprocess.run(["git", "init", "-q", "-b", "main", str(self.project)], check=True)

    def env(self, base_url: str = "") -> dict[str, str]:
        env = {
            "HOME": str(self.home),
            "CLAUDE_CONFIG_DIR": str(self.config),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "TERM": "dumb",
            "XDG_DATA_HOME": str(self.root / "data"),
            "XDG_RUNTIME_DIR": str(self.root / "run"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
            "IS_SANDBOX": "1",  # lets bypassPermissions run as root (CI): the control runs need it
            "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        }
        if base_url:
            env["ANTHROPIC_BASE_URL"] = base_url
            env["ANTHROPIC_API_KEY"] = "sk-ant-fake"
        return env

    def install(self, mode: str) -> None:
        """`automode install claude-code --scope user` into this sandbox's Claude config dir."""
        proc = subprocess.run([sys.executable, "-m", "automode", "install", "claude-code", "--scope", "user",
                               "--mode", mode], env=self.env(), capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert (self.config / "settings.json").exists()

    def run_claude(self, claude: Path, base_url: str, *args: str, prompt: str = "do the task") -> list[dict[str, Any]]:
        """Run `claude -p` and return its stream-json events (hook events included)."""
        proc = subprocess.run(
            [str(claude), "-p", prompt, "--output-format", "stream-json", "--verbose", "--include-hook-events", *args],
            cwd=self.project, env=self.env(base_url), stdin=subprocess.DEVNULL, capture_output=True, text=True,
            timeout=180,
        )
        events = []
        for line in proc.stdout.splitlines():
            with contextlib.suppress(ValueError):
                events.append(json.loads(line))
        assert any(e.get("type") == "result" for e in events), f"no result (rc {proc.returncode}): {proc.stderr[-2000:]}"
        return events

    def stop_resident(self) -> None:
        """End the resident server this sandbox started (by the pid in its lock file)."""
        from .hookrun import stop_server

        stop_server(self.root / "run")


def result_event(events: list[dict[str, Any]]) -> dict[str, Any]:
    return next(e for e in events if e.get("type") == "result")


def hook_outputs(events: list[dict[str, Any]], event: str) -> list[dict[str, Any]]:
    """Parsed stdout of each hook run for `event`, from the system/hook_response stream events."""
    outs = []
    for e in events:
        if e.get("type") == "system" and e.get("subtype") == "hook_response" and e.get("hook_event") == event:
            with contextlib.suppress(ValueError, TypeError):
                outs.append(json.loads(e.get("stdout") or e.get("output") or ""))
    return outs


@contextlib.contextmanager
def cleanup(sandbox: Sandbox) -> Iterator[Sandbox]:
    try:
        yield sandbox
    finally:
        sandbox.stop_resident()
