"""A record rewritten without the lines a value selects (issue 12): "I pasted sk_test_51H… into the terminal, remove
just those lines from my zsh history", "my zsh history has my db password in it (PGPASSWORD=…), get rid of it".

Erasing shell history or a log (AM-SEC-006) is how tracks are covered, and no request releases a wipe. Removing the
lines that carry a secret the user pasted is the opposite: the record stays, less the leak. The action is that when
every command is a line filter over the file (`grep -v PATTERN FILE > tmp`, `sed -i '/PATTERN/d' FILE`) or moves
the filtered copy back (`cat tmp > FILE`, `mv tmp FILE`, `rm tmp`); the patterns are the values the user must have
named (`facts.target` puts them in `Target.introduced`). Anything else in the action (`: > FILE`, `history -c`, a
download, a grep that keeps only the matching lines) and it is not a filter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

FILTERS = frozenset({"grep", "egrep", "fgrep", "sed"})
#: Commands that carry the filtered copy back or look at it.
CARRIERS = frozenset({"cat", "mv", "cp", "rm", "tail", "head", "wc", "chmod", "diff", "ls", "echo"})
#: `sed` scripts that delete the lines matching a pattern: `/PAT/d`, `\\#PAT#d`.
_SED_DELETE = lazyre.compile(r"^(?:/((?:[^/\\]|\\.)+)/|\\(.)(.+?)\2)I?d$")
#: grep options that invert the match (keep every line but the matching ones).
_INVERT = lazyre.compile(r"^(?:--invert-match|-[A-Za-z]*v[A-Za-z]*)$")
_GREP_VALUE_OPTS = frozenset({"-e", "--regexp", "-f", "--file", "-m", "--max-count", "-A", "-B", "-C"})


def filter_patterns(a: Analysis) -> tuple[str, ...] | None:
    """The patterns whose lines the action removes from the files it rewrites, when every command is such a filter
    or carries its output; None when the action does anything else (or filters nothing)."""
    if a.action.tool != "Bash":
        return None
    pats: list[str] = []
    for cmd in a.commands:
        if cmd.remote or cmd.privileged or any(w.dynamic for w in cmd.argv):
            return None
        if cmd.name in FILTERS:
            got = _pattern(cmd)
            if not got:
                return None  # a grep that keeps only the matching lines, a sed that rewrites them
            pats.append(got)
        elif cmd.name not in CARRIERS or "/dev/null" in cmd.args or (
                cmd.name == "echo" and any(r.op in (">", ">|") for r in cmd.redirects)):
            return None  # anything else, or what empties the file (`cat /dev/null > FILE`, `echo > FILE`)
    written = [e.target for e in a.effects if e.kind == "write"]
    for e in a.effects:
        if e.kind == "delete" and e.pclass != "temp" and not any(
                e.target.startswith(w) and len(e.target) - len(w) <= 6 and e.target[len(w):][:1] in ".~"
                for w in written):
            return None  # it removes the file itself, not the copy the filter left (`sed -i.bak`'s `.bak`)
    return tuple(dict.fromkeys(pats)) if pats else None


def _pattern(cmd: Command) -> str:
    """The pattern of an inverted grep or a deleting sed ("" when it is neither)."""
    args = cmd.args
    if cmd.name != "sed":
        if not any(_INVERT.match(x) for x in args):
            return ""
        for i, x in enumerate(args):
            if x in ("-e", "--regexp") and i + 1 < len(args):
                return args[i + 1]
        pos = [x for i, x in enumerate(args) if not x.startswith("-") and (i == 0 or args[i - 1] not in _GREP_VALUE_OPTS)]
        return pos[0] if pos else ""
    for x in args:
        m = _SED_DELETE.match(x)
        if m:
            return re.sub(r"\\(.)", r"\1", m.group(1) or m.group(3))
    return ""


def rewrites_in_place(a: Analysis) -> bool:
    """The action is a line filter whose reads of a file only rewrite that file: every file it reads it writes back,
    each filter's output goes to a file (`grep -v … > tmp`, `sed -i`), nothing goes out. What it reads never reaches
    the agent's context, so reading a secret record (AM-EXFIL-002) is part of the same request."""
    if filter_patterns(a) is None or any(e.kind in ("network", "mcp", "control") for e in a.effects):
        return False
    written = {e.target for e in a.effects if e.kind == "write"}
    if not all(e.target in written or e.pclass == "temp" for e in a.effects if e.kind == "read"):
        return False
    for cmd in a.commands:
        if cmd.name in FILTERS and not (any(x == "-i" or x.startswith(("-i", "--in-place")) for x in cmd.args)
                                        or any(r.op in (">", ">|") for r in cmd.redirects)):
            return False  # printed: the agent reads it
    return True
