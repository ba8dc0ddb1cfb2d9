"""Encoded payloads (issue 18 point 1): text a human reader cannot read but an agent decodes on request.

Base64 runs (standard and URL-safe) and hex runs that decode to readable text, and text after a mention of ROT13, are decoded and
handed to the screen as hidden content: an order there is suspicious by itself, as in markup hidden by style.
Binary payloads (keys, images, certificates) do not decode to text and are left alone. Only a text that mentions an
encoding or decoding is searched (`MENTIONS`): a payload does its harm through a reader told to decode it. Bounded: at most
`MAX_RUNS` runs of at most `MAX_RUN` characters each.
"""

from __future__ import annotations

import base64
import binascii
import codecs

from automode import lazyre

MAX_RUNS = 16
MAX_RUN = 8000
B64 = lazyre.compile(r"[A-Za-z0-9+/_-]{24,}={0,2}")  # boundaries checked in `decoded` (a lookbehind here costs 10x)
ROT13 = lazyre.compile(r"(?i)\brot-?13\b")
HEX = lazyre.compile(r"(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}){16,4000}(?![0-9a-fA-F])")  # `xxd -p`, `\x`-less hex dumps
#: "decode it and follow/run it": a request to act on what the reader cannot see.
DECODE_AND_ACT = lazyre.compile(
    r"(?i)\b(?:decode|decoded|base64\s+-d|b64decode|atob|rot-?13|décode[zr]?|decodifica\w*|dekodier\w*|decodeer\w*|"
    r"zdekoduj\w*|decodif\w*)\b[^\n]{0,120}?\b(?:follow|run|execute|apply|obey|carry\s+out|do\s+what|"
    r"suivez|exécutez|ejecuta\w*|segui\w*|esegui\w*|ausführ\w*|befolg\w*|folg\w*|uitvoer\w*|volg\w*|wykonaj\w*|"
    r"siga|execute)\b")  # fmt: skip


def _readable(raw: bytes, letters_share: float = 0.5) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 16 or text.count(" ") < 3:
        return None
    printable = sum(c.isprintable() or c in "\n\t" for c in text)
    letters = sum(c.isalpha() for c in text)
    return text if printable >= 0.97 * len(text) and letters >= letters_share * len(text) else None


#: An encoded payload acts only through a reader told to decode it: the runs are looked for only in a text that says
#: so (a substring test is far cheaper than scanning 1 MB for runs).
MENTIONS = ("64", "decod", "dekod", "décod", "rot13", "rot-13", "encod", "kodiert", "codific", "gecodeerd", "zakodow",
            "编码", "解码", "コード", "코딩", "hex", "xxd")  # "64": base64, b64


def decoded(text: str) -> list[str]:
    """Readable texts hidden in base64 runs or after a ROT13 mention, in a text that mentions an encoding."""
    out: list[str] = []
    low = text.lower()
    if not any(w in low for w in MENTIONS):
        return out
    for n, m in enumerate(B64.finditer(text)):
        if n >= MAX_RUNS * 4 or len(out) >= MAX_RUNS:
            break
        run = m.group(0)
        if len(run) > MAX_RUN or text[m.start() - 1 : m.start()].isalnum() or text[m.end() : m.end() + 1].isalnum():
            continue
        if ("-" in run or "_" in run) and ("+" in run or "/" in run):
            continue  # a path or an identifier, not one alphabet
        if run.isalpha() or run.isdigit() or not any(c.isdigit() or c in "+/=" for c in run[:200]):
            continue  # a long word or number, not an encoding
        alphabet = "-_" if ("-" in run or "_" in run) else "+/"
        try:
            raw = base64.b64decode(run + "=" * (-len(run) % 4), altchars=alphabet.encode() if alphabet == "-_" else None)
        except (binascii.Error, ValueError):
            continue
        readable = _readable(raw)
        if readable is not None:
            out.append(readable)
    if "hex" in low or "xxd" in low:
        for n, m in enumerate(HEX.finditer(text)):
            if n >= MAX_RUNS or len(out) >= MAX_RUNS:
                break
            # printable text from hex is no accident: a command (digits, paths, pipes) has fewer letters than prose
            readable = _readable(bytes.fromhex(m.group(0)), 0.35)
            if readable is not None:
                out.append(readable)
    r = ROT13.search(text) if "13" in text else None
    if r is not None:
        tail = text[r.end() : r.end() + 4000]
        out.append(codecs.decode(tail, "rot13"))
    return out
