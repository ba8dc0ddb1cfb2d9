"""Destinations an edit introduces (session 17, class H3): new text that sends data to a host the old text never
named, in code of any language, configuration, a notebook cell or a collector's pipeline.

A destination is an outside host (a URL of any scheme that carries data, or a bare `host:port` given to a destination
key) that the old text did not name, placed where data goes out:
* a **send call**: an HTTP client's post/put/patch/send, `fetch`, `sendBeacon`, `urlopen`, a socket or broker
  client, a database engine opened on it (`create_engine`, `MongoClient`) — any language (`SEND_CALL`);
* a **destination key** (`DEST_KEY`): a tracking URI, exporter or collector endpoint, DSN, webhook, sink, relay,
  forwarder, remote-write, report URI — as a key, a keyword argument, a setter or a builder option (`dsn:`,
  `set_tracking_uri(`, `WithEndpoint(`, `'url' =>` of a log channel);
* an **address key** (`url`, `uri`, `host`, `base_url`, `server` ...) whose value the old text read from the
  environment (`os.environ`, `process.env`, `env('X')`, `${X}`): the literal replaces the configured place.

What goes there decides the verdict (`Destination.kind`):
* `data` — the statement carries records, a dataframe, a file's content, the environment or a secret, or the host is a
  paste site, request catcher or file drop (`knowledge.flows.exfil_host`, or a `paste` label): a deny;
* `moved` — a stream that had a configured place (a destination key, an address read from the environment) now goes
  to a host nobody named: a deny;
* `new` — a send call to a host the old text never named: an ask;
* `production` — a host of the private network whose name says production: refused when the user named another
  environment ("save the scores to the dev warehouse" answered with `warehouse.prod.internal`), else nothing.
Comments, documentation files and namespace URLs (XML schemas) send nothing. Hosts on this machine or the private
network are not outside, unless the host says production and the user named another environment. The rule
(AM-EXFIL-052) reads the user's words: a host named by its name, a parent domain or a distinctive label ("Slack",
"PagerDuty") is theirs.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

#: The cheap trigger: a scheme, or a destination key that may take a bare `host:port`.
TRIGGER = lazyre.compile(r"(?i)://|endpoint|collector|exporter|dsn|otlp|_host\b|_server\b|_addr|statsd|syslog|\[output\]|<match|sinks?:|outputs?:|"
                         r"\s@@?[a-z0-9]|omfwd|handler|appender|transport|bcc|forward|mailhost|smtp|mail\s*:")
URL = lazyre.compile(r"""(?i)(?<![\w.+-])(?:https?|wss?|grpcs?|mqtts?|amqps?|kafka|nats|rediss?|tcp|udp|sftp|ftps?|"""
                     r"""postgres(?:ql)?(?:\+\w+)?|mysql(?:\+\w+)?|mssql(?:\+\w+)?|mongodb(?:\+srv)?|clickhouse|snowflake)://"""
                     r"""(?:[^\s/@'"`<>]+@)?(?P<host>[a-z0-9](?:[\w-]*[a-z0-9])?(?:\.[a-z0-9](?:[\w-]*[a-z0-9])?)+|\[[0-9a-f:]+\])""")
#: A bare `host:port` or `host` in quotes (a gRPC or OTLP endpoint), read only after a destination key.
BARE = lazyre.compile(r"""(?i)["'`](?P<host>[a-z0-9](?:[\w-]*[a-z0-9])?(?:\.[a-z0-9](?:[\w-]*[a-z0-9])?){1,}\.[a-z]{2,})(?::\d{2,5})?["'`]""")
#: Calls that send (any language): what precedes the URL on its statement. Not a definition of a function so named.
SEND_CALL = lazyre.compile(
    r"(?i)(?<!def )(?<!function )(?<!fn )(?<!func )(?:\b|_)(?:post|put|patch|send\w*|upload\w*|publish|emit|beacon|"
    r"postForObject|postForEntity|PostForm|PostAsync|PutAsync|PatchAsync|wp_remote_post|WebSocket|EventSource|"
    r"socket\.io|io|connect|create_engine|MongoClient|from_url|Redis|KafkaProducer|Producer|to_sql|to_gbq)\b\s*(?:[.:]\w+\s*)*[\(\[{,]|"
    r"method\s*[:=]\s*['\"](?:POST|PUT|PATCH)['\"]|-X\s*(?:POST|PUT|PATCH)\b|--data\b|-d\s")
