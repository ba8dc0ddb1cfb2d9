"""A system path on another host that the user named together with that host (session 12, C3).

System places are outside what a request in a chat settles on *this* machine (SPEC §5): the agent's host is the
user's workstation. On another host reached over ssh, `/var/log/billing` or `/srv/app/releases` is that service's
own place, and a request that names the host and the path ("on billing-01.internal delete the logs in
/var/log/billing older than 90 days") names exactly what the command acts on. Such a delete or write is judged like
any other named one (`scope.beyond` still compares the filter, the age and the place); a critical path (`/etc/passwd`,
`/`, a device) stays out of reach, and so does a path the user did not spell or a host they did not name.
"""

from __future__ import annotations

from automode import lazyre
from automode.judge.intent.said import joined
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect

#: An absolute path as the user writes it (`/var/log/billing`, `/srv/app/releases/`).
_PATH = lazyre.compile(r"(?<![\w.~$/-])(/[A-Za-z0-9_.@+-]+(?:/[A-Za-z0-9_.@+*-]+)*)/?")
#: Directories too wide to be the named place of a delete even when spelled (a whole system tree).
_TOO_WIDE = frozenset({"/", "/var", "/etc", "/usr", "/opt", "/srv", "/home", "/root", "/var/log", "/var/lib", "/usr/lib",
                       "/usr/local", "/var/cache", "/boot", "/lib", "/bin", "/sbin"})  # fmt: skip


#: Words for hosts that a group's name is joined to with a hyphen ("die web-Hosts", "les db-serveurs").
HOST_NOUNS = ("host", "server", "servidor", "serveur", "knoten", "node", "maschine", "machine", "box", "vm", "rechner",
              "instance", "instanz", "minion")


def remote_host(e: Effect) -> str:
    """The host an effect happens on when a remote shell runs it (`ssh deploy@box '…'`), else ""."""
    from automode.shell.remote import HOST_LABELS

    for v in reversed(e.via):
        head, _, host = v.partition(" ")
        if head in HOST_LABELS and host:  # (`ssh deploy@box`, `pdsh web-3`, `ansible db-01`: the carrier's host)
            return host.strip().strip("'\"").rsplit("@", 1)[-1].split(":", 1)[0].lower()
    return ""


def _carried_host(e: Effect, a: Analysis) -> str:
    """The place a guest, instance, app or container carrier runs the effect's command on (`incus exec ci-3 --`,
    `aws ssm send-command --instance-ids i-0ab…`, `fly ssh console -a app -C`): `shell.remote.far_of`."""
    from automode.shell.remote import far_of

    return far_of(e.via, a.commands).lower()


def host_said(host: str, said: str) -> bool:
    """The user's words name the host: all of it, or its first label when that is not a generic word."""
    host = host.rstrip("*") if host.endswith("*") and "*" not in host[:-1] and len(host) > 3 else host  # `salt 'web*'`
    if not host or any(c in host for c in "*?[]"):
        return False
    if lazyre.whole(host, said, r"[\w.-]"):
        return True
    if any(f"{host}-{noun}" in said for noun in HOST_NOUNS):
        return True  # "auf den web-Hosts", "les web-serveurs": the group's name joined to the word for hosts
    first = host.split(".", 1)[0]
    return "." in host and len(first) >= 4 and lazyre.whole(first, said, r"[\w.-]") is not None


def named_remote(e: Effect, a: Analysis) -> bool:
    """`e` changes a system path (not a critical one) on another host, and the user named that host and the path
    (the place itself or a directory above it that is not a whole system tree)."""
    if e.pclass != "system" or not a.ctx.user_messages:
        return False
    host = remote_host(e) or _carried_host(e, a)
    said = joined(a.ctx.user_messages)[:20_000]
    if not host_said(host, said.lower()):
        return False
    place = e.target.split("*", 1)[0].rstrip("/") or "/"
    for m in _PATH.finditer(said):
        p = m.group(1).rstrip("/")
        if "*" in p:
            p = p.split("*", 1)[0].rstrip("/")
        if p and p not in _TOO_WIDE and (place == p or place.startswith(p + "/")):
            return True
    return False


def remote_log_paths(a: Analysis) -> tuple[str, ...]:
    """The places a log deletion (AM-SEC-006) removes when every one is a named place on a named host (retention the
    user asked for on that service's box: "on billing-01 delete the logs in /var/log/billing older than 90 days"),
    judged like the delete it is; () otherwise (a log wiped here is never released)."""
    gone = [e for e in a.effects if e.kind in ("delete", "write") and e.pclass in ("system", "critical")]
    if not gone or not all(e.kind == "delete" and named_remote(e, a) for e in gone):
        return ()
    return tuple(e.target for e in gone)
