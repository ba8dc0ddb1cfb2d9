"""What a destruction removes, in the words users say for it (session 10, class C2).

People ask for a destruction by naming what it removes, not the address the command reaches it by: "flush my local
redis" for `redis-cli -h 127.0.0.1 -p 6379 -n 0 FLUSHDB`, "reset the db" for `prisma migrate reset --schema
packages/db/schema.prisma`, "wipe the postgres volume" for `docker compose down -v`, "throw away my uncommitted
changes" for `git checkout -- .`, "drop the last commit" for `git reset --hard HEAD~1`. Two facts make that match:

* `unnamed()`: values of a command that are not names of anything a user would say: this machine's address, a port,
  a database index, the configuration file a tool reads (`-f compose.dev.yml`, `--schema …prisma`, `-c alembic.ini`),
  the whole working tree (`.`), a task name that is the act itself (`db:drop`). They are dropped from the objects
  the request must name; what remains (a host elsewhere, a table, a volume's name) still must be named;
* `removed_nouns()`: the nouns for what the act removes (`DESTROYED`), which then name it like a tool's name does:
  "the db", "my local redis", "the volume", "my uncommitted changes", "the last commit".

Everything else a release checks stays: the environment named against the one acted on, a part named against a
whole (`scope.beyond`), a name of the same kind that differs, and a request still in force.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.per_action import per_action
from automode.judge.intent.said import joined_lower
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_DB = frozenset({"db", "dbs", "database", "databases", "data", "schema", "tables"})
_STACK = frozenset({"stack", "stacks", "infrastructure", "infra", "environment", "env", "resources", "workspace"})
# fmt: off
#: What each destroying command removes, as users name it. Keys: a control table's name (`knowledge/data/control`,
#: the effect's target) or a program with its leading subcommand words.
DESTROYED: Mapping[str, frozenset[str]] = {
    # framework and migration tools drop, flush or roll back the app's own database
    "framework": _DB, "migrations": _DB | {"migration", "migrations"},
    # key-value stores and caches: everything of the server, or one numbered db of it
    "redis": frozenset({"redis", "valkey", "keydb", "cache", "caches", "keys"}),
    "redis-cli": frozenset({"redis", "cache", "caches", "keys"}), "valkey-cli": frozenset({"valkey", "redis", "cache", "keys"}),
    "memcached": frozenset({"memcached", "memcache", "cache"}),
    # a compose stack's or an engine's volumes
    "docker volume": frozenset({"volume", "volumes"}), "podman volume": frozenset({"volume", "volumes"}),
    # (`down -v` removes the stack's volumes: "tear down the containers" does not ask for that)
    "docker compose down": frozenset({"volume", "volumes"}), "docker-compose down": frozenset({"volume", "volumes"}),
    "podman compose down": frozenset({"volume", "volumes"}), "podman-compose down": frozenset({"volume", "volumes"}),
    # git: the working tree's changes, untracked files, commits, stashes
    "git reset": frozenset({"changes", "change", "uncommitted", "edits", "modifications", "modifs", "commit", "commits",
                            "work"}),
    "git checkout": frozenset({"changes", "change", "uncommitted", "edits", "modifications", "unstaged"}),
    "git restore": frozenset({"changes", "change", "uncommitted", "edits", "modifications", "unstaged"}),
    "git clean": frozenset({"untracked"}),  # (`-X` alone: only what .gitignore ignores, `IGNORED_ONLY`)
    "git stash": frozenset({"stash", "stashes"}),
    # an infrastructure stack's resources, as a whole
    "terraform destroy": _STACK, "tofu destroy": _STACK, "terragrunt destroy": _STACK, "pulumi destroy": _STACK,
    "cdk destroy": _STACK,
}
#: `git clean -X` removes only ignored files: "the build junk", never the untracked files a user keeps.
IGNORED_ONLY = frozenset({"ignored", "build", "junk", "artifacts", "artefacts", "outputs", "generated"})
#: Options whose value is the configuration a tool reads, not the thing it acts on.
CONFIG_OPTIONS = frozenset({"-f", "--file", "-c", "--config", "--schema", "--project-directory", "--env-file",
                            "--settings", "--project-name", "-p", "--chdir", "-chdir", "--cwd", "-C"})
# fmt: on
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0", "[::1]"})
_SMALL_NUMBER = lazyre.compile(r"^\d{1,5}$")
_CONFIG_FILE = lazyre.compile(r"\.(?:ya?ml|ini|toml|json|prisma|cfg|conf|env)$", re.I)
_TASK = lazyre.compile(r"^[a-z]+:[a-z:_-]+$")  # `db:drop`, `migrate:fresh`, `doctrine:schema:drop`
_DOT_TASK = lazyre.compile(r"^[a-z]+\.([a-z_]+)$")  # `ecto.drop`, `ecto.reset` (a host has a dot too: not a task)


def _config_values(a: Analysis) -> set[str]:
    out: set[str] = set()
    for c in a.commands:
        words = [w.value for w in c.argv[1:]]
        for i, w in enumerate(words):
            name, eq, val = w.partition("=")
            if name in CONFIG_OPTIONS:
                v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
                if v:
                    out.add(v)
    return out


def _keys(a: Analysis) -> list[str]:
    """The `DESTROYED` keys the action's commands match: a program with its leading subcommand words (options and the
    configuration they name skipped), longest first."""
    out: list[str] = []
    for c in a.commands:
        words = [w.value.lower() for w in c.argv[1:] if not w.dynamic]
        pos: list[str] = []
        skip = False
        for w in words:
            if skip:
                skip = False
                continue
            if w.startswith("-"):
                skip = w in CONFIG_OPTIONS
                continue
            pos.append(w)
        for n in (3, 2, 1, 0):
            key = " ".join([c.name, *pos[:n]])
            if key in DESTROYED:
                out.append(key)
                break
    return out


def unnamed(obj: str, a: Analysis) -> bool:
    """`obj` is no name a user would say for what the action destroys (see the module's doc)."""
    o = obj.strip().lower()
    if o in _LOOPBACK or o in (".", "./", ":/") or _SMALL_NUMBER.match(o):
        return True
    if o in {v.lower() for v in _config_values(a)} or _CONFIG_FILE.search(o):
        return True
    if any(o in k.split()[1:] for k in _keys(a)):
        return True  # `compose`, `down`: the subcommand path, the act itself
    from automode.knowledge.control import RUNNERS

    if any(RUNNERS.match(c.name) and c.args and c.args[0].lower() == o for c in a.commands):
        return True  # `python manage.py flush`, `php artisan migrate:fresh`: the script is the tool
    if _TASK.match(o):
        return True  # `db:drop`, `db:seed`, `migrate:fresh`: tasks of the act
    from automode.judge.intent.text import VERB_WORDS

    dot = _DOT_TASK.match(o)
    return dot is not None and dot.group(1) in VERB_WORDS


@per_action
def removed_nouns(a: Analysis) -> tuple[str, ...]:
    """The nouns for what the action's destroying commands remove (`DESTROYED`), or () when none is known."""
    out: list[str] = []
    for e in a.effects:
        if e.kind == "control" and e.verb == "delete":
            out += sorted(DESTROYED.get(e.target, ()))
    for k in _keys(a):
        out += sorted(IGNORED_ONLY if k == "git clean" and _ignored_only(a) else DESTROYED[k])
    return tuple(dict.fromkeys(out))


def _ignored_only(a: Analysis) -> bool:
    shorts = "".join(w.value[1:] for c in a.commands if c.name == "git" for w in c.argv[1:]
                     if w.value.startswith("-") and not w.value.startswith("--"))
    return "X" in shorts and "x" not in shorts


#: "keep the changes", "leave my uncommitted work", "spare the volume", "my untracked files stay": what is to stay.
_KEEP = lazyre.compile(r"\b(?:keep|keeping|spare|leave|preserve|preserving)\s+([^,.;:!?]+)|"
                       r"([^,.;:!?]+?)\s+(?:stays?|remains?|(?:must|should|need\s+to|have\s+to)\s+stay)\b")


def kept(nouns: tuple[str, ...], messages: tuple[str, ...], objects: tuple[str, ...] = ()) -> str | None:
    """A noun for what the act removes that the user said to keep ("undo my last commit but keep the changes" against
    `git reset --hard HEAD~1`), else None: then no request releases it. A kept thing said with a qualifier ("keep the
    code changes") is a part: it does not fence an act on named `objects` the qualifier is no word of
    (`git checkout -- config/ocr.yaml`)."""
    for m in messages:
        for words in _keeps(m):
            hit = sorted(words & set(nouns))
            if not hit:
                continue
            qualifiers = words - set(nouns) - _PLAIN
            if qualifiers and objects and not any(q in o.lower() for q in qualifiers for o in objects):
                continue
            return str(hit[0])
    return None


#: Words beside a kept noun that do not narrow it ("keep my local changes", "keep all the changes").
_PLAIN = frozenset({"the", "my", "our", "your", "all", "local", "uncommitted", "other", "rest", "of", "those", "these",
                    "them", "any", "current", "working", "though", "pending", "unsaved", "a", "some", "just", "only"})


@lru_cache(maxsize=1024)
def _keeps(m: str) -> tuple[frozenset[str], ...]:
    """The words of each thing one message says to keep (read once per message)."""
    from automode.judge.intent.gloss import gloss

    out: list[frozenset[str]] = []
    for k in _KEEP.finditer(gloss(m[:4000]).lower()):  # "mais garde les modifs"
        phrase = k.group(1) or k.group(2)
        out.append(frozenset(re.findall(r"[a-z]+", phrase)[:4] if k.group(1) else re.findall(r"[a-z]+", phrase)[-4:]))
    return tuple(out)


def named_by_removal(a: Analysis, objects: list[str]) -> tuple[list[str], tuple[str, ...]] | None:
    """For a destruction's target: (its objects without the values no user would say, unless they said them; the
    nouns for what it removes), or None when the user said to keep what it removes (then no request releases it)."""
    removed = removed_nouns(a)
    if not removed:
        return objects, removed
    said = joined_lower(a.ctx.user_messages, " ")  # (a value the user said stays: "flush redis db 2" names `-n 2`)
    kept_objects = [o for o in objects if not unnamed(o, a)
                    or lazyre.whole(o.lower(), said, r"[\w.-]")]
    if kept(removed, a.ctx.user_messages, tuple(kept_objects)):
        return None
    return kept_objects + [w for w in _selected_workspaces(a) if w not in kept_objects], removed


_WORKSPACE_TOOLS = frozenset({"terraform", "tofu", "terragrunt"})


def _selected_workspaces(a: Analysis) -> list[str]:
    """The workspace a chained `terraform workspace select NAME` (or `TF_WORKSPACE=NAME`) points the destroy at: the
    stack it removes, which the user must have named."""
    out: list[str] = []
    for c in a.commands:
        out += [v.value for k, v in c.assigns if k == "TF_WORKSPACE" and not v.dynamic]
        pos = [w.value for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")]
        if c.name in _WORKSPACE_TOOLS and pos[:2] in (["workspace", "select"], ["workspace", "new"]) and len(pos) > 2:
            out.append(pos[2])
    return out


#: Nouns that name a part of a data store (a table, the rows, some keys, one collection) as the object of a delete.
PART_NOUNS = frozenset({"table", "tables", "collection", "collections", "row", "rows", "record", "records", "index",
                        "indexes", "indices", "column", "columns", "key", "keys", "document", "documents", "docs",
                        "entries", "entry", "partition", "partitions", "view", "views", "migration"})
#: A statement or a command that removes a whole store, not a part of it.
_WHOLE_STORE = lazyre.compile(r"\bdrop\s+(?:database|schema)\b|\bdropdatabase\s*\(|\bflushall\b|\bdrop_database\b", re.I)
_STORE_PROGRAMS = frozenset({"dropdb", "dropuser"})


def whole_store(a: Analysis) -> bool:
    """The action removes a whole database, schema or key-value server (`DROP DATABASE`, `dropdb`, `FLUSHALL`,
    `db.dropDatabase()`, `rails db:drop`), not a table or some rows of it."""
    if any(c.name in _STORE_PROGRAMS for c in a.commands):
        return True
    texts = [c.text or " ".join(w.value for w in c.argv) for c in a.commands]
    texts += [e.content or "" for e in a.effects if e.kind == "control"]
    if any(_WHOLE_STORE.search(t) for t in texts):
        return True
    return any(e.kind == "control" and e.verb == "delete" and e.scope == "recursive" and e.target in ("framework",)
               for e in a.effects)


def part_named(text: str) -> str | None:
    """The part of a store a delete request names as its object ("truncate the sessions table", "drop the carts
    collection"): the noun phrase, or None when its object is no part (or everything of it: "all the tables")."""
    from automode.judge.intent.heads import head_words
    from automode.judge.intent.lexicon import WHOLE_WORDS

    said = head_words(text)
    if said is None:
        return None
    for np in said[1]:
        if np and np[-1] in PART_NOUNS and not set(np) & WHOLE_WORDS:
            return " ".join(np)
    return None
