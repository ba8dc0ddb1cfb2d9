"""Names the user writes whole and a program takes apart (session 25, P1): "promote build web-app/1024" is `jf rt
build-promote web-app 1024`, "release api:77" is `… api 77`, "the eng-oncall group" with "lee@helios.io" is
`gam update group eng-oncall@helios.io`. `naming` asks this module before it calls a value unnamed."""

from __future__ import annotations

import re

from automode import lazyre

_COMPOSITE = lazyre.compile(r"(?<![\w.-])([\w.-]+(?:[/:#@][\w.-]+)+)(?![\w-])")
_PARTS = re.compile(r"[/:#@]")
_ADDRESS = re.compile(r"^([a-z0-9][\w.+-]*)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$", re.I)
_SAID_ADDRESS = lazyre.compile(r"(?<![\w.+-])[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?![\w-])", re.I)


def joined_values(values: tuple[str, ...], text: str) -> frozenset[str]:
    """The values that, taken together, are one name the user wrote whole (each part a value of the command)."""
    have = {v.lower() for v in values}
    out: set[str] = set()
    for m in _COMPOSITE.finditer(text.lower()):
        parts = [p for p in _PARTS.split(m.group(1)) if p]
        if len(parts) >= 2 and all(p in have for p in parts):
            out |= set(parts)
    return frozenset(v for v in values if v.lower() in out)


def address_said(value: str, text: str) -> bool:
    """`value` is an address (`eng-oncall@helios.io`) whose name the user said as a word ("eng-oncall") and whose
    domain is the domain of an address the user wrote (`lee@helios.io`): a group or list known by its name."""
    m = _ADDRESS.match(value.lower())
    if m is None:
        return False
    low = text.lower()
    if lazyre.built(r"(?<![\w.@-])" + re.escape(m.group(1)) + r"(?![\w@-]|\.\w)").search(low) is None:
        return False
    return any(d == m.group(2) for d in _SAID_ADDRESS.findall(low))
