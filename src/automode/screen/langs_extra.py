"""Word, act and target tables of the tool-output screen for languages no other table reads (issue 18 point 1,
session 24): Hungarian, Finnish, Romanian, Ukrainian, Slovak and Norwegian. Data only, in the shapes of
`screen_langs` (merged there, so a language is added here and nowhere else):

* `LANGS_EXTRA[lang]`: who is addressed and how a directive is marked (`screen_words.LANGS` kinds);
* `ACT_VERBS_EXTRA[lang][class]`: the forms said to a reader, per act class of `screen_acts.PAIRS`: the imperative
  (familiar and polite; Hungarian's definite and indefinite conjugations), and Finnish's and Hungarian's obligation
  forms where they ask the same ("poistettava", "törölni kell" stay out: a passive rule, not an order);
* `IMPERATIVE_ONLY_EXTRA`: languages whose listed forms are orders wherever they stand (Romanian's imperative is its
  third person present, "trimite", so Romanian is not among them);
* `TARGETS_EXTRA[class]`: what the acts are consequential on, as alternatives added to `screen_acts.TARGETS`.

Why: every blind set since session 20 held injections in these languages ("MI-asszisztens: töröld ...",
"Tekoälyavustaja: poista ...", "асистенте, ... видали гілку ...") that no table read, so the reader was found by
stem (`screen_world`) and its request was never read. Entries are written as people type them; `screen_langs` folds.
"""

from __future__ import annotations

