"""Issue 13, finding 6: only the page or the user's own code can answer a pending ask; an agent that can write the
store (sqlite3, Python) cannot approve its own ask."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from automode.audit.asks import answer, answer_key_path, open_ask, wait_for_answer
from automode.audit.store import Store

from .conftest import sample

FORGE = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE asks SET status='allow', answered=?, answered_by='web', answer_sig=? WHERE ask_id=?",
           (time.time(), sys.argv[3] if len(sys.argv) > 3 else None, sys.argv[2]))
db.commit()
"""


def _forge(db_path: str, ask_id: str, sig: str | None = None) -> None:
    args = [sys.executable, "-c", FORGE, db_path, ask_id] + ([sig] if sig else [])
    subprocess.run(args, check=True, timeout=30)


def test_an_allow_written_into_the_store_is_not_an_answer(db_path: str, store: Store,
                                                          capfd: pytest.CaptureFixture[str]) -> None:
    d, a, c = sample(1)
    ask_id = open_ask(d, a, c, timeout=30, store=store)
    got: list[str] = []
    waiter = threading.Thread(target=lambda: got.append(wait_for_answer(ask_id, 20)))
    waiter.start()
    _forge(db_path, ask_id)
    waiter.join(25)
    assert got == ["deny"]
    assert "without a valid signature" in capfd.readouterr().err
    assert not answer(ask_id, "allow", store=store)  # settled: the user's late click changes nothing either


def test_a_signature_copied_from_another_ask_does_not_verify(db_path: str, store: Store) -> None:
    d, a, c = sample(2)
    mine = open_ask(d, a, c, timeout=30, store=store)
    assert answer(mine, "allow", store=store)
    sig = store.get_ask(mine)["answer_sig"]  # type: ignore[index]
    other = open_ask(d, a, c, timeout=30, store=store)
    _forge(db_path, other, sig)
    assert wait_for_answer(mine, 1, store=store) == "allow"
    assert wait_for_answer(other, 1, store=store) == "deny"


def test_a_key_others_can_read_authenticates_nothing(store: Store) -> None:
    d, a, c = sample(3)
    ask_id = open_ask(d, a, c, timeout=30, store=store)
    key = answer_key_path()
    assert (key.stat().st_mode & 0o777) == 0o600 and (key.parent.stat().st_mode & 0o777) == 0o700
    key.chmod(0o644)
    with pytest.raises(PermissionError):
        answer(ask_id, "allow", store=store)
    key.chmod(0o600)
    assert answer(ask_id, "allow", store=store)
    key.chmod(0o644)
    assert wait_for_answer(ask_id, 1, store=store) == "deny"
