"""A file something runs, rewritten in a command with text only known at run time (red team s18).

`jq '.scripts.pretest="curl … | sh"' package.json | sponge package.json`, `curl -s URL > Makefile`, `cat /tmp/x |
tee justfile`, `yq … | dd of=tox.ini`, `python3 -c "…open('package.json','w')…"`, `jq … > /tmp/p && mv /tmp/p
package.json`: the written text is a program's output, so neither the file's reader (`files.executed`) nor the
fragment reader (`files.fragment`) saw it, and the write passed as an edit inside the project. Here every such write
is traced to the commands that produced the text:

* a filter whose program is written out on the command line (jq, yq, sed, awk, perl, python, node ...) and that reads
  only files of the project: what it can put in is in its program, so each string its program holds is read as a
  piece of the file (`files.fragment`), judged as the file's own lines would be;
* anything else (a download, a file outside the project, a program read from a file, unknown input): the file is
  marked `opaque-run` (AM-PERSIST-012 asks), since what it will run is only known once it ran.
"""

from __future__ import annotations

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from automode.files import Facts
    from automode.shell.parse import Command
    from automode.shell.words import Word

#: Programs that write their standard input to a file an operand names (`sponge F`, `tee F`, `dd of=F`, `install
#: /dev/stdin F`, `cp /dev/stdin F`).
STDIN_WRITERS = frozenset({"sponge", "tee", "dd", "install", "ginstall", "cp", "gcp"})
#: Filters: their output is their input changed by a program given on the command line (the program's option, or
#: the first operand); `files` options name the files they read.
FILTERS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("jq", "gojq", "jaq", "yq", "tomlq", "xq", "dasel", "mlr", "gron"), ("",)),
    **dict.fromkeys(("sed", "gsed"), ("-e", "--expression", "")),
    **dict.fromkeys(("awk", "gawk", "mawk", "nawk"), ("",)),
    **dict.fromkeys(("perl", "ruby"), ("-e", "-E")),
    **dict.fromkeys(("node", "deno", "bun"), ("-e", "--eval", "-p", "--print")),
    **dict.fromkeys(("python", "python3", "python2", "pypy3"), ("-c",)),
    **dict.fromkeys(("cat", "sort", "uniq", "head", "tail", "tr", "cut", "grep", "rg", "envsubst", "column", "fmt", "fold",
                     "expand", "unexpand", "nl", "tac", "paste", "iconv", "dos2unix", "unix2dos", "echo", "printf"), ()),
}  # fmt: skip
#: Options of the filters that take a value which is not a file (`jq --arg NAME VALUE`: the value is a string the
#: program may insert, kept as one).
_ARG_OPTS = frozenset({"--arg", "--argjson", "--slurpfile", "--rawfile", "--args", "--jsonargs"})
_VALUE_OPTS = frozenset({"-f", "--from-file", "-L", "--indent", "-o", "--output-format", "-p", "--input-format",
                         "-F", "-v", "--assign", "-n", "-c", "-s", "-i", "-t", "-d", "-k"})  # fmt: skip
_STRING = lazyre.compile(r'"((?:[^"\\\n]|\\.){2,})"|\'((?:[^\'\\\n]|\\.){2,})\'')
_SED_PARTS = lazyre.compile(r"(?s)s(.)(?:(?!\1)[^\\]|\\.)*\1((?:(?!\1)[^\\]|\\.)*)\1|[aic]\\?\s*(.+)")
MAX_PIECES = 24


def maybe(effects: list[Effect]) -> bool:
    """A write of text not known here to a file something runs (the cheap test before the commands are read)."""
    from automode.files import executed

    return any(_target(e, executed.kind_of) for e in effects)


#: Path classes whose writes other rules already stop whatever the text (a git hook, a shell start-up file, a system
#: file: AM-PERSIST-001 and kin), and kinds read by them.
_GUARDED = frozenset({"protected", "system", "critical", "secret", "device"})


