"""Programs that change files in place or through a script, as write effects (issue 13, finding 3).

`sed -i` was the one in-place editor automode knew; every other writer with the same power is listed here, so the
rules that protect a file (the agent's settings, automode's own state) see the write whatever program makes it:

* in-place switches of stream editors: `perl -pi`, `perl -i.bak -pe`, `ruby -pi`, `gawk -i inplace`,
  `python -m fileinput -i`;
* line editors and editors driven by commands: `ed`/`ex` fed a script that writes, `vim -es`, `vi -c … -c wq`,
  `nvim --headless -c 'w'`; a script automode cannot read (`-s file`, an unknown pipe) may write;
* whole-file writers: `sponge FILE`, `patch FILE` (or the files a literal patch names), `mkfifo`/`mknod` paths;
* database shells: `sqlite3 DB "…"` with a statement that changes the database (or SQL automode cannot read);
* processes that bind a Unix socket path (`socat UNIX-LISTEN:path`, `nc -lU path`): a planted socket answers
  whoever connects to that path.

Each entry is a small extractor `(cmd, env) -> effects`, chained after the ones in `automode.shell.commands`.
The option tables are data; one option parser reads them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.dc import dataclass
from automode.effects import Effect
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Env(Protocol):
    """What an extractor needs (`automode.shell.commands.Env`, which registers these extractors)."""

    def file(self, kind: str, w: Word, cmd: Command, **kw: Any) -> Effect: ...


Extractor = Callable[["Command", Env], Iterator[Effect]]


@dataclass(frozen=True, slots=True)
class Switches:
    """How one program spells its options: which single letters take the rest of their cluster or the next word
    as a value, which long options take a value, and which letter (with its value) means "edit in place"."""

    glued: str = ""  # letters whose value is the rest of the cluster, or the next word when the rest is empty
    optional: str = ""  # letters whose value can only be glued (`-i.bak`, `-0777`, `-l`)
    code: str = ""  # letters whose value is the program text (`-e CODE`)
    long_value: frozenset[str] = frozenset()
    inplace: str = ""  # the in-place letter (`i` for perl, ruby)


PERL = Switches(glued="IMmxFCdD", optional="0li", code="eE", inplace="i")
RUBY = Switches(glued="IrCFEWK", optional="0li", code="e", long_value=frozenset({"--encoding", "--external-encoding",
                "--internal-encoding", "--enable", "--disable"}), inplace="i")  # fmt: skip
AWK = Switches(glued="fvFilEMe", code="", long_value=frozenset({"--file", "--assign", "--field-separator", "--include",
               "--load", "--exec", "--source"}))  # fmt: skip


@dataclass(slots=True)
class Parsed:
    inplace: bool = False
    code: bool = False  # a program was given as an option (-e)
    values: list[tuple[str, str]] | None = None  # (option, value) pairs
    positional: list[Word] | None = None


def parse(cmd: Command, sw: Switches) -> Parsed:
    """Walk argv with `sw`: in-place flag, options with their values, and the positional words."""
    out = Parsed(values=[], positional=[])
    assert out.values is not None and out.positional is not None
    args = cmd.argv[1:]
    i = 0
    ended = False
    while i < len(args):
        w = args[i]
        v = w.value
        i += 1
        if ended or w.dynamic or not v.startswith("-") or v == "-":
            out.positional.append(w)
            continue
        if v == "--":
            ended = True
            continue
        if v.startswith("--"):
            key, eq, val = v.partition("=")
            if key in sw.long_value and not eq and i < len(args):
                val = args[i].value
                i += 1
            out.values.append((key, val))
            continue
        j = 1
        while j < len(v):
            c = v[j]
            rest = v[j + 1 :]
            if c in sw.code:
                out.code = True
                if not rest and i < len(args):
                    i += 1
                break
            if c == sw.inplace:
                out.inplace = True
                break
            if c in sw.optional:
                out.values.append((c, rest))
                j += 1
                while j < len(v) and (v[j].isdigit() or (c == "0" and v[j] in "xX")):
                    j += 1
                continue
            if c in sw.glued:
                if not rest and i < len(args):
                    rest = args[i].value
                    i += 1
                out.values.append((c, rest))
                break
            j += 1
    return out


def _files(p: Parsed) -> list[Word]:
    """The files a stream program reads: after the script file when no `-e` program was given."""
    pos = p.positional or []
    return pos if p.code else pos[1:]


_SED_TEXT = lazyre.compile(r"(?:^|[;\n])\s*(?:\d+|\$|/(?:[^/\\]|\\.)*/)?\s*[aic]\\?\s*([^\n;]*)")
_SED_SUBST = lazyre.compile(r"(?:^|[;\n{])\s*(?:\d+|\$|/(?:[^/\\]|\\.)*/)?\s*s([^\w\s\\])(?:(?!\1)[^\\]|\\.)*\1((?:(?!\1)[^\\]|\\.)*)\1")


def sed_inserted(script: str) -> str:
    """The text a sed script adds to the lines it edits: `a`/`i`/`c` text and `s` replacements (GNU one-line forms,
    `\n` read as a line break); "" when it adds none."""
    out = [m.group(1) for m in _SED_TEXT.finditer(script)] + [m.group(2) for m in _SED_SUBST.finditer(script)]
    return "\n".join(_sed_unescape(t).strip() for t in out if t.strip())


def _sed_unescape(t: str) -> str:
    """A replacement as sed writes it: `\\n` a line break, `\\t` a tab, `\\&` `\\/` `\\\\` the character itself
    (`s/pytest/pytest \\&\\& git push/` puts in `pytest && git push`); `\\1` (perl: `$1`) stays, a group's text, set
    apart from a word written right after it (`\\1test.skip(` puts in an indentation, then `test.skip(`)."""
    out: list[str] = []
    i = 0
    while i < len(t):
        c = t[i]
        if c in "\\$" and i + 1 < len(t) and t[i + 1].isdigit():
            out.append(c + t[i + 1] + (" " if i + 2 < len(t) and (t[i + 2].isalpha() or t[i + 2] in "_@") else ""))
            i += 2
            continue
        if c == "\\" and i + 1 < len(t):
            n = t[i + 1]
            out.append("\n" if n == "n" else "\t" if n == "t" else n)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _perl_ruby(cmd: Command, env: Env) -> Iterator[Effect]:
    p = parse(cmd, PERL if cmd.name == "perl" else RUBY)
    if p.inplace:
        # What its `s///` puts in is judged like an Edit adding it (`perl -pi -e 's/jest/curl … | sh/' package.json`),
        # as for `sed -i`.
        args = cmd.argv[1:]
        code = [args[i + 1] for i, w in enumerate(args[:-1]) if w.value[:1] == "-" and w.value[:2] != "--" and w.value[-1:] in "eE"]
        added = "\n".join(t for c in code if not c.dynamic for t in [sed_inserted(c.value)] if t)
        for w in _files(p):
            if added:
                yield env.file("write", w, cmd, origin="in-place", content=added, append=True)
            else:
                yield env.file("write", w, cmd, origin="in-place")


def _awk(cmd: Command, env: Env) -> Iterator[Effect]:
    p = parse(cmd, AWK)
    vals = p.values or []
    if not any(k in ("i", "--include") and re.fullmatch(r"inplace(\.awk)?", val) for k, val in vals):
        return
    has_file = any(k in ("f", "--file", "E", "--exec", "e", "--source") for k, _ in vals)
    pos = p.positional or []
    for w in pos if has_file else pos[1:]:
        if not re.match(r"^[A-Za-z_]\w*=", w.value):  # `awk '…' var=value file`: an assignment, not a file
            yield env.file("write", w, cmd, origin="in-place")


def _python_fileinput(cmd: Command, env: Env) -> Iterator[Effect]:
    """`python -m fileinput -i FILE…` rewrites each file with fileinput's own numbered listing."""
    args = [w.value for w in cmd.argv[1:]]
    if "-m" not in args or args.index("-m") + 1 >= len(args) or args[args.index("-m") + 1] != "fileinput":
        return
    rest = cmd.argv[args.index("-m") + 3 :]
    inplace = any(w.value.startswith("-") and "i" in w.value[1:] and not w.value.startswith("--") for w in rest)
    skip = False
    for w in rest:
        if skip:
            skip = False
            continue
        if w.value.startswith("-") and not w.dynamic:
            skip = w.value == "-b"
            continue
        yield env.file("write" if inplace else "read", w, cmd, origin="in-place" if inplace else "")


