"""The built-in rule catalogue: the rule modules listed in MODULES, each registering its rules when imported.

`REGISTRY` here is the whole catalogue (reading it imports every module: the CLI, the docs and the tests see every
rule). The engine imports modules by trigger instead (`automode.rules.triggers`): a hook process answering
`git status` does not import the rules about package installs or MCP servers.
"""

from __future__ import annotations

from automode import lazymod
from automode.rules.base import Hit, Registry, Rule, rule
from automode.typing_lite import Any

MODULES = ("destroy", "git", "review", "review_gates", "exfiltrate", "exfiltrate_copies", "service_apis", "secrets", "supply", "remote_exec", "security", "containers", "persistence", "trust", "cloud", "data", "agent_switch", "agent_control", "agent_alias", "agent_install", "agent_project", "agent_delegate", "resource", "resource_scale", "resource_cloud", "resource_loops", "unanalysable", "shadowing",
           "programs", "option_power", "tasks", "writes", "writes_later", "writes_data", "writes_sends", "writes_tests", "writes_tolerance", "writes_wide", "writes_loaders", "supply_builds", "writes_migrations", "writes_values", "writes_meaning", "writes_framework", "configs", "stacks", "cmdlets", "host_state", "privileged", "outbound", "subverbs", "places",
           "computed", "carried",
           "owncli", "owncli_sends", "cred_servers", "served", "sdkcode", "pastneed", "datafiles", "attached", "slot_grants",
           "volumes", "git_remotes", "preload", "open_services")


def load(modules: tuple[str, ...] | list[str] | set[str] | frozenset[str]) -> None:
    """Import these rule modules (their rules register in `base.REGISTRY`)."""
    for m in modules:
        lazymod.load(f"automode.rules.{m}")


def load_all() -> Registry:
    """Every rule module; the registry with the whole catalogue."""
    from automode.rules.base import REGISTRY

    load(MODULES)
    return REGISTRY


def __getattr__(name: str) -> Any:
    if name == "REGISTRY":  # `from automode.rules import REGISTRY`: the whole catalogue
        return load_all()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["MODULES", "REGISTRY", "Hit", "Rule", "load", "load_all", "rule"]