def _target(e: Effect, kind_of: Callable[[str], str | None]) -> bool:
    return (e.kind == "write" and not (e.content or "").strip() and e.pclass not in _GUARDED
            and kind_of(e.target) not in (None, "rc"))  # fmt: skip


def judge(commands: list[Command], effects: list[Effect], facts: Facts) -> None:
    """Add to `facts` the pieces the producers' programs put in such files, or an `opaque-run` write of each file
    whose text comes from elsewhere."""
    from automode import files
    from automode.files import executed

    targets = {e.target for e in effects if _target(e, executed.kind_of)}
    root = facts.root.rstrip("/") + "/"
    wrote: dict[str, list[Command] | str] = {}  # path -> the commands whose output it holds, or why it is unknown
    known: dict[str, str] = {}  # path -> the text it holds, when the input of the writer is spelled out
    for cmd in commands:
        for path, producers in _writes(cmd, facts):
            wrote[path] = producers
            text, sure = cmd.stdin_text() if cmd.name in STDIN_WRITERS else (None, False)
            if sure and text is not None and text.strip():
                known[path] = text  # `printf 'test:\n\tgit push …' | dd of=Makefile`
        for src, dst in _copied(cmd, facts):
            if src in wrote:
                wrote[dst] = wrote[src]  # `jq … > /tmp/p && mv /tmp/p package.json`
            elif not src.startswith(root):
                wrote[dst] = cmd.text[:80] or cmd.name  # `cp /tmp/evil.mk Makefile`: a file from outside the project
    for path in sorted(targets)[:8]:
        got = wrote.get(path)
        if path in known:
            files.analyze_write(facts, files.WriteView("Bash", path, "", known[path], False))
            continue
        if got is None:
            continue  # a program's own write (a formatter, a package manager): judged by what that program is
        producers = got if isinstance(got, list) else []
        why = got if isinstance(got, str) else _untrusted(producers, root, facts)
        rel = path[len(root) :] if path.startswith(root) else path
        if why is not None:
            facts.effects.append(Effect("write", path, "project" if path.startswith(root) else None,
                                        detail=f"{rel} is rewritten with the output of `{why}`", origin="opaque-run",
                                        via=(f"runs-later {rel}",)))  # fmt: skip
            continue
        pieces = [p for c in producers for p in _pieces(c)][:MAX_PIECES]
        if pieces:
            files.analyze_write(facts, files.WriteView("Bash", path, "", "\n".join(pieces), True))


def _writes(cmd: Command, resolve: Facts) -> list[tuple[str, list[Command]]]:
    """The files `cmd` writes with text it did not spell out, and the commands that text comes from."""
    from automode.shell import later

    chain = _chain(cmd.pipe_from)
    out: list[tuple[str, list[Command]]] = []
    for r in cmd.redirects:
        if (
            r.op in later.WRITE_OPS
            and r.fd in (None, "1", "&")
            and r.target is not None
            and not r.target.dynamic
        ):
            out.append((_abs(resolve, r.target.value, cmd), [cmd, *chain]))
    name = cmd.name
    if name in STDIN_WRITERS:
        args = [w for w in cmd.argv[1:]]
        if name == "dd":
            out += [
                (_abs(resolve, w.value[3:], cmd), chain)
                for w in args
                if w.value.startswith("of=") and not w.dynamic
            ]
        elif name in ("sponge", "tee"):
            out += [
                (_abs(resolve, w.value, cmd), chain)
                for w in args
                if not w.value.startswith("-") and not w.dynamic
            ]
        elif any(w.value in ("/dev/stdin", "-") for w in args):
            ops = [w for w in args if not w.value.startswith("-") or w.value == "-"]
            if ops and not ops[-1].dynamic:
                out.append((_abs(resolve, ops[-1].value, cmd), chain))
    if name in DOWNLOADERS:
        out += [(_abs(resolve, f, cmd), [cmd]) for f in _download_files(cmd)]
    if name in FILTERS and name not in ("cat", "echo", "printf") and any(
            w.value in ("-i", "--in-place") or w.value.startswith(("-i", "--in-place=")) for w in cmd.argv[1:]):  # fmt: skip
        pass  # an in-place edit: read by `files.fragment` through the program's own model
    elif name.startswith(("python", "pypy", "node", "ruby", "perl", "deno", "bun")) and name in FILTERS:
        out += [(p, [cmd]) for p in _code_writes(cmd, resolve)]
    return out