# ---------------------------------------------------------------- ed, ex, vi, vim, nvim
VIMS = frozenset({"vim", "vi", "nvim", "gvim", "view", "ex", "vimdiff", "evim", "rvim", "nvi", "vim.basic", "vim.tiny",
                  "vim.nox", "vim.gtk3", "elvis", "vile"})  # fmt: skip
LINE_EDITORS = frozenset({"ed", "red"})
VIM_VALUE = frozenset({"-c", "--cmd", "-s", "-S", "-u", "-U", "-i", "-T", "-w", "-W", "-t", "-q", "-r", "--servername",
                       "--remote", "--listen", "--startuptime", "-V"})  # fmt: skip
# One ex command, after its range: the commands that write a buffer to a file.
EX_RANGE = r"^[\s:]*(?:[%.$]|\d+|'[a-z<>]|/[^/]*/|\?[^?]*\?|[,;+-])*\s*"
EX_WRITE = lazyre.compile(EX_RANGE + r"(?:w|wr|wri|writ|write|wq|wqa|wqall|wa|wall|x|xi|xit|xa|xall|exi|exit|up|upd|upda|updat|"
                      r"update|sav|savea|saveas|wn|wnext|wN|wp|wprevious|norm(?:al)?!?\s+.*ZZ)(?![A-Za-z])", re.I)  # fmt: skip
