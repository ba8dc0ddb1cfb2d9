"""`automode config show`: the effective configuration, each line with the file it came from."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from automode.config import IGNORED_NOTE, Config, load_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", nargs="?", default="show", choices=["show"], help="what to do (default: show)")
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


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args.cwd or os.getcwd())
    if args.json:
        print(json.dumps(to_json(cfg), indent=2, default=str))
    else:
        print(render(cfg))
    return 1 if args.check and cfg.errors else 0
