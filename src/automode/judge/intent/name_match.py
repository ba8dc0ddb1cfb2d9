"""Names a request gives, read by patterns (a leaf module: `slot_omitted` and `bounded` both read names this way)."""

from __future__ import annotations

import re


def matched_names(text: str, patterns: tuple[re.Pattern[str], ...], stop: frozenset[str]) -> tuple[str, ...]:
    """The first groups of `patterns` in `text`, in order, once each: no stop word, no bare number."""
    out: list[str] = []
    for pat in patterns:
        for m in pat.finditer(text):
            v = m.group(1)
            if v.lower() in stop or v.isdigit() or v in out:
                continue
            out.append(v)
    return tuple(out)