#: `w FILE`, `sav FILE`, `wq FILE`: the buffer goes to FILE; `e FILE`, `sp FILE`, `badd FILE`: FILE becomes a buffer
#: that a later write (`w`, `wa`, `x`) writes.
EX_WRITE_FILE = lazyre.compile(EX_RANGE + r"(?:w|wr|wri|writ|write|wq|x|xi|xit|exi|exit|up|upd|update|sav|savea|saveas)"
                               r"!?\s*(?:>>)?\s+(?!!)(\S+)\s*$", re.I)  # fmt: skip
EX_EDIT_FILE = lazyre.compile(EX_RANGE + r"(?:e|ed|edi|edit|sp|split|vs|vsplit|new|vne|vnew|tabe|tabedit|tabnew|bad|badd|"
                              r"arga|argadd|ar|args|n|next|drop|find|sf|sfind)!?\s+(?!!)(\S+)\s*$", re.I)  # fmt: skip
EX_SHELL = lazyre.compile(EX_RANGE + r"(?:r(?:ead)?\s*!|w(?:rite)?\s+!|(?:sil(?:ent)?!?\s+)?!)(.*)")
ED_WRITE = lazyre.compile(r"^\s*(?:[.$,;]|\d+|'[a-z]|/[^/]*/|[+-])*\s*(?:w|wq|W|x)\s*$")  # `w OTHER`: the interpreter scan


def ex_commands(text: str) -> list[str]:
    """The ex commands of `-c` values or a script: one per line and per `|` (which separates ex commands)."""
    out: list[str] = []
    for line in text.replace("\\n", "\n").splitlines():
        out.extend(part for part in line.split("|") if part.strip())
    return out


def _script_writes(text: str, line_editor: bool) -> bool:
    pat = ED_WRITE if line_editor else EX_WRITE
    return any(pat.match(c) for c in (text.replace("\\n", "\n").splitlines() if line_editor else ex_commands(text)))


def _stdin_script(cmd: Command) -> tuple[str | None, bool]:
    """The script an editor reads on stdin, or (None, False) when it comes from somewhere unknown. `printf '%s\\n'
    a b c` feeds its arguments as lines: every argument is read as a possible command."""
    if any(r.op == "<" for r in cmd.redirects):
        return None, False  # `ed FILE < script.ed`: a script automode does not read
    src = cmd.pipe_from
    if src is not None and src.name == "printf" and not any(w.dynamic for w in src.argv[1:]):
        return "\n".join(src.args), True
    return cmd.stdin_text()


