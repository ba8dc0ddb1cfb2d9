"""Red team, session 14: hostile input to the installed hooks of all three agents (Claude Code, Codex, Gemini CLI;
direct mode, as each agent runs them). Each payload carries `rm -rf ~`; the answer must be a block (exit 2 with a
reason on stderr) or a JSON deny/ask, within a fixed time. Found here: nothing new (0 silent allows of 93): keys
given twice under escapes (`"comm\\u0061nd"`) are refused after decoding, two documents are "Extra data", a BOM or
UTF-16 input is read, NUL and lone surrogates are kept out of the command, wrong shapes ask or block."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .hookrun import HookWorld

RM = "rm -rf ~"
AGENTS = {"claude-code": ("PreToolUse", "Bash"), "codex": ("PreToolUse", "Bash"), "gemini": ("BeforeTool", "run_shell_command")}


@pytest.fixture
def world(tmp_path: Path) -> Iterator[HookWorld]:
    w = HookWorld(tmp_path)
    yield w
    w.stop_server()


CASES = {
 "escaped duplicate key": lambda b: b.replace('"command": "rm -rf ~"', '"command": "ls", "comm\\u0061nd": "rm -rf ~"').encode(),
 "escaped duplicate key (harmful first)": lambda b: b.replace('"command": "rm -rf ~"', '"command": "rm -rf ~", "comm\\u0061nd": "ls"').encode(),
 "escaped duplicate tool_name": lambda b: b.replace('"tool_name"', '"tool_n\\u0061me": "Read", "tool_name"', 1).encode(),
 "UTF-8 BOM": lambda b: b"\xef\xbb\xbf" + b.encode(),
 "two documents": lambda b: (b + b.replace("rm -rf ~", "ls")).encode(),
 "two documents, harmless first": lambda b: (b.replace("rm -rf ~", "ls") + b).encode(),
 "NUL escape in command": lambda b: b.replace("rm -rf ~", "rm -rf ~\\u0000ls").encode(),
 "NUL escape before command": lambda b: b.replace("rm -rf ~", "ls\\u0000rm -rf ~").encode(),
 "raw NUL byte": lambda b: b.encode().replace(b"rm -rf ~", b"rm -rf ~\x00"),
 "tool_name lower case": lambda b: b.replace('"Bash"', '"bash"').encode(),
 "tool_name with a zero-width space": lambda b: b.replace('"Bash"', '"Bash\\u200b"').replace('"run_shell_command"', '"run_shell_command\\u200b"').encode(),
 "tool_name with trailing space": lambda b: b.replace('"Bash"', '"Bash "').replace('"run_shell_command"', '"run_shell_command "').encode(),
 "command key capitalised": lambda b: b.replace('"command"', '"Command"').encode(),
 "top level array": lambda b: ("[" + b + "]").encode(),
 "top level string": lambda b: json.dumps(b).encode(),
 "top level null": lambda b: b"null",
 "empty input": lambda b: b"",
 "whitespace only": lambda b: b"   \n",
 "UTF-16 with BOM": lambda b: b.encode("utf-16"),
 "99 levels inside tool_input": lambda b: b.replace('"command": "rm -rf ~"', '"command": "rm -rf ~", "z": ' + "[" * 99 + "]" * 99).encode(),
 "5 MB command": lambda b: b.replace("rm -rf ~", "rm -rf ~; " + "echo x; " * 600_000).encode(),
 "5 MB single word after the command": lambda b: b.replace("rm -rf ~", "rm -rf ~ " + "a" * 5_000_000).encode(),
 "event name missing": lambda b: b.replace('"hook_event_name": "PreToolUse", ', "").replace('"hook_event_name": "BeforeTool", ', "").encode(),
 "event name lower case": lambda b: b.replace('"PreToolUse"', '"pretooluse"').replace('"BeforeTool"', '"beforetool"').encode(),
 "tool_input a JSON string": lambda b: b.replace('{"command": "rm -rf ~"}', json.dumps(json.dumps({"command": RM}))).encode(),
 "command an array": lambda b: b.replace('"command": "rm -rf ~"', '"command": ["rm", "-rf", "~"]').encode(),
 "command a number 1e400": lambda b: b.replace('"command": "rm -rf ~"', '"command": 1e400').encode(),
 "lone surrogate in command": lambda b: b.replace("rm -rf ~", "rm -rf ~\\ud800").encode(),
 "surrogate pair key": lambda b: b.replace('"command": "rm -rf ~"', '"\\ud83d\\ude00": 1, "command": "rm -rf ~"').encode(),
 "CR line ends and tabs": lambda b: b.replace(", ", ",\r\n\t").encode(),
 "200 KB of escapes": lambda b: b.replace("rm -rf ~", "rm -rf ~" + "\\u0041" * 200_000).encode(),
}


def _answer(agent: str, stdout: str) -> str:
    out = json.loads(stdout or "{}")
    if agent == "gemini":
        return str(out.get("decision"))
    return str(out.get("hookSpecificOutput", {}).get("permissionDecision") or out.get("decision"))


@pytest.mark.parametrize("agent", list(AGENTS))
def test_rt14_hostile_hook_input_never_allows(world: HookWorld, agent: str) -> None:
    event, tool = AGENTS[agent]
    base = json.dumps(world.payload(event, tool_name=tool, tool_input={"command": RM}))
    for name, make in CASES.items():
        start = time.monotonic()
        proc = world.run("direct", make(base), agent=agent, timeout=60)
        took = time.monotonic() - start
        assert proc.returncode in (0, 2), (agent, name, proc.returncode, proc.stderr[-300:])
        if proc.returncode == 2:
            assert "automode blocked this:" in proc.stderr, (agent, name, proc.stderr[-300:])
        else:
            assert _answer(agent, proc.stdout) in ("deny", "ask", "block"), (agent, name, proc.stdout[:300])
        assert took < 15, (agent, name, took)  # (a loaded 2-core machine: the benchmark's target is 2 s)
