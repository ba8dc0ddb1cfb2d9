"""LLM judge orchestration (filled in by the next commit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.config import Config
    from automode.engine import Finding
    from automode.model import Decision


def consult(d: Decision, found: list[Finding], a: Analysis, config: Config) -> Decision:
    return d
