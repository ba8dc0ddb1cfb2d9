"""Writes that reach an agent's or automode's controls later (issue 13 point 3: protect by effect).

A task file's routine task that deletes the controls, and a diff written to a file that a later `git apply FILE` or
`patch < FILE` applies (automode does not read the file when it is applied): both are judged where they are written.
"""

from __future__ import annotations

from automode import controls, lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import Facts


def control(e: Effect) -> bool:
    """A write, delete or permission change of an agent's or automode's controls (`automode.controls`)."""
    loc = controls.locate(e.target) if e.kind in ("write", "delete", "chmod") else None
    # (the files that steer the agent or automode, or a whole control directory: not a cache beside them)
    return loc is not None and (loc.control or (e.kind == "delete" and loc.is_root))


def diff_controls(a: Facts, path: str, text: str) -> None:
    """A diff written to a file (`/tmp/x.patch`) that a later `git apply` or `patch` applies: automode does not read
    the file when it is applied, so the controls of an agent or of automode it would rewrite are judged now, where
    the diff is written (its paths taken from the project root, as `patch` without `-p` strips `a/` and `b/`)."""
    from automode.files import _rel
    from automode.knowledge.programs_carry import lower_hook
    from automode.shell.commands import Env, command_effects
    from automode.shell.lower import Lowerer

    if PATCH_HEADER.search(text) is None:
        return
    lw = Lowerer(a.home, a.cwd, lower_hook)
    fence = "AUTOMODE_DIFF_END"
    lw.source(f"patch <<'{fence}'\n{text}\n{fence}", via=(f"applies later {_rel(path, a.root)}",), cwd=a.root)
    env = Env(a.home, a.root)
    a.effects.extend(e for cmd in lw.out.commands for e in command_effects(cmd, env) if control(e))


#: A unified diff's target header (`+++ b/x`; an Edit may change only that line), as `patch` and `git apply` read it.
PATCH_HEADER = lazyre.compile(r"(?m)^\+\+\+ \S")


