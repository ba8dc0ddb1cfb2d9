"""Files an action writes and then runs, followed through the commands in between (issue 13, session 13 red team).

A script written in a command and run later in it was judged by its text (`shell.later`), but only while that text
was known word for word. A command between the write and the run that copies, renames, concatenates, decodes or
edits the file in place left the lowerer with no text for the run, so the run was judged by its name: `echo 'rm -rf
~' > a; cp a b; sh b`, `echo x > t; sed -i 's/x/rm -rf ~/' t; sh t`, `base64 -d <<< cm0g… > x; sh x`, `cp /bin/rm
./safe && ./safe -rf ~`. And a runner that reads a file by its default name (`make` reads `Makefile`, `npm test`
reads `package.json`, `just`, `task`, `pytest` + `conftest.py`, `direnv allow` + `.envrc`) ran a file the session
had written with no look at it.

Tracked per action (`Lowerer.written`, `opaque`, `aliases`):

* a copy, move, link or install of a file with known text gives the destination that text; of a file whose text is
  not known, makes the destination unknown too; of a system program (`/bin/rm`, `$(which rm)`), makes the destination
  that program under another name;
* `cat A B > C` of files with known text is their concatenation;
* any other write this action makes to a file it wrote (an in-place edit, a decoder's output, a program's output
  redirected there) leaves that file's text unknown, with the reason.

Running an unknown file of this action asks (the lowerer's problem); running an alias is judged as the program;
a runner's default file whose text the session changed is judged as a Write of it (`runner_files`).
"""

from __future__ import annotations

import posixpath

from automode import lazyre
from automode.shell import later
from automode.shell.words import Word
from automode.shell.wrappers import SHELLS
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Lowerer(Protocol):
    """What this module reads and keeps of `automode.shell.lower.Lowerer` (which imports this module)."""

    home: str
    cwd: str | None
    written: dict[str, str]
    opaque: dict[str, str]
    aliases: dict[str, str]
    exported: dict[str, Word]

COPIERS = frozenset({"cp", "mv", "install", "ln", "gcp", "gmv", "ginstall", "rsync"})
#: Options of the copiers that take a value (`cp -t DIR`, `install -m 755`, `ln -S SUF`).
_VALUE_OPTS = frozenset({"-t", "-S", "-m", "-o", "-g", "--target-directory", "--suffix", "--mode", "--owner", "--group",
                         "-e", "--rsh", "--exclude", "--include", "--chmod", "--chown", "-f", "--filter"})  # fmt: skip
