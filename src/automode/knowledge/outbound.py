"""Values that leave (session 14, class E4; issue 10): one reading of every outbound value on every surface.

An outbound value is anything an action hands to another party: a URL's query, path and fragment (curl, wget,
httpie, WebFetch, a browser's navigation), a request body, a browser form fill, any MCP tool's string arguments, a
message. `forms()` reads each value as it is and decoded once (percent-encoding, then base64 and hex tokens inside
it; bounded in length and count, never recursively), `secrets()` finds credentials in a form (tokens by their shape
and the values `knowledge.flows` knows, a connection string with its password, a private key, a dump of the whole
environment), `personal()` finds personal data among (key, value) pairs (e-mail addresses, phone numbers, device and
advertising ids, home addresses). `leaving(e, a)` gives the outbound values of one effect with the place they go.

The rules (`rules/outbound.py`) compare each finding with its place: a credential sent anywhere but its own service,
a host the user named or the user's own machine is refused; personal data the user's words did not name, going to a
host they did not name, is asked.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect

MAX_VALUE = 16_000  # characters of one value read
MAX_TOKENS = 6  # encoded tokens decoded per value
_B64 = lazyre.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")  # (16: twelve bytes, `sk_live_51abcdef` is 22 and `==`)
_HEX = lazyre.compile(r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}){12,}(?![0-9A-Za-z])")
_PERCENT = lazyre.compile(r"%[0-9A-Fa-f]{2}")


@dataclass(frozen=True, slots=True)
class Found:
    what: str  # how a reason names it
    service: str = ""  # the service that issued a credential (`knowledge.flows`), "" unknown
    host: str = ""  # a connection string's own host
    text: str = ""  # the literal, where known (to compare with the user's words)
    how: str = ""  # "" as written, or "percent-encoded", "base64-encoded", "hex-encoded"


def _printable(raw: bytes) -> str | None:
    text = raw[:4096].decode("utf-8", "replace")
    if len(text) < 12:
        return None
    good = sum(1 for c in text if (c.isprintable() and c != "\ufffd") or c in "\n\t\r")
    return text if good >= 0.95 * len(text) else None


def forms(value: str) -> list[tuple[str, str]]:
    """(how, text): the value as written, percent-decoded, and each base64 or hex token in it decoded (once)."""
    import base64
    import binascii

    v = value[:MAX_VALUE]
    out = [("", v)]
    if "%" in v and _PERCENT.search(v):
        from urllib.parse import unquote_plus

        d = unquote_plus(v)
        if d != v:
            out.append(("percent-encoded", d))
            v = d
    n = 0
    for m in _HEX.finditer(v):
        if n >= MAX_TOKENS:
            break
        try:
            text = _printable(bytes.fromhex(m.group(0)))
        except ValueError:
            text = None
        if text:
            out.append(("hex-encoded", text))
            n += 1
    for m in _B64.finditer(v):
        if n >= MAX_TOKENS:
            break
        tok = m.group(0)
        if tok.isalpha() or tok.isdigit() or ("/" in tok.strip("/") and tok.count("/") > 3):
            continue  # a word or a number; a path
        s = tok.replace("-", "+").replace("_", "/")
        try:
            text = _printable(base64.b64decode(s + "=" * (-len(s) % 4)))
        except (ValueError, binascii.Error):
            text = None
        if text:
            out.append(("base64-encoded", text))
            n += 1
    return out


# --- credentials ----------------------------------------------------------------------------------------------------

#: A URL with a user and a literal password (`postgres://app:S3cret@db.internal:5432/shop`, `redis://:pw@cache`,
#: `https://user:pass@host`): the scheme, the password and the host.
DSN = lazyre.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,24})://([^\s:/@'\"?#]{0,64}):([^\s@/'\"]{1,128})@([\w.-]+)")
#: Passwords written as placeholders in documentation and templates.
_PLACEHOLDER = lazyre.compile(r"(?i)^(?:password|passwd|pass|pwd|secret|changeme|change_me|xxx+|\*+|\.\.\.|<[^>]*>|\$.*|%.*|"
                              r"\{.*\}|your[\w-]*|example\w*|placeholder|redacted|dummy|foo|bar|test|user|username|admin|"
                              r"mypassword|my[\w-]*password|pw|p)$")
PRIVATE_KEY = lazyre.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")
#: A dump of the environment: several `NAME=value` lines, among them the shell's own variables.
_ENV_LINE = lazyre.compile(r"(?m)^[A-Z_][A-Z0-9_]{1,63}=")
_ENV_CORE = lazyre.compile(r"(?m)^(?:PATH|HOME|USER|SHELL|PWD|HOSTNAME|LANG|TERM)=")


#: A credential assigned to a variable named for one (`AWS_SECRET_ACCESS_KEY=…`, `STRIPE_API_KEY=…`): the name says
#: what the value is, whatever its shape (`flows.values` knows tokens by their shape only); also as a JSON or YAML key
#: (`{"AWS_SECRET_ACCESS_KEY": "…"}`).
_NAMED = (r"(?<![A-Za-z0-9_])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:SECRET(?:_ACCESS)?_KEY|SECRET|TOKEN|"
          r"PASSWORD|PASSWD|API_?KEY|PRIVATE_KEY|ACCESS_KEY))[\"']?\s*[=:]\s*[\"']?([^\s\"'&;,]{%d,256})")
NAMED_SECRET = lazyre.compile(_NAMED % 8)
#: The same inside an encoded token: nobody base64-encodes `VERCEL_TOKEN=…` into a URL by accident, so a short value
#: counts there too (h18-0582: `?env=VkVSQ0VMX1RPS0VOPXZjcF8yOGQ`).
_NAMED_ENCODED = lazyre.compile(_NAMED % 3)
NAMED_WHAT = "the value of "


def _dsn_password(password: str, scheme: str) -> bool:
    """A literal password (not a placeholder); `pw` in a connection string to a paste site is still a password, so
    only the documented placeholders are left out, and a web URL's `user:pass` needs a value that is not a word."""
    if _PLACEHOLDER.match(password):
        return scheme.lower() not in ("http", "https", "ftp", "git", "ssh") and password.lower() in ("pw", "p")
    return True


