"""Romance imperatives that carry their object inside the verb, and the jussive "que" (issue 18 point 1, session 25).

Spanish and Italian write an imperative's object pronouns onto it ("dale acceso", "bórralo", "mándale el archivo",
"envíaselo", Italian "dagli i permessi", "mandagli", "cancellalo", "dammi"), Portuguese joins them with a hyphen
("manda-lhe", "dá-lhe"), and Spanish asks with "que" and the second person subjunctive ("que le des acceso", "que
borres la rama"). The act tables (`screen_acts`, `romance_forms`) list the bare forms, so a verb with its pronoun on
it was no verb at all, and a subjunctive after "que" a word of no table. Both forms are orders by their shape: a
pronoun is written onto an imperative (or an infinitive or gerund, which are left out here), and "que" with the
second person subjunctive is how Spanish asks "you" at one remove. So a form found here is said to the reader.

`matches(sentence)` yields `Hit`s shaped like the act pattern's matches (`group(1)` a key of `Patterns.classes`, the
verb's own span); `keys(verbs)` gives those keys (`FORM + "-"`, the bare form's classes) for `Patterns` to register
as imperative forms. Words that are English words as well ("create", "eliminate") and sentences in English are
left to the English tables. Linear: one scan per sentence, at most `MAX_HITS` hits.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from automode import lazyre
from automode.screen.directive import romance_forms

MAX_HITS = 6
LANGS = ("es", "it", "pt")
#: Object pronouns written onto an imperative, longest first per language (combined ones as one suffix).
SUFFIXES = ("selo", "sela", "selos", "selas", "melo", "mela", "melos", "melas", "telo", "tela", "noslo", "nosla",
            "glielo", "gliela", "glieli", "gliele", "gliene", "mene", "tene", "cene", "vene", "cela", "celo",
            "les", "los", "las", "nos", "gli", "me", "te", "se", "le", "lo", "la", "li", "mi", "ti", "ci", "vi", "ne")  # fmt: skip
#: Pronouns before a finite verb ("que le des", "que me mandes", "que se lo envíes").
PROCLITICS = ("me", "te", "se", "le", "les", "lo", "la", "los", "las", "nos", "lhe", "lhes", "o", "a", "os", "as")
#: Imperatives too short for the tables (`romance_forms` leaves out forms under four letters: they collide with small
#: words), read here only with a pronoun on them: "dale", "dagli", "dammi", "dimmi", "dá-lhe", "ponle".
SHORT: dict[str, tuple[str, ...]] = {"grant": ("da", "dá", "dai", "dé", "pon", "poné"), "disclose": ("di", "dì", "diz", "dí")}
#: English words whose end looks like a pronoun on a Romance form ("crea" + "te"): read by the English tables.
ENGLISH = frozenset(["create", "eliminate", "donate", "debate", "invite", "paste", "state", "estate", "male",
                     "mile", "tale", "pale", "sale", "delete", "complete", "compete", "update", "validate"])
_EN_FUNCTION = frozenset(["the", "and", "of", "you", "your", "this", "that", "with", "please", "from", "is", "are", "to",
                          "it", "all", "for", "on", "in"])
_ACUTE = str.maketrans("áéíóúàèìòù", "aeiouaeiou")
_WORD = lazyre.compile(r"(?<![\w-])([^\W\d_]{2,}?)(" + "|".join(SUFFIXES) + r"|-(?:lhes|lhe|los|las|lo|la|nos|os|as|o|a|me|te|se))(?![\w-])")
_QUE = lazyre.compile(r"(?<![\w-])(?:que|qué)\s+(?:(?:" + "|".join(PROCLITICS) + r")\s+){0,2}([^\W\d_]{2,}s)(?![\w-])")


class Hit:
    """A match-like record of a verb found here: `group(1)` is its key in `Patterns.classes`."""

    __slots__ = ("_end", "_key", "_start")

    def __init__(self, key: str, start: int, end: int) -> None:
        self._key, self._start, self._end = key, start, end

    def group(self, n: int = 0) -> str:
        return self._key

    def start(self, n: int = 0) -> int:
        return self._start

    def end(self, n: int = 0) -> int:
        return self._end


def _plain(word: str) -> str:
    return unicodedata.normalize("NFC", word).translate(_ACUTE)


def _infinitive(form: str) -> bool:
    return form.endswith(("ar", "er", "ir", "are", "ere", "ire", "ndo"))


@cache
def table() -> dict[str, tuple[str, set[str]]]:
    """Plain spelling -> (table form, classes) of the Romance forms of `screen_acts.ACT_VERBS` that take a pronoun
    (no infinitives, no gerunds), with the short ones of `SHORT`."""
    from automode.screen.acts import ACT_VERBS

    out: dict[str, tuple[str, set[str]]] = {}
    for lang in LANGS:
        for cls, ws in ACT_VERBS.get(lang, {}).items():
            for w in dict.fromkeys([*ws, *(f for v in ws for f in romance_forms(v, lang))]):
                if " " in w or "-" in w or _infinitive(w):
                    continue
                out.setdefault(_plain(w), (w, set()))[1].add(cls)
    for cls, ws in SHORT.items():
        for w in ws:
            out.setdefault(_plain(w), (w, set()))[1].add(cls)
    return out


def keys() -> dict[str, set[str]]:
    """The keys `matches` gives (a form and "-"), with their classes, for `Patterns` to register as imperatives."""
    return {w + "-": set(classes) for w, classes in table().values()}


def _english(sentence: str) -> bool:
    return sum(w in _EN_FUNCTION for w in sentence.split()) >= 2 and sentence.isascii()


def matches(sentence: str) -> list[Hit]:
    """The Romance verbs of `sentence` said with a pronoun on them or after "que" in the second person subjunctive."""
    if _english(sentence):
        return []
    known = table()
    out: list[Hit] = []
    for m in _WORD.finditer(sentence):
        if len(out) >= MAX_HITS:
            break
        stem, whole = m.group(1), m.group(0)
        if whole in ENGLISH:
            continue
        cands = [_plain(stem)]
        if len(stem) >= 3 and stem[-1] == m.group(2)[:1]:
            cands.append(_plain(stem[:-1]))  # Italian doubles the pronoun's consonant after a short form: "dammi", "fallo"
        got = next((known[c] for c in cands if c in known), None)
        if got is not None:
            out.append(Hit(got[0] + "-", m.start(), m.end()))
    for m in _QUE.finditer(sentence):
        if len(out) >= MAX_HITS:
            break
        form = _plain(m.group(1)[:-1])  # "des" -> "de" (dé), "borres" -> "borre", "mandes" -> "mande"
        got = known.get(form)
        if got is not None and form.endswith(("e", "a", "ê")):
            out.append(Hit(got[0] + "-", m.start(1), m.end(1)))
    return out
