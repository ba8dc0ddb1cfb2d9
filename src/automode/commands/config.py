"""`automode config show`: the effective configuration, each line with the file it came from.
`automode config pull --server URL`: fetch the team policy the decision service serves and cache it (docs/teams.md)."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from automode.config import IGNORED_NOTE, Config, load_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", nargs="?", default="show", choices=["show", "pull"],
                        help="show the effective configuration (default), or pull the team policy from --server")
    parser.add_argument("--server", default=None, metavar="URL",
                        help="pull: the decision service (token from AUTOMODE_SERVER_TOKEN or AUTOMODE_SERVER_TOKEN_FILE)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--cwd", default=None, help="directory to resolve the project from (default: current)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the configuration has errors")


def to_json(cfg: Config) -> dict[str, Any]:
    return {
        "project_root": cfg.project_root,
        "files": [{"scope": s, "path": p, "status": st} for s, p, st in cfg.files],
        "permissions": {k: [{"rule": r.raw, "source": r.source} for r in getattr(cfg, k)] for k in ("deny", "ask", "allow")},
        "trust": {
            k: list(getattr(cfg, f"trusted_{k}"))
            for k in ("domains", "hosts", "repos", "buckets", "registries", "clusters")
        },
        "judge": dict(cfg.judge),
        "sandbox": dict(cfg.sandbox),
        "audit": dict(cfg.audit),
        "boundaries": list(cfg.boundaries),
        "origins": [{"line": line, "source": src} for line, src in cfg.origins],
        "ignored": [{"line": line, "source": src, "why": IGNORED_NOTE} for line, src in cfg.ignored],
        "errors": list(cfg.errors),
    }


def render(cfg: Config) -> str:
    out = [f"project root: {cfg.project_root or '(none found: no .git or .automode.toml above the directory)'}", ""]
    out.append("files (merged in this order):")
    out += [f"  {scope:<8} {path}  [{status}]" for scope, path, status in cfg.files]
    team = [p for s, p, st in cfg.files if s == "team" and st == "loaded"]
    if team:
        try:
            with open(team[0], encoding="utf-8") as fh:
                head = fh.readline()
            version = head.split("policy ", 1)[1].split()[0] if head.startswith("# automode team policy ") else "(unknown)"
        except (OSError, IndexError):
            version = "(unreadable)"
        out.append(f"  team policy in force: {version} (it only tightens: its allow and trust lines are ignored)")
    lines = list(cfg.origins)
    width = min(max((len(line) for line, _ in [*lines, *cfg.ignored]), default=0), 70)
    out += ["", "effective configuration (precedence: deny > ask > allow):"]
    out += [f"  {line:<{width}}  # {src}" for line, src in lines] or ["  (empty: built-in policy only)"]
    if cfg.ignored:
        out += ["", f"ignored ({IGNORED_NOTE}):"]
        out += [f"  {line:<{width}}  # {src}" for line, src in cfg.ignored]
    if cfg.errors:
        out += ["", "errors (reported, never fatal; other lines still apply):"]
        out += [f"  {e}" for e in cfg.errors]
    return "\n".join(out)


def pull(server: str | None) -> int:
    import sys

    from automode.adapters.remote import fetch_policy
    from automode.config import team_policy_path

    if not server:
        print("automode config pull: give --server URL", file=sys.stderr)
        return 2
    try:
        version, text = fetch_policy(server, os.environ)
    except (OSError, ValueError) as e:
        print(f"automode config pull: {e}", file=sys.stderr)
        return 1
    path = team_policy_path(os.environ.get("HOME") or os.path.expanduser("~"), os.environ)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(f"# automode team policy {version} from {server}; replaced by `automode config pull`\n{text}")
    os.replace(tmp, path)
    print(f"team policy {version} from {server} -> {path}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "pull":
        return pull(args.server)
    cfg = load_config(args.cwd or os.getcwd())
    if args.json:
        print(json.dumps(to_json(cfg), indent=2, default=str))
    else:
        from automode.commands.style import emit, text

        # Section headings (lines that do not start with a space) in bold; every line as text, never as markup.
        emit(*(text(line, "bold" if line and not line.startswith(" ") else "") for line in render(cfg).split("\n")))
    return 1 if args.check and cfg.errors else 0
