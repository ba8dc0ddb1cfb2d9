"""Access-log formats that record credentials, cookies or bodies, for every proxy and web server (session 25, class
P5; read by the `access-log.secrets` idiom of `files.framework_keys`, rule AM-SEC-053).

Two tables: the request and response headers that carry a credential (`SECRET_HEADERS`), and how each server's log
format names a header or a body (`FORMS`, `{h}` standing for a header name in the server's own spelling: nginx
lower-cases it and turns dashes into underscores). Besides, formats that keep every header at once (Traefik's
`defaultMode: keep` without a drop of Authorization). Sources: nginx `ngx_http_core_module` embedded variables
(`$http_NAME`, `$sent_http_NAME`, `$cookie_NAME`, `$request_body`), Apache `mod_log_config` (`%{NAME}i`, `%{NAME}o`,
`%{NAME}C`), Envoy access-log command operators (`%REQ(NAME)%`, `%RESP(NAME)%`, `%TRAILER(NAME)%`), HAProxy
`capture request|response header NAME` and the `req.hdr(NAME)`/`res.hdr(NAME)`/`req.body` sample fetches in
`log-format`, Traefik access logs (`fields.headers.defaultMode`, `names`), Caddy placeholders
(`{http.request.header.NAME}`, `{request>headers>NAME}`; the `log_credentials` server option), Express morgan tokens (`:req[NAME]`).
"""

from __future__ import annotations

#: Headers whose value is a credential or a session (lower case, as written on the wire).
SECRET_HEADERS: tuple[str, ...] = (
    "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "apikey", "x-auth-token",
    "x-access-token", "x-amz-security-token", "x-goog-api-key", "x-csrf-token", "x-xsrf-token", "x-vault-token",
    "private-token", "x-gitlab-token", "x-hub-signature", "x-hub-signature-256", "x-session-token", "x-refresh-token",
)  # fmt: skip


def _alt(spell: str) -> str:
    """The headers as one alternation, spelled `dash` (as on the wire) or `underscore` (nginx variables)."""
    names = SECRET_HEADERS if spell == "dash" else tuple(h.replace("-", "_") for h in SECRET_HEADERS)
    return "(?:" + "|".join(n.replace("-", r"\-") for n in sorted(names, key=len, reverse=True)) + ")"


#: (server, pattern with `{h}` for the header alternation, its spelling): a format naming a secret header or a body.
FORMS: tuple[tuple[str, str, str], ...] = (
    ("nginx", r"\$(?:http|sent_http|upstream_http)_{h}\b|\$cookie_\w+|\$request_body\b|\$upstream_http_set_cookie\b", "underscore"),
    ("apache", r"%\{{h}\}[ioC]|%\{\w[\w-]*\}C", "dash"),
    ("envoy", r"%(?:REQ|RESP|TRAILER|REQ_WITHOUT_QUERY)\(\s*{h}\s*(?:\?[^)%]*)?\)(?::\d+)?%", "dash"),
    ("haproxy", r"\bcapture\s+(?:request|response)\s+header\s+{h}\b|\b(?:req|res)\.hdr\(\s*{h}\s*(?:,[^)]*)?\)|"
                r"%\[\s*(?:req|res)\.(?:body|cook)\b|\bcapture\s+(?:req|res)\.(?:body|cook)\b|\bhttp-request\s+capture\s+req\.hdr\(\s*{h}\b", "dash"),
    ("caddy", r"\{(?:http\.request\.header|http\.response\.header)\.{h}\}|\{(?:request|resp)>headers>{h}\}", "dash"),
    ("morgan", r":(?:req|res)\[\s*{h}\s*\]", "dash"),
)  # fmt: skip

#: Formats that keep every header (Authorization and cookies among them) unless those are dropped by name.
KEEP_ALL = (r"(?s)\bdefault[_-]?mode[\"']?\s*[:=]\s*[\"']?keep\b(?!.{0,600}\bauthorization[\"']?\s*[:=]\s*[\"']?(?:drop|redact))|"
            r"--accesslog\.fields\.headers\.defaultmode=keep\b|^\s*log_credentials\s*$")


def pattern() -> str:
    """One case-insensitive pattern for every form and the keep-all formats (multi-line: `^` at each line)."""
    forms = [p.replace("{h}", _alt(spell)) for _, p, spell in FORMS]
    return "(?ims)" + "|".join(f"(?:{f})" for f in forms) + f"|(?:{KEEP_ALL.removeprefix('(?s)')})"


#: Trigger words (lower case): one of them is in any text a form matches.
WORDS: tuple[str, ...] = ("$http_", "$sent_http_", "$upstream_http_", "$cookie_", "$request_body", "%{", "%req(", "%resp(",
                          "%trailer(", "capture request header", "capture response header", "req.hdr(", "res.hdr(", "req.body",
                          "req.cook", "res.cook", "defaultmode", "default_mode", ".header.", ">headers>", ":req[", ":res[", "log_credentials")  # fmt: skip

#: The user's words for what such a format records: the header or the body named (not "the access log" itself).
SAID: tuple[str, ...] = ("authorization", "auth header", "authorization header", "cookie", "cookies", "set-cookie", "request body",
                         "request bodies", "response body", "body", "bodies", "api key", "api-key", "x-api-key", "token", "tokens",
                         "credentials", "all headers", "all the headers", "every header", "all request headers", "full headers",
                         "headers in full")  # fmt: skip

#: (server, log text, whether it records a secret): fixtures run by tests/files/test_s25_later.py.
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("nginx", "log_format main '$remote_addr $http_authorization';", True),
    ("nginx", "log_format main '$remote_addr $http_x_api_key $status';", True),
    ("nginx", "log_format main '$remote_addr $request_time $http_user_agent';", False),
    ("apache", 'LogFormat "%h %{Proxy-Authorization}i" proxy', True),
    ("apache", 'LogFormat "%h %D %{User-Agent}i" combined', False),
    ("envoy", 'inline_string: "%REQ(AUTHORIZATION)% %RESP(SET-COOKIE)%"', True),
    ("envoy", 'inline_string: "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %RESPONSE_CODE%"', False),
    ("haproxy", "    capture request header Authorization len 200", True),
    ("haproxy", "    capture request header User-Agent len 64", False),
    ("haproxy", '    log-format "%ci %[req.hdr(x-api-key)]"', True),
    ("traefik", "accessLog:\n  fields:\n    headers:\n      defaultMode: keep\n", True),
    ("traefik", "accessLog:\n  fields:\n    headers:\n      defaultMode: keep\n      names:\n        Authorization: drop\n", False),
    ("traefik", "accessLog:\n  fields:\n    headers:\n      defaultMode: drop\n      names:\n        User-Agent: keep\n", False),
    ("caddy", "{\n  servers {\n    log_credentials\n  }\n}\n", True),
    ("caddy", "log {\n  format console\n}\n", False),
    ("morgan", "app.use(morgan(':method :url :req[authorization]'));", True),
)  # fmt: skip
