"""Substitutions inside a request (F4, session 15; issue 12): the action does what was asked, on another object or
with more than was named. One entry for the judge (`judge.review`, on every allow and ask the user's words reached):

* another object of a kind the user named, or the named one and more (`intent.identity`: ids, entities, hosts,
  packages, recipients, attachments, phone numbers by their digits);
* a home automation device other than the one named or described (`intent.entities`);
* an edit of a CI file that adds a unit of another act than the one asked (`intent.added_units`).

`substituted(a)` returns the strictest ("deny" | "ask", why, rule id) or None.
"""

from __future__ import annotations

from automode.judge.outcome import BEYOND, OTHER_OBJECT
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def substituted(a: Analysis) -> tuple[str, str, str] | None:
    """The strictest finding of the checks above, ("deny" | "ask", why, rule id); None when none finds anything."""
    from automode.judge.intent.identity import other_object

    other = other_object(a)  # "merge PR 57" answered with 58, "add jdoe to Helpdesk-Tier1" with Domain Admins
    if other is not None and other[0] == "deny":
        return other[0], other[1], OTHER_OBJECT
    if a.action.tool.startswith("mcp__") or a.shell:
        from automode.judge.intent.entities import other_entity

        device = other_entity(a)  # "zet het licht op zolder uit" answered with the server cabinet's power switch
        if device is not None and (other is None or device[0] == "deny"):
            return device[0], device[1], OTHER_OBJECT
    if a.write is not None:
        from automode.judge.intent.added_units import beyond

        more = beyond(a)  # "add a lint step" answered with the lint step and a deploy
        if more is not None and (other is None or more[0] == "deny"):
            return more[0], more[1], BEYOND
    return (other[0], other[1], OTHER_OBJECT) if other is not None else None
