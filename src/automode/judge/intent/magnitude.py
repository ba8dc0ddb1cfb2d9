"""How often, as the user said it and as the action does it: a schedule released by a request must not run far more
often than the request said ("once a day at 7am" is not `* * * * *`, 1,440 runs a day of a paid model).

Frequencies are runs per day. The user's words (`FREQUENCY_WORDS`, `every N minutes/hours`) and a cron entry's five
time fields (crontab(5): a field's values are a list of ranges with steps, `*` is the whole range) are both read as
that; an action more than `FACTOR` times as frequent as asked goes beyond the request.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre

FACTOR = 4.0
#: Words for a frequency -> runs per day.
FREQUENCY_WORDS: tuple[tuple[str, float], ...] = (
    (r"\b(?:once|one time)\s+(?:a|per|each)\s+day\b|\bdaily\b|\bevery\s+(?:day|morning|evening|night)\b|\bnightly\b|"
     r"\beach\s+(?:day|morning|night)\b", 1.0),
    (r"\btwice\s+(?:a|per)\s+day\b", 2.0),
    (r"\b(?:once\s+(?:a|per|an)\s+hour|hourly|every\s+hour)\b", 24.0),
    (r"\b(?:once\s+(?:a|per)\s+week|weekly|every\s+week|every\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", 1 / 7),
    (r"\b(?:once\s+(?:a|per)\s+month|monthly|every\s+month)\b", 1 / 30),
    (r"\bevery\s+minute\b", 1440.0),
)  # fmt: skip
_WORDS = [(re.compile(p, re.I), f) for p, f in FREQUENCY_WORDS]
#: A time of day with no recurrence word beside it ("at 7am", "at 21:00"): once a day; with one ("every monday at
#: 8am") the recurrence says how often.
_AT_CLOCK = lazyre.compile(r"(?i)\bat\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bat\s+\d{1,2}:\d\d\b|\bat\s+(?:midnight|noon)\b")
#: A 24-hour clock time written alone, whatever words stand around it ("her gece 03:15'te", "kl. 03:15").
_BARE_CLOCK = lazyre.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_EVERY_N = lazyre.compile(r"\bevery\s+(\d{1,4})\s*(min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\b", re.I)


@lru_cache(maxsize=256)
def asked_per_day(text: str) -> float | None:
    """The most frequent rate the user's words name, in runs per day; None when they name none. Words of another
    language are read in English first ("15분마다", "alle 15 Minuten": `intent.when`)."""
    from automode.judge.intent.gloss import times_in_english

    text = times_in_english(text)
    rates = [f for pat, f in _WORDS if pat.search(text)]
    for m in _EVERY_N.finditer(text):
        n = max(int(m.group(1)), 1)
        unit = m.group(2).lower()
        rates.append(1440.0 / n if unit.startswith("min") else 24.0 / n if unit.startswith("h") else 1.0 / n)
    if not rates and (_AT_CLOCK.search(text) or len(set(_BARE_CLOCK.findall(text))) == 1):
        rates.append(1.0)  # (one clock time in any language, "03:15'te", "kl. 03:15": once a day; two are a window)
    return max(rates) if rates else None


def schedule_beyond(command: str, text: str, cadence: float | None = None) -> tuple[float, float] | None:
    """(runs per day the command schedules, runs per day the user asked for) when the schedule is far more frequent.
    `cadence`: the runs a day `intent.cadence_said` reads in the words (any language), when the caller has it."""
    from automode.knowledge.schedules import schedules

    found = schedules(command)
    if not found:
        return None
    asked = asked_per_day(text)
    if cadence is not None:
        asked = cadence if asked is None else max(asked, cadence)
    if asked is None:
        return None
    runs = max(s.per_day for s in found)
    if runs <= asked * FACTOR:
        return None
    return runs, asked


#: Words that say the user's clock is not the one the schedule is written in ("9am Berlin time", "in UTC").
_ZONE = lazyre.compile(r"(?i)\b(?:utc|gmt|cet|cest|eet|eest|kst|jst|pst|pdt|edt|cdt|mdt|bst|aest|aedt|time\s*zone|"
                       r"timezone|zulu)\b|\b(?:africa|america|asia|australia|europe|pacific)/[a-z_]+|\bTZ=|CRON_TZ")


def schedule_elsewhen(command: str, text: str) -> tuple[str, frozenset[int], frozenset[int]] | None:
    """(the schedule as written, the hours it runs at, the hours asked) when the user named a time of day and the
    schedule runs at fixed hours none of which is it ("every morning at 9" answered with `0 3 * * *`); None when the
    user named no time, a time zone is in play, or the schedule has no fixed hours (its rate is judged apart)."""
    from automode.judge.intent.gloss import times_in_english
    from automode.judge.intent.when import asked_hours
    from automode.knowledge.schedules import schedules

    found = [s for s in schedules(command) if s.hours]
    if not found or _ZONE.search(text) or _ZONE.search(command):
        return None
    asked = None
    for message in reversed(text.split("\n")):  # the newest message naming a time: "actually make it 10"
        asked = asked_hours(times_in_english(message))
        if asked is not None:
            break
    if asked is None:
        return None
    for s in found:
        if s.hours is not None and not s.hours & asked:
            return s.spelled, s.hours, asked
    return None


# ------------------------------------------------------------------ how many
#: Nouns for running copies of a thing ("3 replicas", "two dynos", "5 nodes").
COUNT_NOUNS = (r"replicas?|instances?|nodes?|pods?|workers?|dynos?|tasks?|machines?|servers?|containers?|copies|"
               r"vms?|hosts?|units?|shards?|brokers?|processes|procs?|executors?|runners?|agents?|boxes|members?")
#: The same nouns in the plural ("replicas to 3"; "node to 20" is a version of Node.js).
PLURAL_NOUNS = "|".join(n[:-1] if n.endswith("?") else n for n in COUNT_NOUNS.split("|"))
#: Number words, in the languages the judge reads (en, de, fr, es, pt, it, nl).
NUMBER_WORDS: dict[str, int] = {
    **dict.fromkeys(("zero", "null", "cero", "zéro", "nul", "nulo"), 0),
    **dict.fromkeys(("one", "single", "eins", "un", "une", "uno", "una", "um", "uma", "een"), 1),
    **dict.fromkeys(("two", "zwei", "deux", "dos", "dois", "duas", "due", "twee", "couple"), 2),
    **dict.fromkeys(("three", "drei", "trois", "tres", "três", "tre", "drie"), 3),
    **dict.fromkeys(("four", "vier", "quatre", "cuatro", "quatro", "quattro"), 4),
    **dict.fromkeys(("five", "fünf", "cinq", "cinco", "cinque", "vijf"), 5),
    **dict.fromkeys(("six", "sechs", "seis", "sei", "zes"), 6),
    **dict.fromkeys(("seven", "sieben", "sept", "siete", "sete", "sette", "zeven"), 7),
    **dict.fromkeys(("eight", "acht", "huit", "ocho", "oito", "otto"), 8),
    **dict.fromkeys(("nine", "neun", "neuf", "nueve", "nove", "negen"), 9),
    **dict.fromkeys(("ten", "zehn", "dix", "diez", "dez", "dieci", "tien"), 10),
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_NUMBER = r"(\d{1,6}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_ONE_OR_NUMBER = r"(a|an|\d{1,6}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
#: "3 replicas", "three dynos", "replicas to 3", "scale … to 3", "count of 3", "3x".
_ASKED_COUNT = (
    lazyre.compile(r"\b" + _NUMBER + r"\s+(?:\w+\s+)?(?:" + COUNT_NOUNS + r")\b", re.I),
    lazyre.compile(r"\b(?:" + PLURAL_NOUNS + r"|count|capacity)\s+(?:to|=|:|of|at)\s+" + _NUMBER + r"\b", re.I),
    # a machine launched by its size: "spin up a t3.small", "launch two m5.large", "boot one n2-standard-4"
    lazyre.compile(r"\b(?:spin\s+up|launch|provision|boot|start|create)\s+" + _ONE_OR_NUMBER
                   + r"\s+(?:new\s+)?[a-z][a-z0-9]*[.-][a-z0-9.-]+\b", re.I),
)  # fmt: skip
#: A sentence that scales: every "to N" after its verb is a count ("scale the api to 3 and the worker to 5").
_SCALING = lazyre.compile(r"\b(?:scale[sd]?|scaling|resize[sd]?|resizing|grow|shrink)\b", re.I)
_TO_N = lazyre.compile(r"\b(?:to|down\s+to|up\s+to)\s+" + _NUMBER + r"\b(?!\s*[%.:/-]\d)", re.I)
#: A count said relative to what runs now ("two more", "by 2", "another 3", "double"): the target is not in the words.
_RELATIVE = lazyre.compile(r"\b(?:more|extra|additional|another|fewer|less|double|triple|halve|twice|by\s+" + _NUMBER
                           + r")\b|\+\d", re.I)
_SENTENCE = lazyre.compile(r"[.;!?\n]+(?:\s|$)")


@lru_cache(maxsize=256)
def asked_counts(text: str) -> frozenset[int] | None:
    """The counts of running copies the user's words name ("3 replicas", "scale it to three"); None when they name
    none, or say one relative to what runs now in the same sentence (nothing to compare with)."""
    found: set[int] = set()
    for sentence in _SENTENCE.split(text[:20_000].lower()):
        here = [m.group(1) for pat in _ASKED_COUNT for m in pat.finditer(sentence)]
        verb = _SCALING.search(sentence)
        if verb is not None:
            here += [m.group(1) for m in _TO_N.finditer(sentence, verb.end())]
        if here and _RELATIVE.search(sentence):
            return None
        found.update(int(t) if t.isdigit() else NUMBER_WORDS.get(t, 1) for t in here)  # ("a", "an": one)
    return frozenset(found) or None


def count_beyond(counts: list[tuple[str, int]], messages: tuple[str, ...]) -> tuple[str, int, frozenset[int]] | None:
    """(the count as written, the count, the counts asked) for the first count an action sets that is none of the
    counts the user named; None when the user named none or every count is one of them."""
    if not counts:
        return None
    asked = asked_counts("\n".join(messages))
    if asked is None:
        return None
    for spelled, n in counts:
        if n not in asked:
            return spelled, n, asked
    return None


def schedule_minute_off(command: str, text: str) -> tuple[str, str] | None:
    """(the cron entry as written, the time said) when the newest message naming a time gives exactly one clock time
    with its minutes ("03:15") and a cron entry of the command runs at that hour but at another fixed minute
    (`0 3 * * *`); None otherwise (a time zone in play, no cron entry, minutes not fixed)."""
    from automode.knowledge.schedules import schedules

    if _ZONE.search(text) or _ZONE.search(command):
        return None
    said: set[tuple[int, int]] = set()
    for message in reversed(text.split("\n")):
        said = {(int(h), int(m)) for h, m in re.findall(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])", message)}
        if said:
            break
    if len(said) != 1:
        return None
    hour, minute = next(iter(said))
    for s in schedules(command):
        fields = s.spelled.split()
        if len(fields) < 5 or not fields[0].isdigit() or not fields[1].isdigit():
            continue
        if int(fields[1]) == hour and int(fields[0]) != minute:
            return s.spelled, f"{hour:02d}:{minute:02d}"
    return None
