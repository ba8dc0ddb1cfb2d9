"""Options that carry an act to the objects derived from the one named (session 23, N4): `knowledge/derived.py`."""

from __future__ import annotations

import pytest

from automode.knowledge import derived
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "want"), derived.FIXTURES, ids=[c for c, _ in derived.FIXTURES])
def test_derived(command: str, want: str | None) -> None:
    got = derived.derived(_cmd(command))
    assert (got[0] if got else None) == want
