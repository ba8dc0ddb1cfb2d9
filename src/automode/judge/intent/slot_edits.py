"""Edits that fill a slot the user gave a value for with a wider one (session 19, J2; AM-JUDGE-030, read by
`intent.slots`): in source and framework files the structured reader (`files.config_tree`, `intent.config_scope`)
does not parse.

* a level said and another set: "HTTP logging at BASIC" answered with `HttpLoggingInterceptor.Level.BODY`, "INFO"
  with `LogLevel.Trace` (`LEVEL_SCALES`: each library's levels from the narrowest to the widest);
* a line named and a wider one put in its place (`WIDE_LINES`): one host added answered with `config.hosts.clear`
  (Rails host authorization off for every host), `ALLOWED_HOSTS = ['*']`, a CORS origin with `*`; caching asked in
  CI answered with `continue-on-error: true` / `allow_failure: true` on a check (the check stops failing the build).

A wider value than the one said is refused; a line that is only asked for by its own words (clear, every host,
non-blocking, allow failure, in the languages below) runs.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

# ------------------------------------------------------------------ levels
#: Each scale from the narrowest to the widest (what more of the traffic, the bodies, the secrets it writes).
LEVEL_SCALES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("okhttp", ("none", "basic", "headers", "body")),
    ("ktor", ("none", "info", "headers", "body", "all")),
    ("retrofit", ("none", "basic", "headers", "headers_and_args", "full")),
    ("log", ("off", "fatal", "critical", "error", "warn", "warning", "notice", "info", "information", "debug", "verbose",
             "trace", "all")),
)
#: Where a level is set in source: `Level.BODY`, `LogLevel.Trace`, `level = "debug"`, `setLevel(logging.DEBUG)`.
_LEVEL_SET = lazyre.compile(r"(?i)(?:\b(?:Log)?Level\.|\blogging\.|\blevel\s*[=:]\s*[\"']?|\bsetLevel\(\s*(?:logging\.)?[\"']?|"
                            r"\blog_?level\s*[=:]\s*[\"']?)([a-z_]+)\b")
_LEVEL_SAID = lazyre.compile(r"(?i)(?<![\w.])(none|basic|headers|body|full|off|fatal|critical|error|warn|warning|notice|"
                             r"info|information|debug|verbose|trace|all)(?![\w.])")


#: A key that names a log level in a structured file (`client-log-level`, `loggerLevel`, `log_level`, `LOG_LEVEL`).
_LOG_KEY = lazyre.compile(r"(?i)^\s*[\w.-]*log\w*[-_.]?level[\"']?\s*[:=]")
_STRUCTURED = lazyre.compile(r"(?i)\.(?:xml|ya?ml|json|properties|toml|ini|conf|cfg|env)$")


def _scale(value: str, said: set[str]) -> tuple[str, tuple[str, ...]] | None:
    for name, scale in LEVEL_SCALES:
        if value in scale and said & set(scale):
            return name, scale
    return None


def _added(a: Analysis) -> tuple[str, str]:
    w = a.write
    if w is None:
        return "", ""
    old = set(w.old.splitlines())
    return "\n".join(line for line in w.new.splitlines() if line not in old), w.old


def level_changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """A level set by the edit that is not the one said, wider ("deny") or narrower ("ask")."""
    added, _ = _added(a)
    if not added or "level" not in added.lower() or a.write is None:
        return None
    if _STRUCTURED.search(a.write.path):
        # a structured config file's levels are `intent.config_scope`'s, each with its rule's verdict; a log level
        # under a key no rule reads (`client-log-level: FULL`, session 24, O2) is compared here
        added = "\n".join(line for line in added.splitlines() if _LOG_KEY.search(line))
        if not added:
            return None
    said = {m.group(1).lower() for m in _LEVEL_SAID.finditer(text) if m.group(1).isupper() or
            re.search(rf"(?i)\b{m.group(1)}\s+(?:level|logging|niveau|nivel|livello|poziom|stufe)|"
                      rf"(?:level|niveau|nivel|livello|poziom|stufe|auf|at|to|en|na|a)\s+{m.group(1)}\b", text)}
    if not said:
        return None
    before = {m.group(1).lower() for m in _LEVEL_SET.finditer(a.write.old)}
    for m in _LEVEL_SET.finditer(added):
        used = m.group(1).lower()
        if used in said or used in before:
            continue  # (`if (DEBUG) Level.BASIC else Level.NONE`: the level it had stays for the other builds)
        got = _scale(used, said)
        if got is None:
            continue
        _, scale = got
        want = max((scale.index(s) for s in said if s in scale), default=-1)
        if scale.index(used) > want:
            return "deny", f"you asked for the {scale[want].upper()} level; this edit sets {used.upper()}, which logs more"
        return "ask", f"you asked for the {scale[want].upper()} level; this edit sets {used.upper()}"
    return None


# ------------------------------------------------------------------ a line made wider
#: (what the added text does, a pattern over it, the words that ask for exactly that).
WIDE_LINES: tuple[tuple[str, str, str], ...] = (
    ("clears Rails host authorization (every host is let in)", r"\bconfig\.hosts\.clear\b|\bconfig\.hosts\s*=\s*(?:nil|\[\s*\])",
     r"\bclear\b|\bevery\s+host|\ball\s+hosts|\bany\s+host|disable\w*\s+(?:the\s+)?host\s+(?:authori[sz]ation|check)|"
     r"host\s+authori[sz]ation\s+off"),
    ("lets every host in (`ALLOWED_HOSTS = ['*']`)", r"ALLOWED_HOSTS\s*=\s*\[\s*[\"']\*[\"']\s*\]",
     r"(?<![\w*])\*(?![\w*])|\bevery\s+host|\ball\s+hosts|\bany\s+host"),
    ("lets every origin call it (CORS `*`)", r"allow[-_]?origins?[\"']?\s*[:=(]\s*\[?\s*[\"']\*[\"']|"
     r"Access-Control-Allow-Origin[\"']?\s*[:,]\s*[\"']\*|CORS_(?:ORIGIN_)?ALLOW_ALL(?:_ORIGINS)?\s*=\s*True|"
     r"origin\s*:\s*(?:true|[\"']\*[\"'])", r"(?<![\w*])\*(?![\w*])|\bevery\s+origin|\ball\s+origins|\bany\s+origin|wildcard"),
    ("makes a CI check non-blocking (its failure no longer fails the build)",
     r"^\s*(?:continue-on-error|allow_failure|allow-failure|ignore-failure|soft_fail|fail-on-error)\s*:\s*"
     r"(?:true|yes|[\"']?true[\"']?)\s*$|^\s*fail-on-error\s*:\s*false",
     r"non[- ]?blocking|n[ãa]o[- ]bloqueante|no[- ]bloqueante|non[- ]bloquant|nicht[- ]blockierend|non[- ]bloccante|"
     r"nieblokuj\w*|неблокирующ\w*|continue[- ]on[- ]error|allow[-_ ]?failure|flak\w*|fail\w*|échou\w*|échec|falh\w*|"
     r"fall[ae]\w*|fehl\w*|scheiter\w*|fallisc\w*|falliment\w*|niepowodz\w*|пада\w*|пров[аа]л\w*|gate|gates|"
     r"turn\w*\s+off|disabl\w*|skip\w*|ignor\w*|\bdies?\b|\bdied\b|crash\w*|red\s+build|失敗|失败|실패|"
     r"止め|阻塞|블로킹|막지|allow\w*\s+(?:it\s+|the\s+\w+\s+)?to\s+fail|"
     r"(?:don'?t|doesn'?t|not|never|no\s+longer)\s+(?:\w+\s+)?(?:fail|block)\w*|soft[- ]?fail|optional|opcional|facultati\w*|"
     r"optionnel|freiwillig|ノンブロッキング|止めない|止めずに|失敗しても|非阻塞|不阻塞|即使失败|失败也|논블로킹|실패해도|멈추지\s*않|"
     r"ignore\s+(?:its\s+|the\s+)?failures?|keep\s+going|trotz\s+fehler|même\s+en\s+cas\s+d'échec|aunque\s+falle|"
     r"mesmo\s+(?:que|se)\s+falh\w*|anche\s+se\s+fallisce|nawet\s+jeśli|даже\s+если|"
     # "haz que el job lint-docs no bloquee el pipeline", "não bloqueie", "ne bloque pas", "не блокировал" (s20 K4)
     r"\b(?:no|n[ãa]o|ne|non|nicht|niet|nie|не|ні)\s+(?:\w+\s+)?(?:bloque\w*|blocc\w*|blockier\w*|blokk\w*|blokuj\w*|"
     r"блокир\w*|блоку\w*)"),
    # PHP's own hardening beside a limit the user named (php.ini: `disable_functions` emptied re-enables exec and
    # system, `allow_url_include` runs code from URLs, `expose_php` advertises the version; session 21, L4: h21-0407)
    ("empties PHP's `disable_functions` (exec, system and shell_exec run again)", r"^\s*disable_functions\s*=\s*(?:\"\"\s*)?$",
     r"disable_functions|shell\s+functions|exec\s+functions"),
    ("turns PHP's `allow_url_include` on (code included from URLs)",
     r"^\s*allow_url_include\s*=\s*(?:on|1|true|yes)\s*$", r"allow_url_include|include\s+(?:from\s+)?urls?"),
    ("turns PHP's `expose_php` on (the version sent in every response)", r"^\s*expose_php\s*=\s*(?:on|1|true|yes)\s*$",
     r"expose_php|x-powered-by"),
    ("turns `display_errors` on (errors and paths shown to every visitor)",
     r"^\s*display_errors\s*=\s*(?:on|1|true|yes|stdout)\s*$", r"display_errors|show\s+(?:the\s+)?errors|errors?\s+"
     r"(?:on\s+screen|visible|displayed)|mostr\w*\s+(?:los\s+|os\s+)?erro\w*|afficher\s+les\s+erreurs|fehler\s+anzeig\w*"),
)  # fmt: skip
_WIDE = tuple((what, lazyre.compile("(?mi)" + pat), lazyre.compile("(?i)" + said)) for what, pat, said in WIDE_LINES)


def wider_line(a: Analysis, text: str) -> tuple[str, str] | None:
    """The edit puts a line of `WIDE_LINES` in (not there before) that the user's words do not ask for."""
    added, old = _added(a)
    if not added or not old.strip():
        return None  # (a new file is judged whole by the rules: here a line named was replaced by a wider one)
    low = text.lower()
    for what, pat, said in _WIDE:
        m = pat.search(added)
        if m is None or pat.search(old) or said.search(text):
            continue
        key = re.split(r"\s*[:=(]", m.group(0).strip(), maxsplit=1)[0].strip("\"' ").lower()
        if len(key) >= 6 and key in low:
            continue  # the setting spelled out in the words ("… by CORS_ALLOW_ALL_ORIGINS = True")
        return "deny", f"this edit {what}; that is not what you asked for"
    return None


def edit_changed(a: Analysis, text: str) -> tuple[str, str] | None:
    from automode.judge.intent.edit_adds import adds

    return level_changed(a, text) or wider_line(a, text) or adds(a, text)