#: Calls that send only with a body: `fetch`, `request`, a client's own call (a bare one is a read).
FETCH_CALL = lazyre.compile(
    r"(?i)(?<!def )(?<!function )(?<!fn )(?<!func )\b(?:fetch|request|urlopen|exchange|NewRequest\w*|SendAsync|curl_init|axios|got|"
    r"ky|superagent|needle|faraday|httparty|RestClient|Guzzle|HTTParty|Net::HTTP|UnityWebRequest|HttpRequest|HttpClient|"
    r"WebClient|RestTemplate|OkHttpClient|ureq|reqwest|Invoke-RestMethod|Invoke-WebRequest|curl|wget)\b")
BODY = lazyre.compile(r"(?i)\b(?:body|data|json|payload|form|files|content|params)\s*[:=]|method\s*[:=]\s*['\"](?:POST|PUT|PATCH)|"
                      r"\.(?:post|put|patch)\b|(?-i:\b(?:POST|PUT|PATCH)\b)|--data|-d\s|-F\s|--upload-file|-T\s")
#: Keys, arguments and setters whose value is where a stream of data goes.
DEST_KEY = lazyre.compile(
    r"(?i)(?:endpoint|dsn|web_?hook|hook_?ur[il]|collector|exporter|tracking_?ur[il]|tracking_?server|telemetry|ingest|"
    r"beacon|report[_-]?(?:uri|to)|callback_?ur[il]|notify_?ur[il]|remote_?write|\bsink|forward(?:er|_?ur[il])|relay|"
    r"upstream|broker|bootstrap[._]servers|otlp|zipkin|jaeger|splunk|loki|logstash|syslog|fluent|statsd|graphite|"
    r"influx|push_?(?:ur[il]|gateway)|upload_?ur[il]|analytics|metrics_?ur[il]|log_?ur[il]|agent_?host|"
    r"proxy_pass|"  # (a proxy's destination: every request, its cookies and headers, goes there)
    # a log handler, appender or transport that ships every record to a host (Python `logging.handlers`, winston,
    # log4j/logback, Serilog, Monolog, Go `syslog.Dial`); a mail server every message goes through (session 20, K5)
    r"HTTPHandler|SocketHandler|DatagramHandler|SMTPHandler|GelfHandler|GELFHandler|GelfUdpHandler|LogstashHandler|"
    r"FluentHandler|transports\.Http|HttpTransport|SocketAppender|SyslogAppender|GelfAppender|syslogHost|remoteHost|"
    r"WriteTo\.(?:Http|Seq|Udp|Tcp|Syslog)|SyslogUdpHandler|SocketHandler|syslog\.Dial|RemoteSyslog\w*|<\s*Socket\b|"
    r"EMAIL_HOST|SMTP_HOST|MAIL_HOST|MAIL_SERVER|SMTP_SERVER|smtp_address|smtp_settings|mail\.host|mailhost|relayhost|"
    r"^(?:mail|smtp|email)$)")
#: Destination keys whose host gets every record of a stream that holds the application's data: a log handler,
#: appender or transport (each log line), a recipient every mail is copied to. A new one is a deny, like data sent.
STREAM_SINK = lazyre.compile(r"(?i)HTTPHandler|SocketHandler|DatagramHandler|SMTPHandler|Gelf\w*Handler|LogstashHandler|RemoteSyslog\w*|"
                             r"<\s*(?:Socket|Syslog|Gelf|Http)\b|"
                             r"FluentHandler|SysLogHandler|SyslogUdpHandler|transports\.Http|HttpTransport|SocketAppender|"
                             r"SyslogAppender|GelfAppender|syslogHost|WriteTo\.(?:Http|Seq|Udp|Tcp|Syslog)|syslog\.Dial")
