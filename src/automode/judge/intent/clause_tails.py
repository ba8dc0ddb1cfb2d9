"""What the clause after a request adds to it (the request reader, `intent.match`): a bare list of names ("drop the
three biggest ones: raw_events_copy, events_dedup_test, sessions_tmp") is its objects; a tail that only narrows it
("kosongkan redis lokal, db 3 sahaja": "clear the local redis, db 3 only"; "delete the old branches, just the
merged ones") is part of its object, so the request names db 3 and not the whole store."""

from __future__ import annotations

from automode import lazyre
from automode.dc import replace
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.judge.intent.text import Clause

#: A clause that only narrows the one before it: "db 3 only", "only db 3", "just the merged ones".
_ONLY_TAIL = lazyre.compile(r"^\W*only\b|\b(?:only|alone)\W*$")


def with_lists(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """The clauses with each request's tail folded into it: a bare list of names becomes its objects, a narrowing
    tail its object's words (and text)."""
    out = list(clauses)
    for i in range(len(out) - 1):
        c, nxt = out[i], out[i + 1]
        if not c.verbs or c.question or nxt.verbs or nxt.question:
            continue
        if nxt.strong and not nxt.weak:
            out[i] = replace(c, strong=c.strong | nxt.strong)
        elif (nxt.strong or nxt.weak) and _ONLY_TAIL.search(nxt.text) is not None:
            out[i] = replace(c, text=f"{c.text}, {nxt.text}", strong=c.strong | nxt.strong, weak=c.weak | nxt.weak)
    return tuple(out)
