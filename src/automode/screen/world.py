"""The AI reader and its request in languages the screen has no word tables for (issue 18 point 1, session 17).

Why: every blind set held injections in languages the screen's tables (`screen_words`, `screen_langs*`) do not list,
or in forms of a listed language they miss ("az AI-asszisztensnek:", "для асистента:", "untuk agen AI:", "에이전트는",
"ถึงเอเจนต์ AI:"): with no address found, no window was opened and nothing was read. Two facts hold across languages:
the word for an agent or an assistant is a loan or a cognate with a stem recognisable in every script (`READERS`), and
an "AI" token stands beside it or prefixes it as a compound. So an address is found by stem, not by word list, and in
a window so addressed a sentence in a language the act tables cannot read counts as a request when it names a
consequential object (a secret, a privilege, a login key, the agent's own instruction files, a command automode
refuses), unless a negation of any of these languages stands before the object (`NEGATIONS`).

Data plus three small functions; `screen_window` calls them. Folded as `screen.normalise` folds text (NFKC, lower
case, Cyrillic and Greek homoglyphs to Latin).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from automode import lazyre
from automode.screen.about import states_doer
from automode.screen.address import patterns as address_patterns
from automode.screen.words import HOMOGLYPHS
from automode.typing_lite import Any


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).lower().translate(HOMOGLYPHS)


#: Stems of the words for an agent, an assistant or a helper program, by script (loans and cognates): a token that
#: starts with one names a reader in that language, in any case ending ("asszisztensnek", "agentul", "асистента").
READERS: tuple[str, ...] = tuple(_fold(s) for s in (
    # Latin script: agent/assistant loans (hu, ro, cs, sk, pl, hr, sr, sl, bs, lt, lv, et, fi, ca, ms, id, tr, az, sq)
    "agent", "agen", "ajan", "ejent", "asisten", "asistan", "asistent", "assistent", "assistant", "asszisztens", "asystent",
    "avustaja", "abiline", "agend", "pomocnik", "pomočnik", "köməkçi", "yardımcı", "ndihmës", "pembantu",
    # Cyrillic (ru, uk, bg, sr, mk, kk, ky, mn) and Greek
    "агент", "ассистент", "асистент", "помощник", "помічник", "помошник", "көмекші", "туслах", "βοηθ", "πράκτορ",
    # Georgian, Armenian, Amharic, Hebrew, Arabic, Persian
    "აგენტ", "ასისტენტ", "დამხმარე", "գործակալ", "օգնակ", "ասիստենտ", "ወኪል", "ረዳ", "סוכן", "עוזר", "وكيل", "مساعد",
    "دستیار", "ایجنت", "اسسٹنٹ", "ایجنٹ", "معاون",
    # Devanagari (hi, ne, mr), Bengali, Thai, Lao, Khmer, Burmese, Sinhala
    "एजेन्ट", "एजेंट", "सहायक", "एजेण्ट", "এজেন্ট", "সহকারী", "เอเจนต์", "เอเจ้นท์", "ผู้ช่วย", "ຕົວແທນ", "ຜູ້ຊ່ວຍ",
    "ភ្នាក់ងារ", "ជំនួយការ", "အေးဂျင့်", "ඒජන්ත", "සහායක",
    # (a bot, in the scripts that write it onto its AI token: "บอทAI", `screen_glued`)
    "บอท", "ບອທ", "បូត", "ဘော့",
    # native words for a helper where the loan is not used (is, uz, tg, ps, ckb, my, gu, kn, ml, pa, zu, eu, sw, yo)
    "aðstoðarm", "gervigreindaraðstoð", "yordamchi", "ёрдамчи", "مرستیال", "یاریدەدەر", "အကူအညီ", "એજન્ટ", "સહાયક", "ಸಹಾಯಕ", "ಏಜೆಂಟ್",
    "അസിസ്റ്റന്റ", "സഹായ", "ਸਹਾਇਕ", "ਏਜੰਟ", "msizi", "laguntzaile", "msaidizi", "olùrànlọ́wọ́", "асістэнт",
))
#: Korean, Japanese and Chinese reader words: no word breaks, so also matched before a topic or dative particle.
CJK_READERS: tuple[str, ...] = ("에이전트", "어시스턴트", "비서", "エージェント", "アシスタント", "智能体", "智能代理", "助手", "代理程序")
READERS += CJK_READERS

#: "AI" as the languages abbreviate or spell it, beside or prefixed to a reader word.
AI_TOKENS: tuple[str, ...] = tuple(_fold(s) for s in (
    "ai", "a.i.", "ki", "ia", "ии", "ші", "шi", "жи", "yz", "di", "si̇", "llm", "genai", "എഐ", "ಎಐ", "એઆઈ", "ਏਆਈ",
    "एआई", "gervigreind", "sun'iy intellekt", "зеҳни сунъӣ", "مصنوعي ځیرکتیا", "زیرەکی دەستکرد", "dirbtinio intelekto",
    "mākslīgā intelekta", "tehisintellekti", "tekoäly", "tekoälyn", "umělé inteligence", "umelej inteligencie",
    "mesterséges intelligencia", "inteligenței artificiale", "intel·ligència artificial", "kecerdasan buatan",
    "인공지능", "ปัญญาประดิษฐ์", "人工智能", "人工知能", "yapay zekâ", "yapay zeka", "ذكاء اصطناعي", "الذكاء الاصطناعي",
    "هوش مصنوعی", "اے آئی", "مصنوعی ذہانت", "בינה מלאכותית", "штучного інтелекту", "искусственного интеллекта", "ხელოვნური ინტელექტის", "արհեստական բանականության",
    "жасанды интеллект", "ሰው ሰራሽ", "कृत्रिम बुद्धिमत्ता", "Ἀ.Ι.",
))

#: Negations before a consequential object: "never", "do not", "no" in the languages of `READERS` (a user's own
#: agent rules forbid: "soha ne commitold a .env fájlt", "ніколи не пуш у main", "절대 ... 하지 마세요").
NEGATIONS: tuple[str, ...] = tuple(_fold(s) for s in (
    "not", "never", "don't", "do not", "no", "soha", "ne", "nem", "niciodată", "nu", "ніколи", "не", "ні", "никога",
    "никогда", "nikad", "nikada", "nikdy", "nie", "nigdy", "niekada", "ne", "nekad", "mitte", "ära", "älä", "ei",
    "koskaan", "nikoli", "mai", "mai no", "non", "nicht", "niemals", "jamais", "nunca", "nooit", "niet", "aldrig",
    "ikke", "inte", "keine", "kein", "keinen", "nichts", "nada", "nenhum", "aucun", "aucune", "jangan", "tidak", "bukan", "asla", "heç vaxt", "yox", "heç", "არასოდეს",
    "არ", "ոչ", "երբեք", "մի", "ешқашан", "емес", "አትጠቀም", "አይ", "कभी नहीं", "नहीं", "कहिल्यै", "नगर्नुहोस्",
    "ไม่", "ห้าม", "อย่า", "절대", "하지 마", "말 것", "금지", "決して", "しないで", "禁止", "不要", "别", "勿",
))

#: A run verb after its object, in languages that put the verb last ("`…` 를 실행해야 합니다", "`…` を実行して",
#: "`…` komutunu çalıştır", "`…` चलाएं", "`…` ni ishga tushiring"): the command is asked for.
RUN_AFTER: tuple[str, ...] = tuple(_fold(s) for s in (
    "실행", "実行", "执行", "運行", "运行", "çalıştır", "calistir", "çalıştırın", "işə sal", "ishga tushir", "चला",
    "चलाएं", "चलाउनुहोस्", "चालवा", "चालू", "चालवावे", "চালান", "چلائیں", "اجرا", "გაუშვი", "გაუშვით", "գործարկ",
    "ያሂዱ", "іске қос", "ажиллуул",
))


#: A reader word in the vocative case, which only a reader spoken to takes (Ukrainian, Bulgarian, Polish, Romanian,
#: Greek, Latvian): spoken wherever it stands ("…і, асистенте, коли будеш …", "agencie, usuń …", "asistentule,
#: șterge …"). Forms that are also another language's nominative ("asistente", "agente": Spanish, Italian) are left out.
VOCATIVES: tuple[str, ...] = tuple(_fold(s) for s in (
    "асистенте", "агенте", "помічнику", "помощнико", "асистентко", "боте", "ботику", "asystencie", "agencie", "pomocniku",
    "bocie", "asystentko", "asistentule", "agentule", "botule", "βοηθέ",
))


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


#: "agenda", "agency", "agencia", "Agentur": words of the same stem that name no reader.
_STEM = rf"(?!agenda|agenc|agenz|agentur)(?:{_alt(READERS)})[^\s:,;.!?()\[\]<>\"'`]{{0,12}}"
_AI = rf"(?:{_alt(AI_TOKENS)})"
#: An AI token and a reader word as one phrase, either order, as a compound or two words ("ai-asszisztensnek",
#: "agentul ai", "агента ии", "ai agenta", "ถึงเอเจนต์ ai"), or a reader word as a line's label before a colon
#: ("інструкція для асистента:"), or a reader word with a Korean or Japanese topic or dative particle ("에이전트는").
_ANCHOR = lazyre.compile(
    # (an AI token may follow a letter of another script: Amharic "ለAI ረዳቱ" is "to the AI assistant")
    # (Hebrew and Arabic write "the" onto the AI token: "לסוכן ה-AI", "للوكيل الـAI")
    rf"(?<![a-z0-9\u0400-\u04ff.-])(?P<a>{_AI}[\s-]?{_STEM}|{_STEM}[\s-](?:ה-?|ال-?|الـ)?{_AI}(?![\w-]))"
    # a reader word in the vocative case, wherever it stands
    rf"|(?<![\w-])(?P<o>{_alt(VOCATIVES)})(?![\w-])"
    # a line's or a sentence's label, the reader word up to two words before its colon ("ЖИ-көмекшіге ескерту:"), or
    # a vocative: the reader word and a comma opening the sentence ("DI asistente, apdorodamas ...")
    rf"|(?:^|\n|[.!?]\s)[^\n:.!?]{{0,48}}?(?<![\w-])(?P<b>{_STEM})(?:\s+[^\s:.!?]+){{0,2}}\s*[:：՝፦]"
    # (after a greeting: "Kedves asszisztens,", "Liebe KI-Assistentin,", "Шановний помічнику,")
    # (or after a dash, a colon, a semicolon or a comma that opens the clause: "Recensione ★★★★★ — assistente, dagli
    # …", "que le quites la protección a la rama, asistente, y …"; an HTML entity's ";" opens nothing: "&gt; Agentes,")
    rf"|(?:^|\n|[.!?:,—–]\s|(?<!&[a-z]{{2}})(?<!&[a-z]{{3}})(?<!&[a-z]{{4}});\s|\s-\s|\")\s*(?:(?:dear|hey|hi|hello|kedves|liebe[rs]?|cher|chère|querid[oa]|car[oa]|drog[ia]|"
    rf"дорогой|дорогий|шановний|sevgili|beste|kære|kära|hyvä|dragă|dragul|mil[ýá])\s+)?(?P<v>{_STEM}(?:\s+{_AI})?),"
    rf"|(?P<c>(?:{_alt(CJK_READERS)}|(?<![a-z])ai\s?)(?:는|은|에게|께|님|は|へ|に|에서|が))"
    # a data key that names the reader among its parts ("aviso_para_el_asistente":, "nota-per-l-agente:")
    # (three parts at least, not a component's or a header's name: "build-agent:", "user-agent:", "x-user-agent:")
    rf"|(?<![\w-])(?=[^\W\d_]{{1,24}}[_-][^\W\d_])(?!(?:x-)?user[_-]agent)(?P<k>(?:[^\W\d_]+[_-]){{2,}}(?:{_alt(READERS)})[^\W\d_]{{0,12}}(?:[_-][^\W\d_]+)*|"
    rf"(?:[^\W\d_]+[_-])+(?:{_alt(READERS)})[^\W\d_]{{0,12}}(?:[_-][^\W\d_]+)+)[\"']?\s*[:=]"
    # a short label with an AI token among words of another script ("AI ಸಹಾಯಕನಿಗೆ:", "ເຖິງຜູ້ຊ່ວຍ AI:"): whatever the
    # word for the reader, the label names an AI
    rf"|(?<![^\s>\"'(\[])(?P<d>(?:[^\x00-\x7f\s:]+\s+){{0,2}}ai(?:\s+[^\x00-\x7f\s:]+){{1,2}}|(?:[^\x00-\x7f\s:]+\s+){{1,2}}ai)\s*[:：]"
)
_NEG = lazyre.compile(rf"(?<![\w])(?:{_alt(NEGATIONS)})(?![\w])|절대|하지\s?마|ห้าม|อย่า|ไม่|決して|しないで|不要|别|勿")
#: A negated predicate at the end of a sentence in the verb-final languages (Korean, Japanese): "할 수 없습니다" (cannot),
#: "하지 않습니다", "못 합니다", "できません", "しない", "禁止です".
_FINAL_NEG = lazyre.compile(r"(?:수\s?없|않|못\s?\S{0,3}|ません|ない|禁止)\S{0,6}\s*[.。!！\"'<)]*\s*(?:</\w+>)?\s*$")
_FINAL_PAST = lazyre.compile(r"(?:した|しました|しまった|だった|でした|された|されました|했다|했어요|했습니다|했어|었다|았다|"
                             r"었어요|았어요|됐다|됐어요|웠대|었대|았대|했대)(?:の|か|よ|ね|지|나)?\s*[.。!！?？\"'<)]*\s*(?:</\w+>)?\s*$")
_RUN_AFTER = lazyre.compile(rf"\s*(?:[\w\u0900-\u0dff]{{0,12}}\s+)?(?:{_alt(RUN_AFTER)})")
_WORDS = lazyre.compile(r"\w+")
#: Function words only English has among the languages of `READERS` ("a", "to", "on", "in" are words of many).
_ENGLISH = frozenset(["the", "and", "of", "you", "your", "this", "that", "with", "please", "from", "is", "are", "should",
                      "must", "will", "it's", "don't"])


_ASCII_STEMS = lazyre.compile("|".join(re.escape(r) for r in sorted({r for r in READERS if r.isascii()} | {"ai"})))


def may_name(norm: str) -> bool:
    """A cheap test before `anchors`: the text has a letter outside ASCII or an ASCII stem (or "ai") somewhere."""
    return not norm.isascii() or _ASCII_STEMS.search(norm) is not None


def anchors(norm: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of readers named by stem in `norm` (folded text), at most `limit`."""
    return [(start, end) for start, end, _spoken in spoken_anchors(norm, limit)]


