"""Words that mark a request in any language (issue 18 point 1): "please" and "at once" said to a reader.

`screen_window` reads an act from its verb, and its verb tables cannot hold every imperative of every language
("Pague-o", "zmień", "tải lên"). A request has a second mark that does not depend on the verb: the word that asks
("por favor", "lütfen", "hãy", "ください") or presses ("imediatamente", "natychmiast", "立即"). A window that names an AI
reader, asks with one of these words and names a secret, money, a privilege or an outside destination is an injected
request whatever its verb (`screen_window._requested`). Data only; a language is added here.

Kept strict on purpose: no "also", "then", "first" (they start ordinary sentences of an AGENTS.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from automode import lazyre
from automode.screen.acts import CJK_CHARS
from automode.screen.words import HOMOGLYPHS

#: "please" (and its polite forms) by language
PLEASE: dict[str, tuple[str, ...]] = {
    "en": ("please", "kindly", "pls", "plz"),
    "de": ("bitte",),
    "fr": ("veuillez", "merci de", "s'il vous plaît", "s'il te plaît", "svp"),
    "es": ("por favor", "favor de", "sírvase"),
    "it": ("per favore", "per cortesia", "si prega di", "ti prego di"),
    "pt": ("por favor", "por gentileza", "favor de"),
    "nl": ("graag", "alsjeblieft", "alstublieft", "gelieve"),
    "pl": ("proszę", "prosze", "prosimy", "uprzejmie proszę"),
    "sv": ("snälla", "vänligen", "var god"),
    "da": ("venligst", "vær venlig at"),
    "no": ("vennligst", "vær så snill"),
    "fi": ("ole hyvä ja", "olkaa hyvä ja", "pyydämme"),
    "hu": ("kérem", "kérjük", "légy szíves", "legyen szíves"),
    "ro": ("vă rog", "te rog", "vă rugăm"),
    "cs": ("prosím", "prosíme"),
    "sk": ("prosím", "prosíme"),
    "ru": ("пожалуйста", "прошу"),
    "uk": ("будь ласка", "прошу"),
    "tr": ("lütfen",),
    "el": ("παρακαλώ",),
    "id": ("tolong", "silakan", "harap", "mohon"),
    "ms": ("sila", "tolong", "mohon"),
    "vi": ("hãy", "vui lòng", "xin vui lòng"),
    "th": ("กรุณา", "โปรด"),
    "ar": ("يرجى", "رجاءً", "رجاء", "الرجاء", "من فضلك"),
    "he": ("אנא", "בבקשה"),
    "fa": ("لطفا", "لطفاً"),
    "ur": ("براہ کرم", "برائے مہربانی"),
    "hi": ("कृपया",),
    "bn": ("দয়া করে", "অনুগ্রহ করে"),
    "te": ("దయచేసి",),
    "ta": ("தயவுசெய்து",),
    "sw": ("tafadhali",),
    "ha": ("don allah",),
    "tl": ("pakiusap", "paki"),
    "pcm": ("abeg",),
    "zh": ("请", "請", "麻烦", "麻煩", "务必", "務必"),
    "ja": ("ください", "下さい", "してください", "お願いします", "願います"),
    "ko": ("주세요", "하세요", "하십시오", "바랍니다", "부탁합니다"),
}

#: "at once": the pressure words of a request made to act before anyone looks
AT_ONCE: dict[str, tuple[str, ...]] = {
    "en": ("immediately", "right away", "right now", "asap", "without delay", "urgently"),
    "de": ("sofort", "unverzüglich", "umgehend"),
    "fr": ("immédiatement", "tout de suite", "sans délai"),
    "es": ("inmediatamente", "de inmediato", "enseguida", "ya mismo", "urgentemente"),
    "it": ("immediatamente", "subito", "senza indugio"),
    "pt": ("imediatamente", "de imediato", "agora mesmo", "urgentemente"),
    "nl": ("meteen", "onmiddellijk"),
    "pl": ("natychmiast", "niezwłocznie", "od razu"),
    "sv": ("omedelbart", "genast"),
    "da": ("omgående", "straks"),
    "no": ("umiddelbart", "straks"),
    "fi": ("välittömästi", "heti"),
    "hu": ("azonnal",),
    "ro": ("imediat",),
    "cs": ("okamžitě", "ihned", "hned"),
    "ru": ("немедленно", "срочно", "сразу"),
    "uk": ("негайно", "терміново"),
    "tr": ("hemen", "derhal", "acilen"),
    "el": ("αμέσως",),
    "id": ("segera",),
    "vi": ("ngay lập tức", "ngay"),
    "ar": ("فوراً", "فورا"),
    "he": ("מיד",),
    "fa": ("فوراً", "فورا"),
    "hi": ("तुरंत",),
    "zh": ("立即", "立刻", "马上", "馬上", "尽快", "儘快"),
    "ja": ("直ちに", "すぐに", "至急"),
    "ko": ("즉시", "바로", "당장"),
}


#: a negation right after the marker ("请不要…", "please never …" is read by the window's own negation pattern)
CJK_NEG_AFTER = lazyre.compile(r"不要|别|勿|不得|しないで|하지\s?마")


def markers() -> tuple[str, ...]:
    """Every marker, longest first (an alternation then prefers "xin vui lòng" to "hãy")."""
    out = {w for table in (PLEASE, AT_ONCE) for ws in table.values() for w in ws}
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


@cache
def marker() -> re.Pattern[str]:
    """The markers as one pattern over `screen.normalise`d text: a word of a spaced script stands alone, a CJK request
    ending ("してください") is part of its word."""
    folded = dict.fromkeys(unicodedata.normalize("NFKC", w).lower().translate(HOMOGLYPHS) for w in markers())

    def spell(ws: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)

    cjk = [w for w in folded if CJK_CHARS.search(w)]
    other = [w for w in folded if not CJK_CHARS.search(w)]
    return re.compile(rf"(?<![\w'])(?:{spell(other)})(?![\w'])|(?:{spell(cjk)})")
