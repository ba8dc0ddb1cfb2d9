"""The table of options and operands that bound an act (session 22, M1): `knowledge/bounding.py`."""

from __future__ import annotations

import pytest

from automode.knowledge import bounding
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "kind", "given"), bounding.FIXTURES, ids=[c for c, _, _ in bounding.FIXTURES])
def test_bound_given(command: str, kind: str, given: str | None) -> None:
    rows = [(r, g) for r, g, _ in bounding.applies(_cmd(command)) if r.kind == kind]
    assert rows, command
    assert rows[0][1] == given


@pytest.mark.parametrize("command", bounding.NOT_BOUNDED)
def test_not_bounded(command: str) -> None:
    assert bounding.applies(_cmd(command)) == []


def test_rows_are_well_formed() -> None:
    from automode.judge.intent.said_units import UNIT_SPECS

    for row in bounding.BOUNDS:
        assert row.kind in bounding.KINDS, row
        assert row.verdict in ("deny", "ask"), row
        assert row.wider in ("more", "less", "other"), row
        assert row.present or row.without, row
        for _, unit in row.opts:
            assert not unit or unit in UNIT_SPECS, row
