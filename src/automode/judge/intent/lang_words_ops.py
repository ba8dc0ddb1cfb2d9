"""Operational and destructive verbs asked in so many words (session 16, g1a): the acts people name with their object
("delete pipeline 8812", "flush redis db 3", "reboot web-03", "disable mrossi's account", "close the stale issues",
"put it on auto-merge") in the languages the first tables lacked (Hungarian, Estonian, Swahili, Lithuanian, Latvian,
Slovak, Slovenian, Croatian/Serbian/Bosnian, Catalan, Tagalog) and the verbs of that family the existing tables
lacked (Malay words read with Indonesian, Turkish "sonlandır", Ukrainian/Russian "под" for a pod, ...).

The format of `lang_words`: an English gloss -> forms, `*` a stem, `_` a phrase. `OPS` is merged into each language's
table after its own forms and `lang_words_acts.ACTS` (a form a table already has keeps its gloss); `NEW_LATIN_OPS` are
read as languages of their own. Each new language carries its function words, so that it is recognised.

A form must be a word of the language's imperative or infinitive, never an English word of the trade or a common
noun of another language; a stem must be long enough to name no other word.
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
OPS: Mapping[str, Mapping[str, str]] = {
    # Malay (ms) is read with Indonesian: the same verbs mostly, these are Malay's own (or shared and missing).
    "id": {
        "delete": "padam* padamkan hapuskan",
        "clear": "kosongkan",
        "restart": "mulakan_semula but_semula",
        "reboot": "reboot_semula",
        "merge": "gabungkan gabung",
        "close": "tutup tutupkan",
        "disable": "nyahaktifkan lumpuhkan",
        "enable": "dayakan",
        "update": "kemas_kini kemaskini",
        "create": "cipta",
        "send": "hantar hantarkan",
        "only": "sahaja",
        "local": "tempatan lokal",
        "database": "pangkalan_data",
        "": "dalam pada untuk dengan yang ini di ke dari saya kami kita",
    },
    "tr": {
        "terminate": "sonlandır* sonlandir*",
        "merge": "birleştir* birlestir*",
        "clear": "boşalt* bosalt*",
        "disable": "devre_dışı_bırak devre_disi_birak",
        "close": "kapat",
        "restart": "yeniden_başlat yeniden_baslat",
    },
    "uk": {"pod": "под пода поду"},
    "ru": {"pod": "под пода поду", "clear": "очисти очистить", "disable": "отключи отключить заблокируй"},
    "pt": {"file": "arquivo ficheiro", "changes": "mudanças alterações", "local": "locais", "my": "minhas meus", "close": "fecha feche fechar", "clear": "limpa limpe esvazia esvazie",
           "disable": "desativa desative desabilita desabilite"},
    "es": {"close": "cierra cierre cerrar", "clear": "vacía vacia vaciar", "disable": "desactiva desactive deshabilita",
           "then": "entonces"},
    "fr": {"close": "ferme fermez fermer", "clear": "vide videz vider", "disable": "désactive désactivez désactiver",
           "restart": "redémarre redémarrez", "put it": "mets-la mets-le mettez-la mettez-le", "put them": "mets-les mettez-les",
           "do it": "fais-le faites-le", "delete it": "supprime-la supprime-le supprimez-la supprimez-le",
           "merge it": "merge-la merge-le", "then": "alors"},
    "de": {"close": "schließ schließe schliess schliesse", "disable": "deaktivier*", "clear": "leere leeren",
           "restart": "neu_starten neustarten"},
    "it": {"close": "chiudi chiudere", "clear": "svuota svuotare", "disable": "disattiva disabilita",
           "restart": "riavvia", "put it": "mettila mettilo", "then": "allora"},
    "nl": {"close": "sluit sluiten", "clear": "leeg legen", "disable": "schakel_uit uitschakel*",
           "restart": "herstart*"},
    "pl": {"close": "zamknij", "clear": "wyczyść wyczysc opróżnij oproznij", "disable": "wyłącz wylacz zablokuj",
           "account": "konto", "cancel": "anuluj",
           "restart": "zrestartuj uruchom_ponownie"},
    "cs": {"close": "zavři zavri", "clear": "vyprázdni vyprazdni", "disable": "vypni zakaž zakaz zablokuj",
           "account": "účet ucet", "server": "serveru server",
           "restart": "restartuj"},
    "sv": {"close": "stäng stang", "clear": "töm tom", "disable": "inaktivera stäng_av", "restart": "starta_om"},
    "fi": {"disable": "poista_käytöstä poistakaa_käytöstä", "delete": "poista poistakaa", "user": "käyttäjä käyttäjän",
           "account": "tili tilin"},
    "no": {"delete": "slett", "pod": "poden", "account": "kontoen konto"},
    "da": {"account": "kontoen konto", "disable": "deaktiver deaktivér"},
    "ro": {"disable": "dezactivează dezactiveaza", "account": "contul cont", "clear": "golește goleste"},
    "ja": {"close": "閉じて 閉じる クローズして", "label": "ラベル", "account": "アカウント", "clear": "空にして 空に",
           "server": "サーバー サーバ", "disable": "無効化して 無効にして"},
    "zh": {"account": "账户 帐户 账号 帐号", "label": "标签", "disable": "停用 禁用", "server": "服务器"},
    "ko": {"close": "닫아줘 닫아 닫기", "issue": "이슈", "label": "라벨 레이블", "account": "계정", "server": "서버",
           "reboot": "재부팅"},
    "ar": {"disable": "عطّل عطل", "account": "حساب الحساب", "server": "الخادم خادم", "clear": "أفرغ افرغ",
           "local": "المحلية المحلي"},
    "hi": {"reboot": "रीबूट", "server": "सर्वर", "disable": "डिसेबल", "account": "अकाउंट खाता", "clear": "खाली",
           "local": "लोकल"},
    "he": {"disable": "השבת*", "account": "חשבון החשבון", "clear": "רוקן*", "local": "המקומי מקומי"},
    "el": {"disable": "απενεργοποίησε* απενεργοποιησε*", "account": "λογαριασμό λογαριασμο λογαριασμός",
           "restart": "κάνε_επανεκκίνηση κανε_επανεκκινηση επανεκκίνηση", "clear": "άδειασε* αδειασε*",
           "local": "τοπικό τοπικο τοπική"},
    "vi": {"close": "đóng", "clear": "làm_trống", "disable": "vô_hiệu_hóa tắt", "restart": "khởi_động_lại",
           "shut down": "tắt_máy tắt_nguồn", "": "đi nhé nha giúp giùm hộ"},
}

#: Latin-script languages the tables lacked, with their function words (so that each is recognised).
NEW_LATIN_OPS: Mapping[str, Mapping[str, str]] = {
    "hu": {
        "delete": "töröld töröljed töröljétek törölje törölni töröl* távolítsd_el eltávolít*",
        "restart": "indítsd_újra újraindít*",
        "stop": "állítsd_le leállít*",
        "start": "indítsd_el elindít*",
        "run": "futtasd futtat*",
        "merge": "mergeld olvaszd_be",
        "close": "zárd_be bezár* lezár*",
        "disable": "tiltsd_le letilt* kapcsold_ki",
        "enable": "engedélyez* kapcsold_be",
        "clear": "ürítsd_ki kiürít* ürítsd",
        "discard": "dobd_el vesd_el",
        "update": "frissítsd frissít*",
        "add": "add_hozzá hozzáad*",
        "create": "hozd_létre létrehoz*",
        "send": "küldd küldj",
        "install": "telepítsd telepít*",
        "deploy": "deployold",
        "NEG": "ne nem",
        "only": "csak",
        "all": "összes minden",
        "and": "és",
        "local": "helyi",
        "please": "kérlek légyszi",
        "again": "újra",
        "server": "szerver*",
        "account": "fiók fiókot fiókját fiókja",
        "database": "adatbázis*",
        "table": "tábla táblát",
        "file": "fájl*",
        "": "a az egy ez azt ezt hogy t ot öt",  # (t, ot, öt: the object ending after a hyphen, "pipeline-t")
    },
    "et": {
        "delete": "kustuta* eemalda*",
        "restart": "taaskäivita*",
        "stop": "peata* seiska*",
        "run": "käivita* jooksuta*",
        "merge": "ühenda* mesti",
        "close": "sulge",
        "disable": "keela* lülita_välja",
        "enable": "luba lülita_sisse",
        "clear": "tühjenda*",
        "update": "uuenda*",
        "add": "lisa",
        "create": "loo",
        "send": "saada",
        "install": "paigalda*",
        "deploy": "juuruta*",
        "NEG": "ära ärge ei",
        "only": "ainult vaid",
        "all": "kõik",
        "and": "ja ning",
        "local": "kohalik kohaliku",
        "please": "palun",
        "server": "serveri serverit",
        "account": "konto kontot",
        "database": "andmebaas*",
        "table": "tabel tabeli",
        "file": "fail faili",
        "resource group": "ressursigrupp ressursigrupi",
        "": "see minu meie on selle sellel",
    },
    "sw": {
        "delete": "futa ondoa",
        "restart": "washa_upya anzisha_upya",
        "stop": "simamisha",
        "run": "endesha",
        "merge": "unganisha",
        "close": "funga",
        "disable": "zima",
        "enable": "wezesha",
        "clear": "safisha",
        "update": "sasisha",
        "add": "ongeza",
        "create": "unda",
        "send": "tuma",
        "install": "sakinisha",
        "NEG": "usi usifanye",
        "only": "tu pekee",
        "all": "zote yote kila",
        "and": "na",
        "please": "tafadhali",
        "stuck": "imekwama",
        "put": "weka wekeni", "go ahead": "endelea endeleeni", "unpublish": "ondoa_uchapishaji",
        "": "hii hiyo kwa ya wa la cha za katika kwenye",
    },
    "lt": {
        "delete": "ištrink* istrink* pašalink pasalink",
        "restart": "paleisk_iš_naujo perkrauk*",
        "stop": "sustabdyk*",
        "run": "paleisk",
        "merge": "sujunk",
        "close": "uždaryk uzdaryk",
        "disable": "išjunk isjunk",
        "enable": "įjunk ijunk",
        "clear": "išvalyk isvalyk",
        "update": "atnaujink",
        "add": "pridėk pridek",
        "create": "sukurk",
        "send": "išsiųsk issiusk",
        "install": "įdiek idiek",
        "NEG": "ne",
        "only": "tik",
        "all": "visus visi viską viska",
        "and": "ir",
        "": "šį šią tą mano mūsų yra į iš su",
    },
    "lv": {
        "delete": "izdzēs* izdzes* noņem nonem",
        "restart": "restartē restarte pārstartē parstarte",
        "stop": "aptur*",
        "run": "palaid",
        "merge": "apvieno",
        "close": "aizver",
        "disable": "atspējo atspejo",
        "enable": "iespējo iespejo",
        "clear": "iztukšo iztukso",
        "update": "atjaunini",
        "add": "pievieno",
        "create": "izveido",
        "send": "nosūti nosuti",
        "install": "instalē instale",
        "NEG": "ne nē",
        "only": "tikai",
        "all": "visus visas visi",
        "and": "un",
        "": "šo to manu mūsu ir uz no ar",
    },
    "sk": {
        "delete": "zmaž zmaz vymaž vymaz odstráň odstran",
        "restart": "reštartuj restartuj",
        "stop": "zastav",
        "run": "spusti",
        "merge": "zlúč zluc",
        "close": "zatvor",
        "disable": "zakáž zakaz deaktivuj",
        "enable": "povoľ povol zapni",
        "clear": "vyprázdni vyprazdni vyčisti vycisti",
        "update": "aktualizuj",
        "add": "pridaj",
        "create": "vytvor",
        "send": "pošli posli",
        "install": "nainštaluj nainstaluj",
        "NEG": "nie",
        "only": "len iba",
        "all": "všetky vsetky všetko vsetko",
        "and": "a",
        "": "na v z zo s do tú to môj moj náš je",
    },
    "sl": {
        "delete": "izbriši izbrisi odstrani",
        "restart": "znova_zaženi",
        "stop": "ustavi",
        "run": "zaženi zazeni",
        "merge": "združi zdruzi",
        "close": "zapri",
        "disable": "onemogoči onemogoci",
        "enable": "omogoči omogoci",
        "clear": "izprazni",
        "update": "posodobi",
        "add": "dodaj",
        "create": "ustvari",
        "send": "pošlji poslji",
        "install": "namesti",
        "NEG": "ne",
        "only": "samo le",
        "all": "vse vsi",
        "and": "in",
        "": "na v iz z s za ta to moj naš je",
    },
    "hr": {
        "delete": "obriši obrisi izbriši izbrisi ukloni",
        "restart": "restartaj ponovno_pokreni",
        "stop": "zaustavi",
        "run": "pokreni",
        "merge": "spoji",
        "close": "zatvori",
        "disable": "onemogući onemoguci isključi iskljuci",
        "enable": "omogući omoguci uključi ukljuci",
        "clear": "isprazni",
        "update": "ažuriraj azuriraj",
        "add": "dodaj",
        "create": "kreiraj napravi",
        "send": "pošalji posalji",
        "install": "instaliraj",
        "NEG": "ne nemoj",
        "only": "samo",
        "all": "sve svi",
        "and": "i",
        "": "na u iz s sa za taj to moj naš je",
    },
    "ca": {
        "delete": "esborra esborreu elimina",
        "restart": "reinicia",
        "stop": "atura",
        "run": "executa",
        "merge": "fusiona",
        "close": "tanca",
        "disable": "desactiva",
        "enable": "activa",
        "clear": "buida",
        "update": "actualitza",
        "add": "afegeix",
        "create": "crea",
        "send": "envia",
        "install": "instal·la",
        "deploy": "desplega",
        "NEG": "no",
        "only": "només nomes",
        "all": "tots totes",
        "and": "i",
        "": "el la els les de del a al en amb aquest aquesta meu meva",
    },
    "tl": {
        "delete": "burahin tanggalin i-delete",
        "restart": "i-restart",
        "reboot": "i-reboot",
        "stop": "ihinto itigil",
        "run": "patakbuhin",
        "close": "isara",
        "disable": "i-disable",
        "enable": "i-enable",
        "update": "i-update",
        "add": "idagdag",
        "create": "gumawa",
        "send": "ipadala",
        "install": "i-install",
        # (session 27, R3: "I-copy mo yung logs/ papunta sa nas:/backup/logs")
        "to": "papunta patungo",
        "copy": "kopyahin",
        "move": "ilipat",
        "clean": "linisin",
        "upload": "i-upload",
        "keep": "itira panatilihin",
        "NEG": "huwag",
        "only": "lang lamang",
        "all": "lahat",
        "and": "at",
        "please": "pakiusap",
        "": "ang ng sa mga yung iyong ko natin po mo",
    },
}
# fmt: on

#: Languages written without spaces the first tables lacked (Thai): forms matched inside the text.
NEW_UNSPACED: Mapping[str, Mapping[str, str]] = {
    "th": {
        "delete": "ลบทิ้ง ลบ เอาออก",
        "restart": "รีสตาร์ท เริ่มใหม่ รีสตาร์ต",
        "reboot": "รีบูต รีบูท",
        "stop": "หยุด",
        "close": "ปิด",
        "disable": "ปิดใช้งาน",
        "enable": "เปิดใช้งาน",
        "clear": "ล้าง เคลียร์",
        "merge": "เมิร์จ รวม",
        "deploy": "ดีพลอย",
        "install": "ติดตั้ง",
        "uninstall": "ถอนการติดตั้ง ถอนติดตั้ง ถอน",  # ("ถอน flux ออก": take flux out; session 28)
        "update": "อัปเดต",
        "add": "เพิ่ม",
        "create": "สร้าง",
        "send": "ส่ง",
        "run": "รัน",
        "NEG": "อย่า ไม่ต้อง",
        "only": "เท่านั้น แค่",
        "all": "ทั้งหมด",
        "account": "บัญชี",
        "server": "เซิร์ฟเวอร์",
        "table": "ตาราง",
        "local": "โลคอล",
        "wait": "รอก่อน",
        "please": "ให้หน่อย หน่อย ด้วย ครับ ค่ะ",
        "": "ที่ ของ ใน นี้ นั้น อยู่ ค้าง แล้ว",
    },
}

#: Separable verbs of the operational family (`lang_words.SEPARABLE`'s format: verb stem, particle, gloss):
#: "starte den Pod … neu" (restart), "start web-03 opnieuw op" (restart).
SEPARABLE_OPS: Mapping[str, tuple[tuple[str, str, str], ...]] = {
    "de": (("start", "neu", "restart"), ("fahr", "herunter", "shutdown")),
    "nl": (("start", "opnieuw", "restart"),),
}

#: Words of the trade people leave in English and inflect in a language with case endings ("cronjoba", "stagingu",
#: "podu", "pipeline-t", "branchi", "namespacessa"): the gloss reads them back as the English word.
TRADE_NOUNS = frozenset({
    "staging", "production", "prod", "pod", "cronjob", "job", "branch", "namespace", "cluster", "bucket", "server",
    "container", "image", "volume", "deployment", "service", "secret", "pipeline", "issue", "commit", "tag", "release",
    "repo", "repository", "node", "runner", "workflow", "cache", "index", "topic", "queue", "stack", "snapshot",
    "instance", "database", "table", "schema", "label", "token", "webhook", "redis", "kafka", "helm", "chart",
    "ingress", "configmap", "daemonset", "statefulset", "replicaset", "account", "user", "group", "role", "bot",
})  # fmt: skip
#: Languages that put case endings on the words of the trade.
CASED = frozenset({"pl", "cs", "sk", "hu", "fi", "et", "lt", "lv", "tr", "hr", "sl", "ro"})


def trade_noun(word: str, lang: str) -> str | None:
    """The English word of the trade `word` inflects in a language with case endings, None when it is none."""
    from automode.judge.intent.lang_words_destroy import MORE_TRADE_NOUNS, SUFFIXED

    if (lang not in CASED and lang not in SUFFIXED) or len(word) < 4:
        return None
    w = word.lower().split("'", 1)[0]
    head, _, last = w.rpartition("-")  # (a compound: "fly-appen" is the fly app)
    for k in range(1, 5):
        if w[-k:] in ("s", "es"):
            continue  # an English plural is a name as written ("w jobs": the namespace jobs)
        base = w[:-k].rstrip("-")
        if len(base) >= 3 and base in TRADE_NOUNS:
            return base
        part = last[:-k]
        if head and len(part) >= 2 and (part in TRADE_NOUNS or part in MORE_TRADE_NOUNS):
            return f"{head} {part}"
        if len(base) >= 3 and base in MORE_TRADE_NOUNS and lang in SUFFIXED:
            return base
    return None


#: Letters only one of the new languages writes: each counts as one of its words (`gloss._LETTERS`).
LETTERS: Mapping[str, str] = {"hu": "őű"}
