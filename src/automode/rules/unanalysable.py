"""unanalysable: what automode could not understand is never allowed silently (SPEC §4 "Bounded").

The engine emits AM-PARSE-001 itself for parse errors, caps and dynamic command names; this module documents it
and adds the checks that need the whole action. Input that only stops inside an unclosed quote, `$(` or loop is
not a parse problem: it is judged with the closer appended (`automode.shell.treesit.CLOSERS`)."""

from __future__ import annotations

from automode.rules.base import rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


@rule(
    "AM-PARSE-001",
    category="unanalysable",
    verdict="ask",
    kind="action",
    needs=frozenset(),
    title="Cannot be analysed",
    what="Shell that does not parse (stray operators, unbalanced keywords), a command name only known at run time "
    "(`$cmd`, `$(echo rm)`, merged backticks), input over the size, depth or command-count caps, invalid inline code.",
    why="A guard that allows what it cannot read is trivially bypassed by obfuscation.",
    example="$(cat cmd.txt) -rf build",
    instead="Spell the command out literally so it can be checked.",
    must_match=["$(cat cmd.txt) -rf build", "echo a | | rm -rf /some/path 'unterminated", "cmd=$1; $cmd x", "echo `a` `b`"],
    must_not_match=["ls -la", "git status && npm test"],
)  # fmt: skip
def unanalysable(a: Analysis) -> str | None:
    return None  # reported by the engine from Analysis.problems so that it combines with the other findings
