"""JSON Schemas of hook answers, written from the agents' hook references.

Claude Code (code.claude.com/docs/en/hooks, "JSON output" and "Decision control"): common fields `continue`,
`stopReason`, `suppressOutput`, `systemMessage`; PreToolUse answers in `hookSpecificOutput` with
`permissionDecision` (allow | deny | ask | defer) and `permissionDecisionReason` (plus `updatedInput`,
`additionalContext`); PostToolUse may give `decision: "block"` + `reason` and `hookSpecificOutput.additionalContext`
(`updatedMCPToolOutput` for MCP tools); UserPromptSubmit may give `decision: "block"` + `reason` and
`hookSpecificOutput.additionalContext`. `hookSpecificOutput.hookEventName` must name the event answered.
"""

from __future__ import annotations

from typing import Any

_COMMON: dict[str, Any] = {
    "continue": {"type": "boolean"},
    "stopReason": {"type": "string"},
    "suppressOutput": {"type": "boolean"},
    "systemMessage": {"type": "string"},
}


def _answer(event: str, specific: dict[str, Any], decision: list[str] | None) -> dict[str, Any]:
    props: dict[str, Any] = dict(_COMMON)
    if decision:
        props["decision"] = {"enum": decision}
        props["reason"] = {"type": "string"}
    props["hookSpecificOutput"] = {
        "type": "object",
        "required": ["hookEventName"],
        "additionalProperties": False,
        "properties": {"hookEventName": {"const": event}, **specific},
    }
    return {"type": "object", "additionalProperties": False, "properties": props}


CLAUDE_CODE: dict[str, dict[str, Any]] = {
    "PreToolUse": _answer("PreToolUse", {
        "permissionDecision": {"enum": ["allow", "deny", "ask", "defer"]},
        "permissionDecisionReason": {"type": "string"},
        "updatedInput": {"type": "object"},
        "additionalContext": {"type": "string"},
    }, ["approve", "block"]),
    "PostToolUse": _answer("PostToolUse", {
        "additionalContext": {"type": "string"},
        "updatedMCPToolOutput": {},
    }, ["block"]),
    "UserPromptSubmit": _answer("UserPromptSubmit", {"additionalContext": {"type": "string"}}, ["block"]),
}


# Codex (developers.openai.com/codex/hooks and the JSON schemas Codex generates for its hook wire format): the
# PreToolUse answer we give is `{}` (no opinion) or a deny; Codex reports "allow"/"ask" as unsupported and runs.
CODEX_PRE_TOOL_USE: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **_COMMON,
        "hookSpecificOutput": {
            "type": "object",
            "required": ["hookEventName", "permissionDecision", "permissionDecisionReason"],
            "additionalProperties": False,
            "properties": {"hookEventName": {"const": "PreToolUse"}, "permissionDecision": {"const": "deny"},
                           "permissionDecisionReason": {"type": "string", "minLength": 1}},
        },
    },
}

# Gemini CLI (geminicli.com/docs/hooks/reference): common fields plus `decision` ("allow" | "deny", alias "block")
# and `reason` (required when denied; sent to the agent as the tool error); AfterTool/BeforeAgent may add
# `hookSpecificOutput.additionalContext`.
GEMINI: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **_COMMON,
        "decision": {"enum": ["allow", "deny", "block"]},
        "reason": {"type": "string", "minLength": 1},
        "hookSpecificOutput": {"type": "object", "additionalProperties": False,
                               "properties": {"additionalContext": {"type": "string"}, "tool_input": {"type": "object"}}},
    },
    "if": {"properties": {"decision": {"enum": ["deny", "block"]}}, "required": ["decision"]},
    "then": {"required": ["reason"]},
}
