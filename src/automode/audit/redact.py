"""Secret redaction for what goes into the audit store: tokens, keys, passwords in URLs, env assignments, headers.

Redaction is lossy on purpose and errs towards hiding: a value that merely looks like a credential is replaced.
The shape of the action survives (`curl -H "Authorization: Bearer ***" https://api...`), so a reviewer still sees
what the agent tried, and rule proposals built from the log never contain a secret.

Linear time, whatever the input (issue 13, finding 1: `TOKENTOKEN…` once took 43 s on 80 KB while the hook
waited). Every pattern is written so that the regex engine scans each character a bounded number of times:
- a pattern that starts with a run of characters (a token, a variable name, a URL scheme) starts only where that
  run starts (a look-behind that refuses a character of the run), so no two attempts scan the same run;
- runs are possessive (`*+`, `++`, `{n,}+`): once consumed they are never given back character by character;
- what a pattern cannot anchor that way is bounded in length (`{0,64}`).
Variable names are matched as whole words and tested against the keyword list afterwards, instead of a
`[A-Za-z0-9_]*KEYWORD[A-Za-z0-9_]*` pattern (quadratic on a run of keywords). On top of that, `redact_text` looks at
no more than MAX_TEXT characters and `redact` cuts long strings before redacting them (`max_chars`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from automode import lazyre

MASK = "***"
#: `redact_text` never scans more than this; the rest is dropped with a marker (the store cuts far shorter).
MAX_TEXT = 256 * 1024
#: Characters kept beyond `max_chars` while redacting, so a secret across the cut is still recognised whole.
_CUT_MARGIN = 512

_KEYWORD = lazyre.compile(
    r"(?i)TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|_PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH(?!OR)|"
    r"SESSION_?KEY|CLIENT_?SECRET|DSN|WEBHOOK"
)
_KEY_EXTRA = frozenset({"pass", "key", "cookie", "set-cookie"})
_WORD = lazyre.compile(r"[A-Za-z0-9_]*+")

# Lookbehinds: the pattern may start only where the run it begins with starts.
_NW = r"(?<![A-Za-z0-9_])"  # word run
_NT = r"(?<![A-Za-z0-9_-])"  # token run (letters, digits, _ and -)

# (pattern, replacement). Applied in order to every string of an action, reason and user message.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # PEM private keys, whole block (the body up to the END line or the end of the text, scanned once).
    (
        lazyre.compile(r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----.*?(?:-----END [A-Z ]{0,40}PRIVATE KEY-----|\Z)", re.S),
        "-----BEGIN PRIVATE KEY-----" + MASK + "-----END PRIVATE KEY-----",
    ),
    # user:password@ in URLs (any scheme; scheme and user bounded).
    (
        lazyre.compile(r"(?i)(?<![a-z0-9+.-])([a-z][a-z0-9+.-]{0,31}://[^/\s:@'\"]{0,256}):([^@/\s'\"]{1,512})@"),
        r"\1:" + MASK + "@",
    ),
    # Authorization headers and bearer tokens.
    (
        lazyre.compile(r"(?i)\b(authorization\s{0,16}[:=]\s{0,16}['\"]?(?:bearer|basic|token|digest)?\s{0,16})([^\s'\"]++)"),
        r"\1" + MASK,
    ),
    (lazyre.compile(r"(?i)\b(bearer\s{1,16})([A-Za-z0-9._~+/=-]{8,}+)"), r"\1" + MASK),
    (
        lazyre.compile(r"(?i)\b(x-api-key|api-key|private-token|x-auth-token)(\s{0,16}[:=]\s{0,16}['\"]?)([^\s'\"]++)"),
        r"\1\2" + MASK,
    ),
    # --password VALUE / --token VALUE style flags.
    (
        lazyre.compile(
            r"(?i)(--(?:password|passwd|token|secret|api-key|apikey|access-key|auth-token)\s{1,16})"
            r"(\"[^\"]{0,4096}+\"|'[^']{0,4096}+'|\S++)"
        ),
        r"\1" + MASK,
    ),
    # Secrets in query strings.
    (
        lazyre.compile(
            r"(?i)([?&](?:access_token|token|api_key|apikey|key|secret|password|passwd|sig|signature|auth)=)([^&\s'\"#]++)"
        ),
        r"\1" + MASK,
    ),
    # Well-known token formats.
    (lazyre.compile(_NW + r"(?:gh[pousr]_[A-Za-z0-9]{20,}+|github_pat_[A-Za-z0-9_]{20,}+)"), MASK),
    (lazyre.compile(_NT + r"sk-[A-Za-z0-9_-]{16,}+"), MASK),
    (lazyre.compile(_NW + r"(?:rk|pk|sk)_(?:live|test)_[A-Za-z0-9]{16,}+"), MASK),
    (lazyre.compile(_NT + r"xox[abposr]-[A-Za-z0-9-]{10,}+"), MASK),
    (lazyre.compile(_NW + r"(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9_])"), MASK),
    (lazyre.compile(_NT + r"AIza[0-9A-Za-z_-]{30,}+"), MASK),
    (lazyre.compile(_NT + r"glpat-[A-Za-z0-9_-]{16,}+"), MASK),
    (lazyre.compile(_NW + r"npm_[A-Za-z0-9]{30,}+"), MASK),
    (lazyre.compile(_NT + r"pypi-[A-Za-z0-9_-]{30,}+"), MASK),
    (lazyre.compile(_NT + r"eyJ[A-Za-z0-9_-]{8,}+\.eyJ[A-Za-z0-9_-]{8,}+\.[A-Za-z0-9_-]{8,}+"), MASK),
    (lazyre.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/]++"), "https://hooks.slack.com/services/" + MASK),
]

# NAME=value assignments (env prefixes, export, .env lines, --name=value flags): a whole word, then `=` or `:`.
# The word is tested for a secret keyword afterwards; the value is read from where the separator ends.
_ASSIGN = lazyre.compile(r"(?<![A-Za-z0-9_])(-{0,2})([A-Za-z0-9_]++)(\s{0,16}[=:]\s{0,16})")
_VALUE = lazyre.compile(r"\"[^\"]{0,4096}+\"|'[^']{0,4096}+'|[^\s'\";&|]++")

# A cheap pre-check: most actions hold none of these, and skip the full pattern list.
_MAYBE = lazyre.compile(
    r"(?i)://|bearer|authoriz|token|secret|passw|passph|pwd|key|credential|auth|dsn|webhook|private|"
    r"gh[pousr]_|github_pat|sk-|sk_|pk_|rk_|xox|akia|asia|aiza|glpat|npm_|pypi-|eyj|[?&]sig"
)


def is_secret_name(name: str) -> bool:
    """Whether a variable, flag or key name looks like it holds a credential (`GITHUB_TOKEN`, `db_password`)."""
    if name.lower() in _KEY_EXTRA:
        return True
    word = name.lstrip("-")
    return _WORD.fullmatch(word) is not None and _KEYWORD.search(word) is not None


def _redact_assignments(text: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _ASSIGN.finditer(text):
        if m.start() < pos or not _KEYWORD.search(m.group(2)):
            continue
        v = _VALUE.match(text, m.end())
        if v is None:
            continue
        out += [text[pos:m.end()], MASK]
        pos = v.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def redact_text(text: str) -> str:
    """`text` with every credential-looking value replaced by `***` (texts over MAX_TEXT are cut first)."""
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT] + f"…[{len(text) - MAX_TEXT} more chars]"
    if not _MAYBE.search(text):
        return text
    text = _PATTERNS[0][0].sub(_PATTERNS[0][1], text)
    text = _redact_assignments(text)
    for pattern, repl in _PATTERNS[1:]:
        text = pattern.sub(repl, text)
    return text


def _cut(text: str, max_chars: int) -> str:
    """`text` redacted and cut to `max_chars`; only a window just past the cut is scanned (a secret that crosses
    the cut is still seen whole, up to _CUT_MARGIN characters past it)."""
    if len(text) <= max_chars:
        return redact_text(text)
    out = redact_text(text[: max_chars + _CUT_MARGIN])[:max_chars]
    return out + f"…[{len(text) - max_chars} more chars]"


def redact(value: Any, *, max_chars: int | None = None) -> Any:
    """A JSON-like value with secrets redacted; values under secret-looking keys are masked whole.

    Strings longer than `max_chars` are cut (with a marker saying how much was dropped), so one huge Write does not
    bloat the store.
    """
    if isinstance(value, str):
        return redact_text(value) if max_chars is None else _cut(value, max_chars)
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for k, v in value.items():
            key = str(k)
            if max_chars is not None and len(key) > max_chars:
                key = _cut(key, max_chars)
            if isinstance(v, str | int | float) and not isinstance(v, bool) and v != "" and is_secret_name(key):
                result[key] = MASK
            else:
                result[key] = redact(v, max_chars=max_chars)
        return result
    if isinstance(value, list | tuple):
        return [redact(v, max_chars=max_chars) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return redact(str(value), max_chars=max_chars)
