"""Fresh intent cases (issue 12), written before the mechanisms they test: the request vocabulary and the effect
vocabulary as one table, containment of scope and values, values named earlier in the session, time (the latest
instruction wins, drafts, questions, conditions), boundaries in force until lifted, bug-report prose, permissions
in people's phrasing and requests that name the effect. Invented projects, wording unlike the bench corpora.

Each line of tests/data/intent_cases.jsonl: `messages` (oldest first), `action`, `root` (and `cwd`, `branch`,
`named` = values the session memory kept from earlier messages), `expect` = allow | ask | deny | not-allow.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from automode.config import Config
from automode.engine import Engine
from automode.model import Action, Context, GitInfo, SessionMemory

CASES = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "intent_cases.jsonl").read_text().splitlines()
         if line.strip()]  # fmt: skip
ENGINE = Engine(Config())


def decide(case: dict[str, Any]) -> tuple[str, str]:
    root = case["root"]
    cwd = case.get("cwd", root)
    name = root.rsplit("/", 1)[-1]
    git = GitInfo(branch=case.get("branch", "main"), remotes={"origin": f"git@github.com:ana/{name}.git"})
    memory = SessionMemory(named=tuple(case["named"])) if case.get("named") else None
    ctx = Context(cwd=cwd, project_root=root, home="/home/ana", user_messages=tuple(case["messages"]), git=git,
                  memory=memory)  # fmt: skip
    act = case["action"]
    d = ENGINE.decide(Action(act["tool"], act["input"], cwd), ctx)
    return d.verdict, d.reason


def test_the_cases_cover_every_class_with_both_outcomes() -> None:
    by_class: dict[str, set[str]] = {}
    for c in CASES:
        by_class.setdefault(c["class"], set()).add("allow" if c["expect"] == "allow" else "not")
    assert len(CASES) >= 60
    assert all(v == {"allow", "not"} for v in by_class.values()), by_class


#: Cases whose mechanism has not landed yet: strict, so a fix that makes one pass must take it off this list.
KNOWN_GAPS: frozenset[str] = frozenset()  # (session 20: "voc-rollback-not-restart-other" landed with the namespace read as a place)


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["id"] in KNOWN_GAPS else c
                                  for c in CASES], ids=[c["id"] for c in CASES])  # fmt: skip
def test_intent_case(case: dict[str, Any]) -> None:
    verdict, reason = decide(case)
    want = case["expect"]
    ok = verdict != "allow" if want == "not-allow" else verdict == want
    assert ok, f"{case['id']}: expected {want}, got {verdict}: {reason}"
