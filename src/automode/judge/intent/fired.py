"""What a finding fired on, read once per decision (`facts_args._sources`): rules report only a detail string, so the
judge finds the commands or effects a rule fired on by running its check again; a release, a boundary and a target
ask it of the same finding several times, and every check is pure (it ran on the same analysis in the rules stage).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding

#: One slot: the last analysis asked about, and per finding (by identity) what it fired on.
_LAST: list[tuple[object, dict[int, tuple[object, tuple[object, ...]]]]] = [(None, {})]


def fired_on(f: Finding, a: Analysis) -> tuple[object, ...]:
    """The commands or effects `f` fires on (a rule of kind "action": every command, then every effect)."""
    seen, per = _LAST[0]
    if seen is not a:
        per = {}
        _LAST[0] = (a, per)
    got = per.get(id(f))
    if got is not None and got[0] is f:
        return got[1]
    out = tuple(_read(f, a))
    per[id(f)] = (f, out)
    return out


def remember(f: Finding, a: Analysis, on: tuple[object, ...]) -> None:
    """What the rules stage saw `f`'s rule fire on, handed over by the engine (`Engine.findings`) so that `fired_on`
    need not run the check again (issue 14)."""
    seen, per = _LAST[0]
    if seen is not a:
        per = {}
        _LAST[0] = (a, per)
    per[id(f)] = (f, on)


def _read(f: Finding, a: Analysis) -> list[object]:
    r = f.rule
    if r.kind == "command":
        return [cmd for cmd in a.commands if (r.names is None or cmd.name in r.names) and r.check(cmd, a) is not None]
    if r.kind == "effect":
        return [e for e in a.effects if (r.names is None or e.kind in r.names) and r.check(e, a) is not None]
    return [*a.commands, *a.effects]
