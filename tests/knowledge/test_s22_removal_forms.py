"""The table of removal forms, the one that keeps and the one that takes (session 22, M2):
`knowledge/removal_forms.py`."""

from __future__ import annotations

import re

import pytest

from automode.knowledge import removal_forms
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "want"), removal_forms.FIXTURES, ids=[c for c, _ in removal_forms.FIXTURES])
def test_form(command: str, want: dict[str, str]) -> None:
    got = {n: state for row, state, _opt in removal_forms.forms(_cmd(command)) for n in row.nouns}
    assert got == want


@pytest.mark.parametrize("key", sorted(removal_forms.NOUNS))
def test_nouns_compile_and_say_nothing_of_an_empty_text(key: str) -> None:
    assert re.compile(rf"(?i)(?<![\w-])(?:{removal_forms.NOUNS[key]})").search("") is None


def test_every_row_names_known_nouns_and_a_side() -> None:
    for row in removal_forms.FORMS:
        assert all(n in removal_forms.NOUNS or n == "force" for n in row.nouns), row
        assert row.keep or row.take, row
