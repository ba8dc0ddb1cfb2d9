"""`automode hookbench`: median and p99 of a full hook round trip, cold and resident."""

from __future__ import annotations

import argparse
import json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-n", type=int, default=50, help="calls per mode (default %(default)s)")
    parser.add_argument("--mode", choices=["cold", "resident", "both"], default="both",
                        help="time a new process per call (cold), the resident server, or both (default)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def run(args: argparse.Namespace) -> int:
    from automode.hookbench import format_report, run_hook_bench

    modes = ("cold", "resident") if args.mode == "both" else (args.mode,)
    from automode.commands.style import Heartbeat

    with Heartbeat("automode hookbench"):
        results = run_hook_bench(n=args.n, modes=modes)
    print(json.dumps(results, indent=2) if args.json else format_report(results))
    return 0 if all("error" not in r and r["errors"] == 0 for r in results.values()) else 1
