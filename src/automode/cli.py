"""`automode` command line: a thin dispatcher.

Each subcommand lives in `automode.commands.<module>` with `add_arguments(parser)` and `run(args) -> int`, and is
imported only when it is called, so `automode hook claude-code` (on every agent action) never pays for the
benchmark, the web page or anything else.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import NoReturn

# name -> (module under automode.commands, one-line help). Add a subcommand by adding a line here.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "decide one action read as JSON on stdin; print the Decision as JSON"),
    "explain": ("explain", "show how a shell command is understood and which rules fire"),
    "rules": ("rules", "list the built-in rules, or show one rule's doc"),
    "bench": ("bench", "score labelled corpora: miss rate, false blocks, friction, latency"),
    "config": ("config", "show the effective configuration and where each line came from"),
    "demo": ("demo", "feed a realistic agent session through the engine and show each decision"),
    "hook": ("hook", "speak an agent's hook protocol (claude-code, codex, gemini) on stdin/stdout"),
    "install": ("install", "add automode's hooks to an agent's settings (claude-code, codex, gemini)"),
    "uninstall": ("uninstall", "remove exactly the hooks `automode install` added"),
    "doctor": ("doctor", "tell whether automode's hooks are installed and live"),
    "hookbench": ("hookbench", "time full hook round trips, process start included, cold and resident"),
    "mcp-gateway": ("mcp_gateway", "front a stdio MCP server and gate every tools/call"),
    "run": ("run", "start an agent with automode active, optionally sandboxed (--sandbox, --net)"),
    "log": ("log", "show recorded decisions (filters, --json export, --follow)"),
    "stats": ("stats", "audit figures: verdict mix, top rules, asks answered, latency, per agent and day"),
    "audit-bench": ("audit_bench", "benchmark the audit store with concurrent writer processes"),
    "review": ("review", "recent denials and asks with narrow allow rules, replayed against the benchmark"),
    "serve": ("serve", "HTTP decision service for a team: POST /v1/decide, /v1/hooks/AGENT, /healthz, /metrics"),
    "ui": ("ui", "local web page: live decisions, filters, charts, and pending asks to approve or deny"),
}


def _top_help() -> str:
    width = max(len(n) for n in COMMANDS)
    lines = ["usage: automode <command> [options]", "", "auto mode for AI coding agents", "", "commands:"]
    lines += [f"  {name:<{width}}  {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "options:", "  -h, --help  this list", "  --version   print automode's version",
              "", "Run `automode <command> --help` for a command's options."]
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    """argparse with a suggestion for a mistyped option (`--limt` -> `--limit`)."""

    def error(self, message: str) -> NoReturn:
        if "unrecognized arguments:" in message:
            import difflib

            known = [o for a in self._actions for o in a.option_strings if o.startswith("--")]
            wrong = [w.split("=", 1)[0] for w in message.split("unrecognized arguments:", 1)[1].split() if w.startswith("--")]
            near = dict.fromkeys(m for w in wrong for m in difflib.get_close_matches(w, known, n=2, cutoff=0.6))
            if near:
                message += f"; did you mean: {', '.join(near)}?"
        super().error(message)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(_top_help())
        return 0
    if args[0] == "--version":
        from automode import __version__

        print(f"automode {__version__}")
        return 0
    name = args[0]
    if name not in COMMANDS:
        import difflib

        close = difflib.get_close_matches(name, list(COMMANDS), n=3, cutoff=0.6)
        hint = f"did you mean: {', '.join(close)}?" if close else "run `automode --help` for the list of commands"
        print(f"automode: unknown command {name!r}; {hint}", file=sys.stderr)
        return 2
    module_name, help_ = COMMANDS[name]
    module = importlib.import_module(f"automode.commands.{module_name}")
    parser = _Parser(prog=f"automode {name}", description=help_)
    module.add_arguments(parser)
    ns = parser.parse_args(args[1:])
    try:
        return int(module.run(ns))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
