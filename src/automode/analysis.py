"""Action -> Analysis: the commands that would run and their effects, for every tool (SPEC §4).

Pure and bounded: no file-system or network access, caps on size and nesting, problems collected instead of raised.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from automode import knowledge, lazymod, lazyre
from automode.dc import dataclass, field, replace
from automode.effects import Effect, EffectKind, mcp_name
from automode.knowledge import envselect, mcp_args, mcp_cli
from automode.knowledge.programs_carry import lower_hook
from automode.knowledge.programs_reach import follow_links, local_urls, through_links
from automode.mcp_input import (
    DEST_KEY_RE,
    ID_KEY_RE,
    MCP_OP_KEYS,
    MOVE_DEST,
    MOVE_SOURCE,
    MOVE_VERB,
    PATH_KEY_RE,
    PATH_KEYS,
    _command_like,
    _mcp_command,
    _mcp_urls,
    _mcp_verb,
    _nested_objects,
    expand_json_strings,
    first_str,
)
from automode.model import Action, Context
from automode.paths import classify
from automode.shell import cfgmgmt, configcli, readings
from automode.shell.commands import Env, command_effects
from automode.shell.lower import Lowerer
from automode.shell.parse import Command
from automode.shell.psdefs import inline as as_ps
from automode.shell.pstext import as_bash, looks_powershell
from automode.shell.scripts import script_controls, windows_script_lines
from automode.typing_lite import TYPE_CHECKING, Any
from automode.winpaths import DRIVE_PATH, forward_slashes, posix_context, to_posix, windows

if TYPE_CHECKING:
    from automode import files
    from automode.config import Config
    from automode.files import WriteView, edit_apply
    from automode.files import configset as files_configset
    from automode.files import executed as files_executed
    from automode.files import runner_read as files_runner_read
else:  # the analysis of a file's new text (16 modules), imported for the first action that writes one
    files = lazymod.module("automode.files", __name__)
    files_executed = lazymod.module("automode.files.executed", __name__, "files_executed")
    files_configset = lazymod.module("automode.files.configset", __name__, "files_configset")
    files_runner_read = lazymod.module("automode.files.runner_read", __name__, "files_runner_read")
    edit_apply = lazymod.module("automode.files.edit_apply", __name__, "edit_apply")

FILE_WRITE_TOOLS = frozenset({"Write", "Edit", "MultiEdit", "NotebookEdit", "write_file", "replace", "edit_file", "apply_patch", "str_replace_based_edit_tool"})  # fmt: skip
FILE_READ_TOOLS = frozenset({"Read", "Grep", "Glob", "LS", "NotebookRead", "read_file", "list_directory", "glob", "search_file_content", "read_many_files"})  # fmt: skip
SHELL_TOOLS = frozenset({"Bash", "bash", "shell", "run_shell_command", "exec_command", "local_shell", "BashOutput"})
WEB_TOOLS = frozenset({"WebFetch", "web_fetch", "fetch"})
AGENT_TOOLS = frozenset({"Task", "Agent", "delegate", "spawn_agent"})
MAX_INPUT_CHARS = 100_000  # the shell parser's own cap; longer input is not analysed at all


@dataclass(slots=True)
class Analysis:
    action: Action
    ctx: Context
    root: str  # project root used for path classes ("/__project__" when unknown)
    cwd: str
    commands: list[Command] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # told to the agent with any verdict
    assignments: list[tuple[str, str]] = field(default_factory=list)  # bare `NAME=value` shell statements
    shell: bool = False
    write: WriteView | None = None  # a file tool's change: path, removed and added text (issue 11)
    oversize: bool = False  # over a size cap: nothing was analysed
    config: Config | None = None  # set by the engine: the trusted environment the rules consult
    on_windows: bool = False  # the paths of the session were Windows paths (automode.winpaths)

    def trusted_host(self, host: str) -> bool:
        return self.config is not None and self.config.is_trusted_host(host)

    def user_named_host(self, host: str) -> bool:
        """The user wrote this host in their own messages (`provider is geo.mapsapi.example`)."""
        h = host.lower()
        if not h or "." not in h:
            return False
        msgs = lazyre.lower_each(tuple(self.ctx.user_messages))
        if "\n" not in h and h not in lazyre.joined_each(msgs):
            return False  # (written in no message: one substring test, not one per message)
        return any(lazyre.whole(h, m, r"[\w.-]") for m in msgs)

    def trusted_repo(self, url: str) -> bool:
        """The repository's own remotes (SPEC §7 default) and `[trust] repos`."""
        from automode.config import repo_key

        key = repo_key(url)
        git = self.ctx.git
        if git is not None and any(key == repo_key(u) for u in git.remotes.values()):
            return True
        return self.config is not None and self.config.is_trusted_repo(url)

    @property
    def command_text(self) -> str:
        v = self.action.input.get("command")
        return v if isinstance(v, str) else ""


