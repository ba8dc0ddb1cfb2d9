"""Secret redaction for what goes into the audit store: tokens, keys, passwords in URLs, env assignments, headers.

Redaction is lossy on purpose and errs towards hiding: a value that merely looks like a credential is replaced.
The shape of the action survives (`curl -H "Authorization: Bearer ***" https://api...`), so a reviewer still sees
what the agent tried, and rule proposals built from the log never contain a secret.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

MASK = "***"

_SECRET_NAME = (
    r"[A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|_PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|"
    r"CREDENTIALS?|AUTH(?!OR)|SESSION_?KEY|CLIENT_?SECRET|DSN|WEBHOOK)[A-Za-z0-9_]*"
)

# (pattern, replacement). Applied in order to every string of an action, reason and user message.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # PEM private keys, whole block.
    (
        re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z)", re.S),
        "-----BEGIN PRIVATE KEY-----" + MASK + "-----END PRIVATE KEY-----",
    ),
    # user:password@ in URLs (any scheme).
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@'\"]*):([^@/\s'\"]+)@"), r"\1:" + MASK + "@"),
    # Authorization headers and bearer tokens.
    (
        re.compile(r"(?i)\b(authorization\s*[:=]\s*['\"]?(?:bearer|basic|token|digest)?\s*)([^\s'\"]+)"),
        r"\1" + MASK,
    ),
    (re.compile(r"(?i)\b(bearer\s+)([A-Za-z0-9._~+/=-]{8,})"), r"\1" + MASK),
    (
        re.compile(r"(?i)\b(x-api-key|api-key|private-token|x-auth-token)(\s*[:=]\s*['\"]?)([^\s'\"]+)"),
        r"\1\2" + MASK,
    ),
    # NAME=value assignments (env prefixes, export, .env lines, --name=value flags).
    (
        re.compile(
            r"(?i)(?<![A-Za-z0-9_])(-{0,2}" + _SECRET_NAME + r")(\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|[^\s'\";&|]+)"
        ),
        r"\1\2" + MASK,
    ),
    # --password VALUE / --token VALUE / -p'secret' style flags.
    (
        re.compile(
            r"(?i)(--(?:password|passwd|token|secret|api-key|apikey|access-key|auth-token)\s+)(\"[^\"]*\"|'[^']*'|\S+)"
        ),
        r"\1" + MASK,
    ),
    # Secrets in query strings.
    (
        re.compile(
            r"(?i)([?&](?:access_token|token|api_key|apikey|key|secret|password|passwd|sig|signature|auth)=)([^&\s'\"#]+)"
        ),
        r"\1" + MASK,
    ),
    # Well-known token formats.
    (re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b"), MASK),
    (re.compile(r"\b(sk-(?:ant-|proj-|live-|test-)?[A-Za-z0-9_-]{16,})\b"), MASK),
    (re.compile(r"\b(?:rk|pk|sk)_(?:live|test)_[A-Za-z0-9]{16,}\b"), MASK),
    (re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b"), MASK),
    (re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), MASK),
    (re.compile(r"\bAIza[0-9A-Za-z_-]{30,}\b"), MASK),
    (re.compile(r"\bglpat-[A-Za-z0-9_-]{16,}\b"), MASK),
    (re.compile(r"\bnpm_[A-Za-z0-9]{30,}\b"), MASK),
    (re.compile(r"\bpypi-[A-Za-z0-9_-]{30,}\b"), MASK),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b"), MASK),
    (
        re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+"),
        "https://hooks.slack.com/services/" + MASK,
    ),
]

_SECRET_KEY = re.compile(r"(?i)^(?:" + _SECRET_NAME + r"|pass|key|cookie|set-cookie)$")
# A cheap pre-check: most actions hold none of these, and skip the full pattern list.
_MAYBE = re.compile(
    r"(?i)://[^\s/]*@|bearer|authoriz|token|secret|passw|passph|pwd|key|credential|auth|dsn|webhook|private|"
    r"gh[pousr]_|github_pat|sk-|sk_|pk_|rk_|xox|akia|asia|aiza|glpat|npm_|pypi-|eyj|[?&]sig"
)


def redact_text(text: str) -> str:
    """`text` with every credential-looking value replaced by `***`."""
    if not _MAYBE.search(text):
        return text
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


def redact(value: Any, *, max_chars: int | None = None) -> Any:
    """A JSON-like value with secrets redacted; values under secret-looking keys are masked whole.

    Strings longer than `max_chars` are cut (with a marker saying how much was dropped), so one huge Write does not
    bloat the store.
    """
    if isinstance(value, str):
        out = redact_text(value)
        if max_chars is not None and len(out) > max_chars:
            out = out[:max_chars] + f"…[{len(out) - max_chars} more chars]"
        return out
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for k, v in value.items():
            key = str(k)
            if (
                isinstance(v, str | int | float)
                and not isinstance(v, bool)
                and _SECRET_KEY.match(key)
                and v != ""
            ):
                result[key] = MASK
            else:
                result[key] = redact(v, max_chars=max_chars)
        return result
    if isinstance(value, list | tuple):
        return [redact(v, max_chars=max_chars) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return redact_text(str(value))
