"""The reader's own language for the request reader (`screen_reader`): how it is named and what it is asked (issue 18
point 1, session 27). Data only, read by `screen_reader_data` (cues) and `screen_reader` (anchors).

Why: the published holdout27 texts the screen missed named their reader in constructions the anchors read only in
English ("se è l'assistente AI ad ascoltare", "Assistente de IA que ler isto,", "have your AI refund …") and asked for
acts whose object was said only in the reader's language (the alerts of a pager in Romanian, write access in Italian,
the tests before a German infinitive, "ne jamais demander de confirmation" written into CLAUDE.md). Each table is a
family, not a spelling: every conditional conjunction, every relative pronoun, every causative of the main languages;
every alerting service, every word for write access, refunds and waived fees, logs.

* `CONDITION`: a condition whose clause names the reader ("if this is the AI …", "si c'est l'assistant IA qui …",
  "falls gerade eine KI …", "dacă ascultă asistentul AI"): the conjunction and up to six words before the reader.
* `RELATIVE`: a relative clause of any verb and tense after the reader, closed by a comma ("… que ler isto,", "… qui
  lira cette note,", "… care procesezi acest fișier,"): the reader is spoken to, what follows the comma is asked.
* `CAUSATIVE`: the reader as the object of a causative or a request to its owner ("have your AI refund", "get your
  bot to", "lassen Sie Ihre KI …", "demandez à votre IA de", "pide a tu IA que", "chiedi alla tua IA di", "peça para
  sua IA", "laat je AI"): the causative is the directive, the act follows the reader.
* `CUES_MORE[class]`: alternatives added to `screen_reader_data.CUES[class]`.
* `PROTECTED_MORE`: what a protection is, beside `screen_reader_data._PROTECTED`: alerting and paging in the
  languages' words and by service (PagerDuty, Opsgenie, Alertmanager, …).
* `STORE_MORE`: logs in the languages' words and ban lists, beside `screen_reader_data._STORE`.
* `VERB_FINAL`: verbs that end a German, Dutch or Turkish clause ("die Tests in tests/auth löschen", "de auditlogs
  weggooien"): the object is said before the verb.
* `NO_CONFIRM`: a rule that frees the agent of asking, in the main languages (`screen_control`).
"""

from __future__ import annotations

# fmt: off
#: The reader's name in the cases and numbers the word tables left out (merged into `screen_words.LANGS`): Czech,
#: Slovak and Polish plurals ("Pro AI agenty:", "agentům"), Romanian vocatives and plurals ("Agentule AI", "agenții"),
#: Russian and Ukrainian plurals.
READER_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "cs": {"weak": ("agenty", "agentům", "agenti", "asistenty", "asistentům", "asistenti", "boty", "botům", "agente"),
           "ai": ("ai agenty", "ai agentům", "ai agenti", "ai asistenty", "ai asistentům", "ai asistenti",
                  "ai agentu", "ai asistentu")},
    "sk": {"weak": ("agentov", "agentom", "agenti", "asistentov", "asistentom", "asistenti"),
           "ai": ("ai agentov", "ai agentom", "ai agenti", "ai asistentov", "ai asistentom", "ai asistenti")},
    "pl": {"weak": ("agenci", "agentów", "agentom", "asystenci", "asystentów", "asystentom", "boty", "botów", "botom"),
           "ai": ("agenci ai", "agentów ai", "agentom ai", "asystenci ai", "asystentów ai", "asystentom ai")},
    "ro": {"weak": ("agentule", "asistentule", "agenții", "agenţii", "agenților", "agenţilor", "agenți", "agenţi",
                    "asistenții", "asistenţii", "asistenților", "asistenţilor", "asistenți", "asistenţi", "boții", "botule"),
           "ai": ("agentule ai", "asistentule ai", "agenții ai", "agenţii ai", "agenților ai", "agenţilor ai", "agenți ai",
                  "asistenții ai", "asistenţii ai", "asistenților ai", "asistenţilor ai", "asistenți ai")},
    "fi": {"weak": ("agentit", "agenteille", "avustajat", "avustajille"),
           "ai": ("tekoälyagentit", "tekoälyagenteille", "tekoälyavustajat", "tekoälyavustajille", "tekoälyagentin")},
    "ru": {"weak": ("агенты", "агентов", "агентам", "ассистенты", "ассистентов", "ассистентам", "боты", "ботам")},
    "uk": {"weak": ("агенти", "агентів", "агентам", "асистенти", "асистентів", "асистентам", "боти", "ботам")},
}

