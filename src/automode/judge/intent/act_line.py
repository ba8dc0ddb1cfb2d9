"""The one command of a line that acts (session 27, R2): `curl … | jq .` is the request, `echo '{…}' | kcat -P …` the
publish; the other commands only feed it a literal or show what it printed. A line that writes a file beside the
act, or holds two acts, has none."""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: Programs that only read or show what a request printed (`curl … | jq .`, `| head -20`): no act of their own.
_SHOWERS = frozenset({"jq", "yq", "gojq", "jless", "head", "tail", "cat", "less", "more", "grep", "rg", "sort", "uniq",
                      "wc", "column", "fx", "echo", "printf"})  # fmt: skip


def the_act(a: Analysis) -> Command | None:
    """The one command that acts, when every other command of the line only feeds it a literal or shows what it
    printed (`echo '{…}' | kcat -P …`, `curl … | jq .`); None otherwise."""
    acting = [c for c in a.commands if c.name not in _SHOWERS or any(w.value in ("-i", "--in-place") for w in c.argv)]
    if len(acting) != 1 or any(r.op in (">", ">>", "&>") for c in a.commands for r in c.redirects
                               if (r.target.value if r.target is not None else "") not in ("/dev/null", "&1", "&2", "")):
        return None
    i = a.commands.index(acting[0])
    if any(c.name not in ("echo", "printf") or any(w.dynamic for w in c.argv) for c in a.commands[:i]):
        return None  # (what feeds the act is a literal, never a file's or a command's output)
    return acting[0]
