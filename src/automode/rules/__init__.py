"""The built-in rule catalogue. Importing this package registers every rule module listed in MODULES."""

from __future__ import annotations

import importlib

from automode.rules.base import REGISTRY, Hit, Rule, rule

MODULES = ("destroy", "git", "review", "exfiltrate", "secrets", "supply", "remote_exec", "security", "containers", "persistence", "trust", "cloud", "data", "agent_switch", "agent_control", "agent_alias", "agent_install", "agent_project", "agent_delegate", "resource", "resource_scale", "unanalysable", "shadowing",
           "programs", "tasks", "writes", "writes_data", "writes_tests", "writes_tolerance", "writes_migrations", "configs")
for _m in MODULES:
    importlib.import_module(f"automode.rules.{_m}")

__all__ = ["REGISTRY", "Hit", "Rule", "rule"]
