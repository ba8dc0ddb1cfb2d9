"""Regular expressions compiled on first use, not at import.

A hook process decides one action and exits, and most of the patterns the package defines are never needed for that
action: compiling all of them at import cost more than the decision itself. `compile` returns a stand-in that compiles
its pattern the first time any attribute is read, then stores the compiled pattern's methods on itself, so later
calls (`search`, `match`, `sub`, ...) cost what they cost on the compiled pattern. Nothing is cached outside the
process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode.typing_lite import Any, AnyStr, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _Lazy:
    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.__dict__["_args"] = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self.__dict__["_args"])
        for meth in _METHODS:
            self.__dict__[meth] = getattr(compiled, meth)
        self.__dict__["_compiled"] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.__dict__['_args'][0]!r})"


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """A pattern compiled the first time it is used (same behaviour as `re.compile(pattern, flags)` otherwise)."""
    return cast("re.Pattern[AnyStr]", _Lazy(pattern, flags))


#: Patterns built at run time (from the user's words, an action's values, a table row), compiled once per process.
_BUILT: dict[tuple[str, int], re.Pattern[str]] = {}


def built(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, kept in a bounded cache of its own: the patterns a decision builds from words
    (hundreds per session) would otherwise push each other and the package's table rows out of the `re` module's
    512 entries, and be parsed again on every decision."""
    key = (pattern, flags)
    p = _BUILT.get(key)
    if p is None:
        if len(_BUILT) >= 8192:
            _BUILT.clear()
        p = _BUILT[key] = re.compile(pattern, flags)
    return p


def whole(value: str, text: str, before: str = r"[\w-]", after: str = r"[\w-]") -> re.Match[str] | None:
    """Where `value` is written in `text` with no character of the class `before` right before it nor of `after`
    right after it (a name as a whole word): `re.search(f"(?<!{before}){re.escape(value)}(?!{after})", text)`, with
    a substring test first, so that a value written nowhere costs no pattern at all."""
    if value not in text:
        return None
    return built(f"(?<!{before}){re.escape(value)}(?!{after})").search(text)


@lru_cache(maxsize=64)
def lower_each(texts: tuple[str, ...]) -> tuple[str, ...]:
    """Each text in lower case, once per tuple of texts (a session's messages: hosts and names are looked up in them
    for every action)."""
    return tuple(t.lower() for t in texts)


@lru_cache(maxsize=64)
def joined_each(texts: tuple[str, ...]) -> str:
    """`texts` joined by newlines, once per tuple of texts: a value with no newline in it is in one of them exactly when
    it is in this (a session's messages: one substring test instead of one per message)."""
    return "\n".join(texts)


@lru_cache(maxsize=64)
def all_ascii(texts: tuple[str, ...]) -> bool:
    """Every text is ASCII, once per tuple of texts (a session's messages, asked for every action)."""
    return all(t.isascii() for t in texts)


@lru_cache(maxsize=1024)
def searched(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a text that recurs from one decision to the next (the user's words of a session):
    searched once per text, then a dictionary lookup. `pattern` is a package-level pattern (kept by identity)."""
    return pattern.search(text)


@lru_cache(maxsize=1024)
def any_searched(pattern: re.Pattern[str], texts: tuple[str, ...]) -> bool:
    """Whether `pattern` is found in any of `texts` (a session's messages), read once per tuple of texts: a rule or a
    check that asks it of every action then pays a dictionary lookup. `pattern` is a package-level pattern."""
    return any(pattern.search(t) is not None for t in texts)
