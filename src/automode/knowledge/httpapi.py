"""Control-plane APIs called over HTTP (issue 10, point 3): `curl -X PUT https://api.github.com/repos/o/r/collaborators/eve`
is the same act as `gh api -X PUT repos/o/r/collaborators/eve`, and a Cloudflare DNS record PATCH the same as a
Route53 change, whatever client sends it.

One table per group of services, as data (`knowledge/data/apis/<group>.toml`, loaded and validated once per process):
each `[[service]]` names the hosts it answers on (fnmatch, lower case), an optional path `prefix` left out before
matching, its `family` (as the control tables: cloud, cluster, paas, vcs, saas, ...) and `[service.routes]`, first
match wins. A route key is `METHODS PATHS [body~GLOB]`: METHODS `GET|HEAD`, `POST|PUT|PATCH|DELETE` or `*`; PATHS
patterns over the lower-case path, segment by segment (`*` and `?` inside one segment, `**` any number of segments:
`/repos/*/*` is a repository, `/repos/*/*/hooks/**` its webhooks), `|` between alternatives; `body~` requires the
request body to match (fnmatch: a GraphQL mutation, `"private": false`). The value is a verb (`effects.VERBS`) or `{verb, origin, scope, env}` as in the
control tables. `[service.fixtures]` maps a command to the effect expected (`"verb [scope] [env]"`, `none`).

A request becomes one `control` effect whose `target` is the service, `values` the URL, `env` the markers in the
URL and in the names of the variables that carry its credentials (`$STRIPE_LIVE_KEY`, `sk_test_…`), so the rules over
control effects (`rules/cloud.py`, `rules/trust.py`) judge it like the service's own command line.
"""

from __future__ import annotations

import fnmatch
import os
import re
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.effects import CONTROL_ORIGINS, ENVIRONMENTS, SCOPES, VERBS, Effect
from automode.knowledge.envmarkers import env_of, strongest
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: HTTP clients whose requests are read here: curl(1), wget(1), HTTPie (http/https), xh, curlie.
CLIENTS = frozenset({"curl", "wget", "http", "https", "xh", "xhs", "httpie", "curlie"})
#: Families the API tables cover (a test keeps it equal to the tables': rule indexes read it without loading them).
FAMILIES = frozenset({"vcs", "saas", "paas", "cloud", "cluster", "registry"})
#: Every service name ends in one of these (`github-api`, `chat-webhook`): no tool table is named so.
SUFFIXES = ("-api", "-webhook")
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
DATA_DIR = os.path.join(os.path.dirname(__file__), "data", "apis")
_DATA_OPTS = frozenset({"-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii", "-F", "--form",
                        "--form-string", "--json", "--post-data", "--post-file", "--body-data", "--body-file"})  # fmt: skip
_UPLOAD_OPTS = frozenset({"-T", "--upload-file"})
_HEADER_OPTS = frozenset({"-H", "--header", "-u", "--user", "--oauth2-bearer", "-a", "--auth", "--header-file"})
_VALUE_OPTS = frozenset({"-A", "--user-agent", "-e", "--referer", "-b", "--cookie", "-c", "--cookie-jar", "-x", "--proxy",
                         "--resolve", "-m", "--max-time", "--connect-timeout", "-w", "--write-out", "-r", "--range", "-E",
                         "--cert", "--key", "--cacert", "-K", "--config", "-P", "--retry", "-t", "--tries", "--timeout",
                         "-U", "-o", "--output", "--output-document", "--output-dir", "--directory-prefix", "--auth-type", "--session", "--verify", "--print", "--ssl", "--pretty", "--style"})  # fmt: skip
_URLISH = lazyre.compile(r"^(https?://|[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)|localhost(:\d+)?(/|$)|:\d*/)", re.I)
_ITEM = lazyre.compile(r"^[\w.\[\]-]+(==|:=@|:=|=@|=|@)")  # HTTPie request items that make a body (not `Header:v`)
_HTTPIE = frozenset({"http", "https", "xh", "xhs", "httpie"})