_SYSTEM_BIN = lazyre.compile(r"^/(?:usr/(?:local/)?)?s?bin/([\w.+-]+)$")
_WHICH = lazyre.compile(r"^(?:\$\(|`)\s*(?:which|command\s+-v|type\s+-[pP]|whereis\s+-b)\s+([\w.+-]+)\s*(?:\)|`)$")
#: Runners -> (subcommands that read the file, or empty for any; the files they read by default; options naming the
#: directory they run in). Sources: each tool's docs (GNU make, npm-run-script(1), just, go-task, mise, poethepoet,
#: pytest conftest discovery, tox, nox, rake, direnv(1), pip/setuptools, cargo build scripts, gradle, maven).
RUNNER_FILES: dict[str, tuple[frozenset[str], tuple[str, ...], frozenset[str]]] = {
    **dict.fromkeys(("make", "gmake", "remake"), (frozenset(), ("GNUmakefile", "makefile", "Makefile"),
                                                  frozenset({"-C", "--directory"}))),
    **dict.fromkeys(("npm", "pnpm", "yarn", "bun"), (frozenset({"run", "run-script", "rum", "urn", "test", "t", "tst",
                                                                "start", "stop", "restart", "install", "i", "ci", "add",
                                                                "pack", "publish", "rebuild", "prepare", "build", "dev",
                                                                "lint"}),
                                                     ("package.json",), frozenset({"-C", "--prefix", "--cwd", "--dir"}))),
    "just": (frozenset(), ("justfile", "Justfile", ".justfile"), frozenset({"-d", "--working-directory"})),
    "task": (frozenset(), ("Taskfile.yml", "Taskfile.yaml", "taskfile.yml", "Taskfile.dist.yml"), frozenset({"-d", "--dir"})),
    **dict.fromkeys(("mise", "rtx"), (frozenset({"run", "r", "tasks", "watch"}), ("mise.toml", ".mise.toml",
                                                                                  ".config/mise.toml"), frozenset({"-C", "--cd"}))),
    "poe": (frozenset(), ("pyproject.toml", "poe_tasks.toml"), frozenset({"-C", "--directory", "--root"})),
    **dict.fromkeys(("pytest", "py.test"), (frozenset(), ("conftest.py", "tests/conftest.py", "test/conftest.py"),
                                            frozenset({"--rootdir"}))),
    "tox": (frozenset(), ("tox.ini", "pyproject.toml", "setup.py"), frozenset({"-c"})),
    "nox": (frozenset(), ("noxfile.py",), frozenset()),
    "rake": (frozenset(), ("Rakefile", "rakefile", "Rakefile.rb"), frozenset({"-C", "--directory"})),
    **dict.fromkeys(("invoke", "inv"), (frozenset(), ("tasks.py",), frozenset())),
    "fab": (frozenset(), ("fabfile.py",), frozenset()),
    "doit": (frozenset(), ("dodo.py",), frozenset()),
    "direnv": (frozenset({"allow", "permit", "grant", "reload", "exec"}), (".envrc",), frozenset()),
    "pip": (frozenset({"install"}), ("setup.py",), frozenset()),
    "pip3": (frozenset({"install"}), ("setup.py",), frozenset()),
    "cargo": (frozenset({"build", "b", "run", "r", "test", "t", "check", "c", "bench", "install", "clippy", "doc"}),
              ("build.rs", ".cargo/config.toml"), frozenset({"-C"})),
    **dict.fromkeys(("gradle", "gradlew", "./gradlew"), (frozenset(), ("build.gradle", "build.gradle.kts", "settings.gradle",
                                                                       "settings.gradle.kts"), frozenset({"-p", "--project-dir"}))),
    **dict.fromkeys(("mvn", "mvnw", "./mvnw"), (frozenset(), ("pom.xml",), frozenset({"-f", "--file"}))),
    "gulp": (frozenset(), ("gulpfile.js",), frozenset({"--cwd"})),
    "grunt": (frozenset(), ("Gruntfile.js",), frozenset()),
    "pre-commit": (frozenset({"run", "install", "try-repo"}), (".pre-commit-config.yaml",), frozenset()),
    "git": (frozenset({"commit", "push", "merge", "pull", "checkout", "switch", "rebase", "am"}),
            (".git/hooks/pre-commit", ".git/hooks/commit-msg", ".git/hooks/prepare-commit-msg", ".git/hooks/pre-push",
             ".git/hooks/post-checkout", ".git/hooks/post-merge", ".git/hooks/pre-rebase"), frozenset({"-C"})),
}  # fmt: skip
_NPM_SHORT = frozenset({"yarn", "pnpm", "bun"})  # `yarn build`: any word runs a script of that name


def runner_paths(cmd: Command, cwd: str | None, home: str) -> list[str]:
    """The files `cmd` reads by default as a task runner (absolute), or none."""
    name = cmd.name
    argv = [w.value for w in cmd.argv]
    if name.startswith("python") and argv[1:3] == ["-m", "pytest"]:
        name, argv = "pytest", ["pytest", *argv[3:]]
    row = RUNNER_FILES.get(name)
    if row is None:
        return []
    subs, files, dir_opts = row
    positional = next((a for a in argv[1:] if not a.startswith("-")), "")
    if subs and positional not in subs and not (name in _NPM_SHORT and positional):
        return []
    if name in ("pip", "pip3") and "." not in argv and not any(a.startswith(("./", "-e.")) for a in argv):
        return []
    base = cmd.cwd or cwd
    for i, a in enumerate(argv[1:], 1):
        opt, eq, val = a.partition("=")
        if opt in dir_opts and (eq or i + 1 < len(argv)):
            d = val if eq else argv[i + 1]
            if name in ("mvn", "mvnw", "./mvnw") and d.endswith(".xml"):
                return [later.resolve(d, base, home)]
            base = later.resolve(d, base, home)
    return [later.resolve(f, base, home) for f in files]


