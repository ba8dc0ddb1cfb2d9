"""What an MCP call's arguments hold, read without the rest of the analysis (`automode.analysis`): the command line
a shell-like tool runs, the URLs it requests, which argument names hold a path and which verb a tool's name says,
the objects nested in the arguments and the JSON carried inside string arguments (all bounded)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.effects import EffectKind


def first_str(inp: Mapping[str, Any], *keys: str) -> str | None:
    for k in keys:
        v = inp.get(k)
        if isinstance(v, str) and v:
            return v
    return None


def _mcp_command(tool: str, inp: Mapping[str, Any]) -> str | None:
    """The command line an MCP call hands a shell: a CLI passthrough argument, a shell tool's command, or commands in
    objects nested in the arguments (`MCP_NESTED_COMMAND_KEYS`, or any command-like key for a shell tool)."""
    runs = MCP_EXEC_NAME.search(tool.rsplit("__", 1)[-1]) is not None
    line = first_str(inp, *MCP_CLI_KEYS) or ((_argv_line(inp.get("command")) or _command_like(inp)) if runs else None)
    if line is not None:
        return line
    found = [v for sub in _nested_objects(inp)
             if (v := first_str(sub, *MCP_CLI_KEYS, *MCP_NESTED_COMMAND_KEYS) or (_command_like(sub) if runs else None))]  # fmt: skip
    return "\n".join(found[:16]) or None


#: Keys of an object nested in an MCP call's arguments that hold a command line whatever the tool is called.
MCP_NESTED_COMMAND_KEYS = ("command", "cmd", "shell_command")
#: MCP tools that run what they are given (desktop-commander's execute_command, a shell server's run, ssh exec, ...).
MCP_EXEC_NAME = lazyre.compile(r"(?:^|_)(?:exec|execute|run|shell|terminal|command|cmd|bash|sh|spawn|process)(?:_|$)", re.I)
COMMAND_KEYS = ("cmd", "script", "argv", "args", "code", "shell", "command_line", "commandLine")
#: Arguments that hold a whole command line whatever the tool is called (the AWS API MCP server's `call_aws
#: {cli_command}`, shell passthroughs): judged like Bash.
MCP_CLI_KEYS = ("cli_command", "shell_command", "command_line", "commandLine", "bash_command")


#: Arguments of an MCP call that name a URL the server requests or opens.
MCP_URL_KEYS = ("url", "uri", "href", "link", "endpoint", "webhook", "webhook_url", "webhookUrl", "callback_url")


def _mcp_urls(inp: Mapping[str, Any]) -> list[str]:
    """The http(s) URLs an MCP call's arguments (or objects nested in them) hand the server to request."""
    out: list[str] = []
    for obj in (inp, *_nested_objects(inp)[:16]):
        for k in MCP_URL_KEYS:
            v = obj.get(k)
            if isinstance(v, str) and v[:8].lower().startswith(("http://", "https://")):
                out.append(v[:4000])
    return out[:8]


def _argv_line(v: object) -> str | None:
    """A command given as text, or as an argument vector (`{"command": ["rm", "-rf", "/data"]}` of a pod exec tool)."""
    if isinstance(v, str):
        return v if v.strip() else None
    if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
        import shlex

        return shlex.join(v)
    return None


def _command_like(inp: Mapping[str, Any]) -> str | None:
    """A command-like argument (`cmd`, `script`, `argv`, `code`, `shell`) of an unknown tool, as shell text."""
    for k in COMMAND_KEYS:
        v = inp.get(k)
        if isinstance(v, str) and v.strip():
            return v
        if isinstance(v, list) and k in ("argv", "cmd", "args", "command_line") and (line := _argv_line(v)):
            return line
    return None


MCP_READ_VERB = lazyre.compile(r"(^|_)(read|get|view|cat|head|tail|list|search|find|stat|info|open|download)s?(_|$)", re.I)
MCP_WRITE_VERB = lazyre.compile(r"(^|_)(write|edit|create|save|put|append|update|move|rename|copy|upload|patch|replace|mkdir)s?(_|$)", re.I)
MCP_DELETE_VERB = lazyre.compile(r"(^|_)(delete|remove|rm|unlink|rmdir|trash|destroy)s?(_|$)", re.I)
PATH_KEYS = ("path", "file_path", "filepath", "file", "filename", "paths", "source", "destination", "target", "dir", "directory")
#: Argument names that hold a path, by their form rather than a list of spellings (`relative_path`, `pathInProject`,
#: `src`, `dst`, `output_file`, `saveTo`): servers name them as they like (Serena, JetBrains, custom file servers).
PATH_KEY_RE = lazyre.compile(r"(?i)(?:path|file|dir|folder|^src$|source|^dst$|dest|target|output|^out|save_?to|location)")
#: Keys of that form whose value is an identifier or a scope of the server's own, never a file (`directoryScopeId: "/"`
#: of an Entra role assignment is the whole tenant, not the root directory; Drive's `folderId`, `targetId`, `fileIds`).
ID_KEY_RE = lazyre.compile(r"(?:[a-z0-9_-](?:Id|ID|Ids|IDs)|(?i:[_-]ids?|scopes?))$")
#: The ones a tool writes whatever its verb (`download {url, output}`, `copy {src, dst}`, `export {to_file}`).
DEST_KEY_RE = lazyre.compile(r"(?i)(?:^dst$|dest|target|output|^out|save_?to|^to(?:_|$|[A-Z])|to_?file|to_?path)")


