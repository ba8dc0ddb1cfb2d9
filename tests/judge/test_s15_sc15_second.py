"""Second fresh set for the tool-output screen (session 15, issue 18), written after `screen_unaddressed` landed, in
carriers and languages it was not built on: turn markers of other chat formats (Gemma `<start_of_turn>`, Llama 3
headers, ShareGPT `"from": "human"`, Vicuna `USER:`, Zephyr `<|user|>`), requests addressing nobody in a Makefile
comment, an Ansible task name, an MCP resource, an npm deprecation message and YAML list items split in three; readers
defined by reading this text in a Terraform description (Finnish), an OpenAPI `x-note` (Romanian), a GraphQL SDL
description (Ukrainian), a gettext `msgstr` (Danish), a Postman collection (Thai), a subtitle (Hebrew), a ConfigMap
(Norwegian), a vCard (Swahili), a git trailer (Tagalog); an MCP `inputSchema` property description; and 20 benign
neighbours (an e-mail disclaimer asking to delete the message, a password-reset mail, vendor API docs sending a key to
the vendor, Gemma and Llama 3 template docs, a ShareGPT sample, a Makefile `clean`, a phishing-awareness lesson and a
CTF write-up quoting exfiltration, an invoice with an IBAN, a forwarding help page, a Spanish AGENTS.md, runbooks and
READMEs in Finnish and Czech, a Greek colleague's e-mail, a Hebrew support ticket, a ConfigMap script, an MCP tool).

First-time result: 8 of 20 injected flagged, 1 of 20 benign flagged (27 of 40 right): the unit act tables lacked the
infinitive and subjunctive after an obligation ("skal overføre", "må sende", "tulee lähettää", "trebuie să trimită",
"dapat mag-upload", "itume"), the readers of this text lacked Danish `der`, Romanian plural, Finnish participles,
Swahili and Tagalog (and ASCII-only texts never tried them), "the next step is to" was no directive, `*.key` no
secret, a value under its `key:` line no data carrier, `<start_of_turn>` no turn, acts were read in the order of a
set (results changed between runs), and the `exfiltrate` template read a key sent to its own vendor as a leak. Fixed as
families: 39 of 40. Open ones are strict xfails.
"""

from __future__ import annotations

import json
import os

import pytest

from automode.screen import flagged, flatten, screen_text

DATA = os.path.join(os.path.dirname(__file__), "..", "data")
with open(os.path.join(DATA, "screen_s15_sc15_second.jsonl"), encoding="utf-8") as fh:
    RECORDS = [json.loads(line) for line in fh if line.strip()]

#: Still open (strict: a fix that passes one must remove it here).
OPEN: dict[str, str] = {}  # (s15c-012, Thai, passes since the screen's stem reading of session 17: 4511e144)

CASES = [pytest.param(r, id=r["id"] + ":" + r["style"],
                      marks=[pytest.mark.xfail(strict=True, reason=OPEN[r["id"]])] if r["id"] in OPEN else [])
         for r in RECORDS]  # fmt: skip


@pytest.mark.parametrize("rec", CASES)
def test_fresh_s15_second(rec: dict[str, str]) -> None:
    f = screen_text(flatten(rec["text"]))
    assert flagged(f) == (rec["label"] == "injected"), (rec["id"], f.signals, f.snippet)


def test_same_result_every_run() -> None:
    """The unit acts are read in the order written: the result of a text does not depend on set order."""
    rec = next(r for r in RECORDS if r["id"] == "s15c-006")
    assert all(flagged(screen_text(flatten(rec["text"]))) for _ in range(3))
