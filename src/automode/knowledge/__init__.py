"""What programs, control planes and data stores can do, kept as data (issue 10).

Each family of facts has its own module and data files under `knowledge/data/`, loaded and validated once per
process. `effects(cmd, env)` is the one entry point the analysis calls for every simple command: it returns the
effects the knowledge base knows for it, beside the hand-written extractors of `automode.shell.commands`.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode.knowledge import code_rewrites, control, programs, sql, wiped_dirs
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.commands import Env
    from automode.shell.parse import Command


def effects(cmd: Command, env: Env) -> Iterator[Effect]:
    """Effects of one simple command known to the knowledge base."""
    yield from programs.effects(cmd, env)
    yield from control.effects(cmd, env)
    yield from sql.effects(cmd, env)
    if code_rewrites.maybe(cmd):  # (`python3 -c "… .rglob('test_*.py') … .replace(…)"`: an in-place rewrite in code)
        yield from code_rewrites.effects(cmd, env)
    if wiped_dirs.maybe(cmd):  # (`pytest --basetemp ~`, `python -m venv --clear ~`: a directory removed by option)
        yield from wiped_dirs.effects(cmd, env)
    if cmd.redirects or cmd.pipe_from or any("(" in w.value or "_all" in w.value or "." in w.value for w in cmd.argv[1:]):
        from automode.knowledge import (
            ormcalls,  # (code on the command line or fed to a console: a cheap test first)
        )

        if ormcalls.maybe(cmd):
            yield from ormcalls.effects(cmd)
