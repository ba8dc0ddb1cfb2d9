"""The action-side gate index of the judge's intent checks (issue 14, session 24, helper `speed`).

The judge's checks (`judge.intent.*`) compare what the action carries with what the user said. Most actions carry
nothing a given check looks at (no build file, no amount, no withdrawal command), yet each check used to read the
user's words and the action anew for every action. Here each gated check declares the kinds of value it needs
(`@needs("build_file", "withdrawal")`), the action's kinds are read once per decision (each kind at most once, when
a check first asks about it), and a check runs only when one of its kinds is present; a check declaring nothing runs
always. A gated check returns None when it does not run, exactly what it returns on such an action when it runs:
a kind must be a necessary condition of the check finding anything, read from the same values the check reads.

The kinds are data (`KINDS`: a name, the reader that says whether the action carries one). `GATES` records which
check declared which kinds (for the docs and the tests).

How to gate a check (session 25):
1. find a NECESSARY condition of the check finding anything, read from the action alone (a program it reads, a value
   shape its tables need); the words' side is no kind: read it once per session instead (an `lru_cache` keyed on
   the words, in the check's module), and first when it is the cheaper side;
2. use an existing kind (`KINDS` below), or register one: a kind of program from the check's own table with
   `program_kind` at the top of the check's module (`modes._MODE_PROGRAM`), any other reader by adding it to `KINDS`
   (its tables in `knowledge.action_kinds`, so that this module imports no check);
3. decorate the check (`@needs("fixer")`; several kinds: any of them), add its module to `GATED_MODULES`, and give
   it fresh cases that still fire with the kind present and with the index bypassed (`tests/judge/test_s2*_speed.py`). Setting `AUTOMODE_GATE_VERIFY=1` in the environment runs a
gated check anyway when its kinds are absent and records in `MISSED` any answer that is not None (the proof that a
gate never hides a finding: `tests/judge/test_gate_index.py` and the bench run in the session's notes).
"""

from __future__ import annotations

import os
from functools import wraps

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from automode.analysis import Analysis

T = TypeVar("T")

#: Run gated checks anyway and record what a gate would have hidden (tests and the bench proof only).
VERIFY = os.environ.get("AUTOMODE_GATE_VERIFY", "") not in ("", "0")
#: (check, the kinds it declared, what it answered although none of them was present), in verify mode.
MISSED: list[tuple[str, tuple[str, ...], object]] = []
#: check name -> the kinds it declared (filled as the checks' modules are imported: `declared()` imports them all).
GATES: dict[str, tuple[str, ...]] = {}
#: The modules of `judge.intent` whose checks declare kinds (`tests/judge/test_s24_speed.py` keeps the list whole).
GATED_MODULES = ("fixer_reach", "modes", "other_artifact", "quantities", "said_kinds", "said_values", "selects")


def declared() -> dict[str, tuple[str, ...]]:
    """Every gated check and its kinds (imports the gated modules)."""
    from importlib import import_module

    for m in GATED_MODULES:
        import_module(f"automode.judge.intent.{m}")
    return dict(GATES)


def _words(a: Analysis) -> list[str]:
    """Every argument word of the action's commands, as spelled (a command's words; empty for other tools)."""
    return [w.value for c in a.commands for w in c.argv[1:]] if a.shell else []


def _build_file(a: Analysis) -> bool:
    """A word ending in a build file's extension (`knowledge.action_kinds.ARTIFACT_EXTS`): `app-4.12.ipa`, `x.whl`."""
    from automode.knowledge.action_kinds import ARTIFACT_EXTS

    return any(len(v) > 4 and v.lower().endswith(ARTIFACT_EXTS) for v in _words(a))


def _withdrawal(a: Analysis) -> bool:
    """A command of a program that withdraws published versions (`knowledge.action_kinds.WITHDRAWALS`)."""
    from automode.knowledge.action_kinds import WITHDRAWALS

    progs = {p for p, _, _ in WITHDRAWALS}
    return a.shell and any(c.name in progs for c in a.commands)


_DIGIT = lazyre.compile(r"\d")


def _option(a: Analysis) -> bool:
    """An option among a command's words (`-x`, `--name`, `--name=value`), as spelled."""
    return any(v.startswith("-") for c in a.commands for w in c.argv[1:] for v in (w.value,))


