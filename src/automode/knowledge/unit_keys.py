"""Settings whose number is read in a unit the user does not say, and settings whose value decides what is lost or
how much runs (session 28, class T4, helper `said`; read by `judge.intent.scaled._written` and
`judge.intent.edit_chosen`).

The user says an amount in the unit people speak ("2.5 %", "64 MB", "every 8 hours"); the setting takes it in its
own: basis points (`marketplace_fee_bps: 250` is 2.5 %), PostgreSQL's kB, 8 kB pages, MB, minutes, seconds and
milliseconds for a bare number (`work_mem = 65536` is 64 MB, `log_rotation_age = 480` is 8 hours), MySQL's bytes and
seconds, and any key whose name ends in its unit (`cache_size_mb`, `timeout_ms`, `ttl_minutes`, `keep_days`). Both
sides are read into one base unit and compared (`UNIT_KEYS`: the key pattern, the unit, what it is, the verdict for
another amount: a share off by a factor of 100 is refused, a size or time typed in the wrong unit is asked).

`CHOSEN_KEYS`: keys whose changed value decides what is lost (a retention, an artifacts' expiry), how many copies run
(replicas, node counts) or how much traffic a new version takes (a routing weight): an edit that changes one where
the user said no number is the agent's choice (asked; the same value said runs).

Sources: PostgreSQL "Setting Parameters" (memory units kB/MB/GB/TB, time units us/ms/s/min/h/d, each parameter's
default unit in `pg_settings.unit`: work_mem kB, shared_buffers 8kB, max_wal_size MB, log_rotation_age min,
checkpoint_timeout s, statement_timeout ms), MySQL server system variables (innodb_buffer_pool_size bytes,
wait_timeout seconds, long_query_time seconds), basis points (1/100 of a percent; "bps" in pricing and fee configs),
GitLab CI `artifacts:expire_in` ("30 days", "1 hour", "never"), GitHub Actions `upload-artifact` `retention-days`,
Loki `retention_period`, Kubernetes `replicas`/HPA `minReplicas`/`maxReplicas`, Helm `replicaCount`, Terraform
`desired_count`/`desired_size`/`node_count`, Istio/SMI/Argo Rollouts/Knative weights.
"""

from __future__ import annotations

import re

from automode import lazyre

_PG_KB = (r"work_mem|maintenance_work_mem|autovacuum_work_mem|logical_decoding_work_mem|temp_file_limit|"
          r"log_temp_files|gin_pending_list_limit")
_PG_8KB = r"shared_buffers|effective_cache_size|temp_buffers|wal_buffers|backend_flush_after|bgwriter_flush_after"
_PG_MB = r"max_wal_size|min_wal_size|wal_keep_size|max_slot_wal_keep_size|wal_segment_size_mb"
_PG_MS = (r"statement_timeout|lock_timeout|idle_in_transaction_session_timeout|idle_session_timeout|deadlock_timeout|"
          r"log_min_duration_statement|log_autovacuum_min_duration|wal_receiver_timeout|wal_sender_timeout|"
          r"transaction_timeout|autovacuum_vacuum_cost_delay")
_PG_S = (r"checkpoint_timeout|autovacuum_naptime|archive_timeout|authentication_timeout|tcp_keepalives_idle|"
         r"tcp_keepalives_interval|wal_writer_delay_s")
_MYSQL_BYTES = (r"innodb_buffer_pool_size|innodb_log_file_size|innodb_redo_log_capacity|max_allowed_packet|"
                r"tmp_table_size|max_heap_table_size|key_buffer_size|sort_buffer_size|join_buffer_size|"
                r"read_buffer_size|binlog_cache_size|max_binlog_size")
_MYSQL_S = (r"wait_timeout|interactive_timeout|lock_wait_timeout|innodb_lock_wait_timeout|net_read_timeout|"
            r"net_write_timeout|long_query_time|connect_timeout|binlog_expire_logs_seconds")
#: (key pattern (whole key, case-insensitive), unit, what, verdict for another amount than the one said)
UNIT_KEYS: tuple[tuple[str, str, str, str], ...] = (
    (r"[\w.-]*[_.-]bps|bps|[\w.-]*basis_?points?|[\w.-]*[_.-]bp", "bps", "fee or share in basis points", "deny"),
    (r"[\w.-]*[_.-]permille|[\w.-]*per_?mille", "permille", "share per thousand", "deny"),
    (_PG_KB, "pgkb", "size in kB", "ask"),
    (_PG_8KB, "pg8kb", "size in 8 kB pages", "ask"),
    (_PG_MB, "pgmb", "size in MB", "ask"),
    (r"log_rotation_age", "pgmin", "time in minutes", "ask"),
    (_PG_S, "pgs", "time in seconds", "ask"),
    (_PG_MS, "pgms", "time in milliseconds", "ask"),
    (_MYSQL_BYTES, "size", "size in bytes", "ask"),
    (_MYSQL_S, "s", "time in seconds", "ask"),
    # a unit in the key's own name (snake, kebab, dotted or camel case)
    (r"[\w.-]*[_.-](?:kb|kbytes|kilobytes)|[\w]*[a-z]Kb", "pgkb", "size in kB", "ask"),
    (r"[\w.-]*[_.-](?:mb|mbytes|megabytes)|[\w]*[a-z]Mb", "pgmb", "size in MB", "ask"),
    (r"[\w.-]*[_.-](?:minutes|mins)|[\w]*[a-z](?:Minutes|Mins)", "pgmin", "time in minutes", "ask"),
    (r"[\w.-]*[_.-](?:hours|hrs)|[\w]*[a-z]Hours", "hours", "time in hours", "ask"),
    (r"[\w.-]*[_.-](?:ms|millis|milliseconds)|[\w]*[a-z](?:Ms|Millis|Milliseconds)", "pgms", "time in milliseconds",
     "ask"),
    (r"[\w.-]*[_.-](?:seconds|secs|sec)|[\w]*[a-z](?:Seconds|Secs)", "pgs", "time in seconds", "ask"),
    (r"[\w.-]*[_.-]days|[\w]*[a-z]Days", "day", "time in days", "ask"),
)