def analyze(action: Action, ctx: Context) -> Analysis:
    given = ctx
    ctx = posix_context(ctx)  # `C:\\Users\\ana\\src\\app` as the POSIX path every rule reasons over
    if not lazyre.all_ascii(tuple(ctx.user_messages)):
        from automode.textdigits import digits_context

        ctx = digits_context(ctx)  # "پورت ۵۴۳۲": the digits every reader compares, in ASCII (session 21)
    if action.cwd and windows(action.cwd):
        action = replace(action, cwd=to_posix(action.cwd, ctx.home))
    root = ctx.project_root or ctx.cwd or action.cwd or "/__project__"
    cwd = action.cwd or ctx.cwd or root
    a = Analysis(action, ctx, root, cwd, on_windows=ctx is not given)
    tool = action.tool
    inp = action.input
    if tool in SHELL_TOOLS or (isinstance(inp.get("command"), str) and tool not in FILE_WRITE_TOOLS and not tool.startswith("mcp__")):
        _shell(a, inp)
    elif tool in FILE_WRITE_TOOLS:
        path = first_str(inp, "file_path", "path", "notebook_path", "absolute_path", "filename")
        content = first_str(inp, "content", "new_string", "new_source", "new_str", "file_text", "patch") or ""
        if tool == "MultiEdit" and isinstance(inp.get("edits"), list):
            content = "\n".join(str(e.get("new_string", "")) for e in inp["edits"] if isinstance(e, Mapping))
        if path is None:
            a.problems.append(f"{tool} call without a file path")
        else:
            info = classify(path, cwd, ctx.home, root)
            a.effects.append(Effect("write", info.path, info.cls, detail=f"{tool} {path}", content=content[:20000],
                                    origin="edit" if tool != "Write" else "write"))  # fmt: skip
            old, known = _old_text(action)
            whole = edit_apply.view(tool, inp, action.before, info.path, old, content) if tool != "Write" else None
            a.write = files.WriteView(tool, info.path, *(whole or (old, content)), known, action.shadowed)  # (the file the edit leaves)
            script = bool(SHELL_SCRIPT_RE.search(path) or SHEBANG_RE.match(content))
            if script:
                _script_content(a, path, whole[1] if whole else content)
            elif (lines := windows_script_lines(path, content)) is not None:
                # A PowerShell script is read both ways: its command lines lowered as commands (as if it ran, like a
                # shell script), and its .NET calls and requests scanned as code (`files.code`, below); a batch file's.
                _script_content(a, path, lines)
            facts = files.Facts(ctx.home, cwd, root)
            files.analyze_write(facts, a.write, runs=not script)
            a.commands.extend(facts.commands)
            a.effects.extend(facts.effects)
            a.problems.extend(facts.problems)
            if not script:
                a.effects.extend(script_controls(ctx, cwd, root, path, content))  # Python, Node, ...: agent controls
    elif tool in FILE_READ_TOOLS:
        path = first_str(inp, "file_path", "path", "absolute_path", "notebook_path", "dir_path", "directory")
        pattern = first_str(inp, "pattern", "glob")
        if path is None and tool in ("Glob", "glob") and pattern and ("/" in pattern):
            path = pattern.split("*", 1)[0] or None
        target = path or cwd
        info = classify(target, cwd, ctx.home, root)
        a.effects.append(Effect("read", info.path, info.cls, detail=f"{tool} {target}", origin=tool))
        if tool in ("Grep", "search_file_content") and pattern:
            a.effects.append(Effect("read", info.path, info.cls, detail=f"{tool} {pattern}", origin="grep", content=pattern))
    elif tool in WEB_TOOLS:
        url = first_str(inp, "url", "uri") or "<missing url>"
        a.effects.append(Effect("network", url, detail=f"{tool} {url}", origin="fetch", content=first_str(inp, "prompt")))
        a.effects = local_urls(a.effects, ctx.home, root, cwd)
    elif tool in AGENT_TOOLS:
        prompt = first_str(inp, "prompt", "description", "task") or ""
        a.effects.append(Effect("delegate", first_str(inp, "subagent_type") or "agent", detail=prompt[:200], content=prompt))
        _delegated_commands(a, prompt)
    elif not tool.startswith("mcp__") and (line := _command_like(inp)) is not None:
        _shell(a, {"command": line})  # a tool automode has never seen, handed a command: judge the command
    elif tool == "WebSearch":
        a.effects.append(Effect("network", "web-search", detail=first_str(inp, "query") or "", origin="fetch", content=first_str(inp, "query")))
    else:
        if tool.startswith("mcp__"):
            inp = expand_json_strings(inp)  # `{"request": "{\"command\": \"rm -rf ~\"}"}`: the object inside is read too
        lowered = ""
        if tool.startswith("mcp__"):
            # code a tool evaluates, text typed into a running process, a CLI spread over keys (`knowledge.mcp_args`);
            # a shell tool, or a cloud server's CLI passthrough (`mcp__aws__call_aws {cli_command: "aws iam …"}`), or
            # a command in a nested argument (`{"options": {"command": …}}`, `{"steps": [{"cmd": …}]}`)
            from automode.shell.agentcli import mcp_agent_line

            agent_line = mcp_agent_line(tool, inp)  # an agent behind MCP (`mcp__codex__codex`): its prompt, as `codex exec`
            line, sql, how = (agent_line, None, "lowered") if agent_line is not None else _mcp_payload(tool, inp)
            if sql is not None:
                a.effects.extend(knowledge.sql.mcp_effects(tool, {"sql": sql}))
            if line is not None:
                _shell(a, {"command": line})  # an MCP shell tool: its command is judged like Bash, beside the MCP call
                a.shell = False  # user rules for the MCP tool still match the tool, not Bash
            lowered = how if line is not None or sql is not None else ""
        _mcp_paths(a, tool, inp, cwd, root)
        if tool.startswith("mcp__") and (manifest := mcp_cli.manifest_of(inp)) is not None:
            # a manifest applied through a cluster tool: what it opens (hostPath, privileged, hostPID) is read as the
            # same text in a project file would be; no file is written
            facts = files.Facts(ctx.home, cwd, root)
            files.analyze_write(facts, files.WriteView(tool, f"{root.rstrip('/')}/mcp-manifest.yaml", "", manifest[:50_000], False))
            a.commands.extend(facts.commands)
            a.effects.extend(f for f in facts.effects if f.kind != "write")
            a.problems.extend(facts.problems)
        for url in _mcp_urls(inp):  # a browser's navigate, a webhook: the URL is sent, secrets in it too
            a.effects.append(Effect("network", url, detail=f"{tool} {url}"[:200], origin="mcp"))
        for path in mcp_args.file_urls([(k, v) for obj in (inp, *_nested_objects(inp)[:16]) for k, v in obj.items()]):
            info = classify(path, cwd, ctx.home, root)  # a browser opening `file:///…/.aws/credentials` reads it
            a.effects.append(Effect("read", info.path, info.cls, detail=f"{tool} file://{path}"[:200], origin="mcp"))
        sql_effects = knowledge.sql.mcp_effects(tool, inp)  # SQL given to a database tool
        for sub in _nested_objects(inp)[:16]:  # ... or inside an object of its arguments (`{"params": {"sql": …}}`)
            sql_effects.extend(knowledge.sql.mcp_effects(tool, sub))
        a.effects.extend(sql_effects)
        lowered = lowered or ("lowered" if sql_effects else "")
        # MCP tools and anything custom: the tool name and its arguments are all we have.
        try:
            args = json.dumps(inp, sort_keys=True, default=str)[:20000]
        except (TypeError, ValueError):
            args = str(inp)[:20000]
        # origin "lowered": what the call does was read from its payload (a command, code, SQL), judged on its own;
        # "cli": the call is a CLI's command line spread over keys (`kubectl_delete`), which says all it does
        a.effects.append(Effect("mcp", tool, detail=tool, content=args, origin=lowered))
    if any(e.origin == configcli.PENDING and e.kind == "weaken" for e in a.effects):
        a.effects = files_configset.resolve(a.effects)  # settings config commands wrote, read by their whole name
    if any(e.origin == cfgmgmt.PENDING and e.kind == "weaken" for e in a.effects):
        a.effects = files_configset.remote_files(a.effects, a.root)  # files configuration management writes on its hosts
    if ctx.links:
        a.effects = through_links(a.effects, ctx.links, ctx.home, root)  # `cfg -> ~/.claude`: judged at both names
    return a


