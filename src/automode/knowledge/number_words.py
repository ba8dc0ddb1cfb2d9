"""The numbers one to twenty in the languages of the sets (session 27, R3, helper `cli`), read with
`judge.intent.said_units.NUMBERS` wherever a count or a duration is said in words: "behalte die letzten fünf vollen"
for `wal-g delete retain FULL 5`, "behåll de senaste sex" for `borg prune --keep-last 6`, "zostaw ostatnie cztery".

One row per language: the words for 1..20 in order ("" where the word is written with a space, or is left out).
Left out (`COLLIDES`): the words that are also a common word of English or of another language of the sets in the
same slot ("to", "fire", "hat", "on", "opt", "set", "du", "ni", "ti", "et", "năm" the year, "hét" the week), so that
"move it to staging" holds no two.

Sources: the cardinal numerals of each language's standard grammar (Unicode CLDR spellout rules, cardinal).
"""

from __future__ import annotations

_ROWS: dict[str, str] = {
    "sv": "en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo",
    "da": "en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tyve",
    "nb": "en to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tjue",
    "fi": "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista "
          "kolmetoista neljätoista viisitoista kuusitoista seitsemäntoista kahdeksantoista yhdeksäntoista kaksikymmentä",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn "
          "achtzehn neunzehn zwanzig",
    "nl": "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
          "achttien negentien twintig",
    "fr": "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
          "dix-neuf vingt",
    "es": "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
          "dieciocho diecinueve veinte",
    "pt": "um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito "
          "dezenove vinte",
    "it": "uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici "
          "diciassette diciotto diciannove venti",
    "ca": "un dos tres quatre cinc sis set vuit nou deu onze dotze tretze catorze quinze setze disset divuit dinou vint",
    "pl": "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście "
          "piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia",
    "cs": "jeden dva tři čtyři pět šest sedm osm devět deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct "
          "sedmnáct osmnáct devatenáct dvacet",
    "sk": "jeden dva tri štyri päť šesť sedem osem deväť desať jedenásť dvanásť trinásť štrnásť pätnásť šestnásť "
          "sedemnásť osemnásť devätnásť dvadsať",
    "hr": "jedan dva tri četiri pet šest sedam osam devet deset jedanaest dvanaest trinaest četrnaest petnaest "
          "šesnaest sedamnaest osamnaest devetnaest dvadeset",
    "sl": "ena dva tri štiri pet šest sedem osem devet deset enajst dvanajst trinajst štirinajst petnajst šestnajst "
          "sedemnajst osemnajst devetnajst dvajset",
    "ru": "один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать "
          "пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать",
    "uk": "один два три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять тринадцять чотирнадцять "
          "п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять двадцять",
    "bg": "едно две три четири пет шест седем осем девет десет единадесет дванадесет тринадесет четиринадесет "
          "петнадесет шестнадесет седемнадесет осемнадесет деветнадесет двадесет",
    "sr": "један два три четири пет шест седам осам девет десет једанаест дванаест тринаест четрнаест петнаест "
          "шеснаест седамнаест осамнаест деветнаест двадесет",
    "tr": "bir iki üç dört beş altı yedi sekiz dokuz on - - - - - - - - - yirmi",
    "hu": "egy kettő három négy öt hat hét nyolc kilenc tíz tizenegy tizenkettő tizenhárom tizennégy tizenöt tizenhat "
          "tizenhét tizennyolc tizenkilenc húsz",
    "ro": "unu doi trei patru cinci șase șapte opt nouă zece unsprezece doisprezece treisprezece paisprezece "
          "cincisprezece șaisprezece șaptesprezece optsprezece nouăsprezece douăzeci",
    "id": "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas - - - - - - - - -",
    "vi": "một hai ba bốn năm sáu bảy tám chín mười - - - - - - - - - -",
    "tl": "isa dalawa tatlo apat lima anim pito walo siyam sampu labing-isa labindalawa labintatlo labing-apat "
          "labinlima labing-anim labimpito labingwalo labinsiyam dalawampu",
    "sw": "moja mbili tatu nne tano sita saba nane tisa kumi - - - - - - - - - ishirini",
    "el": "ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι "
          "δεκαεπτά δεκαοκτώ δεκαεννέα είκοσι",
    "et": "üks kaks kolm neli viis kuus seitse kaheksa üheksa kümme üksteist kaksteist kolmteist neliteist viisteist "
          "kuusteist seitseteist kaheksateist üheksateist kakskümmend",
    "lv": "viens divi trīs četri pieci seši septiņi astoņi deviņi desmit vienpadsmit divpadsmit trīspadsmit "
          "četrpadsmit piecpadsmit sešpadsmit septiņpadsmit astoņpadsmit deviņpadsmit divdesmit",
    "lt": "vienas du trys keturi penki šeši septyni aštuoni devyni dešimt vienuolika dvylika trylika keturiolika "
          "penkiolika šešiolika septyniolika aštuoniolika devyniolika dvidešimt",
}  # fmt: skip

#: Declined forms read as their number (genitive and accusative plural after "the last …", ASCII spellings).
_FORMS: dict[str, int] = {
    "funf": 5, "fuenf": 5, "zwolf": 12, "zwoelf": 12, "pięciu": 5, "sześciu": 6, "siedmiu": 7, "ośmiu": 8,
    "dziewięciu": 9, "dziesięciu": 10, "dwóch": 2, "trzech": 3, "czterech": 4, "pięcioma": 5, "пяти": 5, "шести": 6,
    "семи": 7, "восьми": 8, "десяти": 10, "четырёх": 4, "двух": 2, "трёх": 3, "pěti": 5, "šesti": 6, "sedmi": 7,
    "deseti": 10, "dvou": 2, "tří": 3, "čtyř": 4, "pet": 5, "duas": 2, "dezasseis": 16, "dezassete": 17,
    "dezanove": 19, "viiden": 5, "kuuden": 6, "seitsemän": 7, "kymmenen": 10, "ötöt": 5,
}  # fmt: skip

#: Words of a row that are also a common word in the same slot (English or another language of the sets).
COLLIDES = frozenset({"to", "fire", "hat", "on", "opt", "set", "du", "ni", "ti", "et", "năm", "hét", "en", "un",
                      "ba", "hai", "isa", "nne", "sis", "nou", "deu", "tano", "sita", "ena", "pet", "one"})


def number_words() -> dict[str, float]:
    """Every word of `_ROWS` and `_FORMS` -> its number, without `COLLIDES`."""
    out: dict[str, float] = {}
    for row in _ROWS.values():
        for n, w in enumerate(row.split(), start=1):
            if w != "-" and w not in COLLIDES:
                out.setdefault(w, float(n))
    out.update({w: float(n) for w, n in _FORMS.items() if w not in COLLIDES})
    return out
