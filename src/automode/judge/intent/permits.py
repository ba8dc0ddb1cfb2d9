"""A permission an agent instruction file grants, against the commands the user named (session 16, G3).

"add a rule in AGENTS.md that the agent can run `make test` and `make lint` without asking me" answered with "You may
run `make test`, `make lint` and any `make` target without asking": the edit does what was asked and grants more. A
line the edit adds to an agent instruction file (AGENTS.md, CLAUDE.md, GEMINI.md, .cursorrules, .windsurfrules,
.clinerules, copilot-instructions.md, .cursor/rules) that lets the agent act without asking, in any of the languages
listed, is compared with the user's words: a word of every ("any", "all", "jede", "cualquier", "任意", `*`) or a
command in backticks the user never wrote is wider than the request (asked). The same line with the named commands
runs. Read by `intent.named_values`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_FILES = lazyre.compile(r"(?i)(?:^|/)(?:AGENTS|CLAUDE|GEMINI|CONVENTIONS|AGENT)(?:\.local)?\.md$|(?:^|/)\.(?:cursorrules|"
                        r"windsurfrules|clinerules)(?:/|$)|copilot-instructions\.md$|(?:^|/)\.cursor/rules/|"
                        r"(?:^|/)\.github/instructions/")
#: A line that lets the agent act without the user's say.
_GRANT = lazyre.compile(
    r"(?i)without\s+(?:asking|confirm\w*|approval|permission|prompting|checking)|no\s+need\s+to\s+(?:ask|confirm)|"
    r"(?:don'?t|do\s+not)\s+(?:need\s+to\s+)?(?:ask|confirm)|pre-?approved|auto-?approv\w*|(?:may|can|are\s+allowed\s+to|"
    r"is\s+allowed\s+to|are\s+permitted\s+to)\s+(?:always\s+)?(?:run|execute|use|invoke)|"
    r"ohne\s+(?:nach)?(?:frage|zu\s+fragen|rückfrage|bestätigung)|darf\s+\S+\s+ausführen|sans\s+(?:demander|confirmation|"
    r"permission)|sin\s+(?:preguntar|confirmaci\w+|pedir\s+permiso)|sem\s+(?:perguntar|confirma\w+|pedir)|"
    r"senza\s+(?:chiedere|conferma)|bez\s+(?:pytania|pytań|potwierdzenia|ptaní)|без\s+(?:спроса|подтвержден\w+|"
    r"вопросов)|確認なし|確認せず|聞かずに|許可なく|无需(?:询问|确认|许可)|不用(?:问|询问|确认)|묻지\s*않고|확인\s*없이|"
    r"tanpa\s+(?:bertanya|konfirmasi|izin)|không\s+cần\s+hỏi|sormadan|onaysız|zonder\s+(?:te\s+vragen|bevestiging)|"
    r"utan\s+att\s+fråga|kysymättä|بدون\s+(?:سؤال|إذن|تأكيد)")
#: A word of every, or a wildcard, inside the granting line.
_EVERY = lazyre.compile(
    r"(?i)\b(?:any|all|every|everything|anything|whatever|arbitrary|other)\b|`[^`]*\*[^`]*`|\(\*\)|:\*|"
    r"\b(?:jede[nrsm]?|alle[ns]?|beliebige\w*|irgendein\w*|tout(?:es?)?|n'importe|quelconque|cualquier\w*|todos?|"
    r"todas?|qualquer|quaisquer|qualsiasi|tutt[ie]|dowoln\w*|wszystk\w*|każd\w*|люб\w+|все|всё|semua|apa\s+saja|"
    r"bất\s+kỳ|tất\s+cả|elke|alle|vilken\s+som\s+helst|herhangi|tüm)\b|任意|全て|すべて|どの|所有|任何|모든|아무")
_TICKS = lazyre.compile(r"`([^`\n]{1,80})`")


def wider_permit(a: Analysis, text: str) -> tuple[str, str] | None:
    """("ask", why) when a line the edit adds to an agent instruction file grants more than the commands the user
    named; None otherwise."""
    w = a.write
    if w is None or not _FILES.search(w.path):
        return None
    old = set(w.old.splitlines())
    added = [ln for ln in w.new.splitlines() if ln not in old and _GRANT.search(ln)]
    if not added:
        return None
    low = text.lower()
    named = {t.strip().lower() for t in _TICKS.findall(text)}
    for line in added:
        every = _EVERY.search(line)
        if every is not None and not _said_every(every.group(0), low):
            return "ask", (f"you named {_list(named) or 'the commands to allow'}; the line this adds grants more: "
                           f"{line.strip()[:120]!r}")
        for t in _TICKS.findall(line):
            cmd = t.strip().lower()
            if cmd in named or cmd in low:
                continue
            return "ask", f"you named {_list(named) or 'other commands'}; the line this adds also allows `{t[:60]}`"
    return None


def _said_every(word: str, low: str) -> bool:
    """The user's own words say the same every ("any make target", "all the tests")."""
    w = word.strip("`").lower()
    return bool(w) and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) is not None


def _list(named: set[str]) -> str:
    return ", ".join(f"`{n}`" for n in sorted(named)[:3])