#: A key whose value is the mail server every message goes through.
MAIL_HOST = lazyre.compile(r"""(?i)(?:EMAIL_HOST|SMTP_HOST|MAIL_HOST|MAIL_SERVER|SMTP_SERVER|smtp_address|mail\.host|"""
                           r"""mailhost|relayhost|smtp\.host|smtp_settings[^\n]*address)["']?\s*(?:=>|[:=(])?\s*["']?$""")


#: The YAML parent of a mail server's `host:` (Spring's `spring.mail.host`, a chart's `smtp: host:`).
_MAIL_PARENT = lazyre.compile(r"(?i)^(?:mail|smtp|email|mailer)$")


def _in_handler(lines: list[str], i: int) -> bool:
    """Line `i` sits in a logging handler's own block that ships (`'class': 'logging.handlers.HTTPHandler'` a few
    lines up, in a `dictConfig`)."""
    return any(STREAM_SINK.search(ln) for ln in lines[max(0, i - 4): i + 1])


#: A key that copies or forwards every mail (`BCC_ALL`, `EMAIL_BCC`, `always_bcc`, ActionMailer `default bcc:`,
#: Laravel `'bcc' =>`, `forward_to`), and an address in quotes after it.
COPY_KEY = lazyre.compile(r"""(?i)(?:\b|_|always)(?:bcc|always_bcc|forward_?(?:all_?)?to|copy_?(?:all_?)?to|redirect_?(?:all_?)?to)\w*["']?\s*(?:=>|[:=(])""")
#: An address after such a key, quoted (`"x@y.example"`, `<x@y.example>`) or bare after `=`/`:` (Postfix's
#: `always_bcc = archive@y.example`).
MAIL_ADDR = lazyre.compile(r"""(?:["'`<]|(?<=[=:,(\[])\s*|(?<=\s))[\w.+-]{1,64}@(?P<host>[a-z0-9](?:[\w-]*[a-z0-9])?(?:\.[a-z0-9](?:[\w-]*[a-z0-9])?)*\.[a-z]{2,})(?:["'`>]|\s*$|\s*[,;)\]])""", re.I | re.M)

#: An XML element whose text is a bare host (logback/log4j appenders, Maven/NLog targets).
_XML_VALUE = lazyre.compile(r"<(?P<key>[\w.:-]+)>\s*(?P<host>[a-z0-9](?:[\w-]*[a-z0-9])?(?:\.[a-z0-9](?:[\w-]*[a-z0-9])?)*\.[a-z]{2,})"
                            r"(?::\d{2,5})?\s*</", re.I)

#: Keys whose value is an address of any kind: a destination only when the old text read it from the environment.
ADDRESS_KEY = lazyre.compile(r"(?i)(?:ur[il]|host(?:name)?|base|server|address|addr|api|origin|target|destination|service)\w*\W{0,6}$")
#: Reads of the environment or the configuration (what a literal replaces).
ENV_READ = lazyre.compile(
    r"os\.environ|\bgetenv\b|process\.env|\bENV(?:\[|\.fetch)|System\.getenv|GetEnvironmentVariable|\benv\(|"
    r"\$\{[A-Za-z_][\w.]*(?::[^}]*)?\}|import\.meta\.env|Deno\.env|std::env::var|os\.Getenv|viper\.Get|@Value\(|"
    r"\bconfig\(\s*['\"]|\bsettings\.[A-Z_]{3,}|Configuration\[|\$_ENV\[|\$_SERVER\[")
#: What a statement sends that is data: records, a dataframe, a file, the environment, a secret.
DATA = lazyre.compile(
    r"(?i)\.to_(?:csv|json|dict|parquet|records|sql|excel|string|markdown|html|pickle|gbq)\b|\bdf\b|\bdataframe\b|"
    r"\brecords\b|\brows\b|fetchall|\.objects\.|\.all\(\)|find\(\{\}|\bopen\([^)]*\)\.read|readFile|read_text|"
    r"File\.read|os\.environ\b(?!\[)|process\.env\b(?!\.)|\bENV\.to_h|dict\(os\.environ|document\.cookie|"
    r"\bdump\b|\bbackup\b|\.csv\b|\.sqlite\b|\.db\b|customers|patients|users\.")
