"""Fan-out executors: `xargs`, GNU `parallel`, `find -exec`/`fd -x` run a command template once per input item.

The item is what the producer feeds them when that is known (`echo a b | xargs rm` runs `rm a b`; `find /x`
yields `/x` itself and what is below it), a dynamic word otherwise; a template that turns the item into code
(`xargs sh -c`) is an `exec` effect.
"""

from __future__ import annotations

import shlex

from automode import lazyre
from automode.effects import Effect
from automode.shell.find import parse_find
from automode.shell.words import Word, normalize_name
from automode.shell.wrappers import SHELLS
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class _Out(Protocol):
    effects: list[Effect]


class Lowerer(Protocol):
    """What fan-out needs of `automode.shell.lower.Lowerer` (which imports this module)."""

    @property
    def out(self) -> _Out: ...

    def command(self, cmd: Command, nesting: int) -> None: ...

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip

    def _inner(self, cmd: Command, argv: list[Word], label: str, *, privileged: bool = False,
               remote: str | None = None) -> Command: ...  # fmt: skip


def xargs(lw: Lowerer, cmd: Command, nesting: int) -> None:
    args = cmd.argv[1:]
    i = 0
    replace_str: str | None = None
    from_file = False
    delimiter: str | None = None
    while i < len(args):
        v = args[i].value
        if v == "--":
            i += 1
            break
        if not v.startswith("-") or len(v) == 1:
            break
        opt, _, val = v.partition("=")
        if v[:2] in ("-I", "-J"):
            replace_str = v[2:] or (args[i + 1].value if i + 1 < len(args) else "{}")
        elif opt == "--replace" or v.startswith("-i"):
            # GNU `-i[R]` / `--replace[=R]`: the argument is optional and glued; `{}` by default.
            replace_str = (val if opt == "--replace" else v[2:]) or "{}"
        elif opt in ("-a", "--arg-file"):
            from_file = True
        elif v in ("-0", "--null"):
            delimiter = "\0"
        elif opt in ("-d", "--delimiter"):
            delimiter = val or (args[i + 1].value if i + 1 < len(args) else "\n")
        if v in XARGS_WITH_ARG:
            i += 2
            continue
        i += 1
    template = list(args[i:]) or [Word("echo", "echo")]
    known = None if from_file else known_items(cmd, delimiter, bool(replace_str))
    if known is not None:
        # `echo -rf ~ | xargs rm`: the items are the program's arguments, all of them on one command line (or one
        # line each with -I).
        fan_out(lw, cmd, template, known, replace_str or "", "xargs", nesting, from_stdin=True, together=not replace_str)
        return
    item = Word("__input_file_item__", "<arg-file>", dynamic=True) if from_file else stdin_items(lw, cmd)
    fan_out(lw, cmd, template, [item], replace_str or "", "xargs", nesting, from_stdin=not from_file)


MAX_ITEMS = 256


def known_items(cmd: Command, delimiter: str | None, per_line: bool) -> list[Word] | None:
    """The items xargs reads when its input is known text (echo, printf, a here-string or heredoc): split at
    blanks with xargs' own quoting, at lines for -I, or at the -d/-0 delimiter. None when not known."""
    src = cmd.pipe_from
    if src is not None and src.name not in ("echo", "printf", "cat"):
        return None
    text, known = cmd.stdin_text()
    if text is None or not known:
        return None
    if delimiter is not None:
        parts = text.split(delimiter)
    elif per_line:
        parts = [line.strip() for line in text.split("\n")]
    else:
        try:
            parts = shlex.split(text)
        except ValueError:
            return None  # xargs rejects unbalanced quotes
    items = [Word(p, p) for p in parts if p]
    return items[:MAX_ITEMS] if len(items) <= MAX_ITEMS else None

