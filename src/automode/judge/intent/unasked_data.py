"""Writes inside inline code under a request for something else (session 26, Q6 inline; AM-JUDGE-031's reading).

`Rscript -e '… write.csv(d, "data/pazienti.csv")'` under "add a docstring to parse_config", `echo 'DELETE FROM "Ticket"
WHERE …' | npx prisma db execute --stdin` under "tidy up the imports", `cqlsh host -e "ALTER TABLE … WITH
default_time_to_live = 86400"` under "fix the typo in the README title": the code or the statement run inline is a
program, and its writes are effects with an object. `judge.intent.looked_acts` reads them (SQL and store code on any
executor and any route, inline interpreters, lifetimes, admin sockets); this module says when the request is for
something else, and what that makes of each act:

* the newest message is a task (not an acknowledgement: "ok", "go ahead", "sí", "はい"), even one whose verb no table
  reads ("tidy up the imports", "javítsd ki az elírást");
* no message names the act's object (the table, collection, key or file by its last part, singular or plural), its
  act in any language where the act deletes (`knowledge.act_words`: "delete", "purge", "töröld"), a lifetime where it
  sets one ("TTL", "expire"), or asks to write the file over ("in place", "overwrite", "save it back").

Then a deletion of data (rows a filter selects or every row, a lifetime on a table, the commands of a line protocol
that flush or take a server out), a mass update (every row a filter selects written over) and a data file written
over by the code that read it are refused: nothing the user said reaches them. Named by their object or their act,
they keep the reading they had (`looked_acts`: a request for the act runs, another request on that object asks).
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect

#: A message that only acknowledges or continues (no task of its own), in the languages the judge reads.
_ACK = lazyre.compile(
    r"(?i)^\W*(?:ok(?:ay)?|k|yes|yep|yeah|sure|go(?:\s+ahead|\s+on)?|do\s+it|continue|proceed|carry\s+on|thanks?|"
    r"thank\s+you|ty|lgtm|sounds\s+good|please|pls|hi|hello|hey|ja|jo|oui|sí|si|sim|tak|da|ano|igen|evet|ya|iya|vâng|"
    r"được|はい|うん|お願い(?:します)?|好的?|是|네|예|ok\s+go|weiter|vas-y|dale|vai|avanti|давай|да)\W*$")
#: Files that hold data rather than code or configuration (by extension), or any file under a data folder.
_DATA_EXT = lazyre.compile(r"(?i)\.(?:csv|tsv|psv|parquet|feather|arrow|ipc|rds|rda|rdata|xlsx|xls|ods|sav|dta|sas7bdat|"
                           r"h5|hdf5|nc|npy|npz|pkl|pickle|joblib|avro|orc|jsonl|ndjson|sqlite3?|db|dbf|mat|xpt)$")
_DATA_DIR = lazyre.compile(r"(?i)(?:^|/)(?:data|datasets?|raw|input|inputs|storage|db|fixtures_data|exports?|uploads)/")
#: Act classes (`knowledge.act_words`) that ask for a deletion in any language.
_DELETE_ACTS = frozenset({"delete", "archive"})
#: Acts `looked_acts` reads that other readings judge under a request for something else (`looked_acts._LOOK_ONLY`, an
#: API write, a framework's or migration tool's task).
_THEIRS = frozenset({"cleanup", "publish", "publish-retained", "query-write", "redrive", "api-write"})
_TASK_TARGETS = frozenset({"task", "framework", "migrations"})
#: A database of the test suite by its name (`app_test`, `test_db`, `shop-testing`): its rows are fixtures.
_TEST_DB = lazyre.compile(r"(?i)(?:^|[_./-])tests?(?:ing)?(?:$|[_.-])")
#: Words that ask to clean up, empty, reload or sync data, in the languages the judge reads: a deletion may be the
#: way to do it, so it is not "something else" (the reading `looked_acts` gives it, an ask, stands).
_KEEPING = lazyre.compile(
    r"(?i)\b(?:clean\w*|clear\w*|empty|emptie\w*|prune\w*|trim\w*|dedup\w*|de-dup\w*|housekeep\w*|vacuum\w*|expire\w*|"
    r"seed\w*|reload\w*|reimport\w*|sync\w*|refresh\w*|rebuild\w*|restore\w*|reset\w*|backfill\w*|"
    r"aufräum\w*|räum\w*\s+\w*\s*auf|bereinig\w*|leer\w*|nettoie\w*|nettoy\w*|vide[rz]?|limpi\w*|limpa\w*|vací\w*|vaci[ae]\w*|"
    r"esvazi\w*|pulisci\w*|svuot\w*|opruim\w*|ruim\w*\s+\w*\s*op|wyczyść|wyczysc|posprzątaj|vyčisti\w*|vyprázdni\w*|"
    r"temizle\w*|bersihk\w*|kosongk\w*|dọn|töröl\w*\s+régi|очист\w*|почист\w*|очисть|ochist\w*)\b|"
    r"掃除|片付け|クリーンアップ|空に|清理|清空|整理|정리|비워|dọn\s+dẹp|xóa\s+sạch")
KINDS = frozenset({"delete", "update", "overwrite", "line"})


@lru_cache(maxsize=256)
def task_message(message: str) -> bool:
    """The message hands over a task of its own (a few words, not an acknowledgement)."""
    text = message.strip()
    if len(text) < (12 if text.isascii() else 6):
        return False
    return len(text) >= 30 or lazyre.searched(_ACK, text) is None


#: Folders of work files a program rebuilds (caches, scratch, build output): what is in them is no source data.
_SCRATCH = lazyre.compile(r"(?i)(?:^|/)(?:\.?cache|caches|tmp|temp|scratch|build|dist|out|output|outputs|artifacts|"
                          r"__pycache__|\.pytest_cache|node_modules|target|figs?|figures|plots|reports?)/|^/tmp/")


def data_file(path: str) -> bool:
    """A file of data (a table, a frame, a dump), not code or configuration, nor a work file in a cache or build folder."""
    if lazyre.searched(_SCRATCH, path) is not None:
        return False
    return lazyre.searched(_DATA_EXT, path) is not None or (
        lazyre.searched(_DATA_DIR, path) is not None and not path.endswith((".py", ".js", ".ts", ".rb", ".r", ".R")))


def _said(text: str, target: str, content: str) -> bool:
    from automode.knowledge.store_code import object_said

    name = target.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name and "/" in target else name  # (a file by its name without extension)
    return object_said(text, stem, content) or (len(name) >= 4 and name.lower() in text.lower())


def unrelated(kind: str, e: Effect, messages: tuple[str, ...]) -> bool:
    """The act (`kind` of `looked_acts`, or "overwrite") is one nothing in the user's messages reaches."""
    if kind not in KINDS or not messages or not task_message(messages[-1]):
        return False
    if e.op in _THEIRS or e.target in _TASK_TARGETS:
        return False  # (a cleanup program, a publish, a sync, a framework's task: their own rules and readings judge them)
    text = "\n".join(messages)
    if kind == "overwrite" or (kind == "delete" and e.kind == "delete"):  # (a file written over, a file removed)
        from automode.judge.intent.looked_code import overwrite_said
        from automode.knowledge.act_words import said_acts

        if kind == "delete" and any(said_acts(m) & _DELETE_ACTS for m in messages):
            return False
        return data_file(e.target) and not overwrite_said(text) and not _said(text, e.target, "")
    if kind == "update" and e.scope not in ("set", "all"):
        return False  # (one keyed record written: the reading `looked_acts` gives it stands)
    whole = e.op in (_ttl(), "line") or drops_data(e)  # (a lifetime, a socket's act, a column: no row filter to read)
    if kind in ("delete", "update") and (e.origin != "data" or not e.content) and not whole:
        return False  # (only a statement or code read: its text is the act)
    if kind == "delete" and e.scope == "one" and not whole:
        return False
    if e.op == _ttl():
        from automode.knowledge.store_code import TTL_WORDS

        if lazyre.searched(TTL_WORDS, text) is not None:
            return False
    if _said(text, e.target, e.content or "") if e.target and e.target not in _PROGRAMS else False:
        return False
    if any(lazyre.searched(_TEST_DB, v) for v in e.values) or lazyre.searched(_KEEPING, text) is not None:
        return False  # (a test database's rows; a clean-up, a reload or a sync asked: `looked_acts` asks as before)
    from automode.knowledge.act_words import said_acts

    return not (kind in ("delete", "line") and any(said_acts(m) & _DELETE_ACTS for m in messages))


