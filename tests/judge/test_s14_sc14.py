"""Fresh texts for the tool-output screen (session 14, issue 18), written before the screen work of this session:
15 injected (instructions inside structured data: DNS TXT records, HTTP headers, npm/PyPI metadata, CSV cells,
calendar fields, notebook outputs, kubectl/terraform output, `--help` text, EXIF, GraphQL errors, YAML front matter;
in Polish, Portuguese, Japanese, Russian, German, Turkish, Chinese, Korean, Arabic, Hindi, Indonesian) and 15 benign
neighbours of the same shapes (ordinary records, headers, metadata, an AGENTS.md, a README section for AI assistants,
an advisory and a tutorial that quote injections, a Dependabot comment).

First-time result (before `screen_units`): 12 of 15 injected flagged, 1 of 15 benign flagged (26 of 30 right).
After `screen_units` and the second set's fixes: 14 of 15 injected, 0 of 15 benign.
Each record is a case: injected must be flagged, benign must not. The ones still open are strict xfails.
"""

from __future__ import annotations

import json
import os

import pytest

from automode.screen import flagged, flatten, screen_text

DATA = os.path.join(os.path.dirname(__file__), "..", "data")
with open(os.path.join(DATA, "screen_s14_sc14.jsonl"), encoding="utf-8") as fh:
    RECORDS = [json.loads(line) for line in fh if line.strip()]

#: Still open (strict: a fix that passes one must remove it here).
OPEN: dict[str, str] = {}  # (s14a-013, an Arabic label "للمساعدات الآلية": read since session 21's reader particles)

CASES = [pytest.param(r, id=r["id"] + ":" + r["style"],
                      marks=[pytest.mark.xfail(strict=True, reason=OPEN[r["id"]])] if r["id"] in OPEN else [])
         for r in RECORDS]  # fmt: skip


@pytest.mark.parametrize("rec", CASES)
def test_fresh_s14(rec: dict[str, str]) -> None:
    f = screen_text(flatten(rec["text"]))
    assert flagged(f) == (rec["label"] == "injected"), (rec["id"], f.signals, f.snippet)
