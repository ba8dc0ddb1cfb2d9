"""System service configuration files set key by key (session 23, N5, helper `named`).

A write to a system location is never released by a request in general (`judge.intent.releases`); the files of
`knowledge.sysconfig` are read line by line. These are the other kind: a service's tuning file whose lines are
`key = value` (php.ini and PHP-FPM pools, postgresql.conf, my.cnf, sysctl), `key value;` (nginx), `key value` (redis)
or a systemd timer's `[Timer]` section. "raise memory_limit to 512M in php.ini" asks for exactly one line of such a
file changed: that key, to that value (`judge.intent.sys_keys` compares each changed line with the user's words).

A row: (path pattern, words one of which names the file's kind, syntax). Syntaxes: `ini` (`key = value`, `key=value`,
PHP-FPM's `php_admin_value[key] = value`), `nginx` (`key value ...;`), `space` (`key value ...`), `timer` (a systemd
timer unit, read by `timer_values`).
"""

from __future__ import annotations

import re

from automode import lazyre

Row = tuple[str, tuple[str, ...], str]
_PHP = ("php", "php.ini", "php-fpm", "fpm", "pool", "phpini")
ROWS: tuple[Row, ...] = (
    (r"/php/[\d.]+/(?:cli|fpm|apache2|cgi|embed|phpdbg)/php\.ini$|^/etc/php\.ini$|^/etc/php\d*/php\.ini$|"
     r"^/usr/local/etc/php/php\.ini$|/php/[\d.]+/(?:cli|fpm|apache2)/conf\.d/[\w.-]+\.ini$", _PHP, "ini"),
    (r"/php/[\d.]+/fpm/pool\.d/[\w.-]+\.conf$|^/etc/php-fpm\.d/[\w.-]+\.conf$|^/usr/local/etc/php-fpm\.d/[\w.-]+\.conf$",
     _PHP, "ini"),
    (r"^/etc/nginx/(?:nginx\.conf|conf\.d/[\w.-]+\.conf|sites-(?:available|enabled)/[\w.-]+)$",
     ("nginx", "vhost", "virtual host", "server block", "site", "sites"), "nginx"),
    (r"^/etc/postgresql/[\d.]+/\w+/(?:postgresql\.conf|conf\.d/[\w.-]+\.conf)$|^/var/lib/pgsql/(?:[\d.]+/)?data/postgresql\.conf$",
     ("postgres", "postgresql", "pg", "postgresql.conf"), "ini"),
    (r"^/etc/mysql/(?:my\.cnf|(?:mysql|mariadb)\.conf\.d/[\w.-]+\.cnf|conf\.d/[\w.-]+\.cnf)$|^/etc/my\.cnf(?:\.d/[\w.-]+\.cnf)?$",
     ("mysql", "mariadb", "my.cnf", "mysqld"), "ini"),
    (r"^/etc/redis/redis(?:-[\w]+)?\.conf$|^/etc/redis\.conf$", ("redis", "redis.conf"), "space"),
    (r"^/etc/sysctl\.conf$|^/etc/sysctl\.d/[\w.-]+\.conf$", ("sysctl", "kernel"), "ini"),
    (r"^/etc/systemd/system/[\w@.-]+\.timer$", ("timer", "systemd", "systemd-timer"), "timer"),
)  # fmt: skip
from automode.knowledge import sys_keys_more as _more  # noqa: E402  (journald, logind, fail2ban…: session 27)
from automode.knowledge import sys_keys_web as _web  # noqa: E402  (apache, haproxy, postfix…: session 28)

ROWS += _more.ROWS + _web.ROWS
#: Never-keys of one syntax only (Apache's `Require`, `Include`: words other files use for harmless keys).
SYNTAX_NEVER = _web.SYNTAX_NEVER
_COMPILED = tuple((lazyre.compile(p), words, syntax) for p, words, syntax in ROWS)

