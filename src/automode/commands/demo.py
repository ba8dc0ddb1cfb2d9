"""`automode demo`: feed a realistic agent session through the same path as `automode check` and show each
decision. The session ships inside the package (automode/data/demo_session.jsonl); no network, no API key."""

from __future__ import annotations

import argparse
import json
from importlib import resources

from automode.commands import style


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", help="a JSONL session file instead of the embedded one")
    p.add_argument("--json", action="store_true", help="print each decision as a JSON line")
    p.add_argument("--no-colour", "--no-color", action="store_true",
                   help="no colour (also without a terminal, or with NO_COLOR set)")


def run(args: argparse.Namespace) -> int:

    from automode.api import action_from_json, check, context_from_json

    if args.session:
        with open(args.session, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    else:
        lines = resources.files("automode").joinpath("data/demo_session.jsonl").read_text(encoding="utf-8").splitlines()
    con = style.console(colour=not args.no_colour)
    out = style.emit_line(con)
    project = "/home/dev/webapp"
    messages: list[str] = []
    counts = {"allow": 0, "ask": 0, "deny": 0}
    for line in lines:
        if not line.strip():
            continue
        step = json.loads(line)
        if "user" in step:
            messages.append(step["user"])
            if not args.json:
                out(None, style.text("USER: ", "bold") + style.text(step["user"]), None)
            continue
        if "note" in step:
            if not args.json:
                out(None, style.text(f"-- {step['note']}", "dim"), None)
            continue
        payload = {"tool": step["tool"], "input": step["input"], "cwd": project, "project_root": project,
                   "user_messages": messages, "git": {"branch": "feature/login-fix", "remotes": {"origin": "git@github.com:acme/webapp.git"}}}  # fmt: skip
        d = check(action_from_json(payload), context_from_json(payload, home="/home/dev"))
        counts[d.verdict] += 1
        if args.json:
            print(json.dumps({"action": {"tool": step["tool"], "input": step["input"]}, **d.to_json()}))
            continue
        shown = step["input"].get("command") or step["input"].get("file_path") or step["input"].get("url") or step["input"].get("pattern")
        out(style.verdict_text(d.verdict.ljust(5), upper=True) + style.text(f" {step['tool']:<8} {style.cut(str(shown), 90)}"))
        if d.verdict != "allow":
            out(style.text(f"      {d.reason}  ") + style.text(f"[{', '.join(d.rules)}] ({d.elapsed_us} µs)", "dim"))
            if d.suggestion:
                out(style.text("      safer: ", "allow") + style.text(d.suggestion))
    if not args.json:
        out(None, style.text(f"{counts['allow']} allowed, {counts['ask']} asked, {counts['deny']} denied. ", "bold")
            + style.text("Try `automode explain \"<command>\"` or `automode bench` (a labelled sample)."))
    return 0
