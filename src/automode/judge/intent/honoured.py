"""A boundary the action honours (issue 12, session 9): what the user fenced off is filtered out before the act.

"Delete my merged local branches … wait, keep anything under release/" is met by `git branch --merged main | grep -vE
'main|release/' | xargs git branch -d`: the names reach the deletion only through an inverted filter whose pattern
selects the fenced ones (`grep -v`, `sed '/…/d'`, `find ! -path …`, `--exclude …`). The boundary still fences an
action that names a fenced thing outside the filter, or that deletes from a listing no such filter narrows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre
from automode.knowledge.selection import left_out

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent
    from automode.judge.intent.text import Boundary
    from automode.model import Finding
    from automode.shell.parse import Command

def _left_out(cmd: Command) -> list[str]:
    return sorted(left_out(cmd))


def _names(b: Boundary) -> list[str]:
    return [n.strip("/*").lower() for n in (b.strong or b.weak) if len(n.strip("/*")) >= 2]


def honoured(a: Analysis, b: Boundary) -> bool:
    """Every name the boundary fences is left out by a filter of the action, and no other command names it."""
    names = _names(b)
    if not names or a.action.tool != "Bash":
        return False
    filters = [c for c in a.commands if _left_out(c)]
    if not filters:
        return False
    patterns = " ".join(p.lower() for c in filters for p in _left_out(c))
    if not all(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", patterns) for n in names):
        return False
    for c in a.commands:
        if c in filters:
            continue
        words = " ".join(w.value.lower() for w in c.argv[1:] if not w.dynamic)
        if any(n in words for n in names):
            return False  # the fenced thing named outside the filter (`… ; git branch -D release/1.0`)
    return True


#: A fence around everything the request did not name: "don't touch anything else in there", "leave the rest alone".
ELSE = lazyre.compile(r"\b(?:anything|everything|nothing|something)\s+else\b|\bthe\s+rest\b|\bany\s+other\b|"
                      r"\bother\s+(?:files?|things?|stuff|folders?|directories|branches|ones)\b")


def within_request(a: Analysis, found: list[Finding], intent: Intent) -> bool:
    """Every rule that objects to the action is released in full by a request of the user's (the act and each of its
    targets named): the action does what was asked and nothing else, which is what "anything else" leaves alone."""
    from automode.judge.intent.facts import target
    from automode.judge.intent.match import authorisation
    from automode.judge.intent.scope import beyond

    objecting = [f for f in found if f.verdict != "allow"]
    if not objecting:
        return False
    for f in objecting:
        t = target(f, a)
        if not t.verbs or t.implicit or any(p.endswith("(matching)") for p in t.paths):
            return False  # (a tree filtered by age or size only: which files is no name the user gave)
        level, said = authorisation(t, intent, a.root, a.ctx.home)
        if level != "full" or said is None or beyond(t, a, said) is not None:
            return False  # (`find ~/Downloads -mtime +30 -delete` for "the old installers in ~/Downloads")
    return True
