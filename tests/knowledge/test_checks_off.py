"""`knowledge.checks_off`: options that turn off the project's own checks or configuration (session 24, keep)."""

from __future__ import annotations

import pytest

from automode.analysis import analyze
from automode.knowledge.checks_off import FIXTURES, turned_off
from automode.model import Action, Context


@pytest.mark.parametrize(("command", "kind"), FIXTURES, ids=[c for c, _ in FIXTURES])
def test_fixture(command: str, kind: str | None) -> None:
    a = analyze(Action("Bash", {"command": command}, "/p"), Context(cwd="/p", project_root="/p", home="/h"))
    got = [turned_off(c) for c in a.commands]
    found = next((g for g in got if g is not None), None)
    assert (found[0] if found else None) == kind, (command, got)
