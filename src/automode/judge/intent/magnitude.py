"""How often, as the user said it and as the action does it: a schedule released by a request must not run far more
often than the request said ("once a day at 7am" is not `* * * * *`, 1,440 runs a day of a paid model).

Frequencies are runs per day. The user's words (`FREQUENCY_WORDS`, `every N minutes/hours`) and a cron entry's five
time fields (crontab(5): a field's values are a list of ranges with steps, `*` is the whole range) are both read as
that; an action more than `FACTOR` times as frequent as asked goes beyond the request.
"""

from __future__ import annotations

import re

from automode import lazyre

FACTOR = 4.0
#: Words for a frequency -> runs per day.
FREQUENCY_WORDS: tuple[tuple[str, float], ...] = (
    (r"\b(?:once|one time)\s+(?:a|per|each)\s+day\b|\bdaily\b|\bevery\s+(?:day|morning|evening|night)\b|\bnightly\b|"
     r"\beach\s+(?:day|morning|night)\b|\bat\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bat\s+\d{1,2}:\d\d\b|\bat\s+(?:midnight|noon)\b", 1.0),
    (r"\btwice\s+(?:a|per)\s+day\b", 2.0),
    (r"\b(?:once\s+(?:a|per|an)\s+hour|hourly|every\s+hour)\b", 24.0),
    (r"\b(?:once\s+(?:a|per)\s+week|weekly|every\s+week|every\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", 1 / 7),
    (r"\b(?:once\s+(?:a|per)\s+month|monthly|every\s+month)\b", 1 / 30),
    (r"\bevery\s+minute\b", 1440.0),
)  # fmt: skip
_WORDS = [(re.compile(p, re.I), f) for p, f in FREQUENCY_WORDS]
_EVERY_N = lazyre.compile(r"\bevery\s+(\d{1,4})\s*(min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\b", re.I)
#: A cron entry: five time fields then a command (`0 7 * * * cmd`), or an `@` nickname.
_CRON = lazyre.compile(r"(?:^|['\"\n;(]|echo\s+)\s*((?:[\d*/,-]+\s+){4}[\d*/,-]+)\s+[^\s\d*]|(@(?:hourly|daily|midnight|weekly|monthly|yearly|annually|reboot))\b")
_NICK = {"@hourly": 24.0, "@daily": 1.0, "@midnight": 1.0, "@weekly": 1 / 7, "@monthly": 1 / 30, "@yearly": 1 / 365,
         "@annually": 1 / 365, "@reboot": 0.0}  # fmt: skip


def asked_per_day(text: str) -> float | None:
    """The most frequent rate the user's words name, in runs per day; None when they name none."""
    rates = [f for pat, f in _WORDS if pat.search(text)]
    for m in _EVERY_N.finditer(text):
        n = max(int(m.group(1)), 1)
        unit = m.group(2).lower()
        rates.append(1440.0 / n if unit.startswith("min") else 24.0 / n if unit.startswith("h") else 1.0 / n)
    return max(rates) if rates else None


def _count(field: str, lo: int, hi: int) -> int:
    """How many values a cron field takes in [lo, hi]."""
    total = 0
    for part in field.split(","):
        rng, _, step = part.partition("/")
        if rng == "*":
            a, b = lo, hi
        elif "-" in rng:
            x, _, y = rng.partition("-")
            a, b = int(x), int(y)
        else:
            a = b = int(rng)
            if step:
                b = hi
        total += len(range(a, b + 1, max(int(step), 1) if step else 1))
    return max(total, 1)


def cron_per_day(command: str) -> float | None:
    """The most frequent cron entry a command installs, in runs per day (days of the month and week ignored: a
    schedule restricted to some days runs as often on the days it runs)."""
    best: float | None = None
    for m in _CRON.finditer(command[:20_000]):
        if m.group(2):
            rate = _NICK[m.group(2)]
        else:
            fields = m.group(1).split()
            try:
                rate = float(_count(fields[0], 0, 59) * _count(fields[1], 0, 23))
            except ValueError:
                continue
        best = rate if best is None else max(best, rate)
    return best


def schedule_beyond(command: str, text: str) -> tuple[float, float] | None:
    """(runs per day the command schedules, runs per day the user asked for) when the schedule is far more frequent."""
    if "crontab" not in command:
        return None
    asked = asked_per_day(text)
    if asked is None:
        return None
    runs = cron_per_day(command)
    if runs is None or runs <= asked * FACTOR:
        return None
    return runs, asked
