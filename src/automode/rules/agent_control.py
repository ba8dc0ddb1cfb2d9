"""agent-control: the agent editing automode, its own permissions, hooks or transcripts, or launching
unsupervised agents. Part of the hard floor: no allow rule, model or request makes it an allow; a change to the
agent's own settings that the user asked for in so many words is an ask (`automode.judge.confirm_floor`)."""

from __future__ import annotations

import re
from functools import lru_cache

from automode import controls, lazyre
from automode.dc import dataclass
from automode.knowledge.stoppers import FINDERS
from automode.rules.base import Hit, rule
from automode.shell.interp import AWKS, INLINE_FLAGS, PYTHONS
from automode.shell.scripts import language
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

AGENT_ENV = lazyre.compile(r"^(AUTOMODE_\w+|CLAUDE_CODE_\w*(BYPASS|SKIP|DISABLE)\w*|DCG_BYPASS|IS_SANDBOX|CLAUDE_PROJECT_DIR)$")
AGENT_CLIS = frozenset({"claude", "claude-code", "codex", "gemini", "gemini-cli", "qwen", "qwen-code", "aider", "goose",
                        "opencode", "amp", "cursor-agent", "crush", "openhands"})  # fmt: skip
CLAUDE = frozenset({"claude", "claude-code"})
CODEX = frozenset({"codex"})
GEMINI = frozenset({"gemini", "gemini-cli", "qwen", "qwen-code"})


@dataclass(frozen=True, slots=True)
class Switch:
    """One way to start an agent without the checks it runs under: an option (`--settings`), an option with a
    value (`--approval-mode yolo`), or an environment variable on the command (`CLAUDE_CONFIG_DIR=`)."""

    agents: frozenset[str]
    option: str  # `--flag`, `-f`, or `NAME=` for an environment variable
    value: str  # "" a flag without value; "*" any value; else a regular expression the value must match
    effect: str


