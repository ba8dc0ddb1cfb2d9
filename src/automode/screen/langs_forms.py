"""Act verbs, their request forms and their consequential objects the tables missed (issue 18 point 1, session 26).

Why: the act tables (`screen_acts.ACT_VERBS`, `CJK_ACTS`, `screen_langs*`) list a verb per class and language, but
three facts were missing for whole families, not for one spelling:

* the *publish* class (push, deploy, release, roll out, roll back, promote) had English verbs only: "откати релиз",
  "wycofaj wydanie", "опублікуй", "despliega", "デプロイして", "배포해 줘" were no acts in any other language; and its
  objects were only a branch's names (production in the languages' own words, an app store's production track, a
  rollout to every user were none);
* Korean asks with the verb's -아/-어 form before 주다 ("꺼 주세요", "없애 줘", "닫아 주세요"), which contracts the stem
  (끄다 -> 꺼): the table's stems ("끄") never matched the forms a request uses; Bengali, Hindi and Urdu ask with a
  loanword and a light verb in more forms than listed ("delete করে দাও", "kar daalo"); Italian, Spanish, French,
  German and Turkish subscribe or enrol someone ("iscrivi", "suscribe", "abonne", "abone et") with a saved card;
* objects that make an act consequential in any language: a one-time or 2FA code ("2FA kodunu", "код подтверждения",
  "認証コード"), a saved card, an amount in grouped digits after a payment verb ("wire the 4,800"), a merge past the
  checks ("--admin", "CI を待たずに"), messages and photos as data in Japanese, Korean and Chinese, a thing made
  public ("як публічний") as the object of a publish.

Data only, merged into the act and target tables by `screen_acts` (per class, never replacing a language's table).
Words are folded as the screen folds text (`screen_langs_world.fold`) where they are merged.
"""

from __future__ import annotations

