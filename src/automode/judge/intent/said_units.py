"""Numbers, units and lengths of time said in words, in any language, normalised to one unit (session 22, M1, helper
`bounds`): "zwei Stunden" and "2 horas" are 7200 s, "一週間" 604800 s, "half" 50 %, "a dozen" 12, "500 MB" 5e8 bytes;
and the value an option writes (`2h`, `30m`, `1w`, `500M`, `+7` days for `find -mtime`), in the same unit. Two
values compare after conversion: the same amount in another unit is the value said.

The user side is a number (digits, ASCII after `textdigits`, or a number word of `NUMBERS`, CJK numerals, "half",
"a dozen") next to a unit word of `TIME_UNITS` (stems in ~30 languages; CJK and Korean units need no word
boundary). Sizes and percents take their unit letters or words. Nothing here knows a phrase: a bound is a number
with a unit.

`durations(text)`, `ages(text)` (durations said as an age: "older than 7 days", "älter als zwei Wochen"),
`sizes(text)`, `percents(text)`, `counts(text)`; `value_of(raw, unit)` reads an option's value in the unit its
program takes (`UNIT_SPECS`); `near(value, said)` compares.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre

# fmt: off
#: Number words (lower case) -> value, beyond `magnitude.NUMBER_WORDS` (read with it).
NUMBERS: dict[str, float] = {
    "half": 0.5, "dozen": 12, "a dozen": 12, "couple": 2, "a couple of": 2, "fortnight": 14,
    "fourteen": 14, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
    "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "ein": 1, "eine": 1, "einen": 1, "einer": 1,
    "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "once": 11, "doce": 12, "quince": 15,
    "veinte": 20, "treinta": 30, "vinte": 20, "trinta": 30, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20,
    "trenta": 30, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30,
    "jeden": 1, "jedna": 1, "jedną": 1, "jedno": 1, "jednu": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5,
    "sześć": 6, "siedem": 7, "osiem": 8, "dziesięć": 10, "dwanaście": 12, "czternaście": 14, "piętnaście": 15,
    "dwadzieścia": 20, "trzydzieści": 30,
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
    "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "десять": 10, "двенадцать": 12, "четырнадцать": 14,
    "пятнадцать": 15, "двадцать": 20, "тридцать": 30, "дві": 2, "чотири": 4, "сім": 7, "дванадцять": 12,
    "jedna.": 1, "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "sedm": 7, "deset": 10, "dvanáct": 12,
    "čtrnáct": 14, "třicet": 30,
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "yirmi": 20, "otuz": 30,
    "ett": 1, "två": 2, "fyra": 4, "fem": 5, "sju": 7, "tio": 10, "tolv": 12, "fjorton": 14, "tjugo": 20,
    "trettio": 30, "syv": 7, "fjorten": 14, "tjue": 20, "tyve": 20,
    "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "seitsemän": 7, "kymmenen": 10,
    # (Finnish genitives: "kahden viikon lokit", two weeks' logs; session 25)
    "yhden": 1, "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kuuden": 6,
    "ένα": 1, "μία": 1, "μια": 1, "δύο": 2, "τρία": 3, "τρεις": 3, "τέσσερα": 4, "τέσσερις": 4, "πέντε": 5,
    "επτά": 7, "εφτά": 7, "δέκα": 10,
    "một": 1, "bốn": 4, "bảy": 7, "mười": 10,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "tujuh": 7, "sepuluh": 10,
    "egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "tíz": 10,
    "unu": 1, "una.": 1, "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șapte": 7, "zece": 10,
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "सात": 7, "दस": 10,
    "واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5,
    "سبع": 7, "سبعة": 7, "عشر": 10, "عشرة": 10,
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "هفت": 7, "ده": 10,
    "אחת": 1, "אחד": 1, "שתיים": 2, "שניים": 2, "שתי": 2, "שני": 2, "שלוש": 3, "שלושה": 3, "ארבע": 4, "חמש": 5,
    "שבע": 7, "עשר": 10,
    "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "일곱": 7, "열": 10,
    "এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "দশ": 10, "ایک": 1, "تین": 3, "سات": 7,
    "dalawa": 2, "tatlo": 3, "lima.": 5, "sampu": 10, "mbili": 2, "tatu": 3,
    "kumi": 10, "enam": 6, "delapan": 8, "sembilan": 9, "dua puluh": 20,
    "tiga puluh": 30, "empat belas": 14, "sju.": 7, "åtta": 8, "nio": 9, "seks": 6, "otte": 8,
    "sechs": 6, "acht": 8, "neun": 9, "vierzehn": 14, "dwadzieścia cztery": 24,
    "yirmi dört": 24, "altı.": 6, "sekiz": 8, "dokuz": 9, "kuusi": 6, "kahdeksan": 8, "yhdeksän": 9, "kolmekymmentä": 30,
    "sáu": 6, "tám": 8, "chín": 9,
    "zes": 6, "zeven": 7, "acht.": 8, "negen": 9, "tien": 10, "veertien": 14, "dertig.": 30,
}
#: Words for twelve of something ("a dozen", "ein Dutzend", "una docena", "一打").
DOZEN = (r"dozen|dutzend|douzaine|docena|dúzia|duzia|dozzina|tuzin\w*|дюжин\w*|tucet\w*|düzine|dussin|dusin|tusina|"
         r"ダース|打")
#: Shares said as a fraction ("half the traffic", "la mitad", "一半", "절반") -> percent.
FRACTIONS: tuple[tuple[str, float], ...] = (
    (r"(?<![\w])(?:half|hälfte|halbe[nr]?|moitié|mitad|metade|metà|połow\w*|половин\w*|полови\w*|helft|hälften|"
     r"halvdelen|halvparten|puolet|polovin\w*|yarısı|yarı|nửa|setengah|separuh|jumătate|μισό|μισή|نصف|نیمی|חצי|"
     r"आधा|आधे)(?![\w])|半分|一半|절반", 50.0),
    (r"(?<![\w])(?:a\s+quarter|one\s+quarter|ein\s+viertel|un\s+quart|un\s+cuarto|um\s+quarto|un\s+quarto|"
     r"jedn[aą]\s+czwart[aą]|ćwierć|четверть|чверть|een\s+kwart|çeyre\w*|seperempat|một\s+phần\s+tư|negyed\w*|"
     r"τέταρτο|ربع|یک\s*چهارم|चौथाई)(?![\w])|四分之一|4分の1|4분의\s*1", 25.0),
    (r"(?<![\w])(?:a\s+third|one\s+third|ein\s+drittel|un\s+tiers|un\s+tercio|um\s+terço|un\s+terzo|"
     r"треть|третину|een\s+derde|üçte\s+bir|sepertiga|một\s+phần\s+ba|ثلث|یک\s*سوم|एक\s+तिहाई)(?![\w])|三分之一|"
     r"3分の1|3분의\s*1", 100.0 / 3),
)
#: Time unit words (stems, lower case) -> seconds; matched as a word start in scripts with spaces.
TIME_UNITS: dict[str, float] = {
    "millisecond": 0.001, "milisegundo": 0.001, "milliseconde": 0.001, "millisekunde": 0.001, "millisecondi": 0.001,
    "milisekund": 0.001, "миллисекунд": 0.001,
    "second": 1, "sec": 1, "segundo": 1, "seconde": 1, "secondi": 1, "secondo": 1, "sekund": 1, "seconden": 1,
    "секунд": 1, "saniye": 1, "δευτερόλεπτ": 1, "giây": 1, "detik": 1, "másodperc": 1, "secund": 1, "सेकंड": 1,
    "ثانية": 1, "ثوان": 1, "ثانیه": 1, "שניות": 1, "sekun": 1,
    "minute": 60, "min": 60, "minuto": 60, "minuti": 60, "minut": 60, "минут": 60, "хвилин": 60, "dakika": 60,
    "λεπτ": 60, "phút": 60, "menit": 60, "perc": 60, "मिनट": 60, "دقيق": 60, "دقائق": 60, "دقیقه": 60, "דקות": 60,
    "דקה": 60, "minuut": 60, "minuten": 60,
    "hour": 3600, "hr": 3600, "hora": 3600, "heure": 3600, "ora": 3600, "ore": 3600, "stunde": 3600, "uur": 3600,
    "uren": 3600, "godzin": 3600, "час": 3600, "годин": 3600, "saat": 3600, "ώρ": 3600, "giờ": 3600, "tiếng": 3600,
    "jam": 3600, "óra": 3600, "órá": 3600, "घंट": 3600, "ساع": 3600, "ساعت": 3600, "שעות": 3600, "שעה": 3600,
    "hodin": 3600, "timm": 3600, "tunti": 3600, "tunni": 3600, "std": 3600, "hrs": 3600, "hours": 3600,
    "day": 86400, "days": 86400, "día": 86400, "días": 86400, "dia": 86400, "dias": 86400, "jour": 86400,
    "giorn": 86400, "tag": 86400, "tage": 86400, "tagen": 86400, "tages": 86400, "dag": 86400, "dagen": 86400,
    "dagar": 86400, "dage": 86400, "secs": 1, "mins": 60, "wks": 604800, "aylık": 2592000, "ayı": 2592000,
    "dzień": 86400, "dni": 86400, "dnia": 86400, "день": 86400, "дн": 86400, "сутк": 86400, "доб": 86400,
    "gün": 86400, "μέρ": 86400, "ημέρ": 86400, "ngày": 86400, "hari": 86400, "nap": 86400, "zi": 86400,
    "zile": 86400, "दिन": 86400, "يوم": 86400, "أيام": 86400, "ايام": 86400, "روز": 86400, "ימים": 86400,
    "יום": 86400, "den": 86400, "dny": 86400, "dní": 86400, "dnů": 86400, "døgn": 86400, "päivä": 86400,
    "week": 604800, "wk": 604800, "semana": 604800, "semaine": 604800, "settiman": 604800, "woche": 604800,
    "tydzień": 604800, "tygodni": 604800, "недел": 604800, "тижд": 604800, "тижн": 604800, "hafta": 604800,
    "εβδομάδ": 604800, "tuần": 604800, "minggu": 604800, "hét": 604800, "săptămân": 604800, "हफ्त": 604800,
    "हफ़्त": 604800, "सप्ताह": 604800, "أسبوع": 604800, "اسبوع": 604800, "أسابيع": 604800, "هفته": 604800,
    "שבוע": 604800, "týd": 604800, "veck": 604800, "uke": 604800, "uge": 604800, "viiko": 604800, "weken": 604800,
    "month": 2592000, "mes": 2592000, "meses": 2592000, "mesi": 2592000, "mese": 2592000, "mês": 2592000,
    "mesos": 2592000, "mois": 2592000,
    "viikko": 604800, "fortnight": 1209600, "quincena": 1296000, "quinzena": 1296000, "quinzaine": 1296000,
    "trimestre": 7776000, "quartal": 7776000, "kwartał": 7776000, "semestre": 15552000, "halbjahr": 15552000,
    # years (session 26, Q5: "valid for a year", "un año", "ein Jahr", "1 an", "два года", "bir yıl")
    "year": 31536000, "years": 31536000, "yr": 31536000, "yrs": 31536000, "año": 31536000, "años": 31536000,
    "ano": 31536000, "anos": 31536000, "ans": 31536000, "année": 31536000, "années": 31536000,
    "anno": 31536000, "anni": 31536000, "jahr": 31536000, "jahre": 31536000, "jahren": 31536000, "jaar": 31536000,
    "jaren": 31536000, "år": 31536000, "rok": 31536000, "roku": 31536000, "lata": 31536000, "lat": 31536000,
    "год": 31536000, "года": 31536000, "лет": 31536000, "рік": 31536000, "роки": 31536000, "років": 31536000,
    "yıl": 31536000, "năm": 31536000, "tahun": 31536000, "vuosi": 31536000, "vuotta": 31536000, "χρόν": 31536000,
    "έτ": 31536000, "سنة": 31536000, "سنوات": 31536000, "عام": 31536000, "سال": 31536000, "שנה": 31536000,
    "שנים": 31536000, "साल": 31536000, "वर्ष": 31536000, "roky": 31536000, "rokov": 31536000, "monat": 2592000, "maand": 2592000, "miesiąc": 2592000,
    "miesięc": 2592000, "месяц": 2592000, "місяц": 2592000, "ay": 2592000, "μήν": 2592000, "μην": 2592000,
    "tháng": 2592000, "bulan": 2592000, "hónap": 2592000, "lun": 2592000, "महीन": 2592000, "شهر": 2592000,
    "ماه": 2592000, "חודש": 2592000, "měsíc": 2592000, "månad": 2592000, "måned": 2592000, "kuukau": 2592000,
    # Romanian, Bengali, Urdu, Tagalog, Swahili, Baltic, South Slavic, Bulgarian, Slovak, Catalan, Estonian
    "oră": 3600, "orei": 3600, "ঘণ্টা": 3600, "ঘন্টা": 3600, "মিনিট": 60,
    "সেকেন্ড": 1, "দিন": 86400, "সপ্তাহ": 604800, "মাস": 2592000, "گھنٹ": 3600, "منٹ": 60, "دن": 86400,
    "ہفت": 604800, "مہین": 2592000, "oras": 3600, "araw": 86400, "linggo": 604800, "buwan": 2592000,
    "saa": 3600, "siku": 86400, "wiki": 604800, "valand": 3600, "dien": 86400, "savait": 604800,
    "stund": 3600, "nedēļ": 604800, "sati": 3600, "sata": 3600, "dana": 86400, "dan": 86400, "tjedan": 604800,
    "tjedna": 604800, "sedmic": 604800, "седмиц": 604800, "ден": 86400, "дни": 86400, "hodina": 3600, "hodiny": 3600,
    "deň": 86400, "týžd": 604800, "napn": 86400, "napo": 86400, "napj": 86400, "napig": 86400, "hete": 604800,
    "hetet": 604800, "órán": 3600, "órás": 3600, "setman": 604800, "tund": 3600, "päev": 86400, "paev": 86400, "nädal": 604800,
}
#: Short unit letters, read only right after a number ("30m", "2 h", "500ms").
TIME_ABBREV: dict[str, float] = {"ms": 0.001, "s": 1, "secs": 1, "m": 60, "mins": 60, "h": 3600, "hrs": 3600, "d": 86400,
                                 "w": 604800, "wks": 604800, "mo": 2592000}
#: Units written without spaces (Japanese, Chinese, Korean), longest first.
CJK_TIME: tuple[tuple[str, float], ...] = (
    ("ミリ秒", 0.001), ("毫秒", 0.001), ("秒", 1), ("초", 1), ("分钟", 60), ("分鐘", 60), ("分間", 60), ("分", 60),
    ("분", 60), ("個小時", 3600), ("个小时", 3600), ("小时", 3600), ("小時", 3600), ("時間", 3600), ("시간", 3600),
    ("日間", 86400), ("日", 86400), ("天", 86400), ("일", 86400), ("週間", 604800), ("个星期", 604800),
    ("個星期", 604800), ("星期", 604800), ("周", 604800), ("週", 604800), ("주", 604800), ("ヶ月", 2592000),
    ("か月", 2592000), ("カ月", 2592000), ("个月", 2592000), ("個月", 2592000), ("개월", 2592000), ("달", 2592000),
    ("วินาที", 1), ("นาที", 60), ("ชั่วโมง", 3600), ("ชม.", 3600), ("วัน", 86400), ("สัปดาห์", 604800),
    ("อาทิตย์", 604800), ("เดือน", 2592000), ("নিমিট", 60), ("நிமிட", 60), ("மணி", 3600), ("நாள்", 86400),
    ("நாட்கள்", 86400), ("வாரம்", 604800),
)
#: Thai number words (written without spaces before their unit).
_THAI_NUM = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10}
#: Words that make a length of time an age ("older than 7 days", "älter als zwei Wochen", "7日より古い").
AGE = (r"older|old|ago|aged|älter|alt\w*|vor|plus\s+(?:vieux|ancien)\w*|anciens?|de\s+plus\s+de|il\s+y\s+a|"
       r"antig\w*|más\s+de|hace|mais\s+(?:de|antig\w*)|há|più\s+vecch\w*|vecch\w*|più\s+di|fa|starsz\w*|temu|"
       r"старше|старее|назад|старіш\w*|ouder|geleden|äldre|sedan|eldre|ældre|siden|vanhem\w*|sitten|eski|önce|"
       r"vanem\w*|tagasi|starší|před|régebbi|ezelőtt|mai\s+vech\w*|în\s+urmă|παλαιότερ\w*|πριν|cũ\s+hơn|trước|lebih\s+lama|lalu|"
       r"پیش|قدیمی\w*|أقدم|اقدم|قبل|ישנים|ישנות|לפני|पुरान\w*|पहले|より古い|以上前|前の|前より|より前|以前|之前|以上的|"
       r"超过|超過|前|이전|지난|오래된|이상\s*된")
# fmt: on

_CJK_NUM = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cjk_number(s: str) -> float | None:
    """一 1, 十 10, 十五 15, 二十 20, 三十 30 (what a length of time uses)."""
    if not s:
        return None
    if "十" in s:
        head, _, tail = s.partition("十")
        return float((_CJK_NUM.get(head, 1) if head else 1) * 10 + (_CJK_NUM.get(tail, 0) if tail else 0))
    return float(_CJK_NUM[s]) if s in _CJK_NUM else None


@lru_cache(maxsize=1)
def _words() -> dict[str, float]:
    from automode.judge.intent.magnitude import NUMBER_WORDS
    from automode.knowledge.number_words import number_words

    out = number_words()  # one to twenty in the languages of the sets (session 27); the older tables win
    out.update({w: float(n) for w, n in NUMBER_WORDS.items()})
    out.update({k.rstrip("."): v for k, v in NUMBERS.items()})
    out.update({"a": 1.0, "an": 1.0})
    return out


@lru_cache(maxsize=1)
def _time_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted((re.escape(w) for w in _words()), key=len, reverse=True)
    num = r"(\d+(?:[.,]\d+)?|" + "|".join(words) + r"|half\s+an?|(?:" + DOZEN + r"))"
    units = sorted((re.escape(u) for u in TIME_UNITS), key=len, reverse=True)
    abbrev = sorted((re.escape(u) for u in TIME_ABBREV), key=len, reverse=True)
    spaced = re.compile(r"(?i)(?<![\w.:/#-])" + num + r"(?:\s*-?\s*(?:de\s+|of\s+)?)((?:" + "|".join(units) + r")\w*|(?<=\d)(?:"
                        + "|".join(abbrev) + r")(?![\w]))")
    cjk_units = "|".join(re.escape(u) for u, _ in CJK_TIME)
    thai = "|".join(_THAI_NUM)
    cjk = re.compile(r"(\d+(?:\.\d+)?|[一二两兩三四五六七八九十]+|한|두|세|네|다섯|일곱|열|" + thai + r")\s*(" + cjk_units + ")")
    return spaced, cjk


def _number(tok: str) -> float | None:
    t = tok.strip().lower().replace(",", ".")
    if t.startswith("half"):
        return 0.5
    if re.fullmatch(DOZEN, t):
        return 12.0
    if t in _words():
        return _words()[t]
    if t in _THAI_NUM:
        return float(_THAI_NUM[t])
    cjk = _cjk_number(t) if re.fullmatch(r"[一二两兩三四五六七八九十]+", t) else None
    if cjk is not None:
        return cjk
    try:
        return float(t)
    except ValueError:
        return None


def _unit_seconds(unit: str) -> float | None:
    """Seconds per unit of a unit word as written: a stem of four letters or more (or of another script) starts it;
    a shorter Latin one must be the whole word ("tag" and "tage" are days, "tags" is not; "ora" is an hour,
    "oranges" is not)."""
    u = unit.lower()
    if u in TIME_ABBREV:
        return TIME_ABBREV[u]
    if u in TIME_UNITS:
        return TIME_UNITS[u]
    best = ""
    for stem in TIME_UNITS:
        if (len(stem) >= 4 or not stem.isascii()) and u.startswith(stem) and len(stem) > len(best):
            best = stem
    return TIME_UNITS[best] if best else None


_HALF_GLUED = lazyre.compile(r"(?i)(?<![\w])(?:eine?\s+)?(?:halbe|demi-?|media|meia|mezz'?|pół\s*|пол|半)\s*"
                             r"(stunde|heure|hora|ora|godziny|часа|小时|時間)")


#: "o" (Romanian: one) before a unit word; alone it is "the" or "or" in other languages. And a unit said as an amount
#: of itself with no number (Finnish "viikon verran", "a week's worth": one of it).
_ONE_BEFORE = lazyre.compile(r"(?i)(?<![\w])o\s+(or[ăa]|zi|săptămân[ăa]|lun[ăa]|minut)(?![\w])|"
                             r"(?<![\w])(viikon|päivän|tunnin|kuukauden)\s+(?:verran|ajalta)(?![\w])")


@lru_cache(maxsize=256)
def spans(text: str) -> tuple[tuple[float, bool], ...]:
    """Every length of time the words name: (seconds, said as an age: "older than", "ago", "より古い")."""
    out: list[tuple[float, bool]] = []
    low = text[:8000]
    spaced, cjk = _time_re()
    age = lazyre.built(r"(?i)(?:^|[^\w])(?:" + AGE + r")(?:[^\w]|$)|より古|以上前|前|之前|超过|超過|이전|지난|오래")
    for pat in (spaced, cjk):
        for m in pat.finditer(low):
            n = _number(m.group(1))
            per = _unit_seconds(m.group(2)) if pat is spaced else dict(CJK_TIME).get(m.group(2))
            if n is None or per is None:
                continue
            if pat is spaced and per == 1 and m.group(2).lower() == "s" and 100 <= n < 600:
                continue  # "502s": status codes
            if pat is spaced and m.group(1).isalpha() and m.end(1) == m.start(2):
                continue  # a number word glued to a unit is one word: "por ahora" (for now) is no "a hora"
            near = low[max(0, m.start() - 24): m.end() + 16]
            out.append((n * per, age.search(near) is not None))
    out += [(1800.0, False) for _ in _HALF_GLUED.finditer(low)]  # "eine halbe Stunde", "media hora", "半小时"
    for m in _ONE_BEFORE.finditer(low):  # "o oră", "o zi", "o săptămână": "o" is one only before a unit (Romanian)
        per = _unit_seconds(m.group(1) or m.group(2))
        if per is not None:
            out.append((per, age.search(low[max(0, m.start() - 24): m.end() + 16]) is not None))
    return tuple(out)


def durations(text: str) -> tuple[float, ...]:
    return tuple(s for s, _ in spans(text))


def ages(text: str) -> tuple[float, ...]:
    return tuple(s for s, a in spans(text) if a)


_SIZE = lazyre.compile(r"(?i)(?<![\w.])(\d+(?:[.,]\d+)?)\s*(tib|tb|to|gib|gb|go|g|mib|mb|mo|m|kib|kb|ko|k|"
                       r"tera\w*|giga\w*|mega\w*|kilo\w*|гб|гигабайт\w*|мб|мегабайт\w*|кб|ギガ|メガ|기가|메가)(?![a-z])")
_SIZE_PER = {"t": 1e12, "g": 1e9, "m": 1e6, "k": 1e3, "г": 1e9, "м": 1e6, "к": 1e3, "ギ": 1e9, "メ": 1e6, "기": 1e9,
             "메": 1e6}


@lru_cache(maxsize=256)
def sizes(text: str) -> tuple[float, ...]:
    """Every size the words name, in bytes ("2 GB", "500 Mo", "200 мегабайт")."""
    out = []
    for m in _SIZE.finditer(text[:8000]):
        n = _number(m.group(1))
        u = m.group(2).lower()
        if n is not None and u[0] in _SIZE_PER:
            if u == "m" and re.match(r"\s", text[m.end(1): m.end(1) + 1] or "x"):
                continue  # "5 m" is minutes or metres more often than megabytes
            out.append(n * _SIZE_PER[u[0]] * (1.024 ** "kmgt".index(u[0]) if "i" in u[1:2] and u[0] in "kmgt" else 1))
    return tuple(out)


#: Words that make a size a bound ("bigger than 500 MB", "größer als", "plus de", "より大きい", "이상").
_OVER = lazyre.compile(r"(?i)(?:bigger|larger|greater|over|above|more\s+than|exceed\w*|at\s+least|größer|über|mehr\s+als|"
                       r"plus\s+(?:de|grand\w*)|supérieur\w*|más\s+de|mayor\w*|mais\s+de|maior\w*|più\s+di|"
                       r"più\s+grand\w*|superior\w*|większ\w*|powyżej|больше|свыше|более|більше|понад|groter|boven|"
                       r"större|över|større|yli|suurem\w*|büyük|fazla|lớn\s+hơn|trên|lebih\s+(?:dari|besar)|nagyobb|"
                       r"mai\s+mari|μεγαλύτερ\w*|أكبر|اكبر|بزرگتر|גדול\w*|बड़\w*|ज़्यादा|より大きい|以上|超过|超過|大于|大於|"
                       r"이상|초과|보다\s*큰)")


def size_bounds(text: str) -> tuple[float, ...]:
    """The sizes the words give as a bound a file must pass ("bigger than 500 MB", "über 2 GB", "500MB以上"), not a
    size they only describe ("the logs/ folder is 12GB")."""
    out = []
    for m in _SIZE.finditer(text[:8000]):
        near = text[max(0, m.start() - 28): m.end() + 12]
        if _OVER.search(near):
            out += list(sizes(m.group(0)))
    return tuple(out)


_PERCENT = lazyre.compile(r"(?i)(?<![\w.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|％|٪|percent\b|per\s*cent\b|procent\w*|"
                          r"prozent\b|por\s*ciento|pour\s*cent|por\s*cento|per\s*cento|процент\w*|відсот\w*|パーセント|"
                          r"퍼센트|yüzde|درصد|بالمئة|بالمائة|في\s+المئة|אחוז\w*|प्रतिशत|phần\s+trăm|persen|százalék\w*|"
                          r"prosent\w*|τοις\s+εκατό)|(?:%|％|٪|yüzde\s*)(\d{1,3})(?![\d.])|百分之(\d{1,3})")


@lru_cache(maxsize=256)
def percents(text: str) -> tuple[float, ...]:
    """Every share the words name, in percent ("10 %", "۱۰ درصد" after `textdigits`, "half", "la mitad", "一半")."""
    out: list[float] = []
    for m in _PERCENT.finditer(text[:8000]):
        raw = next(g for g in m.groups() if g)
        v = _number(raw)
        if v is not None and 0 < v <= 100:
            out.append(v)
    for pat, v in FRACTIONS:
        if lazyre.built(pat).search(text[:8000]):
            out.append(v)
    out += _worded_percents(text[:8000])
    return tuple(out)


#: The words of a share after a number written in words ("zwanzig Prozent", "десять відсотків", "trzydzieści procent",
#: "dix pour cent"; session 28, T4).
_PERCENT_WORDS = lazyre.compile(r"(?i)\s+(?:percent\b|per\s*cent\b|procent\w*|prozent\b|por\s*ciento|pour\s*cent|"
                                r"por\s*cento|per\s*cento|процент\w*|відсот\w*|yüzde|درصد|بالمئة|بالمائة|في\s+المئة|"
                                r"אחוז\w*|प्रतिशत|phần\s+trăm|persen|százalék\w*|prosent\w*|τοις\s+εκατό|パーセント|퍼센트)")


def _worded_percents(text: str) -> list[float]:
    """The shares said as a number word then a percent word (the words of `_words`, one or two of them)."""
    if not _PERCENT_WORDS.search(text):
        return []
    out: list[float] = []
    for m in _PERCENT_WORDS.finditer(text):
        before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 40): m.start()].lower())
        for k in (2, 1):
            if len(before) >= k:
                n = _number(" ".join(before[-k:]))
                if n is not None and 0 < n <= 100:
                    out.append(float(n))
                    break
    return out


@lru_cache(maxsize=256)
def counts(text: str) -> tuple[float, ...]:
    """Every whole number said on its own, in digits or words ("the last 3", "a dozen", "zwei"): not a part of a
    version, an id, a path or an amount with a unit."""
    out: list[float] = []
    low = text[:8000].lower()
    for m in re.finditer(r"(?<![\w.:/#@-])([1-9]\d{0,5})(?![\w.:/%-]|\s*(?:%|[kmgt]i?b\b))", low):
        out.append(float(m.group(1)))
    for m in re.finditer(r"(?<![\d.])(\d{1,6}|[一二两兩三四五六七八九十]+)\s*(?:つ|個|个|개|件|本|回|台|번|명|位|名)", low):
        n = _number(m.group(1))  # a number with an East Asian counter ("1つ", "三个", "2개")
        if n is not None and n >= 1:
            out.append(n)
    for m in re.finditer(r"(?<![\w-])(" + DOZEN + r"|[^\W\d_]{2,})(?![\w-])", low):
        n = _number(m.group(1))
        if n is not None and n >= 1 and m.group(1) not in ("a", "an", "one", "un", "une", "ein", "eine", "en", "ett", "uno", "una", "um", "uma", "een", "bir"):
            out.append(n)
    return tuple(out)


#: Words of traffic, users or a rollout: a share said beside them is a share of traffic (`percents_said`).
_TRAFFIC_WORDS = lazyre.compile(r"(?i)traffic|tr[aá]fego|tr[aá]fico|trafic|traffico|verkehr|ruch\w*|трафик\w*|трафік\w*|"
                                r"trafik\w*|verkeer|request|requests|peticiones|requisições|requêtes|anfragen|canary|"
                                r"rollout|roll\s+(?:[\w.-]+\s+){0,3}?out\b|ausroll\w*|rolle\s+\S+\s+aus\b|weight|split|flag|flags|variation|user|users|usuarios|usuários|utilisateurs|nutzer\w*|"
                                r"ユーザー|トラフィック|流量|트래픽|사용자|version|versión|versão|versione|wersj\w*|версии|"
                                r"alias|revision|revisión|slot|ترافیک|ترافيك|תעבורה|трафік|tráfego|forgalom\w*|lưu\s+lượng")


@lru_cache(maxsize=256)
def percents_said(text: str) -> tuple[float, ...]:
    """The shares of traffic the words give, in percent ("10 %", "۱۰ درصد", "half the traffic", "la mitad"), read by
    `intent.said_units.percents` where the words speak of traffic, users or a rollout."""
    if not _TRAFFIC_WORDS.search(text):
        return ()
    return tuple(dict.fromkeys(v for v in percents(text) if 0 < v <= 100))


#: Currency words and signs (any language) -> minor units per major unit (cents per dollar; 1 for currencies
#: without a minor unit: yen, won, dong, rupiah, forint in practice).
CURRENCIES: dict[str, int] = {
    "$": 100, "us$": 100, "usd": 100, "dollar": 100, "dollars": 100, "dólar": 100, "dólares": 100, "dolar": 100,
    "dolares": 100, "dollari": 100, "dollaro": 100, "dolarów": 100, "доллар": 100, "долар": 100, "دولار": 100,
    "دلار": 100, "דולר": 100, "डॉलर": 100, "ডলার": 100, "ドル": 100, "美元": 100, "달러": 100, "đô": 100,
    "€": 100, "eur": 100, "euro": 100, "euros": 100, "евро": 100, "євро": 100, "يورو": 100, "یورو": 100, "יורו": 100,
    "ユーロ": 100, "欧元": 100, "유로": 100, "£": 100, "gbp": 100, "pound": 100, "pounds": 100, "libras": 100,
    "r$": 100, "brl": 100, "reais": 100, "₹": 100, "inr": 100, "rupee": 100, "rupees": 100,
    "रुपये": 100, "रुपए": 100, "টাকা": 100, "chf": 100, "franken": 100, "francs": 100, "zł": 100, "pln": 100,
    "złotych": 100, "zloty": 100, "kr": 100, "sek": 100, "nok": 100, "dkk": 100, "kronor": 100, "kroner": 100,
    "lei": 100, "lira": 100, "lirası": 100, "₺": 100, "₽": 100, "rub": 100,
    "рубл": 100, "грн": 100, "гривень": 100, "uah": 100, "cad": 100, "aud": 100, "mxn": 100, "pesos": 100,
    "peso": 100, "ريال": 100, "درهم": 100, "aed": 100, "sar": 100, "ringgit": 100, "myr": 100,
    "¥": 1, "jpy": 1, "yen": 1, "円": 1, "₩": 1, "krw": 1, "원": 1, "vnd": 1, "đồng": 1, "₫": 1, "idr": 1, "rupiah": 1,
    "huf": 1, "forint": 1, "clp": 1, "元": 100, "人民币": 100, "cny": 100, "rmb": 100, "块": 100,
}  # fmt: skip
_MONEY_NUM = r"(\d{1,9}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)"


@lru_cache(maxsize=1)
def _money_re() -> re.Pattern[str]:
    cur = "|".join(sorted((re.escape(c) for c in CURRENCIES), key=len, reverse=True))
    return re.compile(r"(?i)(?<![\w])(" + cur + r")\s*" + _MONEY_NUM + r"(?![\d])|(?<![\w.,])" + _MONEY_NUM +
                      r"\s*(" + cur + r")(?![a-z])")


def _amount(raw: str) -> float | None:
    """"1,250.50", "1.250,50", "12,50", "12.50", "1,000" -> the number."""
    t = raw
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", t):
        return float(re.sub(r"[.,]", "", t))
    if "," in t and "." in t:
        t = t.replace(",", "") if t.rfind(".") > t.rfind(",") else t.replace(".", "").replace(",", ".")
    try:
        return float(t.replace(",", "."))
    except ValueError:
        return None


@lru_cache(maxsize=256)
def money(text: str) -> tuple[tuple[float, int], ...]:
    """Every amount of money the words name: (the amount in the currency's major unit, minor units per major unit)
    ("$12.50" (12.5, 100), "40 Euro" (40.0, 100), "25 دولار" (25.0, 100), "3000円" (3000.0, 1))."""
    out: list[tuple[float, int]] = []
    for m in _money_re().finditer(text[:8000]):
        cur = (m.group(1) or m.group(4) or "").lower()
        per = CURRENCIES.get(cur) or next((v for k, v in CURRENCIES.items() if cur.startswith(k) and len(k) > 3), None)
        n = _amount(m.group(2) or m.group(3) or "")
        if per is not None and n is not None and n > 0:
            out.append((n, per))
    return tuple(out)


# ------------------------------------------------------------------ an option's value, in the unit its program takes
#: How a program writes a length of time, a size, a count or a share: `go` (`2h`, `1h30m`, `7d`, `1w`; a bare number
#: in seconds), `s`/`ms`/`min`/`day` (a bare number in that unit, or with its own suffix), `findday`/`findmin`
#: (`+7`: more than 7 days; `-7`: fewer, read as negative), `size` (`500M`, `2G`, `2048K`: bytes; a bare number in
#: bytes), `findsize` (`+500k`: 1024-byte units, `M`, `G`, `c` bytes, none 512-byte blocks), `count`, `percent`,
#: `fraction` (0.1 = 10 %).
UNIT_SPECS = frozenset({"rel", "go", "s", "ms", "min", "day", "findday", "findmin", "size", "findsize", "count", "percent",
                        "fraction", "ago"})
#: `ago` (session 25): a date computed back from now, as an age: `$(date -d '90 days ago' +%F)` 90 days,
#: `$(date --date='2 weeks ago')`, BSD `$(date -v-90d +%F)`, `$(date +%F)` (today) 0; a written date is not compared.
_AGO_VALUE = lazyre.compile(r"(?i)^\$\(\s*(?:g?date)\b(?P<opts>[^)]*)\)$")
_AGO_SPAN = lazyre.compile(r"(?i)(?:-d|--date)[= ]?\s*['\"]?\s*(\d+)\s*(hour|day|week|month|year)s?\s+ago|-v-(\d+)([HdwmyM])")
_AGO_PER = {"hour": 3600.0, "day": 86400.0, "week": 604800.0, "month": 2592000.0, "year": 31536000.0, "H": 3600.0,
            "d": 86400.0, "w": 604800.0, "m": 2592000.0, "M": 60.0, "y": 31536000.0}


def _ago(raw: str) -> float | None:
    m = _AGO_VALUE.match(raw.strip().strip("'\""))
    if m is None:
        return None
    opts = m.group("opts")
    span = _AGO_SPAN.search(opts)
    if span is None:
        return 0.0 if not re.search(r"(?i)(?:-d|--date)\b|-v[+-]", opts) else None  # (`date +%F`: today)
    if span.group(1):
        return float(span.group(1)) * _AGO_PER[span.group(2).lower()]
    return float(span.group(3)) * _AGO_PER[span.group(4)]
_GO = lazyre.compile(r"(?i)(\d+(?:\.\d+)?)\s*(weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|months?|years?|"
                     r"msec|usec|micros|nanos|ms|us|µs|ns|s|sec|m|min|h|d|w|y|mo)?")
_GO_PER = {"ms": 0.001, "us": 1e-6, "µs": 1e-6, "ns": 1e-9, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600,
           "d": 86400, "w": 604800, "y": 31536000, "mo": 2592000, "month": 2592000, "months": 2592000,
           # systemd.time(7) spans (`journalctl --vacuum-time=2weeks`) and Elasticsearch units (`micros`, `nanos`)
           "week": 604800, "weeks": 604800, "day": 86400, "days": 86400, "hour": 3600, "hours": 3600, "hr": 3600,
           "hrs": 3600, "minute": 60, "minutes": 60, "mins": 60, "second": 1, "seconds": 1, "secs": 1,
           "year": 31536000, "years": 31536000, "msec": 0.001, "usec": 1e-6, "micros": 1e-6, "nanos": 1e-9}


def value_of(raw: str, unit: str) -> float | None:
    """`raw` (an option's value) in the base unit of its kind: seconds, bytes, a count or percent; None when it cannot
    be read. A `find` value of `-N` (fewer than N) is returned negative."""
    v = raw.strip().strip("'\"").lower()
    if not v:
        return None
    if unit == "ago":
        return _ago(raw)
    if unit in ("go", "day") and v.startswith("+") and ":" not in v:
        v = v[1:]  # (`ssh-keygen -V +52w`: from now)
    if unit in ("findday", "findmin", "findsize"):
        sign = -1.0 if v.startswith("-") else 1.0
        body = v.lstrip("+-")
        if unit == "findsize":
            m = re.fullmatch(r"(\d+)([ckmgwb]?)", body)
            if m is None:
                return None
            per = {"c": 1, "w": 2, "b": 512, "": 512, "k": 1024, "m": 1 << 20, "g": 1 << 30}[m.group(2)]
            return sign * float(m.group(1)) * per
        if not body.isdigit():
            return None
        return sign * float(body) * (86400.0 if unit == "findday" else 60.0)
    if unit == "rel":  # `HEAD~3` 3, `HEAD^^` 2, `HEAD~` 1
        rel = re.fullmatch(r"(?:head|@)((?:~\d*|\^+)+)", v)
        if rel is None:
            return None
        return float(sum(int(n) if n else (len(c) if c else 1) for n, c in re.findall(r"~(\d*)|(\^+)", rel.group(1))))
    if unit in ("count", "percent"):
        m = re.fullmatch(r"(\d+(?:\.\d+)?)%?", v)
        return float(m.group(1)) if m else None
    if unit == "fraction":
        m = re.fullmatch(r"(\d*(?:\.\d+)?)", v)
        return float(m.group(1)) * 100 if m and m.group(1) else None
    if unit == "size":
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)b?", v)
        if m is None:
            return None
        k = 1024.0 if m.group(3) or (m.group(2) and not raw.strip().lower().endswith("b")) else 1000.0
        return float(m.group(1)) * k ** "_kmgt".find(m.group(2)) if m.group(2) else float(m.group(1))
    base = {"go": 1.0, "s": 1.0, "ms": 0.001, "min": 60.0, "day": 86400.0}.get(unit)
    if base is None:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", v):
        return float(v) * base
    parts = _GO.findall(v)
    if not parts or _GO.sub("", v).strip(" ,"):
        return None
    return sum(float(n) * _GO_PER.get(u, base) if u else float(n) * base for n, u in parts)


def near(value: float, said: tuple[float, ...], slack: float = 0.08) -> bool:
    """`value` is one of `said`, give or take `slack` of it (MB as MiB, 7 days as 168 hours, rounding)."""
    return any(abs(value - s) <= max(slack * abs(s), 1e-9) for s in said)


#: (words, what is read) fixtures (`tests/judge/test_s22_bounds.py`).
FIXTURES: tuple[tuple[str, str, tuple[float, ...]], ...] = (
    ("fordere zwei Stunden Zugriff an", "durations", (7200.0,)),
    ("pide acceso de 2 horas", "durations", (7200.0,)),
    ("一週間より古いログ", "ages", (604800.0,)),
    ("staging ロールを 30 分だけ", "durations", (1800.0,)),
    ("1 saatlik bir token", "durations", (3600.0,)),
    ("älter als zwei Wochen", "ages", (1209600.0,)),
    ("files older than 7 days", "ages", (604800.0,)),
    ("eine halbe Stunde", "durations", (1800.0,)),
    ("shrink the journal to 2 GB", "sizes", (2e9,)),
    ("send half the traffic", "percents", (50.0,)),
    ("أرسل ربع الزيارات", "percents", (25.0,)),
    ("فقط 10 درصد ترافیک", "percents", (10.0,)),
    ("the last dozen builds", "counts", (12.0,)),
    ("keep the last 3 releases", "counts", (3.0,)),
    ("两个小时", "durations", (7200.0,)),
    ("valabil o oră", "durations", (3600.0,)),
    ("อายุ 1 ชั่วโมง", "durations", (3600.0,)),
    ("retention 7 দিন", "durations", (604800.0,)),
    ("sju dagar", "durations", (604800.0,)),
    ("zet de capacity op zes", "counts", (6.0,)),
    ("マイグレーションを1つ戻して", "counts", (1.0,)),
)
#: (words, the amounts of money read) fixtures.
MONEY_FIXTURES: tuple[tuple[str, tuple[tuple[float, int], ...]], ...] = (
    ("refund $12.50 on pi_3QaZ81", ((12.5, 100),)),
    ("erstatte 40 Euro auf pi_3QaZ82", ((40.0, 100),)),
    ("رجّع 25 دولار للعميل", ((25.0, 100),)),
    ("3000円を返金して", ((3000.0, 1),)),
    ("reembolsa R$ 1.250,50", ((1250.5, 100),)),
    ("keep the last 3 releases", ()),
)
VALUE_FIXTURES: tuple[tuple[str, str, float | None], ...] = (
    ("2h", "go", 7200.0), ("120m", "go", 7200.0), ("1h30m", "go", 5400.0), ("2d", "go", 172800.0), ("7200", "go", 7200.0),
    ("+7", "findday", 604800.0), ("-7", "findday", -604800.0), ("+10080", "findmin", 604800.0),
    ("+500M", "findsize", 524288000.0), ("+500k", "findsize", 512000.0), ("2G", "size", 2147483648.0),
    ("200M", "size", 209715200.0), ("500", "ms", 0.5), ("HEAD~3", "rel", 3.0), ("HEAD^", "rel", 1.0),
    ("+52w", "go", 31449600.0), ("500", "s", 500.0), ("0.1", "fraction", 10.0), ("1w", "go", 604800.0),
    ("2weeks", "go", 1209600.0), ("1month", "go", 2592000.0), ("1h 30min", "go", 5400.0), ("72h0m0s", "go", 259200.0),
)
