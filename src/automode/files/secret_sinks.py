"""Secrets written where other people read them (session 12, class C2): an edit that puts a credential into
* **an image** (a Dockerfile/Containerfile `COPY`/`ADD` of a secret file: `.env`, keys, `credentials.json`, `.npmrc`,
  `.netrc`, a kubeconfig; `ENV`/`ARG` with a literal secret value): every layer ships with the image, to its registry
  and to whoever pulls it (BuildKit's `RUN --mount=type=secret` is the way that keeps it out);
* **a log line** (a logging or printing call in any language whose arguments, or the interpolations of its
  message, carry a password, token, key, card number or an `Authorization`/cookie header): logs are kept, shipped to
  log services and read by operators;
* **browser code** (a variable of the build tools' public prefixes, `NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`,
  `NUXT_PUBLIC_`, `EXPO_PUBLIC_`, `PUBLIC_`, `GATSBY_`, `VUE_APP_`, named like a secret; a framework config that
  copies a server secret into the client bundle: Next's `env: { X: process.env.X }`, Vite's `define`);
* **an error report** (Sentry/Bugsnag/Rollbar/Honeybadger/Airbrake context or extra data carrying a secret field,
  the whole request body or the whole environment).

Each finding is a `weaken` effect with origin `secret-sink`, reported by AM-WRITE-053.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.files.diff import TEST_PATH


@dataclass(frozen=True, slots=True)
class Sink:
    where: str  # "image" | "log" | "client" | "report"
    what: str  # the construct, quoted
    secret: str  # the secret it carries


DOCKERFILE = lazyre.compile(r"(?:^|/)(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|\.[Dd]ockerfile$")
#: Files whose content is a credential (not the committed examples of them).
SECRET_FILE = lazyre.compile(r"(?i)(?:^|[\s/])(\.env(?:\.(?!example\b|sample\b|template\b|dist\b|defaults?\b)[\w.-]+)?|[\w.-]*\.(?:pem|key|p12|pfx|jks|keystore|"
                             r"ppk)|id_(?:rsa|ed25519|ecdsa|dsa)\w*|[\w-]*credentials?[\w.-]*\.json|service[-_]?account[\w.-]*\.json|"
                             r"\.npmrc|\.pypirc|\.netrc|\.git-credentials|kubeconfig[\w.-]*|\.kube/config|\.aws/?|\.ssh/?|secrets?/?|"
                             r"[\w.-]*secrets?\.(?:ya?ml|json|env|toml)|[\w.-]*(?:[-_]sa|sa[-_]key|[-_]key|keyfile|[-_]creds?)\.json|"
                             r"(?:[\w.-]+/)*(?:secrets?|\.ssh|\.aws|\.gnupg|creds|credentials|private)/[\w./-]*)(?=\s|$)")
_COPY = lazyre.compile(r"(?im)^\s*(?:COPY|ADD)\s+((?:--[\w-]+=\S+\s+)*)(.+)$")
_ENV_LINE = lazyre.compile(r"(?im)^\s*(?:ENV|ARG)\s+([A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)[A-Z0-9_]*)"
                           r"(?:\s*=\s*|\s+)([\"']?)([^\s\"'$]{6,})\2\s*$")
_PLACEHOLDER = lazyre.compile(r"(?i)^(?:changeme|change_me|xxx+|\*+|dummy|example|placeholder|test|secret|password|none|null|todo|"
                              r"your[\w-]*|<[^>]+>|\{\{.*\}\})$")

#: Logging and printing calls of the languages (Python, JS/TS, Ruby, Go, Java/Kotlin, C#, PHP, Rust, Elixir, Swift).
LOG_CALL = lazyre.compile(r"""(?x)(?:\b(?:logger|log|logging|_logger|LOGGER|LOG|Log|Logger|slog|zap|console|Rails\.logger|
    self\.log|this\.log|app\.logger|current_app\.logger|request\.log|req\.log|fastify\.log|winston|pino|bunyan|tracing|
    Timber|NSLog|os_log|Console)\s*(?:\.|::)\s*(?:debug|info|warn|warning|error|critical|fatal|exception|log|trace|notice|
    Debug|Info|Warn|Error|Printf|Println|Print|Infof|Warnf|Errorf|Debugf|d|i|w|e|v|LogInformation|LogWarning|LogError|
    LogDebug|WriteLine|Information|Warning)\b|\b(?:error_log|syslog|Logger\.(?:info|warn|error|debug))\s*\(|
    \b(?:info|warn|error|debug|log)!\s*\()""")
#: A secret only tested for presence or length (`Boolean(authorization)`, `len(token)`, `token is not None`).
_PRESENCE = lazyre.compile(r"(?i)\b(?:Boolean|bool|len|isset|empty|present\?|blank\?|nil\?)\s*\(\s*[\w.\[\]'\"]+\s*\)|!!\s*[\w.]+|"
                           r"[\w.]+\.(?:length|len\(\)|size|present\?|blank\?|nil\?)|[\w.]+\s+is\s+(?:not\s+)?None|"
                           r"[\w.]+\s*[!=]==?\s*(?:null|nil|None|undefined)")
#: Files that hold code (a log call in YAML, JSON or an .env file is no log call).
CODE_FILE = lazyre.compile(r"(?i)\.(?:py|pyw|js|mjs|cjs|jsx|ts|tsx|rb|erb|go|java|kt|kts|scala|cs|php|rs|ex|exs|swift|m|mm|c|cc|cpp|h|"
                           r"dart|lua|pl|pm|r|jl|groovy|vue|svelte|astro|sh|bash|ps1|ipynb)$")
#: A secret among the values: a field, variable, parameter or header that holds one.
SECRET_NAME = lazyre.compile(r"""(?ix)(?<![a-z0-9])(?:has_|is_|masked_|redacted_|hashed_|encrypted_)?(password|passwd|pwd|passphrase|
    secret|client_?secret|api_?key|apikey|access_?key|private_?key|secret_?key|token|access_?token|refresh_?token|id_?token|
    auth_?token|bearer|authorization|cookie|cookies|session_?key|credit_?card|card_?number|cc_?number|cvv|cvc|ssn|otp|
    pin)(?!_?(?:length|len|count|reset\w*|expir\w*|ttl|type|name|hint|hash\w*|digest|changed|set|present|valid\w*|field|policy|
    strength|url|path|file|header|prefix|format|required|confirmation_sent|updated_at|created_at))(?![a-z0-9])""")
_STRING = lazyre.compile(r"""(?s)([rbfu]{0,2})("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)""")
_INTERP = lazyre.compile(r"#\{([^}]*)\}|\$\{([^}]*)\}|\{([A-Za-z_][^{}:!]*)(?:[:!][^{}]*)?\}|\$([A-Za-z_]\w*(?:->\w+|\[[^\]]+\])?)")

#: The build tools' prefixes of variables that are compiled into the browser bundle.
PUBLIC_VAR = lazyre.compile(r"\b((?:NEXT_PUBLIC|VITE|REACT_APP|NUXT_PUBLIC|EXPO_PUBLIC|GATSBY|VUE_APP|STORYBOOK|PUBLIC|SNOWPACK_PUBLIC)_"
                            r"[A-Z0-9_]*(?:SECRET|PRIVATE|PASSWORD|PASSWD|SERVICE_ROLE|ADMIN_KEY|DATABASE_URL|DB_URL|DB_PASS\w*|"
                            r"AWS_SECRET\w*|SK_LIVE|STRIPE_SK|WEBHOOK_SECRET|JWT_SECRET|SIGNING_KEY|CLIENT_SECRET)[A-Z0-9_]*)\b")
#: A framework config that copies a server variable into the client bundle (Next `env`, Vite/webpack `define`).
BUNDLED = lazyre.compile(r"""(?i)(?:["']?process\.env\.|import\.meta\.env\.|^\s*)([A-Z0-9_]*(?:SECRET|PRIVATE|PASSWORD|SERVICE_ROLE|"""
                         r"""DATABASE_URL|API_KEY|ACCESS_KEY|TOKEN)[A-Z0-9_]*)["']?\s*:\s*(?:JSON\.stringify\()?process\.env""", re.M)
CLIENT_CONFIG = lazyre.compile(r"(?:^|/)(?:next|vite|nuxt|astro|svelte|webpack|rollup|rspack|quasar|vue)\.config\.\w+$")
#: Error reporters' calls that attach data to an event.
REPORT_CALL = lazyre.compile(r"""(?i)\b(?:Sentry|sentry_sdk|scope|Bugsnag|Rollbar|rollbar|Honeybadger|Airbrake|airbrake|Raygun|newrelic|"""
                             r"""NewRelic|Appsignal|appsignal)\s*\.\s*(?:set_?(?:context|extra|extras|tag|tags|user)|add_?(?:breadcrumb|metadata|"""
                             r"""context)|capture_?(?:exception|message)|notify|notice_?error|error|context|add_custom_attributes?|"""
                             r"""setCustomData|report)\b""")
_WHOLE = lazyre.compile(r"""(?i)\b(?:req|request)\.(?:body|params|form|POST|data|json|headers)\b(?:\.(?:dict|to_dict|copy|items|all|"""
                        r"""to_h|to_unsafe_h|permit!|get_json|json)\b|(?!\s*[\[.]))|\bparams\b(?:\.(?:to_h|to_unsafe_h|permit!)|(?!\s*[\[.]))|"""
                        r"""\bos\.environ\b(?!\s*[\[.])|\bprocess\.env\b(?!\s*[\[.])|\bENV\b(?!\s*[\[.])|\$_(?:POST|REQUEST|SERVER|ENV)\b(?!\s*\[)|"""
                        r"""\bSystem\.getenv\(\s*\)|\bgetenv\(\s*\)""")

_TRIGGERS = ("password", "passwd", "pwd", "secret", "token", "key", "authorization", "cookie", "card", "cvv", "ssn", "otp",
             "pin", "public", "vite_", "react_app", "gatsby", "vue_app", "sentry", "bugsnag", "rollbar", "honeybadger",
             "airbrake", "raygun", "newrelic", "appsignal")


def maybe(path: str, low: str) -> bool:
    """The cheap trigger: a Dockerfile, or a word of a secret or a sink in the text."""
    return DOCKERFILE.search(path) is not None or any(t in low for t in _TRIGGERS)


def _values(line: str) -> str:
    """The code of a line and the interpolations of its strings: what a call carries beyond its message words."""
    out: list[str] = []
    pos = 0
    for m in _STRING.finditer(line):
        out.append(line[pos:m.start()])
        body = m.group(2)
        if re.match(r"\s*(?::|=>)", line[m.end():]) and SECRET_NAME.fullmatch(body[1:-1]):
            out.append(" " + body[1:-1] + " ")  # a key of a literal mapping (`{"password": …}`) names what it carries
        for i in _INTERP.finditer(body):
            if body[0] == "'" and i.group(1) is None and i.group(2) is None and "f" not in m.group(1).lower():
                continue  # a single-quoted string interpolates nothing (Ruby, PHP, shell)
            if i.group(3) is not None and m.group(1).lower() != "f" and body[0] != "`" and "format" not in line \
                    and not re.search(r"\.format\(|String\.format|string\.Format|fmt\.Sprintf|log\.\w+f\(", line):
                continue  # a `{x}` in a plain string is text unless something formats it
            out.append(" " + next(g for g in i.groups() if g) + " ")
        pos = m.end()
    out.append(line[pos:])
    return " ".join(out)


def _log_lines(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if LOG_CALL.search(line) is None:
            continue
        call = line
        if call.count("(") > call.count(")"):
            call += " ".join(lines[i + 1:i + 4])  # a call that goes on over a few lines
        m = SECRET_NAME.search(_PRESENCE.sub(" ", _values(call[LOG_CALL.search(call).start():])))  # type: ignore[union-attr]
        if m is not None and not m.group(0).lower().startswith(("has_", "is_", "masked_", "redacted_", "hashed_", "encrypted_")):
            out.append((line.strip()[:100], m.group(1)))
    return out


def sinks(path: str, old: str, new: str) -> list[Sink]:
    """What the edit adds (lines the old text did not have) that puts a secret where others read it."""
    before = set(old.splitlines())
    added = "\n".join(ln for ln in new.splitlines() if ln not in before)
    if not added.strip():
        return []
    out: list[Sink] = []
    if DOCKERFILE.search(path):
        for m in _COPY.finditer(added):
            if "type=secret" in m.group(1):
                continue
            words = m.group(2).replace("[", " ").replace("]", " ").replace('"', " ").replace(",", " ").split()
            for src in words[:-1]:
                s = SECRET_FILE.search(" " + src.strip())
                if s is not None:
                    out.append(Sink("image", m.group(0).strip()[:100], s.group(1)))
                    break
        for m in _ENV_LINE.finditer(added):
            if not _PLACEHOLDER.match(m.group(3)):
                out.append(Sink("image", m.group(0).strip()[:100], m.group(1)))
        return out
    if CODE_FILE.search(path) and not TEST_PATH.search(path):
        for line, secret in _log_lines(added):
            out.append(Sink("log", line, secret))
    for m in PUBLIC_VAR.finditer(added):
        out.append(Sink("client", m.group(0), m.group(1)))
        break
    if CLIENT_CONFIG.search(path):
        for m in BUNDLED.finditer(added):
            if not m.group(1).startswith(("NEXT_PUBLIC_", "VITE_", "NUXT_PUBLIC_")):
                out.append(Sink("client", m.group(0).strip()[:100], m.group(1)))
                break
    for line in added.splitlines():
        if REPORT_CALL.search(line) is None:
            continue
        vals = _values(line)
        s = SECRET_NAME.search(vals) or _WHOLE.search(vals)
        if s is not None:
            out.append(Sink("report", line.strip()[:100], s.group(0)))
    return out


WHERE = {"image": "into the container image (every layer ships with it)", "log": "into the logs",
         "client": "into the code every browser downloads", "report": "into error reports sent to the reporting service"}
