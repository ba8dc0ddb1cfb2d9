"""Writes inside the code a data store's own client is handed as a string (session 25, P3: a question answered by a
change).

`mongosh … --eval 'db.leads.updateMany({source: "import"}, {$set: {owner: null}})'` for "how many leads come from
the import?", `redis-cli EVAL "… redis.call('del', k) …" 0` for "how many keys match session:*?", `cypher-shell
'MATCH (o:Order) DETACH DELETE o'`, `cqlsh -e "UPDATE …"`, `influx -execute 'DROP MEASUREMENT cpu'`, an index with
`expireAfterSeconds` (a TTL index: the server deletes every document older than the bound, now and from then on):
the command line names a client that mostly reads, and the write is inside the string it runs. SQL clients are
`knowledge.sql`'s and application code run by a framework's runner is `knowledge.ormcalls`'s; this module reads the
other query languages the same way, so the judge compares the act found in the string with what the user asked
(`judge.intent.looked_acts`, AM-JUDGE-031).

Two tables: `CLIENTS` (per program: the language of its code and where the code is given: options, the first
positional word, a subcommand, standard input) and, per language, the calls or keywords that delete, change or
create (`MONGO`, `REDIS_WRITES`, `KEYWORDS`). Facts from the manuals: mongosh `--eval` and the collection methods
(docs.mongodb.com/manual/reference/method: `deleteMany`, `updateMany`, `replaceOne`, `bulkWrite`, `createIndex` with
`expireAfterSeconds`, `collMod`), redis.io/docs/latest/commands (`EVAL script numkeys …`, `redis.call` in Lua; the
write and read command groups), Neo4j `cypher-shell [options] [cypher]` and Cypher's clauses (`CREATE`, `MERGE`,
`SET`, `REMOVE`, `DELETE`, `DETACH DELETE`, `DROP`), memgraph `mgconsole` (stdin), cqlsh `-e/--execute` (CQL `INSERT`,
`UPDATE`, `DELETE`, `TRUNCATE`, `DROP`, `ALTER`, `BATCH`), influx 1.x `-execute` (InfluxQL `DROP`, `DELETE`, `SELECT …
INTO`, `ALTER RETENTION POLICY`) and 2.x `influx query` (Flux `to()`), Couchbase `cbq -s/--script` (N1QL), Aerospike
`aql -c`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from automode.effects import Effect
    from automode.shell.script import Command
    from automode.shell.words import Word


@dataclass(frozen=True, slots=True)
class Client:
    lang: str  # "mongo" | "redis" | "cypher" | "cql" | "influxql" | "flux" | "n1ql"
    code_opts: tuple[str, ...] = ()  # options whose value is the code
    value_opts: tuple[str, ...] = ()  # other options that take a value (skipped to find a positional word)
    positional: bool = False  # the first word that is no option is the code
    stdin: bool = False  # code read from standard input (a heredoc, `echo … |`)
    sub: str = ""  # the subcommand after which the code is the first positional word (`influx query FLUX`)


@dataclass(frozen=True, slots=True)
class StoreAct:
    """One write found in a client's code: `verb` delete | update | create, `scope` all | set | one, the collection,
    key, label or table it names (`target`, "" when none), the code (`code`) and the call or keyword that writes
    (`how`); `ttl`: an index or policy with a lifetime (the server deletes what is older, from now on)."""

    verb: str
    scope: str
    target: str
    code: str
    how: str
    ttl: bool = False


_REDIS_VALUES = ("-h", "-p", "-a", "-n", "-u", "--user", "--pass", "-s", "-r", "-i", "--tls-dummy", "--sni", "--cacert",
                 "--cert", "--key", "-d", "--pattern", "--count")
# fmt: off
CLIENTS: dict[str, Client] = {
    "mongosh": Client("mongo", ("--eval",)),
    "mongo": Client("mongo", ("--eval",)),
    "redis-cli": Client("redis", value_opts=_REDIS_VALUES),
    "valkey-cli": Client("redis", value_opts=_REDIS_VALUES),
    "keydb-cli": Client("redis", value_opts=_REDIS_VALUES),
    "cypher-shell": Client("cypher", value_opts=("-a", "--address", "-u", "--username", "-p", "--password", "-d",
                                                 "--database", "--format", "-P", "--param", "--encryption",
                                                 "--access-mode", "--sample-rows", "--wrap", "--idle-timeout",
                                                 "--notifications", "--log"), positional=True, stdin=True),
    "mgconsole": Client("cypher", value_opts=("--host", "--port", "--username", "--password", "--output-format"),
                        stdin=True),
    "cqlsh": Client("cql", ("-e", "--execute"), stdin=True),
    "influx": Client("influxql", ("-execute", "--execute", "-e")),
    "cbq": Client("n1ql", ("-s", "--script")),
    "aql": Client("n1ql", ("-c",)),
}
#: `influx query 'FLUX'` (2.x): the subcommand's first positional word is Flux.
_INFLUX_QUERY = Client("flux", value_opts=("--org", "-o", "--org-id", "--host", "--token", "-t", "-r", "--raw-dummy",
                                           "--profilers", "-p"), positional=True, sub="query")

#: Mongo shell methods that write, by act (collection methods and the database's own).
MONGO: dict[str, tuple[str, ...]] = {
    "delete": ("deleteMany", "deleteOne", "remove", "drop", "dropDatabase", "dropIndex", "dropIndexes",
               "findOneAndDelete", "findAndRemove", "dropSearchIndex", "dropAllUsers"),
    "update": ("updateMany", "updateOne", "update", "replaceOne", "findOneAndUpdate", "findOneAndReplace",
               "findAndModify", "bulkWrite", "renameCollection", "createIndex", "createIndexes", "ensureIndex",
               "hideIndex", "unhideIndex", "updateSearchIndex", "convertToCapped"),
    "create": ("insertOne", "insertMany", "insert", "createCollection", "createView", "save"),
}
#: Methods that add to a collection's shape without writing over its documents (an index, a view, a new collection).
_SCHEMA_ONLY = frozenset({"createIndex", "createIndexes", "ensureIndex", "hideIndex", "unhideIndex", "createCollection",
                          "createView", "updateSearchIndex"})
#: `runCommand({…})` documents whose first key names a write command.
_MONGO_COMMANDS = {"delete": "delete", "drop": "delete", "dropDatabase": "delete", "dropIndexes": "delete",
                   "update": "update", "findAndModify": "update", "collMod": "update", "createIndexes": "update",
                   "renameCollection": "update", "insert": "create", "create": "create"}

#: Redis commands that write, by act (redis.io command groups); the others read or administer the server (the
#: control table's: `CONFIG SET`, `SHUTDOWN`), and `REDIS_READS` names the reads a script calls most.
REDIS_WRITES: dict[str, frozenset[str]] = {
    "delete": frozenset({"del", "unlink", "flushdb", "flushall", "getdel", "hdel", "srem", "zrem", "zremrangebyscore",
                         "zremrangebyrank", "zremrangebylex", "lrem", "ltrim", "lpop", "rpop", "spop", "zpopmin",
                         "zpopmax", "blpop", "brpop", "xdel", "xtrim", "expire", "pexpire", "expireat", "pexpireat",
                         "getex", "swapdb", "json.del", "json.forget", "ft.dropindex", "ts.del"}),
    "create": frozenset({"xadd", "lpush", "rpush", "lpushx", "rpushx", "sadd", "zadd", "hsetnx", "setnx", "msetnx",
                         "json.set", "ts.add", "ts.madd", "ts.create", "ft.create", "publish", "pfadd", "geoadd"}),
    "update": frozenset({"set", "setex", "psetex", "mset", "hset", "hmset", "hincrby", "hincrbyfloat", "incr", "incrby",
                         "incrbyfloat", "decr", "decrby", "append", "setrange", "setbit", "bitop", "bitfield", "rename",
                         "renamenx", "restore", "migrate", "copy", "move", "persist", "lset", "linsert", "lmove",
                         "blmove", "rpoplpush", "brpoplpush", "smove", "sinterstore", "sunionstore", "sdiffstore",
                         "zincrby", "zinterstore", "zunionstore", "zdiffstore", "zrangestore", "pfmerge", "xgroup",
                         "xack", "xclaim", "xautoclaim", "xsetid", "json.numincrby", "json.arrappend", "json.merge",
                         "json.clear", "ts.alter", "ft.alter", "sort", "georadius", "geosearchstore"}),
}
REDIS_READS = frozenset({"get", "mget", "hget", "hmget", "hgetall", "hkeys", "hvals", "hlen", "hexists", "keys", "scan",
                         "sscan", "hscan", "zscan", "exists", "ttl", "pttl", "type", "strlen", "llen", "lrange", "lindex",
                         "scard", "smembers", "sismember", "zcard", "zrange", "zrangebyscore", "zrevrange", "zscore",
                         "zcount", "zrank", "xlen", "xrange", "xrevrange", "xinfo", "dbsize", "info", "ping", "time",
                         "echo", "memory", "object", "randomkey", "getrange", "bitcount", "pfcount", "json.get",
                         "ft.search", "ft.info", "ts.range", "ts.get", "expiretime", "pexpiretime", "sintercard",
                         "smismember", "zmscore", "lpos", "geopos", "geodist", "georadius_ro", "geosearch"})
#: Keywords that write in the SQL-like and graph languages, by act, as a clause starts (string literals removed).
KEYWORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "cypher": (("delete", r"\b(?:detach\s+)?delete\b|\bremove\b|\bdrop\s+(?:index|constraint|database|alias|user|role)\b"),
               ("update", r"\bset\b|\bmerge\b|\bload\s+csv\b|\balter\b"), ("create", r"\bcreate\b")),
    "cql": (("delete", r"(?:^|;|\bbatch\b)\s*(?:delete|truncate|drop)\b"),
            ("update", r"(?:^|;|\bbatch\b)\s*(?:update|alter)\b|\bbegin\s+(?:unlogged\s+|counter\s+)?batch\b"),
            ("create", r"(?:^|;|\bbatch\b)\s*(?:insert|create)\b")),
    "influxql": (("delete", r"(?:^|;)\s*(?:drop|delete)\b"),
                 ("update", r"(?:^|;)\s*alter\b|\binto\s+\S"), ("create", r"(?:^|;)\s*create\b")),
    "flux": (("delete", r"\bdelete\s*\("), ("create", r"(?:\bto|\bexperimental\.to|\bsql\.to)\s*\(")),
    "n1ql": (("delete", r"(?:^|;)\s*(?:delete|drop|truncate)\b"),
             ("update", r"(?:^|;)\s*(?:update|merge|upsert|alter)\b"), ("create", r"(?:^|;)\s*(?:insert|create)\b")),
}
# fmt: on
_KEYWORDS = {lang: tuple((verb, lazyre.compile("(?i)" + rx)) for verb, rx in rows) for lang, rows in KEYWORDS.items()}
#: A method call of the Mongo shell, with the collection before it (`db.orders.deleteMany(`, `db.getCollection("x").drop(`).
_MONGO_CALL = lazyre.compile(r"(?:\bdb\s*(?:\.\s*([A-Za-z_][\w$]*)|\.\s*getCollection\s*\(\s*['\"]([^'\"]+)['\"]\s*\)|"
                             r"\[\s*['\"]([^'\"]+)['\"]\s*\])\s*)?\.\s*([A-Za-z]\w*)\s*\(")
_MONGO_RUN = lazyre.compile(r"\b(?:runCommand|adminCommand|command)\s*\(\s*\{\s*['\"]?(\w+)['\"]?\s*:\s*['\"]?([\w.-]*)")
#: A lifetime on an index or a collection (`expireAfterSeconds`): what is older goes, now and from then on.
_TTL = lazyre.compile(r"\bexpireAfterSeconds\b")
#: An empty filter as the first argument: every document of the collection.
_EMPTY_FILTER = lazyre.compile(r"^\s*\(\s*(?:\{\s*\}|\)|\s*$)")
#: Lua's calls into Redis (`redis.call('del', k)`, `redis.pcall("UNLINK", …)`).
_LUA_CALL = lazyre.compile(r"\bredis\.p?call\s*\(\s*['\"]([\w.]+)['\"]")
#: String literals of a query (removed before its keywords are read: `{status: "delete me"}` is a value).
_STRINGS = lazyre.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
#: The first label, table or measurement a statement names.
_CYPHER_LABEL = lazyre.compile(r"\(\s*\w*\s*:\s*`?(\w+)")
_TABLE_AFTER = lazyre.compile(r"(?i)\b(?:from|update|into|table|measurement|truncate|keyspace|bucket)\s+[\"'`]?([\w.:]+)")
MAX_CODE = 20_000


def codes(cmd: Command) -> list[tuple[str, str]]:
    """(language, code) for each piece of code the command hands its data store ([] for no client of `CLIENTS`)."""
    c = CLIENTS.get(cmd.name)
    if c is None:
        return []
    words = list(cmd.argv[1:])
    if c.lang == "influxql" and words and words[0].value == "query":
        c, words = _INFLUX_QUERY, words[1:]
    out: list[tuple[str, str]] = []
    if c.lang == "redis":
        if any(w.value in ("--eval", "-x") for w in words):
            return []  # (a script file run on the server, or a value read from stdin: the control table's worst case)
        argv = _positional(words, c.value_opts)
        if argv and argv[0].lower() in ("eval", "eval_ro") and len(argv) > 1:
            out.append(("lua", argv[1]))
        elif argv:
            out.append(("redis", " ".join(argv)))
        return out
    for i, w in enumerate(words):
        name, eq, val = w.value.partition("=")
        if w.dynamic:
            continue
        if name in c.code_opts and eq:
            out.append((c.lang, val))
        elif w.value in c.code_opts and i + 1 < len(words) and not words[i + 1].dynamic:
            out.append((c.lang, words[i + 1].value))
    if c.positional and not out:
        pos = _positional(words, c.value_opts)
        if pos:
            out.append((c.lang, pos[0]))
    if c.stdin and not out and (cmd.redirects or cmd.pipe_from):
        text, known = cmd.stdin_text()
        if text and known:
            out.append((c.lang, text))
    return [(lang, code[:MAX_CODE]) for lang, code in out]


def _positional(words: list[Word], value_opts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    skip = False
    for w in words:
        if skip:
            skip = False
            continue
        v = w.value
        if not out and v.startswith("-"):
            skip = v in value_opts
            continue
        out.append(v)
    return out


def acts(cmd: Command) -> list[StoreAct]:
    """Each write the code handed to a data store's client does (deletions first)."""
    out: list[StoreAct] = []
    for lang, code in codes(cmd):
        if lang == "mongo":
            out += mongo_acts(code)
        elif lang in ("redis", "lua"):
            out += redis_acts(code, lang)
        else:
            out += keyword_acts(lang, code)
    return sorted(out, key=lambda s: ("delete", "update", "create").index(s.verb))


