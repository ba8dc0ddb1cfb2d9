"""What the clause after a request adds to it (the request reader, `intent.match`): a bare list of names ("drop the
three biggest ones: raw_events_copy, events_dedup_test, sessions_tmp") is its objects."""

from __future__ import annotations

from automode.dc import replace
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.judge.intent.text import Clause


def with_lists(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """The clauses with a request followed by a bare list of names having those names for its objects: the list
    says which ones."""
    out = list(clauses)
    for i in range(len(out) - 1):
        c, nxt = out[i], out[i + 1]
        if c.verbs and not c.question and not nxt.verbs and not nxt.question and nxt.strong and not nxt.weak:
            out[i] = replace(c, strong=c.strong | nxt.strong)
    return tuple(out)
