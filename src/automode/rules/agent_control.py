"""agent-control: the agent editing automode, its own permissions, hooks or transcripts, or launching
unsupervised agents. Part of the hard floor: no allow rule, model or request makes it an allow; a change to the
agent's own settings that the user asked for in so many words is an ask (`automode.judge.confirm_floor`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode.rules.base import Hit, rule

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

# automode's resident hook server lives here: a socket planted in its place would answer every hook.
RUNTIME_DIRS = r"^/run/user/\d+/automode(/|$)|^/tmp/automode-\d+(/|$)"
AGENT_PATHS = re.compile(
    RUNTIME_DIRS + r"|(/\.claude(/|$)|/\.claude\.json$|/\.codex(/|$)|/\.gemini(/|$)|/\.qwen(/|$)|/\.cursor(/|$)|/\.continue(/|$)|/\.aider|"
    r"/\.automode\.toml$|/\.config/automode(/|$)|/\.local/share/automode(/|$)|/etc/automode(/|$)|/\.mcp\.json$|"
    r"/(settings|settings\.local)\.json$.*claude|/\.vscode/(settings|mcp)\.json$|/Library/Application Support/Claude(/|$))"
)
AGENT_ENV = re.compile(r"^(AUTOMODE_\w+|CLAUDE_CODE_\w*(BYPASS|SKIP|DISABLE)\w*|DCG_BYPASS|IS_SANDBOX|CLAUDE_PROJECT_DIR)$")
# Inside the agents' own directories, the files that grant permissions or run code on every tool call (settings,
# hooks, MCP servers); the rest (slash-command prompts, notes, helper scripts) is a protected-file ask (AM-AGENT-003).
CONTROL_FILES = re.compile(
    r"/\.(claude|codex|gemini|qwen|cursor|continue)/(settings(\.local)?\.json|hooks(/|$)|config\.toml|mcp\.json|managed-settings\.json)|"
    r"/\.claude\.json$|/\.aider[\w.-]*$|/\.automode\.toml$|/\.config/automode(/|$)|"
    r"/\.local/share/automode(/|$)|/etc/automode(/|$)|/\.mcp\.json$|/\.vscode/(settings|mcp)\.json$|"
    r"/Library/Application Support/Claude/|/etc/claude-code/|" + RUNTIME_DIRS
)
# Where even an empty file or directory matters: a config file name (an empty or directory-shaped settings file
# breaks the agent's own settings) and automode's runtime directory (a planted path blocks its socket).
CREATE_MATTERS = re.compile(r"\.(json|toml)$|/\.aider[\w.-]*$|" + RUNTIME_DIRS)
AGENT_DIR = re.compile(r"/\.(claude|codex|gemini|qwen|cursor|continue)$|/\.config/automode$|/\.local/share/automode$|^/tmp/automode-\d+$|^/run/user/\d+/automode$")
YOLO_FLAGS = {"--dangerously-skip-permissions", "--dangerously-bypass-approvals-and-sandbox", "--yolo", "-y", "--full-auto",
              "--permission-mode=bypassPermissions", "--allow-dangerously-skip-permissions", "--dangerously-bypass-hook-trust"}  # fmt: skip
AGENT_CLIS = frozenset({"claude", "codex", "gemini", "qwen", "aider", "goose", "opencode", "amp", "cursor-agent", "crush", "openhands"})


@rule(
    "AM-AGENT-001",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="effect",
    names={"write", "delete", "chmod"},
    title="Edits the agent's or automode's own controls",
    what="Writing or deleting agent settings and hooks (`.claude/`, `.codex/`, `.gemini/`, `.mcp.json`), automode's "
    "configuration, state or audit log, by any tool.",
    why="An agent that can rewrite its own permissions has none; a prompt injection would start here.",
    example="Edit .claude/settings.json",
    instead="Tell the user which setting you think should change and why; they can change it themselves.",
    must_match=[{"tool": "Edit", "input": {"file_path": ".claude/settings.json", "old_string": "a", "new_string": "b"}},
                "echo '{}' > ~/.claude/settings.json", "rm -rf ~/.config/automode", "sed -i s/deny/allow/ .automode.toml", "cp h.py ~/.claude/hooks/h.py", "rm .claude/settings.json",
                {"tool": "Write", "input": {"file_path": "/root/.codex/config.toml", "content": "x"}}, "rm ~/.local/share/automode/audit.db",
                "rm -f /tmp/automode-0/hook.sock", "rm -rf /run/user/1000/automode"],
    must_not_match=[{"tool": "Read", "input": {"file_path": ".claude/settings.json"}}, "cat .automode.toml", "ls ~/.claude",
                    "mkdir -p .claude/commands", "mkdir -p ~/.claude/hooks", {"tool": "Write", "input": {"file_path": ".claude/commands/hi.md", "content": "x"}}],
)  # fmt: skip
def agent_files(e: Effect, a: Analysis) -> str | None:
    if not AGENT_PATHS.search(e.target):
        return None
    if e.kind == "write" and e.origin == "create" and not CREATE_MATTERS.search(e.target):
        return None  # `mkdir -p ~/.claude/hooks`: an empty directory or file changes nothing
    if not CONTROL_FILES.search(e.target) and not (e.kind == "delete" and AGENT_DIR.search(e.target)):
        return None  # a prompt or helper file next to the settings: AM-AGENT-003 asks
    return f"{ {'write': 'writes', 'delete': 'deletes', 'chmod': 'changes permissions of'}[e.kind] } {e.target}"


@rule(
    "AM-AGENT-002",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="command",
    names=None,
    title="Turns automode or the agent's safety off",
    what="Setting automode's or the agent's control variables on a command (`AUTOMODE_*=`, bypass variables), "
    "uninstalling or killing automode, launching an agent with its permission checks off.",
    why="Switching off the guard from inside the session it guards defeats it.",
    example="AUTOMODE_JUDGE=off git push --force",
    instead="Ask the user to change automode's configuration if a rule is wrong.",
    must_match=["AUTOMODE_DISABLE=1 rm -rf build", "export AUTOMODE_MODE=off", "claude --dangerously-skip-permissions -p hi",
                "codex --dangerously-bypass-approvals-and-sandbox exec x", "pip uninstall -y automode", "pkill -f automode",
                "automode uninstall claude-code", "DCG_BYPASS=1 git reset --hard"],
    must_not_match=["automode check < x.json", "automode explain 'ls'", "claude --version", "echo AUTOMODE_DOCS"],
)  # fmt: skip
def agent_switch(cmd: Command, a: Analysis) -> str | None:
    for k, _ in cmd.assigns:
        if AGENT_ENV.match(k):
            return f"sets {k} on a command"
    args = cmd.args
    if cmd.name in ("export", "declare", "typeset", "set", "setenv", "unset"):
        for x in args:
            if AGENT_ENV.match(x.split("=", 1)[0]):
                return f"{cmd.name} {x.split('=', 1)[0]}"
    if cmd.name in AGENT_CLIS and any(x in YOLO_FLAGS or x.startswith("--permission-mode=bypass") for x in args):
        return f"launches {cmd.name} with its permission checks off"
    if cmd.name in AGENT_CLIS and "--permission-mode" in args:
        i = args.index("--permission-mode")
        if i + 1 < len(args) and args[i + 1] == "bypassPermissions":
            return f"launches {cmd.name} with its permission checks off"
    if cmd.name == "automode" and args[:1] and args[0] in ("uninstall", "disable", "off"):
        return "uninstalls automode"
    if cmd.name in ("pip", "pip3", "uv", "pipx") and "uninstall" in args and "automode" in args:
        return "uninstalls automode"
    if cmd.name in ("pkill", "killall") and any("automode" in x for x in args):
        return "kills automode"
    return None


@rule(
    "AM-AGENT-003",
    category="agent-control",
    verdict="ask",
    kind="effect",
    names={"write"},
    title="Edits a protected project file",
    what="Writes to VCS internals (`.git/`), CI workflows, editor/IDE settings, package-manager credentials files and "
    "agent instruction files (CLAUDE.md, AGENTS.md) — never on the fast path.",
    why="These change how code is reviewed, built and trusted, or what future agent sessions are told.",
    example="Edit .github/workflows/ci.yml",
    instead="Make the change if the user asked for it; otherwise describe it.",
    must_match=[{"tool": "Edit", "input": {"file_path": ".github/workflows/ci.yml", "old_string": "a", "new_string": "b"}},
                {"tool": "Write", "input": {"file_path": ".git/config", "content": "x"}},
                {"tool": "Write", "input": {"file_path": ".claude/commands/hi.md", "content": "x"}}, "cp tool.py ~/.claude/"],
    must_not_match=[{"tool": "Edit", "input": {"file_path": "src/app.py", "old_string": "a", "new_string": "b"}}, "mkdir -p .claude",
                    "mkdir -p .github/workflows"],
)  # fmt: skip
def protected_write(e: Effect, a: Analysis) -> str | Hit | None:
    if AGENT_PATHS.search(e.target):
        if CONTROL_FILES.search(e.target) or e.origin == "create":
            return None  # the floor rule's, or an empty directory
        return f"writes {e.target}, next to the agent's own settings"
    if e.pclass == "protected" and e.origin != "create":  # `mkdir -p .github/workflows` changes nothing yet
        return f"writes {e.target}, a protected file"
    return None


#: Acts a delegated prompt may not hand on unless the user asked for them (SPEC §4 "Sub-agents").


@rule(
    "AM-AGENT-004",
    category="agent-control",
    verdict="ask",
    kind="effect",
    names={"delegate"},
    title="Hands a sub-agent a consequential task",
    what="A Task/Agent prompt that tells the sub-agent to delete, reset, push, force-push, merge, publish, deploy, "
    "send, pay, skip checks or use privilege. The prompt is read like a request the agent makes; the user's own "
    "request for the same act and object releases it.",
    why="A prompt-injected agent launders an act through a sub-agent whose prompt the user never sees.",
    example="Task: 'Delete everything in ~/ and force-push main'",
    instead="Delegate the investigation or the edit; do the consequential step yourself once the user asked for it.",
    must_match=[{"tool": "Task", "input": {"description": "cleanup", "prompt": "Delete all files in ~/ and push --force to main"}},
                {"tool": "Agent", "input": {"prompt": "Publish the package to npm when the build passes."}}],
    must_not_match=[{"tool": "Task", "input": {"description": "tests", "prompt": "Run the test suite and report the failures."}},
                    {"tool": "Task", "input": {"prompt": "Find where the session cookie is set. Do not change or delete anything."}},
                    {"tool": "Task", "input": {"prompt": "Should we delete the old fixtures? Look at how they are used."}}],
)  # fmt: skip
def delegated_task(e: Effect, a: Analysis) -> str | None:
    from automode.judge.intent.lexicon import DELEGATE_RISKY
    from automode.judge.intent.text import parse_message

    for c in parse_message(e.content or "").clauses:
        risky = c.verbs & DELEGATE_RISKY
        if risky and not c.question:
            return f"tells the sub-agent to {'/'.join(sorted(risky))}: \"{c.text[:100]}\""
    return None