#: Words users say for a key instead of its name (besides the name itself and its words: "memory limit").
ALIASES: dict[str, tuple[str, ...]] = {
    "ssl_protocols": ("tls", "ssl"),
    "ssl_ciphers": ("cipher", "ciphers"),
    "client_max_body_size": ("body size", "upload size", "upload limit", "max upload"),
    "upload_max_filesize": ("upload size", "upload limit", "max upload"),
    "post_max_size": ("post size", "post limit"),
    "max_execution_time": ("execution time", "timeout"),
    "max_children": ("children", "workers"),
    "worker_processes": ("workers", "worker processes"),
    "worker_connections": ("connections",),
    "keepalive_timeout": ("keepalive", "keep-alive"),
    "maxmemory": ("max memory", "memory limit"),
    "maxmemory-policy": ("eviction", "eviction policy"),
    "max_connections": ("connections",),
    "vm.swappiness": ("swappiness",),
    "oncalendar": (),
    **_more.ALIASES,
    **_web.ALIASES,
}
#: Keys whose change no naming releases here (they open the service to others or run code): left to the rules.
NEVER = frozenset({"listen_addresses", "bind", "bind-address", "protected-mode", "requirepass", "allow_url_include",
                   "allow_url_fopen", "disable_functions", "open_basedir", "auto_prepend_file", "auto_append_file",
                   "autoindex", "hba_file", "shared_preload_libraries", "local_preload_libraries",
                   "session_preload_libraries", "archive_command", "restore_command", "ssl", "skip-grant-tables",
                   "local-infile", "secure-file-priv", "rename-command", "enable-debug-command", "loadmodule",
                   "kernel.unprivileged_userns_clone", "kernel.yama.ptrace_scope", "kernel.randomize_va_space",
                   "vm.mmap_min_addr", "vm.unprivileged_userfaultfd", "kernel.core_pattern", "kernel.modprobe",
                   "kernel.kptr_restrict", "kernel.dmesg_restrict", "kernel.sysrq", "kernel.perf_event_paranoid",
                   "fs.suid_dumpable", "fs.protected_symlinks", "fs.protected_hardlinks", "fs.protected_fifos",
                   "fs.protected_regular", "net.ipv4.tcp_syncookies", "kernel.unprivileged_bpf_disabled"}) | _more.NEVER | _web.NEVER  # fmt: skip
#: sysctl keys that tune capacity, memory or queues and protect nothing (session 26, helper `carried`): a named one set
#: to the value said is the act named (AM-SEC-001 settled too); every other sysctl key stays a security change.
#: Sources: the kernel's Documentation/admin-guide/sysctl/{vm,fs,kernel,net}.rst, ip-sysctl.rst.
SYSCTL_TUNING = ("vm.swappiness", "vm.dirty_", "vm.vfs_cache_pressure", "vm.max_map_count", "vm.overcommit_",
                 "vm.min_free_kbytes", "vm.nr_hugepages", "vm.zone_reclaim_mode", "vm.page-cluster", "fs.inotify.",
                 "fs.file-max", "fs.nr_open", "fs.aio-max-nr", "net.core.somaxconn", "net.core.rmem_", "net.core.wmem_",
                 "net.core.netdev_max_backlog", "net.core.optmem_max", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
                 "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_", "net.ipv4.tcp_max_syn_backlog",
                 "net.ipv4.ip_local_port_range", "net.ipv4.tcp_tw_reuse", "net.ipv4.tcp_congestion_control",
                 "kernel.pid_max", "kernel.shmmax", "kernel.shmall", "kernel.shmmni", "kernel.sem", "kernel.msgmax",
                 "kernel.msgmnb", "kernel.threads-max")  # fmt: skip


def tuning(key: str) -> bool:
    """A sysctl key of `SYSCTL_TUNING` (and none of `NEVER`)."""
    k = key.lower()
    return k not in NEVER and k.startswith(SYSCTL_TUNING)


def kind_of(path: str) -> tuple[tuple[str, ...], str] | None:
    """(the words naming the file's kind, its syntax) when `path` is one of these files, else None."""
    for pat, words, syntax in _COMPILED:
        if pat.search(path):
            return words, syntax
    return None


