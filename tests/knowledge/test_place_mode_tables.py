"""The place and mode tables of session 13 (S3): `knowledge.placeflags` (which option names where a command acts),
`knowledge.modeflags` (which commands run for real where a dry form exists, which make a change last)."""

from __future__ import annotations

import pytest

from automode.knowledge import modeflags, placeflags
from automode.shell.parse import ShellState, default_env, parse_script
from automode.shell.script import Command


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("program", "option", "kind"), placeflags.OPTION_CASES)
def test_place_options(program: str, option: str, kind: str) -> None:
    assert placeflags.option_kind(program, option) == kind


@pytest.mark.parametrize(("command", "real"), modeflags.DRY_CASES)
def test_dry_forms(command: str, real: bool) -> None:
    assert (modeflags.real_run(_cmd(command)) is not None) is real, command


@pytest.mark.parametrize(("command", "lasting"), modeflags.SCOPE_CASES)
def test_lasting_forms(command: str, lasting: bool) -> None:
    assert (modeflags.lasting(_cmd(command)) is not None) is lasting, command
