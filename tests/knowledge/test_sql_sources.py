"""Where a SQL client takes its statements from (issue 10 point 4): options, files, stdin, meta-commands. Statements
automode cannot read are an opaque change, never "nothing"; shell escapes of the client are their own effect."""

from __future__ import annotations

import pytest

from automode.knowledge.sql import command_statements, statements
from automode.shell.interp import interp_hook
from automode.shell.lower import Lowerer


def _stmts(cmd: str) -> list[tuple[str, str, str]]:
    lw = Lowerer("/home/u", "/home/u/proj", interp_hook)
    lw.source(cmd, cwd="/home/u/proj")
    out = []
    for c in lw.out.commands:
        got = command_statements(c)
        out += [(s.verb, s.origin, s.text) for s in got[0]] if got else []
    return out


@pytest.mark.parametrize(
    ("cmd", "source"),
    [
        ("mysql -h db.example.com -u app billing < db/adhoc/backfill.sql", "db/adhoc/backfill.sql"),
        ("psql -h db.example.com -f fix.sql app", "fix.sql"),
        ("psql -h db.example.com -ffix.sql app", "fix.sql"),
        ("sqlcmd -S sql.example.com -i fix.sql", "fix.sql"),
        ("snowsql -c analytics -f backfill.sql", "backfill.sql"),
        ("clickhouse-client --queries-file q.sql", "q.sql"),
        ("trino --server https://trino.example.com -f q.sql", "q.sql"),
        ("mysql -h db.example.com shop -e 'source db/fix.sql'", "db/fix.sql"),
        ("psql -h db.example.com -c '\\i db/fix.sql'", "db/fix.sql"),
        ("sqlite3 app.db '.read db/fix.sql'", "db/fix.sql"),
        ("cat dump.sql | psql -h db.example.com app", "<stdin>"),
        ("gunzip -c dump.sql.gz | mysql -h db.example.com shop", "<stdin>"),
    ],
)
def test_statements_from_a_file_or_stream_are_opaque(cmd: str, source: str) -> None:
    assert ("update", "opaque", f"statements from {source}") in _stmts(cmd)


@pytest.mark.parametrize(
    "cmd",
    ["psql -c 'SELECT 1'", "mysql -e 'SHOW TABLES'", "psql -h db.example.com", "sqlite3 app.db 'SELECT count(*) FROM t'"],
)
def test_statements_given_inline_are_read_not_opaque(cmd: str) -> None:
    assert all(o != "opaque" for _v, o, _t in _stmts(cmd))


def test_a_here_doc_with_expansions_is_still_read() -> None:
    got = _stmts("psql -h db.example.com app <<EOF\nDELETE FROM users WHERE id = $ID;\nEOF")
    assert got and got[0][0] == "delete"


@pytest.mark.parametrize("sql", ["SELECT id,\n  source\nFROM events", "CREATE TABLE t (\n  host text,\n  source varchar\n)"])
def test_columns_named_like_meta_commands_are_columns(sql: str) -> None:
    assert all(s.origin not in ("opaque", "client") for s in statements(sql, "postgres"))


@pytest.mark.parametrize("sql", ["\\! id", ".shell /bin/sh", ".system id", "SELECT 1; \\! sh"])
def test_client_shell_escapes_are_their_own_effect(sql: str) -> None:
    assert any(s.verb == "execute" and s.origin == "client" for s in statements(sql, ""))
