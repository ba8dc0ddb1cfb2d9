"""Gemini CLI hooks (geminicli.com/docs/hooks/reference): BeforeTool decides, AfterTool screens, BeforeAgent
records the user's prompt.

Gemini's tool calls are mapped onto automode's actions (`run_shell_command` -> Bash, `write_file` -> Write,
`replace` -> Edit, ...). BeforeTool has no "ask": an ask is answered as a deny that says the user must approve,
because "no opinion" would let Gemini run it unprompted in YOLO mode. Exit code 2 blocks in every event; exit 1
is only a warning to Gemini (the action runs), so failures answer deny.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from automode import lazyre
from automode.adapters import base
from automode.adapters.hookio import (
    HookResult,
    InvalidPayload,
    block_exit,
    dumps,
    parse_payload,
    peek_event,
    screen_with_values,
)
from automode.model import Action, Decision, Mode
from automode.typing_lite import Any

NAME = "gemini"
PASSIVE_EVENTS = frozenset({"SessionStart", "SessionEnd", "Notification", "PreCompress", "AfterAgent", "BeforeModel",
                            "AfterModel", "BeforeToolSelection"})
_URL = lazyre.compile(r"https?://[^\s<>\"')\]]+")
#: Gemini CLI's own bookkeeping tools (0.61.0): they change only the session's plan, todo list, topic or task
#: tracker, like Claude Code's TodoWrite, so they are decided as TodoWrite (no effect) rather than as unknown tools.
BOOKKEEPING = frozenset({"write_todos", "update_topic", "complete_task", "enter_plan_mode", "exit_plan_mode", "ask_user",
                         "tracker_create_task", "tracker_update_task", "tracker_get_task", "tracker_list_tasks",
                         "tracker_add_dependency", "tracker_visualize"})


def first_str(inp: Mapping[str, Any], *keys: str) -> str | None:
    # Like automode.analysis.first_str; kept here so passive hook events never import the engine.
    for k in keys:
        v = inp.get(k)
        if isinstance(v, str) and v:
            return v
    return None


def _abs(path: str, cwd: str) -> str:
    return os.path.normpath(os.path.join(cwd, os.path.expanduser(path)))


def actions_for(tool: str, inp: Mapping[str, Any], cwd: str) -> list[Action]:
    """Gemini tool call -> automode actions (parameter names from Gemini's tools reference, old and new)."""
    def act(name: str, **fields: Any) -> Action:
        return Action(tool=name, input={k: v for k, v in fields.items() if v is not None}, cwd=cwd)

    if tool == "run_shell_command":
        where = first_str(inp, "dir_path", "directory")
        here = _abs(where, cwd) if where else cwd
        return [Action(tool="Bash", input={"command": inp.get("command")}, cwd=here)]
    if tool == "write_file":
        return [act("Write", file_path=first_str(inp, "file_path", "path"), content=inp.get("content"))]
    if tool == "replace":
        n = inp.get("expected_replacements")
        every = inp.get("allow_multiple") is True or (isinstance(n, int) and n > 1)
        return [act("Edit", file_path=first_str(inp, "file_path", "path"), old_string=inp.get("old_string"),
                    new_string=inp.get("new_string"), replace_all=every)]
    if tool == "read_file":
        return [act("Read", file_path=first_str(inp, "file_path", "absolute_path", "path"))]
    if tool == "read_many_files":
        raw_paths = inp.get("paths") if "paths" in inp else inp.get("include")
        paths: list[Any] = raw_paths if isinstance(raw_paths, list) else []
        return [act("Read", file_path=p) for p in paths if isinstance(p, str)] or [act("Glob", pattern="**", path=cwd)]
    if tool == "list_directory":
        return [act("Glob", pattern="*", path=first_str(inp, "dir_path", "path") or cwd)]
    if tool == "glob":
        return [act("Glob", pattern=inp.get("pattern"), path=first_str(inp, "dir_path", "path"))]
    if tool in ("search_file_content", "grep_search"):
        return [act("Grep", pattern=inp.get("pattern"), path=first_str(inp, "dir_path", "path"),
                    glob=first_str(inp, "include_pattern", "include"))]
    if tool == "invoke_agent":
        # A sub-agent prompt: the same checks as Claude Code's Task (what the sub-agent is told to do).
        return [act("Task", description=first_str(inp, "agent_name"), prompt=inp.get("prompt"))]
    if tool in BOOKKEEPING:
        return [act("TodoWrite")]
    if tool == "web_fetch":
        raw_prompt = inp.get("prompt")
        prompt = raw_prompt if isinstance(raw_prompt, str) else ""
        urls = _URL.findall(prompt) or ([inp["url"]] if isinstance(inp.get("url"), str) else [])
        return [act("WebFetch", url=u, prompt=prompt) for u in urls] or [act("WebFetch", prompt=prompt)]
    if tool == "google_web_search":
        return [act("WebSearch", query=inp.get("query"))]
    if tool == "save_memory":
        # Gemini appends the fact to ~/.gemini/GEMINI.md: instructions every later session reads.
        return [act("Edit", file_path=os.path.join(os.path.expanduser("~"), ".gemini", "GEMINI.md"), old_string="",
                    new_string=inp.get("fact"))]
    return [base.with_before(Action(tool=tool, input=dict(inp), cwd=cwd))]


def _before_tool_output(d: Decision) -> dict[str, Any]:
    if d.verdict == "allow":
        return {"decision": "allow"}
    text = base.deny_message(d) if d.verdict == "deny" else base.needs_approval_message(d)
    return {"decision": "deny", "reason": text}


def _before_tool(payload: Mapping[str, Any], env: Mapping[str, str], headless: bool) -> HookResult:
    tool, inp = payload.get("tool_name"), payload.get("tool_input", {})
    mode: Mode = "headless" if headless else "interactive"
    if not isinstance(tool, str) or not tool or not isinstance(inp, dict):
        return HookResult(stdout=dumps(_before_tool_output(base.failure("the hook input has no usable tool", mode))))
    ctx = base.hook_context(payload, env, headless, "GEMINI_PROJECT_DIR")
    actions = actions_for(tool, inp, ctx.cwd or ".")
    d, _ = base.decide_escalated(actions, ctx, "gemini-cli")
    return HookResult(stdout=dumps(_before_tool_output(d)))


def handle(raw: bytes, env: Mapping[str, str], headless: bool = False) -> HookResult:
    try:
        payload = parse_payload(raw)
    except InvalidPayload as exc:
        return block_exit(str(exc))
    event = payload.get("hook_event_name")
    if event == "BeforeTool":
        return _before_tool(payload, env, headless)
    if event == "AfterTool":
        tool, inp = payload.get("tool_name"), payload.get("tool_input")
        try:
            warning, values = screen_with_values(tool if isinstance(tool, str) else "", inp if isinstance(inp, dict) else {},
                                                 payload.get("tool_response"))
            base.remember_injection(base.str_or_none(payload, "session_id"), values)
        except Exception:
            from automode.adapters.claude_code import SCREEN_FAILED

            warning = SCREEN_FAILED
        return HookResult(stdout=dumps({"hookSpecificOutput": {"additionalContext": warning}}) if warning else "{}\n")
    if event == "BeforeAgent":
        from automode.adapters.state import record_prompt

        prompt, session = payload.get("prompt"), base.str_or_none(payload, "session_id")
        if isinstance(prompt, str) and prompt.strip() and session:
            try:
                record_prompt(session, prompt)
            except OSError as exc:
                return HookResult(stdout=dumps({"systemMessage": f"automode could not record your message ({exc})."}))
        return HookResult(stdout="{}\n")
    if event in PASSIVE_EVENTS:
        return HookResult(stdout="{}\n")
    return block_exit(f"unknown Gemini CLI hook event {event!r}")


def fail_safe(raw: bytes, why: str, headless: bool = False) -> HookResult:
    event = peek_event(raw)
    if event == "BeforeTool":
        return HookResult(stdout=dumps(_before_tool_output(base.failure(why, "headless"))))
    if event in PASSIVE_EVENTS or event in ("AfterTool", "BeforeAgent"):
        return HookResult(stdout="{}\n")  # AfterTool/BeforeAgent gate nothing; exit 2 would hide output / drop the prompt
    return block_exit(why)
