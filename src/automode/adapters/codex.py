"""Codex CLI hooks (developers.openai.com/codex/hooks; schemas in codex-rs/hooks/schema): PreToolUse decides,
PostToolUse screens, UserPromptSubmit records the user's prompt.

Codex's PreToolUse reads only a deny (`permissionDecision: "deny"`, `decision: "block"` or exit 2): "allow" and
"ask" are reported as unsupported and the call then runs. So an allow answers `{}` (Codex's own approval policy
and sandbox still apply), and an ask answers deny with a reason that says the user must approve. Shell calls
arrive as tool `Bash` with `{"command": ...}`; file edits as `apply_patch` whose `command` is the patch text,
which is split into one action per file it adds, updates, moves or deletes.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping

from automode.adapters import base
from automode.adapters.hookio import HookResult, InvalidPayload, block_exit, dumps, parse_payload, peek_event
from automode.model import Action, Decision, Mode
from automode.typing_lite import Any

NAME = "codex"
PASSIVE_EVENTS = frozenset({"SessionStart", "Stop", "StopFailure", "SubagentStart", "SubagentStop", "PreCompact",
                            "PostCompact", "PermissionRequest"})


def patch_actions(patch: str, cwd: str) -> list[Action]:
    """One action per file an apply_patch envelope touches (`*** Add/Update/Delete File:`, `*** Move to:`), read as
    Codex reads it (`automode.shell.envelope`: a header indented or padded is still a header)."""
    from automode.shell.envelope import file_ops

    def at(p: str) -> str:
        return os.path.normpath(os.path.join(cwd, p))

    actions: list[Action] = []
    for op in file_ops(patch):
        if op.kind == "add":
            actions.append(Action("Write", {"file_path": at(op.path), "content": op.content}, cwd))
        elif op.kind == "update":
            actions.append(Action("Edit", {"file_path": at(op.path), "old_string": op.old, "new_string": op.content}, cwd))
        elif op.kind == "delete":
            actions.append(Action("Bash", {"command": f"rm -- {shlex.quote(at(op.path))}"}, cwd))
        elif op.kind == "move":
            actions.append(Action("Bash", {"command": f"mv -- {shlex.quote(at(op.path))} {shlex.quote(at(op.dest))}"}, cwd))
            actions.append(Action("Write", {"file_path": at(op.dest), "content": op.content}, cwd))
    return actions


def actions_for(tool: str, inp: Mapping[str, Any], cwd: str) -> list[Action]:
    command = inp.get("command")
    if isinstance(command, list) and all(isinstance(c, str) for c in command):
        command = shlex.join(command)
    if tool == "apply_patch":
        return patch_actions(command, cwd) if isinstance(command, str) else []
    if tool in ("Bash", "shell", "exec_command", "local_shell"):
        return [Action("Bash", {"command": command}, cwd)] if isinstance(command, str) else []
    return [Action(tool, dict(inp), cwd)]


def _deny(d: Decision) -> dict[str, Any]:
    text = base.deny_message(d) if d.verdict == "deny" else base.needs_approval_message(d)
    return {"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision": "deny",
                                   "permissionDecisionReason": text}}


def _pre_tool_use(payload: Mapping[str, Any], env: Mapping[str, str], headless: bool) -> HookResult:
    tool, inp = payload.get("tool_name"), payload.get("tool_input", {})
    mode: Mode = "headless" if headless else "interactive"
    if not isinstance(tool, str) or not tool or not isinstance(inp, dict):
        return HookResult(stdout=dumps(_deny(base.failure("the hook input has no usable tool", mode))))
    ctx = base.hook_context(payload, env, headless)
    actions = actions_for(tool, inp, ctx.cwd or ".")
    d, _ = base.decide_escalated(actions, ctx, "codex")
    return HookResult(stdout="{}\n" if d.verdict == "allow" else dumps(_deny(d)))


def handle(raw: bytes, env: Mapping[str, str], headless: bool = False) -> HookResult:
    from automode.adapters import claude_code

    try:
        payload = parse_payload(raw)
    except InvalidPayload as exc:
        return block_exit(str(exc))
    event = payload.get("hook_event_name")
    if event == "PreToolUse":
        return _pre_tool_use(payload, env, headless)
    if event in ("PostToolUse", "UserPromptSubmit"):
        return claude_code.handle(raw, env, headless)  # same wire format for these two
    if event in PASSIVE_EVENTS:
        return HookResult(stdout="{}\n")
    return block_exit(f"unknown Codex hook event {event!r}")


def fail_safe(raw: bytes, why: str, headless: bool = False) -> HookResult:
    if peek_event(raw) == "PreToolUse":
        return HookResult(stdout=dumps(_deny(base.failure(why, "headless"))))
    from automode.adapters import claude_code

    return claude_code.fail_safe(raw, why, headless)