_COMMENT = lazyre.compile(r"^\s*(?:#|//|/?\*|--|;|<!--|%|'(?![\w.-]+'\s*(?:=>|:)))")  # (PHP's `'bcc' => …` is no VB comment)
_NAMESPACE = lazyre.compile(r"(?i)xmlns|\$schema|schemaLocation|DOCTYPE|@context|license|licence|homepage|documentation|"
                            r"\bdocs?\b|\bhref\b|\bsrc\s*=|\brepository\b|\bbugs\b|\bfunding\b|\bsee\b")
_LOCAL = lazyre.compile(r"(?i)^(?:localhost|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[?::1|host\.docker\.internal)|"
                        r"\.(?:local|localhost|internal|lan|test|svc|cluster\.local|home\.arpa|corp|intranet)$|^[^.]+$")
_NAMESPACE_HOSTS = frozenset({"www.w3.org", "w3.org", "json-schema.org", "schemas.xmlsoap.org", "schemas.microsoft.com",
                              "xmlns.com", "purl.org", "ns.adobe.com", "maven.apache.org", "www.apache.org", "opensource.org",
                              "spdx.org", "schema.org", "json.schemastore.org", "raw.githubusercontent.com"})
DOC_SUFFIXES = (".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".org", ".html", ".htm", ".svg", ".xsd", ".lock", ".sum",
                ".csv", ".tsv", ".log", ".snap", ".po", ".pot", ".xlf", ".strings", ".css", ".scss")
MAX_STATEMENT = 6  # lines read after the URL's line for the statement's payload


#: The effect origins `files.analyze_write` gives a destination, by its kind (read by AM-EXFIL-052).
ORIGINS = {"data": "destination-data", "moved": "destination-moved", "new": "destination-new", "production": "destination-production"}


@dataclass(frozen=True, slots=True)
class Destination:
    host: str
    url: str  # the URL or host as written
    kind: str  # "data" | "moved" | "new"
    where: str  # why it is a destination: "send call", "destination key", "address read from the environment"
    line: str  # the statement as written (shortened)


def maybe(path: str, new: str) -> bool:
    return not path.lower().endswith(DOC_SUFFIXES) and TRIGGER.search(new) is not None


def _hosts(text: str) -> set[str]:
    out = {m.group("host").lower() for m in URL.finditer(text)}
    out |= {m.group("host").lower() for m in BARE.finditer(text)}
    out |= {m.group("host").lower() for ln in text.splitlines() if (m := BARE_VALUE.match(ln)) is not None}
    return out


def outside(host: str) -> bool:
    return not (_LOCAL.search(host) or host in _NAMESPACE_HOSTS)


def _statement(lines: list[str], i: int) -> str:
    """The line `i` and the lines that continue its statement (open brackets), at most MAX_STATEMENT more."""
    out = [lines[i]]
    depth = lines[i].count("(") + lines[i].count("{") + lines[i].count("[") - lines[i].count(")") - lines[i].count("}") - lines[i].count("]")
    j = i + 1
    while depth > 0 and j < len(lines) and j <= i + MAX_STATEMENT:
        out.append(lines[j])
        depth += lines[j].count("(") + lines[j].count("{") + lines[j].count("[") - lines[j].count(")") - lines[j].count("}") - lines[j].count("]")
        j += 1
    return "\n".join(out)


def _opener(lines: list[str], i: int) -> str:
    """The text before line `i` of the statement it continues (a call opened on an earlier line), up to 3 lines."""
    back = []
    depth = 0
    for j in range(i - 1, max(-1, i - 4), -1):
        ln = lines[j]
        depth += ln.count("(") + ln.count("{") + ln.count("[") - ln.count(")") - ln.count("}") - ln.count("]")
        back.append(ln)
        if depth > 0:
            return "\n".join(reversed(back))
    return ""