def _operands(cmd: Command) -> tuple[list[Word], Word | None]:
    """A copier's operands and its `-t DIR` target, if any."""
    out: list[Word] = []
    target: Word | None = None
    words = cmd.argv[1:]
    i = 0
    while i < len(words):
        w = words[i]
        v = w.value
        if v == "--":
            out.extend(words[i + 1 :])
            break
        if v.startswith("-") and len(v) > 1:
            opt, eq, val = v.partition("=")
            if opt in ("-t", "--target-directory"):
                target = Word(val, val) if eq else (words[i + 1] if i + 1 < len(words) else None)
            i += 2 if (opt in _VALUE_OPTS and not eq) else 1
            continue
        out.append(w)
        i += 1
    return out, target


def program_of(w: Word) -> str | None:
    """The program a copier's source names: a system binary (`/bin/rm`) or `$(which rm)`."""
    m = _WHICH.match(w.raw.strip("\"'")) if w.dynamic else _SYSTEM_BIN.match(w.value)
    return m.group(1) if m else None


def track(lw: Lowerer, cmd: Command) -> None:
    """Update what the action knows of the files it wrote, after `cmd` (called for every command, in order)."""
    name = cmd.name
    base = cmd.cwd or lw.cwd
    if name == "mkfifo":  # a pipe on disk: what a shell reads from it is whatever is written to it later (red team s14)
        for w in cmd.argv[1:9]:
            if not w.value.startswith("-") and not w.dynamic:
                lw.opaque[later.resolve(w.value, base, lw.home)] = "a named pipe (mkfifo) fed"
        return
    if name in COPIERS:
        ops, target = _operands(cmd)
        if target is None and len(ops) >= 2:
            srcs, dst = ops[:-1], ops[-1]
        elif target is not None:
            srcs, dst = ops, target
        else:
            srcs, dst = [], None
        if dst is not None and not dst.dynamic:
            dpath = later.resolve(dst.value, base, lw.home)
            for src in srcs[:8]:
                prog = program_of(src)
                spath = None if src.dynamic else later.resolve(src.value, base, lw.home)
                # the destination may be a directory: the file then lands under the source's name
                piped = cmd.stdin_text() if src.value in ("/dev/stdin", "-") else (None, False)
                for d in (dpath, f"{dpath}/{posixpath.basename(spath or src.value)}") if (target is None and len(srcs) == 1) else \
                        (f"{dpath}/{posixpath.basename(spath or src.value)}",):  # fmt: skip
                    if piped[0] is not None and piped[1]:
                        lw.written[d] = piped[0]  # `printf 'rm -rf ~' | install -m 755 /dev/stdin ./r`
                    elif prog is not None:
                        lw.aliases[d] = prog
                    elif spath is not None and spath in lw.written:
                        lw.written[d] = lw.written[spath]
                        lw.opaque.pop(d, None)
                    elif spath is not None and spath in lw.opaque:
                        lw.opaque[d] = lw.opaque[spath]
                        lw.written.pop(d, None)
        return
    if name in COMPILERS:
        _compiled(lw, cmd)
    for r in cmd.redirects:  # `f=$(mktemp); echo … > $f; bash $f`: a place known only at run time, by its spelling
        if r.op in later.WRITE_OPS and r.fd in (None, "1", "&") and r.target is not None and r.target.dynamic:
            text = later.output_text(cmd)
            if text is not None and len(lw.written) < later.MAX_WRITTEN:
                lw.written[DYNAMIC_KEY + r.target.raw.strip('"')] = text
    redirected = [(r.op, r.target) for r in cmd.redirects if r.op in later.WRITE_OPS and r.fd in (None, "1", "&")
                  and r.target is not None and not r.target.dynamic]  # fmt: skip
    if name == "tee":  # `… | base64 -d | tee t`: tee writes what it is fed, known or not
        redirected += [(">", w) for w in cmd.argv[1:] if not w.value.startswith("-") and not w.dynamic]
    if not (redirected or lw.written or lw.opaque):
        return
    known = {p for p, _, _ in later.writes(cmd, lw.home)}  # recorded with their text by `Lowerer.remember`
    text = _cat_text(lw, cmd) if redirected else None
    if text is None and redirected:
        text = _decoded(cmd)
    for op, w in redirected:
        path = later.resolve(w.value, base, lw.home)
        if path in known:
            continue
        if text is not None:
            lw.written[path] = (lw.written.get(path, "") if op in (">>", "&>>") else "") + text
            lw.opaque.pop(path, None)
        elif len(lw.opaque) < later.MAX_WRITTEN:
            lw.written.pop(path, None)
            lw.opaque[path] = f"`{cmd.text[:80]}`"
    if not (lw.written or lw.opaque):
        return
    for path in _edited(lw, cmd):  # an in-place edit of a file this action wrote: its text is no longer known
        if path in known:
            continue
        edited = sed_apply(cmd, lw.written[path]) if path in lw.written else None
        if edited is not None:
            lw.written[path] = edited  # `sed -i 's/x/rm -rf ~/' t`: the substitution applied, so the text stays known
            continue
        lw.written.pop(path, None)
        lw.opaque[path] = f"`{cmd.text[:80]}`"


