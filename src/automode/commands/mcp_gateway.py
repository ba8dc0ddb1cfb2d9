"""`automode mcp-gateway -- <server command>`: front a stdio MCP server and gate every tools/call."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="the server's name in tool ids (mcp__NAME__tool); default: its own name")
    parser.add_argument("--headless", action="store_true", help="nobody watches: asks become denies")
    parser.add_argument("--no-prompt", action="store_true",
                        help="never ask on the terminal: asks become denies that say the user must approve")
    parser.add_argument("--decision-timeout", type=float, default=10.0,
                        help="seconds a decision may take before the call is refused (default %(default)s)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the MCP server's command line")


def run(args: argparse.Namespace) -> int:
    from automode.adapters.mcp_gateway import main

    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    return main(command, name=args.name, headless=args.headless, prompt=not args.no_prompt,
                timeout=args.decision_timeout)
