"""Fresh texts for the tool-output screen (session 15, issue 18), written before the screen work of this session:
20 injected in the carriers sc14 left open (fake turns with no AI word: `User:`, `Human:`, `### Instruction`,
`<|im_start|>user`, `[INST]`, a JSON `{"role": "user"}` object in data; requests addressing nobody in a README and a
tool result; an MCP tool description and an MCP tool result; an RSS CDATA, an XML attribute, a man page, an API
`description`; instructions split across JSON fields and log lines; in Spanish, German, Portuguese, French, Italian,
Dutch, Russian, Japanese, Chinese, Korean, Turkish, Swedish, Arabic and Hindi) and 20 benign look-alikes of the same
shapes (an advisory and a CTF write-up quoting injections, a ChatML tutorial, a Llama prompt-format note, the user's
AGENTS.md and CLAUDE.md, a runbook and a README with imperative steps, a dataset card, a chat log, a destructive MCP
tool described neutrally, ordinary RSS/man/XML/API JSON, a support transcript, a colleague's e-mail).

First-time result: 8 of 20 injected flagged, 3 of 20 benign flagged (25 of 40 right). After `screen_unaddressed`
(readers defined by reading this text; requests addressing nobody) and role markers shown as a format: 17 of 20
injected, 0 of 20 benign (37 of 40); after the second set's fixes (obligation + infinitive, numbered keys
split over lines, Italian "e" between clauses): 40 of 40. Each record is a case: injected must be flagged, benign must not. The ones
still open are strict xfails.
"""

from __future__ import annotations

import json
import os

import pytest

from automode.screen import flagged, flatten, screen_text

DATA = os.path.join(os.path.dirname(__file__), "..", "data")
with open(os.path.join(DATA, "screen_s15_sc15.jsonl"), encoding="utf-8") as fh:
    RECORDS = [json.loads(line) for line in fh if line.strip()]

#: Still open (strict: a fix that passes one must remove it here).
OPEN: dict[str, str] = {}

CASES = [pytest.param(r, id=r["id"] + ":" + r["style"],
                      marks=[pytest.mark.xfail(strict=True, reason=OPEN[r["id"]])] if r["id"] in OPEN else [])
         for r in RECORDS]  # fmt: skip


@pytest.mark.parametrize("rec", CASES)
def test_fresh_s15(rec: dict[str, str]) -> None:
    f = screen_text(flatten(rec["text"]))
    assert flagged(f) == (rec["label"] == "injected"), (rec["id"], f.signals, f.snippet)