def secrets(text: str, encoded: bool = False) -> list[Found]:
    """Credentials in one form of an outbound value (`encoded`: a form decoded from base64 or hex)."""
    from automode.knowledge import flows

    out: list[Found] = []
    for s in flows.values(text):
        if s.what != "a password in a URL":  # (read below with its host)
            out.append(Found(s.what, s.service))
    if "://" in text and "@" in text:
        for m in DSN.finditer(text[:MAX_VALUE]):
            scheme, password, host = m.group(1), m.group(3), m.group(4)
            if _dsn_password(password, scheme):
                out.append(Found(f"a connection string with its password ({scheme}://{m.group(2)}:…@{host})", "", host.lower(),
                                 m.group(0)))
    if not out and ("=" in text or ":" in text):
        for m in (_NAMED_ENCODED if encoded else NAMED_SECRET).finditer(text[:MAX_VALUE]):
            value = m.group(2)
            if not _PLACEHOLDER.match(value) and not value.startswith(("$", "%", "{", "<", "*")):
                out.append(Found(NAMED_WHAT + m.group(1), "", "", value))
    if not out:
        from automode.knowledge.token_prefixes import found as prefixed

        for prefix, service, value in prefixed(text, encoded)[:2]:  # `?c=npm_k2V9qLr8…`: an issuer's prefix (s19)
            out.append(Found(f"a token with the prefix {prefix}", service, "", value))
    if "PRIVATE KEY" in text and PRIVATE_KEY.search(text):
        out.append(Found("a private key"))
    if "=" in text and len(_ENV_LINE.findall(text)) >= 4 and _ENV_CORE.search(text):
        out.append(Found("a dump of the whole environment"))
    return out


def beyond_values(value: str) -> list[Found]:
    """What `secrets` finds in a value beyond `flows.values` on its written form: anything in its decoded forms, and
    connection strings, private keys and environment dumps as written (for the sinks `knowledge.flows` reads)."""
    out: list[Found] = []
    for how, text in forms(value):
        for f in secrets(text, how in ("base64-encoded", "hex-encoded")):
            if how or f.host or f.what in ("a private key", "a dump of the whole environment"):
                out.append(Found(f.what, f.service, f.host, f.text, how))
    return out


# --- personal data --------------------------------------------------------------------------------------------------

EMAIL = lazyre.compile(r"(?<![\w.+/:@-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w@])")
_NOT_PERSON = lazyre.compile(r"(?i)^(?:git|noreply|no-reply|donotreply|do-not-reply|postmaster|mailer-daemon|hostmaster|"
                             r"\d+\+[\w-]+)@|@(?:users\.noreply\.github\.com|[\w.-]*\.iam\.gserviceaccount\.com|"
                             r"[\w.-]*\.(?:local|internal|svc))$|@[\w.-]*\d+\.\d+")