def programs(a: Analysis) -> frozenset[str]:
    """The programs the action's commands run, as spelled and by their base name (`./bin/kill`: both), read once
    per decision."""
    r = _read(a)
    if r.programs is None:
        r.programs = frozenset(n for c in a.commands for n in (c.name, c.name.rsplit("/", 1)[-1]))
    return r.programs


def _runs(table: Callable[[], Collection[str]], what: str) -> Callable[[Analysis], bool]:
    """A kind of program: the action runs one of `table()`'s programs (by its name as spelled or its base name)."""

    def reader(a: Analysis) -> bool:
        return not programs(a).isdisjoint(table())

    reader.__doc__ = f"A command of {what}."
    return reader


def _senders() -> Collection[str]:
    from automode.knowledge.action_kinds import SIGNAL_SENDERS

    return SIGNAL_SENDERS.keys()


def _digit(a: Analysis) -> bool:
    """A digit anywhere in what the action spells (a count, an amount, a version, an id, a port, a time)."""
    if a.shell:
        return _DIGIT.search(a.command_text) is not None or _DIGIT.search(
            "\n".join(w.value for c in a.commands for w in c.argv)) is not None  # (one search over every word)
    return _DIGIT.search(repr(a.action.input)) is not None


def _fixer(a: Analysis) -> bool:
    """A command of a formatter or a linter of `knowledge.modeflags.DRY_ROWS` (by `program_of`: `npx` aside, the
    program `php artisan`/`python manage.py` look through), the programs `intent.fixer_reach` reads."""
    if not a.shell:
        return False
    from automode.knowledge.modeflags import fixer_programs, program_of

    progs = fixer_programs()
    return any(program_of(c)[0] in progs for c in a.commands)


#: kind -> the reader that says whether the action carries a value of that kind.
KINDS: dict[str, Callable[[Analysis], bool]] = {
    "build_file": _build_file,
    "withdrawal": _withdrawal,
    "digit": _digit,
    "option": _option,
    # programs (the tables the checks read; a check's own test of the program stays where it is)
    "signal_sender": _runs(_senders, "a program that sends a process a signal (`knowledge.action_kinds.SIGNAL_SENDERS`)"),
    "git": _runs(lambda: ("git",), "git"),
    "fixer": _fixer,
}


def program_kind(kind: str, table: Callable[[], Collection[str]], what: str) -> str:
    """Register a kind of program from a check's own table (`table()`, read when first asked) and return its name:
    `_MODE = program_kind("mode_program", lambda: {p for m in MODES for p in m.programs}, "a program MODES names")`
    at the top of the check's module, then `@needs(_MODE)`. The action carries the kind when one of its commands runs
    one of the table's programs, by its name as spelled or its base name."""
    KINDS[kind] = _runs(table, what)  # (a module imported again registers its kind again: the same reader)
    return kind

class _Read:
    """What was read of one analysis: its kinds so far, its programs."""

    __slots__ = ("analysis", "kinds", "programs")

    def __init__(self, analysis: object) -> None:
        self.analysis = analysis
        self.kinds: dict[str, bool] = {}
        self.programs: frozenset[str] | None = None


_last: list[_Read] = [_Read(None)]


def _read(a: Analysis) -> _Read:
    """The reading of this analysis (one slot, replaced whole, as `per_action`: another analysis is read anew)."""
    r = _last[0]
    if r.analysis is not a:
        r = _last[0] = _Read(a)
    return r


def has(a: Analysis, kind: str) -> bool:
    """Whether the action carries a value of `kind`, read once per decision."""
    kinds = _read(a).kinds
    got = kinds.get(kind)
    if got is None:
        got = kinds[kind] = KINDS[kind](a)
    return got


def needs(*kinds: str) -> Callable[[Callable[..., T | None]], Callable[..., T | None]]:
    """Declare the kinds a check `f(a, ...)` needs: it runs only when the action carries one of them (any, when none
    is declared) and answers None otherwise."""
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown kinds {unknown}: add a reader to gate_index.KINDS")

    def gate(f: Callable[..., T | None]) -> Callable[..., T | None]:
        name = f"{f.__module__.rsplit('.', 1)[-1]}.{f.__name__}"
        GATES[name] = kinds

        @wraps(f)
        def run(a: Analysis, *args: object, **kw: object) -> T | None:
            if not kinds or any(has(a, k) for k in kinds):
                return f(a, *args, **kw)
            if VERIFY:
                got = f(a, *args, **kw)
                if got is not None:
                    MISSED.append((name, kinds, got))
            return None

        return run

    return gate


