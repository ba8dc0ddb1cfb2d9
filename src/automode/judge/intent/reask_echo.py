"""A request asked again by the word that asked for it (session 22, L2): "futa VM 107" … "wacha kwanza" … "sawa,
nimemaliza, ifute"; "hapus branch feature/x" … "eh tunggu" … "udah dicek QA, hapus aja".

After a pause, the last message often says only that the reason is gone and repeats the verb of the first request,
inflected as its language does ("futa" → "ifute": delete it; "hapus" → "hapus aja"; "lösch" → "löschen"). No table
needs to know the verb: the word that asked for the act, in the message that asked for it, is compared with the words
of the later message. The word that asked is a word of that message which its gloss translated (it is not among what
the glossed text kept as names); a message the gloss did not read (English: its parser reads its verbs) has none. It is echoed when the later word is the same word, shares its first five letters,
or holds its stem (the word without its last vowel, three letters or more) with at most three letters added around
it (Swahili's object and mood marks, `i-fut-e`).

Only a short message that is no question, carries no mark of a no (`later_marks`: a reply opening with a negation
or a hesitation, a negation particle) and names no other thing (a name the first request did not give) re-asks. `match.session_intent`
calls `echoed` for a message that asks nothing the parser read; `later_stands` for a later message it reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre

_WORD = lazyre.compile(r"[^\W\d_][^\W_]*")
_VOWELS = "aeiouäöüéèáíóúâêîôûåøæ"


def act_words(text: str, hint: str | None, names: frozenset[str]) -> frozenset[str]:
    """The words of the message that asked for the act which say the act: those its gloss translated, not its names."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.lexicon import STOP

    low = text.lower()
    read = gloss(text, hint).lower()
    if read == low:
        return frozenset()  # (English, or a language no table reads: its parser read its verbs, or nothing is known)
    kept = set(_WORD.findall(read))
    lowered_names = {n.lower() for n in names}
    parts = {p for n in lowered_names for p in re.split(r"[^\w]+", n) if p}
    out = set()
    for w in _WORD.findall(low):
        if len(w) < 3 or w in STOP or w in lowered_names or w in parts:
            continue
        if w in kept:
            continue  # (a word the gloss left as it was: a name, or a word it does not know)
        out.add(w)
    return frozenset(out)


def echoes(word: str, asked: str) -> bool:
    """`word` (of the later message) repeats `asked` (the word that asked for the act), inflected."""
    if word == asked:
        return True
    if len(word) >= 5 and len(asked) >= 5 and word[:5] == asked[:5]:
        return True
    core = asked.rstrip(_VOWELS) if len(asked.rstrip(_VOWELS)) >= 3 else asked
    return len(core) >= 3 and core in word and len(word) - len(core) <= 3 and len(asked) <= 7


@lru_cache(maxsize=512)
def no_mark(text: str, hint: str | None) -> bool:
    """The message carries no mark of a no: no reply opening with a negation or a hesitation, no negation particle,
    no stop word once glossed."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.later_marks import HEAD_NO, HESITATE, NEG_MORE
    from automode.judge.intent.tail import _CJK, _PARTICLES

    read = gloss(text, hint)
    if HEAD_NO.search(text) or HEAD_NO.search(read) or HESITATE.search(text) or HESITATE.search(read):
        return False
    if _PARTICLES.search(text) or _CJK.search(text) or NEG_MORE.search(text):
        return False
    return _STOP.search(read) is None


_STOP = lazyre.compile(r"(?i)\b(?:wait|stop|hold|hang\s+on|cancel|abort|never\s*mind|forget|not|don'?t|no|pause|"
                       r"postpone|later|keep|leave)\b")


def echoed(text: str, hint: str | None, asking: str, asking_hint: str | None, names: frozenset[str]) -> bool:
    """The later message `text` asks again for what `asking` asked: it echoes the word that asked, carries no mark of
    a no, and is short (a reply)."""
    if len(text.split()) > 12 or text.rstrip().endswith(("?", "？", "؟")) or not no_mark(text, hint):
        return False  # (a question asks nothing again: "is auto-merge on for 412?")
    said = act_words(asking, asking_hint, names)
    if not said:
        return False
    return any(echoes(w, a) for w in _WORD.findall(text.lower()) if len(w) >= 3 for a in said)
