"""The substitutions of an in-place stream edit (`sed -i 's/A/B/g' f`, `perl -pi -e 's|A|B|'`, `sed -i '/A/d' f`),
read from the command text: what the file loses (the pattern) and what it gains (the replacement), as text.

A substitution's pattern is a regular expression and its replacement may hold back-references, so the pairs are an
approximation of the change: enough to see which keys, values or names it takes out or puts in (an owner dropped
from CODEOWNERS, `"default"` turned into `"bypassPermissions"` in an agent's settings). Pure.
"""

from __future__ import annotations

import re

from automode import lazyre

#: `s<d>PAT<d>REPL<d>flags` with any of the usual delimiters, and `/PAT/d` (a line delete).
_SUBST = lazyre.compile(r"""(?:^|[\s'";{])s([/|#,:!@])((?:\\.|(?!\1).)*)\1((?:\\.|(?!\1).)*)\1[gimsx]*|"""
                        r"""(?:^|[\s'";{])/((?:\\.|[^/])+)/d\b""")
#: Regular-expression escapes that stand for the character itself (`\.`, `\/`, `\"`, `\@`, `\[`).
_ESCAPED = re.compile(r"\\([^\w\s])")


def _plain(s: str) -> str:
    return _ESCAPED.sub(r"\1", s)


def substitutions(text: str) -> list[tuple[str, str]]:
    """(what goes, what comes) for each substitution or line delete in `text` (a delete comes with "")."""
    out: list[tuple[str, str]] = []
    for m in _SUBST.finditer(text[:8000]):
        if m.group(1):
            out.append((_plain(m.group(2) or ""), _plain(m.group(3) or "")))
        elif m.group(4):
            out.append((_plain(m.group(4)), ""))
    return out