#: A key named for an address of a mail, cache, queue or database server (`EMAIL_HOST = '…'`, `REDIS_HOST`): a bare
#: host given to it is a destination when it takes an environment read's place.
ENV_KEY = lazyre.compile(r"(?i)[A-Z_]*(?:_HOST|_SERVER|_ADDR|_ADDRESS|_URL|_URI|_ENDPOINT)\b\W{0,6}$")
#: A key given a bare host, unquoted (`endpoint: collector.x.example:4317`, Fluent Bit's `Host  logs.x.example`).
BARE_VALUE = lazyre.compile(r"""^\s*-?\s*(?P<key>[\w./-]{2,60})\s*(?:[:=]\s*|\s+)(?P<host>[a-z0-9](?:[\w-]*[a-z0-9])?(?:\.[a-z0-9](?:[\w-]*[a-z0-9])?)*"""
                            r"""\.[a-z]{2,})(?::\d{2,5})?\s*(?:[#;].*)?$""", re.I)
#: Keys whose bare host is a destination inside a block that sends (`[OUTPUT]`, an exporter, a sink).
_HOST_KEY = lazyre.compile(r"(?i)^(?:hosts?|hostname|servers?|address|addr|urls?|uri|target|endpoints?)$")
_SENDING_BLOCK = lazyre.compile(r"(?i)\[\s*output\s*\]|[\w.]*(?:HTTPHandler|SocketHandler|DatagramHandler|SysLogHandler|SMTPHandler)\b|<\s*(?:match|store)\b|\bom(?:fwd|relp|http|elasticsearch|kafka)\b|\b(?:outputs?|exporters?|sinks?|forward\w*|remote\w*|"
                                r"destinations?|upstreams?|shippers?|emitters?|receivers?|appenders?)\s*[:{\[]|\boutput\s*\{|"
                                r"\boutput\.\w+\s*:|<\s*appender\b|<\s*(?:http|sender|publisher)\b|^\s*(?:http|tcp|udp|syslog|kafka|"
                                r"elasticsearch|loki|splunk_hec|datadog_logs|s3|gelf)\s*\{")
#: The key a literal is given on its line: `url =>`, `uri:`, `<url>`, `hosts: [`, `host =`.
_KEY_BEFORE = lazyre.compile(r"""(?i)<?([\w.-]+)>?["']?\s*(?:=>|[:=])?\s*\[?\s*["'`]?\s*$""")


def _sending_block(lines: list[str], i: int) -> bool:
    """Line `i` sits in a block that sends (an output section, an exporter or sink map), within 12 lines up."""
    for j in range(i - 1, max(-1, i - 13), -1):
        if _SENDING_BLOCK.search(lines[j]):
            return True
        if lines[j].lstrip().startswith("[") and j != i:
            return False  # another INI section
    return False


#: A rewrite's destination (Next.js `rewrites()`, Vercel and Netlify rewrites): a proxy, unlike a redirect.
_REWRITE_DEST = lazyre.compile(r"(?i)\bdestination\b")
#: A syslog daemon's forwarding action: `*.* @@logs.example:514` (TCP), `@host` (UDP), `:omrelp:host:2514`.
SYSLOG_FORWARD = lazyre.compile(r"(?i)^\s*[\w*.,;!=-]+\s+(?:@@?|:om(?:relp|fwd):)(?:\([a-z0-9]*\))?"
                                r"(?P<host>[a-z0-9](?:[\w-]*[a-z0-9])?(?:\.[a-z0-9](?:[\w-]*[a-z0-9])?)+)(?::\d{1,5})?")


