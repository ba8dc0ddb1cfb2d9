"""`automode log`: the recorded decisions, newest last; `--json` for one stable object a line (docs/audit.md)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping
from typing import Any

from automode.audit.cli_common import add_filter_options, add_store_option, fail, filters_from, open_from
from automode.commands import style


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_option(parser)
    add_filter_options(parser)
    parser.add_argument(
        "-n", "--limit", type=int, default=50, help="show the last N decisions (default 50; 0 = all)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object a line (the export schema)")
    parser.add_argument("--full", action="store_true", help="with --json: include user messages and effects")
    parser.add_argument(
        "-f", "--follow", action="store_true", help="keep printing new decisions as they come"
    )
    parser.add_argument("--interval", type=float, default=0.5, help=argparse.SUPPRESS)
    parser.add_argument(
        "--max-seconds", type=float, default=0, help=argparse.SUPPRESS
    )  # bounded follow (tests)


def _line(row: Mapping[str, Any]) -> Any:
    """One decision on two lines: when, verdict, session, tool and what was done; then its rules and reason. Fixed
    widths are applied before any style, so columns line up with or without colour."""
    from automode.audit.stats import day_of

    when = day_of(float(row["ts"])) + time.strftime(" %H:%M:%S", time.localtime(float(row["ts"])))
    verdict = str(row.get("verdict"))
    # Everything but the verdict came from an agent or a store: control characters are shown, never sent.
    rules = ",".join(row.get("rules") or []) or "-"
    summary = style.cut(str(row.get("summary") or ""), 90)
    session = style.shown(str(row.get("session") or "-")[:8])
    tool = style.cut(str(row.get("tool")), 10)
    return (style.text(f"{when}  ", "dim") + style.verdict_text(verdict.ljust(5)) + style.text(f"  {session:<8}  {tool:<10} ")
            + style.text(summary) + style.text("\n    ") + style.text(rules, "bold") + style.text("  ")
            + style.text(str(row.get("reason") or "")))  # fmt: skip


def _emit(row: Mapping[str, Any], args: argparse.Namespace, out: Any) -> None:
    from automode.audit.row import to_export

    if args.json:
        print(
            json.dumps(to_export(row, full=args.full), ensure_ascii=False, sort_keys=False), flush=args.follow
        )
    else:
        out(_line(row))


def run(args: argparse.Namespace) -> int:
    try:
        filters = filters_from(args)
    except ValueError as e:
        return fail(str(e))
    store = open_from(args)
    out = style.emit_line(style.console())
    try:
        rows = store.query(filters, limit=args.limit)
        rows.reverse()
        for row in rows:
            _emit(row, args, out)
        if not args.follow:
            if not rows and not args.json:
                print("no recorded decisions match", file=sys.stderr)
            return 0
        last = store.max_id()
        seen = {
            str(r["uid"])
            for r in store.query(filters, limit=0, after_id=max(last - 200, 0), columns=("uid",))
        }
        started = time.monotonic()
        while not args.max_seconds or time.monotonic() - started < args.max_seconds:
            time.sleep(args.interval)
            # Look back a little: a PostgreSQL row can commit after a row with a higher id.
            for row in store.query(filters, limit=0, after_id=max(int(last) - 200, 0), oldest_first=True):
                if row["uid"] in seen:
                    continue
                seen.add(str(row["uid"]))
                last = max(int(last), int(row["id"]))
                _emit(row, args, out)
            if len(seen) > 5000:
                seen = set(list(seen)[-1000:])
        return 0
    finally:
        store.close()
