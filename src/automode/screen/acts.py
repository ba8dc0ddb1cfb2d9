"""Consequential acts and what makes them consequential, per language (issue 18 point 1): data for `screen_window`.

An instruction to an AI reader is an injection when it asks for an act whose effect reaches outside the user's task:
the act is a verb of one *class* and the sentence names a *target* of a class that verb class acts on (send x secret,
pay x money, grant x privilege, delete x everything/production, disable x protection, run x remote code, change x an
outside destination). AGENTS.md asks for routine acts ("run `make test`", "use pnpm") or forbids consequential ones
("never push to main"); neither pairs a consequential verb with its target unnegated.

* `ACT_VERBS[lang][class]`: verb forms (imperative, infinitive, formal imperative) of each class. English forms also
  match with -s/-ed/-ing ("by granting", "forwards").
* `TARGETS[class]`: regular expressions (over `screen.normalise`d text) for the things an act of that class is
  consequential on; `DANGER`: commands that are an act and its target at once (`curl … | sh`, `rm -rf`, `git push -f`).
* `PRESSURE`: what a request says to be done unchecked (concealment from the user, claimed approval, "humans can
  skip this"); `DEIXIS`: words that point the text at its reader ("reading this", "this e-mail", "on the user's behalf").
* `DISCUSSION`: words of text about attacks (a sentence about an attack is not one).
"""

from __future__ import annotations

from automode import lazyre
from automode.screen.directive import EXPOSURE, PERSISTENCE, cjk_addresses, romance_forms
from automode.screen.langs import ACT_VERBS_MORE, TARGETS_MORE
from automode.screen.langs_forms import ACTS as FORMS_ACTS
from automode.screen.langs_forms import CJK_ACTS as FORMS_CJK_ACTS
from automode.screen.langs_forms import CJK_TARGETS as FORMS_CJK_TARGETS
from automode.screen.langs_forms import DANGER as FORMS_DANGER
from automode.screen.langs_forms import LOANS as FORMS_LOANS
from automode.screen.langs_forms import PAIRS as FORMS_PAIRS
from automode.screen.langs_forms import TARGETS as FORMS_TARGETS
from automode.screen.langs_unspaced import UNSPACED_ACTS, UNSPACED_CHARS, UNSPACED_NEG, UNSPACED_TARGETS
from automode.screen.langs_world import CJK_ACTS_WORLD, CJK_ADDRESS_WORLD, CJK_PRESSURE_WORLD, fold
from automode.screen.separable import TARGETS as SEPARABLE_TARGETS
from automode.screen.words import HOMOGLYPHS

#: act class -> the target classes it is consequential on
#: ("data+dest": both in the sentence)
PAIRS: dict[str, tuple[str, ...]] = {
    "send": ("secret", "data+dest"),
    "disclose": ("secret",),
    "pay": ("money",),
    "grant": ("privilege", "persistence", "exposure"),
    "destroy": ("scope",),
    "degrade": ("protection",),
    "approve": ("review",),
    "attach": ("data", "secret"),
    "publish": ("branch",),
    "exec": ("remote", "secret", "persistence", "exposure"),
    "redirect": ("setting+dest", "persistence", "exposure"),
}