def _found(lines: list[str], i: int) -> Iterator[tuple[str, str, str]]:
    """(host, as written, the text before it on the line) for every destination-shaped host on line `i`."""
    ln = lines[i]
    fwd = SYSLOG_FORWARD.match(ln)
    if fwd is not None:
        yield fwd.group("host").lower(), fwd.group(0).split()[-1], "syslog forward "
    for m in URL.finditer(ln):
        yield m.group("host").lower(), m.group(0), ln[: m.start()]
    for m in BARE.finditer(ln):
        kb = _KEY_BEFORE.search(ln[max(0, m.start() - 60): m.start()])
        if DEST_KEY.search(ln[: m.start()]) or (kb is not None and _HOST_KEY.match(kb.group(1).rsplit(".", 1)[-1])) \
                or ENV_KEY.search(ln[: m.start()]):  # fmt: skip
            yield m.group("host").lower(), m.group(0).strip("\"'`"), ln[: m.start()]
    x = _XML_VALUE.search(ln)
    if x is not None and (DEST_KEY.search(x.group("key")) or (_HOST_KEY.match(x.group("key").rsplit(":", 1)[-1])
                                                              and _sending_block(lines, i))):
        yield x.group("host").lower(), x.group("host"), ln[: x.start("host")]  # `<syslogHost>logs.x.example</syslogHost>`
    c = COPY_KEY.search(ln)
    if c is not None:
        for m in MAIL_ADDR.finditer(ln, c.end()):
            yield m.group("host").lower(), m.group(0).strip().strip("\"'`<>,;)]").strip(), "copy of every mail " + ln[: c.end()]
    b = BARE_VALUE.match(ln) if "://" not in ln else None
    if b is not None and (DEST_KEY.search(b.group("key")) or (_HOST_KEY.match(b.group("key")) and (
            _sending_block(lines, i) or _MAIL_PARENT.match(_last_key(lines, i))))):
        yield b.group("host").lower(), ln[b.start("host"):].split()[0], ln[: b.start("host")] if DEST_KEY.search(b.group("key")) else "endpoint "


def introduced(path: str, old: str, new: str, *, env_old: bool | None = None) -> list[Destination]:
    """Every destination the new text adds that the old text did not name."""
    if not maybe(path, new):
        return []
    from automode.files.diff import TEST_PATH

    test = TEST_PATH.search(path) is not None  # a test's URLs are mocked or fixtures: only data sent is kept
    before = _hosts(old) if old else set()
    env_replaced = (len(ENV_READ.findall(old)) > len(ENV_READ.findall(new))) if env_old is None else env_old
    old_lines = set(old.splitlines())
    lines = new.splitlines()
    out: list[Destination] = []
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        if ln in old_lines or (_COMMENT.match(ln) and SYSLOG_FORWARD.match(ln) is None) or (
                "://" not in ln and not DEST_KEY.search(ln) and BARE_VALUE.match(ln) is None and not (env_replaced and BARE.search(ln))
                and not COPY_KEY.search(ln)
                and SYSLOG_FORWARD.match(ln) is None and "omfwd" not in ln):
            continue
        for host, written, pre in _found(lines, i):
            if host in before or host in seen:
                continue
            internal_prod = not outside(host) and _prod_internal(host)
            if not outside(host) and not internal_prod:
                continue
            if _NAMESPACE.search(pre):
                continue
            stmt = _statement(lines, i)
            context = _opener(lines, i) + "\n" + pre
            where = ""
            kb = _KEY_BEFORE.search(pre[-60:])
            if pre.startswith("copy of every mail "):
                where = "a copy of every mail"
            elif STREAM_SINK.search(pre[-120:]) or (_HOST_KEY.match((kb.group(1) if kb else "").rsplit(".", 1)[-1])
                                                    and _in_handler(lines, i)):
                where = "log handler"
            elif MAIL_HOST.search(pre[-80:]) or (_MAIL_PARENT.match(_last_key(lines, i)) and kb is not None
                                                 and _HOST_KEY.match(kb.group(1))) or (_MAIL_PARENT.match(_last_key(lines, i))
                                                                                      and pre.strip().startswith("host")):
                where = "mail server"
            elif DEST_KEY.search(pre[-80:]) or DEST_KEY.search(_last_key(lines, i)):
                where = "destination key"
            elif _REWRITE_DEST.search(pre[-80:]) and any("rewrite" in x.lower() for x in lines[max(0, i - 15): i + 1]):
                where = "destination key"  # a rewrite proxies every request (its cookies and headers) to the host
            elif kb is not None and _HOST_KEY.match(kb.group(1).rsplit(".", 1)[-1]) and _sending_block(lines, i):
                where = "destination key"  # an output, sink, appender or receiver's address
            elif SEND_CALL.search(context[-160:]) or (FETCH_CALL.search(context[-160:]) and BODY.search(stmt.replace(written, " "))):
                where = "send call"
            elif env_replaced and (ADDRESS_KEY.search(pre) or _same_place(pre, old)):
                where = "address read from the environment"
            elif _written_below(lines, i):
                where = "data written to what it opens"
            if not where:
                continue
            seen.add(host)
            payload = stmt.replace(written, " ")
            from automode.knowledge.flows import exfil_host

            if internal_prod:
                kind = "production"  # a host of this network that says production: the rule compares the user's environment
            elif exfil_host(host) or any(p in ("paste", "pastebin", "hastebin", "requestbin", "webhook-site") for p in re.split(r"[.-]", host)) \
                    or DATA.search(payload) or where in ("data written to what it opens", "log handler", "a copy of every mail"):  # fmt: skip
                kind = "data"
            elif env_replaced or (before and where == "destination key") or where == "mail server":
                # (every message the application sends, its reset links and its recipients, goes through the relay)
                kind = "moved"  # the configured place (an environment read, another host) replaced
            else:
                kind = "new"
            if (test and kind != "data" and not (_HOOK_FILE.search(path) and _HOOK.search(new) and not _MOCKED.search(stmt))) \
                    or (kind == "new" and _known_service(host)):
                continue  # (a vendor's own API called by new code: the integration the feature is; its data is read apart)
            out.append(Destination(host, written, kind, where, " ".join(stmt.split())[:160]))
    return out


