"""`automode stats`: verdict mix, top rules, asks answered, latency percentiles, per agent and per day."""

from __future__ import annotations

import argparse
import json
from typing import Any

from automode.audit.cli_common import add_filter_options, add_store_option, fail, filters_from, open_from


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_option(parser)
    add_filter_options(parser, since_default="30d")
    parser.add_argument("--top", type=int, default=10, help="how many rules to list (default 10)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


def _lat(lat: dict[str, int]) -> str:
    return "  ".join(f"{k} {v / 1000:.2f} ms" for k, v in lat.items()) if lat else "-"


def render(s: dict[str, Any]) -> list[Any]:
    """The figures as rich renderables (tables and lines), in reading order; `None` is an empty line."""
    from automode.commands.style import row, table, text, verdict_text

    total = s["total"]
    out: list[Any] = [text(f"decisions: {total}", "bold")]
    mix = table("verdict", ("decisions", "right"), ("share", "right"))
    for v in ("allow", "ask", "deny"):
        row(mix, verdict_text(v), s["verdicts"][v], _pct(s["verdicts"][v], total))
    out += [mix, None]
    a = s["asks"]
    out.append(text(f"asks queued for an answer: {a['queued']} (allowed {a['allowed']}, denied {a['denied']}, "
                    f"timed out {a['timed_out']}, pending {a['pending']})"))  # fmt: skip
    out.append(text(f"decision latency: {_lat(s['latency_us'])}"))
    if s["top_rules"]:
        t = table("rule", ("decisions", "right"), "by verdict", title="top rules")
        for r in s["top_rules"]:
            row(t, text(r["rule"], "bold"), r["count"], ", ".join(f"{k} {n}" for k, n in sorted(r["verdicts"].items())))
        out += [None, t]
    for key, title, first in (("per_agent", "per agent", "agent"), ("per_day", "per day", "day")):
        if not s[key]:
            continue
        cols: list[Any] = [first, *((c, "right") for c in ("total", "allow", "ask", "deny"))]
        t = table(*cols, *(["latency"] if key == "per_agent" else []), title=title)
        for name, c in s[key].items():
            row(t, name, c["total"], c["allow"], c["ask"], c["deny"], *([_lat(c["latency_us"])] if key == "per_agent" else []))
        out += [None, t]
    return out


def run(args: argparse.Namespace) -> int:
    from automode.audit.stats import compute

    try:
        filters = filters_from(args)
    except ValueError as e:
        return fail(str(e))
    store = open_from(args)
    try:
        s = compute(store, filters, top=args.top)
    finally:
        store.close()
    if args.json:
        print(json.dumps(s, indent=2))
    else:
        from automode.commands.style import emit

        emit(*render(s))
    return 0
