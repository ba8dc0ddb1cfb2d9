"""Dataclass methods compiled once, at build time, for the hook process (issue 14).

`@dataclass` writes the source of each method it adds (`__init__`, `__repr__`, `__eq__`, `__hash__`, and for frozen
classes `__setattr__`/`__delattr__`) and compiles it with `exec`: six compilations per frozen class, some 45 classes
on a cold hook's path, about a seventh of its time. The build step (`python -m automode.dctable_build`) writes the
exact texts automode's classes produce into `dctable_data.py` (what a hook process makes on the build's
representative actions) and `dctable_more_data.py` (the rest), each followed by the code object Python compiled from
it (the modules are cached as bytecode like any other); `install()` gives the `dataclasses` module an `exec` that
looks the text up and runs the stored code object, and compiles as before any text it does not hold. The stored
code is compiled from the very same text by this interpreter, with the same (no) future flags, so the methods are
the same; only their file name in a traceback differs. Automode's own hook processes (`-I -S`) make their classes
without `dataclasses` (`automode.dc_light`), which reads the same table; `install()` is for a class that module
hands to `dataclasses`, never called where automode is imported as a library.
"""

from __future__ import annotations

import builtins
import types

from automode.typing_lite import Any

_INSTALLED = False
#: Texts this process ran from the table (for `automode bench --speed`).
USED = [0]


def install() -> bool:
    """Give `dataclasses` the table-backed `exec`. Returns whether a table was found."""
    global _INSTALLED
    if _INSTALLED:
        return True
    try:
        from automode.dctable_data import CODES
    except ImportError:
        return False
    try:
        from automode.dctable_more_data import CODES as MORE
    except ImportError:
        MORE = {}
    CODES = {**CODES, **MORE}
    import dataclasses

    real_exec = builtins.exec

    def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
        code = CODES.get(source) if isinstance(source, str) and isinstance(globals, dict) and isinstance(locals, dict) else None
        if code is None:
            real_exec(source, dataclasses.__dict__ if globals is None else globals, locals)
            return
        # What exec(source, globals, locals) does: the text is one `def __create_fn__(...)` statement, so it binds
        # that function in `locals`, its globals being `globals` (which gets `__builtins__` if it has none).
        globals.setdefault("__builtins__", builtins.__dict__)
        locals[code.co_name] = types.FunctionType(code, globals)
        USED[0] += 1

    dataclasses.exec = _exec  # type: ignore[attr-defined]  # a module global shadows the builtin for dataclasses only
    _INSTALLED = True
    return True
