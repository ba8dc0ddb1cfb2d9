"""Code that runs later in the same action: files written by one command and run by another, start-up files
named by the environment (`BASH_ENV`, `ENV`), and makefiles whose recipes are shell lines.

`printf 'rm -rf ~' > /tmp/x && BASH_ENV=/tmp/x bash -c true` runs `rm -rf ~`; so does `echo 'rm -rf ~' > x.sh &&
bash x.sh` and `printf 'all:\\n\\trm -rf ~\\n' | make -f -`. The lowerer records what each command writes when the
text is known (`echo`, `printf`, `cat` of a heredoc, `tee`), and reads it back where a later command runs it.
"""

from __future__ import annotations

import posixpath

from automode import lazyre
from automode.shell.escapes import echo_output, printf_output
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

INTERPRETER_RE = lazyre.compile(r"^(python[\d.]*|pypy3?|node|nodejs|bun|deno|perl|ruby|php|lua|luajit)$")  # run FILE as code
WRITE_OPS = frozenset({">", ">>", ">|", "&>", "&>>"})
MAX_WRITTEN = 64  # files remembered per action
# Variable -> shells that run the file it names: bash before any script or `-c` code; POSIX shells (and bash as
# sh) only when interactive (`-i`), so `ENV=prod sh deploy.sh` reads nothing.
STARTUP_VARS = {"BASH_ENV": ("bash",), "ENV": ("sh", "dash", "ksh", "mksh", "ash", "posh", "yash")}
INTERACTIVE_ONLY = frozenset({"ENV"})


def resolve(path: str, cwd: str | None, home: str) -> str:
    if path.startswith("~"):
        path = home + path[1:]
    return posixpath.normpath(posixpath.join(cwd or "/__project__", path))


def output_text(cmd: Command) -> str | None:
    """What a command prints, when that is known text."""
    if any(w.dynamic for w in cmd.argv[1:]):
        return None
    if cmd.name == "echo":
        return echo_output(cmd.args)
    if cmd.name == "printf":
        return printf_output(cmd.args)
    if cmd.name in ("cat", "tee") and (cmd.name == "tee" or not cmd.args):
        text, known = cmd.stdin_text()
        return text if known else None
    return None


def writes(cmd: Command, home: str) -> list[tuple[str, str, bool]]:
    """(resolved path, text, append) for each file this command writes with known text."""
    out: list[tuple[str, str, bool]] = []
    text = output_text(cmd)
    if text is None:
        return out
    for r in cmd.redirects:
        if r.op in WRITE_OPS and r.fd in (None, "1", "&") and r.target is not None and not r.target.dynamic:
            out.append((resolve(r.target.value, cmd.cwd, home), text, r.op in (">>", "&>>")))
    if cmd.name == "tee":
        append = any(a in ("-a", "--append") for a in cmd.args)
        out += [(resolve(a, cmd.cwd, home), text, append) for a in cmd.args if not a.startswith("-")]
    return out


def makefile_lines(text: str) -> list[str]:
    """The shell lines of makefile text, as make hands them to the shell: recipes (tab-indented, or after `;` on a
    rule line: `x: ; CMD`) and every `$(shell CMD)` function call, which make runs while it reads the text (in
    `--eval`, in `VAR=$(shell CMD)` on its command line, in any assignment or rule)."""
    lines: list[str] = []
    text = text.replace("\\\n\t", "").replace("\\\n", "") if "\\\n" in text else text  # continued lines
    values = make_vars(text)
    for line in text.split("\n"):
        if values and line.startswith("\t") and "$" in line:
            line = _MAKE_REF.sub(lambda m: values.get(m.group(1) or m.group(2), m.group(0)), line)
        if line.startswith("\t"):
            body = line[1:]
        else:
            head, semi, body = line.partition(";")
            if not semi or ":" not in head or "=" in head.partition(":")[0] or head.lstrip().startswith("#"):
                body = ""
        body = body.lstrip("@-+ \t").replace("$$", "$")
        if body.strip() and "$(shell" not in body and "${shell" not in body:
            lines.append(body)
    lines += make_shell_calls(text)
    return lines


_MAKE_ASSIGN = lazyre.compile(r"(?m)^([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}=|\?=|=)[ \t]*([^\n]*)$")
_MAKE_REF = lazyre.compile(r"\$\(([A-Za-z_][\w.-]*)\)|\$\{([A-Za-z_][\w.-]*)\}")


def make_vars(text: str) -> dict[str, str]:
    """A makefile's simple variables (`X = rm`, `D := ~`), as make puts them into recipes (`$(X) -rf $(D)`); values
    that call functions or other variables are left out (the reference stays, read as unknown)."""
    out: dict[str, str] = {}
    for m in list(_MAKE_ASSIGN.finditer(text))[:64]:
        if "$" not in m.group(2) and not m.group(0).startswith("\t"):
            out[m.group(1)] = m.group(2).strip()
    return out


