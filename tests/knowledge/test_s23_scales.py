"""The table of the unit or scale each program writes an amount in (session 23, N1): `knowledge/scales.py`."""

from __future__ import annotations

import pytest

from automode.knowledge import scales
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "want"), scales.FIXTURES, ids=[c[:60] for c, _ in scales.FIXTURES])
def test_carried(command: str, want: tuple[tuple[str, str, str], ...]) -> None:
    got = tuple((where, value, unit) for _, where, value, unit in scales.carried(_cmd(command)))
    assert got == want


@pytest.mark.parametrize("command", scales.NOT_CARRIED)
def test_not_carried(command: str) -> None:
    assert scales.carried(_cmd(command)) == []


def test_mcp_amount() -> None:
    got = scales.carried_mcp("mcp__stripe__create_refund", {"payment_intent": "pi_1", "amount": 2500})
    assert [(w, v, u) for _, w, v, u in got] == [("json:amount", "2500", "minor")]
    assert scales.carried_mcp("mcp__github__create_issue", {"amount": 3}) == []


def test_rows_are_well_formed() -> None:
    for row in scales.SCALES:
        assert row.dim in scales.DIMS, row
        for where in row.where:
            spot, unit = scales._spot(where, row.unit)
            assert unit in scales.UNITS, row
            assert spot.startswith(("-", "re:", "cfg:", "json:", "at:", "kv:")) or spot in ("NAME=", "expr:interval", "expr:pgsize", "expr:pgtime"), row
        assert row.programs or row.tool, row


def test_covers() -> None:
    assert scales.covers("borg", "--keep-daily")
    assert scales.covers("pgbackrest", "--repo2-retention-full")
    assert scales.covers("kafka-configs", "retention.ms")
    assert not scales.covers("borg", "--list")
