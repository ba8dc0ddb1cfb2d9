"""Options and store opening shared by `automode log`, `stats`, `review` and `ui`."""

from __future__ import annotations

import argparse
import sys

from automode.audit.store import Filters, Store


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="audit store: a SQLite path or postgresql://... (default: [audit] settings)",
    )


def add_filter_options(parser: argparse.ArgumentParser, *, since_default: str | None = None) -> None:
    parser.add_argument("--session", help="only this session id")
    parser.add_argument("--verdict", choices=("allow", "ask", "deny"), help="only this verdict")
    parser.add_argument("--tool", help="only this tool (Bash, Write, mcp__github__*, ...)")
    parser.add_argument("--rule", help="only decisions where this rule id fired (a prefix works: AM-GIT)")
    parser.add_argument("--agent", help="only this agent (claude-code, codex, gemini, sdk, ...)")
    parser.add_argument(
        "--since",
        default=since_default,
        help="30m, 12h, 7d, 2w or an ISO date" + (f" (default {since_default})" if since_default else ""),
    )
    parser.add_argument("--grep", dest="text", help="only actions or reasons containing this text")
    parser.add_argument("--user", help="only this developer (user name, or user@host) on a shared trail")
    parser.add_argument("--project", help="only this project (its root path, or the root's last component)")


def filters_from(args: argparse.Namespace) -> Filters:
    from automode.audit.stats import parse_since

    return Filters(
        session=args.session,
        verdict=args.verdict,
        tool=args.tool,
        rule=args.rule,
        agent=args.agent,
        since=parse_since(args.since),
        text=args.text,
        user=getattr(args, "user", None),
        project=getattr(args, "project", None),
    )


def open_from(args: argparse.Namespace) -> Store:
    from automode.audit.settings import load_settings
    from automode.audit.spool import wait_drained
    from automode.audit.store import open_store

    wait_drained(timeout=2.0)  # hooks commit right after answering (a detached drainer): show what they just did
    return open_store(getattr(args, "db", None) or load_settings().store_url())


def fail(msg: str) -> int:
    print(f"automode: {msg}", file=sys.stderr)
    return 2