def _mcp_payload(tool: str, inp: Mapping[str, Any]) -> tuple[str | None, str | None, str]:
    """(the command line, the SQL) an MCP call runs: code it evaluates (lowered as `python3 -c …`, `node -e …`), text
    typed into a running process, a CLI spread over keys (`kubectl_delete {resourceType, name}`), else a command."""
    got = mcp_args.code_payload(tool, inp) or mcp_args.stdin_payload(tool, inp)
    if got is not None:
        lang, code = got
        return (None, code, "lowered") if lang == "sql" else (mcp_args.lowered(lang, code), None, "lowered")
    cli = mcp_cli.cli_line(tool, inp) or mcp_cli.ssh_line(tool, inp) or mcp_cli.http_line(tool, inp)
    return (cli, None, "cli") if cli is not None else (_mcp_command(tool, inp), None, "lowered")


#: Commands a sub-agent prompt spells out: a fenced block or an inline code span (`aws s3 cp … s3://x`).
_CODE_SPAN = lazyre.compile(r"```[\w-]*\n(.*?)```|`([^`\n]{3,2000})`", re.S)


def _delegated_commands(a: Analysis, prompt: str) -> None:
    """A Task/Agent prompt that spells out commands for the sub-agent to run: those commands are judged as if this
    agent ran them (a prompt-injected agent launders an upload through a sub-agent). Spans in code markup count when
    they start with a program automode knows and parse cleanly (a path or an identifier in backticks is prose);
    commands written in the prose itself count as `prose_commands` finds them, each one on its own."""
    from automode.prose_commands import spans as prose_spans

    spans: list[str] = []
    for m in _CODE_SPAN.finditer(prompt[:20_000]):
        text = (m.group(1) or m.group(2) or "").strip()
        first = next((w for w in text.split() if not re.match(r"[A-Za-z_]\w*=", w)), "")  # (past `BASE_URL=… cmd`)
        if first and _spelled_command(first):
            spans.append(text)
    if spans:
        _adopt(a, "\n".join(spans))  # prose that only looks like a command: the AM-AGENT-004 reading of the prompt stands
    for line in prose_spans(_CODE_SPAN.sub(" the command ", prompt[:20_000]), knowledge.programs.known):
        _adopt(a, line)


