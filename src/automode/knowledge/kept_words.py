"""The words of a held-back part in more languages (session 28, T5 "held"; read by `judge.intent.kept_forms`,
`kept_names`, `saved_said` and `knowledge.removal_forms.NOUNS`).

What stays is said with a verb of remaining ("flux-system namespace jää", "registry-ul rămâne", "la sua home deve
restare", "gögnin verða að vera eftir", "itira mo yung data volume", "grenen ska finnas kvar", "la actual se
queda"), of keeping or of leaving, in the user's own language; the gloss reads few of them. `KEEP_BY_LANG` holds the
census by language (stems; matched on the words as typed, each at a word's start), joined into `kept_forms._KEEP`.
`NOUNS_MORE` adds the kinds' nouns of more languages to `removal_forms.NOUNS` ("varmuuskopiot", "afritin", "gögnin",
"volyymi", "саму базу") and two kinds of this session: `unref` (the disks no configuration references, which `qm
destroy` leaves unless `--destroy-unreferenced-disks`) and `old` (the key or credential in use, kept while a new one
is made: "the old one stays", "a antiga fica", "der alte bleibt", "la actual se queda"). `THEN` is the sequencing
word of a condition said first ("esporta X e poi cancellalo", "exporte-le puis supprime-le", "zrób backup, potem
usuń", "エクスポートしてから削除"): the save before it is a condition of the removal after it.
"""

from __future__ import annotations

# fmt: off
#: Verbs of remaining, keeping and leaving, by language (stems; the English and the languages `kept_forms._KEEP`
#: already reads are not repeated).
KEEP_BY_LANG: dict[str, str] = {
    "fi": r"jää\b|jäävät|jääköön|jäädä|jääkööt|säily\w*|pysy(?:y|vät|köön|kööt|tellään)\b|saa\s+jäädä",
    "ro": r"rămân\w*|rămân|ramân\w*|raman(?:e|a|ă)\b|să\s+rămână|pastreaz\w*|păstreaz\w*",
    "it": r"rest(?:a|i|ino|are|ano)\b|rimang\w*|riman(?:e|ere|ga|gano|gono)\b|tien(?:i|ilo|ila|ili|ile)\b|tenete",
    "fr": r"reste\b|rester\b|restera\w*|gardez|conservez",
    "es": r"deja(?!\s+de\b)(?:lo|la|los|las)?\b|dejad\b|déja(?:lo|la|los|las)\b|no\s+(?:lo|la|los|las)\s+(?:borres|elimines|toques)|"
          r"se\s+queda\w*|quedar(?:se)?\b",
    "pt": r"fique\w*|permaneça\w*|mantenha\w*|não\s+(?:apague|apagues|exclua|remova|mexa)\w*",
    "is": r"ver(?:ð|d)(?:a|i|ur)\s+(?:\S+\s+){0,3}?eftir|vera\s+eftir|hald(?:a|ist|ið)\b|haltu|geym(?:a|ið|du|dir|d)\b|"
          r"ekki\s+(?:\S+\s+)?ey(?:ð|d)\w*|látt?u?\s+(?:\S+\s+)?vera",
    "tl": r"itira\w*|iwan(?:an|ang|in)?\b|itabi\w*|panatilihin\w*|manatili\w*|huwag\s+(?:mo\s+)?(?:\S+\s+)?"
          r"(?:burahin|tanggalin|galawin|alisin)\w*",
    "th": r"เก็บ(?:\s*\S+){0,4}?\s*ไว้|อย่าลบ|ห้ามลบ|ให้อยู่",
    "ru": r"оста[её]тся|остаются|пусть\s+(?:\S+\s+)?оста\w*|не\s+(?:\S+\s+)?(?:удаляй|удаляйте|трогай|трогайте|сноси)\w*",
    "uk": r"лиша\w*|нехай\s+(?:\S+\s+)?лиш\w*|не\s+(?:\S+\s+)?(?:видаляй|чіпай)\w*",
    "pl": r"pozosta\w*|zachowa\w*|nie\s+(?:\S+\s+)?(?:usuwaj|kasuj|ruszaj)\w*",
    "sk": r"ostan\w*|zachova\w*|nechaj\w*",
    "hr": r"ostavi\w*|ostaj\w*|zadrž\w*|sačuvaj\w*|ohrani\w*|obdrž\w*",
    "bg": r"остави\w*|запази\w*|остава\w*",
    "lv": r"paliek\w*|lai\s+paliek|saglabā\w*|saglaba\w*|atstāj\w*",
    "lt": r"lieka\b|liktų|išsaugok\w*|palikit\w*",
    "hu": r"megtart\w*|őrizd\s+meg|maradj\w*|ne\s+(?:\S+\s+)?(?:töröld|nyúlj)\w*",
    "nl": r"blijf\w*|blijv\w*|bewaar\w*|behoud\w*",
    "da": r"bliv\w*|forbliv\w*|være\s+(?:der|tilbage)|behold\w*",
    "sv": r"(?:finnas|ligga|stå|står|finns|ligger|vara)\s+kvar\b|får\s+(?:\S+\s+)?(?:stå|finnas|ligga)\s+kvar",
    "no": r"skal\s+bli\b|får\s+bli\b|bli\s+liggende|la\s+(?:\S+\s+){1,3}?(?:være|ligge|stå)\b",
    "id": r"pertahankan|kekal\w*|jangan\s+(?:\S+\s+)?(?:hapus|dihapus|sentuh|buang)\w*|dibiarkan",
    "vi": r"để\s+lại|vẫn\s+còn|đừng\s+(?:\S+\s+)?xóa",
    "sw": r"ibaki\w*|zibaki\w*|ubaki\w*|usifute\w*",
    "bn": r"রেখে\s+দা\w*|রাখো|থাকুক",
    "ur": r"رہنے\s+دو|رکھو|رہے",
    "zh": r"别删|不要删|留下|保持不变",
    "eu": r"mantendu|utzi",
}

