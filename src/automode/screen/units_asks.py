"""What a unit spoken to the reader asks for (`screen_units` step 3), as named parts: `act` (a directed verb of an
act class with a target it is consequential on), `outward` (an act that leaves, toward a destination the rest of the
document never uses), `pressure`, `command`, `data`. Shared by the analyses that read units with and without an
address (`screen_units`, `screen_unaddressed`)."""

from __future__ import annotations

import re

from automode.screen.acts import CJK_CHARS, OUTWARD, PAIRS
from automode.screen.units_patterns import _Patterns

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


_PAIRS = {
    "disclose": ("secret+dest",),
    "exec": ("remote", "persistence", "exposure"),
    "redirect": ("setting+dest", "persistence", "exposure"),
}
_JOIN = re.compile(
    r"\n(?![ \t]*(?:[-*•#☐]|\d+[.)]|\n|[\w.-]+\s*[:=]\s))"
)  # a wrapped line goes on; a list item, a key or a blank does not
_CLAUSE = re.compile(r"[,;:—–(\[•]|\s-\s|\s(?:and|then|y|und|et|и|ve|dan|và|og|och|ja|και|e|poi|puis|dann|luego|depois)\s")
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


_VERB_FINAL = re.compile(r"[çğışöü]")
#: German or French beside the letters Turkish shares with them ("Nachrichten mit Tokens werden automatisch gelöscht":
#: a German participle ends the sentence, a statement, not a Turkish imperative).
_NOT_TURKISH = re.compile(r"[äßàâèéêëîôûœ]|\b(?:und|oder|mit|werden|wird|wurde|wurden|ist|sind|die|der|das|nicht|für|von|"
                          r"auf|dem|den|des|les|est|sont|pour|avec|une|dans)\b")
_SENTENCE_END = re.compile(r"\s*[.!)\]]*\s*$")


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
        if p.reported.fullmatch(d.group(0)):
            return True  # "my manager says to give ...": asked of the reader in the requester's name
        subject = pre[-160:][: d.start()]
        cut = [m.end() for m in _CLAUSE.finditer(subject)]
        subject_words = subject[cut[-1] :].split() if cut else subject.split()
        if len(subject_words) <= 1 or p.reader.search(subject) or "you" in subject_words:
            return True
    if p.request_after.match(sent[end : end + 24]):
        return True
    if _VERB_FINAL.search(sent) and _SENTENCE_END.match(sent, end) and not _NOT_TURKISH.search(sent):
        return True  # "... ürün yorumuna ekle.": the bare verb ending a Turkish sentence is its imperative
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
        acts = sorted(
            (c, at)
            for c, at in every
            if c[:1] != "!" and _directed(p, sent, at, at + _verb_len(p, sent, c, at))
        )
        acts.sort(key=lambda a: a[1])  # the first act written first, whatever order the class tables came in
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
