"""Python API: build Action/Context from plain dicts (the `automode check` JSON shape) and decide.

This is the one place that turns SPEC §13's JSON into model objects; the CLI, hooks and the benchmark all use it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from automode.dc import replace
from automode.model import Action, Context, Decision, GitInfo

_ENGINE: Any = None


class InputError(ValueError):
    """The input cannot be turned into an action (missing `tool`, `input` not an object, ...)."""


def _type(v: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(v), type(v).__name__)


def _opt_str(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    v = obj.get(key)
    if v is None or isinstance(v, str):
        return v
    raise InputError(f"'{where}{key}' must be a string, not {_type(v)}")


def _str_list(obj: Mapping[str, Any], key: str, where: str = "context.") -> list[str]:
    """A string or a list of strings under `key` (absent or null: empty)."""
    v = obj.get(key)
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, list | tuple):
        for i, m in enumerate(v):
            if not isinstance(m, str):
                raise InputError(f"'{where}{key}[{i}]' must be a string, not {_type(m)}")
        return list(v)
    raise InputError(f"'{where}{key}' must be a string or a list of strings, not {_type(v)}")


def action_from_json(obj: Any) -> Action:
    if not isinstance(obj, Mapping):
        raise InputError(f"the action must be a JSON object with 'tool' and 'input', not {_type(obj)}")
    tool = obj.get("tool", obj.get("tool_name"))
    if not isinstance(tool, str) or not tool:
        raise InputError("'tool' must be a non-empty string")
    inp = obj.get("input", obj.get("tool_input", {}))
    if inp is None:
        inp = {}
    if not isinstance(inp, Mapping):
        raise InputError(f"'input' must be a JSON object, not {_type(inp)}")
    cwd = _opt_str(obj, "cwd", "")
    ann = obj.get("annotations")
    if ann is not None and not isinstance(ann, Mapping):
        raise InputError(f"'annotations' must be a JSON object, not {_type(ann)}")
    before = obj.get("before")  # a Write's target file as it is now (issue 11), when the caller read it
    if before is not None and not isinstance(before, str):
        raise InputError(f"'before' must be a string (the file's current content), not {_type(before)}")
    return Action(tool=tool, input=inp, cwd=cwd, annotations=ann, before=before, shadowed=_shadowed(obj.get("shadowed")))


def _shadowed(v: Any) -> tuple[tuple[str, str], ...]:
    """The project's files a Write of a tool's configuration shadows, as the caller read them: a JSON object of
    path → text, or a list of [path, text] pairs (anything else is left out)."""
    if isinstance(v, Mapping):
        return tuple((str(k), t) for k, t in list(v.items())[:8] if isinstance(t, str))
    if isinstance(v, list):
        return tuple((str(x[0]), x[1]) for x in v[:8] if isinstance(x, list | tuple) and len(x) == 2 and isinstance(x[1], str))
    return ()


def check_action(action: Action) -> Action:
    """An Action built by the caller, checked like JSON input (the dataclass does not check its field types)."""
    if not isinstance(action.tool, str) or not action.tool:
        raise InputError("Action.tool must be a non-empty string")
    if not isinstance(action.input, Mapping):
        raise InputError(f"Action.input must be a mapping, not {_type(action.input)}")
    if action.cwd is not None and not isinstance(action.cwd, str):
        raise InputError(f"Action.cwd must be a string, not {_type(action.cwd)}")
    if action.annotations is not None and not isinstance(action.annotations, Mapping):
        raise InputError(f"Action.annotations must be a mapping, not {_type(action.annotations)}")
    return action


def context_from_json(obj: Mapping[str, Any] | None, *, home: str | None = None) -> Context:
    """Context from the `automode check` JSON shape (also accepts a corpus record's `context`).

    A field of the wrong type is an InputError naming it: guessing would decide on a session nobody described."""
    if obj is None:
        obj = {}
    if not isinstance(obj, Mapping):
        raise InputError(f"the context must be a JSON object, not {_type(obj)}")
    nested = obj.get("context")
    if isinstance(nested, Mapping):
        # a corpus record's shape (`{"tool", "input", "context": {...}}`) given to `automode check`: reading only the
        # top level would decide without the user's words, cwd or git (a probe that did so saw allows that are denies)
        obj = {**obj, **nested}
    messages = _str_list(obj, "user_messages")
    intent = _opt_str(obj, "user_intent", "context.")
    if intent is not None and intent.strip():
        messages.append(intent)
    git = None
    g = obj.get("git")
    if g is not None:
        if not isinstance(g, Mapping):
            raise InputError(f"'context.git' must be a JSON object, not {_type(g)}")
        remotes = g.get("remotes")
        if remotes is not None and not isinstance(remotes, Mapping):
            raise InputError(f"'context.git.remotes' must be a JSON object, not {_type(remotes)}")
        git = GitInfo(branch=_opt_str(g, "branch", "context.git."),
                      remotes={str(k): str(v) for k, v in (remotes or {}).items()})  # fmt: skip
    instr = tuple(_str_list(obj, "instructions"))
    mode = obj.get("mode")
    if mode is not None and mode not in ("interactive", "headless"):
        raise InputError(f"'context.mode' must be \"interactive\" or \"headless\", not {mode!r}"[:200])
    return Context(
        cwd=_opt_str(obj, "cwd", "context."),
        project_root=_opt_str(obj, "project_root", "context."),
        home=home or os.environ.get("HOME") or "/root",
        user_messages=tuple(messages),
        git=git,
        mode="headless" if mode == "headless" else "interactive",
        session_id=_opt_str(obj, "session_id", "context."),
        instructions=instr,
        project_controls=tuple(_str_list(obj, "project_controls")),
        run_files=_run_files(obj),
        links=_links(obj),
    )


def _links(obj: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """`"links": {"/abs/link": "/abs/target", ...}`: symbolic links on the action's paths, as an adapter finds them."""
    raw = obj.get("links")
    if raw is None:
        return ()
    if not isinstance(raw, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise InputError("context.links must map link paths to their targets")
    return tuple((k, v) for k, v in list(raw.items())[:16])


def _run_files(obj: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """`"run_files": {"/abs/path": "text", ...}`: the files the action may run, as an adapter reads them."""
    raw = obj.get("run_files")
    if raw is None:
        return ()
    if not isinstance(raw, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise InputError("context.run_files must map file paths to their text")
    return tuple((k, v) for k, v in list(raw.items())[:16])


def default_engine() -> Any:
    """The process-wide engine, with configuration loaded once from the usual places."""
    global _ENGINE
    if _ENGINE is None:
        from automode.config import load_config
        from automode.engine import Engine

        _ENGINE = Engine(load_config(os.getcwd()))
    return _ENGINE


def check(action: Action | Mapping[str, Any], context: Context | Mapping[str, Any] | None = None) -> Decision:
    """Decide on one action. Raises InputError (a ValueError) when `action` or `context` is malformed."""
    act = check_action(action) if isinstance(action, Action) else action_from_json(action)
    if isinstance(context, Context):
        ctx = context
    else:
        if context is None and isinstance(action, Mapping) and isinstance(action.get("context"), Mapping):
            context = action  # a corpus record, its context inside it (`context_from_json` reads the nested one)
        ctx = context_from_json(context)
        if ctx.cwd is None and act.cwd is not None:
            ctx = replace(ctx, cwd=act.cwd)
    decision: Decision = default_engine().decide(act, ctx)
    return decision
