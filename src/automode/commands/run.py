"""`automode run [--sandbox] [--net none|trusted|all] -- COMMAND...`: start an agent with automode's hooks
active, optionally inside a bubblewrap sandbox. See docs/sandbox.md."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from automode.sandbox.bwrap import NetMode
    from automode.sandbox.launch import RunRequest


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sandbox", action="store_true", help="run the agent in an isolated environment (bwrap)"
    )
    parser.add_argument(
        "--net",
        choices=("none", "trusted", "all"),
        default=None,
        help="network inside the sandbox: none, trusted hosts only (via a logging proxy), or all (default: none)",
    )
    parser.add_argument(
        "--project", help="project directory made writable (default: enclosing git repo, else cwd)"
    )
    parser.add_argument(
        "--explain", action="store_true", help="print what is and is not isolated here, then exit"
    )
    parser.add_argument(
        "--bench", action="store_true", help="measure the sandbox's start-up overhead, then exit"
    )
    parser.add_argument("--runs", type=int, default=30, help="runs for --bench (default 30)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the agent command and its arguments")


def run(args: argparse.Namespace) -> int:
    from automode.sandbox.launch import RunRequest, find_project
    from automode.sandbox.launch import run as launch

    command = list(args.command)
    if command[:1] == ["--"]:
        command = command[1:]
    net = cast("NetMode", args.net or ("none" if args.sandbox or args.explain or args.bench else "all"))
    cwd = os.getcwd()
    project = os.path.realpath(args.project) if args.project else find_project(cwd)
    req = RunRequest(command, bool(args.sandbox), net, project, cwd, os.path.expanduser("~"))
    if args.explain:
        return _explain(req)
    if args.bench:
        return _bench(net, args.runs)
    return launch(req)


def _explain(req: RunRequest) -> int:
    from automode.sandbox.explain import explain
    from automode.sandbox.launch import SANDBOX_UNAVAILABLE
    from automode.sandbox.plan import build_plan
    from automode.sandbox.probe import check_bwrap
    from automode.sandbox.settings import SandboxSettings, load_settings

    bw = check_bwrap()
    try:
        settings = load_settings(req.home, req.project)
        plan = build_plan(
            req.project, req.home, settings, req.command, create_agent_state=False, env=dict(os.environ)
        )
    except ValueError as e:
        print(f"automode run: {e}", file=sys.stderr)
        settings, plan = SandboxSettings(), None
    sys.stdout.write(explain(bw, plan, settings, req.net, req.command, dict(os.environ)))
    return 0 if bw.ok and plan is not None else SANDBOX_UNAVAILABLE


def _bench(net: NetMode, runs: int) -> int:
    from automode.sandbox.bench import measure

    try:
        print(measure(net, runs).line())
    except RuntimeError as e:
        print(f"automode run: {e}", file=sys.stderr)
        return 125
    return 0
