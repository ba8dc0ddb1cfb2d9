"""`automode bench --speed` reports its ratios (issue 14). It measures, it asserts no times."""

from __future__ import annotations

from automode.speedbench import format_report, in_process, traffic


def test_in_process_ratios_are_computed_on_real_or_packaged_traffic() -> None:
    actions = traffic([])[:5]  # no corpus given: the packaged demo session
    assert actions, "the packaged demo session has Bash actions"
    r = in_process(actions, rounds=1)
    assert r["actions"] == len(actions) and r["decide_vs_parse"] > 0 and r["session20_vs_none"] > 0
    text = format_report({"hooks": {"n": 0, "bare_python_ms": 1.0, "cold_ms": 2.0, "cold_vs_bare": 2.0,
                                    "resident_error": "not measured here"}, "in_process": r})  # fmt: skip
    assert "bare tree-sitter parse" in text and "20-message session" in text and "not measured here" in text
    # the trigger index runs fewer checks than the whole catalogue would on the same commands
    assert 0 < r["rule_checks_p50"] < r["rule_checks_whole_p50"] and "rule checks per Bash decision" in text
