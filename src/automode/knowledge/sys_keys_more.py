"""More service configuration files set key by key (session 27, R3, helper `cli`): rows, aliases and never-keys
joined to `knowledge.sys_keys` (same columns). "limit journald to 500 MB" asks for `SystemMaxUse=500M` in
/etc/systemd/journald.conf, one key of a daemon's own tuning file; 500K there is another value (refused).

Census (the daemons whose tuning file is `key=value` lines, with the words users name them by):
systemd's own daemons (journald.conf, logind.conf, resolved.conf, timesyncd.conf, coredump.conf, oomd.conf,
system.conf/user.conf, sleep.conf and their `.conf.d/*.conf` drop-ins: systemd-journald.service(8),
journald.conf(5), logind.conf(5), resolved.conf(5), timesyncd.conf(5), coredump.conf(5), systemd-system.conf(5),
systemd-sleep.conf(5)); zram-generator.conf(5); Debian's /etc/default/zramswap; fail2ban jail.local/jail.d (bantime,
findtime, maxretry); PgBouncer pgbouncer.ini; RabbitMQ rabbitmq.conf (new style `key = value`); GRUB's
/etc/default/grub (GRUB_TIMEOUT; the kernel command line is a never-key); Mosquitto mosquitto.conf and chrony.conf
(`key value`). Keys that open a service or weaken a check (DNSSEC off, an ignored address, anonymous access, a
listener, the kernel command line, authentication) are never released by naming here.
"""

from __future__ import annotations

Row = tuple[str, tuple[str, ...], str]
_SD = r"(?:journald|logind|resolved|timesyncd|coredump|oomd|system|user|sleep|homed|pstore)"
ROWS: tuple[Row, ...] = (
    (r"^/etc/systemd/journald\.conf(?:\.d/[\w.-]+\.conf)?$|^/etc/systemd/journald@[\w.-]+\.conf$",
     ("journald", "journal", "journalctl", "systemd-journald", "system journal", "logs"), "ini"),
    (r"^/etc/systemd/logind\.conf(?:\.d/[\w.-]+\.conf)?$", ("logind", "systemd-logind", "lid", "idle"), "ini"),
    (r"^/etc/systemd/resolved\.conf(?:\.d/[\w.-]+\.conf)?$", ("resolved", "systemd-resolved", "resolver", "dns"), "ini"),
    (r"^/etc/systemd/timesyncd\.conf(?:\.d/[\w.-]+\.conf)?$", ("timesyncd", "systemd-timesyncd", "ntp", "time sync"),
     "ini"),
    (r"^/etc/systemd/coredump\.conf(?:\.d/[\w.-]+\.conf)?$", ("coredump", "coredumps", "core dump", "core dumps",
                                                             "systemd-coredump"), "ini"),
    (rf"^/etc/systemd/{_SD}\.conf(?:\.d/[\w.-]+\.conf)?$", ("systemd",), "ini"),
    (r"^/etc/systemd/zram-generator\.conf(?:\.d/[\w.-]+\.conf)?$|^/etc/default/zramswap$", ("zram", "zramswap",
                                                                                             "zram-generator"), "ini"),
    (r"^/etc/fail2ban/jail\.(?:local|d/[\w.-]+\.(?:local|conf))$", ("fail2ban", "jail", "jails"), "ini"),
    (r"^/etc/pgbouncer/pgbouncer\.ini$", ("pgbouncer",), "ini"),
    (r"^/etc/rabbitmq/rabbitmq\.conf$", ("rabbitmq", "rabbit"), "ini"),
    (r"^/etc/default/grub$|^/etc/default/grub\.d/[\w.-]+\.cfg$", ("grub", "boot menu", "bootloader"), "ini"),
    (r"^/etc/mosquitto/(?:mosquitto\.conf|conf\.d/[\w.-]+\.conf)$", ("mosquitto", "mqtt"), "space"),
    (r"^/etc/(?:chrony/)?chrony\.conf$", ("chrony", "chronyd", "ntp"), "space"),
)  # fmt: skip

#: Words users say for a key (lower case) instead of its name.
#: "limit" in the languages of the sets (stems, read as whole words by `intent.sys_keys._said`).
LIMIT_WORDS = ("limit", "cap", "begrens", "begränsa", "begrænse", "begrenze", "begrenzen", "beschränke", "limiter",
               "limite", "limitar", "limita", "limitare", "ogranicz", "ograniczyć", "ограничь", "ограничить",
               "обмежити", "rajoita", "korlátozd", "sınırla", "omez", "omezit", "ograniči", "beperk", "batasi",
               "hadkan", "giới hạn", "制限", "限制", "제한", "הגבל", "حدد", "सीमित")
ALIASES: dict[str, tuple[str, ...]] = {
    "systemmaxuse": (*LIMIT_WORDS, "max size", "maximum size", "disk usage", "size", "space", "max use"),
    "runtimemaxuse": (*LIMIT_WORDS, "runtime", "size"),
    "systemkeepfree": ("keep free", "free space", "leave free"),
    "systemmaxfilesize": ("file size", "per file", "each file"),
    "systemmaxfiles": ("files", "number of files"),
    "maxretentionsec": ("retention", "retain", "keep", "max age", "older than", "days", "weeks", "months"),
    "maxfilesec": ("rotate", "rotation", "per file"),
    "ratelimitburst": ("rate limit", "burst"), "ratelimitintervalsec": ("rate limit", "interval"),
    "compress": ("compress", "compression"),
    "handlelidswitch": ("lid",), "idleaction": ("idle",), "idleactionsec": ("idle",),
    "killuserprocesses": ("kill user processes", "user processes"),
    "ntp": ("ntp", "time server", "time servers"), "fallbackntp": ("fallback",),
    "maxuse": (*LIMIT_WORDS, "size", "space"), "processsizemax": ("core size", "size"),
    "defaulttimeoutstopsec": ("stop timeout", "timeout"), "defaulttimeoutstartsec": ("start timeout", "timeout"),
    "zram-size": ("size",), "percent": ("percent", "size"), "algo": ("algorithm", "compression"),
    "bantime": ("ban time", "ban", "bantime"), "findtime": ("find time", "window"), "maxretry": ("retries", "attempts",
                                                                                                   "tries"),
    "max_client_conn": ("client connections", "connections"), "default_pool_size": ("pool size",),
    "grub_timeout": ("timeout", "boot menu"),
    "max_inflight_messages": ("inflight",), "max_queued_messages": ("queued",),
}  # fmt: skip

#: Keys whose change no naming releases (they open a service, weaken a check or run code).
NEVER = frozenset({"dnssec", "dnsovertls", "llmnr", "multicastdns", "ignoreip", "ignorecommand", "auth_type",
                   "auth_file", "auth_query", "listen_addr", "listen_port", "admin_users", "allow_anonymous",
                   "listener", "password_file", "acl_file", "grub_cmdline_linux", "grub_cmdline_linux_default",
                   "grub_cmdline_xen", "grub_init_tune", "grub_disable_recovery", "loopback_users",
                   "loopback_users.guest", "default_user", "default_pass", "allow", "cmdallow", "bindcmdaddress",
                   "crashshell", "crashaction", "dumpcore", "storage"})  # fmt: skip
