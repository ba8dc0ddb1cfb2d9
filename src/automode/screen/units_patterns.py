"""The patterns `screen_units` reads units with: reader words, address constructions, act verbs per class and
language (from `screen_acts` and `screen_units_data`), targets, negation, directive markers. Compiled once."""

from __future__ import annotations

import re
from functools import lru_cache

from automode.dc import dataclass
from automode.screen.acts import ACT_VERBS, CJK_ACTS, CJK_CHARS, TARGETS
from automode.screen.address import _NEXT
from automode.screen.reader_data import GUARD
from automode.screen.units_data import (
    ACT_MORE,
    ACT_SEPARABLE,
    DED_FILLER,
    DEDICATION,
    DEDICATION_AFTER,
    DETERMINERS,
    DISCUSSION,
    MODAL,
    NEG_AFTER,
    NEG_BEFORE,
    NEXT_STEP,
    PRESSURE,
    READER_STRONG,
    READER_WEAK,
    REPORTED,
    WHEN,
)
from automode.screen.words import HOMOGLYPHS

#: Languages whose verbs take suffixes (cases, persons, politeness): an act verb matches as a stem there.
STEMMED = frozenset(
    [
        "tr",
        "pl",
        "ru",
        "cs",
        "id",
        "hi",
        "ar",
        "fa",
        "ur",
        "bn",
        "mr",
        "te",
        "ta",
        "sw",
        "ha",
        "tl",
        "he",
        "el",
    ]
)


def _fold(rx: str) -> str:
    return rx.translate(HOMOGLYPHS)


def _alt(items: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(dict.fromkeys(items), key=len, reverse=True))


