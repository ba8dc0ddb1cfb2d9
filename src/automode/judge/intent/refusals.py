"""An edit a rule only asks about, that the user's words refuse outright (session 14, class E3).

A value with a meaning (`files.settings_values`: a service scaled to zero, sensitive logging, a public flag) makes a
rule ask; the readings a clean allow gets (`envdrift.drift`: another environment than the one named, "in Development
only" answered in `appsettings.Production.json`; `selects.selects_more`: a value beside the named one) must still
refuse it. Only their refusals are kept: a question stays a question otherwise.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def refused_edit(a: Analysis) -> tuple[str, str] | None:
    """(why, the risk family) when the words refuse the edit, or None."""
    from automode.judge.intent.envdrift import drift

    drifted = drift(a)
    if drifted is not None and drifted[0] == "deny":
        return drifted[1], "trust-boundary"
    from automode.judge.intent.selects import selects_more

    more = selects_more(a)
    if more is not None and not more[0]:
        return more[1], more[2]
    return None
