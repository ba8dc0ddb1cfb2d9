"""Session 25, P1: the tables' own fixtures (act words per class, API request acts and ids, endpoint options)."""

from __future__ import annotations

import pytest

from automode.knowledge import act_words, endpoint_opts, http_acts


@pytest.mark.parametrize(("text", "acts"), act_words.fixtures())
def test_act_words_said(text: str, acts: frozenset[str]) -> None:
    assert act_words.said_acts(text) == acts


def test_english_forms_are_never_rewritten() -> None:
    for form in act_words.ENGLISH_FORMS:
        assert act_words.englished(f"please {form} the thing") == f"please {form} the thing"


@pytest.mark.parametrize(("text", "want"), [
    ("arhivē repo acme/x githubā, nedzēs", "archive repo acme/x githubā, nedzēs"),
    ("revokera token med accessor 9d3c", "revoke token med accessor 9d3c"),
    ("archiva el repositorio, no lo borres", "archive el repositorio, no lo borres"),
])
def test_englished(text: str, want: str) -> None:
    assert act_words.englished(text) == want


@pytest.mark.parametrize(("method", "path", "ids"), http_acts.fixtures())
def test_path_ids(method: str, path: str, ids: list[str]) -> None:
    r = http_acts.ApiRequest(method, ("h.example.int",), tuple(s for s in path.strip("/").split("/") if s), (), (), False)
    assert http_acts.path_ids(r) == ids


@pytest.mark.parametrize(("method", "path", "acts"), [
    ("POST", "/api/folders", {"create", "add"}), ("DELETE", "/api/folders/x", {"delete"}),
    ("POST", "/projects/a%2Fb/archive", {"archive"}), ("POST", "/features/x/environments/dev/off", {"disable"}),
    ("PATCH", "/repos/a/b", {"update"}),
])
def test_request_acts(method: str, path: str, acts: set[str]) -> None:
    r = http_acts.ApiRequest(method, ("h.example.int",), tuple(s for s in path.strip("/").split("/") if s), (), (), False)
    assert http_acts.request_acts(r) == acts


def test_credential_parts() -> None:
    assert http_acts.credential_parts("GRAFANA_API_KEY") == {"grafana"}
    assert http_acts.credential_parts("API_TOKEN") == set()


@pytest.mark.parametrize(("value", "place"), [("https://vault.acme.int:8200", True), ("vault.acme.int", True),
                                              ("ci-read", False), ("db-1:5432", True), ("2h", False)])
def test_place_value(value: str, place: bool) -> None:
    assert endpoint_opts.place_value(value) is place
