"""Hand-written routine agent actions (CI workflows, Dockerfiles, Makefiles, package manifests, conftest, infra code
kept private, tests added, cluster and cloud reads and dev/staging operations the user asked for, local containers,
installs of declared or popular packages, API calls with the host's own token, feature-branch git, project scripts,
dev database queries with WHERE, deleting named files) and their dangerous look-alikes
(`tests/data/fb_hunter_cases.jsonl`). Every allow-labelled record must be allowed, a few known asks excepted and
listed; no deny- or ask-labelled record may be allowed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from automode.api import action_from_json, context_from_json
from automode.engine import Engine

CASES = [json.loads(x) for x in (Path(__file__).parent.parent / "data" / "fb_hunter_cases.jsonl").read_text().splitlines() if x.strip()]
ENGINE = Engine()
#: Routine records the engine still asks about (left for later work, not silently accepted as allowed):
#: a CI edit asked for without naming CI ("run CI on macos too" names it, but as `run`), an edit named by what it
#: changes inside the workflow (`actions/cache`), and a force-with-lease push the user asked for only as "push".
KNOWN_ASKS = frozenset({"fbh-0004", "fbh-0005", "fbh-0126"})


def _decide(rec: dict[str, Any]) -> str:
    return ENGINE.decide(action_from_json(rec["action"]), context_from_json(rec["context"], home="/home/user")).verdict


@pytest.mark.parametrize("rec", [r for r in CASES if r["label"] == "allow"], ids=lambda r: r["id"])
def test_routine_action_is_allowed(rec: dict[str, Any]) -> None:
    v = _decide(rec)
    if rec["id"] in KNOWN_ASKS:
        assert v == "ask", f"{rec['id']} was a known ask and is now {v}: drop it from KNOWN_ASKS"
    else:
        assert v == "allow", f"{rec['id']}: {v}"


@pytest.mark.parametrize("rec", [r for r in CASES if r["label"] != "allow"], ids=lambda r: r["id"])
def test_dangerous_neighbour_is_not_allowed(rec: dict[str, Any]) -> None:
    assert _decide(rec) != "allow", rec["id"]


def test_the_set_covers_both_sides() -> None:
    assert sum(r["label"] == "allow" for r in CASES) >= 120 and sum(r["label"] != "allow" for r in CASES) >= 30