_SUBST = lazyre.compile(r"^\s*s([^\w\s\\])((?:(?!\1)[^\\]|\\.)*)\1((?:(?!\1)[^\\]|\\.)*)\1([gIi\d]*)\s*$")
_BRE_SPECIAL = "(){}+?|"


def _bre(pattern: str, extended: bool) -> str:
    """A sed regular expression as Python's: in a basic one `\\(`, `\\{`, `\\+`, `\\?`, `\\|` are the operators and the
    bare characters are literal; an extended one is read as is."""
    if extended:
        return pattern
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            n = pattern[i + 1]
            out.append(n if n in _BRE_SPECIAL else c + n)
            i += 2
            continue
        out.append("\\" + c if c in _BRE_SPECIAL else c)
        i += 1
    return "".join(out)


def sed_apply(cmd: Command, text: str) -> str | None:
    """`text` after an in-place sed whose scripts are all `s/A/B/FLAGS` (GNU sed, line by line), or None when the
    edit is anything else or cannot be read."""
    import re

    if cmd.name not in ("sed", "gsed") or len(text) > 200_000:
        return None
    from automode.shell.commands import sed_scripts

    extended = any(w.value in ("-E", "-r", "--regexp-extended") or (w.value.startswith("-") and not w.value.startswith("--")
                                                                    and ("E" in w.value or "r" in w.value)) for w in cmd.argv[1:])  # fmt: skip
    for script in sed_scripts(cmd):
        if script.dynamic:
            return None
        for part in [script.value] if _SUBST.match(script.value) else script.value.split(";"):
            m = _SUBST.match(part)
            if m is None:
                return None
            _, pat, rep, flags = m.groups()
            try:
                rx = re.compile(_bre(pat, extended), re.IGNORECASE if "I" in flags or "i" in flags else 0)
            except re.error:
                return None
            repl = re.sub(r"\\(\d)", r"\\g<\1>", rep.replace("\\&", "\x00")).replace("&", "\\g<0>").replace("\x00", "&")
            repl = repl.replace("\\n", "\n")
            try:
                text = "\n".join(rx.sub(repl, line, count=0 if "g" in flags else 1) for line in text.split("\n"))
            except (re.error, IndexError):
                return None
    return text


def _edited(lw: Lowerer, cmd: Command) -> list[str]:
    """The files this action wrote (or the session did) that `cmd` writes again, other than by a redirection."""
    from automode.shell.commands import Env, command_effects

    base = cmd.cwd or lw.cwd
    try:
        effects = list(command_effects(cmd, Env(lw.home, base or "/__project__")))
    except Exception:  # a program model that fails here is judged by the analysis proper
        return []
    mine = lw.written.keys() | lw.opaque.keys()
    redirected = {later.resolve(r.target.value, base, lw.home) for r in cmd.redirects if r.target is not None and not r.target.dynamic}
    return [e.target for e in effects if e.kind == "write" and e.target in mine and e.target not in redirected]


def _decoded(cmd: Command) -> str | None:
    """`base64 -d <<< cm0g… > x`: the decoded text of a literal payload."""
    if cmd.name not in ("base64", "base32", "basenc") or not any(a in ("-d", "--decode", "-D") for a in cmd.args):
        return None
    text, known = cmd.stdin_text()
    if not known or text is None or len(text) > 1_000_000:
        return None
    import base64
    import binascii

    try:
        data = base64.b64decode(text.strip() + "==") if cmd.name != "base32" else base64.b32decode(text.strip())
    except (binascii.Error, ValueError):
        return None
    return data.decode("utf-8", "replace")


