"""How much, in time (session 13, S2): the dates an act reaches and the end a hold carries, against the ones named.

* "clear the load_orders task of etl_daily for 2024-05-01" answered with `airflow tasks clear … -s 2024-01-01 -e
  2024-12-31` (a year of runs) or with `-s 2024-05-01` and no end (every run since): the action's dates reach past
  the dates the user named (`knowledge.bounds.DATE_RANGES`: which options carry the start and the end);
* "mute monitor 4411 for 2 hours" answered with `dog monitor mute 4411` (until someone unmutes it), "block that IP
  for an hour" with `ufw deny from …` (forever), "silence it for 30 minutes" with `amtool silence add` and no
  `--duration` (its default is an hour): a hold with no end, or a longer one, where the user gave its length
  (`knowledge.bounds.HOLDS`: the options that give the end, the tool's own length).

A delete beyond the dates is refused; clearing runs (they run again) and holds longer than named are asked.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from automode import lazyre
from automode.knowledge.bounds import DATE_RANGES, HOLDS
from automode.knowledge.extent import _sub_at
from automode.typing_lite import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

T = TypeVar("T", str, int)
_DATE = lazyre.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)")
#: Words of a hold, as the gloss gives them in English.
HOLD_WORDS = frozenset({"mute", "muted", "silence", "silenced", "snooze", "ban", "block", "blocked", "lock", "pause",
                        "suspend", "disable", "cordon", "hold", "quiet", "downtime", "freeze", "deny", "blacklist",
                        "blocklist", "maintenance"})  # fmt: skip
#: An end said as a time ("until 16:00", "tot 16:00 vandaag", "klo 16 asti", "15時まで", "16시까지").
UNTIL = lazyre.compile(r"(?i)\b(?:until|till|til|through|thru|bis|hasta|jusqu|fino|até|do|tot|indtil|inntil|"
                        r"sampai|hingga|đến|до)\b\s+\S+|\b\d{1,2}(?:[:.]\d\d)?\s*(?:uhr\s+)?(?:asti|'?[ae]\s+kadar|ig)\b|"
                        r"\d{1,2}(?:[:.]\d\d)?\s*(?:時|시|点|點|時半)?\s*(?:まで|까지|为止|為止)")
_NO_END = frozenset({"", "0", "0s", "0m", "0h", "never", "none", "null", "inf", "infinite", "forever", "permanent"})
_SPAN = lazyre.compile(r"(?i)^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d|w)[a-z]*$")
_PER = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400, "w": 604800}


@lru_cache(maxsize=256)  # (the dates a message says: read once per session, not per action)
def _said_dates(text: str) -> tuple[date, ...]:
    return tuple(_dates(text))


def _dates(text: str) -> list[date]:
    out: list[date] = []
    for m in _DATE.finditer(text[:20_000]):
        try:
            out.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return out


def _row(cmd: Command, rows: tuple[tuple[str, str, str, T], ...]) -> tuple[tuple[str, str, str, T], int] | None:

    prog = cmd.name.rsplit("/", 1)[-1].lower()
    mine = _by_program(rows).get(prog)
    if not mine:
        return None
    args = [w.value.lower() for w in cmd.argv[1:] if not w.dynamic]
    for row, sub in mine:
        after = _sub_at(args, sub)
        if after is not None:
            return row, after
    return None


#: Per table (by identity): its rows by program, in table order, each with its subcommand's words (issue 14).
_BY_PROGRAM: dict[int, tuple[object, dict[str, tuple[tuple[Any, tuple[str, ...]], ...]]]] = {}


def _by_program(rows: tuple[tuple[str, str, str, T], ...]) -> dict[str, tuple[tuple[Any, tuple[str, ...]], ...]]:
    got = _BY_PROGRAM.get(id(rows))
    if got is not None and got[0] is rows:
        return got[1]
    index: dict[str, list[tuple[Any, tuple[str, ...]]]] = {}
    for row in rows:
        for prog in dict.fromkeys(row[0].split()):
            index.setdefault(prog, []).append((row, tuple(row[1].split())))
    out = {k: tuple(v) for k, v in index.items()}
    _BY_PROGRAM[id(rows)] = (rows, out)
    return out


def _values(cmd: Command, options: str) -> list[str]:
    want = set(options.split())
    args = [w.value for w in cmd.argv[1:] if not w.dynamic]
    out: list[str] = []
    for i, x in enumerate(args):
        name, eq, val = x.partition("=")
        if name in want:
            out.append(val if eq else (args[i + 1] if i + 1 < len(args) else ""))
    return out


def dates_beyond(a: Analysis) -> tuple[str, str] | None:
    """The action's dates reach before or after the dates the user named, or run open to now."""

    said = [d for m in a.ctx.user_messages[-3:] for d in _said_dates(m)]
    if not said:
        return None  # (the user's side first: few requests name a date)
    lo, hi = min(said), max(said)
    for cmd in a.commands:
        found = _row(cmd, DATE_RANGES)
        if found is None or not found[0][2]:
            continue
        (_p, sub, starts, ends), _ = found
        start = [d for v in _values(cmd, starts) for d in _dates(v)]
        end = [d for v in _values(cmd, ends) for d in _dates(v)]
        if not start and not end:
            continue
        deletes = "delete" in sub or "delete" in cmd.name
        cap = "" if deletes else "ask"
        spelled = " ".join(w.value for w in cmd.argv)[:70]
        if (start and min(start) < lo) or (end and (max(end) - hi).days > 1):
            return cap, f"you named {lo.isoformat()}{'' if lo == hi else ' to ' + hi.isoformat()}; `{spelled}` " \
                        "reaches other dates"
        if start and not end and (date.today() - hi).days > 1:
            return cap, f"you named {hi.isoformat()}; `{spelled}` gives no end, so it reaches every date since"
    return None


