"""`automode ui`: serve the local page (live decisions, filters, charts, pending asks) on 127.0.0.1."""

from __future__ import annotations

import argparse
import sys

from automode.audit.cli_common import add_store_option


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_option(parser)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--open", action="store_true", help="open the page in the default browser")
    parser.add_argument("--user", help="start filtered on this developer (user name, or user@host) of a shared trail")
    parser.add_argument("--project", help="start filtered on this project (its root path, or the root's last component)")


def run(args: argparse.Namespace) -> int:
    from automode.audit.settings import load_settings
    from automode.audit.web import UIServer

    try:
        server = UIServer(args.db or load_settings().store_url(), port=args.port)
    except OSError as e:
        print(f"automode ui: cannot listen on 127.0.0.1:{args.port}: {e}", file=sys.stderr)
        return 2
    from urllib.parse import urlencode

    preset = urlencode({k: v for k, v in (("user", args.user), ("project", args.project)) if v})
    print(f"automode ui: {server.url}" + (f"&{preset}" if preset else ""), flush=True)
    print(
        "(the token in the URL is the key to this page: don't share it; Ctrl-C stops the server)", flush=True
    )
    if args.open:
        import webbrowser

        # Never the token on the browser's command line (every process of the user can read it): a 0600 file
        # that redirects to a one-time URL, which swaps itself for an HttpOnly cookie.
        webbrowser.open("file://" + server.launch_file({k: v for k, v in (("user", args.user), ("project", args.project)) if v}))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
