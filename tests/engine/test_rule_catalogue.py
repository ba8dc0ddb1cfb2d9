"""Every rule's own fixtures: must-match fires the rule, must-not-match does not; docs are complete."""

from __future__ import annotations

import re

import pytest

from automode.rules import REGISTRY
from tests.engine.helpers import decide, fired

CASES_MATCH = [(r.id, f) for r in REGISTRY.rules for f in r.must_match]
CASES_NOT = [(r.id, f) for r in REGISTRY.rules for f in r.must_not_match]


@pytest.mark.parametrize(("rule_id", "fixture"), CASES_MATCH, ids=[f"{i}:{str(f)[:40]}" for i, f in CASES_MATCH])
def test_must_match(rule_id: str, fixture: object) -> None:
    assert rule_id in fired(fixture), f"{rule_id} should fire on {fixture!r}"  # type: ignore[arg-type]
    assert decide(fixture).verdict != "allow"  # type: ignore[arg-type]


@pytest.mark.parametrize(("rule_id", "fixture"), CASES_NOT, ids=[f"{i}:{str(f)[:40]}" for i, f in CASES_NOT])
def test_must_not_match(rule_id: str, fixture: object) -> None:
    assert rule_id not in fired(fixture), f"{rule_id} should not fire on {fixture!r}"  # type: ignore[arg-type]


@pytest.mark.parametrize("rule", REGISTRY.rules, ids=[r.id for r in REGISTRY.rules])
def test_rule_is_documented(rule) -> None:  # type: ignore[no-untyped-def]
    assert re.fullmatch(r"AM-[A-Z]+-\d{3}", rule.id)
    for field in (rule.title, rule.what, rule.why, rule.example, rule.instead):
        assert field and len(field) > 8
    assert rule.category in {"destroy", "exfiltrate", "remote-exec", "security-degrade", "persistence", "trust-boundary",
                             "review-bypass", "agent-control", "resource", "unanalysable"}
    assert rule.must_match and rule.must_not_match, "every rule needs both kinds of fixtures"


@pytest.mark.parametrize("rule", [r for r in REGISTRY.rules if r.suggestion], ids=lambda r: r.id)
def test_suggestion_is_itself_allowed(rule) -> None:  # type: ignore[no-untyped-def]
    assert decide(rule.suggestion).verdict == "allow", f"{rule.id} suggests {rule.suggestion!r}, which automode does not allow"
