"""The slot tables' fixtures (session 19, helper `slots`): users, shares, places and roles read from commands and
words (`knowledge.slot_values`, `judge.intent.slots`)."""

from __future__ import annotations

import pytest

from automode.judge.intent.slots import (
    PLACES_SAID_CASES,
    USERS_SAID_CASES,
    percents_said,
    places_said,
    users_said,
)
from automode.knowledge.slot_values import (
    TRAFFIC_CASES,
    USER_CASES,
    act_level,
    family_of,
    role_names_in,
    traffic_in_call,
    traffic_of,
    user_of,
)
from automode.shell.script import Command


def _cmds(text: str) -> list[Command]:
    from automode.analysis import analyze
    from automode.model import Action, Context

    a = analyze(Action("Bash", {"command": text}, "/p"), Context(cwd="/p", project_root="/p", home="/h"))
    return list(a.commands)


@pytest.mark.parametrize(("text", "user"), USER_CASES)
def test_user_of(text: str, user: str) -> None:
    got = next((u for c in _cmds(text) if (u := user_of(c)) is not None), None)
    assert got is not None and got[0] == user


@pytest.mark.parametrize(("text", "share"), TRAFFIC_CASES)
def test_traffic_of(text: str, share: float | None) -> None:
    got = next((t for c in _cmds(text) if (t := traffic_of(c)) is not None), None)
    assert (got[0] if got else None) == share


@pytest.mark.parametrize(("text", "users"), USERS_SAID_CASES)
def test_users_said(text: str, users: frozenset[str]) -> None:
    assert users_said(text) == users


@pytest.mark.parametrize(("text", "kind", "places"), PLACES_SAID_CASES)
def test_places_said(text: str, kind: str, places: tuple[str, ...]) -> None:
    assert places_said(text, kind) == places


def test_percents_and_roles() -> None:
    assert percents_said("manda el 10% del tráfico del alias live") == (10.0,)
    assert percents_said("fix the typo in the README heading") == ()
    assert traffic_in_call({"rollout": {"variations": [{"weight": 25000}, {"weight": 75000}]}}) == 75.0
    roles = {n: p for _, n, p in role_names_in('{"roleDefinitionId":"62e90394-69f5-4237-9190-012177145e10"}')}
    assert roles == {"global administrator": 3}
    assert [p for _, _, p in role_names_in("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")] == [0]
    assert [p for _, _, p in role_names_in("--role=roles/owner")] == [3]


def test_strengths() -> None:
    assert family_of("deactivate_user") == "account" and act_level("account", "deactivate_user") == 2
    assert act_level("account", "suspend_user") == 1
    assert family_of("repo delete") == "archive" and act_level("archive", "repo delete") == 3
