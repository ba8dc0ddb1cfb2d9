"""Words of what the user holds back (session 25, P4): the negation, the "not yet" and the "later" scoped to one part
of a request ("ลบ subscription X อย่าลบ topic", "bump version แต่ยังไม่ publish", "version bump करो, अभी publish मत
करो", "nosta versio, älä vielä julkaise"), the keeping verbs the gloss lacked ("de data moet blijven"), and a few
nouns a held-back clause names ("イメージは削除しないで": the images). The format of `lang_words`: an English gloss ->
forms, `*` a stem, `_` a phrase; merged by `gloss` after the other tables (a form a table already has keeps its
gloss). `NEG` is the gloss's negation marker: "NEG yet" is read "don't VERB yet" beside a verb
(`gloss_order._canonical`); "later" and "tomorrow" after a verb hold that verb back (`intent.held_back`).
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
#: Basque (session 26, Q4: "ezabatu web1 edukiontzia, baina data bolumena utzi bere horretan"): a Latin-script
#: language read like `lang_words_acts.NEW_LATIN`; its case endings hang on the stems (`edukiontzi*`: edukiontzia).
LATIN_HELD: Mapping[str, Mapping[str, str]] = {
    "eu": {
        "delete": "ezabatu* ezaba* kendu* borratu* suntsitu* ezabatzen", "destroy": "suntsitu",
        "keep": "mantendu* gorde* kontserbatu*", "leave": "utzi utz", "intact": "bere_horretan ukitu_gabe osorik",
        "create": "sortu*", "update": "eguneratu*", "restart": "berrabiarazi*", "run": "exekutatu* abiarazi*",
        "stop": "gelditu* geratu*", "install": "instalatu*", "publish": "argitaratu*", "deploy": "hedatu* zabaldu",
        "send": "bidali*", "container": "edukiontzi* kontainer*", "volume": "bolumen*", "data": "datu*",
        "backups": "babeskopi* segurtasun-kopi*", "key": "gako*", "old": "zahar*", "new": "berri*",
        "running": "martxan", "NEG": "ez", "yet": "oraindik", "later": "geroago gero beranduago", "for now": "oraingoz",
        "but": "baina", "and": "eta", "only": "bakarrik soilik", "all": "guztiak guztia dena",
        "": "da dira du dute bat hau hori hura ere",
    },
}
#: "For now", "hold off", "wait with" (session 26, Q4); "old" in its inflected forms only (a bare "alt", "vieux" is
#: a part of names: `vieux-build` must stay one name, not "old build"): a keep said for now ("deja la vieja por ahora", "den alten
#: vorerst", "khoan hãy xoá") holds the removal back (`intent.held_back.postponed`).
FOR_NOW: Mapping[str, Mapping[str, str]] = {
    "de": {"old": "alte alten altes", "for now": "vorerst erstmal vorläufig fürs_erste", "NEG yet": "noch_nicht"},
    "fr": {"old": "ancienne vieille", "for now": "pour_l'instant pour_le_moment"},
    "es": {"send": "envíes envíe envíen envies mandes mande", "delete": "borres borre borren borréis elimines elimine eliminen quites quite quiten",
           "publish": "publiques publique publiquen", "push": "pushees", "merge": "mergees fusiones", "old": "viejo vieja viejos viejas antiguo antigua", "for now": "por_ahora por_el_momento de_momento", "NEG yet": "todavía_no aún_no"},
    "pt": {"send": "envies envie enviem mandes mande", "delete": "apague apagues apaguem exclua excluas excluam remova removas removam deletes",
           "publish": "publique publiques publiquem", "old": "antigo antiga velho velha", "for now": "por_enquanto por_ora", "NEG yet": "ainda_não"},
    "it": {"old": "vecchio vecchia vecchi", "for now": "per_ora per_adesso", "NEG yet": "non_ancora"},
    "pl": {"old": "stary starego starą stara stare starej", "for now": "na_razie narazie"},
    "cs": {"old": "starý starého starou staré stary stareho", "for now": "zatím prozatím", "yet": "ještě", "running": "běžet bežet běží", "container": "kontejner*"},
    "sk": {"for now": "zatiaľ zatial", "yet": "ešte este", "running": "bežať bezat beží bezi", "but": "ale",
           "keep": "nechaj nechajte ponechaj ponechajte zachovaj zachovajte", "container": "kontajner*",
           "old": "starý stary starú staru starého", "new": "nový novy novú novu"},
    "nl": {"for now": "voorlopig", "NEG yet": "nog_niet"},
    "sv": {"old": "gamla gammal gamle", "for now": "tills_vidare", "NEG yet": "inte_än"},
    "no": {"old": "gamle gammel", "for now": "foreløpig inntil_videre", "NEG yet": "ikke_ennå"},
    "da": {"old": "gamle gammel", "for now": "foreløbig indtil_videre", "NEG yet": "endnu_ikke"},
    "fi": {"old": "vanha vanhan vanhaa", "for now": "toistaiseksi"},
    "hu": {"old": "régi regi", "for now": "egyelőre", "NEG yet": "még_ne"},
    "ro": {"old": "vechi vechea vechiul", "for now": "deocamdată deocamdata", "NEG yet": "încă_nu inca_nu"},
    "tr": {"old": "eski", "for now": "şimdilik simdilik", "delete": "silinsin silinsinler kaldırılsın kaldırılsınlar"},
    "id": {"for now": "untuk_sementara sementara_ini"},
    "vi": {"NEG yet": "khoan_hãy khoan_đã khoan", "for now": "tạm_thời trước_mắt", "old": "cũ", "new": "mới"},
    "ru": {"old": "старый старую старое старого старые", "for now": "пока_что", "NEG yet": "пока_не"},
    "uk": {"old": "старий старого стару старе", "for now": "поки_що", "NEG yet": "поки_не"},
    "ja": {"old": "古い", "for now": "とりあえず 当面 しばらく"},
    "zh": {"for now": "暂时 暂且", "NEG yet": "暂时别 先不用 還不要 先別"},
    "ko": {"old": "기존 예전", "for now": "일단 당분간"},
    "ar": {"old": "القديم القديمة", "for now": "حاليا حالياً مؤقتا مؤقتاً", "NEG yet": "ليس_بعد"},
    "he": {"old": "הישן הישנה", "for now": "בינתיים", "NEG yet": "עדיין_לא"},
    "hi": {"old": "पुराना पुरानी पुराने", "for now": "फ़िलहाल फिलहाल"},
    "el": {"old": "παλιό παλιά παλιό", "for now": "προς_το_παρόν"},
}
HELD: Mapping[str, Mapping[str, str]] = {
    "th": {"but": "แต่ว่า แต่", "NEG yet": "ยังไม่ต้อง ยังไม่", "NEG": "ไม่", "later": "ทีหลัง ภายหลัง ไว้ก่อน",
           "keep": "เก็บไว้"},
    "ar": {"but NEG": "بس_لا لكن_لا", "delete": "تحذف تحذفي تحذفوا تمسح تمسحي تشيل تشيلي", "publish": "تنشر تنشري",
           "later": "لاحقا لاحقاً بعدين"},
    "hi": {"yet": "अभी", "later": "बाद_में"},
    "fi": {"yet": "vielä", "later": "myöhemmin", "tomorrow": "huomenna"},
    "tr": {"yet": "henüz", "later": "daha_sonra sonraya sonra_yaparız sonra_yapalım sonra_yaparım sonra_yaparsın "
                                   "sonra_yap sonra_yapın sonra_bakarız"},
    "de": {"later": "später spaeter", "tomorrow": "morgen"},
    "fr": {"later": "plus_tard", "yet": "pas_encore"},
    "es": {"later": "más_tarde mas_tarde", "tomorrow": "mañana"},
    "pl": {"yet": "jeszcze", "later": "później pozniej potem", "tomorrow": "jutro"},
    "ru": {"later": "позже попозже", "yet": "ещё еще"},
    "nl": {"export": "exporteer exporteren", "stay": "blijven blijft", "keep": "bewaar bewaren", "later": "straks"},
    "ko": {"later": "나중에", "image": "이미지", "volume": "볼륨", "history": "히스토리 이력"},
    "ja": {"later": "後で あとで", "image": "イメージ", "volume": "ボリューム", "history": "履歴 ヒストリー"},
    "zh": {"later": "稍后 晚点", "image": "镜像", "history": "历史 歷史"},
    "id": {"yet": "dulu dahulu", "later": "nanti", "tomorrow": "besok"},
}
#: The doing of a postponed act said with a pronoun and a verb of doing (session 27, R5: "el push lo hacemos mañana",
#: "o deploy fazemos depois", "le push on le fait demain"): no object of the act, read as the English "we do it".
DO_IT: Mapping[str, Mapping[str, str]] = {
    "es": {"we do it": "lo_hacemos lo_haremos lo_hago lo_haré lo_hare lo_hacés lo_haces lo_vemos"},
    "pt": {"we do it": "fazemos_isso fazemos faremos faço_isso a_gente_faz"},
    "it": {"we do it": "lo_facciamo lo_faremo lo_faccio"},
    "fr": {"we do it": "on_le_fait on_le_fera on_fera je_le_fais je_le_ferai"},
    "de": {"we do it": "machen_wir mache_ich"},
    "nl": {"we do it": "doen_we doe_ik"},
    "ca": {"we do it": "ho_fem ho_farem"},
}
#: Tomorrow and later in the languages whose tables lacked them (session 27, R5: "o push fica para amanhã", "il push
#: lo facciamo domani", "푸시는 내일", "プッシュは明日", "pusha imorgon": the act put off was read as asked now).
LATER_MORE: Mapping[str, Mapping[str, str]] = {
    "pt": {"tomorrow": "amanhã amanha", "later": "mais_tarde"},
    "it": {"tomorrow": "domani", "later": "più_tardi piu_tardi"},
    "fr": {"tomorrow": "demain"},
    "nl": {"tomorrow": "morgen", "later": "later"},
    "sv": {"tomorrow": "imorgon i_morgon", "later": "senare"},
    "no": {"tomorrow": "i_morgen imorgen", "later": "senere seinere"},
    "da": {"tomorrow": "i_morgen imorgen", "later": "senere"},
    "cs": {"tomorrow": "zítra zitra", "later": "později pozdeji"},
    "sk": {"tomorrow": "zajtra", "later": "neskôr neskor"},
    "hu": {"tomorrow": "holnap", "later": "később kesobb"},
    "ro": {"tomorrow": "mâine maine", "later": "mai_târziu mai_tarziu"},
    "el": {"tomorrow": "αύριο", "later": "αργότερα"},
    "ru": {"tomorrow": "завтра", "we do it": "сделаем сделаю"},
    "uk": {"tomorrow": "завтра", "later": "пізніше згодом", "we do it": "зробимо зроблю"},
    "tr": {"tomorrow": "yarın yarin"},
    "vi": {"tomorrow": "ngày_mai", "later": "để_sau sau_này"},
    "th": {"tomorrow": "พรุ่งนี้"},
    "ar": {"tomorrow": "بكرة بكره غدا غداً"},
    "he": {"tomorrow": "מחר", "later": "אחר_כך אח\"כ"},
    "ja": {"tomorrow": "明日 あした"},
    "zh": {"tomorrow": "明天", "later": "之后再 回头再"},
    "ko": {"tomorrow": "내일"},
}
# fmt: on


def _joined() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {k: dict(v) for k, v in HELD.items()}
    for lang, words in [*FOR_NOW.items(), *DO_IT.items(), *LATER_MORE.items()]:
        mine = out.setdefault(lang, {})
        for g, forms in words.items():
            mine[g] = f"{mine[g]} {forms}" if g in mine else forms
    return out


#: `HELD` with the for-now words (what `gloss` merges).
HELD_ALL: Mapping[str, Mapping[str, str]] = _joined()
