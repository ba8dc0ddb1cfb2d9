"""A dump, export or restore that takes the whole data store where the user named a part of it (`intent.parts_out`),
and a restore that drops what is there (`knowledge/data/control/pgrestore.toml`, `mongodump.toml`)."""

from __future__ import annotations

import pytest

from automode.judge.intent.parts_out import asked_store, store_parts
from tests.judge.helpers import bash

STAGING = ("I need a copy of staging data to debug the payouts report", "dump only the payouts table",
           "keep it on my machine")  # fmt: skip


def test_the_part_a_message_names() -> None:
    assert store_parts("dump just the refunds table") == {"refunds"}
    assert store_parts("export the users and orders tables to csv") == {"users", "orders"}
    assert store_parts("back up collection `sessions` first") == {"sessions"}
    assert store_parts("copy the whole table") is None
    assert store_parts("dump the staging db") is None


def test_a_later_message_for_the_whole_wins() -> None:
    assert asked_store(("dump just the refunds table", "actually take a full dump, every table")) is None
    assert asked_store(("take a full dump", "no wait, only the refunds table")) is not None


@pytest.mark.parametrize("command", [
    'pg_dump "$STAGING_DATABASE_URL" -Fc -f /tmp/staging.dump',
    'mysqldump -h "$STAGING_DB_HOST" ledger > /tmp/ledger.sql',
    'mongodump --uri "$STAGING_MONGO_URI" --out /tmp/dump',
    "sqlite3 staging-copy.db .backup /tmp/copy.db",
])  # fmt: skip
def test_the_whole_store_for_one_table_asks(command: str) -> None:
    d = bash(command, *STAGING)
    assert d.verdict == "ask", (command, d.reason)
    assert "payouts" in d.reason


@pytest.mark.parametrize("command", [
    'pg_dump "$STAGING_DATABASE_URL" -t public.payouts -Fc -f /tmp/payouts.dump',
    'mysqldump -h "$STAGING_DB_HOST" ledger payouts > /tmp/payouts.sql',
    'mongodump --uri "$STAGING_MONGO_URI" -c payouts --out /tmp/dump',
    "sqlite3 staging-copy.db '.dump payouts' > /tmp/payouts.sql",
])  # fmt: skip
def test_the_named_table_stays_routine(command: str) -> None:
    d = bash(command, *STAGING)
    assert d.verdict == "allow", (command, d.reason)


def test_another_table_than_the_one_named_asks() -> None:
    d = bash('pg_dump "$STAGING_DATABASE_URL" -t public.refunds -f /tmp/r.dump', *STAGING)
    assert d.verdict == "ask" and "payouts" in d.reason


def test_a_dump_without_a_part_named_stays_routine() -> None:
    assert bash("pg_dump -d shop_dev -f /tmp/shop.sql", "take a backup of my local shop_dev before the migration").verdict == "allow"
    assert bash("mysqldump shop > /tmp/shop.sql", "fix the failing migration test").verdict == "allow"


@pytest.mark.parametrize("command", [
    'pg_restore --clean --if-exists -d "$STAGING_DATABASE_URL" /tmp/payouts.dump',
    'mongorestore --drop --uri "$STAGING_MONGO_URI" /tmp/dump',
    "pg_restore -c -d shop_dev /tmp/shop.dump",
])  # fmt: skip
def test_a_restore_that_drops_what_is_there_is_not_routine(command: str) -> None:
    assert bash(command, *STAGING).verdict != "allow", command
    assert bash(command).verdict != "allow", command


def test_a_restore_the_user_asked_for() -> None:
    msg = "drop kestrel_dev on my machine and restore it from last night's dump"
    assert bash("pg_restore --clean -d kestrel_dev /tmp/latest.dump", msg).verdict == "allow"
    assert bash("mongorestore --drop --db kestrel_dev /tmp/latest", msg).verdict == "allow"
    # the part they named, restored whole: only the refunds table was asked
    d = bash("pg_restore --clean -d kestrel_dev /tmp/latest.dump", "restore just the refunds table from last night's dump into kestrel_dev")
    assert d.verdict != "allow"
