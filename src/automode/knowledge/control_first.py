"""The entries of a control table that can match a command, by its first positional word (`knowledge.control_match.match`).

A table lists up to hundreds of patterns and `match` takes the first that fits; most patterns start with a literal
subcommand (`delete`, `rollout|scale`), so only the entries whose first positional token could be the command's first
word, or whose first token is a wildcard or an option, are tried, in their table order. Built once per table and
first word (the words are a tool's subcommands: a few per table in a session).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from automode.shell.parse import Command


class _Tok(Protocol):
    @property
    def names(self) -> tuple[str, ...]: ...

    @property
    def option(self) -> bool: ...


class _Entry(Protocol):
    @property
    def tokens(self) -> Sequence[_Tok]: ...


E = TypeVar("E", bound=_Entry)
_WILD = frozenset("*?[")
#: Per table, the words seen: more distinct first words than this are filtered without being kept.
_MAX_WORDS = 512
#: id(a table's entries) -> (those entries, each with its literal first words, the entries kept per first word)
_BY_TABLE: dict[int, tuple[object, tuple[tuple[object, frozenset[str] | None], ...], dict[str | None, tuple[object, ...]]]] = {}


def _firsts(e: _Entry) -> frozenset[str] | None:
    """The literal words an entry's first positional token accepts; None when any word may (a wildcard, or no
    positional token at all)."""
    for t in e.tokens:
        if t.option:
            continue
        if any(not _WILD.isdisjoint(n) for n in t.names):
            return None
        return frozenset(t.names)
    return None


def candidates(entries: tuple[E, ...], first: str | None) -> tuple[E, ...]:
    """The entries (a table's, in its order) that can match a command whose first positional word (lower case) is
    `first` (None: it has none)."""
    got = _BY_TABLE.get(id(entries))
    if got is None or got[0] is not entries:
        got = (entries, tuple((e, _firsts(e)) for e in entries), {})
        _BY_TABLE[id(entries)] = got
    hit = got[2].get(first)
    if hit is None:
        hit = tuple(e for e, lits in got[1] if lits is None or (first is not None and first in lits))
        if len(got[2]) < _MAX_WORDS:
            got[2][first] = hit
    return cast("tuple[E, ...]", hit)


def jar_tool(cmd: Command, idx: Mapping[str, object]) -> tuple[str, list[tuple[str, bool]]] | None:
    """`java [opts] -jar DIR/jenkins-cli.jar WORDS`: the tool a table knows by the jar's name, and its words."""
    vals = [w.value for w in cmd.argv[1:]]
    if "-jar" not in vals[:-1]:
        return None
    k = vals.index("-jar")
    jar = vals[k + 1].rsplit("/", 1)[-1]
    tool = jar[:-4] if jar.lower().endswith(".jar") else jar
    return (tool, [(w.value, w.dynamic) for w in cmd.argv[k + 3 :]]) if tool in idx else None
