"""Regular expressions compiled on first use, not at import.

A hook process decides one action and exits, and most of the patterns the package defines are never needed for that
action: compiling all of them at import cost more than the decision itself. `compile` returns a stand-in that compiles
its pattern the first time any attribute is read, then stores the compiled pattern's methods on itself, so later
calls (`search`, `match`, `sub`, ...) cost what they cost on the compiled pattern. Nothing is cached outside the
process.
"""

from __future__ import annotations

import re

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
