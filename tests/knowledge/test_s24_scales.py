"""Session 24, O2: more programs' units (`knowledge/scales_more.py`), intervals inside statements
(`knowledge/scale_exprs.py`) and counts of periodic copies said (`judge/intent/periods_said.py`)."""

from __future__ import annotations

import pytest

from automode.judge.intent import periods_said
from automode.knowledge import scale_exprs, scale_keys, scales, scales_more
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "want"), scales_more.FIXTURES, ids=[c[:60] for c, _ in scales_more.FIXTURES])
def test_carried(command: str, want: tuple[tuple[str, str, str], ...]) -> None:
    got = tuple((where, value, unit) for _, where, value, unit in scales.carried(_cmd(command)))
    assert got == want


@pytest.mark.parametrize(("text", "want"), scale_exprs.FIXTURES, ids=[t[:50] for t, _ in scale_exprs.FIXTURES])
def test_intervals(text: str, want: tuple[float, ...]) -> None:
    assert tuple(v for _, v in scale_exprs.intervals(text)) == want


@pytest.mark.parametrize(("text", "want"), periods_said.FIXTURES, ids=[t[:40] for t, _ in periods_said.FIXTURES])
def test_periods(text: str, want: dict[str, tuple[float, ...]]) -> None:
    assert periods_said.periods(text) == want


def test_named_operand() -> None:
    assert scales.named_operands(_cmd("redis-cli -n 2 PEXPIRE session:7f3a 3600000")) == ["session:7f3a"]
    assert scales.named_operands(_cmd("redis-cli GET session:7f3a")) == []


@pytest.mark.parametrize(("path", "old", "new", "want"), scale_keys.FIXTURES, ids=[f[0] for f in scale_keys.FIXTURES])
def test_written(path: str, old: str, new: str, want: tuple[tuple[str, str, str], ...]) -> None:
    assert tuple((k, v, u) for k, v, u, _ in scale_keys.written(path, old, new)) == want


@pytest.mark.parametrize(("text", "dim", "want"), scale_exprs.SETTING_FIXTURES, ids=[t[:40] for t, _, _ in scale_exprs.SETTING_FIXTURES])
def test_settings(text: str, dim: str, want: tuple[float, ...]) -> None:
    assert tuple(v for _, v in scale_exprs.settings(text, dim)) == want
