"""Tables of `screen_units` (issue 18, session 14): who is spoken to, and how, in many languages. Data, not code.

Each entry is a regular-expression fragment over `screen.normalise`d text (lower case; `screen_units` folds Cyrillic
and Greek look-alikes with `HOMOGLYPHS` before compiling, so the fragments are written in their own script).

* `READER_STRONG`: an AI or automated reader named outright ("AI agents", "KI-Werkzeuge", "ИИ-агенты", "自動化ツール",
  "otomatik asistanlar", "bots/integrations that ..."); one of these in an address construction anchors a unit.
* `READER_WEAK`: a role word alone ("agents", "assistant", "bots", "automations"): an anchor only as a whole label
  ("Agents:"), after a determiner ("any assistant"), in a dedication or before a modal.
* `DEDICATION`: prepositions and postpositions that dedicate a text to its reader ("for", "para", "für", "dla",
  "için", "untuk", "के लिए", "向け", "给", "용").
* `MODAL`: what makes the reader the subject of an obligation ("must", "sollen", "doivent", "deben", "powinny",
  "должны", "-malı", "harus", "必须", "해야", "يجب", "चाहिए").
* `WHEN`: conditions and times that pick out the reader ("if you are an AI", "when an AI agent opens ...").
* `NEG_BEFORE`, `NEG_AFTER`: negations before an act (most languages) and after it (Japanese, Korean, Hindi, Turkish).
* `PRESSURE`: skip the user, in short forms the pressure tables do not spell ("no need to confirm with the user").
"""

from __future__ import annotations