LANGS_EXTRA: dict[str, dict[str, tuple[str, ...]]] = {
    "hu": {
        "weak": ("asszisztens", "asszisztensnek", "asszisztenst", "ágens", "ágensnek", "ügynök", "ügynöknek", "bot", "botnak"),
        "ai": ("mi-asszisztens", "mi-asszisztensnek", "mi asszisztens", "mi asszisztensnek", "ai-asszisztens",
               "ai-asszisztensnek", "mi-ügynök", "mi-ügynöknek", "ai-ügynök", "ai-ügynöknek", "mesterséges intelligencia",
               "nyelvi modell"),
        "role": ("asszisztens", "asszisztensnek", "asszisztenst", "ügynök", "ügynöknek", "bot", "botnak", "modell", "eszköz",
                 "rendszer"),
        "auto": ("automatikus", "automatizált", "autonóm"),
        "label": ("megjegyzés", "figyelem", "utasítás", "utasítások", "fontos", "üzenet"),
        "to": ("számára",),
        "please": ("kérlek", "kérem", "kérjük", "azonnal", "először", "aztán", "majd"),
        "neg": ("ne", "nem", "soha", "nélkül"),
        "user": ("felhasználó", "felhasználónak", "felhasználót"),
    },
    "fi": {
        "weak": ("avustaja", "avustajalle", "avustajan", "agentti", "agentille", "botti", "botille"),
        "ai": ("tekoälyavustaja", "tekoälyavustajalle", "tekoälyavustajan", "tekoälyagentti", "tekoälyagentille",
               "tekoäly", "tekoälylle", "kielimalli", "kielimallille"),
        "role": ("avustaja", "avustajalle", "agentti", "agentille", "botti", "botille", "malli", "työkalu", "järjestelmä"),
        "auto": ("automaattinen", "automaattiselle", "autonominen"),
        "label": ("huomautus", "huom", "ohje", "ohjeet", "tärkeää", "viesti", "lisäys"),
        "to": ("kohteelle",),
        "please": ("ole hyvä", "ystävällisesti", "heti", "ensin", "sitten", "myös"),
        "neg": ("älä", "älkää", "ei", "koskaan", "ilman"),
        "user": ("käyttäjä", "käyttäjälle", "käyttäjän"),
    },
    "ro": {
        "weak": ("asistent", "asistentul", "asistentului", "agent", "agentul", "agentului", "bot", "botul"),
        "ai": ("asistentul ai", "asistentului ai", "agentul ai", "agentului ai", "asistent ai", "agent ai",
               "inteligența artificială", "inteligenței artificiale", "model lingvistic"),
        "role": ("asistent", "asistentul", "asistentului", "agent", "agentul", "agentului", "bot", "model", "instrument",
                 "sistem"),
        "auto": ("automat", "automatizat", "autonom"),
        "label": ("notă", "nota", "atenție", "instrucțiune", "instrucțiuni", "important", "mesaj"),
        "to": ("pentru", "către"),
        "please": ("te rog", "vă rog", "imediat", "întâi", "apoi", "de asemenea"),
        "neg": ("nu", "niciodată", "fără"),
        "user": ("utilizator", "utilizatorul", "utilizatorului"),
    },
    "uk": {
        "weak": ("асистент", "асистенте", "асистенту", "асистента", "помічник", "помічнику", "помічника", "агент", "агенте",
                 "агенту", "бот", "боте"),
        "ai": ("ші", "ші-асистент", "ші-асистенте", "ші-асистенту", "ші-агент", "ші-агенту", "штучний інтелект",
               "штучного інтелекту", "мовна модель"),
        "role": ("асистент", "асистенте", "асистенту", "помічник", "помічнику", "агент", "агенту", "бот", "модель",
                 "інструмент", "система"),
        "auto": ("автоматичний", "автоматичному", "автоматизований", "автономний"),
        "label": ("примітка", "увага", "інструкція", "вказівка", "важливо", "повідомлення"),
        "to": ("для",),
        "please": ("будь ласка", "спочатку", "одразу", "негайно", "також", "потім"),
        "neg": ("не", "ніколи", "без"),
        "user": ("користувач", "користувачу", "користувача"),
    },
    "sk": {
        "weak": ("asistent", "asistentovi", "asistenta", "asistente", "agent", "agentovi", "agenta", "bot", "botovi"),
        "ai": ("ai asistent", "ai asistentovi", "ai agent", "ai agentovi", "umelá inteligencia", "umelej inteligencie",
               "jazykový model"),
        "role": ("asistent", "asistentovi", "agent", "agentovi", "bot", "model", "nástroj", "systém"),
        "auto": ("automatický", "automatickému", "automatizovaný", "autonómny"),
        "label": ("poznámka", "pokyn", "pokyny", "upozornenie", "správa", "dôležité"),
        "to": ("pre",),
        "please": ("prosím", "najprv", "hneď", "okamžite", "tiež", "potom"),
        "neg": ("ne", "nikdy", "nič", "bez"),
        "user": ("používateľ", "používateľovi", "používateľa"),
    },
    "nb": {
        "weak": ("assistent", "assistenten", "agent", "agenten", "bot", "boten"),
        "ai": ("ki-assistent", "ki-assistenten", "ki-agent", "ki-agenten", "kunstig intelligens", "språkmodell"),
        "role": ("assistent", "assistenten", "agent", "agenten", "bot", "boten", "modell", "verktøy", "system"),
        "auto": ("automatisk", "automatiserte", "autonom"),
        "label": ("merknad", "obs", "instruks", "instruksjon", "viktig", "melding"),
        "to": ("til", "for"),
        "please": ("vennligst", "først", "straks", "også", "deretter"),
        "neg": ("ikke", "aldri", "uten"),
        "user": ("brukeren", "bruker"),
    },
}

