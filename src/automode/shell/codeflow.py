"""What code sends over the network: the network sinks of each language, and the environment or secret variables a
request carries. One source for inline code (`python -c`, `node -e`, `ruby -e`, `perl -e`, `php -r`, heredocs fed to
an interpreter) and for code written to a file (`automode.files.code`), so a secret sent by code is the same fact
wherever the code comes from: the network effect's `content` says `environment:<what>` (`ENV_MARK`), and the rules
that judge a request's payload (AM-EXFIL-001 for code that runs now, AM-WRITE-011 for code that runs later) read it.

Python is read through its `ast` (the `EnvSends` mixin of `automode.shell.pyread.PythonReader`): credentials in
`headers`/`auth` go to the service they are for, the environment or a secret in the body, query, files or a socket
send is data handed over. The other languages are scanned (`NET_SINKS`, `SEND_MARKS`, `ENV_READS` below).
"""

from __future__ import annotations

import re

from automode import lazymod, lazyre
from automode.effects import Effect
from automode.shell import code_vocab
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ast
else:
    ast = lazymod.module("ast", __name__)  # only for code an interpreter is given

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command

SECRET_ENV_NAME = lazyre.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIAL|(^|_)AUTH(_|$)|DATABASE_URL|DSN|"
                                 r"SESSION_KEY|SIGNING_KEY|WEBHOOK_URL|CONN(ECTION)?_STR", re.I)  # fmt: skip
ENV_MARK = "environment:"  # Effect.content of a send that carries the environment: "environment:<what>"

