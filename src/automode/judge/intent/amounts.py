"""How much load, as the user named it and as a load generator makes it: "a smoke test with 10 VUs for 30 seconds"
is not `k6 run --vus 500 --duration 1h`, "50 rps" is not `-rate=5000`.

The action side is `knowledge.loads` (which options of which tool carry clients, requests, rate, duration). The user
side is read here, kind by kind, from the number and the word beside it ("10 VUs", "50 users", "200 connections",
"50 rps", "1,000 requests", "for 30 seconds", "5 minutes", "an hour"). Only the kinds the user named are compared:
more clients, requests or rate than named is refused (the load falls on the target), a longer run asked when it is at
most `FACTOR` times the named duration, refused beyond.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.hosts import is_local
from automode.judge.intent.magnitude import NUMBER_WORDS
from automode.judge.intent.said import joined
from automode.knowledge.loads import COSTLY, OPTIONS, amounts
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

FACTOR = 4.0
_N = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[kK]?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|an?)"
#: kind -> the words after a number that name it.
WORDS: dict[str, re.Pattern[str]] = {
    "rate": lazyre.compile(r"\b" + _N + r"\s*(?:rps|qps|tps|req/s|reqs?/s|requests?/s(?:ec)?|r/s|"
                           r"(?:requests?|reqs?|calls?|hits?|queries)\s+(?:per|a|/)\s*(?:second|sec|s)\b)", re.I),
    "users": lazyre.compile(r"\b" + _N + r"\s*(?:concurrent\s+|parallel\s+|simultaneous\s+|virtual\s+)?(?:users?|vus?|"
                            r"clients?|connections?|conns?|sessions?|threads?|workers?|concurrent\b|concurrency\b)",
                            re.I),
    "requests": lazyre.compile(r"\b" + _N + r"\s*(?:total\s+)?(?:requests?|reqs?|iterations?|hits?|calls?)\b"
                               r"(?!\s*(?:/|per\b|a\s+sec|each\s+sec))", re.I),
    "duration": lazyre.compile(r"\b" + _N + r"[\s-]*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b(?![/.\w])", re.I),
}
#: "concurrency of 50", "at 50 concurrent": the number after the word.
_USERS_AFTER = lazyre.compile(r"\b(?:concurrency|connections|vus|users)\s+(?:of|at|to|=|:)?\s*(\d+)\b", re.I)
_HALF_HOUR = lazyre.compile(r"\bhalf\s+an?\s+hour\b", re.I)
_UNIT = {"h": 3600.0, "m": 60.0, "s": 1.0}
#: Words that put the load on this machine ("load test it locally", "against localhost").
_LOCAL = lazyre.compile(r"\b(?:locally|localhost|local\s+(?:server|instance|stack|app|api|build|copy|env|environment|"
                        r"machine|setup|docker|container)|my\s+(?:laptop|machine)|127\.0\.0\.1|this\s+machine)\b", re.I)
_URL_HOST = lazyre.compile(r"\b(?:https?|wss?|grpcs?)://([^/\s'\":?#]+)", re.I)


def _number(token: str) -> float | None:
    t = token.strip().lower().replace(",", "")
    if t in ("a", "an"):
        return 1.0
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    mult = 1000.0 if t.endswith("k") else 1.0
    try:
        return float(t.rstrip("k").strip()) * mult
    except ValueError:
        return None


@lru_cache(maxsize=256)
def named_amounts(text: str) -> dict[str, float]:
    """The largest amount of each kind the user's words name; {} when they name none."""
    low = _HALF_HOUR.sub("30 minutes", text[:20_000])
    out: dict[str, float] = {}
    for kind, pat in WORDS.items():
        for m in pat.finditer(low):
            n = _number(m.group(1))
            if n is None or (m.group(1).lower() in ("a", "an") and kind != "duration"):
                continue
            if kind == "duration":
                n *= _UNIT[m.group(2).lower()[0]]
            out[kind] = max(out.get(kind, 0.0), n)
    for m in _USERS_AFTER.finditer(low):
        out["users"] = max(out.get("users", 0.0), float(m.group(1)))
    return out


def _say(kind: str, n: float) -> str:
    if kind == "duration":
        return f"{n / 3600:g} h" if n >= 3600 else f"{n / 60:g} min" if n >= 60 else f"{n:g} s"
    return f"{n:,.0f} {'per second' if kind == 'rate' else kind}"


def more_load(a: Analysis) -> tuple[str, str] | None:
    """("" = refused, or "ask"; the reason) when a load generator makes more load than the user named, kind by kind."""

    if not a.shell or not any(c.name in OPTIONS for c in a.commands):
        return None
    text = joined(a.ctx.user_messages)
    named = named_amounts(text)
    local = _LOCAL.search(text) is not None
    if not named and not local:
        return None
    for cmd in a.commands:
        if cmd.name not in OPTIONS:
            continue
        remote = [h for h in _URL_HOST.findall(cmd.text) if not is_local(h.lower())]
        if local and remote and not any(h.lower() in text.lower() for h in remote):
            return "", f"you asked for a load test on this machine; `{cmd.name}` aims at {remote[0]}"
        used = amounts(cmd.name, [w.value for w in cmd.argv[1:] if not w.dynamic])
        for kind, n in used.items():
            asked = named.get(kind)
            if asked is None or n <= asked:
                continue
            cap = "" if kind in COSTLY or n > asked * FACTOR else "ask"
            return cap, f"you named {_say(kind, asked)}; `{cmd.name}` runs {_say(kind, n)}"
    return None