ACT_VERBS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "send": ("send", "e-mail", "email", "mail", "forward", "post", "upload", "transmit", "share", "paste", "publish",
                 "export", "attach", "leak", "dm", "exfiltrate", "submit", "sync", "copy", "cc", "bcc"),
        "disclose": ("replace", "fill", "substitute", "reveal", "expose", "print", "output", "dump", "include", "append", "push", "commit", "store", "put",
                     "fetch", "open", "call", "visit", "report", "echo", "write", "add", "log", "prepend", "embed"),
        "attach": ("attach", "enclose"),
        "pay": ("pay", "transfer", "wire", "send", "refund", "remit", "deposit", "credit", "settle", "schedule", "issue", "sign",
                "sign up", "subscribe", "enrol", "enroll", "buy", "purchase", "order", "upgrade", "charge",
                "approve", "release", "make", "process", "record", "register", "apply", "sign them up", "sign him up",
                "sign her up", "sign me up", "sign us up"),
        "grant": ("grant", "invite", "add", "give", "make", "create", "promote", "elevate", "assign", "set", "register",
                  "update", "change", "upgrade", "subscribe"),
        "destroy": ("delete", "remove", "drop", "wipe", "erase", "destroy", "purge", "flush", "truncate", "reset", "clear",
                    "empty", "overwrite", "force-push", "prune", "recreate", "rm", "kill", "close", "cancel", "revoke"),
        "degrade": ("disable", "turn off", "deactivate", "bypass", "skip", "uninstall", "remove", "lower", "weaken", "mute",
                    "silence", "snooze", "comment out",
                    "relax", "suppress", "stop", "accept all", "ignore", "replace", "overwrite", "circumvent",
                    "delete"),
        "publish": ("push", "force-push", "merge", "deploy", "release", "publish", "tag", "commit", "apply", "ship", "roll out"),
        "approve": ("approve", "merge", "accept", "enable auto-merge", "lgtm", "sign off", "publish", "release", "authorize",
                    "authorise"),
        "exec": ("run", "execute", "install", "download", "curl", "fetch", "pip install", "npm install", "source",
                 "add", "eval", "invoke", "launch", "start", "activate", "pipe", "call", "trigger"),
        "redirect": ("update", "change", "set", "replace", "point", "switch", "move", "redirect", "configure", "use",
                     "create", "add", "modify", "edit", "append", "prepend", "insert", "write", "make", "flip", "put"),
    },
    "de": {
        "send": ("sende", "senden", "schicke", "schick", "schicken", "leite", "leiten", "übermittle", "übermitteln",
                 "teile", "teilen", "lade", "laden", "hochladen", "veröffentliche", "veröffentlichen", "kopiere",
                 "kopieren", "poste", "posten", "exportiere", "exportieren", "füge", "hänge", "anhängen", "gesendet",
                 "geschickt", "hochgeladen", "übermittelt", "weitergeleitet", "geteilt", "veröffentlicht", "kopiert",
                 "gepostet", "exportiert"),
        "pay": ("überweise", "überweisen", "zahle", "zahlen", "bezahle", "bezahlen", "erstatte", "erstatten", "veranlasse",
                "veranlassen", "plane", "planen", "führe"),
        "grant": ("gewähre", "gewähren", "füge", "hinzufügen", "lade", "einladen", "gib", "geben", "erteile",
                  "erteilen", "mache", "mach", "ernenne", "erstelle", "erstellen"),
        "destroy": ("lösche", "löschen", "entferne", "entfernen", "leere", "leeren", "setze", "zurücksetzen",
                    "vernichte", "überschreibe", "gelöscht", "geleert", "zurückgesetzt", "überschrieben", "vernichtet"),
        "degrade": ("deaktiviere", "deaktivieren", "schalte", "abschalten", "ausschalten", "umgehe", "umgehen",
                    "deinstalliere", "deinstallieren", "entferne", "entfernen", "auskommentieren", "kommentiere",
                    "deaktiviert", "abgeschaltet", "ausgeschaltet", "umgangen", "deinstalliert", "entfernt", "auskommentiert",
                    "übersprungen", "überspringe", "überspringen"),
        "approve": ("genehmige", "genehmigen", "merge", "mergen", "akzeptiere", "akzeptieren", "veröffentliche", "bestätige",
                    "bestätigen", "freigeben"),
        "exec": ("führe", "ausführen", "installiere", "installieren", "starte", "starten", "lade"),
        "redirect": ("ändere", "ändern", "setze", "setzen", "ersetze", "ersetzen", "aktualisiere", "aktualisieren",
                     "geändert", "gesetzt", "ersetzt", "aktualisiert", "umgestellt", "eingetragen"),
    },
    "fr": {
        "send": ("envoyer", "envoie", "envoyez", "transférer", "transfère", "transférez", "transmettre", "transmets",
                 "transmettez", "partager", "partage", "partagez", "publier", "publie", "publiez", "téléverser",
                 "téléverse", "téléversez", "copier", "copie", "copiez", "joindre", "joignez", "exporter", "exportez"),
        "pay": ("payer", "paie", "payez", "virer", "vire", "virez", "rembourser", "rembourse", "remboursez",
                "transférer", "transférez", "effectuez", "effectue", "réglez", "règle", "enregistrez", "programmez",
                "programmer", "planifiez", "planifier"),
        "grant": ("accorder", "accorde", "accordez", "ajouter", "ajoute", "ajoutez", "inviter", "invite", "invitez",
                  "donner", "donne", "donnez", "créer", "crée", "créez", "nommer", "nommez"),
        "destroy": ("supprimer", "supprime", "supprimez", "effacer", "efface", "effacez", "détruire", "détruis",
                    "détruisez", "vider", "vide", "videz", "réinitialiser", "réinitialisez"),
        "degrade": ("désactiver", "désactive", "désactivez", "contourner", "contourne", "contournez", "désinstaller",
                    "désinstallez", "ignorer", "ignorez"),
        "approve": ("approuver", "approuve", "approuvez", "fusionner", "fusionne", "fusionnez", "accepter", "acceptez",
                    "valide", "validez", "valider", "confirme", "confirmez"),
        "exec": ("exécuter", "exécute", "exécutez", "lancer", "lance", "lancez", "installer", "installe", "installez"),
        "redirect": ("modifier", "modifie", "modifiez", "changer", "change", "changez", "remplacer", "remplace",
                     "remplacez", "mettre à jour", "mettez à jour"),
    },
    "es": {
        "send": ("enviar", "envía", "envia", "envíe", "envie", "envíame", "reenviar", "reenvía", "reenvíe", "mandar",
                 "manda", "mande", "compartir", "comparte", "comparta", "publicar", "publica", "publique", "subir",
                 "sube", "suba", "exportar", "exporta", "exporte", "copiar", "copia", "copie", "adjunta", "adjunte"),
        "pay": ("pagar", "paga", "pague", "transferir", "transfiere", "transfiera", "reembolsar", "reembolsa", "programa",
                "programe", "programar", "realiza", "realice",
                "reembolse", "ingresa", "ingrese", "realiza", "realice", "efectúa", "efectúe", "haz", "registra"),
        "grant": ("conceder", "concede", "conceda", "otorgar", "otorga", "otorgue", "añadir", "añade", "añada",
                  "agregar", "agrega", "agregue", "invitar", "invita", "invite", "dar", "da", "dé", "crear", "crea",
                  "cree"),
        "destroy": ("borrar", "borra", "borre", "eliminar", "elimina", "elimine", "vaciar", "vacía", "vacíe",
                    "destruir", "destruye", "cierra", "cierre", "cerrar"),
        "degrade": ("desactivar", "desactiva", "desactive", "omitir", "omite", "omita", "desinstalar", "desinstala"),
        "approve": ("aprobar", "aprueba", "apruebe", "fusionar", "fusiona", "aceptar", "acepta", "acepte", "confirma",
                    "confirme", "autoriza", "autorice"),
        "exec": ("ejecutar", "ejecuta", "ejecute", "instalar", "instala", "instale", "lanzar", "lanza"),
        "redirect": ("cambiar", "cambia", "cambie", "modificar", "modifica", "modifique", "reemplazar", "reemplaza",
                     "actualizar", "actualiza", "actualice"),
    },
    "it": {
        "send": ("inviare", "invia", "inviate", "inoltrare", "inoltra", "inoltrate", "mandare", "manda", "condividere",
                 "condividi", "pubblicare", "pubblica", "caricare", "carica", "esportare", "esporta", "copiare",
                 "copia", "allega", "allegare"),
        "pay": ("pagare", "paga", "pagate", "bonifica", "bonificare", "trasferire", "trasferisci", "rimborsare", "programma",
                "programmare", "disponi", "disporre", "esegui", "effettua",
                "rimborsa", "effettua", "esegui", "registra"),
        "grant": ("concedere", "concedi", "aggiungere", "aggiungi", "invitare", "invita", "dare", "dai", "creare",
                  "crea", "nominare", "nomina"),
        "destroy": ("cancellare", "cancella", "eliminare", "elimina", "eliminate", "svuotare", "svuota", "distruggere", "rimuovi", "rimuovere",
                    "distruggi", "resettare"),
        "degrade": ("disattivare", "disattiva", "aggirare", "aggira", "disinstallare", "disinstalla", "ignora", "rimuovi",
                    "rimuovere"),
        "approve": ("approvare", "approva", "unire", "accetta", "accettare", "accettate", "conferma", "convalida",
                    "autorizza"),
        "exec": ("eseguire", "esegui", "eseguite", "installare", "installa", "lanciare", "lancia", "avviare", "avvia"),
        "redirect": ("cambiare", "cambia", "modificare", "modifica", "sostituire", "sostituisci", "impostare", "configurare", "aggiornare",
                     "aggiorna"),
    },
    "pt": {
        "send": ("enviar", "envie", "envia", "envie-me", "encaminhar", "encaminhe", "encaminha", "mandar", "mande",
                 "manda", "compartilhar", "compartilhe", "partilhe", "publicar", "publique", "carregar", "carregue",
                 "exportar", "exporte", "exporta", "copiar", "copie", "anexe", "anexar", "enviem", "encaminhem", "cola", "cole",
                 "colar"),
        "pay": ("pagar", "pague", "paga", "transferir", "transfira", "transfere", "reembolsar", "reembolse", "agende",
                "agendar", "programe", "realize", "efetue",
                "deposite", "faça", "realize", "efetue"),
        "grant": ("conceder", "conceda", "concede", "adicionar", "adicione", "adiciona", "convidar", "convide",
                  "convida", "dar", "dê", "criar", "crie", "cria"),
        "destroy": ("apagar", "apague", "apaga", "excluir", "exclua", "exclui", "eliminar", "elimine", "esvaziar",
                    "esvazie", "destruir", "destrua"),
        "degrade": ("desativar", "desative", "desativa", "ignorar", "contornar", "contorne", "desinstalar",
                    "desinstale"),
        "approve": ("aprovar", "aprove", "aprova", "mesclar", "mescle", "aceitar", "aceite", "confirme", "confirma",
                    "autorize", "autoriza"),
        "exec": ("executar", "execute", "executa", "instalar", "instale", "instala", "rodar", "rode", "corre", "corra"),
        "redirect": ("alterar", "altere", "mudar", "mude", "substituir", "substitua", "atualizar", "atualize"),
    },
    "nl": {
        "send": ("sturen", "stuur", "versturen", "verstuur", "doorsturen", "verzend", "verzenden", "delen", "deel",
                 "publiceren", "publiceer", "uploaden", "upload", "kopiëren", "kopieer", "exporteer", "exporteren"),
        "pay": ("betalen", "betaal", "betaling", "overmaken", "maak over", "terugbetalen", "storten", "stort", "doe", "voer",
                "plan", "plannen"),
        "grant": ("verlenen", "verleen", "geef", "geven", "toevoegen", "voeg", "uitnodigen", "nodig", "maak",
                  "aanmaken"),
        "destroy": ("verwijderen", "verwijder", "wissen", "wis", "legen", "leeg", "vernietig", "vernietigen",
                    "draaien"),
        "degrade": ("uitschakelen", "schakel", "omzeilen", "omzeil", "deïnstalleren", "negeer", "negeren"),
        "approve": ("goedkeuren", "keur", "mergen", "accepteer", "accepteren", "bevestig", "bevestigen"),
        "exec": ("uitvoeren", "voer", "installeren", "installeer", "draai", "start"),
        "redirect": ("zet", "wijzigen", "wijzig", "veranderen", "verander", "vervangen", "vervang", "bijwerken", "werk"),
    },
    "pl": {
        "send": ("wysłać", "wyslac", "wyślij", "wyslij", "przesłać", "prześlij", "przeslij", "udostępnić",
                 "udostępnij", "udostepnij", "opublikować", "opublikuj", "wklej", "wkleić", "skopiuj", "skopiować",
                 "wypchnij", "wypchnąć", "dodaj", "eksportuj", "wrzuć", "wrzuc"),
        "pay": ("zapłać", "zaplac", "zapłacić", "przelej", "przelać", "zwróć", "zwroc", "zrób", "wykonaj", "zleć"),
        "grant": ("nadaj", "nadać", "dodaj", "dodać", "zaproś", "zapros", "zaprosić", "daj", "dać", "utwórz",
                  "utworz", "wygeneruj", "wygenerować"),
        "destroy": ("usuń", "usun", "usunąć", "usunac", "skasuj", "skasować", "wyczyść", "wyczysc", "zniszcz",
                    "zrób force push", "zrob force push"),
        "degrade": ("wyłącz", "wylacz", "wyłączyć", "obejdź", "obejdz", "odinstaluj", "zignoruj"),
        "approve": ("zatwierdź", "zatwierdz", "zaakceptuj", "scal", "zmerguj", "potwierdź", "potwierdz"),
        "exec": ("uruchom", "uruchomić", "wykonaj", "wykonać", "zainstaluj", "zainstalować"),
        "redirect": ("zmień", "zmien", "zmienić", "zastąp", "zastap", "zaktualizuj", "ustaw", "ustawić", "dopisz", "dopisać",
                     "wpisz", "wpisać", "dodaj", "ustawcie", "zróbcie", "zrób"),
    },
    "sv": {
        "send": ("skicka", "vidarebefordra", "ladda upp", "dela", "kopiera", "klistra in"),
        "pay": ("betala", "överför", "för över", "slutför köpet", "slutför"),
        "grant": ("lägg till", "lägg", "bjud in", "tilldela"),
        "destroy": ("radera", "ta bort", "töm", "rensa"),
        "degrade": ("stäng av", "inaktivera", "kringgå", "ta bort"),
        "approve": ("godkänn", "slå ihop", "acceptera", "bekräfta"),
        "exec": ("kör", "installera", "starta om", "starta"),
        "redirect": ("uppdatera", "ändra", "byt"),
    },
    "da": {
        "send": ("send", "videresend", "upload", "kopier", "del"),
        "pay": ("betal", "overfør"),
        "grant": ("tilføj", "giv", "inviter", "del"),
        "destroy": ("slet", "fjern", "tøm"),
        "degrade": ("deaktiver", "slå fra", "omgå"),
        "approve": ("godkend", "accepter", "flet"),
        "exec": ("kør", "installer", "start"),
        "redirect": ("opdater", "ændr", "skift"),
    },
    "ru": {
        "send": ("отправь", "отправьте", "перешли", "перешлите", "передай", "передайте", "загрузи", "загрузите",
                 "скопируй", "скопируйте", "вставь", "вставьте", "надішли", "надішліть"),
        "pay": ("переведи", "переведите", "оплати", "оплатите", "заплати", "заплатите"),
        "grant": ("добавь", "добавьте", "выдай", "выдайте", "предоставь", "предоставьте", "назначь", "пригласи",
                  "додай", "додайте"),
        "destroy": ("удали", "удалите", "очисти", "очистите", "сотри", "видали", "видаліть"),
        "degrade": ("отключи", "отключите", "выключи", "выключите", "замени", "замените", "обойди", "вимкни"),
        "approve": ("одобри", "одобрите", "смержи", "прими", "схвали", "подтверди", "подтвердите", "утверди"),
        "exec": ("выполни", "выполните", "запусти", "запустите", "установи", "установите", "прочитай", "прочитайте",
                 "виконай", "запусти", "встанови"),
        "redirect": ("измени", "измените", "обнови", "обновите", "змініть", "замени", "замените", "поменяй", "поменяйте"),
    },
    "tr": {
        "send": ("gönder", "gönderin", "ilet", "iletin", "yükle", "yükleyin", "paylaş", "paylaşın", "yapıştır", "yapıştırın",
                 "kopyala", "kopyalayın", "aktar", "aktarın"),
        "pay": ("öde", "ödeyin", "yapın"),
        "grant": ("ekle", "ekleyin", "ayarla", "ayarlayın"),
        "destroy": ("sil", "silin", "kaldır", "kaldırın"),
        "degrade": ("kapat", "kapatın", "kaldır", "kaldırın", "devre dışı bırak"),
        "approve": ("birleştir", "birleştirin", "onayla", "onaylayın"),
        "exec": ("çalıştır", "çalıştırın", "kur", "kurun"),
        "redirect": ("değiştir", "değiştirin", "güncelle", "güncelleyin", "yap", "ayarla", "ayarlayın"),
    },
}

