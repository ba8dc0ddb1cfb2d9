"""Figures over the audit trail: verdict mix, top rules, asks answered, latency percentiles, per agent and per day."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC
from typing import Any

from automode.audit.store import ALL, Filters, Store

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str | None, now: float | None = None) -> float | None:
    """`30m`, `12h`, `7d`, `2w`, an ISO date/time (`2026-11-01`, `2026-11-01T09:00`) or unix seconds."""
    if not text:
        return None
    t = text.strip()
    now = time.time() if now is None else now
    if t[:-1].replace(".", "", 1).isdigit() and t[-1:].lower() in _UNITS:
        return now - float(t[:-1]) * _UNITS[t[-1].lower()]
    try:
        return float(t)
    except ValueError:
        pass
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(t.replace("Z", "+00:00"))
    except ValueError as e:
        raise ValueError(f"cannot read time {text!r}: use 30m, 12h, 7d, 2w or an ISO date") from e
    if dt.tzinfo is None:
        dt = dt.astimezone()  # local time, as a person typing a date means it
    return dt.astimezone(UTC).timestamp()


def percentiles(values: Sequence[int], ps: Iterable[float] = (50, 90, 99)) -> dict[str, int]:
    if not values:
        return {}
    s = sorted(values)
    return {f"p{p:g}": s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] for p in ps} | {"max": s[-1]}


def day_of(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(ts))


def compute(store: Store, filters: Filters = ALL, *, top: int = 10) -> dict[str, Any]:
    """All figures for rows matching `filters` (one pass over a few columns)."""
    rows = store.query(
        filters, limit=0, columns=("ts", "agent", "verdict", "rules", "elapsed_us", "tool"), oldest_first=True
    )
    return summarize_rows(rows, store.asks(status=None, since=filters.since, limit=100_000), top=top)


def summarize_rows(
    rows: Sequence[Mapping[str, Any]], asks: Sequence[Mapping[str, Any]], *, top: int = 10
) -> dict[str, Any]:
    verdicts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    rule_verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    tools: Counter[str] = Counter()
    per_agent: dict[str, Counter[str]] = defaultdict(Counter)
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    lat_all: list[int] = []
    lat_agent: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        v = str(r.get("verdict"))
        agent = str(r.get("agent") or "unknown")
        verdicts[v] += 1
        tools[str(r.get("tool"))] += 1
        per_agent[agent][v] += 1
        per_day[day_of(float(r["ts"]))][v] += 1
        for rule in r.get("rules") or []:
            rules[rule] += 1
            rule_verdicts[rule][v] += 1
        us = r.get("elapsed_us")
        if isinstance(us, int):
            lat_all.append(us)
            lat_agent[agent].append(us)
    ask_status: Counter[str] = Counter()
    for a in asks:
        st = str(a.get("status"))
        ask_status["timeout" if a.get("answered_by") == "timeout" else st] += 1
    total = sum(verdicts.values())
    return {
        "total": total,
        "first": float(rows[0]["ts"]) if rows else None,
        "last": float(rows[-1]["ts"]) if rows else None,
        "verdicts": {k: verdicts.get(k, 0) for k in ("allow", "ask", "deny")},
        "top_rules": [
            {"rule": rule, "count": n, "verdicts": dict(rule_verdicts[rule])}
            for rule, n in rules.most_common(top)
        ],
        "top_tools": [{"tool": t, "count": n} for t, n in tools.most_common(top)],
        "asks": {
            "queued": sum(ask_status.values()),
            "allowed": ask_status.get("allow", 0),
            "denied": ask_status.get("deny", 0),
            "timed_out": ask_status.get("timeout", 0),
            "pending": ask_status.get("pending", 0),
        },
        "latency_us": percentiles(lat_all),
        "per_agent": {
            a: {
                "total": sum(c.values()),
                **{k: c.get(k, 0) for k in ("allow", "ask", "deny")},
                "latency_us": percentiles(lat_agent[a]),
            }
            for a, c in sorted(per_agent.items())
        },
        "per_day": {
            d: {"total": sum(c.values()), **{k: c.get(k, 0) for k in ("allow", "ask", "deny")}}
            for d, c in sorted(per_day.items())
        },
    }
