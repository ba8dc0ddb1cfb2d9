"""A tunnel the user asked for in so many words (AM-RCE-005, session 15 false blocks): "publish port 3000 on the
bastion's public 8080 with ssh -R", "expose my local 5173 with ngrok", "funnel port 3000 with tailscale".

The rule denies a tunnel into this machine because anyone who gets its address reaches the machine. Asked for, it
is the user's decision, provided it is the tunnel they described: the way (the tunnel's tool or the act: tunnel,
expose, reverse forward, funnel), every port it opens (the local one and, for `ssh -R`, the remote one), and the
host it opens on (`ssh -R` to the bastion named by its first label). A port or host the user did not name keeps the
rule's verdict: a tunnel to another place or of another service is not the one asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: The user's words for opening a tunnel (the act, or a tool that does it).
_WAY = lazyre.compile(r"(?i)\b(?:tunnel\w*|expos\w+|reverse[- ](?:forward\w*|port|proxy)|ssh\s+-R|-R\b|funnel\w*|"
                      r"ngrok|cloudflared|localtunnel|bore|devtunnel|zrok|pinggy|tailscale\s+(?:funnel|serve)|tmate|upterm|sshx|tty-share|"
                      r"publish\w*\s+(?:the\s+|my\s+)?(?:local\s+)?port|public\s+(?:url|link|port)|share\s+(?:my\s+|the\s+)?"
                      r"(?:local\s+)?(?:port|server|dev\s+server|app))")  # fmt: skip
#: A negation just before the words of the way, in their sentence ("don't expose", "never open a tunnel").
_NEGATED = lazyre.compile(r"(?i)\b(?:don'?t|do\s+not|never|no|not|without|avoid|stop)\b[^.;!?\n]{0,40}$")
_NUM = lazyre.compile(r"(?<![\w.])(\d{2,5})(?![\w.])")


def _ssh_forwards(cmd: Command) -> list[str]:
    """The ports of an `ssh -R` forward (`[bind:]port:host:hostport`, or `-R port` for a dynamic one)."""
    words = [w.value for w in cmd.argv[1:]]
    specs = []
    for i, w in enumerate(words):
        if w == "-R" and i + 1 < len(words):
            specs.append(words[i + 1])
        elif w.startswith("-R") and len(w) > 2:
            specs.append(w[2:])
    return [p for s in specs for p in re.findall(r"(?<![\w.])\d{2,5}(?![\w.])", s)]


def _ssh_host(cmd: Command) -> str:
    """The host `ssh` connects to (its first operand that is not an option's value)."""
    takes = set("bcDEeFIiJLlmOopQRSWw")
    words = [w.value for w in cmd.argv[1:]]
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("-") and len(w) >= 2:
            if w[-1] in takes and len(w) == 2:
                i += 2
                continue
            i += 1
            continue
        return w.rsplit("@", 1)[-1]
    return ""


def asked_tunnel(a: Analysis) -> str | None:
    """The user's words that ask for this very tunnel, or None."""
    from automode.rules.remote_exec import TERMINAL_RELAYS, TUNNELS

    msgs = tuple(a.ctx.user_messages)
    if not msgs:
        return None
    asked = _asked_way(msgs)
    if asked is None:
        return None
    way, numbers, low = asked
    seen = False
    for c in a.commands:
        if c.name == "ssh":
            ports = _ssh_forwards(c)
            if not ports:
                continue
            host = _ssh_host(c).lower()
            first = host.split(".", 1)[0]
            if not host or not (host in low or (len(first) >= 3 and lazyre.whole(first, low, r"[\w.-]"))):
                return None  # a tunnel opened on a host the user did not name
        elif c.name in TERMINAL_RELAYS:  # a shared terminal opens no port: the tool the user named is the request
            if not lazyre.whole(c.name, low, r"[\w.-]"):
                return None
            seen = True
            continue
        elif c.name in TUNNELS:
            ports = [p for w in c.argv[1:] for p in re.findall(r"(?<![\w.])\d{2,5}(?![\w.])", w.value)]
            if not ports and not any(w.value.lower() in low for w in c.argv[1:] if len(w.value) >= 3
                                     and not w.value.startswith("-") and w.value.lower() not in TUNNELS[c.name]):
                return None  # (a tunnel of a path or a service the user did not name)
        else:
            continue
        if any(p not in numbers for p in ports):
            return None  # a port the user did not name
        seen = True
    return way if seen else None


@lru_cache(maxsize=64)  # (a fact of the session's words: read once per session, not per action)
def _asked_way(msgs: tuple[str, ...]) -> tuple[str, frozenset[str], str] | None:
    """The words that ask for a tunnel (the newest message naming one, not taken back, held or negated since), the
    numbers they say, and their text lowered; None when no standing message asks for one."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.stance_withdraw import withdraws_all
    from automode.judge.intent.tail import unread_no
    from automode.judge.intent.text import parse_message

    at = next((i for i in range(len(msgs) - 1, -1, -1) if _WAY.search(msgs[i]) or _WAY.search(gloss(msgs[i]))), -1)
    if at < 0:
        return None
    for later in msgs[at:]:  # taken back or put on hold since ("wait, not yet", "laisse tomber", "no")
        pm = parse_message(later)
        if pm.hold or pm.withdrawn or withdraws_all(later):
            return None
    if unread_no(msgs):
        return None
    for said_at in (msgs[at], gloss(msgs[at])):
        hit = _WAY.search(said_at)
        if hit is not None and _NEGATED.search(said_at[:hit.start()]):
            return None  # "don't expose port 3000 with ngrok": a boundary, not a request
    said = "\n".join([*msgs[at:], *(g for x in msgs[at:] if (g := gloss(x)) != x)])
    way = _WAY.search(said)
    if way is None:
        return None
    return way.group(0), frozenset(_NUM.findall(said)), said.lower()
