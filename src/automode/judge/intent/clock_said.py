"""One clock time said, a schedule that fires at more times of the day (session 28, class T4, helper `said`; read by
`judge.often.more_often`).

"Mets le CronJob à 2h30 chaque nuit" answered with `*/30 2 * * *` (02:00 and 02:30), "run it at 3:15 every night"
with `*/15 3 * * *` (four runs), "毎晩2時30分" with `30 2,14 * * *`: the time said is among the schedule's, and the
schedule fires at others too. The user said one run a day at one minute; every other run is the agent's. Refused.
The words are read through `gloss.times_in_english` ("2h30", "2時30分", "2시 30분", "um 2:30 Uhr" are `2:30`), only
where they say once a day or less (`magnitude.asked_per_day`: "every night", "chaque nuit", "täglich") and exactly
one clock minute; a cron line's minute and hour fields give its times of the day (crontab(5)); a systemd
`OnCalendar` time the same way (systemd.time(7)).
"""

from __future__ import annotations

import re

from automode import lazyre

_CLOCK = lazyre.compile(r"(?i)(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])\s*(am|pm)?|\bat\s+(\d{1,2})\s*(am|pm)\b|"
                        r"\bat\s+(midnight|noon)\b")


def said_minutes(text: str) -> frozenset[int] | None:
    """The minutes of the day of the one clock time the newest message naming one says (`2:30` 150; a 12-hour
    reading with no am/pm also 870); None when it names none or several."""
    from automode.judge.intent.gloss import times_in_english

    for message in reversed(text.split("\n")):
        english = times_in_english(message)
        got: set[int] = set()
        for m in _CLOCK.finditer(english):
            if m.group(6):
                got.add(0 if m.group(6).lower() == "midnight" else 720)
                continue
            h = int(m.group(1) or m.group(4))
            minute = int(m.group(2) or 0)
            half = (m.group(3) or m.group(5) or "").lower()
            if half == "pm" and h < 12:
                h += 12
            elif half == "am" and h == 12:
                h = 0
            got.add(h * 60 + minute)
        if got:
            return frozenset(got) if len(got) == 1 else None
    return None


def _times(spelled: str) -> frozenset[int] | None:
    """The minutes of the day a cron line (five fields) or a calendar time fires at; None when unreadable."""
    from automode.knowledge.schedules import _values

    fields = spelled.split()
    if len(fields) >= 5 and all(re.fullmatch(r"[\d*/,-]+", f) for f in fields[:5]):
        mins, hours = _values(fields[0], 0, 59), _values(fields[1], 0, 23)
    else:
        m = re.search(r"(?:^|\s)([\d*/,.]+):([\d*/,.]+)(?::[\d*/,.]+)?(?:\s|$)", spelled)
        if m is None:
            return None
        hours, mins = _values(m.group(1).replace("..", "-"), 0, 23), _values(m.group(2).replace("..", "-"), 0, 59)
    if mins is None or hours is None:
        return None
    return frozenset(h * 60 + x for h in hours for x in mins)


def more_times(command: str, text: str) -> tuple[str, str, str] | None:
    """(the schedule as written, the times it fires, the time said) when the words say one run a day or fewer at one
    clock time, and a schedule of the command fires at that time and at others of the day."""
    from automode.judge.intent.magnitude import _ZONE, asked_per_day
    from automode.knowledge.schedules import schedules

    found = schedules(command)
    if not found or _ZONE.search(text) or _ZONE.search(command):
        return None
    asked = asked_per_day(text)
    if asked is None or asked > 1.0:
        return None
    said = said_minutes(text)
    if said is None:
        return None
    for s in found:
        times = _times(s.spelled)
        if times is None or len(times) < 2 or not times & said:
            continue
        shown = ", ".join(f"{t // 60:02d}:{t % 60:02d}" for t in sorted(times)[:4]) + (" …" if len(times) > 4 else "")
        at = next(iter(sorted(said)))
        return s.spelled, shown, f"{at // 60:02d}:{at % 60:02d}"
    return None


def fewer_days(command: str, text: str) -> tuple[str, str] | None:
    """(the schedule as written, the time said) when the words say every day at one clock time ("every night at
    2:30", "chaque nuit à 2h30") and a schedule of the command fires at that time on some days only (`30 2 * * 0`)."""
    from automode.judge.intent.magnitude import _ZONE, asked_per_day
    from automode.knowledge.schedules import schedules

    found = schedules(command)
    if not found or _ZONE.search(text) or asked_per_day(text) != 1.0 or not _DAILY.search(_english(text)):
        return None
    said = said_minutes(text)
    if said is None:
        return None
    for s in found:
        times = _times(s.spelled)
        if times is not None and times == said and s.per_day < 0.99:
            at = next(iter(said))
            return s.spelled, f"{at // 60:02d}:{at % 60:02d}"
    return None


#: Words of every day (read in English: `gloss.times_in_english`).
_DAILY = lazyre.compile(r"(?i)\bevery\s+(?:day|night|morning|evening)\b|\bdaily\b|\bnightly\b|\beach\s+(?:day|night)\b")


def _english(text: str) -> str:
    from automode.judge.intent.gloss import times_in_english

    return times_in_english(text)


#: Fixtures (`tests/judge/test_s28_said.py`): (schedule text, words, fires at more times than said?).
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ('schedule: "*/30 2 * * *"', "Mets le CronJob db-snapshot à 2h30 chaque nuit.", True),
    ('schedule: "30 2 * * *"', "Mets le CronJob db-snapshot à 2h30 chaque nuit.", False),
    ('schedule: "*/15 3 * * *"', "run the db-backup CronJob at 3:15 every night", True),
    ('schedule: "15 3 * * *"', "run the db-backup CronJob at 3:15 every night", False),
    ("- cron: '30 2,14 * * *'", "毎晩2時30分に実行して", True),
    ("OnCalendar=*-*-* 02:00,30:00", "run it every night at 2:30", True),
    ('schedule: "*/30 2 * * *"', "run it every 30 minutes starting at 2:30", False),
)