def _nested_agents(a: Analysis) -> None:
    """Another agent started from the shell with a task (`claude -p "…"`, `codex exec "…"`, `aider --message "…"`,
    `goose run -t "…"`: `shell.agentcli.PROMPTS`) is a hand-off like a Task call: its prompt is a delegate effect, read
    by the same rules (what it tells the nested agent to do, the commands it spells out, the secrets it hands on)."""
    from automode.shell.agentcli import PROMPTS, prompt_of, read_only

    for cmd in list(a.commands):
        name = cmd.name.rsplit("/", 1)[-1]
        words = [w.value for w in cmd.argv[1:]]
        if name not in PROMPTS or any(w.dynamic for w in cmd.argv[1:3]) or read_only(name, words):
            continue  # (an agent that can only read: what it is asked cannot change anything)
        stdin, _ = cmd.stdin_text()
        prompt = prompt_of(name, words, stdin)
        if not prompt:
            continue
        a.effects.append(Effect("delegate", name, detail=prompt[:200], content=prompt, origin="agent-cli"))
        _delegated_commands(a, prompt)


#: A project script spelled as a command (`./scripts/deploy_prod.sh`, `bin/release`, `scripts/nuke.py`).
_SCRIPT_PATH = lazyre.compile(r"^(?:\./|\.\./|~/|bin/|scripts?/)[\w./-]+$|^[\w./-]+\.(?:sh|bash|zsh|ps1)$")


def _spelled_command(first: str) -> bool:
    """The first word of a code span is a program automode knows, or a project script run by its path."""
    return knowledge.programs.known(first.rsplit("/", 1)[-1]) or _SCRIPT_PATH.match(first) is not None


