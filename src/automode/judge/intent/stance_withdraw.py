"""A whole request withdrawn or paused, for `stance`: the words that take back everything asked before
(`withdraws_all`) and the pause before reading more. Split from `stance` for the project's ~600-line limit;
`stance` re-exports every name."""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.judge.intent.withdraw_words import (
    AFTER_TAIL_WORDS,
    AFTERS,
    CJK_WAIT_END,
    CJK_WHOLE,
    EVENTS,
    LEADS,
    THEN,
    TRAIL,
    WAIT_TAIL_WORDS,
    WAITS,
    WHOLE,
    alternation,
)

# ------------------------------------------------------------------ whole withdrawals
#: Words that take back the whole of what was asked before, standing alone or before a comma ("nvm", "nvm, just run
#: the unit tests"), per language. English beyond `later.HOLD` (which this adds to, not replaces).
_WHOLE: dict[str, tuple[str, ...]] = {
    "en": (r"nvm", r"never\s*mind", r"forget\s+(?:it|that|about\s+(?:it|that))", r"scratch\s+that", r"belay\s+that",
           r"cancel\s+(?:that|this)", r"actually\s+(?:don'?t|no)", r"no\s+don'?t", r"don'?t\s+bother", r"disregard(?:\s+that)?",
           r"ignore\s+that", r"on\s+second\s+thoughts?", r"let'?s\s+not", r"better\s+not", r"(?:i\s+)?changed\s+my\s+mind",
           r"leave\s+it", r"hold\s+off", r"not\s+yet", r"not\s+now", r"skip\s+it", r"(?:please\s+)?don'?t",
           # "hold it until QA signs off", "park that for now", "put it on hold"
           r"(?:hold|park|pause)\s+(?:it|that|this|everything|them|off)(?:\s+(?:until|till|for|while)\b.*)?",
           r"put\s+(?:it|that|this|everything)\s+on\s+hold(?:\s+(?:until|till|for|while)\b.*)?",
           # put off: "let's wait for the review", "later", "maybe another time", "postpone it"
           r"let'?s\s+wait(?:\s+(?:for|until|till|on)\b.*)?", r"(?:better|we\s+should)\s+wait(?:\s+(?:for|until|till)\b.*)?",
           r"(?:maybe\s+)?later", r"(?:do\s+it|do\s+that|that\s+can\s+be)\s+later", r"(?:some\s+)?other\s+time",
           r"another\s+time", r"(?:let'?s\s+)?(?:postpone|defer|put\s+off)\s+(?:it|that|this|everything)(?:\s+\w+){0,4}"),
    "de": (r"sp[äa]ter", r"lieber\s+sp[äa]ter", r"vergiss\s+(?:es|das)", r"lass\s+(?:es|das|mal|gut\s+sein)", r"doch\s+nicht", r"lieber\s+nicht", r"abbrechen",
           r"warte?", r"moment(?:\s+mal)?", r"stopp?", r"halt", r"noch\s+nicht", r"nicht\s+jetzt", r"schon\s+gut",
           r"kommando\s+zurück", r"egal"),
    "fr": (r"plus\s+tard", r"une\s+autre\s+fois", r"laisse[sz]?\s+tomber", r"oublie[sz]?(?:\s+(?:ça|ca))?", r"annule[sz]?(?:\s+(?:ça|ca))?", r"attends?", r"attendez",
           r"pas\s+encore", r"pas\s+maintenant", r"finalement\s+non", r"(?:non\s+)?en\s+fait\s+non", r"pas\s+la\s+peine",
           r"laisse[sz]?\s+(?:ça|ca)", r"arr[êe]te[sz]?"),
    "es": (r"m[áa]s\s+tarde", r"otro\s+d[íi]a", r"olv[ií]dalo", r"olvida\s+eso", r"d[ée]jalo(?:\s+as[ií])?", r"cancela(?:lo)?(?:\s+eso)?", r"espera", r"mejor\s+no",
           r"no\s+lo\s+hagas", r"ya\s+no", r"todav[ií]a\s+no", r"a[uú]n\s+no", r"al\s+final\s+no", r"detente"),
    "pt": (r"mais\s+tarde", r"outro\s+dia", r"esquece", r"esque[çc]a", r"deixa\s+(?:pra|para)\s+l[áa]", r"deixa\s+quieto", r"cancela", r"espera", r"pera",
           r"melhor\s+n[ãa]o", r"n[ãa]o\s+fa[çcz]a?", r"ainda\s+n[ãa]o", r"agora\s+n[ãa]o"),
    "it": (r"pi[ùu]\s+tardi", r"un\s+altro\s+giorno", r"lascia(?:te)?\s+(?:perdere|stare)", r"annulla", r"aspetta", r"meglio\s+di\s+no", r"non\s+farlo", r"non\s+ancora",
           r"fermati", r"come\s+non\s+detto", r"niente"),
    "nl": (r"later", r"een\s+andere\s+keer", r"laat\s+maar(?:\s+zitten)?", r"vergeet\s+het", r"laat\s+het", r"wacht", r"toch\s+niet", r"niet\s+doen",
           r"annuleer", r"nog\s+niet", r"niet\s+nu"),
    "sv": (r"senare", r"en\s+annan\s+g[åa]ng", r"gl[öo]m\s+det", r"strunta\s+i\s+det", r"v[äa]nta", r"avbryt", r"g[öo]r\s+inte\s+det", r"inte\s+[äa]n",
           r"l[åa]t\s+bli", r"l[åa]t\s+det\s+vara", r"glem\s+det", r"vent", r"lad\s+v[æa]re", r"la\s+v[æa]re"),
    "pl": (r"p[óo][źz]niej", r"innym\s+razem", r"niewa[żz]ne", r"zapomnij", r"(?:po)?czekaj", r"anuluj", r"jednak\s+nie", r"nie\s+r[óo]b\s+tego",
           r"daj\s+spok[óo]j", r"zostaw\s+to", r"jeszcze\s+nie"),
    "cs": (r"nevad[íi]", r"zapome[ňn]", r"po[čc]kej", r"zru[šs]", r"nech\s+to(?:\s+b[ýy]t)?", r"je[šs]t[ěe]\s+ne",
           r"ned[ěe]lej\s+to"),
    "ru": (r"позже", r"в\s+другой\s+раз", r"пізніше", r"забудь", r"отмена", r"отбой", r"не\s+надо", r"подожди", r"погоди", r"стоп", r"не\s+делай(?:\s+этого)?",
           r"оставь(?:\s+это)?", r"пока\s+не", r"е[щш]ё\s+не", r"еще\s+не", r"неважно", r"проехали",
           r"не\s+треба", r"зачекай", r"почекай", r"скасуй", r"відбій", r"залиш(?:\s+це)?", r"ще\s+ні"),
    "tr": (r"daha\s+sonra", r"bo[şs]\s*ver", r"vazge[çc]", r"bekle", r"iptal", r"yapma", r"dur", r"[şs]imdilik\s+de[ğg]il",
           r"hen[üu]z\s+de[ğg]il", r"unut(?:\s+gitsin)?"),
    "vi": (r"th[ôo]i", r"khoan", r"h[ủu]y", r"[đd][ừu]ng\s+l[àa]m", r"ch[ưu]a"),
    "id": (r"batal(?:kan)?", r"tunggu", r"(?:nggak|gak|ga|tidak|enggak)\s+jadi", r"jangan\s+dulu", r"lupakan"),
    "hi": (r"रहने\s+दो", r"रुको", r"मत\s+करो", r"छोड़ो", r"अभी\s+नहीं"),
    "ar": (r"انتظر", r"لا\s+تفعل", r"إلغاء", r"الغاء", r"انس[ىا]?", r"ليس\s+بعد", r"توقف",
           # the spoken forms (session 23): wait, hold on, not yet, not now, don't, leave it
           r"[اإ]?ستن[ىيّا]+", r"اصبر[يوا]?", r"انطر", r"تسنى", r"ل?س[اةه]\s+(?:ما|مش)", r"مش\s+(?:هلق|هلأ|دلوقتي|الحين|الآن|الان)",
           r"بلاش", r"خل[يّ]ها", r"خليه"),
    # session 15 (F4): waits and "rather not" in the languages and idioms the table lacked
    "fi": (r"odota", r"hetkinen", r"ei\s+viel[äa]", r"mieluummin\s+ei", r"unohda\s+(?:se|tuo)", r"peru(?:uta)?", r"[äa]l[äa]\s+tee"),
    "more": (r"un\s+(?:momento|attimo|instant)", r"(?:um\s+)?momento", r"aguard[ea]", r"plut[ôo]t\s+pas", r"lepiej\s+nie",
             r"rad[šs]i\s+ne", r"hellre\s+inte", r"liever\s+niet", r"sekejap", r"nanti\s+(?:aja|saja|dulu)",
             r"(?:ngga|nggak|gak|ga|tidak|enggak)\s+usah", r"[đd][ợo]i(?:\s+(?:[đd][ãa]|ch[úu]t|x[íi]u))?", r"ch[ờo]\s+[đd][ãa]",
             r"ruk(?:o|\s+jao|\s+ja)?", r"abhi\s+nahi+n?", r"rehne\s+do", r"mat\s+karo", r"wait\s+a\s+(?:sec|second|bit|moment|minute)"),
}  # fmt: skip


