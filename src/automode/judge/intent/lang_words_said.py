"""Words of named acts the gloss's tables still lacked (session 21, class L5: every slot said and still refused or
asked): a token or key revoked ("widerruf den Token", "revoga o token"), a secret rotated ("시크릿 로테이션 돌려줘",
"rotiere das Secret"), a machine resized ("redimensiona o droplet", "ridimensiona la vm"), a role given or bound
("gi rollen ANALYST til kari", "view 권한 바인딩해줘"), a merge request opened ("åbn en MR"), a dist-tag taken off
("entferne den beta-Tag"), files copied to a host ("скопіюй dist на web-01"). The format of `lang_words`: an English
gloss -> forms, `*` a stem, `_` a phrase; merged by `gloss` after the other tables (a form a table already has keeps
its gloss). Glosses are the request reader's own words (`lexicon.VERBS`).
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
SAID: Mapping[str, Mapping[str, str]] = {
    "de": {"revoke": "widerruf widerrufe widerrufen widerruft zurückziehen entzieh entziehe", "rotate": "rotier rotiere rotieren",
           "resize": "skalier skaliere verkleinere vergrößere vergrossere", "grant": "binde"},
    "nl": {"revoke": "trek_in intrekken herroep", "rotate": "roteer roteren", "resize": "verklein vergroot"},
    "pt": {"revoke": "revoga revogue revogar", "rotate": "rotaciona rotacione rotacionar", "resize": "redimensiona redimensione redimensionar",
           "grant": "vincula vincule"},
    "es": {"revoke": "revoca revoque revocar revocá", "rotate": "rotá rotar", "resize": "redimensiona redimensione redimensionar",
           "grant": "vincula vincule"},
    "it": {"revoke": "revoca revocare", "rotate": "ruotare", "resize": "ridimensiona ridimensionare", "grant": "associa"},
    "fr": {"revoke": "révoque révoquez révoquer revoque revoquez", "rotate": "fais_tourner", "resize": "redimensionne redimensionnez redimensionner"},
    "pl": {"revoke": "unieważnij", "rotate": "zrotuj rotuj", "resize": "przeskaluj zmień_rozmiar"},
    "cs": {"revoke": "odvolej", "rotate": "zrotuj", "resize": "změň_velikost"},
    "sv": {"open": "öppna åbn åbne åpne åpn", "give": "ge giv gi", "revoke": "återkalla", "rotate": "rotera", "user": "användaren brugeren brukeren"},
    "da": {"open": "åbn åbne", "give": "giv", "revoke": "tilbagekald", "rotate": "roter", "user": "brugeren"},
    "no": {"open": "åpne åpn", "give": "gi", "revoke": "tilbakekall", "rotate": "roter", "user": "brukeren"},
    "ru": {"revoke": "отзови отзовите отозвать", "rotate": "ротируй ротейтни", "resize": "ресайзни", "copy": "скопируй скопіюй",
           "grant": "забинди"},
    "uk": {"revoke": "відклич відкличте", "rotate": "ротуй", "copy": "скопіюй скопіюйте"},
    "tr": {"rotate": "rotasyonunu_yap döndür", "resize": "yeniden_boyutlandır", "group": "grubuna grubu grup"},
    "ko": {"rotate": "로테이션_돌려줘 로테이션_돌려 로테이션해줘 로테이트해줘", "revoke": "리보크해줘 리보크",
           "secret": "시크릿", "grant": "바인딩해줘 바인딩해 바인딩", "service account": "서비스어카운트한테 서비스어카운트에 서비스어카운트",
           "namespace": "네임스페이스에서 네임스페이스"},
    "ja": {"revoke": "失効させて 失効して", "rotate": "ローテーションして ローテートして", "resize": "リサイズして",
           "secret": "シークレット", "grant": "バインドして"},
    "zh": {"revoke": "吊销", "rotate": "轮换 轮转", "resize": "调整大小 改配置"},
    "ar": {"open": "باز_کن بازش_کن افتح", "port": "پورت منفذ", "server": "سرور خادم", "for": "برای"},
    "vi": {"revoke": "thu_hồi", "rotate": "xoay_vòng", "resize": "đổi_cấu_hình"},
    "id": {"revoke": "cabut", "rotate": "rotasi", "resize": "ubah_ukuran"},
}
#: Session 23 (N3): a game server's bans and operators, said as players say them ("zbanuj griefer_42", "забань",
#: "разбань", "dale op a", "banea a").
SAID_CONSOLE: Mapping[str, Mapping[str, str]] = {
    "pl": {"ban": "zbanuj zbanować zbanujcie", "unban": "odbanuj odbanować"},
    "ru": {"ban": "забань забанить забаньте", "unban": "разбань разбанить разбаньте", "op": "опку опнуть"},
    "uk": {"ban": "забань забанити", "unban": "розбань розбанити"},
    "de": {"ban": "banne bannen sperre_den", "unban": "entbanne entbannen"},
    "es": {"ban": "banea banear banéalo", "unban": "desbanea desbanear"},
    "pt": {"ban": "bane banir bana", "unban": "desbane desbanir"},
    "fr": {"ban": "bannis bannissez bannir ban", "unban": "débannis débannir"},
    "it": {"ban": "banna bannare", "unban": "sbanna sbannare"},
    "cs": {"ban": "zabanuj", "unban": "odbanuj"},
    "tr": {"ban": "banla banlayın", "unban": "banını_kaldır"},
}
#: Session 24 (O4): a member put in a group, on a host, through a runner or a directory protocol ("Mete a alice en el
#: grupo docker", "Добавь ivan.petrov в группу cn=devs", "ajoute carol au groupe"): the group noun in its case forms
#: and the verbs that put someone in one that no table glosses yet (a form another table has keeps its gloss: French
#: "mets", Italian "metti", Dutch "zet" are "set"). (The account and group names: `members.named_membership`.)
SAID_MEMBERS: Mapping[str, Mapping[str, str]] = {
    "es": {"group": "grupo grupos", "add": "mete métela mételo meter incluye incluir"},
    "pt": {"group": "grupo grupos", "add": "inclui incluir"},
    "fr": {"group": "groupe groupes", "add": "inclus incluez"},
    "it": {"group": "gruppi", "add": "inserisci includi"},
    "de": {"group": "gruppen", "add": "nimm_auf steck"},
    "nl": {"group": "groep groepen", "add": "voeg_toe"},
    "pl": {"group": "grupa grupy grupie grupę grupach", "add": "włóż wloz"},
    "cs": {"group": "skupina skupiny skupině skupinu", "add": "přidej pridej"},
    "ru": {"group": "групп*", "add": "включи_в засунь внеси", "user": "пользователя пользователь юзера"},
    "uk": {"group": "груп*", "add": "додай* додати включи_в", "user": "користувача"},
    "sv": {"group": "grupp gruppen grupper"},
    "ja": {"group": "グループ", "add": "追加して 追加"},
    "ko": {"group": "그룹", "add": "추가해줘 추가해 추가 넣어줘 넣어"},
    "zh": {"add": "加入 加到 添加"},
}
# fmt: on

#: Nouns a level word qualifies ("view access", "read 권한"): the level is then no verb of a verb-final clause.
_LEVELLED = frozenset({"access", "permission", "permissions", "role", "rights"})


def level_word(words: list[str], i: int) -> bool:
    """`words[i]` is a level word before the access it qualifies ("… view 권한만 바인딩해줘": bind view access only)."""
    return i + 1 < len(words) and words[i].lower() in ("view", "read", "write", "edit") and words[i + 1].lower() in _LEVELLED
