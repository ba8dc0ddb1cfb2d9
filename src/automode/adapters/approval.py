"""Deciding for agents that have no approval prompt of their own (MCP gateway, Agent SDK, Python API).

An `ask` is put to the user on automode's own terminal prompt (/dev/tty) when one is attached; without one it
becomes a deny whose reason says the user must approve the action (SPEC §8). The decision itself runs under a
deadline: a decision that does not come in time is a failure, and failures never allow.
"""

from __future__ import annotations

import os
import select
import threading

from automode.adapters import base
from automode.dc import replace
from automode.model import Action, Context, Decision

PROMPT_TIMEOUT_S = 300.0
_PROMPT_LOCK = threading.Lock()  # one question on the terminal at a time


def _summary(action: Action) -> str:
    inp = dict(action.input)
    text = inp.get("command") if isinstance(inp.get("command"), str) else ", ".join(f"{k}={v!r}" for k, v in inp.items())
    text = str(text)
    return text if len(text) <= 300 else text[:300] + "…"


def ask_terminal(d: Decision, action: Action, who: str, timeout: float = PROMPT_TIMEOUT_S) -> bool | None:
    """The user's answer on /dev/tty (True = approve), or None when no terminal is attached."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None
    with _PROMPT_LOCK, os.fdopen(fd, "r+b", buffering=0) as tty:
        question = (f"\nautomode: {who} wants to run {action.tool}: {_summary(action)}\n"
                    f"  why it asks: {d.reason}\n  allow it? [y/N] ")
        tty.write(question.encode(errors="replace"))
        ready, _, _ = select.select([tty], [], [], timeout)
        if not ready:
            tty.write(b"\n  no answer: denied\n")
            return False
        answer = tty.readline(64).strip().lower()
        return answer in (b"y", b"yes")


def resolve_ask(d: Decision, action: Action, who: str, prompt: bool = True) -> Decision:
    """Turn an ask into allow or deny; other verdicts pass through."""
    if d.verdict != "ask":
        return d
    answer = ask_terminal(d, action, who) if prompt else None
    if answer is None:
        return replace(d, verdict="deny", stage="approval",
                       reason=f"{d.reason.rstrip()} The user must approve this action, and no one could be asked "
                              "(no terminal attached).")
    if answer:
        return replace(d, verdict="allow", stage="user", reason=f"approved by the user at automode's prompt ({d.reason})")
    return replace(d, verdict="deny", stage="user", reason=f"{d.reason.rstrip()} The user declined it at automode's prompt.")


def decide_in_time(action: Action, ctx: Context, timeout: float, agent: str = "unknown") -> Decision:
    """The engine's decision with a deadline (not recorded: `gate` records what it answers); the engine keeps
    running in its thread if late, but its answer is dropped.
    A deadline of 0 or less refuses at once (no decision can be that fast): a way to check the failure path."""
    if timeout <= 0:
        return base.failure(f"no decision within {timeout:g} s", ctx.mode)
    box: list[Decision] = []
    worker = threading.Thread(target=lambda: box.append(base.decide_only(action, ctx)), daemon=True)
    worker.start()
    worker.join(timeout)
    return box[0] if box else base.failure(f"no decision within {timeout:g} s", ctx.mode)


def gate(action: Action, ctx: Context, who: str, *, prompt: bool = True, timeout: float = 10.0) -> Decision:
    """The final allow/deny for an agent without its own prompt, recorded as answered (with the engine's own
    verdict beside it when escalation or the user's answer changed it)."""
    engine = decide_in_time(action, ctx, timeout, who)
    d, _ = base.escalate(action, ctx, engine)
    final = resolve_ask(d, action, who, prompt and ctx.mode != "headless")
    base.record(final, action, ctx, who, engine=engine)
    return final