#: Effect targets that name the client rather than an object (a statement with no table read).
_PROGRAMS = frozenset({"psql", "mysql", "sqlite3", "duckdb", "clickhouse-client", "snowsql", "bq", "cqlsh", "mongosh",
                       "redis-cli", "socat", "nc", "ncat", "netcat", "telnet"})


def _ttl() -> str:
    from automode.knowledge.lifetimes import OP

    return OP


#: A schema change that takes data with it: a column dropped (its values in every row are gone).
_DROPS = lazyre.compile(r"(?is)^\s*alter\s+table\b.*\bdrop\s+column\b")
#: Service CLIs whose options put a lifetime on stored data (`knowledge.lifetimes`): Kafka's tools, Redpanda's `rpk`,
#: Confluent's CLI, BigQuery's `bq`, the AWS CLI (DynamoDB's time to live).
_LIFETIME_CLIS = frozenset({"kafka-configs", "kafka-configs.sh", "kafka-topics", "kafka-topics.sh", "rpk", "confluent", "bq",
                            "aws"})
#: Options that name what a service CLI's lifetime is put on (`--entity-name orders`, `--table-name Sessions`).
_NAMES = ("--entity-name", "--table-name", "--topic", "--table")


def drops_data(e: Effect) -> bool:
    """A statement's effect that drops a column (`ALTER TABLE users DROP COLUMN notes`)."""
    return bool(e.content) and lazyre.searched(_DROPS, e.content or "") is not None


