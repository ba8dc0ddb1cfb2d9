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


# ---------------------------------------------------------------- ids of the judge and the pipeline (issue 15)
def test_every_id_the_code_can_emit_is_catalogued() -> None:
    """`automode rules ID` must document every id a decision can carry: collect the id literals in the source."""
    from pathlib import Path

    from automode.rules.pipeline import BY_ID

    src = Path(__file__).resolve().parents[2] / "src" / "automode"
    emitted = {m for f in src.rglob("*.py") for m in re.findall(r"\"(AM-[A-Z]+-\d{3})\"", f.read_text(encoding="utf-8"))}
    missing = sorted(i for i in emitted if i not in REGISTRY.by_id and i not in BY_ID)
    assert not missing, f"ids without a catalogue entry: {missing}"


def _pipeline_cases(kind: str) -> list[tuple[str, object]]:
    from automode.rules.pipeline import PIPELINE

    return [(p.id, f) for p in PIPELINE for f in getattr(p, kind)]


@pytest.mark.parametrize(("pid", "fixture"), _pipeline_cases("must_carry"), ids=lambda x: str(x)[:40])
def test_pipeline_id_is_carried(pid: str, fixture: object) -> None:
    assert pid in decide(fixture).rules  # type: ignore[arg-type]


@pytest.mark.parametrize(("pid", "fixture"), _pipeline_cases("must_not_carry"), ids=lambda x: str(x)[:40])
def test_pipeline_id_is_not_carried(pid: str, fixture: object) -> None:
    assert pid not in decide(fixture).rules  # type: ignore[arg-type]
