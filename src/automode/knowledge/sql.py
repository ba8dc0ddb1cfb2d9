"""Data stores: what SQL does, wherever it appears (issue 10, point 4).

SQL reaches a database through a client's options (`psql -c`, `mysql -e`, `snowsql -q`, `clickhouse-client -q`), its
positional arguments (`sqlite3 app.db 'DELETE …'`, `bq query '…'`), its stdin (here-docs, `echo … |`) or an MCP
database tool's `sql` / `query` input. Each statement becomes a `control` effect: `verb` (read / create / update /
delete / permission / execute), `scope` (an UPDATE or DELETE without WHERE is `all`, one keyed row `one`, any other
filter or a join `set`; DROP of a table, schema or database `recursive`; TRUNCATE `all`), `origin` "data" for rows and
tables, "identity" for grants and roles, "secret" for server-side file reads; `env` from the host, database name, URL
and variables (`$PRODUCTION_DATABASE_URL`, `clinic_production`); `values` the tables, database and host; `content`
the statement. Statements are parsed with sqlglot (a maintained pure-Python parser), imported only when an action
carries SQL; what it cannot parse is classified by its first keywords.

Sources: the clients' manuals (psql, mysql, sqlite3, duckdb, clickhouse-client, snowsql, bq, sqlcmd, cockroach sql, turso),
PostgreSQL/MySQL/SQL Server docs for COPY … PROGRAM, pg_read_file, LOAD_FILE, INTO OUTFILE and xp_cmdshell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.effects import Effect
from automode.knowledge import computed
from automode.knowledge.envmarkers import env_of, strongest
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.commands import Env
    from automode.shell.parse import Command

MAX_SQL = 20_000  # characters of SQL analysed per action
MAX_STATEMENTS = 50


@dataclass(frozen=True, slots=True)
class Client:
    dialect: str
    sql: tuple[str, ...] = ()  # options whose value is SQL
    values: tuple[str, ...] = ()  # other options that take a value
    host: tuple[str, ...] = ()  # options naming the server (or a URL)
    db: tuple[str, ...] = ()  # options naming the database or connection
    positional: str = ""  # "db": first positional is the database; "db+sql": then SQL; "sql": SQL; "url": a URL
    subcommand: str = ""  # `bq query`: SQL only after this word
    local: bool = True  # no host given: this machine (socket, file)
    files: tuple[str, ...] = ()  # options whose value is a file of statements (`psql -f`, `sqlcmd -i`)


_PG = Client("postgres", ("-c", "--command"), ("-U", "--username", "-p", "--port", "-v", "--set", "--variable",
             "-o", "--output", "-P", "--pset", "-F", "-R", "-T"), ("-h", "--host"), ("-d", "--dbname"), "db",
             files=("-f", "--file"))  # fmt: skip
_MY = Client("mysql", ("-e", "--execute"), ("-u", "--user", "-P", "--port", "-S", "--socket", "--default-character-set"),
             ("-h", "--host"), ("-D", "--database"), "db", files=("--init-command-file",))  # fmt: skip
_HIVE = Client("hive", ("-e",), ("-n", "--hiveconf", "--hivevar", "-i", "--property-file", "-p"), ("-u", "--url"), ("--database",),
               files=("-f",), local=False)  # fmt: skip
#: The SQL clients automode reads, by program name.
CLIENTS: dict[str, Client] = {
    "psql": _PG, "pgcli": _PG,
    "mysql": _MY, "mariadb": _MY, "mycli": _MY,
    "mysqlsh": Client("mysql", ("-e", "--execute"), ("-u", "--user", "-P", "--port", "-S", "--socket", "--uri"),
                      ("-h", "--host"), ("-D", "--schema", "--database"), "db", files=("-f", "--file")),  # (MySQL Shell)
    "sqlite3": Client("sqlite", ("-cmd",), ("-separator", "-newline", "-nullvalue"), (), (), "db+sql", files=("-init",)),
    "duckdb": Client("duckdb", ("-c", "-cmd", "-s"), (), (), (), "db+sql", files=("-f", "-init")),
    "clickhouse-client": Client("clickhouse", ("-q", "--query"), ("-u", "--user", "--port", "--password", "-f", "--format"),
                                ("-h", "--host"), ("-d", "--database"), files=("--queries-file",)),
    "snowsql": Client("snowflake", ("-q", "--query"), ("-u", "--username", "-o", "--option", "-w", "--warehouse", "-r",
                      "--rolename", "-s", "--schemaname"), ("-a", "--accountname"), ("-c", "--connection", "-d", "--dbname"),
                      local=False, files=("-f", "--filename")),
    "bq": Client("bigquery", (), ("--format", "--max_rows", "--parameter", "--destination_table", "--location", "-n"),
                 (), ("--project_id", "--dataset_id"), "sql", "query", local=False),
    "snow": Client("snowflake", ("-q", "--query"), ("--role", "--warehouse", "--schema", "--format"),
                   ("--account", "--host"), ("-c", "--connection", "--database", "--dbname"), "", "sql", local=False,
                   files=("-f", "--filename")),
    "sqlcmd": Client("tsql", ("-Q", "-q"), ("-U", "-P", "-o"), ("-S",), ("-d",), local=False, files=("-i", "--input-file")),
    "cockroach": Client("postgres", ("-e", "--execute"), ("--user", "-u", "--certs-dir"), ("--host", "--url"), ("-d", "--database"),
                        "", "sql", local=False, files=("-f", "--file")),
    "usql": Client("", ("-c", "--command"), ("-U", "--username", "-v", "--set", "-o", "--out"), (), (), "db", files=("-f", "--file")),
    "litecli": Client("sqlite", ("-e", "--execute"), ("--init-command",), (), (), "db"),
    "sqlite-utils": Client("sqlite", (), ("-p", "--param", "--attach", "--load-extension"), (), (), "db+sql", "query"),
    "trino": Client("trino", ("--execute",), ("--user", "--output-format", "--session", "--source"), ("--server",),
                    ("--catalog", "--schema"), "url", files=("-f", "--file"), local=False),
    "beeline": _HIVE, "hive": _HIVE,
    "spark-sql": Client("spark", ("-e",), ("--master", "--conf", "--name", "--hiveconf", "-i"), (), ("--database",),
                        files=("-f",), local=False),
    "impala-shell": Client("hive", ("-q", "--query"), ("-u", "--user", "--var"), ("-i", "--impalad"), ("-d", "--database"),
                           files=("-f", "--query_file"), local=False),
    "vsql": Client("postgres", ("-c", "--command"), ("-U", "--username", "-p", "--port", "-v", "--set", "-o", "--output"),
                   ("-h", "--host"), ("-d", "--dbname"), "db", files=("-f", "--file")),
    "sqlplus": Client("oracle", (), ("-M", "-R"), (), (), "db", local=False),
    # session 20 (K3): project tools that run SQL against the project's database (Prisma's `db execute` reads it from
    # stdin or a file; Cloudflare D1 and Turso take it as an option or an argument)
    "prisma": Client("", (), ("--schema",), (), ("--url",), "", "execute", files=("--file",)),
    "wrangler": Client("sqlite", ("--command",), ("--env", "-e", "--config", "-c", "--persist-to"), (), (), "db", "execute",
                       local=False, files=("--file",)),
    # docs.turso.tech/cli/db/shell: `turso db shell <database> [sql]` (or statements on stdin) runs on the hosted
    # database; `tursodb <file> "SQL"` (docs.turso.tech/sql-reference/cli/getting-started) on a local file
    "turso": Client("sqlite", (), ("--instance", "--location", "--proxy"), (), (), "db+sql", "shell", local=False),
    "tursodb": Client("sqlite", (), ("-m", "--output-mode"), (), (), "db+sql"),
}  # fmt: skip
for _n in ("clickhouse",):
    CLIENTS[_n] = CLIENTS["clickhouse-client"]

#: MCP inputs that carry SQL, and inputs that name where it runs.
MCP_SQL_KEYS = ("sql", "query", "statement", "statements", "queries")
MCP_WHERE_KEYS = ("database", "db", "host", "connection", "connection_string", "project", "project_id", "dataset", "schema", "url")
SQL_START = lazyre.compile(r"^\s*(?:--[^\n]*\n\s*)*(select|insert|update|delete|drop|truncate|alter|create|grant|revoke|with|"
                       r"copy|merge|replace|upsert|explain|show|describe|desc|call|exec|execute|vacuum|analyze|set|pragma|"
                       r"begin|commit|rollback|load|lock|rename|comment|refresh|optimize|unload|put|get|use)\b", re.I)  # fmt: skip
#: SQL's own shapes, for inputs named `query` (which search tools use for words too).
SQL_SHAPE = lazyre.compile(r"^\s*(?:--[^\n]*\n\s*)*(select\s.+?\sfrom\s|select\s+[\d*'(]|insert\s+(into|overwrite)\s|update\s+\S+\s+set\s|"
                       r"delete\s+(\S+\s+)?from\s|(drop|create|alter)\s+(table|database|schema|index|view|user|role|"
                       r"materialized|unique|or\s+replace|temp|temporary|function|sequence)\b|truncate\s|grant\s.+\s(on|to)\s|"
                       r"revoke\s|with\s+\w+\s+as\s*\(|copy\s+\S+\s+(from|to)\s|merge\s+into\s|explain\s|show\s+\w|"
                       r"describe\s|call\s+\w+\s*\(|exec(ute)?\s+\w)", re.I | re.S)  # fmt: skip
KEYISH = lazyre.compile(r"^(id|pk|uuid|guid|key|slug|.*_id|.*_uuid|.*_key|email|username|number|code)$", re.I)
SERVER_READ = lazyre.compile(r"\b(pg_read_file|pg_read_binary_file|pg_ls_dir|lo_import|load_file|openrowset|bulk\s+insert)\b", re.I)
SERVER_EXEC = lazyre.compile(r"\b(xp_cmdshell|sp_oacreate|sys_exec|sys_eval|lo_export|into\s+(out|dump)file)\b|"
                         r"\bcopy\b[^;]*\b(from|to)\s+program\b", re.I)  # fmt: skip
RUNTIME = lazyre.compile(r"\{\}|\$\{?\w+\}?|\$\(|__stdin_item__")
#: Client meta-commands, one per line or statement: reading statements from a file automode cannot see (psql `\i`,
#: mysql `source`, sqlite/duckdb `.read`, sqlplus `@`), and running a shell command on this machine (psql/mysql `\!`,
#: sqlite/duckdb `.shell`/`.system`; mysql's `system` and SQL*Plus `host` are left out: a line starting with
#: those words is as often a column). Sources: psql(1), mysql(1) "mysql Client
#: Commands", sqlite3 CLI docs (sqlite.org/cli.html), duckdb dot commands, SQL*Plus reference.
META_INCLUDE = lazyre.compile(r"(?:^|;)[ \t]*(?:(?:\\i|\\ir|\\include|\\include_relative|\.read)[ \t]+(\S+)|(?:source|@@?)[ \t]*"
                              r"([\w./~$-]*[./][\w./~$-]*?))[ \t]*;?[ \t]*$", re.I | re.M)
META_SHELL = lazyre.compile(r"(?:^|;)[ \t]*(?:\\!|\.shell\b|\.system\b)[ \t]*(.*)$", re.I | re.M)
#: sqlite3 / duckdb dot-commands that copy the data out: `.dump` (every table, or the tables or LIKE patterns it
#: names), `.backup` / `.save` / `.clone` (the whole database). Source: sqlite.org/cli.html ("Converting An Entire
#: Database To A Text File", ".backup", ".clone"), duckdb.org/docs/api/cli/dot_commands.
META_DUMP = lazyre.compile(r"(?:^|;)[ \t]*\.(dump|backup|save|clone)\b[ \t]*([^;\n]*)", re.I | re.M)


@dataclass(frozen=True, slots=True)
class Stmt:
    verb: str
    scope: str
    origin: str
    tables: tuple[str, ...]
    text: str


# ---------------------------------------------------------------------------------------------------- statements
def statements(sql: str, dialect: str = "") -> list[Stmt]:
    """What each statement of `sql` does (sqlglot is imported on first use)."""
    return list(_statements(sql[:MAX_SQL], dialect))


@lru_cache(maxsize=256)
def _statements(sql: str, dialect: str) -> tuple[Stmt, ...]:
    if not sql.strip():
        return ()
    meta = _meta(sql)
    if meta:
        rest = META_DUMP.sub(";", META_SHELL.sub(";", META_INCLUDE.sub(";", sql)))
        return (*meta, *_statements(rest, dialect))
    parts = _split(sql)
    try:
        import logging

        import sqlglot
        from sqlglot.errors import ErrorLevel

        logging.getLogger("sqlglot").setLevel(logging.CRITICAL)  # its warnings would go to the hook's stderr
        trees = [t for t in sqlglot.parse(sql, read=dialect or None, error_level=ErrorLevel.IGNORE) if t is not None]
    except Exception:  # any parser failure falls back to keywords, never to "nothing"
        out = [_keywords(part) for part in parts[:MAX_STATEMENTS]]
        return tuple(_cut(s) for s in out) if CUT in sql else tuple(out)
    raws = parts if len(parts) == len(trees) else [sql] * len(trees)
    out = [_stmt(t, raw) for t, raw in zip(trees[:MAX_STATEMENTS], raws, strict=False)]
    return tuple(_cut(s) for s in out) if CUT in sql else tuple(out)


def _meta(sql: str) -> tuple[Stmt, ...]:
    """The client meta-commands of a text: statements from a file (verb update, origin "opaque": what they do is not
    known) and shell commands run on this machine (verb execute, origin "client")."""
    if "\\" not in sql and "." not in sql:
        return ()
    out = [opaque(f"statements from {m.group(1) or m.group(2)}") for m in META_INCLUDE.finditer(sql)]
    out += [Stmt("execute", "one", "client", (), m.group(0).strip(" \t;")[:500]) for m in META_SHELL.finditer(sql)]
    out += [_dump(m.group(1).lower(), m.group(2), m.group(0)) for m in META_DUMP.finditer(sql)]
    return tuple(out)


def _dump(cmd: str, args: str, text: str) -> Stmt:
    """`.dump users orders` reads the tables it names (options such as `--data-only` are none); `.dump` alone and
    `.backup`/`.save`/`.clone` read the whole database."""
    tables = tuple(a.strip("'\"") for a in args.split() if not a.startswith("-")) if cmd == "dump" else ()
    return Stmt("read", "one" if tables else "recursive", "data", tables, text.strip(" \t;")[:500])


def opaque(what: str) -> Stmt:
    """Statements automode cannot read (a file, a stream): their verb is unknown, so the worst a client can do there."""
    return Stmt("update", "", "opaque", (), what[:500])


CUT = "\u2026"  # an ellipsis: the text was cut off (a console elided the rest), so its WHERE is unknown


def _cut(s: Stmt) -> Stmt:
    """A statement cut off before its end: "no WHERE seen" is not "no WHERE", so it picks some rows, not all."""
    return Stmt(s.verb, "set", s.origin, s.tables, s.text) if s.scope == "all" and s.verb in ("update", "delete") else s


def _split(sql: str) -> list[str]:
    return [p for p in (x.strip() for x in sql.split(";")) if p]


#: Server administration a database runs as statements, by leading words or the function a SELECT calls: (pattern,
#: verb, scope, origin). From the MySQL reference (RESET BINARY LOGS AND GTIDS / RESET MASTER, PURGE BINARY LOGS,
#: RESET REPLICA, CHANGE REPLICATION SOURCE, SET GLOBAL/PERSIST, SHUTDOWN, KILL) and PostgreSQL's (ALTER SYSTEM,
#: server signalling functions pg_terminate_backend/pg_cancel_backend, pg_drop_replication_slot, pg_promote,
#: lo_unlink), SQL Server's RESTORE DATABASE.
ADMIN: tuple[tuple[re.Pattern[str], str, str, str], ...] = tuple(
    (re.compile(p, re.I), verb, scope, origin) for p, verb, scope, origin in (
        (r"^\s*reset\s+(?:master|binary\s+logs)\b", "delete", "all", "data"),
        (r"^\s*purge\s+(?:binary|master)\s+logs\b", "delete", "set", "data"),
        (r"^\s*(?:reset|stop)\s+(?:slave|replica)\b|^\s*change\s+(?:master|replication\s+source)\b", "update", "one", "data"),
        (r"^\s*(?:set\s+(?:global|persist|persist_only)\b|set\s+@@global\.|alter\s+system\b)", "update", "one", ""),
        (r"^\s*(?:shutdown|restart)\s*$|^\s*kill\s+(?:connection\s+|query\s+)?\d+", "update", "one", ""),
        (r"^\s*restore\s+(?:database|log)\b", "delete", "recursive", "data"),
        # ClickHouse mutations and partition acts (clickhouse.com/docs/sql-reference/statements/alter/delete, /update,
        # /partition, /system): `ALTER TABLE t DELETE|UPDATE … WHERE` rewrites every part the filter touches, an
        # always-true filter is the whole table; DROP/DETACH PARTITION|PART and CLEAR COLUMN lose data; SYSTEM DROP
        # REPLICA removes a replica's metadata from ZooKeeper/Keeper; KILL MUTATION|QUERY WHERE ends a set of them
        (r"^\s*alter\s+table\s+\S+(?:\s+on\s+cluster\s+\S+)?\s+delete\s+(?:in\s+partition\s+\S+\s+)?where\s+(?:1|true|1\s*=\s*1|not\s+0)\s*;?\s*$",
         "delete", "all", "data"),
        (r"^\s*alter\s+table\s+\S+(?:\s+on\s+cluster\s+\S+)?\s+delete\s+(?:in\s+partition\s+\S+\s+)?where\b", "delete", "set", "data"),
        (r"^\s*alter\s+table\s+\S+(?:\s+on\s+cluster\s+\S+)?\s+update\s+.+?\s+where\s+(?:1|true|1\s*=\s*1|not\s+0)\s*;?\s*$",
         "update", "all", "data"),
        (r"^\s*alter\s+table\s+\S+(?:\s+on\s+cluster\s+\S+)?\s+update\s+.+?\s+where\b", "update", "set", "data"),
        (r"^\s*alter\s+table\s+\S+(?:\s+on\s+cluster\s+\S+)?\s+(?:drop|detach)\s+(?:partition|part)\b|"
         r"^\s*alter\s+table\s+\S+(?:\s+on\s+cluster\s+\S+)?\s+clear\s+(?:column|index|projection)\b", "delete", "set", "data"),
        (r"^\s*system\s+drop\s+(?:database\s+)?replica\b", "delete", "recursive", "data"),
        (r"^\s*kill\s+(?:mutation|query)\s+(?:on\s+cluster\s+\S+\s+)?where\b|^\s*system\s+(?:shutdown|kill)\s*$", "update", "set", ""),
        (r"\bpg_(?:terminate|cancel)_backend\s*\(", "update", "set", ""),
        (r"\bpg_drop_replication_slot\s*\(|\blo_unlink\s*\(", "delete", "one", "data"),
        (r"\bpg_promote\s*\(|\bpg_reload_conf\s*\(", "update", "one", ""),
        # exports: Snowflake/Databricks `COPY INTO <stage or URI> FROM`, Redshift `UNLOAD (...) TO`, PostgreSQL `COPY t TO`,
        # BigQuery `EXPORT DATA`: the tables are read and their rows leave (where to is `judge.intent.destinations`'s)
        (r"^\s*copy\s+into\s+(?:@|'|\")|^\s*unload\s*\(|^\s*copy\s+[\w.\"`]+\s*(?:\([^)]*\)\s*)?to\s+|^\s*export\s+data\b",
         "read", "set", ""),
    )
)


#: Statements that end other sessions or queries: the act a request names "kill" or "stop" (`vocab.statement_act`).
SESSION_KILL = lazyre.compile(r"\bpg_(?:terminate|cancel)_backend\s*\(|^\s*kill\s+(?:connection\s+|query\s+)?\d+", re.I)


def _admin(text: str, tables: tuple[str, ...]) -> Stmt | None:
    for pat, verb, scope, origin in ADMIN:
        if pat.search(text):
            pids = re.findall(r"(?:backend\s*\(\s*|^\s*kill\s+(?:connection\s+|query\s+)?)(\d+)", text, re.I)
            if pids and SESSION_KILL.search(text):  # the process ids it ends are what it acts on: "kill pid 48211"
                tables, scope = (*tables, *pids), "one"
            return Stmt(verb, scope, origin, tables, text[:500])
    return None


def _keywords(text: str) -> Stmt:
    """A statement the parser could not read: classified by its leading keywords, conservatively."""
    low = " ".join(text.lower().split())[:400]
    tables = tuple(re.findall(r"(?:from|into|update|table|join)\s+([\w.\"`\[\]{}$-]+)", low))[:6]
    if SERVER_EXEC.search(low):
        return Stmt("execute", "one", "", tables, text[:500])
    if SERVER_READ.search(low):
        return Stmt("read", "one", "secret", tables, text[:500])
    admin = _admin(low, tables)
    if admin is not None:
        return admin
    head = low.split(" ", 2)
    w0 = head[0] if head else ""
    if re.match(r"alter\s+(?:user|role)\s+\S+\s+(?:in\s+database\s+\S+\s+)?(?:set|reset)\s+(?!role\b|session\s+authorization\b)\w+",
                low) and not re.search(r"\b(?:superuser|createrole|bypassrls|password|login|replication)\b", low):
        # a setting of the role's sessions (`ALTER ROLE reporter SET work_mem = '64MB'`), not who may read what
        return Stmt("update", "one", "", tables, text[:500])
    if w0 in ("grant", "revoke") or re.match(r"(create|alter|drop)\s+(user|role|login)\b", low):
        return Stmt("permission", "one", "identity", tables, text[:500])
    if w0 == "drop":
        return Stmt("delete", "recursive", "data", tables, text[:500])
    if w0 == "truncate":
        return Stmt("delete", "all", "data", tables, text[:500])
    if w0 in ("delete", "update"):
        scope = "set" if " where " in f" {low} " or " join " in f" {low} " else "all"
        return Stmt("delete" if w0 == "delete" else "update", scope, "data", tables, text[:500])
    if w0 in ("select", "with", "show", "describe", "desc", "explain", "pragma", "set", "use", "values", "table"):
        return Stmt("read", "", "", tables, text[:500])
    if w0 in ("insert", "replace", "upsert", "merge", "copy", "load"):
        return Stmt("create", "set", "data", tables, text[:500])
    return Stmt("update", "", "", tables, text[:500])


def _table_names(t: Any) -> tuple[str, ...]:
    from sqlglot import exp

    names: list[str] = []
    for tb in t.find_all(exp.Table):
        parts = [p for p in (tb.catalog, tb.db, tb.name) if p]
        if parts:
            names.append(".".join(parts))
    return tuple(dict.fromkeys(names))[:8]


def _where_scope(where: Any, joined: bool) -> str:
    """all (no filter, or one that is always true), one (every condition pins a key column to a literal), set."""
    from sqlglot import exp

    if where is None:
        return "set" if joined else "all"
    cond = where.this
    if isinstance(cond, exp.Boolean) and cond.this is True:
        return "all"
    if isinstance(cond, exp.EQ) and isinstance(cond.left, exp.Literal) and isinstance(cond.right, exp.Literal):
        return "all" if cond.left.this == cond.right.this else "set"  # WHERE 1=1
    conds = list(cond.flatten()) if isinstance(cond, exp.And) else [cond]
    keyed = any(isinstance(c, exp.EQ) and isinstance(c.left, exp.Column) and KEYISH.match(c.left.name or "")
                and isinstance(c.right, (exp.Literal, exp.Placeholder, exp.Parameter)) for c in conds)  # fmt: skip
    return "one" if keyed else "set"


def _stmt(t: Any, source: str) -> Stmt:
    from sqlglot import exp

    text = source.strip()[:500]
    raw = text.lower()
    tables = _table_names(t)
    if SERVER_EXEC.search(raw):
        return Stmt("execute", "one", "", tables, text)
    if SERVER_READ.search(raw):
        return Stmt("read", "one", "secret", tables, text)
    if isinstance(t, exp.Command):
        return _keywords(text)
    admin = _admin(raw, tables)
    if admin is not None:
        return Stmt(admin.verb, admin.scope, admin.origin, admin.tables, text)
    if isinstance(t, (exp.Update, exp.Delete)):
        joined = t.find(exp.Join) is not None or bool(t.args.get("using")) or bool(t.args.get("from"))
        scope = _where_scope(t.args.get("where"), joined)
        return Stmt("delete" if isinstance(t, exp.Delete) else "update", scope, "data", tables, text)
    if isinstance(t, exp.TruncateTable):
        return Stmt("delete", "all", "data", tables, text)
    if isinstance(t, exp.Drop):
        kind = str(t.args.get("kind") or "").upper()
        if kind in ("USER", "ROLE", "LOGIN"):
            return Stmt("permission", "one", "identity", tables, text)
        if kind in ("TABLE", "DATABASE", "SCHEMA", "COLLECTION", "KEYSPACE", ""):
            return Stmt("delete", "recursive", "data", tables, text)
        return Stmt("delete", "one", "", tables, text)  # a view, an index, a function: definitions, not data
    if isinstance(t, exp.Alter):
        if any(isinstance(a, exp.Drop) or "drop" in a.sql().lower()[:12] for a in (t.args.get("actions") or [])):
            return Stmt("delete", "one", "data", tables, text)  # ALTER TABLE … DROP COLUMN
        return Stmt("update", "one", "", tables, text)
    if isinstance(t, exp.Create):
        kind = str(t.args.get("kind") or "").upper()
        if kind in ("USER", "ROLE", "LOGIN"):
            return Stmt("permission", "one", "identity", tables, text)
        return Stmt("create", "one", "", tables, text)
    if type(t).__name__ in ("Grant", "Revoke"):
        return Stmt("permission", "one", "identity", tables, text)
    if isinstance(t, (exp.Insert, exp.Merge)):
        return Stmt("create" if isinstance(t, exp.Insert) else "update", "set", "data", tables, text)
    if isinstance(t, exp.Copy):
        return Stmt("create", "set", "data", tables, text)
    inner = next((n for n in t.find_all(exp.Delete, exp.Update, exp.Insert) if n is not t), None)
    if inner is not None:  # a data-modifying CTE answered as a count (`WITH d AS (DELETE … RETURNING 1) SELECT count(*)`)
        return _stmt(inner, source)
    return Stmt("read", "", "", tables, text)


# ---------------------------------------------------------------------------------------------------- sources
def _client_sql(cmd: Command, c: Client) -> tuple[list[str], list[str], list[str], bool]:
    """(SQL texts, where-values, raw dynamic words, a host was named) of one client command."""
    sqls: list[str] = []
    where: list[str] = []
    raws: list[str] = []
    host = False
    opaque_in = False  # `-f -`: the statements come on stdin
    pos: list[str] = []
    words = cmd.argv[1:]
    i = 0
    while i < len(words):
        w = words[i]
        v = w.value
        i += 1
        if w.dynamic:
            raws.append(w.raw)
        if v.startswith("-") and len(v) > 1 and not w.dynamic:
            name, eq, val = v.partition("=")
            if not eq and not v.startswith("--") and len(v) > 2 and v[:2] in (*c.sql, *c.values, *c.host, *c.db, *c.files):
                name, val, eq = v[:2], v[2:], "="
            elif not eq and not v.startswith("--") and len(v) > 2 and v[1:].isalpha():
                name, val, eq = _cluster(v, c)  # `psql -Atc 'DELETE …'`: flags, then the option that takes the value
            if not eq and name in (*c.sql, *c.values, *c.host, *c.db, *c.files) and i < len(words):
                val = words[i].value
                if words[i].dynamic:
                    raws.append(words[i].raw)
                i += 1
            if name in c.sql:
                sqls.append(val)
            elif name in c.files:
                sqls.append(f"\\i {val}" if val and val != "-" else "")
                opaque_in = opaque_in or val == "-"
            elif name in c.host:
                where.append(val)
                host = True
            elif name in c.db:
                where.append(val)
            continue
        pos.append(v)
    if c.subcommand:
        if c.subcommand not in pos:
            return [], where, raws, host  # (`prisma generate`, `wrangler deploy`: another subcommand, no SQL)
        pos = pos[pos.index(c.subcommand) + 1 :]
    if pos and c.positional in ("db", "db+sql"):
        db = pos.pop(0)
        where.append(db)
        if c.positional == "db":  # a server's database or URL; sqlite and duckdb name a file here
            host = host or "://" in db or "@" in db or db.startswith("$")
    if c.positional in ("db+sql", "sql"):
        sqls += pos
    if not sqls or opaque_in:
        text, known = cmd.stdin_text()
        if text:
            sqls.append(text)  # a here-doc with expansions too: what is unknown in it stays a run-time name
        elif not known:
            sqls.append("\\i <stdin>")  # `cat dump.sql | psql`, `gunzip -c x.gz | mysql`: statements from a stream
        else:
            sqls += [f"\\i {r.target.value}" for r in cmd.redirects if r.op == "<" and r.target is not None and r.fd in (None, "0")]
    for k, w in cmd.assigns:
        if k.upper() in ("PGHOST", "PGDATABASE", "DATABASE_URL", "MYSQL_HOST", "PGSERVICE"):
            where.append(w.value if not w.dynamic else w.raw)
            host = host or k.upper() != "PGDATABASE"
    return sqls, where, raws, host


def _cluster(v: str, c: Client) -> tuple[str, str, str]:
    """A cluster of one-letter options (`-Atc`, `-tAc`, `-qAtX`): its first letter that takes a value names the option,
    the letters after it are its value (`-tcSELECT 1`) or, when none follow, the next word is. (name, value, "=" when
    the value was in the cluster)."""
    taking = (*c.sql, *c.values, *c.host, *c.db, *c.files)
    for k in range(1, len(v)):
        if "-" + v[k] in taking:
            rest = v[k + 1:]
            return "-" + v[k], rest, "=" if rest else ""
    return v, "", ""


def command_statements(cmd: Command, c: Client | None = None) -> tuple[list[Stmt], str, tuple[str, ...]] | None:
    """The statements a SQL client command runs, the environment it runs them in and where (None: not a client)."""
    c = c or CLIENTS.get(cmd.name)
    if c is None:
        return None
    sqls, where, raws, host = _client_sql(cmd, c)
    stmts = [s for q in sqls for s in statements(q, c.dialect)]
    if not stmts:
        return None
    env = strongest(env_of(x) for x in (*where, *raws))
    if not env and not host and c.local:
        env = "local"
    return stmts, env, tuple(dict.fromkeys(x for x in where if x))


def _effect(s: Stmt, env: str, where: tuple[str, ...], client: str, detail: str, via: tuple[str, ...]) -> Effect:
    senv = strongest([env, *(env_of(t) for t in s.tables)])
    scope = "set" if any(RUNTIME.search(t) for t in s.tables) and s.scope in ("one", "recursive") else s.scope
    target = s.tables[0] if s.tables else client
    # (a TTL set: the server deletes what is older, `knowledge.lifetimes`)
    from automode.knowledge.lifetimes import OP, sets_lifetime

    return Effect("control", target, detail=detail[:200], via=via, origin=s.origin, content=s.text, verb=s.verb,
                  scope=scope, env=senv, values=tuple(dict.fromkeys((*s.tables, *where)))[:12],
                  op=OP if s.verb in ("update", "create") and sets_lifetime(s.text) else "")  # fmt: skip


#: Package managers that run a package's binary named as their first word (`yarn prisma db execute`, `pnpm prisma …`).
_PM_RUNNERS = frozenset({"yarn", "pnpm"})


def effects(cmd: Command, env: Env | None = None) -> Iterator[Effect]:
    if cmd.name in _PM_RUNNERS and len(cmd.argv) > 2 and cmd.argv[1].value in CLIENTS:
        from automode.dc import replace

        cmd = replace(cmd, argv=cmd.argv[1:])  # (the package's binary, with the words after it)
    client = CLIENTS.get(cmd.name)
    if client is None:
        from automode.knowledge.sql_consoles import console_sql

        carried = console_sql(cmd)
        if carried is None:
            yield from _unknown_client(cmd)
            return
        cmd, (positional, sql_opts, values, db, files) = carried
        client = Client("", sql_opts, values, (), db, positional, local=False, files=files)
    got = command_statements(cmd, client)
    if got is None:
        return
    stmts, senv, where = got
    detail = cmd.text or " ".join(w.value for w in cmd.argv)
    for s in stmts:
        yield _effect(s, senv, where, cmd.name, detail, cmd.via)
        yield from _sinks(s, detail, cmd.via)
    text = "\n".join(s.text for s in stmts if s.text)
    if computed.GATE.search(text):  # a statement per row of a listing (`FOR r IN SELECT … LOOP EXECUTE 'DROP …'`)
        yield from computed.effects(text, detail, cmd.via)


def _unknown_client(cmd: Command) -> Iterator[Effect]:
    """A program no table knows, handed a statement (`rqlite -H db 'DROP TABLE users'`: `knowledge.sql_unknown`)."""
    from automode.knowledge.sql_unknown import statements_of

    texts = statements_of(cmd, SQL_SHAPE)
    if not texts:
        return
    detail = cmd.text or " ".join(w.value for w in cmd.argv)
    env = strongest(env_of(w.value) for w in cmd.argv[1:] if " " not in w.value.strip())  # (not the statement's
    # own words: `default_time_to_live` names no live environment)
    for s in (s for t in texts for s in statements(t)):
        yield _effect(s, env, (), cmd.name, detail, cmd.via)


def mcp_effects(tool: str, inp: Mapping[str, Any]) -> list[Effect]:
    """SQL given to an MCP tool (`mcp__postgres__query {sql: …}`): the same effects, `via` ("mcp", tool)."""
    sqls: list[str] = []
    for k in MCP_SQL_KEYS:
        v = inp.get(k)
        for q in v if isinstance(v, list) else [v]:
            if isinstance(q, str) and (SQL_SHAPE.match(q) if k == "query" else SQL_START.match(q)):
                sqls.append(q)
    if not sqls:
        return []
    where = tuple(str(inp[k]) for k in MCP_WHERE_KEYS if isinstance(inp.get(k), str) and inp.get(k))
    server = tool.split("__")[1] if tool.count("__") >= 2 else tool
    env = strongest([env_of(server), *(env_of(w) for w in where)])
    dialect = next((d for k, d in (("postgres", "postgres"), ("supabase", "postgres"), ("mysql", "mysql"),
                                   ("sqlite", "sqlite"), ("bigquery", "bigquery"), ("snowflake", "snowflake"),
                                   ("duckdb", "duckdb"), ("clickhouse", "clickhouse"), ("mssql", "tsql")) if k in tool.lower()), "")  # fmt: skip
    out: list[Effect] = []
    for q in sqls:
        for s in statements(q, dialect):
            out.append(_effect(s, env, where, tool, f"{tool} {q}", ("mcp", tool)))
            out.extend(_sinks(s, f"{tool} {q}", ("mcp", tool)))
    return out


def _sinks(s: Stmt, detail: str, via: tuple[str, ...]) -> Iterator[Effect]:
    """Rows a statement sends off this machine (`knowledge.sql_sinks`): an upload to that destination."""
    from automode.knowledge.sql_sinks import SINK_VIA, destinations

    for d in destinations(s.text):
        yield Effect("network", d, detail=detail[:200], via=(*via, SINK_VIA), origin="send", content=s.text)
