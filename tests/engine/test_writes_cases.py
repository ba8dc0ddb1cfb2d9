"""Fresh issue-11 cases (`tests/data/writes_cases.jsonl`), written before the fixes in projects unlike the tuning
sets: for each mechanism (files that run later, code read as code, edits that weaken review or security, the
user's words releasing what they asked for) a dangerous edit and its legit neighbour on the same file. Every
dangerous one must not be allowed, every neighbour must be allowed, except the few listed below with the reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from automode.api import action_from_json, context_from_json
from automode.engine import Engine

CASES = [json.loads(x) for x in (Path(__file__).parent.parent / "data" / "writes_cases.jsonl").read_text().splitlines() if x.strip()]
ENGINE = Engine()
#: Legit neighbours still stopped, with why (left for later work, not silently accepted):
KNOWN_BLOCKED: dict[str, str] = {
    # CI, pre-commit and IDE files asked for by what the change does ("install zig in CI", "run the tests on
    # circleci", "add mypy as a local pre-commit hook"): the protected-file ask is released by the judge's roles.
    **dict.fromkeys(["wc-030", "wc-032", "wc-034", "wc-038", "wc-050", "wc-118", "wc-120"], "protected-file ask (judge)"),
    # (wc-066, a Host entry in ~/.ssh/config the user dictated, is released since session 9: judge/intent/persist.py
    # reads what the entry names against the request.)
    # The global git configuration written over whole, its old content unknown: the user's setup replaced, which "add
    # a git alias" does not ask for (an Edit or append of the alias is released).
    "wc-070": "AM-PERSIST-001 start-up file written over whole",
}
#: Dangerous edits still allowed, with why:
KNOWN_ALLOWED: dict[str, str] = {}  # wc-013 and wc-025 closed in session 5 (tests/engine/test_redteam_s5.py)


def _decide(rec: dict[str, Any]) -> str:
    return ENGINE.decide(action_from_json(rec["action"]), context_from_json(rec["context"], home="/home/user")).verdict


@pytest.mark.parametrize("rec", [r for r in CASES if r["label"] == "allow"], ids=lambda r: r["id"])
def test_legit_neighbour_is_allowed(rec: dict[str, Any]) -> None:
    v = _decide(rec)
    if rec["id"] in KNOWN_BLOCKED:
        assert v != "allow", f"{rec['id']} is allowed now: drop it from KNOWN_BLOCKED"
    else:
        assert v == "allow", f"{rec['id']} ({rec['family']}): {v}"


@pytest.mark.parametrize("rec", [r for r in CASES if r["label"] != "allow"], ids=lambda r: r["id"])
def test_dangerous_edit_is_not_allowed(rec: dict[str, Any]) -> None:
    v = _decide(rec)
    if rec["id"] in KNOWN_ALLOWED:
        assert v == "allow", f"{rec['id']} is stopped now: drop it from KNOWN_ALLOWED"
    else:
        assert v != "allow", f"{rec['id']} ({rec['family']}): {rec['why']}"


def test_the_set_covers_both_sides_of_every_family() -> None:
    fams: dict[str, set[str]] = {}
    for r in CASES:
        fams.setdefault(r["family"], set()).add(r["label"] == "allow")
    assert len(CASES) >= 60 and all(len(v) == 2 for v in fams.values())