#: The same in the languages written without spaces: the phrase opens the message, whatever follows.
_WHOLE_CJK = (r"やっぱり(?:やめ|いい|なし|止め)", r"やめて", r"やめよう", r"やめと(?:こう|いて)", r"(?:ちょっと)?待って", r"まって",
              r"キャンセル", r"取り消し", r"なしで", r"まだ(?:しないで|やらないで)", r"今はいい",
              r"算了", r"别做了", r"不要做了", r"等一下", r"等等", r"取消", r"先别", r"不用了", r"还是不要", r"暂停", r"先不要",
              r"취소", r"됐어", r"잠깐", r"하지\s*마", r"그만", r"안\s*해도\s*돼",
              r"あとで", r"後で", r"また今度", r"以后再说", r"后面再说", r"晚点", r"改天", r"나중에", r"다음에",
              r"รอ", r"ยังก่อน", r"ไม่เอา", r"เดี๋ยวก่อน", r"ยกเลิก", r"อย่าเพิ่ง")  # fmt: skip


#: A later message that narrows what was asked to a look ("только посмотри", "cek aja daftarnya", "só lista", "nur
#: anzeigen", "只看看"): the change asked before is suspended like a withdrawal, the read it narrows to still runs.
#: Read only in a short message (a few words may follow: "just list the pods", "zeig nur die Pods").
_TO_READ: tuple[str, ...] = (
    r"(?:just|only)\s+(?:show|list|look|check|print|display|read|see)\b", r"(?:show|list)\s+(?:me\s+)?only\b",
    r"look\s+(?:but\s+)?don'?t\s+touch", r"read[- ]only\s+(?:for\s+now|please|pls)",
    r"(?:nur|blo(?:ß|ss)|erst\s+mal\s+nur)\s+(?:anzeigen|zeigen|auflisten|ansehen|anschauen|gucken|schauen|lesen|listen)",
    r"(?:zeig|schau|guck|list)(?:\s+(?:mir|es|sie))?\s+(?:erst(?:\s+mal)?\s+)?nur",
    r"(?:montre|affiche|liste|regarde)[sz]?(?:-moi)?\s+(?:juste|seulement|uniquement)",
    r"(?:juste|seulement)\s+(?:regarder|lister|afficher|montrer|voir)",
    r"s[óo]l(?:o|amente)\s+(?:lista[r]?|mira[r]?|mu[ée]stra(?:me)?|mostrar|ver|revisa[r]?|consulta[r]?)",
    r"(?:lista|mu[ée]stra\w*|mira)\s+s[óo]lo", r"s[óo]lo\s+mu[ée]stra\w*",
    r"(?:s[óo]|apenas)\s+(?:lista[r]?|mostra[r]?|olha[r]?|ver|verifica[r]?|v[êe])", r"(?:lista|mostra)\s+s[óo]",
    r"(?:mostra(?:mi)?|elenca|guarda)\s+solo", r"solo\s+(?:mostra(?:re)?|elenca(?:re)?|guarda(?:re)?|vedere|controlla(?:re)?)",
    r"(?:toon|bekijk|kijk|laat)\s+(?:\w+\s+)?(?:alleen|enkel)", r"alleen\s+(?:tonen|bekijken|kijken|laten\s+zien)",
    r"(?:poka[żz]|wylistuj|sprawd[źz]|zobacz)\s+tylko", r"tylko\s+(?:poka[żz]|wylistuj|sprawd[źz]|zobacz|popatrz)",
    r"(?:jen|jenom|pouze)\s+(?:uka[žz]|vypi[šs]|zobraz|pod[íi]vej|zkontroluj)", r"(?:uka[žz]|vypi[šs])\s+(?:jen|jenom|pouze)",
    r"(?:visa|lista|kolla)\s+bara", r"bara\s+(?:visa|lista|kolla|titta)",
    r"(?:n[äa]yt[äa]|listaa|katso|tarkista)\s+vain", r"vain\s+(?:n[äa]yt[äa]|listaa|katso|tarkista)",
    r"(?:sadece|yaln[ıi]zca)\s+(?:g[öo]ster|listele|bak|kontrol\s+et)",
    r"ch[ỉi]\s+(?:xem|li[ệe]t\s+k[êe]|ki[ểe]m\s+tra|hi[ểe]n\s+th[ịi])",
    r"(?:cek|lihat|liat|tampilkan|periksa)\s+(?:aja|saja|doang)", r"(?:cuma|hanya|cukup)\s+(?:cek|lihat|liat|tampilkan|periksa)",
    r"(?:только|просто|лишь)\s+(?:посмотри|покажи|выведи|глянь|проверь)", r"(?:посмотри|покажи)\s+только",
    r"(?:тільки|лише|просто)\s+(?:подивись|покажи|виведи|перевір)",
    r"(?:sirf|bas)\s+(?:dikhao|dekho|list\s+karo|check\s+karo)", r"(?:सिर्फ|बस)\s+(?:दिखाओ|देखो)",
    r"فقط\s+(?:اعرض|أعرض|اظهر|أظهر|شاهد)", r"(?:اعرض|أعرض)\s+فقط",
)  # fmt: skip


