"""`automode hook AGENT`: speak an agent's hook protocol on stdin/stdout (SPEC §13)."""

from __future__ import annotations

import argparse

from automode.adapters.run import ADAPTERS, DEFAULT_TIMEOUT, main_in_process


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("agent", choices=sorted(ADAPTERS), help="which agent's hook protocol to speak")
    parser.add_argument("--headless", action="store_true", help="nobody can answer an ask: it becomes a deny")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help="seconds before answering with the fail-safe decision (default %(default)s)")


def run(args: argparse.Namespace) -> int:
    return main_in_process(args.agent, headless=args.headless, timeout=args.timeout)