#: Test files whose hooks run on every test run (session 19, J3): pytest's conftest, jest and vitest set-up and
#: teardown files, RSpec's helpers, Mocha's root hooks. A send in one of their hooks is no mocked URL.
_HOOK_FILE = lazyre.compile(r"(?i)(?:^|/)(?:conftest\.py|spec_helper\.rb|rails_helper\.rb|(?:global)?[-_.]?(?:setup|teardown)"
                            r"[\w.-]*\.[cm]?[jt]sx?|setupTests\.[jt]sx?|jest\.(?:setup|teardown)[\w.-]*|\.mocharc[\w.]*)$")
#: The hooks: pytest's session and report hooks, a fixture's teardown after `yield`, RSpec's suite hooks, jest's.
_HOOK = lazyre.compile(r"\bpytest_(?:sessionfinish|sessionstart|terminal_summary|runtest_logreport|unconfigure|configure)\b|"
                       r"\byield\b|after\(:(?:suite|all|each)\)|before\(:suite\)|\bafter(?:All|Each)\s*\(|"
                       r"\bbefore(?:All|Each)\s*\(|module\.exports\s*=\s*async|export\s+default\s+async")
#: A URL given to a mocking library: registered, never called.
_MOCKED = lazyre.compile(r"(?i)\b(?:responses|respx|httpretty|requests_mock|nock|msw|rest\.(?:get|post)|http\.(?:get|post)\(|"
                         r"mock\w*|patch|stub\w*|vcr|betamax|aioresponses|WebMock|stub_request|fake\w*)\b")


def _known_service(host: str) -> bool:
    """A host of a service the flow tables know (Stripe, GitHub, Slack, OpenAI ...: `knowledge/data/flows/services.json`)."""
    from automode.knowledge.flows import _in_domains, tables

    return any(_in_domains(host, hosts) for hosts, _ in tables().services.values())


def _prod_internal(host: str) -> bool:
    """A host of the private network whose name says production (`warehouse.prod.internal`)."""
    from automode.knowledge.envmarkers import env_of

    return not host.replace(".", "").isdigit() and "." in host and env_of(host) == "production"


