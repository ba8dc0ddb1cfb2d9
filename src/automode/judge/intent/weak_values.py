"""A weak security value written beside the change the user named (session 13, slot S5): an edit of app or server
configuration or code that adds a value that switches a protection off or opens it to everyone, which the user's
words never named, whatever else they asked for in the same file.

The knowledge is `WEAK`: one row per effect class, each spelled by every framework (a Content Security Policy's
`'unsafe-eval'` / `'unsafe-inline'` / `*` in the header text, helmet's `scriptSrc`, django-csp, Rails
`policy.script_src`, NWebsec; CORS for every origin; certificate verification off in code and configuration of
any language, `shell.code_vocab.TLS_OFF`; a session cookie that loses `secure` / `httpOnly` or gets
`SameSite=None`; debug on; every host allowed; every management endpoint exposed; `0.0.0.0/0`; authentication or
CSRF protection switched off), and the words that name it. A request names the weak value when its words say it
("allow unsafe-eval for the charting lib", "skip certificate verification for the local mock"); naming only the
control ("add the CDN to the CSP") does not.

The verdict: refused when the user named another value the edit adds (the named change plus a weak extra: "add
cdn.jsdelivr.net" answered with the CDN *and* `'unsafe-eval'`), asked otherwise. Tests and development settings
are not read here (their weak values are their business; the rules' own readings still apply). Read by
`edit_scope.beyond`, on clean allows and on releases alike: only ever stricter.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.appsec import CORS_ANY
from automode.knowledge.wide_settings import WORLD_SAID
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

#: (label, the pattern over added text, the pattern over the user's words that names it).
WEAK: tuple[tuple[str, str, str], ...] = (
    ("`'unsafe-eval'` in the Content Security Policy", r"(?i)unsafe[-_]eval|\.UnsafeEval\(", r"\beval\b|unsafe[-_ ]eval"),
    ("`'unsafe-inline'` for scripts in the Content Security Policy",
     r"(?i)(?:script|default)(?:[-_]?src\w*|Sources?)\b[^;\n]{0,300}?(?:unsafe[-_]inline|\.UnsafeInline\()",
     r"\binline\b|unsafe[-_ ]inline"),
    ("a wildcard source in the Content Security Policy",
     r"""(?i)(?:default|script|connect|frame|img|object)(?:[-_]?src\w*|Sources?)\b[^;\n]{0,300}?(?:\s\*(?=[\s;"'\],])|["']\*["'])""",
     r"\bwildcard\b|\bany\s+(?:source|origin|host|domain)s?\b|\banywhere\b|(?<![\w*])\*(?![\w*])"),
    ("every origin allowed by CORS",
     # (every framework's spelling: `files.appsec.CORS_ANY`, the analysis' own; then the settings files' keys)
     CORS_ANY.pattern + r"""|Access-Control-Allow-Origin["']?\s*[,:=]?\s*["']?\*|AllowedOrigins\s*:\s*\[?\s*["']\*|allowed_origins\W+\*|"""
     r"""cors_allowed_origins\W+\*|allowedOrigins?\(\s*["']\*["']""",
     r"\bany\s+origins?\b|\ball\s+origins?\b|\bevery\s+origins?\b|\bwildcard\b|(?<![\w*])\*(?![\w*])|\bpublic\b|\banyone\b|"
     r"\beveryone\b|\ballow[- ]all\b|\bopen\s+(?:it\s+)?up\b"),
    ("certificate verification turned off",
     r"""(?i)\bverify\s*=\s*False\b|rejectUnauthorized\s*:\s*false|InsecureSkipVerify\s*:?\s*=?\s*true|NODE_TLS_REJECT_UNAUTHORIZED\W+0|"""
     r"""\bssl_?verify\w*['"]?\s*(?:=>|[:=])\s*(?:false|0)\b|CURLOPT_SSL_VERIFY(?:PEER|HOST)\s*,\s*(?:false|0)|VERIFY_NONE|"""
     r"""\bcheck_hostname\s*=\s*False|CERT_NONE|trustAll\w*|TrustAllStrategy|NoopHostnameVerifier|DangerousAcceptAnyServerCertificateValidator|"""
     r"""danger_accept_invalid_certs\(\s*true|(?:insecure|tls_?skip_?verify|skip_?tls_?verify|insecure_?skip_?verify)['"]?\s*[:=]\s*['"]?true""",
     r"\bverif\w*|\binsecure\w*|self[- ]signed|\bcert\w*|\btls\b|\bssl\b|\bskip\w*\s+(?:the\s+)?(?:check|verification)"),
    ("a session cookie without `secure`",
     r"""(?i)\b(?:secure|session_cookie_secure|cookie_secure|secure_cookie|session_secure_cookie|useSecureCookies)['"]?\s*(?:=>|[:=])\s*"""
     r"""(?:false|0|off|nil|none)\b""",
     r"\bsecure\b|\bhttps?[- ]only\b|\bplain\s+http\b|\bover\s+http\b|\bwithout\s+https\b|\bno\s+https\b"),
    ("a cookie that scripts can read (`httpOnly` off)", r"""(?i)\bhttp_?only['"]?\s*(?:=>|[:=])\s*(?:false|0|off|nil|none)\b""",
     r"\bhttp[-_ ]?only\b|\bjavascript\b|\bjs\b|\bclient[- ]side\b|\bfrontend\b|\bread\s+(?:the\s+)?cookie"),
    ("`SameSite=None` on a cookie", r"""(?i)\bsame_?site['"]?\s*(?:=>|[:=])\s*['":]?none\b|SameSiteMode\.None\b""",
     r"\bsame[- ]?site\b|\bcross[- ]site\b|\bthird[- ]party\b|\biframe\b|\bembed\w*"),
    ("debug mode on", r"""(?i)(?<![\w.])(?:DEBUG|APP_DEBUG|FLASK_DEBUG|debug)['"]?\s*(?:=>|[:=])\s*['"]?(?:true|1|on)\b|\brun\([^)\n]*\bdebug\s*=\s*True""",
     r"\bdebug\w*"),
    ("every host allowed", r"""(?i)ALLOWED_HOSTS\s*=\s*\[\s*["']\*["']|["']?AllowedHosts["']?\s*:\s*["']\*["']|\ballowedHosts\s*:\s*["']all["']""",
     r"\bany\s+hosts?\b|\ball\s+hosts?\b|\bevery\s+hosts?\b|\bwildcard\b|(?<![\w*])\*(?![\w*])|allowed[_-]?hosts\W{0,4}(?:all|true)\b"),
    ("every management endpoint exposed",
     r"""(?i)(?:exposure[\s\S]{0,40}?include|endpoints\.web\.exposure\.include|exposure\.include)\W+\*""",
     r"\bactuator\b|\bendpoints?\b|\bexpos\w*|(?<![\w*])\*(?![\w*])"),
    ("an address range open to everyone (`0.0.0.0/0`)", r"(?<![\d.])0\.0\.0\.0/0\b|(?<![:\w])::/0\b",
     WORLD_SAID.pattern + r"|\bpublic\w*|\bopen\s+to\s+all\b"),  # (every address in the languages requests come in)
    ("authentication switched off",
     r"""(?i)\b(?:disable_?auth\w*|skip_?auth\w*|auth_?disabled|no_?auth)['"]?\s*(?:=>|[:=])\s*['"]?(?:true|1|on)\b|"""
     r"""\b(?:auth_?enabled|require_?auth\w*|authentication_?enabled|login_?required)['"]?\s*(?:=>|[:=])\s*['"]?(?:false|0|off)\b|"""
     r"""\.anyRequest\(\)\s*\.permitAll\(\)|\[AllowAnonymous\]""",
     r"\bauth\w*|\blogin\b|\banonymous\w*|\bpublic\w*|\bunauthenticated\b|\bwithout\s+(?:a\s+)?log"),
    ("CSRF protection switched off",
     r"""(?i)\bcsrf\w*['"]?\s*(?:=>|[:=])\s*['"]?(?:false|0|off|disabled?)\b|@csrf_exempt|csrf\(\)\.disable\(\)|csrf\(\s*\w*\s*->\s*\w*\.disable\(\)\)|"""
     r"""protect_from_forgery\s+with:\s*:null_session|skip_before_action\s+:verify_authenticity_token""",
     r"\bcsrf\b|\bxsrf\b|\bforgery\b"),
)
_ADDED_RES = tuple(lazyre.compile(row[1]) for row in WEAK)
#: Rows whose every spelling holds one of these lower-case words (the CORS row's pattern is long).
_ROW_WORDS: dict[str, tuple[str, ...]] = {"every origin allowed by CORS": ("origin", "cors")}
_SAID_RES = tuple(lazyre.compile(row[2]) for row in WEAK)
#: Lower-case substrings one of which a weak value holds: the cheap gate before any row runs.
GATE = ("unsafe", "*", "false", "origin", "cors", "0", "off", "none", "nil", "true", "1", "on", "verify", "insecure", "trust", "csrf", "forgery",
        "anonymous", "permitall", "cert_none", "0.0.0.0", "::/0")
#: A value of the user's words worth comparing (a host, a path, a number with a unit, an identifier with a digit).
_VALUE = lazyre.compile(r"(?<![\w.-])(?:https?://)?[\w-]+(?:\.[\w-]+)+(?![\w-])|(?<![\w.-])[\w-]*\d[\w.-]*")


def _count(rx: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in rx.finditer(text)) if text else 0


def weak_added(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, the added text) of each weak value the change adds: more of it in the new text than the old."""
    out: list[tuple[str, str]] = []
    for old, new in pairs:
        low = new.lower()
        if not any(g in low for g in GATE):
            continue
        for (label, _, _), rx in zip(WEAK, _ADDED_RES, strict=True):
            words = _ROW_WORDS.get(label)
            if words is not None and not any(w in low for w in words):
                continue  # (a row whose every spelling holds one of these words: its pattern need not run)
            m = rx.search(new)
            if m is not None and _count(rx, new) > _count(rx, old) and label not in (x for x, _ in out):
                out.append((label, " ".join(m.group(0).split())[:60]))
    return out


def unnamed(pairs: Sequence[tuple[str, str]], path: str, said: str) -> tuple[str, str] | None:
    """("" = refuse | "ask", why) when the change adds a weak value the user's words (`said`, lower case) never name;
    None when it adds none, or the words name each."""
    from automode.files.diff import TEST_PATH
    from automode.files.settings import NONPROD_PATH

    if TEST_PATH.search(path) or NONPROD_PATH.search(path):
        return None
    found = weak_added(pairs)
    for label, text in found:
        rx = _SAID_RES[[row[0] for row in WEAK].index(label)]
        if rx.search(said):
            continue
        added = "\n".join(n for _, n in pairs).lower()
        named = next((v.group(0) for v in _VALUE.finditer(said) if len(v.group(0)) >= 3 and v.group(0) in added
                      and v.group(0) not in text.lower()), None)
        if named is not None:
            return "", f"you asked for {named}; this also writes {label} (`{text}`), which you did not ask for"
        return "ask", f"this writes {label} (`{text}`), which your request did not name"
    return None


#: (added text, the user's words, "" | "ask" | None) that must hold (`tests/judge/test_s13_written.py`).
FIXTURES: tuple[tuple[str, str, str, str | None], ...] = (
    ("src/server.js", "scriptSrc: [\"'self'\", \"https://cdn.jsdelivr.net\", \"'unsafe-eval'\"],", "add cdn.jsdelivr.net to the csp", ""),
    ("src/server.js", "scriptSrc: [\"'self'\", \"https://cdn.jsdelivr.net\"],", "add cdn.jsdelivr.net to the csp", None),
    ("src/server.js", "scriptSrc: [\"'self'\", \"'unsafe-eval'\"],", "the charting lib needs eval, allow unsafe-eval in the csp", None),
    ("config/initializers/csp.rb", "  policy.script_src :self, :unsafe_inline", "fix the csp errors on the dashboard", "ask"),
    ("app/http.go", "TLSClientConfig: &tls.Config{InsecureSkipVerify: true},", "set a 10s timeout on the client", "ask"),
    ("app/http.go", "TLSClientConfig: &tls.Config{InsecureSkipVerify: true},", "the mock uses a self-signed cert, skip verification", None),
    ("config/session.php", "    'secure' => false,", "make sessions last 8 hours", "ask"),
    ("shop/settings.py", "ALLOWED_HOSTS = ['*']", "add api.example.com to the allowed hosts", "ask"),
    ("src/main/resources/application-prod.yml", "management:\n  endpoints:\n    web:\n      exposure:\n        include: \"*\"",
     "raise the pool size to 30", "ask"),
    ("infra/sg.tf", "    cidr_blocks = [\"0.0.0.0/0\"]", "open 443 on the lb to the world", None),
    ("tests/test_client.py", "    r = requests.get(url, verify=False)", "add a test for the client", None),
    ("config/dev.yaml", "debug: true", "turn on debugging locally", None),
)