def fan_out(lw: Lowerer, cmd: Command, template: list[Word], items: list[Word], marker: str, label: str, nesting: int, *,
            from_stdin: bool, together: bool = False) -> None:  # fmt: skip
    """Run `template` once per item (xargs, parallel): the item replaces `marker` or is appended; `together`
    appends every item to one command line (xargs without -I)."""
    if together:
        line = [*template, *items]
        if from_stdin and _feeds_code(line, [False] * len(template) + [True] * len(items)):
            lw.out.effects.append(Effect("exec", f"{label} turns its input into code for {line[0].value}",
                                         detail=cmd.text[:200], origin="stdin", via=cmd.via))  # fmt: skip
        sub = lw._inner(cmd, line, label)
        sub.pipe_from = None
        lw.command(sub, nesting + 1)
        return
    for item in items[:16]:
        argv: list[Word] = []
        fed: list[bool] = []  # which words carry the item
        for w in template:
            hit = bool(marker) and marker in w.value
            argv.append(Word(w.value.replace(marker, item.value), w.raw, w.dynamic or (hit and item.dynamic),
                             w.glob or (hit and item.glob), w.quoted) if hit else w)  # fmt: skip
            fed.append(hit)
        if not any(fed):
            # Without the marker in the command the item is appended (GNU -i/-I would drop it: keep the intent).
            argv.append(item)
            fed.append(True)
        if from_stdin and _feeds_code(argv, fed):
            lw.out.effects.append(Effect("exec", f"{label} turns its input into code for {argv[0].value}",
                                           detail=cmd.text[:200], origin="stdin", via=cmd.via))  # fmt: skip
        sub = lw._inner(cmd, argv, label)
        sub.pipe_from = None
        lw.command(sub, nesting + 1)

def stdin_items(lw: Lowerer, cmd: Command) -> Word:
    """What a fan-out executor receives on stdin, as one representative word."""
    from automode.shell.listed import fed

    listed = fed(cmd)  # `git ls-files 'spec/*_spec.rb' | xargs sed -i …`: the files the lister selects
    if listed is not None:
        return listed
    src = cmd.pipe_from
    while src is not None and src.name in ("sort", "uniq", "head", "tail", "grep", "tr", "sed", "awk", "cut", "tee"):
        src = src.pipe_from
    if src is not None and src.name in ("find", "fd", "fdfind"):
        fx = parse_find(src)
        if len(fx.roots) == 1 and not fx.roots[0].dynamic:
            return fx.item(fx.roots[0])
    if src is not None and src.name == "seq":
        return Word("1", "1")  # numbers only
    if src is not None and src.name in ("echo", "printf") and not any(w.dynamic for w in src.argv[1:]):
        vals = [a for a in src.args if not a.startswith("-")]
        if len(vals) == 1:
            return Word(vals[0], vals[0])
    return Word("__stdin_item__", "<stdin>", dynamic=True)

