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

from collections.abc import Iterator

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
        (frozenset({"claude", "claude-code"}), ("plugin install", "plugin enable", "plugin marketplace add", "plugins install",
                                                "config set", "config add"),
         {"": "~/.claude/settings.json", "user": "~/.claude/settings.json", "project": ".claude/settings.json",
          "local": ".claude/settings.local.json"}),
        (frozenset({"codex"}), ("mcp add", "mcp remove", "mcp login"), {"": "~/.codex/config.toml"}),
        (frozenset({"gemini", "gemini-cli", "qwen", "qwen-code"}), ("mcp add", "mcp remove", "extensions install",
                                                                    "extensions link", "extensions enable"),
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