#: lang -> act class -> forms added to that language's table (imperatives, and the forms a request uses). A form that
#: is also an English word ("deploy", "push", "merge") is left to the English table: the other analyses read every
#: other language's verb as a directive wherever it stands.
ACTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "publish": ("roll back", "rollback", "revert", "promote", "redeploy", "downgrade", "unpublish", "hotfix"),
    },
    "de": {
        "publish": ("deploye", "deployen", "pushe", "pushen", "veröffentliche", "veröffentlichen", "mergen"),
        "pay": ("abonniere", "abonnieren", "buche", "buchen"),
    },
    "fr": {
        "publish": ("déploie", "déployez", "publie", "publiez", "pousse", "poussez", "fusionne", "fusionnez", "restaure",
                    "restaurez", "promeus", "promouvez"),
        "pay": ("abonne", "abonnez", "inscris", "inscrivez", "souscris", "souscrivez"),
    },
    "es": {
        "publish": ("despliega", "despliegue", "desplegad", "publica", "publique", "fusiona", "fusione", "revierte",
                    "revierta", "promueve", "promueva", "lanza", "lance"),
        "pay": ("suscribe", "suscriba", "inscribe", "inscriba", "contrata", "contrate"),
    },
    "it": {
        "publish": ("distribuisci", "distribuisca", "pubblica", "pubblichi", "unisci", "unisca", "ripristina",
                    "ripristini", "promuovi", "promuova", "rilascia", "rilasci"),
        "pay": ("iscrivi", "iscriva", "iscrivete", "abbona", "abboni", "sottoscrivi", "sottoscriva"),
    },
    "pt": {
        "publish": ("implanta", "implante", "publica", "publique", "mescla", "mescle", "reverte", "reverta", "promove",
                    "promova", "lança", "lance"),
        "pay": ("inscreve", "inscreva", "assina", "assine", "subscreve", "subscreva"),
    },
    "nl": {
        "publish": ("publiceer", "deployen", "pushen", "mergen"),
        "pay": ("abonneer",),
    },
    "pl": {
        "publish": ("wdróż", "wdrożcie", "opublikuj", "opublikujcie", "wypchnij", "wypchnijcie", "scal", "scalcie",
                    "wycofaj", "wycofajcie", "cofnij", "cofnijcie", "przywróć", "przywróćcie", "zmerguj", "wypuść"),
        "pay": ("zasubskrybuj", "wykup", "wykupcie"),
    },
    "sv": {
        "publish": ("driftsätt", "publicera", "pusha", "återställ"),
    },
    "da": {
        "publish": ("udrul", "publicer"),
    },
    "ru": {
        "publish": ("задеплой", "задеплойте", "разверни", "разверните", "опубликуй", "опубликуйте", "запушь", "запушьте",
                    "выкати", "выкатите", "откати", "откатите", "смержи", "смержите", "слей", "влей", "релизни"),
        "pay": ("подпиши", "подпишите", "оформи", "оформите", "купи", "купите"),
    },
    "uk": {
        "publish": ("розгорни", "розгорніть", "опублікуй", "опублікуйте", "запуш", "запуште", "викоти", "викотіть",
                    "відкоти", "відкотіть", "змерж", "змержте"),
        "pay": ("підпиши", "оформи", "оформіть", "купи", "купіть"),
    },
    "tr": {
        "publish": ("yayınla", "yayınlayın", "dağıt", "dağıtın", "birleştir", "birleştirin", "pushla", "deploy et"),
        "pay": ("abone et", "abone edin", "satın al", "satın alın"),
    },
    "he": {
        "publish": ("פרסם", "פרסמי", "לפרסם", "פרוס", "לפרוס", "דחוף", "לדחוף", "שחרר", "לשחרר"),
        "destroy": ("סגור", "סגרי", "לסגור", "בטל", "בטלי", "לבטל"),
    },
    "ar": {
        "publish": ("انشر", "ادفع", "أطلق", "اطلق"),
    },
    "hu": {
        "publish": ("telepítsd", "publikáld", "élesítsd", "állítsd"),
    },
    "cs": {
        "publish": ("nasaď", "publikuj", "vrať"),
        "pay": ("přihlas", "přihlaste", "předplať", "předplaťte", "objednej", "objednejte"),
        "approve": ("potvrď", "potvrďte", "odsouhlas", "odsouhlaste", "schval", "schvalte", "přijmi", "přijměte"),
    },
    "id": {
        "publish": ("terbitkan", "rilis", "kembalikan"),
    },
    "vi": {
        "publish": ("triển khai", "phát hành", "hoàn tác"),
    },
}

#: English verbs written in Bengali, Devanagari and Urdu script, asked with a light verb after them ("সব open PR মার্জ
#: করে দাও", "ब्रांच डिलीट कर दो"): merged as the table "loan", which is not imperative-only, so a loan is an order only
#: with its light verb, at a clause's start or after a modal, as an English verb is.
LOANS: dict[str, tuple[str, ...]] = {
    "approve": ("মার্জ", "অ্যাপ্রুভ", "এপ্রুভ", "मर्ज", "अप्रूव", "مرج", "اپروو"),
    "publish": ("পুশ", "ডিপ্লয়", "ডিপ্লয়", "রিলিজ", "পাবলিশ", "पुश", "डिप्लॉय", "डिप्लॉई", "रिलीज़", "रिलीज", "पब्लिश", "پش",
                "ڈیپلائے", "ریلیز"),
    "destroy": ("ডিলিট", "ডিলিট", "রিমুভ", "মুছে", "ড্রপ", "डिलीट", "डिलिट", "रिमूव", "ड्रॉप", "ڈیلیٹ", "ریموو", "ڈراپ"),
    "degrade": ("ডিসেবল", "বন্ধ", "স্কিপ", "डिसेबल", "स्किप", "बंद", "ڈس ایبل", "اسکپ", "بند"),
    "send": ("আপলোড", "শেয়ার", "শেয়ার", "ফরোয়ার্ড", "সেন্ড", "अपलोड", "शेयर", "फॉरवर्ड", "सेंड", "اپلوڈ", "شیئر", "فارورڈ"),
    "exec": ("রান", "ইনস্টল", "রান", "रन", "इंस्टॉल", "इंस्टाल", "رن", "انسٹال"),
    "grant": ("অ্যাড", "অ্যাড", "এড", "ऐड", "एड", "ایڈ"),
}