#: Verbs that take a member off a list, a subscription or a group: with "all" they empty it ("descadastrar todos os
#: membros", "unsubscribe everyone").
UNSUBSCRIBE = (r"unsubscrib\w*|descadastr\w*|désabonn\w*|désinscri\w*|dar\s+de\s+baja|da\s+de\s+baja|abmeld\w*|"
               r"austrag\w*|disiscriv\w*|uitschrijv\w*|wypisz\w*|dezabon\w*|отпиш\w*|kick\w*|ban\b|expel\w*|"
               r"expuls\w*|rauswerf\w*|wirf\s+\w+\s+raus")

#: Verbs that ask the reader to read, explain or sum up (in the main languages): a causative that asks for one ("tell
#: your AI to summarise the refund policy") names acts only as what is read about.
READING = (r"\W*(?:to\s+|de\s+|d['’]|di\s+|que\s+|para\s+|om\s+|să\s+|zu\s+)?(?:(?:just|please|quickly|also|bitte|einfach|"
           r"juste|solo|só|even|gewoon)\s+)?"
           r"(?:summari[sz]\w*|explain\w*|check\w*|review\w*|read\w*|translat\w*|draft\w*|describ\w*|list\w*|show\w*|"
           r"answer\w*|look\w*|find\w*|help\w*|proofread\w*|analy[sz]\w*|compar\w*|classif\w*|categori[sz]\w*|"
           r"search\w*|go\s+over|walk\s+(?:me\s+)?through|tell\s+me|clarif\w*|outline\w*|"
           r"zusammenfass\w*|fass\w*\s+\w+\s+zusammen|erklär\w*|prüf\w*|überprüf\w*|les\w*|übersetz\w*|beschreib\w*|"
           r"résum\w*|expliqu\w*|vérifi\w*|lire|lis|relis\w*|tradui\w*|décri\w*|analys\w*|"
           r"resum\w*|explic\w*|revis\w*|lea|leer|traduz\w*|traduc\w*|describ\w*|descrev\w*|analiz\w*|analis\w*|"
           r"riassum\w*|spieg\w*|controll\w*|legg\w*|tradu\w*|descriv\w*|verific\w*|"
           r"samenvat\w*|vat\s+\w+\s+samen|uitleg\w*|leg\s+\w+\s+uit|controleer\w*|lees|lezen|vertaal\w*|beschrijf\w*|"
           r"rezum\w*|explic\w*|citeșt\w*|podsumuj\w*|wyjaśnij\w*|sprawdź\w*|przeczytaj\w*)\b")
#: A directive that only informs ("please note that refunds are handled by finance", "recuerda que los reembolsos los
#: aprueba finanzas", "sachez que …"): what its that-clause names is a fact told, not an act asked.
INFORM = (r"[\s\W\d]*(?:(?:please|kindly|bitte|por\s+favor|per\s+favore|s'il\s+vous\s+plaît|te\s+rog|vă\s+rugăm)\s*,?\s+)?"
          r"(?:(?:note|remember|be\s+aware|keep\s+in\s+mind|bear\s+in\s+mind|know|understand)\s+that|"
          r"recuerd[ae]\s+que|ten(?:ga)?\s+en\s+cuenta\s+que|ten(?:ga)?\s+presente\s+que|sepa\s+que|"
          r"sachez\s+que|notez\s+que|rappelez-vous\s+que|souvenez-vous\s+que|"
          r"beacht\w*,?\s+dass|denk\w*\s+daran,?\s+dass|wisse,?\s+dass|"
          r"ricord\w*\s+che|not[ai]\s+che|tien\w*\s+presente\s+che|sappi\w*\s+che|"
          r"lembr\w*(?:-se)?\s+(?:de\s+)?que|not[ae]\s+que|saiba\s+que|"
          r"houd\s+er\s+rekening\s+mee\s+dat|onthoud\s+dat|weet\s+dat|"
          r"pamiętaj\w*,?\s+że|zwróć\s+uwagę,?\s+że|reține\w*\s+că|reţine\w*\s+că|rețineți\s+că)\b")

#: Where the reading verb's clause ends and another act may be asked ("check the invoices and refund all of them").
CLAUSE_NEXT = r"[,;]\s*|\s(?:and|then|und|dann|et|puis|y|e|en|și|si|i|oraz|a)\s+"