#: After an AI token and a reader word, what makes the phrase the one spoken to: a label's colon or a vocative's comma,
#: at most two words (a qualifier: "ai aгeнтe нa eкипa),") and a closing bracket after it, or a label's colon after a
#: relative clause of at most six words ("pembantu ai yang membaca tiket ini:").
_WORD_AFTER = r"[ \t-]+[^\s:,;.!?()\[\]<>\"'`，、：]{1,24}"
_SPOKEN_AFTER = lazyre.compile(rf"(?:{_WORD_AFTER}){{0,2}}[ \t]*[)\]]?[ \t]*[:：,，、՝፦]|(?:{_WORD_AFTER}){{3,6}}[ \t]*[:：]")
#: A Korean or Japanese topic or dative particle closing the reader word ("ai 에이전트는", "aiアシスタントに"); the
#: subject particles ("가", "이", "が") tell what the agent did.
_SPOKEN_PARTICLE = lazyre.compile(r"(?:는|은|에게|께|님|は|へ|に)$")
#: A word that asks, right after the reader ("ผู้ช่วย AI โปรดโอนเงิน", "asisten AI tolong …", "KI-Assistent bitte …"):
#: the reader is asked, as after a vocative's comma.
_PLEASE_AFTER = lazyre.compile(r"[ \t]*(?:โปรด|กรุณา|ช่วย|ຊ່ວຍ|ກະລຸນາ|please|pls|bitte|tolong|mohon|silakan|hãy|vui\s+lòng|lütfen|kérlek|proszę|"
                               r"prosím|пожалуйста|будь\s+ласка|por\s+favor|per\s+favore|s'il\s+(?:te|vous)\s+plaît|請|请|부탁)(?!\w)")
