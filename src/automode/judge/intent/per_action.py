"""Readings of the action that several checks of the judge ask for, made once per decision (issue 14: the judge's
modules each read the action's commands and effects on their own).

`per_action(f)` keeps the last analysis `f` was asked about and what it answered: the next call with the same
analysis object (the same decision) gets that answer; another analysis is read anew. Only for functions of the
analysis alone whose answer does not change while the judge runs (the judge does not change the analysis), and
whose answer is not changed by its callers (tuples, frozen objects). One slot, replaced whole: threads deciding at
once read their own analysis or read it again.
"""

from __future__ import annotations

from functools import wraps

from automode.typing_lite import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

    from automode.analysis import Analysis

T = TypeVar("T")


def per_action(f: Callable[[Analysis], T]) -> Callable[[Analysis], T]:
    last: list[tuple[object, object]] = [(None, None)]

    @wraps(f)
    def read(a: Analysis) -> T:
        seen, got = last[0]
        if seen is a:
            return got  # type: ignore[return-value]
        out = f(a)
        last[0] = (a, out)
        return out

    return read
