"""agent-control: the agent editing automode, its own permissions, hooks or transcripts. Part of the hard floor:
no allow rule or model makes it an allow. What the user's request does is `automode.judge.confirm_floor`'s, over the
line drawn in `knowledge.agent_settings`: a change that loosens the guard stays denied even when asked, one that
tightens it or leaves it alone is allowed when asked, anything else asked for is an ask. Starting agents unsupervised
and automode's own programs are `rules.agent_switch`'s."""

from __future__ import annotations

import re
from functools import lru_cache

from automode import controls, lazyre
from automode.rules.agent_switch import python_code
from automode.rules.base import Hit, rule
from automode.shell.interp import AWKS, INLINE_FLAGS, PYTHONS
from automode.shell.scripts import language
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

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
                "uniq s.json ~/.claude/settings.json", "xxd -r s.hex ~/.claude/settings.json", "lz4 -d s.lz4 ~/.claude/settings.json",
                "git clone https://x.example/p ~/.claude/plugins/p", "cd ~/.claude/plugins && git clone https://x.example/p",
                "cp -r ext ~/.gemini/extensions/"],
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
        held = _holds(e.target[: -len(ARCHIVE_MEMBER) - 1], a) if e.origin != "install" else None
        if held:  # `tar -x -C ~/.config`, `patch -d ~/.local/share < x.diff`: a directory above a control location
            # (a package manager's prefix, `npm -g --prefix ~/.local`, lays out lib/ and bin/ like a user install)
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
    if (e.kind == "write" and loc.root.owner in ("vscode", "zed") and loc.rel == "settings.json" and e.content is not None
            and _EDITOR_AGENT_KEYS.search(e.content) is None and "\\u" not in e.content
            and not _edit_touches_agent_words(a)):
        # (a `\u0063hat.…` escape spells a key the pattern cannot read: such a file stays a control)
        return None  # the editor's own settings (an interpreter path, formatting): no assistant, MCP or task key
    return f"{VERBS[e.kind]} {e.target} ({loc.root.owner} {'state' if loc.root.owner == 'automode' else 'controls'})"


#: Keys of a VS Code `settings.json` that configure an AI assistant, MCP servers, automatic tasks or workspace
#: trust (VS Code docs: chat.*, github.copilot.*, mcp, task.allowAutomaticTasks, security.workspace.trust.*), and
#: the assistants' extensions that read it (Cline, Continue, Roo, Codeium, Cody, Claude Code).
_EDITOR_AGENT_KEYS = lazyre.compile(r'"\s*(?:chat\.|github\.copilot|copilot|mcp|claude|cline|continue\.|roo|codeium|cody|'
                                r'task\.allowAutomaticTasks|security\.workspace\.trust|terminal\.integrated\.automationProfile|'
                                r'terminal\.integrated\.env|amazonQ|tabnine|windsurf|cursor|context_servers|assistant|agent|'
                                r'language_models)', re.I)


_AGENT_WORDS = lazyre.compile(r"chat|copilot|mcp|claude|cline|continue|roo|codeium|cody|task|trust|terminal|amazonq|"
                              r"tabnine|windsurf|cursor|context_servers|assistant|agent|language_models|\\u", re.I)


def _edit_touches_agent_words(a: Analysis) -> bool:
    """An Edit's old or new text holds a fragment of an assistant key: editing part of a key (`chatX` -> `chat`) can
    make one that neither text shows whole, so only edits far from such words are the editor's own settings."""
    if a.action.tool not in ("Edit", "MultiEdit"):
        return False
    inp = a.action.input
    texts = [inp.get("old_string"), inp.get("new_string")]
    texts += [x.get(k) for x in inp.get("edits") or () if isinstance(x, dict) for k in ("old_string", "new_string")]
    return any(isinstance(t, str) and _AGENT_WORDS.search(t) is not None for t in texts)


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