def _vim(cmd: Command, env: Env) -> Iterator[Effect]:
    args = cmd.argv[1:]
    commands: list[str] = []
    files: list[Word] = []
    unknown_script = False
    ex_mode = cmd.name == "ex"
    i = 0
    while i < len(args):
        w = args[i]
        v = w.value
        i += 1
        if w.dynamic and v.startswith(("-", "+")):
            unknown_script = True
            continue
        if v.startswith("+") and len(v) > 1:
            commands.append(v[1:])
            continue
        if v == "-s" and ex_mode:
            continue  # `ex -s`, `vim -e -s`: silent mode, no value
        if v in VIM_VALUE and i < len(args):
            val = args[i]
            i += 1
            if v in ("-c", "--cmd"):
                commands.append(val.value)
                unknown_script = unknown_script or val.dynamic
            elif v in ("-S", "-s"):
                unknown_script = True  # commands from a file automode does not read
            continue
        if v.startswith("-") and len(v) > 1:
            if v.startswith("--") or not v[1:].isalpha():
                continue
            for c in v[1:]:  # a cluster: `-es`, `-sc CMD`, `-Nu NONE`
                if c in "eE":
                    ex_mode = True  # commands come from stdin
                elif c in "cS" or (c == "s" and not ex_mode) or c in "uUiTwWtqr":
                    val = args[i] if i < len(args) else Word("", "")
                    i += 1
                    if c == "c":
                        commands.append(val.value)
                        unknown_script = unknown_script or val.dynamic
                    elif c in "sS":
                        unknown_script = True
                    break
            continue
        files.append(w)
    fed = cmd.pipe_from is not None or any(r.op in ("<", "<<", "<<-", "<<<") for r in cmd.redirects)
    if fed and not ex_mode and not any(w.value == "-" for w in files):
        unknown_script = True  # keys on stdin that is not a terminal are typed into the editor (`:wq`, `ZZ`)
    script = list(commands)
    if ex_mode:
        text, _known = _stdin_script(cmd)
        script.extend(ex_commands(text) if text else [])
    named: list[Word] = []
    for c in (x for part in script for x in ex_commands(part)):
        m = EX_WRITE_FILE.match(c) or EX_EDIT_FILE.match(c)
        if m:
            named.append(Word(m.group(1), m.group(1)))
    if not files and not named:
        return
    writes = unknown_script or any(_script_writes(c, False) for c in commands)
    if not writes and ex_mode:
        text, known = _stdin_script(cmd)
        writes = (text is not None and _script_writes(text, False)) or (text is None and not known)
    files = files + [w for w in named if not any(x.value == w.value for x in files)]
    for c in commands:
        m = EX_SHELL.match(c)
        if m:
            yield Effect("exec", f"`{cmd.name}` runs the shell command `{m.group(1).strip()[:80]}`", detail=cmd.text[:200],
                         origin="dynamic", via=cmd.via)  # fmt: skip
    if writes:
        for w in files:
            yield env.file("write", w, cmd, origin="in-place")


def _ed(cmd: Command, env: Env) -> Iterator[Effect]:
    """`ed FILE` with a script on stdin: a bare `w` writes FILE (`w OTHER` is read by the interpreter scan)."""
    files = [w for w in cmd.argv[1:] if not w.value.startswith("-") or w.value == "-"][:1]
    if not files:
        return
    text, known = _stdin_script(cmd)
    if (text is not None and _script_writes(text, True)) or (text is None and not known):
        yield env.file("write", files[0], cmd, origin="in-place")


def _apply_patch(cmd: Command, env: Env) -> Iterator[Effect]:
    """`apply_patch 'ENVELOPE'`, `apply_patch <<'EOF' … EOF`: Codex intercepts the command and applies the envelope
    itself (`automode.shell.envelope`), so each file it names is written, deleted or moved."""
    from automode.shell.envelope import file_ops

    args = [w for w in cmd.argv[1:] if not w.value.startswith("-") or "\n" in w.value]
    if args:
        text, known = args[0].value, not args[0].dynamic
    else:
        got, known = cmd.stdin_text()
        text = got or ""
    if not known:
        yield Effect("exec", "`apply_patch` applies a patch automode cannot read", detail=cmd.text[:200], origin="dynamic", via=cmd.via)
        return
    for op in file_ops(text):
        if op.kind in ("add", "update"):
            yield env.file("write", Word(op.path, op.path), cmd, origin="patch", content=op.content or None)
        elif op.kind == "delete":
            yield env.file("delete", Word(op.path, op.path), cmd)
        else:
            yield env.file("delete", Word(op.path, op.path), cmd)
            yield env.file("write", Word(op.dest, op.dest), cmd, origin="move", content=op.content or None)