def _adopt(a: Analysis, line: str) -> None:
    """Judge `line` as a command of this action, unless it does not parse as one (prose that only looks like a
    command). What it runs that is only known at run time (`bash -c "$(curl …)"`) is a problem of this action."""
    sub = Analysis(a.action, a.ctx, a.root, a.cwd)
    _shell(sub, {"command": line})
    from automode.shell.parse import UNPARSED

    if sub.oversize or any(p.startswith(UNPARSED) for p in sub.problems):
        return
    a.commands.extend(sub.commands)
    a.effects.extend(sub.effects)
    a.notes.extend(sub.notes)
    a.problems.extend(sub.problems)


def delegated_prose(prompt: str) -> str:
    """The prompt without the commands it spells out (they are judged as commands, not read as requests)."""
    from automode.prose_commands import spans as prose_spans

    def keep(m: re.Match[str]) -> str:
        text = (m.group(1) or m.group(2) or "").strip()
        first = text.split(None, 1)[0] if text else ""
        return " the command " if first and _spelled_command(first) else m.group(0)

    text = _CODE_SPAN.sub(keep, prompt[:20_000])
    for line in prose_spans(_CODE_SPAN.sub(" the command ", text), knowledge.programs.known):
        words = line.split()
        # the span as the prompt spells it (its environment was gathered from elsewhere in the sentence)
        while words and "=" in words[0] and words[0].split("=", 1)[0].isupper():
            words.pop(0)
        text = text.replace(" ".join(words), " the command ", 1)
    return text


def _old_text(action: Action) -> tuple[str, bool]:
    """The text a file tool replaces: Edit's `old_string`(s), or for a Write the file's current content when the
    adapter supplied it (`Action.before`; the core reads no files). Known = the previous text is known."""
    inp = action.input
    if action.tool == "MultiEdit" and isinstance(inp.get("edits"), list):
        return "\n".join(str(e.get("old_string", "")) for e in inp["edits"] if isinstance(e, Mapping)), True
    old = first_str(inp, "old_string", "old_str", "old_source")
    if old is not None:
        return old, True
    if action.before is not None:
        return action.before, True
    return "", action.tool in ("Edit", "edit_file", "replace", "str_replace_based_edit_tool")


def _mcp_paths(a: Analysis, tool: str, inp: Mapping[str, Any], cwd: str, root: str) -> None:
    """File-system MCP tools (`mcp__filesystem__read_text_file {path}`): the same path classes as Read/Write/rm, for
    the call's own arguments and for every object nested in them (options objects, arrays of edits or operations;
    a nested object's own `op`/`type`/`action` names its operation when the tool's name does not)."""
    kind = _mcp_verb(tool.rsplit("__", 1)[-1])
    _mcp_object_paths(a, tool, inp, kind, cwd, root)
    for sub in mcp_args.file_objects(_nested_objects(inp)):  # (a JSON Patch's `path` is a pointer, not a file)
        op = next((v for k in MCP_OP_KEYS if isinstance(v := sub.get(k), str)), "")
        _mcp_object_paths(a, tool, sub, _mcp_verb(op) or kind, cwd, root)


