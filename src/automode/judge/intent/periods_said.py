"""Counts of periodic copies said in words, in any language (session 24, class O2, helper `units`): "keep 4 weekly and
6 monthly", "κρατώντας 4 εβδομαδιαία και 6 μηνιαία", "behalte 8 wöchentliche und 12 monatliche Archive", "週次を4つ".

A backup tool keeps a count of copies per period (borg and restic `--keep-weekly 4`, `--keep-monthly 6`): the user
names that count with the period's adjective, never with a length of time, so "6 monthly" is six monthly copies, not
six months of every copy. `periods(text)` reads {period unit: counts} from a number (digits or a number word) next
to a period adjective of `ADJECTIVES`; `judge.intent.scaled.said` prefers it for the rows counted in periods.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre

# fmt: off
#: Period adjectives (stems; lower case), per unit of `judge.intent.scaled.PERIODS`.
ADJECTIVES: dict[str, str] = {
    "hours": r"hourly|hourlies|stündlich\w*|stuendlich\w*|horaires?|orari[oe]?|godzinn\w*|ежечасн\w*|почасов\w*|"
             r"saatlik|tunneittai\w*|óránként\w*|ωριαί\w*|uurlijks\w*|毎時|每小时|每小時|시간별",
    "days": r"daily|dailies|täglich\w*|taeglich\w*|quotidien\w*|diari[oa]s?|giornalier\w*|quotidian\w*|dzienn\w*|"
            r"codzienn\w*|ежедневн\w*|щоденн\w*|günlük|päivittäi\w*|napi|ημερήσι\w*|καθημεριν\w*|dagelijks\w*|"
            r"daglig\w*|denní\w*|hàng\s+ngày|harian|日次|日毎|每日|每天|일별|일일|يومي\w*|روزانه|יומי\w*|दैनिक",
    "weeks": r"weekly|weeklies|wöchentlich\w*|woechentlich\w*|hebdomadaires?|semanal\w*|settimanal\w*|tygodniow\w*|"
             r"еженедельн\w*|щотижнев\w*|haftalık|viikoittai\w*|viikko\w*|heti|εβδομαδιαί\w*|wekelijks\w*|"
             r"veckovis\w*|vecko\w*|ukentlig\w*|týdenní\w*|hàng\s+tuần|mingguan|週次|毎週|每周|每週|주간|주별|"
             r"أسبوعي\w*|هفتگی|שבועי\w*|साप्ताहिक",
    "months": r"monthly|monthlies|monatlich\w*|mensuel\w*|mensual\w*|mensais|mensal|mensil\w*|miesięczn\w*|"
              r"ежемесячн\w*|щомісячн\w*|aylık|kuukausittai\w*|kuukausi\w*|havi|μηνιαί\w*|maandelijks\w*|"
              r"månatlig\w*|månedlig\w*|měsíční\w*|hàng\s+tháng|bulanan|月次|毎月|每月|월간|월별|شهري\w*|ماهانه|"
              r"חודשי\w*|मासिक",
    "years": r"yearly|yearlies|annual\w*|jährlich\w*|jaehrlich\w*|annuel\w*|anual\w*|annual|roczn\w*|ежегодн\w*|"
             r"щорічн\w*|yıllık|vuosittai\w*|éves|ετήσι\w*|jaarlijks\w*|årlig\w*|roční\w*|hàng\s+năm|tahunan|年次|"
             r"毎年|每年|연간|연별|سنوي\w*|سالانه|שנתי\w*|वार्षिक",
}
# fmt: on


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    num = r"(\d{1,4}|[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?)"
    out = []
    for unit, adj in ADJECTIVES.items():
        before = re.compile(rf"(?i)(?<![\w.:/-]){num}\s*(?:[^\W\d_]{{1,12}}\s+)??(?:{adj})(?![^\W\d_])")
        after = re.compile(rf"(?i)(?:{adj})\D{{0,8}}?(?<![\d.])(\d{{1,4}})(?![\d.])")
        out.append((unit, before, after))
    return tuple(out)


_GATE = lazyre.compile(r"(?i)\d|[^\W\d_]{2,}")


@lru_cache(maxsize=256)
def periods(text: str) -> dict[str, tuple[float, ...]]:
    """{unit of `scaled.PERIODS`: the counts said of copies of that period} (empty when none is said)."""
    from automode.judge.intent.said_units import _number

    low = text[:4000]
    out: dict[str, tuple[float, ...]] = {}
    if not _GATE.search(low):
        return out
    for unit, before, after in _patterns():
        got: list[float] = []
        for m in before.finditer(low):
            n = _number(m.group(1)) if m.group(1) else None
            if n is None and " " in m.group(1):
                n = _number(m.group(1).split()[-1])
            if n is not None and n >= 1:
                got.append(n)
        if not got:
            got = [float(m.group(1)) for m in after.finditer(low) if int(m.group(1)) >= 1]
        if got:
            out[unit] = tuple(dict.fromkeys(got))
    return out


#: Fixtures (`tests/judge/test_s24_units.py`): (words, {unit: counts}).
FIXTURES: tuple[tuple[str, dict[str, tuple[float, ...]]], ...] = (
    ("Κάνε prune στο borg repo κρατώντας 4 εβδομαδιαία και 6 μηνιαία.", {"weeks": (4.0,), "months": (6.0,)}),
    ("behalte 8 wöchentliche und 12 monatliche Archive", {"weeks": (8.0,), "months": (12.0,)}),
    ("keep 7 daily, 4 weekly and 6 monthly archives", {"days": (7.0,), "weeks": (4.0,), "months": (6.0,)}),
    ("garde sept sauvegardes quotidiennes", {"days": (7.0,)}),
    ("週次を4つ、月次を6つ残して", {"weeks": (4.0,), "months": (6.0,)}),
    ("prune the borg repo, keep a week of dailies", {}),
    ("keep thirty days of daily archives", {}),
)
