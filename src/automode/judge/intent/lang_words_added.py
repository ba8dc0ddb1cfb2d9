"""The request reader's words in Tamil, Bengali, Icelandic and Albanian (session 24, O3: "staging eks cluster-ல
route-batcher deployment-ஐ நீக்கு", "dev প্রজেক্টের GKE থেকে feature-batch cronjob মুছে দাও", "endurræstu search-api
þjónustuna á staging", "fshi shportat … në mongo dev"): the same format as `lang_words_more.SPACED` and
`lang_words.LATIN` (gloss -> forms; a form ending in `*` is a stem). Tamil and Bengali are told apart by their
letters (`gloss._script_langs`), Icelandic and Albanian by their words and the letters only they write
(`LETTERS`). Forms are imperatives and the trade's loan words as the languages write them.
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
INDIC: Mapping[str, Mapping[str, str]] = {
    "ta": {
        "delete": "நீக்கு* அழி* டிலீட்*",
        "restart": "ரீஸ்டார்ட்* மறுதொடக்கம்* மீண்டும்_தொடங்கு*",
        "deploy": "டெப்ளாய்* வெளியிடு*",
        "run": "இயக்கு* ஓட்டு* ரன்",
        "stop": "நிறுத்து*",
        "install": "நிறுவு*",
        "update": "புதுப்பி*",
        "send": "அனுப்பு*",
        "create": "உருவாக்கு*",
        "NEG": "வேண்டாம் கூடாது",
        "only": "மட்டும்",
        "all": "அனைத்து எல்லா",
        "and": "மற்றும்",
        "": "ல் இல் ஐ இன் உடைய செய் செய்யவும் பண்ணு",
    },
    "bn": {
        "delete": "মুছে* মুছ* ডিলিট* সরিয়ে_দাও সরাও",
        "restart": "রিস্টার্ট* পুনরায়_চালু*",
        "deploy": "ডিপ্লয়*",
        "run": "চালাও* চালান* রান",
        "stop": "থামাও* বন্ধ_করো",
        "install": "ইনস্টল*",
        "update": "আপডেট*",
        "send": "পাঠাও* পাঠান*",
        "create": "তৈরি_করো বানাও*",
        "NEG": "না",
        "only": "শুধু কেবল",
        "all": "সব সমস্ত",
        "and": "এবং ও",
        "": "থেকে এর কে দাও করো করুন দিন প্রজেক্টের",
    },
}
#: Latin-script languages (read like `lang_words_acts.NEW_LATIN`).
LATIN_ADDED: Mapping[str, Mapping[str, str]] = {
    "is": {
        "delete": "eyddu eyða fjarlægðu hentu",
        "restart": "endurræstu endurræsa",
        "run": "keyrðu keyra",
        "deploy": "settu_út",
        "stop": "stöðvaðu stoppaðu",
        "install": "settu_upp",
        "update": "uppfærðu",
        "send": "sendu",
        "create": "búðu_til",
        "NEG": "ekki",
        "only": "bara aðeins",
        "all": "allar allt alla",
        "and": "og",
        "": "á í með fyrir þjónustuna þjónustu",
    },
    "sq": {
        "delete": "fshi fshij fshini hiq hiqni",
        "restart": "rinis rinisni",
        "run": "ekzekuto lësho",
        "deploy": "publiko shpërndaj",
        "stop": "ndalo ndal",
        "install": "instalo",
        "update": "përditëso",
        "send": "dërgo",
        "create": "krijo",
        "NEG": "mos",
        "only": "vetëm",
        "all": "të_gjitha gjithë",
        "and": "dhe",
        "": "e në me nga për te scriptin skriptin",
    },
}
#: Letters only these languages write among the Latin-script ones the reader knows.
LETTERS: Mapping[str, str] = {"is": "þð", "sq": "ë"}
# fmt: on
