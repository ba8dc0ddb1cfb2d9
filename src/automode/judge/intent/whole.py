"""Whether a request asks for all of what it names ("all", "every", "wipe the cache"): read by the containment check
(`scope`) and by the judge's reading of computed and widened targets (`computed`), a leaf of the import graph."""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.lexicon import QUALIFIERS, WHOLE_VERBS, WHOLE_WORDS

#: A part picked by a pattern: a wildcard, or a name said by how it starts or ends.
_PATTERN = lazyre.compile(r"\S\*|\*\S|\b(?:starting|beginning|prefixed|ending|suffixed|matching)\s+(?:with|in|by)?\b")
#: A numbered part the request narrows itself to: "…, db 3 only", "only db 3", "just database 2".
_ONLY_NUMBERED = lazyre.compile(r"\b(?:only|just)\s+(?:the\s+)?[a-z_-]*\s*\d+\b|\b[a-z_-]+\s*\d+\s+(?:only|alone)\b")
_PUNCT = lazyre.compile(r"[,;:.!?()]|\s[-–—]\s|\band\b|\bthen\b|\bso\b|\bbecause\b")


@lru_cache(maxsize=1024)
def asks_whole(text: str) -> bool:
    """The request asks for all of what it names: "all", "every", "the whole", or a verb that empties what it names
    ("wipe the cache", "flush my local redis") with no qualifier picking a part of it before the next phrase break
    ("clear the expired sessions", "purge stale keys")."""
    words = re.findall(r"[a-z][a-z'-]*", text)
    if set(words) & WHOLE_WORDS:
        return True
    if _ONLY_NUMBERED.search(text):
        return False  # "empty the local redis, db 3 only": a numbered part the request narrows itself to
    for m in re.finditer(r"\b(" + "|".join(sorted(WHOLE_VERBS)) + r")(?:s|ed|ing)?\b", text):
        rest = _PUNCT.split(text[m.end():], maxsplit=1)[0].split()
        if _PATTERN.search(text[m.end():].split(",", 1)[0]):
            continue  # "clear the ff:* keys", "purge the ones starting with tmp_": a pattern picks a part
        if not set(rest) & QUALIFIERS and not any(w.isdigit() for w in rest):  # "the 30-day-old", "200 rows"
            return True
    return False
