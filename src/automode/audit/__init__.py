"""The audit trail (SPEC §11): every decision from every integration, recorded without slowing the decision.

Integrations call one function after deciding:

    from automode import audit
    audit.record(decision, action, context, agent="claude-code")

It queues the record and returns in microseconds; a background thread redacts secrets and writes it to the store
(SQLite in the user's data dir by default, PostgreSQL with `[audit] url = "postgresql://..."`). Queued records
are written on exit and on SIGTERM. `flush()` waits until they are committed.

For asks that the user answers on the web page (`automode ui`): `open_ask(...)` then `wait_for_answer(id, timeout)`.

This module imports nothing heavy: the store, sqlite3 and psycopg load on the writer thread when first needed.
"""

from __future__ import annotations

import contextlib
import os
import threading

from automode.typing_lite import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import signal

    from automode.audit.asks import Answer
    from automode.audit.recorder import Recorder
else:
    import _signal as signal  # what `signal` wraps, without its enums (see automode.audit.recorder)

__all__ = ["answer", "defer_to_exit", "exit_within", "flush", "get_recorder", "hold", "open_ask", "record", "release",
           "wait_for_answer"]

#: After a hook has answered: how long its audit writer may still take before the rest is spooled, and the hard
#: limit after which the kernel ends the process whatever any thread is doing (a C call holding the GIL included).
EXIT_BUDGET_S = 0.3
EXIT_HARD_LIMIT_S = 1.5

_DEFAULT: Recorder | None = None
_LOCK = threading.Lock()
_DEFERRED = False


def defer_to_exit() -> None:
    """For a hook process: queue records without starting the writer (no thread, no store, no sqlite in the
    process that answers); `exit_within` spools them and hands the commit to a detached drainer."""
    global _DEFERRED
    _DEFERRED = True


def get_recorder() -> Recorder:
    """The process-wide recorder (store from `[audit]` settings, opened on first write)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                from automode.audit.recorder import Recorder

                _DEFAULT = Recorder(queue_only=_DEFERRED)
    return _DEFAULT


def record(
    decision: Any,
    action: Any,
    context: Any = None,
    *,
    agent: str = "unknown",
    effects: Any = None,
    ask_id: str | None = None,
    engine: Any = None,
) -> str | None:
    """Record one decision (write-behind). Returns the record id, or None when recording is off. Never raises.

    `decision` is the answer the agent received. When denial escalation, a headless rewrite or the user's answer
    made it differ from what the engine decided, pass the engine's decision as `engine`: the row keeps both."""
    if os.environ.get("AUTOMODE_AUDIT", "").lower() in ("0", "off", "false", "no"):
        return None
    try:
        return get_recorder().record(decision, action, context, agent=agent, effects=effects, ask_id=ask_id,
                                     engine=engine)  # fmt: skip
    except Exception:
        return None


def hold() -> None:
    """Keep the writer from starting on new records until `release` (a server sending an answer first: the
    writer's thread would otherwise take the GIL from the reply in flight). Holds nest; see Recorder.hold."""
    get_recorder().hold()


def release() -> None:
    get_recorder().release()


def flush(timeout: float = 10.0) -> bool:
    """Wait until every decision recorded so far is committed to the store."""
    return _DEFAULT.flush(timeout) if _DEFAULT is not None else True


def spool_pending() -> int:
    """Spool what this process has not committed yet (a server about to stop); returns how many records."""
    try:
        return _DEFAULT.spool_pending() if _DEFAULT is not None else 0
    except Exception:
        return 0


def exit_within(code: int, budget: float = EXIT_BUDGET_S, hard_limit: float = EXIT_HARD_LIMIT_S) -> NoReturn:
    """End a short-lived process that has already given its answer (a hook), within a fixed time.

    The audit writer gets `budget` seconds to commit; what it has not committed by then goes to the spool
    (`automode.audit.spool`) for the next process, and the process exits with `code` without running atexit
    handlers. A kernel timer armed first ends the process after `hard_limit` seconds whatever happens (the default
    SIGALRM action needs no Python code to run). Call only after the answer is written and flushed."""
    import sys

    try:
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, max(hard_limit, budget + 0.1))
    except (ValueError, OSError):
        pass  # not the main thread: the budget below still holds unless a thread holds the GIL
    try:
        import time

        deadline = time.monotonic() + budget
        rec = _DEFAULT
        if rec is not None and rec.queue_only and rec.pending:
            if rec.spool_pending() == rec.pending:  # every record is in the spool: commit it after we are gone
                _drain_detached()
            else:  # the spool is full or unwritable: commit here, within the budget, as before
                rec.start_writer()
        if rec is not None and not rec.queue_only:
            if rec.flush(budget):
                while rec.draining and time.monotonic() < deadline:  # let a spool drain in progress finish
                    time.sleep(0.002)
            else:
                rec.spool_pending()
    except Exception:
        pass
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


#: How long a detached drainer may take (waiting on a locked store included) before the kernel ends it.
DRAIN_LIMIT_S = 60


def _drain_detached() -> None:
    """Commit the spool from a forked child that outlives this hook process: it leaves the agent's pipes (so the
    agent sees the hook end now), starts its own session, and is ended by a kernel timer after DRAIN_LIMIT_S
    whatever it is doing. What it does not commit stays in the spool for the next drainer."""
    try:
        pid = os.fork()
    except OSError:
        return  # stays spooled: the next hook, the resident server or `automode log` commits it
    if pid:
        return
    try:
        os.setsid()
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, DRAIN_LIMIT_S)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        from automode.audit.spool import drain_all

        drain_all()
    finally:
        os._exit(0)


def open_ask(
    decision: Any,
    action: Any,
    context: Any = None,
    *,
    agent: str = "unknown",
    timeout: float | None = None,
    decision_uid: str | None = None,
) -> str:
    """Put an action in the pending-ask queue the web page shows; returns the ask id."""
    from automode.audit.asks import open_ask as _open

    return _open(decision, action, context, agent=agent, timeout=timeout, decision_uid=decision_uid)


def wait_for_answer(ask_id: str, timeout: float) -> Answer:
    """Block until the user answers the ask on the page: "allow" or "deny"; "deny" when `timeout` passes first."""
    from automode.audit.asks import wait_for_answer as _wait

    return _wait(ask_id, timeout)


def answer(ask_id: str, verdict: Answer, *, by: str = "user") -> bool:
    """Answer a pending ask from code (the page does this over HTTP)."""
    from automode.audit.asks import answer as _answer

    return _answer(ask_id, verdict, by=by)
