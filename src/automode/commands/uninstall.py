"""`automode uninstall AGENT`: remove exactly the hooks `automode install` added."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from automode.adapters import installers, settings_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("agent", choices=["claude-code", "codex", "gemini"], help="the agent whose settings to change")
    parser.add_argument("--scope", choices=[*installers.SCOPES, "all"], default="all",
                        help="which settings file to clean (default: all of them)")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="project directory (default: cwd)")


def run(args: argparse.Namespace) -> int:
    scopes = installers.SCOPES if args.scope == "all" else (args.scope,)
    status = 0
    removed = False
    for scope in scopes:
        tgt = installers.target(args.agent, scope, args.project.resolve())
        try:
            current = settings_file.load(tgt.path)
            if current is None:
                continue
            new = settings_file.without_ours(current, tgt.path)
        except settings_file.SettingsError as exc:
            print(f"automode uninstall: {exc}", file=sys.stderr)
            status = 2
            continue
        if new == current:
            continue
        backup = settings_file.write(tgt.path, new, existed=True)
        removed = True
        print(f"removed automode hooks from {tgt.path} (previous settings saved as {backup})")
    if not removed and status == 0:
        print(f"no automode hooks found for {args.agent}")
    return status