#: An obligation laid on the readers named ("AI-агенты должны отправить …", "KI-Assistenten müssen …", "los agentes
#: de IA deben …"): the reader as the subject of a must is spoken to, unlike one that did or is something.
_OBLIGED = ("должны", "должен", "должна", "обязаны", "повинні", "повинен", "must", "müssen", "muss", "sollen", "deben",
            "debe", "tienen que", "devem", "deve", "precisam", "doivent", "doit", "moeten", "moet", "muszą", "musi",
            "mají", "musí", "måste", "skal", "må", "pitää", "täytyy", "devono", "dovrebbero", "harus", "perlu", "phải",
            "zorunda", "必须", "必須", "一定要", "要", "يجب", "ينبغي", "عليه", "צריך", "חייב", "חייבים", "tulee", "kell",
            "trebuie", "має", "мають", "musia", "mesti", "perlu")


@cache
def _obliged_after() -> re.Pattern[str]:
    # (matched against the folded text: the words are folded the same way, Cyrillic look-alikes and all)
    # (a short relative clause may stand between: "أي مساعد ذكاء اصطناعي يتصل بهذا الخادم يجب أن")
    return re.compile(r"[ \t]*(?:\w+[ \t]+){0,4}?(?:" + "|".join(re.escape(_fold(w)) for w in _OBLIGED) + r")(?!\w)")


