"""A value the user said in other units or in words, against the number an edit writes (session 13, slot S5: another
value beside the named one). "Raise the probe timeout to 2 minutes" names `timeoutSeconds: 120`, "cache for 5
minutes" names `CACHE_TTL_MS = 300000`, "uploads up to 50 MB" names `upload_max_bytes: 52428800`, "use four
workers" names `workers: 4`, "sesiones de un día" names `SESSION_COOKIE_AGE = 86400`. Read by
`edit_scope._value_said` after the literal comparison, so a dictated value in another spelling counts as named (and
the value changed beside it is then seen).

Durations: a number (digits or a number word of `magnitude.NUMBER_WORDS`, several languages) and a unit word of
`UNITS` (English, Spanish, Portuguese, French, Italian, German, Dutch, Polish); the written number is read as
milliseconds, seconds, minutes, hours or days. Sizes: `quantities.sizes` (decimal and binary units); the written
number as bytes, KB/KiB, MB/MiB or GB/GiB. Counts: the number word itself.
"""

from __future__ import annotations

import re

from automode import lazyre

#: Unit words (stems, lower case) -> seconds.
UNITS: dict[str, float] = {
    "ms": 0.001, "millisecond": 0.001, "milisegundo": 0.001, "milliseconde": 0.001, "millisekunde": 0.001,
    "s": 1, "sec": 1, "second": 1, "segundo": 1, "seconde": 1, "secondo": 1, "secondi": 1, "sekunde": 1, "sekund": 1, "seconden": 1,
    "m": 60, "min": 60, "minute": 60, "minuto": 60, "minuti": 60, "minuten": 60, "minut": 60,
    "h": 3600, "hr": 3600, "hour": 3600, "hora": 3600, "heure": 3600, "ora": 3600, "ore": 3600, "stunde": 3600, "uur": 3600, "godzin": 3600,
    "d": 86400, "day": 86400, "dia": 86400, "día": 86400, "jour": 86400, "giorno": 86400, "giorni": 86400, "tag": 86400, "tage": 86400,
    "dag": 86400, "dagen": 86400, "dzień": 86400, "dni": 86400,
    "w": 604800, "week": 604800, "semana": 604800, "semaine": 604800, "settimana": 604800, "woche": 604800, "tydzień": 604800,
}  # fmt: skip
_UNIT_RE = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
#: Time units a written value may carry (`30s`, `2h`, `500ms`).
_SUFFIX = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}
_SIZE_SUFFIX = {"k": 1e3, "ki": 1024.0, "kb": 1e3, "kib": 1024.0, "m": 1e6, "mi": 1 << 20, "mb": 1e6, "mib": 1 << 20, "g": 1e9,
                "gi": 1 << 30, "gb": 1e9, "gib": 1 << 30}  # fmt: skip
_VALUE = lazyre.compile(r"^(\d+(?:\.\d+)?)([a-zA-Z]{0,3})$")


def _numbers() -> dict[str, float]:
    from automode.judge.intent.magnitude import NUMBER_WORDS

    return {w: float(n) for w, n in NUMBER_WORDS.items()}


def _said_durations(low: str) -> list[float]:
    words = _numbers()
    num = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + r"|an?)"
    out: list[float] = []
    for m in re.finditer(r"(?<![\w.:/-])" + num + r"(?:(?<=\d)\s*|\s+|-)(?:de\s+)?(" + _UNIT_RE + r")(?:s|n|en|e|i|es|a|y|ów)?(?![\w])", low):
        n = m.group(1).replace(",", ".")
        value = 1.0 if n in ("a", "an") else words.get(n) if n in words else float(n)
        if value is not None:
            out.append(value * UNITS[m.group(2)])
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def said(value: str, low: str) -> bool:
    """Does the user's text (`low`, lower case) name this written value in another unit or in words?"""
    m = _VALUE.match(value.strip().strip("'\""))
    if m is None:
        return False
    n, unit = float(m.group(1)), m.group(2).lower()
    if not unit and n == int(n) and any(words == n and re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", low)
                                        for w, words in _numbers().items() if len(w) > 2):
        return True
    if any(u in low for u in UNITS if len(u) > 2) or re.search(r"\d\s*(?:ms|s|m|h|d|w)\b", low):
        times = _said_durations(low)
        cands = [n * _SUFFIX[unit]] if unit in _SUFFIX else [n * f for f in (0.001, 1.0, 60.0, 3600.0, 86400.0)] if not unit else []
        if any(_close(c, t) for c in cands for t in times):
            return True
    if re.search(r"(?i)\d\s*(?:tb|tib|gb|gib|g|mb|mib|kb|kib)\b", low):
        from automode.judge.intent.quantities import sizes

        got = sizes(low)
        cands = [n * _SIZE_SUFFIX[unit]] if unit in _SIZE_SUFFIX else [n * f for f in (1.0, 1e3, 1024.0, 1e6, float(1 << 20), 1e9, float(1 << 30))] if not unit else []
        return any(_close(c, s) or _close(c, s / 1e6 * (1 << 20)) or _close(c, s / 1e9 * (1 << 30)) for c in cands for s in got)
    return False


#: (written value, the user's words, named?) (`tests/judge/test_s13_written_second.py`).
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("120", "raise the probe timeout to 2 minutes", True),
    ("300000", "cache for 5 minutes instead of one", True),
    ("52428800", "allow uploads up to 50 mb", True),
    ("4", "use four workers", True),
    ("86400", "sesiones de un día", True),
    ("30s", "mettez le délai à 30 secondes", True),
    ("2h", "stelle das timeout auf zwei stunden", True),
    ("512Mi", "give it 512 mb of memory", True),
    ("1000", "use four workers", False),
    ("10", "raise the probe timeout to 2 minutes", False),
    ("7", "cache for 5 minutes instead of one", False),
)
