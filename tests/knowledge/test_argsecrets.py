"""`knowledge.argsecrets`: secret files handed to programs whose arguments are not files (fixtures)."""

from __future__ import annotations

import pytest

from automode.knowledge import argsecrets
from automode.shell.commands import Env
from automode.shell.parse import ShellState, default_env, parse_script


@pytest.mark.parametrize(("command", "found"), argsecrets.FIXTURES)
def test_secret_words(command: str, found: bool) -> None:
    cmd = parse_script(command, ShellState("/home/dev/proj", default_env("/home/dev", "/home/dev/proj"))).commands[0]
    got = list(argsecrets.secrets(cmd, Env("/home/dev", "/home/dev/proj")))
    assert bool(got) is found, got
