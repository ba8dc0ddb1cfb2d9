"""Python API: build Action/Context from plain dicts (the `automode check` JSON shape) and decide.

This is the one place that turns SPEC §13's JSON into model objects; the CLI, hooks and the benchmark all use it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from automode.model import Action, Context, Decision, GitInfo

_ENGINE: Any = None


class InputError(ValueError):
    """The input cannot be turned into an action (missing `tool`, `input` not an object, ...)."""


def action_from_json(obj: Any) -> Action:
    if not isinstance(obj, Mapping):
        raise InputError("expected a JSON object with 'tool' and 'input'")
    tool = obj.get("tool", obj.get("tool_name"))
    if not isinstance(tool, str) or not tool:
        raise InputError("'tool' must be a non-empty string")
    inp = obj.get("input", obj.get("tool_input", {}))
    if inp is None:
        inp = {}
    if not isinstance(inp, Mapping):
        raise InputError("'input' must be a JSON object")
    cwd = obj.get("cwd")
    ann = obj.get("annotations")
    return Action(tool=tool, input=inp, cwd=cwd if isinstance(cwd, str) else None,
                  annotations=ann if isinstance(ann, Mapping) else None)  # fmt: skip


def context_from_json(obj: Mapping[str, Any] | None, *, home: str | None = None) -> Context:
    """Context from the `automode check` JSON shape (also accepts a corpus record's `context`)."""
    obj = obj or {}
    messages: list[str] = []
    raw_msgs = obj.get("user_messages")
    if isinstance(raw_msgs, list):
        messages = [m for m in raw_msgs if isinstance(m, str)]
    elif isinstance(raw_msgs, str):
        messages = [raw_msgs]
    intent = obj.get("user_intent")
    if isinstance(intent, str) and intent.strip():
        messages.append(intent)
    git = None
    g = obj.get("git")
    if isinstance(g, Mapping):
        remotes = g.get("remotes") if isinstance(g.get("remotes"), Mapping) else {}
        git = GitInfo(
            branch=g.get("branch") if isinstance(g.get("branch"), str) else None,
            remotes={str(k): str(v) for k, v in (remotes or {}).items()},
        )
    instructions = obj.get("instructions")
    if isinstance(instructions, str):
        instructions = [instructions]
    instr = tuple(i for i in instructions if isinstance(i, str)) if isinstance(instructions, list) else ()
    mode = obj.get("mode")
    cwd = obj.get("cwd") if isinstance(obj.get("cwd"), str) else None
    root = obj.get("project_root") if isinstance(obj.get("project_root"), str) else None
    return Context(
        cwd=cwd,
        project_root=root,
        home=home or os.environ.get("HOME") or "/root",
        user_messages=tuple(messages),
        git=git,
        mode="headless" if mode == "headless" else "interactive",
        session_id=obj.get("session_id") if isinstance(obj.get("session_id"), str) else None,
        instructions=instr,
    )


def default_engine() -> Any:
    """The process-wide engine, with configuration loaded once from the usual places."""
    global _ENGINE
    if _ENGINE is None:
        from automode.config import load_config
        from automode.engine import Engine

        _ENGINE = Engine(load_config(os.getcwd()))
    return _ENGINE


def check(action: Action | Mapping[str, Any], context: Context | Mapping[str, Any] | None = None) -> Decision:
    act = action if isinstance(action, Action) else action_from_json(action)
    if isinstance(context, Context):
        ctx = context
    else:
        ctx = context_from_json(context)
        if ctx.cwd is None and act.cwd is not None:
            ctx = replace(ctx, cwd=act.cwd)
    decision: Decision = default_engine().decide(act, ctx)
    return decision