@dataclass
class _Patterns:
    reader: re.Pattern[str]
    mention: re.Pattern[str]
    ded_before: re.Pattern[str]
    ded_after: re.Pattern[str]
    det_before: re.Pattern[str]
    modal: re.Pattern[str]
    when: re.Pattern[str]
    neg_before: re.Pattern[str]
    neg_after: re.Pattern[str]
    pressure: re.Pattern[str]
    guard: re.Pattern[str]
    discussion: re.Pattern[str]
    acts: dict[str, re.Pattern[str]]
    targets: dict[str, re.Pattern[str]]
    dest: re.Pattern[str]
    keyline: re.Pattern[str]
    label_end: re.Pattern[str]
    phrase_end: re.Pattern[str]
    directive: re.Pattern[str]
    request_after: re.Pattern[str]
    speakers: re.Pattern[str]
    neg_word: re.Pattern[str]
    reported: re.Pattern[str]


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    strong = _fold(_alt([r for r in READER_STRONG if not CJK_CHARS.search(r)]))
    cjk_reader = _alt([r for r in READER_STRONG if CJK_CHARS.search(r)])
    weak = _fold(READER_WEAK)
    acts: dict[str, re.Pattern[str]] = {}
    classes = sorted({c for by in ACT_VERBS.values() for c in by} | set(CJK_ACTS))
    for cls in classes:
        exact = [
            re.escape(v) for lang, by in ACT_VERBS.items() if lang not in STEMMED for v in by.get(cls, ())
        ]
        stem = [re.escape(v) for lang, by in ACT_VERBS.items() if lang in STEMMED for v in by.get(cls, ())]
        exact += [re.escape(v).replace(r"\ ", r"\s+") for v in ACT_MORE.get(cls, ())]
        cjk = [re.escape(v) for v in CJK_ACTS.get(cls, ())]
        alts = [rf"(?<![\w-])(?:{ACT_SEPARABLE[cls]})(?![\w-])"] if cls in ACT_SEPARABLE else []
        if exact:
            alts.append(rf"(?<![\w-])(?:{_alt(exact)})(?![\w-])")
        if stem:
            alts.append(rf"(?<![\w-])(?:{_alt(stem)})\w{{0,9}}")
        if cjk:
            alts.append(f"(?:{_alt(cjk)})")
        acts[cls] = re.compile(_fold("|".join(alts)))
    return _Patterns(
        reader=re.compile(
            rf"(?<![\w@./-])(?:(?P<strong>{strong})(?![\w])(?!-\w)|(?P<weak>{weak})(?![\w]))|(?P<cjk>{cjk_reader})"
        ),
        mention=re.compile(r"(?<![\w@.])@[\w-]*(?:bot|ai|agent|assistant|copilot|automation)[\w-]*"),
        ded_before=re.compile(_fold(rf"(?:^|[\s(\[【「*_>\"'“«-])(?:{DEDICATION})\s+{DED_FILLER}$")),
        ded_after=re.compile(_fold(rf"^\s?(?:{DEDICATION_AFTER})")),
        det_before=re.compile(_fold(rf"(?:^|\s)(?:{DETERMINERS})\s+(?:\w+\s+)?$")),
        modal=re.compile(_fold(rf"(?<!\w)(?:{MODAL})(?!\w)|(?:必须|必需|应当|应该|必ず|해야|하여야)")),
        when=re.compile(_fold(rf"(?<!\w)(?:{WHEN})\s+(?:[^\s.!?:]+\s+){{0,4}}$")),
        neg_before=re.compile(
            _fold(rf"(?:(?<!\w)(?:{NEG_BEFORE})(?!\w)|不要|别|勿|禁止|不得|切勿)[^.!?\n;:]{{0,24}}$")
        ),
        neg_after=re.compile(_fold(rf"^\S{{0,6}}\s?(?:{NEG_AFTER})")),
        pressure=re.compile(_fold("|".join(f"(?:{p})" for p in PRESSURE))),
        guard=re.compile(GUARD),
        discussion=re.compile(_fold(DISCUSSION)),
        acts=acts,
        targets={c: re.compile(rx) for c, rx in TARGETS.items()},
        dest=re.compile(
            r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|https?://([\w.-]+)|(?<![\w./@:-])((?:[a-z0-9-]+\.)+(?:[a-z]{2}|com|net|org|info|biz|dev|app|xyz|site|cloud|online|top|link|live|pages|example))/[\w./?=&%-]+|"
            r"\b([a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,3})?)\b|(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})(?![\w.])|"
            # an object-storage bucket is a destination like a host: its name is the place the data goes
            r"(?<![\w.-])(?:s3a?|gs|az|abfss?|wasbs?|r2|b2|oss|cos)://([a-z0-9][\w.-]{2,62})"
        ),
        keyline=re.compile(r"\s*(?:[-*]\s+)?[\"']?[\w.@/$-]{1,60}[\"']?\s*(?:[:=]|\s{2,}:)"),
        label_end=re.compile(r"[^\n.!?。！？]{0,70}?(?:[:：\]】)>]|—|–|\s-\s)"),
        # the reader's noun phrase ends here ("AI agents:" and "AI agents must" address; "the AI team" is people)
        phrase_end=re.compile(
            rf"\s*(?:[^\w\s'’-]|-\s|$)|\s+(?:{_NEXT})(?!\w)|\s+[^\x00-\u024f\s]|[^\x00-\u024f]|"
            r"\s+(?:des|der|of|del|de|du|di|della|dello|do|da|van|för|af|til)\s+(?:\w+\s+)?\w+\s*[:：]"
        ),
        # a directive marker before an act: a modal, "please", "make sure", "to" after "asked/required"
        directive=re.compile(
            _fold(
                rf"(?<!\w)(?:{MODAL}|{NEXT_STEP}|{REPORTED}|proceed\s+to|go\s+ahead\s+and|please|kindly|make\s+sure\s+(?:to|you)|be\s+sure\s+to|"
                r"(?:asked|told|requested|required|instructed|want|wants|need|needs|expected)\s+(?:\w+\s+){0,3}?to|"
                r"bitte|veuillez|merci\s+de|por\s+favor|per\s+favore|proszę|prosze|пожалуйста|lütfen|tolong|"
                r"harap|mohon|silakan|hãy|vui\s+lòng|يرجى|الرجاء|कृपया|graag|vänligen|venligst)(?!\w)|"
                r"请|請|ください|下さい|주세요|하세요|십시오|务必|務必"
            )
        ),
        # verb-final languages: a request or an obligation after the verb ("silmenizi istedi", "実行してください", "करें")
        request_after=re.compile(
            _fold(
                r"^\S{0,8}?(?:してください|して下さい|ください|しろ|せよ|すること|してね|하세요|해\s?주세요|"
                r"하십시오|해라|하라|해야|하고|करें|करो|कीजिए|दें|menizi|manızı|meniz|manız|"
                r"in(?!\w)|ın(?!\w)|un(?!\w)|ün(?!\w)|yin|yın|meli|malı|mek|mak|\s(?:istedi\w*|istiyor\w*|rica\s+\w+))"
            )
        ),
        reported=re.compile(_fold(REPORTED)),
        neg_word=re.compile(_fold(rf"(?<!\w)(?:{NEG_BEFORE})(?!\w)|不要|别|勿|禁止|切勿")),
        speakers=re.compile(
            r"(?m)^[\s>*\[\]\d:.-]*(?:user|human|customer|tool|system|me|agent|client|support)\s*:"
        ),
    )