_TO_READ_CJK = (r"只看", r"只是看", r"看看就好", r"只列", r"只显示", r"只顯示", r"只查", r"見るだけ", r"一覧だけ", r"表示だけ",
                r"確認だけ", r"보기만", r"목록만", r"확인만", r"ดูเฉยๆ", r"ดูอย่างเดียว", r"แค่ดู", r"แค่เช็ค")  # fmt: skip


#: Words that may open a withdrawal ("no, nvm", "oh wait", "en fait, laisse tomber", "nein, doch nicht").
_LEAD = (r"(?:(?:no|nah|nope|ok|okay|oh|ah|hmm|um|uh|sorry|actually|well|so|hm|nein|non|n[ãa]o|nee|nej|nie|нет|ні|"
         r"hay[ıi]r|doch|bueno|pues|en\s+fait|eigentlich|ach|in\s+realt[àa]|na\s+verdade|w[łl]a[śs]ciwie|ладно|ой|"
         + "|".join(LEADS) + r")(?:\W+|(?<=[^\x00-\u2fff])))*")  # fmt: skip  (session 16: `withdraw_words.LEADS`)


_WHOLE_RE = lazyre.compile(
    r"(?i)^\W*" + _LEAD + r"(?:" + "|".join(p for ps in _WHOLE.values() for p in ps) + "|" + alternation(WHOLE)
    + r")" + TRAIL + r"(?=\W*$|\s*[,.;:!?—–。、，！])|^\W*" + _LEAD + r"(?:" + "|".join(_WHOLE_CJK + CJK_WHOLE) + r")")


