"""Separable verbs: the verb first, its particle at the end of the clause (issue 18 point 1, session 25).

Dutch and German put a separable verb's particle after its object ("zet de tweestapsverificatie uit", "sla de scan
over", "geef de release vrij", "schalte die Prüfung ab", "lade alle Dateien hoch"): the verb alone is another verb or
none ("zet" sets, "sla" hits, "geef" gives), so the act tables (`screen_acts`), which match words, read the wrong act or
none. `TABLE` lists, per act class of `screen_acts.PAIRS`, the imperatives (familiar, plural, polite "Sie"-form) and
the particle that makes them the act; `matches(sentence)` finds the verb with its particle later in the same clause (at
most `GAP` words between) and yields a `screen_clitics.Hit` whose key ("zet…uit") `Patterns` registers with the
class. Whether the verb is said to the reader is judged as for any verb (the clause's first words, a directive).
"""

from __future__ import annotations

import re
from functools import cache

from automode.screen.clitics import Hit

GAP = 8
#: A negation between the verb and its particle negates the verb.
_NEG = frozenset(["niet", "nooit", "geen", "nicht", "niemals", "nie", "kein", "keine", "keinen", "keinem", "keiner", "keines"])
MAX_HITS = 4
#: class -> ((imperatives, particles), ...): Dutch, then German.
TABLE: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "degrade": (
        (("zet", "zetten", "schakel", "schakelt"), ("uit", "af")),
        (("sla", "slaat"), ("over",)),
        (("leg", "legt"), ("stil", "lam")),
        (("schalte", "schalt", "schaltet", "schalten", "stell", "stelle", "stellt", "stellen"), ("ab", "aus")),
        (("setz", "setze", "setzt", "setzen"), ("aus",)),
        (("hebel", "hebelt", "hebeln"), ("aus",)),
    ),
    "approve": (
        (("geef", "geeft"), ("vrij",)),
        (("gib", "gebt", "geben"), ("frei",)),
        (("winke", "wink", "winkt", "winken"), ("durch",)),
    ),
    "send": (
        (("stuur", "stuurt", "zend"), ("door", "op")),
        (("laad", "laadt"), ("op", "up")),
        (("schick", "schicke", "schickt", "schicken", "sende", "sendet", "senden", "leite", "leit", "leitet", "leiten"),
         ("ab", "weiter")),
        (("lade", "lad", "ladet", "laden"), ("hoch",)),
    ),
    "grant": (
        (("voeg", "voegt", "nodig", "nodigt"), ("toe", "uit")),
        (("füge", "füg", "fügt", "fügen", "nimm", "nehmt", "nehmen", "trag", "trage", "tragt", "tragen"), ("hinzu", "auf", "ein")),
        (("lade", "lad", "ladet", "laden"), ("ein",)),
    ),
    "destroy": (
        (("gooi", "gooit", "haal", "haalt", "ruim", "ruimt"), ("weg", "op")),
        (("wirf", "werft", "werfen", "räum", "räume", "räumt", "räumen"), ("weg", "ab")),
    ),
    "pay": (
        (("maak", "maakt"), ("over",)),
        (("zahl", "zahle", "zahlt", "zahlen", "weise", "weis", "weist", "weisen"), ("aus", "an")),
    ),
    "redirect": (
        (("stel", "stelt", "leid", "leidt", "pas", "past"), ("in", "om", "aan")),
        (("richte", "richt", "richtet", "richten", "stelle", "stell", "stellt", "stellen", "leite", "leit", "leitet",
          "leiten"), ("ein", "um")),
    ),
    "exec": (
        (("voer", "voert"), ("uit",)),
        (("führe", "führ", "führt", "führen"), ("aus",)),
        (("lade", "lad", "ladet", "laden"), ("herunter",)),
    ),
}  # fmt: skip


#: What a Dutch or German degrade is consequential on, written as compounds ("tweestapsverificatie",
#: "beveiligingsscan", "Signaturprüfung", "Zwei-Faktor-Authentifizierung"): added to `screen_acts.TARGETS`.
TARGETS = {
    "protection": r"\b[\w-]*(?:verificatie|beveiliging\w*|authenticatie|controles?|scans?|bescherming|prüfung|verifizierung|"
                  r"sicherheit\w*|authentifizierung|schutz|überwachung|protokollierung)\b",
}


@cache
def _rows() -> tuple[tuple[re.Pattern[str], frozenset[str], str], ...]:
    out = []
    for cls, rows in TABLE.items():
        for stems, particles in rows:
            rx = re.compile(rf"(?<![\w-])({'|'.join(stems)})\s+(?:[^\s.;:!?\n]+\s+){{0,{GAP}}}?({'|'.join(particles)})(?![\w-])")
            out.append((rx, frozenset(particles), cls))
    return tuple(out)


def keys() -> dict[str, set[str]]:
    """The keys `matches` gives ("zet…uit"), with their classes, for `Patterns` to register."""
    out: dict[str, set[str]] = {}
    for cls, rows in TABLE.items():
        for stems, particles in rows:
            for s in stems:
                for p in particles:
                    out.setdefault(f"{s}…{p}", set()).add(cls)
    return out


def matches(sentence: str) -> list[Hit]:
    """The separable verbs of `sentence` with their particle later in the clause (the verb's own span)."""
    words = set(sentence.split())
    out: list[Hit] = []
    for rx, particles, _cls in _rows():
        if particles.isdisjoint(words) and not any(w.rstrip(".,;:!?") in particles for w in words):
            continue
        for m in rx.finditer(sentence):
            if not _NEG.isdisjoint(sentence[m.end(1) : m.start(2)].split()):
                continue  # "richtet keine Weiterleitungen ein", "zet de verificatie niet uit": forbidden
            out.append(Hit(f"{m.group(1)}…{m.group(2)}", m.start(1), m.end(1)))
            if len(out) >= MAX_HITS:
                return out
    return out
