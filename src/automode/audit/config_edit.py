"""Add allow rules to the user's config.toml without losing its comments or layout (`automode review --apply`).

TOML has no round-trip editor in the standard library, so this edits the text: it appends to an existing
`[permissions] allow = [...]` array, adds `allow` to an existing `[permissions]` table, or appends the table. The
result is parsed back and must hold exactly the old rules plus the new ones, or nothing is written.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from automode import lazyre

_HEADER = lazyre.compile(r"^\s*\[\s*permissions\s*\]\s*(#.*)?$", re.M)
_NEXT_TABLE = lazyre.compile(r"^\s*\[", re.M)
_ALLOW = lazyre.compile(r"^\s*allow\s*=\s*\[", re.M)


class ConfigEditError(Exception):
    pass


def _allow_list(text: str) -> list[str]:
    data = tomllib.loads(text)
    perms = data.get("permissions", {})
    allow = perms.get("allow", []) if isinstance(perms, dict) else []
    return [a for a in allow if isinstance(a, str)] if isinstance(allow, list) else []


def _array_end(text: str, start: int) -> tuple[int, int]:
    """For an array opening at text[start] == '[': (index of its closing ']', index after its last value)."""
    depth, i, last = 0, start, start + 1
    while i < len(text):
        ch = text[i]
        if ch == "#":
            i = text.find("\n", i)
            i = len(text) if i < 0 else i
            continue
        if ch in "\"'":
            triple = text.startswith(ch * 3, i)
            q = ch * 3 if triple else ch
            j = i + len(q)
            while j < len(text) and not text.startswith(q, j):
                j += 2 if ch == '"' and text[j] == "\\" else 1
            i = j + len(q)
            last = i
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i, last
            last = i + 1
        elif not ch.isspace():
            last = i + 1
        i += 1
    raise ConfigEditError("unterminated allow array")


def add_allow_rules(path: Path, rules: Sequence[str], comment: str) -> list[str]:
    """Append `rules` (those not already there) to [permissions].allow in `path`; returns the rules added."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    try:
        before = _allow_list(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigEditError(f"{path} is not valid TOML ({e}); fix it first") from e
    new = [r for r in dict.fromkeys(rules) if r not in before]
    if not new:
        return []
    lines = "".join(f"  {json.dumps(r)},\n" for r in new)
    block = f"  # {comment}\n{lines}"
    header = _HEADER.search(text)
    if header is None:
        sep = "" if not text or text.endswith("\n\n") else ("\n" if text.endswith("\n") else "\n\n")
        text = f"{text}{sep}[permissions]\nallow = [\n{block}]\n"
    else:
        body_start = header.end()
        nxt = _NEXT_TABLE.search(text, body_start + 1)
        body_end = nxt.start() if nxt else len(text)
        m = _ALLOW.search(text, body_start, body_end)
        if m is None:
            text = f"{text[:body_start]}\nallow = [\n{block}]{text[body_start:]}"
        else:
            close, last = _array_end(text, m.end() - 1)
            inner = text[m.end() : last].strip()
            comma = "," if inner and not inner.endswith(",") else ""
            text = f"{text[:last]}{comma}\n{block}{text[close:]}"
    try:
        after = _allow_list(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigEditError(f"could not add the rules to {path} safely ({e}); add them by hand") from e
    if after != before + new:
        raise ConfigEditError(f"could not add the rules to {path} safely; add them by hand")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        (path.with_name(path.name + ".bak")).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return new