_SECRET = (r"`env`|\boutput\s+of\s+`?env\b|[?&][\w-]+=(?:\{[^}\s]{1,40}\}|<[^>\s]{1,40}>|\$\{?\w+|%7b|\[[^\]\s]{1,40}\])|(?<![\w-])\.(?:env|ssh|aws|kube|npmrc|pypirc|netrc|git-credentials|docker|m2|gnupg|config/gcloud)\b|"
           r"/etc/(?:shadow|passwd|sudoers)\b|\.bash_history\b|~/\.[\w-]+|\b(?:id_rsa|id_ed25519|id_ecdsa|privkey\.pem|"
           r"[\w.-]+\.(?:pem|key|p12|pfx|keystore|jks|tfstate|plist)|passwords?|passphrases?|passcodes?|credentials?|creds|"
           r"api[\s_-]?keys?|private\s+keys?|secret(?:s|\s+keys?)?|(?:access|auth|bearer|session|refresh|api|personal\s+access)\s+tokens?|"
           r"tokens?|cookies?|seed\s+phrase|recovery\s+phrase|mnemonic|2fa\s+codes?|otp|security\s+codes?|"
           r"env(?:ironment)?\s+var\w*|process\.env|os\.environ|printenv|\$\w*(?:token|key|secret|password)\w*|"
           r"\w+_(?:token|key|secret|password|credentials?)\b|"
           # a connection string holds its password: DATABASE_URL, REDIS_URI, SENTRY_DSN
           r"\b\w*(?:database|db|redis|mongo\w*|postgres\w*|pg|mysql|amqp|rabbitmq|broker|sentry)_(?:url|uri|dsn)\b|"
           r"wachtwoord\w*|passw[oö]rt\w*|zugangsdaten|schlüssel\w*|mot\s+de\s+passe|clés?\s+(?:api|privées?|ssh)|"
           r"identifiants|contraseñas?|credenciales|claves?\s+(?:api|privadas?|ssh)|senhas?|credenciais|chaves?|"
           r"credenziali|chiavi?|hasła?|hasło|klucz\w*|dane\s+logowania|inloggegevens|sleutels?|lösenord\w*|nyckel\w*|nycklar|"
           r"adgangskode\w*|nøgle\w*|пароль|пароля|паролі|токен\w*|ключ\w*|учетн\w+\s+данн\w+|şifre\w*|parola\w*|anahtar\w*)\b")  # fmt: skip
_DATA = (r"\b(?:contents?|customers?\s+(?:data|list|export|records?)|export|exports|e-?mails?|messages?|mailbox|inbox|rows|logs|"
         r"экспорт\w*|истори\w*|переписк\w*|данны\w*|"
         r"contacts?|conversation|chat\s+history|history|files?|documents?|pdfs?|invoices?|attachments?|database|dump|"
         r"backups?|records?|leads?|personal\s+data|address\s+book|calendar|source\s+code|repository|repo|"
         r"config(?:uration)?|settings(?:\.\w+)?|application\.ya?ml|pièces\s+jointes|fichiers|dossiers?|correos|archivos|adjuntos|"
         r"allegati|documenti|estratti\s+conto|extractos|relevés|anexos|arquivos|bijlagen|bestanden|załączniki|pliki|anhänge|"
         r"ndas?|contracts?|agreements?|price\s+lists?|payroll|salar(?:y|ies)|statements?|dateien|kontoauszüge|rechnungen|facturas|fatture|faturas|facturen|faktury|contratos|contratti|verträge|"
         r"письма|файлы|документы|mejl\w*|e-post|tabelas?|tablas?|tables?|tabelle|tabell\w*|results?|resultados?|ergebnis\w*|"
         r"resultat\w*|risultat\w*|output|ausgabe|sortie|salida|saída|wynik\w*|folders?|mapp(?:e|en|a|an)|carpetas?|cartell\w*|"
         r"pastas?|ordner\w*|arquivo|archivo|fichier|datei|bestand|plik|pg_dump|mysqldump|mongodump|"
         r"\S+\.(?:json|ya?ml|xml|csv|sql|db|sqlite|ini|toml|conf|properties))\b")  # fmt: skip
