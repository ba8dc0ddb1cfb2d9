"""Regular expressions compiled once, at build time, for the hook process (issue 14: "do not compile on the hot
path what can be compiled once").

Python compiles a pattern in pure Python (`re._parser`, `re._compiler`) before handing the program to the C engine
(`_sre.compile`); a cold hook compiled some 70 patterns for a `git status`, about a sixth of its time. The build step
(`python -m automode.retable_build`) stores each pattern's finished program in `retable_data.py` (those a hook uses
on the build's representative actions) and `retable_more_data.py` (the rest, in shards by a checksum of the
pattern: a pattern the first lacks reads its own shard, about a thirtieth of the rest), generated modules inside the package (as protected as the code itself, cached by Python as bytecode like any module), and `install()`
makes `re` build a pattern from its stored program instead of compiling it. The stored program is the compiler's own
output for this exact interpreter: the table is used only on the Python version, `_sre` magic, code size and byte
order it was built on (else nothing changes), `_sre.compile` validates every program it is given, and a test checks
that each stored pattern equals (`==` compares the programs) what `re.compile` makes. A pattern missing from the
table compiles as usual. Installed only in automode's own hook processes (`adapters.run.main_in_process`), never
in a program that imports automode as a library.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from automode.typing_lite import Any, cast

#: (final flags, the program as base64 of zlib of its 4-byte words, group count, group index, index group)
Entry = tuple[int, str, int, dict[str, int], tuple[str | None, ...]]

_INSTALLED = False
#: Patterns this process built from the table (for `automode bench --speed`).
BUILT = [0]


def key() -> tuple[tuple[int, ...], int, int, str]:
    """What a stored program depends on: the interpreter's version, `_sre`'s magic and code size, byte order."""
    import _sre  # type: ignore[import-not-found]

    return tuple(sys.version_info[:3]), int(_sre.MAGIC), int(_sre.CODESIZE), sys.byteorder


def table(everything: bool = True) -> dict[tuple[str | bytes, int], Entry]:
    """The stored programs, or {} when they were built for another interpreter (or never built). `retable_data`
    holds those a hook process uses on the representative actions of the build (about a sixth: it loads in a sixth
    of the time), `retable_more_data` the rest; `everything=False` reads only the first."""
    try:
        from automode import retable_data
    except ImportError:
        return {}
    if tuple(retable_data.KEY) != key():
        return {}
    hot = cast("dict[tuple[str | bytes, int], Entry]", retable_data.TABLE)
    return _with_more(hot) if everything else hot


def _with_more(hot: dict[tuple[str | bytes, int], Entry]) -> dict[tuple[str | bytes, int], Entry]:
    out = dict(hot)
    for i in range(_shard_count()):
        out.update(_shard(i))
    return out


def shard_of(pattern: str | bytes, flags: int, count: int) -> int:
    """Which shard of `retable_more_data` holds a pattern: a checksum of its text and flags (the same in every
    process, unlike `hash`)."""
    import zlib

    data = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else b"b" + pattern
    return zlib.crc32(data, flags & 0xFFFFFFFF) % count


def _more() -> Any:
    try:
        from automode import retable_more_data
    except ImportError:
        return None
    return retable_more_data if tuple(retable_more_data.KEY) == key() else None


def _shard_count() -> int:
    more = _more()
    return len(more.SHARDS) if more is not None else 0


def _shard(i: int) -> dict[tuple[str | bytes, int], Entry]:
    """One shard of the rest of the table (stored as base64 of its marshal: unmarshalled only when read)."""
    import binascii
    import marshal

    more = _more()
    if more is None:
        return {}
    return cast("dict[tuple[str | bytes, int], Entry]", marshal.loads(binascii.a2b_base64(more.SHARDS[i])))


def build(pattern: str | bytes, entry: Entry) -> re.Pattern[Any]:
    """The pattern object made from a stored program (what `re._compiler.compile` would return)."""
    import _sre
    import binascii
    import zlib

    flags, packed, groups, groupindex, indexgroup = entry
    code = memoryview(zlib.decompress(binascii.a2b_base64(packed))).cast("I").tolist()
    compiled: re.Pattern[Any] = _sre.compile(pattern, flags, code, groups - 1, groupindex, indexgroup)
    BUILT[0] += 1
    return compiled


def install() -> bool:
    """Make `re` use the stored programs in this process (a hook process). Returns whether a table applies."""
    global _INSTALLED
    if _INSTALLED:
        return True
    stored = dict(table(everything=False))
    compile_: Callable[[Any, Any], Any] | None = getattr(re, "_compile", None)
    if not stored or compile_ is None:
        return False
    original = compile_
    built: dict[tuple[type, Any, int], re.Pattern[Any]] = {}
    more: list[Any] = []  # the module with the rest, once a pattern is missing from the first part
    read: set[int] = set()  # the shards of the rest read so far

    def _compile(pattern: Any, flags: Any) -> Any:
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        try:
            k = (type(pattern), pattern, flags)
            p = built.get(k)
            if p is not None:
                return p
            entry = stored.get((pattern, flags))
        except TypeError:  # unhashable: re reports it
            return original(pattern, flags)
        if entry is None and isinstance(pattern, str | bytes) and isinstance(flags, int):
            if not more:
                more.append(_more())
            if more[0] is not None:  # a pattern the representative actions did not use: its shard, once
                i = shard_of(pattern, flags, len(more[0].SHARDS))
                if i not in read:
                    read.add(i)
                    stored.update(_shard(i))
                    entry = stored.get((pattern, flags))
        if entry is None:
            return original(pattern, flags)
        p = built[k] = build(pattern, entry)
        return p

    re._compile = _compile  # type: ignore[attr-defined]
    _INSTALLED = True
    return True