@dataclass(frozen=True, slots=True)
class Route:
    key: str
    methods: frozenset[str]  # empty = any
    paths: tuple[str, ...]
    body: tuple[str, ...]  # fnmatch alternatives over the lower-case body; () = any
    verb: str
    scope: str = ""
    env: str = ""
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    family: str
    hosts: tuple[str, ...]
    prefix: str
    routes: tuple[Route, ...]
    fixtures: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    url: str
    host: str
    path: str
    body: str
    credentials: tuple[str, ...]  # header and user values (variable names and literal key prefixes tell live/test)


def _load(fname: str) -> list[Service]:
    import tomllib

    with open(os.path.join(DATA_DIR, fname), encoding="utf-8") as f:
        data = tomllib.loads(f.read())
    out: list[Service] = []
    for s in data.get("service") or []:
        where = f"apis/{fname}: {s.get('name', '?')}"
        if not s.get("name") or not s.get("hosts") or s.get("family") not in FAMILIES:  # (control families it covers)
            raise ValueError(f"{where}: `name`, `hosts` and a `family` from {FAMILIES} are required")
        routes: list[Route] = []
        for key, spec in (s.get("routes") or {}).items():
            spec = {"verb": spec} if isinstance(spec, str) else spec
            words = key.split()
            if not isinstance(spec, dict) or spec.get("verb") not in VERBS or len(words) not in (2, 3):
                raise ValueError(f"{where}: route `{key}` needs `METHODS PATHS [body~GLOB]` and a verb from {VERBS}")
            methods = frozenset() if words[0] == "*" else frozenset(words[0].upper().split("|"))
            if not methods <= set(METHODS) or (len(words) == 3 and not words[2].startswith("body~")):
                raise ValueError(f"{where}: route `{key}` has bad methods or a bad third word")
            scope, env, origin = spec.get("scope", ""), spec.get("env", ""), spec.get("origin", "")
            if (scope and scope not in SCOPES) or (env and env not in ENVIRONMENTS) or origin not in CONTROL_ORIGINS:
                raise ValueError(f"{where}: route `{key}` has a bad scope/env/origin")
            body = tuple(words[2].removeprefix("body~").lower().split("|")) if len(words) == 3 else ()
            routes.append(Route(key, methods, tuple(words[1].lower().split("|")), body, spec["verb"], scope, env, origin))
        fixtures = s.get("fixtures") or {}
        if not fixtures:
            raise ValueError(f"{where}: every service carries [service.fixtures]")
        out.append(Service(s["name"], s["family"], tuple(h.lower() for h in s["hosts"]), s.get("prefix", "").lower(),
                           tuple(routes), tuple((str(k), str(v)) for k, v in fixtures.items())))  # fmt: skip
    return out


@lru_cache(maxsize=16)
def _file(fname: str) -> tuple[Service, ...]:
    return tuple(_load(fname))


def _files() -> list[str]:
    return sorted(f for f in os.listdir(DATA_DIR) if f.endswith(".toml"))


@lru_cache(maxsize=1)
def services() -> tuple[Service, ...]:
    """Every service of every table, in file order (tests, docs; a decision loads only the file its host is in)."""
    out = [s for fname in _files() for s in _file(fname)]
    names = [s.name for s in out]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise ValueError(f"apis: services named twice: {sorted(dup)}")
    return tuple(out)


_HOSTS_LINE = lazyre.compile(r'^hosts\s*=\s*\[([^\]]*)\]', re.M)
_NAME_LINE = lazyre.compile(r'^name\s*=\s*"([^"]+)"', re.M)


@lru_cache(maxsize=1)
def host_index() -> tuple[tuple[str, str], ...]:
    """(host pattern, file) for every service, read from the `hosts = [...]` lines without parsing the tables: a
    request to a host no table names never loads the TOML parser (a test checks it agrees with the tables)."""
    out: list[tuple[str, str]] = []
    for fname in _files():
        with open(os.path.join(DATA_DIR, fname), encoding="utf-8") as f:
            text = f.read()
        for m in _HOSTS_LINE.finditer(text):
            out += [(h.lower(), fname) for h in re.findall(r'"([^"]+)"', m.group(1))]
    return tuple(out)


_FAMILY_LINE = lazyre.compile(r'^family\s*=\s*"([a-z]+)"', re.M)