#: The mark (`Effect.op`) of a lifetime put on an index or a collection, and of the other acts read here.
TTL_OP = "ttl"
STORE_OP = "store-code"


def effects(cmd: Command) -> Iterator[Effect]:
    """A `control` effect of data for each write of `acts(cmd)`: what the judge compares with the user's words."""
    from automode.effects import Effect

    for act in acts(cmd):
        target = act.target or cmd.name
        yield Effect("control", target, detail=cmd.text[:200], origin="data", content=act.code, verb=act.verb,
                     scope=act.scope, values=(target,), op=TTL_OP if act.ttl else STORE_OP)


#: Words for a lifetime after which a store deletes what it keeps (a TTL, expiry), in the languages the judge reads.
TTL_WORDS = lazyre.compile(r"(?i)\bttl\b|\bexpir\w*|\btime[- ]to[- ]live\b|\bauto[- ]?(?:delete|expire|purge)\w*|"
                           r"\bretention\b|\bretain\w*|\baufbewahr\w*|\br[ée]tention\b|\bretenci[óo]n\b|\breten[çc][ãa]o\b|"
                           r"\bconservazione\b|\bretencj\w*|保持期間|保存期間|保留期|保留时间|保留時間|保留天数|有效期|보존\s*기간|보관\s*기간|"  # (session 26: a retention said)"
                           r"\bablauf\w*|\bverfall\w*|\bcaduc\w*|\bscad\w*|\bvencim\w*|\bvenc[ae]\w*|\bexpira\w*|"
                           r"истеч\w*|срок\w*\s+жизни|\bwygas\w*|\bsüre\w*\s+dol\w*|\bvanhene\w*|tự\s+xoá|tự\s+xóa|"
                           r"有効期限|期限切れ|自動削除|过期|過期|自动删除|만료|자동\s*삭제")


