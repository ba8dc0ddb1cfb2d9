"""Batch renamers: programs that compute the new names of the files they are given.

`rename 's/^/.claude\\//' settings.json` (Perl's rename) computes each target with an expression; `mmv '*.json'
'.claude/#1.json'` and zsh's `zmv` with a pattern; `vidir`, `qmv` and their kin let an editor (or `EDITOR`, or a
script on stdin) choose the names. What automode can say without running them:

* the new names land in the files' own directories (a write of an unknown member there: a directory holding
  controls is refused like an archive extracted into it);
* a target pattern (`mmv`, `zmv`, util-linux `rename FROM TO`) names a directory: the files land there;
* an expression is code: its new names are known only when it runs (a write of a target known only at run time,
  which asks when the command spells a control location: AM-AGENT-005).

Facts from rename(1) (Perl's File::Rename and util-linux's), mmv(1), zshcontrib(1) `zmv`, vidir(1) (moreutils),
qmv(1) (renameutils), imv(1), massren(1).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from automode.effects import Effect
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.fileenv import Env
    from automode.shell.script import Command

MEMBER = "__archive_member__"
#: program -> how it names its targets: "expr" (Perl expression, or util-linux FROM TO when the first word is not
#: one), "pattern" (FROM-pattern TO-pattern: `#1`, `$1`), "editor" (an editor chooses; the operands are files or
#: directories).
RENAMERS: dict[str, str] = {
    "rename": "expr", "prename": "expr", "perl-rename": "expr", "file-rename": "expr", "rename.ul": "fromto",
    "mmv": "pattern", "mcp": "pattern", "mln": "pattern", "mad": "pattern", "zmv": "pattern", "zcp": "pattern", "zln": "pattern",
    "vidir": "editor", "qmv": "editor", "qcp": "editor", "imv": "editor", "massren": "editor", "edir": "editor",
}  # fmt: skip
#: Options with which they only print what they would rename.
DRY_RUN = frozenset({"-n", "--nono", "--dry-run", "--just-print", "--no-act"})
#: Options that take a value (their value is not a file).
_ARG_OPTS = frozenset({"-e", "-E", "-f", "--filename", "-o", "--output", "-d", "--delimiter", "-F", "--format",
                       "--editor", "-S", "--suffix"})  # fmt: skip
_PERL_EXPR = re.compile(r"^(?:s|y|tr)(\W).*|.*\$_.*|.*\b(?:lc|uc|ucfirst|lcfirst|sprintf)\b.*", re.S)


def _words(cmd: Command) -> tuple[list[Word], list[Word]]:
    """(expressions given by `-e`, the other positionals)."""
    exprs: list[Word] = []
    pos: list[Word] = []
    args = cmd.argv[1:]
    i = 0
    while i < len(args) and len(pos) < 64:
        w = args[i]
        v = w.value
        if v == "-e" and i + 1 < len(args):
            exprs.append(args[i + 1])
            i += 2
            continue
        if v in _ARG_OPTS:
            i += 2
            continue
        if not v.startswith("-") or v == "-":
            pos.append(w)
        i += 1
    return exprs, pos


def _dir_of(w: Word) -> Word:
    v = w.value.rstrip("/")
    d = posixpath.dirname(v) or "."
    return Word(d, d, w.dynamic)


def _member(d: Word) -> Word:
    return Word(d.value.rstrip("/") + "/" + MEMBER, d.raw, d.dynamic)


def rename_writes(cmd: Command, env: Env) -> Iterator[Effect]:
    mode = RENAMERS.get(cmd.name)
    if mode is None:
        return
    if any(w.value in DRY_RUN for w in cmd.argv[1:]):
        return  # prints what it would do
    exprs, pos = _words(cmd)
    detail = cmd.text[:200]
    if mode == "editor":
        for w in pos or [Word(".", ".")]:
            yield env.file("write", _member(w if not posixpath.splitext(w.value)[1] else _dir_of(w)), cmd, origin="rename")
        return
    if mode == "pattern":
        if len(pos) >= 2:
            to = pos[1]
            yield env.file("write", _member(_dir_of(to)), cmd, origin="rename")
        return
    files = pos
    code: str | None = None
    if mode == "expr" and not exprs and pos and _PERL_EXPR.match(pos[0].value):
        code, files = pos[0].value, pos[1:]
    elif exprs:
        code = "\n".join(w.value for w in exprs)
    if code is None and len(pos) >= 3:
        # util-linux `rename FROM TO FILE...`: the first FROM in each name becomes TO.
        frm, to, files = pos[0], pos[1], pos[2:]
        for f in files:
            if f.dynamic or frm.dynamic or to.dynamic or frm.value not in f.value or f.glob:
                yield env.file("write", _member(_dir_of(f)), cmd, origin="rename")
            else:
                new = f.value.replace(frm.value, to.value, 1)
                yield env.file("write", Word(new, new), cmd, origin="rename")
        return
    for f in files:
        yield env.file("write", _member(_dir_of(f)), cmd, origin="rename")
    if code is not None and "/" in re.sub(r"^(?:s|y|tr)(\W)", "", code):
        # The expression can put a directory into the new name (`s/^/.claude\//`): where is known only when it runs.
        yield Effect("write", f"$({cmd.name} EXPR)/{MEMBER}", "dynamic", detail=detail, origin="rename", via=cmd.via,
                     content=code[:400])  # fmt: skip
