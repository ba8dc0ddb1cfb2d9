"""The tables of options and forms wider than the verb said (session 21, L1): `knowledge/widening.py`."""

from __future__ import annotations

import re

import pytest

from automode.knowledge import widening
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "found"), widening.FIXTURES, ids=[c for c, _ in widening.FIXTURES])
def test_widening(command: str, found: str | None) -> None:
    got = widening.widenings(_cmd(command))
    assert (got[0][1] if got else None) == found


@pytest.mark.parametrize(("command", "hit"), widening.SELECTOR_FIXTURES, ids=[c for c, _ in widening.SELECTOR_FIXTURES])
def test_selector_left_out(command: str, hit: bool) -> None:
    assert bool(widening.unselected(_cmd(command))) is hit


@pytest.mark.parametrize(("command", "hit"), widening.PARENT_FIXTURES, ids=[c for c, _ in widening.PARENT_FIXTURES])
def test_parent_form(command: str, hit: bool) -> None:
    assert bool(widening.parents(_cmd(command))) is hit


@pytest.mark.parametrize(("command", "hit"), widening.KEEPER_FIXTURES, ids=[c for c, _ in widening.KEEPER_FIXTURES])
def test_keeper_left_out(command: str, hit: bool) -> None:
    assert bool(widening.keepers_left(_cmd(command))) is hit


@pytest.mark.parametrize("key", sorted(widening.WORDS))
def test_words_compile_and_say_nothing_of_an_empty_text(key: str) -> None:
    assert re.compile(rf"(?i)(?<![\w-])(?:{widening.WORDS[key]})").search("") is None


def test_every_row_names_its_words() -> None:
    for row in widening.ROWS:
        assert row.said in widening.WORDS and row.verdict in ("deny", "ask")
    for k in widening.KEEPERS:
        assert k.noun in widening.KEPT_NOUNS
