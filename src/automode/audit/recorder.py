"""Write-behind recording: `record()` costs microseconds; a background thread redacts, batches and commits.

The caller's thread only appends (time, decision, action, context) to a deque. The writer thread turns items into
rows (redaction, JSON) and commits them in batches, yielding the GIL between items so a decision in progress on
the caller's thread is never held up behind it. Opening the store (and importing sqlite3 / psycopg) happens on
the writer thread too.

A record is *acknowledged* once `flush()` has returned for it: from then on it survives a kill -9. Records still
queued are written on a clean exit (atexit) and on SIGTERM (the handler writes what is queued, then lets the
signal do what it would have done); only a kill -9 or a crash can lose them.
"""

from __future__ import annotations

import atexit
import collections
import os
import sys
import threading
import time

from automode.audit.origin import ORIGIN
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import signal

    from automode.audit.settings import AuditSettings
else:
    # The C module `signal` wraps: the same functions and constants, as plain ints, without building the enums
    # `signal` makes at import (about 1 % of a cold hook); handlers are called with the signal number either way.
    import _signal as signal

_BATCH = 256
_IDLE_WAIT = 0.05
_SPOOL_CHECK_S = 30.0
# A hold (Recorder.hold) delays the writer at most this long, or until this many records wait.
_HOLD_MAX_S = 1.0
_HOLD_MAX_ITEMS = 64  # how often a long-lived writer looks for spooled records of other processes
# How long a process may linger at exit to write what is queued (a hook must not hang its agent on a dead server).
EXIT_FLUSH_TIMEOUT = 5.0