PHONE = lazyre.compile(r"(?<![\w.+])\+\d[\d ().-]{7,18}\d(?![\w.])")
#: Keys whose value is a phone number, a device or advertising id, or a home address.
PHONE_KEY = lazyre.compile(r"(?i)^(?:phone|phone_?number|tel|telephone|mobile|mobile_?number|msisdn|cell|whatsapp|sms_?to)$")
DEVICE_KEY = lazyre.compile(r"(?i)^(?:device_?id|deviceid|device_?uid|device_?unique_?id(?:entifier)?|idfa|idfv|gaid|adid|"
                            r"advertising_?id|ad_?id|android_?id|imei|meid|udid|ifa|serial_?number|hardware_?id|mac_?address)$")
ADDRESS_KEY = lazyre.compile(r"(?i)^(?:home_?address|street(?:_?address)?|address_?line_?\d|billing_?address|"
                             r"shipping_?address|postal_?address|address|addr|customer_?address)$")
#: A postal address by its look (a number and a word of three letters or more, with a space): not a URL, an e-mail,
#: an IP or a wallet address (`0x…`).
_POSTAL = lazyre.compile(r"^(?=.*\d)(?=.*[^\W\d_]{3,})(?!.*(?:://|@|^0x|^\d+\.\d+\.\d+\.\d+))[\w.,'#/ -]{10,120}$")
#: Keys of an MCP call that address someone (the recipient of a mail, a person invited): not data about them sent.
ADDRESSEE = lazyre.compile(r"(?i)^(?:to|cc|bcc|recipients?|from|sender|reply_?to|assignees?|reviewers?|invitees?|attendees?|"
                           r"members?|user|users|user_?id|username|login|owner|email|emails|email_?address|share_?with|"
                           r"grantee|principal|account|author|mention|mentions|channel|channel_?id|chat_?id|forward|forward_?to|"
                           r"in_?reply_?to|message_?id|references|thread_?id)$")


def personal(pairs: list[tuple[str, str]]) -> list[Found]:
    """Personal data among (key, value) pairs of one outbound value (each value read in its forms)."""
    out: list[Found] = []
    for key, value in pairs[:128]:
        k = key.rsplit(".", 1)[-1]
        for how, text in forms(value):
            for m in EMAIL.finditer(text[:MAX_VALUE]):
                if not _NOT_PERSON.search(m.group(0)):
                    out.append(Found("an e-mail address", text=m.group(0), how=how))
            for m in PHONE.finditer(text[:MAX_VALUE]):
                out.append(Found("a phone number", text=m.group(0), how=how))
            if PHONE_KEY.match(k) and sum(c.isdigit() for c in text) >= 7 and len(text) <= 40:
                out.append(Found("a phone number", text=text.strip(), how=how))
            elif DEVICE_KEY.match(k) and len(text.strip()) >= 8 and len(text) <= 80 and not text.strip().startswith(("$", "{", "<")):
                out.append(Found("a device id", text=text.strip(), how=how))
            elif ADDRESS_KEY.match(k) and " " in text.strip() and _POSTAL.match(text.strip()):
                out.append(Found("a home address", text=text.strip(), how=how))
            if how == "" and len(forms(value)) == 1:
                break
    seen: set[str] = set()
    return [f for f in out if not (f.text in seen or seen.add(f.text))][:16]  # type: ignore[func-returns-value]


# --- the values of an effect and where they go ----------------------------------------------------------------------

#: Servers whose values stay in a place that is theirs or the user's (databases, secret stores, files and containers
#: of this machine, clusters and clouds the user runs): a connection string given to a database tool is its use.
OWN_PLACES = frozenset({"postgres", "postgresql", "mysql", "sqlite", "mongo", "mongodb", "redis", "supabase", "neon", "db",
                        "database", "sql", "mssql", "clickhouse", "duckdb", "snowflake", "bigquery", "vault", "secrets",
                        "secret", "1password", "onepassword", "bitwarden", "keychain", "keyring", "filesystem", "fs",
                        "files", "file", "desktop", "commander", "docker", "kubernetes", "k8s", "kubectl", "helm",
                        "terraform", "aws", "gcloud", "gcp", "azure", "git", "memory", "sequential", "thinking",
                        "prisma", "drizzle", "dbt", "airflow", "jupyter", "notebook", "shell", "terminal", "tmux",
                        "ssh", "serena", "ide", "vscode", "jetbrains", "context7", "playwright-test"})  # fmt: skip
#: Tool-name words of a call that stores a secret where secrets belong (an environment variable of a deployment, a
#: repository secret, a vault entry).
SECRET_STORE_WORDS = frozenset({"secret", "secrets", "env", "environment", "variable", "variables", "var", "vars",
                                "credential", "credentials", "password", "passwords", "vault", "keychain"})