_DEST = (r"(?<![\w+.-])(?:s3|gs|az|hf|ftp|ftps|sftp|scp|rsync|ssh|wss?|abfss?|oci|r2|b2)://[\w.-]+|\biban\b|\b[a-z]{2}[\da-z]{2}(?=(?:[^\d\n]{0,6}\d){6})(?:\s?[a-z\d]{4}){2,8}|\b0x[0-9a-f]{40}\b|\bme\b|\bpubli(?:que|ca|c|ka|czn\w+)\b|öffentlich\w*|openbaar|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[\w.-]+|\b(?:\d{1,3}\.){3}\d{1,3}\b|\bgist\b|pastebin|paste\.\w+|"
         r"webhook\.site|ngrok|\bpublic\b|#[\w-]+\s+channel|\b(?:in|into|to|on|no|en|na|im|nel|dans|w)\s+(?:the\s+|o\s+|el\s+|le\s+)?(?:canal\s+|kanal\s+|channel\s+|salon\s+)?#[\w-]+|\bcomment\b|\bissue\b|pr\s+description|"
         r"\b(?:[a-z0-9-]+\.)+(?:example|com|net|org|io|dev|app|xyz|site|cloud|co|ru|cn|br|de|fr|es|it|nl|pl|pt)\b(?:/[\w./?=&%-]*)?")  # fmt: skip
_MONEY = (r"\b\d[\d.,\s]*\s?(?:eur|usd|gbp|chf|pln|zł|eth|btc|usdt|usdc|sol)\b|(?:€|\$|£)\s?\d|\b(?:eur|usd|gbp)\s?\d|"
          r"\biban\b|\b[a-z]{2}[\da-z]{2}(?=(?:[^\d\n]{0,6}\d){6})(?:\s?[a-z\d]{4}){2,8}|\b0x[0-9a-f]{40}\b|\bbic\b|\bswift\b|\bwallet\b|"
          r"\b(?:account\s+number|bankgiro|rekeningnummer|rekening|numer\s+konta|cuenta|conta|compte|konto|conto|счет|счёт|карт\w+)\b|"
          r"\bcard\s+ending\b|\bcards?\s+on\s+file\b|\bsaved\s+card\b|\bcredit\s+card\b|\bgift\s+cards?\b|\bcredit\b|\brefund\b|\bfull\s+amount\b|\bbank\s+(?:details|account)\b|"
          r"\bpayment\b|\bbetaling\b|\bzahlung\b|\bpaiement\b|\bpago\b|\bpagamento\b|\bprzelew\b|\d\s?kr\b|₽|\bруб\w*|"
          r"\bödeme\w*|\bfaktura\b|\bköpet\b|\bkortet\b")  # fmt: skip
_PRIVILEGE = (r"\b(?:admin\w*|administrat\w+|owners?|owner\s+role|maintainers?|collaborators?|superuser|root|sudo\w*|"
              r"write\s+access|full\s+access|delegate\s+access|delegat\w+|all\s+privileges|privileges?|permissions?|"
              r"role|roles/\w+|deploy\s+keys?|ssh\s+keys?|authorized_keys|service\s+(?:account|user)|org(?:anization)?\s+member|"
              r"member\s+of|access\s+to|cluster-?admin|clusteradmin|iam|with\s+grant\s+option|amministrat\w+|"
              r"administrador\w*|proprietari\w*|eigentümer|beheerder\w*|właściciel\w*|uprawnie\w+|behörighet\w*|"
              r"redigeringsrätt|redigeringsadgang|administratör\w*|права\w*|правами|администратор\w*|коллаборатор\w*|"
              r"колабораторів|колаборатор\w*|yönetici\w*)\b")  # fmt: skip
_SCOPE = (r"/\*|\*\.\*|\b(?:all|every|everything|entire|whole|each)\b|--all\b|all=true|--force\b|-f\b|-rf\b|-fr\b|-auto-approve|"
          r"--yes\b|-y\b|\b(?:prod|production|live|main|master|remote|origin|backups?|database|db|bucket|buckets|namespace|"
          r"ns|cluster|release/\S*|branches|history|migrations|directory|folder|repository|repo|archive|tables?|"
          r"(?:this|the|these)\s+(?:e-?mail|message|mail|thread|conversation|row|line|entry|ticket|comment)s?|"
          r"(?:este|esta|ce|cette|questo|questa|deze|dit|diese|diesen|ten|tę|tą|to)\s+(?:mensaje|correo|message|"
          r"messaggio|mensagem|bericht|mail|nachricht|wiadomość|fila|ligne|riga|linha|rij|zeile|wiersz)|"
          r"schema|volumes?|pvc|tout|toutes|tous|todos|todas|tutti|tutte|alle|allen|wszystkie|wszystko|produktion|"
          r"produção|producción|produzione|productie|все|всё|всех|продакшн\w*|tüm|hepsi|alla|allt)\b")  # fmt: skip
_PROTECTION = (r"\b(?:2fa|mfa|two-factor|two\s+factor|branch\s+protection|protections?|protected|reviews?|required\s+checks?|"
               r"monitors?|monitoring|alerts?|alerting|alarms?|warnings|lint(?:ing|er|s)?|test\s+suite|"
               r"[\w-]*(?:secret|signature|auth|security|integrity|webhook)[\w-]*[\s-]?(?:checks?|prüfung|validation)\w*|"
               r"(?:all|failing|the\s+failing|integration|e2e|unit)\s+tests|tests?/[\w/.-]*|"
               r"auth|authentication|authori[sz]ation|require_?auth\w*|"
               r"status\s+checks?|checks|hooks?|pre-commit|verification|verify|ssl|tls|certificates?|revocation|"
               r"firewall|antivirus|security|audit(?:ing)?|logging|signing|signature|sandbox|guard|automode|scanner|"
               r"rate\s+limit|approval|confirmations?|bypasspermissions|permissions|trustmanager|codeowners|settings\.json|"
               r"branch-schutz|schutz|protection|protección|protezione|proteção|beveiliging|ochrona|rate\s+limit\w*|"
               r"защит\w*|проверк\w*|selinux|setenforce|koruma\w*|korumasını|csrf|"
               # authentication and debug/error-page hardening in more languages (session 19: "die Authentifizierung für
               # /admin entfernen", "customErrors auf Off", "DEBUG を True に")
               r"authentifizierung\w*|authentification|autenticaci[oó]n|autenticazione|autentica[cç][aã]o|authenticatie|"
               r"uwierzytelnian\w*|аутентификац\w*|автентифікац\w*|kimlik\s+doğrulama\w*|xác\s+thực|autentikasi|"
               r"autentisering\w*|ověřování|two-?factor\s+auth\w*|zwei-faktor\w*|customerrors)\b")  # fmt: skip
_BRANCH = (r"\b(?:main|master|default\s+branch|production|prod|live|release\s+branch|upstream|crates\.io|npm|pypi|"
           r"registry|public)\b|--force\b|\s-f\b")  # fmt: skip
_REVIEW = (r"\b(?:pull\s+requests?|prs?|merge\s+requests?|changes?|commit|release|invite|invitation|payment|transfer|"
           r"auto-merge|without\s+(?:comments|review)|invito|einladung|invitation|convite|invitación)\b|--approve\b|"
           # what else waits for someone's decision: an invoice, an order, an expense, a refund, an access request, in
           # the main languages (stems: every case and number)
           r"\b(?:invoices?|orders?|expenses?|refunds?|(?:access|admin|pending)\s+requests?|factur\w*|fattur\w*|fatur\w*|"
           r"rechnung\w*|faktur\w*|bestellung\w*|commande\w*|pedido\w*|ordine\w*|bestelling\w*|zamówieni\w*|заказ\w*|"
           r"sipariş\w*|utgift\w*|spesen\w*|gastos?|dépenses?|spese|onkost\w*|wydatk\w*|reembols\w*|rimbors\w*|"
           r"remboursement\w*|erstattung\w*|przelew\w*|überweisung\w*|счет\w*|счёт\w*)\b")  # fmt: skip
_REMOTE = (r"\|\s*(?:ba|z|da)?sh\b|\|\s*python\d?\b|curl\s[^\n|]{0,200}\|\s*\w|\bwget\b|https?://(?:\d{1,3}\.){3}\d{1,3}|"
           r"--trusted-host\b|--index-url\s+http://|--extra-index-url\b|@latest\b|\bnpx\s+\S+|\bcompanion\b|"
           r"\bfrom\s+(?:our|the)\s+(?:build\s+)?server\b|https?://\S+\.(?:sh|ps1|py|exe|whl)\b|\bcurl\b")  # fmt: skip
