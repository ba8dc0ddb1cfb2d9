"""A unit spoken to the reader and what it asks, in any wrapping and language (issue 18 point 1, session 14).

The window and reader analyses need their address and act spelled as their tables spell them; an instruction planted
in a DNS TXT record, an HTTP header, a CSV cell, an EXIF field, a calendar description, a notebook output, a
Kubernetes annotation or a `--help` text is a short *unit* of its own, in whatever language, and the blind sets keep
finding spellings those tables lack. This analysis reads units, not templates:

1. An *anchor* names an AI or automated reader (`screen_units_data.READER_STRONG`, many languages) in an address
   construction: a label closed by a colon or bracket ("Hinweis für KI-Werkzeuge:", "【AIエージェントへ】",
   "(automations only)"), a dedication ("for AI agents", "asistanlar için", "AI 도구용"), a modal after the reader
   ("integrations resolving this zone must ...", "any assistant operating on this cluster must"), a condition ("if a
   bot reads this", "when an AI agent opens this project"), a mention (`@notify-bot`). A bare role word ("agents",
   "assistant") counts only as a whole label, after a determiner, or before a modal.
2. The unit is what the anchor introduces: the rest of its line (a label's value) or, after a heading, the lines up
   to the next blank one; bounded.
3. What the unit asks, as named parts: `act` (an unnegated verb of an act class, from `screen_acts`' tables, with a
   target of a class it is consequential on), `outward` (an act that leaves, with a destination the rest of the
   document never uses: a host, an address, an account number), `pressure` (skip or keep the user out), `command` (a
   command that is an act and its target at once), `data` (the unit is a value in structured data, where nobody
   writes instructions for a reader).

A unit flags when the reader is addressed and it asks for a consequential act: an act with its target, an outward
act with a foreign destination, any act under pressure, a dangerous command, or an act with any target inside a data
value. What forbids ("never push to main") or keeps the user in the loop ("ask the user first") does not count, and
text about attacks (an advisory quoting one) is left to the analyses that read quotations.
Linear: one gated scan for anchors, at most `MAX_ANCHORS` units of at most `SPAN` characters.
"""

from __future__ import annotations

import re

from automode.dc import dataclass, field
from automode.screen.address import quoted
from automode.screen.units_asks import _JOIN, _asks
from automode.screen.units_patterns import _Patterns, patterns

MAX_ANCHORS = 40
SPAN = 520
#: Words one of which must occur for the anchors to be looked for (ASCII); other scripts are looked for when present.
TRIGGERS = frozenset(["ai", "a.i.", "llm", "llms", "gpt", "genai", "copilot", "copilots", "claude", "chatgpt", "gemini", "codex",
                      "automated", "automatic", "autonomous", "coding", "agentic", "agent", "agents", "assistant",
                      "assistants", "bot", "bots", "automation", "automations", "integrations", "chatbot", "chatbots", "ki",
                      "ia", "asystent", "asystenta", "asystenci", "asystentów", "yapay", "yz", "otomatik", "asisten", "agen",
                      "asistanlar", "ajanlar", "botlar", "agentes", "asistentes", "asistente", "agenti", "assistente", "assistenti",
                      "assistentes", "automatisierte", "automatische", "automatiserade", "geautomatiseerde", "autonome",
                      "narzędzia", "automatyczne", "trợ", "kecerdasan", "outils", "robots", "herramientas", "strumenti",
                      "ferramentas", "language", "llm-", "agente", "modelos", "sztucznej"])  # fmt: skip
_PREFIXES = (
    "ki-",
    "ai-",
    "llm-",
    "gpt-",
    "asystent",
    "automatyczn",
    "automatisier",
    "automatisch",
    "automatic",
    "automat",
)


@dataclass
class Unit:
    start: int
    parts: list[str] = field(default_factory=list)
    snippet: str = ""


def _triggered(norm: str, words: set[str]) -> bool:
    if not TRIGGERS.isdisjoint(words):
        return True
    if any(
        w.startswith(_PREFIXES) for w in words if len(w) > 3 and w[:2] in ("ki", "ai", "ll", "gp", "as", "au")
    ):
        return True
    return any(not w.isascii() for w in words)


def _line(norm: str, at: int) -> tuple[int, int]:
    lo = norm.rfind("\n", 0, at) + 1
    hi = norm.find("\n", at)
    return lo, (hi if hi != -1 else len(norm))


