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
# fmt: on
