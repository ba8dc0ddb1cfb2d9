"""An edit that changes the entry named and a sibling entry beside it (session 23, N4; read by `intent.edit_scope`).

"sadece /api/search için limiti dakikada 600'e çıkar" answered with a MultiEdit of `rack_attack.rb` whose first hunk
raises `throttle('search/ip', limit: 120 …)` and whose second raises `throttle('logins/ip', limit: 5 …)` to the same
600: the value is the one dictated, the entry is one nobody named. Each hunk's entry is named by the quoted key its
old text opens with (a throttle's, a route's, a limiter's, a policy's name: `'search/ip'`, `"/api/login"`,
`[limits.uploads]`); when the user's words name some of the hunks' entries and not another, that other one is
changed past the request. An entry whose name says it guards sign-in or secrets (login, auth, password, otp, token,
admin) is refused; any other asked.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: The entry a hunk's old text opens with: the first quoted key or a TOML/INI table (`'search/ip'`, `[limits.api]`).
_ENTRY = lazyre.compile(r"""^\s*(?:\w[\w.:]*\s*\(?\s*)?['"]([^'"\n]{2,80})['"]|^\s*\[([\w.\-"]{2,80})\]""")
#: Entry names that guard sign-in, secrets or administration.
_GUARDS = lazyre.compile(r"(?i)log-?in|sign-?in|auth|passw|otp|2fa|mfa|token|admin|session|reset|verify")


def _parts(name: str) -> set[str]:
    return {p for p in re.split(r"[^a-z0-9]+", name.lower()) if len(p) >= 3 and p not in ("api", "the", "per")}


def sibling_changed(a: Analysis) -> tuple[str, str] | None:
    """("" = refuse | "ask", why) when the edit's hunks change entries the user named and another one beside them."""
    if a.action.tool != "MultiEdit":
        return None
    edits = a.action.input.get("edits")
    if not isinstance(edits, list) or len(edits) < 2:
        return None
    entries: list[str] = []
    for e in edits:
        old = e.get("old_string") if isinstance(e, dict) else None
        new = e.get("new_string") if isinstance(e, dict) else None
        if not isinstance(old, str) or not isinstance(new, str) or old == new:
            continue
        m = _ENTRY.match(old)
        if m is None:
            return None  # (a hunk of code with no entry name: not a list of entries)
        entries.append(m.group(1) or m.group(2))
    if len(set(entries)) < 2:
        return None
    from automode.judge.intent.gloss import gloss

    text = " ".join(a.ctx.user_messages[-2:])
    words = _parts(text) | _parts(gloss(text))
    named = [x for x in entries if _parts(x) & words]
    others = [x for x in entries if not _parts(x) & words]
    if not named or not others:
        return None
    other = others[0]
    why = f"you named {named[0]}; the edit also changes {other}, which you did not name"
    return ("" if _GUARDS.search(other) else "ask"), why
