"""`knowledge.optpower`: the program an option carries, routine helpers, libraries an option loads (fixtures)."""

from __future__ import annotations

import pytest

from automode.knowledge import optpower


@pytest.mark.parametrize(("value", "program"), optpower.PROGRAM_FIXTURES)
def test_carried_program(value: str, program: str) -> None:
    assert optpower.carried_program(value) == program


@pytest.mark.parametrize(("program", "routine"), optpower.HELPER_FIXTURES)
def test_helper(program: str, routine: bool) -> None:
    assert optpower.helper(program) is routine


@pytest.mark.parametrize(("name", "opts", "words", "libs"), optpower.LIBRARY_FIXTURES)
def test_library_values(name: str, opts: list[tuple[str, str]], words: list[str], libs: list[str]) -> None:
    assert [p for _, p in optpower.library_values(name, opts, words)] == libs


@pytest.mark.parametrize(("program", "text", "lines"), optpower.LOADED_FIXTURES)
def test_loaded_commands(program: str, text: str, lines: list[str] | None) -> None:
    assert optpower.loaded_commands(program, text) == lines


@pytest.mark.parametrize(("detail", "host"), optpower.HOST_FIXTURES)
def test_host_program(detail: str, host: str) -> None:
    assert optpower.host_program(detail) == host