_SETTING = (r"\b(?:numer\s+konta|rekeningnummer|kontonummer|numéro\s+de\s+compte|número\s+de\s+cuenta|numero\s+di\s+conto|"
            r"account\s+number|payroll|płacow\w+|webhooks?|endpoints?|mirrors?|remotes?|registry|index(?:-url)?|dns|records?|cname|nameservers?|"
            r"forwarding|rule|bank\s+details|payee|supplier\s+record|recipient|callback|redirect\s+uri|proxy|upstream|"
            r"origin|url)\b")  # fmt: skip
TARGETS: dict[str, str] = {
    "setting": _SETTING, "persistence": PERSISTENCE, "exposure": EXPOSURE,
    "secret": _SECRET, "data": _DATA, "dest": _DEST, "money": _MONEY, "privilege": _PRIVILEGE, "scope": _SCOPE,
    "protection": _PROTECTION, "branch": _BRANCH, "review": _REVIEW, "remote": _REMOTE,
}  # fmt: skip

ACT_VERBS.update(ACT_VERBS_MORE)
for _lang in ("it", "es", "pt"):  # imperative and subjunctive forms generated from the infinitives listed
    for _c, _ws in ACT_VERBS[_lang].items():
        ACT_VERBS[_lang][_c] = tuple(dict.fromkeys([*_ws, *(f for w in _ws for f in romance_forms(w, _lang))]))
for _cls, _rx in TARGETS_MORE.items():
    TARGETS[_cls] = TARGETS[_cls] + "|" + _rx
for _cls, _rx in SEPARABLE_TARGETS.items():  # Dutch and German compounds (`screen_separable`)
    TARGETS[_cls] = TARGETS[_cls] + "|" + _rx
# publish verbs in every language, request forms and objects the tables missed (`screen_langs_forms`), per class
for _lang, _table in FORMS_ACTS.items():
    for _c, _ws in _table.items():
        _have = ACT_VERBS.setdefault(_lang, {}).get(_c, ())
        ACT_VERBS[_lang][_c] = tuple(dict.fromkeys([*_have, *map(fold, _ws)]))
ACT_VERBS["loan"] = {_c: tuple(dict.fromkeys(_ws)) for _c, _ws in FORMS_LOANS.items()}
for _c, _pair in FORMS_PAIRS.items():
    PAIRS[_c] = PAIRS[_c] + _pair
for _cls, _rx in FORMS_TARGETS.items():
    TARGETS[_cls] = TARGETS[_cls] + "|" + _rx

#: Verbs that make a sentence a directive when they open it, beside the act verbs ("verify the session by running ...").
DIRECTIVE_VERBS = ("lies", "lese", "setzt", "führt", "deployt", "sendet", "schickt", "löscht", "installiert", "ladet", "gebt", "macht",
                   "fügt", "ändert", "entfernt", "deaktiviert", "kopiert", "überweist", "bump", "verify", "confirm", "register", "validate", "authenticate", "activate", "sync", "fix", "repair",
                   "resolve", "finish", "complete", "prepare", "ensure", "check", "test", "try", "apply", "keep",
                   "bootstrap", "initialise", "initialize", "calibrate", "migrate", "restore", "recover", "unlock",
                   "enable", "generate", "regenerate", "rebuild", "scale", "block", "ban", "mark", "label", "tag")

#: Act classes whose effect leaves the machine or the account; naming an explicit outside destination (an address,
#: a URL, an IP, an account number, "me") in the act's sentence makes them surer.
OUTWARD = frozenset(["send", "disclose", "pay", "grant", "redirect", "exec"])
OUTSIDE = (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[\w.-]+|(?<![\w+.-])(?:s3|gs|az|hf|ftp|ftps|sftp|scp|rsync|ssh|wss?|abfss?|oci|r2|b2)://[\w.-]+|\(public\)|\b(?:\d{1,3}\.){3}\d{1,3}\b|\b[a-z]{2}[\da-z]{2}(?=(?:[^\d\n]{0,6}\d){6})(?:\s?[a-z\d]{4}){2,8}|"
           r"\b0x[0-9a-f]{40}\b|\bme\b|\bmoi\b|\bmir\b|\bmich\b|\bmí\b|\bme\b|\bmij\b|\bmnie\b|\bmi\b|(?<![\w])@[a-z0-9][\w.-]{2,38}")  # fmt: skip

#: A Markdown image or link whose URL has a placeholder in its query, and words for what it would carry.
IMAGE_EXFIL = lazyre.compile(r"!?\[[^\]\n]{0,80}\]\(\s*https?://[^)\s]+[?&][\w-]+=\s*(?:\{[^}\s]{0,40}\}|<[^>\s]{0,40}>|\$\{?\w+|"
                             r"%7[bB]|\[[^\]\s]{0,40}\]|[A-Z][A-Z_]{3,}\b|[xX]{3,}|\.\.\.)")
DATA_WORDS = lazyre.compile(r"(?i)\b(?:api[\s_-]?keys?|tokens?|passwords?|secrets?|credentials?|cookies?|conversation|chat|history|"
                            r"e-?mails?|messages?|personal|data)\b|密钥|令牌|密码|凭证|对话|会话|数据|パスワード|トークン|会話|"
                            r"비밀번호|토큰|대화")

#: Commands that are an act and its target at once, by family (the generic ones follow in `DANGER`).
DANGER_FAMILIES = (
    # a host's own protections off: endpoint protection, firewalls, MAC, audit trails, remote login hardening
    r"\bset-mppreference\b[^\n]{0,40}-disable\w*\s+\$?(?:true|1)\b|\badd-mppreference\b[^\n]{0,20}-exclusionpath\b",
    r"\bnetsh\s+advfirewall\s+set\b[^\n]{0,40}\bstate\s+off\b|\bufw\s+disable\b|\bufw:?\s+state=disabled\b|\bsetenforce\s+0\b",
    r"\bsystemctl\s+(?:stop|disable|mask)\s+(?:--now\s+)?(?:firewalld|auditd|apparmor|falco|osqueryd?|wazuh\S*|datadog-agent|crowdstrike\S*|falcon-sensor)\b",
    r"\bstop-logging\b|\bdelete-trail\b|\bdelete-flow-logs\b|\bdisable-security-hub\b|\bguardduty\s+delete-detector\b",
    r"\bpermitrootlogin\b\W{0,3}(?:to\s+)?\W?yes\b|\bpasswordauthentication\b\W{0,3}(?:to\s+)?\W?yes\b|\bnopasswd:\s*all\b",
    r"\btee\s+(?:-a\s+)?/etc/sudoers|>>?\s*~?/?[\w./-]*authorized_keys\b|\b0\.0\.0\.0/0\b",
    # local administrators and cloud owners granted to someone the text names
    r"\badd-localgroupmember\b[^\n]{0,40}\badministrators\b|\bnet\s+localgroup\s+administrators\s+\S+\s+/add\b",
    r"\badd-iam-policy-binding\b[^\n`]{0,240}--role[= ](?:roles/)?(?:owner|editor|\w*admin\w*)\b|\bmemberships/[^\s/]+\b[^\n`]{0,40}role=admin\b",
    # the repository, its history or state handed elsewhere or rewritten
    r"\bgit\s+remote\s+add\s+\S+\s+\S+[^\n]{0,120}\bgit\s+push\b|\bpush\s+(?:\S+\s+)?--(?:all|mirror)\b|\bterraform\s+state\s+rm\b",
    r"\bcore\.hookspath\s+(?:to\s+)?/dev/null\b",
    # review and CI gates off: merging past them, failures allowed, any host accepted
    r"\b(?:gh|glab)\s+(?:pr|mr)\s+merge\b|\ballow_failure:\s*true\b|\bcontinue-on-error:\s*true\b|\[(?:skip\s+ci|ci\s+skip)\]|"
    r"[\"']?test[\"']?\s*[:=]\s*[\"']?(?:exit\s+0|true)\b|#!\[allow\(warnings\)\]|-a\s+warnings\b|"
    # a batch scheduler's jobs cancelled for a whole account or user (Slurm, PBS/Torque, LSF, HTCondor), and an app's
    # data on a device wiped (`adb shell pm clear`, `adb uninstall`, `xcrun simctl erase`)
    r"\bscancel\b[^\n`]{0,40}(?:\s-a\s|--account|\s-u\s|--user)|\bqdel\b[^\n`]{0,20}(?:\s-u\s|\ball\b)|\bbkill\b[^\n`]{0,20}\s(?:-u\s|0\b)|"
    r"\bcondor_rm\b[^\n`]{0,20}(?:-all|\s-u\s)|\badb\b[^\n`]{0,40}\b(?:pm\s+clear|uninstall)\b|\bsimctl\s+erase\b",
    # a cluster's or a cloud's workloads removed
    r"\b(?:helm|kubectl|oc|gcloud|az|aws|doctl|heroku|flyctl|fly)\b[^\n`]{0,80}\b(?:uninstall|delete|destroy|terminate|rm)\b|\ballowed_hosts\s*=\s*\[\s*[\"']\*[\"']\s*\]",
    # package indexes and TLS trust pointed at an unverified source
    r"\bindex-url\s+http://|\bglobal\.trusted-host\b|(?:servercertificatecustomvalidationcallback|servercertificatevalidationcallback|"
    r"hostnameverifier|checkservertrusted)[^\n;]{0,60}(?:=>|=&gt;|return)\s*true\b",
    # credentials gathered and sent: a secret source piped or attached to an uploader
    r"(?:~/\.(?:aws|ssh|kube|gnupg|docker|config/gcloud)|\.env\b|/etc/shadow|\bprintenv\b|\benv\b)[^\n`|]{0,160}\|\s*(?:curl|wget|nc|ncat)\b",
    r"\bcurl\b[^\n`]{0,120}(?:-f|--form|-t|--upload-file|--data\S*)\s+\S*@?(?:~/\.|\.env|[\w./-]*(?:credentials|id_rsa|id_ed25519|\.pem|\.key|\.jks|secrets?)\b)",
    # a contract's ownership or funds moved to an address the text gives: the function called with the address, or
    # called and its proceeds sent to one ("call transferOwnership(0x9a1f…)", "invoke withdrawAll() to 0x4b2f…")
    r"\b(?:transferownership|safetransferfrom|transferfrom|transfer|withdraw\w*|approve|increaseallowance|setapprovalforall|"
    r"selfdestruct|upgradeto\w*|sweep\w*|drain\w*|emergencywithdraw|setowner|changeowner|grantrole)\s*\("
    r"(?:\s*(?:[\w\s,\"']{0,40},\s*)?0x[0-9a-f]|\s*\)\s+(?:to|into|towards?)\s+(?:\S+\s+){0,3}?0x[0-9a-f]{6,})",
)