#: Network sinks of each scanned language (calls and classes that open a connection or make a request).
NET_SINKS: dict[str, tuple[str, ...]] = {
    "node": (r"\bfetch\s*\(", r"\bhttps?\.(?:get|request)\b", r"require\(['\"](?:node:)?https?['\"]\)", r"\baxios\b", r"\bgot\s*[.(]", r"\bundici\b", r"XMLHttpRequest",
             r"\bWebSocket\b", r"\bnet\.(?:connect|createConnection|Socket)\b", r"\btls\.connect\b", r"\bdgram\b", r"sendBeacon",
             r"\bneedle\b", r"\bsuperagent\b", r"\bnode-fetch\b", r"\bDeno\.connect\b"),
    "ruby": (r"Net::HTTP", r"\bURI\.open\b", r"open-uri", r"\bHTTParty\b", r"\bFaraday\b", r"\bRestClient\b", r"\bTCPSocket\b",
             r"\bUDPSocket\b", r"\bSocket\.new\b", r"\bExcon\b", r"\bHTTP\.(?:get|post|put)\b", r"Net::SMTP"),
    "perl": (r"LWP::", r"HTTP::Tiny", r"IO::Socket", r"Net::HTTP", r"Mojo::UserAgent", r"WWW::Mechanize", r"Net::SMTP",
             r"\bsocket\s*\(", r"Furl\b"),
    "php": (r"\bcurl_init\b", r"\bfsockopen\b", r"\bstream_socket_client\b", r"file_get_contents\s*\(\s*['\"]https?://",
            r"file_get_contents\s*\(\s*\$", r"\bstream_context_create\b", r"\bmail\s*\(", r"\bsocket_connect\b", r"GuzzleHttp"),
    "python": (r"\brequests\.\w+\s*\(", r"\burllib", r"\burlopen\b", r"\bhttpx\b", r"\bhttp\.client\b", r"\bsocket\.",
               r"\baiohttp\b", r"\bsmtplib\b", r"\bftplib\b", r"\bparamiko\b"),
    "lua": (r"socket\.http", r"\bsocket\.tcp\b", r"\bhttp\.request\b", r"ltn12"),
    "powershell": (r"Invoke-WebRequest", r"Invoke-RestMethod", r"\biwr\b", r"\birm\b", r"Net\.WebClient", r"Net\.Sockets",
                   r"System\.Net\.Http", r"Send-MailMessage", r"Net\.Mail\.SmtpClient", r"Start-BitsTransfer"),
    "other": (r"\breqwest\b", r"\bHttpClient\b", r"\bcurl_exec\b", r"\bURLSession\b", r"\bsocket\.connect\b",
              r"\bhttp\.(?:Get|Post|PostForm|NewRequest|DefaultClient)\b", r"\bnet\.Dial\b", r"\burlopen\b",
              # Elixir and Erlang HTTP clients
              r"\bReq\.(?:get|post|put|patch|request|new)\b", r"\bHTTPoison\.", r"\bFinch\.", r"\bTesla\.", r"\bMint\.HTTP\b",
              r":?\bhttpc[.:]request\b", r":?\bgen_tcp[.:]connect\b"),
}  # fmt: skip
#: Marks that a request sends data or changes something (a method, a body, a write on a socket).
SEND_MARKS: dict[str, tuple[str, ...]] = {
    "node": (r"method\s*:\s*['\"`](?:POST|PUT|PATCH|DELETE)", r"\.(?:post|put|patch)\s*\(", r"\bbody\s*:", r"\.(?:write|end|send)\s*\(\s*[^)\s]"),
    "ruby": (r"Net::HTTP\.post", r"\bpost_form\b", r"(?:Post|Put|Patch)\.new", r"\.(?:post|put|patch)\s*\(", r"\.(?:write|puts|print|send)\s*\(?"),
    "perl": (r"->\s*(?:post|put|patch|request)\b", r"\bPOST\b", r"\bprint\s*\{?\s*\$\w+\}?\s", r"->\s*(?:send|print|syswrite)\b"),
    "php": (r"CURLOPT_POST", r"['\"]method['\"]\s*=>\s*['\"](?:POST|PUT)", r"\bfwrite\s*\(", r"\bfputs\s*\(", r"\bmail\s*\("),
    "python": (r"\bdata\s*=", r"\bjson\s*=", r"\bfiles\s*=", r"\.send(?:all)?\s*\("),
    "lua": (r"method\s*=\s*['\"](?:POST|PUT)", r"source\s*=", r":send\s*\("),
    "powershell": (r"-Method\s+(?:Post|Put|Patch)", r"-Body\b", r"UploadString|UploadFile|UploadData", r"-InFile\b",
                   r"Send-MailMessage", r"-Attachments?\b", r"-TransferType\s+Upload", r"SmtpClient"),
    "other": (r"\.post!?\s*\(", r"\.put!?\s*\(", r"\bPOST\b", r"http\.Post", r"\bbody:\s"),
}  # fmt: skip
#: How each language reads one environment variable (the name is the first group that matched).
ENV_READS = (r"""process\.env\.(\w+)|process\.env\[['"](\w+)['"]\]|Deno\.env\.get\(['"](\w+)['"]\)|os\.Getenv\("(\w+)"\)|"""
             r"""ENV\[['"](\w+)['"]\]|ENV\.fetch\(['"](\w+)['"]|\$ENV\{['"]?(\w+)['"]?\}|\$_ENV\[['"](\w+)['"]\]|"""
             r"""\$_SERVER\[['"](\w+)['"]\]|os\.environ\[['"](\w+)['"]\]|os\.environ\.get\(['"](\w+)['"]|os\.getenv\(['"](\w+)['"]|"""
             r"""env::var\("(\w+)"\)|System\.getenv\("(\w+)"\)|getenv\(['"](\w+)['"]\)|\$env:(\w+)|os\.getenv\(['"](\w+)['"]\)""")  # fmt: skip
#: The same readers in every language the vocabulary lists (`automode.shell.code_vocab`: Ruby, PHP, JVM, .NET, Elixir,
#: Rust, Swift, Go, PowerShell, Node, Perl, Python), and the whole environment as one value.
ENV_READ_RE = lazyre.compile(ENV_READS + "|" + "|".join(code_vocab.group(p) for ps in code_vocab.ENV_READ.values() for p in ps))
WHOLE_ENV_RE = lazyre.compile(r"process\.env(?![.\[\w])|os\.Environ\(\)|ENV\.to_h|System\.getenv\(\)|\$_ENV(?!\[)|%ENV\b|"
                              r"dict\(os\.environ\)|os\.environ\.copy\(\)|\*\*os\.environ|=\s*os\.environ\s*[,)]|" +
                              "|".join(code_vocab.group(p) for ps in code_vocab.WHOLE_ENV.values() for p in ps))  # fmt: skip