READER_STRONG = (
    r"yz[\s-]+(?:asistan|ajan|araç|model|bot)\w*",
    # English
    r"(?:ai|a\.i\.|llm|gpt|genai)(?:[\s-]+(?:powered\s+)?(?:coding\s+|code\s+|dev\s+|software\s+)?(?:agents?|assistants?|models?|tools?|"
    r"systems?|bots?|helpers?|readers?|reviewers?|copilots?|integrations?|operators?|workers?|crawlers?|services?))?",
    r"llms|large\s+language\s+models?|language\s+models?|copilots?|chatbots?|claude|chatgpt|gemini|codex|cursor\s+agent",
    r"(?:coding|code|dev|autonomous|automated|automatic|agentic)\s+(?:(?:ai|llm|coding|code|software|review|triage|support|dev|"
    r"build|release|deployment|security|testing|test|data|ci)\s+)?(?:agents?|assistants?|tools?|systems?|clients?|bots?|"
    r"triage|integrations?|processes|pipelines?|callers?|readers?|contributors?|reviewers?|operators?|workers?|helpers?|"
    r"fix(?:es|ers?)?|maintainers?|consumers?|actors?|jobs?|scripts?)",
    r"(?:bots?|agents?|tools?)\s+(?:and|or|/|&)\s+(?:agents?|assistants?|bots?|integrations?|automations?|tools?)",
    r"(?:agents?|assistants?|bots?)\s*/\s*(?:agents?|assistants?|bots?|ai)",
    # German, Dutch, Scandinavian
    r"ki(?:-[\w-]+)?|(?:automatisierte|automatische|autonome)\w*\s+\w+|ai-\w+|(?:geautomatiseerde|automatische)\s+\w+|"
    r"automatiserade\s+\w+|automatiske\s+\w+",
    # French, Spanish, Italian, Portuguese
    r"(?:agents?|assistants?|outils?|robots?|bots?|modèles?)\s+(?:d'|de\s+|d')?(?:ia|i\.a\.|automatis\w+|automatiques?|intelligence\s+artificielle)",
    r"(?:agentes?|asistentes?|herramientas?|bots?|modelos?|ferramentas?|assistentes?)\s+(?:de\s+)?(?:ia|autom[aá]tic\w*|automatizad\w*|"
    r"inteligencia\s+artificial|inteligência\s+artificial)",
    r"(?:agent[ei]|assistent[ei]|strument[io]|bot|modell[io])\s+(?:di\s+|ia\s+|ai\s+)?(?:ia|ai|automatic\w*|automatizzat\w*|"
    r"intelligenza\s+artificiale)",
    r"l'ia|la\s+ia|a\s+ia|l'intelligence\s+artificielle",
    # Polish, Czech
    r"asystent\w*(?:\s+ai|\s+si)?|agent\w*\s+(?:ai|si)|bot\w*\s+(?:ai|si)|narzędzi\w*\s+automatyczn\w*|automatyczn\w*\s+(?:narzędzi|asystent|agent|bot|system)\w*|"
    r"sztuczn\w+\s+inteligencj\w+|automatick\w+\s+(?:nástroj|asistent|agent)\w*",
    # Russian, Ukrainian
    r"ии(?:-[\w-]+)?|ші(?:-[\w-]+)?|нейросет\w+|нейромереж\w+|(?:автоматическ|автоматизированн|автоматичн)\w+\s+(?:\w+\s+)?"
    r"(?:инструмент|агент|ассистент|помощник|систем|бот|клиент|інструмент)\w*|языков\w+\s+модел\w+|(?:ai|ии)[\s-]+(?:агент|ассистент|помощник)\w*",
    # Turkish, Indonesian, Vietnamese
    r"yapay\s+zek\w+|otomatik\s+(?:asistan|araç|ajan|bot|sistem|yardımcı)\w*|(?:asistan|ajan|bot)\w*\s+(?:ai|yz)\b",
    r"(?:asisten|agen|bot|alat|sistem)\s+(?:ai|otomatis|kecerdasan\s+buatan)\w*|kecerdasan\s+buatan",
    r"trợ\s+lý(?:\s+ai)?|tác\s+nhân(?:\s+ai)?|công\s+cụ\s+tự\s+động|trí\s+tuệ\s+nhân\s+tạo",
    # Arabic, Hindi
    r"(?:لل|ال|ل)?مساعد\w*\s+(?:الآلي|الذكي|الرقمي)\w*|(?:لل|ال|ل)?مساعدات\s+الآلية|(?:لل|ال|ل)?أدوات\s+الآلية|"
    r"(?:لل|ال|ل)?وكيل\s+الذكي|(?:لل|ال|ل)?وكلاء\s+الآليين|الذكاء\s+الاصطناعي|(?:لل|ال|ل)?برامج\s+الآلية|(?:لل|ال|ل)?روبوتات",
    # Hebrew, Finnish, Greek
    r"ל?(?:עוזר|עוזרי|עוזרים|סוכן|סוכני)\s+(?:ה)?(?:בינה\s+מלאכותית|AI|אוטומטי\w*)|בינה\s+מלאכותית",
    r"tekoäly\w*|automaattis\w+\s+(?:työkalu|avustaj|agent|botti)\w*|(?:ai|tekoäly)-?avustaj\w*",
    r"βοηθ\w*\s+(?:τεχνητής\s+νοημοσύνης|ai|τν)|τεχνητή\w*\s+νοημοσύνη\w*|αυτοματοποιημέν\w+\s+εργαλεί\w+",
    r"एआई(?:\s+\S+)?|स्वचालित\s+\S+|कृत्रिम\s+बुद्धि\S*",
    # Japanese, Chinese, Korean (no word boundaries: matched as they stand)
    r"aiエージェント|aiアシスタント|エージェント|アシスタント|ボット|自動化ツール|自動ツール|生成ai|人工知能|言語モデル",
    r"ai助手|ai 助手|ai代理|ai 代理|ai智能体|智能体|智能助手|人工智能|大模型|语言模型|自动化工具|自动工具|機器人|机器人|ai助理|自動化工具",
    r"ai\s?어시스턴트|ai\s?에이전트|어시스턴트|에이전트|자동화\s?도구|인공지능|코딩\s?도우미|챗봇",
)
READER_WEAK = (r"agents?|assistants?|bots?|automations?|integrations?|assistente|assistentes|asistentes?|agentes?|agenti|"
               r"assistenti|asystenci|агенты|ассистенты|боты|asistanlar|ajanlar|botlar|agen|asisten|المساعد|सहायक|एजेंट")  # fmt: skip
#: Words that make a bare role word an addressee ("any assistant", "all agents", "every bot").
DETERMINERS = (r"any|all|every|each|todos\s+los|todas\s+las|tous\s+les|toutes\s+les|alle|ogni|tutti\s+gli|qualsiasi|"
               r"cualquier|qualquer|każdy|wszyscy|все|любой|любые|tüm|her|semua|setiap|सभी|كل|jeder|jede")  # fmt: skip