OFF = "with its permission checks off"
SWITCHES: tuple[Switch, ...] = (
    *(Switch(AGENT_CLIS, f, "", OFF) for f in ("--dangerously-skip-permissions", "--allow-dangerously-skip-permissions",
      "--dangerously-bypass-approvals-and-sandbox", "--yolo", "--full-auto", "--dangerously-bypass-hook-trust")),
    Switch(CLAUDE, "--permission-mode", "bypassPermissions", OFF),
    Switch(CLAUDE, "--settings", "*", "with settings of its own choosing (they can switch hooks and permissions off)"),
    Switch(CLAUDE, "--setting-sources", "*", "without some of the user's settings (where automode's hook is registered)"),
    Switch(CLAUDE, "CLAUDE_CONFIG_DIR=", "*", "with another configuration directory (without the user's hooks)"),
    Switch(CODEX, "--sandbox", "danger-full-access", "without its sandbox"),
    Switch(CODEX, "-s", "danger-full-access", "without its sandbox"),
    *(Switch(CODEX, o, r"(hooks|features\.[\w.]*hook\w*|sandbox\w*|approval_policy|notify|shell_environment_policy|"
                       r"projects\..*trust_level)\b.*", "overriding its hooks, sandbox or approvals") for o in ("-c", "--config")),
    Switch(CODEX, "CODEX_HOME=", "*", "with another configuration directory (without the user's hooks)"),
    # MCP servers and plugins named on the command line start programs (a server's command, a plugin's hooks) that
    # no check of automode's ever sees.
    Switch(CLAUDE, "--mcp-config", "*", "with MCP servers of its own choosing (their commands start without a check)"),
    Switch(CLAUDE, "--plugin-dir", "*", "with plugins of its own choosing (their hooks run without a check)"),
    # `--bare` (its environment form `CLAUDE_CODE_SIMPLE`) is a minimal mode that skips hooks.
    Switch(CLAUDE, "--bare", "", "in bare mode (it skips hooks, automode's among them)"),
    Switch(CLAUDE, "CLAUDE_CODE_SIMPLE=", r"(?!0$|false$|no$|off$).+", "in bare mode (it skips hooks, automode's among them)"),
    Switch(CODEX, "--disable", r".*hook.*", "with its hooks feature off"),
    Switch(frozenset({"crush"}), "-y", "", OFF),
    Switch(CODEX, "-a", "never", OFF),
    Switch(CODEX, "--ask-for-approval", "never", OFF),
    # Where every agent and automode find their settings: a moved home or XDG directory is a configuration of the
    # agent's choosing (no user hooks in `$HOME/.claude`; automode's policy read from `$XDG_CONFIG_HOME/automode`,
    # its audit store and answer key from `$XDG_DATA_HOME/automode`, in the nested agent's hook).
    Switch(AGENT_CLIS, "HOME=", "*", "with another home directory (the user's settings and hooks are not read)"),
    *(Switch(AGENT_CLIS, f"{v}=", "*", f"with `{v}` moved (automode's policy, audit store or keys read from there)")
      for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")),
    Switch(GEMINI, "-y", "", OFF),
    Switch(GEMINI, "--approval-mode", "yolo", OFF),
    *(Switch(GEMINI, f"{v}=", "*", "with other settings (without the user's hooks)")
      for v in ("GEMINI_CLI_HOME", "GEMINI_CLI_SYSTEM_SETTINGS_PATH", "GEMINI_CLI_SYSTEM_DEFAULTS_PATH")),
    Switch(frozenset({"cursor-agent"}), "--force", "", OFF),
    Switch(frozenset({"cursor-agent"}), "-f", "", OFF),
    Switch(frozenset({"amp"}), "--dangerously-allow-all", "", OFF),
    Switch(frozenset({"aider"}), "--yes-always", "", OFF),
    Switch(frozenset({"goose"}), "GOOSE_MODE=", "auto", OFF),
)  # fmt: skip
_SWITCHES_BY_AGENT: dict[str, tuple[Switch, ...]] = {n: tuple(s for s in SWITCHES if n in s.agents) for n in AGENT_CLIS}


def _value_ok(sw: Switch, value: str | None) -> bool:
    if value is None:
        return False
    return sw.value == "*" or re.fullmatch(sw.value, value, re.I) is not None


def _switch_doc() -> str:
    out = []
    for sw in SWITCHES:
        who = "any agent" if sw.agents == AGENT_CLIS else "/".join(sorted(sw.agents))
        value = "" if sw.value in ("", "*") else ("" if sw.option.endswith("=") else " ") + (sw.value if sw.value.isidentifier() or "-" in sw.value else "<hooks, sandbox, approvals>")
        out.append(f"{who} `{sw.option}{value}`")
    return "; ".join(out)


#: The agents' npm packages: their entry scripts run under a JavaScript runtime (`node …/@anthropic-ai/claude-code/cli.js`,
#: `bun x @openai/codex`) are the agent itself.
AGENT_PACKAGES = {"@anthropic-ai/claude-code": "claude", "@openai/codex": "codex", "@google/gemini-cli": "gemini",
                  "@qwen-code/qwen-code": "qwen", "@sourcegraph/amp": "amp", "opencode-ai": "opencode"}  # fmt: skip
JS_RUNTIMES = frozenset({"node", "nodejs", "bun", "deno", "tsx", "ts-node"})


def agent_of(cmd: Command) -> tuple[str, int]:
    """The agent a command starts and the argv index where its own arguments begin: the agent's CLI by name, or a
    JavaScript runtime running the agent's package or a script named like it. ("", 0) for anything else."""
    if cmd.name in AGENT_CLIS:
        return cmd.name, 1
    if cmd.name not in JS_RUNTIMES:
        return "", 0
    from automode.shell.words import normalize_name

    for i, w in enumerate(cmd.argv[1:16], 1):
        v = w.value
        if w.dynamic:
            return "", 0
        if v.startswith("-") or v in ("run", "x", "exec"):
            continue
        for pkg, agent in AGENT_PACKAGES.items():
            if pkg in v:
                return agent, i + 1
        name = re.sub(r"\.(?:[cm]?js|ts)$", "", normalize_name(v))
        return (name, i + 1) if name in AGENT_CLIS else ("", 0)
    return "", 0


def nested_switch(cmd: Command, a: Analysis) -> Switch | None:
    """The first switch of `SWITCHES` this agent command uses, from its options or its environment."""
    agent, start = agent_of(cmd)
    switches = _SWITCHES_BY_AGENT.get(agent)
    if not switches:
        return None
    env = {k: w.value for k, w in cmd.assigns}
    for k, v in a.assignments:
        env.setdefault(k, v)
    for c in a.commands:
        if c.name in ("export", "declare", "typeset", "setenv"):
            for x in c.args:
                if "=" in x:
                    env.setdefault(x.split("=", 1)[0], x.split("=", 1)[1])
    dropped = _dropped_config(cmd, a)
    if dropped is not None:
        return Switch(frozenset({agent}), f"{dropped}=", "*", f"without `{dropped}` (the agent's configuration was moved "
                      "there, with automode's hook; without it the nested agent reads another one)")
    args = [w.value for w in cmd.argv[start:]]
    for sw in switches:
        if sw.option.endswith("="):
            if sw.option[:-1] in env and _value_ok(sw, env[sw.option[:-1]]):
                return sw
            continue
        for i, x in enumerate(args):
            if x == "--":
                break
            if x == sw.option:
                if sw.value == "" or _value_ok(sw, args[i + 1] if i + 1 < len(args) else None):
                    return sw
            elif x.startswith(sw.option + "=") and (not sw.value or _value_ok(sw, x.split("=", 1)[1])):
                return sw  # `--approval-mode=yolo`; a flag given a value (`--dangerously-skip-permissions=true`)
    return None


def _dropped_config(cmd: Command, a: Analysis) -> str | None:
    """A variable that moves the agent's or automode's configuration (`CLAUDE_CONFIG_DIR`, `XDG_CONFIG_HOME`, ...),
    set in the agent's own environment, and removed before this agent starts (`env -u NAME`, `env -i`, `unset NAME`,
    `export -n NAME`, code that deletes it from its environment)."""
    moved = [k for k, _ in a.ctx.agent_env]
    if not moved:
        return None
    gone = set(cmd.unset)
    for c in a.commands:
        if c.name == "unset" or (c.name == "export" and "-n" in c.args):
            gone.update(x for x in c.args if not x.startswith("-"))
    for k in moved:
        if k in gone or ("*" in gone and k not in {n for n, _ in cmd.assigns}):
            return k
    return None


def _locations() -> str:
    seen: dict[str, list[str]] = {}
    for r in controls.ROOTS:
        seen.setdefault(r.owner, []).append(f"`{r.where}`")
    return "; ".join(f"{owner}: {', '.join(w)}" for owner, w in seen.items())


VERBS = {"write": "writes", "delete": "deletes", "chmod": "changes permissions of"}


@rule(
    "AM-AGENT-001",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="effect",
    names={"write", "delete", "chmod"},
    title="Edits the agent's or automode's own controls",
    what="Writing, deleting, replacing, moving onto, linking or changing permissions of an agent's settings, hooks, "
    "permission rules or MCP servers, or automode's configuration, state, audit store, runtime directory or code, by "
    "any tool or program (in-place editors, line editors, database shells included); also a recursive delete of a "
    "directory that holds them. Locations (`automode.controls.ROOTS`; `$VAR` ones where the agent's environment "
    "puts them, and by the variable's name in a command): " + _locations() + "; and automode's own Python, which "
    "every hook call runs (`controls.own_python`: its virtual environment's `pyvenv.cfg` and `bin/`, the interpreter, "
    "the standard library, libpython).",
    why="An agent that can rewrite its own permissions has none; a prompt injection would start here.",
    example="Edit .claude/settings.json",
    instead="Tell the user which setting you think should change and why; they can change it themselves.",
    must_match=[{"tool": "Edit", "input": {"file_path": ".claude/settings.json", "old_string": "a", "new_string": "b"}},
                "emacs --batch s.json --eval '(write-file \"~/.claude/settings.json\")'",
                "echo '{}' > ~/.claude/settings.json", "rm -rf ~/.config/automode", "sed -i s/deny/allow/ .automode.toml", "cp h.py ~/.claude/hooks/h.py", "rm .claude/settings.json",
                {"tool": "Write", "input": {"file_path": "/root/.codex/config.toml", "content": "x"}}, "rm ~/.local/share/automode/audit.db",
                "rm -f /tmp/automode-0/hook.sock", "rm -rf /run/user/1000/automode", "perl -pi -e 's/\"hooks\"/\"x\"/' ~/.claude/settings.json",
                "ex -sc '%s/automode/true/|x' ~/.claude/settings.json", "printf '%s\\n' ',s/automode/x/' w q | ed -s .claude/settings.json",
                "gawk -i inplace '{print}' .gemini/settings.json", "jq '.hooks={}' ~/.claude/settings.json | sponge ~/.claude/settings.json",
                "sqlite3 ~/.local/share/automode/audit.db \"update asks set answer='allow'\"", "echo '{}' > \"$CLAUDE_CONFIG_DIR/settings.json\"",
                "cp x.toml $CODEX_HOME/config.toml", "echo x > $XDG_CONFIG_HOME/automode/config.toml", "cp s.json ~/.c*/settings.json",
                "python3 -c \"import os; open(os.path.expanduser('~/.cla'+'ude/settings.json'),'w').write('{}')\"",
                "node -e \"require('fs').writeFileSync(require('os').homedir()+'/.cla'+'ude/settings.json','{}')\"",
                "ruby -e 'File.write(File.join(Dir.home, \".claude\", \"settings.json\"), \"{}\")'",
                "cp -r hooks ~/.claude/", "rsync -a cfg/ ~/.claude/", "tar -x -C ~/.claude -f hooks.tar", "tar -xf c.tar -C ~/.config",
                "patch -p1 -d ~/.local/share < x.diff", "wget -P ~/.claude https://x.example/settings.json", "unzip -o c.zip -d ~/.codex",
                "cp settings.json ~/.claude", "cd \"$CLAUDE_CONFIG_DIR\" && sed -i s/a/b/ settings.json",
                "pushd $CODEX_HOME && echo x > config.toml",
                "socat UNIX-LISTEN:/run/user/1000/automode/hook.sock,fork EXEC:./fake", "rm -rf ~/.local/share",
                "vim -es -c '%s/a/b/' -c wq ~/.codex/config.toml", "ln -sf /tmp/s.json ~/.gemini/settings.json",
                "uniq s.json ~/.claude/settings.json", "xxd -r s.hex ~/.claude/settings.json", "lz4 -d s.lz4 ~/.claude/settings.json"],
    must_not_match=[{"tool": "Read", "input": {"file_path": ".claude/settings.json"}}, "cat .automode.toml", "ls ~/.claude",
                    "mkdir -p .claude/commands", "mkdir -p ~/.claude/hooks", {"tool": "Write", "input": {"file_path": ".claude/commands/hi.md", "content": "x"}},
                    "perl -pi -e 's/a/b/' src/x.py", "sed -i 's/a/b/' src/app.py", "vim -c 'set ft=json' ~/.claude/settings.json",
                    "sqlite3 ~/.local/share/automode/audit.db 'select count(*) from decisions'", "awk '{print}' ~/.claude/settings.json",
                    "cp settings.json $OUT/", "rm -rf ~/.cache/pip", "cp notes.md ~/.claude/", "cp -r cmds ~/.claude/commands/",
                    "tar -xzf deps.tgz -C vendor", "cp -r hooks ./build/", "cd \"$CLAUDE_CONFIG_DIR\" && cat settings.json"],
)  # fmt: skip
def agent_files(e: Effect, a: Analysis) -> str | None:
    loc = controls.locate(e.target, a.ctx)
    if loc is None and e.kind == "delete" and e.recursive:
        held = _holds(e.target, a)
        if held:
            return f"deletes {e.target}, which holds {held}"
    if loc is None and ("*" in e.target or "?" in e.target or "[" in e.target):
        loc = controls.may_locate(e.target, a.ctx)[0]
    if e.kind == "write" and e.target.endswith("/" + ARCHIVE_MEMBER):
        into = controls.locate(e.target[: -len(ARCHIVE_MEMBER) - 1], a.ctx)  # `tar -x -C ~/.claude`, `unzip -d ~/.codex`
        if into is not None and _holds_controls(into):
            return f"extracts files into {into.base}/{into.rel} ({into.root.owner} controls: the archive may hold them)".replace("/ (", " (")
        held = _holds(e.target[: -len(ARCHIVE_MEMBER) - 1], a)
        if held:  # `tar -x -C ~/.config`, `patch -d ~/.local/share < x.diff`: a directory above a control location
            return f"writes files it does not name into {e.target[: -len(ARCHIVE_MEMBER) - 1]}, which holds {held}"
    if loc is None and e.kind == "write" and e.origin in ("copy", "move") and e.recursive:
        held = _holds(e.target, a)
        if held:  # `rsync -a cfg/ ~/.config/`: a tree of unknown files into a directory above a control location
            return f"copies a directory tree into {e.target}, which holds {held}"
    if loc is None:
        return None
    if e.kind == "write" and e.origin in ("copy", "move") and _holds_controls(loc):
        landed = _copied_control(e, loc, a)
        if landed:
            return f"copies {landed} into {e.target} ({loc.root.owner} controls)"
    if e.kind == "write" and e.origin == "create" and not loc.plant_matters:
        return None  # `mkdir -p ~/.claude/hooks`: an empty directory or file changes nothing
    if not loc.control and not (e.kind == "delete" and loc.is_root):
        return None  # a prompt or helper file next to the settings: AM-AGENT-003 asks
    return f"{VERBS[e.kind]} {e.target} ({loc.root.owner} {'state' if loc.root.owner == 'automode' else 'controls'})"


ARCHIVE_MEMBER = "__archive_member__"  # what `knowledge.programs` writes for an archive's unknown members


def _holds_controls(loc: controls.Location) -> bool:
    """A directory in the table under which control files live (`~/.claude`, `~/.claude/hooks`), not a file."""
    if loc.control and not loc.is_root and not any(g.endswith("/**") and g[:-3] == loc.rel for g in loc.root.control):
        return False  # a control file itself: the rule's ordinary case
    rel = loc.rel + "/" if loc.rel else ""
    return any(g == "**" or g.startswith(rel) for g in loc.root.control if g)


def _copied_control(e: Effect, loc: controls.Location, a: Analysis) -> str | None:
    """What a copy into the control directory `e.target` puts there: a tree (`cp -r`, `rsync`: its files are not
    known, the settings may be among them), or named files that land on control files (`cp settings.json ~/.claude`)."""
    if e.recursive:
        return "a directory tree"
    for r in a.effects:
        if r.kind == "read" and r.detail == e.detail and r.target != e.target:
            name = r.target.rstrip("/").rsplit("/", 1)[-1]
            inner = controls.locate(e.target.rstrip("/") + "/" + name, a.ctx)
            if inner is not None and inner.control:
                return name
    return None


def _holds(target: str, a: Analysis) -> str | None:
    """A known control location under the directory `target` (a recursive delete takes it along)."""
    home = a.ctx.home
    if target in ("/", home) or not target.startswith("/"):
        return None  # the whole disk or home: the destroy rules speak for it
    prefix = target.rstrip("/") + "/"
    return next((base for base in _control_bases(a.ctx.agent_env, a.ctx.cwd, home) if base.startswith(prefix)), None)


@lru_cache(maxsize=256)
def _control_bases(agent_env: tuple[tuple[str, str], ...], cwd: str | None, home: str) -> tuple[str, ...]:
    """The control directories `_holds` looks for, in its order: those the agent's environment moves
    (`controls.env_roots`), then those under the home that hold nothing but controls. Kept per environment."""
    moved = [base for _, base in controls.env_roots(agent_env, cwd, home) if not base.startswith("/${")]
    return (*moved, *(home + "/" + r.where[3:] for r in controls.ROOTS
                      if r.where.startswith("**/") and "*" not in r.where[3:] and r.control == controls.ALL))  # fmt: skip


#: The programs `agent_switch` reads (besides any command with `NAME=value` prefixes): the shell's variable
#: builtins, the service managers of `LATER_ENV`, the agents (by CLI or JavaScript runtime), automode and Python
#: (`_automode_entry`), pip and process killers (`kill $(pgrep -f automode)`).
SWITCH_PROGRAMS = frozenset({"export", "declare", "typeset", "set", "setenv", "unset", "automode", "pip", "pip3", "uv",
                             "pipx", "pkill", "killall", "kill"})  # fmt: skip


def switch_program(name: str) -> bool:
    return (name in SWITCH_PROGRAMS or name in AGENT_CLIS or name in JS_RUNTIMES or any(name == p for p, _ in LATER_ENV)
            or bool(PYTHONS.match(name)))  # fmt: skip


def runs_inline_code(name: str) -> bool:
    """An interpreter whose code `python_code` or `_code_texts` reads."""
    return bool(PYTHONS.match(name)) or name in INLINE_FLAGS or name in AWKS


@rule(
    "AM-AGENT-002",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="command",
    needs={"assigns"},
    when=lambda name: switch_program(name),
    title="Turns automode or the agent's safety off",
    what="Setting automode's or the agent's control variables on a command (`AUTOMODE_*=`, bypass variables), "
    "uninstalling or killing automode, running its hook on events of the agent's making, running the parts of "
    "automode that change its policy or trust (table `AUTOMODE_SUBCOMMANDS`: `ui`, whose token answers pending asks; "
    "`install`; `review --apply`; `config pull`), starting an agent without the checks it runs under (table `SWITCHES`): "
    + _switch_doc() + ".",
    why="Switching off the guard from inside the session it guards defeats it.",
    example="AUTOMODE_JUDGE=off git push --force",
    instead="Ask the user to change automode's configuration if a rule is wrong.",
    must_match=["AUTOMODE_DISABLE=1 rm -rf build", "export AUTOMODE_MODE=off", "claude --dangerously-skip-permissions -p hi",
                "codex --dangerously-bypass-approvals-and-sandbox exec x", "pip uninstall -y automode", "pkill -f automode", "kill $(pgrep -f 'automode serve')",
                "automode uninstall claude-code", "automode hook claude-code < event.json",
                "python3 -m automode.adapters.run claude-code < e.json", "DCG_BYPASS=1 git reset --hard", "claude --settings '{\"disableAllHooks\":true}' -p hi",
                "claude --settings /tmp/s.json -p hi", "CLAUDE_CONFIG_DIR=/tmp/c claude -p hi", "claude --permission-mode bypassPermissions -p x",
                "claude --permission-mode=bypassPermissions -p x", "npx @anthropic-ai/claude-code --settings x.json -p hi",
                "claude --setting-sources project -p hi", "export CLAUDE_CONFIG_DIR=/tmp/c; claude -p hi",
                "codex -c 'sandbox_mode=\"danger-full-access\"' exec x", "codex -c hooks=[] exec x", "codex --config features.codex_hooks=false exec x",
                "codex -s danger-full-access exec x", "CODEX_HOME=/tmp/c codex exec x", "codex --yolo exec x",
                "gemini --yolo -p x", "gemini -y -p x", "gemini --approval-mode yolo -p x", "gemini --approval-mode=yolo -p x",
                "GEMINI_CLI_HOME=/tmp/g gemini -p x", "qwen --yolo -p x", "cursor-agent --force -p x", "amp --dangerously-allow-all -x hi",
                "GOOSE_MODE=auto goose run -t hi", "automode ui", "automode ui --port 8123 > /tmp/ui.log 2>&1 &",
                "python3 -m automode ui", "automode install claude-code --scope user", "automode review --apply",
                "automode review --apply=1,2", "automode config pull --server http://127.0.0.1:9000"],
    must_not_match=["automode check < x.json", "automode explain 'ls'", "automode review", "automode config",
                    "automode config show --json", "automode install --help", "automode doctor",
                    "automode install claude-code --dry-run", "python3 -m automode log -n 5", "claude --version", "echo AUTOMODE_DOCS",
                    "claude -p \"summarise the diff\"", "claude --permission-mode plan -p x", "codex exec 'fix the test'",
                    "codex --sandbox workspace-write 'fix it'", "codex -c model=o3 exec x", "gemini -p 'explain'", "gemini -c",
                    "gemini --approval-mode auto_edit -p x", "claude --model sonnet -p hi", "cat ~/.claude/settings.json"],
)  # fmt: skip
def agent_switch(cmd: Command, a: Analysis) -> str | None:
    for k, _ in cmd.assigns:
        if AGENT_ENV.match(k):
            return f"sets {k} on a command"
    args = cmd.args
    if cmd.name in ("export", "declare", "typeset", "set", "setenv", "unset"):
        for x in args:
            name = x.split("=", 1)[0]
            if AGENT_ENV.match(name) or (name in AGENT_DIRS and cmd.name != "unset"):
                return f"{cmd.name} {name}"
    later = _later_env(cmd)
    if later is not None:
        return later
    sw = nested_switch(cmd, a)
    if sw is not None:
        return f"launches {agent_of(cmd)[0]} {sw.effect} (`{sw.option.rstrip('=')}`)"
    own = _automode_entry(cmd)
    if own is not None:
        return own
    if cmd.name in ("pip", "pip3", "uv", "pipx") and "uninstall" in args and "automode" in args:
        return "uninstalls automode"
    if cmd.name in ("pkill", "killall") and any("automode" in x for x in args):
        return "kills automode"
    if cmd.name == "kill" and any(w.dynamic and "automode" in w.raw and w.raw.lstrip("$(`").split(None, 1)[0] in FINDERS
                                  for w in cmd.argv[1:]):  # fmt: skip
        return "kills automode (found by a process search)"
    return None


#: Programs that set the environment of processes started later (a session manager, a launcher, a terminal
#: multiplexer): (program, subcommand) -> how the variable is given ("assign": NAME=VALUE, "pair": NAME VALUE).
LATER_ENV = {("systemctl", "set-environment"): "assign", ("launchctl", "setenv"): "pair",
             ("dbus-update-activation-environment", ""): "assign", ("tmux", "set-environment"): "pair",
             ("tmux", "setenv"): "pair", ("screen", "setenv"): "pair", ("initctl", "set-env"): "assign"}  # fmt: skip
#: The agents' own configuration-directory variables: exported (in a profile, in a script the agent sources), every
#: agent started afterwards reads another configuration, without the user's hooks.
AGENT_DIRS = frozenset({"CLAUDE_CONFIG_DIR", "CODEX_HOME", "GEMINI_CLI_HOME", "GEMINI_CLI_SYSTEM_SETTINGS_PATH"})
#: Variables that move where an agent or automode reads its controls (besides `AGENT_ENV`).
MOVES_CONTROLS = frozenset({"HOME", "CLAUDE_CONFIG_DIR", "CODEX_HOME", "GEMINI_CLI_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                            "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "PYTHONPATH", "PYTHONHOME", "LD_PRELOAD", "BASH_ENV"})  # fmt: skip


def _later_env(cmd: Command) -> str | None:
    """`systemctl --user set-environment AUTOMODE_ALLOW=…`, `launchctl setenv CLAUDE_CONFIG_DIR /tmp/c`: the agent's
    or automode's control variables set for every process started afterwards (the next agent session included)."""
    words = [w.value for w in cmd.argv[1:24]]
    plain = [x for x in words if not x.startswith("-")]
    for (prog, sub), form in LATER_ENV.items():
        if cmd.name != prog or (sub and sub not in plain[:2]):
            continue
        rest = plain[plain.index(sub) + 1 :] if sub else plain
        names = [x.split("=", 1)[0] for x in rest if "=" in x] if form == "assign" else rest[:1]
        for n in names:
            if AGENT_ENV.match(n) or n in MOVES_CONTROLS:
                return f"sets {n} for the processes started later ({prog} {sub})".replace(" )", ")")
    return None


#: git subcommands that rewrite files of the work tree they run in (git(1)): run in a directory that holds an agent's
#: or automode's controls (`git -C ~/.claude apply p.diff`, `cd ~/.claude && git pull`), they write those controls.
GIT_TREE_WRITERS = frozenset({"apply", "am", "pull", "merge", "checkout", "switch", "restore", "reset", "stash", "cherry-pick",
                              "revert", "rebase", "mv", "rm", "clean", "read-tree", "checkout-index", "clone", "worktree",
                              "submodule", "sparse-checkout", "bisect", "init", "update-index"})  # fmt: skip


@rule(
    "AM-AGENT-008",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="command",
    names={"git"},
    title="Rewrites an agent's controls through git",
    what="A git command that rewrites files of its work tree (apply, am, pull, merge, checkout, restore, reset, stash, "
    "clone ...: table `GIT_TREE_WRITERS`) run in a directory that holds agent or automode controls, by `-C`, "
    "`--work-tree`, a clone destination or `cd`.",
    why="The settings and hooks it brings in are the agent's own permissions, written without a file write to see.",
    example="git -C ~/.claude apply hooks.diff",
    instead="Ask the user to change the agent's settings.",
    must_match=["git -C ~/.claude apply p.diff", "cd ~/.claude && git pull", "git --work-tree=$HOME/.codex checkout .",
                "git clone https://x.example/cfg ~/.claude", "git -C ~/.gemini stash pop", "git -C ~ apply x.patch",
                "cd ~ && git checkout -- .", "git --git-dir=$HOME/.dotfiles --work-tree=$HOME checkout"],
    must_not_match=["git -C ~/.claude log -1", "git apply fix.diff", "git -C vendor/lib pull", "git clone https://x.example/r",
                    "cd ~/.claude && git status", "git -C ~/.claude diff"],
)  # fmt: skip
def git_in_controls(cmd: Command, a: Analysis) -> str | None:
    from automode.paths import resolve
    from automode.rules.git import git_argv

    call = git_argv(cmd)
    if call is None or call.sub not in GIT_TREE_WRITERS:
        return None
    home = a.ctx.home
    where = cmd.cwd or a.ctx.cwd
    words = [w.value for w in cmd.argv[1:]]
    for i, w in enumerate(words):
        if w == call.sub:
            break
        if (w == "-C" and i + 1 < len(words)) or (w == "--work-tree" and i + 1 < len(words)):
            where = resolve(words[i + 1], where, home)
        elif w.startswith("--work-tree="):
            where = resolve(w.split("=", 1)[1], where, home)
    dirs = [where] if where else []
    if call.sub in ("clone", "worktree", "submodule", "init"):
        pos = [x for x in call.args if not x.startswith("-")]
        if (call.sub == "clone" and len(pos) >= 2) or (call.sub == "worktree" and pos[:1] == ["add"] and len(pos) >= 2):
            dirs.append(resolve(pos[1], where, home))
        if call.sub == "init" and pos:
            dirs.append(resolve(pos[0], where, home))
        if call.sub == "submodule" and pos[:1] == ["add"] and len(pos) >= 2:
            # `git submodule add URL [PATH]`: another repository's files land in PATH (else the URL's last segment).
            dest = pos[2] if len(pos) >= 3 else pos[1].rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
            dirs.append(resolve(dest, where, home))
        if call.sub in ("clone", "init"):
            dirs = dirs[1:]  # a clone or init writes only its destination
        # `--separate-git-dir DIR`: the repository itself (config, hooks, objects) is written there.
        for j, x in enumerate(call.args):
            if x == "--separate-git-dir" and j + 1 < len(call.args):
                dirs.append(resolve(call.args[j + 1], where, home))
            elif x.startswith("--separate-git-dir="):
                dirs.append(resolve(x.split("=", 1)[1], where, home))
    from automode.rules.agent_project import named_control

    named = named_control(call.sub, call.args, where or a.ctx.cwd or "", a)
    if named is not None:
        return f"git {call.sub} writes {named} from another commit, a stash or the index (the agent's controls)"
    for d in dirs:
        if (d.rstrip("/") or "/") in (home, "/"):
            return f"git {call.sub} rewrites files in {d}, which holds the agent's and automode's controls"
        loc = controls.locate(d.rstrip("/") or "/", a.ctx)
        if loc is not None and (_holds_controls(loc) or loc.control):
            return f"git {call.sub} rewrites files in {d} ({loc.root.owner} {'state' if loc.root.owner == 'automode' else 'controls'})"
    return None


#: automode's own entry points the agent may not run: subcommands of the `automode` CLI (also `python -m automode
#: SUB`) and modules run as programs, with what running them does. Its hook fed an event the agent made up records
#: the event as real: a made-up UserPromptSubmit becomes the user's words, which release what the user asked for.
FORGES = "feeds automode's hook an event of its own making (a made-up prompt would count as the user's words)"
AUTOMODE_SUBCOMMANDS: dict[str, tuple[str, tuple[str, ...]]] = {
    # subcommand: (what running it from the guarded session does, words of which one must follow; () = always)
    "uninstall": ("uninstalls automode", ()), "disable": ("uninstalls automode", ()), "off": ("uninstalls automode", ()),
    "hook": (FORGES, ()),
    # The page prints the token that signs answers to pending asks: the agent would approve its own asks.
    "ui": ("starts automode's page and gets the token that answers pending asks (the agent would approve its own)", ()),
    "install": ("rewrites the agent's hook settings", ()),
    "review": ("writes allow rules into automode's configuration", ("--apply",)),
    "config": ("replaces automode's policy with one from a server of its choosing", ("pull",)),
}  # fmt: skip


def _subcommand(args: list[str]) -> str | None:
    """What `automode ARGS` does when it is one of the entry points above, else None."""
    if not args:
        return None
    hit = AUTOMODE_SUBCOMMANDS.get(args[0])
    if hit is None:
        return None
    what, when = hit
    if any(x in ("-h", "--help", "--dry-run") for x in args[1:]):
        return None  # describes itself, or prints what it would write
    if when and not any(x == w or x.startswith(w + "=") for x in args[1:] for w in when):
        return None
    return what


AUTOMODE_MODULES = lazyre.compile(rf"^automode\.(?:{controls.AUTOMODE_STATE_RE})(\.|$)|^hook_client$")
#: Code that imports automode and loads its parts by a name computed at run time (`getattr(automode, 'aud'+'it')`,
#: `importlib.import_module('automode.' + m)`): which part it reaches is not known before it runs (AM-AGENT-006).
AUTOMODE_DYNAMIC = lazyre.compile(r"(?=[\s\S]*\bautomode\b)[\s\S]*\b(?:import_module|__import__|getattr|run_module|run_path|"
                                  r"iter_modules|walk_packages|find_spec|load_module|exec_module)\b")


def python_code(cmd: Command) -> str | None:
    """The Python code a python command runs from its command line or stdin (`-c CODE`, `python3 - <<EOF`, `python3
    <<EOF`), None when it runs a module or a script file."""
    if not PYTHONS.match(cmd.name):
        return None
    args = cmd.args
    for i, x in enumerate(args):
        if x == "-c" and i + 1 < len(args):
            return args[i + 1]
        if x == "-m" or (not x.startswith("-") and x != "-"):
            return None
        if x == "-":
            break
    text, _ = cmd.stdin_text()
    return text


def _automode_entry(cmd: Command) -> str | None:
    """What running automode's own code does, when this command runs a part the agent may not run (table above)."""
    args = cmd.args
    if cmd.name == "automode":
        return _subcommand(args)
    if not PYTHONS.match(cmd.name):
        return None
    for i, x in enumerate(args):
        if x == "-m" and i + 1 < len(args):
            mod = args[i + 1]
            if mod in ("automode", "automode.__main__", "automode.cli"):
                return _subcommand(args[i + 2 :])
            if AUTOMODE_MODULES.search(mod):
                return FORGES if "adapters" in mod or mod == "hook_client" else "runs automode's own state code as a program"
            return None
        if not x.startswith("-"):
            break
    code = python_code(cmd)
    if code and controls.AUTOMODE_STATE_CODE.search(code[: controls.MAX_CODE_SCAN]):
        return "runs automode's own state code (audit store, ask answers, hook state, CLI) with input of its own making"
    return None


@rule(
    "AM-AGENT-003",
    category="agent-control",
    verdict="ask",
    kind="effect",
    names={"write"},
    title="Edits a protected file",
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
    loc = controls.locate(e.target, a.ctx)
    if loc is not None:
        if loc.control or e.origin == "create":
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

    prompt = e.content or ""
    if a.commands:  # the commands the prompt spells out are judged themselves (`analysis._delegated_commands`)
        from automode.analysis import delegated_prose

        prompt = delegated_prose(prompt)
    for c in parse_message(prompt).clauses:
        risky = c.verbs & DELEGATE_RISKY
        if risky and not c.question:
            return f"tells the sub-agent to {'/'.join(sorted(risky))}: \"{c.text[:100]}\""
    return None


@rule(
    "AM-AGENT-005",
    category="agent-control",
    verdict="ask",
    kind="effect",
    names={"write", "delete", "chmod"},
    title="Writes a path known only at run time that may be the agent's controls",
    what="A write, delete or permission change whose target is assembled at run time (`$DIR/settings.json`, "
    "`$(…)/hooks/x`) and ends like an agent's or automode's control file (" + ", ".join(f"`{t}`" for t in
    sorted(controls.TAILS)) + "), or whose value comes from something the analysis does not follow in a command "
    "that spells a control location (`read -r f <<< ~/.claude/settings.json; cp s.json \"$f\"`).",
    why="The directory is not known before the command runs; if it is the agent's configuration directory, the "
    "write switches the agent's checks off.",
    example="echo '{}' > $DIR/settings.json",
    instead="Spell the path out, so it can be checked.",
    must_match=["echo '{}' > $X/settings.json", "cp hook.sh \"$(dirname $F)/hooks/pre.sh\"", "sed -i s/a/b/ $CFG/config.toml",
                "read -r f <<< ~/.claude/settings.json; cp s.json \"$f\"", "printf -v f '%s/.codex/config.toml' ~; cp c \"$f\""],
    must_not_match=["echo x > $OUT/report.txt", "cp settings.json $OUT/", "echo '{}' > config/settings.json", "echo x > $LOG",
                    "read -r f <<< notes.txt; cp s.json \"$f\""],
)  # fmt: skip
def runtime_control_path(e: Effect, a: Analysis) -> str | None:
    if e.pclass != "dynamic" and "*" not in e.target and "?" not in e.target:
        return None
    if controls.locate(e.target, a.ctx) is not None:
        return None  # AM-AGENT-001 / 003 decide
    loc, tail = controls.may_locate(e.target, a.ctx)
    if loc is None and tail is not None:
        return f"{VERBS[e.kind]} `{e.target}`, which may be an agent's `{tail}`"
    reached = _recursive_glob_reaches(e.target, a)
    if reached is not None:
        return f"{VERBS[e.kind]} `{e.target}`, which reaches {reached}"
    if e.pclass == "dynamic":
        # The value comes from something the analysis does not follow (`read f <<< ~/.claude/…`, `set -- …`,
        # `printf -v f …`, `declare -a`, `$(realpath …)`): if the action itself spells a control location, the
        # target may well be it.
        cmd = a.action.input.get("command")
        name = controls.control_fragment([cmd]) if isinstance(cmd, str) else None
        if name:
            return f"{VERBS[e.kind]} `{e.target}`, known only at run time, in a command that spells `{name}`"
    return None


def _recursive_glob_reaches(target: str, a: Analysis) -> str | None:
    """A control file a recursive pattern can match (`find . -name '*.json' -exec cp x.json {} +` writes
    `ROOT/**/*.json`): the project's controls (`Context.project_controls`) and the agents' ones under the home
    directory, when they lie under the pattern's base and their name fits its last segment."""
    from fnmatch import fnmatchcase

    if "/**/" not in target:
        return None
    base, _, rest = target.partition("/**/")
    pattern = rest.rsplit("/", 1)[-1]
    if not pattern or "$" in base:
        return None
    candidates = [f"{(a.ctx.root or '').rstrip('/')}/{rel}" for rel in a.ctx.project_controls if a.ctx.root]
    candidates += [f"{a.ctx.home}/{r.where[3:]}/{c}" for r in controls.ROOTS if r.owner in controls.TAIL_OWNERS
                   and r.where.startswith("**/") and "/" not in r.where[3:] for c in r.control if c and "*" not in c]  # fmt: skip
    for path in candidates:
        if path.startswith(base.rstrip("/") + "/") and fnmatchcase(path.rsplit("/", 1)[-1], pattern):
            return path
    return None


CODE_TOOLS = frozenset({"Write", "Edit", "MultiEdit", "write_file", "replace", "edit_file", "str_replace_based_edit_tool"})


def _code_texts(a: Analysis) -> list[str]:
    """Program text this action runs or writes: inline interpreter code, and a script written with a file tool."""
    texts = [" ".join(c.args) for c in a.commands if PYTHONS.match(c.name) or c.name in INLINE_FLAGS or c.name in AWKS]
    if a.action.tool in CODE_TOOLS:
        inp = a.action.input
        path = next((v for k in ("file_path", "path") if isinstance(v := inp.get(k), str)), "")
        content = next((v for k in ("content", "new_string", "file_text", "new_str") if isinstance(v := inp.get(k), str)), "")
        if isinstance(inp.get("edits"), list):
            content = "\n".join(str(e.get("new_string", "")) for e in inp["edits"] if isinstance(e, dict))
        if content and language(path, content) is not None:
            texts.append(content)
    return texts


@rule(
    "AM-AGENT-006",
    category="agent-control",
    verdict="ask",
    kind="action",
    needs={f"tool:{t}" for t in CODE_TOOLS},
    when=lambda name: runs_inline_code(name),  # what python_code and _code_texts read
    title="Code that names the agent's controls in a way automode cannot follow",
    what="Inline code (`python -c`, `node -e`, …) or a script written with a file tool (Python, Node, Ruby, Perl, PHP) "
    "that names an agent's or automode's control file in a string, where automode's reading of the code finds no "
    "read or write of it (`sqlite3.connect(<audit store>)`, a path joined at run time, an API automode does not "
    "know). What the reading does find is judged as usual (a write of the settings is AM-AGENT-001).",
    why="A program that opens the agent's settings or automode's audit store in a way automode cannot see may be "
    "rewriting them when it runs.",
    example="python3 -c \"import sqlite3; sqlite3.connect('/home/me/.local/share/automode/audit.db').execute('delete from asks')\"",
    instead="Read the file with a tool (Read, cat) or tell the user what should change in it.",
    must_match=["python3 -c \"import sqlite3; c=sqlite3.connect('/home/user/.local/share/automode/audit.db'); c.execute('delete from decisions')\"",
                "node -e \"require('fs').writeFileSync(process.env.CFG + '/.claude/settings.json', '{}')\"",
                {"tool": "Write", "input": {"file_path": "fix.py", "content": "import sqlite3\nsqlite3.connect('/home/user/.local/share/automode/audit.db').execute('delete from asks')\n"}},
                {"tool": "Write", "input": {"file_path": "p.pl", "content": "open(my $f, '>', $dir . '/.gemini/settings.json');\n"}},
                "python3 -c \"import os; open(os.environ['CLAUDE_CONFIG_DIR'] + '/settings.json', 'w').write('{}')\""],
    must_not_match=["python3 -c \"import json; print(json.load(open('/home/user/.claude/settings.json')))\"",
                    {"tool": "Write", "input": {"file_path": "docs/setup.md", "content": "Edit `~/.claude/settings.json` to add the hook."}},
                    {"tool": "Write", "input": {"file_path": "app.py", "content": "CONFIG = 'config/settings.json'\n"}},
                    "python3 -c \"print('see ~/.claude for settings')\""],
)  # fmt: skip
def unexplained_control_code(a: Analysis) -> str | None:
    for c in a.commands:
        code = python_code(c)
        if code and AUTOMODE_DYNAMIC.match(code[:100_000]):
            return "the code imports automode and loads its parts by a name computed at run time"
    texts = _code_texts(a)
    if not texts:
        return None
    seen = [controls.locate(e.target, a.ctx) for e in a.effects]
    targets = {e.target for e in a.effects}
    for text in texts:
        for path in controls.named_controls(text, a.ctx, a.cwd):
            if path in targets or any(loc is not None and loc.base == path for loc in seen):
                continue  # the reading found what the code does there: the other rules judge it
            return f"the code names {path} and automode cannot tell what it does with it"
    return None


@rule(
    "AM-AGENT-007",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="effect",
    names={"read"},
    title="Reads automode's own keys",
    what="Reading, copying or printing the keys automode keeps in its data directory (" + ", ".join(
        f"`{r.where}/{s}`" for r in controls.ROOTS for s in r.secret) + "), by any tool.",
    why="The key signs the answers to pending asks: an agent holding it can approve its own asks.",
    example="cat ~/.local/share/automode/keys/answer.key",
    instead="Nothing: no task needs automode's keys.",
    must_match=["cat ~/.local/share/automode/keys/answer.key", "cp ~/.local/share/automode/keys/answer.key /tmp/k",
                {"tool": "Read", "input": {"file_path": "/home/user/.local/share/automode/keys/answer.key"}},
                "python3 -c \"print(open('/home/user/.local/share/automode/keys/answer.key').read())\""],
    must_not_match=["ls ~/.local/share/automode", "automode log --limit 5", {"tool": "Read", "input": {"file_path": ".claude/settings.json"}}],
)  # fmt: skip
def automode_keys(e: Effect, a: Analysis) -> str | None:
    loc = controls.locate(e.target, a.ctx)
    if loc is not None and loc.secret:
        return f"reads {e.target}"
    return None
