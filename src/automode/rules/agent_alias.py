"""agent-control, continued: second names for the agent's controls, and controls handed to programs whose writes
automode does not model.

A write is judged by the path it names. Two ways around that: give the control file (or a directory holding
controls) a second name first (`ln -s ~/.claude cfg`, a hard link, `cp -s`, a bind mount), and write through the
name in a later action; or hand the control path to a program whose writes the analysis does not model (`split in
~/.claude/settings.json`, `perl -e '…' ~/.claude/settings.json`, `vim +'w PATH'`, `sqlite3 DB
'.output PATH'`, `docker cp`, `aws s3 cp`, a program automode has never seen). The first is a floor deny; the
second asks, since automode cannot tell whether the program writes the file it was given.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

from automode import controls, lazyre
from automode.paths import resolve
from automode.rules.agent_control import _holds, _holds_controls
from automode.rules.base import Hit, rule
from automode.shell.interp import AWKS, INLINE_FLAGS, PYTHONS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


def _control_place(path: str, a: Analysis) -> str | None:
    """What `path` is when it is a control file, a directory holding controls, or a directory above one."""
    loc = controls.locate(path, a.ctx)
    if loc is not None and (loc.control or _holds_controls(loc)):
        return f"{loc.root.owner} {'state' if loc.root.owner == 'automode' else 'controls'}"
    held = _holds(path, a)
    return f"holds {held}" if held else None


@rule(
    "AM-AGENT-009",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="effect",
    names={"write"},
    title="Gives the agent's controls a second name",
    what="A symbolic or hard link, a linked copy (`cp -l`, `cp -s`) or a bind mount (`mount --bind`, `bindfs`) whose "
    "source is an agent's or automode's control file, a directory that holds such files, or a directory above one: "
    "a later write through the new name rewrites the control while naming only an ordinary path.",
    why="Writes are judged by the path they name; a second name for the settings turns the next write into a write "
    "of the settings that no rule sees.",
    example="ln -s ~/.claude/settings.json notes.json",
    instead="Read the file where it is (cat, Read); tell the user what should change in it.",
    must_match=["ln -s ~/.claude/settings.json notes.json", "ln -s ~/.claude cfg", "ln ~/.claude/settings.json hard.json",
                "cp -s ~/.claude/settings.json x.json", "cp -l ~/.codex/config.toml c.toml", "ln -s ~/.config/automode conf",
                "ln -sf ~/.local/share/automode/audit.db db", "ln -s ~/.local/share lsd", "bindfs ~/.claude /tmp/c",
                "mount --bind /home/user/.gemini /tmp/g", "link /home/user/.claude/settings.json x", "ln -s ../../home/user/.claude c",
                "ln -s / r", "ln -s ~ /tmp/x/h", "ln -s $HOME h"],
    must_not_match=["ln -s ../shared lib", "ln -s ~/.claude/commands/review.md review.md", "cp ~/.claude/settings.json backup.json",
                    "ln -sf /usr/bin/python3 .venv/bin/python", "ln -s ~/dotfiles/vimrc ~/.vimrc", "mount -t tmpfs none /mnt/x",
                    "cp -l big.iso copy.iso"],
)  # fmt: skip
def second_name(e: Effect, a: Analysis) -> str | None:
    if e.origin != "link" or not e.content:
        return None
    src = e.content
    tries = [resolve(src, a.cwd, a.ctx.home)]
    if not src.startswith(("/", "~")):
        tries.append(resolve(posixpath.join(posixpath.dirname(e.target), src), a.cwd, a.ctx.home))  # a symlink's text
    for path in tries:
        if path.rstrip("/") in ("", a.ctx.home.rstrip("/")):
            return f"makes {e.target} a second name for {path or '/'}, which holds the agent's and automode's controls"
        what = _control_place(path, a)
        if what is not None:
            return f"makes {e.target} a second name for {path} ({what})"
    return None


#: Programs whose file arguments are only read whatever the options say are known by their capabilities in the
#: program knowledge base (no write, delete or exec); everything else, and a program automode does not know, may
#: write a file it is given.
WRITE_CAPS = frozenset({"write", "delete", "exec"})
_TOKEN_SPLIT = lazyre.compile(r"""[\s'"`(),;=<>{}\[\]]+""")
_MAX_WORDS = 64
#: Words with which inline code (perl -e, node -e, ruby -e, python -c, awk) can write, rename or run anything: code
#: without any of them only reads the files it is given (`perl -ne 'print if /x/' FILE`).
CODE_WRITES = lazyre.compile(r"\b(?:open|sysopen|fopen|write\w*|rename\w*|unlink\w*|copy\w*|move\w*|system|exec\w*|spawn\w*|"
                             r"popen|truncate|symlink\w*|link\w*|File|FileUtils|IO|fs|shutil|pathlib|Path|os|subprocess|"
                             r"require|import|eval|__import__|getattr)\b|`|\$\^I|\bprintf?\b[^;|\n]*>")


@lru_cache(maxsize=4096)  # a fact of the program's name, asked for every command
def _may_write(name: str) -> bool:
    from automode.knowledge.programs import lookup

    spec = lookup(name)
    if spec is None:
        return True
    return spec.args != "meta" and bool(spec.caps & WRITE_CAPS)


@lru_cache(maxsize=4096)  # a fact of the program's name, asked for every command
def _modelled(name: str) -> bool:
    """Whether the analysis models every write this program makes: an extractor of its own (`cp SRC DST`, `tar`,
    `find -delete`, `vim -c`/`+cmd` scripts, `sqlite3` statements, `patch`). The generic reading of positionals
    (`uniq IN OUT` reads both) is not one; inline code is judged by `CODE_WRITES` below."""
    from automode.shell.commands import EXTRACTORS, IMPRECISE, _reader
    from automode.shell.editors import EXTRACTORS as EDITOR_EXTRACTORS

    if PYTHONS.match(name) or name in INLINE_FLAGS or name in AWKS or name in IMPRECISE:
        return False  # their extractors model one use (`-i` in place, `-m fileinput`), not what a program does
    ex = EXTRACTORS.get(name)
    return (ex is not None and ex is not _reader) or name in EDITOR_EXTRACTORS


@lru_cache(maxsize=4096)  # a fact of the program's name, asked for every command
def _reads_are_known(name: str) -> bool:
    """Whether a read the analysis found for this program's argument is all it does with it: its writes go through
    output options it knows (`sort -o`, `pandoc -o`), so its positionals are inputs."""
    from automode.knowledge.programs import lookup

    spec = lookup(name)
    return spec is not None and bool(spec.write_opts) and spec.family != "editors"


@lru_cache(maxsize=4096)  # a fact of the program's name, asked for every command
def _extracts(name: str) -> bool:
    """An extractor of the knowledge base: its members land in its destination, else the working directory."""
    from automode.knowledge.programs import lookup

    spec = lookup(name)
    return spec is not None and (spec.extract or any(s.extract for s in spec.subs.values()))


def _paths_in(value: str, code: bool) -> list[str]:
    """The words of an argument that look like paths: the whole argument, and the path-like pieces of a longer
    one (`+w ~/.claude/settings.json`, `.output /x/y`, `(write-file "~/.claude/settings.json")`). Inside inline
    code (`python -c`, `node -e`, awk programs) the code reader judges the paths (AM-AGENT-001/006)."""
    out = [value] if value and not value.startswith("-") else []
    if not code and any(c in value for c in " \t'\"(=,;"):
        out.extend(t for t in _TOKEN_SPLIT.split(value[:2000]) if t.startswith(("/", "~", "./", "../", ".")) and len(t) > 1)
    return out


def _control_cwd(cmd: Command, a: Analysis) -> str | None:
    """The working directory is an argument every program gets: one that writes files of its own naming there
    (`split`, `csplit`, a build, a script, `npm init`) writes into the controls when it runs inside them
    (`cd ~/.claude && ./gen.sh`). Programs whose writes are modelled have them resolved against it already."""
    where = cmd.cwd
    if where is None or cmd.name in ("cd", "pushd", "popd") or (_modelled(cmd.name) and not _inline_code(cmd)):
        return None
    if _reads_are_known(cmd.name) or _extracts(cmd.name):
        return None  # its writes go where its output option or destination says, the working directory included
    what = _control_place(where, a)
    if what is None:
        return None
    if _inline_code(cmd) and PYTHONS.match(cmd.name):
        return None  # the Python reader resolves what the code opens, writes or runs against the working directory
    if _inline_code(cmd) and not CODE_WRITES.search(" ".join(w.value for w in cmd.argv[1 : 1 + _MAX_WORDS])[:20000]):
        return None  # code that can neither write nor run anything
    return f"runs {cmd.name} in {where} ({what}), where the files it writes land"


def _inline_code(cmd: Command) -> bool:
    """Whether the command runs code given on its command line (`python -c`, `perl -e`, `node -e`, an awk program),
    not a script or module automode does not read."""
    words = [w.value for w in cmd.argv[1:_MAX_WORDS]]
    if PYTHONS.match(cmd.name):
        return "-c" in words and "-m" not in words[: words.index("-c")]
    flags = INLINE_FLAGS.get(cmd.name)
    if flags is not None:
        return any(x in flags or (x[:1] == "-" and x[1:2] != "-" and any("-" + c in flags for c in x[1:])) for x in words)
    return cmd.name in AWKS and not any(x in ("-f", "--file") or x.startswith("-f") for x in words)


@rule(
    "AM-AGENT-010",
    category="agent-control",
    verdict="ask",
    kind="command",
    when=lambda name: _may_write(name),  # the rule's first test
    title="Hands the agent's controls to a program that may write them",
    what="An agent's or automode's control file (or a directory holding them) given as an argument, or inside one, to "
    "a program that can write files (by the program knowledge base, or a program automode does not know), where "
    "automode's reading of the command finds no read or write of it: the program may write it (`split`, "
    "`perl -e '…' FILE`, `vim +'w FILE'`, `sqlite3 DB '.output FILE'`, `docker cp`, `aws s3 cp`).",
    why="A write automode does not model is still a write: if the program rewrites the settings, the hooks are off.",
    example="split -b 1M s.json ~/.claude/settings.json",
    instead="Read the file with a reading tool (cat, Read), or tell the user what should change in it.",
    must_match=["split -b 1M s.json ~/.claude/settings.json", "perl -e 'open F,\">\",$ARGV[0]' ~/.claude/settings.json",
                "node -e 'require(\"fs\").writeFileSync(process.argv[1],\"{}\")' ~/.claude/settings.json",
                "psql -c '\\o /home/user/.claude/settings.json' -c 'select 1'", "duckdb -c \"COPY t TO '/home/user/.codex/config.toml'\"",
                "buildah copy c /s.json ~/.claude/settings.json", "aws s3 cp s3://b/s.json ~/.claude/settings.json",
                "gh release download v1 -D ~/.claude", "./tool ~/.codex/config.toml",
                "cmake -E compare_files s.json ~/.claude/settings.json", "gzip ~/.claude/settings.json",
                "python3 -m json.tool s.json ~/.claude/settings.json"],
    must_not_match=["cat ~/.claude/settings.json", "jq .hooks ~/.claude/settings.json", "grep -n hooks ~/.claude/settings.json",
                    "ls -la ~/.claude", "diff ~/.claude/settings.json settings.example.json", "cp ~/.claude/settings.json /tmp/s.json",
                    "head -50 ~/.codex/config.toml", "find ~/.claude -name '*.md'", "wc -l ~/.claude/settings.json",
                    "uniq notes.txt out.txt", "perl -ne 'print if /x/' ~/.claude/settings.json",
                    "awk '/hooks/ {print NR}' ~/.claude/settings.json",
                    "python3 -c \"import json; print(json.load(open('/home/user/.claude/settings.json')))\"", "echo ~/.claude/settings.json",
                    "du -sh ~/.claude"],
)  # fmt: skip
def control_argument(cmd: Command, a: Analysis) -> str | None:
    if cmd.name_dynamic or not _may_write(cmd.name):
        return None
    here = _control_cwd(cmd, a)
    if here is not None:
        return here
    if len(cmd.argv) < 2:
        return None
    text = cmd.text[:200]
    if not controls.may_reach(text) and "~" not in text and "/." not in text:
        return None  # no argument can name a control location (a cheap test before resolving anything)
    cwd = cmd.cwd
    code = _inline_code(cmd)
    if not code and _modelled(cmd.name):
        return None
    reads = _reads_are_known(cmd.name)
    if code and not CODE_WRITES.search(" ".join(w.value for w in cmd.argv[1 : 1 + _MAX_WORDS])[:20000]):
        return None  # code that can neither write nor run anything: the files it is given are its input
    explained: set[str] = set()
    for e in a.effects:
        if e.detail == text and (e.kind != "read" or reads):
            explained.add(e.target)
    for w in cmd.argv[1 : 1 + _MAX_WORDS]:
        if w.dynamic:
            continue  # AM-AGENT-005 judges targets known only at run time
        for tok in _paths_in(w.value, code):
            if cwd is None and not tok.startswith(("/", "~")):
                continue
            path = resolve(tok, cwd, a.ctx.home)
            if path in explained:
                continue
            loc = controls.locate(path, a.ctx)
            if loc is None or not (loc.control or _holds_controls(loc)):
                continue
            return f"hands {path} ({loc.root.owner} controls) to {cmd.name}, which may write it"
    return None


#: Agent CLIs that register MCP servers: program -> (subcommand, verbs that add a server). `code --add-mcp` is an
#: option of the editor's CLI. (`claude`, `codex` and `gemini mcp add` are writes to those agents' control files,
#: modelled where they land: AM-AGENT-001.)
MCP_REGISTRARS: dict[str, tuple[str, frozenset[str]]] = {
    "amp": ("mcp", frozenset({"add"})),
    "qwen": ("mcp", frozenset({"add"})),
    "goose": ("mcp", frozenset({"add"})),
}
#: Where a registration applies to every session of the user, not to this project.
_USER_SCOPE = frozenset({"user", "global"})
#: Options of the registered server's own command line that take its confirmations away.
_UNGUARDED = lazyre.compile(r"^--(?:allow-all|allow-any|no-confirm|yolo|unsafe|dangerously[\w-]*|trust-all|no-sandbox|"
                            r"auto-approve|skip-permissions)$")  # fmt: skip


def _registers(cmd: Command) -> bool:
    if cmd.name == "code" or cmd.name in ("code-insiders", "cursor", "windsurf"):
        return any(x == "--add-mcp" or x.startswith("--add-mcp=") for x in cmd.args)
    sub = MCP_REGISTRARS.get(cmd.name)
    if sub is None:
        return False
    words = [x for x in cmd.args if not x.startswith("-")]
    return len(words) >= 2 and words[0] == sub[0] and words[1] in sub[1]


@rule(
    "AM-AGENT-014",
    category="agent-control",
    verdict="ask",
    kind="command",
    names=frozenset(MCP_REGISTRARS) | {"code", "code-insiders", "cursor", "windsurf"},
    title="Registers an MCP server with the agent",
    what="`amp mcp add`, `qwen mcp add`, `goose mcp add`, `code --add-mcp`: a program the agent will start and "
    "whose tools it will call from now on. Asked unless the user asked for that server; a deny when it is registered "
    "for every session of the user (`--scope user`) with its own confirmations switched off (`--allow-all`, "
    "`--no-confirm`, `--yolo`).",
    why="An MCP server is code the agent runs with the user's rights in every later session; a shell-execution "
    "server without confirmations is a standing way around the guard.",
    example="amp mcp add --scope user shell-exec -- npx -y @shellkit/mcp-exec --allow-all --no-confirm",
    instead="Register the server the user asked for, in the project's scope, with its confirmations on.",
    must_match=["amp mcp add --scope user shell-exec -- npx -y @shellkit/mcp-exec --allow-all --no-confirm",
                "goose mcp add github -- npx -y @modelcontextprotocol/server-github", "qwen mcp add docs -- uvx mcp-docs",
                "code --add-mcp '{\"name\":\"x\",\"command\":\"uvx\",\"args\":[\"x\"]}'"],
    must_not_match=["amp mcp list", "qwen mcp get github", "code --list-extensions", "amp mcp remove github",
                    "code --install-extension ms-python.python"],
)  # fmt: skip
def registers_mcp(cmd: Command, a: Analysis) -> str | Hit | None:
    if not _registers(cmd):
        return None
    args = cmd.args
    scope = next((args[i + 1] for i, x in enumerate(args[:-1]) if x in ("--scope", "-s")), "")
    scope = scope or next((x.split("=", 1)[1] for x in args if x.startswith("--scope=")), "")
    if scope in _USER_SCOPE and any(_UNGUARDED.match(x) for x in args):
        return Hit(f"`{cmd.name}` registers an MCP server for every session of the user with its confirmations off", "deny")
    return f"`{cmd.name}` registers an MCP server the agent will run from now on"
