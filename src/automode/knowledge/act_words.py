"""The act a user says, per act class, in any language (session 25, P1: named in so many words, on any surface).

A request names an act and its object; the action's own form of that act is a method and a path (`POST
…/archive`), a tool name (`create_issue`) or a sub-command (`token revoke`). This table maps the words people use for
each act class to the class, in the languages the requests come in; `said_acts(text)` reads the classes a message
says, leaving out an act said under a negation ("archive it, don't delete", "nedzēs", "no lo borres", "削除しないで").

Format: act class -> forms separated by spaces; `*` ends a stem (a prefix of one word), `_` joins a phrase (its words
in that order); a form in a script without spaces (Japanese, Chinese, Thai, and Korean verbs glued to their endings)
is found inside the text. A stem must be long enough to name no other word of its language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

# fmt: off
ACTS: Mapping[str, str] = {
    "create": (
        "create creates creating make new open register set_up "  # en
        "erstell* anleg* leg*~an "  # de
        "crée créer créez crea crear créame créalo crie criar cria "  # fr es pt it
        "maak aanmak* skapa opret* lag_en luo luoda "  # nl sv da no fi
        "utwórz utworz stwórz stworz załóż zaloz vytvoř vytvor vytvořte létrehoz* hozz_létre hozd_létre "  # pl cs hu
        "creează creeaza izveido* sukurk* "  # ro lv lt et
        "oluştur* olustur* aç "  # tr
        "создай создать заведи створи створити "  # ru uk
        "צור תיצור إنشاء أنشئ انشئ بساز ایجاد बनाओ बना_दो बनाएं তৈরি খোলো "  # he ar fa hi bn
        "tạo buat bikin gumawa gawin lumikha fungua tengeneza unda "  # vi id tl sw
        "作成 作って 新規 创建 新建 建一个 만들어 생성 สร้าง"  # ja zh ko th
    ),
    "add": (
        "add adds adding put "  # en
        "hinzufüg* füg*~hinzu "  # de
        "ajoute ajouter ajoutez añade añadir agrega agregar adiciona adicionar aggiungi aggiungere "  # fr es pt it
        "voeg*~toe toevoeg* lägg_till lägg tilføj* legg_til lisää "  # nl sv da no fi
        "dodaj dodać dodac přidej pridej pridaj adj_hozzá add_hozzá "  # pl cs sk hu
        "adaugă adauga pievieno* pridėk* "  # ro lv lt et
        "ekle ekleyin "  # tr
        "добавь добавить додай додати "  # ru uk
        "הוסף תוסיף أضف اضف اضافه افزودن जोड़ो जोड़_दो যোগ "  # he ar fa hi bn
        "thêm tambah* idagdag magdagdag ongeza "  # vi id tl sw
        "追加 加入 添加 추가 เพิ่ม"  # ja zh ko th
    ),
    "delete": (
        "delete remove rm drop destroy erase purge wipe "  # en
        "lösch* entfern* "  # de
        "supprime supprimer supprimez efface borra borrar bórralo elimina eliminar remover "
        "cancella cancellare rimuovi togli togliere "  # fr es pt it
        "verwijder* radera ta_bort slet* poista "  # nl sv da no fi
        "usuń usun skasuj smaż smaz smazat odstraň odstran zmaž zmaz töröl* "  # pl cs sk hu
        "șterge sterge dzēs* ištrink* kustuta "  # ro lv lt et
        "sil silin "  # tr
        "удали удалить видали видалити "  # ru uk
        "מחק תמחק احذف حذف पटाओ हटाओ मिटाओ ডিলিট মুছে "  # he ar fa hi bn
        "xóa xoá hapus i-delete burahin tanggalin futa ondoa "  # vi id tl sw
        "削除 消して 删除 删掉 삭제 지워 ลบ"  # ja zh ko th
    ),
    "archive": (
        "archive archives archiving "  # en
        "archivier* archive archiver archivez archiva archivar archivia archiviare "  # de fr es pt it
        "archiveer* arkivera arkiver* arkistoi* "  # nl sv da no fi
        "zarchiwizuj archivuj archiváld archiválj archivál* "  # pl cs sk hu
        "arhivează arhiveaza arhivē* archyvuok* arhiveeri* "  # ro lv lt et
        "arşivle* arsivle* "  # tr
        "архивируй заархивируй архівуй заархівуй "  # ru uk
        "העבר_לארכיון ארכב أرشف بایگانی आर्काइव आर্কাইভ "  # he ar fa hi bn
        "lưu_trữ arsipkan i-archive hifadhi "  # vi id tl sw
        "アーカイブ 归档 存档 보관 아카이브 เก็บถาวร"  # ja zh ko th
    ),
    "enable": (
        "enable enables activate turn_on switch_on turn~on switch~on flip~on resume unpause unsuspend "  # en
        "aktivier* schalt*~ein einschalt* "  # de
        "activer activez activa activar ativa ativar attiva attivare "  # fr es pt it
        "zet*~aan inschakel* aktivera slå_på aktiver* ota_käyttöön "  # nl sv da no fi
        "włącz wlacz aktywuj zapni zapnout kapcsold_be engedélyez* "  # pl cs hu
        "activează activeaza ieslēdz* įjunk* lülita_sisse "  # ro lv lt et
        "etkinleştir* aç "  # tr
        "включи включить увімкни увімкнути "  # ru uk
        "הפעל תפעיל فعّل فعل روشن चालू চালু "  # he ar fa hi bn
        "bật aktifkan nyalakan i-on buksan washa "  # vi id tl sw
        "有効 オンに 开启 启用 打开 켜 활성화 เปิด"  # ja zh ko th
    ),
    "disable": (
        "disable disables deactivate turn_off switch_off turn~off switch~off flip~off pause suspend "  # en
        "deaktivier* schalt*~aus ausschalt* "  # de
        "désactive désactiver désactivez desactiva desactivar desativa desativar disattiva disattivare "
        "zet*~uit uitschakel* inaktivera slå_av slå_fra deaktiver* poista_käytöstä "  # nl sv da no fi
        "wyłącz wylacz vypni vypnout kapcsold_ki letilt* "  # pl cs hu
        "dezactivează dezactiveaza izslēdz* išjunk* lülita_välja "  # ro lv lt et
        "devre_dışı kapat "  # tr
        "выключи отключи вимкни "  # ru uk
        "כבה תכבה عطّل عطل خاموش बंद বন্ধ "  # he ar fa hi bn
        "tắt matikan i-off patayin "  # vi id tl sw
        "無効 オフに 关闭 禁用 꺼 비활성화 ปิด"  # ja zh ko th
    ),
    "revoke": (
        "revoke revokes revoking "  # en
        "widerruf* "  # de
        "révoque révoquer révoquez revoca revocar revoga revogar revocare "  # fr es pt it
        "intrek* trek*~in återkalla tilbagekald* tilbakekall* mitätöi "  # nl sv da no fi
        "unieważnij odwołaj revok* zneplatni* visszavon* "  # pl cs hu
        "revocă revoca atsauc* atšauk* tühista "  # ro lv lt et
        "iptal_et "  # tr
        "отзови отозвать відклич* анулюй "  # ru uk
        "בטל_את ألغِ الغ ابطال वापस_लो রদ "  # he ar fa hi bn
        "thu_hồi cabut bawiin batilisha "  # vi id tl sw
        "失効 取り消 吊销 撤销 폐기 취소 เพิกถอน"  # ja zh ko th
    ),
    "promote": (
        "promote promotes promoting "  # en
        "promote* promouvoir promeut promueve promov* promuov* "  # de fr es pt it
        "promoot* ylennä "  # nl sv fi
        "promuj promuj povýš povys promótál* előléptet* "  # pl cs hu
        "promovează promovē* paaukštink* "  # ro lv lt
        "terfi_et "  # tr
        "продвинь промоутни просунь "  # ru uk
        "קדם رقِّ ارتقا प्रमोट প্রমোট "  # he ar fa hi bn
        "nâng promosikan i-promote pandisha "  # vi id tl sw
        "昇格 プロモート 晋升 推广 승격 โปรโมต"  # ja zh ko th
    ),
    "restart": (
        "restart restarts bounce "  # en
        "neustart* start*~neu "  # de
        "redémarre redémarrer reinicia reiniciar riavvia riavviare "  # fr es pt it
        "herstart* starta_om genstart* omstart* käynnistä_uudelleen "  # nl sv da no fi
        "zrestartuj uruchom_ponownie restartuj újraindít* "  # pl cs hu
        "repornește reporneste restartē* perkrauk* taaskäivita "  # ro lv lt et
        "yeniden_başlat "  # tr
        "перезапусти перезапустить перезапусти перезавантаж* "  # ru uk
        "תפעיל_מחדש הפעל_מחדש أعد_تشغيل راه‌اندازی_مجدد रीस्टार्ट রিস্টার্ট "  # he ar fa hi bn
        "khởi_động_lại mulai_ulang restart* i-restart anzisha_upya "  # vi id tl sw
        "再起動 重启 重新启动 재시작 재기동 รีสตาร์ท"  # ja zh ko th
    ),
    "shutdown": (
        "shut_down shutdown power_off poweroff halt "  # en
        "herunterfahr* fahr*~herunter schalt*~ab "  # de
        "éteins éteindre apaga_el apagar_el desliga desligar spegni spegnere "  # fr es pt it
        "zet*~uit sluit*~af stäng_av luk_ned slå_av sammuta "  # nl sv da no fi
        "wyłącz_maszynę zamknij vypni_stroj leállít* kapcsold_ki "  # pl cs hu
        "oprește opreste izslēdz* išjunk* lülita_välja "  # ro lv lt et
        "kapat "  # tr
        "выключи выключить вимкни "  # ru uk
        "כבה כיבוי أطفئ اطفئ خاموش बंद_करो বন্ধ_করো "  # he ar fa hi bn
        "tắt_máy matikan patayin "  # vi id tl sw
        "シャットダウン 电源を切 关机 关掉 종료 꺼 ปิดเครื่อง"  # ja zh ko th
    ),
    "export": (
        "export exports exporting "  # en
        "exportier* exporte exporter exportez exporta exportar esporta esportare "  # de fr es pt it
        "exporteer* exportera eksporter* "  # nl sv da no fi
        "eksportuj exportuj exportál* "  # pl cs hu
        "exportă eksportē* eksportuok* ekspordi "  # ro lv lt et
        "dışa_aktar "  # tr
        "экспортируй експортуй "  # ru uk
        "ייצא صدّر صدر برون‌بری एक्सपोर्ट এক্সপোর্ট "  # he ar fa hi bn
        "ekspor i-export "  # vi id tl sw
        "エクスポート 导出 내보내 익스포트 ส่งออก"  # ja zh ko th
    ),
    "unarchive": (
        "unarchive unarchives unarchiving restore_from_archive "  # en
        "dearchivier* entarchivier* désarchive désarchiver desarchiva desarchivar desarquiva desarquivar "
        "dearchivia* ripristina_dall'archivio "  # de fr es pt it
        "dearchiveer* avarkivera* "  # nl sv
        "odarchiwizuj "  # pl
        "разархивируй розархівуй "  # ru uk
        "アーカイブ解除 取消归档 보관_해제"  # ja zh ko
    ),
    "run": (
        "run runs trigger triggers dispatch kick_off start rerun re-run execute launch "  # en
        "starte start*~an auslös* lös*~aus führ*~aus ausführ* "  # de
        "lance lancer lancez déclenche déclencher exécute exécuter ejecuta ejecutar lanza lanzar dispara disparar "
        "executa executar roda rodar esegui eseguire lancia lanciare avvia avviare "  # fr es pt it
        "draai voer*~uit triggere* kör köra starta kør kjør aja käynnistä "  # nl sv da no fi
        "uruchom odpal wyzwól spusť spust spusťte futtasd indítsd "  # pl cs hu
        "rulează ruleaza pornește porneste palaid* paleisk* käivita "  # ro lv lt et
        "çalıştır* calistir* tetikle* "  # tr
        "запусти запустить запустіть "  # ru uk
        "הרץ תריץ شغّل شغل اجرا_کن चलाओ চালাও "  # he ar fa hi bn
        "chạy jalankan picu patakbuhin endesha "  # vi id tl sw
        "実行 トリガー 运行 触发 执行 실행 트리거 รัน"  # ja zh ko th
    ),
    "publish": (
        "publish publishes publishing send post emit "  # en
        "veröffentlich* publizier* send* schick* "  # de
        "publie publier publiez envoie envoyer publica publicar envía envia enviar manda mandar "
        "pubblica pubblicare invia inviare "  # fr es pt it
        "publiceer* stuur* verstuur* publicera skicka publicer* publiser* julkaise lähetä "  # nl sv da no fi
        "opublikuj publikuj wyślij wyslij publikovat pošli posli publikáld küldd "  # pl cs hu
        "publică trimite publicē* nosūti* paskelbk* publikuok* siųsk* išsiųsk* avalda saada "  # ro lv lt et
        "yayınla* yayinla* gönder* gonder* "  # tr
        "опубликуй отправь пошли опублікуй надішли відправ "  # ru uk
        "פרסם שלח انشر أرسل ارسل بفرست منتشر_کن भेजो প্রকাশ পাঠাও "  # he ar fa hi bn
        "gửi đăng kirim terbitkan ipadala tuma chapisha "  # vi id tl sw
        "パブリッシュ 送信 配信 发布 发送 발행 전송 보내 ส่ง เผยแพร่"  # ja zh ko th
    ),
    "acknowledge": (
        "ack acknowledge acknowledges quittier* bestätig* acquitte acquitter reconoce reconocer reconhece reconhecer "
        "conferma confermare bevestig* kvittera kvitter* kuittaa potwierdź potwierdz potvrď potvrd nyugtáz* "
        "confirmă confirma apstiprin* patvirtink* kinnita onayla подтверди підтверди אשר أكّد اكد تایید स्वीकार "
        "xác_nhận akui kilalanin kubali 確認 了承 确认 확인 รับทราบ"
    ),
    "resolve": (
        "resolve resolves close löse schließ* schliess* résous résoudre ferme fermer resuelve resolver cierra cerrar "
        "resolva fecha fechar risolvi risolvere chiudi chiudere los*~op sluit* lös stäng luk løs ratkaise sulje "
        "rozwiąż rozwiaz zamknij vyřeš vyres uzavři megold* zárd rezolvă rezolva închide atrisin* aizver* išspręsk* "
        "uždaryk* lahenda sulge çöz kapat реши закрой розв'яжи закрий פתור סגור حل أغلق اغلق حل_کن बंद_करो "
        "giải_quyết đóng selesaikan tutup lutasin isara tatua funga 解決 クローズ 解决 关闭 해결 닫아 แก้ไข ปิด"
    ),
    "lock": (
        "lock locks sperr* verrouille verrouiller bloquea bloquear tranca trancar blocca bloccare vergrendel* lås "
        "låsa lukitse zablokuj zamknij uzamkni zárold blochează blochea bloķē* užrakink* lukusta kilitle заблокируй "
        "заблокуй נעל اقفل قفل ببند लॉक khóa kunci i-lock funga ロック 锁定 잠가 ล็อก"
    ),
    "mute": (
        "mute mutes silence snooze stummschalt* schalt*~stumm mets_en_sourdine silencia silenciar silenzia "
        "silenziare demp* tysta mute* vaienna wycisz ztlum némít* dezactivează_alertele apklusin* nutildyk* vaigista "
        "sustur* заглуши приглуши вимкни_сповіщення השתק اكتم كتم بی‌صدا म्यूट tắt_tiếng bisukan patahimikin nyamazisha "
        "ミュート 静音 静默 음소거 ปิดเสียง"
    ),
    "update": (
        "update set change modify edit rename "  # en
        "setz* stell*~ein änder* aktualisier* "  # de
        "mets mettre change modifie pon poner cambia cambiar muda mudar altera alterar imposta modifica "
        "zet wijzig* stel*~in ställ ändra sæt ændr* endre aseta muuta "  # nl sv da no fi
        "ustaw zmień zmien nastav změň zmen állítsd módosít* "  # pl cs hu
        "setează seteaza iestati* nustatyk* määra "  # ro lv lt et
        "ayarla değiştir* "  # tr
        "установи поставь измени встанови зміни "  # ru uk
        "הגדר שנה اضبط غيّر تنظیم بذار بگذار بزار تغییر_بده सेट_करो বদলাও "  # he ar fa hi bn
        "đặt đổi atur ubah itakda palitan weka badilisha "  # vi id tl sw
        "設定 变更 设置 修改 설정 변경 ตั้งค่า"  # ja zh ko th
    ),
}
# fmt: on
#: Words that put the act right after them under a negation ("don't delete", "nie usuwaj", "no lo borres").
NEG_BEFORE = frozenset({
    "not", "don't", "dont", "never", "no", "nicht", "kein", "keine", "ne", "n'", "nie", "non", "não", "nao", "niet",
    "niemals", "ei", "älä", "ala", "inte", "ikke", "не", "ні", "μην", "אל", "لا", "نه", "مت", "đừng", "jangan",
    "huwag", "wag", "usi", "nu", "nē", "nebūtina", "nemoj", "nu-l", "без", "without", "except", "but_not", "keep",
})  # fmt: skip
#: Words that put the act just before them under a negation ("lösch es nicht", "radera inte", "ne supprime pas").
NEG_AFTER = frozenset({"nicht", "inte", "ikke", "pas", "not", "नहीं", "না", "không", "mat", "değil"})
#: Negations glued to a verb in scripts without spaces: before (Chinese, Thai) and after (Japanese, Korean).
_NEG_GLUED_BEFORE = ("不要", "别", "不", "อย่า")
_NEG_GLUED_AFTER = ("しないで", "ないで", "しない", "하지 마", "하지마", "말고", "지 마", "지마")
#: A word, with the combining marks of its script (Devanagari and Bengali vowel signs, Arabic shadda and harakat,
#: Hebrew points, Thai vowels): `\w` alone cuts "चलाओ" and "شغّل" in pieces.
_MARKS = ("\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0903\u093a-\u094f"
          "\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200c\u200d")
_WORD = re.compile(r"[\w" + _MARKS + r"'’@.:/%+-]+", re.U)
_SCRIPT_EDGE = re.compile(r"(?<=[a-z])(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|"
                          r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?=[a-z])")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@lru_cache(maxsize=2)
def _index(more: bool = False) -> tuple[dict[str, frozenset[str]], tuple[tuple[str, str], ...],
                                      tuple[tuple[tuple[str, ...], str], ...], tuple[tuple[str, str], ...]]:
    """(whole word -> classes, (stem, class) pairs, (phrase words, class) pairs, (glued form, class) pairs); `more`
    adds the forms only `said_acts` reads (`act_words_more`: the gloss leaves them as they are)."""
    from automode.knowledge.act_words_more import MORE
    from automode.knowledge.service_acts import ACT_WORDS

    words: dict[str, set[str]] = {}
    stems: list[tuple[str, str]] = []
    phrases: list[tuple[tuple[str, ...], str]] = []
    glued: list[tuple[str, str]] = []
    tables = (ACTS, MORE, ACT_WORDS) if more else (ACTS,)
    for act, forms in ((a, f) for t in tables for a, f in t.items()):
        for form in forms.split():
            if _UNSPACED.search(form):
                glued.append((form.replace("_", " "), act))
            elif "_" in form:
                phrases.append((tuple(form.split("_")), act))
            elif "~" in form:
                head, _sep, particle = form.partition("~")
                phrases.append(((head, "~", particle), act))  # a separable verb: its particle later in the clause
            elif form.endswith("*"):
                stems.append((form[:-1], act))
            else:
                words.setdefault(form, set()).add(act)
    return ({k: frozenset(v) for k, v in words.items()}, tuple(stems), tuple(phrases), tuple(glued))


def _classes_of(tok: str, nxt: str, more: bool = False) -> set[str]:
    words, stems, _phrases, _glued = _index(more)
    out = set(words.get(tok, ()))
    out |= {act for stem, act in stems if tok.startswith(stem) and len(tok) >= len(stem)}
    return out


def _negated(toks: list[str], i: int, n: int) -> bool:
    before = toks[max(0, i - 3):i]
    after = toks[i + n:i + n + 3]
    return any(t in NEG_BEFORE for t in before[-2:]) or any(t in NEG_AFTER for t in after)


#: Particles of separable verbs: the one right after the verb is its own ("turn off …", not "turn … on").
_PARTICLES = frozenset({"on", "off", "up", "down", "in", "out", "aan", "uit", "ein", "aus", "an", "ab", "af", "toe"})


def _separable(toks: list[str], head: str, particle: str, act: str, out: set[str], covered: set[int]) -> None:
    """A separable verb ("schalte … ein", "zet … aan"): the verb, then its particle within the clause."""
    for i, t in enumerate(toks):
        if not (t == head or (head.endswith("*") and t.startswith(head[:-1]))):
            continue
        if i + 1 < len(toks) and toks[i + 1] in _PARTICLES and toks[i + 1] != particle:
            continue  # "turn off the flag on staging": the particle that follows at once is the verb's
        for j in range(i + 1, min(len(toks), i + 12)):
            if toks[j] == particle:
                covered.update((i, j))
                if not _negated(toks, i, 1) and not _negated(toks, j, 1):
                    out.add(act)
                break


@lru_cache(maxsize=512)
def said_acts(text: str) -> frozenset[str]:
    """The act classes `text` says, each outside a negation."""
    low = _SCRIPT_EDGE.sub(" ", text.lower())  # ("ackしておいて", "mergeして": a Latin verb glued to its CJK ending)
    toks = [t.strip("'’.:,") for t in _WORD.findall(low)]
    toks = [t for t in toks if t]
    _words, _stems, phrases, glued = _index(True)
    out: set[str] = set()
    covered: set[int] = set()
    for parts, act in phrases:
        if parts[1:2] == ("~",):
            _separable(toks, parts[0], parts[2], act, out, covered)
            continue
        n = len(parts)
        for i in range(len(toks) - n + 1):
            if all(toks[i + k] == p or (p.endswith("*") and toks[i + k].startswith(p[:-1])) for k, p in enumerate(parts)):
                covered.update(range(i, i + n))
                if not _negated(toks, i, n):
                    out.add(act)
    for i, t in enumerate(toks):
        if i in covered:
            continue
        got = _classes_of(t, toks[i + 1] if i + 1 < len(toks) else "", True)
        if got and not _negated(toks, i, 1):
            out |= got
    for form, act in glued:
        start = low.find(form)
        while start >= 0:
            head, tail = low[max(0, start - 3):start], low[start + len(form):start + len(form) + 5]
            if not any(head.endswith(n) for n in _NEG_GLUED_BEFORE) and not any(
                    tail.lstrip().startswith(n) for n in _NEG_GLUED_AFTER):
                out.add(act)
            start = low.find(form, start + 1)
    return frozenset(out)


#: The English forms of the table: the request reader reads them itself (`englished` leaves them as they are).
ENGLISH_FORMS = frozenset({
    "create", "creates", "creating", "make", "new", "open", "register", "set up", "add", "adds", "adding", "put",
    "delete", "remove", "rm", "drop", "destroy", "erase", "purge", "wipe", "archive", "archives", "archiving",
    "enable", "enables", "activate", "turn on", "switch on", "disable", "disables", "deactivate", "turn off",
    "switch off", "revoke", "revokes", "revoking", "promote", "promotes", "promoting", "restart", "restarts", "bounce",
    "shut down", "shutdown", "power off", "poweroff", "halt", "export", "exports", "exporting", "update", "set",
    "change", "modify", "edit", "rename", "unarchive", "unarchives", "unarchiving", "run", "runs", "trigger",
    "triggers", "dispatch", "kick off", "start", "rerun", "re-run", "execute", "launch", "publish", "publishes",
    "publishing", "send", "post", "emit", "ack", "acknowledge", "acknowledges", "resolve", "resolves", "close",
    "lock", "locks", "mute", "mutes", "silence", "snooze", "resume", "unpause", "unsuspend", "pause", "suspend",
})  # fmt: skip
#: The English verb the request reader knows for each act class.
ENGLISH: Mapping[str, str] = {"create": "create", "add": "add", "delete": "delete", "archive": "archive",
                              "enable": "enable", "disable": "disable", "revoke": "revoke", "promote": "promote",
                              "restart": "restart", "shutdown": "shutdown", "export": "export", "update": "set",
                              "run": "run", "acknowledge": "acknowledge", "resolve": "resolve", "mute": "mute",
                              "unarchive": "unarchive"}


@lru_cache(maxsize=512)
def englished(text: str, known: frozenset[str] = frozenset()) -> str:
    """`text` with each act word of another language, said outside a negation, replaced by its English verb (one act
    class only: a word two classes share stays as it is); words in `known` (the reader's own English) are kept."""
    phrases = _index()[2]
    pieces = re.split(r"(\s+)", text)
    toks = [p.lower().strip("'’.:,;!?()\"") for p in pieces]
    idx = [i for i, p in enumerate(pieces) if p.strip()]
    plain = [toks[i] for i in idx]
    changed = False
    for parts, act in phrases:  # a phrase of another language ("tắt máy", "lägg till"): its verb, its other words gone
        n = len(parts)
        if parts[1:2] == ("~",) or " ".join(parts) in ENGLISH_FORMS or all(p.isascii() and p in known for p in parts) \
                or act not in ENGLISH:
            continue
        for k in range(len(plain) - n + 1):
            if all(plain[k + j] == p for j, p in enumerate(parts)) and not _negated(plain, k, n):
                pieces[idx[k]] = ENGLISH[act]
                for j in range(1, n):
                    pieces[idx[k + j]] = ""
                plain[k:k + n] = [ENGLISH[act]] * n
                changed = True
    for k, i in enumerate(idx):
        t = plain[k]
        if not t or t in known or t in ENGLISH_FORMS or not pieces[i]:
            continue
        got = _classes_of(t, "")
        if got == {"disable", "shutdown"}:
            got = {"power off"}  # one word for both ("matikan", "kapat", "vypni"): what switches a thing off
        if len(got) != 1 or _negated(plain, k, 1) or next(iter(got)) not in ENGLISH:
            continue  # (a class the reader has no verb of its own for, a broker's publish: read by its own module)
        verb = ENGLISH[next(iter(got))]
        if verb == t:
            continue
        core = pieces[i]
        lead = core[:len(core) - len(core.lstrip("'’.:,;!?()\""))]
        tail = core[len(core.rstrip("'’.:,;!?()\"")):]
        pieces[i] = lead + verb + tail
        changed = True
    return "".join(pieces) if changed else text


def fixtures() -> list[tuple[str, frozenset[str]]]:
    """(text, classes it must say) checked by the tests."""
    return [
        ("create a folder 'checkout' in grafana", frozenset({"create"})),
        ("arhivē repo platform-ci/old-runners gitlabā, nedzēs", frozenset({"archive"})),
        ("archiva el repositorio, no lo borres", frozenset({"archive"})),
        ("revokera vault-token med accessor X", frozenset({"revoke"})),
        ("gitlab でプロジェクト acme/old-bot をアーカイブして", frozenset({"archive"})),
        ("turn off the flag dark-mode", frozenset({"disable"})),
        ("promótáld a platform-ci/812 buildet", frozenset({"promote"})),
        ("削除しないで、アーカイブして", frozenset({"archive"})),
    ]