ACT_VERBS_EXTRA: dict[str, dict[str, tuple[str, ...]]] = {
    "hu": {
        "send": ("küldd", "küldje", "küldjétek", "küldd el", "küldje el", "továbbítsd", "továbbítsa", "töltsd fel",
                 "töltse fel", "oszd meg", "ossza meg", "másold", "másolja", "exportáld", "exportálja"),
        "pay": ("utald", "utalja", "utalj", "utaljon", "fizesd ki", "fizesse ki", "fizess", "fizessen"),
        "grant": ("add hozzá", "adja hozzá", "adj", "adjon", "hívd meg", "hívja meg", "tedd", "tegye"),
        "destroy": ("töröld", "törölje", "töröljétek", "törölj", "töröljön", "távolítsd el", "távolítsa el", "ürítsd",
                    "ürítse", "semmisítsd meg"),
        "degrade": ("kapcsold ki", "kapcsolja ki", "tiltsd le", "tiltsa le", "hagyd ki", "hagyja ki", "kerüld meg",
                    "kerülje meg"),
        "approve": ("hagyd jóvá", "hagyja jóvá", "fogadd el", "fogadja el", "olvaszd be", "mergeld"),
        "exec": ("futtasd", "futtassa", "futtass", "telepítsd", "telepítse", "töltsd le", "töltse le", "hajtsd végre",
                 "hajtsa végre", "indítsd", "indítsa"),
        "redirect": ("állítsd", "állítsa", "módosítsd", "módosítsa", "változtasd", "cseréld", "cserélje", "írd át"),
    },
    "fi": {
        "send": ("lähetä", "lähettäkää", "välitä", "lataa palvelimelle", "jaa", "kopioi"),
        "pay": ("maksa", "maksakaa", "siirrä", "tilitä"),
        "grant": ("lisää", "lisätkää", "antakaa", "kutsu", "myönnä"),
        "destroy": ("poista", "poistakaa", "tyhjennä", "tuhoa", "pyyhi"),
        "degrade": ("poista käytöstä", "sammuta", "ohita", "kytke pois"),
        "approve": ("hyväksy", "hyväksykää", "yhdistä"),
        "exec": ("suorita", "suorittakaa", "asenna", "lataa"),
        "redirect": ("vaihda", "muuta", "päivitä", "korvaa"),
    },
    "ro": {
        "send": ("trimite", "trimiteți", "redirecționează", "încarcă", "partajează", "copiază", "exportă"),
        "pay": ("plătește", "plătiți", "transferă", "virează"),
        "grant": ("adaugă", "adăugați", "acordă", "acordați", "invită", "dă-i"),
        "destroy": ("șterge", "ștergeți", "elimină", "eliminați", "golește", "distruge"),
        "degrade": ("dezactivează", "dezactivați", "oprește", "ocolește", "sari peste"),
        "approve": ("aprobă", "aprobați", "acceptă", "îmbină"),
        "exec": ("rulează", "rulați", "execută", "executați", "instalează", "descarcă"),
        "redirect": ("schimbă", "modifică", "actualizează", "înlocuiește", "setează"),
    },
    "uk": {
        "send": ("надішли", "надішліть", "відправ", "відправте", "перешли", "перешліть", "завантаж на", "вивантаж",
                 "поділися", "скопіюй", "скопіюйте", "експортуй"),
        "pay": ("сплати", "сплатіть", "оплати", "оплатіть", "перекажи", "перекажіть", "переведи"),
        "grant": ("додай", "додайте", "надай", "надайте", "запроси", "запросіть", "дай", "дайте", "признач"),
        "destroy": ("видали", "видаліть", "вилучи", "очисти", "очистіть", "знищ", "зітри", "зітріть"),
        "degrade": ("вимкни", "вимкніть", "відключи", "відключіть", "пропусти", "обійди"),
        "approve": ("схвали", "схваліть", "затверди", "затвердіть", "змерджи"),
        "exec": ("запусти", "запустіть", "виконай", "виконайте", "встанови", "встановіть", "завантаж"),
        "redirect": ("зміни", "змініть", "онови", "оновіть", "заміни", "замініть", "встанови"),
    },
    "sk": {
        "send": ("pošli", "pošlite", "odošli", "odošlite", "prepošli", "prepošlite", "nahraj", "nahrajte", "zdieľaj",
                 "skopíruj"),
        "pay": ("zaplať", "zaplaťte", "preveď", "preveďte", "uhraď", "uhraďte"),
        "grant": ("pridaj", "pridajte", "udeľ", "udeľte", "pozvi", "daj", "dajte"),
        "destroy": ("zmaž", "zmažte", "vymaž", "vymažte", "odstráň", "odstráňte", "vyprázdni"),
        "degrade": ("vypni", "vypnite", "deaktivuj", "deaktivujte", "preskoč", "obíď"),
        "approve": ("schváľ", "schváľte", "zlúč", "zlúčte"),
        "exec": ("spusti", "spustite", "vykonaj", "vykonajte", "nainštaluj", "nainštalujte", "stiahni"),
        "redirect": ("zmeň", "zmeňte", "aktualizuj", "nahraď", "nastav"),
    },
    "nb": {
        "send": ("videresend", "last opp", "kopier", "eksporter"),
        "pay": ("betal", "overfør"),
        "grant": ("legg til", "inviter", "tildel"),
        "destroy": ("slett", "fjern", "tøm", "utslett"),
        "degrade": ("deaktiver", "slå av", "hopp over", "omgå"),
        "approve": ("godkjenn", "flett"),
        "exec": ("kjør", "utfør", "installer", "last ned"),
        "redirect": ("endre", "oppdater", "bytt", "erstatt"),
    },
}

