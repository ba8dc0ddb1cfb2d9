"""Claude Agent SDK (PyPI `claude-agent-sdk`): a `can_use_tool` callback and a PreToolUse hook callback.

    from automode.adapters.agent_sdk import automode_can_use_tool, automode_hooks
    options = ClaudeAgentOptions(can_use_tool=automode_can_use_tool(user_messages=[prompt]),
                                 hooks=automode_hooks(user_messages=[prompt]))

`can_use_tool` is only consulted for calls the SDK's own rules and mode leave open; the PreToolUse hook sees
every call, so use both (or the hook alone). The SDK has no approval prompt of its own: an ask goes to
automode's terminal prompt if one is attached, otherwise it is a deny saying the user must approve.
The SDK is imported lazily: automode does not depend on it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from automode.adapters import approval, base
from automode.adapters.claude_code import pre_tool_use_output
from automode.model import Action, Context, Decision

WHO = "the Claude agent"


def _context(cwd: str | None, user_messages: Sequence[str], headless: bool) -> Context:
    here = cwd or os.getcwd()
    return Context(cwd=here, project_root=here, home=os.path.expanduser("~"), user_messages=tuple(user_messages),
                   mode="headless" if headless else "interactive", agent_env=base.agent_env(),
                   project_controls=base.project_controls(here))


async def _decide(tool: str, tool_input: Any, cwd: str | None, user_messages: Sequence[str], headless: bool,
                  prompt: bool, timeout: float) -> Decision:
    ctx = _context(cwd, user_messages, headless)
    if not isinstance(tool, str) or not tool or not isinstance(tool_input, dict):
        return base.failure("the tool call has no usable name/input", "headless")
    action = base.with_before(Action(tool=tool, input=tool_input, cwd=ctx.cwd))
    try:
        return await asyncio.to_thread(approval.gate, action, ctx, WHO, prompt=prompt, timeout=timeout)
    except Exception as exc:  # fail closed
        return base.failure(f"internal error: {type(exc).__name__}: {exc}", "headless")


def automode_can_use_tool(*, cwd: str | None = None, user_messages: Sequence[str] = (), headless: bool = False,
                          prompt: bool = True, timeout: float = 10.0) -> Callable[[str, dict[str, Any], Any], Awaitable[Any]]:
    """A `can_use_tool` callback. `user_messages` may be a list you keep appending the user's turns to."""
    from claude_agent_sdk import PermissionResultAllow, PermissionResultDeny

    async def can_use_tool(tool_name: str, tool_input: dict[str, Any], context: Any) -> Any:
        d = await _decide(tool_name, tool_input, cwd, user_messages, headless, prompt, timeout)
        if d.verdict == "allow":
            return PermissionResultAllow()
        return PermissionResultDeny(message=base.deny_message(d))

    return can_use_tool


def automode_pre_tool_use(*, cwd: str | None = None, user_messages: Sequence[str] = (), headless: bool = False,
                          prompt: bool = True, timeout: float = 10.0) -> Callable[[Any, str | None, Any], Awaitable[Any]]:
    """A PreToolUse hook callback: answers like `automode hook claude-code` (asks resolved here, see module doc)."""

    async def hook(input_data: Any, tool_use_id: str | None, context: Any) -> Any:
        data = input_data if isinstance(input_data, dict) else {}
        if data.get("hook_event_name", "PreToolUse") != "PreToolUse":
            return {}
        here = data.get("cwd") if isinstance(data.get("cwd"), str) else cwd
        d = await _decide(data.get("tool_name", ""), data.get("tool_input"), here, user_messages, headless, prompt, timeout)
        return pre_tool_use_output(d)

    return hook


def automode_hooks(**kwargs: Any) -> dict[str, list[Any]]:
    """`ClaudeAgentOptions(hooks=...)` value: our PreToolUse hook on every tool, a failure blocks."""
    from claude_agent_sdk import HookMatcher

    try:
        matcher = HookMatcher(matcher=None, hooks=[automode_pre_tool_use(**kwargs)], on_failure="block")
    except TypeError:  # SDKs before on_failure: the hook itself never raises
        matcher = HookMatcher(matcher=None, hooks=[automode_pre_tool_use(**kwargs)])
    return {"PreToolUse": [matcher]}