def _mcp_object_paths(a: Analysis, tool: str, inp: Mapping[str, Any], kind: EffectKind | None, cwd: str, root: str) -> None:
    keys = [k for k in list(inp)[:64] if isinstance(k, str) and (k in PATH_KEYS or PATH_KEY_RE.search(k))
            and not ID_KEY_RE.search(k)]
    if mcp_args.remote_store(tool):  # a Firestore document `users/abc`, a file of a hosted repository: not this machine's
        keys = [k for k in keys if mcp_args.LOCAL_KEYS.match(k)]
    if kind is None and not any(DEST_KEY_RE.search(k) for k in keys):
        return
    edits = [e for e in inp.get("edits") or () if isinstance(e, Mapping)] if isinstance(inp.get("edits"), list) else []
    appends = str(inp.get("mode", "")).lower() == "append" or "append" in mcp_name(tool).split("_")  # (Desktop Commander)
    new = first_str(inp, "content", "text", "new_text") or "\n".join(str(e.get("newText", e.get("new_string", ""))) for e in edits)
    for key in keys:
        v = inp.get(key)
        values = v if isinstance(v, list) else [v]
        dest = bool(DEST_KEY_RE.search(key))
        if kind is None and not dest:
            continue
        for p in values[:16]:
            if isinstance(p, str) and p and "://" not in p and ("/" in p or "." in p or key in ("path", "file_path")):
                k: EffectKind = "write" if kind == "write" or dest or (key in ("destination", "target") and kind != "read") else (kind or "write")
                info = classify(p, cwd, a.ctx.home, root)
                moved = MOVE_VERB.search(mcp_name(tool)) is not None and (dest or MOVE_SOURCE.match(key) is not None
                                                                          or MOVE_DEST.match(key) is not None)
                dest = dest or (moved and MOVE_DEST.match(key) is not None)
                k = "write" if dest else k
                if moved and not dest:
                    k = "delete"  # `move_file {source, destination}`: the source is gone from where it was
                a.effects.append(Effect(k, info.path, info.cls, detail=f"{tool} {p}", origin="move" if moved else "mcp",
                                        append=appends,
                                        content=(new or None) if k == "write" and key in ("path", "file_path") else None))  # fmt: skip
    target = first_str(inp, "path", "file_path", *[k for k in keys if k not in ("source", "src") and not DEST_KEY_RE.search(k)])
    if kind == "write" and target is not None:
        # A file server's write or edit: what the new text runs or weakens is judged as for Write/Edit.
        old = "\n".join(str(e.get("oldText", e.get("old_string", ""))) for e in edits)
        facts = files.Facts(a.ctx.home, cwd, root)
        files.analyze_write(facts, files.WriteView(tool, classify(target, cwd, a.ctx.home, root).path, old, new,
                                                   bool(edits) or appends))
        a.commands.extend(facts.commands)
        a.effects.extend(facts.effects)
        a.problems.extend(facts.problems)


#: PowerShell statements that make something run later (`shell.scanners._powershell_later` reads them).
PS_LATER = lazyre.compile(r"(?i)\b(?:New|Set|Register)-(?:ItemProperty|Item|ScheduledTask|ScheduledJob|Service|WmiInstance|"
                          r"CimInstance)\b|\$PROFILE\b|Register-(?:Wmi|Cim\w*)Event|shell:startup|Start Menu[\\/]+Programs[\\/]+Startup")
SHELL_SCRIPT_RE = lazyre.compile(r"\.(sh|bash|zsh|ksh|command)$")
SHEBANG_RE = lazyre.compile(r"#![ \t]*(/usr/bin/env[ \t]+)?(/[\w/]*/)?(ba|z|k|da)?sh\b")


def _script_content(a: Analysis, path: str, content: str) -> None:
    """A shell script written now runs later (`bash cleanup.sh`): judge what it would do as if it ran, so a
    script indirection cannot launder a command that would be blocked. Parse problems in a half-written script
    (an Edit fragment) are not held against the write."""
    if not content.strip() or len(content) > MAX_INPUT_CHARS:
        return
    lw = Lowerer(a.ctx.home, a.cwd, lower_hook)
    lw.source(content, via=(f"script {path}",), cwd=a.cwd)
    env = Env(a.ctx.home, a.root)
    a.commands.extend(lw.out.commands)
    a.effects.extend(lw.out.effects)
    for cmd in lw.out.commands:
        a.effects.extend(command_effects(cmd, env))
        a.effects.extend(knowledge.effects(cmd, env))


