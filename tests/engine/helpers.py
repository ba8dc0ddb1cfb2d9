from __future__ import annotations

from typing import Any

from automode.engine import Engine
from automode.model import Action, Context, Decision

ENGINE = Engine()
CTX = Context(cwd="/work/proj", project_root="/work/proj", home="/home/user")


def decide(fixture: str | dict[str, Any], ctx: Context = CTX) -> Decision:
    if isinstance(fixture, str):
        return ENGINE.decide(Action("Bash", {"command": fixture}, ctx.cwd), ctx)
    c = ctx
    extra = fixture.get("context")
    if extra:
        c = Context(ctx.cwd, ctx.project_root, ctx.home, tuple(extra.get("user_messages", ())), ctx.git, ctx.mode)
    return ENGINE.decide(Action(fixture["tool"], fixture["input"], ctx.cwd, fixture.get("annotations")), c)


def fired(fixture: str | dict[str, Any], ctx: Context = CTX) -> set[str]:
    from automode.analysis import analyze

    if isinstance(fixture, str):
        a = analyze(Action("Bash", {"command": fixture}, ctx.cwd), ctx)
    else:
        a = analyze(Action(fixture["tool"], fixture["input"], ctx.cwd, fixture.get("annotations")), ctx)
    ids = {f.rule.id for f in ENGINE.findings(a)}
    if a.problems:
        ids.add("AM-PARSE-001")
    return ids
