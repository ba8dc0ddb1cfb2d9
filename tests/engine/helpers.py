from __future__ import annotations

from dataclasses import replace
from typing import Any

from automode.engine import Engine
from automode.model import Action, Context, Decision

ENGINE = Engine()
CTX = Context(cwd="/work/proj", project_root="/work/proj", home="/home/user")


def decide(fixture: str | dict[str, Any], ctx: Context = CTX) -> Decision:
    if isinstance(fixture, str):
        return ENGINE.decide(Action("Bash", {"command": fixture}, ctx.cwd), ctx)
    c = _with_context(ctx, fixture.get("context"))
    return ENGINE.decide(Action(fixture["tool"], fixture["input"], ctx.cwd, fixture.get("annotations"), fixture.get("before")), c)


def _with_context(ctx: Context, extra: dict[str, Any] | None) -> Context:
    """A fixture's own context: the user's messages, and the control files its project holds."""
    if not extra:
        return ctx
    return replace(ctx, user_messages=tuple(extra.get("user_messages", ())),
                   project_controls=tuple(extra.get("project_controls", ())))


def fired(fixture: str | dict[str, Any], ctx: Context = CTX) -> set[str]:
    from automode.analysis import analyze

    if isinstance(fixture, str):
        a = analyze(Action("Bash", {"command": fixture}, ctx.cwd), ctx)
    else:
        c = _with_context(ctx, fixture.get("context"))
        a = analyze(Action(fixture["tool"], fixture["input"], ctx.cwd, fixture.get("annotations"), fixture.get("before")), c)
    ids = {f.rule.id for f in ENGINE.findings(a)}
    if a.problems:
        ids.add("AM-PARSE-001")
    return ids


#: A project and home for tests that decide actions under the user's own words.
WORDS_ROOT = "/work/proj"
WORDS_HOME = "/home/user"
_WORDS_ENGINE = Engine()


def decide_said(tool: str, inp: dict[str, object], *msgs: str) -> Decision:
    """Decide `tool(inp)` in WORDS_ROOT with `msgs` as the user's messages, oldest first."""
    ctx = Context(cwd=WORDS_ROOT, project_root=WORDS_ROOT, home=WORDS_HOME, user_messages=tuple(msgs))
    return _WORDS_ENGINE.decide(Action(tool, inp, WORDS_ROOT), ctx)