URL_RE = lazyre.compile(r"https?://[^\s'\"`)<>]+")
HOST_OPTION_RE = lazyre.compile(r"""\b(?:hostname|host)\s*[:=]>?\s*['"]([\w.-]+\.[a-z]{2,})['"]""")  # `{hostname: 'x.io'}`
#: Interpreter names -> the language whose sinks they use.
LANGUAGE = {"python3": "python", "python": "python", "node": "node", "nodejs": "node", "bun": "node", "deno": "node", "ruby": "ruby", "perl": "perl", "php": "php",
            "lua": "lua", "luajit": "lua", "pwsh": "powershell", "powershell": "powershell", "go": "go", "rust": "rust",
            "jvm": "jvm", "dotnet": "dotnet", "swift": "swift", "elixir": "elixir", "dart": "dart", "c": "c"}  # fmt: skip


def _any(patterns: tuple[str, ...]) -> Any:
    return lazyre.compile("|".join(map(code_vocab.group, patterns)))


# Every language of the vocabulary: its clients and send marks beside the ones above (same rows, one table).
for _lang, _rows in code_vocab.SINKS.items():
    NET_SINKS[_lang] = tuple(dict.fromkeys(NET_SINKS.get(_lang, ()) + _rows))
for _lang, _rows in code_vocab.SENDS.items():
    SEND_MARKS[_lang] = tuple(dict.fromkeys(SEND_MARKS.get(_lang, ()) + _rows))


_SINK_RE = {lang: _any(p) for lang, p in NET_SINKS.items()}
_SEND_RE = {lang: _any(p) for lang, p in SEND_MARKS.items()}


def language(name: str) -> str:
    return LANGUAGE.get(name, "other")


def sinks(name: str, code: str) -> bool:
    """Does this code make a network request or open a connection (its language's sinks, or any language's)?"""
    lang = language(name)
    return bool(_SINK_RE[lang].search(code) or (lang != "other" and _SINK_RE["other"].search(code)))


def sending(name: str, code: str) -> bool:
    lang = language(name)
    return bool(_SEND_RE[lang].search(code) or _SEND_RE["other"].search(code))


#: Just before a variable's use, words that put it in a credential's place (a header, an auth option): that is how
#: its service is called, not data handed over (the scanned counterpart of Python's `headers=`/`auth=`).
CREDENTIAL_PLACE = lazyre.compile(r"(?i)(authorization|bearer|headers?|auth|api[-_]?key|x-[\w-]+|token\s)[^\n]{0,40}$")


#: Calls and variables that say who and where the code runs: the host name, the user, the network interfaces. Sent
#: by an install hook to a stranger, they are the beacon of a dependency-confusion or typosquat package.
IDENTITY_RE = lazyre.compile(r"""os\.(?:hostname|userInfo|networkInterfaces)\(\)|require\(\s*['"](?:node:)?os['"]\s*\)\s*\.\s*(?:hostname|userInfo|"""
                             r"""networkInterfaces)\(\)|Socket\.gethostname|Etc\.getlogin|os\.Hostname\(\)|user\.Current\(\)|"""
                             r"""InetAddress\.getLocalHost|System\.getProperty\(\s*"user\.name"\s*\)|Environment\.(?:UserName|MachineName)|"""
                             r"""gethostname\(\)|get_current_user\(\)|process\.env\.(?:USER|USERNAME|LOGNAME|HOSTNAME|COMPUTERNAME)|"""
                             r"""(?:ENV|\$_SERVER|\$_ENV)\[['"](?:USER|USERNAME|LOGNAME|HOSTNAME)['"]\]|\$ENV\{['"]?(?:USER|LOGNAME|HOSTNAME)['"]?\}""")  # fmt: skip
IDENTITY = "the machine's host and user names"
#: The same, as Python calls (read through the `ast`).
IDENTITY_CALLS = frozenset({"socket.gethostname", "socket.getfqdn", "getpass.getuser", "platform.node", "os.getlogin", "os.uname",
                            "platform.uname"})


