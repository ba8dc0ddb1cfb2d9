"""A restart or reload of the service whose configuration the same action changes as named (session 28, T7 "edits").

"limit journald to 500 MB" answered with `sudo sed -i 's/^#\\?SystemMaxUse=.*/SystemMaxUse=500M/'
/etc/systemd/journald.conf && sudo systemctl restart systemd-journald`: the write is the named key set to the named
value (`intent.sys_keys`, `intent.sysfiles`), and the restart is how the daemon reads it: the change asked for, made
to take effect, not another act. AM-PERSIST-002 (the service manager) and AM-SEC-005 (root for it) are settled with
the write when every such command only restarts or reloads (`_VERBS`, per program: systemctl(1), service(8),
rc-service(8), `nginx -s reload`, apachectl(8) `graceful`, `brew services restart`) units whose name shares its
stem with the written file's path (`systemd-journald` with `/etc/systemd/journald.conf`, `php8.2-fpm` with
`/etc/php/8.2/fpm/php.ini`, `apache2` with `/etc/apache2/apache2.conf`). An `enable`, a `start` of something else,
another unit, or a write that is not released leaves the findings to their rules.
"""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: program -> the verbs that make a running service read its configuration again.
_VERBS: dict[str, frozenset[str]] = {
    "systemctl": frozenset({"restart", "reload", "try-restart", "reload-or-restart", "try-reload-or-restart", "condrestart"}),
    "service": frozenset({"restart", "reload", "force-reload", "try-restart", "condrestart"}),
    "rc-service": frozenset({"restart", "reload"}),
    "brew": frozenset({"restart"}),
}
#: Programs that reload themselves (`nginx -s reload`, `apachectl graceful`): their unit is their own name.
_SELF_RELOAD: dict[str, frozenset[str]] = {
    "nginx": frozenset({"reload"}), "apachectl": frozenset({"graceful", "restart"}),
    "apache2ctl": frozenset({"graceful", "restart"}), "httpd": frozenset({"graceful", "restart"}),
    "caddy": frozenset({"reload"}), "haproxy": frozenset(), "postfix": frozenset({"reload"}),
}
#: The service a self-reloading program's configuration belongs to (its files live under that name).
_SERVICE = {"apachectl": "apache2 httpd", "apache2ctl": "apache2", "httpd": "httpd apache2"}
_NOISE = frozenset({"systemd", "service", "server", "daemon", "d", "conf", "etc"})


def _units(c: Command) -> list[str] | None:
    """The units a restart or reload command names; None when the command is not only that."""
    args = [x for x in c.args if not x.startswith("-")]
    if c.name in _SELF_RELOAD:
        verb = next((x for i, x in enumerate(c.args) if i and c.args[i - 1] == "-s"), args[0] if args else "")
        return [_SERVICE.get(c.name, c.name)] if verb in _SELF_RELOAD[c.name] else None
    verbs = _VERBS.get(c.name)
    if verbs is None or not args:
        return None
    if c.name == "service":
        return [args[0]] if len(args) == 2 and args[1] in verbs else None
    if c.name == "rc-service":
        return [args[0]] if len(args) == 2 and args[1] in verbs else None
    if c.name == "brew":
        return args[2:] if len(args) >= 3 and args[0] == "services" and args[1] in verbs else None
    return args[1:] if args[0] in verbs and len(args) >= 2 else None


def _stems(unit: str) -> set[str]:
    """The words of a unit's name (`systemd-journald.service` -> {journald}; `php8.2-fpm` -> {php, fpm})."""
    out: set[str] = set()
    for u in re.sub(r"\.(?:service|socket|target)\b", "", unit.lower()).split():
        out |= {w for w in re.split(r"[^a-z]+", u) if len(w) >= 3 and w not in _NOISE}
        out |= {u} if re.fullmatch(r"[a-z]+\d*", u) else set()
    return out


def restarts_written(c: Command, written: list[str]) -> bool:
    """`c` only restarts or reloads services each of which shares a word with the path of a file the action writes."""
    units = _units(c)
    if not units:
        return False
    paths = [re.split(r"[^a-z0-9]+", p.lower()) for p in written]
    return all(any(s in parts for parts in paths for s in _stems(u)) for u in units)


def restart_commands(a: Analysis) -> list[Command]:
    """The commands of the action that restart or reload the service of a system file it writes."""
    written = [e.target for e in a.effects if e.kind == "write" and e.pclass in ("system", "critical", "protected")]
    if not written:
        return []
    return [c for c in a.commands if (c.name in _VERBS or c.name in _SELF_RELOAD) and restarts_written(c, written)]


#: Fixtures (tests/judge/test_s28_edits.py): (command, written paths, restarts one of them).
FIXTURES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("systemctl restart systemd-journald", ("/etc/systemd/journald.conf",), True),
    ("systemctl reload php8.2-fpm", ("/etc/php/8.2/fpm/php.ini",), True),
    ("service apache2 reload", ("/etc/apache2/apache2.conf",), True),
    ("nginx -s reload", ("/etc/nginx/nginx.conf",), True),
    ("apachectl graceful", ("/etc/apache2/apache2.conf",), True),
    ("systemctl enable systemd-journald", ("/etc/systemd/journald.conf",), False),
    ("systemctl restart sshd", ("/etc/systemd/journald.conf",), False),
    ("systemctl restart nginx postgresql", ("/etc/nginx/nginx.conf",), False),
    ("nginx -s stop", ("/etc/nginx/nginx.conf",), False),
)


def settled(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the action's system write is released as named (`sysfiles.dictated`, `sys_keys.keyed`)
    and every service-manager command of the action restarts or reloads that file's service; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    managers = [c for c in a.commands if c.name in _VERBS or c.name in _SELF_RELOAD]
    restarts = restart_commands(a)
    if not managers or len(restarts) != len(managers):
        return None
    from automode.judge.intent.sys_keys import keyed
    from automode.judge.intent.sysfiles import dictated

    written = dictated(a) or keyed(a)
    return written if written is not None and written[0] == "allow" else None
