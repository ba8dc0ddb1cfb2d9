"""A test mail sent as the user asked (session 25, P1): "send a test mail to qa@orbitel.io through smtp-dev with
swaks" answered with `swaks --to qa@orbitel.io --from noreply@orbitel.io --server smtp-dev.orbitel.int:25`. The
sender is the organisation's own no-reply address, in the domain of the recipient the user named, handed to the
server the user named: it names no party the user must name. Another sender (a person's address, another domain) or
another server stays an object of the act."""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Local parts of an organisation's own sending addresses.
NO_REPLY = frozenset({"noreply", "no-reply", "donotreply", "do-not-reply", "no_reply", "mailer", "notifications",
                      "notification", "alerts", "test", "testing"})  # fmt: skip
_ADDR = re.compile(r"(?<![\w.+-])[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)


def own_senders(a: Analysis) -> set[str]:
    """The no-reply senders of a mail to a named recipient, through a named server, in that recipient's domain."""
    from automode.knowledge.shared_acts import MAIL_OPTS

    if not a.shell or not a.ctx.user_messages:
        return set()
    text = "\n".join(a.ctx.user_messages[-3:]).lower()
    domains = set(_ADDR.findall(text))
    if not domains:
        return set()
    out: set[str] = set()
    for c in a.commands:
        name = c.name.rsplit("/", 1)[-1]
        if name not in MAIL_OPTS:
            continue
        senders, servers = MAIL_OPTS[name]
        words = [w.value for w in c.argv[1:] if not w.dynamic]
        found: list[str] = []
        server = ""
        for i, w in enumerate(words):
            key, eq, val = w.partition("=")
            v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
            if key in senders:
                found.append(v.strip("<>").lower())
            elif key in servers:
                server = v.lower()
        host = server.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]
        first = host.split(".", 1)[0]
        if not first or re.search(r"(?<![\w.-])" + re.escape(first) + r"(?![\w-])", text) is None:
            continue  # the server is the user's word ("through smtp-dev")
        for s in found:
            local, _at, dom = s.partition("@")
            if local in NO_REPLY and dom in domains:
                out.add(s)
    return out
