"""A line sent to a server's admin socket, asked for in so many words (session 27, R2): "put api-3 in maintenance:
disable server be_api/api-3 on the haproxy admin socket" answered with `echo "disable server be_api/api-3" | sudo
socat stdio /run/haproxy/admin.sock` is that act (AM-SEC-005 asked about the root the socket needs).

`knowledge.admin_sockets` reads each line the socket gets (HAProxy, Varnish, clamd) with its act. The release needs
every line to be the user's: the program named ("haproxy", "varnish"), the line's act class (`ACT_CLASSES`, over the
line's leading words) said in any language (`act_words`), and every object and value of the line (the backend/server,
a weight, a URL pattern) said. The neighbour that changes the act (`enable` for "disable", `set … state maint` for
"drain") on the object named is refused (`other_act`).
"""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.admin_sockets import SocketAct
    from automode.model import Finding

#: Rules a named socket line fires on its own account: the root the socket needs, a change to live infrastructure.
RULES = frozenset({"AM-SEC-005", "AM-TRUST-002", "AM-EXFIL-019"})
#: (program, regex over the line's start, act class). First match wins.
ACT_CLASSES: tuple[tuple[str, str, str], ...] = (
    ("haproxy", r"^disable\b", "disable"),
    ("haproxy", r"^enable\b", "enable"),
    ("haproxy", r"^set\s+server\s+\S+\s+state\s+(?:maint|drain)\b", "disable update"),
    ("haproxy", r"^set\s+server\s+\S+\s+state\s+ready\b", "enable update"),
    ("haproxy", r"^set\b", "update"),
    ("haproxy", r"^add\b", "add"),
    ("haproxy", r"^(?:del|clear|shutdown)\b", "delete"),
    ("varnish", r"^(?:ban|ban\.url)\b", "delete"),
    ("varnish", r"^(?:vcl\.use|vcl\.load|param\.set)\b", "update"),
    ("varnish", r"^vcl\.discard\b", "delete"),
    ("clamd", r"^n?reload\b", "restart"),
    ("clamd", r"^n?shutdown\b", "shutdown"),
)
#: A line's own words: its verbs and the nouns of its grammar, never an object.
_GRAMMAR = frozenset({"disable", "enable", "set", "add", "del", "clear", "shutdown", "server", "servers", "frontend",
                      "backend", "health", "agent", "weight", "maxconn", "state", "session", "sessions", "table",
                      "map", "acl", "counters", "ssl", "cert", "ban", "ban.url", "vcl.use", "vcl.load", "param.set",
                      "vcl.discard", "reload", "ready", "drain", "maint", "~", "==", "&&"})  # fmt: skip


def act_class(s: SocketAct) -> frozenset[str]:
    """The act classes of one socket line (either said names it: `set server X state drain` is a disable and a
    set); empty when no row reads it."""
    line = s.line.strip().lower()
    return next((frozenset(cls.split()) for prog, rx, cls in ACT_CLASSES if prog == s.program and re.search(rx, line)),
                frozenset())


def _objects(s: SocketAct) -> list[str]:
    return [w for w in s.line.split() if w.lower() not in _GRAMMAR]


def _said(value: str, text: str) -> bool:
    v = value.lower().strip("'\"")
    return bool(v) and re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-]|\.\w)", text) is not None


def _lines(a: Analysis) -> list[SocketAct]:
    from automode.knowledge.admin_sockets import acts

    return [s for c in a.commands for s in acts(c)]


def socket_named(found: list[Finding], a: Analysis) -> str | None:
    """The user's words that ask for these socket lines, when every finding standing is one such a line fires on its
    own account; None otherwise."""
    from automode.knowledge.act_words import said_acts

    pending = [f for f in found if f.verdict != "allow"]
    if not pending or any(f.rule.floor or f.rule.id not in RULES for f in pending) or not a.shell:
        return None
    lines = _lines(a)
    if not lines or any(c.remote for c in a.commands):
        return None
    for msg in reversed(a.ctx.user_messages):
        text = msg.lower()
        said = said_acts(msg)
        if all(s.program in text and act_class(s) & said and all(_said(o, text) for o in _objects(s))
               for s in lines):
            return msg
    return None


def other_act(a: Analysis) -> str | None:
    """A socket line on the object the words name whose act is not the one they say (`enable server X` for "disable
    server X")."""
    from automode.knowledge.act_words import said_acts

    if not a.shell or not a.ctx.user_messages:
        return None
    lines = _lines(a)
    if not lines:
        return None
    msg = a.ctx.user_messages[-1]
    text = msg.lower()
    said = said_acts(msg) & {c for _p, _r, cls in ACT_CLASSES for c in cls.split()}
    for s in lines:
        cls = act_class(s)
        objs = _objects(s)
        if said and cls and not cls & said and objs and all(_said(o, text) for o in objs):
            return f"you asked to {sorted(said)[0]} {objs[0]}; `{s.line[:60]}` does another act on it"
    return None


#: (words, line, released) checked by the tests.
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("disable server be_api/api-3 on the haproxy admin socket", "disable server be_api/api-3", True),
    ("setze das Gewicht von be_app/app-1 auf 50 über den HAProxy-Admin-Socket", "set weight be_app/app-1 50", True),
    ("disable server be_api/api-3 on the haproxy admin socket", "disable server be_api/api-4", False),
)
