"""SQLite backend: the local default. WAL + synchronous=NORMAL, so many hook processes can write at once.

WAL lets readers (the web page, `automode log --follow`) run beside writers; `synchronous=NORMAL` keeps a commit
to a few microseconds (a power cut may lose the last commits, never corrupt the file). Writers take the lock up
front (`BEGIN IMMEDIATE`) and wait up to 30 s for it, so concurrent writers queue instead of failing with
"database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from automode.audit.store import Store

BUSY_TIMEOUT_MS = 30_000


def _retry_locked(fn: Any, attempts: int = 50) -> Any:
    """Run `fn` again while SQLite reports a lock it did not wait for (journal-mode switches do that)."""
    for i in range(attempts):
        try:
            return fn()
        except sqlite3.OperationalError as e:
            if ("locked" not in str(e) and "busy" not in str(e)) or i == attempts - 1:
                raise
            time.sleep(min(0.002 * (i + 1), 0.1))
    return None


class SqliteStore(Store):
    placeholder = "?"
    id_column = "id INTEGER PRIMARY KEY"
    real = "REAL"

    def _connect(self) -> Any:
        path = Path(self.url)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                # The trail holds commands and user messages: owner-only from the start.
                fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            _retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextmanager
    def _write(self) -> Iterator[Any]:
        _retry_locked(lambda: self.conn.execute("BEGIN IMMEDIATE"))
        cur = self.conn.cursor()
        try:
            yield cur
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            _retry_locked(lambda: self.conn.execute("COMMIT"))
        finally:
            cur.close()

    def _user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _set_user_version(self, cur: Any, version: int) -> None:
        cur.execute(f"PRAGMA user_version = {int(version)}")

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])