#: Imperatives of the class's acts (refund, waive, grant, delete, silence or mute, export, add a rule) in the languages
#: whose act tables are thin or miss a form, as said to a reader (familiar and polite); read as directives (forms of
#: four letters or more: "ver", "gi", "dej" are other languages' words too).
IMPERATIVES_MORE = (
    # ro
    "rambursează", "rambursați", "anulează", "anulați", "amuțește", "amuțiți", "exportă", "exportați", "scrie", "scrieți",
    "golește", "goliți", "dezactivează", "dezactivați", "acordați", "trimiteți", "ștergeți",
    # tr
    "iade et", "iade edin", "sessize al", "sessize alın", "kapat", "kapatın", "devre dışı bırak", "devre dışı bırakın",
    "sil", "silin", "gönder", "gönderin", "aktar", "aktarın", "ekle", "ekleyin", "ver", "verin",
    # fi
    "hiljennä", "hiljentäkää", "poista", "poistakaa", "palauta", "palauttakaa", "hyvitä", "hyvittäkää", "antakaa",
    "viekää", "lähetä", "lähettäkää", "lisää", "lisätkää",
    # sv, da, no
    "tysta", "stäng av", "inaktivera", "återbetala", "radera", "ta bort", "ge", "exportera", "skicka", "lägg till",
    "slå fra", "slå av", "deaktiver", "refunder", "tilbagebetal", "tilbakebetal", "slet", "giv", "gi", "eksporter", "tilføj",
    "legg til", "fjern",
    # cs, sk, pl
    "ztlum", "ztlumte", "vypni", "vypněte", "vrať", "vraťte", "smaž", "smažte", "dej", "dejte", "udělte", "exportuj",
    "exportujte", "pošli", "pošlete", "přidej", "přidejte", "wycisz", "wyciszcie", "wyłącz", "wyłączcie", "zwróć",
    "zwróćcie", "usuń", "usuńcie", "nadaj", "nadajcie", "wyeksportuj", "wyślij", "wyślijcie", "dopisz", "dopiszcie",
    "umórz", "umorzcie",
    # hu, el
    "némítsd el", "némítsa el", "térítsd vissza", "térítse vissza", "töröld", "törölje", "adj", "adjon", "exportáld",
    "küldd el", "küldje el", "add hozzá", "σίγασε", "σιγάστε", "επέστρεψε", "διάγραψε", "διαγράψτε", "δώσε", "δώστε",
    "στείλε", "στείλτε", "πρόσθεσε",
    # pt, es, it, fr, de, nl: refund, waive, silence, export forms
    "silencie", "silenciem", "reembolse", "reembolsem", "estorne", "estornem", "isente", "isentem", "silencia", "silencien",
    "reembolsa", "reembolsen", "condona", "condonen", "silenzia", "silenziate", "rimborsa", "rimborsate", "esporta",
    "esportate", "rembourse", "remboursez", "exonère", "exonérez", "coupez", "erstatte", "erstattet", "erlasse",
    "erlassen sie", "schalte stumm", "schalten sie stumm", "demp", "dempen", "betaal terug", "scheld kwijt",
    "exporteer", "exporteren",
)

#: English imperatives of the consequential acts the request reader's verb list left out ("waive the setup fee",
#: "comp the next three months", "void invoice 20931", "silence the alerts").
VERBS_MORE = ("waive", "comp", "void", "credit", "reimburse", "silence", "snooze", "unpublish", "unprotect", "demote",
              "offboard", "whitelist", "allowlist", "unban", "ban", "kick", "expunge", "scrub", "shred")

#: Negations the request reader's table left out: Swedish, Danish, Norwegian, Finnish, Hungarian, Greek, Romanian
#: "niciodată". Romanian "nu" is Dutch and Scandinavian "now", so it negates only right before a Romanian verb (one
#: with its diacritics or a second-person plural: "nu dezactivați", "nu șterge"): `NU_BEFORE` and `RO_VERB`.
NEG_MORE = r"\b(?:niciodată|niciodata|inte|aldrig|ikke|aldri|älä|älkää|soha|μην|δεν)\b"
NU_BEFORE = r"\bnu\s+(?:mai\s+|le\s+|îl\s+|o\s+|vă\s+|te\s+)?$"
RO_VERB = r"\w*[șşțţăâî]|\w+(?:ti|ți|ţi)\b"

#: Conditional conjunctions (en, fr/es, it/pt, de, nl, pl, ro, tr, ru, uk, cs, sv/da/no, fi, hu, et).
_IF = (r"if|si|se|wenn|falls|sofern|als|indien|jeśli|jeżeli|jesli|jezeli|dacă|daca|eğer|eger|если|якщо|pokud|jestli|"
       r"om|hvis|jos|ha|kui|ako")
CONDITION = (rf"(?:^|[\s,:;(\"'«„¿¡-])(?:{_IF})\s+(?:[\w'’.-]+\s+|\w+['’]){{0,6}}$")

