"""Explicit budgets for the analysis of one action: every step that can grow with hostile input spends from here.

Input size alone does not bound the work: a 401-character `python3 -c` that doubles a string 30 times folded to
4.6 GB in 6.9 s, `X=$X$X` does the same in the shell, ten functions that each call the next ten times walk 10^10
statements. So the analysis counts what it does:

* **parser work**: tree-sitter's own progress calls, summed over every parse of the action (repairs included);
* **steps**: syntax nodes walked, words built, commands lowered, constants folded, code scanned;
* **commands** judged after lowering (every command rule runs on each);
* **characters**: every string the analysis builds (expanded words, folded constants, parsed and scanned code);
* **size** of any one built value (`MAX_VALUE_CHARS`) and **depth** (checked where recursion happens).

Going over a budget never raises and never allows: the analysis stops adding work, records one problem, and the
engine turns it into an ask (a deny already found stands). The limits are about 10x the largest action of the dev
corpora (measured with `automode bench --fuzz`), so routine work never meets them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

MAX_STEPS = 10_000  # the largest dev-corpus action takes 530
MAX_PARSE_UNITS = 500  # tree-sitter progress calls, ~0.1 ms each; the largest dev-corpus action takes 105
# Bytes handed to tree-sitter over every parse of the action (first parse, repairs, nested shells): what its time
# grows with (~0.6 ms a KB of hostile soup). The largest dev-corpus action parses 15,230 (a 924-byte redcode command
# 13,903 through its repairs); one parse of the largest input analysed (100,000 characters) always fits, a second
# full retry of it does not.
MAX_PARSE_BYTES = 120_000
MAX_COMMANDS = 250  # commands after lowering (every command rule checks each: ~75 us a command); the largest dev-corpus action has 28
MAX_CHARS = 1_000_000  # the largest dev-corpus action builds 15,230
MAX_VALUE_CHARS = 100_000  # one expanded word, folded constant or decoded payload


#: The time by which the decision in progress must be made (`time.perf_counter()`), or None: no time limit. Set
#: by whoever decides under a deadline (the resident server, `automode bench --fuzz --deadline`) with `deadline()`;
#: the analysis (every `DEADLINE_EVERY` steps) and the engine's rule loop check it and stop with a problem (an ask).
DEADLINE: ContextVar[float | None] = ContextVar("automode_decision_deadline", default=None)
DEADLINE_EVERY = 64
OUT_OF_TIME = "the decision ran past its time limit"


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Decisions made inside this block stop working after `seconds` and answer ask (a deny found stands)."""
    token = DEADLINE.set(None if seconds is None else time.perf_counter() + seconds)
    try:
        yield
    finally:
        DEADLINE.reset(token)


def out_of_time() -> bool:
    limit = DEADLINE.get()
    return limit is not None and time.perf_counter() > limit


class Budget:
    __slots__ = ("chars", "commands", "deadline", "exceeded", "parse_bytes", "parse_units", "steps")

    def __init__(self) -> None:
        self.steps = 0
        self.chars = 0
        self.parse_units = 0
        self.parse_bytes = 0
        self.commands = 0
        self.exceeded: list[str] = []
        self.deadline = DEADLINE.get()

    @property
    def spent(self) -> bool:
        return bool(self.exceeded)

    def _over(self, msg: str) -> bool:
        if msg not in self.exceeded:
            self.exceeded.append(msg)
        return False

    def step(self, n: int = 1) -> bool:
        """Spend n steps; False (and a problem) once the budget is gone."""
        before = self.steps
        self.steps += n
        if self.steps > MAX_STEPS:
            return self._over(f"the analysis needs more than {MAX_STEPS:,} steps (the command expands or nests too much)")
        if self.deadline is not None and (before // DEADLINE_EVERY != self.steps // DEADLINE_EVERY or self.exceeded) \
                and time.perf_counter() > self.deadline:  # fmt: skip
            return self._over(OUT_OF_TIME)
        return True

    def command(self) -> bool:
        """One more command to judge; False once there are too many."""
        self.commands += 1
        if self.commands > MAX_COMMANDS:
            return self._over(f"the action runs more than {MAX_COMMANDS:,} commands")
        return self.step()

    def parse_unit(self) -> bool:
        """One unit of the grammar's work (its progress callback); False once the budget is gone."""
        self.parse_units += 1
        if self.parse_units > MAX_PARSE_UNITS:
            return self._over(f"the shell syntax needs more parser work than the {MAX_PARSE_UNITS} units analysed")
        if self.deadline is not None and time.perf_counter() > self.deadline:
            return self._over(OUT_OF_TIME)
        return True

    def affords_parse(self, n: int) -> bool:
        """Whether a parse of n more bytes fits (asked before an optional retry, which is skipped when it does not)."""
        return self.parse_bytes + n <= MAX_PARSE_BYTES

    def parse_input(self, n: int) -> bool:
        """n bytes handed to the grammar; False (and a problem) when they do not fit."""
        self.parse_bytes += n
        if self.parse_bytes > MAX_PARSE_BYTES:
            return self._over(f"the shell syntax needs more parsing than the {MAX_PARSE_BYTES:,} bytes analysed")
        return True

    def take(self, n: int, what: str = "value") -> bool:
        """Account for building n characters; False when one value or the total is too large."""
        if n > MAX_VALUE_CHARS:
            return self._over(f"a {what} would grow to {n:,} characters, over the {MAX_VALUE_CHARS:,} analysed")
        self.chars += n
        if self.chars > MAX_CHARS:
            return self._over(f"the analysis would build more than {MAX_CHARS:,} characters (the command expands too much)")
        return True