_INI = lazyre.compile(r"^(?:php_(?:admin_)?(?:value|flag)\[(?P<inner>[\w.-]+)\]|(?P<key>[\w.-]+))\s*=\s*(?P<val>.*)$")
_WORDY = lazyre.compile(r"^(?P<key>[\w.-]+)\s+(?P<val>.*?);?$")
_YAML = lazyre.compile(r"^[\"']?(?P<key>[\w.-]+)[\"']?\s*:(?:\s+(?P<val>[^{}\[\]&*|>!]*)|\s*)$")


def line_of(syntax: str, line: str) -> tuple[str, list[str]] | None:
    """(key, value words) of one setting line; ("", []) for a blank line, a comment or a section header; None when
    the line cannot be read (a block, an include)."""
    s = line.strip()
    if not s or s.startswith(("#", ";", "[")):
        return "", []
    if syntax in ("ini", "timer"):
        m = _INI.match(s)
        if m is None:
            return None
        val = m.group("val").split(" #", 1)[0].split(" ;", 1)[0].strip().strip("'\"")
        vals = ([val] if syntax == "timer" else val.split()) if val else []
        return (m.group("inner") or m.group("key")).lower(), vals
    if syntax == "yaml":  # (`key: value`, a nested key's own line `accessLog:`; a list item is not read)
        m = _YAML.match(s)
        if m is None:
            return None
        val = (m.group("val") or "").split(" #", 1)[0].strip()
        return m.group("key").lower(), [v.strip("'\"") for v in val.split()] if val else []
    if s.endswith(("{", "}")) or s.startswith(("include", "server", "location")):
        return None
    m = _WORDY.match(s)
    if m is None:
        return None
    return m.group("key").lower(), [v.strip("'\"") for v in m.group("val").rstrip(";").split()]


#: Timer settings that schedule nothing of their own, and settings whose value is a time said.
_TIMER_NEUTRAL = frozenset({"description", "documentation", "persistent", "wantedby", "accuracysec",
                            "randomizeddelaysec", "wakesystem", "remainafterelapse", "fixedrandomdelay"})
_WEEKDAYS = {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday",
             "sat": "saturday", "sun": "sunday"}
_SHORTHANDS = {"daily": "daily|nightly|every day|each day|every night|each night|day|night",
               "weekly": "weekly|every week|each week", "hourly": "hourly|every hour|each hour",
               "monthly": "monthly|every month|each month", "minutely": "every minute|each minute"}
_CLOCK = lazyre.compile(r"\b(\d{1,2}):(\d{2})(?::00)?\b")


def timer_values(key: str, value: str, unit: str) -> list[str] | None:
    """The values of one timer setting the user's words must name (alternatives joined by `|`); None when it is not
    one a request can name here. `unit` is the service the timer starts when it names none."""
    if key in _TIMER_NEUTRAL:
        return []
    if key == "unit":
        return []  # (the unit is named once for the whole timer)
    if key != "oncalendar":
        return None  # OnBootSec, OnUnitActiveSec...: an amount, left to the rules
    v = value.lower().strip()
    if v in _SHORTHANDS:
        return [_SHORTHANDS[v], unit] if unit else [_SHORTHANDS[v]]
    out: list[str] = []
    for day in re.findall(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", v):
        out.append(f"{day}|{_WEEKDAYS[day]}")
    clocks = _CLOCK.findall(v)
    if not clocks:
        return None
    for h, mnt in clocks:
        out.append("|".join({f"{int(h):02d}:{mnt}", f"{int(h)}:{mnt}", f"{int(h)}.{mnt}", f"{int(h)}h{mnt}"}))
    rest = _CLOCK.sub(" ", v)
    if not re.fullmatch(r"[\s*-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*[\s,.]*)*[\s*-]*", rest):
        return None  # a date, a range, a repetition: not read here
    return out + ([unit] if unit else [])