@lru_cache(maxsize=1)
def families() -> dict[str, str]:
    """Service name -> family, read from the `name`/`family` lines of the tables without parsing them (a test checks
    it agrees with the tables)."""
    out: dict[str, str] = {}
    for fname in _files():
        with open(os.path.join(DATA_DIR, fname), encoding="utf-8") as f:
            text = f.read()
        out.update(zip(_NAME_LINE.findall(text), _FAMILY_LINE.findall(text), strict=True))
    return out


#: Programs whose sub-command is a raw HTTP request with the program's own login (`az rest`: Azure Resource Manager
#: and Microsoft Graph) or a shell's own HTTP cmdlet (PowerShell `Invoke-RestMethod`): read into the same request.
REST_COMMANDS = frozenset({"az", "Invoke-RestMethod", "Invoke-WebRequest", "irm", "iwr"})


def is_rest(cmd: Command) -> bool:
    """`az rest …` or a PowerShell web cmdlet: an HTTP request by another program than an HTTP client."""
    if cmd.name not in REST_COMMANDS:
        return False
    return cmd.name != "az" or (len(cmd.argv) > 1 and cmd.argv[1].value == "rest")


def _rest(cmd: Command) -> Request | None:
    """`az rest --method M --url U --body B --headers K=V` (its default GET; a URL from `/subscriptions/…` goes to
    Azure Resource Manager) and `Invoke-RestMethod -Method M -Uri U -Body B -Headers @{…}`."""
    words = [w.value for w in cmd.argv[1:]]
    if cmd.name == "az":
        words = words[1:]
        opts = {"method": ("--method", "-m"), "url": ("--url", "--uri", "-u"), "body": ("--body", "-b"),
                "headers": ("--headers",)}
    else:
        opts = {"method": ("-method",), "url": ("-uri", "-url"), "body": ("-body",), "headers": ("-headers",)}
    got: dict[str, list[str]] = {}
    pos: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        head, eq, glued = w.partition("=") if w.startswith("--") else (w, "", "")
        key = next((k for k, names in opts.items() if head.lower() in names), None)
        if key is not None:
            val = glued if eq else (words[i + 1] if i + 1 < len(words) else "")
            got.setdefault(key, []).append(val)
            i += 1 if eq else 2
            continue
        if not w.startswith("-"):
            pos.append(w)
        i += 1
    url = (got.get("url") or [""])[0] or (pos[0] if cmd.name != "az" and pos else "")
    if not url:
        return None
    if url.startswith("/"):
        url = "https://management.azure.com" + url
    elif "://" not in url:
        url = "https://" + url
    method = ((got.get("method") or [""])[0] or ("POST" if got.get("body") and cmd.name != "az" else "GET")).upper()
    rest = url.split("://", 1)[1]
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0].lower()
    path = ("/" + rest.split("/", 1)[1] if "/" in rest else "/").split("?", 1)[0].split("#", 1)[0]
    creds = tuple(h.replace("=", ":", 1) for hs in got.get("headers", []) for h in hs.split() if "=" in h)
    return Request(method, url, host, path, " ".join(got.get("body", [])), creds)


def request(cmd: Command) -> Request | None:
    """The method, URL, body and credentials of one HTTP client command, or None when it names no URL."""
    from automode.shell.commands_net import unbundle

    if cmd.name not in CLIENTS:
        return _rest(cmd) if is_rest(cmd) else None
    words = unbundle(cmd)
    method = ""
    url = ""
    body: list[str] = []
    creds: list[str] = []
    upload = head = get = False
    httpie = cmd.name in _HTTPIE
    i = 0
    while i < len(words):
        v = words[i].value
        nxt = words[i + 1].value if i + 1 < len(words) else ""
        key, eq, glued = v.partition("=") if v.startswith("--") else (v, "", "")
        val = glued if eq else nxt
        step = 1 if eq else 2
        if key in ("-X", "--request", "--method") or (key.startswith("-X") and len(key) > 2 and not eq):
            method = (v[2:] if key.startswith("-X") and len(key) > 2 else val).upper()
            i += 1 if (key.startswith("-X") and len(key) > 2) else step
            continue
        if key in _DATA_OPTS and not httpie:
            body.append(val)
            i += step
            continue
        if key in _UPLOAD_OPTS and not httpie:
            upload = True
            i += step
            continue
        if key in _HEADER_OPTS:
            creds.append(val)
            i += step
            continue
        if key in ("-I", "--head") and not httpie:
            head = True
        elif key in ("-G", "--get"):
            get = True
        elif key in _VALUE_OPTS and not eq:
            i += 2
            continue
        elif not v.startswith("-") or v == "-":
            if httpie and not url and v.upper() in METHODS and v.isupper():
                method = v
            elif not url and _URLISH.match(v):
                url = v
            elif httpie and url and _ITEM.match(v):
                body.append(v)
            elif httpie and url and ":" in v:
                creds.append(v)  # `Authorization:Bearer $T`
        i += 1
    if not url:
        return None
    if not method:
        method = "HEAD" if head else "GET" if get else "PUT" if upload else "POST" if body else "GET"
    if url.startswith(":"):
        url = "http://localhost" + url  # HTTPie's `:8000/x`
    elif "://" not in url:
        url = "https://" + url
    rest = url.split("://", 1)[1]
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0].lower()
    path = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
    path = path.split("?", 1)[0].split("#", 1)[0]
    return Request(method, url, host, path, " ".join(body), tuple(creds))


