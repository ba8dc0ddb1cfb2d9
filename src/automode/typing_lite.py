"""The names of `typing` that automode's hook path uses, without importing `typing` in a hook process (issue 14).

`typing` (with `contextlib` and `warnings`) is about 5 ms of CPU of a cold hook, and automode needs almost nothing
of it at run time: annotations are never evaluated (`from __future__ import annotations` everywhere). What is used
at run time is small: `cast` (returns its value), `Literal[...]` aliases read back with `get_args`, `Protocol` as a
base class that only type checkers read, and names that appear inside subscripted aliases. In automode's own hook
processes (`python -I -S`, the switch `automode.dc` uses too) this module gives stand-ins that behave that way;
everywhere else it is `typing` itself, so a library user, the tests and type checkers see the real names. Modules on
the hook path import these names from here; `tests/integrations/test_cold_imports.py` keeps `typing` out of a cold
decision, so a new `from typing import` on that path is caught.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any as Any
    from typing import AnyStr as AnyStr
    from typing import Literal as Literal
    from typing import NoReturn as NoReturn
    from typing import Protocol as Protocol
    from typing import TypeVar as TypeVar
    from typing import cast as cast
    from typing import get_args as get_args
elif not (sys.flags.isolated and sys.flags.no_site):
    from typing import Any, AnyStr, Literal, NoReturn, Protocol, TypeVar, cast, get_args
else:

    class _Name:
        """A name that only stands in an alias or a subscript (`dict[str, Any]`)."""

        __slots__ = ("_name",)

        def __init__(self, name):
            self._name = name

        def __repr__(self):
            return "typing." + self._name

    class _LiteralAlias:
        __slots__ = ("__args__",)

        def __init__(self, args):
            self.__args__ = args

        def __repr__(self):
            return "typing.Literal[" + ", ".join(map(repr, self.__args__)) + "]"

    class _Literal:
        __slots__ = ()

        def __getitem__(self, args):
            return _LiteralAlias(args if isinstance(args, tuple) else (args,))

    class Protocol:
        """Stands for `typing.Protocol` as a base class: a protocol is read by type checkers only."""

        __slots__ = ()

    def cast(typ, val):
        return val

    def get_args(tp):
        return getattr(tp, "__args__", ())

    def TypeVar(name, *constraints, **kw):
        return _Name(name)

    Any = _Name("Any")
    AnyStr = _Name("AnyStr")
    NoReturn = _Name("NoReturn")
    Literal = _Literal()

__all__ = ["TYPE_CHECKING", "Any", "AnyStr", "Literal", "NoReturn", "Protocol", "TypeVar", "cast", "get_args"]
