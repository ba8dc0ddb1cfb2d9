"""Builtins that evaluate text given to them (red team s21), beside `mapfile -C` (session 13).

bash(1): `compgen -C COMMAND WORD` runs COMMAND at once (in a subshell) to make the completions of WORD, and `compgen
-F FUNCTION` calls FUNCTION; `complete -C/-F` only registers them for an interactive shell, which an agent's shell is
not, so only `compgen` runs anything. `history -s TEXT` puts TEXT into the history list, and `fc -s [PATTERN]`, `fc
-e EDITOR` and a bare `fc` run commands from that list: the text put there is what a later `fc` runs, so it is
lowered as run; an `fc` that re-runs commands the action did not put there runs something automode cannot see.
"""

from __future__ import annotations

from automode.shell import staged
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

NAMES = frozenset({"mapfile", "readarray", "compgen", "history", "fc"})
#: compgen(1) options whose value is code it runs (`-C COMMAND`) or a function it calls (`-F FUNCTION`)
COMPGEN_CODE = {"-C": " x x", "-F": ""}


def evaluated(cmd: Command) -> list[tuple[str, str]]:
    """(code, label) pairs of the text this builtin evaluates."""
    name = cmd.name
    if name in ("mapfile", "readarray"):
        cb = staged.callback_code(cmd)
        return [(cb, f"{name} -C")] if cb else []
    args = cmd.argv[1:]
    out: list[tuple[str, str]] = []
    if name == "compgen":
        for i, w in enumerate(args[:-1]):
            if w.value in COMPGEN_CODE and not args[i + 1].dynamic:
                out.append((args[i + 1].value + COMPGEN_CODE[w.value], f"compgen {w.value}"))
    elif name == "history":
        vals = [w.value for w in args]
        if "-s" in vals:
            text = " ".join(vals[vals.index("-s") + 1 :])
            if text.strip():
                out.append((text, "history -s (what `fc` runs again)"))
    return out


def unseen_rerun(cmd: Command, put: bool) -> str | None:
    """`fc -s`, `fc -e vi`: commands run again from a history automode did not see (`put`: the action put some)."""
    if cmd.name != "fc" or put:
        return None
    vals = [w.value for w in cmd.argv[1:]]
    if any(v.startswith("-") and "l" in v[1:] for v in vals):
        return None  # `fc -l`: lists
    return "`fc` runs commands again from the shell's history, which automode cannot see"
