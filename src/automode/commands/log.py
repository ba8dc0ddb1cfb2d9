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


def _line(row: Mapping[str, Any], colour: bool) -> str:
    from automode.audit.stats import day_of

    when = day_of(float(row["ts"])) + time.strftime(" %H:%M:%S", time.localtime(float(row["ts"])))
    verdict = str(row.get("verdict"))
    v = style.verdict(verdict, colour)
    # Everything but the verdict came from an agent or a store: control characters are shown, never sent.
    rules = style.shown(",".join(row.get("rules") or []) or "-")
    summary = style.cut(str(row.get("summary") or ""), 90)
    session = style.shown(str(row.get("session") or "-")[:8])
    reason = style.shown(str(row.get("reason") or ""))
    tool = style.shown(str(row.get("tool")))
    return f"{when}  {v}  {session:<8}  {tool:<10} {summary}\n    {rules}  {reason}"


def _emit(row: Mapping[str, Any], args: argparse.Namespace, colour: bool) -> None:
    from automode.audit.row import to_export

    if args.json:
        print(
            json.dumps(to_export(row, full=args.full), ensure_ascii=False, sort_keys=False), flush=args.follow
        )
    else:
        print(_line(row, colour), flush=args.follow)


def run(args: argparse.Namespace) -> int:
    try:
        filters = filters_from(args)
    except ValueError as e:
        return fail(str(e))
    store = open_from(args)
    colour = style.colour_enabled() and not args.json
    try:
        rows = store.query(filters, limit=args.limit)
        rows.reverse()
        for row in rows:
            _emit(row, args, colour)
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
                _emit(row, args, colour)
            if len(seen) > 5000:
                seen = set(list(seen)[-1000:])
        return 0
    finally:
        store.close()