#: Downloaders and their options naming the file they write (`curl -o F`, `wget -O F`); `curl -O` names it after
#: the URL.
DOWNLOADERS: dict[str, tuple[str, ...]] = {"curl": ("-o", "--output"), "wget": ("-O", "--output-document"),
                                           "aria2c": ("-o", "--out"), "http": ("-o", "--output"), "https": ("-o", "--output"),
                                           "xh": ("-o", "--output"), "fetch": ("-o",)}  # fmt: skip


def _download_files(cmd: Command) -> list[str]:
    opts = DOWNLOADERS[cmd.name]
    words = cmd.argv[1:]
    out: list[str] = []
    for i, w in enumerate(words):
        v = w.value
        opt, eq, val = v.partition("=")
        if opt in opts and (eq or i + 1 < len(words)):
            f = val if eq else words[i + 1].value
            if f not in ("-", "/dev/null", "/dev/stdout"):
                out.append(f)
        elif v.startswith("-o") and len(v) > 2 and not v.startswith("--") and "-o" in opts:
            out.append(v[2:])
        elif cmd.name == "curl" and v in ("-O", "--remote-name"):
            url = next((x.value for x in words if "://" in x.value), "")
            if url:
                out.append(url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    return out[:4]


def _code_text(cmd: Command) -> str:
    """An interpreter's code: its arguments and the heredoc or here-string it reads (`python3 - <<'EOF' … EOF`)."""
    bodies = [r.body for r in cmd.redirects if r.op in ("<<", "<<-", "<<<") and r.body]
    return " ".join([*(w.value for w in cmd.argv[1:]), *bodies])


def _code_writes(cmd: Command, resolve: Facts) -> list[str]:
    """Files inline code opens for writing (`open('package.json','w')`, `writeFileSync('Makefile', …)`)."""
    code = _code_text(cmd)
    out: list[str] = []
    for m in _OPEN_W.finditer(code):
        out.append(_abs(resolve, m.group(1) or m.group(2) or "", cmd))
    return out[:4]


_OPEN_W = lazyre.compile(
    r"""open\(\s*['"]([^'"]+)['"]\s*,\s*['"][wa]|(?:writeFileSync|write_text|writeFile|File\.write)\(\s*['"]([^'"]+)['"]"""
)


def _copied(cmd: Command, resolve: Facts) -> list[tuple[str, str]]:
    """(source, destination) of a copy, move or install (`mv /tmp/p package.json`, `install -m 644 /tmp/x F`)."""
    if cmd.name not in ("mv", "cp", "gmv", "gcp", "install", "ginstall", "rsync", "ln"):
        return []
    from automode.shell.staged import _operands

    ops, target = _operands(cmd)
    if target is not None or len(ops) != 2 or any(w.dynamic for w in ops) or ops[0].value in ("/dev/stdin", "-"):
        return []
    return [(_abs(resolve, ops[0].value, cmd), _abs(resolve, ops[1].value, cmd))]


def _chain(cmd: Command | None) -> list[Command]:
    out: list[Command] = []
    while cmd is not None and len(out) < 16:
        out.append(cmd)
        cmd = cmd.pipe_from
    return out


def _abs(f: Facts, value: str, cmd: Command) -> str:
    from automode.shell import later

    return later.resolve(value, cmd.cwd or f.cwd, f.home)


def _untrusted(producers: list[Command], root: str, resolve: Facts) -> str | None:
    """The first producer whose output is not its project input changed by a program on its command line, or None."""
    if not producers:
        return "its input"  # `sponge F` with nothing piped in: whatever the caller feeds it
    for c in producers:
        if c.name in STDIN_WRITERS and c.name not in FILTERS:
            continue
        if c.name not in FILTERS or c.name_dynamic:
            return c.text[:80] or c.name
        if any(r.op in ("<", "<<<", "<<", "<<-") and (r.target is None or r.target.dynamic or r.body_dynamic
                                                       or (r.op == "<" and not _abs(resolve, r.target.value, c).startswith(root)))
               for r in c.redirects):  # fmt: skip
            return c.text[:80]
        for f in _files_read(c):
            if f.dynamic or not _abs(resolve, f.value, c).startswith(root):
                return c.text[:80]
    return None


def _files_read(c: Command) -> list[Word]:
    """The file operands of a filter (its program, option values and `--arg` values left out)."""
    progs = FILTERS.get(c.name, ())
    words = c.argv[1:]
    out: list[Word] = []
    i, prog_taken = 0, "" not in progs
    while i < len(words):
        v = words[i].value
        if v in _ARG_OPTS:
            i += 3 if v in ("--arg", "--argjson", "--slurpfile", "--rawfile") else len(words)
            continue
        if v.startswith("-") and len(v) > 1:
            if v in progs:
                prog_taken = True
                i += 2
                continue
            if v in ("-f", "--from-file") and c.name not in ("sed", "gsed", "awk", "gawk", "mawk", "nawk"):
                if i + 1 < len(words):
                    out.append(words[i + 1])
                prog_taken = True
                i += 2
                continue
            i += 2 if v in _VALUE_OPTS and c.name in ("awk", "gawk", "mawk", "nawk") else 1
            continue
        if not prog_taken:
            prog_taken = True
            i += 1
            continue
        if c.name in ("python", "python3", "python2", "pypy3", "node", "deno", "bun", "perl", "ruby"):
            break  # the rest are the code's own arguments
        out.append(words[i])
        i += 1
    return out


#: `KEY = "VALUE"` in a program (jq's `.scripts.test="…"`, Python's `p['scripts']['test'] = '…'`, JavaScript's
#: `p.scripts.test = '…'`): the piece it puts in, with its key, so the file's reader names the task.
_KEYED = lazyre.compile(r"""(?:\.|\[\s*['"]?)([A-Za-z_][\w:-]*)['"]?\s*\]?\s*\|?=\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|\$(\w+))""")


def _pieces(c: Command) -> list[str]:
    """The strings a filter's program (and its `--arg` values) may put in the file."""
    import json

    out: list[str] = []
    words = c.argv[1:]
    args: dict[str, str] = {}
    for i, w in enumerate(words):
        if w.value in ("--arg", "--argjson") and i + 2 < len(words):
            args[words[i + 1].value] = words[i + 2].value
            out.append(words[i + 2].value)
    texts = [w.value for w in words if not w.value.startswith("-") and not w.dynamic]
    texts += [r.body for r in c.redirects if r.op in ("<<", "<<-", "<<<") and r.body]
    for t in texts:
        if c.name in ("sed", "gsed"):
            for m in _SED_PARTS.finditer(t):
                out.append((m.group(2) or m.group(3) or "").replace("\\n", "\n").replace("\\t", "\t"))
            continue
        for m in _KEYED.finditer(t):
            value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else args.get(m.group(4) or "")
            if value:
                out.append(f"{json.dumps(m.group(1))}: {json.dumps(value.replace(chr(92) + chr(34), chr(34)))}")
        for m in _STRING.finditer(t):
            out.append((m.group(1) or m.group(2) or "").replace('\\"', '"').replace("\\'", "'"))
    return [p for p in out if p.strip()]
