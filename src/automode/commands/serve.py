"""`automode serve`: the HTTP decision service for a team (automode.service.app, docs/teams.md)."""

from __future__ import annotations

import argparse
import os
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default %(default)s; put TLS in a reverse proxy)")
    p.add_argument("--port", type=int, default=8765, help="port (default %(default)s)")
    p.add_argument("--token-file", default=None,
                   help="bearer tokens, one per line as `token [team-name]` (AUTOMODE_SERVE_TOKEN adds one)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default %(default)s)")
    p.add_argument("--max-body", type=int, default=1_000_000, help="largest request body in bytes (default %(default)s)")
    p.add_argument("--timeout", type=float, default=5.0,
                   help="seconds a decision may take before the answer is an ask (default %(default)s)")
    p.add_argument("--quiet", action="store_true", help="no JSON request log on stderr")
    p.add_argument("--policy", default=None, metavar="FILE",
                   help="the team policy (config TOML) served at GET /v1/policy for `automode config pull`")


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError:
        print("automode serve: needs the service extra: pip install 'automode[serve]'", file=sys.stderr)
        return 2
    from automode.service.app import ConfigError, read_tokens

    env = dict(os.environ)
    if args.token_file:
        env["AUTOMODE_SERVE_TOKEN_FILE"] = os.path.abspath(args.token_file)
    try:
        read_tokens(env.get("AUTOMODE_SERVE_TOKEN_FILE"), env)  # fail before binding, with the precise reason
    except ConfigError as e:
        print(f"automode serve: {e}", file=sys.stderr)
        return 2
    if args.workers < 1 or args.max_body < 1 or args.timeout <= 0:
        print("automode serve: --workers, --max-body and --timeout must be positive", file=sys.stderr)
        return 2
    # Workers are separate processes: they read their settings from the environment (service.app.config_from_env).
    os.environ.update(AUTOMODE_SERVE_MAX_BODY=str(args.max_body), AUTOMODE_SERVE_TIMEOUT=str(args.timeout),
                      AUTOMODE_SERVE_LOG="0" if args.quiet else "1")  # fmt: skip
    if args.policy:
        if not os.path.isfile(args.policy):
            print(f"automode serve: --policy {args.policy}: no such file", file=sys.stderr)
            return 2
        os.environ["AUTOMODE_SERVE_POLICY"] = os.path.abspath(args.policy)
    if "AUTOMODE_SERVE_TOKEN_FILE" in env:
        os.environ["AUTOMODE_SERVE_TOKEN_FILE"] = env["AUTOMODE_SERVE_TOKEN_FILE"]
    uvicorn.run("automode.service.app:app_factory", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="warning", access_log=False, timeout_graceful_shutdown=5)  # fmt: skip
    return 0
