"""What leaves or gets copied over, taken WHOLE where the user named a PART (issue 12, session 9).

`parts.py` compares the part a request names with the whole a delete reaches; this module does the same for the acts
that copy data out or over it: dumps, exports, restores (and, in `parts_files.py`, archives, uploads, syncs and
attachments). Seen on sessions automode never saw: "dump just the refunds table" answered with `pg_dump` of the whole
staging database; a restore with `--clean` over a shared database nobody asked to restore.

The action side is the `control` effect the data-store tables give (`knowledge/data/control/pgdump.toml`,
`pgrestore.toml`, `mysqldump.toml`, `mongodump.toml`, ...): a dump is a `read` of origin `data` whose scope is the whole
database (`recursive`), the whole server (`all`), or what its table / collection options select (`values`); a restore
is an `update` or, with `--clean` / `--drop`, a `delete` of the same scopes. The request side is the newest message that
names a part of a data store ("just the refunds table", "the sessions collection", "tables users and orders") with a
verb that copies or restores, or that asks for all of it ("a full backup of every database"): a later message wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from automode import lazyre
from automode.judge.intent.parts_files import files_taken

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect

#: The nouns that name a part of a data store, singular and plural.
PART_NOUNS = frozenset({"table", "tables", "collection", "collections"})
#: Words that copy a store's data out or back in ("dump", "export", "back up", "restore", "load"), nouns included ("a
#: dump of", "a backup of"): a part named next to one of them is what the copy was asked to take.
COPY_WORDS = lazyre.compile(r"\b(?:dump\w*|export\w*|back(?:ing)?\s*up|backups?|cop(?:y|ies)|restor\w*|load\w*|"
                            r"import\w*|extract\w*|download\w*|pull\w*|snapshot\w*|save|clone|unload\w*|seed\w*|"
                            r"replicat\w*|sync\w*|mirror\w*)\b", re.I)  # fmt: skip
#: A request for all of a store: then the whole dump or restore is what was asked.
WHOLE = lazyre.compile(r"\b(?:all|every|everything|whole|entire|full|complete)\b", re.I)
#: "the refunds table", "the users and orders tables", "`public.refunds` table"; "table refunds", "collection sessions".
_BEFORE = lazyre.compile(r"((?:[`'\"]?[\w$.-]+[`'\"]?(?:\s*,\s*|\s+(?:and|&|plus)\s+))*[`'\"]?[\w$.-]+[`'\"]?)\s+"
                         r"(?:tables?|collections?)\b", re.I)  # fmt: skip
_AFTER = lazyre.compile(r"\b(?:tables?|collections?)\s+((?:[`'\"]?[\w$.-]+[`'\"]?(?:\s*,\s*|\s+(?:and|&)\s+))*"
                        r"[`'\"]?[\w$.-]+[`'\"]?)", re.I)  # fmt: skip
_LIST = lazyre.compile(r"\s*,\s*|\s+(?:and|&|plus)\s+")
#: Words next to "table" that are no name ("the whole table", "a staging table", "just one table").
_NOT_NAMES = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "its", "their", "one", "single", "same", "other",
    "just", "only", "each", "every", "all", "whole", "entire", "full", "some", "any", "which", "what", "of", "from", "in",
    "to", "into", "with", "for", "on", "new", "old", "big", "large", "small", "main", "two", "three", "few", "many",
    "local", "staging", "prod", "production", "dev", "test", "db", "database", "sql", "mongo", "postgres", "mysql",
    "is", "are", "was", "be", "it", "them", "as", "by", "and", "or", "but", "not", "no", "then", "also", "too",
    "up", "out", "down", "over", "off", "back", "dump", "export", "copy", "restore", "load", "import", "backup", "save",
})  # fmt: skip
_NAME_SPLIT = lazyre.compile(r"[^a-z0-9_$]+")
_ONLY = lazyre.compile(r"\b(?:just|only)\b", re.I)


def store_parts(text: str) -> frozenset[str] | None:
    """The names of the tables or collections a message names, or None when it names none."""
    names: set[str] = set()
    for rx in (_BEFORE, _AFTER):
        for m in rx.finditer(text):
            for n in _LIST.split(m.group(1)):
                n = n.strip("`'\" ").lower()
                if n and n not in _NOT_NAMES and not n.isdigit():
                    names.add(n)
    return frozenset(names) or None


def asked_store(messages: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """(the message, the parts it names) for the newest message that names a part of a store with a copy or restore
    word; None when the newest such message asks for all of it, or no message names a part."""
    for text in reversed(messages):
        copies, only = COPY_WORDS.search(text), _ONLY.search(text)
        if not copies and not only:
            continue
        if copies and WHOLE.search(text) and not only:
            return None  # "back up the whole db", "a full dump": everything was asked
        parts = store_parts(text)
        if parts:
            return text, parts  # "dump just the refunds table"; "no wait, only the refunds table"
    return None


def _tokens(values: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for v in values:
        low = v.lower()
        out.add(low.strip("`'\""))
        out.update(t for t in _NAME_SPLIT.split(low) if t)
    return out


#: The control tables of the programs that dump a store or load a dump back (`knowledge/data/control/*.toml`), and
#: the SQL clients' dump commands (`.dump`, `.backup`): a TRUNCATE is not a copy, whatever the request says of it.
STORE_COPIERS = frozenset({"pgdump", "pgrestore", "mysqldump", "mongodump"})
DOT_DUMP = lazyre.compile(r"\s*\.(?:dump|backup|save|clone)\b", re.I)
_ACT = {"read": "copies", "update": "restores over", "delete": "drops and restores"}
_WHOLE_OF = {"recursive": "the whole database", "all": "every database on the server"}


def store_taken(effects: Sequence[Effect], messages: Sequence[str]) -> tuple[str, str] | None:
    """A dump or restore that takes more of a data store than the newest request named: ("ask", why), else None."""
    acts = [e for e in effects if e.kind == "control" and e.origin == "data" and e.verb in _ACT
            and (e.target in STORE_COPIERS or DOT_DUMP.match(e.content or ""))]
    if not acts:
        return None
    asked = asked_store(messages)
    if asked is None:
        return None
    _text, parts = asked
    named = ", ".join(sorted(parts)[:3])
    for e in acts:
        if e.scope in _WHOLE_OF:
            return "ask", f"you named {named}; this {_ACT[e.verb]} {_WHOLE_OF[e.scope]}"
        have = _tokens(e.values)
        missing = sorted(p for p in parts if p not in have and not any(t in have for t in _NAME_SPLIT.split(p) if len(t) >= 3))
        if missing and e.values:
            return "ask", f"you named {', '.join(missing[:3])}; this {_ACT[e.verb]} {', '.join(e.values[:3])}"
    return None


def taken(a: Analysis, messages: Sequence[str]) -> tuple[str, str] | None:
    """What of the action copies out or over more than the user named, as (verdict cap, why), or None."""

    if (got := store_taken(a.effects, messages) or files_taken(a, messages)) is not None:
        return got
    from automode.judge.intent.slips import slipped

    return slipped(a)  # a routine request answered with a step past it: `bundle update` for an install (session 16, G5)
