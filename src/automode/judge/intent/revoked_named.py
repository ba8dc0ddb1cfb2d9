"""The certificate or token a revocation takes, against the one the user named (session 25, P1): "revoke serial 1A3F"
answered with `openssl ca -revoke newcerts/1A40.pem` revokes another certificate. A revoker's objects are its id
operands and option values and the stems of the certificate files it is given (`newcerts/1A3F.pem` is serial 1A3F);
when the user's words name ids (a serial, an accessor: a word with a digit, three characters or more) and none of
them is among the objects, another one is revoked."""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_ID = re.compile(r"(?<![\w.-])([0-9a-f]{2,}(?:[:-][0-9a-f]{2,})*)(?![\w.-])", re.I)
_CERT_FILE = re.compile(r"(?i)(?:^|/)([\w:-]+)\.(?:pem|crt|cer|der)$")


def _ids(text: str) -> set[str]:
    return {m.lower() for m in _ID.findall(text) if any(c.isdigit() for c in m) and len(m) >= 3}


def other_revoked(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when a revocation takes an id the user did not name while naming others; None otherwise."""
    from automode.knowledge.shared_acts import issued

    if not a.shell or not a.ctx.user_messages:
        return None
    said = set().union(*(_ids(m) for m in a.ctx.user_messages[-3:]))
    if not said:
        return None
    for c in a.commands:
        got = issued(c)
        if got is None or got[0] != "revoke":
            continue
        objects: set[str] = set()
        for w in c.argv[1:]:
            v = w.value.partition("=")[2] if w.value.startswith("-") and "=" in w.value else w.value
            m = _CERT_FILE.search(v)
            if m is not None:
                objects.add(m.group(1).lower())
            elif not v.startswith("-"):
                objects |= {i for i in _ids(v) if i == v.lower()}
        if objects and not objects & said:
            return "deny", (f"you named {sorted(said)[0]} to revoke; `{(c.text or c.name)[:80]}` revokes "
                            f"{sorted(objects)[0]}, another one")
    return None
