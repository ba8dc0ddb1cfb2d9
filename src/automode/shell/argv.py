"""Reading a command's argument vector: operands without options, option values, and the short flags it sets."""

from __future__ import annotations

from automode.shell.parse import Command
from automode.shell.words import Word


def positional(cmd: Command, opts_with_arg: frozenset[str] = frozenset()) -> list[Word]:
    out: list[Word] = []
    args = cmd.argv[1:]
    i = 0
    ended = False
    while i < len(args):
        w = args[i]
        v = w.value
        if not ended and v == "--":
            ended = True
        elif not ended and v.startswith("-") and len(v) > 1 and not w.dynamic:
            if v in opts_with_arg:
                i += 1
        else:
            out.append(w)
        i += 1
    return out


def operands(words: list[str], opts_with_arg: frozenset[str] | tuple[str, ...] = frozenset()) -> list[str]:
    """The words of an argument list that are not options nor option values (`pg_ctl -D DIR stop` -> [stop])."""
    out: list[str] = []
    skip = False
    for w in words:
        if skip:
            skip = False
        elif w.startswith("-"):
            skip = w in opts_with_arg
        else:
            out.append(w)
    return out


def short_flags(cmd: Command) -> set[str]:
    """Single-letter flags, clusters split: `-rf` -> {r, f}; long flags kept whole: {--force}."""
    flags: set[str] = set()
    for w in cmd.argv[1:]:
        v = w.value
        if v == "--":
            break
        if v.startswith("--"):
            flags.add(v.split("=", 1)[0])
        elif v.startswith("-") and len(v) > 1 and not w.dynamic:
            flags.update(v[1:])
    return flags


def option_values(args: list[str], short: str, long: str, *, clustered: bool = False) -> list[str]:
    """The values of one option in its spellings: `-o x`, `-ox`, `--long x`, `--long=x`; with `clustered`, also
    after other short flags (`git commit -am x`)."""
    out: list[str] = []
    for i, x in enumerate(args):
        if x in (short, long) or (clustered and x[:1] == "-" and x[1:2] != "-" and x.endswith(short[1]) and len(x) > 2):
            out += args[i + 1 : i + 2]
        elif x.startswith(long + "="):
            out.append(x.split("=", 1)[1])
        elif x.startswith(short) and len(x) > 2:
            out.append(x[2:])
    return out
