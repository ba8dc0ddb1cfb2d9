"""Readings of one command that several rules and checks ask for, made once per command (issue 14: in one decision a
dozen rules and the judge's checks ask the knowledge base the same question about the same command).

`per_command(f)` keeps what `f` answered for a command object (and the hashable arguments after it): the next call
with the same object gets that answer. Commands are never changed in place once lowered (lowering builds new ones
with `dataclasses.replace`), so the object is the key; it is kept beside the answer to pin its id. Only for
functions of the command (and their other arguments) alone, whose answer the callers do not change (tuples, frozen
objects, or lists nobody appends to). Bounded: the memo is emptied when it holds `SIZE` commands.
"""

from __future__ import annotations

from functools import wraps

from automode.typing_lite import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

    from automode.shell.parse import Command

T = TypeVar("T")
SIZE = 128


def per_command(f: Callable[[Command], T]) -> Callable[[Command], T]:
    memo: dict[int, tuple[Command, T]] = {}

    @wraps(f)
    def read(cmd: Command) -> T:
        hit = memo.get(id(cmd))
        if hit is not None and hit[0] is cmd:
            return hit[1]
        out = f(cmd)
        if len(memo) >= SIZE:
            memo.clear()
        memo[id(cmd)] = (cmd, out)
        return out

    return read