def parallel(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """GNU parallel: `parallel [options] [command] ::: items`; without a command each item is a command line."""
    args = cmd.argv[1:]
    i = 0
    marker = "{}"
    while i < len(args) and args[i].value.startswith("-") and args[i].value not in (":::", "::::"):
        opt, eq, _ = args[i].value.partition("=")
        if opt == "-I" and not eq and i + 1 < len(args):
            marker = args[i + 1].value
        i += 2 if opt in PARALLEL_WITH_ARG and not eq else 1
    seps = [j for j in range(i, len(args)) if args[j].value in (":::", "::::", ":::+", "::::+")]
    template = args[i : seps[0]] if seps else args[i:]
    items: list[Word] = []
    for j in seps:
        group = [w for w in args[j + 1 :]]
        stop = next((k for k, w in enumerate(group) if w.value in (":::", "::::", ":::+", "::::+")), len(group))
        if args[j].value.startswith("::::"):
            items.append(Word("__input_file_item__", "<arg-file>", dynamic=True))
        else:
            items.extend(group[:stop])
    from_stdin = not seps
    if from_stdin:
        items = [stdin_items(lw, cmd)]
    if not template:
        # Each item is a whole command line.
        for item in items[:16]:
            if item.dynamic:
                lw.out.effects.append(Effect("exec", "parallel runs command lines read from its input",
                                               detail=cmd.text[:200], origin="stdin", via=cmd.via))  # fmt: skip
                continue
            lw.source(item.value, via=(*cmd.via, "parallel"), privileged=cmd.privileged, remote=cmd.remote,
                        nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return
    if not template[0].dynamic and _SHELL_TEXT.search(template[0].value):
        # GNU parallel joins its command words and hands them to the shell: a first word that is a command line
        # (`parallel 'rm -rf {}' ::: ~`) is no program's name; each item is put in for the marker (or appended).
        # (`parallel bash -c 'rm -rf {}'` stays word by word: the stricter reading of the same line)
        from automode.shell.words import shell_quote

        line = " ".join(w.value for w in template)
        for item in items[:16]:
            text = line.replace(marker, shell_quote(item)) if marker in line else f"{line} {shell_quote(item)}"
            lw.source(text, via=(*cmd.via, "parallel"), privileged=cmd.privileged, remote=cmd.remote,
                      nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return
    fan_out(lw, cmd, template, items, marker, "parallel", nesting, from_stdin=from_stdin)


#: A command word with spaces or shell syntax in it: a command line, not a program's name or an argument.
_SHELL_TEXT = lazyre.compile(r"\s|[|;&<>`]|\$\(")

def find_exec(lw: Lowerer, cmd: Command, nesting: int) -> None:
    fx = parse_find(cmd)
    for k, (action, words) in enumerate(fx.execs):
        unfiltered = k < len(fx.unfiltered_execs) and fx.unfiltered_execs[k]
        item = fx.action_item(fx.roots[0], unfiltered) if len(fx.roots) == 1 else Word("__find_result__", "<find>", dynamic=True)
        argv = [Word(w.value.replace("{}", item.value), w.raw, w.dynamic or ("{}" in w.value and item.dynamic),
                     glob=w.glob or ("{}" in w.value and item.glob)) for w in words]  # fmt: skip
        if cmd.name in ("fd", "fdfind") and argv and not any("{}" in w.raw for w in words):
            argv.append(item)
        if argv:
            sub = lw._inner(cmd, argv, f"{cmd.name} {action}")
            lw.command(sub, nesting + 1)


XARGS_WITH_ARG = frozenset({"-I", "-J", "-n", "-P", "-d", "-L", "-s", "-a", "-E", "-R", "-S", "--max-args", "--max-procs",
                            "--delimiter", "--arg-file", "--max-lines", "--eof", "--max-chars", "--process-slot-var"})  # fmt: skip
PARALLEL_WITH_ARG = frozenset(
    {"-j", "--jobs", "-S", "--sshlogin", "--results", "--res", "-a", "--arg-file", "--joblog", "--tmpdir", "--delay",
     "--timeout", "-n", "--max-args", "-N", "--colsep", "-C", "-d", "--delimiter", "-I", "--env", "--basefile", "--bf",
     "--workdir", "--wd", "--retries", "--halt", "-E", "--eof", "--tagstring", "--tag-string", "-L", "--max-lines",
     "-s", "--max-chars", "--memfree", "--load", "--nice", "--sshloginfile", "--slf", "--transferfile", "--tf",
     "--return", "--block", "--recstart", "--recend", "--header", "--limit", "--termseq", "--ssh", "--ssh-delay",
     "--compress-program", "--decompress-program", "-P", "--shebang-wrap", "--tee", "--rpl", "--resume-failed"}
)  # fmt: skip
CODE_FLAGS = frozenset({"-c", "-e", "-E", "--eval", "-r", "-p", "--print"})


def _feeds_code(argv: list[Word], fed: list[bool]) -> bool:
    """Whether the fanned-out item ends up as code: `xargs sh -c`, `xargs -I{} bash -c {}`, `xargs eval`."""
    name = normalize_name(argv[0].value)
    if name == "eval":
        return any(fed[1:])
    if name not in SHELLS and not name.startswith(("python", "node", "perl", "ruby", "php")):
        return False
    for k, w in enumerate(argv[1:], 1):
        flag = w.value
        if flag in CODE_FLAGS or (name in SHELLS and flag.startswith("-") and not flag.startswith("--") and "c" in flag):
            return (k + 1 < len(argv) and fed[k + 1]) or k + 1 >= len(argv)
        if not flag.startswith("-"):
            return fed[k]  # a script path from the input: code it did not write
    return False