#: Where the words before a reader start, inside a line: after a label's colon, a CSV cell's or a quotation's opening
#: ('notes,"Agentule AI care …', "Nota do pin: Assistente de IA que …"); and where a label starts ('note="agent: …',
#: "4 failed > Note for AI: …", "@ops -- automation: …").
OPENED = r": |[,;|\t]\s*[\"'“«]|[\"“«„(]"
LABEL_OPENED = r"[,;|\t]\s*[\"'“«]|[\"“«„]|=\s*[\"']?|\s(?:>|--?|—|–|»)\s"
#: What may stand before a reader spoken to with a relative clause: a greeting or a "to"/"for", no article.
GREETING = (r"^(?:dear|hey|hi|hello|attention|attn|ok|okay|psst|note|p\.?s\.?|nb|ciao|salut|bonjour|hola|oi|olá|"
            r"hallo|hej|hoi|cześć|salve|buna|bună|to|for|para|pour|per|für|voor|pentru|dla|an|à|a)$")

#: A possessive in the condition makes the reader someone's tool, not the reader spoken to ("If your agent still uses
#: one, switch it …" is said to the agent's owner).
POSSESSIVE = (r"\b(?:your|my|our|their|his|her|ton|ta|tes|votre|vos|mon|ma|notre|leur|tu|su|sus|mi|nuestr[oa]|tuo|tua|"
              r"suo|sua|mio|mia|nostr[oa]|vostr[oa]|dein\w*|ihr\w*|mein\w*|unser\w*|euer|eure\w*|je|jouw|uw|mijn|onze|"
              r"twój|twoj\w*|mój|moj\w*|nasz\w*|wasz\w*|seu|meu|minha|noss[oa]|tău|tau|dumneavoastră|din|ditt|dina)\b")

#: Relative pronouns (en, fr, es/pt, it, ro, de, nl, pl, sv/da/no, cs, ru, uk, id, tr "ki", sk, hu "aki").
_WHO = (r"who|that|which|qui|que|quem|che|care|der|die|das|dat|welche[rs]?|który|która|które|którzy|som|který|která|které|"
        r"kteří|который|которая|которые|що|який|яка|yang|ki|ktorý|ktorá|aki|amely|joka|mikä")
#: the relative pronouns as words (they may follow an AI word that names a reader: "IA que responde os tickets:")
WHO = tuple(w for w in _WHO.split("|") if w.isalpha())
#: present participles that may follow an AI word that names a reader ("IA analysant ce contrat", "KI lesend")
PARTICIPLES = ("ing", "ant", "ando", "iendo", "endo", "ende", "end")
#: the words that make a "relative clause" a main clause's predicate ("An agent that reads issues may be told, …")
RELATIVE_NOT = r"\b(?:may|might|must|should|shall|can|could|will|would|be|been|gets?|got|does|did)\b"
#: the clause runs to a comma within six words, after the reader
RELATIVE = rf"\s+(?:{_WHO})\s+(?:[^\s,.;:!?]+\s+){{0,5}}?[^\s,.;:!?]+\s*,"

