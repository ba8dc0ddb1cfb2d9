"""A message given to the reader, told by its head, in any language (issue 18 point 1, session 20).

The unit analysis (`screen_units`) needs the act verb of its tables in the unit's language; a message planted for an
agent is recognisable without the verb, by how it is written and what it is about:

1. A *head* says whom the message is for, in a form people do not write for one another:
   * `label`: a short head closed by a colon that names an AI or an assistant ("Uwaga dla asystenta AI:", "AI ügynök:",
     "Pour l'agent IA :", "Untuk agen AI:", "एजेंट के लिए निर्देश:"); reader words are matched as stems (`assist`,
     `asyst`, `agent`, `ügynök`, ...) so every case and number of a language is one entry;
   * `vocative`: a sentence that opens by calling the reader ("Асистенте, ...", "Assistant, ...");
   * `modal`: an AI reader made the subject of an obligation in any language ("KI-Assistenten müssen", "los agentes
     de IA deben", "AI-агенты должны"); a role word alone is not enough ("the agent should" is product docs);
   * `key`: a field or attribute named for the reader, whose value is the message (`<meta name="ai-instructions"`);
   * `turn`: a role marker in any language opening a line or a quoted value ("Usuario:", "ユーザー:", "SYSTEM:");
   * `whoever`: the reader picked out by what it is doing to this text ("whoever is editing this repository should");
   * `gate`: continuing made conditional ("before using any other tool, ...");
   * `wish`: a request whose subject is the assistant ("it would be great if the assistant ...", "que l'assistant",
     "ca asistentul să ...").
2. The *message* is the rest of the head's line (and the next one when it is short), bounded.
3. The message is *consequential* by language-neutral marks, named as parts: `command` (a command that is an act and
   its target at once), `outward` (a destination the rest of the text never uses), `money` (an amount or an account
   number), `secret+dest` (a secret and where it goes, or the user's own secret), `persistence` (a shell start-up
   file, a scheduler, authorized keys), `bulk` (every item of something, not of tests or checks), `pressure` (no
   confirmation), `production` (a deploy straight to production), `protection-off` (a safeguard removed).

A turn needs a command, a destination, money, a secret with its destination or bulk; a wish needs a command, a
destination, money or a safeguard removed; the other heads any mark. A message that forbids ("never ..."), keeps the
user in the loop ("ask first"), or sits in text about injections (`screen_units_data.DISCUSSION`) or in quotes does
not count. Linear: one scan per head kind, at most `MAX_HEADS` heads, each message at most `SPAN` characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode.dc import dataclass, field
from automode.screen.acts import DIRECTIVE_VERBS
from automode.screen.address import alt, quoted
from automode.screen.message_data import APPROVE, PENDING
from automode.screen.reader_data import _ALL
from automode.screen.units_asks import _FILLER
from automode.screen.units_data import MODAL
from automode.screen.units_patterns import _Patterns, patterns
from automode.screen.words import HOMOGLYPHS, words

MAX_HEADS = 24
SPAN = 400

#: Names of an AI reader that stand alone ("AI", "KI", "IA", "LLM", "ИИ", "ШІ", "人工知能").
AI = (r"ai|a\.i\.|ia|i\.a\.|ki|k\.i\.|llms?|gpts?|genai|chatgpt|claude|copilot|gemini|codex|ии|ші|ші-\w+|ии-\w+|"
      r"tekoäly\w*|人工智能|人工知能|인공지능")  # fmt: skip
#: What the reader is called, as stems (every case, number and gender of the languages that inflect the noun).
ROLE = (r"assist\w{0,6}|asist\w{0,6}|asyst\w{0,6}|ассист\w{0,6}|асист\w{0,6}|помощник\w{0,3}|помічник\w{0,3}|agent\w{0,4}|"
        r"agen|ajan\w{0,6}|ügynök\w{0,6}|ágens\w{0,4}|avustaj\w{0,4}|yardımcı\w{0,4}|βοηθ\w{0,6}|πράκτορ\w{0,4}|"
        r"bots?|chatbots?|robots?|botu|botul|trợ\s+lý|tác\s+tử|(?:[وف]?[بكل]?(?:ال|ل)?)(?:مساعد\w{0,3}|وكيل\w{0,3})|"
        r"(?:[ושכ]?[הלבמכ]?)(?:סוכן\w{0,2}|עוזר\w{0,2})|एजेंट|सहायक|असिस्टेंट|automation\w{0,2}|automatisierung\w{0,2}|"
        r"automatizaci\w{0,4}|automazion\w{0,2}|automaç\w{0,4}|automatyzac\w{0,4}|автоматизац\w{0,4}")  # fmt: skip
#: The same in scripts written without spaces between words: matched wherever they stand ("AIリーダーへ").
ROLE_CJK = r"エージェント|アシスタント|ボット|リーダー|助手|代理|智能体|智能體|机器人|機器人|어시스턴트|에이전트|봇"
#: A field or attribute named for the reader whose value is the message (`<meta name="ai-instructions" content=`).
KEY = (r"(?:name|property|key|id|rel)\s*=\s*[\"'](?P<head>[\w:.-]{0,30}(?:ai|llm|agent|assistant|copilot|claude|gpt|bot)"
       r"[\w:.-]{0,30})[\"'][^>]{0,60}?\bcontent\s*=\s*[\"']")
#: Secrets in scripts the `screen_acts` secret target spells only in Latin letters.
SECRET_CJK = r"トークン|パスワード|秘密鍵|認証情報|密码|令牌|密钥|凭证|憑證|토큰|비밀번호|인증\s?정보"
#: Who speaks in a chat transcript, in the main languages: a line that opens with one is a turn.
TURN = (r"user|human|system|assistant|developer|usuario|usuaria|utilisateur|utilisatrice|benutzer|nutzer|nutzerin|"
        r"utente|utilizador|usuário|gebruiker|użytkownik|uživatel|používateľ|felhasználó|utilizator|kullanıcı|pengguna|"
        r"người\s+dùng|пользователь|користувач|χρήστης|משתמש|مستخدم|उपयोगकर्ता|sistema|système|systém|rendszer|sistem|"
        r"система|σύστημα|ユーザー|システム|用户|用戶|系统|系統|사용자|시스템|humano|mensch")  # fmt: skip
#: "whoever is editing this", "anyone processing this file", "quien lea esto", "wer dies liest".
WHOEVER = (r"(?:whoever|whatever|anyone|anybody|anything)\b[^.\n]{0,30}?\b(?:is\s+)?(?:reading|editing|processing|"
           r"summari[sz]ing|parsing|handling|working\s+on|indexing|triaging|reviewing)\s+(?:this|these|the\s+following)|"
           r"(?:quien|quienquiera\s+que|cualquiera\s+que)\s+(?:lea|procese|edite)|(?:wer|wer\s+auch\s+immer)\s+(?:dies\w*|das)\s+"
           r"(?:liest|bearbeitet|verarbeitet)|(?:quiconque|qui\s+que\s+ce\s+soit\s+qui)\s+(?:lit|traite|modifie)|"
           r"(?:chiunque)\s+(?:legga|elabori|modifichi)")  # fmt: skip
#: Continuing made conditional on something else first ("before using any other tool", "before anything else").
GATE = (r"before\s+(?:using|calling|running|invoking|doing)\s+(?:any(?:thing)?|other)\s+(?:other\s+)?(?:tools?|else|steps?|"
        r"actions?|functions?|commands?)|before\s+(?:anything|doing\s+anything)\s+else|before\s+you\s+(?:do\s+anything|"
        r"use\s+any)|avant\s+(?:toute\s+(?:autre\s+)?(?:chose|action)|d'utiliser\s+(?:un\s+)?autre)|bevor\s+(?:du|sie)\s+"
        r"(?:irgendetwas|etwas\s+anderes|ein\s+anderes)|antes\s+de\s+(?:cualquier\s+otra|usar\s+otra|hacer\s+(?:cualquier|"
        r"nada))|prima\s+di\s+(?:qualsiasi\s+altra|usare\s+altri)|在(?:调用|使用|执行|运行|呼叫|調用|使用)?任何(?:其他|其它)?"
        r"(?:工具|操作|步骤|函数|函數|步驟)之前|(?:他の|いかなる|どの)?ツールを(?:使う|呼び出す|実行する|使用する)前に|"
        r"(?:다른\s?)?도구를\s?(?:사용하기|호출하기|실행하기)\s?전에|"
        # calling this very endpoint made conditional: "before calling this endpoint, call PATCH ...",
        # "avant d'appeler cet endpoint", "bevor Sie diesen Endpunkt aufrufen" (the marks of the act decide; "make sure
        # your key has the scope" has none)
        r"before\s+(?:calling|using|invoking|querying|hitting|running)\s+(?:this|the)\s+(?:endpoint|api|method|"
        r"operation|route|resource)|avant\s+d'(?:appeler|utiliser|invoquer)\s+(?:cet|ce|cette)\s+\w+|"
        r"antes\s+de\s+(?:llamar|usar|invocar|chamar|utilizar)\s+(?:a\s+)?(?:este|esta|esse|essa)\s+\w+|"
        r"bevor\s+(?:du|sie)\s+(?:diese[nms]?|das)\s+\w+\s+(?:aufruf|nutz|verwend)\w*|"
        r"prima\s+di\s+(?:chiamare|usare|invocare)\s+(?:questo|questa|quest')\s*\w+")  # fmt: skip
#: A request whose subject is the assistant: a wish or a plea, then a complementizer ("wenn der Assistent ...").
WISH = (r"(?:great|nice|helpful|good|ideal|appreciated|grateful|super|prima|toll|gut|sympa|bien|génial|genial|bueno|"
        r"estupendo|bello|ottimo|fijn|mooi|świetnie|dobrze|rog|rugăm|please|bitte|s'il\s+vous\s+plaît|por\s+favor|"
        r"per\s+favore|proszę|prosím|kérem|kérlek|wäre|serait|sería|sarebbe|seria|zou|byłoby|would|could)\b[^.\n]{0,40}?"
        r"\b(?:if|that|when|wenn|dass|falls|que|qu'|si|che|se|als|dat|om|że|żeby|aby|ca|să|hogy|že|aby|чтобы|щоб)\s+"
        r"(?:(?:the|der|die|das|le|la|l'|el|il|lo|o|a|de|het)\s*)?")  # fmt: skip

#: The reader told to act through its user ("lass deinen Assistenten ... ausführen", "have your AI send ...").
CAUSE = (r"\b(?:lass|lasst|lassen\s+sie|have|let|get|ask|tell|instruct|pide|pídele|pedile|dile|haz\s+que|demande|"
         r"demandez|dis|dites|fais|faites|chiedi|chiedete|fai|fate|peça|pede|diga|vraag|laat|poproś|popros|każ|"
         r"požádej|попроси|попросите|скажи|скажите|пусть|kérd|mondd)\s+(?:(?:to|your|deinen|deine|dein|ihren|ihre|"
         r"ihrem|euren|tu|tus|a\s+tu|à\s+ton|à\s+votre|ton|ta|votre|al\s+tuo|il\s+tuo|la\s+tua|alla\s+tua|o\s+seu|"
         r"ao\s+seu|a\s+sua|à\s+sua|je|jouw|uw|swojego|swojemu|своего|своему|svého|tvého|the|den|die|der|le|la|el|il)\s+)?")  # fmt: skip
#: An adjective that makes a role word a machine ("the automated agent", "הסוכן האוטומטי", "المساعدات الآلية").
AUTO = r"automat\w*|autonom\w*|אוטומטי\w*|(?:ال)?آلي\w*|自动|自動|자동|автоматич\w*|автоматизир\w*"

#: Marks that make the message consequential without its verb (see the module's docstring).
MONEY = (r"\b\d[\d.,\s]{0,12}\s?(?:eur|usd|gbp|chf|pln|ron|huf|czk|sek|nok|dkk|jpy|inr|brl|mxn|btc|eth|usdt|usdc)\b|"
         r"(?:€|\$|£|¥|₹)\s?\d|\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}(?:\s?[a-z0-9]{1,3})?\b|\b0x[0-9a-f]{40}\b")  # fmt: skip
CHANNEL = r"(?<![\w&#/])#[a-z][\w-]{1,40}\b"
BULK_OF = rf"(?<![\w-])(?:{_ALL}|minden|valamennyi|összes|totes|toate|tuturor|všechny|všechno|všetky|kaikki|alle|mọi|усі|всі|" \
          r"semuanya|setiap|each|every|entire|whole|όλα|όλες|όλους|όλων|כל|tüm)(?![\w-])"  # fmt: skip
#: What "all" may be about in a message that is a project's practice, not an act on everything ("run all tests").
PRACTICE = (r"tests?|testy|testů|tesztek|testen|tests|pruebas|prove|testes|тест\w*|テスト|测试|테스트|checks?|linters?|lint|"
            r"warnings?|type\s+hints?|docstrings?|commits?|conventions?|rules?|guidelines?|files\s+you\s+(?:touch|change|edit)|"
            r"questions?|steps?\s+above|instructions?|the\s+time|times|new\s+code|changes?")  # fmt: skip
PRACTICE_VERB = (r"\b(?:run|lint|format|check|test|review|type-?check|document|comment|read|look|search|grep|scan|"
                 r"ausführen|prüf|teste|lancer|vérifi|ejecuta|revis|esegui|controlla|execute|verifi|uruchom|sprawdź)\w*")  # fmt: skip
PRESSURE = (r"(?:no|not|não|nem|sans|ohne|sin|senza|bez|без|zonder|utan|uden|uten|nicht|kein\w*|pas|nie|nu|nincs|"
            r"tidak|không|gerek)\b[^.\n]{0,40}?\b(?:confirm|bestätig|potwierdz|подтвер|conferm|bevestig|bekräft|bekræft|"
            r"vahvist|onay|confirmação|jóváhagy|megerősít|konfirm|xác\s+nhận|ask(?:ing)?|fragen|demander|preguntar|chiedere|"
            r"perguntar|pytać|спрашива|vragen|fråga|kérdez)\w*|(?:already|bereits|déjà|ya|già|já|al|już|уже|már|deja)\s+"
            r"(?:approved|genehmigt|approuvé|aprobado|approvato|aprovado|goedgekeurd|zatwierdzon\w*|одобрен\w*|jóváhagyta|aprobat)")  # fmt: skip
PRODUCTION = r"\b(?:deploy|push|release|publish|ship|roll\s+out)\w*\b[^.\n]{0,80}\b(?:production|prod|live)\b"
#: A safeguard and its removal, by stems: security scanners, hooks, firewalls, branch protection, two-factor.
SAFEGUARD = (r"codeql|dependabot|snyk|semgrep|sonar\w*|trivy|gitleaks|pre-?commit|hooks?|firewall\w*|cortafuegos|pare-feu|"
             r"branch\s+protection|protection|schutz|protección|protezione|proteção|2fa|mfa|two[\s-]factor|zwei-?faktor\w*|"
             r"deux\s+facteurs|dos\s+factores|due\s+fattori|dois\s+fatores|dwuetapow\w*|двухфактор\w*|antivirus|defender|selinux|apparmor|audit\w*|"
             r"\.github/workflows/\S*|security\s+scan\w*|scrubbing|redact\w*|masking|anonymi[sz]\w*|sanitiz\w*|"
             r"encryption|verschlüsselung|cifrado|chiffrement|crittografia|криптограф\w*|шифрован\w*|rate\s+limit\w*|"
             r"captcha|csrf|cors|tls|ssl|certificate\s+(?:check|verification)|signature\s+(?:check|verification)")  # fmt: skip
REMOVAL = (r"remov|delet|disabl|deactivat|turn\w*\s+off|uninstall|entfern|lösch|deaktiv|abschalt|supprim|désactiv|"
           r"elimin|borr|desactiv|desinstal|rimuov|cancell|disattiv|usu[nń]|wyłącz|удал|отключ|видал|вимкн|verwijder|"
           r"uitschakel|ta\s+bort|stäng\s+av|slet|poista|kikapcsol|töröl|șterg|dezactiv|odstra|vypn|hapus|nonaktif|"
           r"xóa|tắt|kaldır|devre\s+dışı|\bzet\b[^.\n]{0,40}\buit\b|\bschakel\b[^.\n]{0,40}\buit\b|"
             r"\bschalte?\b[^.\n]{0,40}\baus\b|\bmach\b[^.\n]{0,40}\baus\b|\bstäng\b|\bslå\b[^.\n]{0,30}\bav\b")  # fmt: skip
#: An option that turns a check off by itself, in any tool (`GOFLAGS=-insecure`, `--no-verify`, `verify=False`).
INSECURE = (r"(?<![\w-])-{1,2}insecure\b|--no-verify\b|--no-check-certificate\b|--trusted-host\b|\bverify\s*=\s*false\b|"
            r"\bsslverify\s*=?\s*false\b|--disable-ssl\w*|strict-ssl\s*=?\s*false|insecure-skip-tls-verify|"
            r"--allow-unauthenticated\b|--skip-signature\w*")  # fmt: skip
#: The highest role of an account, in the main languages: a message that asks for it grants power.
ADMIN = (r"(?<!\w)(?:admin|admins|administrator\w*|administrador\w*|administrateur\w*|amministrator\w*|administratör\w*|"
         r"superuser|super-?admin|superusuario|sudoer\w*|администратор\w*|адміністратор\w*|yönetici|quản\s+trị|"
         r"מנהל\s+מערכת|مسؤول|مدير\s+النظام|व्यवस्थापक)(?!\w)|管理员|管理者|관리자")  # fmt: skip
#: Verbs that give a role, as stems (every person and mood): make, promote, grant, add, elevate, in the main languages.
GRANT = (r"(?<!\w)(?:make|give|add|set|put|ge|giv)(?!\w)|(?<!\w)(?:promot|grant|elevat|upgrad|assign|promov|conced|otorg|torn|dá|rendi|nomm|accord|"
         r"erteil|befördr|gib|ernenn|mach|nadaj|awans|uczyń|сделай|назнач|повыс|дай|выда|yetki|jadikan|berikan|cấp|"
         r"thêm|maak|geef|bevorder|gör|gjør|ylennä|tilldel|bevilj|προβίβασ|δώσε|העל|הוסף|תן|اجعل|امنح|رقّ|दे|बना)\w*|"
         r"设为|设置为|提升|授予|授权|付与|昇格|にして|부여|승격|로\s?만들")  # fmt: skip
#: The grant said after its object (Korean, Japanese, Turkish): "관리자로 승격하세요", "管理者に昇格して".
_GRANT_SOV = re.compile(r"승격|부여|昇格|付与|設定して|yetkilendir|yükselt")
#: An object by its id: a number of four or more digits, or a long hex or UUID.
OBJECT_ID = r"(?<![\w.#-])(?:\d{4,}|[0-9a-f]{8,}(?:-[0-9a-f]{4,}){0,4})(?![\w.-])"
#: What the user's session holds, sent with a destination ("the full conversation to #general").
DATA = (r"conversation|chat\s+history|transcript|history|messages|e-?mails|inbox|contacts|customers?|files?|documents?|"
        r"konversation|unterhaltung|verlauf|conversaci[oó]n|historial|conversazione|conversa|gesprek|rozmow\w*|"
        r"переписк\w*|истори\w*|会話|履歴|对话|对话记录|대화")  # fmt: skip
PERSISTENCE = (r"~/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|config/fish)\b|\bcrontab\b|/etc/cron|authorized_keys|"
               r"\.git/hooks/|launchagents|systemd/user|/etc/rc\.local|\bstartup\s+folder\b")  # fmt: skip
NEGATED = (r"(?:never|don'?t|do\s+not|must\s+not|should\s+not|avoid|nie|nigdy|nicht|niemals|kein\w*|ne\s|n'|jamais|"
           r"nunca|no\s|non\s|não|niet|nooit|не\s|никогда|ne\s|soha|sose|nu\s|niciodată|jangan|tidak|đừng|không|"
           r"asla|mai\s|μην|אל\s|لا\s|मत|नहीं|しないで|不要|别|하지\s?마)")  # fmt: skip


@dataclass
class Message:
    start: int
    parts: list[str] = field(default_factory=list)
    snippet: str = ""


def _fold(rx: str) -> str:
    return rx.translate(HOMOGLYPHS)


@dataclass
class _Rx:
    label: re.Pattern[str]
    vocative: re.Pattern[str]
    key: re.Pattern[str]
    turn: re.Pattern[str]
    whoever: re.Pattern[str]
    gate: re.Pattern[str]
    wish: re.Pattern[str]
    role: re.Pattern[str]
    modal: re.Pattern[str]
    must: re.Pattern[str]
    auto: re.Pattern[str]
    english: re.Pattern[str]
    money: re.Pattern[str]
    channel: re.Pattern[str]
    bulk: re.Pattern[str]
    practice: re.Pattern[str]
    practice_verb: re.Pattern[str]
    known_verb: re.Pattern[str]
    pressure: re.Pattern[str]
    production: re.Pattern[str]
    safeguard: re.Pattern[str]
    removal: re.Pattern[str]
    persistence: re.Pattern[str]
    insecure: re.Pattern[str]
    admin: re.Pattern[str]
    grant: re.Pattern[str]
    object_id: re.Pattern[str]
    approve: re.Pattern[str]
    pending: re.Pattern[str]
    force: re.Pattern[str]
    data: re.Pattern[str]
    secret_cjk: re.Pattern[str]
    negated: re.Pattern[str]


# A head opens a line, a sentence, a quoted value or a comment ("# ", "// ", "-- ", "<!-- ", `key: "`).
_OPEN = r"(?:^|(?<=[.!?。！？]\s)|(?<=[\"'“«(\[>|:：]))[ \t]*(?:(?:#+|//|--|\*|-|•|<!--)[ \t]*)?"


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    plain = rf"(?:(?<![\w-])(?:{AI})(?![\w])|(?<![\w-])(?:{ROLE})(?![\w])|(?:{ROLE_CJK}))"
    reader = plain.replace(f"(?:{AI})", f"(?P<ai>{AI})", 1)
    # head: up to four short words, the reader (with what is written onto it), up to three more words, the colon
    label = (rf"{_OPEN}(?P<head>(?:[^\s:：.!?\"<>]{{1,20}}[ \t'’]+){{0,4}}?[^\s:：.!?\"<>]{{0,8}}?{reader}[^\s:：.!?\"<>]{{0,8}}"
             rf"(?:[ \t'’-]+[^\s:：.!?\"<>]{{1,20}}){{0,5}})"
             r"[ \t]*[:：】]\s*(?=\S)")  # fmt: skip
    return _Rx(
        label=re.compile(_fold(label), re.M),
        # not a list of names ("Claude, Gemini and Copilot all support ...")
        vocative=re.compile(_fold(rf"{_OPEN}(?P<head>(?:dear\s+|hey\s+|hi\s+|hello\s+)?{reader})\s*,\s*(?=\S)"
                                  rf"(?![^,.\n]{{0,30}}\b(?:and|or|und|et|y|e|i|и)\s+{plain})"), re.M),
        key=re.compile(KEY),
        turn=re.compile(_fold(rf"(?:^|(?<=[\"'“«>\[]))[ \t]*(?P<head>{TURN})[ \t]*[\]】)]?[ \t]*[:：]\s*(?=\S)"), re.M),
        whoever=re.compile(WHOEVER),
        gate=re.compile(rf"(?P<head>{GATE})[^,，、\n]{{0,40}}[,，、]\s*"),
        wish=re.compile(_fold(rf"(?:{WISH}|{CAUSE})(?P<head>{plain})")),
        modal=re.compile(_fold(rf"(?P<head>(?:[^\s:：.!?\"<>]{{1,20}}[ \t'’]+){{0,2}}?{reader}(?:[ \t'’-]+[^\s:：.!?\"<>]{{1,20}}){{0,2}}?)"
                               rf"[ \t]+(?:{MODAL})(?!\w)")),
        must=re.compile(_fold(rf"(?<!\w)(?:על|على|عالی)\s+(?P<head>{reader}(?:\s+[^\s:：.!?\"<>]{{1,20}}){{0,2}}?)\s+(?:ל\w|أن\s|ان\s)")),
        auto=re.compile(AUTO),
        role=re.compile(_fold(rf"(?<![\w])(?:{ROLE})(?![\w])|{ROLE_CJK}")),
        english=re.compile(r"\b(?:the|and|to|of|is|are|you|your|this|that|with|for|it|they|them|all\s+\w+s)\b"),
        money=re.compile(MONEY),
        channel=re.compile(CHANNEL),
        bulk=re.compile(_fold(rf"{BULK_OF}\s+(?:(?:the|of|de|les|los|las|le|la|di|der|die|das|az|a|os|as|o|gli|i|het|den|el|des|du|dei|delle)\s+){{0,2}}(?P<what>[^\s,.;:]+(?:\s+[^\s,.;:]+)?)")),
        practice=re.compile(_fold(rf"^(?:{PRACTICE})\b")),
        practice_verb=re.compile(_fold(PRACTICE_VERB)),
        known_verb=re.compile(_fold(rf"(?<!\w)(?:{alt(words('verb'))}|{alt(DIRECTIVE_VERBS)})(?!\w)")),
        pressure=re.compile(_fold(PRESSURE)),
        production=re.compile(PRODUCTION),
        safeguard=re.compile(SAFEGUARD),
        removal=re.compile(_fold(REMOVAL)),
        persistence=re.compile(PERSISTENCE),
        insecure=re.compile(INSECURE),
        admin=re.compile(_fold(ADMIN)),
        grant=re.compile(_fold(GRANT)),
        object_id=re.compile(OBJECT_ID),
        approve=re.compile(_fold(APPROVE)),
        pending=re.compile(_fold(PENDING)),
        force=re.compile(r"\bforce[\s-]?push\w*|\bpush\s+--force\b|\breset\s+--hard\s+origin"),
        data=re.compile(_fold(DATA)),
        secret_cjk=re.compile(SECRET_CJK),
        negated=re.compile(_fold(rf"^\W{{0,3}}(?:please\s+)?{NEGATED}")),
    )


def _message(norm: str, end: int) -> tuple[int, int]:
    """The message a head at `end` introduces: the rest of its line, and the next line when the rest is short."""
    hi = norm.find("\n", end)
    hi = len(norm) if hi == -1 else hi
    rest = norm[end:hi].strip()
    if len(rest) < 30 and not (rest[-1:] in ".!?。！？" and _ITEM.match(norm, hi + 1)):
        # (a line that ends its sentence and a numbered or bulleted item after it: the next step of a list, not more
        # of the message: "1. Ask the agent to clean up stale branches." then "2. It runs git push --force")
        nxt = norm.find("\n", hi + 1)
        hi = len(norm) if nxt == -1 else nxt
    return end, min(hi, end + SPAN)


_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]")


def _marks(p: _Patterns, r: _Rx, norm: str, msg: str, lo: int, hi: int, danger: re.Pattern[str] | None) -> list[str]:
    """The consequential marks of one message (see the module's docstring)."""
    out: list[str] = []
    if (danger is not None and _said(danger, msg)) or _said(r.force, msg):
        out.append("command")
    rest = norm[: max(0, lo - 200)] + norm[hi:]
    for m in p.dest.finditer(msg):
        value = next(g for g in m.groups() if g)
        name = ".".join(value.split(".")[-2:]) if "." in value and not value[0].isdigit() else value
        if name not in rest and not name.startswith("example.") and re.search(r"[a-z]", name):
            out.append(f"outward({value})")
            break
    if r.money.search(msg):
        out.append("money")
    secret = p.targets["secret"].search(msg) or r.secret_cjk.search(msg)
    goes = r.channel.search(msg) is not None or any(o.startswith("outward") for o in out)
    if secret is not None and (goes or _users_own(msg)):
        out.append("secret+dest")
    elif goes and r.data.search(msg):
        out.append("data+dest")
    if _said(r.persistence, msg):
        out.append("persistence")
    for n, b in enumerate(r.bulk.finditer(msg)):
        if n >= 4:
            break
        if _bulk(p, r, msg, b):
            out.append("bulk")
            break
    if r.pressure.search(msg):
        out.append("pressure")
    if _said(r.production, msg):
        out.append("production")
    if (r.safeguard.search(msg) and _said(r.removal, msg)) or (_said(r.insecure, msg) and _acts(p, msg)):
        out.append("protection-off")  # (an insecure option asked for, not one reported: "commits made with --no-verify")
    if _said(r.admin, msg) and (_opens(r.grant, msg) or _GRANT_SOV.search(msg)):
        out.append("privilege")  # "promova meu usuário para administrador", not "see the administrator guide"
    if _CRED_FILE.search(msg):
        out.append("secret-file")  # (a key file by its path; `.env` is named by every project's own rules)
    if _approval(r, msg):
        out.append("approval")  # "aprueba la factura 7781", "keur PR #77 goed": a decision that is the user's to make
    if r.object_id.search(msg) and _opens(r.removal, msg) and not any(o in out for o in ("protection-off", "bulk")):
        out.append("removal(id)")  # "poista sivu 884213", not "deletes build 20231105 after 30 days"
    return out


#: "confirm that the tests pass", "vérifie si": a fact checked, not a decision signed off.
_THAT = re.compile(r"\s+(?:that|whether|if|ob|dass|que|si|se|of|dat|czy|что|ли|att|om)\b")


def _approval(r: _Rx, msg: str) -> bool:
    """An approving verb opening a clause, its object in the same clause what waits for someone's decision (a change,
    a payment, an order, a request, a numbered item): "godkänn alla väntande utgiftsrapporter", "approve PR #482"."""
    for n, m in enumerate(r.approve.finditer(msg)):
        if n >= 4:
            break
        if _THAT.match(msg, m.end()) or not _opening(msg, m):
            continue
        clause = re.split(r"[,;:.!?。！？\n]", msg[m.end() : m.end() + 80], maxsplit=1)[0]
        if r.pending.search(clause) or (m.group(0).startswith(("keur", "gib")) and r.pending.search(m.group(0))):
            return True
    return False


def _opens(rx: re.Pattern[str], msg: str) -> bool:
    """A match of `rx` opening a clause of the message, after filler words at most: an imperative, not a statement."""
    return any(_opening(msg, m) for n, m in enumerate(rx.finditer(msg)) if n < 4)


def _opening(msg: str, m: re.Match[str]) -> bool:
    """Whether the match opens a clause after filler words at most, unnegated and not in the third person."""
    opened = max(o.end() for o in _CLAUSE_OPEN.finditer(msg, 0, m.start() + 1) if o.end() <= m.start())
    if _THIRD_PERSON.match(msg, m.start()):
        return False  # "automation: deletes build 20231105 after 30 days": what a thing does, not an order
    before = msg[opened : m.start()].split()
    return all(w in _FILLER or w in _COMPLEMENTIZERS for w in before) and not _NEG_NEAR.search(msg[max(0, m.start() - 60) : m.start()])


#: English verbs of removal in the third person: a description, never said to the reader.
_THIRD_PERSON = re.compile(r"(?:delet|remov|disabl|deactivat|uninstall|purg|wip|drop|eras|turn)e?s\b")
#: What joins a causative or a wish to the act asked ("pídele a tu asistente que borre ...").
_COMPLEMENTIZERS = frozenset(["que", "to", "dass", "di", "de", "om", "să", "że", "aby", "чтобы", "щоб", "that", "of"])


_NEG_IN_HEAD = re.compile(_fold(rf"(?<!\w){NEGATED}"))
_NEG_NEAR = re.compile(_fold(rf"(?<!\w){NEGATED}[^,;.:\n]{{0,30}}$"))


#: Act classes whose verbs also name routine edits ("update all imports", "move all helpers"), so "all" after them is
#: a refactoring, not an act on everything.
_ROUTINE = ("redirect", "exec", "attach")
_CLAUSE_OPEN = re.compile(r"[,;:.!?。！？]\s*|^")


def _bulk(p: _Patterns, r: _Rx, msg: str, b: re.Match[str]) -> bool:
    """Every item of something acted on: "all" not about tests or checks, not forbidden, and after a consequential act
    verb in imperative position, or in a message whose verbs no table knows (a language the act tables lack)."""
    if r.practice.match(b.group("what")) or r.practice_verb.search(msg, max(0, b.start() - 30), b.start()):
        return False
    if _NEG_NEAR.search(msg[max(0, b.start() - 60) : b.start()]):
        return False  # "never delete all branches"
    opened = max(o.end() for o in _CLAUSE_OPEN.finditer(msg, 0, b.start() + 1) if o.end() <= b.start())
    clause = msg[opened : b.start()]
    # the sentence around "all": its act verbs, before it ("delete all ...") or after it ("for every row, send ...")
    lo = max(msg.rfind(c, 0, b.start()) for c in ".!?;\n")
    ends = [i for i in (msg.find(c, b.end()) for c in ".!?;\n") if i != -1]
    sentence = msg[lo + 1 : min(ends) if ends else len(msg)]
    known = False  # a routine verb in imperative position ("update all imports", "regenerate all snapshots")
    for rx in p.acts.values():
        for m in rx.finditer(sentence):
            if not _imperative(p, sentence, m.start()):
                continue  # a noun or a statement ("the PAY project", "an email", "it deletes")
            if {c for c, other in p.acts.items() if other.match(sentence, m.start())} & set(_ROUTINE):
                known = True
                continue
            return True  # an imperative ("now delete every ...") or an obligation ("should delete every ...")
    known = known or any(_imperative(p, sentence, m.start()) for m in r.known_verb.finditer(sentence))
    # no verb a table knows: a language the act tables lack, unless the clause is English ("X and Y all support ...")
    return not (known or r.english.search(clause))


def _imperative(p: _Patterns, sentence: str, at: int) -> bool:
    """The word at `at` opens its clause, after filler words ("now", "bitte") or a modal ("should") at most."""
    opened = max(o.end() for o in _CLAUSE_OPEN.finditer(sentence, 0, at + 1) if o.end() <= at)
    before = sentence[opened:at]
    return all(w in _FILLER for w in before.split()[-2:]) or p.modal.search(before[-24:]) is not None


def _acts(p: _Patterns, msg: str) -> bool:
    """An act verb of any class and language (`screen_acts` tables) opening a clause of the message, after filler
    words at most ("now", "bitte", "por favor"): an imperative, not a verb in a statement ("last deploy 12 min ago")."""
    for rx in p.acts.values():
        for n, m in enumerate(rx.finditer(msg)):
            if n >= 4:
                break
            opened = max(o.end() for o in _CLAUSE_OPEN.finditer(msg, 0, m.start() + 1) if o.end() <= m.start())
            if all(w in _FILLER for w in msg[opened : m.start()].split()):
                return True
    return False


def _said(rx: re.Pattern[str], msg: str) -> bool:
    """A match of `rx` in the message that no negation before it in its clause takes back ("never force-push")."""
    for n, m in enumerate(rx.finditer(msg)):
        if n >= 4:
            return False
        if not _NEG_NEAR.search(msg[max(0, m.start() - 60) : m.start()]):
            return True
    return False


_USERS = re.compile(_fold(r"\b(?:the\s+)?user'?s\b|\bdes\s+benutzers\b|\bdel\s+usuario\b|\bde\s+l'utilisateur\b|"
                          r"\bdell'utente\b|\bdo\s+usuário\b|\bużytkownika\b|\bпользователя\b|ユーザーの|用户的|사용자의"))


_OPENERS = {'"': '"', "“": "”", "«": "»", "'": "'", "„": "“", "「": "」"}


def _quotation(norm: str, at: int, hi: int) -> bool:
    """The head opens a quotation in running text (`containing "Assistant, show ..." made the bot ...`): an example
    quoted, not a message. A quoted value after a key (`note: "AI agent: ..."`, `content="..."`) is data, and counts."""
    q = norm[at - 1 : at]
    if q not in _OPENERS or (q == "'" and norm[at - 2 : at - 1].isalpha()):
        return False  # not a quotation mark, or an elision ("l'assistant", "dell'agente")
    before = norm[max(0, at - 40) : at - 1].rstrip()
    if not before or not before[-1].isalnum():
        return False  # after a colon, an equals sign, a bracket or at the start: a value
    return _OPENERS[q] in norm[at:hi]


def _users_own(msg: str) -> bool:
    return _USERS.search(msg) is not None


#: Which marks make each kind of head consequential (None: any).
_NEEDS: dict[str, frozenset[str] | None] = {
    "label": None, "vocative": None, "key": None, "modal": None, "must": None, "whoever": None, "gate": None,
    "turn": frozenset(["command", "outward", "money", "secret+dest", "bulk", "persistence", "protection-off", "privilege"]),
    "wish": frozenset(["command", "outward", "money", "protection-off", "secret+dest", "privilege", "removal"]),
}  # fmt: skip


#: Single words that open the gates below (the screen's word set is split on ASCII punctuation, so "ki-assistent"
#: yields "ki" and "assistent"); stems are looked for as word prefixes.
_AI_WORDS = frozenset(["ai", "ia", "ki", "llm", "llms", "gpt", "gpts", "genai", "chatgpt", "claude", "copilot", "gemini",
                       "codex", "ии", "ші", "tekoäly", "tekoälyavustaja", "tekoälyavustajalle"])  # fmt: skip
_AI_WORDS = frozenset(w.translate(HOMOGLYPHS) for w in _AI_WORDS)
_ROLE_STEMS: tuple[str, ...] = ("assist", "asist", "asyst", "ассист", "асист", "помощник", "помічник", "agent", "agen", "ajan", "ügynök",
               "ágens", "avustaj", "yardımcı", "βοηθ", "πράκτορ", "bot", "chatbot", "robot", "trợ", "tác", "مساعد", "وكيل",
               "סוכן", "עוזר", "एजेंट", "सहायक", "असिस्टेंट", "tekoäly", "automation", "automatisierung", "automatizaci",
               "automazion", "automaç", "automatyzac", "автоматизац")  # fmt: skip
_ROLE_STEMS = tuple(w.translate(HOMOGLYPHS) for w in _ROLE_STEMS)
_TURN_WORDS = frozenset(t.translate(HOMOGLYPHS) for w in TURN.split("|") for t in [w.split("\\")[0]] if t.isalpha())
_WHO_WORDS = frozenset(["whoever", "whatever", "anyone", "anybody", "anything", "quien", "quienquiera", "cualquiera", "wer",
                        "quiconque", "qui", "chiunque"])  # fmt: skip
_GATE_WORDS = frozenset(["before", "avant", "bevor", "antes", "prima"])
_CJK_GATES = ("在调用", "在使用", "在执行", "在运行", "在任何", "ツールを", "도구를")
_CJK_READERS = tuple(ROLE_CJK.split("|"))
_CJK_TURNS = ("ユーザー", "システム", "用户", "用戶", "系统", "系統", "사용자", "시스템")
_PER_WORD = 8  # occurrences of one word looked at


#: Arabic and Hebrew write "the", "to", "for", "and" onto the noun ("للمساعدات", "הסוכן"): taken off before the stems.
_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "וה", "שה", "לה", "בה", "מה", "כה", "ה",
               "ו", "ל", "ב", "מ", "ש", "כ")