class Recorder:
    """Records decisions into one store. Thread-safe `record()`; `flush()` and `close()` from any thread."""

    def __init__(
        self, settings: AuditSettings | None = None, *, url: str | None = None, background: bool = True,
        queue_only: bool = False,
    ) -> None:
        self._settings = settings
        #: Queue without writing until `start_writer` (a hook process: `audit.exit_within` spools the queue).
        self.queue_only = queue_only
        self._url = url
        self._background = background
        self._queue: collections.deque[tuple[Any, ...]] = collections.deque()
        self._wake = threading.Event()
        self._enqueued = 0
        self._committed = 0
        self._failed = 0
        self._inflight = 0
        self._batch: list[tuple[Any, ...]] = []
        self._spool_checked = 0.0
        self.draining = False  # committing other processes' spooled records
        self._held = 0
        self._flushing = 0
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self._store: Any = None
        self._closed = False
        self._warned = False
        self.last_error: str | None = None

    # --- caller side ----------------------------------------------------------------------------------------
    def record(
        self,
        decision: Any,
        action: Any,
        context: Any = None,
        *,
        agent: str = "unknown",
        effects: Any = None,
        ask_id: str | None = None,
        uid: str | None = None,
        engine: Any = None,
    ) -> str:
        """Queue one decision; returns its record id. Never raises, never blocks on I/O. `decision` is the answer
        the agent received; `engine` the engine's own decision when escalation or the user changed it."""
        rid = uid or os.urandom(16).hex()
        if self._closed:
            return rid
        with self._count_lock:
            self._queue.append((time.time(), rid, decision, action, context, agent, effects, ask_id, engine, ORIGIN.get()))
            self._enqueued += 1
        if self.queue_only:
            pass
        elif self._background:
            if self._thread is None:
                self._start()
            if not self._held:
                self._wake.set()
        else:
            self._drain()
        return rid

    def start_writer(self) -> None:
        """Leave queue-only mode and write what is queued (on the writer thread, or here without one)."""
        self.queue_only = False
        if self._background:
            if self._thread is None:
                self._start()
            self._wake.set()
        else:
            self._drain()

    def hold(self) -> None:
        """Do not start writing new records until `release` (nested holds count). A server calls this around
        a request so the writer thread does not compete for the GIL before the answer is sent. Bounded: a
        record waits at most _HOLD_MAX_S, or until _HOLD_MAX_ITEMS are queued; `flush` ignores holds."""
        with self._count_lock:
            self._held += 1

    def release(self) -> None:
        with self._count_lock:
            self._held = max(0, self._held - 1)
            wake = not self._held and bool(self._queue)
        if wake:
            self._wake.set()

    def _holding(self) -> bool:
        if not self._held or self._flushing or len(self._queue) >= _HOLD_MAX_ITEMS:
            return False
        try:
            return bool(time.time() - self._queue[0][0] < _HOLD_MAX_S)
        except IndexError:
            return False

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued before this call is committed (acknowledged). False on timeout."""
        target = self._enqueued
        if not self._background or self._thread is None:
            self._drain()
            return self._committed + self._failed >= target
        deadline = time.monotonic() + timeout
        with self._count_lock:
            self._flushing += 1
        try:
            while self._committed + self._failed < target:
                if time.monotonic() > deadline or not self._thread.is_alive():
                    return False
                self._wake.set()
                time.sleep(0.0005)
        finally:
            with self._count_lock:
                self._flushing -= 1
        return self._failed == 0

    def close(self, timeout: float = 10.0) -> None:
        """Flush and stop. Later record() calls are ignored. What the store did not take within `timeout` (a slow
        or locked store at exit) goes to the spool for the next process, never silently away."""
        if self._closed:
            return
        if not self.flush(timeout):
            self.spool_pending()
        self._closed = True
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=1.0)
            if self._thread.is_alive():
                # The writer is still inside the store (a locked SQLite waits out its busy timeout): closing the
                # connection under it crashes the process (SIGSEGV). What it holds is spooled; leave it be.
                return
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def pending(self) -> int:
        return len(self._queue) + self._inflight

    def spool_pending(self) -> int:
        """Write every record not yet committed to the spool (for a process about to exit); returns how many.
        A batch the writer commits meanwhile is also spooled: the store keeps one row per uid."""
        items = list(self._batch) + list(self._queue)
        if not items or (self._settings is not None and not self._settings.enabled):
            return 0
        from automode.audit.spool import write

        limit = self._settings.max_field_chars if self._settings is not None else 4000
        return write(items, limit)

    # --- writer side ----------------------------------------------------------------------------------------
    def _start(self) -> None:
        with self._start_lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="automode-audit", daemon=True)
            self._thread.start()
            _register_exit(self)

    def _run(self) -> None:
        while not self._closed:
            if not self._queue or self._holding():
                self._wake.wait(_IDLE_WAIT)
                self._wake.clear()
                if time.monotonic() - self._spool_checked > _SPOOL_CHECK_S:
                    self._drain_spool()
                continue
            self._drain()

    def _drain_spool(self) -> None:
        """Commit what other processes spooled (checked once after the first commit, then now and then)."""
        if self._settings is None:
            return  # nothing recorded yet: the first commit checks
        self._spool_checked = time.monotonic()
        try:
            from automode.audit.spool import drain, pending

            if self._settings.enabled and pending():
                self.draining = True
                drain(self._open(), self._settings.max_field_chars)
        except Exception as e:
            self._report(e)
        finally:
            self.draining = False

    def _open(self) -> Any:
        if self._store is None:
            from automode.audit.settings import load_settings
            from automode.audit.store import open_store

            if self._settings is None:
                self._settings = load_settings()
            self._store = open_store(self._url or self._settings.store_url())
            # Now and then, trim the store (cheap with the ts index); never on every process start.
            if time.time_ns() // 1000 % 100 == 0:
                self._store.prune(self._settings.retention_days, self._settings.max_rows)
        return self._store

    def _drain(self) -> None:
        """Write everything queued. Runs on the writer thread (or the caller's when background=False)."""
        from automode.audit.row import build_row
        from automode.audit.settings import load_settings

        if self._settings is None:
            self._settings = load_settings()
        settings = self._settings
        while self._queue:
            if self._background and self._holding():
                break  # a hold taken while this loop ran (after a flush returned) applies to what was queued since
            items: list[tuple[Any, ...]] = []
            while self._queue and len(items) < _BATCH:
                items.append(self._queue.popleft())
            self._batch = items
            self._inflight = len(items)
            rows: list[dict[str, Any]] = []
            built: list[tuple[Any, ...]] = []  # the item of each row, to spool if the store stays unavailable
            try:
                if not settings.enabled:
                    self._committed += len(items)
                    continue
                for ts, rid, decision, action, context, agent, effects, ask_id, engine, origin in items:
                    try:
                        rows.append(
                            build_row(
                                decision,
                                action,
                                context,
                                agent=agent,
                                ts=ts,
                                uid=rid,
                                effects=effects,
                                ask_id=ask_id,
                                max_chars=settings.max_field_chars,
                                engine=engine,
                                origin=origin,
                            )
                        )
                        built.append((ts, rid, decision, action, context, agent, effects, ask_id, engine, origin))
                    except Exception as e:  # one unbuildable record costs only itself
                        self._failed += 1
                        self._report(e)
                    if self._background:
                        time.sleep(0)  # let a waiting caller thread have the GIL
                self._insert_with_retry(rows)
                if not self._spool_checked:
                    # Announce the spool drain that follows before the commit is counted, so a process that
                    # exits as soon as its records are committed waits for it (audit.exit_within).
                    self.draining = _spool_waiting()
                self._committed += len(rows)
            except Exception as e:  # the audit trail must never break a decision
                self._report(e)
                self._insert_one_by_one(rows, built)
            finally:
                self._inflight = 0
                self._batch = []
            if not self._spool_checked:
                self._drain_spool()

    def _insert_with_retry(self, rows: list[dict[str, Any]]) -> None:
        delay = 0.01
        for attempt in range(8):
            try:
                self._open().insert(rows)
                return
            except Exception:
                if attempt == 7:
                    raise
                if self._store is not None:
                    self._store.close()
                    self._store = None
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    def _insert_one_by_one(self, rows: list[dict[str, Any]], items: list[tuple[Any, ...]]) -> None:
        """After a batch failed for good: each row on its own, so a row the store refuses loses only itself. A row
        the store could not take because it was unavailable (locked, unreachable) goes to the spool for the next
        process instead: only a row the store itself refuses is lost, never one a slow store could not take."""
        later: list[tuple[Any, ...]] = []
        for row, item in zip(rows, items, strict=True):
            try:
                self._open().insert([row])
                self._committed += 1
            except Exception as e:
                if _unavailable(e):
                    later.append(item)
                else:
                    self._failed += 1
        if later:
            from automode.audit.spool import write

            kept = write(later, self._settings.max_field_chars if self._settings is not None else 4000)
            self._committed += kept  # committed by the next process that drains the spool
            self._failed += len(later) - kept

    def _report(self, err: Exception) -> None:
        self.last_error = f"{type(err).__name__}: {err}"
        if not self._warned:
            self._warned = True
            print(f"automode: audit record not written: {self.last_error}", file=sys.stderr)

    def _emergency_flush(self) -> None:
        """From a signal handler: write what is queued on this thread, wait briefly for the writer's batch."""
        deadline = time.monotonic() + EXIT_FLUSH_TIMEOUT
        while self._inflight and time.monotonic() < deadline:
            time.sleep(0.001)
        if self._queue:
            if self._thread is not None and self._thread.is_alive():
                # The writer owns the store; let it finish rather than racing it on one connection.
                while self._queue and time.monotonic() < deadline:
                    time.sleep(0.001)
            else:
                self._drain()
        while self._inflight and time.monotonic() < deadline:
            time.sleep(0.001)


def _unavailable(err: Exception) -> bool:
    """The store could not be reached or was busy (sqlite3/psycopg OperationalError, InterfaceError, an OS error),
    as opposed to refusing the row itself (IntegrityError, DataError...)."""
    return isinstance(err, OSError) or type(err).__name__ in ("OperationalError", "InterfaceError")


def _spool_waiting() -> bool:
    try:
        from automode.audit.spool import pending

        return pending()
    except Exception:
        return False


# --- process-wide hooks: flush at exit and on SIGTERM ------------------------------------------------------
_RECORDERS: list[Recorder] = []
_PREV_TERM: Any = None
_HOOKED = False


def _register_exit(rec: Recorder) -> None:
    global _HOOKED, _PREV_TERM
    _RECORDERS.append(rec)
    if _HOOKED:
        return
    _HOOKED = True
    atexit.register(_flush_all)
    if threading.current_thread() is threading.main_thread():
        try:
            prev = signal.getsignal(signal.SIGTERM)
            if prev in (signal.SIG_DFL, None) or callable(prev):
                _PREV_TERM = prev
                signal.signal(signal.SIGTERM, _on_sigterm)
        except (ValueError, OSError):
            pass


def _flush_all() -> None:
    for rec in list(_RECORDERS):
        rec.close(timeout=EXIT_FLUSH_TIMEOUT)


def _on_sigterm(signum: int, frame: Any) -> None:
    for rec in list(_RECORDERS):
        rec._emergency_flush()
    prev = _PREV_TERM
    if callable(prev) and prev is not _on_sigterm:
        prev(signum, frame)
        return
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)
