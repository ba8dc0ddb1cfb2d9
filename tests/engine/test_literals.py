"""The necessary conditions read from regular expressions (automode.literals) never reject a text the pattern matches:
a gate that said "no" to a real token would turn a secret flow into a silent allow."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from automode.knowledge.flows import values
from automode.literals import gate_of, literal_gate, min_width, required_literals, trie_of

FLOWS = Path(__file__).resolve().parents[2] / "src" / "automode" / "knowledge" / "data" / "flows" / "values.json"
DATA = json.loads(FLOWS.read_text(encoding="utf-8"))
PATTERNS = [x["re"] for x in DATA["values"]] + [DATA["assigned"]["re"], DATA["url_password"]["re"]]
SYNTHETIC = [
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
    r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})",
    r"x(?:ab|ac)+y",
    r"[rs]k_(?:live|test)_\d+",
    r"(?:pre)?fix-[a-z]{3}",
    r"a(?i:bcd)e-long-literal",
    r"(?:one|two|three)[0-9]?(?:four|five)",
    r"\d+\.\d+",
]


@pytest.mark.parametrize("source", PATTERNS + SYNTHETIC)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_match_holds_a_required_literal_and_is_long_enough(source: str, data: st.DataObject) -> None:
    text = data.draw(st.from_regex(source))
    m = re.search(source, text)
    assert m is not None
    lits = required_literals(source)
    if lits is not None:
        assert any(lit in m.group(0) for lit in lits), (source, m.group(0), lits)
    assert len(m.group(0)) >= min_width(source)
    gate = literal_gate([source])
    assert gate is None or gate(text)


def test_the_conditions_are_selective_where_the_pattern_allows_it() -> None:
    assert set(required_literals(r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b") or ()) == {"AKIA", "ASIA", "ABIA", "ACCA"}
    assert set(required_literals(r"\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,}") or ()) == {"rk_live", "sk_live", "rk_test", "sk_test"}
    assert required_literals(r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY") in (("-----BEGIN ",), ("PRIVATE KEY",))
    assert min_width(r"\bAIza[0-9A-Za-z_-]{30,}") == 34


@pytest.mark.parametrize("source", [r"(?i)token", r"a(?i:bcd)e", r"(?:abc)?d", r"x|yy", r"a[^b]c", r"[a-z]+", r"\w{3}"])
def test_no_condition_when_the_pattern_gives_none(source: str) -> None:
    assert required_literals(source) is None
    assert literal_gate([source]) is None


def test_one_pattern_without_a_literal_turns_the_whole_gate_off() -> None:
    assert literal_gate([r"sk-[a-z]{20}", r"[0-9a-f]{40}"]) is None
    gate = literal_gate([r"sk-[a-z]{20}", r"glpat-[a-z]{16}"])
    assert gate is not None and gate("x glpat-abc") and not gate("plain words only")


def test_the_stored_prefilter_is_what_the_patterns_give() -> None:
    """values.json keeps the derived conditions so a hook does not parse 25 patterns; they must not drift."""
    pf = DATA["prefilter"]
    patterns = [x["re"] for x in DATA["values"]]
    assert pf["shortest"] == min(min_width(p) for p in [*patterns, DATA["assigned"]["re"], DATA["url_password"]["re"]])
    derived = [required_literals(p) for p in patterns]
    assert sorted(pf["value_literals"]) == ([] if None in derived else sorted({s for d in derived for s in d or ()}))
    assert sorted(pf["url_password_literals"]) == sorted(required_literals(DATA["url_password"]["re"]) or ())
    assert pf["value_trie"] == trie_of(pf["value_literals"]), f"store value_trie: {trie_of(pf['value_literals'])!r}"


def test_a_gate_from_stored_strings_is_the_derived_gate() -> None:
    sources = [x["re"] for x in DATA["values"]]
    derived, stored = literal_gate(sources), gate_of(DATA["prefilter"]["value_literals"])
    assert derived is not None and stored is not None
    for text in ("ghp_" + "a" * 36, "plain words", "AKIA" + "B" * 16, "x.eyJhbGciOi", "nothing to see here at all"):
        assert derived(text) == stored(text)
    assert gate_of([]) is None


@pytest.mark.parametrize("sample", [x for v in DATA["values"] for x in v.get("match", ())] + DATA["assigned"]["match"]
                         + DATA["url_password"]["match"])  # fmt: skip
def test_every_documented_secret_is_still_found(sample: str) -> None:
    assert values(sample), sample
