"""Reads a framework's own configuration for what its logging and its secrets mean (session 16, class G4; tables:
`files.framework_keys`; rules: `rules.writes_framework`; release: `judge.intent.meaning_said`).

* `levels(text)`: (logger name, level, as written) of every logger level the text sets, in every logging format
  (logback/log4j XML, log4j 1 and 2 properties, Spring `logging.level.*`, .NET `LogLevel`/Serilog `Override`,
  Quarkus categories, Python `dictConfig`/`getLogger().setLevel()`/fileConfig, `RUST_LOG`). A row of `LOGGERS`
  reports when the new text sets more of its loggers to a level finer than the row's than the old text did.
* `IDIOMS`: a switch or call that logs headers or bodies, more often in the new text than in the old (or, for a
  redaction, less often).
* A secret reference removed (`REFS` counted in the old and new text) and a credential key (`CRED_KEY`) given a
  literal value the old text did not have: a secret put in plain text where a reference was.

Each finding is a `keypath_read.Meaning` with its check (`log`, `log-ask`, `secret`), so the release by the user's
words is the one of the key-path meanings. Gated by trigger words (one scan) and, for the root logger, by the file
being a logging or application configuration.
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.files import later_loads, scan, tool_loaders
from automode.files.framework_keys import (
    CRED_KEY,
    IDIOMS,
    LOGGERS,
    PLACEHOLDER,
    PLACEHOLDER_WHOLE,
    RANK,
    REFS,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files.keypath_pairs import Meaning

_LOG_WORDS = {w for r in LOGGERS for w in r.words if w not in ("root", "default", "trace", "all")}
#: Words that may name a secret reference (lower case; looked for in the old text).
_REF_WORDS = ("existingsecret", "secretkeyref", "secretref", "valuefrom", "secretname", "secrets.", "${", "$(", "%env(", "env(", "getenv",
              "process.env", "import.meta.env", "os.environ", "env[", "env.fetch", "vault:", "ref+", "secretsmanager", "ssm", "keyvault",
              "op://", "sops", "_file", "passwordfile", "password_file", "secretfile", "credentials", "{{resolve", ".values.", "secret://",
              "sm://", "akv://", "secretmanager", "$__file", "$__env", "lookup(", "vault(", "var.", "local.", "data.", "random_password",
              "{{", "!vault")
TRIGGERS = scan.register(_LOG_WORDS | {w for i in IDIOMS for w in i.words} | set(_REF_WORDS) | {
    "node_options", "node-options", "java_tool_options", "_java_options", "jdk_java_options", "java_opts", "maven_opts", "gradle_opts",
    "catalina_opts", "ld_preload", "dyld_insert_libraries", "rubyopt", "perl5opt", "pythonstartup"} | {
    "password", "passwd", "secret", "token", "api_key", "apikey", "access_key", "private_key", "credentials"})
_REF_TRIGGERS = frozenset(_REF_WORDS)
#: Above this many characters, the line-local readings read only the lines holding their words.
_BIG = 40_000
#: Words one of which a credential key holds (lower case).
_CRED_HINTS = ("pass", "pwd", "secret", "token", "key", "credential", "dsn", "connection", "_url")


def _delta(old: str, new: str) -> tuple[str, str]:
    """The lines of each text that the other does not have, each with the line before and after it (a key and its
    value on two lines: `- name: DB_PASSWORD` / `value: …`, `<logger …>` / `<level …>`)."""
    a, b = old.splitlines(), new.splitlines()
    sa, sb = set(a), set(b)

    def around(lines: list[str], other: set[str]) -> str:
        keep = [i for i, ln in enumerate(lines) if ln not in other]
        idx = sorted({j for i in keep for j in (i - 1, i, i + 1) if 0 <= j < len(lines)})
        return "\n".join(lines[j] for j in idx)

    return around(a, sb), around(b, sa)
_IDIOM_WORDS = frozenset(w for i in IDIOMS for w in i.words)
#: Files whose root logger level is read (a logging or application configuration).
LOG_FILES = lazyre.compile(r"(?i)/(?:logback|log4j2?|logging|jul|log)[\w.-]*\.(?:xml|properties|ya?ml|json|ini|conf|cfg|py|toml)$|"
                           r"/(?:application|bootstrap)(?:-[\w-]+)?\.(?:properties|ya?ml)$|/appsettings(?:\.[\w-]+)?\.json$|/settings[\w/.-]*\.py$|"
                           r"/(?:serilog|nlog)[\w.-]*\.(?:json|config|xml)$|/logging\.properties$")
_CONFIG_OR_CODE = lazyre.compile(r"\.(?:xml|properties|ya?ml|json|jsonc|ini|conf|cfg|toml|env|py|java|kt|kts|scala|groovy|cs|fs|vb|ts|js|mjs|cjs|"
                                 r"rb|php|go|config|tf|tfvars|hcl|service)$|/\.env(?:\.[\w-]+)?$|/Dockerfile[^/]*$|/Caddyfile$|/\.npmrc$|/\.yarnrc(?:\.yml)?$|/\.envrc$")
_XML_LOGGER = lazyre.compile(r"(?is)<(?:logger|asynclogger|category)\b([^>]*?)(/?)>(?:\s*<(?:level|priority)\b[^>]*?\bvalue\s*=\s*[\"'](\w+)[\"'])?")
_XML_ROOT = lazyre.compile(r"(?is)<(?:root|asyncroot)\b([^>]*?)(/?)>(?:\s*<(?:level|priority)\b[^>]*?\bvalue\s*=\s*[\"'](\w+)[\"'])?")
_ATTR = lazyre.compile(r"""(?i)\b(name|level)\s*=\s*["']([^"']+)["']""")
_L4J2_NAME = lazyre.compile(r"(?im)^[ \t]*logger\.([\w-]+)\.name[ \t]*[=:][ \t]*([\w.$*-]+)")
_L4J2_LEVEL = lazyre.compile(r"(?im)^[ \t]*logger\.([\w-]+)\.level[ \t]*[=:][ \t]*(\w+)")
_L4J_ROOT = lazyre.compile(r"(?im)^[ \t]*(?:log4j\.)?root(?:logger|category)(?:\.level)?[ \t]*[=:][ \t]*(\w+)")
_L4J1 = lazyre.compile(r"(?im)^[ \t]*log4j\.(?:logger|category)\.([\w.$-]+)[ \t]*[=:][ \t]*(\w+)")
_KEYED = lazyre.compile(r"(?i)(?:^|\.)(?:logging\.level|loglevel|minimumlevel\.override|log\.level|quarkus\.log\.category|logger\.levels|log_?levels?)\.\"?([\w.*$-]+?)\"?(?:\.level)?$")
_PY_DICT = lazyre.compile(r"""(?s)["']([\w.]+)["']\s*:\s*(?:dict\(|\{)[^{}]{0,300}?["']?level["']?\s*[:=]\s*(?:logging\.)?["']?(\w+)""")
_PY_SET = lazyre.compile(r"""getLogger\(\s*["']([\w.]*)["']\s*\)\s*\.setLevel\(\s*(?:logging\.)?["']?(\w+)""")
_PY_INI = lazyre.compile(r"(?ims)^\[logger_(\w+)\][^\[]*?^level\s*=\s*(\w+)(?:[^\[]*?^qualname\s*=\s*([\w.]+))?")
_RUST_LOG = lazyre.compile(r"""(?i)RUST_LOG["']?\s*[=:]\s*["']?([\w:=,.-]+)""")
_K8S_ENV = lazyre.compile(r"""(?m)-[ \t]*name[ \t]*:[ \t]*["']?([\w.-]+)["']?[ \t]*\n[ \t]*value[ \t]*:[ \t]*["']?([^"'\n#]*?)["']?[ \t]*$""")
_PHP_PAIR = lazyre.compile(r"""["']([\w.-]+)["']\s*=>\s*["']([^"'\n]+)["']""")


def levels(text: str, path: str) -> list[tuple[str, str, str]]:
    """(lower-case logger name, lower-case level, as written) of every logger level set in `text`."""
    out: list[tuple[str, str, str]] = []
    low = text.lower()
    if "<" in text and ("logger" in low or "root" in low or "category" in low):
        for m in _XML_LOGGER.finditer(text):
            attrs = {k.lower(): v for k, v in _ATTR.findall(m.group(1))}
            lvl = attrs.get("level") or m.group(3) or ""
            if "name" in attrs and lvl:
                out.append((attrs["name"].lower(), lvl.lower(), " ".join(m.group(0).split())[:80]))
        for m in _XML_ROOT.finditer(text):
            attrs = {k.lower(): v for k, v in _ATTR.findall(m.group(1))}
            lvl = attrs.get("level") or m.group(3) or ""
            if lvl:
                out.append(("root", lvl.lower(), " ".join(m.group(0).split())[:80]))
    if "logger." in low:
        names = {i: n for i, n in _L4J2_NAME.findall(text)}
        for i, lvl in _L4J2_LEVEL.findall(text):
            if i in names:
                out.append((names[i].lower(), lvl.lower(), f"logger.{i}.name = {names[i]}, level = {lvl}"))
    if "root" in low:
        out += [("root", m.group(1).lower(), " ".join(m.group(0).split())[:80]) for m in _L4J_ROOT.finditer(text)]
    if "log4j." in low:
        out += [(m.group(1).lower(), m.group(2).lower(), " ".join(m.group(0).split())[:80]) for m in _L4J1.finditer(text)]
    if "level" in low:
        from automode.files.keypath_pairs import pairs

        for key, value, construct in pairs(text, path):
            km = _KEYED.search(key)
            if km is not None:
                out.append((km.group(1).lower(), value.strip().strip("\"',").lower(), construct))
        out += [(m.group(1).lower(), m.group(2).lower(), " ".join(m.group(0).split())[:80]) for m in _PY_DICT.finditer(text)]
        out += [(m.group(3).lower() if m.group(3) else m.group(1).lower(), m.group(2).lower(), " ".join(m.group(0).split())[:80])
                for m in _PY_INI.finditer(text)]
    if "setlevel" in low:
        out += [(m.group(1).lower() or "root", m.group(2).lower(), m.group(0)[:80]) for m in _PY_SET.finditer(text)]
    if "rust_log" in low:
        for m in _RUST_LOG.finditer(text):
            for part in m.group(1).split(","):
                name, _, lvl = part.rpartition("=")
                out.append(((name or "root").replace("::", ".").lower(), lvl.lower(), m.group(0)[:80]))
    return out


def _finer(level: str, than: str) -> bool:
    r = RANK.get(level.strip().strip("\"'").lower())
    return r is not None and r < RANK[than]


def _logger_hits(path: str, old: str, new: str) -> list[Meaning]:
    from automode.files.keypath_pairs import Meaning

    if len(old) + len(new) > _BIG:
        old, new = _delta(old, new)

    now, was = levels(new, path), levels(old, path) if old else []
    out: list[Meaning] = []
    for row in LOGGERS:
        if row.id == "root.trace" and not LOG_FILES.search(path):
            continue
        rx = lazyre.built(f"^(?:{row.names})$")
        loud = [x for x in now if rx.match(x[0]) and _finer(x[1], row.level)]
        if len(loud) > sum(1 for x in was if rx.match(x[0]) and _finer(x[1], row.level)):
            name, lvl, construct = loud[0]
            out.append(Meaning(row.id, row.check, row.meaning.format(name=name, level=lvl.upper()), construct, name, lvl.upper(), row.said))
    return out


def _idiom_hits(path: str, old: str, new: str, before_known: bool, low: str) -> list[Meaning]:
    from automode.files.keypath_pairs import Meaning

    out: list[Meaning] = []
    for i in IDIOMS:
        if not any(map(low.__contains__, i.words)) or (i.files and not lazyre.built(i.files).search(path)):
            continue
        rx = lazyre.built(i.pattern)
        if i.removed:
            if not before_known or not old:
                continue
            gone = rx.search(old)
            if gone is None:
                continue
            if len(rx.findall(old)) <= len(rx.findall(new)):
                lost = _covered(rx, old) - _covered(rx, new)  # the same list, narrowed: `[:passw, :token]` → `[:otp]`
                if not lost:
                    continue
                out.append(Meaning(i.id, i.check, f"{i.meaning}: no longer covers {', '.join(sorted(lost))}",
                                   " ".join(gone.group(0).split())[:80] + " narrowed", "", "removed", i.said))
                continue
            out.append(Meaning(i.id, i.check, i.meaning, " ".join(gone.group(0).split())[:80] + " removed", "", "removed", i.said))
            continue
        m = rx.search(new)
        if m is not None and _DEV_GUARD.search(new[max(0, m.start() - 300):m.start()]):
            continue  # logging turned on under a development-only guard (`if (env.IsDevelopment())`)
        if m is not None and len(rx.findall(new)) > (len(rx.findall(old)) if old else 0):
            out.append(Meaning(i.id, i.check, i.meaning, " ".join(m.group(0).split())[:80], "", "", i.said))
    return out


#: A development-only guard in code (ASP.NET, Node, Django/Flask, Rails, Spring profiles, C# `#if DEBUG`).
_DEV_GUARD = lazyre.compile(r"(?i)IsDevelopment\(\)|IsEnvironment\(\s*\"Development|NODE_ENV\s*[!=]==?\s*['\"](?:development|production)['\"]|"
                            r"\bif\s+(?:settings\.)?DEBUG\b|\bif\s+app\.debug\b|Rails\.env\.(?:development|test)\?|#if\s+DEBUG|"
                            r"@Profile\(\s*\"(?:dev|local|test)|import\.meta\.env\.DEV\b|__DEV__|kDebugMode")


#: What a redaction covers (lower case).
_SENSITIVE = lazyre.compile(r"(?i)passw\w*|secret|token|_?key\b|crypt|salt|certificate|otp|ssn|cvv|cvc|authori[sz]ation|cookie|card\w*|api_?key")


def _covered(rx: object, text: str) -> set[str]:
    import re as _re

    assert isinstance(rx, _re.Pattern)
    spans = " ".join(m.group(0) for m in rx.finditer(text))
    if "[" in spans or "(" in spans:  # a list written over several lines: read to its end
        spans = " ".join(text[m.start():text.find("]", m.end()) + 1 if text.find("]", m.end()) > 0 else m.end()] for m in rx.finditer(text))
    return {x.lower() for x in _SENSITIVE.findall(spans)}


def credentials(text: str, path: str, *, whole: bool = False) -> list[tuple[str, str, str]]:
    """(key, literal value, as written) of every credential key given a literal value in `text` (`whole`: a value is
    a placeholder only when it is wholly one)."""
    from automode.files.keypath_pairs import pairs

    cred, place, ref = lazyre.built(CRED_KEY), lazyre.built(PLACEHOLDER_WHOLE if whole else PLACEHOLDER), lazyre.built(REFS)
    found = [(k.rsplit(".", 1)[-1], v, c) for k, v, c in pairs(text, path)]
    found += [(m.group(1), m.group(2), m.group(0)) for rx in (_K8S_ENV, _PHP_PAIR) for m in rx.finditer(text)]
    out: list[tuple[str, str, str]] = []
    for key, value, construct in found:
        v = value.strip().strip(",;").strip().strip("\"'`").strip()
        if cred.search(key.strip("\"'")) and len(v) >= 6 and not place.search(v) and not ref.search(v) and not v.startswith(("$", "%", "{{", "!")):
            out.append((key.strip("\"'"), v, construct))
    return out


def _secret_hits(path: str, old: str, new: str) -> list[Meaning]:
    """A reference to a secret removed and a credential key given a literal value the old text did not have."""
    from automode.files.keypath_pairs import Meaning

    low = new.lower()
    if not old or not any(map(low.__contains__, _CRED_HINTS)):
        return []
    if len(old) + len(new) > _BIG:  # (the reference and credential patterns are line-local: read the lines that changed)
        old, new = _delta(old, new)
    ref = lazyre.built(REFS)
    if len(ref.findall(old)) <= len(ref.findall(new)):
        return []
    for key, value, _ in credentials(new, path, whole=True):
        if value not in old:
            gone = ref.search(old)
            what = f"replaces a reference to a secret ({gone.group(0).strip() if gone else 'a secret'}) by the plain-text value of {key}"
            shown = f"{key}: {value[:2]}…"
            return [Meaning("secret.ref-replaced", "secret", what, shown, key, value, (key.lower(), "password", "secret", "token", "credential",
                                                                                        "plain", "plaintext", "hardcode", "literal"))]
    return []


#: Configuration that ships with the application (not development or test settings): a credential written in plain
#: text here is committed and deployed with it.
SHIPPED_CONFIG = lazyre.compile(r"/(?:application|bootstrap)(?:-[\w-]+)?\.(?:properties|ya?ml)$|/config/[\w-]+\.php$|/appsettings(?:\.[\w-]+)?\.json$|"
                                r"/[\w.-]*values[\w.-]*\.ya?ml$|/(?:k8s|kubernetes|manifests|deploy|helm|charts|kustomize|overlays)/[\w./-]+\.ya?ml$|"
                                r"/\.github/workflows/[^/]+\.ya?ml$|/\.gitlab-ci\.ya?ml$|/settings(?:/[\w-]+)?\.py$|/config/[\w/-]+\.(?:ya?ml|json|toml)$")
_PLAIN_WORDS = frozenset({"password", "passwd", "secret", "token", "api_key", "apikey", "access_key", "private_key", "credentials"})


def _plain_secret_hits(path: str, old: str, new: str) -> list[Meaning]:
    """A credential key given a literal value in configuration that ships, where no reference was replaced (that is
    `_secret_hits`): asked, since a local default is sometimes what the user meant."""
    from automode.files.keypath_pairs import Meaning

    if len(old) + len(new) > _BIG:
        old, new = _delta(old, new)
    for key, value, _ in credentials(new, path):
        if value in old:
            continue
        return [Meaning("secret.plain", "secret-ask", f"writes the value of {key} in plain text into configuration that ships",
                        f"{key}: {value[:2]}…", key, value, (key.lower(), "password", "secret", "token", "credential", "plain", "plaintext",
                                                              "hardcode", "literal"))]
    return []


#: A variable or setting, written in a file, that makes a runtime load code before the program (node `--require`,
#: a JVM agent, a preloaded library, Ruby `-r`, Perl `-M`, Python's start-up file), and the path it loads.
_LOADER = lazyre.compile(r"""(?im)\b(NODE_OPTIONS|node-options|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|JAVA_OPTS|MAVEN_OPTS|GRADLE_OPTS|"""
                         r"""CATALINA_OPTS|LD_PRELOAD|DYLD_INSERT_LIBRARIES|RUBYOPT|PERL5OPT|PYTHONSTARTUP)["']?\s*[=:]\s*["']?([^\n"']*?)"""
                         r"""(?:(?:--require|-r|--import|--loader|--experimental-loader)[= ]\s*|-javaagent:|-agentpath:|-agentlib:|-M|(?<=[=:]\s)|(?<=[=:])|(?<=["']))"""
                         r"""(/tmp/[^\s"']+|/var/tmp/[^\s"']+|/dev/shm/[^\s"']+|~/[^\s"']+|\$\{?HOME\}?/[^\s"']+|/Users/[^\s"']+|/home/[^\s"']+|"""
                         r"""https?://[^\s"']+|data:[^\s"']+|/opt/[^\s"']+|/usr/local/[^\s"']+\.(?:js|cjs|mjs|jar|so|dylib|rb|pm|py))""")
_RUNTIME = {"node": "node", "java": "JVM", "_jav": "JVM", "jdk_": "JVM", "mave": "Maven", "grad": "Gradle", "cata": "Tomcat",
            "ld_p": "dynamically linked", "dyld": "dynamically linked", "ruby": "Ruby", "perl": "Perl", "pyth": "Python"}
_LOADER_WORDS = frozenset({"node_options", "node-options", "java_tool_options", "_java_options", "jdk_java_options", "java_opts", "maven_opts",
                           "gradle_opts", "catalina_opts", "ld_preload", "dyld_insert_libraries", "rubyopt", "perl5opt", "pythonstartup"})


def _loader_hits(path: str, old: str, new: str, root: str) -> list[Meaning]:
    from automode.files.keypath_pairs import Meaning

    out: list[Meaning] = []
    for m in _LOADER.finditer(new):
        var, loaded = m.group(1), m.group(3)
        if loaded in old or (root and loaded.startswith(root.rstrip("/") + "/")):
            continue
        name = loaded.rstrip("/").rsplit("/", 1)[-1]
        out.append(Meaning("runtime.loads-outside", "load", f"makes every {_RUNTIME.get(var.lower()[:4], 'program')} process load {loaded}, code from outside "
                           "the project, before the program it runs", " ".join(m.group(0).split())[:80], var.lower(), loaded,
                           (var.lower(), var.lower().replace("_", " "), "--require", "require", "preload", "javaagent", "java agent",
                            "agent", "loader", name.lower())))
        break
    return out


@lru_cache(maxsize=16)
def meanings(path: str, old: str, new: str, before_known: bool, words: frozenset[str], root: str = "") -> tuple[Meaning, ...]:
    """The logging and secret meanings of one change (`old`, `new`: without comment lines; `words`: trigger words
    present in either text)."""
    logs = LOG_FILES.search(path) is not None
    tools = tool_loaders.FILES.search(path) is not None or later_loads.FILES.search(path) is not None  # read for the code it loads
    if (words.isdisjoint(TRIGGERS) and not logs and not tools) or not (_CONFIG_OR_CODE.search(path) or tools):
        return ()
    from automode.files.settings import NONPROD_PATH

    out: list[Meaning] = []
    nonprod = NONPROD_PATH.search(path) is not None
    low = (new + "\n" + old).lower()
    if not nonprod and (not words.isdisjoint(_LOG_WORDS) or (logs and ("trace" in low or "all" in low))):
        out += _logger_hits(path, old, new)
    if not nonprod and not words.isdisjoint(_IDIOM_WORDS):
        out += _idiom_hits(path, old, new, before_known, low)
    if old and not words.isdisjoint(_REF_TRIGGERS):
        out += _secret_hits(path, old, new)
    if not nonprod and not any(m.check == "secret" for m in out) and not words.isdisjoint(_PLAIN_WORDS) and SHIPPED_CONFIG.search(path):
        out += _plain_secret_hits(path, old, new)
    if not words.isdisjoint(_LOADER_WORDS):
        out += _loader_hits(path, old, new, root)
    if tools and not any(m.check == "load" for m in out):
        out += tool_loaders.hits(path, old, new, root)  # a tool's configuration that loads code from outside
    if tools and not any(m.check == "load" for m in out):
        out += later_loads.hits(path, old, new, root)  # ... or any code on every later run (AM-WRITE-061)
    return tuple(out)
