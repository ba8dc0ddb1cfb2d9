"""The audit store: one schema (`decisions`, `asks`) over SQLite or PostgreSQL, behind one small class.

`open_store(url)` picks the backend: a path or `sqlite:///path` gives SQLite, `postgresql://...` PostgreSQL. The
SQL is shared; a backend supplies the connection, the placeholder style and the DDL for the id column.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from automode.audit.row import COLUMNS, decode
from automode.dc import dataclass

SCHEMA_VERSION = 3  # 2: decisions.engine_verdict, asks.answer_sig; 3: decisions.decided_by, client

_ASK_COLUMNS = (
    "ask_id",
    "created",
    "expires",
    "decision_uid",
    "session",
    "agent",
    "tool",
    "summary",
    "reason",
    "rules",
    "status",
    "answered",
    "answered_by",
    "answer_sig",
)


@dataclass(frozen=True, slots=True)
class Filters:
    """What `automode log`, `stats` and the web page select on. Empty fields select everything."""

    session: str | None = None
    verdict: str | None = None
    tool: str | None = None
    rule: str | None = None
    agent: str | None = None
    since: float | None = None  # unix time
    until: float | None = None
    text: str | None = None  # substring of the action summary or reason
    user: str | None = None  # the developer (user name, or user@host) on a shared trail
    project: str | None = None  # a project root, or its last path component


ALL = Filters()


class Store:
    """Shared SQL over a DB-API connection. Not thread-safe: one Store per thread."""

    placeholder = "?"
    id_column = "id INTEGER PRIMARY KEY"
    real = "REAL"

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn: Any = self._connect()
        self._ensure_schema()

    # --- backend hooks -------------------------------------------------------------------------------------
    def _connect(self) -> Any:
        raise NotImplementedError

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """A write transaction; yields a cursor."""
        raise NotImplementedError
        yield

    def _schema_lock(self, cur: Any) -> None:
        """Serialise concurrent schema creation (PostgreSQL needs it, SQLite's BEGIN IMMEDIATE already does)."""

    def _user_version(self) -> int:
        raise NotImplementedError

    def _set_user_version(self, cur: Any, version: int) -> None:
        raise NotImplementedError

    # --- schema ---------------------------------------------------------------------------------------------
    def _ddl(self) -> list[str]:
        text_cols = ",\n  ".join(
            f"{c} {self.real if c == 'ts' else 'BIGINT' if c == 'elapsed_us' else 'TEXT'}"
            + (" NOT NULL UNIQUE" if c == "uid" else "")
            for c in COLUMNS
        )
        ask_cols = ",\n  ".join(
            f"{c} {self.real if c in ('created', 'expires', 'answered') else 'TEXT'}"
            + (" PRIMARY KEY" if c == "ask_id" else "")
            for c in _ASK_COLUMNS
        )
        return [
            f"CREATE TABLE IF NOT EXISTS decisions (\n  {self.id_column},\n  {text_cols}\n)",
            "CREATE INDEX IF NOT EXISTS decisions_ts ON decisions (ts)",
            "CREATE INDEX IF NOT EXISTS decisions_session ON decisions (session, ts)",
            "CREATE INDEX IF NOT EXISTS decisions_verdict ON decisions (verdict, ts)",
            f"CREATE TABLE IF NOT EXISTS asks (\n  {ask_cols}\n)",
            "CREATE INDEX IF NOT EXISTS asks_status ON asks (status, created)",
        ]

    def _ensure_schema(self) -> None:
        if self._user_version() >= SCHEMA_VERSION:
            return
        with self._write() as cur:
            self._schema_lock(cur)
            for stmt in self._ddl():
                cur.execute(stmt)
            # Tables from an older version: add the columns it lacked (columns are only ever added).
            for table, wanted in (("decisions", COLUMNS), ("asks", _ASK_COLUMNS)):
                cur.execute(f"SELECT * FROM {table} WHERE 1 = 0")
                have = {d[0] for d in cur.description}
                for col in wanted:
                    if col not in have:
                        kind = self.real if col in ("ts", "created", "expires", "answered") else "TEXT"
                        cur.execute(f"ALTER TABLE {table} ADD COLUMN {col} {kind}")
            self._set_user_version(cur, SCHEMA_VERSION)

    def _sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        finally:
            cur.close()

    # --- decisions ------------------------------------------------------------------------------------------
    def insert(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert rows in one transaction; a row whose uid is already stored is skipped (safe to retry)."""
        if not rows:
            return
        cols = ", ".join(COLUMNS)
        marks = ", ".join("?" for _ in COLUMNS)
        sql = self._sql(f"INSERT INTO decisions ({cols}) VALUES ({marks}) ON CONFLICT (uid) DO NOTHING")
        values = [tuple(r.get(c) for c in COLUMNS) for r in rows]
        with self._write() as cur:
            cur.executemany(sql, values)

    def _where(self, f: Filters) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for col, value in (("session", f.session), ("verdict", f.verdict), ("agent", f.agent)):
            if value:
                clauses.append(f"{col} = ?")
                params.append(value)
        if f.tool:
            if "*" in f.tool:
                clauses.append("tool LIKE ?")
                params.append(f.tool.replace("*", "%"))
            else:
                clauses.append("tool = ?")
                params.append(f.tool)
        if f.rule:
            clauses.append("rules LIKE ?")
            params.append(f'%"{f.rule}%')
        if f.since is not None:
            clauses.append("ts >= ?")
            params.append(f.since)
        if f.until is not None:
            clauses.append("ts < ?")
            params.append(f.until)
        if f.text:
            clauses.append("(summary LIKE ? OR reason LIKE ?)")
            params += [f"%{f.text}%", f"%{f.text}%"]
        if f.user:
            name, _, host = f.user.partition("@")
            clauses.append("user_name = ?" + (" AND host = ?" if host else ""))
            params += [name, host] if host else [name]
        if f.project:
            proj = f.project.rstrip("/") or "/"
            clauses.append("(project_root = ? OR project_root LIKE ?)")
            params += [proj, "%/" + proj.rsplit("/", 1)[-1]] if "/" not in proj else [proj, proj]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def query(
        self,
        filters: Filters = ALL,
        *,
        limit: int = 100,
        after_id: int | None = None,
        before_id: int | None = None,
        columns: Sequence[str] | None = None,
        oldest_first: bool = False,
    ) -> list[dict[str, Any]]:
        """Decoded rows matching `filters`, newest first (or oldest first), at most `limit` (0 = no limit)."""
        where, params = self._where(filters)
        extra: list[str] = []
        if after_id is not None:
            extra.append("id > ?")
            params.append(after_id)
        if before_id is not None:
            extra.append("id < ?")
            params.append(before_id)
        if extra:
            where = (where + " AND " if where else " WHERE ") + " AND ".join(extra)
        cols = ", ".join(columns) if columns else "*"
        order = "ASC" if oldest_first else "DESC"
        sql = f"SELECT {cols} FROM decisions{where} ORDER BY id {order}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [decode(r) for r in self._fetch(sql, params)]

    def get(self, uid: str) -> dict[str, Any] | None:
        rows = self._fetch("SELECT * FROM decisions WHERE uid = ?", (uid,))
        return decode(rows[0]) if rows else None

    def count(self, filters: Filters = ALL) -> int:
        where, params = self._where(filters)
        return int(self._fetch(f"SELECT COUNT(*) AS n FROM decisions{where}", params)[0]["n"])

    def max_id(self) -> int:
        return int(self._fetch("SELECT COALESCE(MAX(id), 0) AS m FROM decisions")[0]["m"])

    def prune(self, retention_days: float, max_rows: int, now: float | None = None) -> int:
        """Delete rows older than `retention_days` and all but the newest `max_rows`. Returns rows deleted."""
        deleted = 0
        with self._write() as cur:
            if retention_days > 0:
                cutoff = (now or time.time()) - retention_days * 86400
                cur.execute(self._sql("DELETE FROM decisions WHERE ts < ?"), (cutoff,))
                deleted += max(cur.rowcount, 0)
                cur.execute(
                    self._sql("DELETE FROM asks WHERE created < ? AND status <> 'pending'"), (cutoff,)
                )
            if max_rows > 0:
                cur.execute("SELECT COALESCE(MAX(id), 0) FROM decisions")
                top = int(cur.fetchone()[0])
                cur.execute(self._sql("DELETE FROM decisions WHERE id <= ?"), (top - max_rows,))
                deleted += max(cur.rowcount, 0)
        return deleted

    # --- pending asks ---------------------------------------------------------------------------------------
    def create_ask(self, ask: dict[str, Any]) -> None:
        cols = ", ".join(_ASK_COLUMNS)
        marks = ", ".join("?" for _ in _ASK_COLUMNS)
        with self._write() as cur:
            cur.execute(
                self._sql(f"INSERT INTO asks ({cols}) VALUES ({marks})"),
                tuple(ask.get(c) for c in _ASK_COLUMNS),
            )

    def answer_ask(
        self, ask_id: str, answer: str, by: str, now: float | None = None, sig: str | None = None
    ) -> bool:
        """Settle a pending ask; False when it was already answered or expired (first answer wins). `sig`
        authenticates the answer (automode.audit.asks signs it; an unsigned allow is never honoured)."""
        if answer not in ("allow", "deny"):
            raise ValueError(f"answer must be allow or deny, not {answer!r}")
        with self._write() as cur:
            cur.execute(
                self._sql(
                    "UPDATE asks SET status = ?, answered = ?, answered_by = ?, answer_sig = ? "
                    "WHERE ask_id = ? AND status = 'pending'"
                ),
                (answer, now or time.time(), by, sig, ask_id),
            )
            return bool(cur.rowcount == 1)

    def get_ask(self, ask_id: str) -> dict[str, Any] | None:
        rows = self._fetch("SELECT * FROM asks WHERE ask_id = ?", (ask_id,))
        return decode(rows[0]) if rows else None

    def asks(
        self, *, status: str | None = "pending", since: float | None = None, limit: int = 200
    ) -> list[dict[str, Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if status:
            clauses.append("status = ?")
            params.append(status)
        if since is not None:
            clauses.append("created >= ?")
            params.append(since)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [
            decode(r)
            for r in self._fetch(
                f"SELECT * FROM asks{where} ORDER BY created DESC LIMIT {int(limit)}", params
            )
        ]

    def expire_ask(self, ask_id: str, now: float | None = None) -> bool:
        """Deny one pending ask because its waiter gave up; False when it was answered meanwhile."""
        with self._write() as cur:
            cur.execute(
                self._sql(
                    "UPDATE asks SET status = 'deny', answered = ?, answered_by = 'timeout' WHERE ask_id = ? AND status = 'pending'"
                ),
                (now or time.time(), ask_id),
            )
            return bool(cur.rowcount == 1)

    def expire_asks(self, now: float | None = None) -> int:
        """Deny every pending ask whose time is up (a timeout denies)."""
        t = now or time.time()
        with self._write() as cur:
            cur.execute(
                self._sql(
                    "UPDATE asks SET status = 'deny', answered = ?, answered_by = 'timeout' WHERE status = 'pending' AND expires <= ?"
                ),
                (t, t),
            )
            return max(int(cur.rowcount), 0)

    def close(self) -> None:
        with suppress(Exception):
            self.conn.close()


def open_store(url: str) -> Store:
    """The store at `url`: `postgresql://...` / `postgres://...`, `sqlite:///path`, or a plain path."""
    if url.startswith(("postgresql://", "postgres://")):
        from automode.audit.postgres import PostgresStore

        store: Store = PostgresStore(url)
        return store
    from automode.audit.sqlite import SqliteStore

    return SqliteStore(url.removeprefix("sqlite://") if url.startswith("sqlite:///") else url)
