"""Lengths of time and sizes as the user names them ("mute it for 2 hours", "keep the last 10 days", "7 days or
20G", "from 22:00 to 23:00"), compared with the numbers a tool call or a command sets (`knowledge.saas_args`: which
keys carry a time, a size, a count). A value the user did not name where they named another of its kind is refused;
"no limit" (-1) or "keep nothing" (0) is only within words that say so ("forever", "unlimited", "keep nothing").
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.gate_index import needs
from automode.judge.intent.magnitude import NUMBER_WORDS
from automode.judge.intent.said import joined_lower
from automode.knowledge.saas_args import seconds, size_bytes, size_unit, snake, time_unit

_N = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|an?|half\s+an?)"
_TIME = lazyre.compile(r"(?i)(?<![\w.:/-])" + _N + r"(?:(?<=\d)\s*|\s+|-)(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|"
                       r"hrs?|h|days?|d|weeks?|wks?|w|months?)(?![\w/.]*\w)")
_WINDOW = lazyre.compile(r"(?i)\b(?:from|between)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:to|and|until|till|-|–)\s*"
                         r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?")
_SIZE = lazyre.compile(r"(?i)(?<![\w.])(\d+(?:[.,]\d+)?)\s*(tb|tib|gb|gib|g|mb|mib|kb|kib)\b")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}
#: Words that ask for no limit ("keep it forever", "unlimited retention", "never expire", "indefinitely").
UNLIMITED_SAID = lazyre.compile(r"(?i)\b(?:forever|unlimited|infinite\w*|indefinite\w*|no\s+(?:limit|expiry|expiration|"
                                r"end|retention\s+limit)|never\s+(?:expire|delete|purge)|keep\s+(?:everything|all))\b|-1")
#: Words that ask for nothing kept ("purge everything", "keep nothing", "all of it", "0 days").
NOTHING_SAID = lazyre.compile(r"(?i)\b(?:keep\s+nothing|all\s+of\s+it|0\s*(?:days?|d)\b|zero\s+days|wipe\s+(?:it|all|the\s+whole)|"
                              r"(?:delete|purge|clear|remove)\s+(?:all|everything)(?!\s+(?:older|before|but|except)))")


def _num(token: str) -> float | None:
    t = token.strip().lower().replace(",", ".")
    if t in ("a", "an"):
        return 1.0
    if t.startswith("half"):
        return 0.5
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


@lru_cache(maxsize=256)
def durations(text: str) -> tuple[float, ...]:
    """Every length of time the words name, in seconds ("2 hours" 7200, "a week", "from 22:00 to 23:00" 3600)."""
    out: list[float] = []
    for m in _TIME.finditer(text[:20_000]):
        n = _num(m.group(1))
        unit = m.group(2).lower()
        if unit == "s" and n is not None and n == int(n) and 100 <= n < 600 and m.group(1).isdigit():
            continue  # "investigating 502s": status codes, not seconds
        key = "ms" if unit == "ms" or unit.startswith("milli") else "m" if unit.startswith(("min",)) or unit == "m" \
            else "m" if unit.startswith("mo") else unit[0]
        per = 2592000.0 if unit.startswith("mo") else _UNIT.get(key)
        if n is not None and per is not None:
            out.append(n * per)
    for m in _WINDOW.finditer(text[:20_000]):
        h1, m1, p1, h2, m2, p2 = m.groups()
        if not (m1 or m2 or p1 or p2):
            continue  # "from 10 to 20 replicas": numbers, not times of day
        a, b = int(h1), int(h2)
        if p1 or (p2 and a <= b % 12):
            a = a % 12 + (12 if (p1 or p2 or "").lower() == "pm" else 0)
        if p2:
            b = b % 12 + (12 if p2.lower() == "pm" else 0)
        span = (b * 60 + int(m2 or 0)) - (a * 60 + int(m1 or 0))
        if span <= 0:
            span += 24 * 60
        out.append(span * 60.0)
    return tuple(out)


@lru_cache(maxsize=256)
def sizes(text: str) -> tuple[float, ...]:
    """Every size the words name, in bytes ("20G", "512 MB")."""
    per = {"t": 1e12, "g": 1e9, "m": 1e6, "k": 1e3}
    out: list[float] = []
    for m in _SIZE.finditer(text[:20_000]):
        n = _num(m.group(1))
        if n is not None:
            out.append(n * per[m.group(2).lower()[0]])
    return tuple(out)


def near(value: float, named: tuple[float, ...], slack: float = 0.1) -> bool:
    """`value` is one of `named`, give or take `slack` of it (rounding: 2 h as 7199 s, 10 days as 240 hours)."""
    return any(abs(value - n) <= max(slack * n, 1.0) for n in named)


def say_time(s: float) -> str:
    if s < 0:
        return "no limit"
    for unit, per in (("days", 86400.0), ("hours", 3600.0), ("minutes", 60.0)):
        if s >= per and (s / per) == int(s / per):
            return f"{s / per:g} {unit}"
    return f"{s / 3600:.3g} hours" if s >= 3600 else f"{s:g} seconds"


def say_size(b: float) -> str:
    if b < 0:
        return "no limit"
    for unit, per in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if b >= per:
            return f"{b / per:g} {unit}"
    return f"{b:g} bytes"


def time_beyond(value: float, text: str, key: str) -> str | None:
    """Why a length of time a call sets (`value` seconds, -1 = no limit) is not one the user named; None when it is,
    or when they named none and the value is an ordinary one."""
    named = durations(text)
    if value < 0:
        if UNLIMITED_SAID.search(text):
            return None
        return f"`{key}` sets no limit, and you named {say_time(max(named))}" if named else \
            f"`{key}` sets no limit, which you did not ask for"
    if value == 0 and re.search(r"(?i)keep|retention|retain|older|ttl|expir", key + " " + text):
        if NOTHING_SAID.search(text):
            return None
        return f"`{key}` = 0 keeps nothing, and you named {say_time(max(named))}" if named else None
    if not named or near(value, named):
        return None
    return f"`{key}` sets {say_time(value)}, and you named {' / '.join(say_time(n) for n in sorted(set(named)))}"


def size_beyond(value: float, text: str, key: str) -> str | None:
    """Why a size a call sets is not one the user named (-1 = no limit)."""
    named = sizes(text)
    if value < 0:
        if UNLIMITED_SAID.search(text):
            return None
        return f"`{key}` sets no size limit, and you named {say_size(max(named))}" if named else None
    if not named or near(value, named, 0.08):
        return None
    return f"`{key}` sets {say_size(value)}, and you named {' / '.join(say_size(n) for n in sorted(set(named)))}"


# ------------------------------------------------------------------ the same on a command line
#: Programs whose retention options carry a length of time or a size under a generic name (`pulsar-admin namespaces
#: set-retention --time 7d --size 20G`, -1 for no limit), by the words of the subcommand that makes them retention.
_CLI_RETENTION: dict[str, tuple[str, dict[str, str]]] = {
    "pulsar-admin": ("retention", {"--time": "retention_time", "-t": "retention_time", "--size": "retention_size",
                                   "-s": "retention_size"}),
    "pulsarctl": ("retention", {"--time": "retention_time", "-t": "retention_time", "--size": "retention_size",
                                "-s": "retention_size"}),
}
#: Options whose value is a list of `key=value` configs (`kafka-configs --add-config retention.ms=-1`).
_CONFIG_OPTIONS = frozenset({"--add-config", "--config", "--set"})


def _cli_pairs(name: str, words: list[str]) -> list[tuple[str, str]]:
    """(key, value) of a command's options that may carry a time or a size: a table's named options, options whose own
    name says so (`--retention-days 7`, `--keep-days 10`, `--ttl 3600`), `key=value` configs."""

    from automode.knowledge.scales import covers

    sub, table = _CLI_RETENTION.get(name, ("", {}))
    named = table if sub and any(sub in w for w in words if not w.startswith("-")) else {}
    out: list[tuple[str, str]] = []
    for i, w in enumerate(words):
        opt, eq, val = w.partition("=")
        if not opt.startswith("-"):
            continue
        if not eq:
            val = words[i + 1] if i + 1 < len(words) else ""
        if covers(name, opt):
            continue  # (its unit is the table's: `borg prune --keep-daily 7` keeps seven days, `intent.scaled`)
        if opt in named:
            out.append((named[opt], val))
        elif opt in _CONFIG_OPTIONS:
            out += [(snake(k), v) for k, _, v in (p.partition("=") for p in val.split(",")) if v and not covers(name, k)]
        elif any(t in opt for t in ("retention", "ttl", "keep", "expire", "max-age")):
            out.append((snake(opt), val))
    return out


@needs("option")  # (every retention, lifetime or size it compares is an option's value)
def cli_beyond(a: object) -> tuple[str, str] | None:
    """("", why) when a command sets a retention, lifetime or size other than the one the user named (-1 for "7 days
    / 20G", `retention.ms=-1` for "7 days", `--keep-days 0` for "the last 10 days")."""

    shell = getattr(a, "shell", False)
    ctx = getattr(a, "ctx", None)
    if not shell or ctx is None or not ctx.user_messages:
        return None
    text = joined_lower(ctx.user_messages)
    for cmd in getattr(a, "commands", ()):
        words = [w.value for w in cmd.argv[1:] if not w.dynamic]
        for key, val in _cli_pairs(cmd.name, words):
            unit = time_unit(key) if "size" not in key else None
            if unit is not None and (s := seconds(val, unit)) is not None and (why := time_beyond(s, text, key)):
                return "", why
            sunit = size_unit(key)
            if sunit is not None and (b := size_bytes(val, sunit)) is not None and (why := size_beyond(b, text, key)):
                return "", why
    return None
