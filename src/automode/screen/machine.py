"""Readers named as machines, not as AIs: the address of instructions hidden in data (session 19, class J5).

Injections in structured carriers (a CSV cell, a DB row, an XML attribute or comment, a pod annotation, an order
note, an exception message, a changelog line, a doc comment) rarely say "AI": they speak to whatever program handles
the carrier. What they share is a shape, not a word list of AI names:

* a machine noun with what it does to this text: "Systems parsing this feed", "Automated tooling upgrading to this
  version", "Ferramenta que ler este arquivo", "Per il sistema che gestisce gli ordini:", "このモジュールを編集するツール";
* an automation adjective on a machine noun as a label or vocative: "Automated debugger:", "für automatisierte
  Werkzeuge:", "outils automatiques :";
* whoever handles it: "Quien procese este registro:", "wer diesen Datensatz importiert", "whatever imports this file";
* the text itself said to be processed: "when this table is processed, ...", "wenn diese Datei verarbeitet wird",
  "cuando se procese este archivo", "quando questo file viene elaborato".

Nobody writes these to a person who opened a page; each is an address, and the paragraph around it is scored by
`screen_window.score_window` as an addressed window (`screen_unaddressed.read` anchors there), so an act still has to be
consequential (a whole scope, a secret, money, a privilege, an outside destination) to flag. A runbook's "scale the
deployment to 0", a task row's "Delete all test accounts", a customer's "please cancel my subscription" name no such
reader and stay unflagged.

Data only: `READERS` is a tuple of (trigger words, pattern) in the shape of `screen_unaddressed_data.SELF_READER`
(merged there), over `screen.normalise`d text. One row per language: its machine nouns, automation adjectives, the
verbs a program does to a text (stems), its words for "this", its relative pronouns and its "for/to".
"""

from __future__ import annotations


