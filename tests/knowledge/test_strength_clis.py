"""`knowledge.strength_clis`: where each account CLI writes its act (session 24, keep)."""

from __future__ import annotations

import pytest

from automode.knowledge.slot_values import act_level, family_of
from automode.knowledge.strength_clis import FIXTURES, act_words


@pytest.mark.parametrize(("program", "words", "family", "level"), FIXTURES)
def test_fixture(program: str, words: tuple[str, ...], family: str, level: int) -> None:
    read = act_words(program, list(words))
    assert read is not None
    assert family_of(read[0]) == family
    assert act_level(family, read[1]) == level


def test_other_programs_are_not_read() -> None:
    assert act_words("rm", ["-rf", "users"]) is None