DEDICATION = (r"for|to|attn|attention|dear|hey|für|an|pour|à|aux|para|a|per|ai|agli|alle|voor|aan|för|till|til|pro|dla|do|для|к|προς|για|"
              r"ko|kepada|untuk|bagi|cho|gửi|إلى|لل|ل")  # fmt: skip
#: Dedications that follow the reader (postpositions, case endings): "asistanlar için", "AI 도구용", "AIエージェント向け".
DEDICATION_AFTER = r"için|ya|ye|के\s+लिए|को|के\s+नाम|向け|へ|宛て|に|用|에게|께|용|님|에|들에게|ул|لـ"
#: Between a dedication and the reader: articles, determiners, a qualifier ("to any AI", "für alle KI-Agenten").
DED_FILLER = (r"(?:(?:the|any|all|every|each|our|your|les|des|los|las|el|la|le|il|lo|gli|i|os|as|o|de|die|der|den|alle|"
              r"allen|jeden|jede|jeder|tous|todos|todas|tutti|wszystkich|всех|любых|tüm|semua|para|ogni)\s+){0,2}")  # fmt: skip

MODAL = (r"must|should|shall|needs?\s+to|ha(?:ve|s)\s+to|(?:are|is)\s+(?:required|expected|instructed|asked|supposed|obliged)\s+to|"
         r"(?:are|is)\s+to|will\s+need\s+to|må|skal|tulee|täytyy|pitää|on\s+pakko|trebuie(?:\s+să)?|dapat|kailangang?|lazima|inapaswa|inabidi|має|мають|повинен|повинні|повинна|потрібно|треба|mesti|hendaklah|wajib|ต้อง|πρέπει\s+να|muss|müssen|soll|sollen|sollten|sollte|haben\s+zu|doit|doivent|devront|devraient|"
         r"sont\s+tenus|debe|deben|deberán|deberían|tienen\s+que|han\s+de|deve|devono|dovrebbero|dovranno|moet|moeten|"
         r"dienen|måste|ska|skall|bør|skal|musi|muszą|powinien|powinny|powinni|należy|должен|должна|должно|должны|обязаны|"
         r"нужно|необходимо|следует|mutlaka|zorunda|gerekir|gerekmektedir|harus|wajib|perlu|phải|cần|يجب|ينبغي|عليها|عليهم|"
         r"عليه|चाहिए|होगा|होंगे|必须|必需|应当|应该|需要|務必|必ず|なければ|こと|해야|하여야|바랍니다|하십시오|반드시")  # fmt: skip
#: A recommendation whose complement is the reader's next act: "the next step is to upload ...", "langkah seterusnya
#: ialah memuat naik ...".
NEXT_STEP = (r"(?:the\s+)?(?:next|final|last|remaining)\s+step\s+is(?:\s+to)?|you\s+(?:now\s+)?need\s+to|"
             r"(?:le\s+)?prochaine?\s+étape\s+(?:est|consiste\s+à)(?:\s+de)?|der\s+nächste\s+schritt\s+ist|"
             r"(?:el\s+)?(?:siguiente|próximo)\s+paso\s+es|(?:il\s+)?passo\s+successivo\s+è|(?:a\s+)?próxima\s+etapa\s+é|"
             r"(?:de\s+)?volgende\s+stap\s+is|następnym\s+krokiem\s+jest|следующий\s+шаг\s*(?:[—–-]|это)|"
             r"наступний\s+крок\s*(?:[—–-]|це)|sonraki\s+adım|langkah\s+(?:seterusnya|selanjutnya|berikutnya)\s+(?:ialah|adalah)|"
             r"bước\s+tiếp\s+theo\s+là|nästa\s+steg\s+är\s+att|næste\s+trin\s+er\s+at|neste\s+steg\s+er\s+å|"
             r"seuraava\s+vaihe\s+on|pasul\s+următor\s+este\s+să|ang\s+susunod\s+na\s+hakbang\s+ay|hatua\s+inayofuata\s+ni|"
             r"下一步(?:是|请)?|次のステップは|다음\s?단계는")