#: What a web handler received from its client, forwarded whole (not one field of it): the client's body, or its
#: headers with the cookies and authorization they carry. Sent to a host nobody named, that is every user's
#: session and every webhook's payload copied out (`automode.rules.writes_data` AM-WRITE-011).
REQUEST_BODY = "the incoming request's body"
REQUEST_HEADERS = "the incoming request's headers (cookies, authorization)"
#: Receivers that are the incoming request in the common web frameworks (Django, Flask, FastAPI/Starlette, DRF,
#: aiohttp, Tornado's `self.request`, Express `req`, Koa `ctx.request`), and what of it is the body or the headers.
REQUEST_RECEIVERS = frozenset({"request", "req", "self.request", "ctx.request", "flask.request"})
REQUEST_PARTS: dict[str, str] = {
    "body": REQUEST_BODY, "data": REQUEST_BODY, "json": REQUEST_BODY, "form": REQUEST_BODY, "POST": REQUEST_BODY,
    "stream": REQUEST_BODY, "get_data": REQUEST_BODY, "get_json": REQUEST_BODY, "values": REQUEST_BODY, "files": REQUEST_BODY,
    "FILES": REQUEST_BODY, "raw_post_data": REQUEST_BODY, "text": REQUEST_BODY, "read": REQUEST_BODY,
    "headers": REQUEST_HEADERS, "META": REQUEST_HEADERS, "cookies": REQUEST_HEADERS, "COOKIES": REQUEST_HEADERS,
    "environ": REQUEST_HEADERS,
}  # fmt: skip
#: Objects that hold an application's settings: a secret-named attribute or key of one is a secret.
SETTINGS_RECEIVERS = frozenset({"settings", "django.conf.settings", "config", "app.config", "current_app.config", "conf", "CONFIG",
                                "SETTINGS", "secrets", "st.secrets"})  # fmt: skip
SETTING_PREFIX = "the setting "
DATA_PREFIX = "the data in "  # records of a dataset or of the application's database (`automode.files.code`)


def ask_only(what: str) -> bool:
    """A payload that may be how its own service is called (one secret variable or setting, a client's body for a
    relay): asked about; the whole environment, a client's headers (its cookies and authorization), a credential
    file: denied."""
    return what.startswith(("$", SETTING_PREFIX, DATA_PREFIX)) or what == REQUEST_BODY


#: The incoming request forwarded whole in the scanned languages (not one field: no `.x` or `[k]` after it): Express
#: and Koa, the fetch API (`await request.text()`), Go `net/http` and Gin, Rack and Rails, PHP, Servlet, ASP.NET.
REQUEST_FORWARD = {
    REQUEST_BODY: (r"\breq(?:uest)?\.(?:body|rawBody)\b(?!\s*(?:\.\w|\[))", r"\bctx\.request\.body\b(?!\s*(?:\.\w|\[))",
                   r"\bawait\s+req(?:uest)?\.(?:text|json|arrayBuffer|formData|blob)\(\)", r"\br\.Body\b(?!\.)",
                   r"\bc\.Request\.Body\b(?!\.)", r"\brequest\.(?:raw_post|body\.read)\b", r"php://input", r"\$_POST\b(?!\[)",
                   r"\$request->(?:getContent|all)\(\)", r"\brequest\.get(?:InputStream|Reader)\(\)", r"\bRequest\.Body\b(?!\.)"),
    REQUEST_HEADERS: (r"\breq(?:uest)?\.(?:headers|cookies)\b(?!\s*(?:\.\w|\[))", r"\bctx\.request\.headers\b(?!\s*(?:\.\w|\[))",
                      r"\br\.Header\b(?!\.)", r"\bc\.Request\.Header\b(?!\.)", r"\brequest\.(?:env|headers)\b(?!\s*(?:\.\w|\[))",
                      r"\bgetallheaders\(\)", r"\$_SERVER\b(?!\[)", r"\$_COOKIE\b(?!\[)", r"\$request->headers->all\(\)",
                      r"\bRequest\.Headers\b(?!\s*(?:\.\w|\[))"),
}  # fmt: skip
_FORWARD_RE = {what: lazyre.compile("|".join(p)) for what, p in REQUEST_FORWARD.items()}
FORWARD_WINDOW = 600  # characters after a network call in which its arguments are read