def _cat_text(lw: Lowerer, cmd: Command) -> str | None:
    """`cat A B > C` of files with known text: what C holds."""
    if cmd.name != "cat" or not cmd.args or any(w.dynamic or w.value.startswith("-") for w in cmd.argv[1:]):
        return None
    parts = [lw.written.get(later.resolve(w.value, cmd.cwd or lw.cwd, lw.home)) for w in cmd.argv[1:]]
    return None if any(p is None for p in parts) else "".join(p for p in parts if p is not None)


def unknown_run(lw: Lowerer, cmd: Command, name: str) -> str | None:
    """Why `cmd` runs a file this action wrote whose text is not known (or None): `./x`, `sh x`, `. x`, `python3 x`,
    `sh < x`, `make` of a Makefile written so."""
    if not lw.opaque:
        return None
    base = cmd.cwd or lw.cwd
    cands: list[Word] = []
    head = cmd.argv[0]
    if "/" in head.value:
        cands.append(head)
    if name in SHELLS or name in ("source", ".") or later.INTERPRETER_RE.match(name):
        first = next((w for w in cmd.argv[1:] if not w.value.startswith("-")), None)
        if first is not None:
            cands.append(first)
        cands += [r.target for r in cmd.redirects if r.op == "<" and r.target is not None]
    paths = [later.resolve(w.value, base, lw.home) for w in cands if not w.dynamic]
    paths += runner_paths(cmd, lw.cwd, lw.home)
    mk = later.make_file_arg(cmd) if name in ("make", "gmake") else None
    if mk is not None:
        paths.append(later.resolve(mk, base, lw.home))
    for p in paths:
        if p in lw.opaque:
            return f"`{cmd.text[:60]}` runs {posixpath.basename(p)}, which {lw.opaque[p]} wrote in this action: its text is only known at run time"
    return None


#: Programs that run a script file given as their first operand, in a language the interpreter hook reads (after a
#: subcommand for `deno run`, `bun run`): TypeScript and JavaScript runners beside `node`.
SCRIPT_RUNNERS: dict[str, tuple[str, frozenset[str]]] = {
    **dict.fromkeys(("tsx", "ts-node", "ts-node-esm", "esno", "esrun", "vite-node", "jiti", "babel-node", "sucrase-node"),
                    ("node", frozenset())),
    "deno": ("node", frozenset({"run"})),
    "bun": ("node", frozenset({"run"})),
    # other languages' file runners: R, Julia, PowerShell, Tcl, AppleScript, JVM and .NET scripts, Elixir, Swift
    **dict.fromkeys(("rscript", "r"), ("rscript", frozenset({"-f", "--file"}))),
    "julia": ("julia", frozenset()),
    **dict.fromkeys(("pwsh", "powershell"), ("pwsh", frozenset({"-File", "-file", "-f"}))),
    **dict.fromkeys(("tclsh", "wish", "expect", "jimsh"), ("tclsh", frozenset())),
    "osascript": ("osascript", frozenset()),
    **dict.fromkeys(("groovy", "kotlin", "kotlinc", "scala", "java", "jbang"), ("jvm", frozenset({"-script"}))),
    **dict.fromkeys(("dotnet-script",), ("dotnet", frozenset())),
    **dict.fromkeys(("elixir", "iex"), ("elixir", frozenset())),
    "swift": ("swift", frozenset()),
}  # fmt: skip
#: Options of a shell that take a value (not its script): `bash -o pipefail x`, `bash --rcfile F x`.
SHELL_VALUE_OPTS = frozenset({"-o", "+o", "-O", "+O", "--rcfile", "--init-file"})


