"""`automode install AGENT`: merge automode's hooks into the agent's settings (backup, idempotent)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from automode.adapters import installers, settings_file

CODEX_TRUST = ("Codex runs these hooks only once you trust them: start `codex` and accept automode's hooks when it "
               "asks (or review them with /hooks), and trust the project folder for --scope project; automation that "
               "vetted them runs `codex exec --dangerously-bypass-hook-trust`. Trust again after each install that "
               "changes them.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("agent", choices=["claude-code", "codex", "gemini"], help="the agent whose settings to change")
    parser.add_argument("--scope", choices=installers.SCOPES, default="user",
                        help="user: your settings for every project (default); project: the project's shared "
                             "settings; local: the project's settings for you only")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="project directory (default: cwd)")
    parser.add_argument("--mode", choices=["resident", "direct"], default="resident",
                        help="resident: a per-user decision server answers (fast); direct: each hook starts "
                             "Python and decides itself (default %(default)s; resident falls back to direct)")
    parser.add_argument("--headless", action="store_true", help="nobody watches this agent: asks become denies")
    parser.add_argument("--dry-run", action="store_true", help="print the resulting settings, write nothing")
    parser.add_argument("--server", default=None, metavar="URL",
                        help="also ask the team's decision service (automode serve) on every call and keep the stricter "
                             "answer; token from AUTOMODE_SERVER_TOKEN or AUTOMODE_SERVER_TOKEN_FILE (docs/teams.md)")


def run(args: argparse.Namespace) -> int:
    if args.server is not None and not args.server.startswith(("http://", "https://")):
        print(f"automode install: --server needs an http(s) URL, not {args.server!r}", file=sys.stderr)
        return 2
    tgt = installers.target(args.agent, args.scope, args.project.resolve())
    try:
        current = settings_file.load(tgt.path)
        new = settings_file.with_ours(current or {}, tgt.path,
                                      installers.groups(args.agent, args.mode == "resident", args.headless, args.server))
    except settings_file.SettingsError as exc:
        print(f"automode install: {exc}", file=sys.stderr)
        return 2
    if args.dry_run:
        import json

        print(json.dumps(new, indent=2))
        return 0
    if current == new:
        print(f"automode hooks already installed in {tgt.path}")
        if args.agent == "codex":
            print(CODEX_TRUST)
        return 0
    backup = settings_file.write(tgt.path, new, existed=current is not None)
    print(f"installed automode hooks ({args.mode}) for {args.agent} in {tgt.path}")
    if backup:
        print(f"previous settings saved as {backup}")
    if args.agent == "codex":
        print(CODEX_TRUST)
    print("check with: automode doctor")
    return 0