#: A request reported in someone's name: what follows is asked of the reader, whoever asked it.
REPORTED = (r"(?:says?|said)\s+(?:(?:you|we|i)\s+(?:should|must)\s+|to\s+)|"
            r"(?:pidió|pidieron|solicitó|solicitaron|pide|piden)\s+que|(?:ha|hanno)\s+chiesto\s+di|chiede\s+di|"
            r"(?:a|ont)\s+demandé\s+(?:de|que)|demande\s+(?:de|que)|(?:hat|haben)\s+(?:darum\s+)?gebeten|bittet\s+darum|"
            r"(?:pediu|pediram|pede)\s+(?:que|para)|(?:heeft|hebben)\s+gevraagd\s+(?:om|te)|poprosi\w*\s+(?:o|żeby|aby)|"
            r"просил\w*|попросил\w*|bad\s+om\s+att|bad\s+om\s+at")
#: "if you are an AI", "when an AI agent opens this", "wenn du eine KI bist", "si eres una IA", "если ты ИИ".
WHEN = (r"if|when|whenever|once|wenn|falls|sobald|si|quand|lorsque|cuando|se|quando|als|wanneer|om|när|jeśli|jezeli|jeżeli|gdy|"
        r"если|когда|eğer|jika|kalau|apabila|ketika|nếu|khi|إذا|عندما|अगर|यदि|जब")  # fmt: skip

NEG_BEFORE = (r"not|never|no|don'?t|doesn'?t|avoid|refuse\s+to|decline\s+to|instead\s+of|rather\s+than|nothing|nicht|nie|niemals|kein\w*|ne|n'|jamais|pas|nunca|non|mai|não|nao|"
              r"niet|nooit|nigdy|не|никогда|нельзя|asla|değil|không|đừng|chớ|jangan|tidak|bukan|لا|ممنوع|नहीं|मत|न|"
              r"不要|别|勿|禁止|不得|不能|不可|切勿|절대")  # fmt: skip
NEG_AFTER = r"しないで|ないで|するな|しない|してはいけ|禁止|지\s?마|지\s?말|않|न\s+करें|मत|ma(?:yın|yin|ma|me)|me(?:yin|yin)"