def script_of(lw: Lowerer, cmd: Command, name: str) -> tuple[str, str] | None:
    """(language, text) of a file this action (or the session) wrote that `cmd` runs by a route `run_written` does
    not follow: a PATH entry put before the system's (`PATH=bin:$PATH ls` of a written `bin/ls`), `python -m MOD` of a
    written `MOD.py`, a TypeScript runner (`tsx x.ts`, `deno run x.ts`)."""
    base = cmd.cwd or lw.cwd
    shim = path_shim(lw, cmd)
    if shim is not None:
        text = lw.written[shim]
        first = text.split("\n", 1)[0]
        m = later.INTERPRETER_RE.match(first.rsplit("/", 1)[-1].split()[-1]) if first.startswith("#!") and first.split() else None
        return (m.group(1) if m else "shell"), text
    args = [w for w in cmd.argv[1:]]
    if later.INTERPRETER_RE.match(name) and name.startswith(("python", "pypy")) and len(args) > 1 and args[0].value == "-m":
        mod = args[1].value.replace(".", "/")
        for rel in (f"{mod}.py", f"{mod}/__main__.py"):
            found = lw.written.get(later.resolve(rel, base, lw.home))
            if found is not None:
                return name, found
        return None
    row = SCRIPT_RUNNERS.get(name)
    if row is None:
        return None
    lang, subs = row
    ops = [w for w in args if not w.value.startswith("-")]
    opts = {w.value for w in args if w.value.startswith("-")}
    if subs and ops and ops[0].value in subs:
        ops = ops[1:]
    elif subs and opts & subs:  # `pwsh -File x.ps1`, `R -f x.R`: the option names the file
        at = next(i for i, w in enumerate(args) if w.value in subs)
        ops = args[at + 1 : at + 2]
    if not ops or ops[0].dynamic:
        return None
    got = lw.written.get(later.resolve(ops[0].value, base, lw.home))
    return (lang, got) if got is not None else None


def path_dirs(value: str, cwd: str | None, home: str) -> list[str]:
    """The directories a PATH value puts before the system's (`bin:$PATH`, `$PWD/bin:$PATH`, `~/x:$PATH`)."""
    out: list[str] = []
    for part in value.split(":"):
        for var in ("${PWD}", "$PWD"):
            if part.startswith(var):
                part = (cwd or "/__project__") + part[len(var) :]
        for var in ("${HOME}", "$HOME"):
            if part.startswith(var):
                part = home + part[len(var) :]
        if not part or "$" in part or "`" in part:
            if part.startswith("$PATH") or part.startswith("${PATH"):
                break
            continue
        out.append(later.resolve(part, cwd, home))
    return out[:8]


def path_shim(lw: Lowerer, cmd: Command) -> str | None:
    """A file of this action named like the command in a directory that a PATH assignment puts first."""
    if "/" in cmd.argv[0].value or not (lw.written or lw.opaque):
        return None
    value = next((w.raw if w.dynamic else w.value for k, w in cmd.assigns if k == "PATH"), None)
    if value is None and "PATH" in lw.exported:
        w = lw.exported["PATH"]
        value = (w.raw.split("=", 1)[1] if w.raw.startswith("PATH=") else w.raw) if w.dynamic else w.value
    if value is None:
        return None
    for d in path_dirs(value, cmd.cwd or lw.cwd, lw.home):
        p = f"{d.rstrip('/')}/{cmd.argv[0].value}"
        if p in lw.written or p in lw.opaque:
            return p if p in lw.written else None
    return None


VIMS = frozenset({"vim", "vi", "nvim", "gvim", "view", "vimdiff", "ex"})


def vim_keys(lw: Lowerer, cmd: Command) -> Command | None:
    """`vim -s FILE` types FILE's keys into the editor: its `:` lines are Ex commands (`:!rm -rf ~` runs a shell).
    For a FILE this action (or the session) wrote, the same vim with each such line as a `-c` command."""
    if cmd.name not in VIMS or not lw.written:
        return None
    args = cmd.argv
    for i, w in enumerate(args[1:-1], 1):
        if w.value in ("-s", "-S") and not args[i + 1].dynamic:
            text = lw.written.get(later.resolve(args[i + 1].value, cmd.cwd or lw.cwd, lw.home))
            if text is None:
                return None
            lines = [ln.strip()[1:] for ln in text.split("\n") if ln.strip().startswith(":")] if w.value == "-s" else \
                [ln.strip() for ln in text.split("\n") if ln.strip() and not ln.strip().startswith('"')]  # fmt: skip
            extra = [x for ln in lines[:32] for x in (Word("-c", "-c"), Word(ln, ln))]
            from automode.dc import replace

            return replace(cmd, argv=[*args[:i], *args[i + 2 :], *extra])
    return None


