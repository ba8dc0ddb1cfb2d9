"""A tool's configuration file written whole with the weak value the user asked for (session 23, newcfg).

`files.new_config` reports a new (or wholly rewritten) configuration file whose values alone lower a gate: strict type
checking off, phpstan at level 0, flake8 narrowed to syntax errors. "create a tsconfig for legacy/ with strict off",
"start phpstan at level 0 so we can raise it" ask for exactly that: every weak value the file holds is named by one of
the user's messages (`knowledge.tool_configs.Weak.said`, a clause that is not negated), so the rule is released.
A value nobody named (an `omit = *` beside the named strict-off) keeps the finding.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: A negation before the words in the same clause ("don't turn strict off").
_NEG = lazyre.compile(r"\b(?:don'?t|do\s+not|never|not|avoid)\b[^.;!?]{0,30}$")


def settle(a: Analysis) -> tuple[str, str] | None:
    """("allow", the user's words) when every weak value of the written configuration file is one the user named;
    None otherwise (the finding stands, or another reading settles it)."""
    w = a.write
    if w is None or w.old.strip() or not a.ctx.user_messages:
        return None
    from automode.files.new_config import found

    hits = found(w.path, w.new)
    if not hits:
        return None
    from automode.judge.intent.said import lowered

    msgs = lowered(tuple(a.ctx.user_messages))
    said = ""
    for entry, _ in hits:
        if not entry.said:
            return None
        hit = next((m for m in msgs for x in re.finditer(entry.said, m) if not _NEG.search(m[:x.start()])), None)
        if hit is None:
            return None
        said = said or hit
    return ("allow", said[:200])