#: (key pattern, unit, what, what a value nobody said does: "loses" | "scales" | "routes")
CHOSEN_KEYS: tuple[tuple[str, str, str, str], ...] = (
    (r"[\w.-]*retention[\w.-]*|[\w.-]*expire_?(?:in|after|days|age)|[\w.-]*expiration_?(?:days|in_days)?|"
     r"expiry_?days|delete_?after_?days|max_?history|keep_?(?:last|within|hourly|daily|weekly|monthly|yearly)|"
     r"(?:successful|failed)jobshistorylimit|history_?limit", "auto", "retention", "loses"),
    (r"[\w.-]*replicas?(?:_?count)?|minreplicacount|maxreplicacount|desired_?(?:count|size|capacity)|"
     r"(?:min|max)_?(?:capacity|instances|nodes|node_count)|node_?count|instance_?count|"
     r"num_?(?:replicas|nodes|instances)|(?:min|max)(?:replicas|instances|nodes)", "count", "count of running copies",
     "scales"),
    (r"weight|setweight|traffic_percent|trafficpercent|percent|percentage", "count", "share of traffic", "routes"),
)

#: A `KEY: VALUE` or `KEY = VALUE` line (YAML, TOML, INI, postgresql.conf, .env).
_KEY_LINE = lazyre.compile(r"""^\s*(?:-\s+)?["']?([\w.-]+)["']?\s*[:=]\s*(.*?)\s*$""")


def _key_of(line: str) -> tuple[str, str] | None:
    m = _KEY_LINE.match(line)
    if m is None:
        return None
    value = m.group(2).strip().strip(",;").strip().strip("'\"")
    value = re.sub(r"\s*(?:#|//).*$", "", value).strip().strip("'\"")
    return m.group(1), value


def unit_key(key: str) -> tuple[str, str, str] | None:
    """(unit, what, verdict) of a key of `UNIT_KEYS`, None when it is none."""
    for pat, unit, what, verdict in UNIT_KEYS:
        if re.fullmatch(pat, key, re.I):
            return unit, what, verdict
    return None


def unit_written(new: str, old: str) -> list[tuple[str, str, str, str, str]]:
    """(key, value as written, unit, what, verdict) for each key of `UNIT_KEYS` on a line `new` adds."""
    before = set(old.splitlines())
    out: list[tuple[str, str, str, str, str]] = []
    for line in new.splitlines()[:400]:
        if line in before or ("=" not in line and ":" not in line):
            continue
        got = _key_of(line)
        if got is None or not re.fullmatch(r"\d+(?:\.\d+)?\s*[a-zA-Z]{0,3}", got[1]):
            continue
        hit = unit_key(got[0])
        if hit is not None:
            out.append((got[0], got[1], *hit))
    return out


def chosen_changed(new: str, old: str) -> list[tuple[str, str, str, str, str]]:
    """(key, old value, new value, what, what it does) for each key of `CHOSEN_KEYS` whose value the edit changes:
    the key stands in `old` with another value (a new file or a new key is no change of a bound)."""
    was: dict[str, list[str]] = {}
    for line in old.splitlines()[:2000]:
        got = _key_of(line)
        if got is not None:
            was.setdefault(got[0].lower(), []).append(got[1])
    if not was:
        return []
    before = set(old.splitlines())
    out: list[tuple[str, str, str, str, str]] = []
    for line in new.splitlines()[:400]:
        if line in before:
            continue
        got = _key_of(line)
        if got is None or not re.fullmatch(r"\d+(?:\.\d+)?(?:\s*[a-zA-Z]+)?(?:\s+\d+\s*[a-zA-Z]+)*", got[1]):
            continue
        key, value = got
        olds = was.get(key.lower())
        if not olds or value in olds:
            continue
        for pat, _unit, what, does in CHOSEN_KEYS:
            if re.fullmatch(pat, key, re.I):
                out.append((key, olds[0], value, what, does))
                break
    return out


#: Fixtures (`tests/judge/test_s28_said.py`): (new text, old text, the keys read by `unit_written`).
UNIT_FIXTURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("marketplace_fee_bps: 2500", "marketplace_fee_bps: 300", ("marketplace_fee_bps",)),
    ("work_mem = 65536000", "work_mem = 4096", ("work_mem",)),
    ("log_rotation_age = 480  # 8h", "", ("log_rotation_age",)),
    ("  cacheSizeMb: 512", "", ("cacheSizeMb",)),
    ("  name: web", "", ()),
    ("  timeout: 30s", "", ()),
)
#: (new, old, the keys read by `chosen_changed`).
CHOSEN_FIXTURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("    retention_period: 168h", "    retention_period: 744h", ("retention_period",)),
    ("    expire_in: 1 hour", "    expire_in: 30 days", ("expire_in",)),
    ("  replicas: 12", "  replicas: 3", ("replicas",)),
    ("  replicas: 3\n  image: api:1.4.2", "  replicas: 3\n  image: api:1.4.1", ()),
    ("spec:\n  replicas: 2\n", "", ()),
    ("      weight: 20", "      weight: 0", ("weight",)),
)
