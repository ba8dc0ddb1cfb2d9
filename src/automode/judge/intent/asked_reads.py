"""A read of a project secret file the user asked about (C4, session 12): "what's the db host in my .env?" is answered
by reading `.env`, so that read is the request itself, put as a question.

Only the project's own secret files whose read is an ask (`AM-EXFIL-002` on `.env`, `config/secrets.yml`: the task
may need them) are released this way, and only when the action does nothing but read, and a message names the file
(its name or its path) while asking about it (a question, or a read verb: "show me", "check", "look at").
Credentials of the user's home (`~/.aws/credentials`, keys) stay where the rule puts them: a question about them is
answered with the tool that uses them.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding

#: A message that asks about something: a question, or a request to look at or show it.
_ASKS = lazyre.compile(r"(?i)\?|^\W*(?:what|which|where|how|is|are|does|do|show|print|check|look|tell|find|read|"
                       r"see|compare|confirm|verify|list|grab|get|pull)\b|\b(?:what(?:'s| is| are)|which|look\s+(?:at|in)|"
                       r"check|tell\s+me|show\s+me|is\s+there)\b")
#: Commands that only read a file to show it (their effects say which file).
_READERS = frozenset({"cat", "head", "tail", "grep", "egrep", "rg", "less", "more", "sed", "awk", "cut", "sort",
                      "wc", "bat", "type", "Get-Content", "gc", "findstr", "dotenv", "jq", "yq"})  # fmt: skip


def content_asked(found: list[Finding], a: Analysis) -> str | None:
    """The message that asks about the project secret files this action only reads, or None."""
    if not found or any(f.rule.id != "AM-EXFIL-002" or f.verdict != "ask" for f in found):
        return None
    if any(e.kind not in ("read",) for e in a.effects):
        return None
    if a.shell and any(c.name not in _READERS or c.remote for c in a.commands):
        return None
    if a.action.tool not in ("Read", "Grep", "Bash", "PowerShell"):
        return None
    root = (a.root or "").rstrip("/") + "/"
    read = [e.target for e in a.effects if e.kind == "read" and e.pclass == "secret"]
    if not read or not all(t.startswith(root) for t in read):
        return None
    for m in reversed(a.ctx.user_messages):
        low = m.lower()
        if not _ASKS.search(low):
            continue
        if all(_named(t[len(root):], low) for t in read):
            return m
    return None


def _named(rel: str, said: str) -> bool:
    """The file is named: its path in the project, or its name (`.env`, `secrets.yml`) as a word of its own."""
    base = rel.rsplit("/", 1)[-1].lower()
    if rel.lower() in said:
        return True
    return re.search(r"(?<![\w.-])" + re.escape(base) + r"(?![\w-]|\.\w)", said) is not None
