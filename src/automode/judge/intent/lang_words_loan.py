"""Verbs of the trade borrowed into other languages (session 18, I2, helper `named`): the words people type for an
act of their tools when they ask for it with its exact object ("pakidelete yung branch feature/x", "droppa
tmp_x", "tmp_x 테이블 드롭해줘", "ポリシーをデタッチして", "задеплой api на стейдж", "pushnij to na origin").

Developers in every language say the English verb of the tool and inflect it the way their language inflects a
verb: a request prefix (Tagalog `paki-`, `i-`, `mag-`; Indonesian `nge-`; Czech/Slovak `vy-`/`za-`/`s-`), a suffix
(Swedish `-a`, Dutch/German `-en`, Polish `-nij`/`-uj`/`-ować`, Czech `-nout`/`-ni`, Finnish `-aa`, Hungarian `-old`,
Spanish/Portuguese `-ear`/`-ar`, Turkish `-la`/`-le`, Indonesian `-in`), sometimes a doubled consonant (`droppa`,
`resetten`) or the English final `e` dropped (`merguj`, `deletnout`). `loan_verb` reads such a word back to the
English verb when nothing in the language's own table knows it; `SCRIPT` holds the same verbs written in another
script (Hangul, katakana, Cyrillic, Han), merged into the tables like `lang_words_destroy.DESTROY`.

Not read as a request: a past participle or passive prefix ("gepusht", Indonesian `di-`, Tagalog `na-`/`nag-`: a
report that it was done), and verbs of three letters (`tag`, `add`, `set`: too many words of other languages begin
with them), nor a noun the language makes of one ("archivo", a file; "pre-commit", a hook; "shipper").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from automode import lazyre

# fmt: off
#: English verbs of the trade that other languages borrow (each a word of `lexicon.VERBS`).
LOAN_VERBS = frozenset({
    "drop", "delete", "remove", "push", "merge", "deploy", "redeploy", "reset", "revert", "rollback", "flush", "purge",
    "prune", "cancel", "detach", "attach", "scale", "upload", "install", "uninstall", "release", "publish", "restart",
    "rebase", "destroy", "kill", "clear", "close", "resolve", "ack", "acknowledge", "assign", "unassign", "grant",
    "revoke", "invite", "approve", "apply", "wipe", "truncate", "stop", "rotate", "disable", "enable", "archive", "mute",
    "unpublish", "yank", "commit", "squash", "tag", "post", "send", "share", "start", "trigger", "rerun", "terminate",
    "nuke", "unbind", "drain", "cordon", "reboot", "sync", "promote", "ship", "submit", "update", "upgrade", "downgrade",
})
#: Request prefixes a borrowed verb takes (Tagalog, Indonesian, Czech/Slovak/Polish perfective-imperative).
PREFIXES: tuple[str, ...] = ("paki", "pa", "ipa", "i", "mag", "nge", "ng", "za", "vy", "s", "z", "od")
#: Inflections of a borrowed verb: imperatives and infinitives of the languages that borrow them.
SUFFIXES = frozenset({
    "", "a", "e", "i", "aa", "ää", "ä", "ar", "er", "ir", "en", "et", "at", "ear", "iar", "eo", "are", "ate",
    "ne", "ni", "na", "nu", "nout", "nite", "nij", "nijcie", "nijmy", "uj", "ujte", "ujcie", "ować", "owac", "ovat",
    "ovať", "ovati", "uješ", "old", "eld", "olj", "elj", "öld", "ölj", "ol", "el", "le", "la", "lar", "ler", "lay",
    "ley", "in", "kan", "ata", "äta", "aja", "ea", "ieren", "iere", "ier", "ez", "ei", "eis", "ujem", "ta", "te", "tta",
    "ttaa",
})  # (never "ed", "s", "ing", "er" after a doubled consonant: English forms, "merged na yun" reports it done)
#: The inflections no English word of the trade has: a word of no known language so inflected is a borrowed verb
#: still ("droppa tabellen tmp_x i sales-dev", where the language's own words are too few to tell it).
FOREIGN_ONLY = frozenset({"a", "aa", "ää", "ar", "ear", "iar", "eo", "ne", "ni", "na", "nu", "nout", "nite", "nij",
                          "nijcie", "uj", "ujte", "ujcie", "ować", "owac", "ovat", "ovať", "ovati", "old", "olj", "elj",
                          "eld", "öld", "ölj", "le", "la", "lar", "ler", "lay", "ley", "in", "kan", "ata", "äta", "aja",
                          "ieren", "iere", "ez", "eis", "ta", "tta", "ttaa"})
#: A borrowed verb written in another script, by language: English gloss -> forms (`gloss` merges them like
#: `lang_words_destroy.DESTROY`; unspaced languages match a form inside a word: "드롭해줘", "デタッチして").
SCRIPT: Mapping[str, Mapping[str, str]] = {
    "ko": {"give access": "권한_줘 권한_주세요 권한_부여해", "give read access": "읽기_권한_줘 읽기_권한_주세요 읽기_권한_부여해",
           "give write access": "쓰기_권한_줘 쓰기_권한_주세요 쓰기_권한_부여해", "deployment": "디플로이먼트", "track": "트랙", "drop": "드롭 드랍", "cancel": "캔슬 취소해", "deploy": "디플로이", "revert": "리버트", "flush": "플러시",
           "purge": "퍼지", "scale": "스케일", "attach": "어태치", "detach": "디태치 분리해 떼어", "revoke": "회수해 해제해",
           "uninstall": "언인스톨", "redeploy": "재배포", "approve": "승인해", "resolve": "해결 처리해", "close": "종료 처리",
           "acknowledge": "확인 처리", "reduce": "줄여", "lower": "내려", "rebase": "리베이스", "prune": "프룬"},
    "ja": {"deployment": "デプロイメント", "track": "トラック", "drop": "ドロップ", "cancel": "キャンセル", "detach": "デタッチ 外して はずして", "attach": "アタッチ",
           "purge": "パージ", "resolve": "解決済みに 解決して", "acknowledge": "アクノレッジ", "approve": "承認して",
           "upload": "アップして 上げて", "uninstall": "アンインストール", "point": "に向けて 向けて 付け替えて 付け替え 向け直して", "switch": "切り替えて", "rebase": "リベース",
           "reduce": "減らして", "lower": "落として", "revert": "リバート", "prune": "プルーン"},
    "zh": {"track": "轨道", "point": "指向 指到", "switch": "切换到 切到", "push": "推到 推送", "unbind": "解绑 解除绑定", "detach": "分离 摘掉", "cancel": "取消", "rollback": "回滚",
           "close": "关闭 关掉", "resolve": "解决", "acknowledge": "确认告警", "scale": "缩容 扩容", "upload": "上传",
           "remove": "移除 去掉", "drop": "drop掉 删掉", "reduce": "缩到 降到"},
    "ru": {"track": "трек треке трека треку", "publish": "публикуй* публиковать", "push": "запушь запушить пушни запуш", "deploy": "задеплой задеплоить деплойни", "merge": "смержи смерджи "
           "мерджни замержи", "reset": "ресетни", "revert": "откати", "scale": "скейлни отскейль", "detach": "отвяжи "
           "открепи", "revoke": "отзови", "grant": "выдай", "close": "закрой", "cancel": "отмени", "approve": "заапрувь "
           "апрувни", "acknowledge": "подтверди", "drop": "дропни", "rebase": "ребейзни", "resolve": "зарезолвь"},
    "uk": {"track": "трек треку треці", "push": "запуш пушни", "read access": "доступ_на_читання права_на_читання", "deploy": "задеплой", "merge": "смерж змерж", "detach": "відв'яжи відвяжи від'єднай відʼєднай відєднай",
           "close": "закрий", "acknowledge": "підтверди", "cancel": "скасуй", "grant": "видай надай", "revoke": "відкликай",
           "revert": "відкоти", "drop": "дропни"},
    # (and the everyday verb of bringing a count down, where a language says it for scaling to none: "0'a düşür")
    "tr": {"reduce": "düşür düşürün azalt", "go ahead": "devam_et devam_edebilirsin hadi_bakalım"},
    # (and the access a grant gives, said as one compound word: "läsbehörighet", "læseadgang": read access)
    "sv": {"read access": "läsbehörighet* läsrättighet* läsåtkomst* läsrätt*",
           "write access": "skrivbehörighet* skrivrättighet* skrivåtkomst* skrivrätt*", "go ahead": "kör_på varsågod kör_bara"},
    "da": {"read access": "læseadgang* læserettighed*", "write access": "skriveadgang* skriverettighed*"},
    # (the Romance languages put the access after its noun: "permissão de leitura", "accès en lecture")
    "pt": {"collaborator": "colaborador colaboradora", "detach": "desanexa desvincula", "read access": "permissão_de_leitura permissao_de_leitura acesso_de_leitura acesso_somente_leitura",
           "write access": "permissão_de_escrita permissao_de_escrita acesso_de_escrita"},
    "es": {"give": "dale_al dale_a", "collaborator": "colaborador colaboradora", "detach": "desvincula desasocia", "read access": "permiso_de_lectura permisos_de_lectura acceso_de_lectura",
           "write access": "permiso_de_escritura permisos_de_escritura acceso_de_escritura"},
    "fr": {"reduce": "réduis réduisez réduire", "collaborator": "collaborateur collaboratrice", "detach": "détache detache dissocie",
           "read access": "accès_en_lecture acces_en_lecture droit_de_lecture droits_de_lecture en_lecture_seule "
                          "en_lecture",
           "write access": "accès_en_écriture acces_en_ecriture droit_d'écriture droits_d'écriture"},
    "it": {"detach": "stacca staccare scollega", "collaborator": "collaboratore collaboratrice collaboratori",
           "read access": "accesso_in_lettura permesso_di_lettura permessi_di_lettura in_lettura",
           "write access": "accesso_in_scrittura permesso_di_scrittura permessi_di_scrittura"},
    # (and the verbs a language uses for taking a release off its cluster: "gỡ helm release")
    "vi": {"uninstall": "gỡ gỡ_cài_đặt", "go ahead": "tiếp_đi làm_đi triển_đi"},
    # (the go-ahead after a pause: "oke udah, lanjut gc-nya", "tamam, devam et")
    "id": {"go ahead": "lanjut lanjutkan lanjutin gaskeun gas_aja", "detach": "lepas lepaskan lepasin copot copotin"},
    "tl": {"go ahead": "sige_na tuloy_na ituloy_mo ituloy"},
    "cs": {"go ahead": "jeď do_toho klidně_pokračuj pokračuj", "detach": "odeber odebrat odpoj odpojit"},
    "pl": {"detach": "odepnij odłącz odlacz", "read access": "uprawnieniami_do_odczytu uprawnienia_do_odczytu "
           "dostęp_do_odczytu dostep_do_odczytu"},
    "nl": {"detach": "ontkoppel loskoppelen"},
    "fi": {"go ahead": "anna_mennä jatka"},
    "hu": {"go ahead": "mehet csináld_nyugodtan",
           # (a case ending split off a name by the tokenizer, "remote-ról": no word alone in any other language)
           "": "ról ről ból ből nak nek hoz hez höz tól től ként nál nél"},
    "no": {"read access": "lesetilgang* leserettighet*", "write access": "skrivetilgang* skriverettighet*"},
}
# fmt: on
_NO_PREFIX_WITH = frozenset({"s", "z", "i", "pa"})  # (a bare one-letter prefix only before a verb of five letters or more)


def _stems(verb: str) -> tuple[str, ...]:
    """The forms a borrowed verb starts with: the verb, and the verb without its final `e` (`merguj`, `deletnout`)."""
    return (verb, verb[:-1]) if verb.endswith("e") and len(verb) >= 5 else (verb,)


_BY_STEM: dict[str, str] = {s: v for v in sorted(LOAN_VERBS, key=len) if len(v) >= 4 for s in _stems(v)}
_MAX = max(len(s) for s in _BY_STEM)


@lru_cache(maxsize=65536)  # (asked per word and per language when a long message is read: pure on its word)
def loan_verb(word: str, foreign: bool = False) -> str | None:
    """The English verb a borrowed, inflected word is (`pakidelete` delete, `droppa` drop, `mergeld` merge, `i-push`
    push, `deployaa` deploy), None when it is none; with `foreign`, only a form no English word has (a request prefix
    or an ending of `FOREIGN_ONLY`)."""
    w = word.lower().replace("-", "").replace("'", "")
    if ":" in w and re.fullmatch(r"[a-z]{4,}:[a-zåäö]{1,3}", w):
        w = w.replace(":", "")  # (Swedish and Finnish join an ending to a loan with a colon: "prune:a", "deploy:aa")
    if len(w) < 5 or not w.isalpha():
        return None
    starts = [0] + [len(p) for p in PREFIXES if w.startswith(p) and len(w) - len(p) >= 4]
    for start in starts:
        rest = w[start:]
        for n in range(min(len(rest), _MAX), 3, -1):
            verb = _BY_STEM.get(rest[:n])
            if verb is None:
                continue
            if start and w[:start] in _NO_PREFIX_WITH and len(verb) < 5 and not word.lower().startswith(w[:start] + "-"):
                continue  # ("spush" is no word; "i-push" is Tagalog's)
            tail = rest[n:]
            doubled = len(tail) >= 2 and tail[0] == rest[n - 1] and tail[1:] in SUFFIXES and tail[1:] != "er"
            if tail in SUFFIXES or doubled:  # ("droppa", "resetten"; not the nouns "shipper", "stopper")
                if start == 0 and not tail:
                    return None  # the English word itself: the English reader reads it
                if foreign and not start and (tail[1:] if doubled else tail) not in FOREIGN_ONLY:
                    continue
                return verb
    return None


# fmt: off
#: Hindi typed in Latin letters (Hinglish): the verb of the trade said in English before a Hindi light verb ("flush kar
#: do", "install karo", "playbook chala do"), the object before the verb. Its function words are dropped, its own
#: verbs read, and the clause read verb first like Hindi's (`gloss_order._VERB_FINAL`).
LATIN: Mapping[str, Mapping[str, str]] = {
    "hl": {
        "delete": "hata hatao hata_do hata_dena hatado mita mitao mita_do uda_do uda_dena nikal_do",
        "clean": "saaf_kar_do saaf_karo saaf",
        "run": "chala chalao chala_do chalado chalaiye chala_dena",
        "send": "bhej bhejo bhej_do bhejdo",
        "stop": "band_kar_do band_karo",
        "give": "de_do dedo dijiye",
        "put": "daal_do daalo dal_do",
        "apply": "laga_do lagao",
        "only": "sirf bas",
        "all": "saare saari sab sabhi",
        "NEG": "mat nako nakos naka",
        "please": "zara jara",
        "": "ka ki ke ko se pe mein hai hain tha thi wala wale wali hamare hamara hamari humare mera meri mere apna "
            "apne apni yeh woh bhi aur jo toh kar karo kardo kar_do karna kijiye karein kariye karde kar_dena do dena "
            "wale_ko abhi",
    },
}
# fmt: on


#: Case endings a language joins to a name with a hyphen or a colon ("a dev-en": on dev, "a release-t": the release,
#: "main:iin": into main): the name is the object, its ending the case (`gloss` reads the name alone).
CASE_AFTER_NAME: Mapping[str, frozenset[str]] = {
    "hu": frozenset({"en", "on", "ön", "n", "ban", "ben", "ba", "be", "ra", "re", "ról", "ről", "ból", "ből", "nak",
                     "nek", "t", "ot", "et", "öt", "at", "val", "vel", "hoz", "hez", "höz", "ig", "tól", "től", "ja", "je", "ját", "jét"}),
    "fi": frozenset({"ssa", "ssä", "sta", "stä", "aan", "ään", "iin", "lla", "llä", "lta", "ltä", "lle", "n", "ta", "tä",
                     "ksi", "na", "nä", "a", "ä", "in", "on", "ön", "un"}),
    # (Estonian plurals after a name too: `dag_run-id`, `ID-d`; session 25)
    "et": frozenset({"is", "ist", "i", "le", "lt", "l", "ga", "ni", "ks", "s", "st", "sse", "id", "d", "sid", "de",
                     "dega", "des", "dele", "delt", "dest"}),
}
_NAME_CASE = {lang: lazyre.compile(r"(?i)^([a-z0-9][\w./@-]*?[a-z0-9])[-:](" + "|".join(sorted(ends, key=len, reverse=True))
                               + r")$") for lang, ends in CASE_AFTER_NAME.items()}


def name_in_case(word: str, lang: str) -> str | None:
    """The name a case ending is joined to (`dev-en` dev, `release-t` release, `main:iin` main), None if none."""
    p = _NAME_CASE.get(lang)
    m = p.match(word) if p is not None else None
    return m.group(1) if m is not None and len(m.group(1)) >= 2 else None


#: Units of a duration after its number, in the languages of the tables ("älter als 30 Tage", "lebih dari 30 hari",
#: "30 günden eski"): read as the English unit, so that "30 hari" is the `30d` of `--older-than 30d`.
DURATION_UNITS: Mapping[str, str] = {
    "days": "tage tagen tag dias días jours jour giorni giorno dagen dagar dage døgn dygn dni dní dnů dny dnia dniach gün "
            "günden gündür günlük hari ngày araw napnál napnal napja napos nap päivää päivän päivä дней дня день днів дні "
            "днями zile zilei ημέρες ημερών ימים يوما يوم أيام दिन दिनों 일 日 天",
    "hours": "stunden stunde horas heures heure ore ora uur timmar timer godzin godziny hodin saat jam giờ oras órája óra "
             "tuntia tunnin часов часа час годин години ώρες שעות ساعات घंटे 시간 時間 小时",
    "weeks": "wochen woche semanas semaines semaine settimane weken veckor uger uker tygodni tygodnie týdnů týdny hafta "
             "minggu tuần linggo hét hetes viikkoa недель недели неділь тижнів 주 週間 周",
    "months": "monate monaten monat meses mois mesi maanden månader måneder miesięcy miesiące měsíců měsíce ay aydan bulan "
              "tháng buwan hónap kuukautta месяцев месяца місяців 개월 ヶ月 か月 个月",
    "minutes": "minuten minute minutos minuti minuter minutter minut minuty dakika menit phút minuto perc minuuttia минут "
               "хвилин 분 分钟",
}
_UNIT_OF = {form: unit for unit, forms in DURATION_UNITS.items() for form in forms.split()}
_DURATION = lazyre.compile(r"(?i)(?<![\w.])(\d+)(\s*)(" + "|".join(sorted(map(re.escape, _UNIT_OF), key=len, reverse=True))
                       + r")(?![^\W\d_])")


def durations_in_english(text: str) -> str:
    """`text` with each number's unit of time in English ("30 Tage" -> "30 days")."""
    if not any(c.isdigit() for c in text):
        return text
    return _DURATION.sub(lambda m: f"{m.group(1)} {_UNIT_OF[m.group(3).lower()]}", text)


