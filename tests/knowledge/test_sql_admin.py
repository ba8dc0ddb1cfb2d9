"""Server administration run as statements (`knowledge.sql.ADMIN`): binary logs reset or purged, replication
changed, global settings written, sessions terminated. Reads of the same things stay reads."""

from __future__ import annotations

import pytest

from automode.knowledge.sql import statements


@pytest.mark.parametrize(("sql", "verb", "scope"), [
    ("RESET BINARY LOGS AND GTIDS", "delete", "all"),
    ("RESET MASTER", "delete", "all"),
    ("PURGE BINARY LOGS BEFORE NOW() - INTERVAL 3 DAY", "delete", "set"),
    ("STOP REPLICA; RESET REPLICA ALL", "update", "one"),
    ("CHANGE REPLICATION SOURCE TO SOURCE_HOST='198.51.100.7'", "update", "one"),
    ("SET GLOBAL read_only = 0", "update", "one"),
    ("ALTER SYSTEM SET log_statement = 'none'", "update", "one"),
    ("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'app'", "update", "set"),
    ("SELECT pg_drop_replication_slot('standby_1')", "delete", "one"),
    ("RESTORE DATABASE Sales FROM DISK = 'C:\\\\b\\\\sales.bak' WITH REPLACE", "delete", "recursive"),
])  # fmt: skip
def test_administration_is_a_change(sql: str, verb: str, scope: str) -> None:
    got = statements(sql, "")
    assert got and got[0].verb == verb and got[0].scope == scope, (sql, got)


@pytest.mark.parametrize("sql", [
    "SHOW BINARY LOGS", "SHOW REPLICA STATUS", "SET search_path = app", "SET NAMES utf8mb4",
    "SELECT pid, state FROM pg_stat_activity", "SHOW GLOBAL VARIABLES LIKE 'read_only'",
])  # fmt: skip
def test_reads_of_the_same_things_stay_reads(sql: str) -> None:
    assert all(s.verb == "read" for s in statements(sql, "")), sql
