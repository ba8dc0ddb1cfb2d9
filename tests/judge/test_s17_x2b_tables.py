"""The tables of session 17's H2 trust half (helper x2b), against their own fixtures: the phrases that name a trust
act (`judge.intent.trust_words`), the values a trust act's commands carry (`knowledge.trust_values`), the store
lanes and the declined first names."""

from __future__ import annotations

import pytest

from automode.analysis import analyze
from automode.judge.intent.trust_words import MATCHES, MISSES, other_lane, store_platform, trust_verbs
from automode.knowledge.trust_values import FIXTURES, extra_values, person_said, said_percents, unvalued
from automode.model import Action, Context


@pytest.mark.parametrize(("text", "cls"), MATCHES)
def test_a_trust_phrase_names_its_act(text: str, cls: str) -> None:
    assert cls in trust_verbs(text)


@pytest.mark.parametrize("text", MISSES)
def test_a_look_alike_names_no_trust_act(text: str) -> None:
    assert not trust_verbs(text)


@pytest.mark.parametrize(("command", "label", "extra"), FIXTURES)
def test_the_values_of_a_trust_command(command: str, label: tuple[str, ...], extra: tuple[str, ...]) -> None:
    a = analyze(Action("Bash", {"command": command}, "/x"), Context(cwd="/x", project_root="/x", home="/h"))
    cmd = a.commands[0]
    assert sorted(unvalued(cmd)) == sorted(label)
    assert tuple(f"{k}:{v}" for k, v in extra_values(cmd)) == extra


def test_shares_said_as_percents() -> None:
    assert said_percents("send 10% of the traffic, then 25 percent") == {"10", "25"}
    assert said_percents("zet 20 procent op staging") == {"20"}
    assert not said_percents("revision api-00017 on port 8080")


def test_first_names_declined() -> None:
    assert person_said("olek", "daj olkowi reader na rg-bokning-dev")
    assert person_said("anna", "adj anna-nak view jogot")
    assert not person_said("olga", "daj olkowi reader")
    assert not person_said("ci", "give ci view")


def test_store_lanes() -> None:
    assert store_platform("ios", "send it for app store review")
    assert not store_platform("android", "send it for app store review")
    assert other_lane(["ios", "release"], "push the build to testflight")
    assert other_lane(["ios", "beta"], "submit it for app store review")
    assert not other_lane(["ios", "beta"], "push the build to testflight")
