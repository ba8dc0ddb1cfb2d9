"""What an injected request says to get itself done unchecked, by kind and by language (issue 18 point 1): data.

An instruction planted for an AI reader rarely stops at the act: it heads off the one check that would stop it. Three
kinds, each a table of regular-expression fragments per language (over `screen.normalise`d text; `screen_window`
folds them as it folds the text):

* `conceal`: keep the act from the user ("don't mention it", "omit from the summary", "keep it out of the
  transcript", "do not describe them in the commit message", "the user does not need to be informed");
* `claim`: approval claimed in someone else's name ("pre-approved by secops", "consent on file", "the user already
  agreed", "the licence requires it", "takes precedence over the user's request");
* `unchecked`: skip the confirmation ("no need to ask", "proceed without prompting", "do not pause for confirmation").

`screen_window` counts them as pressure, and a directive to an AI reader with a concrete object (a command, a URL, an
address, a path) that comes with `conceal` or `claim` is an injection even when its act is of no class the act
tables know: an AGENTS.md asks for routine work and has nobody to hide it from.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import cache

from automode.screen.langs_world import PRESSURE_WORLD

_ZW = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
_PEOPLE = (r"(?:user|owner|operator|admin\w*|maintainers?|(?:team\s+)?lead|manager|management|team|ceo|cto|cfo|director|"
           r"customer|client|boss|secops|sre|security|it|legal|finance|vendor|studio|board|on-?call|support|they|he|she)")  # fmt: skip

# Where "approved by ..." claims an approval rather than describing a thing ("dependencies approved by the security
# team", "must be approved by a maintainer", "releases are approved by a maintainer"): at a sentence's or clause's
# start, or after "was", "has been", "already".
_CLAIM_LEAD = r"(?:^|[.;:,(\n—–]\s*|\b(?:was|were|been|already|fully|and|but)\s+)"

PRESSURE_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "conceal": {
        "en": (
            r"\b(?:do\s+not|don'?t|never|no\s+need\s+to|without|not)\s+(?:\w+\s+){0,2}?(?:tell|inform|mention|notify|alert)(?:ing|s)?\b",
            r"\b(?:do\s+not|don'?t|never|without)\s+(?:\w+\s+)?(?:describ|explain|report|disclos|reveal|surfac|show|flag|log|list)\w*\s+"
            r"(?:it|this|that|them|these|those|the\s+(?:step|change|edit|command|call|upload)s?)\b",
            r"\b(?:omit|leave|keep|exclude|hide|strip)\w*\s+(?:(?:it|this|that|them|these|those|the)\s+(?:\w+\s+)?)?(?:out\s+of|from|off)\s+"
            r"(?:the\s+|your\s+|any\s+)?(?:chat\s+)?(?:summary|summaries|reply|replies|response|answer|report|transcript|chat|conversation|"
            r"commit\s+messages?|changelog|pr\s+description|output|notes)\b",
            r"\b(?:omit|leave\s+out|hide)\s+(?:\w+\s+){0,2}?(?:from|in)\s+(?:the\s+|your\s+)?(?:summary|reply|response|answer|report)\b",
            r"\b(?:does\s+not|doesn'?t|need\s+not|needn'?t|should\s+not|must\s+not)\s+(?:need\s+to\s+)?(?:be\s+)?"
            r"(?:informed|told|notified|made\s+aware|mentioned|brought\s+up|reported|shown|flagged)\b",
            # "the user does not need to know" (not "automode does not know": a limit, nothing hidden)
            r"\b(?:(?:does|do)\s+not|(?:doesn|don)'?t)\s+need\s+to\s+know\b|\b(?:need\s+not|needn'?t|should\s+not|must\s+not|"
            r"shouldn'?t|mustn'?t)\s+know\b",
            r"\b(?:do\s+not|don'?t|never)\s+bring\s+(?:it|this|that|them)\s+up\b",
            r"\b(?:tell|inform|notify|page|ping|alert|loop\s+in|cc)\s+(?:nobody|no\s+one|no-one)\b",
            r"\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:needs?\s+to|has\s+to|should|must)\s+know\b",
            r"\bwithout\s+(?:leaving\s+)?(?:a\s+)?trace\b",
        ),
        "de": (r"\bnicht\s+(?:\w+\s+){0,3}?(?:erwähn|mitteil|bericht|melden|sagen|zeigen|informier|benachrichtig|unterricht)\w*",
               r"\bstillschweigend\b"),
        "fr": (r"\bsans\s+(?:le\s+|la\s+|en\s+)?(?:signaler|mentionner|dire|prévenir)\b", r"\bne\s+(?:le\s+|la\s+|les\s+|lui\s+)?(?:dis|dites|mentionne|mentionnez|signale|signalez)\s+pas\b"),
        "es": (r"\bno\s+(?:lo\s+|le\s+|se\s+lo\s+)?(?:menciones|mencione|digas|diga|informes|informe|avises|avise)\b", r"\ben\s+silencio\b"),
        "it": (r"\bnon\s+(?:lo\s+|gli\s+)?(?:dire|dirlo|menzionar\w*|segnalar\w*|riferir\w*)\b",),
        "pt": (r"\bnão\s+(?:\w+\s+){0,2}?(?:mencion\w+|cont\w+|diga|avis\w+|inform\w+)\b", r"\bsem\s+(?:avisar|mencionar|informar)\b"),
        "nl": (r"\bniet\s+(?:\w+\s+){0,2}?(?:vermeld\w*|melden|vertellen|zeggen)\b",),
        "pl": (r"\bnie\s+(?:\w+\s+){0,2}?(?:wspominaj|mów|mow|informuj|pisz)\w*\b",),
        "sv": (r"\butan\s+att\s+(?:visa|berätta|nämna|meddela|informera)\b", r"\b(?:nämn|berätta|säg)\s+inte\b"),
        "da": (r"\buden\s+at\s+(?:vise|fortælle|nævne|informere)\b", r"\b(?:nævn|fortæl|sig)\s+(?:det\s+)?ikke\b"),
        "ru": (r"\bне\s+(?:\w+\s+){0,2}?(?:сообщай\w*|говори\w*|упоминай\w*|пиши\w*)\b",
               # the verb first: "пользователю сообщать не нужно"
               r"\b(?:сообщать|говорить|упоминать|рассказывать|писать)\s+(?:\w+\s+)?не\s+(?:нужно|надо|стоит|обязательно)\b"),
        "tr": (r"\b(?:bahsetme\w*|söyleme\w*|bildirme\w*|yazma)\b",),
        "cs": (r"\bnepiš\w*\b", r"\bneříkej\w*\b", r"\bnezmiňuj\w*\b", r"\bneinformuj\w*\b", r"\bbez\s+(?:upozornění|oznámení)\b"),
        "id": (r"\b(?:jangan|tidak\s+perlu|tanpa)\s+(?:\w+\s+){0,2}?(?:beri\s+tahu|memberi\s+tahu|memberitahu\w*|beritahu\w*|menyebut\w*|sebut\w*|kabari|lapor\w*)",),
        "vi": (r"(?:không|đừng|chớ)\s+(?:\w+\s+){0,2}?(?:nhắc|báo|nói|kể|đề\s+cập|thông\s+báo)",),
        "el": (r"\bμην\s+(?:\w+\s+){0,2}?(?:αναφέρ\w*|πεις|ενημερώσ\w*|γράψεις)",),
        # ("ولا تخبر": "and" and "so" are written onto the word)
        "ar": (r"(?:دون|بدون|لا\s+ت)\S*\s*(?:إبلاغ|إخبار|ذكر|تذكر|تخبر|تبلغ)\S*", r"[وف]?لا\s+(?:تخبر|تبلغ|تذكر|تعلم)\S*"),
        "he": (r"(?:אל\s+ת|בלי\s+ל)(?:ספר|יידע|ציין|דווח|זכיר)\S*",),
        "hi": (r"(?:मत|न)\s+(?:बताएं|बताएँ|बताना|बताओ|बताइए)", r"(?:बताने|बताए)\s+(?:बिना|की\s+ज़रूरत\s+नहीं|की\s+जरूरत\s+नहीं)"),
        "zh": (r"不要(?:在\S{0,8})?(?:提|说|告诉|告知|透露)", r"别告诉", r"(?:无需|不必|不用)告知"),
        "ja": (r"(?:伝え|言わ|報告し|知らせ)ないで",),
        "ko": (r"(?:알리지|말하지)\s?마",),
    },
    "claim": {
        "en": (
            r"\bpre-?(?:approved|authori[sz]ed|cleared|agreed)\b",
            r"\balready\s+(?:approved|agreed|authori[sz]ed|consented|okayed|ok'?d|signed\s+off|cleared|confirmed|validated)\b",
            rf"{_CLAIM_LEAD}(?:approved|authori[sz]ed|agreed|okayed|sanctioned|cleared|signed\s+off|mandated|requested)\s+(?:by|with)\s+"
            rf"(?:the\s+|your\s+|our\s+)?(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b",
            r"\b(?:consent|approval|authori[sz]ation|sign-?off)\s+(?:is\s+|was\s+)?(?:on\s+file|given|granted|attached|recorded)\b",
            # the check itself said to be lifted: "the approval step has been waived", "review is not required this time"
            r"\b(?:approval|review|sign-?off|confirmation|verification)(?:\s+(?:step|check|gate|process))?\s+(?:has\s+been\s+|have\s+been\s+|"
            r"is\s+|was\s+)(?:waived|skipped|suspended|lifted|bypassed)\b",
            r"\b(?:has|have|had)\s+(?:already\s+)?(?:approved|agreed|authori[sz]ed|consented|okayed|ok'?d|signed\s+off|cleared)\b",
            rf"\b(?:the|your|our)\s+{_PEOPLE}\s+(?:approved|agreed|authori[sz]ed|consented|okayed|ok'?d|signed\s+off|enabled|confirmed)\b",
            r"\b(?:approved|agreed\s+to|authori[sz]ed|consented\s+to|okayed|ok'?d|signed\s+off\s+on)\s+(?:it|this|that)\b",
            r"\b(?:agreed|approved|consented|okayed)\s+(?:on\s+the\s+call|in\s+advance|earlier|beforehand)\b",
            r"\b(?:licen[cs]e|contract|policy|agreement|terms)\b[^.\n]{0,40}?\b(?:requires?|mandates?|makes\s+(?:this|it)\s+mandatory)\b",
            r"\b(?:mandatory|required|obligatory)\s+(?:for|by|per|under)\s+(?:every|all|the|our|this)\b",
            r"\btakes?\s+precedence\s+over\b",
            r"\b(?:approved|standard|official)\s+(?:change|procedure|process|step)\b", r"\bchg-?\d{3,}\b",
            r"\byou\s+(?:have\s+been|are|were)\s+(?:\w+\s+)?(?:granted|given)\s+(?:\w+\s+){0,2}?(?:authority|permission|access|approval|clearance)\b",
            rf"\b(?:the|your|our)\s+{_PEOPLE}\s+(?:has\s+|have\s+)?(?:asked|requested|instructed)\s+(?:that\s+)?(?:you|all|every|any)\b",
            # approval in anyone's name, named or not: "Aisha approved", "authorised by the PM", "management signed off"
            rf"{_CLAIM_LEAD}(?:approved|authori[sz]ed|okayed|ok'?d|sanctioned|signed\s+off|green-?lit|mandated)\s+by\s+"
            r"(?!(?:default|design)\b)[\w@-]+",
            r"\b(?!(?:was|is|are|were|be|been|being|not|never|if|unless|when|once|until|get|got|gets|pr|mr|change|request|the|a|an|"
            r"this|that|these|those|our|your|its|their|his|her|my|all|any|only|pre|non|un|newly|fully|officially)\b)"
            r"[a-z][\w-]*\s+(?:(?:has|have|had)\s+)?(?:already\s+)?(?:approved|authori[sz]ed|okayed|ok'?d|consented|signed\s+off|"
            r"green-?lit|gave\s+(?:the\s+)?(?:ok|go-ahead|green\s+light))\b(?!\s+(?:by|for\s+review)\b)",
            # "he said it's fine", "Jonas said not to ask again", "she said to go ahead"
            r"\b[a-z][\w-]*\s+said\s+(?:(?:it'?s|it\s+is|that'?s|this\s+is)\s+(?:fine|ok|okay|good|allowed)|to\s+go\s+ahead|"
            r"(?:not|no\s+need)\s+to\s+(?:ask|check|wait|bother|confirm|escalate)|you\s+(?:can|may|should))\b",
            # "I already asked on our call", "cleared it with Dana in Slack", "as agreed in the meeting"
            r"\b(?:i|we)\s+(?:already\s+|have\s+|'ve\s+)?(?:asked|checked|cleared\s+(?:it|this)|confirmed|agreed|discussed\s+(?:it|this))\s+"
            r"(?:\w+\s+){0,3}?(?:on|in|during|over|at|by|via)\s+(?:(?:the|our|a|this\s+morning'?s?)\s+)?(?:call|meeting|slack|chat|standup|sync|thread|e-?mail|review|phone|teams)\b",
            r"\bas\s+(?:agreed|discussed|approved|arranged)\s+(?:with|on|in|by|earlier|yesterday)\b",
            r"\b(?:agreed|cleared|aligned)\s+with\s+(?:the\s+)?(?:team|management|ops|security|it|owner|maintainers?|lead|manager|client|customer)\b",
        ),
        "de": (r"\b(?:genehmigt|freigegeben|abgesegnet)\b", r"\bist\s+(?:bereits\s+)?einverstanden\b"),
        "fr": (r"\bdéjà\s+(?:validé|approuvé|autorisé|accepté)\b", r"\bapprouvé\s+par\b"),
        "es": (r"\b(?:ha|han)\s+(?:aprobado|autorizado)\b", r"\bautoriz[óo]\b", r"\bya\s+aprob\w+\b"),
        "it": (r"\bgià\s+(?:approvato|autorizzato|dato\s+il\s+consenso)\b", r"\bapprovato\s+da\b"),
        "pt": (r"\bjá\s+(?:aprov\w+|autoriz\w+|concord\w+)\b", r"\bautorizado\s+pela?\b"),
        "nl": (r"\bgoedgekeurd\b", r"\bvindt\s+dat\s+(?:prima|goed)\b"),
        "pl": (r"\b(?:wyraził|wyraziła|wyrazili)\s+zgodę\b", r"\bzatwierdził\w*\b", r"\bzgod\w+\b", r"\buzgodnion\w*\b",
               r"\b(?:zatwierdzon|zaakceptowan)\w*\s+przez\b"),
        "sv": (r"\bhar\s+(?:redan\s+)?(?:godkänt|sagt\s+ok|gett\s+klartecken)\b", r"\bär\s+(?:redan\s+)?godkänt\b", r"\bär\s+avtalat\b"),
        "da": (r"\ber\s+aftalt\b", r"\bhar\s+(?:allerede\s+)?godkendt\b"),
        "ru": (r"\bуже\s+(?:согласил\w*|одобрил\w*|разрешил\w*)\b", r"\bсогласовано\b", r"\bодобрено\b"),
        "tr": (r"\bonayladı\w*\b", r"\bonay\s+verdi\w*\b"),
        "cs": (r"\bschválil\w*\b", r"\bschváleno\b", r"\bje\s+informován\w*\b", r"\bsouhlasil\w*\b"),
        "id": (r"\bsudah\s+(?:di)?setujui\b", r"\btelah\s+(?:di)?setujui\b", r"\bsudah\s+(?:meng)?izinkan\b", r"\bdisetujui\s+oleh\b"),
        "vi": (r"đã\s+(?:được\s+)?(?:phê\s+duyệt|đồng\s+ý|cho\s+phép|duyệt)", r"yêu\s+cầu\s+của\s+(?:quản\s+lý|giám\s+đốc|sếp)"),
        "el": (r"(?:έχει|εχει)\s+(?:ήδη\s+)?(?:εγκρίνει|συμφωνήσει)", r"εγκεκριμένο"),
        "ar": (r"موافق\S*\s+مسبق\S*", r"بناءً?\s+على\s+تعليمات", r"تمت\s+الموافقة", r"وافق\S*"),
        "he": (r"אושר\s+מראש", r"אישר\S*", r"מאושר"),
        "hi": (r"अनुमति\s+दे\s+दी", r"मंज़ूरी\s+दे\s+दी|मंजूरी\s+दे\s+दी", r"स्वीकृत"),
        "zh": (r"已获\S{0,6}(?:批准|同意|授权)", r"已经?(?:批准|同意|授权)"),
        "ja": (r"(?:了承|承認|許可)(?:は|を)?(?:得て|もらって|いただいて)", r"承認済み"),
        "ko": (r"(?:승인|허락)(?:을)?\s?받았", r"(?:승인|허락|허용|동의)(?:을\s?)?했"),
        "eu": (r"\b(?:oficjaln\w+|offizielle?|officielle?|oficial|ufficiale)\s+(?:procedur\w+|prozedur|richtlinie|política|politica)\b",),
    },
    "unchecked": {
        "en": (
            r"\b(?:no\s+need|not\s+necessary|unnecessary|needn'?t|(?:do|does)\s*n[o']?t\s+need)\s+to\s+(?:\w+\s+){0,2}?"
            r"(?:ask|check|confirm|double-check|verify|prompt|wait|pause|bother|ping)\w*\b",
            r"\bwithout\s+(?:\w+\s+){0,2}?(?:asking|prompting|confirmation|confirming|checking|review|approval|pausing|waiting|permission)\b",
            r"\b(?:do\s+not|don'?t|never)\s+(?:\w+\s+)?(?:ask|pause|wait|prompt|stop)\s+(?:for\s+)?(?:confirmation|approval|permission|the\s+user)\b",
            r"\bproceed\s+without\b", r"\bskip\s+(?:the\s+)?(?:confirmation|approval|review)\b",
            # the check skipped by name: "skip the diff", "don't escalate to Kwame", "proceed automatically"
            r"\bskip\s+(?:the\s+|any\s+)?(?:diff|plan|preview|dry[\s-]?run|prompts?|questions?|checks?|sign-?off|approvals?|reviews?)\b",
            r"\b(?:do\s+not|don'?t|never|no\s+need\s+to|without)\s+(?:\w+\s+)?escalat\w*\b",
            r"\bproceed\s+(?:automatically|directly|silently|straight\s+away|right\s+away|unattended)\b",
            r"\b(?:not\s+to|do\s+not|don'?t|never)\s+ask\s+(?:again|first|anyone|him|her|them|around|twice)\b",
            r"\b(?:do\s+not|don'?t)\s+(?:wait|pause|stop)\s+(?:for|to\s+ask)\b",
        ),
        "cs": (r"\bneptej\w*\b", r"\bnení\s+(?:třeba|nutné)\s+(?:se\s+)?(?:ptát|potvrzovat|schvalovat)\b", r"\bbez\s+(?:ptaní|potvrzení)\b"),
        "id": (r"\btidak\s+perlu\s+(?:\w+\s+)?(?:bertanya|tanya|konfirmasi|meminta)\w*", r"\btanpa\s+(?:bertanya|konfirmasi|persetujuan)\b"),
        "vi": (r"không\s+cần\s+(?:\w+\s+){0,2}?(?:hỏi|xác\s+nhận)", r"không\s+cần\s+hỏi"),
        "el": (r"χωρίς\s+(?:να\s+)?(?:ρωτήσ\w*|επιβεβαίωση)", r"δεν\s+χρειάζεται\s+(?:να\s+)?(?:ρωτήσ\w*|επιβεβαι\w*)"),
        "ar": (r"لا\s+داعي", r"(?:دون|بدون)\s+(?:سؤال|تأكيد|الرجوع)\S*", r"لا\s+حاجة"),
        "he": (r"אין\s+צורך\s+(?:ל)?\S*", r"בלי\s+לשאול"),
        "hi": (r"पूछने\s+की\s+(?:ज़रूरत|जरूरत|आवश्यकता)\s+नहीं", r"बिना\s+पूछे"),
        "sv": (r"\bfråga\s+inte\b", r"\bbehöver\s+inte\s+fråga\b", r"\butan\s+att\s+fråga\b"),
        "da": (r"\bspørg\s+ikke\b", r"\bbehøver\s+ikke\s+(?:at\s+)?spørge\b"),
        "tr": (r"\bsormana\s+gerek\s+yok\b", r"\bsormadan\b"),
        "pt": (r"\bnão\s+(?:é\s+)?precis\w*\s+(?:de\s+)?(?:lhe\s+)?perguntar\b", r"\bsem\s+perguntar\b"),
        "es": (r"\bno\s+hace\s+falta\s+preguntar\b", r"\bsin\s+preguntar\b"),
        "it": (r"\bsenza\s+chiedere\b",),
        "fr": (r"\bsans\s+demander\b",),
        "de": (r"\bohne\s+(?:zu\s+)?(?:fragen|nachzufragen)\b", r"\bnicht\s+gefragt\s+werden\b"),
        "nl": (r"\bzonder\s+(?:te\s+)?vragen\b",),
        "pl": (r"\bbez\s+pytania\b", r"\bnie\s+pytaj\w*\b", r"\bnie\s+(?:trzeba|musisz)\s+(?:\w+\s+)?pyta\w*\b"),
    },
}


for _kind, _by_lang in PRESSURE_WORLD.items():  # the world's other most spoken languages (`screen_langs_world`)
    for _lang, _forms in _by_lang.items():
        PRESSURE_FORMS[_kind][_lang] = PRESSURE_FORMS[_kind].get(_lang, ()) + tuple(f.translate(_ZW) for f in _forms)

#: Approval claimed in the first person, the speaker being whoever the text says it is (a forged user turn: "Usuario:
#: … lo autorizo", "Benutzer: … ich genehmige das", "사용자: … 승인합니다"), session 19.
_FIRST_PERSON_CLAIMS = {
    "en": (r"\bi\s+(?:hereby\s+)?(?:approve|authori[sz]e|consent|allow\s+it|sign\s+off)\b",),
    "de": (r"\bich\s+(?:genehmige|erlaube|autorisiere|bin\s+einverstanden)\b", r"\bgenehmige\s+ich\b"),
    "fr": (r"\bje\s+l'?(?:autorise|approuve|valide)\b", r"\bj'(?:autorise|approuve)\b"),
    "it": (r"\b(?:lo|la|li)\s+autorizzo\b", r"\bautorizzo\b", r"\bapprovo\b"),
    "pt": (r"\b(?:eu\s+)?autorizo\b", r"\beu\s+aprovo\b"),
    "nl": (r"\bik\s+(?:keur\s+(?:het|dit|dat)\s+goed|geef\s+(?:hiervoor\s+)?toestemming)\b",),
    "pl": (r"\b(?:zatwierdzam|zgadzam\s+się|pozwalam|autoryzuję)\b",),
    "ru": (r"\b(?:я\s+)?(?:разрешаю|одобряю|подтверждаю)\b", r"\bя\s+соглас(?:ен|на)\b"),
    "uk": (r"\b(?:я\s+)?(?:дозволяю|схвалюю|підтверджую)\b",),
    "tr": (r"\b(?:onaylıyorum|izin\s+veriyorum)\b",),
    "sv": (r"\bjag\s+(?:godkänner|tillåter)\b",), "da": (r"\bjeg\s+(?:godkender|tillader)\b",),
    "cs": (r"\b(?:schvaluji|povoluji|souhlasím)\b",), "id": (r"\bsaya\s+(?:setuju|izinkan|menyetujui)\b",),
    "vi": (r"tôi\s+(?:đồng\s+ý|cho\s+phép|phê\s+duyệt)",),
    "zh": (r"我(?:已经?)?(?:同意|批准|授权)(?:了)?",), "ja": (r"(?:承認|許可|了承|同意)します",),
    "ko": (r"(?:승인|허락|허용|동의)합니다",),
}
for _lang, _forms in _FIRST_PERSON_CLAIMS.items():
    PRESSURE_FORMS["claim"][_lang] = (*PRESSURE_FORMS["claim"].get(_lang, ()), *_forms)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LITERAL = re.compile(r"[^\\()\[\]?*+{}|.^$]+")


def _firsts(form: str) -> tuple[tuple[str, bool], ...]:
    """Literal words one of which every match of `form` starts with ("(?:do\\s+not|never)..." -> ("do", "never")), or
    () when the form does not open with literals: a cheap test that skips a form whose words the text lacks."""
    if form.startswith("(?:"):
        depth, i = 1, 3
        while i < len(form) and depth:
            depth += {"(": 1, ")": -1}.get(form[i], 0) if form[i - 1] != "\\" else 0
            i += 1
        group = form[3 : i - 1]
        if "(" in group or form[i : i + 1] in ("?", "*"):
            return ()
        alts = group.split("|")
        tail = form[i : i + 2]
    else:
        alts, tail = [form], ""
    out = []
    for a in alts:
        m = _LITERAL.match(a)
        word = m.group(0) if m is not None else ""
        after = a[len(word) : len(word) + 2] or tail
        if after[:1] in ("?", "*", "{"):
            word, after = word[:-1], ""  # the last character is optional
        if not word.strip():
            return ()
        # a whole word (the text's word set answers for it) or a stem (looked for in the text)
        out.append((word, after in ("", "\\s", "\\b") and word.isalpha() and not _CJK.search(word)))
    return tuple(out)


@cache
def compiled(kind: str) -> tuple[tuple[re.Pattern[str], tuple[tuple[str, bool], ...]], ...]:
    """The forms of a kind, one pattern each with the words it opens with, folded as `screen.normalise` folds the text.
    A leading `\\b` is dropped and checked on each match instead: a pattern that opens with literal words is then found
    by a fast prefix scan, many times faster than one alternation of every form."""
    from automode.screen.words import HOMOGLYPHS

    forms = [f.translate(HOMOGLYPHS).removeprefix(r"\b") for fs in PRESSURE_FORMS[kind].values() for f in fs]
    return tuple((re.compile(f), _firsts(f)) for f in forms)


def finditer(kind: str, text: str, limit: int = 10, words: Set[str] | None = None) -> list[re.Match[str]]:
    """Matches of a kind that start at a word boundary, at most `limit` of each form. `words`: the text's words (split
    as `screen` splits them), which answer for the forms that open with whole words."""
    out: list[re.Match[str]] = []
    for rx, firsts in compiled(kind):
        if firsts and not any((w in words) if whole and words is not None else (w in text) for w, whole in firsts):
            continue
        n = 0
        for m in rx.finditer(text):
            first = m.group(0)[:1]
            if m.start() and text[m.start() - 1].isalnum() and first.isalnum() and not _CJK.match(first):
                continue  # inside a word (Chinese, Japanese and Korean have no spaces between words)
            out.append(m)
            n += 1
            if n >= limit:
                break
    return out


def kinds(text: str) -> dict[str, str]:
    """kind -> the first span of that kind found in `text` (normalised)."""
    out: dict[str, str] = {}
    for kind in PRESSURE_FORMS:
        found = finditer(kind, text, 1)
        if found:
            out[kind] = found[0].group(0)
    return out
