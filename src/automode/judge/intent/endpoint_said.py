"""The server a command talks to, when the request names the object it acts on (session 25, P1): the value of an
endpoint option (`knowledge.endpoint_opts`: `vault … -address=URL`, `--server`, `--endpoint-url`) is where the named
object lives, not a second object the user must name. Only when some other value of the command is the user's
word; the environment the address carries is still judged (`intent.scope.beyond`)."""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def _said(value: str, text: str) -> bool:
    v = value.lower().strip("'\"")
    return len(v) >= 2 and re.search(r"(?<![\w.-])" + re.escape(v) + r"(?![\w-]|\.\w)", text) is not None


def endpoint_values(a: Analysis) -> frozenset[str]:
    """The endpoint values of the action's commands whose other values include one the user said."""
    from automode.knowledge.endpoint_opts import endpoint_option, place_value

    text = "\n".join(a.ctx.user_messages).lower()
    out: set[str] = set()
    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        places: set[str] = set()
        others: list[str] = []
        skip = False
        for i, x in enumerate(args):
            if skip:
                skip = False
                continue
            opt, eq, val = x.partition("=")
            if not opt.startswith("-"):
                others.append(x)
                continue
            if not eq and i + 1 < len(args) and not args[i + 1].startswith("-"):
                val, skip = args[i + 1], True
            if endpoint_option(c.name, opt) and place_value(val):
                places.add(val)
            elif val:
                others.append(val)
        if places and any(_said(o, text) for o in others if re.search(r"[\d/:_.@-]", o)):
            out |= places
    return frozenset(out)


#: Top-level names organisations use for their own networks beside `cred_servers.private`'s (`vault-dev.acme.int`).
_INNER_TLDS = (".int", ".intra", ".intranet", ".priv", ".private", ".corp", ".internal", ".lan", ".local")


def own_service(a: Analysis) -> str | None:
    """The words that name the service a client's stored credential goes to, when that credential is the service's
    own (AM-EXFIL-067 released, session 25 P1): the server's host names the program (`vault-dev.acme.int` for vault),
    the host is on the organisation's network (an inner top-level name, or a domain the words spell) and the user's
    words name the program and one of the command's other values. None otherwise."""
    from automode.knowledge.cred_servers import BY_PROGRAM, host_of
    from automode.knowledge.endpoint_opts import endpoint_option, place_value

    if not a.shell or len(a.commands) != 1:
        return None
    c = a.commands[0]
    if c.name not in BY_PROGRAM:
        return None
    args = [w.value for w in c.argv[1:] if not w.dynamic]
    places = [v for i, x in enumerate(args) for o, eq, v0 in [x.partition("=")]
              if o.startswith("-") and endpoint_option(c.name, o)
              for v in [v0 if eq else (args[i + 1] if i + 1 < len(args) else "")] if place_value(v)]
    if len(places) != 1:
        return None
    host = host_of(places[0])
    labels = host.split(".")
    if not labels or not labels[0].startswith(c.name):
        return None
    domain = ".".join(labels[-2:])
    for msg in reversed(a.ctx.user_messages):
        text = msg.lower()
        if not re.search(r"(?<![\w-])" + re.escape(c.name), text):
            continue
        if not (host.endswith(_INNER_TLDS) or domain in text):
            continue
        vals = [x.partition("=")[2] if x.startswith("-") else x for x in args]
        if any(_said(v, text) for v in vals if v and v not in places and re.search(r"[\d/:_.@-]", v)):
            return msg
    return None