def _addressed(p: _Patterns, norm: str, m: re.Match[str]) -> str | None:
    """How the reader at `m` is spoken to, or None when it is only talked about."""
    lo, hi = _line(norm, m.start())
    before = norm[max(lo, m.start() - 60) : m.start()]
    after = norm[m.end() : min(hi, m.end() + 90)]
    weak = m.group("weak") is not None
    tail = re.match(r"[\w-]*", norm[m.end() : m.end() + 40])
    lead = norm[m.start() - 1 : m.start()]
    compound = lead in ("_", "-") or (tail is not None and tail.group(0)[:1] in ("_", "-"))
    if compound and re.match(r"[\w-]*[\"']?\s*[:=]", norm[m.end() : m.end() + 40]):
        return "key"  # a key named for the reader: `ai-agent-verification=`, `_agent:`, `note_for_ai:`
    if m.group("cjk") is not None:
        return (
            "label"
            if re.match(r"\s?(?:へ|に|向け|宛|用|에게|께|님|들|[:：\]】)])", after)
            or re.search(r"(?:给|致|对|對)\s?$", before)
            else None
        )
    if (
        not p.phrase_end.match(norm, m.end())
        and not p.ded_after.match(after)
        and not p.modal.match(after.lstrip())
    ):
        return None
    if (
        weak
        and p.speakers.search(norm)
        and re.match(r"\s*:", after)
        and len(p.speakers.findall(norm[:20000])) >= 1
    ):
        return None  # "assistant:" in a transcript: a speaker, not an addressee
    head = re.sub(r"[\s#*>\-–—•☐☑✓※\[(【「{<|/\"'`.,;!]+", " ", norm[lo : m.start()]).strip()
    end = p.label_end.match(after)
    if end is not None and not re.search(r"[.!?。](?:\s|$)", after[: end.start() + 1]):
        gap = after[: end.end() - 1].strip()
        if not weak and len(head) <= 60:
            return "label"
        if (
            weak
            and len(head.split()) <= 2
            and len(gap.split()) <= 2
            and m.group("weak") not in ("integrations",)
        ):
            return "label"
    if p.ded_before.search(before) or p.ded_after.match(after):
        return (
            None
            if weak and not p.det_before.search(before) and not p.modal.search(after[:80])
            else "dedication"
        )
    if p.when.search(before):
        return "condition"
    sentence = re.split(r"[.!?。！？](?:\s|$)|\n\n", after, maxsplit=1)[0]
    mod = p.modal.search(sentence[:90])
    opens = re.search(r"(?:^|[=:\"(\[])\s*$", before) is not None  # the reader opens a value or a clause
    if mod is not None and (not weak or p.det_before.search(before) or not head or opens):
        return "modal"
    if not weak and not head and re.match(r"\s*[,:]", after):
        return "vocative"
    return None


def _span(norm: str, at: int, lo: int, line_end: int) -> tuple[int, int]:
    """The unit: the rest of the line, or the lines up to the next blank one when the line's rest is short."""
    hi = line_end
    if len(norm[at:hi].strip()) < 40 or norm[at:hi].rstrip().endswith((":", "：")):
        nxt = norm.find("\n\n", hi)
        hi = nxt if nxt != -1 else len(norm)
    else:
        nxt = norm.find("\n", hi + 1)
        if nxt != -1 and norm[hi + 1 : nxt].strip() and not norm[hi + 1 : nxt].lstrip().startswith(("#",)):
            hi = nxt  # one more line: a wrapped sentence goes on
    return lo, min(hi, at + SPAN)


def _structured(p: _Patterns, norm: str, lo: int) -> bool:
    """The unit's line is a value in data: a `key: value` line, the line under a `key:` line, a CSV row, a TXT record."""
    line = norm[lo : norm.find("\n", lo) if norm.find("\n", lo) != -1 else len(norm)]
    if p.keyline.match(line) or line.count(",") >= 3 or re.search(r"\bin\s+txt\b|^\s*\"[^\"]{0,40}=", line):
        return True
    prev = norm[norm.rfind("\n", 0, max(0, lo - 1)) + 1 : max(0, lo - 1)]
    return bool(prev.rstrip().endswith(":") and p.keyline.match(prev) and len(prev) < 80)


def read(norm: str, words: set[str], danger: re.Pattern[str] | None = None) -> Unit | None:
    """The first addressed unit that asks for a consequential act, or None."""
    if not _triggered(norm, words):
        return None
    p = patterns()
    anchors: list[tuple[int, int, str]] = []
    for n, m in enumerate(p.reader.finditer(norm)):
        if n >= 4 * MAX_ANCHORS or len(anchors) >= MAX_ANCHORS:
            break
        how = _addressed(p, norm, m)
        if how is not None:
            anchors.append((m.start(), m.end(), how))
    if "@" in norm:
        for n, m in enumerate(p.mention.finditer(norm)):
            if n >= 8:
                break
            anchors.append((m.start(), m.end(), "mention"))
    seen: set[int] = set()
    for at, end, how in sorted(anchors)[:MAX_ANCHORS]:
        unit = ask_at(norm, at, end, how, danger, seen)
        if unit is not None:
            return unit
    return None


def ask_at(
    norm: str, at: int, end: int, how: str, danger: re.Pattern[str] | None, seen: set[int] | None = None
) -> Unit | None:
    """The unit an address at norm[at:end] introduces, when it asks for a consequential act (`_asks`); `seen`: the
    ends of units already read (each is read once)."""
    p = patterns()
    lo, line_end = _line(norm, at)
    _ulo, uhi = _span(norm, end, lo, line_end)
    if how == "mention":
        uhi = line_end  # a message that mentions a bot is its own line; the next lines are other messages
    if seen is not None:
        if uhi in seen:
            return None
        seen.add(uhi)
    if quoted(norm, at, end) or p.discussion.search(norm, max(0, at - 600), min(len(norm), uhi + 300)):
        return None
    body = _JOIN.sub(" ", norm[end:uhi])
    parts = _asks(p, norm, body, end, uhi, _structured(p, norm, lo), danger)
    if not parts:
        return None
    return Unit(at, [f"address({how})", *parts], " ".join(norm[max(lo, at - 20) : min(uhi, at + 160)].split())[:160])


#: Pairs narrower than the window's: a unit is short, so "store api keys in .env" must not read as a disclosure.
