"""When a scheduled job runs, read from every way of writing a schedule: how many runs a day, and at which hours of
the day when they are fixed. The user's words are read the same way (`judge.intent.when`, `judge.intent.magnitude`)
so that "every morning at 9" can be compared with what the action installs.

Sources: crontab(5) five time fields and `@` nicknames (crontab lines, a k8s CronJob's and a GitHub Actions workflow's
`schedule`/`cron` value, node-cron, celery `crontab(...)`); systemd.time(7) `OnCalendar=` (nicknames, `DOW Y-M-D
HH:MM:SS` with lists, ranges and `/` repetitions), `OnUnitActiveSec=`/`OnUnitInactiveSec=` and `systemd-run
--on-calendar/--on-unit-active`; launchd.plist(5) `StartInterval` (seconds) and `StartCalendarInterval` (`Hour`,
`Minute`); schtasks `/sc minute|hourly|daily|weekly /mo N /st HH:MM /ri N`; PowerShell `New-ScheduledTaskTrigger
-Daily -At 9am`, `-RepetitionInterval (New-TimeSpan -Minutes 15)`; Python `schedule.every(15).minutes`,
`.every().day.at("09:00")`, APScheduler `'interval', minutes=15` and `CronTrigger(hour=9)`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from automode import lazyre


class Schedule(NamedTuple):
    per_day: float  # runs a day (0: once, at a time or at boot)
    hours: frozenset[int] | None  # the fixed hours of the day it runs at; None: every hour, or by interval
    spelled: str  # as written in the action


#: A cheap test: words without which no schedule below can be in the text.
TRIGGER = lazyre.compile(r"(?i)cron|schedul|oncalendar|on-calendar|onunit|on-unit-active|startinterval|"
                         r"startcalendarinterval|schtasks|scheduledtask|@(?:hourly|daily|weekly|monthly|midnight)|"
                         r"\*\s+\*\s+\*|every\(|'interval'|\"interval\"")
#: Literal words one of which every TRIGGER match holds (lower case): a substring test over the text is far cheaper
#: than the case-folded alternation (issue 14), so the pattern runs only where one of them is present.
_TRIGGER_WORDS = ("cron", "schedul", "calendar", "onunit", "on-unit", "interval", "schtasks", "scheduledtask", "@hourly",
                  "@daily", "@weekly", "@monthly", "@midnight", "every(", "*")


def may_schedule(text: str) -> bool:
    """True when the text may spell a schedule (TRIGGER matches)."""
    low = text.lower()
    return any(w in low for w in _TRIGGER_WORDS) and TRIGGER.search(text) is not None


_CRON = lazyre.compile(r"(?:^|['\"\n;(]|echo\s+|schedule:\s*|cron:\s*)\s*((?:[\d*/,-]+\s+){4}[\d*/,-]+)(?=\s+[^\s\d*]|\s*['\"]|\s*$)"
                       r"|(@(?:hourly|daily|midnight|weekly|monthly|yearly|annually|reboot))\b", re.M)
_NICK = {"@hourly": 24.0, "@daily": 1.0, "@midnight": 1.0, "@weekly": 1 / 7, "@monthly": 1 / 30, "@yearly": 1 / 365,
         "@annually": 1 / 365, "@reboot": 0.0, "minutely": 1440.0, "hourly": 24.0, "daily": 1.0, "weekly": 1 / 7,
         "monthly": 1 / 30, "quarterly": 1 / 91, "semiannually": 1 / 182, "yearly": 1 / 365, "annually": 1 / 365}  # fmt: skip
_NICK_HOURS = {"@daily": 0, "@midnight": 0, "@weekly": 0, "@monthly": 0, "@yearly": 0, "@annually": 0, "daily": 0,
               "weekly": 0, "monthly": 0, "yearly": 0, "annually": 0}  # fmt: skip


def _values(field: str, lo: int, hi: int) -> list[int] | None:
    """The values a cron or calendar field takes in [lo, hi] (`*`, `a-b`, `a/s`, `*/s`, lists); None if unreadable."""
    out: list[int] = []
    for part in field.split(","):
        rng, _, step = part.partition("/")
        try:
            if rng in ("*", ""):
                a, b = lo, hi
            elif "-" in rng or ".." in rng:
                x, _, y = rng.replace("..", "-").partition("-")
                a, b = int(x), int(y)
            else:
                a = b = int(rng)
                if step:
                    b = hi
            out += range(a, b + 1, max(int(step), 1) if step else 1)
        except ValueError:
            return None
    return out or None


def _cron(spec: str) -> Schedule | None:
    fields = spec.split()
    mins, hours = _values(fields[0], 0, 59), _values(fields[1], 0, 23)
    if mins is None or hours is None:
        return None
    fixed = frozenset(hours) if fields[1] != "*" and "/" not in fields[1] and len(hours) <= 6 else None
    # on some days only: a day-of-week or day-of-month list thins the runs out (crontab(5): either day field matches)
    dow = _values(fields[4].replace("7", "0"), 0, 6) if fields[4] != "*" else None
    dom = _values(fields[2], 1, 31) if fields[2] != "*" else None
    days = max(len(set(dow)) / 7 if dow else 0.0, len(dom) / 30 if dom else 0.0) if (dow or dom) else 1.0
    return Schedule(float(len(mins) * len(hours)) * min(days, 1.0), fixed, spec)


_ON_CALENDAR = lazyre.compile(r"(?i)(?:OnCalendar\s*=\s*|--on-calendar[= ]\s*['\"]?)([^\n'\"]+)")
_CAL_TIME = lazyre.compile(r"(?:^|\s)([\d*/,.]+):([\d*/,.]+)(?::[\d*/,.]+)?(?:\s|$)")
_SECONDS = lazyre.compile(r"(?i)(?:OnUnit(?:Active|Inactive)Sec\s*=\s*|--on-unit-(?:active|inactive)[= ]\s*['\"]?)([\dhmsinutecday ]+)")
_SPAN = lazyre.compile(r"(?i)(\d+)\s*(d|days?|h|hr|hours?|m|min|minutes?|s|sec|seconds?)?\b")
_START_INTERVAL = lazyre.compile(r"(?is)<key>\s*StartInterval\s*</key>\s*<integer>\s*(\d+)\s*</integer>")
_CAL_INTERVAL = lazyre.compile(r"(?is)<key>\s*StartCalendarInterval\s*</key>\s*(<dict>.*?</dict>|<array>.*?</array>)")
_PLIST_KEY = lazyre.compile(r"(?is)<key>\s*(Hour|Minute|Weekday|Day)\s*</key>\s*<integer>\s*(\d+)\s*</integer>")
_SCHTASKS = lazyre.compile(r"(?i)\bschtasks(?:\.exe)?\b[^\n]*")
_PS_TRIGGER = lazyre.compile(r"(?i)New-ScheduledTaskTrigger\b[^\n|;]*")
_PS_AT = lazyre.compile(r"(?i)-At\s+['\"]?(\d{1,2})(?::(\d\d))?\s*(am|pm)?")
_PS_SPAN = lazyre.compile(r"(?i)New-TimeSpan\s+-(Minutes|Hours|Seconds|Days)\s+(\d+)|-RepetitionInterval\s+['\"]?(\d+):(\d\d)")
_PY_EVERY = lazyre.compile(r"\bevery\((\d*)\)\.(seconds?|minutes?|hours?|days?|day|monday|tuesday|wednesday|thursday|"
                           r"friday|saturday|sunday|week)\b(?:\.at\(['\"](\d{1,2}):(\d\d))?")
_PY_INTERVAL = lazyre.compile(r"(?:['\"]interval['\"]|IntervalTrigger\()\s*,?\s*[^)\n]*?\b(seconds|minutes|hours|days)\s*=\s*(\d+)")
_PY_CRON = lazyre.compile(r"(?:CronTrigger|crontab)\(([^)\n]*)\)")


def _span_seconds(text: str) -> float | None:
    total = 0.0
    for m in _SPAN.finditer(text):
        n, unit = int(m.group(1)), (m.group(2) or "s").lower()
        total += n * (86400 if unit.startswith("d") else 3600 if unit.startswith("h") else 60 if unit.startswith("m")
                      else 1)  # fmt: skip
    return total or None


def _calendar(value: str) -> Schedule | None:
    v = value.strip().strip("'\"").lower()
    if v in _NICK:
        return Schedule(_NICK[v], frozenset({_NICK_HOURS[v]}) if v in _NICK_HOURS else None, value.strip())
    m = _CAL_TIME.search(v)
    if m is None:
        return None
    hours, mins = _values(m.group(1).replace("..", "-"), 0, 23), _values(m.group(2).replace("..", "-"), 0, 59)
    if hours is None or mins is None:
        return None
    fixed = frozenset(hours) if "*" not in m.group(1) and "/" not in m.group(1) and len(hours) <= 6 else None
    return Schedule(float(len(hours) * len(mins)) * _days_share(v[: m.start()]), fixed, value.strip())


_DOW = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _days_share(head: str) -> float:
    """The share of days a calendar's weekday and date part fires on (`Sun *-*-*`: 1/7, a day of the month `*-*-01`:
    1/30); 1 when it names every day, several weekdays, or cannot be read."""
    share = 1.0
    dow = re.match(r"\s*([a-z]{3}[a-z]*(?:(?:,|\.\.)[a-z]{3}[a-z]*)*)\b", head)
    if dow is not None:
        days: set[int] = set()
        for part in dow.group(1).split(","):
            ends = [x[:3] for x in part.split("..")]
            if any(e not in _DOW for e in ends):
                return 1.0
            lo, hi = _DOW.index(ends[0]), _DOW.index(ends[-1])
            days |= set(range(lo, hi + 1)) if lo <= hi else set(range(lo, 7)) | set(range(hi + 1))
        share = 1 / 7 if len(days) == 1 else 1.0  # (several weekdays: counted a day each, as "every weekday" is said)
        head = head[dow.end():]
    date = re.search(r"(\S+)-(\S+)-(\S+)", head)
    if date is not None and re.fullmatch(r"\d{1,2}", date.group(3)):
        share *= 1 / 30 if date.group(2) == "*" else 1 / 365
    return share


def _schtasks(line: str) -> Schedule | None:
    low = line.lower().split()

    def opt(name: str) -> str | None:
        return low[low.index(name) + 1] if name in low[:-1] else None

    sc, mo, st, ri = opt("/sc"), opt("/mo"), opt("/st"), opt("/ri")
    n = int(mo) if mo and mo.isdigit() else 1
    hours = frozenset({int(st.split(":")[0])}) if st and st.split(":")[0].isdigit() else None
    rate = {"minute": 1440.0 / n, "hourly": 24.0 / n, "daily": 1.0 / n, "weekly": 1 / (7 * n), "monthly": 1 / (30 * n),
            "once": 0.0, "onstart": 0.0, "onlogon": 0.0, "onidle": 0.0, "onevent": 0.0}.get(sc or "")  # fmt: skip
    if rate is None:
        return None
    if ri and ri.isdigit() and int(ri) > 0:
        rate, hours = max(rate, 1440.0 / int(ri)), None
    if sc in ("minute", "hourly"):
        hours = None
    return Schedule(rate, hours, line.strip()[:120])


def schedules(text: str) -> list[Schedule]:
    """Every schedule written in `text` (a command line, a file's content)."""
    if not text or not TRIGGER.search(text[:50_000]):
        return []
    text = text[:50_000]
    out: list[Schedule] = []
    for m in _CRON.finditer(text):
        if m.group(2):
            out.append(Schedule(_NICK[m.group(2)], frozenset({0}) if m.group(2) in _NICK_HOURS else None, m.group(2)))
        elif (s := _cron(m.group(1))) is not None:
            out.append(s)
    for m in _ON_CALENDAR.finditer(text):
        if (s := _calendar(m.group(1))) is not None:
            out.append(s)
    for m in _SECONDS.finditer(text):
        secs = _span_seconds(m.group(1))
        if secs:
            out.append(Schedule(86400.0 / secs, None, m.group(0).strip()))
    for m in _START_INTERVAL.finditer(text):
        if int(m.group(1)) > 0:
            out.append(Schedule(86400.0 / int(m.group(1)), None, m.group(0)))
    for m in _CAL_INTERVAL.finditer(text):
        dicts = re.findall(r"(?is)<dict>(.*?)</dict>", m.group(1)) or [m.group(1)]
        cal: set[int] = set()
        rate = 0.0
        for d in dicts:
            keys = {k.lower(): int(v) for k, v in _PLIST_KEY.findall(d)}
            days = 1 / 7 if "weekday" in keys else 1 / 30 if "day" in keys else 1.0  # (on one weekday, one day of the month)
            if "hour" in keys:
                cal.add(keys["hour"] % 24)
                rate += (1.0 if "minute" in keys else 60.0) * days
            else:
                rate += (24.0 if "minute" in keys else 1440.0) * days
        out.append(Schedule(rate, frozenset(cal) if cal and rate <= 60 * len(cal) else None, "StartCalendarInterval"))
    for m in _SCHTASKS.finditer(text):
        if (s := _schtasks(m.group(0))) is not None:
            out.append(s)
    for m in _PS_TRIGGER.finditer(text):
        line = m.group(0)
        rate = 1.0 if re.search(r"(?i)-Daily\b", line) else 1 / 7 if re.search(r"(?i)-Weekly\b", line) else 0.0
        at = _PS_AT.search(line)
        at_hours: frozenset[int] | None = None
        if at is not None:
            h = int(at.group(1)) % 12 + (12 if (at.group(3) or "").lower() == "pm" else 0) if at.group(3) else int(at.group(1))
            at_hours = frozenset({h % 24})
        span = _PS_SPAN.search(text[m.start():m.start() + 600])
        if span is not None:
            if span.group(1):
                unit, n = span.group(1).lower(), max(int(span.group(2)), 1)
                per = {"minutes": 1440.0, "hours": 24.0, "seconds": 86400.0, "days": 1.0}[unit] / n
            else:
                total = int(span.group(3)) * 60 + int(span.group(4))
                per = 1440.0 / total if total else 0.0
            rate, at_hours = max(rate, per), None
        if rate or at_hours:
            out.append(Schedule(rate, at_hours, line.strip()[:120]))
    for m in _PY_EVERY.finditer(text):
        n = int(m.group(1) or 1) or 1
        unit = m.group(2)
        per = (86400.0 if unit.startswith("second") else 1440.0 if unit.startswith("minute") else 24.0
               if unit.startswith("hour") else 1.0 if unit.startswith("day") else 1 / 7) / n  # fmt: skip
        out.append(Schedule(per, frozenset({int(m.group(3))}) if m.group(3) else None, m.group(0)))
    for m in _PY_INTERVAL.finditer(text):
        n = max(int(m.group(2)), 1)
        out.append(Schedule({"seconds": 86400.0, "minutes": 1440.0, "hours": 24.0, "days": 1.0}[m.group(1)] / n, None,
                            m.group(0)))
    for m in _PY_CRON.finditer(text):
        args = dict(re.findall(r"(minute|hour)\s*=\s*['\"]?(\*(?:/\d+)?|\d[\d/-]*(?:,\d[\d/-]*)*)", m.group(1)))
        if not args:
            continue
        cmins, chrs = _values(args.get("minute", "*"), 0, 59), _values(args.get("hour", "*"), 0, 23)
        if cmins is None or chrs is None:
            continue
        fixed = frozenset(chrs) if "hour" in args and "*" not in args["hour"] and "/" not in args["hour"] else None
        out.append(Schedule(float(len(cmins) * len(chrs)), fixed, m.group(0)))
    return out
