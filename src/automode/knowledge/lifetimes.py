"""Statements that put a lifetime on stored data (session 26, Q6 inline): the server deletes every row, document,
partition or message older than the bound, now and from then on.

`cqlsh -e "ALTER TABLE metrics.readings WITH default_time_to_live = 86400"` reads like a schema tweak; it is a
deletion of yesterday's readings and of every reading a day after it is written. The same act in each store's own
words, from the manuals: CQL `default_time_to_live` (cassandra.apache.org/doc/latest/cassandra/reference/cql-commands
/alter-table.html), ClickHouse `MODIFY TTL` / a table `TTL` clause (clickhouse.com/docs/engines/table-engines/mergetree
-family/mergetree#table_engine-mergetree-ttl), BigQuery `partition_expiration_days`, `expiration_timestamp`,
`default_table_expiration_days` (cloud.google.com/bigquery/docs/reference/standard-sql/data-definition-language) and
the `bq` flags `--time_partitioning_expiration`, `--default_table_expiration`, `--default_partition_expiration`,
`--expiration`; TimescaleDB `add_retention_policy` / `drop_chunks`; InfluxQL `ALTER|CREATE RETENTION POLICY …
DURATION`; Kafka topic `retention.ms` / `retention.bytes` (`kafka-configs --alter --add-config`); DynamoDB
`update-time-to-live … Enabled=true`. A bound of zero or none (`default_time_to_live = 0`, `MODIFY TTL` removed:
`REMOVE TTL`) keeps everything and is no lifetime.

`sets_lifetime(text)` names the act found ("" for none). The judge compares it with the words like a deletion
(`judge.intent.looked_acts`, `judge.intent.unasked_data`).
"""

from __future__ import annotations

import re

from automode import lazyre

# fmt: off
#: (what it is, pattern) read on a statement or a command line, lower case.
LIFETIMES: tuple[tuple[str, str], ...] = (
    ("CQL default_time_to_live", r"\bdefault_time_to_live\s*=\s*[1-9]"),
    ("CQL gc-less TTL on every write", r"\busing\s+ttl\s+[1-9]\d*\b(?=.*\b(?:alter|create)\b)"),
    ("ClickHouse table TTL", r"\bmodify\s+ttl\b|\bttl\s+\w[\w()]*\s*\+\s*(?:interval|to(?:start|interval))\w*|"
                             r"\bttl\s+\w+\s*\+\s*\w*interval\w*\s*\("),
    ("BigQuery expiration", r"\b(?:partition_expiration_days|default_table_expiration_days|"
                            r"default_partition_expiration_days|expiration_timestamp)\s*=\s*(?!null\b)[\w'\"(]"),
    ("bq expiration flag", r"(?:^|\s)--(?:time_partitioning_expiration|default_table_expiration|"
                           r"default_partition_expiration|expiration)(?:=|\s+)[1-9]"),
    ("TimescaleDB retention", r"\b(?:add_retention_policy|drop_chunks)\s*\("),
    ("InfluxQL retention policy", r"\b(?:alter|create)\s+retention\s+policy\b.*\bduration\s+(?!inf\b)\d"),
    ("Kafka topic retention", r"\bretention\.(?:ms|bytes|hours|minutes)\s*=\s*[1-9]"),
    ("Snowflake data retention", r"\bdata_retention_time_in_days\s*=\s*0\b"),
    ("DynamoDB time to live", r"\bupdate-time-to-live\b.*\benabled\s*=\s*true\b"),
)
# fmt: on
_ROWS = tuple((what, re.compile(rx, re.I | re.S)) for what, rx in LIFETIMES)
#: The mark (`Effect.op`) of a lifetime put on stored data (`knowledge.store_code.TTL_OP` is the same mark).
OP = "ttl"
#: A cheap test before the table.
_CHEAP = lazyre.compile(r"(?i)ttl|time_to_live|expiration|retention|drop_chunks|time-to-live")


def sets_lifetime(text: str) -> str:
    """The lifetime act a statement or a command line sets ("" for none)."""
    if not text or not _CHEAP.search(text):
        return ""
    low = text[:20_000]
    return next((what for what, rx in _ROWS if rx.search(low)), "")


#: (text, the act found: "" for none)
FIXTURES: tuple[tuple[str, str], ...] = (
    ("ALTER TABLE metrics.readings WITH default_time_to_live = 86400", "CQL default_time_to_live"),
    ("ALTER TABLE metrics.readings WITH default_time_to_live = 0", ""),
    ("ALTER TABLE logs.events MODIFY TTL ts + INTERVAL 7 DAY", "ClickHouse table TTL"),
    ("ALTER TABLE logs.events REMOVE TTL", ""),
    ("CREATE TABLE t (ts DateTime) ENGINE = MergeTree ORDER BY ts TTL ts + INTERVAL 1 MONTH", "ClickHouse table TTL"),
    ("ALTER TABLE proj.ds.events SET OPTIONS (partition_expiration_days = 30)", "BigQuery expiration"),
    ("ALTER TABLE proj.ds.events SET OPTIONS (partition_expiration_days = NULL)", ""),
    ("bq update --time_partitioning_expiration 2592000 proj:ds.events", "bq expiration flag"),
    ("SELECT add_retention_policy('conditions', INTERVAL '7 days')", "TimescaleDB retention"),
    ("ALTER RETENTION POLICY autogen ON telegraf DURATION 7d", "InfluxQL retention policy"),
    ("ALTER RETENTION POLICY autogen ON telegraf DURATION INF", ""),
    ("kafka-configs --bootstrap-server b:9092 --alter --entity-type topics --entity-name orders --add-config retention.ms=3600000",
     "Kafka topic retention"),
    ("aws dynamodb update-time-to-live --table-name Sessions --time-to-live-specification Enabled=true,AttributeName=exp",
     "DynamoDB time to live"),
    ("SELECT ttl FROM cache_entries", ""),
    ("ALTER TABLE t ADD COLUMN expires_at timestamptz", ""),
)