def make_shell_calls(text: str) -> list[str]:
    """The commands of `$(shell CMD)` / `${shell CMD}` calls in makefile text (parentheses balanced, nested calls too)."""
    out: list[str] = []
    start = 0
    while len(out) < 32:
        i = min((j for j in (text.find("$(shell", start), text.find("${shell", start)) if j >= 0), default=-1)
        if i < 0:
            break
        open_ch = text[i + 1]
        close_ch = ")" if open_ch == "(" else "}"
        depth, j = 0, i + 1
        while j < len(text):
            c = text[j]
            if c == open_ch:
                depth += 1
            elif c == close_ch:
                depth -= 1
                if depth == 0:
                    break
            j += 1
        body = text[i + 7 : j].strip()
        if body:
            out.append(body.replace("$$", "$"))
        start = i + 7
    return out


def make_file_arg(cmd: Command) -> str | None:
    """The makefile a `make` command reads (`-f FILE`, `--file=FILE`, `--makefile FILE`), if one is given."""
    args = cmd.args
    for i, a in enumerate(args):
        if a in ("-f", "--file", "--makefile") and i + 1 < len(args):
            return args[i + 1]
        for opt in ("--file=", "--makefile="):
            if a.startswith(opt):
                return a[len(opt) :]
        if a.startswith("-f") and len(a) > 2 and not a.startswith("--"):
            return a[2:]
    return None


MAKE_SHELL_VARS = frozenset({"SHELL", "MAKESHELL", ".SHELLFLAGS"})


def make_inline_text(cmd: Command) -> list[tuple[str, str]]:
    """Makefile text a `make` command line carries: (text, label). `--eval TEXT`/`-E TEXT`, and `VAR=VALUE`
    arguments; `SHELL=CMD` is returned whole (the command every recipe runs with, label `make SHELL`)."""
    out: list[tuple[str, str]] = []
    argv = cmd.argv
    flags = [w for k, w in cmd.assigns if k in ("MAKEFLAGS", "MFLAGS", "GNUMAKEFLAGS") and not w.dynamic]
    for w in flags:  # `MAKEFLAGS='--eval=$(shell\ CMD)' make`: make reads the variable as options of its own (red team s14)
        for opt in ("--eval=", "-E"):
            at = w.value.find(opt)
            if at >= 0 and (at == 0 or w.value[at - 1] == " "):
                out.append((w.value[at + len(opt) :].replace("\\ ", " ").strip(), "make MAKEFLAGS"))  # (strictly: the rest)
        if ("$(shell" in w.value or "${shell" in w.value) and not any(lbl == "make MAKEFLAGS" for _, lbl in out):
            out.append((w.value.replace("\\ ", " "), "make MAKEFLAGS"))  # `MAKEFLAGS='X=$(shell CMD)'`
    for i, w in enumerate(argv[1:], 1):
        v = w.value
        if w.dynamic:
            continue
        if v.startswith("--eval="):
            out.append((v[7:], "make --eval"))
        elif v in ("--eval", "-E") and i + 1 < len(argv) and not argv[i + 1].dynamic:
            out.append((argv[i + 1].value, f"make {v}"))
        elif v.startswith("-E") and len(v) > 2:
            out.append((v[2:], "make -E"))
        elif not v.startswith("-") and "=" in v and (i == 1 or argv[i - 1].value not in ("--eval", "-E", "-f", "-C", "-I", "-o", "-W")):
            k, _, val = v.partition("=")
            k = k.rstrip(":+?!").strip()
            if k in MAKE_SHELL_VARS and " " in val.strip():
                out.append((val, "make SHELL"))
            elif "$(shell" in val or "${shell" in val:
                out.append((val, f"make {k}="))
    return out


#: Programs that run the code written to their input when they are given no script or `-c` code.
STDIN_RUNNERS = lazyre.compile(r"^(?:sh|bash|zsh|dash|ksh|mksh|ash|fish|python[\d.]*|perl|ruby|node|php|lua)$")


def coproc_fed(cmd: Command) -> str | None:
    """`coproc sh` / `coproc NAME { bash; }`: a shell reading what the script later writes to `${COPROC[1]}` runs
    commands automode never sees."""
    words = [w.value for w in cmd.argv[1:8]]
    words = [w for w in words if w not in ("{", "}", ";")]
    if words and not STDIN_RUNNERS.match(words[0].rsplit("/", 1)[-1]) and len(words) > 1:
        words = words[1:]  # `coproc NAME CMD`
    if not words:
        return None
    prog = words[0].rsplit("/", 1)[-1].rstrip(";")
    rest = [w for w in words[1:] if w not in (";",)]
    if STDIN_RUNNERS.match(prog) and not any(w == "-c" or (w.startswith("-") and "c" in w[1:] and not w.startswith("--")) or not w.startswith("-") for w in rest):
        return f"coproc {prog}: a shell fed what the script writes to it later"
    return None
