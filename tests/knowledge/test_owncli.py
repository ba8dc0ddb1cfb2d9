"""In-house programs (`knowledge.owncli`, session 16 G4): where a project's own CLI keeps its words, and its flags."""

from __future__ import annotations

import pytest

from automode.knowledge import owncli
from automode.shell.parse import ShellState, default_env, parse_script
from automode.shell.script import Command


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "want"), list(owncli.INVOCATION_FIXTURES.items()))
def test_invocation(command: str, want: tuple[str, str, str] | None) -> None:
    inv = owncli.invocation(_cmd(command))
    got = None if inv is None else (inv.how, inv.label, inv.words[0][0] if inv.words else "")
    assert got == want, command


@pytest.mark.parametrize(("argv", "want"), list(owncli.FLAG_FIXTURES.items()))
def test_flag_facts(argv: str, want: tuple[bool, bool, bool, bool]) -> None:
    assert owncli.flag_facts([(w, False) for w in argv.split()]) == want, argv


def test_destroy_option() -> None:
    for argv in ("--purge", "--drop-tables", "--wipe-data", "--truncate", "--delete-existing", "--reset-db"):
        assert owncli.destroy_option([(argv, False)]) == argv
    for argv in ("--purge-cache-dir-name=x", "--dropdown", "--reset", "--delete-branch", "--no-purge"):
        assert owncli.destroy_option([(argv, False)]) == "", argv


@pytest.mark.parametrize(("argv", "want"), list(owncli.LEAD_FIXTURES.items()))
def test_lead_words(argv: str, want: tuple[str, str]) -> None:
    lead = owncli.lead_words([(w, False) for w in argv.split()])
    assert (owncli.word_in(lead, owncli.CONSOLE_WORDS), owncli.word_in(lead, owncli.AS_WORDS)) == want, argv
