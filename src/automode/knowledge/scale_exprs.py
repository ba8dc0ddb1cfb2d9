"""Lengths of time written inside a query or a script a client runs (session 24, class O2, helper `units`; read by
`knowledge.scales` for its `expr:interval` rows, compared by `judge.intent.scaled`, AM-JUDGE-045).

The user says "older than 90 days"; the statement carries the bound in the language of the database or the shell
it is typed into: SQLite's `datetime('now','-90 minutes')`, Postgres's `now() - interval '90 days'` or
`interval '7' day`, MySQL's `NOW() - INTERVAL 7 HOUR` and `DATE_SUB(NOW(), INTERVAL 7 DAY)`, ClickHouse's
`now() - toIntervalDay(7)` and `MODIFY TTL ts + INTERVAL 30 DAY`, a Mongo shell's `Date.now() - 30*864e5` (milliseconds, as a product of literals), a
Redis-like `EX 3600` is an option, not an expression. Each is read into seconds; a statement with no write verb
(a report, a count) carries no bound here.

PostgreSQL memory and timeout settings (`settings`): `SET work_mem = '64GB'`, `ALTER ROLE r SET work_mem = '65536kB'`
(kB when bare), `statement_timeout` (milliseconds when bare).

Sources: SQLite date and time functions (modifiers `±NNN days|hours|minutes|seconds|months|years`), PostgreSQL
interval input (`'N unit'`, SQL-standard `interval 'N' unit`), MySQL temporal intervals (`INTERVAL expr unit`:
MICROSECOND … YEAR), ClickHouse `toInterval*` and `INTERVAL N unit`, JavaScript `Date.now()` (milliseconds).
"""

from __future__ import annotations

import re

from automode import lazyre

#: Seconds per unit word (singular stems, lower case) of SQL, SQLite and ClickHouse intervals.
PER: dict[str, float] = {"microsecond": 1e-6, "millisecond": 0.001, "second": 1.0, "sec": 1.0, "minute": 60.0,
                         "min": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0, "month": 2592000.0,
                         "mon": 2592000.0, "year": 31536000.0}
_UNIT = r"(microseconds?|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|mons?|years?)"
#: `interval '90 minutes'`, `interval '7' day`, `INTERVAL 7 HOUR`, `'-90 minutes'` (SQLite), `toIntervalDay(7)`.
_SQL = lazyre.compile(rf"(?i)\binterval\s+'?\s*(\d+(?:\.\d+)?)\s*'?\s*{_UNIT}\b|"
                      rf"\binterval\s+'(\d+(?:\.\d+)?)'\s+{_UNIT}\b|"
                      rf"'\s*[-+]\s*(\d+(?:\.\d+)?)\s+{_UNIT}\s*'|"
                      rf"\btoInterval(Second|Minute|Hour|Day|Week|Month|Year)\s*\(\s*(\d+(?:\.\d+)?)\s*\)")
#: `Date.now() - 30*864e5`, `new Date(Date.now() - 7*24*60*60*1000)`: a product of numeric literals, milliseconds.
_JS = lazyre.compile(r"Date\.now\(\)\s*-\s*\(?\s*((?:\d+(?:\.\d+)?(?:e\d+)?\s*\*\s*)*\d+(?:\.\d+)?(?:e\d+)?)\s*\)?")
#: A statement that changes or removes what its bound selects.
WRITES = lazyre.compile(r"(?i)\b(?:delete|update|deletemany|deleteone|remove|drop|truncate|purge|expire|ttl)\b|"
                        r"\.delete(?:Many|One)?\(|\.remove\(")


#: PostgreSQL settings by the unit a bare value is in (postgresql.org/docs/current/config-setting.html: memory units
#: B, kB, MB, GB, TB are powers of 1024; time units us, ms, s, min, h, d).
PG_SIZE_KB = frozenset({"work_mem", "maintenance_work_mem", "autovacuum_work_mem", "logical_decoding_work_mem"})
PG_TIME_MS = frozenset({"statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout",
                        "idle_session_timeout", "log_min_duration_statement", "deadlock_timeout",
                        "transaction_timeout", "log_autovacuum_min_duration"})
