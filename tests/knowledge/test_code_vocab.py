"""The per-language code vocabulary (`automode.shell.code_vocab`): every row of every table is exercised by a
fixture, and the near misses ordinary code writes do not match."""

from __future__ import annotations

import re

import pytest

from automode.shell import code_vocab as v
from automode.shell.code_vocab_fixtures import FIXTURES

TABLES = {"WHOLE_ENV": v.WHOLE_ENV, "ENV_READ": v.ENV_READ, "SINKS": v.SINKS, "SENDS": v.SENDS, "HOME": v.HOME,
          "DELETES": v.DELETES, "TLS_OFF": v.TLS_OFF, "REMOTE_LOAD": v.REMOTE_LOAD, "SAVED_DOWNLOAD": v.SAVED_DOWNLOAD, "READS": v.READS, "WRITES": v.WRITES}  # fmt: skip


@pytest.mark.parametrize(("table", "lang", "text", "want"), FIXTURES)
def test_fixture(table: str, lang: str, text: str, want: bool) -> None:
    rows = TABLES[table][lang]
    got = any(re.search(p, text) for p in rows)
    assert got is want, (table, lang, text)


def test_every_language_of_every_table_has_a_positive_fixture() -> None:
    have = {(t, lang) for t, lang, _, want in FIXTURES if want}
    missing = [(t, lang) for t, table in TABLES.items() for lang in table if (t, lang) not in have]
    assert not missing, missing


def test_whole_tables_compile() -> None:
    for rx in (v.WHOLE_ENV_RE, v.ENV_READ_RE, v.HOME_RE, v.DELETE_CALL_RE, v.TLS_OFF_RE):
        rx.search("x")


@pytest.mark.parametrize("table", ["WHOLE_ENV", "ENV_READ", "HOME", "DELETES", "TLS_OFF", "REMOTE_LOAD", "SAVED_DOWNLOAD", "READS", "WRITES"])
def test_every_row_has_a_positive_fixture(table: str) -> None:
    missing = []
    for lang, rows in TABLES[table].items():
        pos = [x for t, lg, x, want in FIXTURES if t == table and lg == lang and want]
        missing += [(lang, r) for r in rows if not any(re.search(r, x) for x in pos)]
    assert not missing, missing
