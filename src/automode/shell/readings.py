"""A command read a second way where two readings differ (issue 13, session 13 red team).

A word like `C:\\Users\\me` makes the analysis read a command's backslashes as Windows separators. In a session not
known to be on Windows that reading can be wrong: `printf 't:\\n    rm -rf ~\\n' > justfile` holds a `t:\\n` that
is no drive, and bash's printf writes a recipe line, not `t:/n`. Both readings are lowered; their commands and
effects both count, so whichever one bash really runs is judged.
"""

from __future__ import annotations

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