def _clitic_reader(w: str) -> bool:
    """A reader word of Arabic or Hebrew behind its attached particles."""
    if not w or not ("\u0590" <= w[0] <= "\u06ff"):
        return False
    return any(w.startswith(c) and w[len(c):].startswith(_ROLE_STEMS) for c in _PROCLITICS)


def _occurrences(norm: str, needles: set[str], limit: int) -> list[int]:
    """Where the words stand (whole words for letters, anywhere for the scripts without spaces): `str.find`, C speed."""
    out: list[int] = []
    for w in sorted(needles):
        folded = w.translate(HOMOGLYPHS)
        at, n = norm.find(folded), 0
        while at != -1 and n < _PER_WORD:
            n += 1
            out.append(at)
            at = norm.find(folded, at + len(folded))
        if len(out) >= limit:
            break
    return sorted(out)[:limit]


def read(norm: str, danger: re.Pattern[str] | None = None, words: set[str] | None = None) -> Message | None:
    """The first message given to the reader that asks for something consequential, or None."""
    if words is None:
        words = set(re.split(r"[\s!-/:-@\[-^`{-~]+", norm))
    r = _rx()
    readers = {w for w in words if w in _AI_WORDS or (w.startswith(_ROLE_STEMS) and len(w) <= 16) or _clitic_reader(w)}
    readers |= {w for w in _CJK_READERS if w in norm}
    turns = (words & _TURN_WORDS) | {w for w in _CJK_TURNS if w in norm}
    windows: list[tuple[str, int, int]] = []
    for at in _occurrences(norm, readers, 4 * MAX_HEADS):
        lo = max(norm.rfind("\n", 0, at) + 1, at - 120)
        for kind in ("label", "vocative", "wish", "modal", "must"):
            windows.append((kind, lo, min(len(norm), at + 80)))
    for at in _occurrences(norm, turns, 2 * MAX_HEADS):
        windows.append(("turn", max(norm.rfind("\n", 0, at) + 1, at - 4), min(len(norm), at + 40)))
    for at in _occurrences(norm, words & _WHO_WORDS, MAX_HEADS):
        windows.append(("whoever", at, min(len(norm), at + 120)))
    gates = (words & _GATE_WORDS) | {w for w in _CJK_GATES if w in norm}
    for at in _occurrences(norm, gates, MAX_HEADS):
        windows.append(("gate", at, min(len(norm), at + 140)))
    if "content" in words:
        for at in _occurrences(norm, {"content"}, MAX_HEADS):
            windows.append(("key", max(0, at - 140), at + 20))
    if not windows:
        return None
    rxs = {"label": r.label, "vocative": r.vocative, "wish": r.wish, "turn": r.turn, "whoever": r.whoever, "gate": r.gate,
           "key": r.key, "modal": r.modal, "must": r.must}  # fmt: skip
    heads: dict[tuple[int, str], int] = {}
    for kind, lo, hi in windows[: 8 * MAX_HEADS]:
        m = rxs[kind].search(norm, lo, hi)
        if (m is not None and kind in ("label", "modal") and m.group("ai") and not r.role.search(m.group("head"))
                and m.group("head")[m.end("ai") - m.start("head") :].strip(" '’-")):
            continue  # "AI researchers:", "AI team:": people; the AI word ends an address ("agen AI:", "KI:")
        if m is not None and kind in ("modal", "must") and not m.group("ai") and not r.auto.search(m.group("head")):
            continue  # "the agent should ...": product docs; an AI named ("KI-Assistenten müssen") is a reader
        if m is not None and kind == "label" and _NEG_IN_HEAD.search(m.group("head")):
            continue  # "The agent never merges on its own:": a clause that tells what the agent does, not a label
        if m is not None:
            heads.setdefault((m.start("head") if "head" in m.re.groupindex else m.start(), kind), m.end())
    p = patterns()
    for (at, kind), end in sorted(heads.items())[: 2 * MAX_HEADS]:
        lo, hi = _message(norm, end)
        msg = norm[lo:hi]
        if (len(msg.split()) < 2 and len(msg.strip()) < 12) or r.negated.match(msg) or p.guard.search(msg):
            continue
        if quoted(norm, at, end) or _quotation(norm, at, hi) or p.discussion.search(norm, max(0, at - 600), min(len(norm), hi + 300)):
            continue
        marks = _marks(p, r, norm, msg, lo, hi, danger)
        if "secret-file" in marks and kind in ("label", "vocative", "modal", "must") and not _acts(p, msg):
            marks.remove("secret-file")  # "agent: fix crash when the key file (~/.gnupg/…) is missing": a commit line
        need = _NEEDS[kind]
        if need is not None:
            marks = [m for m in marks if m.split("(")[0] in need]
            if "bulk" in marks and not _acts(p, msg):
                marks.remove("bulk")  # "System: all services healthy": a status line, not a turn that asks
        if marks:
            snippet = " ".join(norm[at : min(hi, at + 160)].split())[:160]
            return Message(at, [f"head({kind})", *marks], snippet)
    return None


