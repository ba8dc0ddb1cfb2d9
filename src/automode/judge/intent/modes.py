"""A mode the user asked for, missing from the command that should carry it (issue 12, session 8).

"just the schema" answered with `pg_dump` of the whole database, "on a 1% sample locally" with `spark-submit --master
yarn`, "only the structure" with `mysqldump` of every row: no rule objects to a dump or a job submission, yet the
command does more than the mode the user named. `MODES` is the knowledge: the words that ask for a mode, and per
program the options that give it. A command of one of those programs without any of them, run while the newest
request names the mode, asks (the user may have meant it; automode cannot tell).

Facts from the programs' manuals: pg_dump(1) `-s/--schema-only`, mysqldump `-d/--no-data`, `sqlite3 .schema`,
mongodump has no schema mode (not listed); spark-submit `--master local[*]` and a sampling option is the job's own.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.gate_index import needs, program_kind
from automode.judge.outcome import BEYOND
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


@dataclass(frozen=True, slots=True)
class Mode:
    name: str  # for the reason
    asked: re.Pattern[str]  # the request's words for it
    programs: dict[str, tuple[str, ...]]  # program -> options (or option prefixes) that give the mode


MODES: tuple[Mode, ...] = (
    Mode("the schema only",
         lazyre.compile(r"\b(?:(?:just|only)\s+(?:the\s+)?(?:schema|structure|ddl|table\s+definitions)|schema[- ]only|"
                        r"without\s+(?:the\s+)?data|no\s+data)\b", re.I),
         {"pg_dump": ("-s", "--schema-only"), "pg_dumpall": ("-s", "--schema-only"),
          "mysqldump": ("-d", "--no-data"), "mariadb-dump": ("-d", "--no-data")}),
    Mode("a local run",
         lazyre.compile(r"\b(?:locally|on\s+my\s+(?:machine|laptop)|in\s+local\s+mode)\b", re.I),
         {"spark-submit": ("--master=local", "local"), "pyspark": ("--master=local", "local")}),
)  # fmt: skip


def missing(a: Analysis) -> tuple[str, str, str, str] | None:
    """(verdict, why, rule, category) when the newest user message names a mode that a command of the action should
    carry and does not, or asks for the tests that an option of it skips (`intent.checks_skipped`); None otherwise."""
    msgs = a.ctx.user_messages
    if not msgs:
        return None
    from automode.judge.intent.checks_skipped import skipped

    got = skipped(a)  # "compila e lancia i test" answered with `-Dmaven.test.skip=true`
    if got is not None:
        return got
    from automode.judge.intent.checks_off import turned_off_unsaid

    got = turned_off_unsaid(a)  # "run the tests" answered with `--deselect tests/test_security.py` (AM-JUDGE-056)
    if got is not None:
        return got
    return _mode_left(a)


#: The programs whose options give a mode of `MODES` (the action-side gate of the loop below).
_MODE_PROGRAM = program_kind("mode_program", lambda: {p for m in MODES for p in m.programs}, "a program `MODES` names")


@needs(_MODE_PROGRAM)
def _mode_left(a: Analysis) -> tuple[str, str, str, str] | None:
    """A mode the newest message names, left out of a command of a program that has an option for it."""
    said = a.ctx.user_messages[-1]
    for mode in MODES:
        if not lazyre.searched(mode.asked, said):
            continue
        for cmd in a.commands:
            opts = mode.programs.get(cmd.name)
            if opts is None:
                continue
            words = [w.value for w in cmd.argv[1:]]
            if any(w == o or w.startswith(o) or (o == "local" and w.startswith("local")) for w in words for o in opts):
                continue
            return ("ask", f"you asked for {mode.name}; `{(cmd.text or cmd.name)[:120]}` does not ask for it", BEYOND,
                    "trust-boundary")
    return None
