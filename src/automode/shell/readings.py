"""A command read a second way where two readings differ (issue 13, session 13 red team).

A word like `C:\\Users\\me` makes the analysis read a command's backslashes as Windows separators. In a session not
known to be on Windows that reading can be wrong: `printf 't:\\n    rm -rf ~\\n' > justfile` holds a `t:\\n` that
is no drive, and bash's printf writes a recipe line, not `t:/n`. Both readings are lowered; their commands and
effects both count, so whichever one bash really runs is judged.

zsh (the login shell Claude Code uses on macOS) closes a brace group at a `}` word even without the `;` bash needs:
`f() { rm -rf ~ }; f` runs `rm -rf ~` in zsh and is an unfinished group to bash (and so was judged with nothing
run). When the command ends inside an unclosed brace group, it is read the zsh way too.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer


def posix_too(lw: Lowerer, text: str, run_files: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Lower `text` (the command as written) beside `lw` (which read it the Windows way); return the files the POSIX
    reading writes with a different text than the other one."""
    from automode.shell.lower import Lowerer

    both = Lowerer(lw.home, lw.cwd, lw.interp)
    both.written.update(dict(run_files[:64]))
    both.source(text, cwd=lw.cwd)
    lw.out.commands.extend(both.out.commands)
    lw.out.effects.extend(both.out.effects)
    return {k: v for k, v in both.written.items() if lw.written.get(k) != v}


#: A `}` word that zsh reads as the end of a group and bash as an argument: after a word, before the end of a command.
_ZSH_CLOSE = lazyre.compile(r"(?<=[^\s;{&|])([ \t]+)\}(?=[ \t]*(?:$|[;&|)\n]))")


def also(lw: Lowerer, command: str, posix: str | None, run_files: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Lower the other readings of `command` beside `lw`: the POSIX one of a text read the Windows way (`posix`), and
    zsh's of a text that ends inside an unclosed brace group. The files the POSIX reading writes differently."""
    written = posix_too(lw, posix, run_files) if posix is not None and posix != command else {}
    if any("unclosed brace" in n for n in lw.out.notes) and _ZSH_CLOSE.search(command):
        posix_too(lw, _ZSH_CLOSE.sub(r"; }", command), run_files)
    return written
