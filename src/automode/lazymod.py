"""`import X` paid for on first use (issue 14: a cold hook imports only what its decision needs).

`X = lazymod.module("X", __name__)` binds a stand-in that imports `X` on its first attribute access and then puts
the real module in its place in the importing module's globals, so every later use is an ordinary global lookup of
the real module. For modules a decision uses only for some actions (`ast` for code an interpreter is given, the
file-content analysis for writes). Type checkers are shown the plain import (`if TYPE_CHECKING: import X`).
"""

from __future__ import annotations

import sys

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType


class _Lazy:
    __slots__ = ("_as", "_into", "_name")

    def __init__(self, name: str, into: str, bound: str) -> None:
        self._name, self._into, self._as = name, into, bound

    def __getattr__(self, attr: str) -> object:
        real = load(self._name)
        into = sys.modules.get(self._into)
        if into is not None and vars(into).get(self._as) is self:
            setattr(into, self._as, real)
        return getattr(real, attr)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def load(name: str) -> ModuleType:
    """`importlib.import_module(name)` for an absolute name, without importing `importlib` itself (its package
    imports `warnings`: both unused by a hook process otherwise)."""
    got = sys.modules.get(name)  # (as import_module: a module registered by itself is not imported again)
    if got is None:
        __import__(name)
        got = sys.modules[name]
    return got


def module(name: str, into: str, bound: str | None = None) -> ModuleType:
    """A stand-in for module `name`, bound as `bound` (default: its last name) in the module named `into`."""
    lazy: ModuleType = _Lazy(name, into, bound or name.rpartition(".")[2])  # type: ignore[assignment]
    return lazy