def _alt(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


#: lang -> (machine nouns, automation adjectives, processing verb stems, "this" words, relatives, "for/to", passive)
#: Nouns and adjectives are whole words; verb stems take any ending (`\w*`). `passive`: "is processed" forms after
#: "this ... " ("" when the language has none listed).
_ROWS: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "en": ("tool tools tooling system systems automation automations bot bots script scripts pipeline pipelines parser "
           "parsers importer importers process processes processor processors integration integrations sync syncer "
           "crawler crawlers operator operators debugger debuggers service services job jobs program programs software "
           "client clients consumer consumers checker checkers linter linters updater updaters upgrader upgraders "
           "migrator migrators indexer indexers ingester ingestor ingestors worker workers runner runners robot robots "
           "daemon daemons agent agents assistant assistants model models reader readers summariser summarisers "
           "summarizer summarizers analyser analysers analyzer analyzers",
           "automated automatic autonomous unattended headless scripted programmatic machine",
           "read pars process handl import ingest sync synchroni upgrad updat index consum load scan analy check inspect "
           "review triag edit vendor install build deploy run generat touch maintain monitor crawl scrap summari migrat "
           "fetch open execut receiv resolv clos pick work appl automat",
           "this these", "that which who", "for to attention", "processed parsed imported ingested synced synchronised "
           "synchronized loaded read indexed scanned handled consumed crawled scraped summarised summarized analysed "
           "analyzed opened executed run reviewed triaged migrated upgraded"),
    "es": ("herramienta herramientas sistema sistemas automatización automatizaciones bot bots script scripts proceso "
           "procesos programa programas integración integraciones servicio servicios robot robots agente agentes "
           "asistente asistentes software cliente importador analizador lector",
           "automatizado automatizados automatizada automatizadas automático automáticos automática automáticas autónomo",
           "lea lee leen lean proces import sincroniz gestion manej recib abr analic analiz revis carg ejecut edit actualic "
           "actualiz instal compil trat escane desplieg despleg implement gener constru us utilic utiliz",
           "este esta estos estas esto", "que quien quienes cualquiera", "para al a atención",
           "procese procesa procesado procesada importado importada leído leída cargado cargada analizado ejecutado"),
    "pt": ("ferramenta ferramentas sistema sistemas automação automações bot bots script scripts processo processos "
           "programa programas integração integrações serviço serviços robô robôs agente agentes assistente software "
           "cliente importador leitor",
           "automatizado automatizados automatizada automatizadas automático automáticos automática automáticas autônomo",
           "ler lê leia leem proces import sincroniz gerenci manipul receb abr analis revis carreg execut edit atualiz "
           "instal compil trat implant gera gerar constru us utiliz",
           "este esta estes estas isto", "que quem qualquer", "para ao à a atenção",
           "processado processada importado importada lido lida carregado carregada analisado executado"),
    "it": ("strumento strumenti sistema sistemi automazione automazioni bot script processo processi programma programmi "
           "integrazione integrazioni servizio servizi robot agente agenti assistente software client importatore lettore",
           "automatizzato automatizzati automatizzata automatico automatici automatica automatiche autonomo",
           "legg elabor process import sincronizz gestisc gestis gestir manipol ricev apr analizz rivede revision carica "
           "esegu modific aggiorn install compil tratt applic",
           "questo questa questi queste quest", "che chi chiunque qualsiasi", "per al alla ai a attenzione",
           "elaborato elaborata processato processata importato importata letto letta caricato caricata eseguito"),
    "fr": ("outil outils système systèmes automatisation automatisations bot bots script scripts processus programme "
           "programmes intégration intégrations service services robot robots agent agents assistant assistants logiciel "
           "client importateur lecteur analyseur",
           "automatisé automatisés automatisée automatisées automatique automatiques autonome autonomes",
           "lit lis lisent trait import synchronis gèr gér manipul reç recev ouvr analys relis charg exécut édit modifi "
           "mett install compil parcour",
           "ce cet cette ces ceci", "qui quiconque", "pour aux au à attention",
           "traité traitée traités importé importée lu lue chargé chargée analysé exécuté ouvert"),
    "de": ("werkzeug werkzeuge tool tools system systeme automatisierung automatisierungen bot bots skript skripte script "
           "prozess prozesse programm programme integration integrationen dienst dienste roboter agent agenten assistent "
           "assistenten software client importer parser leser verarbeiter",
           "automatisierte automatisierten automatisierter automatisiertes automatische automatischen automatischer "
           "automatisches autonome autonomen",
           "lies liest les verarbeit import synchronisier behandel empfang öffn öffnet analysier prüf lad ausführ führ "
           "bearbeit aktualisier installier baut kompilier pars",
           "diese diesen dieser dieses dies", "der die das welche welcher welches wer was jedes jeder", "für an achtung",
           "verarbeitet importiert gelesen geladen analysiert ausgeführt geöffnet eingelesen"),
    "nl": ("tool tools systeem systemen automatisering bot bots script scripts proces processen programma programma's "
           "integratie integraties dienst diensten robot agent agenten assistent software client importer parser lezer "
           "verwerker verwerkers",
           "geautomatiseerde geautomatiseerd automatische automatisch autonome",
           "lees leest lez verwerk importeer importeert synchroniseer behandel ontvang open analyseer controleer laad "
           "voer bewerk werk installeer bouw",
           "deze dit", "die dat wie wat", "voor aan",
           "verwerkt geïmporteerd gelezen geladen geanalyseerd uitgevoerd"),
    "pl": ("narzędzie narzędzia system systemy automatyzacja bot boty skrypt skrypty proces procesy program programy "
           "integracja usługa robot agent agenci asystent oprogramowanie klient importer parser systemu systemowi "
           "narzędziu programu programowi skryptu skryptowi botowi agenta agentowi asystenta asystentowi",
           "automatyczny automatyczne automatycznych automatycznego automatycznemu zautomatyzowany zautomatyzowane",
           "czyt przetwarz importuj synchronizuj obsług odbier otwier analizuj sprawdz ładuj wykonuj edytuj aktualizuj "
           "instaluj buduj generuj tworz wdraż wdraz używ uzyw korzyst",
           "ten ta to te tego tej tych", "który która które którzy kto ktokolwiek", "dla do",
           "przetworzony przetworzona przetworzone zaimportowany wczytany wczytana"),
    "ru": ("инструмент инструменты инструмента инструментов система системы системе систем бот боты бота скрипт "
           "скрипты скрипта процесс процессы программа программы программе интеграция сервис сервисы робот агент агенты "
           "агента ассистент ассистента парсер обработчик обработчика",
           "автоматический автоматическая автоматические автоматических автоматическому автоматизированный "
           "автоматизированная автоматизированные автоматизированных автоматизированной автономный",
           "чита обрабатыва импортиру синхронизиру принима открыва анализиру проверя загружа выполня редактиру обновля "
           "устанавлива собира разбира",
           "этот эта это эти этого этой этих этому данный данные данную", "который которая которые кто что любой любая",
           "для к",
           "обработан обработана обработано обрабатывается загружен загружена импортирован прочитан"),
    "uk": ("інструмент інструменти система системи бот боти скрипт скрипти процес програма програми інтеграція сервіс "
           "робот агент агенти асистент парсер обробник",
           "автоматичний автоматична автоматичні автоматичних автоматизований автоматизована автоматизовані",
           "чита оброблю оброблял імпорту синхроніз прийма відкрива аналізу перевіря завантажу викону редагу оновлю "
           "встановлю",
           "цей ця це ці цього цієї цих", "який яка які хто що будь-який", "для до",
           "оброблено оброблений завантажено імпортовано прочитано"),
    "tr": ("araç araçlar araca sistem sistemler sisteme bot botlar betik betikler süreç program programlar entegrasyon "
           "servis robot ajan asistan yazılım istemci ayrıştırıcı",
           "otomatik otomatikleştirilmiş otonom",
           "oku işle içe aktar senkroniz al aç analiz kontrol yükle çalıştır düzenle güncelle kur derle",
           "bu şu", "", "için",
           "işlendiğinde okunduğunda yüklendiğinde içe aktarıldığında"),
    "id": ("alat sistem bot skrip proses program integrasi layanan robot agen asisten perangkat klien",
           "otomatis otonom terotomatisasi",
           "membaca baca memproses proses mengimpor impor sinkron menangani menerima membuka menganalisis memeriksa "
           "memuat menjalankan mengedit memperbarui memasang",
           "ini", "yang siapa siapapun", "untuk kepada bagi",
           "diproses dibaca dimuat diimpor dijalankan"),
    "vi": ("công cụ hệ thống bot tập lệnh quy trình chương trình tích hợp dịch vụ robot tác tử trợ lý phần mềm",
           "tự động",
           "đọc xử lý nhập đồng bộ tiếp nhận mở phân tích kiểm tra tải chạy sửa cập nhật cài",
           "này", "nào mà ai", "gửi cho dành cho",
           "được xử lý được đọc được nhập"),
    "sv": ("verktyg system bot bottar skript process processer program integration tjänst robot agent agenter assistent "
           "programvara klient sammanfattare sammanfattaren läsare läsaren",
           "automatiserade automatiserad automatisk automatiska autonoma",
           "läs behandl bearbet importer synkroniser hanter ta emot öppn analyser kontroller ladd kör rediger uppdater "
           "installer bygg",
           "denna detta dessa den det", "som vem vad", "för till",
           "behandlas bearbetas importeras läses laddas"),
    "da": ("værktøj værktøjer værktøjet verktøy verktøyet system systemer bot botter script scripts proces processer "
           "program programmer integration tjeneste tjenester robot agent agenter assistent software klient",
           "automatiserede automatiseret automatisk automatiske autonome automatiserte",
           "læs læser behandl importer synkroniser håndter modtag åbn analyser kontroller indlæs kør rediger opdater "
           "installer byg bygg les leser kjør",
           "dette denne disse", "der som hvem hvad", "til for",
           "behandles importeres læses indlæses kjøres leses"),
    "cs": ("nástroj nástroje nástroji systém systémy bot boti skript skripty proces procesy program programy integrace "
           "služba robot agent agenti asistent software klient",
           "automatický automatická automatické automatizovaný automatizovaná automatizované autonomní",
           "čte čti zpracov importuj synchronizuj obsluh přijím otevír analyzuj kontroluj načít spouští upravuj "
           "aktualizuj instaluj",
           "tento tato toto tyto tohoto této", "který která které kdo cokoli", "pro k ke",
           "zpracován zpracována zpracováno načten načtena importován"),
}


