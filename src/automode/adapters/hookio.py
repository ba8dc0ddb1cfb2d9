"""The shape every hook adapter answers in, and the protocol-independent pieces of hook handling."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from automode.dc import dataclass
from automode.typing_lite import Any, Protocol

MAX_INPUT_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class HookResult:
    """What the hook process prints and its exit code."""

    stdout: str = ""
    stderr: str = ""
    code: int = 0


class HookAdapter(Protocol):
    """An agent's hook protocol: `handle` decides; `fail_safe` answers when deciding failed (no engine use)."""

    def handle(self, raw: bytes, env: Mapping[str, str], headless: bool) -> HookResult: ...

    def fail_safe(self, raw: bytes, why: str, headless: bool) -> HookResult: ...


class InvalidPayload(ValueError):
    """The hook input is not the JSON object the protocol promises."""


def parse_payload(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_INPUT_BYTES:
        raise InvalidPayload(f"hook input is larger than {MAX_INPUT_BYTES} bytes")
    try:
        obj = json.loads(raw, object_pairs_hook=_unique, parse_constant=_no_constant, parse_float=_finite)
    except _Strict as exc:
        raise InvalidPayload(f"hook input is not strict JSON: {exc}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidPayload(f"hook input is not JSON ({exc})") from exc
    except RecursionError as exc:
        raise InvalidPayload("hook input nests deeper than a JSON reader can follow") from exc
    if not isinstance(obj, dict):
        raise InvalidPayload("hook input is not a JSON object")
    if _depth(obj) > MAX_DEPTH:
        raise InvalidPayload(f"hook input nests more than {MAX_DEPTH} levels deep (automode reads no deeper)")
    if b"\\u" in raw and _SURROGATE_ESCAPE.search(raw) is not None:
        # A lone surrogate (`\ud800` without its pair) is a str no encoder takes: every later step that writes it
        # (the session's state, the audit row, the answer) would fail. The agent's runtime writes U+FFFD for it.
        from automode.model import scrub_unpaired

        clean: dict[str, Any] = scrub_unpaired(obj)
        return clean
    return obj


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
#: Deeper than any tool input an agent sends (MultiEdit's edits are 4 levels, MCP arguments rarely 10): a deeper
#: document is refused with its depth, before any step of the analysis recurses into it (red team s13).
MAX_DEPTH = 100


class _Strict(ValueError):
    """JSON that parsers read differently: a key given twice (which value a reader keeps is its own choice, so an
    agent's runtime could run one command while automode judged the other), NaN/Infinity (not JSON), a number out
    of range."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Strict(f"the key {k[:60]!r} is given twice in one object")
        out[k] = v
    return out


def _no_constant(name: str) -> Any:
    raise _Strict(f"{name} is not a JSON value")


def _finite(text: str) -> float:
    v = float(text)
    if v != v or v in (float("inf"), float("-inf")):
        raise _Strict(f"the number {text[:40]} is out of range")
    return v


def _depth(obj: Any) -> int:
    """How deep containers nest (iteratively: no recursion on hostile input)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        o, d = stack.pop()
        if d > deepest:
            deepest = d
            if d > MAX_DEPTH:
                return d
        if isinstance(o, dict):
            stack.extend((v, d + 1) for v in o.values() if isinstance(v, (dict, list)))
        elif isinstance(o, list):
            stack.extend((v, d + 1) for v in o if isinstance(v, (dict, list)))
    return deepest


def peek_event(raw: bytes, key: str = "hook_event_name") -> str | None:
    """The event name if the payload parses, for choosing a fail-safe answer; None otherwise."""
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    v = obj.get(key) if isinstance(obj, dict) else None
    return v if isinstance(v, str) else None


def dumps(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def block_exit(why: str) -> HookResult:
    """Exit code 2 with the reason on stderr: the one answer Claude Code, Codex and Gemini all read as a block
    whatever the event, used when the input is too broken to answer in JSON."""
    return HookResult(stderr=f"automode blocked this: {why}. Nothing was run; do not try to work around this.\n", code=2)


def screen_output(tool: str, tool_input: Mapping[str, Any], output: Any) -> str | None:
    """Hook point for the tool-output screen (SPEC §9): a warning for the agent, or None."""
    return screen_with_values(tool, tool_input, output)[0]


def screen_with_values(tool: str, tool_input: Mapping[str, Any], output: Any) -> tuple[str | None, list[str]]:
    """The warning, and the values a flagged output proposes (hosts, recipients, accounts) for the session memory."""
    from automode.screen import screen

    warning, values = screen(tool, tool_input, output)
    return (warning if isinstance(warning, str) and warning.strip() else None), values
