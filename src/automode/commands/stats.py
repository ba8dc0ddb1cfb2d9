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
    return f"{n:>7}  {100 * n / total:5.1f}%" if total else f"{n:>7}"


def _lat(lat: dict[str, int]) -> str:
    return "  ".join(f"{k} {v / 1000:.2f} ms" for k, v in lat.items()) if lat else "-"


def render(s: dict[str, Any]) -> str:
    total = s["total"]
    out = [f"decisions: {total}"]
    for v in ("allow", "ask", "deny"):
        out.append(f"  {v:<6}{_pct(s['verdicts'][v], total)}")
    a = s["asks"]
    out.append(
        f"asks queued for an answer: {a['queued']} (allowed {a['allowed']}, denied {a['denied']}, "
        f"timed out {a['timed_out']}, pending {a['pending']})"
    )
    out.append(f"decision latency: {_lat(s['latency_us'])}")
    if s["top_rules"]:
        out.append("top rules:")
        width = max(len(r["rule"]) for r in s["top_rules"])
        for r in s["top_rules"]:
            mix = ", ".join(f"{k} {n}" for k, n in sorted(r["verdicts"].items()))
            out.append(f"  {r['rule']:<{width}}  {r['count']:>6}  ({mix})")
    if s["per_agent"]:
        out.append("per agent:              total   allow     ask    deny   latency")
        for name, c in s["per_agent"].items():
            out.append(
                f"  {name:<20} {c['total']:>7} {c['allow']:>7} {c['ask']:>7} {c['deny']:>7}   {_lat(c['latency_us'])}"
            )
    if s["per_day"]:
        out.append("per day:                total   allow     ask    deny")
        for day, c in s["per_day"].items():
            out.append(f"  {day:<20} {c['total']:>7} {c['allow']:>7} {c['ask']:>7} {c['deny']:>7}")
    return "\n".join(out)


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
    print(json.dumps(s, indent=2) if args.json else render(s))
    return 0