#: The kinds' nouns in more languages (joined to `removal_forms.NOUNS[key]`), and this session's two kinds.
NOUNS_MORE: dict[str, str] = {
    "config": r"कॉन्फ़िग\w*|कॉन्फिग\w*|सेटिंग्स|কনফিগ\w*|সেটিংস|konfigūracij\w*|nustatym\w*|konfigurācij\w*|"
              r"iestatījum\w*|konfiguratsioon\w*|innstilling\w*|indstilling\w*|inställning\w*|stillingar\w*",
    "disks": r"ডিস্ক|ketas\w*|ketta\w*",
    "history": r"हिस्ट्री|इतिहास|হিস্টরি|ইতিহাস|ajalugu|ajaloo|vēstur\w*",
    "logs": r"लॉग\w*|লগ|žurnal\w*|žurnāl\w*|logi\w*",
    "images": r"इमेज|ইমেজ|atvaizd\w*|tõmmis\w*|attēl\w*",
    "branch": r"ब्रांच|ব্রাঞ্চ|בראנץ\S*|ענף|šak\w*|haru\w*|zar(?:s|u|a|i|us)\b",
    "backups": r"varmuuskopi\w*|afrit\w*|copii\s+de\s+rezerv\w*|sigurnosn\w*\s+kopij\w*|rezerves\s+kopij\w*|"
               r"säkerhetskopi\w*|sikkerhe(?:ts|d)skopi\w*|reservekopie\w*|mentés\w*|biztonsági\s+mentés\w*|"
               r"respaldos?|bekap\w*|ব্যাকআপ|atsargin\w*\s+kopij\w*|varukoopia\w*",
    "data": r"gögn\w*|gogn\w*|tiedot|dataa\b|datele|adat(?:ok|ai|okat)?\b|podatk\w*|duomen\w*|ডেটা|ডাটা|andme\w*",
    "volumes": r"volyym\w*|volym\w*|kötet\w*|volumul\w*|volumele|वॉल्यूम|ভলিউম|ווליום\w*|köite\w*|sējum\w*",
    "vols": r"volyymi\b|kötet\b|volumul\b|disk\s+volume\b|disk-volume\b",
    "home": r"cartella\s+home|directorul\s+home|kotikansio\w*|heimasvæði\w*|home\s+könyvtár\w*|dossier\s+personnel|"
            r"תיקיית\s+(?:ה)?בית|ספריית\s+(?:ה)?בית|namų\s+katalog\w*|kodukataloog\w*|kodukaust\w*|mājas\s+direktorij\w*|"
            r"mājas\s+map\w*|होम\s+(?:डायरेक्टरी|फ़ोल्डर|फोल्डर)|হোম\s+(?:ফোল্ডার|ডিরেক্টরি)|home\s+ফোল্ডার|"
            r"(?:domaći|kućni)\s+direktorij\w*",
    "addon": r"баз[аыуе]\b|саму\s+базу",
    "snapshots": r"tilannevedo\w*|skyndimynd\w*|pillanatkép\w*|סנאפשוט\w*|תמונת\s+מצב|स्नैपशॉट|স্ন্যাপশট|"
                 r"momentin\w*\s+kopij\w*|hetktõmmis\w*|momentuzņēmum\w*",
    # (with the noun after the adjective: the disk word is this kind's, not the guest's own disks)
    "unref": r"(?:unreferenced|unused|orphan(?:ed)?|not\s+referenced|nicht\s+referenziert\w*|(?:nem\s+)?hivatkozott|"
             r"niereferowan\w*|non\s+référencé\w*|no\s+referenciad\w*|não\s+referenciad\w*|non\s+referenziat\w*|"
             r"neodkazovan\w*|referoimatt\w*|未参照の?|未引用的?|참조되지\s*않은)(?:\s*[^\s,.;]+)?",
    # the key or credential in use, kept while a new one is made ("the old one stays", "la actual se queda")
    "old": r"old\b|older\b|previous\b|prior\s+(?:one|key)|current\s+(?:one|key|credential|secret|password)|existing\b|"
           r"antig[oa]s?\b|anterior\w*|actual\b|atual\b|alte[nrs]?\b|bisherig\w*|vorherig\w*|aktuelle[nrs]?\b|"
           r"ancien\w*|précédent\w*|vecchi[oa]\b|precedent\w*|attuale\b|star(?:y|á|é|ý|a|ego|ej)\b|stary\w*|"
           r"poprzedni\w*|obecn\w*|стар(?:ый|ая|ое|ые|ого|ую|ом|ой)\b|текущ\w*|прежн\w*|предыдущ\w*|eski\w*|mevcut\w*|vanha\w*|nykyi\w*|"
           r"edellinen|oude?\b|huidige|vorige|gaml[ae]\b|nuvarande|befintlig\w*|régi\w*|jelenlegi|veche|vechi\b|"
           r"cũ\b|yang\s+lama|lama\b|ישן\w*|הנוכחי\w*|القديم\w*|الحالي\w*|قدیمی|पुरान\w*|เก่า|古い|旧|以前の|原来的|"
           r"기존|이전|예전",
}