# ---------------------------------------------------------------- whole-file writers
def _sponge(cmd: Command, env: Env) -> Iterator[Effect]:
    append = any(w.value == "-a" for w in cmd.argv[1:])
    for w in cmd.argv[1:]:
        if not w.value.startswith("-") or w.dynamic:
            yield env.file("write", w, cmd, append=append, origin="sponge")


PATCH_VALUE = frozenset({"-p", "-d", "-i", "-o", "-r", "-B", "-D", "-F", "-V", "-Y", "-z", "-g", "--directory", "--input",
                         "--output", "--reject-file", "--prefix", "--ifdef", "--fuzz", "--strip", "--suffix"})  # fmt: skip
PATCH_TARGET = lazyre.compile(r"^\+\+\+ (\S+)", re.M)


def _patch(cmd: Command, env: Env) -> Iterator[Effect]:
    """`patch FILE < diff` writes FILE; `patch -p1 < diff` writes the files the diff names (`+++ b/path`)."""
    args = cmd.argv[1:]
    strip = -1
    pos: list[Word] = []
    where: Word | None = None  # `-d DIR`: the diff's paths are taken from DIR
    i = 0
    while i < len(args):
        v = args[i].value
        if v.startswith("--directory="):
            where = Word(v.split("=", 1)[1], args[i].raw, args[i].dynamic)
        if v in PATCH_VALUE and i + 1 < len(args):
            if v in ("-o", "--output"):
                yield env.file("write", args[i + 1], cmd, origin="patch")
            if v in ("-d", "--directory"):
                where = args[i + 1]
            if v in ("-p", "--strip") and args[i + 1].value.isdigit():
                strip = int(args[i + 1].value)
            i += 2
            continue
        m = re.fullmatch(r"-p(\d+)|--strip=(\d+)", v)
        if m:
            strip = int(m.group(1) or m.group(2))
        elif not v.startswith("-") or args[i].dynamic:
            pos.append(args[i])
        i += 1
    if pos:
        yield env.file("write", pos[0] if where is None else _under(where, pos[0].value), cmd, origin="patch")
        return
    yield from _patch_targets(cmd, env, strip, where)


def _under(where: Word, path: str) -> Word:
    if path.startswith("/"):
        return Word(path, path)
    return Word(f"{where.value.rstrip('/')}/{path}", where.raw, where.dynamic)


def _patch_targets(cmd: Command, env: Env, strip: int, where: Word | None = None) -> Iterator[Effect]:
    """The files a patch fed on stdin writes (`+++ b/path`), under `where` (`patch -d DIR`, `git apply
    --directory=DIR`). A diff automode cannot read, applied under another directory, writes files there whose
    names are not known (judged like an archive's members: a directory holding controls is refused)."""
    text, _known = cmd.stdin_text()
    found = False
    for m in PATCH_TARGET.finditer(text or ""):
        path = m.group(1)
        if path != "/dev/null":
            # `-pN` drops N leading components; without it, the usual `a/` `b/` prefixes are taken off.
            stripped = "/".join(path.split("/")[strip:]) if strip >= 0 else re.sub(r"^[ab]/", "", path)
            w = Word(stripped or path, stripped or path)
            yield env.file("write", w if where is None else _under(where, w.value), cmd, origin="patch")
            found = True
    if not found:
        # A diff automode cannot read writes files whose names are not known, under `where` or the working
        # directory (`cd ~/.claude && patch -p1 < x.diff`).
        yield env.file("write", _under(where or Word(".", "."), "__archive_member__"), cmd, origin="patch")


#: `git rm` options that take no path (git-scm.com/docs/git-rm); `--cached` keeps the files and `-n` deletes nothing.
GIT_RM_KEEPS = frozenset({"--cached", "-n", "--dry-run"})


