"""Destroying acts said colloquially (session 17, H2, x2a): the words people type for "throw it out", "get rid of it",
"clean it up", "wipe it", "kill it", "nuke it", "toss it" when they name the thing to go ("wywal tabelę tmp_x",
"pode destruir a VM 214", "bersihin run mlflow", "schmeiß das Image raus", "снеси релиз", "תעיף את האתר", "干掉这个
pod"). The first tables read the dictionary verbs (delete, remove); these are the everyday ones.

The format of `lang_words`: an English gloss -> forms, `*` a stem, `_` a phrase; merged by `gloss` after
`lang_words_ops.OPS` (a form a table already has keeps its gloss). Each gloss is a word the English reader counts as
the act (`lexicon.VERBS`: delete, clean, clear, wipe, empty, kill). A form is an imperative, infinitive or colloquial
form of the language, never an English word nor a common noun of the language (Finnish "tapa", way, is no "kill").
`SEPARABLE` are German and Dutch verbs with a particle at the clause's end ("schmeiß das Image raus"); `ENGLISH` adds
the colloquial English verbs and phrases to the reader's own lexicon.
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
DESTROY: Mapping[str, Mapping[str, str]] = {
    "pl": {"delete": "wywal* wywalić wywalcie wyrzuć wyrzuc* zniszcz* wytnij pozbądź_się pozbadz_sie usuń usun",
           "clean": "wyczyść wyczysc posprzątaj posprzataj", "wipe": "wymaż wymaz", "empty": "opróżnij oproznij",
           "kill": "zabij ubij"},
    "pt": {"delete": "destrua destruir destrói destroi joga_fora jogue_fora joga_isso_fora apague apaga apagar "
                     "exclua exclui excluir deleta deletar remova detona detone",
           "clean": "limpa limpe limpar poda podar", "empty": "esvazia esvazie esvaziar", "wipe": "zera zere zerar",
           "kill": "mata mate matar", "": "pode podes"},
    "es": {"delete": "borra bórralo borrala bórrala borrar elimina eliminar destruye destruir cárgate cargate quita "
                     "quítalo quitalo tira_a_la_basura deshazte_de",
           "clean": "limpia limpiar poda podar", "empty": "vacía vacia vaciar", "kill": "mata matar"},
    "fr": {"delete": "vire virez virer dégage dégager jette jetez jeter bazarde bazarder supprime supprimez efface "
                     "effacez détruis détruisez détruire fais_sauter débarrasse-toi_de",
           "clean": "nettoie nettoyez nettoyer", "empty": "vide videz vider", "kill": "flingue tue tuez"},
    "de": {"delete": "lösch* losch* entsorg* vernichte zerstör* plattmachen killen", "clean": "säubere saubere putz",
           "empty": "leere leeren"},
    "nl": {"delete": "verwijder* sloop gooi_weg mik_weg vernietig*", "clean": "ruim_op opruimen schoonmaken",
           "wipe": "wis wissen", "empty": "leegmaken maak_leeg"},
    "it": {"delete": "butta_via buttala_via buttalo_via elimina eliminala eliminalo cancella cancellala cancellalo "
                     "togli toglila toglilo distruggi fai_fuori sbarazzati_di rimuovi",
           "clean": "pulisci ripulisci pota potare", "empty": "svuota svuotare", "kill": "ammazza uccidi"},
    "ro": {"delete": "șterge sterge aruncă arunca distruge scapă_de scapa_de elimină elimina",
           "clean": "curăță curata", "empty": "golește goleste", "kill": "omoară omoara"},
    "cs": {"delete": "smaž smaz vymaž vymaz vyhoď vyhod zahoď zahod znič znic zbav_se", "clean": "vyčisti vycisti uklid*",
           "empty": "vyprázdni vyprazdni", "kill": "zabij"},
    "sk": {"delete": "zmaž zmaz vymaž vymaz vyhoď vyhod znič znic zbav_sa", "clean": "vyčisti vycisti",
           "empty": "vyprázdni vyprazdni", "kill": "zabi"},
    "hr": {"delete": "obriši obrisi izbriši izbrisi baci uništi unisti riješi_se rijesi_se makni maknite ukloni",
           "clean": "počisti pocisti",
           "empty": "isprazni", "kill": "ubij"},
    "sl": {"delete": "zbriši zbrisi izbriši izbrisi vrzi_ven uniči unici", "clean": "počisti pocisti",
           "empty": "izprazni", "kill": "ubij"},
    "hu": {"delete": "töröld torold dobd_ki semmisítsd_meg semmisitsd_meg szabadulj_meg", "clean": "takarítsd_ki "
           "takaritsd_ki takarítsd", "empty": "ürítsd_ki uritsd_ki", "kill": "öld_meg old_meg lődd_le lodd_le"},
    "fi": {"delete": "poista heitä_pois heita_pois tuhoa hävitä havita", "empty": "tyhjennä tyhjenna tyhjentäkää",
           "clean": "siivoa putsaa karsi karsikaa", "wipe": "pyyhi pyyhkikää"},
    "et": {"delete": "kustuta viska_minema hävita havita", "empty": "tühjenda tuhjenda", "clean": "puhasta"},
    "lt": {"delete": "ištrink istrink išmesk ismesk sunaikink", "clean": "išvalyk isvalyk", "empty": "ištuštink istustink"},
    "lv": {"delete": "izdzēs izdzes izmet iznīcini iznicini", "clean": "iztīri iztiri", "empty": "iztukšo iztukso"},
    "sv": {"delete": "släng slang kasta förstör forstor radera ta_bort bli_av_med gör_dig_av_med", "clean": "rensa",
           "kill": "döda doda"},
    "da": {"delete": "smid_væk smid_vaek slet fjern ødelæg odelaeg", "clean": "ryd_op", "empty": "tøm", "kill": "dræb"},
    "no": {"delete": "slett kast fjern bli_kvitt ødelegg odelegg", "clean": "rydd_opp", "empty": "tøm", "kill": "drep"},
    "tr": {"delete": "sil uçur ucur yok_et çöpe_at cope_at kurtul", "clean": "temizle", "empty": "boşalt bosalt",
           "kill": "öldür oldur"},
    "id": {"delete": "hapusin apusin buang buangin musnahkan lenyapkan singkirkan", "clean": "bersihin bersihkan",
           "empty": "kosongin kosongkan", "kill": "bunuh"},
    "tl": {"delete": "burahin tanggalin itapon sirain", "clean": "linisin", "kill": "patayin"},
    "vi": {"delete": "xóa xoá vứt_đi bỏ_đi dẹp dẹp_đi hủy huỷ", "clean": "dọn dọn_dẹp làm_sạch"},
    "sw": {"delete": "futa ondoa tupa haribu", "delete it": "ifute zifute vifute lifute uifute yafute iondoe ziondoe",
           "clean": "safisha"},
    # (Swahili puts the object before the verb and ends the subjunctive in -e: "ifute" delete it, "zifute" them)
    "ca": {"delete": "esborra elimina llença destrueix", "clean": "neteja", "empty": "buida"},
    "ru": {"delete": "снеси снести грохни выкинь выброси уничтожь дропни избавься_от удали удалить",
           "clean": "почисти вычисти", "wipe": "вайпни сотри", "empty": "опустоши", "kill": "убей прибей"},
    "uk": {"delete": "знеси викинь знищ позбудься видали", "clean": "почисти очисти", "wipe": "зітри",
           "kill": "вбий"},
    "el": {"delete": "σβήσε σβησε διέγραψε διεγραψε πέτα πετα κατάστρεψε καταστρεψε", "clean": "καθάρισε καθαρισε",
           "kill": "σκότωσε σκοτωσε"},
    "he": {"delete": "תמחק מחק תמחקי תעיף העף תזרוק זרוק תשמיד השמד תיפטר", "clean": "תנקה נקה",
           "empty": "תרוקן רוקן", "kill": "תהרוג"},
    "ar": {"delete": "احذف امسح ارمي دمّر دمر تخلص_من", "clean": "نظف نظّف", "empty": "فرّغ فرغ", "kill": "اقتل"},
    "hi": {"delete": "हटाओ हटा_दो मिटाओ मिटा_दो फेंक_दो उड़ा_दो उडा_दो डिलीट_करो", "clean": "साफ_करो साफ_कर_दो",
           "empty": "खाली_करो खाली_कर_दो", "kill": "मार_दो"},
    "ja": {"delete": "捨てて 消しといて 消しちゃって ぶっ壊して 破棄して 吹っ飛ばして 消去して 削除しといて",
           "clean": "片付けて 掃除して", "kill": "殺して キルして"},
    "zh": {"delete": "干掉 清掉 扔掉 去掉 销毁 砍掉 弄掉 删了 丢掉 删掉", "clean": "清理", "empty": "清空", "kill": "杀掉"},
    "ko": {"delete": "지워 날려 버려 없애 폐기해 삭제해", "clean": "치워 정리해", "empty": "비워", "kill": "죽여"},
    "th": {"delete": "ทิ้ง ทำลาย เอาออก ลบ", "clean": "ล้าง", "clear": "เคลียร์", "kill": "ฆ่า"},
}

#: German and Dutch verbs whose particle closes the clause ("schmeiß das Image pr-77 raus", "gooi de branch weg").
SEPARABLE: Mapping[str, tuple[tuple[str, str, str], ...]] = {
    "de": (("schmeiß", "raus", "delete"), ("schmeiss", "raus", "delete"), ("wirf", "raus", "delete"),
           ("hau", "weg", "delete"), ("mach", "weg", "delete"), ("räum", "weg", "delete"), ("schmeiß", "raus", "delete"),
           ("hau", "raus", "delete"), ("räum", "ab", "delete"), ("mach", "platt", "delete"), ("mach", "leer", "empty"),
           # a modal and the particle: "jetzt kann der weg", "das darf weg" (it may go: remove it; not "muss weg", which
           # says as often that a warning must be fixed)
           ("kann", "weg", "delete"), ("darf", "weg", "delete")),
    "nl": (("gooi", "weg", "delete"), ("gooi", "eruit", "delete"), ("mik", "weg", "delete"), ("ruim", "op", "clean"),
           ("haal", "weg", "delete"), ("maak", "leeg", "empty"), ("maak", "schoon", "clean"), ("mag", "weg", "delete"),
           ("kan", "weg", "delete")),
}

#: Colloquial English verbs of destruction the reader's lexicon lacked ("toss the pr-9 image", "ditch that table").
ENGLISH = frozenset({"toss", "ditch", "zap", "axe", "obliterate"})
#: Colloquial English phrases of destruction ("throw out the temp table", "blow away vm 12", "kill off the env").
ENGLISH_PHRASES: tuple[tuple[str, str], ...] = (
    ("throw out", "delete"), ("throw away", "delete"), ("blow away", "delete"), ("kill off", "delete"),
    ("wipe out", "delete"), ("clear out", "delete"), ("take down", "delete"),
    ("do away with", "delete"),
)

#: Languages that put a definite suffix on the words of the trade ("bucket'en", "fly-appen", "poden", "imaget"), read
#: back by `lang_words_ops.trade_noun` with the case-ending languages; and words of the trade they put it on.
SUFFIXED = frozenset({"sv", "da", "no"})
MORE_TRADE_NOUNS = frozenset({"app", "site", "droplet", "vm", "env", "environment", "record", "key", "worktree",
                              "layer", "tenant", "project", "machine", "disk", "dataset", "model", "run"})
# fmt: on