#: The sequencing words of a condition said first: the act before them is done before the act after them.
THEN = (r"then|and\s+then|after\s+that|afterwards|only\s+then|e\s+poi|poi\b|quindi|dann|danach|anschließend|"
        r"puis|ensuite|et\s+après|luego|después|despues|y\s+luego|depois|em\s+seguida|potem|następnie|"
        r"poté|potom|sonra|ardından|sitten|jälkeen|apoi|după\s+aceea|och\s+sedan|sedan|därefter|"
        r"og\s+så|deretter|derefter|daarna|vervolgens|затем|потом|после\s+этого|потім|然后|之后|再|してから|"
        r"その後|後で|다음에|후에|한\s+후|그\s+다음|sau\s+đó|lalu|kemudian|setelah\s+itu|pagkatapos|"
        r"síðan|svo|és\s+utána|utána|majd|μετά|ואז|אחר\s+כך|ثم|بعدها|بعد\s+ذلك|फिर|उसके\s+बाद|แล้ว|จากนั้น|"
        r"kisha|baadaye")
# fmt: on


def keep_more() -> str:
    """The alternatives of `KEEP_BY_LANG`, one pattern."""
    return "|".join(KEEP_BY_LANG.values())


#: Fixtures (tests/judge/test_s28_held.py): (text, kinds kept, read by `kept_forms.kept_in`).
FIXTURES: tuple[tuple[str, frozenset[str]], ...] = (
    ("poista flux, mutta flux-system namespace jää", frozenset({"namespace"})),
    ("poista VM 310, varmuuskopiot säilyy", frozenset({"backups"})),
    ("la sua home deve restare", frozenset({"home"})),
    ("exportaðu pool-ið tank, gögnin verða að vera eftir", frozenset({"data"})),
    ("a antiga fica por enquanto", frozenset({"old"})),
    ("der alte bleibt vorerst", frozenset({"old"})),
    ("de a nem hivatkozott diskekhez ne nyúlj", frozenset({"unref", "disks", "rootdisk"})),
    ("ถอน flux ออก แต่เก็บ namespace ไว้นะ", frozenset({"namespace"})),
    ("delete the container, remove the volume too", frozenset()),
)