def _git_rm(cmd: Command, env: Env) -> Iterator[Effect]:
    """`git rm PATH...`: the files (with `-r`, the trees) are deleted from the work tree, as `rm` would."""
    words = cmd.argv[1:]
    i = next((k for k, w in enumerate(words) if w.value == "rm"), None)
    if i is None or any(w.value in GIT_RM_KEEPS for w in words[i + 1:]):
        return
    rest = words[i + 1:]
    recursive = any(w.value == "-r" or (w.value.startswith("-") and not w.value.startswith("--") and "r" in w.value) for w in rest)
    # Without --force git refuses to remove a file whose content differs from the index and HEAD (git-scm.com/docs/git-rm):
    # it deletes only what a `git checkout` brings back.
    forced = any(w.value == "--force" or (w.value.startswith("-") and not w.value.startswith("--") and "f" in w.value) for w in rest)
    dashdash = False
    for w in rest:
        if not dashdash and w.value == "--":
            dashdash = True
        elif dashdash or not w.value.startswith("-"):
            yield env.file("delete", w, cmd, recursive=recursive, origin="git-rm-forced" if forced else "git-rm")


def _git_apply(cmd: Command, env: Env) -> Iterator[Effect]:
    """`git apply` of a patch given on stdin (a heredoc): the files it names are written; `git rm`: `_git_rm`."""
    args = cmd.args
    if args and args[0] == "rm":
        yield from _git_rm(cmd, env)
        return
    if not args or args[0] != "apply" or any(x in ("--check", "--stat", "--numstat", "--summary") for x in args):
        return
    dirs = [x.split("=", 1)[1] for x in args if x.startswith("--directory=")]
    where = Word(dirs[-1], dirs[-1]) if dirs and "--unsafe-paths" in args else None  # else confined to the work tree
    if any(not x.startswith("-") for x in args[1:]):
        if where is not None:  # a patch file automode does not read, applied outside the work tree
            yield env.file("write", _under(where, "__archive_member__"), cmd, origin="patch")
        return  # a patch file automode does not read
    m = next((re.fullmatch(r"-p(\d+)", x) for x in args if re.fullmatch(r"-p(\d+)", x)), None)
    yield from _patch_targets(cmd, env, int(m.group(1)) if m else 1, where)


def _mkfifo(cmd: Command, env: Env) -> Iterator[Effect]:
    for w in cmd.argv[1:]:
        if not w.value.startswith("-") or w.dynamic:
            yield env.file("write", w, cmd, origin="plant")
            if cmd.name == "mknod":
                return  # `mknod NAME TYPE MAJOR MINOR`: only the first word is a path


# ---------------------------------------------------------------- sqlite3
SQLITE_VALUE = frozenset({"-cmd", "-separator", "-newline", "-nullvalue", "-init", "-vfs", "-mmap", "-pagecache",
                          "-lookaside", "-heap", "-maxsize", "-escape"})  # fmt: skip
SQL_CHANGES = lazyre.compile(r"\b(insert|update|delete|replace|upsert|drop|create|alter|attach|vacuum|reindex|analyze)\b|"
                         r"\bpragma\s+[\w.]+\s*=|^\s*\.(restore|import|load|read|clone|save|open|shell|system|recover)\b",
                         re.I | re.M)  # fmt: skip


#: Files the sqlite3 shell or SQL itself writes besides the database: `.output FILE`, `.once FILE`, `.backup [DB] FILE`,
#: `.save FILE`, `.log FILE`, `.trace FILE`, `.excel`-free; `VACUUM INTO 'FILE'`; `ATTACH 'FILE'` (a second database
#: that the statements after it may change).
SQLITE_FILE_CMDS = lazyre.compile(r"^\s*\.(?:output|once|save|log|trace|backup|dump\s+>)\s+(?:-\S+\s+)*(?:\w+\s+)?(\S+)\s*$|"
                                  r"\bvacuum\b(?:\s+\w+)?\s+into\s+'([^']+)'|\battach\s+(?:database\s+)?'([^']+)'",
                                  re.I | re.M)  # fmt: skip


