"""Words of trust acts asked by their values (session 17, H2, helper x2b) that the gloss's tables lacked: a secret
rotated, versions marked deprecated, a policy attached or bound, a share of traffic sent to a revision, an incident
opened, a playbook let run, a build pushed to a store, a vendor's key imported; and the nouns those requests name
(traffic, revision, incident, key, role, store). Persian is read with the Arabic table (the same letters).

The format of `lang_words`: an English gloss -> forms, `*` a stem, `_` a phrase; merged by `gloss` after
`lang_words_ops.OPS` (a form a table already has keeps its gloss). A form must be a word of the language, never an
English word of the trade or a common noun of another language; a stem must be long enough to name no other word.
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
TRUST: Mapping[str, Mapping[str, str]] = {
    "de": {"suspend": "suspendier* sperr_vorübergehend", "archive": "archivier*", "credential": "zugangsdaten anmeldedaten", "rotate": "rotier* rotiere", "deprecated": "veraltet veraltete als_veraltet", "attach": "hänge_an häng_an anhängen",
           "traffic": "verkehr* traffic-anteil", "incident": "vorfall vorfälle störung",
           "open": "eröffne eröffnen leg_an", "key": "schlüssel", "import": "importier*", "role": "rolle"},
    "nl": {"attach": "koppel koppelen", "suspend": "schors schorsen", "archive": "archiveer archiveren", "credential": "inloggegevens", "rotate": "roteer roteren", "deprecated": "verouderd", "traffic": "verkeer", "set": "zet",
           "key": "sleutel", "import": "importeer importeren", "role": "rol"},
    "fr": {"suspend": "suspends suspendre suspendez", "archive": "archiver archivez", "credential": "identifiant identifiants", "rotate": "fais_tourner tourne", "deprecated": "obsolète obsolètes dépréciée dépréciées",
           "attach": "attache attachez attacher", "traffic": "trafic", "open": "ouvre ouvrez",
           "key": "clé clef", "import": "importe importez", "role": "rôle", "run": "lancez"},
    "es": {"suspend": "suspende suspender suspenda suspendan", "archive": "archiva archivar archive_el archívalo", "credential": "credencial credenciales", "rotate": "rotar", "deprecated": "obsoleta obsoletas obsoleto obsoletos deprecada deprecadas",
           "attach": "adjunta asocia vincula", "traffic": "tráfico trafico", "revision": "revisión",
           "incident": "incidente incidencia", "open": "abre abrir", "key": "clave llave", "import": "importa importar",
           "role": "rol"},
    "pt": {"suspend": "suspende suspender suspenda", "archive": "arquiva arquivar arquive", "credential": "credencial credenciais", "rotate": "rotaciona rotacione rotacionar", "deprecated": "obsoleta obsoletas obsoleto obsoletos depreciada",
           "attach": "anexa anexe vincula vincule associa", "traffic": "tráfego trafego", "revision": "revisão revisao",
           "incident": "incidente", "open": "abre abra abrir", "key": "chave", "import": "importa importe", "role": "papel"},
    "it": {"suspend": "sospendi sospendere sospenda", "archive": "archivia archiviare archiviate", "credential": "credenziale credenziali", "rotate": "ruota ruotare", "deprecated": "deprecata deprecato deprecati obsoleta obsoleti",
           "attach": "collega allega associa", "traffic": "traffico", "revision": "revisione", "incident": "incidente",
           "open": "apri aprire", "key": "chiave", "import": "importa importare", "role": "ruolo"},
    "pl": {"suspend": "zawieś zawies zawiesić", "archive": "zarchiwizuj archiwizuj", "credential": "poświadczenia poswiadczenia dane_dostępowe", "as": "jako", "rotate": "zrotuj rotuj", "deprecated": "przestarzałe przestarzala przestarzałą przestarzale",
           "attach": "podepnij podłącz podlacz przypnij", "traffic": "ruch* ruchu", "revision": "rewizj*",
           "incident": "incydent*", "open": "otwórz otworz załóż zaloz", "key": "klucz*", "import": "zaimportuj importuj",
           "role": "rolę roli", "old": "starsze", "versions": "wersje wersji"},
    "cs": {"run": "pusť pust pusťte", "rotate": "zrotuj rotuj", "deprecated": "zastaralé zastarale", "role": "roli",
           "traffic": "provoz*", "open": "založ zaloz otevři", "key": "klíč klic",
           "attach": "připoj pripoj"},
    "sk": {"run": "pusti spusti", "role": "rolu roly", "traffic": "prevádzk*"},
    "sv": {"suspend": "stäng_av_tillfälligt", "archive": "arkivera", "rotate": "rotera", "deprecated": "föråldrad föråldrade", "traffic": "trafik* trafiken",
           "open": "öppna skapa", "key": "nyckel* nyckeln", "import": "importera",
           "role": "rollen"},
    "no": {"rotate": "roter", "deprecated": "utdatert foreldet", "traffic": "trafikk* trafikken",
           "incident": "hendelse", "open": "opprett åpne", "key": "nøkkel* nøkkelen", "role": "rollen", "workflow": "workflowen arbeidsflyten"},
    "da": {"rotate": "roter", "traffic": "trafik* trafikken", "key": "nøgle* nøglen", "import": "importér",
           "workflow": "workflowet"},
    "fi": {"secret": "salaisuus salaisuuden salaisuudet", "rotate": "kierrätä vaihda", "traffic": "liikenne* liikenteestä", "key": "avain* avaimen"},
    "tr": {"suspend": "askıya_al", "archive": "arşivle arsivle", "credential": "kimlik_bilgisi kimlik_bilgilerini", "rotate": "döndür dondur yenile", "deprecated": "kullanımdan_kaldırıldı eskimiş", "attach": "bağla bagla ekle",
           "traffic": "trafiğ* trafig*", "revision": "revizyon*", "incident": "olay olayı olayını", "key": "anahtar*", "import": "import_et içe_aktar ice_aktar", "role": "rol rolü rolünü"},
    "vi": {"push": "đẩy", "to": "lên", "rotate": "xoay", "traffic": "lưu_lượng", "incident": "sự_cố",
           "key": "khóa khoá", "import": "nhập", "role": "vai_trò", "with": "bằng"},
    "id": {"rotate": "rotasi putar", "deprecated": "usang", "attach": "lampirkan pasang", "traffic": "trafik lalu_lintas",
           "incident": "insiden", "open": "buka buat", "key": "kunci", "import": "impor", "role": "peran"},
    "ro": {"rotate": "rotește roteste", "traffic": "trafic*", "key": "cheia cheie", "role": "rolul"},
    "hu": {"give": "adj adjál adjon", "access": "jogot jogokat jogosultság*", "rotate": "forgasd rotáld", "traffic": "forgalm*", "key": "kulcs*"},
    "ru": {"suspend": "приостанови заблокируй", "archive": "заархивируй архивируй", "credential": "учётные_данные учетные_данные креды", "rotate": "ротируй ротировать смени", "deprecated": "устаревш*", "attach": "прикрепи привяжи",
           "traffic": "трафик*", "revision": "ревизи*", "incident": "инцидент*", "open": "заведи заведите открой создай",
           "key": "ключ*", "import": "импортируй", "role": "роль роли"},
    "uk": {"credential": "облікові_дані креди", "rotate": "ротуй зміни", "deprecated": "застарілі застарілою застарілим", "attach": "прикріпи прив'яжи",
           "traffic": "трафік*", "revision": "ревізі*", "incident": "інцидент*", "open": "заведи заведіть відкрий створи",
           "key": "ключ*", "import": "імпортуй", "role": "роль ролі"},
    "ja": {"suspend": "一時停止して サスペンドして", "archive": "アーカイブして", "attach": "アタッチして アタッチ 付与して 紐付けて 紐づけて", "rotate": "ローテーションして ローテートして",
           "deprecated": "非推奨", "traffic": "トラフィック", "revision": "リビジョン", "incident": "インシデント",
           "open": "起票して 作成して", "key": "鍵 キー", "import": "インポートして", "role": "ロール",
           "push": "プッシュして 上げて", "run": "流して"},
    "zh": {"suspend": "暂停 停用", "archive": "归档 存档", "attach": "绑定 附加 挂上 关联", "rotate": "轮换 轮转", "deprecated": "弃用 废弃", "traffic": "流量",
           "revision": "修订版 版本", "incident": "事件 故障单", "open": "开 创建 建", "key": "密钥 公钥", "import": "导入",
           "role": "角色"},
    "ko": {"suspend": "정지해 일시정지해", "archive": "보관해 아카이브해", "attach": "연결해 붙여 부여해", "rotate": "교체해 로테이션해", "deprecated": "지원_중단 폐기", "traffic": "트래픽",
           "revision": "리비전", "incident": "인시던트 장애", "open": "열어 만들어", "key": "키", "import": "가져와",
           "role": "역할"},
    "hi": {"upgrade": "अपग्रेड_करो अपग्रेड", "chart": "चार्ट", "rotate": "रोटेट_करो बदलो", "traffic": "ट्रैफिक ट्रैफ़िक", "revision": "रिविजन", "incident": "इंसिडेंट",
           "open": "खोलो बनाओ", "key": "की कुंजी", "give": "दो दे_दो"},
    # Persian (fa), read with the Arabic table: the same letters, words of its own
    "ar": {"send": "بفرست بفرستید ارسال_کن", "app": "اپ اپلیکیشن", "store": "استور", "for": "برای", "to": "به",
           "delete": "پاک_کن حذف_کن", "run": "اجرا_کن ران_کن", "deploy": "دیپلوی_کن", "publish": "منتشر_کن",
           "give": "بده", "create": "بساز", "install": "نصب_کن", "rotate": "عوض_کن", "traffic": "ترافیک",
           "key": "کلید", "role": "نقش", "": "رو را این"},
    "he": {"give": "תן תני תנו", "permission": "הרשאת הרשאה הרשאות", "on": "על", "rotate": "תחליף", "traffic": "תעבורה", "key": "מפתח", "role": "תפקיד"},
    "sw": {"rotate": "zungusha badilisha", "secret": "siri", "traffic": "trafiki", "role": "jukumu"},
    "el": {"mark": "σήμανε σημείωσε μάρκαρε", "as": "ως σαν", "versions": "εκδόσεις εκδόσεων", "give": "δώσε δώστε",
           "rotate": "άλλαξε", "traffic": "κίνηση* κίνησης", "key": "κλειδί", "role": "ρόλο ρόλος",
           "": "τις του της των το τα"},
}
# fmt: on

# Session 22 (named): the password a ticket asks to reset ("비밀번호 리셋 요청이야", "パスワードをリセットして"), as the
# tools name it (`reset_password`).
# fmt: off
_PASSWORD: Mapping[str, str] = {
    "ko": "비밀번호 패스워드", "ja": "パスワード", "zh": "密码", "de": "passwort kennwort", "es": "contraseña contrasena",
    "pt": "senha", "pl": "hasło haslo hasła", "ru": "пароль пароля", "uk": "пароль пароля", "tr": "şifre* sifre* parola*",
    "nl": "wachtwoord", "sv": "lösenord*", "fi": "salasana*", "cs": "heslo hesla", "vi": "mật_khẩu", "id": "kata_sandi",
}
# fmt: on
TRUST = {lang: {**TRUST.get(lang, {}), **({"password": _PASSWORD[lang]} if lang in _PASSWORD else {})}
         for lang in {*TRUST, *_PASSWORD}}

# Session 24 (outward, O1): the nouns a request to issue a credential names it by ("CI용 vault 토큰 하나 만들어줘",
# "выпусти сертификат для grafana"), so the act's kind is said in any language (`intent.outward_shared`); a cache key invalidated ("Invalida a chave de
# cache product:8812 no CDN").
# fmt: off
_ISSUED: Mapping[str, Mapping[str, str]] = {
    "ko": {"token": "토큰", "certificate": "인증서", "policy": "정책"},
    "ja": {"token": "トークン", "certificate": "証明書", "policy": "ポリシー"},
    "zh": {"token": "令牌", "certificate": "证书 證書", "policy": "策略"},
    "ru": {"token": "токен*", "certificate": "сертификат*", "policy": "политик*"},
    "uk": {"token": "токен*", "certificate": "сертифікат*", "policy": "політик*"},
    "de": {"certificate": "zertifikat*", "policy": "richtlinie*", "invalidate": "invalidier*"},
    "es": {"certificate": "certificado*", "policy": "política politica", "invalidate": "invalida invalide invalidar"},
    "pt": {"certificate": "certificado*", "policy": "política politica", "invalidate": "invalida invalide invalidar"},
    "fr": {"certificate": "certificat*", "policy": "politique", "invalidate": "invalide invalidez invalider"},
    "it": {"certificate": "certificat*", "invalidate": "invalida invalidare"},
    "ro": {"certificate": "certificat*", "invalidate": "invalidează invalideaza"},
    "pl": {"certificate": "certyfikat*", "policy": "polityk*", "invalidate": "unieważnij"},
    "tr": {"certificate": "sertifika*", "policy": "politika*"},
    "nl": {"certificate": "certificaat certificaten"},
    "cs": {"certificate": "certifikát*"},
    "el": {"token": "διακριτικό", "certificate": "πιστοποιητικό*"},
    "hi": {"token": "टोकन", "certificate": "प्रमाणपत्र सर्टिफिकेट"},
}
# fmt: on
TRUST = {lang: {**_ISSUED.get(lang, {}), **TRUST.get(lang, {})} for lang in {*TRUST, *_ISSUED}}