MOVE_VERB = lazyre.compile(r"(^|_)(move|rename|mv)(_|$)", re.I)
MOVE_SOURCE = lazyre.compile(r"(?i)^(?:source|src|from|old_?path|source_?path|sourcePath|oldPath|path|old_?name)$")
MOVE_DEST = lazyre.compile(r"(?i)^(?:new_?path|newPath|new_?name|to|new_?location)$")


def _mcp_verb(name: str) -> EffectKind | None:
    return "delete" if MCP_DELETE_VERB.search(name) else "write" if MCP_WRITE_VERB.search(name) else "read" if MCP_READ_VERB.search(name) else None


#: Bounds on reading JSON carried inside an MCP call's string arguments: the text decoded per string and in all,
#: the strings decoded, and the levels of a string encoded again inside a string.
JSON_IN_STRING_MAX = 100_000
JSON_DECODES_MAX = 32


def _decode_json(v: str, budget: list[int]) -> Any:
    """A string argument that holds a JSON object or array (once or twice encoded), decoded; None when it is not one."""
    import ast

    text = v.strip()
    for _ in range(3):
        framed = (text[:1] in "{[" and text[-1:] in "}]") or (text[:1] == '"' and text[-1:] == '"')  # '"…"': encoded twice
        if not framed or len(text) > JSON_IN_STRING_MAX or budget[0] <= 0:
            return None
        budget[0] -= 1
        try:
            got = json.loads(text)
        except (ValueError, RecursionError):
            if text[:1] != "{" or "'" not in text or len(text) > 20_000:
                return None
            try:  # a Python literal (`{'command': 'rm -rf ~'}`), as servers written in Python print them
                got = ast.literal_eval(text)
            except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                return None
        if isinstance(got, (Mapping, list)):
            return got
        if not isinstance(got, str):
            return None
        text = got.strip()
    return None


def expand_json_strings(value: Any, depth: int = 0, budget: list[int] | None = None) -> Any:
    """An MCP call's arguments with every string that holds a JSON object or array replaced by what it holds (depth,
    size and count bounded): what such a string carries (a command, a path, SQL) is judged like any argument."""
    budget = [JSON_DECODES_MAX] if budget is None else budget
    if depth > 6:
        return value
    if isinstance(value, Mapping):
        return {k: expand_json_strings(v, depth + 1, budget) for k, v in list(value.items())[:256]}
    if isinstance(value, list):
        return [expand_json_strings(v, depth + 1, budget) for v in value[:256]]
    if isinstance(value, str) and budget[0] > 0 and value.lstrip()[:1] in ('{', '[', '"'):
        got = _decode_json(value, budget)
        return value if got is None else expand_json_strings(got, depth + 1, budget)
    return value


#: Keys of a nested argument object that name its own operation (`{"op": "write", "path": …}` in a batch).
MCP_OP_KEYS = ("op", "operation", "action", "type", "kind", "method", "mode", "verb")
MCP_NESTED_MAX = 64  # objects walked below the top level of one call's arguments


def _nested_objects(value: Any, depth: int = 0, out: list[Mapping[str, Any]] | None = None) -> list[Mapping[str, Any]]:
    """The objects inside an MCP call's arguments, below the top level (`{"options": {"path": …}}`, arrays of edits
    or operations), breadth bounded by `MCP_NESTED_MAX` and depth by 5."""
    out = [] if out is None else out
    if depth > 5 or len(out) >= MCP_NESTED_MAX:
        return out
    items = value.values() if isinstance(value, Mapping) else value if isinstance(value, list) else ()
    for v in list(items)[:64]:
        if isinstance(v, Mapping):
            out.append(v)
        if isinstance(v, (Mapping, list)):
            _nested_objects(v, depth + 1, out)
        if len(out) >= MCP_NESTED_MAX:
            break
    return out
