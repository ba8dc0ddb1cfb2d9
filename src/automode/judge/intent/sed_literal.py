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
from collections.abc import Callable

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


#: `KeyedFile`: `intent.sys_keys._keyed_file` (path, kind, [(old, new)], new_file) -> ("allow"|"deny", why) | None.
KeyedFile = Callable[..., "tuple[str, str] | None"]
#: A drop-in directory of a service's configuration (`journald.conf.d/`, `conf.d/`, `sysctl.d/`).
_DROPIN = lazyre.compile(r"\.d/[^/]+$")


def dropins(a: Analysis, keyed_file: KeyedFile) -> tuple[str, str] | None:
    """The action's system writes are all new drop-in files of `knowledge.sys_keys`' kinds whose text is known
    (`tee`, a redirection): each judged as a file of keys set (`new_file`); None otherwise."""
    from automode.knowledge.sys_keys import kind_of

    writes = [e for e in a.effects if e.kind == "write" and e.pclass in ("system", "critical", "protected")]
    # (`mkdir -p /etc/systemd/journald.conf.d` for the drop-in written into it: part of the same write)
    writes = [e for e in writes if not any(x.target.startswith(e.target.rstrip("/") + "/") for x in writes)]
    if not writes or any(e.kind == "delete" for e in a.effects):
        return None
    said: tuple[str, str] | None = None
    for e in writes:
        kind = kind_of(e.target)
        if kind is None or not e.content or _DROPIN.search(e.target) is None:
            return None
        got = keyed_file(a, e.target, kind, [("", e.content)], True)
        if got is None or got[0] != "allow":
            return got
        said = said or got
    return said


#: A sed `s` command behind a line address: `/ADDRESS/s<d>PATTERN<d>REPLACEMENT<d>flags`.
_ADDRESSED = lazyre.compile(r"^/((?:[^/\\]|\\.)+)/\s*(s.+)$", re.S)
_TOKEN = lazyre.compile(r"""[^\s"'\\]+""")


def addressed(a: Analysis, keyed_file: KeyedFile) -> tuple[str, str] | None:
    """`sed -i '/^LogFormat .* combined$/s/" combined/ %D" combined/' FILE` on a system file of `knowledge.sys_keys`:
    the line the address selects keeps its values and gains the replacement's words that the pattern lacks. Judged
    as an edit of that key's line (the key: the address's first word), the values added compared with the words."""
    from automode.judge.intent.sed_keys import _split_s
    from automode.knowledge.sys_keys import kind_of

    seds = [c for c in a.commands if c.name == "sed"]
    writes = [e.target for e in a.effects if e.kind == "write" and e.pclass in ("system", "critical", "protected")]
    if len(seds) != 1 or len(writes) != 1 or (kind := kind_of(writes[0])) is None:
        return None
    scripts = [_ADDRESSED.match(w.value.strip()) for w in seds[0].argv[1:] if not w.dynamic]
    found = [m for m in scripts if m is not None]
    if len(found) != 1 or (got := _split_s(found[0].group(2))) is None:
        return None
    key = re.match(r"^\^?\s*([A-Za-z_][\w.-]*)\s", found[0].group(1))
    if key is None:
        return None
    pattern, repl = _unescape(got[0]), _unescape(got[1])
    if "\\" in repl or "&" in repl:
        return None  # (a group or the match written back: what the line becomes is not read here)
    had = set(_TOKEN.findall(pattern))
    added = [t for t in _TOKEN.findall(repl) if t not in had]
    if not added or _OPERATOR.search(_PLAIN_ESCAPE.sub("x", got[0])) is not None:
        return None
    k = key.group(1)
    return keyed_file(a, writes[0], kind, [(f"{k} x", f"{k} x {' '.join(added)}")])


def _unescape(t: str) -> str:
    return re.sub(r"\\(.)", r"\1", t)