def _sqlite_files(sql: list[str]) -> list[str]:
    out: list[str] = []
    for text in sql:
        changes = SQL_CHANGES.search(re.sub(r"\battach\b", "", text[:100_000], flags=re.I)) is not None
        for m in SQLITE_FILE_CMDS.finditer(text[:100_000]):
            if m.group(3) and not changes:
                continue  # `ATTACH 'x.db' AS a; SELECT …`: attached to be read
            path = (m.group(1) or m.group(2) or m.group(3) or "").strip("'\"")
            if path and path not in ("stdout", "-", ":memory:") and not path.startswith("|"):
                out.append(path)
    return out


def _sqlite3(cmd: Command, env: Env) -> Iterator[Effect]:
    """`sqlite3 DB "SQL"`: a statement that changes the database (or SQL automode cannot read) writes DB."""
    args = cmd.argv[1:]
    readonly = False
    unknown = False
    sql: list[str] = []
    pos: list[Word] = []
    i = 0
    while i < len(args):
        w = args[i]
        v = w.value.replace("--", "-", 1) if w.value.startswith("--") else w.value
        if v in SQLITE_VALUE and i + 1 < len(args):
            if v == "-cmd":
                sql.append(args[i + 1].value)
                unknown = unknown or args[i + 1].dynamic
            elif v == "-init":
                unknown = True
            i += 2
            continue
        if v.startswith("-") and not w.dynamic and len(v) > 1:
            readonly = readonly or v in ("-readonly", "-safe")
            i += 1
            continue
        pos.append(w)
        i += 1
    if not pos or readonly:
        return
    db = pos[0]
    if db.value.startswith("file:"):
        path = db.value[5:].split("?", 1)[0]
        if "mode=ro" in db.value or "immutable=1" in db.value:
            return
        db = Word(path, db.raw, db.dynamic)
    for w in pos[1:]:
        sql.append(w.value)
        unknown = unknown or w.dynamic
    if len(pos) == 1:
        text, known = cmd.stdin_text()
        if text is not None:
            sql.append(text)
        unknown = unknown or not known
    for path in _sqlite_files(sql):
        yield env.file("write", Word(path, path), cmd, origin="database")
    if unknown or any(SQL_CHANGES.search(s) for s in sql):
        yield env.file("write", db, cmd, origin="database")


# ---------------------------------------------------------------- Unix sockets bound at a path
SOCAT_LISTEN = lazyre.compile(r"^(?:UNIX-LISTEN|UNIX-L|UNIX-RECVFROM|UNIX-RECV|UNIX-SENDTO|ABSTRACT-LISTEN):([^,]+)", re.I)


def _socat(cmd: Command, env: Env) -> Iterator[Effect]:
    for w in cmd.argv[1:]:
        m = SOCAT_LISTEN.match(w.value)
        if m and not w.value.upper().startswith("ABSTRACT"):
            yield env.file("write", Word(m.group(1), w.raw, w.dynamic), cmd, origin="plant")


def _nc_unix(cmd: Command, env: Env) -> Iterator[Effect]:
    flags = "".join(w.value[1:] for w in cmd.argv[1:] if w.value.startswith("-") and not w.value.startswith("--"))
    if "U" in flags and "l" in flags:
        for w in cmd.argv[1:]:
            if not w.value.startswith("-") and not w.value.isdigit():
                yield env.file("write", w, cmd, origin="plant")


PYTHON_NAMES = ("python", "python2", "python3", "pypy", "pypy3", "py", *(f"python3.{n}" for n in range(6, 16)))

#: Program name -> extractor; `automode.shell.commands` runs each after its own extractor for that name.
EXTRACTORS: dict[str, Extractor] = {
    "perl": _perl_ruby, "ruby": _perl_ruby,
    "awk": _awk, "gawk": _awk,
    "ed": _ed, "red": _ed,
    "sponge": _sponge, "patch": _patch, "apply_patch": _apply_patch, "applypatch": _apply_patch, "git": _git_apply, "mkfifo": _mkfifo, "mknod": _mkfifo,
    "sqlite3": _sqlite3, "socat": _socat, "nc": _nc_unix, "ncat": _nc_unix, "netcat": _nc_unix,
    **{name: _vim for name in VIMS},
    **{name: _python_fileinput for name in PYTHON_NAMES},
}  # fmt: skip