def callback_code(cmd: Command) -> str | None:
    """The code `mapfile`/`readarray -C CODE` evaluates for every line it reads (bash(1)), or None."""
    args = cmd.argv[1:]
    for i, w in enumerate(args):
        if w.value == "-C" and i + 1 < len(args):
            return None if args[i + 1].dynamic else args[i + 1].value + " 0 x"
        if w.value.startswith("-C") and len(w.value) > 2:
            return w.value[2:] + " 0 x"
    return None


#: `written` keys of files whose name is known only at run time, by how the command spells it (`$f`, `"$d/x.sh"`).
DYNAMIC_KEY = "\x00$"
#: Compilers whose output runs the code of their sources: a source this action wrote, compiled and then run, runs
#: that code (`echo '…system("rm -rf ~")…' > m.c; gcc m.c -o m && ./m`).
COMPILERS = frozenset({"gcc", "cc", "clang", "g++", "c++", "clang++", "tcc", "rustc", "go", "javac", "kotlinc", "swiftc",
                       "nim", "zig", "ghc", "gfortran", "dotnet"})  # fmt: skip
_SOURCE_LANG = {".c": "c", ".cc": "c", ".cpp": "c", ".cxx": "c", ".rs": "rust", ".go": "go", ".java": "jvm", ".kt": "jvm",
                ".swift": "swift", ".nim": "c", ".zig": "c", ".hs": "c", ".f90": "c", ".cs": "dotnet"}  # fmt: skip


def _compiled(lw: Lowerer, cmd: Command) -> None:
    """Record the program a compiler makes from sources this action wrote: its output runs their code."""
    base = cmd.cwd or lw.cwd
    args = cmd.argv[1:]
    out: str | None = None
    sources: list[tuple[str, str]] = []
    for i, w in enumerate(args):
        v = w.value
        if v == "-o" and i + 1 < len(args) and not args[i + 1].dynamic:
            out = args[i + 1].value
        elif v.startswith("-o") and len(v) > 2 and cmd.name != "go":
            out = v[2:]
        elif not w.dynamic and (dot := v.rfind(".")) > 0 and v[dot:] in _SOURCE_LANG:
            text = lw.written.get(later.resolve(v, base, lw.home))
            if text is not None:
                sources.append((_SOURCE_LANG[v[dot:]], text))
    if not sources:
        return
    if out is None:
        first = next(w.value for w in args if not w.value.startswith("-") and "." in w.value.rsplit("/", 1)[-1])
        out = "a.out" if cmd.name not in ("rustc", "go", "nim", "ghc") else first.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    lang = sources[0][0]
    lw.written[later.resolve(out, base, lw.home)] = COMPILED_MARK + lang + "\n" + "\n".join(t for _, t in sources)


#: The first line of a `written` text that is a compiled program's source: the lowerer scans it in its language.
COMPILED_MARK = "\x00compiled:"


def compiled_source(text: str) -> tuple[str, str] | None:
    """(language, source) of a compiled program this action made, or None."""
    if not text.startswith(COMPILED_MARK):
        return None
    head, _, body = text.partition("\n")
    return head[len(COMPILED_MARK) :], body


_LOADS = lazyre.compile(r"""\b(?:source|sys\.source|include|includet|dofile|loadfile|require_relative|require|load|do|"""
                        r"""include_once|require_once|exec\(open|runpy\.run_path|import_module)\s*\(?\s*["']([^"'\s]{1,200})["']""")


def loaded_written(lw: Lowerer, code: str, base: str | None) -> list[str]:
    """Texts of files this action wrote that `code` loads by name (`source("x.R")`, `include("x.jl")`, `dofile("x.lua")`,
    Perl `do "./x.pl"`, PHP `include "x.php"`, Ruby `require_relative "x"`)."""
    if not lw.written or len(code) > 200_000:
        return []
    out: list[str] = []
    for m in list(_LOADS.finditer(code))[:16]:
        name = m.group(1)
        for cand in (name, name + ".rb", name + ".lua", name + ".pl", name + ".jl", name + ".R"):
            text = lw.written.get(later.resolve(cand, base, lw.home))
            if text is not None and not text.startswith(COMPILED_MARK):
                out.append(text)
                break
    return out
