"""What the sandboxed agent sees of the file system: a list of mounts laid over a read-only `/`.

Defaults: the project read-write; the agent's own state and package caches read-write; files that are run later
*outside* the sandbox (git hooks, `.envrc`, the agent's hook settings, automode's config) read-only even inside
writable places, so the agent cannot plant code or switch its own guard off; secrets hidden (an empty tmpfs over
a directory, /dev/null over a file). `/tmp` and `/var/tmp` are private tmpfs. Paths that do not exist are skipped
(there is nothing to hide or bind), except the agent's own state directories, which are created.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
from pathlib import Path
from typing import Literal

from automode.dc import dataclass
from automode.paths import SECRET_HOME_DIRS
from automode.sandbox.egress_log import data_dir
from automode.sandbox.settings import SandboxSettings

MountKind = Literal["rw", "ro", "hide"]

# Agent state each known agent needs to write; created when missing so a first run works.
AGENT_STATE: dict[str, tuple[str, ...]] = {
    "claude": ("~/.claude", "~/.claude.json", "~/.claude.json.backup", "~/.config/claude"),
    "codex": ("~/.codex",),
    "gemini": ("~/.gemini",),
}
# Environment variables that move an agent's state dir elsewhere.
AGENT_STATE_ENV: dict[str, str] = {
    "claude": "CLAUDE_CONFIG_DIR",
    "codex": "CODEX_HOME",
    "gemini": "GEMINI_CONFIG_DIR",
}
# Writable for any agent when present: package caches (automode's data dir is added too: hooks running inside the
# sandbox record their decisions there).
SHARED_WRITABLE = (
    "~/.cache", "~/.npm", "~/.local/state", "~/.bun", "~/.yarn", "~/.pnpm-store",
    "~/.local/share/pnpm", "~/.cargo/registry", "~/.cargo/git", "~/go/pkg/mod", "~/.m2/repository",
    "~/.gradle/caches",
)  # fmt: skip
# Executed or obeyed outside the sandbox later, or the agent's own guard: read-only even inside writable places.
PROTECTED = (
    "~/.claude/settings.json", "~/.codex/config.toml", "~/.gemini/settings.json", "./.git/hooks", "./.git/config",
    "./.envrc", "./.vscode/tasks.json", "./.vscode/settings.json", "./.automode.toml", "./.claude/settings.json",
    "./.claude/settings.local.json", "./.gemini/settings.json", "./.codex/config.toml",
)  # fmt: skip
EXTRA_SECRETS = (
    "~/.local/share/fish/fish_history", "~/.config/BraveSoftware", "~/.config/microsoft-edge", "~/snap/firefox",
    "~/snap/chromium", "~/.thunderbird", "~/.config/Signal", "~/.config/keybase",
)  # fmt: skip
SYSTEM_SECRETS = (
    "/etc/shadow", "/etc/gshadow", "/etc/shadow-", "/etc/gshadow-", "/etc/ssh/ssh_host_*_key", "/etc/krb5.keytab",
    "/etc/ssl/private", "/run/secrets", "/var/run/secrets",
)  # fmt: skip
# Unix sockets stay connectable through a read-only mount and are not scoped by the network namespace.
HOST_SOCKETS = (
    "/run/docker.sock", "/var/run/docker.sock", "/run/containerd", "/run/podman", "/run/dbus/system_bus_socket",
    "/var/run/dbus/system_bus_socket", "/run/user", "/run/snapd.socket",
)  # fmt: skip
PRIVATE_TMP = ("/tmp", "/var/tmp")
PROJECT_RO = "project config readonly"
GUARD = "runs outside the sandbox / agent guard"


@dataclass(frozen=True)
class Mount:
    kind: MountKind
    path: str  # absolute, symlinks resolved
    why: str
    is_dir: bool = True


@dataclass(frozen=True)
class FsPlan:
    project: str
    home: str
    mounts: tuple[Mount, ...]  # in the order to apply them, parents before children


class PlanError(ValueError):
    pass


def agent_name(command: list[str]) -> str | None:
    """The known agent `command` starts, looking through an `env [-i] [VAR=value]...` prefix."""
    words = list(command)
    if words and os.path.basename(words[0]) == "env":
        words = words[1:]
        while words and (words[0].startswith("-") or "=" in words[0]):
            words = words[1:]
    base = os.path.basename(words[0]) if words else ""
    return base if base in AGENT_STATE else None


def _expand(raw: str, home: str, project: str) -> list[str]:
    p = raw
    if p == "~" or p.startswith("~/"):
        p = home + p[1:]
    elif not p.startswith("/"):
        p = os.path.join(project, p)
    found = glob.glob(p) if glob.has_magic(p) else [p]
    return [os.path.realpath(x) for x in found]


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def build_plan(
    project: str,
    home: str,
    settings: SandboxSettings,
    command: list[str],
    create_agent_state: bool = True,
    env: dict[str, str] | None = None,
) -> FsPlan:
    project = os.path.realpath(project)
    home = os.path.realpath(home)
    if project == "/" or _under(home, project):
        raise PlanError(
            f"project {project} contains your home directory; pass --project with the project's own directory"
        )
    chosen: dict[str, Mount] = {}  # path -> mount; a later entry for the same path replaces an earlier one

    def add(kind: MountKind, raws: tuple[str, ...] | list[str], why: str, create: bool = False) -> None:
        for raw in raws:
            for path in _expand(raw, home, project):
                if create and not os.path.lexists(path):
                    _create(path)
                if not os.path.exists(path):
                    continue
                if why == PROJECT_RO and path in chosen and chosen[path].kind == "hide":
                    continue  # a project may not turn a hidden path into a readable one
                chosen[path] = Mount(kind, path, why, os.path.isdir(path))

    # Defaults first, user choices next (they replace a default on the same path), hides from config last.
    add("rw", [project], "project")
    if any(_under(home, t) for t in PRIVATE_TMP):
        add("ro", [home], "home (under a private tmp dir)")
    # automode itself (interpreter, venv, package source) must stay runnable inside for the hooks and the
    # `--net trusted` forwarder, even when installed under /tmp (a CI checkout), which becomes an empty tmpfs.
    own = [sys.prefix, os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
    add("ro", [p for p in own if any(_under(p, t) for t in PRIVATE_TMP)], "automode itself (under a private tmp dir)")
    agent = agent_name(command)
    if agent:
        add("rw", AGENT_STATE[agent], f"{agent} state", create=create_agent_state)
        var = AGENT_STATE_ENV.get(agent, "")
        moved = (env or {}).get(var) if var else None
        if moved:
            add("rw", [moved], f"{agent} state (${var})", create=create_agent_state)
            add("ro", [os.path.join(moved, "settings.json"), os.path.join(moved, "config.toml")], GUARD)
    add("rw", SHARED_WRITABLE, "cache")
    add("rw", [str(data_dir(home))], "automode data (audit, hook state)", create=create_agent_state)
    # ... but not the key that authenticates answers to pending asks (created now, so the agent cannot make it):
    # inside, no allow can be forged and none is honoured (audit.asks fails closed without the key).
    add("hide", [str(data_dir(home) / "keys")], "automode's answer key", create=True)
    add("hide", [f"~/{d}" for d in SECRET_HOME_DIRS] + list(EXTRA_SECRETS), "secret")
    add("hide", SYSTEM_SECRETS, "system secret")
    add("hide", HOST_SOCKETS, "host socket")
    add("ro", PROTECTED, GUARD)
    add("rw", settings.writable, "config writable")
    add("ro", settings.readonly, "config readonly")
    add("ro", settings.readonly_project, PROJECT_RO)
    add("hide", settings.hide, "config hide")
    # A project's `readonly` must not bind a hidden secret (or something under one) back into view.
    hidden = [m.path for m in chosen.values() if m.kind == "hide"]
    for m in [m for m in chosen.values() if m.why == PROJECT_RO]:
        if any(_under(m.path, h) for h in hidden):
            del chosen[m.path]
    # Parents before children so each entry overlays the one above it (bwrap applies mounts in order).
    mounts = sorted(chosen.values(), key=lambda m: (m.path.count("/"), m.path))
    return FsPlan(project=project, home=home, mounts=tuple(mounts))


def _create(path: str) -> None:
    # Files among the agent state (~/.claude.json) are left for the agent to create; only directories are made.
    if os.path.basename(path).startswith(".claude.json"):
        return
    with contextlib.suppress(OSError):
        Path(path).mkdir(parents=True, exist_ok=True, mode=0o700)
