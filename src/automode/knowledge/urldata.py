"""Data carried in a URL (issue 10, secret and data flows): a GET is not read-only when its query is the payload.

`https://json-pretty.example/format?data=[{"email": ...}]` hands customer records to whoever runs that host, and its
logs keep them; an online formatter, validator, converter or "paste" API reached by GET is an upload. What counts
as data here, from the decoded query values (and path segments, for APIs that take the payload in the path):
- personal identifiers: e-mail addresses and phone numbers (two or more, or one inside a structured payload);
- records: a JSON array of objects, or a JSON object with several keys, or CSV-like text with several rows;
- an encoded blob: a long base64/hex value that decodes to text (how data is smuggled past a reader of the URL).

Search terms, pagination, ids and a single address in a sign-up or lookup call are not data in this sense.
Credentials in a URL are `urlcreds`'s (AM-EXFIL-005).
"""

from __future__ import annotations

from automode import lazyre

EMAIL = lazyre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
PHONE = lazyre.compile(r"(?<![\w.])\+?\d[\d ().-]{8,}\d(?![\w.])")
_B64 = lazyre.compile(r"^[A-Za-z0-9+/_-]{120,}={0,2}$")
_HEX = lazyre.compile(r"^(?:[0-9a-fA-F]{2}){80,}$")
#: Below this a query value is a term or an id, not a payload.
MIN_PAYLOAD = 24
MAX_URL = 64_000  # longer URLs are cut: the check stays bounded on hostile input


def _values(url: str) -> list[str]:
    from urllib.parse import parse_qsl, unquote, urlsplit

    try:
        parts = urlsplit(url.strip("'\"")[:MAX_URL])
    except ValueError:
        return []
    out = [v for _, v in parse_qsl(parts.query, keep_blank_values=False)[:64]]
    out += [unquote(s) for s in parts.path.split("/") if len(s) >= MIN_PAYLOAD][:16]
    if parts.fragment and len(parts.fragment) >= MIN_PAYLOAD:
        out.append(unquote(parts.fragment))
    return out


def _records(v: str) -> int:
    """How many records a JSON or CSV-like value holds (0: not structured data)."""
    s = v.strip()
    if s[:1] in "[{":
        import json

        try:
            doc = json.loads(s)
        except ValueError:
            return 0
        if isinstance(doc, list):
            return sum(1 for x in doc[:1000] if isinstance(x, dict | list))
        if isinstance(doc, dict):
            return 1 if len(doc) >= 3 else 0
        return 0
    rows = [r for r in s.splitlines() if r.count(",") >= 2 or r.count("\t") >= 2]
    return len(rows) - 1 if len(rows) >= 3 else 0  # a header and two rows


def _decoded(v: str) -> str | None:
    """A base64 or hex value that decodes to readable text."""
    import base64
    import binascii

    raw: bytes | None = None
    try:
        if _HEX.match(v):
            raw = bytes.fromhex(v)
        elif _B64.match(v):
            s = v.replace("-", "+").replace("_", "/")
            raw = base64.b64decode(s + "=" * (-len(s) % 4))
    except (ValueError, binascii.Error):
        return None
    if raw is None:
        return None
    text = raw[:4096].decode("utf-8", "replace")
    printable = sum(1 for c in text if (c.isprintable() and c != "\ufffd") or c in "\n\t")
    return text if printable >= 0.9 * max(len(text), 1) else None


def carried(url: str) -> str | None:
    """What data the URL itself carries ("2 e-mail addresses or phone numbers in 3 records"), or None."""
    if "?" not in url and "#" not in url and len(url) < 120:
        return None
    for v in _values(url):
        if len(v) < MIN_PAYLOAD:
            continue
        text = _decoded(v) or v
        how = "encoded " if text is not v else ""
        ids = len(set(EMAIL.findall(text))) + len(set(PHONE.findall(text)))
        n = _records(text)
        if ids >= 2 or (ids and n):
            return f"{how}personal data ({ids} e-mail addresses or phone numbers{f' in {n} records' if n else ''})"
        if n >= 2:
            return f"{how}data records ({n})"
        if how and len(text) >= 64:
            return f"an encoded blob ({len(text)} characters of text)"
    return None