#: Languages that write a noun at the end of a compound.
_COMPOUNDING = frozenset(["de", "nl", "sv", "da"])

#: Whoever handles the text, per language ("whoever imports this", "quien procese este", "wer diese ... lädt").
_WHO = {"en": "whoever whatever anyone anything anybody", "es": "quien quienes cualquiera", "pt": "quem qualquer",
        "it": "chi chiunque", "fr": "quiconque", "de": "wer", "nl": "wie", "pl": "kto ktokolwiek", "ru": "кто", "uk": "хто",
        "id": "siapa siapapun", "sv": "vem", "cs": "kdo", "da": "hvem"}


#: Languages whose participle follows the noun it describes ("dla systemu księgującego:"): Slavic.
_NOUN_FIRST = frozenset({"pl", "ru", "uk", "cs", "sk", "hr", "sr", "bg", "sl", "be", "bs", "mk"})


def _row(lang: str, row: tuple[str, str, str, str, str, str, str]) -> tuple[str, str]:
    nouns, autos, verbs, this, rel, to, passive = (_alt(x) if x else "" for x in row)
    if lang in _COMPOUNDING:
        nouns = rf"[\w-]*(?:{nouns})"  # "Migrationswerkzeuge", "build-tools", "værktøjer": the noun ends a compound
    verb = rf"(?:{verbs})\w*"
    verb_own = rf"(?:{verbs})\w*(?:ing|s)\b" if lang == "en" else verb
    this_rx = rf"(?:{this})\b"
    parts = [
        # a machine noun doing something to this text: "systems parsing this feed", "ferramenta que ler este arquivo",
        # "automated tooling upgrading to this version" (a preposition or article between)
        # (not a handle: "@copilot-bot summarize this thread" asks a bot by name; in English the verb is a participle
        # or a third person, or follows a relative pronoun)
        # (a compound names one too, "release-bot reading these notes", but not a handle: "@copilot-bot")
        rf"(?:(?<![@\w-])[a-z0-9]+-|(?<![@\w-]))(?:{nouns})\b(?:\s+(?:{rel})\b\s+(?:\w+\s+)?{verb}|\s+(?:\w+\s+)?{verb_own})\s+(?:\w+\s+){{0,2}}?"
        rf"{this_rx}",
        # an automation adjective on a machine noun, said as a label or vocative (before `:`, `,`, a modal) or after
        # "for"/"to": "Automated debugger:", "für automatisierte Werkzeuge", "outils automatiques :"
        rf"(?:\b(?:{to})\s+(?:\w+\s+)?)?\b(?:{autos})\s+(?:\w+\s+)?(?:{nouns})\b(?=\s*(?:[:,(\-—]|\s(?:should|must|need|"
        rf"please|müssen|sollen|sollten|bitte|doivent|devez|deben|debe|devono|deve|devem|moeten|muszą|"
        rf"должны|должен|harus|phải|ska|måste|musí|mají)\b))",
        rf"\b(?:{to})\s+(?:\w+\s+)?(?:{autos})\s+(?:\w+\s+)?(?:{nouns})\b",
        rf"\b(?:{to})\s+(?:\w+\s+)?(?:{nouns})\s+(?:{autos})\b",  # Romance and Slavic order: "pour les outils automatiques"
        # the same order opening a label or a relative clause: "Herramientas automáticas que desplieguen este chart:"
        rf"(?:^|[\n\"'>#/*-]\s*)(?:{nouns})\s+(?:{autos})\b(?=\s*(?:[:,]|\s(?:{rel or 'that'})\b))",
    ]
    parts += [
        # an automation adjective on any noun, in a label after "for/to": "für automatische Leser dieser Seite:", "till den
        # automatiska sammanfattaren:" (the adjective makes the noun a machine, whatever the noun)
        rf"\b(?:{to})\s+(?:\w+\s+){{0,2}}?(?:{autos})\s+\w+[^\n:.]{{0,40}}:",
        # a processing participle on a machine noun after "for/to", or after it (Slavic order), in a label: "für das
        # verarbeitende Werkzeug:", "dla systemu księgującego:" (any participle there, the label's colon closing it)
        rf"\b(?:{to})\s+(?:\w+\s+)?{verb}\s+(?:\w+\s+)?(?:{nouns})\b[^\n:.]{{0,30}}:",
        # (the noun before its participle is Slavic order only: in English "for the agent session:" is a heading)
        *([rf"\b(?:{to})\s+(?:\w+\s+)?(?:{nouns})\s+\w+[^\n:.]{{0,30}}:"] if lang in _NOUN_FIRST else []),
        # a machine noun of this very text, in a label: "the reader of this mail:", "verwerker van deze uitvoer:", "Leser
        # dieser Seite:"
        rf"(?<![@\w-])(?:{nouns})\s+(?:(?:of|van|von|de|di|du|del|della|do|da|för|af)\s+)?(?:the\s+)?{this_rx}[^\n:.]{{0,30}}:",
    ]
    if lang == "en":
        # a machine noun called at the start of a line or message, then spoken to: "infra-notify: summariser, before you
        # post the recap, ...", "Importer, please ..."
        parts.append(rf"(?:^|[\n>]|:\s)[ \t]*(?:{nouns}),\s+(?:please\b|(?:before|when|after|once|while|if|as)\s+you\b|you\b)")
        # a short label ending in a machine noun whose message points at this very text: "Dev reply pipeline: when
        # drafting the response to this review, ..."
        parts.append(rf"(?:^|[\n\"'>—–]\s*)(?:[\w-]+\s+){{0,2}}(?:{nouns})\s*:\s+(?:when|while|before|after|once|if|as|on)\b"
                     rf"[^\n:.]{{0,60}}\b(?:this|these)\b")
    who = _alt(_WHO.get(lang, ""))
    if rel:
        # a label naming a program by what it does: "Per il sistema che gestisce gli ordini:", "For the system that
        # handles orders:" (its colon closes the address)
        parts.append(rf"(?:^|[\n\"'>:.]\s*|\b(?:{to})\s+)(?:\w+\s+)?(?:{nouns})\s+(?:{rel})\s+(?:\w+\s+)?{verb}[^\n:.]{{0,40}}:")
        # whoever handles this: "Quien procese este registro", "wer diesen Datensatz importiert"
    if who:
        parts.append(rf"\b(?:{who})\s+(?:\w+\s+)?{verb}\s+(?:\w+\s+){{0,2}}?{this_rx}")
    if passive:
        # the text itself said to be processed: "when this table is processed", "cuando se procese este archivo"
        aux = (r"(?:is|are|gets?|get|being|been|est|sont|viene|vengono|é|for|fôr|se|es|sea|sean|wordt|worden|zostanie|"
               r"zostaną|будет|буде|bude|blir|akan|được)")
        parts.append(rf"{this_rx}\s+(?:\w+\s+){{0,3}}?{aux}\s+(?:\w+\s+)?(?:{passive})\b")
        parts.append(rf"{this_rx}\s+(?:\w+\s+){{0,3}}?(?:{passive})\s+(?:wird|werden|worden|ist)\b")  # German order
        parts.append(rf"\b(?:se|when|if|once|whenever|cuando|si|quando|wenn|sobald|falls|lorsque|quand|als|wanneer|gdy)\s+"
                     rf"(?:se\s+)?(?:{passive})\s+(?:\w+\s+)?{this_rx}")
    trig = " ".join(sorted(set(row[0].split()) | set(row[1].split()) | set(row[6].split())
                           | set(_WHO.get(lang, "").split()))) if lang != "vi" else "*"  # fmt: skip
    return trig, "|".join(f"(?:{p})" for p in parts)


