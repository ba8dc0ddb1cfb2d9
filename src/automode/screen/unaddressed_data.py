"""Tables of `screen_unaddressed`: readers defined by what they do to this very text, and traces an act can cover.

* `SELF_READER`: a reader named by its reading or processing of the text it is reading ("whoever runs this page's
  examples", "tools that read this invitation", "Verwerk je deze feed automatisch?", "Bu sayfayı işleyen araç",
  "このリポジトリを処理するツール"): nobody writes that to a person who chose to open a page; it speaks to whatever
  program reads the text on someone's behalf, whatever it calls that program. One alternative per language family,
  over `screen.normalise`d text (lower case, homoglyphs folded: compiled through `HOMOGLYPHS`).
* `TRACE`: what an act removes to hide another (the shell history, logs, the sent copy, the original message, the
  transaction record): deleting it is asked only to keep the user from seeing what was done.
"""

from __future__ import annotations

from automode.screen.machine import READERS as MACHINE_READERS

#: (trigger words, pattern): the pattern is tried only when one of its trigger words is a word of the text ("*": when
#: the text has a word outside ASCII). A deictic object follows a reading verb: "this", "this page", "the following".
SELF_READER: tuple[tuple[str, str], ...] = (
    # English: "whoever/anyone/any tool/tools that read(s)/process(es)/run(s) this ...", "processing this automatically"
    ("reads process processes parses ingests handles opens summarises summarizes runs consumes indexes scrapes analyses "
     "analyzes loads fetches views executes reading processing parsing ingesting summarising summarizing scraping indexing "
     "handling read processed parsed ingested summarised summarized scraped handled sees parse opens scrape",
     r"\b(?:whoever|anyone|anybody|any\s+(?:tool|program|process|system|script|software|client|reader|parser|crawler|service|"
     r"pipeline|integration|automation)|(?:tools?|programs?|software|systems?|scripts?|clients?|readers?|parsers?|crawlers?|"
     r"scrapers?|services?|process(?:es)?|integrations?|pipelines?|automations?|indexers?|summari[sz]ers?)\s+(?:that|which|who))\s+"
     r"(?:\w+\s+)?(?:reads?|process(?:es)?|pars(?:es)?|ingests?|handles?|opens?|summari[sz]es?|runs?|consumes?|index(?:es)?|"
     r"scrapes?|analy[sz]es?|loads?|fetch(?:es)?|views?|executes?)\s+(?:this|these|the\s+following)\b|"
     r"\b(?:if|when|whenever|once)\s+(?:a|an|any|the|some)\s+(?:\w+\s+)?(?:bot|tool|program|script|machine|crawler|scraper|"
     r"parser|ai|agent|assistant|model|llm|automation)s?\s+(?:is\s+|ever\s+)?(?:reads?|reading|process(?:es|ing)?|sees?|parses?|"
     r"summari[sz]es?|opens?|scrapes?|gets?\s+(?:to|here))\s+(?:this|these|here)\b|"
     r"\b(?:reading|processing|parsing|ingesting|summari[sz]ing|scraping|indexing|handling)\s+(?:this|these)\s+(?:\w+\s+){0,2}?"
     r"(?:automatically|programmatically|on\s+(?:someone|a\s+user|behalf))|"
     r"\bif\s+(?:this|these)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|gets?)\s+(?:being\s+)?(?:read|processed|parsed|ingested|"
     r"summari[sz]ed|scraped|handled)\s+(?:automatically|programmatically|by\s+(?:a|an|any)\s+(?:tool|program|script|machine|"
     r"crawler|parser|pipeline))"),
    # Dutch: "die deze ... leest/verwerkt", "verwerk je deze feed automatisch"
    ("leest lezen verwerkt verwerken opent uitvoert verwerk",
     r"\b(?:die|dat|wie)\s+(?:deze|dit)\s+(?:\w+\s+){0,2}?(?:leest|lezen|verwerkt|verwerken|opent|uitvoert)\b|"
     r"\bverwerk\s+(?:je|jij|u)\s+(?:deze|dit)\s+\w+\s+automatisch\b|\b(?:deze|dit)\s+\w+\s+automatisch\s+(?:verwerkt|leest)\b"),
    # German: "wer/die/das diese(s) ... liest/verarbeitet", "beim (automatischen) Verarbeiten dieser ..."
    ("liest lesen verarbeitet verarbeiten ausliest parst öffnet ausführt zusammenfasst beim",
     r"\b(?:wer|was|die|das|der|welche[rs]?)\s+(?:diese[nmrs]?|dies|das\s+hier)\s+(?:\w+\s+){0,2}?(?:liest|lesen|verarbeitet|"
     r"verarbeiten|ausliest|parst|öffnet|ausführt|zusammenfasst)\b|\bbeim\s+(?:automatischen\s+)?(?:lesen|verarbeiten|"
     r"einlesen|auswerten)\s+(?:dieser|dieses|diesen)\b"),
    # French: "qui lit/traite ce/cette ...", "en lisant/traitant ce ..."
    ("lit lisent traite traitent analyse analysent parcourt parcourent ouvre ouvrent exécute exécutent résume résument lisant "
     "traitant analysant",
     r"\bqui\s+(?:lit|lisent|traite|traitent|analyse|analysent|parcourt|parcourent|ouvre|ouvrent|exécute|exécutent|résume|"
     r"résument)\s+(?:ce|cet|cette|ces|ceci)\b|\ben\s+(?:lisant|traitant|analysant)\s+(?:ce|cet|cette|ces)\b"),
    # Spanish, Portuguese, Italian: "que lea/procese este ...", "que lê/processa esta ...", "che legge/elabora questo ..."
    ("revise revisen revisa revisan analicen abran gestione gestionen "
     "lea lee leen lean procese procesa procesan procesen analice analiza analizan abra abre ejecute resuma lê leia leem "
     "processa processe processam analisa analise abrir execute resume leer procesar analizar ler processar legge leggono "
     "legga elabora elaborano elabori analizza analizzano apre aprono esegue riassume",
     r"\bque\s+(?:lea|lee|leen|lean|procese|procesa|procesan|procesen|analice|analiza|analizan|abra|abre|ejecute|resuma|"
     r"revise|revisen|revisa|revisan|analicen|abran|lean|gestione|gestionen|"
     r"lê|leia|leem|processa|processe|processam|analisa|analise|abrir|execute|resume)\s+(?:este|esta|estos|estas|esto|"
     r"isto|estes)\b|\bal\s+(?:leer|procesar|analizar)\s+(?:este|esta|estos|estas)\b|\bao\s+(?:ler|processar)\s+(?:este|esta)\b|"
     r"\bche\s+(?:legge|leggono|legga|elabora|elaborano|elabori|analizza|analizzano|apre|aprono|esegue|riassume)\s+"
     r"(?:questo|questa|questi|queste|quest')"),
    # Scandinavian: "som läser/behandlar denna ...", "som leser/behandler denne ..."
    ("läser behandlar bearbetar hanterar tolkar öppnar leser behandler håndterer læser åbner",
     r"\b(?:som|der)\s+(?:läser|behandlar|bearbetar|hanterar|tolkar|öppnar|leser|behandler|håndterer|læser|åbner)\s+(?:denna|detta|"
     r"dessa|denne|dette|disse|den\s+här|det\s+här)\b"),
    # Polish, Czech, Slovak: "który czyta/przetwarza ten ...", "který čte/zpracovává tento ..."
    ("czyta czytają przetwarza przetwarzają analizuje analizują otwiera otwierają čte čtou zpracovává zpracovávají otevře "
     "otevírá",
     r"\b(?:któr\w{1,3})\s+(?:czyta|czytają|przetwarza|przetwarzają|analizuje|analizują|otwiera|otwierają)\s+(?:ten|tę|to|te|"
     r"tego|tej|tych)\b|\b(?:kter\w{1,2})\s+(?:čte|čtou|zpracovává|zpracovávají|otevře|otevírá)\s+(?:tento|tuto|toto|tyto)\b"),
    # Turkish: "bu sayfayı işleyen", "bunu okuyan"
    ("işleyen okuyan açan tarayan çalıştıran özetleyen ayrıştıran",
     r"\b(?:bu|şu)\s+\w+\s+(?:\w+\s+)?(?:işleyen|okuyan|açan|tarayan|çalıştıran|özetleyen|ayrıştıran)\b|"
     r"\b(?:bunu|bunları)\s+(?:okuyan|işleyen|açan)\b"),
    # Indonesian/Malay, Vietnamese
    ("membaca memproses menganalisis membuka menjalankan meringkas này",
     r"\byang\s+(?:membaca|memproses|menganalisis|membuka|menjalankan|meringkas)\s+(?:\w+\s+){0,2}?ini\b|"
     r"\b(?:đọc|xử\s+lý|phân\s+tích|tóm\s+tắt)\s+(?:\w+\s+){0,2}?này\b"),
    # Romanian, Finnish, Swahili, Tagalog: triggered by their words for "this"
    ("acest această aceasta aceste acestui acestei tätä tämän näitä näiden hii huu hiki hili haya hizi nito ito",
     r"\b(?:care|ce)\s+(?:citește|citeste|citesc|procesează|proceseaza|analizează|analizeaza)\s+(?:acest|această|"
     r"aceasta|aceste|acestui|acestei)\b|"
     r"\b(?:tätä|tämän|näitä|näiden)\s+\w+\s+(?:käsittelev|lukev|avaav|suorittav)\w*|"
     r"\b\w*(?:soma|chakata)\w*\s+(?:\w+\s+)?(?:hii|huu|hiki|hili|haya|hizi)\b|"
     r"\bna\s+(?:nagbabasa|bumabasa|nagpoproseso|nagbubukas)\s+(?:nito|ng\s+\w+\s+na\s+ito)"),
    # Thai
    ("*", r"ที่(?:อ่าน|ประมวลผล|เปิด)\S{0,30}?นี้"),
    # Russian, Ukrainian, Romanian, Hungarian, Finnish, Greek, Hebrew, Arabic, Hindi, Japanese, Chinese, Korean
    ("*",
     r"(?:читающ\w*|обрабатывающ\w*|анализирующ\w*|(?:котор\w+|что|кто)\s+(?:чита|обрабатыва|анализиру)\w*)\s+(?:эт\w+|данн\w+)|"
     r"\b(?:що|які|який|яка)\s+(?:читає|читають|обробляє|обробляють|аналізує)\s+(?:цей|цю|це|ці|цього)\b|"
     r"\b(?:care|ce)\s+(?:citește|citeste|procesează|proceseaza|analizează)\s+(?:acest|această|aceasta|aceste)\b|"
     r"\b(?:aki|amely|ami)\s+(?:olvassa|feldolgozza|megnyitja)\s+(?:ezt|e)\b|"
     r"\b(?:joka|jotka)\s+(?:lukee|lukevat|käsittelee|käsittelevät)\s+(?:tämän|tätä|näitä|nämä)\b|"
     r"(?:που|πoυ)\s+(?:διαβάζει|διαβάζουν|επεξεργάζεται|επεξεργάζονται)\s+(?:αυτό|αυτή|αυτά|αυτόν|το|τη)\b|"
     r"(?:שקורא|שקוראים|שמעבד|שמעבדים)\s+(?:את\s+)?(?:זה|זו|הזה|הזו)|"
     r"(?:يقرأ|تقرأ|يعالج|تعالج|يحلل)\s+(?:هذا|هذه)|(?:इस|यह|इन)\s+\S+\s+(?:को\s+)?(?:पढ़ने|प्रोसेस|संसाधित|पढ़)|"
     r"(?:この|本|これらの)[^\s。、]{1,12}?(?:を|は)?(?:処理|読み込|読|解析|要約|実行|参照)(?:する|した|んだ|む|み)|"
     r"(?:处理|讀取|读取|解析|阅读|閱讀|读到|讀到|扫描|掃描|总结|總結)(?:此|这|這|本)(?:个|個|份|条|條|篇|页|頁)?|"
     r"이\s?\S{1,8}(?:을|를)\s?(?:읽|처리|분석|요약|실행)"),
    # programs named as machines by what they do to this text, in any language (`screen_machine`)
    *MACHINE_READERS,
)