def forwarded(name: str, code: str) -> str | None:
    """What of the incoming request the arguments of a network call carry, whole (scanned languages)."""
    if "req" not in code and "Req" not in code and "$_" not in code and "r.Body" not in code and "r.Header" not in code:
        return None
    found: list[str] = []
    lang = language(name)
    for sink in (_SINK_RE[lang], _SINK_RE["other"]) if lang != "other" else (_SINK_RE[lang],):
        for m in sink.finditer(code):
            window = code[m.start():m.start() + FORWARD_WINDOW]
            found += [what for what, rx in _FORWARD_RE.items() if rx.search(window) and what not in found]
            if len(found) >= 2:
                return _joined(found)
    return _joined(found)


def env_carried(code: str) -> str | None:
    """'the whole environment', the first secret variable the code hands over as data, or the machine's identity
    (host and user names: `IDENTITY`) (None: none of these)."""
    if next(code_vocab.near_env(WHOLE_ENV_RE, code), None) is not None:
        return "the whole environment"
    for m in code_vocab.near_env(ENV_READ_RE, code):
        key = next(g for g in m.groups() if g is not None)
        if SECRET_ENV_NAME.search(key) and not CREDENTIAL_PLACE.search(code, max(0, m.start() - 60), m.start()) and \
                not URL_PLACE.search(code, max(0, m.start() - 40), m.start()) and not _credential_variable(code, m.start(), m.end()):
            return f"${key}"
    if IDENTITY_RE.search(code):
        return IDENTITY
    return None


#: A local name given the value read just after it (`let key = env::var("K")?`, `key := os.Getenv("K")`, `$key =
#: getenv('K')`, `String key = System.getenv("K")`, `key = ENV["K"]`).
_ASSIGNED_TO = lazyre.compile(r"""(\$?[A-Za-z_]\w*)\s*(?::\s*[\w<>:&?\[\] ]+)?(?::=|=(?![=>]))\s*(?:await\s+|try\s+|\(?\s*)?(?:[\w:.]+\s*\(\s*)?(?:\w+(?:::|\.))*$""")


USE_WINDOW = 4000  # characters after the read in which the name's uses are read
#: Just before a use, words that make the value where the request goes (`.post(url)`, `URI(url)`, `url: url`): a
#: webhook URL kept in the environment is the destination, not data handed over.
URL_PLACE = lazyre.compile(r"(?i)(?:\.(?:post|get|put|patch|delete|head|request|fetch|send|open)|\b(?:uri|url|URL|URI|endpoint|base_?url|"
                           r"NewRequest(?:WithContext)?|http\.Post|Req\.\w+|HTTPoison\.\w+|Faraday\.new|URLRequest))\s*[(=:]\s*"
                           r"(?:url:\s*|\w+,\s*)?&?$")


def _credential_variable(code: str, start: int, end: int) -> bool:
    """The secret is read into a local name that is only ever used as a credential (a bearer token, an auth header,
    an API-key option): how its own service is called, not data handed over."""
    line_start = code.rfind("\n", 0, start) + 1
    m = _ASSIGNED_TO.search(code, line_start, start)
    if m is None or code[max(0, m.start() - 2):m.start()].endswith((".", "->", ":")):
        return False  # an attribute or a key (`req.httpBody = ...`, `body: ...`) is where the value goes, not a name
    name = m.group(1)
    after = code[end:end + USE_WINDOW]
    uses = [u.start() for u in re.finditer(r"(?<![\w$])" + re.escape(name) + r"\b", after)][:20]
    return all(CREDENTIAL_PLACE.search(code, max(end, end + u - 60), end + u) or URL_PLACE.search(code, max(end, end + u - 40), end + u)
               for u in uses)


def env_names(code: str) -> list[str]:
    """Every environment variable the code reads by name, in any language (for the secret-flow knowledge)."""
    return [next(g for g in m.groups() if g is not None) for m in code_vocab.near_env(ENV_READ_RE, code)]


