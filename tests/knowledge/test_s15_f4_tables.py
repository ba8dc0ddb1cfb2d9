"""Fixtures of the F4 tables (session 15): CI units by act (`knowledge.ci_units`), withdrawals and narrowings to a look
(`judge.intent.stance`), Home Assistant entity ids (`judge.intent.entities`), named package versions
(`judge.intent.pkg_named`)."""

from __future__ import annotations

import pytest

from automode.judge.intent.entities import _ENTITY_IN
from automode.judge.intent.pkg_named import _close, named_versions
from automode.judge.intent.stance import withdraws_all
from automode.knowledge.ci_units import FIXTURES, units


@pytest.mark.parametrize(("text", "acts"), FIXTURES)
def test_ci_units(text: str, acts: tuple[str, ...]) -> None:
    assert tuple(a for a, _ in units(text)) == acts


@pytest.mark.parametrize("said", ["attends", "mejor no", "aspetta",
                                  "poczekaj", "počkej", "vänta", "odota", "bekle", "đợi đã", "รอก่อน", "ちょっと待って",
                                  "先别", "잠깐", "只看看", "cek aja daftarnya", "só lista", "только посмотри",
                                  "nur anzeigen", "just list them", "zeig nur die Pods", "mejor solo muéstramelas",
                                  "목록만 보여줘", "lepiej nie", "abhi nahi", "un momento"])
def test_withdrawals_and_narrowings(said: str) -> None:
    assert withdraws_all(said)


@pytest.mark.parametrize("said", ["list the pods in demo and delete the old ones", "show me the logs of api-7",
                                  "just fix the typo", "only staging, please", "no worries", "warten wir auf CI? ja"])
def test_not_withdrawals(said: str) -> None:
    assert not withdraws_all(said)


def test_entity_ids_not_services() -> None:
    text = "hass-cli service call switch.turn_off --arguments entity_id=switch.garage_door light.toggle light.kitchen_2"
    assert [m.group(1) for m in _ENTITY_IN.finditer(text)] == ["switch.garage_door", "light.kitchen_2"]


def test_named_versions_and_near_names() -> None:
    assert ("django", "4.2") in named_versions(("instale o django 4.2 no venv",))
    assert ("react", "18") in named_versions(("upgrade react to 18",))
    assert _close("serde_jsn", "serde_json") and _close("lodahs", "lodash")
    assert not _close("pytest", "pytest-cov") and not _close("numpy", "numpy")