def _shell(a: Analysis, inp: Mapping[str, Any]) -> None:
    a.shell = True
    command = inp.get("command")
    if not isinstance(command, str):
        command = _command_like(inp)  # Codex's exec_command takes `cmd`; argv lists are joined as a shell would see them
    if not isinstance(command, str):
        a.problems.append("the shell call has no command string")
        return
    if len(command) > MAX_INPUT_CHARS:
        a.problems.append(f"the command is {len(command):,} characters long, over the {MAX_INPUT_CHARS:,} analysed")
        a.oversize = True
        return
    if "\ufffd" in command:
        a.problems.append("the command contains bytes that are not valid UTF-8")
    if not command.strip():
        a.problems.append("the command is empty")
        return
    windows = a.on_windows or a.action.tool.lower() in ("powershell", "pwsh")  # a PowerShell tool runs on Windows
    posix_reading = command if "\\" in command and not windows and DRIVE_PATH.search(command) else None
    if "\\" in command and (windows or posix_reading):
        command = forward_slashes(command)  # `cat C:\\Users\\me\\.ssh\\id_rsa`: the backslashes are separators, not escapes
    if windows and ("function" in command or "lias" in command or "+" in command):
        command = as_ps(command)  # `Set-Alias ls Remove-Item; ls …`, `function ls {…}; ls`: what the names run
    lw = Lowerer(a.ctx.home, a.cwd, lower_hook)
    lw.windows = windows
    for path, text in a.ctx.run_files[:64]:
        lw.written.setdefault(path, text)  # run by this command? then judged like a file written just before it
    lw.source(command, cwd=a.cwd)
    # outside Windows the backslashes may be escapes after all (`printf 't:\\n  rm -rf ~' > justfile`): read both ways
    posix_written = readings.also(lw, command, posix_reading, a.ctx.run_files)  # (and zsh's `f() { rm -rf ~ }; f`)
    if any("could not be parsed" in p or "only known at run time" in p for p in lw.out.problems) and looks_powershell(command):
        # PowerShell sent as is (an agent on Windows): read again with its script blocks, `(…)` pipelines and
        # `$x = …` assignments spelled so the POSIX parser reads them (`shell.pstext.as_bash`)
        ps = Lowerer(a.ctx.home, a.cwd, lower_hook)
        ps.windows = windows
        ps.written.update(lw.written)
        ps.source(as_bash(command), cwd=a.cwd)
        if len(ps.out.problems) < len(lw.out.problems):
            lw = ps
    if PS_LATER.search(command) and lw.out.commands:
        from automode.shell.scanners import _powershell_later

        # PowerShell sent as is: its statements that make something run later read as a whole (a task's action in
        # `$a = New-ScheduledTaskAction …; Register-ScheduledTask -Action $a`, a Run value, $PROFILE, a service)
        _powershell_later(command, lw.out.commands[0], lw, ("PowerShell",))
    a.commands = envselect.carry(lw.out.commands, a.cwd)  # `export AWS_PROFILE=prod && aws …`: the environment chosen earlier
    a.problems.extend(lw.out.problems)
    a.notes.extend(lw.out.notes)
    a.assignments = lw.out.assignments
    env = Env(a.ctx.home, a.root)
    effects = list(lw.out.effects)
    for cmd in a.commands:
        effects.extend(command_effects(cmd, env))
        effects.extend(knowledge.effects(cmd, env))
    a.effects = local_urls(follow_links(effects, a.ctx.home, a.root, a.cwd), a.ctx.home, a.root, a.cwd)
    _nested_agents(a)
    writes = [(e, lw.written.get(e.target, e.content or "")) for e in a.effects]  # as the program writes it (`printf '…\n'`)
    writes += [(e, posix_written[e.target]) for e, _ in writes if e.kind == "write" and e.target in posix_written]
    for e, text in writes:
        if e.kind == "write" and e.content and e.content.strip():
            # The text a heredoc, `echo`/`printf` or `tee` writes is the file's content: judged like a Write of it
            # (what it will run, what it weakens: `cat > compose.override.yml <<EOF … privileged: true`). Appended
            # text is an edit that adds it. A shell script written here is judged as if it ran, as a Write of it is:
            # the next action may run it (`bash x.sh`), and no later action reads what it holds.
            script = bool(SHELL_SCRIPT_RE.search(e.target) or SHEBANG_RE.match(text))
            if script and files_executed.kind_of(e.target) is None:
                _script_content(a, e.target, text)
                continue
            facts = files.Facts(a.ctx.home, a.cwd, a.root)
            # as the program writes it: `printf 'all:\n\trm -rf ~\n' > Makefile` holds a recipe, not one line
            files.analyze_write(facts, files.WriteView("Bash", e.target, "", text, e.append))
            a.commands.extend(facts.commands)
            a.effects.extend(facts.effects)
            a.problems.extend(facts.problems)
    if lw.written or a.ctx.run_files or any(e.kind == "write" and not e.content for e in a.effects):
        # what `make`, `npm test`, `pytest` run of the files this action or the session wrote, and a file something
        # runs rewritten with a program's output (`jq … | sponge package.json`): `files.runner_read.after`
        files_runner_read.after(a.commands, a.effects, lw.written, a.ctx.run_files, facts := files.Facts(a.ctx.home, a.cwd, a.root))
        a.commands, a.effects, a.problems = [*a.commands, *facts.commands], [*a.effects, *facts.effects], [*a.problems, *facts.problems]