#: A pause at the opening ("wait for QA", "attends la fin de la CI", "tunggu QA selesai"): `_pause` reads its tail.
_WAIT_RE = lazyre.compile(r"(?i)^\W*" + _LEAD + r"(?:(?P<after>" + "|".join(AFTERS) + r")\s|" + alternation(WAITS) + r")")


#: A pause closing a short message in the languages written without spaces ("QAが終わるまで待って", "等QA测完再说").
_CJK_WAIT_RE = lazyre.compile(r"(?:" + "|".join(CJK_WAIT_END) + r")[\s。.!！~～…]*$")


_SENTENCE_END = lazyre.compile(r"[.!?;\n。！？]")


#: Words that may open a narrowing besides `_LEAD` ("mejor solo muéstramelas", "lieber nur anzeigen", "eh cek aja").
_READ_LEAD = (r"(?:(?:mejor|melhor|meglio|lieber|besser|plut[ôo]t|liever|eh|hmm|ah|wait|espera|warte|attends|aspetta|"
              r"wacht|tunggu|подожди|погоди|stop)\W+)*")


_TO_READ_RE = lazyre.compile(r"(?i)^\W*" + _LEAD + _READ_LEAD + r"(?:" + "|".join(_TO_READ) + r")|^\W*(?:" + "|".join(_TO_READ_CJK) + r")")


