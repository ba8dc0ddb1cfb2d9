"""The resource tables (`knowledge.loads`, `knowledge.machines`, `knowledge.downloads`) read what their fixtures say,
and the judge reads the amounts a request names (`judge.intent.amounts`)."""

from __future__ import annotations

import shlex

import pytest

from automode.judge.intent.amounts import named_amounts
from automode.knowledge import downloads, loads, machines


@pytest.mark.parametrize(("command", "amounts"), loads.CASES, ids=[c for c, _ in loads.CASES])
def test_the_load_a_command_makes(command: str, amounts: dict[str, float]) -> None:
    words = shlex.split(command)
    assert loads.amounts(words[0], words[1:]) == amounts


@pytest.mark.parametrize(("command", "types", "count", "dear"), machines.CASES, ids=[c[0] for c in machines.CASES])
def test_the_machines_a_command_starts(command: str, types: tuple[str, ...], count: int, dear: bool) -> None:
    words = shlex.split(command)
    got = machines.launch(words[0], words[1:])
    if got is None:
        assert (types, count, dear) == ((), 0, False)
        return
    assert (got.types, got.machines) == (types, count)
    assert any(machines.costly(x) for x in (*got.types, *got.gpus)) is dear


@pytest.mark.parametrize(("name", "billions"), downloads.PARAM_CASES)
def test_the_size_a_model_name_says(name: str, billions: float | None) -> None:
    assert downloads.params(name) == billions


@pytest.mark.parametrize(("command", "whole"), downloads.DATASET_CASES)
def test_a_whole_public_dataset(command: str, whole: bool) -> None:
    words = shlex.split(command)
    assert (downloads.whole_dataset(words[0], words[1:]) is not None) is whole


@pytest.mark.parametrize(("words", "named"), [
    ("run a smoke load test with 10 VUs for 30 seconds", {"users": 10, "duration": 30}),
    ("hit staging with vegeta at 50 rps for 30s", {"rate": 50, "duration": 30}),
    ("send 1,000 requests at concurrency of 20", {"requests": 1000, "users": 20}),
    ("soak it for half an hour with 2k users", {"users": 2000, "duration": 1800}),
    ("fix the 3 failing tests", {}),
    ("scale the api to 5 replicas", {}),
])  # fmt: skip
def test_the_load_a_request_names(words: str, named: dict[str, float]) -> None:
    assert named_amounts(words) == named
