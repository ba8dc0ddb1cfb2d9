"""`automode explain "<command>"`: how automode reads a command, for people.

Exit status, for scripts: 0 allow, 1 ask, 3 deny (2 stays argparse's usage error)."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = "exit status: 0 allow, 1 ask, 3 deny"
    p.add_argument("command", help="a shell command (quote it)")
    p.add_argument("--cwd", default=None, help="working directory to resolve paths against")
    p.add_argument("--intent", action="append", default=[], help="a user message, as the judge would see it")


def run(args: argparse.Namespace) -> int:
    import os

    from automode.api import default_engine
    from automode.model import Action, Context

    engine = default_engine()
    cwd = args.cwd or os.getcwd()
    ctx = Context(cwd=cwd, project_root=cwd, home=os.environ.get("HOME", "/root"), user_messages=tuple(args.intent))
    action = Action("Bash", {"command": args.command}, cwd)
    a = engine.analyze(action, ctx)
    print("Commands that would run:")
    for c in a.commands:
        via = f"   via {' > '.join(c.via)}" if c.via else ""
        flags = (" [root]" if c.privileged else "") + (f" [on {c.remote}]" if c.remote else "") + (" [in $(...)]" if c.substituted else "")
        print(f"  - {c.name} {' '.join(w.value if not w.dynamic else w.raw for w in c.argv[1:])}"[:160] + flags + via)
    print("Effects:")
    for e in a.effects or []:
        extra = " ".join(x for x in (e.pclass or "", e.origin, "recursive" if e.recursive else "") if x)
        print(f"  - {e.kind:<8} {e.target[:100]}  ({extra})")
    if not a.effects:
        print("  (none)")
    if a.problems:
        print("Could not analyse:")
        for p in a.problems:
            print(f"  - {p}")
    found = engine.findings(a)
    print("Rules that fired:")
    for f in found:
        print(f"  - {f.rule.id} [{f.verdict}] {f.rule.title}: {f.detail}\n      {f.rule.doc_url}")
    if not found:
        print("  (none)")
    d = engine.decide(action, ctx)
    print(f"Verdict: {d.verdict.upper()} ({d.stage}) — {d.reason}")
    if d.suggestion:
        print(f"Safer: {d.suggestion}")
    return EXIT[d.verdict]


EXIT = {"allow": 0, "ask": 1, "deny": 3}
