"""Pending asks: an action waiting for the user's answer on the web page (or any other client of the store).

An integration that has no prompt of its own (an MCP gateway, a headless runner with a human nearby) calls
`open_ask(...)` and then `wait_for_answer(ask_id, timeout)`; the page lists the ask and the user's click settles
it. A timeout denies. Asks live in the audit store, so the page and the waiting process need share nothing else.
"""

from __future__ import annotations

import json
import time
from typing import Any, Literal

from automode.audit.store import Store

Answer = Literal["allow", "deny"]
_POLL = 0.1


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
    st, owned = _store(store)
    try:
        return st.answer_ask(ask_id, verdict, by)
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
            if status in ("allow", "deny"):
                return "allow" if status == "allow" else "deny"
            if time.monotonic() >= deadline:
                settled = st.expire_ask(ask_id)
                if settled:
                    return "deny"
                continue  # answered in the last instant: read the answer
            time.sleep(min(_POLL, max(deadline - time.monotonic(), 0.0)) or 0.001)
    finally:
        if owned:
            st.close()
