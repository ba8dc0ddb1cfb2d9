"""The words of a later narrowing (split from `intent.fences`, session 19): "only" in each language, the fillers
around it, and the names right beside it ("nur redis-cache bitte", "solo la carpeta 2025/", "tylko worker-3b1a",
"ghcr.io/acme/api:pr-78만")."""

from __future__ import annotations

import re

from automode import lazyre

#: "only", per language, as a word (or a particle in the scripts written without spaces).
_ONLY = lazyre.compile(
    r"(?i)(?<!\w)(?:only|just|solely|nur|blo[ßs]|lediglich|seulement|uniquement|juste|s[óo]lo|solamente|[úu]nicamente|"
    r"s[óo]|somente|apenas|soltanto|alleen|enkel|slechts|bara|kun|endast|tylko|jedynie|jen|pouze|len|iba|только|лишь|"
    r"тільки|лише|sadece|yaln[ıi]zca|tik|tikai|ainult|vain|ainoastaan|csak|doar|numai|nom[ée]s|sols|hanya|cuma|"
    r"ch[ỉi]|lang|tu|pekee|sirf|kewal|केवल|सिर्फ|فقط|רק|μόνο)(?!\w)|只要?|仅|僅|だけ|のみ|만")
_FILLER = frozenset({
    "actually", "now", "for", "then", "instead", "one", "ones", "please", "maybe", "rather", "the", "that", "this",
    "bitte", "eigentlich", "doch", "mal", "mejor", "en", "fait", "na", "verdade", "in", "realtà", "realta", "o", "a",
    "el", "la", "le", "il", "de", "der", "die", "das", "den", "het", "een", "pas", "ok", "okay", "so", "well", "hmm",
    "wait", "no", "nope", "yes", "sorry", "oh", "ah", "eh", "und", "and", "et", "y", "e", "i", "w", "to",
    "にして", "して", "ください", "要", "好", "吧",
})  # fmt: skip


#: A name of a thing rather than a word: a digit or a joining mark in it (`redis-cache`, `fct_refunds`, `v1.4.0`).
_NAME_LIKE = lazyre.compile(r"\d|[-_./:@#]\w")


#: Parts of hyphenated words that describe rather than name ("read-only", "long-running", "self-hosted").
_QUALIFYING = frozenset({"only", "read", "write", "based", "side", "level", "wide", "time", "free", "safe", "running",
                         "hosted", "party", "source", "end", "real", "built", "up", "to", "date", "non", "pre", "post",
                         "self", "multi", "single", "double", "low", "high", "full", "half", "new", "old", "one", "off"})


def _qualifier(name: str) -> bool:
    """A hyphenated word of the language, not a name ("read-only"): letters only, and a describing part."""
    parts = name.split("-")
    return len(parts) > 1 and all(p.isalpha() for p in parts) and any(p in _QUALIFYING for p in parts)


_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "den", "dem", "le", "la", "les", "l", "el", "los", "las",
                       "o", "os", "as", "il", "lo", "gli", "de", "het", "en", "ett", "one", "ones", "this", "that"})


def _beside_only(text: str) -> list[str]:
    """The words right after an "only" word (an article skipped) or right before a postposed one ("X だけ", "X only")."""
    toks = re.findall(r"[\w][\w:./@#-]*[\w]/?|\w+/?|[^\w\s]+", text.lower())
    out: list[str] = []
    for i, t in enumerate(toks):
        glued = re.match(r"(.+?[a-z0-9])(?:만|だけ|のみ)$", t)
        if glued is not None:
            out.append(glued.group(1))  # ("ghcr.io/acme/api:pr-78만": the particle joined to the name)
            continue
        if _ONLY.fullmatch(t) is None and not (_ONLY.search(t) and not re.search(r"[a-z0-9]", t)):
            continue
        j = i + 1
        while j < len(toks) and toks[j] in _ARTICLES:
            j += 1
        if j < len(toks):
            out.append(toks[j])
            if len(toks[j]) <= 3 and toks[j].isalpha() and j + 1 < len(toks):
                out.append(f"{toks[j]} {toks[j + 1]}")  # ("PR 413": a kind and its number)
            elif toks[j].isalpha() and j + 1 < len(toks) and (_NAME_LIKE.search(toks[j + 1]) or toks[j + 1].endswith("/")):
                out.append(toks[j + 1])  # ("solo la carpeta 2025/", "nur den Ordner tmp/": the kind, then the name)
        if i > 0:
            out.append(toks[i - 1])
    return [t.strip(".:-").lstrip("/") for t in out if len(t.strip(".:-/")) >= 3]  # (a folder keeps its `/`: "tmp/")


def _names(text: str) -> list[str]:
    """The name-like words of a narrowing message: everything but the "only" word, fillers and the gloss's own."""
    from automode.judge.intent.lexicon import STOP

    out = []
    for tok in re.findall(r"[\w][\w:./@#-]*[\w]|\w+", text.lower()):
        t = tok.strip(".:-/")
        if len(t) < 3 or _ONLY.fullmatch(t) or t in _FILLER or t in STOP:
            continue
        if not re.search(r"[a-z0-9]", t):
            continue  # (a word of another script: a verb or a particle, never a name here)
        out.append(t)
    return out
