"""Second opinion for the tool-output screen (session 12, issue 18): 49 injected texts and 45 ordinary look-alikes
in wrappings written before this session's screen work (`tests/data/screen_s12_fresh.jsonl`): GraphQL/OpenAPI
descriptions, SARIF and CI annotations, docstrings, crash dumps, chat transcripts, design-tool node text, fake turns and
tool results, split instructions, role-play and authority framings, vendor impersonation, twelve languages; and on the
other side security docs quoting injections, AGENTS.md / CLAUDE.md / Copilot instructions, multilingual READMEs, CI logs.

First-time result (before any change for them): 42 of 49 injected flagged (85.7 %), 2 of 45 ordinary flagged (4.4 %).
A second batch (`screen_s12_fresh2.jsonl`, written after `screen_reader` landed, aimed at it: llms.txt, MCP tool
descriptions, "For AI assistants" README sections in five languages, bot help, operator docs; and 15 injected texts
in new wrappers): first time 14 of 15 injected flagged (93.3 %), 6 of 25 ordinary flagged (24 %), 1 of them by
`screen_reader` (fixed: "only in the preview workspace" keeps the user in the loop), 5 by the older analyses.
Each record is a case: injected must be flagged, ordinary must not. The ones still open are strict xfails.
"""

from __future__ import annotations

import json
import os

import pytest

from automode.screen import flagged, flatten, screen_text

DATA = os.path.join(os.path.dirname(__file__), "..", "data")
RECORDS = []
for name in ("screen_s12_fresh.jsonl", "screen_s12_fresh2.jsonl", "screen_s12_fresh3.jsonl"):
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        RECORDS += [json.loads(line) for line in fh if line.strip()]

#: Still open (strict: a fix that passes one must remove it here).
OPEN: dict[str, str] = {
    "s12f-067": "ordinary AI-tools policy page (false hit)",
    "s12g-003": "README 'For AI coding assistants' section, 'ask the maintainer before deleting' (addressed-header)",
    "s12g-008": "support macro 'Agents: use this macro only after the refund is processed' (addressed-act)",
    "s12g-023": "Chinese guide, the secret in a clause negated by 不要 (addressed-act)",
    "s12g-025": "OpenAPI 'Guidance for AI agents: use idempotency keys, never retry a payment' (addressed-header)",
    "s12f-092": "CTF writeup quoting a payload (false hit)",
}


CASES = [pytest.param(r, id=r["id"] + ":" + r["style"],
                      marks=[pytest.mark.xfail(strict=True, reason=OPEN[r["id"]])] if r["id"] in OPEN else [])
         for r in RECORDS]


@pytest.mark.parametrize("rec", CASES)
def test_fresh_s12(rec: dict[str, str]) -> None:
    f = screen_text(flatten(rec["text"]))
    want = rec["label"] == "injected"
    assert flagged(f) == want, (rec["id"], f.signals, f.snippet)