#: Skip the user, in forms of many languages ("no need to ask the user", "No hace falta confirmarlo con el usuario",
#: "Kullanıcıya sormanıza gerek yok", "ユーザーへの確認は不要", "Non serve chiedere conferma", "без подтверждения").
PRESSURE = (
    r"no\s+need\s+to\s+(?:ask|confirm|check|explain|tell|mention|notify|wait)|without\s+(?:asking|confirm\w*|telling|"
    r"notify\w*|prompting|waiting)|(?:it'?s|is)\s+(?:safe|pre-?approved|already\s+approved|authori[sz]ed)|don'?t\s+bother|"
    r"no\s+(?:confirmation|approval)\s+(?:is\s+)?(?:needed|required)|already\s+(?:approved|authori[sz]ed|agreed)",
    r"ohne\s+(?:nach)?(?:zu)?(?:fragen|rückfrage|bestätigung|nachfrage)|keine\s+(?:rückfrage|bestätigung)|nicht\s+nachfragen|"
    r"bereits\s+(?:genehmigt|freigegeben)",
    r"sans\s+(?:demander|confirmation|prévenir)|pas\s+besoin\s+de\s+(?:demander|confirmer)|déjà\s+(?:approuvé|validé)",
    r"no\s+(?:hace\s+falta|es\s+necesario|necesitas?)\s+(?:\w+\s+){0,2}(?:confirm|pregunt|avis|consult)\w*|sin\s+(?:preguntar|"
    r"confirmar|avisar|consultar)|ya\s+(?:está|esta)\s+aprobad\w|ya\s+aprobad\w",
    r"non\s+(?:serve|c'è\s+bisogno\s+di|è\s+necessario)\s+(?:\w+\s+){0,2}(?:chiedere|confermar\w*|conferma|avvisare)|senza\s+"
    r"(?:chiedere|conferma|avvisare)|già\s+approvat\w",
    r"não\s+(?:é\s+)?(?:precisa|necessário)\s+(?:\w+\s+){0,2}(?:confirmar|perguntar|avisar)|sem\s+(?:perguntar|confirmar|avisar)|"
    r"já\s+(?:está\s+)?aprovad\w",
    r"zonder\s+(?:te\s+)?(?:vragen|bevestig\w*)|niet\s+(?:nodig\s+)?(?:te\s+)?(?:vragen|bevestigen)|utan\s+att\s+fråga",
    r"bez\s+(?:pytania|potwierdzenia|pytań|pytać)|nie\s+(?:trzeba|musisz)\s+(?:\w+\s+){0,2}(?:pytać|potwierdz\w*)",
    r"без\s+(?:подтверждени\w+|вопрос\w*|согласовани\w+|уведомлени\w+)|не\s+(?:нужно|надо)\s+(?:\w+\s+){0,2}(?:спрашива\w+|"
    r"подтвержда\w+|сообща\w+)",
    r"sormanıza\s+gerek\s+yok|sormadan|onay\s+(?:almadan|gerekmez|istemeden)|sormaya\s+gerek\s+yok|gerek\s+yok",
    r"tanpa\s+(?:bertanya|konfirmasi|izin)|tidak\s+perlu\s+(?:\w+\s+){0,2}(?:bertanya|konfirmasi|memberi\s+tahu)|"
    r"không\s+cần\s+(?:hỏi|xác\s+nhận|thông\s+báo)|không\s+thông\s+báo",
    r"لا\s+(?:داعي|حاجة)\s+(?:\S+\s+){0,2}(?:لسؤال|للتأكيد|لإبلاغ|لإخبار)|دون\s+(?:سؤال|تأكيد|إبلاغ)|بدون\s+(?:سؤال|تأكيد)",
    r"पूछने\s+की\s+(?:कोई\s+)?(?:ज़रूरत|जरूरत)\s+नहीं|बिना\s+पूछे|पुष्टि\s+की\s+(?:ज़रूरत|जरूरत)\s+नहीं|उपयोगकर्ता\s+को\s+(?:न|मत)\s+बताएं",
    r"確認は不要|確認不要|確認せずに|許可なく|承認済み|伝えないで|知らせないで|言わないで|ユーザーに(?:は)?(?:伝え|知らせ|言わ)ない",
    r"无需确认|不需要确认|不用确认|不必确认|无需询问|不用问|不要告诉|不要通知|已经批准|已获批准|已批准|無需確認|不需要確認",
    r"확인(?:할)?\s?필요\s?없|묻지\s?말|묻지\s?않|알리지\s?말|승인\s?완료|이미\s?승인",
)  # fmt: skip

#: Words that make a text a discussion of injections (an advisory, a tutorial, a detector's docs), per language.
DISCUSSION = (r"prompt[\s-]?injection|injection\s+de\s+prompt|inyección\s+de\s+prompt|iniezione\s+di\s+prompt|injeção\s+de\s+prompt|"
              r"prompt-injektion|wstrzykiwani\w+\s+prompt|промпт-инъекц\w+|инъекци\w+\s+промпт\w*|prompt\s+enjeksiyon\w*|"
              r"injeksi\s+prompt|プロンプトインジェクション|提示词注入|提示注入|프롬프트\s?인젝션|حقن\s+الأوامر|प्रॉम्प्ट\s+इंजेक्शन|"
              r"attacker|angreifer|attaquant|atacante|aggressore|atakując\w*|злоумышленник\w*|saldırgan|penyerang|攻击者|攻撃者|공격자|"
              r"المهاجم|हमलावर|threat\s+model|red[\s-]team|jailbreak|researchers?\s+(?:showed|found|demonstrated)|phishing|"
              r"planted|malicious|adversarial|exploit\w*|payloads?|ctf|write-?up|Forscher|chercheurs|investigadores|"
              r"исследовател\w+|研究者|研究人员|연구자|"
              # "attack" and "attacker" in languages with thinner tables (sw, hu, ro, fi, el, he, ar, fa, hi, th, tl, ms,
              # bg, sk, cs, da, no)
              r"shambulio|mashambulizi|mshambuliaji|támadó|támadás|atacator|atacul|hyökkääjä|hyökkäys|επιτιθέμεν\w*|"
              r"επίθεσ\w*|תוקפ\w*|מתקפ\w*|هجوم|مهاجم\w*|مهاجمان|حمله|हमला|โจมตี|ผู้โจมตี|umaatake|pag-atake|"
              r"serangan|penyerang|атак\w*|нападател\w*|útočník\w*|útok\w*|angreb\w*|angrep\w*|angriber\w*|angriper\w*")  # fmt: skip

