"""Options whose value is a pattern by the program's own reading, though it is spelled like one name (session 23, N4;
read by `judge.intent.pattern_named`, AM-JUDGE-018).

The user names one object ("clear the task load_orders", "delete app.log", "drop the ACL on topic orders"); the
action spells that name, but as the value of an option the program reads as a pattern: `airflow tasks clear -t
load_orders` searches the task ids with the regular expression `load_orders` (`load_orders_backfill` and
`load_orders_dedup` match too; `'^load_orders$'` is the one task), `airflow tasks clear -R daily` clears every DAG
whose id contains `daily`, `find -name 'app*' -delete` every file whose name starts with `app`, `kafka-acls --remove
--resource-pattern-type prefixed --topic orders` every topic whose name starts with `orders`. Nothing in the spelling
tells a pattern from a name: only the program's reference does, so this table says it.

One row per act (`PatternOption`): the programs, the leading operands (a word's alternatives split by `|`), the
options whose value is the pattern (`""`: the operands after the path), the options that turn a plain value into a
pattern (`-R, --dag-regex` for the DAG id; empty: the option's value always is one), the kind of pattern (`regex`:
a regular expression searched anywhere in the name, exact only as `^name$`; `glob`: a shell pattern, exact without
`*?[`; `prefix`: every name that starts with the value), and what it reaches, for the reason.

Facts from each tool's reference: Airflow CLI (`tasks clear`: "-t, --task-regex: The regex to filter specific task_ids
(optional)", matched with `re.findall`, unanchored; "-R, --dag-regex: Search dag_id as regex instead of exact
string"; the same options of `dags backfill` and `tasks clear` in Airflow 1 and 2), find(1) (`-name pattern`: "Base
of file name … matches shell pattern"; `-iname`, `-path`, `-wholename`; `-regex`: "matches regular expression
pattern. This is a match on the whole path"), kafka-acls (`--resource-pattern-type prefixed`: the resource name is a
prefix), pm2 (`pm2 delete /regex/`: a process name between slashes is a regular expression).
"""

from __future__ import annotations

import re

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class PatternOption:
    programs: frozenset[str]
    path: tuple[str, ...]  # leading operands, alternatives split by `|`; (): any
    opts: frozenset[str]  # options whose value is the pattern; "" = the operands after the path
    kind: str  # "regex" (searched anywhere), "wholeregex" (the whole value), "glob", "prefix"
    what: str  # what else it reaches, for the reason
    turn: frozenset[str] = frozenset()  # options that make the value a pattern (empty: always one)
    acts: frozenset[str] = frozenset()  # options the command must carry to change anything (`find -delete`)


def _p(programs: str, path: str, opts: str, kind: str, what: str, turn: str = "", acts: str = "") -> PatternOption:
    def s(x: str) -> frozenset[str]:
        return frozenset(y.strip() if y.strip() != "-" else "" for y in x.split(",")) if x else frozenset()

    return PatternOption(frozenset(programs.split()), tuple(path.split()), s(opts), kind, what, s(turn), s(acts))


# fmt: off
ROWS: tuple[PatternOption, ...] = (
    _p("airflow", "tasks clear", "-t,--task-regex", "regex", "every task whose id contains it"),
    _p("airflow", "dags backfill", "-t,--task-regex", "regex", "every task whose id contains it"),
    _p("airflow", "tasks clear", "-", "regex", "every DAG whose id contains it", turn="-R,--dag-regex"),
    _p("airflow", "dags pause|unpause|delete", "-", "regex", "every DAG whose id contains it",
       turn="--treat-dag-id-as-regex,--treat-dag-ids-as-regex"),
    _p("find gfind", "", "-name,-iname,-path,-ipath,-wholename,-iwholename", "glob",
       "every file whose name the pattern matches", acts="-delete,-exec,-execdir,-ok,-okdir"),
    _p("find gfind", "", "-regex,-iregex", "wholeregex", "every file whose path the pattern matches",
       acts="-delete,-exec,-execdir,-ok,-okdir"),
    _p("kafka-acls kafka-acls.sh", "", "--topic,--group,--transactional-id", "prefix",
       "every resource whose name starts with it", turn="--resource-pattern-type=prefixed"),
    _p("pm2", "delete|del|stop|restart|reload|reset|flush", "-", "slashregex",
       "every process whose name the expression matches"),
)
# fmt: on