#: Causatives and requests to the reader's owner, ending just before the reader (possessive included).
_YOUR_EN = r"(?:your|ur|yr|the|this|that)"
CAUSATIVE = (
    # en: have/make/let your AI do, get/tell/ask/instruct your AI to do
    rf"\b(?:have|make|let|get|tell|ask|instruct|order|want|need|use)\s+{_YOUR_EN}\s+(?:[\w-]+\s+){{0,2}}$|"
    # de: lass/lassen Sie (bitte) Ihre KI …, sag deiner KI, bring deine KI dazu
    r"\b(?:lass|lasst|lassen|sag|sagt|sagen|bitte|bitten|bring|bringt|bringen|beauftrag\w*|weis\w*\s+an)\s+(?:sie\s+)?"
    r"(?:(?:bitte|doch|einfach|mal|gleich|kurz)\s+)*(?:deine[nrm]?|ihre[nrm]?|eure[nrm]?)\s+(?:[\w-]+\s+){0,2}$|"
    # fr: demande(z) à ton/votre IA de, dis/dites à …, fais/faites faire … par
    r"\b(?:demande[rz]?|dis|dites|dire|ordonne[rz]?|laisse[rz]?)\s+(?:à\s+|a\s+)?(?:ton|ta|votre|vos|tes)\s+(?:[\w-]+\s+){0,2}$|"
    r"\b(?:fais|faites|faire)\s+(?:[\w'’]+\s+){0,4}?(?:par|à)\s+(?:ton|ta|votre|vos)\s+(?:[\w-]+\s+){0,2}$|"
    # es: pide/pídele/dile/haz que … a tu/su IA
    r"\b(?:pide|pida|pidan|pídele|pidele|pídale|pidale|dile|dígale|digale|díganle|haz\s+que|haga\s+que|hagan\s+que|"
    r"ordena|ordene|deja|deje)\s+(?:a\s+|al\s+)?(?:tu|su|vuestra|vuestro|sus|tus)\s+(?:[\w-]+\s+){0,2}$|"
    # it: chiedi/chieda/di'/dica alla tua IA di, fai fare … alla tua IA, fai in modo che la tua IA
    r"\b(?:chiedi|chieda|chiedete|di['’]|dica|dite|ordina|ordini|lascia|lasci|fa['’]|fai|fate|faccia)\s+"
    r"(?:(?:fare|in\s+modo\s+che)\s+)?(?:[\w'’]+\s+){0,3}?(?:a\s+|alla\s+|al\s+|all['’]\s*|la\s+|il\s+)?"
    r"(?:tua|sua|vostra|tuo|suo|vostro)\s+(?:[\w-]+\s+){0,2}$|"
    # pt: peça (para) sua IA, diga à sua IA para, faça (com que) sua IA, mande sua IA
    r"\b(?:peça|peca|pede|peçam|pecam|diga|diz|digam|faça|faca|façam|facam|mande|manda|deixe|deixa)\s+"
    r"(?:com\s+que\s+|para\s+|à\s+|a\s+|ao\s+|que\s+)?(?:a\s+|o\s+)?(?:sua|seu|tua|teu|vossa|vosso)\s+(?:[\w-]+\s+){0,2}$|"
    # nl: laat/vraag/zeg je/uw AI
    r"\b(?:laat|vraag|zeg|zorg\s+dat)\s+(?:(?:even|gewoon|maar|snel)\s+)*(?:je|jouw|uw|jullie)\s+(?:[\w-]+\s+){0,2}$|"
    # pl: poproś/niech/każ swojemu/twojemu AI
    r"\b(?:poproś|poprośc|poproście|niech|każ|każcie|powiedz|powiedzcie)\s+(?:swoje\w*|twoje\w*|wasze\w*|swój|twój)?\s*(?:[\w-]+\s+){0,2}$|"
    # ro: cere(-i)/spune(-i)/pune … (the possessive follows the noun)
    r"\b(?:cere|cereți|cereti|spune|spuneți|spuneti|pune|puneți|puneti)(?:-i|-l)?\s+$|"
    # sv/da/no: låt/be/få din AI, lad/bed din AI
    r"\b(?:låt|be|få|lad|bed|la)\s+(?:din|ditt|dina|er|ert|jeres|deres|di)\s+(?:[\w-]+\s+){0,2}$")

#: "all", "whole" in the languages `screen_reader_data._ALL` left out (Romanian, Czech, Slovak, Hungarian, Greek,
#: Danish/Norwegian).
ALL_MORE = r"toate|toți|toţi|întreg\w*|intreg\w*|všechny|všechno|všetky|všetko|celý|celou|celé|összes|minden|egész|όλα|όλες|όλους|hele"

#: What a protection is, in the languages' words and by service: alerting and paging.
PROTECTED_MORE = (r"alarm\w*|larm\w*|allarm\w*|avvis[oi]\b|alert\w*|výstrah\w*|hälytyk\w*|riasztás\w*|оповещени\w*|"
                  r"алерт\w*|сповіщен\w*|on-?call|paging\b|pager\b|pagerduty|opsgenie|alertmanager|victorops|"
                  r"splunk\s+on-?call|statuspage|sentry|new\s*relic|zabbix|nagios|icinga|datadog|grafana\s+(?:alert\w*|oncall|irm)|"
                  r"cloudwatch\s+alarms?|uptime\s*robot|uptime\s*kuma|better\s*uptime|incident\.io|firehydrant|rootly|"
                  r"squadcast|xmatters|healthchecks?")

#: Logs in the languages' words, and ban lists: stores whose deletion is destruction.
STORE_MORE = (r"(?:access|audit|event|server|error|system|security|auth|nginx|apache|firewall|login)[\s_-]?logs?|auditlogs?|"
              r"\w*protokoll\w*|logdatei\w*|journaux|registros?|registri|jurnal\w*|logur\w*|dzienni\w*|logi|günlük\w*|"
              r"журнал\w*|логи|логов|loggar|loggen|logbestand\w*|lokit|naplók?|ban\s*lists?|banlist\w*|bans|"
              r"comments?|commenti|commentaires?|comentarios?|comentários?|kommentare?|opmerkingen|komentarz\w*|"
              r"reviews?|recensioni|avis|reseñas|avaliações|bewertungen|recenzje")