def scanned_sends(name: str, code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """Network effects of scanned (not parsed) code: one per URL it names (or one to an unknown host), a send when a
    method, a body or a socket write says so, carrying the environment or a secret variable the code reads."""
    if not sinks(name, code):
        return
    what = env_carried(code) or forwarded(name, code)
    send = bool(what) or sending(name, code)
    urls = URL_RE.findall(code)[:4] or [f"https://{h}/" for h in HOST_OPTION_RE.findall(code)[:4]] or ["<dynamic>"]
    for u in urls:
        lw.out.effects.append(Effect("network", u, detail=cmd.text[:200], origin="send" if send else "fetch", via=label,
                                     content=ENV_MARK + what if what else None))  # fmt: skip


# ------------------------------------------------------------------------------ settings that send credentials out
#: Settings by which a library, SDK or tool sends the credentials it can see to its vendor (diagnostics bundles,
#: telemetry, support uploads, crash reports): a verb of handing over joined to a credential noun, in either order,
#: in any spelling of a setting (`upload_credentials=True`, `shareSecrets: true`, `:include_tokens => true`,
#: `--attach-secrets`, `CREDENTIAL_UPLOAD=1`). A warning or a README that asks the agent to turn one on is a prompt
#: injection's way of getting the keys out through code that looks like configuration.
UPLOAD_VERBS = ("upload", "send", "share", "sharing", "report", "include", "collect", "attach", "transmit", "forward",
                "post", "submit", "ship", "leak", "expose", "publish")  # fmt: skip
CREDENTIAL_NOUNS = ("credentials?", "creds", "secrets?", "tokens?", "api_?keys?", "access_?keys?", "private_?keys?",
                    "ssh_?keys?", "passwords?", "env", "environ", "environment", "env_?vars", "cookies", "auth_?headers",
                    "keychain", "kubeconfig", "aws_?profile")  # fmt: skip
_V = "|".join(UPLOAD_VERBS)
_N = "|".join(CREDENTIAL_NOUNS)
#: One setting name: words joined by `_`, `-`, nothing or camel case (matched on a lower-cased copy with the joins
#: removed, so `shareSecrets`, `share_secrets` and `share-secrets` are one spelling).
_SETTING = lazyre.compile(rf"^(?:\w*?_)?(?:(?:{_V})(?:_?(?:the|all|my|user|local|default))?_?(?:{_N})|(?:{_N})_?(?:{_V})(?:ing|s)?)$")
#: A setting and the value it is given: keyword or object key, an option with no value or a truthy one.
_ASSIGNED = lazyre.compile(r"""(?:--?|\b|:)([A-Za-z][\w-]{3,60})['"]?\s*(?:=>|[:=])\s*(?:True|true|1|['"](?:true|yes|on|1|all)['"]|:?yes|on)\b|"""
                           r"""(?:^|\s)--([a-z][a-z-]{3,60})(?=\s|$|=(?:true|yes|on|1)\b)""")  # fmt: skip


CREDENTIAL_MARK = "credentials:"  # Effect.content of a send that a setting turns on: "credentials:<the setting>"


def credential_upload(code: str) -> str | None:
    """The setting, as written, that turns on sending credentials out (None: none)."""
    low = code.lower()
    if not any(w in low for w in ("cred", "secret", "token", "key", "passw", "env", "cookie", "auth", "keychain", "kubeconfig")):
        return None
    for m in _ASSIGNED.finditer(code):
        name = m.group(1) or m.group(2)
        flat = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower().replace("-", "_")
        if _SETTING.match(flat):
            return " ".join(m.group(0).split())
    return None


# ------------------------------------------------------------------------------ Python (through the ast reader)
SOCKET_SENDS = frozenset({"send", "sendall", "sendto", "sendfile", "sendmsg"})
PAYLOAD_KEYWORDS = ("data", "json", "files", "params", "body", "content")


class EnvSends:
    """Mixed into the Python reader: which local names hold the environment or a secret variable, and which network
    calls carry them in their payload (not in `headers`/`auth`, which is how a service is called)."""

    env_names: dict[str, str]
    lw: Lowerer

    def qualname(self, f: ast.expr) -> str:  # provided by the reader
        raise NotImplementedError

    def value(self, e: ast.expr | None) -> str | None:  # provided by the reader
        raise NotImplementedError

    def env_assignments(self, nodes: list[ast.AST]) -> None:
        for node in nodes:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                what = self.env_ref(node.value)
                if what:
                    self.env_names.setdefault(node.targets[0].id, what)

    def env_ref(self, e: ast.AST | None) -> str | None:
        """'the whole environment' or the secret variable an expression carries (None: neither)."""
        if e is None:
            return None
        who = False
        inner: set[int] | None = None  # nodes that are the receiver of an attribute or subscript (a part of a whole)
        for n in ast.walk(e):
            if isinstance(n, (ast.Attribute, ast.Subscript)) and (part := self._request_or_setting(n)) is not None:
                if part.startswith(SETTING_PREFIX):
                    return part
                if inner is None:
                    inner = {id(m.value) for m in ast.walk(e) if isinstance(m, (ast.Attribute, ast.Subscript))}
                if id(n) not in inner:
                    return part
            if isinstance(n, ast.Name) and n.id in self.env_names:
                return self.env_names[n.id]
            if isinstance(n, (ast.Attribute, ast.Name)) and self.qualname(n) == "os.environ":
                return self._environ_use(e, n)
            if isinstance(n, ast.Call) and self.qualname(n.func) in ("os.getenv", "os.environ.get") and n.args:
                key = self.value(n.args[0])
                if key and SECRET_ENV_NAME.search(key):
                    return f"${key}"
            who = who or (isinstance(n, ast.Call) and self.qualname(n.func) in IDENTITY_CALLS)
        return IDENTITY if who else None

    def _request_or_setting(self, n: ast.Attribute | ast.Subscript) -> str | None:
        """`request.body`, `request.headers`, `req.META` (the incoming request, whole part) or `settings.X_SECRET`,
        `app.config['API_KEY']` (a secret setting)."""
        if isinstance(n, ast.Attribute):
            base, key = self.qualname(n.value), n.attr
        else:
            base, key = self.qualname(n.value), self.value(n.slice) or ""
        if isinstance(n, ast.Attribute) and base in REQUEST_RECEIVERS and key in REQUEST_PARTS:
            return REQUEST_PARTS[key]
        if base in SETTINGS_RECEIVERS and key and SECRET_ENV_NAME.search(key) and not key.endswith(("_URL", "_HOST", "_ID", "_NAME")):
            return SETTING_PREFIX + key
        return None

    def _environ_use(self, whole: ast.AST, env: ast.AST) -> str | None:
        for n in ast.walk(whole):
            if isinstance(n, ast.Subscript) and n.value is env:
                key = self.value(n.slice)
                return f"${key}" if key and SECRET_ENV_NAME.search(key) else None
            if isinstance(n, ast.Attribute) and n.value is env and n.attr in ("get", "__getitem__"):
                return None  # `os.environ.get(...)`: judged by its key above
        return "the whole environment"

    def mark_send(self, q: str, node: ast.Call, payload_calls: list[ast.Call]) -> None:
        """After a network effect was recorded for `node`: say what of the environment its payload carries."""
        payload: list[ast.AST] = [k.value for k in node.keywords if k.arg in (*PAYLOAD_KEYWORDS, "url")]
        payload += node.args  # the URL too: a secret in a query string is handed over like one in a body
        if q.endswith(("urlopen", "Request")) and node.args and isinstance(node.args[0], ast.Call):
            payload.append(node.args[0])
        if isinstance(node.func, ast.Attribute) and node.func.attr in SOCKET_SENDS and node.args:
            payload.append(node.args[0])
        for c in payload_calls:  # `s.sendall(...)` on a connection made here
            payload += c.args[:1]
        found = [w for p in payload if (w := self.env_ref(p))]
        # The client's headers or a secret setting forwarded in `headers=` (`{**request.headers, 'X-Key': settings.S}`):
        # a credential in its place calls its own service, the client's cookies and authorization do not.
        hdrs = [w for k in node.keywords if k.arg in ("headers", "cookies") for w in [self.env_ref(k.value)] if w]
        if REQUEST_HEADERS in hdrs or any(w in (REQUEST_BODY, REQUEST_HEADERS) for w in found):
            found += hdrs
        what = _joined(found)
        effects = self.lw.out.effects
        if what and effects and effects[-1].kind == "network":
            last = effects.pop()
            effects.append(Effect("network", last.target, detail=last.detail, origin="send", content=ENV_MARK + what, via=last.via))


def _joined(found: list[str]) -> str | None:
    """One payload description: the first alone, or the client's request with the secrets that go with it (denied)."""
    if not found:
        return None
    parts = list(dict.fromkeys(found))
    if len(parts) == 1 or not any(w in (REQUEST_BODY, REQUEST_HEADERS) for w in parts):
        return parts[0]
    return " and ".join(parts)