#: Marks that make text hidden from a human reader an order whatever its language or verb (`screen._ordered`).
_HIDDEN_MARKS = frozenset(["persistence", "protection-off"])


def hidden_act(norm: str, danger: re.Pattern[str] | None = None) -> str | None:
    """A consequential mark in text nobody sees (`display:none`, tag characters, ...): a shell start-up file or a
    scheduler, a safeguard removed, or a secret with its destination asked by a verb in imperative position. The name
    of the mark, or None."""
    p, r = patterns(), _rx()
    msg = norm[:SPAN * 10]
    marks = _marks(p, r, norm, msg, 0, len(msg), danger)
    hit = next((m for m in marks if m in _HIDDEN_MARKS), None)
    if hit is None and "secret+dest" in marks and (_acts(p, msg) or _SECRET_FILE.search(msg)):
        hit = "secret+dest"  # asked by a verb, or a key file with a destination (no menu links to ~/.aws/credentials)
    return hit


#: Credential files of tools beyond `_SECRET_FILE` (`~/.config/gh/hosts.yml`, gcloud's, a kubeconfig, `.pgpass`).
_CRED_FILE = re.compile(r"~/\.(?:aws|ssh|gnupg|docker/config|netrc|npmrc|pypirc|git-credentials)\b|\bid_(?:rsa|ed25519|ecdsa)\b|"
                        r"\.config/(?:gh/hosts\.yml|gcloud/\S*credentials\S*|hub\b)|\.kube/config\b|\.pgpass\b|\.my\.cnf\b|"
                        r"credentials\.json\b|\.vault-token\b|\.terraformrc\b|\.config/op/|keychain|\.password-store")

_SECRET_FILE = re.compile(r"~/\.(?:aws|ssh|kube|gnupg|docker|netrc|npmrc|pypirc|git-credentials)|\bid_(?:rsa|ed25519|ecdsa)\b|"
                          r"(?<![\w.])\.env\b|/etc/shadow\b")