#: Japanese, Chinese and Korean: a program named by what it does to this text ("このモジュールを編集するツール",
#: "处理本报告的自动化工具", "이 파드를 점검하는 자동화 도구"), and automation words on a machine noun.
_CJK = (
    r"(?:この|本|これらの|当)[^\s。、]{1,14}?(?:を|は|に)?(?:処理|読み込|読|解析|要約|実行|参照|編集|更新|取り込|インポート|同期|"
    r"確認|チェック|扱|利用|使用|スキャン|ビルド|インストール|変更|修正)\S{0,6}?(?:ツール|システム|プログラム|ボット|スクリプト|"
    r"エージェント|アシスタント|自動化|処理系|者|方)|"
    r"(?:自動化|自動)(?:ツール|システム|プログラム|ボット|スクリプト|処理)|"
    r"(?:处理|讀取|读取|解析|阅读|閱讀|导入|導入|同步|编辑|編輯|使用|扫描|掃描|检查|檢查|加载|載入|构建|安装|更新|修改)"
    r"(?:此|这|這|本|该|該)\S{0,8}?的(?:自动化)?(?:工具|系统|系統|程序|程式|脚本|腳本|机器人|機器人|代理|助手|服务|服務)|"
    r"自动化(?:工具|系统|程序|脚本|流程)|自動化(?:工具|系統|程式|腳本|流程)|"
    r"이\s?\S{1,10}(?:을|를)\s?(?:읽|처리|분석|요약|실행|점검|검사|가져오|동기화|편집|사용|스캔|빌드|설치|관리|수정|변경)\S{0,4}\s?"
    r"(?:자동화\s?)?(?:도구|시스템|프로그램|봇|스크립트|에이전트|어시스턴트|서비스)|자동화\s?(?:도구|시스템|프로그램|스크립트)"
)

READERS: tuple[tuple[str, str], ...] = (*(_row(lang, row) for lang, row in _ROWS.items()), ("*", _CJK))