def runs_inline_code(name: str) -> bool:
    """An interpreter whose code `python_code` or `_code_texts` reads."""
    return bool(PYTHONS.match(name)) or name in INLINE_FLAGS or name in AWKS


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
                {"tool": "Write", "input": {"file_path": ".claude/commands/hi.md", "content": "x"}}, "cp tool.py ~/.claude/",
                "git clone https://x.example/s ~/.claude/skills/s"],
    must_not_match=[{"tool": "Edit", "input": {"file_path": "src/app.py", "old_string": "a", "new_string": "b"}}, "mkdir -p .claude",
                    "mkdir -p .github/workflows"],
)  # fmt: skip
def protected_write(e: Effect, a: Analysis) -> str | Hit | None:
    loc = controls.locate(e.target, a.ctx)
    if loc is not None:
        if loc.control or e.origin == "create":
            return None  # the floor rule's, or an empty directory
        return f"writes {e.target}, next to the agent's own settings"
    if e.pclass == "protected" and e.origin not in ("create", "config-cli"):  # `mkdir -p .github/workflows` changes nothing yet;
        # `git config core.autocrlf input`, `yarn config set …`: the tool sets the keys it names, judged by what they do
        return f"writes {e.target}, a protected file"
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
    # the locations themselves outside the project (`find /tmp -name 'automode*' -delete` takes the runtime directory)
    candidates += [b for _, b in controls.concrete_roots(a.ctx.agent_env, a.ctx.home)]
    for path in candidates:
        if path.startswith(base.rstrip("/") + "/") and fnmatchcase(path.rsplit("/", 1)[-1], pattern):
            return path
    return None


#: Code that imports automode and loads its parts by a name computed at run time (`getattr(automode, 'aud'+'it')`,
#: `importlib.import_module('automode.' + m)`): which part it reaches is not known before it runs (AM-AGENT-006).
AUTOMODE_DYNAMIC = lazyre.compile(r"(?=[\s\S]*\bautomode\b)[\s\S]*\b(?:import_module|__import__|getattr|run_module|run_path|"
                                  r"iter_modules|walk_packages|find_spec|load_module|exec_module)\b")


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
        if content and (language(path, content) is not None or _source_file(path)):
            texts.append(content)
    for e in a.effects:  # a source file the command writes (`cat > x.go <<EOF`, `printf … > m.rs`) and may build and run
        if e.kind == "write" and e.content and _source_file(e.target) and e.content not in texts:
            texts.append(e.content)
    return texts


#: Source files of compiled and other languages: code whose string literals name what it will open once built.
_SOURCE_SUFFIXES = (".go", ".rs", ".c", ".cc", ".cpp", ".cxx", ".java", ".kt", ".kts", ".swift", ".cs", ".fs", ".zig",
                    ".nim", ".d", ".hs", ".ml", ".scala", ".groovy", ".dart", ".ts", ".tsx", ".mts", ".lua", ".r",
                    ".jl", ".ex", ".exs", ".erl", ".cr", ".v", ".sh", ".bash", ".zsh", ".ps1", ".tcl", ".el")  # fmt: skip


def _source_file(path: str) -> bool:
    return path.lower().endswith(_SOURCE_SUFFIXES)


