"""Phone numbers as users write them and as tool calls carry them: `+44 7700 900123`, `(0)7700-900123` and
`+447700900123` are one number (class C1: the recipient of a text or a call is the one the user gave, in any
spelling). Read by `judge.intent.mcp` (`_found`) and `judge.intent.mcp_scope`.
"""

from __future__ import annotations

import re

from automode import lazyre

_PHONE = lazyre.compile(r"(?<![\w+])(\+?\(?\d[\d\s().-]{5,}\d)(?![\w])")


def phones(text: str) -> set[str]:
    """The phone numbers written in `text`, as digits (`+44 7700 900123` and `(0)7700-900123` as 447700900123 /
    07700900123)."""
    out = set()
    for m in _PHONE.finditer(text):
        d = re.sub(r"\D", "", m.group(1))
        if 7 <= len(d) <= 15:
            out.add(d)
    return out


def phone_said(value: str, text: str) -> bool:
    """The call's phone number is one the user wrote, in any spelling: with or without spaces, dashes, brackets, the
    country code or the trunk 0 (`+447700900123` for "text me (+44 7700 900123)" or "07700 900123")."""
    d = re.sub(r"\D", "", value)
    if len(d) < 7:
        return False
    for said in phones(text):
        a, b = d.lstrip("0"), said.lstrip("0")
        if a == b or (min(len(a), len(b)) >= 7 and (a.endswith(b) or b.endswith(a)) and abs(len(a) - len(b)) <= 3):
            return True
    return False


_PHONE_VALUE = lazyre.compile(r"^\+?[\d\s().-]{7,}$")


def other_number(recipients: list[str], text: str) -> str | None:
    """The phone number a call sends to when the user wrote numbers and this is none of them (a planted or mistyped
    number in place of theirs); None when any recipient is theirs, or the user wrote none."""
    numbers = [r for r in recipients if _PHONE_VALUE.match(r.strip())]
    if not numbers or not phones(text) or any(phone_said(n, text) for n in numbers):
        return None
    return numbers[0]
