"""Options whose value is a pattern by the program's reading (session 23, N4): `knowledge/pattern_options.py`."""

from __future__ import annotations

import pytest

from automode.knowledge import pattern_options
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "want"), pattern_options.FIXTURES, ids=[c for c, _ in pattern_options.FIXTURES])
def test_pattern_values(command: str, want: tuple[str, ...]) -> None:
    got = tuple(v.strip("'\"") for _opt, v, _what, _kind in pattern_options.pattern_values(_cmd(command)))
    assert got == tuple(w.strip("'\"") for w in want)


@pytest.mark.parametrize(("value", "kind", "want"), [
    ("^load_orders$", "regex", True), ("load_orders", "regex", False), ("^load_", "regex", False),
    ("app.log", "glob", True), ("app*", "glob", False), ("orders", "prefix", False),
    ("/api/", "slashregex", False), ("api", "slashregex", True), ("a.*", "wholeregex", False),
])
def test_exact(value: str, kind: str, want: bool) -> None:
    assert pattern_options.exact(value, kind) is want


def test_core() -> None:
    assert pattern_options.core("'^load_orders$'") == "load_orders"
    assert pattern_options.core("app*") == "app"
    assert pattern_options.core("/api-worker/") == "api-worker"
