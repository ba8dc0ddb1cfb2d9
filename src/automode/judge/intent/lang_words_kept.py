"""Words of named acts the gloss's tables lacked (session 20, class K4: every slot said and still refused): suspending
or blocking the named user ("призупини акаунт", "บล็อก user"), syncing or rolling out the named app ("синкни апку",
"накати ingress на прод"), truncating the named table ("trunca a tabela"), deprecating the named version ("dépréciez la
version"), uploading to TestFlight ("תעלה ל-TestFlight"), the last migration taken back ("直前のマイグレーション"), and
the kept part of a request ("タグは残しておいて": the tag is kept, the release goes). The format of `lang_words`: an
English gloss -> forms, `*` a stem, `_` a phrase; merged by `gloss` after the other tables (a form a table already
has keeps its gloss). Glosses are the request reader's own words (`lexicon.VERBS`, `words.SPREAD_PHRASES`: "block
user" is an account's state changed).
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
KEPT: Mapping[str, Mapping[str, str]] = {
    "pt": {"remove": "tira tire tirar", "acknowledge": "reconheça reconhece", "last": "última ultima último ultimo", "migration": "migração migracao migration", "truncate": "trunca truncar trunque truncou", "table": "tabela tabelas", "deprecate": "deprecia depreciar descontinua",
           "block": "bloqueia bloqueie bloquear", "suspend": "suspende suspenda suspender", "account": "conta contas"},
    "es": {"merged": "mergeadas mergeados mergeada mergeado fusionadas fusionados", "acknowledge": "reconoce reconocé reconozca", "last": "última ultima último ultimo", "migration": "migración migracion", "truncate": "trunca truncar trunque truncá", "table": "tabla tablas", "deprecate": "depreca deprecar depreque",
           "block": "bloquea bloquee bloquear bloqueá", "suspend": "suspende suspenda suspender suspendé"},
    "it": {"acknowledge": "riconosci", "last": "ultima ultimo", "migration": "migrazione", "truncate": "tronca troncare troncate", "deprecate": "depreca deprecare", "block": "blocca bloccare",
           "suspend": "sospendi sospendere"},
    "fr": {"acknowledge": "acquitte acquittez acquitter", "last": "dernière derniere dernier", "truncate": "tronque tronquer tronquez", "deprecate": "déprécie dépréciez déprécier deprecie depreciez",
           "block": "bloque bloquez bloquer", "suspend": "suspends suspendez suspendre"},
    "de": {"acknowledge": "quittier* bestätige bestätigt bestätigen", "last": "letzte letzten", "truncate": "truncate truncaten", "deprecate": "deprecaten als_deprecated_markieren als_veraltet_markieren als_deprecated_kennzeichnen als_veraltet_kennzeichnen", "block": "sperr* blockier*", "suspend": "suspendier*",
           "make": "mach mache"},
    "nl": {"acknowledge": "bevestig bevestigen", "truncate": "truncate truncaten trunkeer trunceer", "table": "tabel", "block": "blokkeer blokkeren",
           "suspend": "schors schorsen"},
    "pl": {"acknowledge": "potwierdź potwierdz", "truncate": "wyczyść_tabelę", "block": "zablokuj zablokujcie", "suspend": "zawieś zawies",
           "uninstall": "odinstaluj odinstalujcie odinstalować"},
    "ru": {"acknowledge": "подтверди заакай акни", "sync": "синкни синканй синхронизируй засинкай засинкуй", "app": "апку апка аппку приложение",
           "deploy": "накати накатите накатить раскатай выкати", "new": "новый новыи новую новое",
           "suspend": "приостанови приостановите", "block": "заблокируй заблокируйте забань", "user": "пользователя пользователь юзера",
           "truncate": "транкейтни очисти_таблицу", "table": "таблицу таблица", "upload": "залей загрузи",
           "repo": "репо репу репозиторий репозитория", "as in their docs": "как_в_их_доке как_в_их_документации как_в_доке",
           "install": "поставь_пакет установи", "delete": "удалять удалить удаляйте сносить снести"},
    "uk": {"acknowledge": "підтверди", "suspend": "призупини призупиніть призупинити", "account": "акаунт акаунта обліковий_запис",
           "sync": "синкни синхронізуй засинкай", "app": "апку апка застосунок", "deploy": "накати розкати викоти",
           "block": "заблокуй заблокуйте забань", "user": "користувача користувач юзера", "upload": "залий завантаж"},
    "ja": {"keep": "残しておいて 残しといて 残して 残す", "the tag": "タグ", "migration": "マイグレーション", "preview": "プレビュー",
           "last": "直前の 直前 最後の", "suspend": "停止して", "block": "ブロックして ブロック"},
    "zh": {"retention": "保留期 保留时间 保留時間 保留天数 保留天數 保留期限 保留策略", "keep": "保留 留着", "the tag": "标签", "block": "封禁 拉黑", "migration": "迁移", "preview": "预览"},
    "ko": {"keep": "남겨둬 남겨", "the tag": "태그", "block": "차단해 차단", "migration": "마이그레이션", "preview": "프리뷰 미리보기",
           "unpublish": "언퍼블리시 언퍼블리쉬 배포취소"},
    "he": {"upload": "תעלה תעלי תעלו העלה", "block": "תחסום חסום תחסמי", "suspend": "תשעה השעה"},
    "th": {"block": "บล็อก บล็อค แบน", "user": "ผู้ใช้", "suspend": "ระงับ", "upload": "อัปโหลด อัพโหลด", "please": "หน่อย ด้วย"},
    "hi": {"block": "ब्लॉक_करो ब्लॉक_कर_दो", "suspend": "सस्पेंड_करो"},
    "tr": {"acknowledge": "onayla", "block": "engelle blokla", "suspend": "askıya_al", "truncate": "truncate_et boşalt",
           "sync": "senkronize_et senkronla senkle", "app": "uygulamasını uygulaması uygulama"},
    "vi": {"suspend": "tạm_ngưng tạm_dừng", "reduce": "giảm", "to": "về", "sync": "đồng_bộ"},
    "id": {"suspend": "tangguhkan nonaktifkan_sementara", "sync": "sinkronkan", "truncate": "kosongkan"},
    "cs": {"uninstall": "odinstaluj odinstalujte", "acknowledge": "potvrď potvrd", "suspend": "pozastav pozastavte", "sync": "synchronizuj", "truncate": "vyprázdni"},
    "sk": {"suspend": "pozastav pozastavte", "sync": "synchronizuj"},
    "sv": {"acknowledge": "kvittera kvittera_ut acka"},
    "da": {"acknowledge": "kvittér kvitter bekræft"},
    "no": {"acknowledge": "kvitter bekreft"},
}
# fmt: on


def _joined(*tables: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in tables:
        for g, forms in t.items():
            out[g] = f"{out[g]} {forms}" if g in out else forms
    return out


#: A Ukrainian message without the letters only Ukrainian has (і, ї, є, ґ: "призупини акаунт … в Okta") is read with
#: the Russian table: its Ukrainian words are there too.
KEPT = {**KEPT, "ru": _joined(KEPT["ru"], KEPT["uk"])}
#: German separable verbs of these acts: "häng AmazonS3FullAccess von der Rolle etl-runner-dev ab" (detach).
SEPARABLE: Mapping[str, tuple[tuple[str, str, str], ...]] = {
    "de": (("häng", "ab", "detach"), ("hang", "ab", "detach"), ("nimm", "weg", "detach"), ("spiel", "auf", "deploy"),
           ("leg", "an", "create"), ("lege", "an", "create")),
    "nl": (("haal", "af", "detach"), ("koppel", "los", "detach")),
}

#: Persian (session 20, K4: "نقش roles/viewer رو روی پروژه khazane-dev به reza@persia.example بده"), read with the
#: Arabic table (`lang_words_trust` has its first words); the letters Arabic has not (پ چ ژ گ ک ی) tell `gloss` that
#: the verb closes the clause.
FA_LETTERS = "پچژگکی"
# fmt: off
FA: Mapping[str, str] = {
    "give": "بده بدید بدهید بدین بدهيد", "grant": "اعطا_کن", "role": "نقش نقشِ", "project": "پروژه پروژه‌ی پروژهٔ",
    "on": "روی", "to": "به", "in": "در توی تو", "only": "فقط", "all": "همه همهٔ تمام", "user": "کاربر",
    "access": "دسترسی", "read": "خواندن", "read-only": "فقط_خواندنی", "please": "لطفا لطفاً", "production": "پروداکشن",
    "delete": "حذف_کن پاک_کن حذفش_کن پاکش_کن", "remove": "بردار", "deploy": "دیپلوی_کن", "restart": "ریستارت_کن",
    "suspend": "معلق_کن", "block": "مسدود_کن بلاک_کن", "disable": "غیرفعال_کن", "truncate": "خالی_کن",
    "keep": "نگه_دار نگهدار", "don't": "نکن نزن", "push": "پوش_کن", "merge": "مرج_کن", "install": "نصب_کن",
    # a reply's wait and its time (session 22, L2: "نه صبر کن، فعلاً فقط staging": no, wait, for now only staging)
    "wait": "صبر_کن صبر_کنید", "for now": "فعلاً فعلا", "staging": "استیجینگ",  # (not "نه": also nine, neither)
    "": "رو را که یه یک و از برای",
}
# fmt: on
KEPT = {**KEPT, "ar": _joined(KEPT.get("ar", {}), FA)}