DANGER = (r"requests\.(?:post|put)\([^)]{0,200}(?:data=|environ)|\bfetch\([^)]{0,200}(?:process\.env|token)|\bdd\b[^\n]{0,60}\bof=/dev/|\bmkfs\b|\bscale\b[^\n]{0,60}\bto\s+0\b|--replicas[= ]0\b|(?:clusteradmin|privileged|hostnetwork|hostpid|allowprivilegeescalation)\s*[:=]\s*true|"
          r"(?:networkpolicy|podsecurity|tls|ssl|verify|auth)[\w.]*\s*[:=]\s*false|\bgit\s+push\s+(?:-\S+\s+)*https?://|credential\.helper\s+store|--privileged\b|\s-v\s+/:/|\bdelete\s+/\S*\*|--no-verify\b|core\.hookspath\s+/dev/null|strict-ssl\s+false|\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da)?sh\b|\brm\s+-\w*[rf]|\bgit\s+push\b[^\n`]{0,80}(?:--force|-f\b|--delete|--mirror)|"
          r"\bpush\s+(?:-f|--force)\b|--acl[= ]public-read|--visibility[= ]public\b|\ballusers\b|\bacl\s*=\s*[\"']?public|\bterraform\b[^\n`]{0,60}\bdestroy\b|-auto-approve\b|\bforce_destroy\s*=\s*true|"
          r"\bkubectl\b[^\n`]{0,60}\bdelete\b|\bdrop\s+(?:table|database|schema)\b|\btruncate\s+table\b|\bflushall\b|"
          r"\bgrant\s+all\b|\bcreate\s+user\b|\bgh\s+secret\s+set\b|\bgist\s+create\b[^\n`]{0,40}--public|"
          r"\bgh\s+pr\s+(?:review\s+--approve|merge)\b|\bgh\s+api\s+-x\s+(?:put|patch|delete|post)\b|"
          r"\bcurl\b[^\n`]{0,200}\s(?:-d|-f|-t|--data\S*|--upload-file|-x\s+(?:post|put))\s|\|\s*(?:mail|sendmail|nc|curl)\b|"
          r"\benv\s*\||\bprintenv\b|\bjson\.dumps\(\s*dict\(\s*os\.environ|urlopen\([^)]{0,200}data=|"
          r"--trusted-host\b|--index-url\s+http://|node_tls_reject_unauthorized\s*=\s*0|verify\s*=\s*false|"
          r"bypasspermissions|chmod\s+(?:-r\s+)?777|"
          # the cluster's top role bound to an account, a device's debugger opened to the network
          r"clusterrolebinding\b[^\n`]{0,80}cluster-admin|\badb\s+tcpip\b|"
          # a setuid or setgid bit on a shell or a system binary: a root shell for anyone
          r"chmod\s+(?:-\w+\s+)?(?:[2467][0-7]{3}|[ugoa]*\+[rwx]*s[rwx]*)\s+\S*/(?:s?bin|usr/s?bin|usr/local/s?bin)/\S+|\b-x\s+delete\b|\bdelete\s+/\S*\?all=true|update_all\(\s*admin|"
          r"--(?:share|upload|sync|export)-(?:env|credentials|secrets|keys)|--exportar-chaves|--subir-env|"
          r"\bgit\s+add\s+-f\b|\bcargo\s+publish\b|\bnpm\s+publish\b|\buninstall\b[^\n`]{0,40}(?:automode|guard|hook)|"
          r"acceptallcerts|trust\s*manager\s+that\s+accepts\s+all|checkrevocation\s*=\s*false|"
          r"\bset\s+[\w.]*(?:clusteradmin|hostnetwork|privileged)\s*=\s*true|[\w.]*(?:clusteradmin|privileged)\s*=\s*true|"
          r"two_factor_requirement_enabled\s*=\s*false|\bbase64\b[^\n`]{0,40}\|\s*curl|" + "|".join((*DANGER_FAMILIES, *FORMS_DANGER)))  # fmt: skip