#: Words of an unspaced language that are words only standing alone ("잡 다 취소해줘": all; "내 pending 잡": my): read
#: between spaces before the language's forms, which match inside words ("합니다" holds no "all").
ALONE: Mapping[str, Mapping[str, str]] = {"ko": {"다": "all", "전부다": "all", "내": "my", "제": "my"}}


def alone_words(text: str, lang: str) -> str:
    """`text` with the words of `ALONE` that stand between spaces in English."""
    table = ALONE.get(lang)
    if not table or not any(f in text for f in table):
        return text
    return " ".join(table.get(w, w) for w in text.split(" "))


#: Verbs whose particle closes the clause, borrowed or everyday, for the acts of this module ("haal de policy van de
#: rol af": detach), merged with `lang_words.SEPARABLE`.
SEPARABLE: Mapping[str, tuple[tuple[str, str, str], ...]] = {
    "nl": (("haal", "af", "detach"), ("koppel", "los", "detach"), ("schaal", "af", "reduce")),
    "de": (("nimm", "weg", "detach"), ("kopple", "ab", "detach"), ("skalier", "runter", "reduce")),
}


#: Nouns of the trade the English stop list holds, which every language borrows: no evidence of English.
TRADE_STOP = frozenset({"file", "files", "folder", "folders", "directory", "directories", "dir", "branch", "branches",
                        "repo", "repository", "project", "code", "version", "local", "remote"})


def loans_only(text: str) -> str:
    """`text` with each borrowed verb inflected in a way no English word is read as the English verb."""
    return " ".join(loan_verb(w, foreign=True) or w if w.isalpha() or (w[:1].isalpha() and "-" in w) else w
                    for w in text.split(" "))


def spoken_in(words: list[str], lang: str, marks: Mapping[str, frozenset[str]], letters: str) -> bool:
    """A word (of `words`, lower case) that only `lang` of the Latin-script tables has (`marks`: word -> languages),
    or one of the letters only it writes."""
    return any(marks.get(w) == frozenset({lang}) or (letters and set(w) & set(letters)) for w in words)