def spoken_anchors(norm: str, limit: int) -> list[tuple[int, int, bool]]:
    """(start, end, spoken) of readers named by stem in `norm` (folded text), at most `limit`. `spoken`: the reader
    stands where a reader is spoken to (a label before its colon, a vocative before its comma, a topic or dative
    particle, a data key named for it), not where a text tells what an agent did or is ("агент ИИ по ошибке удалил
    ветку", "onze AI-agent verwijdert nooit bestanden", "ai 에이전트가 토큰을 지웠대": the agent is its subject)."""
    out: list[tuple[int, int, bool]] = []
    for m in _ANCHOR.finditer(norm):
        group = next(g for g in ("a", "b", "v", "c", "d", "k", "o") if m.group(g))
        if group in "bv" and m.group(group).split()[0] in _ENGLISH_READERS:
            continue  # "agent: new option ...": English labels are read by the tables (a changelog's component)
        spoken = group != "a" or bool(_SPOKEN_AFTER.match(norm, m.end(group)) or _SPOKEN_PARTICLE.search(m.group(group))
                                      or _obliged_after().match(norm, m.end(group)) or _PLEASE_AFTER.match(norm, m.end(group)))
        out.append((m.start(group), m.end(group), spoken))
        if len(out) >= limit:
            break
    return out