_URL_KEYS = frozenset({"url", "uri", "href", "link", "endpoint", "page_url", "pageurl", "target_url", "targeturl", "address",
                       "webhook", "webhook_url", "base_url"})
_READ_HEAD = frozenset({"get", "list", "search", "find", "read", "query", "lookup", "describe", "show", "count", "retrieve",
                        "fetch_user", "select", "view"})


@dataclass(frozen=True, slots=True)
class Outbound:
    pairs: tuple[tuple[str, str], ...]  # (key, value); a URL's query as its parameters, the URL itself under "url"
    host: str  # where it goes ("" unknown: an MCP server without a URL)
    place: str  # how a reason names where it goes
    server: str = ""  # an MCP call's server ("" for a web request)
    reads: bool = False  # an MCP call whose name reads (a search in a system of record)


def _url_pairs(url: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl, unquote, urlsplit

    try:
        parts = urlsplit(url.strip("'\"")[:MAX_VALUE])
    except ValueError:
        return [("url", url)]
    out = [("url", url)]
    out += [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False)[:64]]
    out += [("path", unquote(s)) for s in parts.path.split("/") if len(s) >= 8][:16]
    if parts.fragment:
        out.append(("fragment", unquote(parts.fragment)))
    return out


def _json_pairs(value: Any, key: str = "", depth: int = 0, out: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    out = [] if out is None else out
    if depth > 6 or len(out) >= 128:
        return out
    if isinstance(value, dict):
        for k, v in list(value.items())[:64]:
            _json_pairs(v, str(k), depth + 1, out)
    elif isinstance(value, list):
        for v in value[:64]:
            _json_pairs(v, key, depth + 1, out)
    elif isinstance(value, str) and value.strip():
        if value.lstrip()[:1] in "[{" and len(value) < MAX_VALUE:
            import json

            try:
                return _json_pairs(json.loads(value), key, depth + 1, out)
            except ValueError:
                pass
        out.append((key, value))
    return out


def _body_pairs(body: str) -> list[tuple[str, str]]:
    s = body.strip()
    if s[:1] in "[{":
        got = _json_pairs(s)
        if got:
            return got
    if "=" in s and "\n" not in s and " " not in s.split("=", 1)[0]:
        from urllib.parse import parse_qsl

        got = parse_qsl(s, keep_blank_values=False)[:64]
        if got:
            return [(k, v) for k, v in got]
    return [("body", s)]


#: Options of the request programs whose value is a header (`-H 'X-Debug: …'`, wget `--header=…`).
HEADER_OPTS = frozenset({"-H", "--header", "--headers", "--proxy-header"})
#: Headers whose value is the credential of the request itself (judged where it goes by AM-EXFIL-015).
_AUTH_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "api-key", "x-auth-token", "cookie",
                           "private-token", "x-goog-api-key"})


def headers(e: Effect, a: Analysis) -> list[tuple[str, str]]:
    """(name, value) of the headers the command that made this request sends, other than its own credential."""
    out: list[tuple[str, str]] = []
    for c in a.commands:
        if c.name not in ("curl", "wget") or c.text[:200] != e.detail[:200]:
            continue
        words = [w.value for w in c.argv[1:]]
        for i, w in enumerate(words):
            opt, eq, val = w.partition("=")
            v = val if eq and opt in HEADER_OPTS else words[i + 1] if w in HEADER_OPTS and i + 1 < len(words) else ""
            name, _, hv = v.partition(":")
            if hv.strip() and name.strip().lower() not in _AUTH_HEADERS:
                out.append((name.strip(), hv.strip()))
    return out[:16]


def leaving(e: Effect, a: Analysis) -> Outbound | None:
    """The outbound values of a network or MCP effect and where they go, None for an effect that sends nothing out."""
    from automode.shell.commands import url_host

    if e.kind == "network":
        if e.target == "web-search" and e.content:
            return Outbound((("query", e.content[:MAX_VALUE]),), "", "a web search engine")  # (no server a request names)
        if e.origin == "mcp" or not e.target.lower().startswith(("http://", "https://", "ws://", "wss://", "ftp://")):
            return None  # (an MCP call's URL is read with the call's other values)
        pairs = _url_pairs(e.target)
        if e.origin == "send" and e.content and not e.content.startswith(("personal:", "@")):
            pairs += _body_pairs(e.content)
        pairs += headers(e, a)
        host = url_host(e.target)
        return Outbound(tuple(pairs), host, host)
    if e.kind != "mcp" or not e.target.startswith("mcp__"):
        return None
    import json

    from automode.knowledge.mcp_args import server_words, tool_words

    try:
        inp = json.loads(e.content or "{}")
    except ValueError:
        return None
    pairs = _json_pairs(inp)
    if not pairs:
        return None
    url = next((v for k, v in pairs if k.lower() in _URL_KEYS and v.lower().startswith(("http://", "https://"))), "")
    host = url_host(url) if url else ""
    if url:
        pairs = [p for p in pairs if p[1] != url] + _url_pairs(url)
    words = tool_words(e.target)
    server = "-".join(server_words(e.target))
    return Outbound(tuple(pairs), host, host or f"the `{server}` server ({e.target})", server,
                    reads=bool(words) and words[0] in _READ_HEAD)