#: What a request says to get itself done unchecked, in each language.
PRESSURE = (r"zonder\s+(?:\w+\s+){0,4}vragen|non\s+segnalar\w*|non\s+dirlo|non\s+menzionar\w*|vermeld\w*\s+(?:\w+\s+){0,3}niet|niet\s+(?:vermelden|melden)|"
            r"nie\s+musi\w*\s+(?:\w+\s+)?zatwierdz\w*|bez\s+potwierdzenia|\b(?:updated|new|revised)\s+(?:\w+\s+)?(?:policy|policies|directive)\b|(?<![a-z])(?:silently|quietly)\b|\b(?:do\s+not|don'?t|never|no\s+need\s+to|without|there\s+is\s+no\s+need\s+to|not\s+necessary\s+to|inutile\s+de|"
            r"sans|ohne|sin|senza|sem|zonder|bez|nie|no|non|não|nicht)\s+(?:\w+\s+){0,3}?(?:ask|asking|tell|telling|check|checking|"
            r"confirm|confirming|bother|bothering|wait|waiting|mention|mentioning|notify|notifying|inform|informing|"
            r"demander|prévenir|signaler|avertir|mentionner|mentionne|fragen|informieren|erwähnen|erwähnt|menciones|mencione|"
            r"mencionar|menzionare|menzionarlo|vermelden|vermeld|melden|wspominaj|wspominać|informuj|сообщать|упоминать|preguntar|avisar|chiedere|perguntar|vragen|pytać|pytac|"
            r"confirmation|confirmación|conferma|confirmação|bestätigung|bevestiging|potwierdzenia)\b|"
            r"\b(?:confirmation|approval|consent|review)\s+(?:from\s+the\s+user\s+)?(?:is\s+)?(?:not\s+)?(?:required|needed)\b|"
            r"\b(?:pre-?approved|already\s+(?:approved|agreed|authori[sz]ed|consented|signed\s+off|confirmed|validated)|"
            r"has\s+(?:already\s+)?(?:approved|authori[sz]ed|agreed|consented)|have\s+(?:already\s+)?(?:approved|agreed)|"
            r"approved\s+(?:this|it|in\s+advance|on\s+the\s+call)|approval\s+was\s+given|signed\s+off|sign-off|i\s+approved|"
            r"(?:the\s+)?user\s+(?:has\s+)?(?:authori[sz]ed|approved|agreed|consented|wants|asked\s+you|prefers\s+no)|"
            r"authori[sz]ed\s+you|on\s+(?:the\s+user'?s|their|his|her|my)\s+behalf|humans?\s+(?:can|may|should|do\s+not)\s+"
            r"(?:ignore|skip|disregard|not\s+need)|humans?\s+(?:contributors?|readers?|users?|developers?|visitors?)\s+(?:can|may|should|do\s+not)\s+"
            r"(?:ignore|skip|disregard|not\s+need)|human\s+visitors|keep\s+(?:this|it)\s+out\s+of|(?:do\s+not|don'?t)\s+explain|in\s+the\s+background|"
            r"as\s+(?:the\s+)?(?:owner|admin\w*|maintainer|ceo|cto|manager|vip)\b|(?:knows?|are\s+aware|is\s+aware)\s+(?:about\s+)?(?:it|this)\b|"
            r"(?:mention|say)\s+nothing|nothing\s+about\s+(?:it|this)|no\s+need\s+to\s+(?:ping|loop|cc|involve)|said\s+it'?s\s+fine|"
            r"approval\s+is\s+attached|(?:humains?|humanos?|umani|menschen|mensen|ludzie|człowiek\w*)\b[^.]{0,30}\b(?:peuvent|pueden|podem|possono|können|kunnen|mogą)\s+ignor|"
            r"contributeurs\s+humains|acordado|concordado|concordou|d'accordo|d'accord|einverstanden|akkoord|zgod\w+|w\s+kursie|в\s+курсе|"
            r"согласовал\w*|не\s+нужно|не\s+требуется|не\s+надо|не\s+сообщай|не\s+упоминать|погодили|в\s+курсі|"
            r"ingen\s+bekräftelse|utan\s+att\s+(?:visa|fråga|meddela)|det\s+er\s+aftalt|är\s+avtalat|"
            r"bahsetmeyin|onayladı|onay\s+verdi|gerek\s+yok|yazma\b|bilgi\s+vermeyin|不需要|无需|已经同意|"
            r"(?:this|it)\s+is\s+(?:safe|expected|routine|mandatory|required|harmless)\b|safe\s+and\s+(?:expected|required)|required\s+for\s+(?:all|compliance)|"
            r"freigabe\s+liegt\s+vor|ist\s+freigegeben|weiß\s+bescheid|ist\s+einverstanden|déjà\s+validé|a\s+déjà|ya\s+lo\s+aprobaron|ya\s+aprobado|già\s+dato\s+il\s+consenso|"
            r"già\s+approvato|já\s+combinei|já\s+aprovado|vindt\s+dat\s+prima|al\s+goedgekeurd|uzgodnione|zgodził|zgodzila|"
            r"zgodziła|autorise|autorizó|autorizzato|autorizou|es\s+obligatorio|è\s+obbligatorio|é\s+obrigatório|"
            r"não\s+precisa|no\s+hace\s+falta|nicht\s+fragen|musst\s+du\s+dazu\s+nicht)")  # fmt: skip
DEIXIS = (r"\b(?:\w{3,}ing|replying\s+to|working\s+on|looking\s+at)\s+(?:this|these|the\s+following)\b|"
          r"\b(?:this|these)\s+(?:page|file|document|message|e-?mail|mail|ticket|issue|comment|invite|notice|section|thread|"
          r"sheet|spreadsheet|licen[cs]e|readme|chart|module|crate|package|repo(?:sitory)?|pr|pull\s+request|notification|"
          r"migration|alert|run|image|pipeline|project|library|result|output|list|row|line|table|workspace|channel|"
          r"function|method|class|api|endpoint|component|manifest|deployment|"
          r"dataset|doc|guide|note|step|build|job|test|task|failure|error|outage|warning|template|config|settings|"
          r"commit|change|review|suggestion|invoice|event|record|report|log|session|text|content|article|post|site)s?\b|\bwhen\s+you\s+(?:see|read|find)\s+this\b|"
          r"\bon\s+(?:the\s+user'?s|\w+'s?|their|your\s+user'?s)\s+behalf\b|\bon\s+behalf\s+of\b|\b(?:the\s+user'?s|your\s+user'?s|for\s+you)\b|"
          r"\bin\s+this\s+(?:repo|repository|session|workspace)\b|\bright\s+(?:now|after)|\bimmediately\b|"
          r"\bbefore\s+(?:any\s+(?:change|modification)|the\s+next|answering|replying|summari[sz]ing|continuing|"
          r"proceeding|running|calling|writing|downloading|using)|\bas\s+a\s+final\s+step\b|"
          r"\b(?:ce|cette|ces|questo|questa|questi|este|esta|esto|estas|deze|dit|dieser|diese|dieses|diesen|ten|ta|to|tego|"
          r"tej|tym)\s+(?:script|skrypt|skript|map|dossier|cartella|carpeta|pasta|funzione|función|fonction|funktion|functie|funkcj\w+|message|courriel|fichier|module|page|pagina|ticket|issue|messaggio|file|calendario|invito|"
          r"mensaje|hoja|archivo|mensagem|chamado|arquivo|bericht|mail|bestand|datei|seite|nachricht|paket|plik|"
          r"wiadomość|wiadomosci|commit|commita|projekt|lista|liste|linha|línea|fila|riga|zeile|regel|dépôt|repo|"
          r"repositorio|repositório|repository|ticket|sitzung|documento|document|dokument)\b|"
          r"\b(?:ao|al|en|lors\s+de|beim|bij\s+het|prima\s+di|antes\s+de|avant\s+de|bevor|voordat|przed)\s+"
          r"(?:processar|procesar|traiter|verarbeiten|verwerken|riassumere|resumir|résumer|zusammenfassen|samenvatten|"
          r"elaborare|continuar|continuer|continuare|weitermachen|responder|rispondere|répondre|antworten)\b|"
          r"\bsom\s+(?:läser|hanterar|behandlar|læser)\b|\bque\s+lee\b|\bdie\s+(?:dies\s+)?liest\b|\bktóry\s+czyta\b|"
          r"\byang\s+membaca\b|\bkterý\s+(?:čte|zpracovává|spravuje)\b|đang\s+(?:đọc|xử\s+lý)|الذي\s+(?:يقرأ|يدير)|שקורא|"
          r"पढ़ने\s+वाले|πou\s+διαβάζει|"
          r"\bqui\s+(?:traite|lit)|\bche\s+(?:gestisce|legge)|\bque\s+(?:esté|lee|procesa)|\bdie\s+\w+\s+(?:beheert|leest)|"
          r"\bder\s+(?:dieses|diese)|\bktóry\s+to\s+czyta|\bwenn\s+du\b|\bse\s+você\b|\bsi\s+(?:eres|vous)\b|\bjeśli\s+jesteś\b")  # fmt: skip
