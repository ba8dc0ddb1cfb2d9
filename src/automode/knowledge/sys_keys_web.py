"""Web, proxy and mail servers' configuration set directive by directive (session 28, T7 "edits"): rows, aliases and
never-keys joined to `knowledge.sys_keys` (same columns, plus the never-keys of one syntax).

"add %D to the combined LogFormat in apache2.conf" asks for one directive's line of /etc/apache2/apache2.conf changed:
that directive (`LogFormat`), the values it had kept, and the values said added (`%D`); `judge.intent.sys_keys`
compares the line with the words as for php.ini. A value nobody said (`%{Cookie}i` beside the `%D`) is refused.

Census (servers whose main configuration is one directive per line, with the words users name them by):
Apache httpd (`Directive value…`, apache2.conf/httpd.conf and the Debian `sites-*`/`conf-*`/`mods-*` snippets:
httpd.apache.org/docs/2.4/configuring.html, mod_log_config LogFormat/CustomLog); HAProxy haproxy.cfg (`keyword
args` in sections, haproxy configuration.txt `log-format`, `timeout`, `maxconn`); lighttpd lighttpd.conf (`key =
value`); Postfix main.cf (`key = value`, postconf(5)); Squid squid.conf (`directive value`, squid.conf.documented).
Directives that open the server to others, hand it a program to run or load code (access rules, listeners, modules,
handlers, CGI, rewrite maps that run programs, relays) are never released by naming here (`SYNTAX_NEVER`): left to
the rules.
"""

from __future__ import annotations

Row = tuple[str, tuple[str, ...], str]
_APACHE = ("apache", "apache2", "httpd", "vhost", "virtual host", "virtualhost")
ROWS: tuple[Row, ...] = (
    (r"^/etc/apache2/(?:apache2\.conf|(?:sites|conf)-(?:available|enabled)/[\w.-]+\.conf|mods-(?:available|enabled)/[\w.-]+\.conf)$|"
     r"^/etc/httpd/(?:conf/httpd\.conf|conf\.d/[\w.-]+\.conf|conf\.modules\.d/[\w.-]+\.conf)$|"
     r"^/usr/local/etc/apache2\d*/(?:httpd\.conf|extra/[\w.-]+\.conf|Includes/[\w.-]+\.conf)$|"
     r"^/(?:opt/homebrew|usr/local)/etc/httpd/(?:httpd\.conf|extra/[\w.-]+\.conf)$", _APACHE, "apache"),
    (r"^/etc/haproxy/haproxy\.cfg$|^/usr/local/etc/haproxy/haproxy\.cfg$", ("haproxy",), "haproxy"),
    (r"^/etc/lighttpd/(?:lighttpd\.conf|conf-(?:available|enabled)/[\w.-]+\.conf)$", ("lighttpd",), "ini"),
    (r"^/etc/postfix/main\.cf$", ("postfix", "main.cf", "mta"), "ini"),
    (r"^/etc/squid/squid\.conf$|^/etc/squid/conf\.d/[\w.-]+\.conf$", ("squid", "proxy"), "space"),
    # YAML, one `key: value` per line (nested keys on their own line): doc.traefik.io/traefik/reference/static-configuration/file/,
    # prometheus.io/docs/prometheus/latest/configuration/configuration/, elastic.co/guide (elasticsearch.yml), mongod.conf(5)
    (r"^/etc/traefik/traefik\.ya?ml$", ("traefik",), "yaml"),
    (r"^/etc/prometheus/prometheus\.ya?ml$", ("prometheus",), "yaml"),
    (r"^/etc/(?:elasticsearch|opensearch)/(?:elasticsearch|opensearch)\.yml$", ("elasticsearch", "opensearch", "elastic"), "yaml"),
    (r"^/etc/mongod\.conf$", ("mongod", "mongodb", "mongo"), "yaml"),
    (r"^/etc/grafana/grafana\.ini$", ("grafana",), "ini"),
)  # fmt: skip

#: Words users say for a directive (lower case) instead of its name.
ALIASES: dict[str, tuple[str, ...]] = {
    "logformat": ("log format", "access log format", "combined", "log line"),
    "customlog": ("access log", "custom log"), "errorlog": ("error log",), "loglevel": ("log level", "verbosity"),
    "timeout": ("timeout",), "keepalivetimeout": ("keepalive", "keep-alive"), "maxrequestworkers": ("workers", "max clients"),
    "servername": ("server name", "hostname"), "serveradmin": ("admin email", "admin address"),
    "log-format": ("log format",), "maxconn": ("max connections", "connections"),
    "message_size_limit": ("message size", "attachment size", "size limit"), "mailbox_size_limit": ("mailbox size",),
    "cache_mem": ("cache memory", "cache size"), "maximum_object_size": ("object size",),
    "server.max-connections": ("max connections", "connections"),
}  # fmt: skip

#: Directives of one syntax that no naming releases here (access, listeners, modules, programs run, relays).
SYNTAX_NEVER: dict[str, frozenset[str]] = {
    "apache": frozenset({"require", "allow", "deny", "order", "satisfy", "options", "allowoverride", "allowoverridelist",
                         "loadmodule", "loadfile", "scriptalias", "scriptaliasmatch", "addhandler", "sethandler", "action",
                         "include", "includeoptional", "listen", "user", "group", "proxypass", "proxypassmatch",
                         "proxyremote", "proxyrequests", "rewritemap", "extfilterdefine", "authtype", "authuserfile",
                         "sslengine", "sslverifyclient", "sslproxyverify", "sslproxycheckpeername", "cgipassauth",
                         "documentroot", "alias", "aliasmatch", "userdir", "suexecusergroup", "traceenable", "header"}),
    "yaml": frozenset({"insecure", "api", "dashboard", "address", "headers", "providers", "plugins", "experimental",
                       "pilot", "certificatesresolvers", "network.host", "http.host", "transport.host", "bindip", "bindipall",
                       "security", "authorization", "xpack.security.enabled", "xpack.security.http.ssl.enabled",
                       "remote_write", "remote_read", "basic_auth", "tls_config", "javascriptenabled"}),
    "haproxy": frozenset({"bind", "stats", "external-check", "lua-load", "lua-prepend-path", "user", "group", "acl",
                          "http-request", "tcp-request", "use_backend", "default_backend", "server", "insecure-fork-wanted"}),
}
NEVER = frozenset({"mynetworks", "mynetworks_style", "relayhost", "smtpd_relay_restrictions", "smtpd_recipient_restrictions",
                   "mailbox_command", "mailbox_transport", "smtpd_tls_security_level", "smtpd_sasl_auth_enable",
                   "inet_interfaces", "http_access", "http_port", "https_port", "acl", "cache_peer", "server.bind",
                   "server.port", "server.modules", "cgi.assign", "allow_embedding", "disable_login_form",
                   "disable_initial_admin_creation", "admin_password", "admin_user", "cookie_secure"})  # fmt: skip