#: Act verbs of languages the act tables of `screen_acts` spell thinly (plural and polite imperatives included), by the
#: same classes; `screen_units` adds them to its own act patterns.
ACT_MORE: dict[str, tuple[str, ...]] = {
    "disclose": ("ekle", "ekleyin", "ekleyiniz", "yaz", "yazın", "paylaş", "paylaşın"),
    "pay": ("overføre", "betale", "siirtää", "maksaa", "transfere", "plătească", "transfere", "ilipat", "magbayad", "ilipe", "alipe", "переказати", "сплатити", "membayar", "memindahkan", "โอน"),
    "send": ("sende", "videresende", "uploade", "laste opp", "lähettää", "siirtää", "ladata", "trimită", "încarce", "mag-upload", "ipadala", "magpadala", "ipasa", "itume", "atume", "watume", "ipakie", "apakie", "надіслати", "надішліть", "надішли", "завантажити", "завантажте", "відправити", "memuat naik", "muat naik", "menghantar", "hantar", "kirim", "mengirim", "ส่ง", "อัปโหลด", "στείλει", "ανεβάσει", "skicka", "sendes", "העבירו", "שלחו", "העלו", "שתפו", "lähetä", "lähettäkää", "jaa", "siirrä", "send", "skicka", "dela", "ladda upp",
             "del", "upload", "στείλτε", "στείλε", "μεταφέρετε", "ανεβάστε", "trimiteți", "trimite", "încărcați"),
    "destroy": ("slette", "fjerne", "tømme", "poistaa", "tyhjentää", "șteargă", "stergă", "burahin", "tanggalin", "ifute", "afute", "wafute", "видалити", "видаліть", "видали", "очистити", "memadam", "padam", "hapus", "menghapus", "ลบ", "διαγράψει", "σβήσει", "radere", "raderas", "מחקו", "מחק", "poista", "poistakaa", "tyhjennä", "tyhjentäkää", "slet", "fjern", "ta bort", "radera", "töm",
                "διαγράψτε", "διέγραψε", "αδειάστε", "ștergeți", "șterge", "smažte", "odstraňte", "vymažte"),
    "grant": ("ge", "tilldela", "giv", "gi", "tildel", "anna", "myönnä", "הוסיפו", "lisää", "lisätkää", "tilføj", "lägg till", "προσθέστε", "adăugați", "přidejte"),
    "degrade": ("השביתו", "כבו", "poista käytöstä", "ohita", "slå fra", "deaktiver", "inaktivera", "stäng av",
                "απενεργοποιήστε", "dezactivați", "vypněte", "deaktivujte"),
    "approve": ("מזגו", "yhdistä", "flet", "merge", "sammanfoga", "συγχωνεύστε", "aprobați"),
    "exec": ("kjøre", "køre", "installere", "suorittaa", "ajaa", "asentaa", "ruleze", "instaleze", "patakbuhin", "iendeshe", "запустити", "виконати", "menjalankan", "jalankan", "รัน", "הריצו", "התקינו", "suorita", "aja", "asenna", "kør", "installer", "kör", "installera", "εκτελέστε", "εγκαταστήστε",
             "rulați", "instalați", "spusťte", "nainstalujte"),
}  # fmt: skip
#: Separable verbs, as patterns: "turn the checks off", "slå branch protection fra", "schalte den Schutz ab".
ACT_SEPARABLE: dict[str, str] = {
    "redirect": r"richte[tn]?\s+(?:\S+\s+){1,6}?ein|stelle[nt]?\s+(?:\S+\s+){1,6}?um|leite[tn]?\s+(?:\S+\s+){1,6}?(?:um|weiter)",
    "degrade": r"(?:turn|switch|shut)\s+(?:\S+\s+){1,3}?off|slå\s+(?:\S+\s+){1,3}?fra|stäng\s+(?:\S+\s+){1,3}?av|"
    r"schalte[tn]?\s+(?:\S+\s+){1,3}?ab|zet\s+(?:\S+\s+){1,3}?uit|skru\s+(?:\S+\s+){1,3}?av",
}