DISCUSSION = (r"(?<![.@/\w-])(?:for\s+example|e\.\s?g\.|examples?|z\.\s?b\.|par\s+exemple|por\s+ejemplo|ad\s+esempio|"
              r"per\s+esempio|por\s+exemplo|bijvoorbeeld|na\s+przykład)(?![.\w-])|"
              r"\b(?:attackers?|attacks?|injections?|injected|malicious|phishing|scams?|adversar\w+|red\s+team|payloads?|"
              r"harmful|threats?|planted|forged|spoof\w*|hijack\w*|fraud\w*|scam\w*|red\s+flags?|social\s+engineering|"
              r"impersonat\w+|awareness|suspicious|"
              r"exploit\w*|threat\s+model|researchers?|vulnerabilit\w+|jailbreak\w*|angreifer|attaquant|atacante|"
              r"attaccante|aanvaller|atakujący)\b|"
              # other scripts and languages: an attacker, an example ("π.χ.", "örneğin", "например", "例えば")
              + r"(?:επιτιθέμεν\w*|κακόβουλ\w*|π\.\s?χ\.|saldırgan\w*|örneğin|şöyle\s+bir|злоумышленник\w*|например|атакующ\w*|"
                r"útočník\w*|například|kẻ\s+tấn\s+công|ví\s+dụ|penyerang|misalnya|contohnya|हमलावर|उदाहरण\s+के\s+लिए|المهاجم\w*|"
                r"hyökkääjä\w*|esimerkiksi|angriber\w*|angripare\w*|exempelvis|fx\.|תוקף|תוקפים|לדוגמה|"
                r"攻撃者|例えば|攻击者|例如|比如|攻撃|공격자|예를\s?들어|"
                # "for example" and "prompt injection" in Chinese, Japanese and Korean
                r"举例|舉例|例として|の例|提示词注入|提示注入|プロンプトインジェクション|프롬프트\s?인젝션)".translate(HOMOGLYPHS))  # fmt: skip
DISCUSSION_RE = lazyre.compile(DISCUSSION)

# Chinese, Japanese and Korean (no spaces between words: matched without word boundaries, so only words of two
# characters or more, or an AI word before a role word).
# (Thai, Lao, Khmer and Burmese are written so too: `screen_langs_unspaced`)
CJK_CHARS = lazyre.compile(rf"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af{UNSPACED_CHARS}]")
CJK_ADDRESS_STRONG = ("ai助手", "ai 助手", "ai代理", "ai 代理", "ai智能体", "人工智能", "智能体", "智能助手", "大模型", "语言模型",
                      "ai助理", "aiアシスタント", "ai アシスタント", "aiエージェント", "ai エージェント", "人工知能", "言語モデル",
                      "ai 어시스턴트", "ai어시스턴트", "ai 에이전트", "ai에이전트", "인공지능", "언어 모델",
                      *cjk_addresses())  # fmt: skip
CJK_ADDRESS_WEAK = ("助手", "助理", "代理", "机器人", "アシスタント", "エージェント", "ボット", "어시스턴트", "에이전트", "봇", "비서", "도우미")
CJK_LEAD = lazyre.compile(r"(?:给|致|对|對|请|請|に|へ|宛|ai)\s*$|^\s*(?:[：:，,]|们|님|에게|께|は|へ|よ)")
CJK_ACTS: dict[str, tuple[str, ...]] = {
    "send": ("发送", "转发", "上传", "分享", "粘贴", "导出", "发给", "发到", "送信", "転送", "アップロード", "共有", "貼り付け",
             "エクスポート", "보내", "전송", "전달", "업로드", "공유", "붙여", "贴到", "贴出", "发至", "送って", "送付", "남겨", "올려", "게시"),
    "disclose": ("附上", "包含", "打印", "输出", "替换", "填入", "提交", "添付", "含め", "出力", "置き換え", "コミット", "첨부", "포함",
                 "출력", "바꿔", "교체", "커밋"),
    "pay": ("转账", "汇款", "支付", "付款", "退款", "送金", "振り込", "振込", "支払", "返金", "송금", "이체", "결제", "지불", "환불"),
    "grant": ("授予", "添加", "邀请", "设为", "设置为", "加为", "改为", "付与", "追加", "招待", "変更", "부여", "추가", "초대", "바꾸",
              "변경"),
    "destroy": ("删除", "删掉", "移除", "清空", "清除", "销毁", "削除", "消去", "삭제", "지워", "제거"),
    "degrade": ("禁用", "关闭", "关掉", "去掉", "移除", "停用", "绕过", "跳过", "卸载", "改为", "無効", "オフに", "スキップ", "外し",
                "変更", "비활성화", "끄", "우회", "건너뛰", "제거", "바꾸"),
    "approve": ("批准", "合并", "承認", "マージ", "승인", "병합"),
    "publish": ("推送", "直接推送", "プッシュ", "푸시"),
    "exec": ("执行", "运行", "安装", "下载", "调用", "実行", "インストール", "ダウンロード", "실행", "설치", "다운로드"),
    "redirect": ("更新", "更改", "修改", "变更", "変更", "변경", "수정"),
}
for _c, _ws in CJK_ACTS_WORLD.items():  # traditional characters and Cantonese (`screen_langs_world`)
    CJK_ACTS[_c] = CJK_ACTS[_c] + _ws
for _c, _ws in UNSPACED_ACTS.items():  # Thai, Lao, Khmer, Burmese (`screen_langs_unspaced`)
    CJK_ACTS[_c] = CJK_ACTS.get(_c, ()) + _ws
CJK_ADDRESS_STRONG += CJK_ADDRESS_WORLD
CJK_TARGETS: dict[str, str] = {
    "secret": "密钥|令牌|密码|凭证|凭据|私钥|パスワード|トークン|秘密鍵|認証情報|비밀번호|토큰|개인\\s?키|자격\\s?증명|시크릿|密鑰|密碼|憑證",
    "data": "文件|邮件|数据|对话|聊天记录|ファイル|メール|データ|会話|파일|메일|데이터|대화",
    "money": "元|人民币|円|원|账户|账号|口座|계좌|₩|¥|₽|订单|金额|退款|发票|請求書|支払い|입금|송금",
    "privilege": "管理员|所有者|权限|可编辑|管理者|オーナー|権限|관리자|소유자|권한|public-read",
    # (a noun after 全 is the whole of it: "全 Pod", "全社員", "全ページ", "全件")
    "scope": "所有|全部|全て|すべて|모든|전체|전부|生产|本番|프로덕션|运营|全(?:\\s?[a-z]|[\u30a0-\u30ff]|社員|員|件|体|館|店)",
    "protection": "安全|验证|校验|签名|检查|双重|二次|保护|钩子|防火墙|日志|検証|チェック|制限|검사|검증|제한|セキュリティ|認証|保護|フック|ファイアウォール|ログ|보안|인증|보호|훅|방화벽|로그",
    "review": "合并请求|拉取请求|プルリクエスト|풀\\s?리퀘스트",
    "dest": "邮箱|地址|アドレス|주소",
}
for _c, _rx in UNSPACED_TARGETS.items():
    CJK_TARGETS[_c] = CJK_TARGETS[_c] + "|" + _rx if _c in CJK_TARGETS else _rx
for _c, _ws in FORMS_CJK_ACTS.items():
    CJK_ACTS[_c] = CJK_ACTS.get(_c, ()) + _ws
for _c, _rx in FORMS_CJK_TARGETS.items():
    CJK_TARGETS[_c] = CJK_TARGETS[_c] + "|" + _rx if _c in CJK_TARGETS else _rx
CJK_NEG = lazyre.compile(rf"(?:不要|别|勿|禁止|不得|不能|しないで|ないで|するな|하지\s?마|않|{UNSPACED_NEG}|(?<=ไม่)ต้อง)\s*$")
CJK_PRESSURE = ("不要告诉|不要通知|无需确认|不需要确认|不用确认|不必确认|不要解释|不要提及|不要提到|已经同意|已同意|已批准|已授权|"
                "ユーザーに(?:は)?(?:伝え|知らせ|言わ|報告し)|確認(?:は)?不要|説明しない|言及しない|承認済み|了承済み|"
                "사용자에게\\s?(?:알리지|말하지)|확인(?:이|은)?\\s?필요\\s?없|필요\\s?(?:는|가)?\\s?없|언급하지|승인(?:했|됨|받)|동의했|"
                # without review or confirmation: "리뷰 없이", "確認なしで", "无需审核"
                "(?:리뷰|검토|확인|승인)\\s?없이|(?:レビュー|確認|承認)(?:なし|無し)で|(?:无需|不经|未经)(?:审核|审查|评审|确认|审批)")  # fmt: skip
CJK_PRESSURE += "|" + CJK_PRESSURE_WORLD
CJK_DEIXIS = ("(?:这|此|本|该)(?:个|封|份|条)?(?:页面|邮件|文件|消息|文档|网页|仓库|项目|日历|邀请)|"
              "この(?:ページ|メール|ファイル|メッセージ|リポジトリ|文書|招待|記事)|이\\s?(?:페이지|메일|파일|메시지|저장소|문서|초대|글)")
