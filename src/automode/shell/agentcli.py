"""Agent CLIs that write their own configuration: `claude mcp add`, `codex mcp add`, `gemini mcp add`, plugins.

An MCP server added to an agent's configuration is a command the agent starts, outside any check, every session;
a plugin can bring hooks and servers of its own. The CLI writes the same files a Write of them would (`~/.claude.json`,
the project's `.mcp.json`, `~/.codex/config.toml`, `.gemini/settings.json`), so each subcommand is a write of that
file and the rules judge it like one (the agent's controls: AM-AGENT-001).

Facts from `claude mcp --help` (`add`, `add-json`, `add-from-claude-desktop`, `remove`; `-s/--scope local|user|
project`, default local: `~/.claude.json`; project: `.mcp.json`), `claude plugin --help`, `claude config`, `codex mcp
--help` (`$CODEX_HOME/config.toml`), `gemini mcp --help` (`-s/--scope user|project`, default project).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from automode import lazyre
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.fileenv import Env
    from automode.shell.script import Command

#: (program names, subcommand words, {scope: file written}; "" is the default scope). `~` is the home directory,
#: a relative path is under the project.
WRITERS: tuple[tuple[frozenset[str], tuple[str, ...], dict[str, str]], ...] = tuple(
    (names, tuple(words.split()), where)
    for names, subs, where in (
        (frozenset({"claude", "claude-code"}), ("mcp add", "mcp add-json", "mcp add-from-claude-desktop", "mcp remove"),
         {"": "~/.claude.json", "local": "~/.claude.json", "user": "~/.claude.json", "project": ".mcp.json"}),
        # `plugin disable|uninstall automode`: automode ships as a Claude Code plugin too (red team s12: a silent allow)
        (frozenset({"claude", "claude-code"}), (*(f"{p} {v}" for p in ("plugin", "plugins") for v in (
                                                    "install", "i", "enable", "disable", "uninstall", "remove", "rm", "update")),
                                                *(f"plugin marketplace {v}" for v in ("add", "remove", "rm", "update")),
                                                "config set", "config add", "config remove", "config rm"),
         {"": "~/.claude/settings.json", "user": "~/.claude/settings.json", "project": ".claude/settings.json",
          "local": ".claude/settings.local.json"}),
        (frozenset({"codex"}), ("mcp add", "mcp remove", "mcp login"), {"": "~/.codex/config.toml"}),
        (frozenset({"gemini", "gemini-cli", "qwen", "qwen-code"}), ("mcp add", "mcp remove", "extensions install",
                                                                    "extensions link", "extensions enable", "extensions disable",
                                                                    "extensions uninstall", "extensions update"),
         {"": ".gemini/settings.json", "project": ".gemini/settings.json", "user": "~/.gemini/settings.json"}),
    )
    for words in subs
)  # fmt: skip
_SCOPE_OPTS = ("-s", "--scope")


def config_writes(cmd: Command, env: Env) -> Iterator[Effect]:
    words = [w.value for w in cmd.argv[1:40]]
    plain = [x for x in words if not x.startswith("-")]
    for names, sub, where in WRITERS:
        if cmd.name not in names or plain[: len(sub)] != list(sub):
            continue
        scope = ""
        for i, x in enumerate(words):
            if x in _SCOPE_OPTS and i + 1 < len(words):
                scope = words[i + 1]
            elif x.startswith("--scope="):
                scope = x.split("=", 1)[1]
        path = where.get(scope, where[""])
        yield env.file("write", Word(path, path), cmd, origin="agent-cli", content=" ".join(words)[:400])
        return


# ------------------------------------------------------------------ nested agents: the prompt they are handed
#: How each agent CLI is handed its task on the command line, from each tool's reference: program -> (subcommand
#: words that run a task (() = the program itself), options whose value is the prompt or instructions, options that
#: take a value which is not the prompt, subcommands that run no task, whether positional words are the prompt).
#: claude (code.claude.com/docs/en/cli-reference: `claude -p "query"`, `claude "query"`, --append-system-prompt,
#: --system-prompt); codex (developers.openai.com/codex/cli/reference: `codex exec PROMPT`, `codex e`, `codex PROMPT`);
#: gemini/qwen (`-p/--prompt TEXT`, `-i/--prompt-interactive TEXT`, a positional prompt); aider (aider.chat/docs/
#: config/options: `--message/--msg/-m TEXT`; positional words are files to edit); goose (block.github.io/goose:
#: `goose run -t/--text TEXT`); opencode (`opencode run MESSAGE..`); cursor-agent (`-p/--print` is a flag, the prompt
#: positional); amp (`-x/--execute TEXT`); crush (`crush run PROMPT`); openhands (`-t/--task TEXT`); GitHub Copilot CLI
#: (`copilot -p/--prompt TEXT`); Amazon Q / Kiro (`q chat PROMPT`, `kiro-cli chat PROMPT`); Plandex (`plandex tell`).
Prompt = tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], bool]
_F = frozenset
PROMPTS: dict[str, tuple[Prompt, ...]] = {
    **dict.fromkeys(("claude", "claude-code"), (
        ((), _F({"--append-system-prompt", "--system-prompt"}),
         _F({"--model", "--output-format", "--input-format", "--allowedTools", "--allowed-tools", "--disallowedTools",
             "--disallowed-tools", "--permission-mode", "--settings", "--mcp-config", "--add-dir", "--max-turns",
             "--session-id", "-r", "--resume", "--agents", "--fallback-model", "--setting-sources", "--plugin-dir",
             "--permission-prompt-tool", "--append-system-prompt-file", "--system-prompt-file", "--agent", "--betas",
             "--max-budget-usd", "--json-schema", "--tools"}),
         _F({"mcp", "config", "plugin", "plugins", "update", "doctor", "install", "migrate-installer", "setup-token"}), True),)),
    "codex": (
        (("exec",), _F(), _F({"-m", "--model", "-c", "--config", "-p", "--profile", "-s", "--sandbox", "-a",
                              "--ask-for-approval", "-C", "--cd", "-i", "--image", "-o", "--output-last-message",
                              "--output-schema", "--color", "--add-dir", "--local-provider", "--enable", "--disable"}),
         _F({"resume"}), True),
        (("e",), _F(), _F({"-m", "--model", "-c", "--config", "-p", "--profile", "-s", "--sandbox", "-C", "--cd",
                           "-i", "--image", "-o", "--output-last-message"}), _F(), True),
        ((), _F(), _F({"-m", "--model", "-c", "--config", "-p", "--profile", "-s", "--sandbox", "-a", "--ask-for-approval",
                       "-C", "--cd", "-i", "--image", "--add-dir", "--enable", "--disable"}),
         _F({"exec", "e", "mcp", "login", "logout", "apply", "a", "resume", "completion", "sandbox", "debug", "cloud",
             "mcp-server", "app-server", "features", "help"}), True),
    ),
    **dict.fromkeys(("gemini", "gemini-cli", "qwen", "qwen-code"), (
        ((), _F({"-p", "--prompt", "-i", "--prompt-interactive"}),
         _F({"-m", "--model", "--approval-mode", "-e", "--extensions", "--include-directories", "--allowed-tools",
             "--allowed-mcp-server-names", "-o", "--output-format", "--telemetry-target", "--telemetry-otlp-endpoint",
             "--proxy", "-s", "--sandbox-image", "--resume", "-r"}),
         _F({"mcp", "extensions", "extension"}), True),)),
    "aider": (((), _F({"--message", "--msg", "-m"}), _F(), _F(), False),),
    "goose": ((("run",), _F({"-t", "--text"}), _F({"-i", "--instructions", "--recipe", "-n", "--name", "-p", "--path",
                                                    "--max-turns", "--provider", "--model"}), _F(), False),),
    "opencode": ((("run",), _F(), _F({"-m", "--model", "--agent", "-s", "--session", "-f", "--file", "--format",
                                       "--title", "--attach", "--port"}), _F(), True),),
    "cursor-agent": (((), _F(), _F({"-m", "--model", "--output-format", "-a", "--api-key", "--resume", "--workspace"}),
                      _F({"login", "logout", "status", "update", "mcp", "ls", "resume", "help"}), True),),
    "amp": (((), _F({"-x", "--execute"}), _F({"--settings-file", "--visibility", "-m", "--mode"}), _F(), False),),
    "crush": ((("run",), _F(), _F({"-c", "--cwd", "-m", "--model"}), _F(), True),),
    "openhands": (((), _F({"-t", "--task"}), _F({"-f", "--file", "-d", "--directory", "--agent-cls", "-c", "--config-file",
                                                "-n", "--name", "--max-iterations", "-i"}), _F(), False),),
    "copilot": (((), _F({"-p", "--prompt"}), _F({"--model", "--allow-tool", "--deny-tool", "--add-dir", "--log-dir",
                                                "--log-level", "--resume", "--agent"}), _F(), False),),
    **dict.fromkeys(("q", "kiro-cli"), ((("chat",), _F(), _F({"--agent", "--profile", "--model", "--trust-tools"}), _F(), True),)),
    "plandex": ((("tell",), _F(), _F(), _F(), True), (("t",), _F(), _F(), _F(), True)),
}  # fmt: skip


#: Tools of a nested Claude Code that only read (`--allowedTools 'Read,Grep,Glob'`: in `-p` mode nothing else runs).
READ_TOOLS = frozenset({"read", "grep", "glob", "ls", "websearch", "webfetch", "notebookread", "todoread", "todowrite",
                        "task", "agent"})
_TOOL_SPLIT = lazyre.compile(r"[,\s]+")


def read_only(name: str, words: list[str]) -> bool:
    """The nested agent is started so that it can only read: Claude Code in plan mode or with read tools only
    (`--permission-mode plan`, `--allowedTools 'Read,Grep,Glob'`, `--tools Read`), Codex in its read-only sandbox
    (`-s read-only`): what its prompt asks for cannot change anything."""
    values = {w: words[i + 1] if i + 1 < len(words) else "" for i, w in enumerate(words)}
    values |= {w.split("=", 1)[0]: w.split("=", 1)[1] for w in words if "=" in w and w.startswith("--")}
    if name in ("claude", "claude-code"):
        if values.get("--permission-mode") == "plan":
            return True
        tools = values.get("--allowedTools") or values.get("--allowed-tools") or values.get("--tools")
        if tools and ("--dangerously-skip-permissions" not in words and values.get("--permission-mode") in (None, "default")):
            got = {t.strip("'\"").lower() for t in _TOOL_SPLIT.split(tools) if t.strip("'\"")}
            return bool(got) and got <= READ_TOOLS
    if name == "codex":
        return values.get("-s") == "read-only" or values.get("--sandbox") == "read-only"
    return False


def prompt_of(name: str, words: list[str], stdin: str | None = None) -> str | None:
    """The task an agent CLI is handed on this command line (`claude -p "…"`, `codex exec "…"`, `aider --message
    "…"`, `goose run -t "…"`): its prompt and system instructions, joined; None when the command runs no task (a
    subcommand that configures, `--version`) or is no agent CLI."""
    forms = PROMPTS.get(name)
    if forms is None or any(w in ("--help", "-h", "--version", "-v", "-V") for w in words[:2]):
        return None
    plain = [w for w in words if not w.startswith("-")]
    for sub, prompt_opts, value_opts, not_tasks, positional in forms:
        if sub and plain[: len(sub)] != list(sub):
            continue
        if len(plain) > len(sub) and plain[len(sub)] in not_tasks:
            return None
        out: list[str] = []
        said: list[str] = []  # the positional words, one prompt (`opencode run merge the PR`)
        rest = words[[i for i, w in enumerate(words) if not w.startswith("-")][len(sub) - 1] + 1 :] if sub else words
        i = 0
        while i < len(rest):
            w = rest[i]
            key, eq, val = w.partition("=")
            if key in prompt_opts:
                got = val if eq else (rest[i + 1] if i + 1 < len(rest) else "")
                out.append(got)
                i += 1 if eq else 2
                continue
            if key in value_opts:
                i += 1 if eq else 2
                continue
            if w == "--":
                said += rest[i + 1 :] if positional else []
                break
            if not w.startswith("-") and positional and w != "-":
                said.append(w)
            i += 1
        out.append(" ".join(said))
        if stdin and (positional or not out):
            out.append(stdin)  # `claude -p < task.md`, `codex exec - <<EOF`: the task read from standard input
        text = "\n".join(t for t in out if t.strip())
        return text or None
    return None


# ------------------------------------------------------------------ agents behind an MCP server
#: MCP tools that start or continue another agent with a prompt: Codex's MCP server (`codex`, `codex-reply`, and the
#: app-server wrappers' `codex_start`/`codex_send`), Gemini CLI wrappers (`ask-gemini`), and generic agent servers
#: (`run_agent`, `spawn_agent`, `delegate_task`): their prompt is a hand-off, read like `codex exec PROMPT`.
_MCP_AGENT_TOOL = lazyre.compile(r"(?i)^(?:codex(?:[-_](?:reply|start|send|exec))?|ask[-_]?(?:gemini|codex|claude)|gemini(?:[-_]prompt)?|"
                                 r"claude(?:[-_]code)?|(?:run|spawn|start|launch|create)[-_]?(?:sub[-_]?)?agent|"
                                 r"delegate(?:[-_]task)?|sub[-_]?agent)$")
_MCP_PROMPT_KEYS = ("prompt", "task", "instructions", "message", "input")


def mcp_agent_line(tool: str, inp: object) -> str | None:
    """The agent command line an MCP agent tool amounts to (`mcp__codex__codex {"prompt": …, "sandbox":
    "danger-full-access"}` is `codex exec -s danger-full-access PROMPT`), so its prompt and its permission options
    are judged as the shell form's are; None for any other tool."""
    import shlex

    leaf = tool.rsplit("__", 1)[-1]
    if not isinstance(inp, dict) or not _MCP_AGENT_TOOL.match(leaf):
        return None
    prompt = next((v for k in _MCP_PROMPT_KEYS if isinstance(v := inp.get(k), str) and v.strip()), None)
    if prompt is None:
        return None
    low = (tool + " " + leaf).lower()
    if "gemini" in low:
        argv = ["gemini"]
        if str(inp.get("approvalMode") or inp.get("approval_mode") or "").lower() == "yolo" or inp.get("yolo") is True:
            argv.append("--yolo")
        return shlex.join([*argv, "-p", prompt])
    if "claude" in low:
        return shlex.join(["claude", "-p", prompt])
    argv = ["codex", "exec"]
    sandbox = inp.get("sandbox") or inp.get("sandbox_mode") or inp.get("sandboxMode")
    if isinstance(sandbox, str) and sandbox:
        argv += ["-s", sandbox]
    approval = inp.get("approval-policy") or inp.get("approval_policy") or inp.get("approvalPolicy")
    if isinstance(approval, str) and approval:
        argv += ["-a", approval]
    config = inp.get("config")
    if isinstance(config, dict):  # `{"config": {"approval_policy": "never"}}`: the server's `-c key=value` overrides
        for k, v in list(config.items())[:32]:
            argv += ["-c", f"{k}={v if isinstance(v, str) else json.dumps(v)}"]
    return shlex.join([*argv, prompt])
