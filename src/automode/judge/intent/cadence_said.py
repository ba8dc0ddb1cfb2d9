"""How often the user said to run something, in any language (session 24, class O2, helper `units`): "every two
hours", "हर दो घंटे", "כל שעה עגולה", "كل ساعتين", "jede Stunde", "каждые 3 часа", "раз в час", "co dwie godziny".

A cadence is a word of recurrence (`EVERY`: every, each, jede, chaque, cada, ogni, каждые, her, mỗi, setiap, हर, כל,
كل, هر, κάθε, …) followed, within a few words, by a length of time: a number and a unit read by
`intent.said_units` ("दो घंटे" is 7200 s), a bare unit ("שעה", "Stunde": one of it) or a dual (`DUALS`: "שעתיים",
"ساعتين" are two hours). `per_day(text)` is the most frequent cadence said, in runs a day; `intent.magnitude`
compares it with the cron line's (`knowledge.schedules`): `* * * * *` runs 1,440 times a day, not 24.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre

# fmt: off
#: Words of recurrence, per language (lower case), before the length of time.
EVERY = (r"every|each|once\s+(?:an?|per)|jede[nrsm]?|alle|aller|chaque|toutes\s+les|tous\s+les|cada|a\s+cada|ogni|"
         r"elke|iedere|om\s+de|varje|var|hver|hvert|joka|minden|każd\w*|co|каждые|каждый|каждую|каждое|раз\s+в|"
         r"кожн\w*|щ[ое]|her|setiap|tiap|mỗi|cứ|hàng|हर|प्रति|כל|كل|هر|κάθε|fiecare|la\s+fiecare|každ\w*|kas|ทุก|"
         r"kila|bawat|tous\s+les|todas\s+as|todos\s+los|todas\s+las|todos\s+os|ciascun\w*")
#: One word that is two of a unit (Hebrew and Arabic duals), in seconds.
DUALS: dict[str, float] = {"שעתיים": 7200.0, "יומיים": 172800.0, "שבועיים": 1209600.0, "דקותיים": 120.0,
                           "ساعتين": 7200.0, "ساعتان": 7200.0, "يومين": 172800.0, "يومان": 172800.0,
                           "أسبوعين": 1209600.0, "دقيقتين": 120.0}
# fmt: on
_EVERY = lazyre.compile(rf"(?i)(?<![\w])(?:{EVERY})(?![\w])\s*(?=(.{{0,28}}))")


@lru_cache(maxsize=256)
def per_day(text: str) -> float | None:
    """The most frequent cadence the words say, in runs a day; None when they say none."""
    from automode.judge.intent.said_units import _unit_seconds, spans

    rates: list[float] = []
    for m in _EVERY.finditer(text[:4000]):
        after = m.group(1)
        seconds = 0.0
        got = spans(after)
        if got and re.match(r"\s*\S+(?:\s+\S+)?", after):
            first = got[0][0]
            head = after.split()[:3]  # (the length must follow the recurrence word, not end the sentence)
            if head and any(re.search(r"\d", w) or _unit_seconds(re.sub(r"\W+$", "", w)) for w in head):
                seconds = float(first)
        if not seconds:
            words = re.findall(r"[^\W\d_]+", after)[:2]
            for w in words:
                low = w.lower()
                if low in DUALS:
                    seconds = DUALS[low]
                    break
                unit = _unit_seconds(low)
                if unit:
                    if not re.match(rf"\s*{re.escape(w)}\W*\d", after):  # ("alle ore 9" is at nine o'clock)
                        seconds = float(unit)
                    break
        if seconds >= 60.0:
            rates.append(86400.0 / seconds)
    return max(rates) if rates else None


#: Fixtures (`tests/judge/test_s24_units.py`): (words, runs a day).
FIXTURES: tuple[tuple[str, float | None], ...] = (
    ("हर दो घंटे चला दो", 12.0),
    ("תוסיף ל-crontab שלי ריצה כל שעה עגולה", 24.0),
    ("כל שעתיים", 12.0),
    ("every two hours", 12.0),
    ("jede Stunde", 24.0),
    ("كل ساعتين", 12.0),
    ("каждые 3 часа", 8.0),
    ("раз в час", 24.0),
    ("co dwie godziny", 12.0),
    ("toutes les 15 minutes", 96.0),
    ("her gün", 1.0),
    ("run it on every host", None),
    ("for each file older than 7 days", None),
    ("alle ore 9 di ogni giorno", 1.0),
)