#: The logs of access and audit in the languages' words, and the files a shell keeps of what was run.
EVIDENCE = (r"(?:access|audit|security|auth|login|event)[\s_-]?logs?|audit[\s_-]?trails?|auditlogs?|"
            r"(?:zugriffs?|audit|sicherheits|anmelde)-?protokoll\w*|audit-?logs?|journaux\s+d['’]\s*(?:accès|audit|connexion)|"
            r"registros?\s+de\s+(?:acceso|acesso|auditor[ií]a|seguridad|segurança)|(?:log|registri)\s+di\s+(?:accesso|audit)|"
            r"logs?\s+de\s+(?:acesso|acceso|auditoria|auditoría|audit|accès)|jurnal\w*\s+de\s+(?:acces|audit)|"
            r"logs?-?ul\w*\s+de\s+(?:acces|audit)|toegangslogs?|(?:dzienni\w*|logi)\s+(?:dostępu|audytu)|"
            r"erişim\s+(?:günlük|kayıt)\w*|журнал\w*\s+(?:доступа|аудита)|логи\s+доступа|åtkomstlogg\w*|cloudtrail|"
            r"/var/log/(?:audit|auth|secure|nginx|apache2|httpd)[\w./-]*|\.bash_history|lastlog|wtmp|btmp")

#: Verbs that end a German or Dutch clause (the infinitive) or a Turkish one (the imperative), by class.
VERB_FINAL = {
    "destroy": (r"löschen|entfernen|leeren|zurücksetzen|wegwerfen|vernichten|verwijderen|weggooien|wissen|weghalen|"
                r"opruimen|leegmaken|slette|radera|sil|silin|siliniz|temizle|temizleyin|kaldır|kaldırın"),
    "degrade": (r"löschen|entfernen|deaktivieren|abschalten|ausschalten|überspringen|auskommentieren|stummschalten|"
                r"verwijderen|weggooien|uitschakelen|overslaan|uitzetten|dempen|sil|silin|kapat|kapatın|"
                r"devre\s+dışı\s+bırak\w*|sessize\s+al\w*"),
}

#: Verbs that switch a protection off (strong: alone beside a directive) and that mute it (weak: beside another cue).
DISABLE_MORE = (r"dezactiv\w*|opri\w*|stäng\s+av|stäng\w*\s+(?:\w+\s+)?av|inaktiver\w*|deaktiver\w*|slå\s+(?:fra|av)|"
                r"poista\s+käytöstä|sammuta|vypn\w*|vypni|deaktivuj\w*|kapcsold\s+ki|tiltsd\s+le|kikapcsol\w*|"
                r"απενεργοποι\w*|вимкн\w*|відключ\w*|השבת\w*|silenci\w*|silenzi\w*|coupe[zr]?|éteins|éteignez|spegni|spegnete")
MUTE_MORE = (r"hiljennä|hiljentäkää|tysta|némítsd\s+el|némítsa\s+el|σίγασε|σιγάστε|sessize\s+al\w*|amuț\w*|amuţ\w*|stummschalt\w*|stumm\s+schalt\w*|dempen|demp|wycisz\w*|ztlum\w*|заглуш\w*|"
             r"mettre\s+en\s+sourdine|mets\s+en\s+sourdine|mettez\s+en\s+sourdine|snooze\w*|pausier\w*|mettez\s+en\s+pause|"
             r"metti\s+in\s+pausa|pausa[rn]?|pause[rz]?|pauzeer\w*|pauzuj\w*")