def ttl_said(text: str, target: str) -> bool:
    """The words ask for a lifetime on this collection: a TTL word, and the collection named."""
    return bool(target) and TTL_WORDS.search(text) is not None and object_said(text, target)


def object_said(text: str, target: str, code: str = "") -> bool:
    """The collection, key, label or table an act of `acts` names stands in the words (by its last dotted part, its
    singular or plural: "the pending orders" for `db.orders`, "Order nodes" for `(o:Order)`), or the act names none,
    or the words name the record itself by an id the code selects it with (a value with digits: "احذف السلة 65f1a2b3…")."""
    name = target.rsplit(".", 1)[-1].lower()
    if not name or name in CLIENTS:
        return True
    low = text.lower()
    if any(len(v) >= 6 and re.search(r"\d", v) and v.lower() in low for v in _LITERAL.findall(code)):
        return True
    stem = name[:-3] if name.endswith("ies") else name.rstrip("s")
    return re.search(r"(?<![\w])" + re.escape(stem or name), low) is not None


_LITERAL = lazyre.compile(r"""['"]([\w:.@-]{6,80})['"]""")


def mongo_acts(code: str) -> list[StoreAct]:
    out: list[StoreAct] = []
    for m in _MONGO_CALL.finditer(code):
        method = m.group(4)
        verb = next((v for v, names in MONGO.items() if method in names), "")
        if not verb:
            continue
        target = m.group(1) or m.group(2) or m.group(3) or ""
        tail = code[m.end() - 1: m.end() + 400]
        ttl = method in ("createIndex", "createIndexes", "ensureIndex") and _TTL.search(tail) is not None
        if ttl or (method == "bulkWrite" and re.search(r"\bdelete(?:Many|One)\b", tail)) or \
                (method == "findAndModify" and re.search(r"\bremove\s*:\s*true\b", tail)):
            verb = "delete"
        scope = "one" if not ttl and method in _SCHEMA_ONLY else \
            "all" if method in ("drop", "dropDatabase", "dropAllUsers") or \
            (method in ("deleteMany", "remove", "updateMany", "update") and _EMPTY_FILTER.match(tail)) else \
            "one" if method.endswith("One") or method in ("save", "insert", "findOneAndDelete", "findOneAndUpdate",
                                                          "findOneAndReplace") else "set"
        out.append(StoreAct(verb, scope, target, code[:500], method + (" with expireAfterSeconds" if ttl else ""), ttl))
    for m in _MONGO_RUN.finditer(code):
        verb = _MONGO_COMMANDS.get(m.group(1), "")
        ttl = m.group(1) in ("collMod", "createIndexes") and _TTL.search(code[m.end(): m.end() + 400]) is not None
        if verb:
            out.append(StoreAct("delete" if ttl else verb, "set", m.group(2), code[:500], m.group(1), ttl))
    return out


