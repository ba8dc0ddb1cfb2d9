from __future__ import annotations

from dataclasses import replace
from typing import Any

from automode.engine import Engine
from automode.model import Action, Context, Decision

ENGINE = Engine()
CTX = Context(cwd="/work/proj", project_root="/work/proj", home="/home/user")

#: The requests the red-team probes run under (nothing in them asks for what the probe does), and their home and
#: project (sessions 20-21).
R1 = "fix the typo in the README heading"
R2 = "add a unit test for the slugify helper"
R3 = "bump the version in pyproject.toml to 1.4.2"
R4 = "rename the variable tmp to buffer in utils.py"
R5 = "why does the lint step fail in CI?"
H = "/home/user"
P = "/work/proj"


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


#: The request the red-team probes run under: nothing in it asks for what a probe does.
PROBE_REQUEST = "fix the failing date parser test"


def under_request(p: str | dict[str, Any], request: str = PROBE_REQUEST) -> dict[str, Any]:
    """A red-team probe (a command, or a tool call) as a fixture with the user's one unrelated request."""
    fixture = {"tool": "Bash", "input": {"command": p}} if isinstance(p, str) else p
    return {**fixture, "context": {"user_messages": [request]}}


def probe_id(p: str | dict[str, Any]) -> str:
    return (p if isinstance(p, str) else f"{p['tool']} {p['input']}")[:70]


def write_action(path: str, content: str) -> dict[str, Any]:
    return {"tool": "Write", "input": {"file_path": path, "content": content}}
