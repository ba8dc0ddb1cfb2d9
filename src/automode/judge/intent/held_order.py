"""The adversative particle inside a clause (session 27, R5 "held"): German puts "aber" and "jedoch" after the clause's
first phrase ("Abo kündigen, das Topic aber nicht löschen", "die Snapshots jedoch behalten"); read word by word the
gloss gave "Topic but don't delete", a fence with no object, which then fenced every removal of the request. Moved to
the front of its clause ("aber das Topic nicht löschen") the part reads as the held-back object it is. Dutch "echter"
and the Scandinavian "dog", "dock", "derimot", "däremot" stand there the same way.
"""

from __future__ import annotations

from automode import lazyre

#: The particles by language, and the words that may open the phrase before them (articles, possessives).
_PARTICLES: dict[str, tuple[str, str]] = {
    "de": (r"aber|jedoch|allerdings",
           r"der|die|das|den|dem|des|sein\w*|ihr\w*|dessen|deren|mein\w*|unser\w*|dein\w*|euer\w*|eur\w*|alle|diese\w*"),
    "nl": (r"echter", r"de|het|een|zijn|haar|hun|mijn|onze|deze|die|dat"),
    "sv": (r"dock|däremot", r"den|det|de|dess|hans|hennes|deras|min|mitt|mina|vår|vårt|våra"),
    "no": (r"derimot|imidlertid|dog", r"den|det|de|dens|dets|hans|hennes|deres|min|mitt|mine|vår|vårt|våre"),
    "da": (r"derimod|imidlertid|dog", r"den|det|de|dens|dets|hans|hendes|deres|min|mit|mine|vores"),
}


def _pattern(lang: str) -> str:
    """A phrase before the particle: an opener and a word, or a noun alone (German capitalised, Scandinavian
    definite); never a verb alone
    ("behalte aber die letzten 10" is already in order)."""
    parts, openers = _PARTICLES[lang]
    alone = {"de": r"[A-ZÄÖÜ][^\s,;.:]*", "nl": r"(?!)"}.get(lang, r"[^\s,;.:]+(?:en|et|na|ne)")  # (a definite noun)
    return (rf"(^|[,;.:]\s*)((?i:(?:{openers})\s+)[^\s,;.:]+|{alone})\s+((?i:{parts}))(?=\s)")


def particle_first(norm: str, lang: str) -> str:
    """`norm` with each clause-inner adversative particle of `lang` moved to the front of its clause."""
    if lang not in _PARTICLES:
        return norm
    return lazyre.built(_pattern(lang)).sub(lambda m: f"{m.group(1)}{m.group(3)} {m.group(2)}", norm)


#: Fixtures (tests/judge/test_s27_held.py): (language, text, reading).
FIXTURES: tuple[tuple[str, str, str], ...] = (
    ("de", "Abo X kündigen, das Topic aber nicht löschen", "Abo X kündigen, aber das Topic nicht löschen"),
    ("de", "lösche den Container x, die Snapshots jedoch behalten", "lösche den Container x, jedoch die Snapshots behalten"),
    ("de", "aber das Topic nicht löschen", "aber das Topic nicht löschen"),
    ("de", "lösche alte Snapshots, behalte aber die letzten 10", "lösche alte Snapshots, behalte aber die letzten 10"),
    ("de", "lösch den Container, Snapshots aber behalten", "lösch den Container, aber Snapshots behalten"),
    ("sv", "ta bort appen, databasen dock kvar", "ta bort appen, dock databasen kvar"),
    ("fr", "supprime x, le topic mais pas", "supprime x, le topic mais pas"),
)
