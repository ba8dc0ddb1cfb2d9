"""Issue 13: the audit trail holds up against hostile input (finding 1 and 8a)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from automode.audit.recorder import Recorder
from automode.audit.redact import redact, redact_text
from automode.audit.store import Store
from automode.model import Action, Context, Decision

from .conftest import sample


def test_one_lone_surrogate_does_not_drop_its_batch(db_path: str, store: Store) -> None:
    """201 records in one batch, one of them with a lone surrogate (valid JSON `\\udc00` from an agent): all 201
    rows are stored, the bad characters replaced."""
    rec = Recorder(url=db_path)
    for i in range(201):
        d, a, c = sample(i)
        if i == 100:
            a = Action("Bash", {"command": "echo \udc00 bad"}, "/p")
            c = Context(cwd="/p", session_id="s1", user_messages=("msg \ud800",))
            d = Decision("deny", "reason \udfff", ("AM-TEST-001",))
        rec.record(d, a, c, agent="t\udc80")
    assert rec.flush()
    rec.close()
    assert store.count() == 201
    row = store.query(limit=0, oldest_first=True)[100]
    assert row["action"] == {"command": "echo \ufffd bad"}
    assert row["reason"] == "reason \ufffd" and row["user_messages"] == ["msg \ufffd"]


def test_a_record_that_cannot_be_built_is_dropped_alone(db_path: str, store: Store) -> None:
    class Broken:
        @property
        def verdict(self) -> str:
            raise RuntimeError("boom")

    rec = Recorder(url=db_path)
    for i in range(5):
        d, a, c = sample(i)
        rec.record(Broken() if i == 2 else d, a, c)
    rec.flush()
    rec.close()
    assert store.count() == 4


#: (repeated unit, times): each about 1 MB.
ADVERSARIAL = [
    ("TOKEN", 200_000), ("a.", 500_000), ("eyJ-", 250_000), ("sk-", 300_000), ("xoxb-", 200_000),
    ("pypi-", 200_000), ("b:", 400_000), ("TOKEN= ", 150_000), ('--password "x', 80_000), ("bearer ", 150_000),
    ("AUTHORIZATION ", 70_000), ("https://", 120_000),
]


def test_redaction_of_adversarial_megabytes_terminates() -> None:
    """Each input is about 1 MB; with a pattern that backtracks quadratically one of them takes hours. The child is
    given a minute for all of them (it needs well under a second): this checks the work is bounded, not speed."""
    code = textwrap.dedent(f"""
        from automode.audit.redact import redact_text, redact
        for unit, times in {ADVERSARIAL!r}:
            text = "a://" + unit * times + " token"
            redact_text(text)
            redact({{"command": text, text[:5000]: "v"}}, max_chars=4000)
        print("done")
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "done", proc.stderr[-2000:]


def test_linear_patterns_still_hide_secrets() -> None:
    out = redact_text("--db-password=hunter2 export GH_TOKEN=ghp_" + "a" * 36 + " FOO=\"x TOKEN=abc\" y")
    assert "hunter2" not in out and "ghp_" not in out and "abc" not in out
    assert redact_text("echo pypi-" + "A" * 40) == "echo ***"
    assert redact({"db_password": "p", "TOKENTOKEN" * 3: "q", "path": "/x"}) == {
        "db_password": "***", "TOKENTOKEN" * 3: "***", "path": "/x"}
    # a secret across the cut is recognised before the text is cut
    cut = redact({"command": "x" * 3990 + " ghp_" + "b" * 36}, max_chars=4000)["command"]
    assert "bbbbbb" not in cut and "more chars" in cut
    # a text larger than the scan limit is cut, never scanned whole
    assert len(redact_text("TOKEN" * 1_000_000)) < 300_000