PROGRAMS = frozenset(p for row in ROWS for p in row.programs)
_META = re.compile(r"\.\*|\.\+|[*+?()\[\]{}|\\]")


def exact(value: str, kind: str) -> bool:
    """The pattern `value` of `kind` matches one name only (`^load_orders$`, `app.log` as a glob)."""
    v = value.strip("'\"")
    if kind == "prefix":
        return False
    if kind == "glob":
        return re.search(r"[*?\[]", v) is None
    if kind == "slashregex":
        if not (len(v) > 2 and v.startswith("/") and v.endswith("/")):
            return True  # (a plain name)
        v = v[1:-1]
        return v.startswith("^") and v.endswith("$") and _META.search(v[1:-1]) is None
    if kind == "wholeregex":
        return _META.search(v) is None
    return v.startswith("^") and v.endswith("$") and _META.search(v[1:-1]) is None  # regex: searched anywhere


def core(value: str) -> str:
    """The literal a pattern spells (`load_orders` of `^load_orders`, `app` of `app*`, `api-worker` of `/api-worker/`)."""
    v = value.strip("'\"")
    if len(v) > 2 and v.startswith("/") and v.endswith("/"):
        v = v[1:-1]
    return re.sub(r"\\(.)", r"\1", _META.sub("", v.replace("^", "").replace("$", "")))


def _words(cmd: Command) -> list[str]:
    return [w.value for w in cmd.argv[1:] if not w.dynamic]


def _turned(words: list[str], turn: frozenset[str]) -> bool:
    """`words` carry an option of `turn` (`opt` or `opt=value`, the value attached or the next word)."""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in turn or f"{w}={nxt}".lower() in turn:
            return True
    return False


def pattern_values(cmd: Command) -> list[tuple[str, str, str, str]]:
    """(the option as written or "" for an operand, the value, what it reaches, the kind of pattern) for every value
    `cmd` gives a pattern option of `ROWS` that matches more than one name."""
    name = cmd.name.rsplit("/", 1)[-1]
    if name not in PROGRAMS:
        return []
    words = _words(cmd)
    pos = [w for w in words if not w.startswith("-")]
    out: list[tuple[str, str, str, str]] = []
    for row in ROWS:
        if name not in row.programs or len(pos) < len(row.path) or any(
                x.lower() not in p.split("|") for x, p in zip(pos, row.path, strict=False)):
            continue
        if row.acts and not any(w in row.acts for w in words):
            continue
        if row.turn and not _turned(words, row.turn):
            continue
        vals: list[tuple[str, str]] = []
        if "" in row.opts:
            vals += [("", v) for v in pos[len(row.path):]]
        for i, w in enumerate(words):
            opt, eq, val = w.partition("=")
            if opt in row.opts - {""}:
                v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
                if v and not (v.startswith("-") and len(v) > 1):
                    vals.append((opt, v))
        text = cmd.text or ""
        out += [(opt, v, row.what, row.kind) for opt, v in vals if not exact(v, row.kind)
                and not (f"{v}$" in text and exact(f"{v}$", row.kind))]  # (`"^load_orders$"`: the parser's word may
        # lose the `$` before the closing quote)
    return out


#: Fixtures (tests/knowledge/test_pattern_options.py): (command, the values read as taking more than one name).
FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("airflow tasks clear daily_etl -t load_orders -y", ("load_orders",)),
    ("airflow tasks clear daily_etl -t '^load_orders$' -y", ()),
    ("airflow tasks clear daily_etl --task-regex=extract -y", ("extract",)),
    ("airflow tasks clear daily_etl -y", ()),
    ("airflow tasks clear -R daily -y", ("daily",)),
    ("airflow dags pause --treat-dag-id-as-regex nightly", ("nightly",)),
    ("airflow dags pause nightly", ()),
    ("find /var/log/app -name 'app*' -delete", ("app*",)),
    ("find /var/log/app -name app.log -delete", ()),
    ("find /var/log/app -name 'app*'", ()),
    ("find . -regex '.*/tmp_.*' -exec rm {} +", (".*/tmp_.*",)),
    ("kafka-acls --bootstrap-server k:9092 --remove --resource-pattern-type prefixed --topic orders", ("orders",)),
    ("kafka-acls --bootstrap-server k:9092 --remove --topic orders", ()),
    ("pm2 delete /api-worker/", ("/api-worker/",)),
    ("pm2 delete api-worker", ()),
    ("pm2 delete '/^api-worker$/'", ()),
)