def own_place(o: Outbound, tool: str) -> bool:
    """An MCP call whose server keeps values where they are the user's own (a database, a vault, this machine)."""
    if not o.server or o.host:
        return False
    from automode.knowledge.mcp_args import server_words, tool_words

    sw = set(server_words(tool))
    return bool(sw & OWN_PLACES) or bool(SECRET_STORE_WORDS & set(tool_words(tool)))


def named_home(variable: str, host: str) -> bool:
    """A variable named after the service the host is (`$OPENWEATHER_KEY` to api.openweathermap.org, `$MAPBOX_TOKEN`
    to api.mapbox.com): its own service, though no table lists it. The registered name must start with the
    variable's first word and add at most four letters to it (`openweather-collect.example` is not it)."""
    stem = variable.lstrip("${").split("_", 1)[0].lower()
    labels = host.lower().rstrip(".").split(".")
    if len(stem) < 5 or len(labels) < 2:
        return False
    label = labels[-2] if len(labels[-1]) > 2 or len(labels) < 3 else labels[-3]  # (`x.co.uk`)
    return label.startswith(stem) and len(label) - len(stem) <= 4 and label.isalnum()


def said(text: str, messages: tuple[str, ...] | list[str]) -> bool:
    """The user wrote this literal value (an e-mail address, a password they gave) in their own words."""
    t = text.strip().lower()
    return bool(t) and any(t in m.lower() for m in messages)


def server_named(server: str, messages: tuple[str, ...] | list[str]) -> bool:
    """The user named the MCP server the call goes to ("post it in slack")."""
    words = [w for w in re.split(r"[^a-z0-9]+", server.lower()) if len(w) >= 3 and w not in ("mcp", "server", "api")]
    low = " ".join(messages).lower()
    return any(w in low and lazyre.built(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])").search(low) for w in words)


# --- fixtures --------------------------------------------------------------------------------------------------------

#: (value, what a finding names or None): `secrets` over `forms`.
SECRET_FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("text=STAGING_DB_URL%3Dpostgres%3A%2F%2Fadmin%3Apw%40db.internal", "connection string"),
    ("REFUQUJBU0VfVVJMPXBvc3RncmVzOi8vYXBwOlMzY3JldFB3QGRiLmludGVybmFsOjU0MzIvc2hvcA==", "connection string"),
    ("414b49415a37515733525435595538494f50324c3a774a616c725855746e46454d492f4b374d44454e472f62507852666943597a713958773"
     "34c6d3270", "AWS"),
    ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE", "private key"),
    ("PATH=/usr/bin\nHOME=/home/dev\nUSER=dev\nSHELL=/bin/bash\nLANG=C", "environment"),
    ("postgres://user:password@localhost:5432/db", None), ("https://user:pass@example.com/", None),
    ("postgres://app:${DB_PASSWORD}@db:5432/app", None), ("https://docs.example.org/search?q=connection+pooling", None),
    ("dGhpcyBpcyBqdXN0IGEgbm9ybWFsIHNlbnRlbmNlIGFib3V0IGNhdHM=", None), ("blue running shoes", None),
)
#: ((key, value) pairs, kinds found).
PERSONAL_FIXTURES: tuple[tuple[tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    ((("email", "anna.schmidt@mail.example"), ("phone", "+4915112345678")), ("an e-mail address", "a phone number")),
    ((("device_id", "3f2a9c1e-7b4d-4e2a-9f1c-0d8e7a6b5c4d"),), ("a device id",)),
    ((("q", "blue running shoes"), ("page", "2")), ()),
    ((("customer", "Anna Schmidt"), ("address", "Hauptstr. 5, 10115 Berlin")), ("a home address",)),
    ((("address", "0x52908400098527886E0F7030069857D2E4169EE7"),), ()), ((("address", "10.0.3.4"),), ()),
    ((("url", "git@github.com:acme/shop.git"),), ()), ((("id", "1701234567890"),), ()),
    ((("text", "contact: bWFyaWFAY2xpZW50ZS5leGFtcGxl"),), ("an e-mail address",)),
)