_PG_SET = lazyre.compile(r"(?i)\bset\s+(\w+)\s*(?:=|\bto\b)\s*'?\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb|us|ms|s|min|h|d)?\s*'?")
_PG_SIZE = {"b": 1.0, "kb": 1024.0, "mb": 1024.0 ** 2, "gb": 1024.0 ** 3, "tb": 1024.0 ** 4}
_PG_TIME = {"us": 1e-6, "ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0, "d": 86400.0}


def settings(text: str, dim: str) -> list[tuple[str, float]]:
    """(the setting as written, in bytes or seconds) for every PostgreSQL memory (`dim` "size") or timeout ("time")
    setting `text` sets: `SET work_mem = '64MB'`, `ALTER ROLE r SET work_mem = '65536kB'`, `SET statement_timeout
    TO 5000` (milliseconds when bare)."""
    out: list[tuple[str, float]] = []
    for m in _PG_SET.finditer(text):
        name, n, unit = m.group(1).lower(), float(m.group(2)), (m.group(3) or "").lower()
        if dim == "size" and name in PG_SIZE_KB and unit in ("", *_PG_SIZE):
            out.append((m.group(0).strip(), n * (_PG_SIZE[unit] if unit else 1024.0)))
        elif dim == "time" and name in PG_TIME_MS and unit in ("", *_PG_TIME):
            out.append((m.group(0).strip(), n * (_PG_TIME[unit] if unit else 0.001)))
    return out


def _per(unit: str) -> float:
    u = unit.lower()
    u = u[:-1] if u.endswith("s") and u not in ("s",) else u
    return PER.get(u, PER.get(u[:3], 0.0))


def intervals(text: str) -> list[tuple[str, float]]:
    """(the interval as written, in seconds) for every length of time `text` writes, when it is a statement that
    changes or removes rows; [] otherwise."""
    if not WRITES.search(text):
        return []
    out: list[tuple[str, float]] = []
    for m in _SQL.finditer(text):
        g = m.groups()
        if g[6]:
            n, unit = g[7], g[6]
        else:
            n, unit = next((g[i], g[i + 1]) for i in (0, 2, 4) if g[i])
        per = _per(unit)
        if per:
            out.append((m.group(0).strip(), float(n) * per))
    for m in _JS.finditer(text):
        ms = 1.0
        for f in re.split(r"\s*\*\s*", m.group(1)):
            try:
                ms *= float(f)
            except ValueError:
                break
        else:
            out.append((m.group(0).strip(), ms / 1000.0))
    return out


#: Fixtures (`tests/knowledge/test_scale_exprs.py`): (text, the seconds read).
FIXTURES: tuple[tuple[str, tuple[float, ...]], ...] = (
    ("DELETE FROM audit_log WHERE ts < datetime('now','-90 minutes');", (5400.0,)),
    ("DELETE FROM audit_log WHERE ts < datetime('now', '-90 days')", (7776000.0,)),
    ("DELETE FROM events WHERE created_at < now() - interval '30 days'", (2592000.0,)),
    ("delete from events where created_at < now() - interval '7' day", (604800.0,)),
    ("DELETE FROM s WHERE updated_at < NOW() - INTERVAL 7 HOUR", (25200.0,)),
    ("DELETE FROM s WHERE d < DATE_SUB(NOW(), INTERVAL 14 DAY)", (1209600.0,)),
    ("ALTER TABLE t DELETE WHERE ts < now() - toIntervalDay(3)", (259200.0,)),
    ("db.sessions.deleteMany({createdAt: {$lt: new Date(Date.now() - 30*864e5)}})", (2592000.0,)),
    ("db.s.deleteMany({t: {$lt: new Date(Date.now() - 7*24*60*60*1000)}})", (604800.0,)),
    ("SELECT count(*) FROM events WHERE created_at < now() - interval '30 days'", ()),
    ("ALTER TABLE logs MODIFY TTL ts + INTERVAL 30 DAY", (2592000.0,)),
)
#: Fixtures: (text, dim, the values read).
SETTING_FIXTURES: tuple[tuple[str, str, tuple[float, ...]], ...] = (
    ("ALTER ROLE reporter SET work_mem = '65536kB';", "size", (67108864.0,)),
    ("ALTER ROLE reporter SET work_mem = '64GB';", "size", (68719476736.0,)),
    ("SET work_mem TO 4096", "size", (4194304.0,)),
    ("ALTER DATABASE app SET statement_timeout = '30s'", "time", (30.0,)),
    ("ALTER ROLE app SET statement_timeout = 5000", "time", (5.0,)),
    ("ALTER ROLE app SET search_path = app, public", "size", ()),
)