CUES_MORE: dict[str, str] = {
    # write access and moderator/admin rights in the languages' words
    "privilege": (r"\b(?:write|push|commit|merge|mod|moderator|admin|owner|maintainer|editor)\s+(?:rights?|privileges?|"
                  r"perms?|permissions?|access|role)\b|schreib(?:recht|zugriff|berechtigung)\w*|"
                  r"droits?\s+(?:d['’]\s*)?(?:écriture|administrat\w*)|acc[eè]s\s+en\s+écriture|"
                  r"(?:acceso|permisos?)\s+de\s+(?:escritura|administrador)|(?:accesso|permess[oi])\s+(?:in|di)\s+scrittura|"
                  r"(?:acesso|permiss(?:ão|ões|ao|oes))\s+de\s+(?:escrita|administrador)|schrijf(?:rechten|toegang)|"
                  r"(?:dostęp\w*|uprawnie\w+)\s+do\s+zapisu|(?:drept(?:ul|uri|urile)?|acces(?:ul)?)\s+de\s+(?:scriere|administrator)|"
                  r"yazma\s+(?:izni|erişimi|yetkisi)|(?:права|доступ)\s+на\s+запис\w*|"
                  r"skriv(?:rättighet\w*|behörighet\w*|åtkomst|rettighet\w*|adgang)|oprávnění\s+k\s+zápisu|"
                  r"přístup\s+pro\s+zápis|kirjoitusoikeu\w*|írási\s+jog\w*"),
    # refunds, voided invoices, credits and waived fees, in the languages' words
    "money": (r"\bwaiv\w*\b|\bvoid\s+(?:the\s+|this\s+|that\s+|all\s+)?(?:invoices?|charges?|bills?|fees?)|"
              r"\bcredit\s+notes?\b|\bstore\s+credit\b|\bcomp\s+(?:the|their|his|her|my|this|next|all|\d)\b|"
              r"\bwrite\s+off\b|\bchargebacks?\b|\breverse\s+(?:the\s+|all\s+)?charges?|"
              r"erstatt\w*|gebühr\w*\s+(?:\w+\s+){0,2}erlass\w*|erlass\w*\s+(?:\w+\s+){0,3}gebühr\w*|gutschr\w*|"
              r"rembours\w*|exonér\w*|annul\w*\s+(?:\w+\s+){0,3}(?:frais|pénalités|factures?)|"
              r"reembols\w*|(?:anul|condon|exoner)\w*\s+(?:\w+\s+){0,3}(?:comision\w*|cargos|tarifas|multas|recargos)|"
              r"rimbors\w*|(?:cancell|annull|storn|condon)\w*\s+(?:\w+\s+){0,3}(?:penali|commission\w*|spese|addebiti)|"
              r"estorn\w*|isent\w*\s+(?:\w+\s+){0,3}(?:taxas|tarifas|multas)|terugbetal\w*|terugstort\w*|kwijtschel\w*|"
              r"rambursa\w*|ramburs\w*|(?:anula|scuti)\w*\s+(?:\w+\s+){0,3}(?:tax\w*|comision\w*|penalit\w*)|"
              r"umorz\w*|возмест\w*|återbetal\w*|refunder\w*|hyvit\w*|"
              # a purchase order, an invoice or a payment approved: money moved by an approval
              r"(?:approv|approuv|aprob|aprov|approva|genehmig|goedkeur|keur\s+\S+\s+goed|zatwierd|onayla|одобр|aprueb|aprovar)\w*"
              r"\s+(?:\w+\s+){0,4}?(?:purchase\s+orders?|po-?\d\w*|payments?|invoices?|bon\s+de\s+commande|factures?|"
              r"paiements?|orden(?:es)?\s+de\s+compra|facturas?|pagos?|ordine\s+d['’]acquisto|fatture?|pagament[oi]|"
              r"bestellung\w*|rechnung\w*|zahlung\w*|inkooporder\w*|factuur|facturen|betaling\w*|zamówieni\w*|faktur\w*|"
              r"płatnoś\w*|ödeme\w*|fatura\w*|заказ\w*|счет\w*|счёт\w*|платеж\w*|ordens?\s+de\s+compra|pagamentos?)"),
    # sending and exporting in more languages' forms ("mande a lista …", "exporte les adresses …", "trimite …")
    "send": (r"(?<![a-z])(?:mand(?:e|a|em|am|ar)|exporte[rz]?|exporta[rn]?|exportem|exportiere\w*|esporta(?:re|te)?|"
             r"exporteer\w*|eksportuj\w*|exportați|exportati|exportă|trimite\w*|trimiteți|trimiteti|skicka|lähetä|"
             r"küld\w*|pošli|pošlete|odešli|exportuj\w*|stuur|verstuur)\b"),
    # deleting the logs of access or audit: the evidence of what was done (a protection, not a store)
    # (DESTROY_MORE: the destructive verbs of every language of the act tables, put in by `screen_reader`)
    "degrade": (r"(?<![a-z])(?:delet\w*|remov\w*|wip\w*|eras\w*|purg\w*|clear\w*|truncat\w*|empty|DESTROY_MORE|"
                r"cancella|cancellate|efface[rz]?|supprime[rz]?|borra[rn]?|borre[ns]?|elimin[aeo]\w*|apag[ae]\w*|"
                r"lösch\w*|șterge\w*|sterge\w*|usuń|wyczyść|удали\w*|очисти\w*|sil)(?![a-z])"
                rf"[^.\n;]{{0,60}}?(?:{EVIDENCE})|(?:{EVIDENCE})[^.\n;]{{0,60}}?\b(?:{VERB_FINAL['destroy']})\b"),
}
# fmt: on

