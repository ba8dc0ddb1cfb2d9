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

MAX_STEPS = 10_000  # the largest dev-corpus action takes 530
MAX_PARSE_UNITS = 500  # tree-sitter progress calls, ~0.1 ms each; the largest dev-corpus action takes 105
MAX_COMMANDS = 500  # commands after lowering (every command rule checks each: ~60 us a command)
MAX_CHARS = 1_000_000  # the largest dev-corpus action builds 15,230
MAX_VALUE_CHARS = 100_000  # one expanded word, folded constant or decoded payload


class Budget:
    __slots__ = ("chars", "commands", "exceeded", "parse_units", "steps")

    def __init__(self) -> None:
        self.steps = 0
        self.chars = 0
        self.parse_units = 0
        self.commands = 0
        self.exceeded: list[str] = []

    @property
    def spent(self) -> bool:
        return bool(self.exceeded)

    def _over(self, msg: str) -> bool:
        if msg not in self.exceeded:
            self.exceeded.append(msg)
        return False

    def step(self, n: int = 1) -> bool:
        """Spend n steps; False (and a problem) once the budget is gone."""
        self.steps += n
        if self.steps > MAX_STEPS:
            return self._over(f"the analysis needs more than {MAX_STEPS:,} steps (the command expands or nests too much)")
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
        return True

    def take(self, n: int, what: str = "value") -> bool:
        """Account for building n characters; False when one value or the total is too large."""
        if n > MAX_VALUE_CHARS:
            return self._over(f"a {what} would grow to {n:,} characters, over the {MAX_VALUE_CHARS:,} analysed")
        self.chars += n
        if self.chars > MAX_CHARS:
            return self._over(f"the analysis would build more than {MAX_CHARS:,} characters (the command expands too much)")
        return True