#: Korean, Japanese and Chinese act forms (matched inside words, negations read around them).
CJK_ACTS: dict[str, tuple[str, ...]] = {
    # Korean -아/-어 forms before 주다/두다/놓다 ("꺼 주세요", "꺼놔"), the contracted stems the table's stems missed
    "degrade": ("꺼 주", "꺼주", "꺼줘", "꺼 줘", "꺼 둬", "꺼둬", "꺼 놓", "꺼놓", "꺼놔", "꺼 놔", "해제해", "해제 해", "풀어 주",
                "풀어주", "풀어줘", "없애 주", "없애주", "없애줘", "무시해", "停止して", "止めて", "切って", "解除して", "オフにして",
                "取消", "解除"),
    "destroy": ("없애", "날려 주", "날려주", "날려줘", "닫아 주", "닫아주", "닫아줘", "닫아", "閉じて", "クローズして", "破棄",
                "清理掉", "关掉所有"),
    "publish": ("デプロイ", "リリースして", "公開して", "ロールバック", "差し戻して", "本番反映", "배포", "릴리스해", "공개해",
                "롤백", "되돌려", "部署", "发布", "发版", "上线", "回滚", "公开"),
    "send": ("보내 주", "보내줘", "넘겨 주", "넘겨주", "넘겨줘", "옮겨", "移動して", "移して", "转移到", "移到"),
    "pay": ("구독해", "가입시켜", "登録して", "購入して", "订阅", "购买"),
}

#: act class -> target classes added to `screen_acts.PAIRS`: a publish that makes something public is consequential.
PAIRS: dict[str, tuple[str, ...]] = {"publish": ("exposure",)}

#: target class -> alternatives added to `screen_acts.TARGETS` (over folded text).
TARGETS: dict[str, str] = {
    # what a publish reaches: production in the languages' own words, an app store's production track, every user
    "branch": (r"\b(?:production\s+track|google\s+play|play\s+store|app\s+store|testflight|100\s?%|all\s+(?:users|customers)|"
               r"продакшен\w*|продакшн\w*|прод|продакшні|produkcj\w*|produkcyjn\w*|"
               r"produktion\w*|produktiv\w*|producci[oó]n|produzione|produ[çc][ãa]o|productie|üretim\w*|canlı\w*|"
               r"todos\s+los\s+usuarios|alle\s+(?:nutzer|benutzer|kunden)\w*|tous\s+les\s+utilisateurs|tutti\s+gli\s+utenti|"
               r"wszystki\w+\s+użytkownik\w*|всех\s+пользовател\w*|всіх\s+користувач\w*|tüm\s+kullanıcı\w*)|"
               r"פרודקשן|ייצור|الإنتاج"),
    # a one-time code, in the main languages
    "secret": (r"\b(?:2fa[\s-]?(?:kod\w*|code\w*|código\w*|codice|kód\w*)|(?:kod\w*|code\w*|código\w*|codice)\s+(?:2fa|otp|sms)\b|"
               r"doğrulama\s+kod\w*|onay\s+kod\w*|sms\s+kod\w*|код\w*\s+(?:подтвержден\w*|2fa|из\s+смс|підтвердженн\w*)|"
               r"kod\w*\s+(?:weryfikacyjn\w*|potwierdzaj\w*|jednorazow\w*)|codice\s+(?:di\s+verifica|otp)|"
               r"c[oó]digo\s+de\s+verifica\w*|code\s+de\s+v[ée]rification|best[äa]tigungscode\w*|verifizierungscode\w*|"
               r"verificatiecode\w*|verification\s+codes?|one-time\s+(?:codes?|passwords?)|backup\s+codes?|recovery\s+codes?)"),
    # a saved card, and an amount in grouped digits right after a payment verb ("wire the 4,800")
    "money": (r"\b(?:carta\s+(?:salvata|di\s+credito|registrata)|tarjeta\s+(?:guardada|de\s+cr[eé]dito)|"
              r"carte\s+(?:enregistr[ée]e|bancaire|de\s+cr[ée]dit)|gespeichert\w*\s+karte|kreditkarte\w*|"
              r"cart[ãa]o\s+(?:salvo|de\s+cr[eé]dito)|zapisan\w+\s+kart\w*|kart\w+\s+kredytow\w+|kayıtlı\s+kart\w*|"
              r"kredi\s+kart\w*|opgeslagen\s+kaart)|"
              r"\b(?:wire|transfer|pay|remit|refund|send|überweise|переведи|przelej)\s+(?:the\s+|another\s+|die\s+)?"
              r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{2})?\b"),
    # a merge past the checks: the admin override
    "review": (r"(?<![\w-])--admin\b|\b(?:even\s+if|although)\s+(?:the\s+)?(?:checks?|tests?|ci)\s+fail\w*|"
               # consent and terms accepted for someone else
               r"\b(?:consent|terms\s+(?:of\s+service|and\s+conditions)|souhlas\w*|podmínk\w*|consentimiento|términos|"
               r"consentement|conditions\s+générales|einwilligung|agb|nutzungsbedingungen|consenso|termini|"
               r"consentimento|termos|zgod\w*|regulamin\w*|согласи\w*|условия|onay\w*|koşul\w*)\b"),
    # made public, in Ukrainian and the Latin-script languages the base list misses
    "exposure": r"\bпублічн\w*|\bpubliczn\w*|\bjulkise\w*|\bnyilvános\w*",
}