def _same_place(pre: str, old: str) -> bool:
    """The text before the literal is the text before an environment read in the old text (`WebClient.create(` of
    `WebClient.create(System.getenv("EVENTS_URL"))`): the literal took the configured value's place."""
    p = pre.strip().rstrip("\"'`")
    if len(p) < 6:
        return False
    for ln in old.splitlines():
        m = ENV_READ.search(ln)
        if m is not None and ln[: m.start()].strip().endswith(p[-40:]):
            return True
    return False


#: A call that writes data into what an earlier line opened (`sh.sheet1.update(df.values.tolist())`, `ws.append_rows`,
#: `table.insert(records)`, `bucket.upload(...)`).
_WRITE_CALL = lazyre.compile(r"(?i)\.(?:update|append\w*|insert\w*|write\w*|put\w*|upload\w*|post|send\w*|push|add_rows|"
                             r"set_dataframe|to_sql|to_gbq|load_table_from_dataframe|batch_update)\s*\(")


def _written_below(lines: list[str], i: int) -> bool:
    """A line below line `i` (up to 6) writes data (`DATA`) through a call that writes (`_WRITE_CALL`)."""
    for ln in lines[i + 1:i + 7]:
        m = _WRITE_CALL.search(ln)
        if m is not None and DATA.search(ln[m.end():]):
            return True
    return False


_KEY_ONLY = lazyre.compile(r"^\s*-?\s*[\"']?([\w./-]+)[\"']?\s*:\s*$")


def _last_key(lines: list[str], i: int) -> str:
    """The YAML key that opens the block line `i` sits in (`otlphttp/vendor:` above `endpoint:` is not needed; a
    list item under `endpoints:` is), one level up."""
    ind = len(lines[i]) - len(lines[i].lstrip())
    for j in range(i - 1, max(-1, i - 3), -1):
        m = _KEY_ONLY.match(lines[j])
        if m is not None and len(lines[j]) - len(lines[j].lstrip()) < ind:
            return m.group(1)
    return ""


#: Labels of a host that name no one (a service's role, a cloud's or registry's generic part).
GENERIC_LABELS = frozenset({"api", "www", "app", "apps", "hooks", "hook", "ingest", "collector", "collect", "otel", "otlp", "logs", "log",
                            "events", "event", "telemetry", "metrics", "com", "net", "org", "io", "dev", "example", "internal",
                            "services", "service", "cloud", "public", "relay", "eu", "us", "prod", "staging", "http", "https",
                            "cdn", "static", "data", "edge", "gateway", "proxy", "webhook", "webhooks", "tracking", "track",
                            "analytics", "stats", "status", "mail", "smtp", "push", "upload", "uploads", "files", "ai", "co",
                            "uk", "de", "fr", "jp", "cn", "in", "br", "au", "ca", "info", "biz", "xyz", "sh", "run"})  # fmt: skip


def named(host: str, messages: tuple[str, ...]) -> bool:
    """The user named this host: the host or a parent domain of it, or one of its distinctive labels as a word
    ("post to our Slack" names hooks.slack.com; "sage-collab" names mlflow-public.sage-collab.example)."""
    if not messages:
        return False
    words = " ".join(messages).lower()
    h = host.lower()
    parts = h.split(".")
    for k in range(max(1, len(parts) - 1)):
        if lazyre.whole(".".join(parts[k:]), words, r"[\w.-]", r"[\w-]"):
            return True
    labels = [p for p in parts[:-1] if len(p) >= 4 and p not in GENERIC_LABELS and not p.isdigit()]
    if any(lazyre.whole(p, words, r"[\w.-]", r"[\w.-]") for p in labels):
        return True
    # a vendor's domain label is its name and a short suffix ("Datadog" names datadoghq.eu, "Honeycomb" honeycomb.io)
    said = set(re.findall(r"[a-z][a-z0-9]{5,}", words))
    return any(p.startswith(w) and len(p) - len(w) <= 3 for p in labels for w in said)
