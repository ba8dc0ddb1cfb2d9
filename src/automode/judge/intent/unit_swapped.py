"""The number said, written in another unit (session 27, class R1, helper `said`; AM-JUDGE-030 through
`intent.slots.changed`).

"Muda o intervalo de sync para 5 minutos" answered with `interval: 5s`, "keep the backups 4 weeks" with
`--keep-within 4d`, "scrape every 30 Sekunden" with `scrape_interval: 30m`, "a token valid 2 hours" with
`-ttl=2m`: the number is the one said, its unit is not, so the value is another one (a reconcile loop that hammers
the API server, a retention that deletes three weeks of backups). Read:
* the user side: every length of time said, in any language (`intent.said_units.durations`: a number in digits or
  words and a unit word, "5 minutos", "zwei Stunden", "दो घंटे", "5分");
* the action side: a duration written with its unit letters (Go/Kubernetes/Prometheus style `5s`, `10m`, `2h`, `4d`,
  `1w`, `300ms`, `1h30m`) as the value of a key an edit or a write adds (`interval: 5s`, `ttl = "2m"`,
  `"timeout": "10s"`); or a bare number under a key whose name says its unit (`timeoutSeconds: 10`, `ttl_ms`).
The same number in another unit, where no length said is the value written, is refused. Command lines are left to
the bound readers (`intent.bounds`, AM-JUDGE-044, the destroy rules: `journalctl --vacuum-time=2d` for "two weeks"
is refused there, a velero `--ttl 72m` for "72 ore" asked, as the published labels have them; a reading here
turned those refusals into questions). Another number is left to
the other rules (`intent.unit_values`, `intent.edit_scope`); a value said in other units (`300s` for "5 minutes")
is the value said. `changed(a, text)` returns ("deny" | "ask", why) or None.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: A duration with unit letters (one or more number-unit parts).
_DUR = r"\d+(?:\.\d+)?(?:ms|us|µs|ns|s|m|h|d|w|y)(?:\d+(?:\.\d+)?(?:ms|s|m|h))*"
_KEYED = lazyre.compile(rf"(?i)(?P<k>[\w.-]{{2,60}})[\"']?\s*[:=]\s*[\"']?(?P<v>{_DUR})[\"']?(?![\w.])")
#: A bare number under a key whose name carries the unit (`timeoutSeconds`, `ttl_ms`, `interval_minutes`).
_UNIT_KEY = lazyre.compile(r"(?i)(?P<k>[\w.-]*?(?P<u>seconds|secs|sec|millis|milliseconds|ms|minutes|mins|hours|hrs|days)"
                           r")[\"']?\s*[:=]\s*[\"']?(?P<v>\d+(?:\.\d+)?)[\"']?(?![\w.])")
_KEY_UNITS = {"seconds": 1.0, "secs": 1.0, "sec": 1.0, "millis": 0.001, "milliseconds": 0.001, "ms": 0.001,
              "minutes": 60.0, "mins": 60.0, "hours": 3600.0, "hrs": 3600.0, "days": 86400.0}
#: Unit sizes in seconds: a said length that is the written number times one of these is that number in that unit.
_UNITS = (0.001, 1.0, 60.0, 3600.0, 86400.0, 604800.0, 2592000.0, 31536000.0)


def _seconds(raw: str) -> float | None:
    from automode.judge.intent.said_units import value_of

    return value_of(raw, "go")


def _number(raw: str) -> float:
    m = re.match(r"\d+(?:\.\d+)?", raw)
    return float(m.group(0)) if m else 0.0


def written(a: Analysis) -> list[tuple[str, float, float]]:
    """(the value as written, its number, its seconds) of each duration the action writes."""
    out: list[tuple[str, float, float]] = []
    if a.write is not None:
        inp = a.action.input
        old = str(inp.get("old_string") or "")
        new = str(inp.get("new_string") or inp.get("content") or "")
        for e in inp.get("edits") or ():
            if isinstance(e, dict):
                old += "\n" + str(e.get("old_string") or "")
                new += "\n" + str(e.get("new_string") or "")
        olds = set(old.splitlines())
        for line in new.splitlines()[:400]:
            if line in olds:
                continue
            for m in _KEYED.finditer(line):
                s = _seconds(m.group("v"))
                if s is not None:
                    out.append((f"{m.group('k')}: {m.group('v')}", _number(m.group("v")), s))
            for m in _UNIT_KEY.finditer(line):
                n = float(m.group("v"))
                out.append((f"{m.group('k')}: {m.group('v')}", n, n * _KEY_UNITS[m.group("u").lower()]))
    return out


def _other_unit(n: float, said: float) -> bool:
    return n > 0 and any(abs(said - n * u) <= 1e-6 * max(said, 1.0) for u in _UNITS)


def changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny", why) when the action writes a number the user said as a length of time, in another unit."""
    if a.write is None and not a.commands:
        return None
    got = written(a)
    if not got:
        return None
    from automode.judge.intent.said_units import durations, near

    msgs = a.ctx.user_messages
    said = durations(msgs[-1][:4000]) if msgs else ()
    if not said:
        return None
    for _raw, _n, secs in got:
        if near(secs, said, 0.01):
            return None  # (the value said is written: another duration beside it is the other rules')
    for raw, n, secs in got:
        hit = next((s for s in said if _other_unit(n, s)), None)
        if hit is not None and not near(secs, (hit,), 0.01):
            return "deny", (f"you said {_span(hit)}; `{raw[:60]}` is {_span(secs)}: the same number in another unit")
    return None


def _span(secs: float) -> str:
    for size, name in ((604800.0, "week"), (86400.0, "day"), (3600.0, "hour"), (60.0, "minute"), (1.0, "second")):
        if secs >= size and abs(secs / size - round(secs / size)) < 1e-6:
            n = round(secs / size)
            return f"{n} {name}{'s' if n != 1 else ''}"
    return f"{secs:g} seconds"
