"""The `[sandbox]` and `[trust]` settings `automode run` needs, read from the user and project TOML files.

Kept in one function so the lead's configuration module can absorb it later. The project file
(`<project>/.automode.toml`) comes from a repository the agent may have cloned, so it may only tighten: it can add
hidden and read-only paths, never writable paths or trusted hosts.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from automode.dc import dataclass, field


@dataclass(frozen=True)
class SandboxSettings:
    hide: tuple[str, ...] = ()
    writable: tuple[str, ...] = ()
    readonly: tuple[str, ...] = ()
    readonly_project: tuple[str, ...] = ()  # may not un-hide a secret, unlike the user's own `readonly`
    trusted_hosts: tuple[str, ...] = ()  # exact host names or IP literals
    trusted_domains: tuple[str, ...] = ()  # a domain and all its subdomains
    agent_hosts: bool = (
        True  # also trust the API host of the agent being run (api.anthropic.com for claude ...)
    )
    sources: tuple[str, ...] = ()  # files that were read, for --explain
    warnings: tuple[str, ...] = field(default=())


MANAGED_CONFIG = Path("/etc/automode/config.toml")


def user_config_path(home: str) -> Path:
    if os.environ.get("AUTOMODE_CONFIG"):  # replaces the user file, as in docs/config.md
        return Path(os.environ["AUTOMODE_CONFIG"])
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    return Path(base) / "automode" / "config.toml"


def _read(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        return None


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: `{key}` must be a list of strings")
    return tuple(value)


def load_settings(home: str, project: str | None) -> SandboxSettings:
    """Merge managed, user, then project settings. Raises ValueError (with the file named) on malformed TOML or
    types: unlike the policy's config, the sandbox refuses to start rather than drop a `hide` it could not read."""
    hide: list[str] = []
    writable: list[str] = []
    readonly: list[str] = []
    readonly_project: list[str] = []
    hosts: list[str] = []
    domains: list[str] = []
    agent_hosts = True
    sources: list[str] = []
    warnings: list[str] = []
    files = [(MANAGED_CONFIG, False), (user_config_path(home), False)]
    if project:
        files.append((Path(project) / ".automode.toml", True))
    for path, is_project in files:
        try:
            data = _read(path)
        except tomllib.TOMLDecodeError as e:
            raise ValueError(f"{path}: {e}") from e
        if data is None:
            continue
        sources.append(str(path))
        sandbox = data.get("sandbox", {})
        trust = data.get("trust", {})
        if not isinstance(sandbox, dict) or not isinstance(trust, dict):
            raise ValueError(f"{path}: [sandbox] and [trust] must be tables")
        hide += _strings(sandbox, "hide", str(path))
        if is_project:
            readonly_project += _strings(sandbox, "readonly", str(path))
            # A cloned repository must not be able to widen what the agent may write or reach.
            if sandbox.get("writable"):
                warnings.append(f"{path}: [sandbox] writable ignored (a project file may only tighten)")
            if trust.get("hosts") or trust.get("domains"):
                warnings.append(
                    f"{path}: [trust] hosts/domains ignored for the sandbox (project files only tighten)"
                )
            if sandbox.get("agent_hosts") is False:
                agent_hosts = False
            continue
        readonly += _strings(sandbox, "readonly", str(path))
        writable += _strings(sandbox, "writable", str(path))
        hosts += _strings(trust, "hosts", str(path))
        domains += _strings(trust, "domains", str(path))
        if "agent_hosts" in sandbox:
            agent_hosts = bool(sandbox["agent_hosts"])
    return SandboxSettings(
        hide=tuple(hide),
        writable=tuple(writable),
        readonly=tuple(readonly),
        readonly_project=tuple(readonly_project),
        trusted_hosts=tuple(h.lower() for h in hosts),
        trusted_domains=tuple(d.lower().removeprefix("*").lstrip(".") for d in domains),
        agent_hosts=agent_hosts,
        sources=tuple(sources),
        warnings=tuple(warnings),
    )