def run_after(text: str, end: int) -> bool:
    """Whether a run verb follows the command that ends at `text[end]` (verb-last languages)."""
    return _RUN_AFTER.match(text, end, end + 40) is not None


def unread_request(sentence: str, at: int) -> bool:
    """Whether `sentence`, in a window addressed to a named AI reader, with a consequential object at `at`, asks for
    it in a language other than English (English is read by the act tables: fewer than two of its function words
    among at least five words) with no negation of `NEGATIONS` just before the object (a rule that forbids is not a
    request)."""
    words = _WORDS.findall(sentence)
    if len(words) < 5 or sum(w in _ENGLISH for w in words) >= 2:
        return False
    if final_negation(sentence):
        return False  # "… 저장소를 삭제할 수 없습니다", "… 削除できません": the predicate that ends the sentence is negated
    return _NEG.search(sentence, max(0, at - 40), at) is None


def final_negation(sentence: str) -> bool:
    """Whether the predicate that ends a Korean or Japanese sentence is negated or in the past (a rule, a fact or a
    report of what happened, not a request): "削除できません", "削除しました", "削除したの？", "지웠대", "삭제했습니다"."""
    tail = sentence[-24:]
    return _FINAL_NEG.search(tail) is not None or _FINAL_PAST.search(tail) is not None


def names_reader(label: str) -> bool:
    """Whether a label (the text before a colon) names an AI reader by stem."""
    return bool(anchors(_fold(label) + ":", 1))


_ENGLISH_READERS = frozenset({"agent", "agents", "agent's", "assistant", "assistants", "assistant's"})


def asks_reader(head: str) -> bool:
    """Whether the sentence before a command (`head`, lower case) names an AI reader by stem and no negation stands
    just before the command ("DI asistente, ... ištrink ... `psql …`", "… օգնականին՝ … գործարկիր `kubectl …`")."""
    head = _fold(head)
    if sum(w in _ENGLISH for w in _WORDS.findall(head)) >= 2:
        return False  # English: the tables read whether it is asked
    return bool(anchors(head, 1)) and _NEG.search(head, max(0, len(head) - 40)) is None


#: The agent's own instruction files: a rule written there binds every later session (`AM-AGENT-015` on the action
#: side); a request about them in a language the act tables cannot read is consequential.
_AGENT_FILE = lazyre.compile(r"(?<![\w-])(?:agents|claude|gemini|copilot-instructions)\.md\b|\.cursorrules\b|\.windsurfrules\b|"
                             r"\.clinerules\b|\.claude/settings|\.mcp\.json\b|\.codex/config|"
                             # automode's own configuration, state and audit (`screen_control`)
                             r"\.?automode\.toml\b|(?:\.config|\.local/state|\.local/share|/etc)/automode\b")