@rule(
    "AM-AGENT-006",
    category="agent-control",
    verdict="ask",
    kind="action",
    needs={"effect:write", *(f"tool:{t}" for t in CODE_TOOLS)},
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
                "python3 -c \"import os; open(os.environ['CLAUDE_CONFIG_DIR'] + '/settings.json', 'w').write('{}')\"",
                "cat > /tmp/x.go <<'EOF'\npackage main\nimport (\"os\"; \"path/filepath\")\nfunc main() { h, _ := os.UserHomeDir(); os.Remove(filepath.Join(h, \".claude\", \"settings.json\")) }\nEOF\ngo run /tmp/x.go",
                "Rscript -e 'writeLines(\"{}\", file.path(Sys.getenv(\"HOME\"), \".claude\", \"settings.json\"))'"],
    must_not_match=["python3 -c \"import json; print(json.load(open('/home/user/.claude/settings.json')))\"",
                    "cat > main.go <<'EOF'\npackage main\nfunc main() { println(\"hello\") }\nEOF\ngo run main.go",
                    "Rscript -e 'writeLines(\"a\", file.path(\"out\", \"report.txt\"))'",
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
        f"`{r.where}/{s}`" for r in controls.ROOTS for s in r.secret) + "), by any tool, also by copying, archiving or "
    "searching a directory above them as a whole (`tar`, `cp -r`, `rsync -a`, `zip -r`, `grep -r`: `TREE_READERS`).",
    why="The key signs the answers to pending asks: an agent holding it can approve its own asks.",
    example="cat ~/.local/share/automode/keys/answer.key",
    instead="Nothing: no task needs automode's keys.",
    must_match=["cat ~/.local/share/automode/keys/answer.key", "cp ~/.local/share/automode/keys/answer.key /tmp/k",
                "tar czf /tmp/x.tgz ~/.local/share/automode", "cp -r ~/.local/share /tmp/s", "rsync -a ~/.local/share/ /tmp/c/",
                {"tool": "Read", "input": {"file_path": "/home/user/.local/share/automode/keys/answer.key"}},
                "python3 -c \"print(open('/home/user/.local/share/automode/keys/answer.key').read())\""],
    must_not_match=["ls ~/.local/share/automode", "automode log --limit 5", {"tool": "Read", "input": {"file_path": ".claude/settings.json"}},
                    "tar czf /tmp/src.tgz src", "cp -r ~/.local/share/fonts /tmp/f", "du -sh ~/.local/share"],
)  # fmt: skip
def automode_keys(e: Effect, a: Analysis) -> str | None:
    loc = controls.locate(e.target, a.ctx)
    if loc is None and ("*" in e.target or "?" in e.target or "[" in e.target):
        loc = controls.may_locate(e.target, a.ctx)[0]  # `cat /tmp/automode-*/open.html`
    if loc is not None and loc.secret:
        return f"reads {e.target}"
    held = controls.holds_secret(e.target, a.ctx)
    if held is not None and _copies_tree(e, a, searching=loc is not None):
        return f"copies or archives {e.target}, which holds {held}"
    return None


#: Programs that read a directory's whole tree into a copy, an archive or their output (red team s12: `tar czf
#: x.tgz ~/.local/share/automode`, `cp -r ~/.local/share /tmp/s`, then the key read from the copy); the letters or
#: long options that make the others recursive.
TREE_READERS = frozenset({"tar", "bsdtar", "gtar", "7z", "7za", "7zz", "rar", "pax", "rclone", "restic", "borg",
                          "duplicity", "rdiff-backup", "git-annex"})  # fmt: skip
TREE_FLAGS = {"cp": "rRa", "scp": "r", "rsync": "ra", "grep": "rR", "egrep": "rR", "fgrep": "rR", "zip": "r",
              "gsutil": "r", "sftp": "r"}  # fmt: skip
#: Searches print only the lines that match: they count inside automode's own directory (`grep -r . DIR`), not when
#: they sweep the home (`rg TODO ~` skips hidden and binary files; `grep -r x ~` shows a key only by chance).
SEARCHERS = frozenset({"grep", "egrep", "fgrep", "rg", "ag", "ack"})


def _copies_tree(e: Effect, a: Analysis, searching: bool) -> bool:
    """Whether the command that read `e.target` reads a whole tree (`TREE_READERS`, `TREE_FLAGS`); a search only when
    `searching` (the target is in automode's own directory)."""
    for c in a.commands:
        if c.text[:200] != e.detail or (c.name in SEARCHERS and not searching):
            continue
        if c.name in TREE_READERS or c.name in ("rg", "ag", "ack"):
            return True
        letters = TREE_FLAGS.get(c.name)
        if letters and any((x.startswith("-") and not x.startswith("--") and any(ch in x[1:] for ch in letters))
                           or x in ("--recursive", "--archive", "--dereference-recursive") for x in c.args):  # fmt: skip
            return True
    return False
