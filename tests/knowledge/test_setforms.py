"""The commands `knowledge.setforms` reads as acting on every thing of a kind (fixtures in the table's module)."""

from __future__ import annotations

import pytest

from automode.analysis import analyze
from automode.knowledge import setforms, target_defaults
from automode.model import Action, Context

_ROOT = "/home/dev/shop"


def _last(command: str):  # type: ignore[no-untyped-def]
    a = analyze(Action("Bash", {"command": command}, _ROOT), Context(cwd=_ROOT, project_root=_ROOT))
    return a.commands[-1]


@pytest.mark.parametrize(("command", "picks"), setforms.SET_CASES)
def test_commands_that_act_on_a_set(command: str, picks: tuple[str, ...] | None) -> None:
    got = setforms.set_form(_last(command))
    assert (None if got is None else tuple(got[1])) == picks, command


@pytest.mark.parametrize(("command", "picks"), setforms.TEST_PICK_CASES)
def test_what_picks_the_tests(command: str, picks: tuple[str, ...]) -> None:
    assert tuple(setforms.test_picks(_last(command))) == picks, command


@pytest.mark.parametrize(("command", "lands"), target_defaults.LANDING_CASES)
def test_where_a_deploy_lands(command: str, lands: tuple[str, str] | None) -> None:
    got = target_defaults.landing(_last(command))
    assert (None if got is None else (got[1], got[2])) == lands, command
