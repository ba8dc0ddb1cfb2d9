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
from functools import lru_cache

from automode.dc import dataclass, field
from automode.screen_acts import ACT_VERBS, CJK_ACTS, CJK_CHARS, OUTWARD, PAIRS, TARGETS
from automode.screen_address import _NEXT, quoted
from automode.screen_reader_data import GUARD
from automode.screen_units_data import (
    ACT_MORE,
    ACT_SEPARABLE,
    DED_FILLER,
    DEDICATION,
    DEDICATION_AFTER,
    DETERMINERS,
    DISCUSSION,
    MODAL,
    NEG_AFTER,
    NEG_BEFORE,
    PRESSURE,
    READER_STRONG,
    READER_WEAK,
    WHEN,
)
from automode.screen_words import HOMOGLYPHS

MAX_ANCHORS = 40
SPAN = 520
#: Languages whose verbs take suffixes (cases, persons, politeness): an act verb matches as a stem there.
STEMMED = frozenset(
    [
        "tr",
        "pl",
        "ru",
        "cs",
        "id",
        "hi",
        "ar",
        "fa",
        "ur",
        "bn",
        "mr",
        "te",
        "ta",
        "sw",
        "ha",
        "tl",
        "he",
        "el",
    ]
)
#: Words one of which must occur for the anchors to be looked for (ASCII); other scripts are looked for when present.
TRIGGERS = frozenset(["ai", "a.i.", "llm", "llms", "gpt", "genai", "copilot", "copilots", "claude", "chatgpt", "gemini", "codex",
                      "automated", "automatic", "autonomous", "coding", "agentic", "agent", "agents", "assistant",
                      "assistants", "bot", "bots", "automation", "automations", "integrations", "chatbot", "chatbots", "ki",
                      "ia", "asystent", "asystenta", "asystenci", "asystentów", "yapay", "otomatik", "asisten", "agen",
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


def _fold(rx: str) -> str:
    return rx.translate(HOMOGLYPHS)


def _alt(items: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(dict.fromkeys(items), key=len, reverse=True))


@dataclass
class _Patterns:
    reader: re.Pattern[str]
    mention: re.Pattern[str]
    ded_before: re.Pattern[str]
    ded_after: re.Pattern[str]
    det_before: re.Pattern[str]
    modal: re.Pattern[str]
    when: re.Pattern[str]
    neg_before: re.Pattern[str]
    neg_after: re.Pattern[str]
    pressure: re.Pattern[str]
    guard: re.Pattern[str]
    discussion: re.Pattern[str]
    acts: dict[str, re.Pattern[str]]
    targets: dict[str, re.Pattern[str]]
    dest: re.Pattern[str]
    keyline: re.Pattern[str]
    label_end: re.Pattern[str]
    phrase_end: re.Pattern[str]
    directive: re.Pattern[str]
    request_after: re.Pattern[str]
    speakers: re.Pattern[str]
    neg_word: re.Pattern[str]


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    strong = _fold(_alt([r for r in READER_STRONG if not CJK_CHARS.search(r)]))
    cjk_reader = _alt([r for r in READER_STRONG if CJK_CHARS.search(r)])
    weak = _fold(READER_WEAK)
    acts: dict[str, re.Pattern[str]] = {}
    classes = {c for by in ACT_VERBS.values() for c in by} | set(CJK_ACTS)
    for cls in classes:
        exact = [
            re.escape(v) for lang, by in ACT_VERBS.items() if lang not in STEMMED for v in by.get(cls, ())
        ]
        stem = [re.escape(v) for lang, by in ACT_VERBS.items() if lang in STEMMED for v in by.get(cls, ())]
        exact += [re.escape(v).replace(r"\ ", r"\s+") for v in ACT_MORE.get(cls, ())]
        cjk = [re.escape(v) for v in CJK_ACTS.get(cls, ())]
        alts = [rf"(?<![\w-])(?:{ACT_SEPARABLE[cls]})(?![\w-])"] if cls in ACT_SEPARABLE else []
        if exact:
            alts.append(rf"(?<![\w-])(?:{_alt(exact)})(?![\w-])")
        if stem:
            alts.append(rf"(?<![\w-])(?:{_alt(stem)})\w{{0,9}}")
        if cjk:
            alts.append(f"(?:{_alt(cjk)})")
        acts[cls] = re.compile(_fold("|".join(alts)))
    return _Patterns(
        reader=re.compile(
            rf"(?<![\w@./-])(?:(?P<strong>{strong})(?![\w])(?!-\w)|(?P<weak>{weak})(?![\w]))|(?P<cjk>{cjk_reader})"
        ),
        mention=re.compile(r"(?<![\w@.])@[\w-]*(?:bot|ai|agent|assistant|copilot|automation)[\w-]*"),
        ded_before=re.compile(_fold(rf"(?:^|[\s(\[【「*_>\"'“«-])(?:{DEDICATION})\s+{DED_FILLER}$")),
        ded_after=re.compile(_fold(rf"^\s?(?:{DEDICATION_AFTER})")),
        det_before=re.compile(_fold(rf"(?:^|\s)(?:{DETERMINERS})\s+(?:\w+\s+)?$")),
        modal=re.compile(_fold(rf"(?<!\w)(?:{MODAL})(?!\w)|(?:必须|必需|应当|应该|必ず|해야|하여야)")),
        when=re.compile(_fold(rf"(?<!\w)(?:{WHEN})\s+(?:[^\s.!?:]+\s+){{0,4}}$")),
        neg_before=re.compile(
            _fold(rf"(?:(?<!\w)(?:{NEG_BEFORE})(?!\w)|不要|别|勿|禁止|不得|切勿)[^.!?\n;:]{{0,24}}$")
        ),
        neg_after=re.compile(_fold(rf"^\S{{0,6}}\s?(?:{NEG_AFTER})")),
        pressure=re.compile(_fold("|".join(f"(?:{p})" for p in PRESSURE))),
        guard=re.compile(GUARD),
        discussion=re.compile(_fold(DISCUSSION)),
        acts=acts,
        targets={c: re.compile(rx) for c, rx in TARGETS.items()},
        dest=re.compile(
            r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|https?://([\w.-]+)|(?<![\w./@:-])((?:[a-z0-9-]+\.)+(?:[a-z]{2}|com|net|org|info|biz|dev|app|xyz|site|cloud|online|top|link|live|pages|example))/[\w./?=&%-]+|"
            r"\b([a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,3})?)\b|(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})(?![\w.])"
        ),
        keyline=re.compile(r"\s*(?:[-*]\s+)?[\"']?[\w.@/$-]{1,60}[\"']?\s*(?:[:=]|\s{2,}:)"),
        label_end=re.compile(r"[^\n.!?。！？]{0,70}?(?:[:：\]】)>]|—|–|\s-\s)"),
        # the reader's noun phrase ends here ("AI agents:" and "AI agents must" address; "the AI team" is people)
        phrase_end=re.compile(
            rf"\s*(?:[^\w\s'’-]|-\s|$)|\s+(?:{_NEXT})(?!\w)|\s+[^\x00-\u024f\s]|[^\x00-\u024f]"
        ),
        # a directive marker before an act: a modal, "please", "make sure", "to" after "asked/required"
        directive=re.compile(
            _fold(
                rf"(?<!\w)(?:{MODAL}|please|kindly|make\s+sure\s+(?:to|you)|be\s+sure\s+to|"
                r"(?:asked|told|requested|required|instructed|want|wants|need|needs|expected)\s+(?:\w+\s+){0,3}?to|"
                r"bitte|veuillez|merci\s+de|por\s+favor|per\s+favore|proszę|prosze|пожалуйста|lütfen|tolong|"
                r"harap|mohon|silakan|hãy|vui\s+lòng|يرجى|الرجاء|कृपया|graag|vänligen|venligst)(?!\w)|"
                r"请|請|ください|下さい|주세요|하세요|십시오|务必|務必"
            )
        ),
        # verb-final languages: a request or an obligation after the verb ("silmenizi istedi", "実行してください", "करें")
        request_after=re.compile(
            _fold(
                r"^\S{0,8}?(?:してください|して下さい|ください|しろ|せよ|すること|してね|하세요|해\s?주세요|"
                r"하십시오|해라|하라|해야|하고|करें|करो|कीजिए|दें|menizi|manızı|meniz|manız|"
                r"in(?!\w)|ın(?!\w)|un(?!\w)|ün(?!\w)|yin|yın|meli|malı|mek|mak)"
            )
        ),
        neg_word=re.compile(_fold(rf"(?<!\w)(?:{NEG_BEFORE})(?!\w)|不要|别|勿|禁止|切勿")),
        speakers=re.compile(
            r"(?m)^[\s>*\[\]\d:.-]*(?:user|human|customer|tool|system|me|agent|client|support)\s*:"
        ),
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


_RUN_BEFORE = re.compile(
    r"(?:\brun|\bexecute|运行|执行|実行|실행|\bejecuta|\besegui|\blance[rz]?|\bführe|\buruchom|\bjalankan|"
    r"\bçalıştır)\s*`?\s*$"
)


def _acts(p: _Patterns, unit: str, negated: bool = False) -> list[tuple[str, int]]:
    """(class, position) of the act verbs of the unit; with `negated`, forbidden ones too, their class marked "!"."""
    found: list[tuple[str, int]] = []
    for cls, rx in p.acts.items():
        for n, m in enumerate(rx.finditer(unit)):
            if n >= 6:
                break
            if unit.count("`", 0, m.start()) % 2 or _RUN_BEFORE.search(
                unit, max(0, m.start() - 12), m.start()
            ):
                continue  # inside a code span, or the name of the command run ("run `make test`", "运行 make test")
            if p.neg_before.search(unit[max(0, m.start() - 40) : m.start()]) or p.neg_after.match(
                unit[m.end() : m.end() + 14]
            ):
                if negated:
                    found.append(("!" + cls, m.start()))
                continue
            found.append((cls, m.start()))
    return found


def _foreign(p: _Patterns, norm: str, unit: str, lo: int, hi: int) -> str | None:
    """A destination in the unit that the rest of the document never uses (its registrable name absent elsewhere)."""
    rest = norm[:lo] + norm[hi:]
    for m in p.dest.finditer(unit):
        value = next(g for g in m.groups() if g)
        name = ".".join(value.split(".")[-2:]) if "." in value and not value[0].isdigit() else value
        if name.endswith(("example.com", "example.org", "localhost")):
            continue
        if name not in rest:
            return value
    return None


def _pairs(p: _Patterns, acts: list[tuple[str, int]], unit: str, cuts: list[int]) -> str | None:
    """An act and a target of a class it is consequential on, the target inside the act's own segment (up to the next
    act of the sentence, whether asked or forbidden)."""
    for cls, at in acts:
        seg = unit[at : min([c for c in cuts if c > at] or [len(unit)])]
        have = {c for c, rx in p.targets.items() if rx.search(seg)}
        if cls == "destroy" and _NAMED.search(seg):
            return "destroy+named"  # a named store: `customers_archive`, `audit_log`, `/var/backups`, `payments-db-creds`
        for need in _PAIRS.get(cls, PAIRS.get(cls, ())):
            if all(n in have for n in need.split("+")):
                return f"{cls}+{need}"
    return None


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
        lo, line_end = _line(norm, at)
        _ulo, uhi = _span(norm, end, lo, line_end)
        if how == "mention":
            uhi = line_end  # a message that mentions a bot is its own line; the next lines are other messages
        if uhi in seen:
            continue
        seen.add(uhi)
        if quoted(norm, at, end) or p.discussion.search(norm, max(0, at - 600), min(len(norm), uhi + 300)):
            continue
        body = _JOIN.sub(" ", norm[end:uhi])
        parts = _asks(p, norm, body, end, uhi, _structured(p, norm, lo), danger)
        if parts:
            return Unit(
                at,
                [f"address({how})", *parts],
                " ".join(norm[max(lo, at - 20) : min(uhi, at + 160)].split())[:160],
            )
    return None


#: Pairs narrower than the window's: a unit is short, so "store api keys in .env" must not read as a disclosure.
_PAIRS = {
    "disclose": ("secret+dest",),
    "exec": ("remote", "persistence", "exposure"),
    "redirect": ("setting+dest", "persistence", "exposure"),
}
_JOIN = re.compile(
    r"\n(?![ \t]*(?:[-*•#☐]|\d+[.)]|\n|[\w.-]+\s*[:=]\s))"
)  # a wrapped line goes on; a list item, a key or a blank does not
_CLAUSE = re.compile(r"[,;:—–(\[•]|\s-\s|\s(?:and|then|y|und|et|и|ve|dan|và|og|och|ja|και)\s")
_FILLER = frozenset(
    [
        "please",
        "kindly",
        "also",
        "then",
        "now",
        "first",
        "just",
        "and",
        "immediately",
        "simply",
        "you",
        "do",
        "y",
        "e",
        "und",
        "et",
        "en",
        "i",
        "и",
        "ve",
        "dan",
        "và",
        "still",
        "additionally",
        "finally",
        "next",
        "so",
        "to",
        "always",
        "quickly",
        "bitte",
        "auch",
        "zuerst",
        "anche",
        "también",
        "además",
        "aussi",
        "também",
        "ook",
        "też",
        "также",
        "ayrıca",
        "juga",
        "cũng",
        "hãy",
        "lütfen",
        "tolong",
        "sofort",
        "subito",
        "ahora",
        "agora",
        "maintenant",
        "teraz",
        "сейчас",
        "сразу",
        "şimdi",
        "segera",
    ]
)
_NAMED = re.compile(
    r"`[^`\n]{2,80}`|(?<![\w/.-])[a-z][a-z0-9]*_[a-z0-9_]+\b|(?<![\w.])/(?:var|etc|srv|opt|home|data|mnt)/[\w./-]+"
)
_ARTICLES = frozenset(["a", "an", "the", "this", "that", "these", "those", "your", "our", "their", "its", "each",
                       "every", "un", "une", "una", "uno", "ein", "eine", "einen", "einem", "der", "die", "das", "le", "la",
                       "les", "el", "los", "las", "il", "lo", "gli", "het", "de", "o", "os", "as"])  # fmt: skip
_SENT = re.compile(r"(?<=[.!?。！？])\s+|\n")
#: Target classes consequential enough to make an act inside a data value an instruction.
_DATA_TARGETS = (
    "secret",
    "money",
    "privilege",
    "protection",
    "dest",
    "remote",
    "setting",
    "exposure",
    "persistence",
)


def _directed(p: _Patterns, sent: str, at: int, end: int) -> bool:
    """The act at sent[at:end] is asked for: in imperative position, after a directive marker whose subject is the
    reader (or nobody), or followed by a request ending in a verb-final language."""
    pre = sent[:at]
    last = pre.split()[-1:] if pre.strip() else []
    if last and last[0] in _ARTICLES:
        return (
            False  # "open a merge request", "create a refund", "the transfer": a noun, not an act asked for
        )
    cuts = [m.end() for m in _CLAUSE.finditer(pre)]
    clause = pre[cuts[-1] :] if cuts else pre
    words = [w.strip("`*_\"'“”«»()[]") for w in clause.split()]
    words = [w for w in words if w]
    if not words or all(w in _FILLER for w in words):
        return True
    d = None
    for d in p.directive.finditer(pre[-160:]):  # noqa: B007 (the last marker before the act)
        pass
    if d is not None and len(pre[-160:][d.end() :].split()) <= 5:
        subject = pre[-160:][: d.start()]
        cut = [m.end() for m in _CLAUSE.finditer(subject)]
        subject_words = subject[cut[-1] :].split() if cut else subject.split()
        if len(subject_words) <= 1 or p.reader.search(subject) or "you" in subject_words:
            return True
    if p.request_after.match(sent[end : end + 24]):
        return True
    return bool(CJK_CHARS.match(sent, at) and p.directive.search(sent))


def _asks(
    p: _Patterns, norm: str, body: str, lo: int, hi: int, data: bool, danger: re.Pattern[str] | None
) -> list[str]:
    """What the unit asks for, as named parts; empty when nothing consequential is asked."""
    pressure = p.pressure.search(body) is not None
    asked = False
    for n, sm in enumerate(_SENT.split(body)):
        if n >= 16:
            break
        sent = sm.strip()
        if len(sent) < 4 or p.guard.search(sent):
            continue
        every = _acts(p, sent, negated=True)
        cuts = sorted({at for _c, at in every} | {m.start() for m in p.neg_word.finditer(sent)})
        acts = [
            (c, at)
            for c, at in every
            if c[:1] != "!" and _directed(p, sent, at, at + _verb_len(p, sent, c, at))
        ]
        command = danger.search(sent) if danger is not None else None
        if command is not None and not p.neg_before.search(
            sent[max(0, command.start() - 40) : command.start()]
        ):
            return ["command"] + (["pressure"] if pressure else [])
        if not acts:
            continue
        asked = True
        parts: list[str] = []
        pair = _pairs(p, acts, sent, cuts)
        if pair:
            parts.append(f"act({pair})")
        foreign = _foreign(p, norm, sent, lo, hi)
        if foreign and not _leaves(acts, sent, cuts, foreign):
            foreign = None
        if foreign:
            parts.append(f"outward({foreign})")
        if data and any(p.targets[c].search(sent) for c in _DATA_TARGETS if c in p.targets):
            parts.append("data")
        if parts:
            return parts + (["pressure"] if pressure else [])
    return ["pressure"] if pressure and asked else []


#: Act classes whose object can be a destination ("send ... to", "grant ... to", "point ... at", "pay ... to").
_TOWARD = (OUTWARD - {"exec"}) | {"attach", "publish", "redirect", "grant", "pay"}


def _leaves(acts: list[tuple[str, int]], sent: str, cuts: list[int], value: str) -> bool:
    """An act that sends, grants, points or pays, with the foreign value in its own segment; or a command run from a
    foreign host (`pio pkg install --library https://files.other.example/x.zip`)."""
    for cls, at in acts:
        seg = sent[at : min([c for c in cuts if c > at] or [len(sent)])]
        if value in seg and (
            cls in _TOWARD or (cls == "exec" and re.search(r"`[^`]*" + re.escape(value), seg))
        ):
            return True
    return False


def _verb_len(p: _Patterns, sent: str, cls: str, at: int) -> int:
    m = p.acts[cls].match(sent, at)
    return len(m.group(0)) if m else 1