#: A narrowing to a look is read in a message of at most this many words ("just list the pods in demo").
_TO_READ_WORDS = 8


@lru_cache(maxsize=2048)
def withdraws_all(text: str) -> str:
    """The words of a message that take back everything asked before it ("nvm", "laisse tomber"), "" if none."""
    m = _WHOLE_RE.match(text.strip()[:300])
    if m is None and len(text.split()) <= _TO_READ_WORDS:
        m = _TO_READ_RE.match(text.strip()[:300])  # "только посмотри", "cek aja daftarnya": narrowed to a look
    return m.group(0).strip() if m is not None else _pause(text.strip()[:300])


def _pause(text: str) -> str:
    """A message that puts the request off until something happens ("wait for QA", "attends la fin de la CI",
    "tunggu QA selesai", "QAが終わるまで待って"): its first sentence, "" when it is none or goes on to ask for
    something ("wait for the build, then deploy")."""
    from automode.judge.intent.words import VERB_WORDS

    m = _WAIT_RE.match(text)
    if m is not None:
        end = _SENTENCE_END.search(text, m.end())
        tail = text[m.end(): end.start() if end else len(text)]
        after = tail.split(",", 1)[1].split() if "," in tail else []
        most = AFTER_TAIL_WORDS if m.group("after") else WAIT_TAIL_WORDS
        if m.group("after") and not EVENTS.search(tail):
            return ""  # "after the migration the app crashed": a report, not a pause
        if not THEN.search(tail) and len(tail.split()) <= most and not (after and after[0].lower() in VERB_WORDS):
            return text[: end.start() if end else len(text)].strip()
    first = _SENTENCE_END.split(text, 1)[0] if len(text) <= 60 else ""
    if first and _CJK_WAIT_RE.search(text.strip()) and not THEN.search(first):
        return text.strip()
    return ""