#: A rule that keeps the user in the loop, in the main languages ("toujours demander confirmation avant git push",
#: "vor jedem Push nachfragen", "pedir siempre confirmación"): what an AGENTS.md says, not a request (the English forms
#: are `screen_reader_data.GUARD`'s; this one is read by `screen_reader` alone: the shared GUARD steers other analyses).
GUARD_MORE = (
    r"\b(?:toujours|systématiquement)\s+(?:\w+\s+){0,2}?demander\s+(?:une\s+|la\s+)?(?:confirmation|validation|l'accord)|"
    r"demander\s+(?:une\s+|la\s+)?confirmation\s+avant|"
    r"\bsiempre\s+(?:\w+\s+){0,2}?(?:pedir|preguntar|solicitar)|(?:pedir|solicitar)\s+(?:siempre\s+)?confirmación\s+antes|"
    r"\bsempre\s+(?:\w+\s+){0,2}?(?:chiedere|pedir|perguntar|solicitar)|chiedere\s+(?:sempre\s+)?conferma\s+prima|"
    r"pedir\s+(?:sempre\s+)?confirmação\s+antes|"
    r"\b(?:immer|stets|vorher|zuvor)\s+(?:\w+\s+){0,3}?(?:nachfrag\w*|nachgefragt|fragen|bestätigen\s+lassen)|"
    r"(?:vor|bevor)\s+(?:\w+\s+){0,3}?(?:nachgefragt|nachfragen|rückfrage)|"
    r"\baltijd\s+(?:\w+\s+){0,2}?(?:om\s+)?(?:bevestiging|toestemming)\s+vragen|"
    r"\bzawsze\s+(?:\w+\s+){0,2}?(?:pytaj|proś)\w*|\bîntotdeauna\s+(?:\w+\s+){0,2}?(?:cere|cereți|întreab)\w*")

#: A rule that frees the agent of asking or confirming, in the main languages (the English forms are in
#: `screen_control`): "ne jamais demander de confirmation", "no pedir nunca confirmación", "ohne Rückfrage".
NO_CONFIRM = (
    r"ne\s+(?:jamais|plus|pas)\s+(?:\w+\s+){0,2}?(?:demander|confirmer|attendre)|sans\s+(?:demander|confirmation|"
    r"validation|attendre)|jamais\s+de\s+confirmation|"
    r"(?:no|nunca)\s+(?:\w+\s+){0,2}?(?:pedir|preguntar|solicitar|esperar)\s+(?:\w+\s+){0,2}?(?:confirmaci|permiso|aprobaci)|"
    r"sin\s+(?:pedir|preguntar|confirmaci|esperar)|"
    r"(?:non|mai)\s+(?:\w+\s+){0,2}?chiedere|senza\s+(?:chiedere|conferma|approvazione)|"
    r"nie\s+(?:mehr\s+)?(?:nach)?fragen|niemals\s+(?:nach)?fragen|nicht\s+(?:mehr\s+)?(?:nach)?fragen|ohne\s+(?:rückfrage|nachfrage|"
    r"bestätigung|freigabe|zu\s+fragen|nachzufragen)|"
    r"(?:nunca|não|nao)\s+(?:\w+\s+){0,2}?(?:pedir|perguntar|solicitar)|sem\s+(?:pedir|perguntar|confirmaç|confirmac)|"
    r"(?:nooit|niet)\s+(?:meer\s+)?(?:om\s+)?(?:\w+\s+)?(?:vragen|bevestig\w*)|zonder\s+(?:te\s+vragen|bevestiging|goedkeuring)|"
    r"nigdy\s+nie\s+(?:pyta|prosi)\w*|bez\s+(?:pytania|potwierdzenia|zgody)|"
    r"(?:niciodată|niciodata)\s+(?:să\s+)?(?:nu\s+)?(?:ceri|cere|întreb|intreb)\w*|fără\s+(?:confirmare|a\s+(?:întreba|cere))|"
    r"asla\s+(?:onay|sorma)|onay\s+(?:istemeden|almadan|beklemeden)|sormadan|"
    r"без\s+(?:подтвержд\w*|вопрос\w*|согласован\w*)|никогда\s+не\s+(?:спрашива|запрашива)\w*|"
    r"aldrig\s+(?:fråga|be\s+om|spørg|spør)|utan\s+att\s+fråga|uden\s+at\s+spørge|uten\s+å\s+spørre|"
    r"確認(?:なし|せず|しない|不要)|不(?:需要|要|必)(?:再)?确认|无需确认|확인\s?(?:없이|하지\s?마)"
)