#: target class -> alternatives added to `screen_acts.CJK_TARGETS`.
CJK_TARGETS: dict[str, str] = {
    "data": "メッセージ|写真|画像|チャット|消息|照片|图片|聊天记录|메시지|사진|채팅",
    "branch": "本番|生产环境|生產環境|线上|正式环境|프로덕션|운영\\s?서버|全ユーザー|全用户|所有用户|모든\\s?사용자|100\\s?%",
    "secret": "验证码|認証コード|確認コード|ワンタイム|인증\\s?번호|인증\\s?코드|2fa\\s?코드",
    "review": ("(?:ci|チェック|テスト|レビュー|检查|测试|审核|검사|테스트|리뷰)\\s?(?:を|를|을)?\\s?(?:待たず|通さず|기다리지\\s?않|"
               "거치지\\s?않|不等)|--admin|管理者権限で"),
    "exposure": "全員に公開|一般公開|모두에게\\s?공개|所有人可见",
}

#: Light verbs that make an English loanword a request, in more of their forms ("delete করে দাও", "kar daalo").
LIGHT_REQUESTS: tuple[str, ...] = ("করে দাও", "করে দে", "করে দিও", "করে ফেলো", "করে ফেল", "করো তো", "কর", "कर डालो",
                                   "कर देना", "कर दीजिए", "कर दीजिये", "کر دو", "کر ڈالو", "kar dena", "kar daalo", "kardo",
                                   "kar dijiye", "eyle", "edebilir misin")

#: Console commands that are an act and its target at once: a game or chat server's operator, admin or creative mode
#: given to a player the text names, or to everyone (`@a`), its whitelist or protections off (Minecraft and its
#: permission plugins, Source and Rust admin commands).
DANGER: tuple[str, ...] = (
    r"(?<![\w/])/(?:op|deop)\s+(?!(?:command|commands|list|status|the|a|an|and|or|to|is|in|on|for|with)\b)@?[\w-]{3,}",
    r"(?<![\w/])/gamemode\s+(?:creative|spectator|1|3)\s+@[aer]\b|(?<![\w/])/give\s+@[ae]\b|(?<![\w/])/(?:whitelist|ac)\s+off\b",
    r"(?<![\w/])/(?:lp|luckperms)\s+user\s+\S+\s+(?:permission\s+set\s+\S*\*|parent\s+(?:set|add)\s+\w*(?:admin|owner|op)\w*)",
    r"(?<![\w/])/(?:pex|manuadd)\s+(?:user\s+)?\S+\s+(?:add\s+\*|group\s+set\s+\w*admin|\w*admin)",
    r"\b(?:sm_addadmin|ownerid|moderatorid)\s+\S+",
)
