"""Settings whose value can reach wider than a line a user names (session 18, class I4), by kind, and which way
each kind widens.

A configuration edit changes key paths to values (`files.config_tree`, `files.settingsdiff.Change`). For the keys
of this table the change has a direction: a coverage minimum lowered, a logger made more verbose, a listener bound
to every interface, a source range opened to every address, a role raised to an administrator's, an allow-list
given `*`, a switch that opens something turned on (clear text, arbitrary loads, directory listing, anonymous
access) or one that protects turned off (verification, protected mode). `widened` returns the changes that move
that way; `judge.intent.config_scope` compares them with the user's words (the key, the value, the package and
the domain named), and `rules.writes_wide` (AM-WRITE-060) asks about them when nothing else does.

Each row: a name, its kind, a pattern over the key path (dot-joined, lower case), an optional pattern over the file
path, and the words a user names the setting by besides its own (in the languages the requests come in). Kinds:
* `level`: a logger's level (`logging.level.X`, `<logger name=X level=…>`, `LogLevel.X`, `logger.x.level`):
  TRACE < DEBUG < INFO < WARN < ERROR; more verbose is wider;
* `min`: a gate's minimum (coverage thresholds): lower is wider;
* `addr`: a listening address: every interface (`0.0.0.0`, `::`, `*`) is wider;
* `cidr`: a source range: every address (`0.0.0.0/0`, `::/0`, `*`, `Internet`) is wider;
* `role`: a grant's role: an owner's, an administrator's or a wildcard is wider;
* `star`: an allow-list: `*` is wider;
* `on`: a switch that opens (true is wider); `off`: a switch that protects (false is wider);
* `public`: a Service's type, a load balancer's scheme, an ACL or a visibility: `LoadBalancer`, `internet-facing`,
  `public-read` are wider;
* `fsroot`: a web server's document root or alias: `/`, `/home`, `/etc` are wider;
* `cmds`: a sudo grant's commands: any grant widens (its commands must be the ones named, `ALL` or `*` never are).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence


class Change(Protocol):
    """A changed setting (`files.settingsdiff.Change`; a protocol here so the knowledge imports nothing of `files`)."""

    @property
    def path(self) -> tuple[str, ...]: ...
    @property
    def old(self) -> str: ...
    @property
    def new(self) -> str: ...
    @property
    def name(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    kind: str
    key: str  # over the dot-joined key path, lower case
    file: str = ""  # over the file's path (any when empty)
    words: tuple[str, ...] = ()  # how users name it besides its own key words (lower case; stems)
    sensitive: bool = True  # widening it alone is a question under any request (AM-WRITE-060)


#: The loggers whose verbose levels write credentials, headers, bodies or bound parameters (wire and header
#: loggers, HTTP clients and servers, security and SASL classes, SQL parameter binding).
SENSITIVE_LOGGER = lazyre.compile(r"(?i)wire|header|\bsecurity\b|\.security|sasl|\bauth|oauth|credential|password|secret|token|jwt|saml|"
                                  r"\bssl|\btls|http\.?client|httpclient|client5|okhttp|reactor\.netty|webclient|resttemplate|feign|"
                                  r"botocore|urllib3|requests\.packages|http\.client|httpcore|httpx|aspnetcore\.http|httplogging|"
                                  r"system\.net\.http|hibernate\.(?:type|orm\.jdbc\.bind|sql)|jdbc\.(?:sqlonly|audit|resultset)|"
                                  r"\bbind\b|logbook|ws\.client|messagetracing|zeep|oauthlib|^hyper|^reqwest|^h2$|rustls|^tower_http|^root$|^$")
#: The configuration files of web servers (`files.config_tree.DIRECTIVE_FILE`'s servers).
DIRECTIVE_FILES = r"(?i)\.conf$|/(?:nginx[^/]*|httpd[^/]*|apache2?[^/]*|Caddyfile|lighttpd[^/]*|sites-(?:available|enabled)/[^/]+)$"
_LOGGING_FILE = lazyre.compile(r"(?i)(?:^|/)(?:log4j2?[\w.-]*|logback[\w.-]*|logging[\w.-]*|appsettings[\w.-]*\.json|"
                               r"application[\w.-]*\.(?:ya?ml|properties)|serilog[\w.-]*|nlog[\w.-]*\.config|log\.(?:ya?ml|json|ini|conf))$")
ROWS: tuple[Row, ...] = (
    # logback.qos.ch/manual/configuration.html#loggerElement; logging.apache.org/log4j/2.x/manual/configuration.html;
    # docs.spring.io (logging.level.*); learn.microsoft.com (Logging:LogLevel); docs.python.org logging.config
    Row("log-level", "level", r"(?:^|\.)(?:level|loglevel|log_level|log-level|threshold)$|(?:^|\.)(?:logging\.level|loglevel)\.|"
        r"^(?:rust_log|log_level|\w+_log_level|log)(?:\.|$)",
        words=("log", "logging", "logger", "level", "nivel", "niveau", "livello", "poziom", "ログ", "日志", "로그")),
    # jestjs.io/docs/configuration#coveragethreshold-object; vitest.dev/config/#coverage-thresholds; c8, nyc,
    # coverage.py (fail_under), codecov (target), karma (check)
    Row("coverage-min", "min", r"(?:threshold|thresholds|fail_under|fail-under|min_?coverage|minimum_?coverage|coverage.*(?:min|target))"
        r"(?:\.|$)|(?:^|\.)(?:branches|lines|functions|statements|target|minimum|coveredratio|minbound|minvalue)$",
        file=r"(?i)jest|vitest|vite\.config|karma|\.nycrc|\.c8rc|codecov|\.coveragerc|pyproject|setup\.cfg|tox\.ini|package\.json|"
        r"coverage|bunfig|pom\.xml|build\.gradle",
        words=("threshold", "coverage", "gate", "schwelle", "seuil", "umbral", "limiar", "soglia", "próg", "閾値", "阈值", "커버리지")),
    # nginx listen, redis bind, dockerd hosts, Spring server.address, Elasticsearch network.host, PostgreSQL
    # listen_addresses, MySQL bind-address, vite server.host
    Row("listen-address", "addr", r"(?:^|\.)(?:listen|bind|bind[_-]?address|listen[_-]?address(?:es)?|address|host|hosts|"
        r"network\.host|http\.host|server\.address|server\.host|ip|host_ip|bindip|bind_ip|http_addr|\w+_addr|listen_addr)$",
        words=("listen", "bind", "interface", "address", "ascolt", "escucha", "écout", "lausch", "nasłuch", "escut")),
    # Terraform aws_security_group, google_compute_firewall, azurerm_network_security_rule, k8s ipBlock
    Row("source-range", "cidr", r"(?:^|\.)(?:cidr_blocks|ipv6_cidr_blocks|cidr|cidr_ip|cidrip|cidr_ipv4|source_ranges|sourceranges|"
        r"source_address_prefix(?:es)?|remote_ip_prefix|allowed_ips|ip_range|ipblock\.cidr|loadbalancersourceranges)$",
        words=("ingress", "source", "firewall", "security group", "open")),
    # cloud.google.com/iam/docs/roles-overview; Azure role_definition_name; k8s roleRef; AWS managed policies
    Row("grant-role", "role", r"(?:^|\.)(?:role|roles|role_definition_name|role_definition_id|roleref\.name|policy_arn|"
        r"managed_policy_arns|org_role|orgrole)$",
        words=("role", "rolle", "rôle", "rol", "ruolo", "papel", "rola", "ロール", "角色", "역할", "grant", "access")),
    # Spring management.endpoints.web.exposure.include, Django ALLOWED_HOSTS, CORS lists, trusted proxies
    Row("allow-list", "star", r"(?:exposure\.include|allowed_hosts|allowedhosts|allow_origins|allowed_origins|allowedorigins|"
        r"cors.*origins?|trusted_?proxies|trustedproxies|csrf_trusted_origins)$",
        words=("expose", "host", "origin", "endpoint", "proxy", "cors")),
    # docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.exposing
    Row("actuator-exposure", "star", r"(?:^|\.)(?:include|exposure\.include)$", file=r"(?:^|/)application[\w.-]*\.(?:ya?ml|properties)$",
        words=("actuator", "endpoint", "expose", "expos")),
    # developer.android.com/privacy-and-security/security-config; Apple ATS keys
    Row("cleartext", "on", r"(?:^|\.)(?:cleartexttrafficpermitted|usescleartexttraffic|nsallowsarbitraryloads\w*|"
        r"nsexceptionallowsinsecurehttploads|nstemporaryexceptionallowsinsecurehttploads)$",
        words=("http", "cleartext", "clear text", "clear-text", "plain", "unencrypted", "insecure", "ats", "平文", "明文", "평문",
               "düz metin", "texto plano", "en clair", "in chiaro", "klartext", "niezaszyfr",
               # (session 26: "unencrypted" in the languages the judge reads)
               "sin cifrar", "no cifrad", "sem criptograf", "não criptograf", "nao criptograf", "texto puro",
               "unverschlüsselt", "unverschluesselt", "non chiffr", "non crittograf", "nieszyfrowan", "nešifrovan",
               "nesifrovan", "незашифр", "şifresiz", "sifresiz", "tanpa enkripsi", "không mã hóa", "암호화되지", "未加密",
               "暗号化されていない", "暗号化なし", "okrypter", "onversleuteld", "salaamato", "titkosítatlan")),
    # nginx autoindex; grafana [auth.anonymous]; mosquitto allow_anonymous
    Row("listing-anonymous", "on", r"(?:^|\.)(?:autoindex|allow_anonymous|auth\.anonymous\.enabled|anonymous\.enabled)$",
        words=("autoindex", "directory listing", "listing", "anonymous", "anonym", "anónim", "anonim")),
    # sudoers(5): a grant's commands (any grant is privileged; its commands must be the ones named)
    Row("sudo-grant", "cmds", r"^sudoers\..*\.commands$",
        words=("sudo", "sudoers", "root", "password", "passwort", "contraseña", "mot de passe", "senha", "hasło", "şifre", "パスワード",
               "密码", "비밀번호", "nopasswd")),
    # Redis protected-mode; TLS verification switches
    Row("protection-off", "off", r"(?:^|\.)(?:protected-mode|protected_mode|verify_ssl|ssl_verify|sslverify|tls_verify|"
        r"rejectunauthorized|verify_certs?)$",
        words=("protected", "verif", "tls", "ssl", "certificate")),
    # Kubernetes Service type, an AWS load balancer's scheme, a bucket's ACL, a repository's or an image's visibility
    Row("public-exposure", "public", r"(?:^|\.)(?:spec\.)?(?:type|scheme|acl|predefined_acl|visibility|ingress)$",
        words=("loadbalancer", "load balancer", "nodeport", "public", "expose", "internet", "öffentlich", "público", "publique",
               "pubblic", "publiczn", "公開", "公开", "공개")),
    # a web server's document root or alias set to the filesystem's root or a home (nginx, Apache, Caddy, lighttpd)
    Row("web-root", "fsroot", r"(?:^|\.)(?:root|document_?root|alias|server\.document-root)$", file=DIRECTIVE_FILES,
        words=("root", "document root", "docroot", "serve")),
    # Any other key whose specific value becomes a pattern that matches everything (`hostname: '**'`, `origin: "*"`);
    # path lists (include, exclude, files, globs) are other rules' business.
    Row("any-wildcard", "star", r"^(?!.*(?:include|exclude|files|paths?|ignore|glob|pattern|testmatch|src|roots?|dirs?|"
        r"directories|extensions|watch|spec|output|entry|input)[^.]*$).+$", words=(), sensitive=True),
)  # fmt: skip

#: Words for every address, in the languages requests come in ("from anywhere", "kutoka popote", "dla całego świata").
WORLD_SAID = lazyre.compile(r"(?i)\b(?:any\s*where|everywhere|every(?:one|body)|any\s+(?:ip|address|source|host)|all\s+(?:ips|addresses|sources)|"
                       r"(?:the\s+)?(?:whole\s+|entire\s+|public\s+)?internet|world|public(?:ly)?|0\.0\.0\.0(?:/0)?|::/0|"
                       r"popote|kila\s+mahali|dunia|überall|ganze[nm]?\s+(?:internet|welt)|öffentlich|partout|tout\s+le\s+monde|"
                       r"tout\s+internet|n'importe\s+o[uù]|cualquier\s+(?:lugar|sitio|ip|origen)|todo\s+(?:el\s+)?(?:mundo|internet)|"
                       r"qualquer\s+(?:lugar|ip|origem)|todo\s+o\s+mundo|ovunque|tutto\s+(?:il\s+)?(?:mondo|internet)|qualsiasi|"
                       r"ca[łl]ego\s+[śs]wiata|ca[łl]y\s+internet|wszędzie|sk[aą]dkolwiek|dowoln\w+|her\s*yerden|herkese|"
                       r"везде|откуда\s+угодно|весь\s+(?:мир|интернет)|mọi\s+nơi|di\s*mana\s*saja|semua\s+ip)|"
                       r"どこからでも|全世界|任何(?:地方|来源|ip)|所有\s*ip|어디서나|모든\s*(?:ip|곳)|インターネット全体|全部のip")  # fmt: skip
LEVELS = {"all": 0, "finest": 0, "trace": 0, "verbose": 0, "finer": 1, "fine": 1, "debug": 1, "config": 2, "info": 2,
          "information": 2, "notice": 2, "warn": 3, "warning": 3, "error": 4, "severe": 4, "critical": 5, "fatal": 5,
          "off": 6, "none": 6}  # fmt: skip
_WORLD_ADDR = lazyre.compile(r"^(?:(?:tcp|http)s?://)?(?:0\.0\.0\.0|::|\[::\]|\*)(?::\d+)?$")
_WORLD_CIDR = lazyre.compile(r"(?i)^\[?\s*[\"']?(?:0\.0\.0\.0/0|::/0|\*|internet|any)[\"']?\s*\]?$")
_PRIVILEGED = lazyre.compile(r"(?i)(?:^|[/.:])(?:owner|admin|administrator|editor|contributor|superuser|cluster-admin|"
                             r"administratoraccess|poweruseraccess|iamfullaccess)$|\.admin$|admin$|^\*$|^roles/\*$|:\*$")
#: Values that put a service or a store on the internet.
_PUBLIC = frozenset({"loadbalancer", "nodeport", "internet-facing", "public", "public-read", "public-read-write", "publicread",
                     "publicreadwrite", "allusers", "allauthenticatedusers", "all", "internal-and-cloud-load-balancing"})
#: Values that match everything.
_EVERYTHING = frozenset({"*", "**", "*.*", ".*", "*/*", "**/*"})
TRUE = frozenset({"true", "yes", "on", "1", "enabled", "enable"})
FALSE = frozenset({"false", "no", "off", "0", "disabled", "disable", "none"})


def _clean(v: str) -> str:
    return v.strip().strip("\"'").strip().lower()


def _num(v: str) -> float | None:
    try:
        return float(_clean(v).rstrip("%"))
    except ValueError:
        return None


def level(v: str) -> int | None:
    return LEVELS.get(_clean(v))


def wide(kind: str, old: str, new: str) -> bool:
    """Whether a change of this kind's value from `old` to `new` widens it."""
    o, n = _clean(old), _clean(new)
    if o == n:
        return False
    if kind == "level":
        lo, ln = level(old) if old else 2, level(new)
        return ln is not None and lo is not None and ln < lo and ln <= 1
    if kind == "min":
        a, b = _num(old), _num(new)
        return a is not None and b is not None and b < a
    if kind == "addr":
        return bool(_WORLD_ADDR.match(n) or any(_WORLD_ADDR.match(x) for x in n.split())) and not _WORLD_ADDR.match(o)
    if kind == "cidr":
        return bool(_WORLD_CIDR.match(n) or "0.0.0.0/0" in n or "::/0" in n) and "0.0.0.0/0" not in o
    if kind == "role":
        return bool(_PRIVILEGED.search(n)) and not _PRIVILEGED.search(o)
    if kind == "star":
        items = [x.strip().strip("\"'") for x in re.split(r"[,\s\[\]]+", n) if x.strip().strip("\"'")]
        return any(x in _EVERYTHING for x in items) and not any(x.strip("\"'") in _EVERYTHING for x in re.split(r"[,\s\[\]]+", o))
    if kind == "cmds":
        return bool(n) and n != o
    if kind == "fsroot":
        return n.rstrip("/") in ("", "/home", "/root", "/etc", "~", "/users", "/var") and o != n
    if kind == "public":
        return n in _PUBLIC and o not in _PUBLIC
    if kind == "on":
        return n in TRUE and o not in TRUE
    if kind == "off":
        return n in FALSE and o not in FALSE
    return False


