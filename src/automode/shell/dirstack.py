"""Where `cd`, `pushd` and `popd` take the shell, as bash resolves them (red team s21).

Besides a plain path, bash(1) moves to: `$OLDPWD` for `cd -`; a directory found through `CDPATH` for a relative name
that does not start with `.` (`CDPATH=~; cd .claude` is `~/.claude`); with `shopt -s cdable_vars`, the value of the
variable a name that is no directory names (`cfg=~/.claude; cd cfg`); and the directory stack (`pushd DIR` saves
the current one, `popd` goes back, `pushd` alone swaps the two on top). The words `~+`, `~-` and `~N`/`~+N`/`~-N`
expand to `$PWD`, `$OLDPWD` and the stack's entries. Where bash has two candidates (a project directory named `cfg`,
or `$cfg`), the reading that changes what a later relative path reaches is taken: that is the one an agent setting
`cdable_vars` or `CDPATH` means. A directory known only at run time is None (relative paths after it are unknown).
"""

from __future__ import annotations

import posixpath

from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import ShellState

OPTS_KEY = "\x00shopt"  # the shell options `shopt -s` turned on, kept in the walker's environment (space-separated)
STACK_KEY = "\x00dirs"  # the directory stack below the current directory, newest first ("\x01" separated, "" unknown)
_SEP = "\x01"
NAMED_KEY = "\x00~"  # zsh's named directories (`hash -d NAME=DIR`), kept as `\x00~NAME`


def name_dirs(st: ShellState, pairs: list[str]) -> None:
    """zsh(1) `hash -d c=~/.claude`: `~c/x` is then `~/.claude/x`."""
    for p in pairs:
        k, eq, v = p.partition("=")
        if eq and k:
            st.env[NAMED_KEY + k] = _home(st, v)


def shopt(st: ShellState, args: list[str]) -> None:
    """`shopt -s cdable_vars` / `shopt -u …`: remember which options are on."""
    if not args or args[0] not in ("-s", "-u"):
        return
    on = set((st.env.get(OPTS_KEY) or "").split())
    names = set(a for a in args[1:] if not a.startswith("-"))
    on = on | names if args[0] == "-s" else on - names
    st.env[OPTS_KEY] = " ".join(sorted(on))


def _stack(st: ShellState) -> list[str | None]:
    raw = st.env.get(STACK_KEY)
    return [x or None for x in raw.split(_SEP)] if raw else []


def _set_stack(st: ShellState, dirs: list[str | None]) -> None:
    st.env[STACK_KEY] = _SEP.join(d or "" for d in dirs[:16])


def _home(st: ShellState, path: str) -> str:
    return (st.env.get("HOME") or "~") + path[1:] if path.startswith("~") and path[1:2] in ("", "/") else path


def target(st: ShellState, w: Word, base: str) -> str | None:
    """The directory `cd WORD` goes to (None: known only at run time)."""
    v = w.value
    if v == "-":
        return st.env.get("OLDPWD")
    v = _home(st, v)
    if v.startswith("/"):
        return posixpath.normpath(v)
    if "cdable_vars" in (st.env.get(OPTS_KEY) or "").split() and "/" not in v and v in st.env:
        val = st.env[v]
        return None if val is None else posixpath.normpath(posixpath.join(base, _home(st, val)))
    if "CDPATH" in st.env and not v.startswith(("./", "../")) and v not in (".", ".."):
        cdpath = st.env["CDPATH"]
        if cdpath is None:
            return None
        for entry in cdpath.split(":"):
            if entry not in ("", "."):
                return posixpath.normpath(posixpath.join(base, _home(st, entry), v))
    return posixpath.normpath(posixpath.join(base, v))


def move(name: str, args: list[Word], st: ShellState, dynamic_target: str | None) -> None:
    """Apply `cd|pushd|popd ARGS` to `st` (`dynamic_target`: where a run-time word goes, when it is known)."""
    old = st.cwd
    base = st.cwd or "/__project__"
    stack = _stack(st)
    if name == "popd":
        if any(a.value[:1] in "+-" and a.value[1:].isdigit() for a in args):
            _set_stack(st, [None] * len(stack))  # removes an entry we do not track exactly
            return
        if not stack:
            return  # "directory stack empty": nothing moves
        st.cwd = stack.pop(0)
        _set_stack(st, stack)
    elif name == "pushd" and not args:
        if not stack:
            return
        st.cwd, stack[0] = stack[0], st.cwd
        _set_stack(st, stack)
    elif name == "pushd" and args[0].value[:1] in "+-" and args[0].value[1:].isdigit():
        st.cwd = None  # a rotation of the stack
        _set_stack(st, [None] * len(stack))
    else:
        if not args:
            new = st.env.get("HOME") or st.cwd
        elif args[0].dynamic:
            new = dynamic_target
        else:
            new = target(st, args[0], base)
        if name == "pushd":
            _set_stack(st, [old, *stack])
        st.cwd = new
    st.env["OLDPWD"] = old
    st.env["PWD"] = st.cwd


def tilde(value: str, raw: str, st: ShellState) -> Word | None:
    """`~+/x`, `~-/x`, `~1/x`: the word with the directory it names (None: not such a word)."""
    head, sep, rest = value.partition("/")
    if head in ("~+", "~+0"):
        d: str | None = st.env.get("PWD")
    elif head == "~-":
        d = st.env.get("OLDPWD")
    elif head[1:].lstrip("+").isdigit() and head[1:2] != "-":
        n = int(head[1:].lstrip("+"))
        stack = _stack(st)
        d = st.cwd if n == 0 else stack[n - 1] if n - 1 < len(stack) else None
    elif NAMED_KEY + head[1:] in st.env:
        d = st.env[NAMED_KEY + head[1:]]
    elif head[1:2] == "-" and head[2:].isdigit():
        full = [st.cwd, *_stack(st)]
        n = int(head[2:])
        d = full[-1 - n] if n < len(full) else None
    else:
        return None
    if d is None:
        return Word(value, raw, dynamic=True)
    return Word(d + sep + rest, raw)
