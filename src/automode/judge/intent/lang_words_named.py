"""Words of acts asked in so many words (session 16, G1) that the gloss's tables lacked: giving a role or read access,
the access level itself ("salt okunur", "lukuoikeus"), posting in a channel ("schreib in #releases", "#deploys चैनल में
बता दो"), putting a meeting in a calendar ("pon en mi calendario", "カレンダーに入れて"). The format of `lang_words`: an
English gloss -> forms, `*` a stem, `_` a phrase; merged by `gloss` after `lang_words_acts.ACTS` (a form a table
already has keeps its gloss).
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
_FIRST: Mapping[str, Mapping[str, str]] = {
    "tr": {"read-only": "salt_okunur salt-okunur", "read": "okunur", "user": "kullanıcı* kullanici*",
           "database": "veritabanı* veritabani*", "role": "rol rolü rolünü", "calendar": "takvim*", "channel": "kanal*"},
    "fi": {"give": "anna antakaa", "grant": "myönnä* myonna*", "role": "rooli*", "user": "käyttäjä*", "read": "luku*",
           "access": "pääsy* käyttöoikeu*", "channel": "kanava* kanavalle", "calendar": "kalenteri*", "tell": "kerro",
           "post": "postaa"},
    "es": {"calendar": "calendario agenda", "channel": "canal", "read-only": "solo_lectura sólo_lectura"},
    "pt": {"calendar": "calendário calendario agenda", "channel": "canal", "upload": "sobe", "track": "trilha"},
    "it": {"calendar": "calendario", "channel": "canale", "read-only": "sola_lettura"},
    "fr": {"calendar": "calendrier agenda", "channel": "canal salon", "read-only": "lecture_seule"},
    "de": {"calendar": "kalender", "channel": "kanal", "post in": "schreib_in schreibe_in", "post": "poste posten",
           "read-only": "nur_lesen schreibgeschützt", "delete it": "weg_damit"},
    "nl": {"calendar": "agenda kalender", "channel": "kanaal", "post": "post plaats", "read": "lezen"},
    "pl": {"calendar": "kalendarz*", "channel": "kanał* kanal*", "post": "opublikuj napisz_na", "private": "prywatn*",
           "internal": "wewnętrzn* wewnetrzn*"},
    "ru": {"calendar": "календар*", "channel": "канал*", "post": "напиши_в", "unpublish": "сними_с_публикации",
           "private": "приватн*", "internal": "внутренн*"},
    "uk": {"calendar": "календар*", "channel": "канал*", "post": "напиши_в"},
    "hi": {"tell": "बता_दो बताओ बता", "channel": "चैनल", "calendar": "कैलेंडर", "post": "पोस्ट_करो"},
    "ja": {"add to calendar": "カレンダーに入れて カレンダーに追加して カレンダーに登録して カレンダーに入れといて",
           "meeting": "会議 ミーティング", "invite": "招待", "channel": "チャンネル", "post": "投稿して"},
    "ko": {"calendar": "캘린더 달력", "channel": "채널", "meeting": "회의 미팅", "post": "올려줘 올려 줘",
           "go ahead": "ㄱㄱ ㄱㄱㄱ 고고 진행시켜 진행해"},
    "zh": {"calendar": "日历", "channel": "频道", "meeting": "会议", "post": "发到 发布到 发一下 发一句 发个 发条"},
}
#: "search the repo for X" in the user's words (session 19, rt19): a request to search that names the option and the
#: program it runs (`rg --pre ./scripts/pdf.sh`) releases that option (`intent.option_said`) only when it is a request.
SEARCH: Mapping[str, str] = {
    "es": "busca buscar búscame buscá", "pt": "procura procure procurar busque", "it": "cerca cercare cercami",
    "fr": "cherche cherchez chercher recherche", "de": "such suche sucht durchsuch*", "nl": "zoek zoeken doorzoek",
    "pl": "wyszukaj znajdź przeszukaj", "ru": "найди поищи", "uk": "знайди пошукай", "tr": "ara arayın",
    "zh": "搜一下 搜索 搜 查找", "ja": "検索して 探して", "ko": "검색해 찾아줘",
}
MORE: Mapping[str, Mapping[str, str]] = {
    lang: {**_FIRST.get(lang, {}), **({"search": SEARCH[lang]} if lang in SEARCH else {})} for lang in {*_FIRST, *SEARCH}
}
# fmt: on

# Session 19 (J4): acts asked with every slot said whose verb the tables lacked: a refund ("rembourse 12,50 €",
# "geef 25 euro terug", "退款"), a mute or silence ("silencia … durante 2 horas", "schalte … stumm").
# fmt: off
SLOTS: Mapping[str, Mapping[str, str]] = {
    "fr": {"refund": "rembourse rembourser remboursez", "mute": "mets_en_sourdine", "unpublish": "dépublie depublie dépublier", "uninstall": "désinstalle desinstalle désinstaller",
           "enable automerge": "merger_automatiquement fusionner_automatiquement"},
    "de": {"refund": "erstatte erstatten rückerstatte zurückerstatten", "mute": "stummschalten",
           "enable automerge": "automatisch_mergen automatisch_gemergt automatisch_zusammenführen automatisch_mergt"},
    "nl": {"refund": "terugbetalen betaal_terug", "mute": "demp dempen", "enable automerge": "automatisch_mergen automatisch_samenvoegen",
           "unpublish version": "trek_versie_in"},
    "it": {"refund": "rimborsa rimborsare rimborsate", "mute": "silenzia silenziare", "unpublish": "ritira_la_pubblicazione",
           "uninstall": "disinstalla disinstallare"},
    "pt": {"refund": "reembolsa reembolse estorna estorne", "mute": "silencia silenciar silencie muta",
           "unpublish": "despublica despublicar despublique"},
    "es": {"mute": "silencia silenciar silencie mutea", "unpublish": "despublica despublicar despublique",
           "uninstall": "desinstala desinstalar desinstale",
           "enable automerge": "mergear_automáticamente fusionar_automáticamente mergee_automáticamente"},
    "pl": {"refund": "zwróć zwroc zwrócić", "mute": "wycisz wyciszyć",
           "unpublish version": "wycofaj_wersję wycofaj_wersje wycofać_wersję cofnij_wersję wycofaj_z_publikacji"},
    "tr": {"refund": "iade_et iade_edin", "mute": "sustur sessize_al", "reduce": "indir indirin"},
    "ru": {"refund": "верни_деньги оформи_возврат", "mute": "замьють заглуши",
           "unpublish version": "отзови_версию сними_версию"},
    "uk": {"unpublish version": "відклич_версію зніми_версію"},
    "cs": {"unpublish version": "stáhni_verzi stahni_verzi"},
    "zh": {"refund": "退款 退钱", "mute": "静音 屏蔽"},
    "ko": {"refund": "환불해 환불", "mute": "뮤트 음소거", "lane": "레인", "android": "안드로이드"},
    "ja": {"refund": "返金して 返金", "mute": "ミュートして ミュート", "lane": "レーン", "android": "アンドロイド"},
    "ro": {"give": "dă-i da-i dă-le acordă acorda acordă-i", "role": "rolul rol", "delete": "șterge sterge șterge-l"},
    "tl": {"delete": "pakibura bura burahin pakiburahin pakibura-in"},
    # session 23 (N1): a silence or mute said with its length ("tysta … i 30 minuter", "hiljennä … tunniksi")
    "sv": {"mute": "tysta tystar tystad"},
    "da": {"mute": "gør_tavs"},
    "fi": {"mute": "hiljennä hiljenna mykistä mykista"},
}
# fmt: on