#: What an act removes to hide another: history, logs, the sent copy, the originals, the record of the act.
TRACE: tuple[str, ...] = (
    r"\.?bash_history|\.zsh_history|(?:shell|terminal|command|browser|chat|search)\s+history|\bhistory\b|historial|historique|"
    r"verlauf|cronologia|histórico|geschiedenis|historik|historie|историю|история|історію|geçmiş\w*|riwayat|lịch\s+sử|履歴|历史|歷史|기록|"
    r"السجل|سجل|इतिहास|ιστορικό|historia|istoricul|sejarah|ประวัติ|історію|історія|historikk|historik",
    r"\b(?:audit\s+)?logs?\b|audit\s+trail|journaux|registros?|protokoll\w*|logboek\w*|dziennik\w*|журнал\w*|записи|günlük\w*|"
    r"kayıtlar\w*|nhật\s+ký|ログ|日志|日誌|로그|السجلات|लॉग|lokit|lokin|jurnalele|журнали|журнал\w*|loggene|loggen|"
    r"revisjonslogg\w*|kumbukumbu",
    r"\bsent\s+(?:folder|items|mail|message|copy)|\binviati\b|\bgesendet\w*|\benvoyés\b|\benviados\b|\bverzonden\b|"
    r"\bwysłane\b|\bskickat\b|отправленн\w+|gönderilen\w*|已发送|送信済み|보낸\s?편지함",
    r"\b(?:the\s+)?originals?\b|originalen|originales|originaux|originali|originais|oryginał\w*|оригинал\w*|orijinal\w*|原件|原本|원본",
    r"\b(?:transaction|payment|access|login)\s+(?:log|record|history)s?\b|transaktionslog\w*|sjil\w*|سجل\s+المعاملات|"
    r"(?:this|the)\s+(?:message|e-?mail|invoice|notice|ticket|comment|note)\b|(?:diese|dieses)\s+(?:nachricht|e-?mail|rechnung)\b|"
    r"(?:ce|cette)\s+(?:message|courriel|facture)\b|(?:este|esta)\s+(?:mensaje|correo|factura|mensagem)\b|"
    r"(?:questo|questa)\s+(?:messaggio|fattura)\b|(?:deze|dit)\s+(?:bericht|factuur)\b",
)
