"""Walking a command line with a program's facts (`automode.knowledge.programs.Spec`): which words are options, which
option takes the next word as its argument, which are positional, and which subcommand's entry applies."""

from __future__ import annotations

from collections.abc import Mapping

from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Entry(Protocol):
    """What walking reads of an entry (`automode.knowledge.programs.Spec`, which imports this module)."""

    inline_opts: frozenset[str]
    flag_opts: frozenset[str]
    global_opts: frozenset[str]
    sub_opts: frozenset[str]
    runs_rest: bool
    subs: Mapping[str, Any]

    @property
    def with_arg(self) -> frozenset[str]: ...

    def rest_from(self, pos: list[Word]) -> int | None: ...


E = TypeVar("E", bound=Entry)


class Opt:
    """One option on the command line: its name, its argument where it takes one, and where they are in argv."""

    __slots__ = ("index", "name", "value", "vindex")

    def __init__(self, name: str, value: Word | None, index: int, vindex: int = -1) -> None:
        self.name = name  # `--to-command`, `-I`, `-o`
        self.value = value
        self.index = index  # argv index of the option
        self.vindex = vindex  # argv index of its argument (the option's own when glued on)


def _walk(cmd: Command, spec: Entry, start: int = 1) -> tuple[list[Opt], list[Word]]:
    """Options (with their arguments where the facts say they take one) and positional words."""
    opts: list[Opt] = []
    pos: list[Word] = []
    with_arg = spec.with_arg
    argv = cmd.argv
    i = start
    ended = False
    while i < len(argv):
        w = argv[i]
        v = w.value
        if ended or w.dynamic or not v.startswith(("-", "+")) or v in ("-", "--") or (v.startswith("+") and "+" not in spec.inline_opts):
            if v == "--" and not ended:
                ended = True
            else:
                pos.append(w)
                # `setarch x86_64 sh -c ...`: from the command on, the words are the command's own.
                ended = ended or (spec.runs_rest and spec.rest_from(pos) is not None)
            i += 1
            continue
        if v.startswith("--") and "=" in v:
            k, _, val = v.partition("=")
            opts.append(Opt(k, Word(val, w.raw, w.dynamic, w.glob), i, i))
        elif v in spec.flag_opts:
            opts.append(Opt(v, None, i))
        elif "=" in v and v.partition("=")[0] in with_arg:  # `-pdflatex='cmd'`: a single-dash long option's value
            k, _, val = v.partition("=")
            opts.append(Opt(k, Word(val, w.raw, w.dynamic, w.glob), i, i))
        elif v in with_arg:
            nxt = argv[i + 1] if i + 1 < len(argv) else None
            opts.append(Opt(v, nxt, i, i + 1 if nxt is not None else -1))
            i += 1
        elif v.startswith("+") and "+" in spec.inline_opts:
            opts.append(Opt("+", Word(v[1:], w.raw, w.dynamic), i, i))
        elif not v.startswith("--") and len(v) > 2 and v[:2] in with_arg:
            opts.append(Opt(v[:2], Word(v[2:], w.raw, w.dynamic, w.glob), i, i))  # `-Ifoo`, `-xscript`
        elif not v.startswith("--") and len(v) > 2:
            # A cluster of flags `-lnp`; when its last letter takes an argument (`-Hf FILE`), the next word is it.
            last = f"-{v[-1]}"
            nxt = argv[i + 1] if last in with_arg and i + 1 < len(argv) else None
            opts.extend(Opt(f"-{c}", None, i) for c in v[1:-1])
            opts.append(Opt(last, nxt, i, i + 1 if nxt is not None else -1))
            opts.append(Opt(v, None, i))
            if nxt is not None:
                i += 1
        else:
            opts.append(Opt(v, None, i))
        i += 1
    return opts, pos


def _subcommand(cmd: Command, spec: E) -> tuple[E, int]:
    """The subcommand's entry (`git clone`, `python -m http.server`) and where its arguments start."""
    if not spec.subs:
        return spec, 1
    argv = cmd.argv
    i = 1
    while i < len(argv):
        v = argv[i].value
        if argv[i].dynamic:
            break
        if v.startswith("-") and v != "-":
            if v in spec.subs:  # `gpg --export-secret-keys`: an option that is the mode
                return spec.subs[v], i + 1
            if v in spec.sub_opts:  # `python -m http.server`: the option's argument picks the entry
                sub = spec.subs.get(argv[i + 1].value) if i + 1 < len(argv) else None
                return (sub, i + 2) if sub is not None else (spec, 1)
            i += 2 if (v in spec.global_opts and "=" not in v) else 1
            continue
        sub = spec.subs.get(v)
        return (sub, i + 1) if sub is not None else (spec, 1)
    return spec, 1