def redis_acts(code: str, lang: str) -> list[StoreAct]:
    names = [n.lower() for n in _LUA_CALL.findall(code)] if lang == "lua" else code.split()[:1]
    out: list[StoreAct] = []
    for n in (x.lower() for x in names):
        if n in REDIS_READS:
            continue
        verb = next((v for v, cmds in REDIS_WRITES.items() if n in cmds), "")
        if not verb:
            continue
        scope = "all" if n in ("flushdb", "flushall", "swapdb") else "set" if lang == "lua" or "*" in code else "one"
        out.append(StoreAct(verb, scope, "", code[:500], f"redis {n.upper()}"))
    return out


def keyword_acts(lang: str, code: str) -> list[StoreAct]:
    bare = _STRINGS.sub("''", code)
    out: list[StoreAct] = []
    from automode.knowledge.lifetimes import sets_lifetime

    life = sets_lifetime(code)  # (session 26: `WITH default_time_to_live = 86400`, `RETENTION POLICY … DURATION 7d`)
    if life:
        m = _TABLE_AFTER.search(bare)
        out.append(StoreAct("delete", "set", m.group(1) if m else "", code[:500], life, True))
    for verb, rx in _KEYWORDS.get(lang, ()):
        m = rx.search(bare)
        if m is None:
            continue
        label = _CYPHER_LABEL.search(bare) if lang == "cypher" else _TABLE_AFTER.search(bare[m.start():])
        target = label.group(1) if label else ""
        where = re.search(r"(?i)\bwhere\b|\{\s*\w+\s*:", bare)
        out.append(StoreAct(verb, "set" if where else "all", target, code[:500], m.group(0).strip().upper()))
    return out


