"""Query tools told to write their result over a table or a collection (session 21, L3).

"how many rows in staging.events_20240610?" answered with `bq query --destination_table=staging.events_20240610
--replace 'SELECT DISTINCT * FROM staging.events_20240610'`; "how many orders per status?" with a `mongosh`
aggregation ending in `{$out: "orders"}`: the query reads, and an option or a stage of it writes the result over the
table it read. The SQL knowledge reads the statement as a read (a SELECT); the write is in the tool's options, or in
a statement that both creates and replaces (`CREATE OR REPLACE TABLE … AS`, `INSERT OVERWRITE`).

Facts from each tool's reference: `bq query` (`--destination_table`, `--replace`, `--append_table`), `bq load
--replace`, `bq cp -f`/`--force` (cloud.google.com/bigquery/docs/reference/bq-cli-reference); BigQuery, Snowflake,
Databricks and Spark SQL `CREATE OR REPLACE TABLE … AS SELECT`, Hive/Spark `INSERT OVERWRITE [TABLE]`, Postgres and
T-SQL `SELECT … INTO new_table`, `CREATE TABLE … AS SELECT`; MongoDB's aggregation stages `$out` (replaces the
collection) and `$merge` (writes into it).

Each write is `overwrite` (what the table held is replaced), `append` (rows added to it) or `create` (a new table).
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class QueryWrite:
    kind: str  # "overwrite" | "append" | "create"
    target: str  # the table or collection written
    how: str  # the option or the statement's words that write


_REPLACE_TABLE = lazyre.compile(r"(?is)\bcreate\s+or\s+replace\s+(?:transient\s+)?table\s+(?:if\s+not\s+exists\s+)?"
                                r"([`\"\[]?[\w.\-`\"\]]+)|\binsert\s+overwrite\s+(?:into\s+)?(?:table\s+)?([`\"\[]?[\w.\-`\"\]]+)")
_CREATE_AS = lazyre.compile(r"(?is)\bcreate\s+(?!temp|temporary|or\s)(?:\w+\s+){0,2}?table\s+(?:if\s+not\s+exists\s+)?"
                            r"([`\"\[]?[\w.\-`\"\]]+)\s*(?:\([^)]*\)\s*)?as\s+(?:with|select|\()|"
                            r"\bselect\b[^;]{0,400}?\binto\s+(?!temp|temporary|#|@|outfile|dumpfile)([\w.\[\]\"]+)\s+from\b")
_MONGO_OUT = lazyre.compile(r"""\$out\s*:\s*(?:\{\s*db\s*:\s*['"][^'"]+['"]\s*,\s*coll\s*:\s*)?['"]([\w.-]+)['"]""")
_MONGO_MERGE = lazyre.compile(r"""\$merge\s*:\s*(?:\{\s*into\s*:\s*)?['"]?([\w.-]+)""")
_MONGO = frozenset({"mongosh", "mongo"})
_TRUE = frozenset({"", "true", "1", "yes"})


def _clean(name: str) -> str:
    return name.strip("`\"[]").rstrip(";")


def query_writes(cmd: Command) -> list[QueryWrite]:
    """The writes of a query tool's command: its options (`bq`), the statements it is handed, a MongoDB stage."""
    name = cmd.name.rsplit("/", 1)[-1]
    from automode.knowledge.sql import CLIENTS

    if name not in CLIENTS and name not in _MONGO:
        return []
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    text = " ".join(words)[:20_000]
    out: list[QueryWrite] = []
    if name in _MONGO:
        out += [QueryWrite("overwrite", m.group(1), "$out") for m in _MONGO_OUT.finditer(text)]
        out += [QueryWrite("append", m.group(1), "$merge") for m in _MONGO_MERGE.finditer(text)]
        return out
    if name == "bq":
        out += _bq(words)
    for m in _REPLACE_TABLE.finditer(text):
        out.append(QueryWrite("overwrite", _clean(m.group(1) or m.group(2)), m.group(0)[:60]))
    if not out:
        for m in _CREATE_AS.finditer(text):
            out.append(QueryWrite("create", _clean(m.group(1) or m.group(2)), m.group(0)[:60]))
    return out


def _bq(words: list[str]) -> list[QueryWrite]:
    sub = next((w for w in words if not w.startswith("-")), "")
    opts: dict[str, str] = {}
    skip = -1
    for i, w in enumerate(words):
        if not w.startswith("-"):
            continue
        key, eq, val = w.partition("=")
        if not eq and key == "--destination_table" and i + 1 < len(words):
            val, skip = words[i + 1], i + 1
        opts[key] = val
    pos = [w for i, w in enumerate(words) if not w.startswith("-") and i != skip]
    if sub == "query" and "--destination_table" in opts:
        dest = opts["--destination_table"]
        if opts.get("--replace", "false").lower() in _TRUE and "--replace" in opts:
            return [QueryWrite("overwrite", dest, "--replace")]
        if "--append_table" in opts and opts["--append_table"].lower() in _TRUE:
            return [QueryWrite("append", dest, "--append_table")]
        return [QueryWrite("create", dest, "--destination_table")]
    if sub == "load" and "--replace" in opts and opts["--replace"].lower() in _TRUE and len(pos) >= 2:
        return [QueryWrite("overwrite", pos[1], "--replace")]
    if sub == "cp" and ({"-f", "--force"} & opts.keys()) and len(pos) >= 3:
        return [QueryWrite("overwrite", pos[-1], "--force")]
    return []


#: (command, (kind, target) of each write)
FIXTURES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("bq query --use_legacy_sql=false --destination_table=staging.events_20240610 --replace "
     "'SELECT DISTINCT * FROM staging.events_20240610'", (("overwrite", "staging.events_20240610"),)),
    ("bq query --nouse_legacy_sql --destination_table analytics.daily --append_table 'SELECT 1'",
     (("append", "analytics.daily"),)),
    ("bq query --use_legacy_sql=false 'SELECT COUNT(*) FROM staging.events_20240610'", ()),
    ("bq query --use_legacy_sql=false --format=json --max_rows=10 'SELECT day FROM a.b'", ()),
    ("bq query --use_legacy_sql=false 'CREATE OR REPLACE TABLE shop.orders AS SELECT DISTINCT * FROM shop.orders'",
     (("overwrite", "shop.orders"),)),
    ("bq load --replace shop.orders gs://b/orders.csv", (("overwrite", "shop.orders"),)),
    ("bq cp -f shop.orders shop.orders_backup", (("overwrite", "shop.orders_backup"),)),
    ("psql -c 'CREATE TABLE order_counts AS SELECT status, count(*) FROM orders GROUP BY status'",
     (("create", "order_counts"),)),
    ("psql -c 'CREATE TEMP TABLE c AS SELECT 1'", ()),
    ("psql -c 'SELECT status, count(*) INTO order_counts FROM orders GROUP BY status'", (("create", "order_counts"),)),
    ("psql -c 'SELECT count(*) FROM orders'", ()),
    ("spark-sql -e 'INSERT OVERWRITE TABLE logs SELECT * FROM logs WHERE level != \"DEBUG\"'", (("overwrite", "logs"),)),
    ("mongosh shop --eval 'db.orders.aggregate([{$group: {_id: \"$status\", n: {$sum: 1}}}, {$out: \"orders\"}])'",
     (("overwrite", "orders"),)),
    ("mongosh shop --eval 'db.orders.aggregate([{$group: {_id: \"$status\", n: {$sum: 1}}}])'", ()),
)
