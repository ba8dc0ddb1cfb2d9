"""Denial escalation (SPEC §8): a session that keeps hitting denials is handed to the user.

3 denials in a row or 20 in a session switch the session to asking: a further deny becomes an ask the user answers
(floor denies and the user's own deny rules stay denies). In headless mode nobody can answer, so the session is
stopped with a summary of what was blocked and why. An allowed action resets the count in a row.

Counters live in the per-session state the hook adapters already keep (`automode.adapters.state`), so they hold
across hook processes. Adapters call `after_decision` once per decided action.
"""

from __future__ import annotations

from collections.abc import Mapping

from automode.dc import dataclass
from automode.model import Action, Decision, Mode
from automode.typing_lite import Any

IN_A_ROW = 3
IN_SESSION = 20
KEEP = 20  # denials kept for the summary
NOT_SOFTENED = frozenset({"floor", "user-rule"})


@dataclass(frozen=True, slots=True)
class Escalation:
    decision: Decision  # what to answer (a deny turned into an ask once escalated)
    stop: str | None = None  # headless: stop the session with this summary
    in_a_row: int = 0
    total: int = 0


def _summary_line(action: Action, d: Decision) -> str:
    inp = action.input
    what = inp.get("command") or inp.get("file_path") or inp.get("url") or inp.get("path") or ""
    what = " ".join(str(what).split())[:120]
    rules = f" [{', '.join(d.rules[:3])}]" if d.rules else ""
    return f"{action.tool} `{what}`: {d.reason.rstrip()[:200]}{rules}"


def update(state: dict[str, Any], action: Action, d: Decision, mode: Mode) -> tuple[Escalation, bool]:
    """Apply one decision to a session's state; returns the escalation and whether the state changed."""
    raw = state.get("denials")
    c: dict[str, Any] = dict(raw) if isinstance(raw, Mapping) else {}
    row = int(c.get("in_a_row", 0) or 0)
    total = int(c.get("total", 0) or 0)
    recent = [x for x in c.get("recent", []) if isinstance(x, str)]
    if d.verdict == "allow":
        if row == 0:
            return Escalation(d, None, 0, total), False
        c["in_a_row"] = 0
        state["denials"] = c
        return Escalation(d, None, 0, total), True
    if d.verdict != "deny":
        return Escalation(d, None, row, total), False
    escalated = row >= IN_A_ROW or total >= IN_SESSION  # before counting this one: the threshold was reached
    row, total = row + 1, total + 1
    recent = [*recent, _summary_line(action, d)][-KEEP:]
    state["denials"] = {"in_a_row": row, "total": total, "recent": recent}
    if row < IN_A_ROW and total < IN_SESSION:
        return Escalation(d, None, row, total), True
    if mode == "headless":  # the threshold is reached with this denial: nobody can be asked, so stop now
        lines = "\n".join(f"- {x}" for x in recent[-10:])
        stop = (f"automode stopped this headless session: {total} actions were denied ({row} in a row), so it needs "
                f"a person to look at it. Most recent denials:\n{lines}")  # fmt: skip
        return Escalation(d, stop, row, total), True
    if not escalated or d.stage in NOT_SOFTENED:
        return Escalation(d, None, row, total), True
    why = f"{row} denials in a row" if row >= IN_A_ROW else f"{total} denials in this session"
    asked = Decision("ask", f"automode would deny this, but after {why} it asks you instead: {d.reason}", d.rules,
                     d.category, d.suggestion, "escalation", d.elapsed_us)  # fmt: skip
    return Escalation(asked, None, row, total), True


def after_decision(session_id: str | None, action: Action, d: Decision, mode: Mode) -> Escalation:
    """Count this decision for its session and return what to answer. Without a session id nothing is counted."""
    if not session_id:
        return Escalation(d)
    from automode.adapters.state import load_session, update_session

    if d.verdict == "allow":
        # The common case: read without taking the lock; write only when a count needs resetting.
        raw = load_session(session_id).get("denials")
        if not isinstance(raw, Mapping) or not raw.get("in_a_row"):
            return Escalation(d)
    result: list[Escalation] = []

    def change(state: dict[str, Any]) -> bool:
        esc, changed = update(state, action, d, mode)
        result.append(esc)
        return changed

    update_session(session_id, change)
    return result[0] if result else Escalation(d)


def counts(session_id: str) -> tuple[int, int]:
    """(denials in a row, denials in the session) for `automode doctor` and tests."""
    from automode.adapters.state import load_session

    raw = load_session(session_id).get("denials")
    if not isinstance(raw, Mapping):
        return 0, 0
    return int(raw.get("in_a_row", 0) or 0), int(raw.get("total", 0) or 0)
