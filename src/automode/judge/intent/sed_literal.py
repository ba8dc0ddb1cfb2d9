"""The line a `sed -i` substitution replaces, when its pattern spells the whole line (session 28, T7 "edits").

`sudo sed -i 's/^LogFormat "%h %l %u %t \\"%r\\" %>s %O" combined/LogFormat "%h %l %u %t \\"%r\\" %>s %O %D" combined/'
/etc/apache2/apache2.conf` ("add %D to the combined LogFormat"): the pattern is the directive's line written out, so
the values it keeps are known, as an Edit's `old_string` gives them (`intent.sys_keys` compares only the values the
replacement adds with the words). A pattern with a regular-expression operator (`.`, `*`, `[`, a group, an
alternation, an interval) or without its `^` anchor matches lines that are not written out: no line is known then
(the replacement is compared whole, as before).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: An operator of a basic or extended regular expression outside a backslash escape of a plain character.
_OPERATOR = lazyre.compile(r"(?<!\\)(?:\\\\)*(?:[.*\[\]$]|\\[(){}+?|<>bBwWsS`'1-9]|\{\d|[()|+?])")
#: Backslash escapes of characters that are plain in the line (`\.`, `\/`, `\"`, `\*`).
_PLAIN_ESCAPE = lazyre.compile(r"\\([./\"'*\[\]^$&#%-])")


def literal_line(pattern: str) -> str | None:
    """The line a `^…` pattern spells out, escapes of plain characters undone; None when it is a pattern."""
    if not pattern.startswith("^") or pattern.endswith(".*"):
        return None
    body = pattern[1:].rstrip("$") if not pattern.endswith("\\$") else pattern[1:]
    if _OPERATOR.search(_PLAIN_ESCAPE.sub("x", body)) is not None:
        return None
    return _PLAIN_ESCAPE.sub(r"\1", body)


#: A backslash escape of the replacement that writes the character itself (`\\` a backslash, `\"` a quote).
_REPL_ESCAPE = lazyre.compile(r"\\([^\dnt])")


def olds(a: Analysis) -> dict[str, tuple[str, str]]:
    """New line -> (the literal line it replaces, the new line as written into the file), for each `s` command of
    the action's `sed` commands whose pattern spells its line (the new line as `sed_keys.sed_edits` reads it)."""
    from automode.judge.intent.sed_keys import _line, _split_s

    out: dict[str, tuple[str, str]] = {}
    for c in a.commands:
        if c.name != "sed":
            continue
        for w in c.argv[1:]:
            if w.dynamic or not w.value.startswith("s"):
                continue
            for part in re.split(r"\n|;(?=\s*s\W)", w.value):
                got = _split_s(part)
                if got is None:
                    continue
                one = _line(got[0], got[1])
                old = literal_line(got[0])
                if one is not None and old is not None:
                    out[one[1]] = (old, _REPL_ESCAPE.sub(r"\1", one[1]))
    return out


#: Fixtures (tests/judge/test_s28_edits.py): (pattern, the line it spells, or None).
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ('^LogFormat "%h %l %u" combined', 'LogFormat "%h %l %u" combined'),
    ("^SystemMaxUse=.*", None),
    ("^#\\?SystemMaxUse=", None),
    ("^max_connections = 100", "max_connections = 100"),
    ("^log_format main '$remote_addr'", None),
    ("LogFormat x", None),
    ("^worker_processes \\(auto\\)", None),
    ("^date\\.timezone = UTC", "date.timezone = UTC"),
)