def row_of(c: Change, path: str) -> Row | None:
    """The row a changed setting belongs to, None when it is none of this table's."""
    key = ".".join(p.lower() for p in c.path)
    for r in ROWS:
        if r.file and not lazyre.built(r.file).search(path):
            continue
        if lazyre.built(r.key).search(key):
            if r.kind == "level" and level(c.new) is None:
                continue
            if r.name == "any-wildcard" and (not c.old or not wide("star", c.old, c.new)):
                continue  # (a new key's wildcard: only the allow-lists named above; any other value: no wildcard)
            return r
    if level(c.new) is not None and _LOGGING_FILE.search(path) and (level(c.old) is not None or not c.old):
        return ROWS[0]  # `"System.Net.Http.HttpClient": "Trace"` in a logging section: a level by its value and file
    return None


def logger(c: Change, siblings: Sequence[Change] | None = None) -> str:
    """The logger a level change is about: the path without its containers, or a `.name` sibling's value."""
    parts = [p for p in c.path if p.lower() not in ("level", "loglevel", "log_level", "log-level", "logging", "loggers", "rust_log", "log",
                                                       "configuration", "threshold", "root")]  # fmt: skip
    if siblings and len(c.path) >= 2:
        base = c.path[:-1]
        for s in siblings:
            if s.path == (*base, "name"):
                return s.new
    names = [re.sub(r"^[\w-]+\[(.*)\]$", r"\1", p) for p in parts]
    return ".".join(n for n in names if n.lower() not in ("logger", "asynclogger", "loggers")) or "root"


def widened(changes: Sequence[Change], path: str) -> list[tuple[Row, Change]]:
    """The changes that move a setting of this table to its wide side."""
    out: list[tuple[Row, Change]] = []
    for c in changes:
        r = row_of(c, path)
        if r is None or not wide(r.kind, c.old, c.new):
            continue
        if r.kind == "level" and not c.old and level(c.new) is not None and level(c.new) > 1:  # type: ignore[operator]
            continue
        if r.kind == "addr" and not c.old and c.path[-1] == "host_ip":
            continue  # a port published anew: the engine's default, not an address taken away
        out.append((r, c))
    return out


def sensitive(r: Row, c: Change, siblings: Sequence[Change]) -> bool:
    """Whether this widening alone is a question under any request: a verbose level of a logger that writes
    credentials or traffic, or any other row's widening."""
    if r.kind == "level":
        return bool(SENSITIVE_LOGGER.search(logger(c, siblings)))
    return r.sensitive
