"""Commands fed to a server's admin socket (session 26, Q6 inline): `echo "disable server be_web/web2" | socat stdio
/var/run/haproxy/admin.sock` takes a server out of the load balancer, whatever request it answers.

A program's runtime API read as lines of text on a Unix or TCP socket, written by `socat`, `nc` and the other socket
clients of `shell.sockets` (whose Redis, memcached, SMTP and HTTP texts are lowered to their own clients there). Each
line that acts is an act with its object: the server, backend, frontend, table or URL pattern it names. The judge
compares it with the user's words like any other write (`judge.intent.looked_acts`, `judge.intent.unasked_data`).

Sources: HAProxy's management guide, "Unix Socket commands" (docs.haproxy.org/3.0/management.html#9.3: `disable|enable
server|frontend|health|agent`, `set server … state ready|drain|maint`, `set weight`, `set maxconn`, `shutdown
session|sessions server|frontend`, `clear table|counters|map|acl`, `add|del|set map|acl|server`, `commit ssl cert`; the
reads `show …`, `get …`, `help`), Varnish's CLI (varnish-cache.org/docs/trunk/reference/varnish-cli.html: `ban`,
`vcl.discard`, `vcl.use`, `param.set`, `stop`), ClamAV's clamd socket (`SHUTDOWN`, `RELOAD`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command


@dataclass(frozen=True, slots=True)
class SocketAct:
    """One line of a runtime API that acts: `verb` delete | update, the object it names (`target`), the line."""

    program: str
    verb: str
    target: str
    line: str


# fmt: off
#: (program, verb, pattern on one line, lower case). A line no row matches reads or is unknown (nothing to compare).
ROWS: tuple[tuple[str, str, str], ...] = (
    ("haproxy", "delete", r"^shutdown\s+(?:session|sessions|frontend)\b"),
    ("haproxy", "delete", r"^clear\s+(?:table|counters|map|acl)\b"),
    ("haproxy", "delete", r"^del\s+(?:server|map|acl|ssl|backend)\b"),
    ("haproxy", "update", r"^(?:disable|enable)\s+(?:server|frontend|backend|health|agent|dynamic-cookie)\b"),
    ("haproxy", "update", r"^set\s+(?:server|weight|maxconn|rate-limit|map|table|dynamic-cookie-key|ssl|var)\b"),
    ("haproxy", "update", r"^(?:add\s+(?:server|map|acl|ssl)|commit\s+ssl|new\s+ssl|abort\s+ssl)\b"),
    ("varnish", "delete", r"^(?:ban|ban\.url)\s+\S|^vcl\.discard\b"),
    ("varnish", "update", r"^(?:vcl\.use|vcl\.load|vcl\.inline|param\.set|stop|start)\b"),
    ("clamd", "update", r"^n?(?:shutdown|reload)\b"),
)
# fmt: on
_ROWS = tuple((prog, verb, re.compile(rx, re.I)) for prog, verb, rx in ROWS)
#: Where a program's admin socket is, by the socket's path or port (the text's own verbs decide otherwise).
_WHERE = {"haproxy": lazyre.compile(r"(?i)haproxy|hapee|admin\.sock|stats\.sock"),
          "varnish": lazyre.compile(r"(?i)varnish|(?:^|:)6082$"),
          "clamd": lazyre.compile(r"(?i)clamd|clamav|(?:^|:)3310$")}
#: The object a line names: HAProxy's `backend/server`, a frontend, table or map name; Varnish's URL pattern.
_OBJECT = lazyre.compile(r"(?i)^\S+\s+(?:server|sessions\s+server|session|frontend|backend|health|agent|table|map|acl|"
                         r"counters|weight|maxconn|ssl\s+cert)?\s*([\w./@:~*^$-]+)")
CLIENTS = frozenset({"socat", "nc", "ncat", "netcat", "nc.openbsd", "nc.traditional", "telnet"})


def acts(cmd: Command) -> list[SocketAct]:
    """Each line that acts in the text a socket client writes to a program's admin socket ([] for none)."""
    if cmd.name not in CLIENTS:
        return []
    where = _where(cmd)
    if where is None:
        return []
    text, known = cmd.stdin_text()
    if not text or not known:
        return []
    out: list[SocketAct] = []
    for raw in text.replace("\r\n", "\n").replace(";", "\n").split("\n")[:64]:
        line = raw.strip()
        if not line:
            continue
        for prog, verb, rx in _ROWS:
            if rx.search(line) and (_WHERE[prog].search(where) or (prog == "haproxy" and "/" in line.split()[-1])):
                m = _OBJECT.match(line)
                target = (m.group(1) if m else "").rsplit("/", 1)[-1]
                out.append(SocketAct(prog, verb, target, line[:200]))
                break
    return out


def _where(cmd: Command) -> str | None:
    """The socket path or `host:port` the client writes to (a bare path for socat's GOPEN address too)."""
    from automode.shell.sockets import _target

    got = _target(cmd)
    if got is not None:
        return f"{got[0]}:{got[1]}" if got[1] else got[0]
    if cmd.name == "socat":
        for w in cmd.argv[1:]:
            m = _SOCAT_TCP.match(w.value)
            if m is not None or (w.value.startswith("/") and "sock" in w.value):
                return f"{m.group(1)}:{m.group(2)}" if m is not None else w.value
    return None


#: socat's TCP addresses `shell.sockets` does not read (`tcp4-connect:HOST:PORT`, `tcp6-connect:…`).
_SOCAT_TCP = lazyre.compile(r"(?i)^tcp[46]?-connect:([^:,]+):(\d+)")


#: The mark (`Effect.op`) of an act read from a line of an admin socket.
OP = "line"


#: (command, the acts as "program:verb:target"; () for none)
FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ('echo "disable server be_web/web2" | socat stdio /var/run/haproxy/admin.sock', ("haproxy:update:web2",)),
    ("printf 'set server be_api/api1 state maint\\n' | socat - UNIX-CONNECT:/run/haproxy.sock", ("haproxy:update:api1",)),
    ('echo "shutdown sessions server be_web/web1" | socat stdio tcp4-connect:lb1.internal:9999', ("haproxy:delete:web1",)),
    ('echo "clear table st_src" | socat stdio /run/haproxy/admin.sock', ("haproxy:delete:st_src",)),
    ('echo "show servers state" | socat stdio /var/run/haproxy/admin.sock', ()),
    ('echo "show stat" | nc -U /run/haproxy/admin.sock', ()),
    ("printf 'ban req.url ~ ^/products\\n' | nc localhost 6082", ("varnish:delete:req.url",)),
    ("echo SHUTDOWN | socat - UNIX-CONNECT:/run/clamav/clamd.ctl", ("clamd:update:",)),
    ("echo PING | socat - UNIX-CONNECT:/run/clamav/clamd.ctl", ()),
)