#: (command, the acts as "verb:scope:target" in order; () for none)
FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mongosh 'mongodb://h/crm' --quiet --eval 'db.leads.updateMany({source: \"import\"}, {$set: {owner: null}})'",
     ("update:set:leads",)),
    ("mongosh crm --eval 'db.leads.countDocuments({source: \"import\"})'", ()),
    ("mongosh authsvc --eval 'db.users.createIndex({createdAt: 1}, {expireAfterSeconds: 300})'", ("delete:set:users",)),
    ("mongosh authsvc --eval 'db.users.createIndex({email: 1}, {unique: true})'", ("update:one:users",)),
    ("mongosh shop --eval 'db.carts.bulkWrite([{deleteMany: {filter: {x: 1}}}])'", ("delete:set:carts",)),
    ("mongosh shop --eval 'db.orders.deleteMany({})'", ("delete:all:orders",)),
    ("mongosh shop --eval 'db.getCollection(\"order-items\").drop()'", ("delete:all:order-items",)),
    ("mongosh shop --eval 'db.orders.insertOne({a: 1})'", ("create:one:orders",)),
    ("mongosh shop --eval 'db.runCommand({collMod: \"sessions\", expireAfterSeconds: 60})'", ("delete:set:sessions",)),
    ("mongosh shop --eval 'db.orders.find({status: \"remove\"}).limit(5)'", ()),
    ("redis-cli -h r EVAL \"return redis.call('del', KEYS[1])\" 1 q", ("delete:set:",)),
    ("redis-cli -h r EVAL \"return #redis.call('keys', 'session:*')\" 0", ()),
    ("redis-cli -h r EVAL \"return redis.call('flushdb')\" 0", ("delete:all:",)),
    ("redis-cli -h r LLEN q", ()),
    ("redis-cli PUBSUB NUMSUB notifications", ()),
    ("valkey-cli -h r HSET user:1 name x", ("update:one:",)),
    ("redis-cli --eval scripts/cleanup.lua", ()),
    ("cypher-shell -a bolt://n:7687 'MATCH (o:Order {status: \"pending\"}) DETACH DELETE o'", ("delete:set:Order",)),
    ("cypher-shell -a bolt://n:7687 'MATCH (o:Order {status: \"delete\"}) RETURN count(o)'", ()),
    ("cypher-shell -u neo4j 'MERGE (u:User {email: \"x\"}) RETURN u'", ("update:set:User",)),
    ("echo 'MATCH (n) DETACH DELETE n' | cypher-shell", ("delete:all:",)),
    ("cqlsh h -e \"UPDATE shop.orders SET status='void' WHERE id=42\"", ("update:set:shop.orders",)),
    ("cqlsh h -e \"SELECT count(*) FROM shop.orders\"", ()),
    ("cqlsh h -e 'TRUNCATE shop.orders'", ("delete:all:shop.orders",)),
    ("cqlsh h -e 'ALTER TABLE m.readings WITH default_time_to_live = 86400'", ("delete:set:m.readings", "update:all:m.readings")),
    ("influx -host h -database m -execute 'DROP MEASUREMENT cpu'", ("delete:all:cpu",)),
    ("influx -host h -database m -execute 'SELECT count(*) FROM cpu'", ()),
    ("influx query 'from(bucket:\"m\") |> range(start:-1h) |> to(bucket:\"a\")'", ("create:all:",)),
    ("influx query 'from(bucket:\"m\") |> range(start:-1h) |> count()'", ()),
    ("cbq -u u -s \"DELETE FROM shop WHERE type = 'cart'\"", ("delete:set:shop",)),
)