@lru_cache(maxsize=256)
def service_of(host: str) -> Service | None:
    """The service answering on this host; the most specific pattern wins (`hooks.slack.com` over `*.slack.com`)."""
    best: tuple[int, str, str] | None = None
    for pat, fname in host_index():
        if fnmatch.fnmatchcase(host, pat):
            rank = len(pat.replace("*", ""))
            if best is None or rank > best[0]:
                best = (rank, pat, fname)
    if best is None:
        return None
    return next((s for s in _file(best[2]) if best[1] in s.hosts), None)


def route(s: Service, method: str, path: str, body: str = "") -> Route | None:
    p = path.lower()
    if s.prefix and p.startswith(s.prefix):
        p = p[len(s.prefix) :] or "/"
    low = body.lower()
    for r in s.routes:
        if r.methods and method not in r.methods:
            continue
        if r.body and not any(fnmatch.fnmatchcase(low, b) for b in r.body):
            continue
        if any(_path_match(pat, p) for pat in r.paths):
            return r
    return None


@lru_cache(maxsize=2048)
def _segments(text: str) -> tuple[str, ...]:
    return tuple(x for x in text.split("/") if x)


def _path_match(pattern: str, path: str) -> bool:
    return _seg_match(_segments(pattern), _segments(path))


def _seg_match(pat: tuple[str, ...], segs: tuple[str, ...]) -> bool:
    if not pat:
        return not segs
    if pat[0] == "**":
        return any(_seg_match(pat[1:], segs[k:]) for k in range(len(segs) + 1))
    return bool(segs) and fnmatch.fnmatchcase(segs[0], pat[0]) and _seg_match(pat[1:], segs[1:])


def classify(cmd: Command) -> Effect | None:
    """The control effect of an HTTP request to a known service's API, or None."""
    req = request(cmd)
    if req is None:
        return None
    s = service_of(req.host)
    if s is None:
        return None
    r = route(s, req.method, req.path, req.body)
    if r is None:
        return None
    raws = [w.raw for w in cmd.argv[1:] if w.dynamic and "$" in w.raw]
    # where it lands: markers in the URL, the body (a flag's `/environments/production/on`), the names of the variables
    # that carry its credentials and the keys' own prefixes (`sk_live_…` / `sk_test_…`)
    env = r.env or strongest([env_of(req.url), env_of(req.body[:400]), *(env_of(c) for c in req.credentials),
                              *(env_of(x) for x in raws)])
    return Effect("control", s.name, detail=(cmd.text or req.url)[:200], via=cmd.via, origin=r.origin, verb=r.verb,
                  scope=r.scope or "one", env=env, values=(req.url[:300],))  # fmt: skip


def fixtures() -> list[tuple[str, str, str]]:
    """(service, command, expected) for every fixture of every table (tests)."""
    return [(s.name, c, w) for s in services() for c, w in s.fixtures]


def describe_table() -> list[dict[str, Any]]:
    """Services with their hosts and routes (docs)."""
    return [{"name": s.name, "family": s.family, "hosts": s.hosts, "routes": [(r.key, r.verb, r.origin) for r in s.routes]}
            for s in services()]  # fmt: skip