def lifetimes(a: Analysis) -> list[Effect]:
    """A lifetime a service CLI puts on stored data (`knowledge.lifetimes`: `kafka-configs … retention.ms=60000`,
    `bq update --time_partitioning_expiration`, `aws dynamodb update-time-to-live`), as a deletion of data."""
    from automode.effects import Effect as _Effect
    from automode.knowledge.lifetimes import OP, sets_lifetime
    from automode.knowledge.sql import CLIENTS

    out: list[Effect] = []
    for c in a.commands:
        if c.name in CLIENTS or c.name in ("cqlsh", "mongosh", "mongo", "influx"):
            continue  # (their statements are read as statements: `knowledge.sql`, `knowledge.store_code`)
        if c.name not in _LIFETIME_CLIS or (c.name == "bq" and c.argv[1:2] and c.argv[1].value == "query"):
            continue
        what = sets_lifetime(c.text)
        if not what:
            continue
        words = [w.value for w in c.argv[1:]]
        target = next((words[i + 1] for i, w in enumerate(words[:-1]) if w in _NAMES or w == "alter-config"), "") or \
            next((w for w in reversed(words) if not w.startswith("-") and ("." in w or ":" in w) and "=" not in w), c.name)
        out.append(_Effect("control", target, detail=c.text[:200], origin="data", content=what, verb="delete",
                           scope="set", values=(target,), op=OP))
    return out


def moved_back(a: Analysis) -> list[tuple[str, Effect]]:
    """("overwrite", effect) for each data file a command read and whose filtered copy is then moved or copied over it
    (`awk 'NF' data/x.csv > /tmp/x && mv /tmp/x data/x.csv`, `jq … f.json > f.tmp; mv f.tmp f.json`)."""
    from automode.effects import Effect as _Effect

    made: dict[str, set[str]] = {}  # a file a command wrote with `>` -> the operands that command read
    out: list[tuple[str, Effect]] = []
    for c in a.commands:
        operands = [w.value for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")]
        if c.name in ("mv", "cp") and len(operands) == 2 and operands[0] in made and operands[1] in made[operands[0]]:
            if data_file(operands[1]):
                out.append(("overwrite", _Effect("write", operands[1], detail=c.text[:200], origin="overwrite",
                                                 content=c.text[:500], via=(*c.via, "moved back"))))
            continue
        for r in c.redirects:
            if r.op in (">", ">|") and r.target is not None and not r.target.dynamic:
                made[r.target.value] = set(operands)
    return out
