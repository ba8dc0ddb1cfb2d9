"""Statements handed to a program no table knows (issue 10, session 28 lead probe): `rqlite -H db 'DROP TABLE
users'`, `surreal sql -e 'REMOVE DATABASE prod'`, `foodb query 'DELETE FROM users'`. A program outside the client
tables whose argument has a statement's own shape (`sql.SQL_SHAPE`, or a data store's destructive statement of
another query language: SurrealQL `REMOVE`, Cypher `DETACH DELETE`, InfluxQL `DROP MEASUREMENT`) is read as a client
of that statement, so its DROP or DELETE is judged like psql's. Programs whose arguments are data (`echo`, `grep`,
git's messages) are known to the knowledge base and never read here.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Destructive statements of query languages other than SQL, read as the SQL statement of the same effect.
OTHER_LANGUAGES: tuple[tuple[str, str], ...] = (
    (r"^\s*remove\s+(database|namespace|ns|db)\s+(\S+)", r"DROP DATABASE \2"),  # SurrealQL
    (r"^\s*remove\s+table\s+(\S+)", r"DROP TABLE \1"),  # SurrealQL
    (r"^\s*drop\s+(measurement|series|retention\s+policy|keyspace|collection|bucket)\s+(?:if\s+exists\s+)?(\S+)",
     r"DROP TABLE \2"),  # InfluxQL, CQL, N1QL
    (r"\bdetach\s+delete\b", "DELETE FROM graph"),  # Cypher: every matched node and its edges
)  # fmt: skip
_OTHER = [(lazyre.compile(p, re.I), r) for p, r in OTHER_LANGUAGES]
#: Options through which a client takes a statement (after them, the value is the statement).
STATEMENT_OPTIONS = ("-e", "--execute", "-c", "--command", "-q", "--query", "--sql", "-s", "--statement", "--eval")


def statements_of(cmd: Command, sql_shape: re.Pattern[str]) -> list[str]:
    """The statement texts an unknown program is handed as arguments (empty: none has `sql_shape`, SQL's own shapes,
    passed in by `knowledge.sql` so that the two modules do not import each other)."""
    from automode.knowledge.subverbs import reader

    how = reader(cmd.name)
    if how not in ("unknown", "known"):
        return []
    out: list[str] = []
    words = cmd.argv[1:12]
    for i, w in enumerate(words):
        v = w.value
        if len(v) < 8 or v.startswith("-") or " " not in v.strip():
            continue
        if how == "known" and (i == 0 or words[i - 1].value not in STATEMENT_OPTIONS):
            continue  # a known program's positional words are its own (`git commit -m 'drop table x'` is a message)
        if sql_shape.match(v):
            out.append(v)
            continue
        for rx, sql in _OTHER:
            m = rx.search(v)
            if m is not None:
                out.append(m.expand(sql))
                break
    return out
