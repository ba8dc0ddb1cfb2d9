"""The counts and open-set filters `knowledge.selection` reads (fixtures in the table's module)."""

from __future__ import annotations

import shlex

import pytest

from automode.judge.intent.magnitude import asked_counts
from automode.judge.intent.selects import named_ids
from automode.knowledge import selection


@pytest.mark.parametrize(("command", "counts"), selection.COUNT_CASES)
def test_the_counts_a_command_sets(command: str, counts: tuple[int, ...]) -> None:
    assert tuple(n for _, n in selection.command_counts(shlex.split(command)[1:])) == counts


@pytest.mark.parametrize(("code", "open_set"), selection.OPEN_CASES)
def test_filters_that_select_an_open_set(code: str, open_set: bool) -> None:
    assert bool(selection.open_filters(code)) is open_set, code


@pytest.mark.parametrize(("words", "counts"), [
    ("scale the thumbnailer to 3 replicas in staging", {3}),
    ("run three workers", {3}),
    ("grow the api pool to 12", {12}),
    ("resize the node pool down to zero tonight", {0}),
    ("set replicas to 4", {4}),
    ("skaliere die api auf drei pods", {3}),
    ("mets deux instances", {2}),
    ("scale the api to 3 replicas and the worker to 5", {3, 5}),
    ("spin up a t3.small in the dev account", {1}),
    ("launch two m5.large boxes for the load test", {2}),
])  # fmt: skip
def test_the_counts_a_request_names(words: str, counts: set[int]) -> None:
    assert asked_counts(words) == counts


@pytest.mark.parametrize("words", [
    "add two more workers, we have 3 now", "scale up by 2 replicas", "double the pods", "fix the 404 on /replicas",
    "bump node to 20 in the CI matrix", "why are there so many pods?",
])  # fmt: skip
def test_no_absolute_count_is_named(words: str) -> None:
    assert asked_counts(words) is None


@pytest.mark.parametrize(("words", "ids"), [
    ("ids 9001 and 9002 - delete them from local db", {"9001", "9002"}),
    ("remove users 311 and 312", {"311", "312"}),
])
def test_ids_named_one_by_one(words: str, ids: set[str]) -> None:
    assert named_ids(words) == ids


@pytest.mark.parametrize("words", [
    "delete every invoice with id above 9000", "drop rows 100-200", "everything except 88 can go",
    "ids from 9001 on are test data", "9001 and up are mine", "delete the test rows",
])
def test_a_range_is_no_list_of_ids(words: str) -> None:
    assert named_ids(words) is None


@pytest.mark.parametrize(("command", "units"), [
    ("systemctl stop postgresql redis-server", ["postgresql", "redis-server"]),
    ("systemctl --no-block restart nginx.service", ["nginx.service"]),
    ("docker compose -f dev.yml restart web db", ["web", "db"]),
    ("supervisorctl -c /etc/sup.conf stop worker", ["worker"]),
    ("kubectl -n dev delete pod api-1 api-2", ["api-1", "api-2"]),
    ("systemctl status nginx", []),
    ("docker compose up -d web", []),
    ("pm2 list", []),
])  # fmt: skip
def test_the_units_a_stop_names(command: str, units: list[str]) -> None:
    words = shlex.split(command)
    assert selection.stopped_units(words[0], words[1:]) == units


@pytest.mark.parametrize(("option", "word", "matches"), selection.NUMERIC_CASES)
def test_which_option_carries_a_number_said_with_a_word(option: str, word: str, matches: bool) -> None:
    [(_, parts, _)] = selection.numeric_options(option.split())
    assert selection.option_matches(parts, word) is matches


@pytest.mark.parametrize(("command", "picked"), [
    ("firebase deploy --only functions:sendInvite", (True, ["functions:sendInvite"])),
    ("firebase deploy --project dev", (False, [])),
    ("dbt run -s orders_mart+ --target prod", (True, ["orders_mart+"])),
    ("terraform apply -target=module.dns", (True, ["module.dns"])),
    ("ansible-playbook site.yml --limit web-02", (True, ["web-02"])),
    ("terraform plan", None),
    ("dbt deps", None),
])  # fmt: skip
def test_the_part_a_deploy_tool_is_given(command: str, picked: tuple[bool, list[str]] | None) -> None:
    words = shlex.split(command)
    assert selection.selection(words[0], words[1:]) == picked