def agent_files(text: str) -> list[int]:
    """Where the agent's instruction files are named in `text`."""
    return [m.start() for m in _AGENT_FILE.finditer(text) if not _HEADING.fullmatch(text, _line_start(text, m.start()), m.start())][:3]


#: A heading that names the file ("# CLAUDE.md", joined to the next line when a window is unwrapped): the file
#: itself, not a request about it.
_HEADING = lazyre.compile(r"[ \t]*#+[ \t]*")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


#: Scripts no word table of the screen covers: a sentence mostly in one of them is read by `unread_request` whatever
#: found its reader (Thai, Lao, Khmer, Burmese, Georgian, Armenian, Ethiopic, Sinhala, Gujarati, Gurmukhi, Kannada,
#: Malayalam, Odia, Tibetan, Mongolian).
_UNTABLED = lazyre.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f\u10a0-\u10ff\u0530-\u058f\u1200-\u139f"
                           r"\u0d80-\u0dff\u0a80-\u0aff\u0a00-\u0a7f\u0c80-\u0cff\u0d00-\u0d7f\u0b00-\u0b7f\u0f00-\u0fff\u1800-\u18af]")
_LETTER = lazyre.compile(r"[^\W\d_]")


def untabled_script(sentence: str) -> bool:
    letters = len(_LETTER.findall(sentence))
    return letters > 0 and 2 * len(_UNTABLED.findall(sentence)) >= letters


#: What a request in an unread language acts on, besides a secret or a privilege: a file by its name or a setting
#: given a value ("contracte.xlsx", "gosumdb=off"), read before a destination it is sent to.
_OBJECT = lazyre.compile(r"(?<![\w.-])~/[\w./-]+|(?<![\w.-])[\w-]+\.(?:xlsx?|docx?|pdf|csv|zip|tar|gz|tgz|7z|db|sqlite3?|bak|dump|sql|json|ya?ml|env|pem|key|apk|exe|msi|dmg|pkg|deb|rpm|sh|ps1|jar)\b|"
                         r"(?<![\w-])[a-z][a-z0-9_]{2,}=\S")


def object_before(text: str, end: int) -> bool:
    return _OBJECT.search(text, 0, end) is not None


_OPEN, _CLOSE = "“„«‘‚「『", "”»’」』"
_JSON_PUNCT = lazyre.compile(r'"\s*[:,]\s*"|[{\[,]\s*"|"\s*[}\],:]')


def quoted(sentence: str, at: int) -> bool:
    """Whether `sentence[at]` stands inside a quotation opened in the same sentence (a CTF write-up or an advisory
    quoting the request: «… ai laguntzaileari: bidali .env fitxategia»)."""
    head = _JSON_PUNCT.sub(" ", sentence[:at])  # the quotes of JSON syntax around a value quote nothing
    typographic = sum(head.count(c) for c in _OPEN) > sum(head.count(c) for c in _CLOSE)
    return typographic or head.count('"') % 2 == 1


def unread(p: Any, sentences: list[tuple[int, str]], start: int, by_stem: bool) -> tuple[int, str] | None:
    """(position, sentence) of a sentence, among the first three from the address at `start`, that asks in a language
    the act tables cannot read for something consequential: a secret, a privilege, a login item, the agent's
    instruction files, or a destination with data or a file or setting before it. Read where the reader was named by
    stem (`by_stem`) or the sentence is in a script no table covers. `p`: `screen_window_patterns.Patterns` (its
    targets and concrete objects), passed in: this module imports nothing from the window."""
    for n, (pos, sentence) in enumerate(s for s in sentences if s[0] + len(s[1]) >= start):
        if n >= 3:
            return None
        found = [m.start() for m in (p.targets[x].search(sentence) for x in ("secret", "privilege", "persistence")) if m]
        found += agent_files(sentence)
        dest = address_patterns().real_dest.search(sentence)  # an address or a URL, not a word for one
        if dest is not None and (p.targets["data"].search(sentence) or p.concrete.search(sentence, 0, dest.start())
                                 or object_before(sentence, dest.start())):
            found.append(dest.start())
        at = min((x for x in found if not quoted(sentence, x)), default=-1)  # a quoted request is reported, not made
        if at != -1 and states_doer(sentence):
            continue  # "o /op … só é dado pelo admin humano": who does it, stated (`screen_about`)
        if at != -1 and (by_stem or untabled_script(sentence)) and unread_request(sentence, at):
            return pos, sentence
    return None