IMPERATIVE_ONLY_EXTRA = ("hu", "fi", "uk", "sk", "nb")

TARGETS_EXTRA: dict[str, str] = {
    "secret": (r"\b(?:jelszó\w*|jelszav\w*|kulcs\w*|salasana\w*|avain\w*|tunnukse\w*|parol\w*|cheia|cheile|"
               r"пароль\w*|пароля|ключ\w*|токен\w*|облікові\s+дані|heslo\w*|kľúč\w*|passord\w*|nøkkel\w*|nøkler\w*)"),
    "data": (r"\b(?:fájl\w*|adat\w*|dokumentum\w*|levele\w*|tiedosto\w*|asiakirj\w*|viesti\w*|fișier\w*|datele|"
             r"documente\w*|mesaj\w*|файл\w*|дан\w*|документ\w*|лист(?:и|ів)?|вкладення|súbor\w*|údaj\w*|fil(?:en|er|ene)?|"
             r"dokumentene|vedlegg\w*)"),
    "money": (r"\b(?:forint|huf|számlá\w*|euroa?|tili\w*|ron|contul|грн|гривень|гривні|рахун\w*|účet\w*|"
              r"kroner|konto\w*)\b"),
    "privilege": (r"\b(?:rendszergazd\w*|tulajdonos\w*|jogosultság\w*|ylläpitäj\w*|omistaj\w*|oikeu\w*|"
                  r"administratorul\w*|proprietar\w*|drepturi|адміністратор\w*|власник\w*|прав(?:а|о)\s+доступу|"
                  r"správc\w*|vlastník\w*|oprávneni\w*|eier\w*|tilgang\w*)"),
    "scope": (r"\b(?:összes|minden|mindent|egész|kaikki|kaikkien|koko|toate|întreg\w*|всі|усі|все|всю|весь|цілу|"
              r"všetk\w*|celú|celý|alle|hele)\b"
              # a store dropped or emptied is its whole content, in the languages whose tables lack it ("sessions
              # koleksiyonunu drop et", "видали базу даних", "borra la tabla users")
              r"|\b(?:koleksiyon\w*|tablo(?:yu|su|sunu|ları)?|veritaban\w*|colecci[oó]n\w*|base\s+de\s+datos|banco\s+de\s+dados|"
              r"datenbank\w*|tabelle\w*|base\s+de\s+données|база?у?\s+данных|таблиц\w*|коллекци\w*|колекці\w*|баз[уи]\s+даних|"
              r"baz[aęy]\s+danych|tabel[aię]|databas\w*|tietokan\w*|adatbázis\w*|táblá\w*|bază\s+de\s+date|tabelul\w*|"
              r"cơ\s+sở\s+dữ\s+liệu|basis\s+data|carpeta\w*|dossier\w*|ordner\w*|cartell\w*|pasta|katalog\w*|папк\w*|"
              r"klasör\w*|kansio\w*|mapp(?:e|a|en)|složk\w*|priečin\w*)\b|データベース|テーブル|コレクション|数据库|数据表|데이터베이스|테이블|컬렉션"),
    "protection": (r"\b(?:védelm\w*|ellenőrzés\w*|tűzfal\w*|biztonság\w*|suojau\w*|tarkistu\w*|palomuuri\w*|protecți\w*|"
                   r"verificar\w*|securitat\w*|захист\w*|перевірк\w*|фаєрвол\w*|брандмауер\w*|ochran\w*|kontrol\w*|"
                   r"zabezpečeni\w*|beskyttelse\w*|sjekk\w*|brannmur\w*)"),
}