def _span(value: str) -> float | None:
    m = _SPAN.match(value.strip())
    return float(m.group(1)) * _PER[m.group(2).lower()] if m else None


def _asked_hold(a: Analysis) -> tuple[str, tuple[float, ...]] | None:
    """(the words, the lengths named) when the newest message asks for a hold with a length or an end."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.quantities import durations

    said = a.ctx.user_messages[-1][:4000]
    text = gloss(said)
    low = text.lower()
    if not set(re.findall(r"[a-z]+", low)) & HOLD_WORDS:
        return None
    spans = durations(text)
    until = UNTIL.search(said) or UNTIL.search(text)  # (the gloss may read "tot 16:00" as another word)
    if not spans and until is None:
        return None
    return (until.group(0) if until is not None and not spans else "that length"), spans


def hold_unbounded(a: Analysis) -> tuple[str, str] | None:
    """A hold with no end, or a longer one, where the user gave its length or its end."""
    if not a.shell:
        return None

    for cmd in a.commands:
        found = _row(cmd, HOLDS)
        if found is None:
            continue
        (prog, _sub, ends, default), _ = found
        words = {w.value for w in cmd.argv[1:]}
        if prog.startswith("iptables") and not words & {"DROP", "REJECT"}:
            continue
        if (prog == "passwd" and "-l" not in words) or (prog == "usermod" and not words & {"-L", "--lock"}):
            continue
        if prog == "fail2ban-client" and "banip" not in words:
            continue
        asked = _asked_hold(a)
        if asked is None:
            return None
        spelled = " ".join(w.value for w in cmd.argv)[:70]
        given = [v for v in (_values(cmd, ends) if ends else []) if v.strip().lower() not in _NO_END]
        if not given and (not default or (ends and _values(cmd, ends))):  # (`--duration=0`: no end at all)
            return "ask", f"you gave it an end ({asked[0]}); `{spelled}` holds until someone lifts it"
        lengths = [s for s in (_span(v) for v in given) if s is not None] or ([float(default)] if not given else [])
        if lengths and asked[1] and max(lengths) > max(asked[1]) * 1.1:
            from automode.judge.intent.quantities import say_time

            return "ask", f"you named {say_time(max(asked[1]))}; `{spelled}` holds for {say_time(max(lengths))}"
    return None


def bounds_beyond(a: Analysis) -> tuple[str, str] | None:
    if not a.shell or not a.ctx.user_messages:
        return None
    return dates_beyond(a) or hold_unbounded(a)
