"""Pending asks: an action waiting for the user's answer on the web page (or any other client of the store).

An integration that has no prompt of its own (an MCP gateway, a headless runner with a human nearby) calls
`open_ask(...)` and then `wait_for_answer(ask_id, timeout)`; the page lists the ask and the user's click settles
it. A timeout denies. Asks live in the audit store, so the page and the waiting process need share nothing else.

Answers are authenticated (issue 13, finding 6): the store is a file the guarded agent's user can write, so a row
saying "allow" proves nothing. `answer()` (what the token-protected page and the user's own code call) signs the
answer with HMAC-SHA256 under the answer key, a random key kept outside the store (`answer_key_path()`, 0600 in a
0700 directory); `wait_for_answer` honours an allow only with a valid signature over (ask id, answer, who, when).
An allow written into the store any other way (sqlite3, Python, a copied signature of another ask) is a deny. The
key is agent-control like the store (docs/security.md says what that does and does not stop).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Literal

from automode.audit.store import Store

Answer = Literal["allow", "deny"]
_POLL = 0.1
_KEY_BYTES = 32


def answer_key_path() -> Path:
    from automode.audit.settings import data_dir

    return data_dir() / "keys" / "answer.key"


def _private(path: Path, kind: int) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return st.st_mode & 0o170000 == kind and st.st_uid == os.getuid() and not st.st_mode & 0o077


def answer_key(create: bool = True) -> bytes | None:
    """The answer key (created on first use), or None when it is missing or not ours alone (then no allow can be
    authenticated, so none is honoured)."""
    path = answer_key_path()
    if create and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except FileExistsError:
            pass  # made by another process meanwhile
        else:
            with os.fdopen(fd, "wb") as f:
                f.write(os.urandom(_KEY_BYTES))
    if not (_private(path.parent, 0o040000) and _private(path, 0o100000)):
        return None
    key = path.read_bytes()
    return key if len(key) == _KEY_BYTES else None


def sign(key: bytes, ask_id: str, verdict: str, by: str, answered: float) -> str:
    msg = f"automode-ask-answer\n{ask_id}\n{verdict}\n{by}\n{answered:.6f}".encode("utf-8", "surrogatepass")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def authentic(ask: dict[str, Any], key: bytes | None = None) -> bool:
    """Whether a settled ask's answer carries a valid signature."""
    key = key if key is not None else answer_key(create=False)
    sig, answered = ask.get("answer_sig"), ask.get("answered")
    if key is None or not isinstance(sig, str) or not isinstance(answered, int | float):
        return False
    want = sign(key, str(ask.get("ask_id")), str(ask.get("status")), str(ask.get("answered_by")), float(answered))
    return hmac.compare_digest(sig, want)


def _store(store: Store | None) -> tuple[Store, bool]:
    if store is not None:
        return store, False
    from automode.audit.settings import load_settings
    from automode.audit.store import open_store

    return open_store(load_settings().store_url()), True


def open_ask(
    decision: Any,
    action: Any,
    context: Any = None,
    *,
    agent: str = "unknown",
    timeout: float | None = None,
    decision_uid: str | None = None,
    store: Store | None = None,
) -> str:
    """Create a pending ask for (decision, action) and return its id. Written synchronously: the page sees it."""
    from automode.audit.redact import redact_text
    from automode.audit.row import new_uid, summarize
    from automode.audit.settings import load_settings

    answer_key()  # made now, by the process that will check answers, if it does not exist yet
    st, owned = _store(store)
    try:
        now = time.time()
        limit = timeout if timeout is not None else load_settings().ask_timeout
        ask_id = new_uid()
        st.create_ask(
            {
                "ask_id": ask_id,
                "created": now,
                "expires": now + limit,
                "decision_uid": decision_uid,
                "session": getattr(context, "session_id", None),
                "agent": agent,
                "tool": str(getattr(action, "tool", "?")),
                "summary": redact_text(
                    summarize(str(getattr(action, "tool", "?")), dict(getattr(action, "input", {}) or {}))
                ),
                "reason": redact_text(str(getattr(decision, "reason", ""))),
                "rules": json.dumps(list(getattr(decision, "rules", ()))),
                "status": "pending",
                "answered": None,
                "answered_by": None,
            }
        )
        return ask_id
    finally:
        if owned:
            st.close()


def answer(ask_id: str, verdict: Answer, *, by: str = "user", store: Store | None = None) -> bool:
    """Answer a pending ask. False when it was already answered or timed out."""
    if verdict not in ("allow", "deny"):
        raise ValueError(f"answer must be allow or deny, not {verdict!r}")
    key = answer_key()
    if key is None:
        raise PermissionError(f"the answer key {answer_key_path()} is missing or readable by others")
    now = round(time.time(), 6)
    st, owned = _store(store)
    try:
        return st.answer_ask(ask_id, verdict, by, now, sign(key, ask_id, verdict, by, now))
    finally:
        if owned:
            st.close()


def wait_for_answer(ask_id: str, timeout: float, *, store: Store | None = None) -> Answer:
    """Block until the ask is answered; "deny" when `timeout` seconds pass first (the ask is then closed as denied)."""
    st, owned = _store(store)
    try:
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            ask = st.get_ask(ask_id)
            if ask is None:
                return "deny"
            status = ask.get("status")
            if status == "allow":
                if authentic(ask):
                    return "allow"
                print(f"automode: ask {ask_id} was marked allowed without a valid signature (not by automode's page "
                      "or the user's prompt); treated as denied", file=sys.stderr)  # fmt: skip
                return "deny"
            if status == "deny":
                return "deny"
            if time.monotonic() >= deadline:
                settled = st.expire_ask(ask_id)
                if settled:
                    return "deny"
                continue  # answered in the last instant: read the answer
            time.sleep(min(_POLL, max(deadline - time.monotonic(), 0.0)) or 0.001)
    finally:
        if owned:
            st.close()
