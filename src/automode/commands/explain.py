"""`automode explain "<command>"`: how automode reads a command, for people.

Like ShellCheck's explanations: the exact command text, each command that would run (quoted so it could be pasted
back), each command's effects, and every finding shown against the part of the command it came from, with the
effect it read. Exit status, for scripts: 0 allow, 1 ask, 3 deny (2 stays argparse's usage error)."""

from __future__ import annotations

import argparse
import shlex
from typing import Any


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = "exit status: 0 allow, 1 ask, 3 deny"
    p.add_argument("command", help="a shell command (quote it)")
    p.add_argument("--cwd", default=None, help="working directory to resolve paths against")
    p.add_argument("--intent", action="append", default=[], help="a user message, as the judge would see it")


def shell_words(cmd: Any) -> str:
    """A command as shell text that means what it meant: each word as it was written (`grep -r 'foo bar' src`,
    `"$HOME"/x`, `~/notes`, `*.pyc`), a word the analysis made up (xargs' items) quoted from its value."""
    return " ".join(w.raw if w.raw else shlex.quote(w.value) for w in cmd.argv)


def effect_line(e: Any) -> str:
    """One effect for people: what, on what, and the facts a rule or the judge compares."""
    facts = [x for x in (e.pclass or "", e.origin, "recursive" if e.recursive else "", "appends" if e.append else "") if x]
    if e.verb:
        facts.append(f"verb {e.verb}")
    if e.scope:
        facts.append(f"scope {e.scope}")
    if e.env:
        facts.append(f"environment {e.env}")
    if e.values:
        facts.append("names " + ", ".join(e.values[:6]))
    what = f"{e.target[:100]}" + (f" ({e.detail[:80]})" if e.kind == "control" and e.detail and e.detail != e.target else "")
    return f"{e.kind:<8} {what}" + (f"  [{'; '.join(facts)}]" if facts else "")


def attributed(engine: Any, a: Any) -> list[tuple[Any, Any, Any]]:
    """(finding, command or None, effect or None) for every rule that fires: the same checks as `engine.findings`,
    keeping what each one fired on (a command rule: the command; an effect rule: the effect; an action rule:
    neither)."""
    from automode.model import Finding
    from automode.rules.base import Hit

    engine.prepare(a)  # the rule modules this action could need (automode.rules.triggers)
    raw: list[tuple[Any, Any, Any, Any]] = []
    for cmd in a.commands:
        for r in (*engine.by_command.get(cmd.name, ()), *engine.any_command):
            res = r.check(cmd, a)
            if res is not None:
                raw.append((r, res, cmd, None))
    for e in a.effects:
        for r in engine.by_effect.get(e.kind, ()):
            res = r.check(e, a)
            if res is not None:
                raw.append((r, res, None, e))
    for r in engine.action_rules:
        res = r.check(a)
        if res is not None:
            raw.append((r, res, None, None))
    out: list[tuple[Any, Any, Any]] = []
    seen: set[tuple[str, str]] = set()
    for r, res, cmd, e in raw:
        hit = res if isinstance(res, Hit) else Hit(res)
        if (r.id, hit.detail) not in seen:
            seen.add((r.id, hit.detail))
            out.append((Finding(r, hit.verdict or r.verdict, hit.detail), cmd, e))
    return out


def _command_of(e: Any, commands: list[Any]) -> Any:
    """The command an effect came from (its `detail` is that command's text), if one matches."""
    for c in commands:
        if c.text and e.detail == c.text:
            return c
    return None


def pointer(full: str, part: str, indent: str = "      ") -> list[str]:
    """ShellCheck-style: the whole command with the part a finding came from underlined, when it can be shown on
    one line; else the part alone."""
    at = full.find(part) if part else -1
    if at < 0 or "\n" in full or len(full) > 150:
        return [f"{indent}on: {part[:160]}"] if part else []
    return [f"{indent}{full}", f"{indent}{' ' * at}^{'~' * max(0, len(part) - 1)} here"]


def run(args: argparse.Namespace) -> int:
    import os

    from automode.api import default_engine
    from automode.commands import style
    from automode.model import Action, Context

    con = style.console()
    con.soft_wrap = True  # lines are not re-wrapped: a `^~~~ here` pointer stays under its part
    out = style.emit_line(con)

    def say(line: str = "", st: str = "") -> None:
        """One line; control characters in the command are shown, not sent (style.text)."""
        head, sep, rest = line.partition(":")
        if line and not line.startswith(" ") and sep and not st:  # a section heading: `Effects:`, `Verdict: …`
            out(style.text(head + sep, "bold") + style.text(rest))
        else:
            out(style.text(line, st))

    engine = default_engine()
    cwd = args.cwd or os.getcwd()
    ctx = Context(cwd=cwd, project_root=cwd, home=os.environ.get("HOME", "/root"), user_messages=tuple(args.intent))
    action = Action("Bash", {"command": args.command}, cwd)
    a = engine.analyze(action, ctx)
    found = attributed(engine, a)
    say(f"Command: {args.command}")
    say("Commands that would run:")
    for c in a.commands:
        via = f"   via {' > '.join(c.via)}" if c.via else ""
        flags = (" [root]" if c.privileged else "") + (f" [on {c.remote}]" if c.remote else "") + (" [in $(...)]" if c.substituted else "")
        text = shell_words(c)
        say(f"  - {text if len(text) <= 160 else text[:159] + '…'}{flags}{via}")
    say("Effects:")
    for e in a.effects:
        say(f"  - {effect_line(e)}")
    fired_on_words = [c for f, c, e in found if c is not None]
    if not a.effects:
        if fired_on_words:
            # The rules below read the command's own words (options, branch names), not a file or network effect.
            names = ", ".join(dict.fromkeys(shell_words(c)[:80] for c in fired_on_words))
            say(f"  (no file, network or control effect; the rules below read the words of: {names})")
        else:
            say("  (none)")
    if a.problems:
        say("Could not analyse:")
        for p in a.problems:
            say(f"  - {p}", "ask")
    say("Rules that fired:")
    for f, cmd, e in found:
        out(style.text(f"  - {f.rule.id} ", "bold") + style.verdict_text(f"[{f.verdict}]") + style.text(f" {f.rule.title}: {f.detail}"))
        source = cmd if cmd is not None else (_command_of(e, a.commands) if e is not None else None)
        part = source.text if source is not None and source.text else (e.detail if e is not None else "")
        for line in pointer(args.command, part):
            say(line)
        # The effects it read: the effect an effect rule fired on, or every effect of the command a command rule
        # fired on (a control plane's verb, scope and environment).
        read = [e] if e is not None else [x for x in a.effects if cmd is not None and cmd.text and x.detail == cmd.text]
        for x in read:
            say(f"      effect: {effect_line(x)}")
        say(f"      docs: automode rules {f.rule.id}")
    if not found:
        say("  (none)")
    d = engine.decide(action, ctx)
    out(style.text("Verdict: ", "bold") + style.verdict_text(d.verdict, upper=True) + style.text(f" ({d.stage}) — {d.reason}"))
    if d.suggestion:
        say(f"Safer: {d.suggestion}")
    return EXIT[d.verdict]


EXIT = {"allow": 0, "ask": 1, "deny": 3}
