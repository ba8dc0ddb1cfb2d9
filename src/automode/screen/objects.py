"""Consequential objects the request reader's cues lacked, and readers named by a data tool's job (issue 18 point 1,
session 28). Data only: `screen_reader_data` adds the cues to `CUES`, `screen_words` the job nouns to its role words,
`screen_reader` the greetings to those before a reader with a relative clause.

Why: the published holdout28 texts the screen missed named their reader and asked for acts whose object no cue
class knew, in several languages and carriers: a game server's operator status and its whitelist switched off
("dá /op pro …", "desliga o whitelist"), a firewall switched off and a port opened ("ปิดไฟร์วอลล์และเปิดพอร์ต22"),
a file sent to the outside participants of a meeting, a whole file posted to a URL by "the AI importer", a build's
checks deleted and its tests skipped ("maven-enforcer 와 spotbugs 플러그인을 삭제하고 -DskipTests 로 배포"), a
platform's transport security switched off (`NSAllowsArbitraryLoads`). Each table is the family, not the spelling:
* `BUILD_CHECKS`: the checks a build or a repository runs (enforcers, static analysis, coverage gates, linters,
  pre-commit hooks, code scanning, required status checks), by tool;
* `PLATFORM_GUARDS`: an operating system's or a platform's protections (App Transport Security, Gatekeeper,
  notarization, SIP, SELinux, certificate pinning) and access lists (whitelists, allowlists);
* `SKIP_TESTS`: tests skipped by a build tool's switch (Maven, Gradle, sbt, npm, pytest, go) or "without tests" in
  the main languages (a weakening: alone beside a directive);
* `OPEN_PORT`: a port opened to the network, in the main languages and CJK/Thai forms (a weakening);
* `FIREWALL_OFF`: a firewall switched off in Korean, Japanese, Chinese and Thai word order (object, then verb);
* `CONSOLE_GRANT`: operator or permission status given by a game or chat server's console command;
* `DATA_OUT`: a whole data object (an export, a dump, a table, a file, a list of contacts) sent to an address;
* `OUTSIDERS` and `FILE_OUT`: a file or data sent to the people outside (external participants, guests, partners).
* `ROLES_MORE`: the jobs of data tools an AI reader is named by ("AI importer:", "Importador de IA:").
* `GREETINGS_MORE`: colloquial greetings before a reader with a relative clause ("ei bot de IA que tá lendo …,").
"""

from __future__ import annotations

# fmt: off
BUILD_CHECKS = (r"(?:maven-)?enforcer|spotbugs|findbugs|checkstyle|\bpmd\b|jacoco|sonar\w*|error-?prone|detekt|ktlint|"
                r"spotless|eslint\w*|stylelint|prettier\s+check|tslint|ruff|flake8|pylint|mypy|bandit|rubocop|golangci\w*|"
                r"clippy|husky|lint-staged|pre-commit|codeql|dependabot|snyk|trivy|semgrep|gitleaks|"
                r"dependency-?check|owasp\s+check|(?:required\s+)?status\s+checks?|branch\s+protection|quality\s+gates?|"
                r"coverage\s+(?:gate|threshold|check)s?")
PLATFORM_GUARDS = (r"app\s+transport\s+security|\bats\b|nsallowsarbitraryloads|nsexceptionallowsinsecurehttploads|"
                   r"gatekeeper|notari[sz]ation\w*|system\s+integrity\s+protection|\bsip\b|selinux|apparmor|"
                   r"(?:certificate|ssl|tls)\s+pinning|code\s+signing|white-?list\w*|allow-?list\w*|firewall\w*|"
                   r"방화벽|ファイアウォール|防火墙|防火牆|ไฟร์วอลล์")
#: Verbs that switch a protection off, beyond `screen_reader_data`'s (Portuguese "desliga", "turn … off").
OFF_VERBS = (r"deslig\w*|apague\s+o|apaga\s+o|tira\w*|turn\s+(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+off|"
             r"switch\s+(?:off|the\s+[\w-]+\s+off)|shut\s+off|kill|drop|strip|remove|delete|rimuov\w*|supprim\w*|"
             r"elimin\w*|entfern\w*|lösch\w*|usuń|apag\w*|borr\w*|șterge\w*")
SKIP_TESTS = (r"-dskiptests\b|-dmaven\.test\.skip\b|-dskipits\b|(?<![\w-])-x\s+test\b|--exclude-task\s+test\b|"
              r"\bskip_?tests\s*[=:]\s*(?:1|true|yes)|--skip-tests\b|--no-tests\b|\bset\s+test\s+/skip\b|"
              r"\b(?:without|skipping|skip)\s+(?:running\s+)?(?:the\s+|any\s+)?(?:unit\s+|integration\s+)?tests\b|"
              r"\bsin\s+(?:ejecutar\s+)?(?:las\s+)?pruebas\b|\bsem\s+(?:rodar\s+|executar\s+)?(?:os\s+)?testes\b|"
              r"\bsans\s+(?:lancer\s+)?(?:les\s+)?tests\b|\bohne\s+(?:die\s+)?tests\b|\bsenza\s+(?:eseguire\s+)?(?:i\s+)?test\b|"
              r"\bzonder\s+(?:de\s+)?tests\b|\bbez\s+(?:uruchamiania\s+)?testów\b|\bfără\s+teste\b|\btestler\w*\s+olmadan\b|"
              r"테스트\s?(?:없이|를?\s?건너뛰|생략)|テスト(?:なし|を?スキップ|せず|を?飛ばし)|(?:不跑|跳过|不做|不运行)测试")
OPEN_PORT = (r"\b(?:open|expose|unblock|allow)\s+(?:up\s+)?(?:the\s+)?(?:inbound\s+|tcp\s+|udp\s+|ssh\s+|rdp\s+)?"
             r"ports?\s*:?\s*\d{2,5}|"
             r"(?<![a-z])(?:abr[ea]|abran|abrir|libera\w*|ouvre[zr]?|ouvrir|öffne\w*|apri\w*|otwórz\w*|otworz\w*|"
             r"deschide\w*|открой\w*|открыть|відкрий\w*|aç\w*)\s+(?:(?:la|el|lo|o|a|os|le|les|den|die|il|the)\s+)?"
             r"(?:porta|puerto|port|porte|portu|portul|порт\w*)\s*\d{2,5}|"
             # (Turkish puts the port first and the verb last: "22 portunu herkese aç")
             r"\b\d{2,5}\s*(?:numaralı\s+)?port(?:u|unu|ları|larını)?\s+(?:\w+\s+){0,2}?aç\w*|"
             r"ポート\s?\d{0,5}\s?(?:番)?\s?を?\s?(?:全)?(?:開放|開け|あけ)|(?:\d{2,5}\s?(?:번\s?)?)?포트\s?\d{0,5}\s?(?:번)?\s?(?:를|을)?\s?"
             r"(?:열|개방)|开放\s?\d{0,5}\s?(?:号)?端口|端口\s?\d{0,5}\s?(?:开放|打开)|打开\s?\d{0,5}\s?端口|เปิด\s?พอร์ต")
#: A port opened in a firewall or to everyone: a firewall change (a weakening, alone beside a directive).
_OPEN_TO = (r"firewall\w*|cortafuegos|pare-feu|zapor\w*|brandmauer|(?:security|network)\s+groups?|\bsg-\w+|internet|"
            r"the\s+world|everyone|(?:para|a|pour|per)\s+(?:todos|tous|tutti)|für\s+alle|herkese|для\s+всех|güvenlik\s+duvar\w*|"
            r"0\.0\.0\.0(?:/0)?|::/0|any\s+(?:ip|source|address)|public\w*|todo\s+el\s+mundo|"
            r"방화벽|인터넷|ファイアウォール|全開放|インターネット|防火墙|公网|ไฟร์วอลล์|อินเทอร์เน็ต")
OPEN_PORT_OUT = (rf"(?:{_OPEN_TO})(?:[^.\n;]|\.(?=\d)){{0,50}}?(?:{OPEN_PORT})|(?:{OPEN_PORT})(?:[^.\n;]|\.(?=\d)){{0,50}}?"
                 rf"(?:{_OPEN_TO})")
FIREWALL_OFF = (r"방화벽\s?(?:을|를)?\s?(?:끄|꺼|끈|비활성|해제|내려)|ファイアウォール\s?を?\s?(?:無効|オフ|切|止め|停止)|"
                r"(?:关闭|关掉|禁用|停用)\s?防火墙|防火墙\s?(?:关闭|关掉|禁用)|ปิด\s?ไฟร์วอลล์")
CONSOLE_GRANT = (r"(?<![\w/])/op\b|\bop\s+(?:rights?|perms?|status|level)\b|\boperator\s+(?:status|rights?)\b|"
                 r"/whitelist\s+add\b|/lp\s+user\s+\S+\s+(?:permission|parent|group)\b|\bdeop\b")
_SEND = (r"(?<![a-z])(?:post|put|send|upload|push|sync|export|forward|submit|transmit|pipe|envía|envia|envie|envoie\w*|"
         r"envoyez|schick\w*|sende\w*|invia\w*|trimite\w*|wyślij\w*|stuur|verstuur|mand[ae]\w*|exporte\w*|esporta\w*|"
         r"(?:haz|faz|fais|faites)\s+(?:un|um)\s+(?:post|put))\b")
_DATA = (r"(?:files?|fichiers?|fișier\w*|archivos?|ficheiros?|arquivos?|datei\w*|pliki?|plik\w*|bestand\w*|exports?|"
         r"dumps?|tables?|tabla\w*|tabelle\w*|tabel\w*|spreadsheets?|sheets?|databases?|base\s+de\s+(?:clientes|datos|dados)|"
         r"csv|backups?|contacts?|contatos|contactos|lists?\s+of\s+\w+|[\w-]+\.(?:xlsx?|csv|pdf|docx?|zip|sql|json|txt|pptx?|"
         r"db|sqlite|bak|tar|gz))\b")
DATA_OUT = (rf"{_SEND}[^\n]{{0,60}}?\b(?:this|the|that|our|whole|entire|full|complete|toda|todo|tout|ganze\w*)\b"
            rf"[^\n]{{0,30}}?\b{_DATA}[^\n]{{0,80}}?(?:https?://|[\w.+-]+@[\w-]+\.\w)")
OUTSIDERS = (r"\b(?:external|outside)\s+(?:participants?|attendees?|guests?|partners?|contacts?|recipients?|parties|"
             r"people|clients?|customers?|vendors?|contractors?|addresses|domains?)\b|"
             r"(?<![a-z])(?:extern[aeiors]?\w*|estern[aeio]\w*|zewnętrzn\w*|внешн\w*|зовнішн\w*|harici|dış)\b|外部|외부")
FILE_OUT = rf"{_SEND}(?:[^.\n;]|\.(?=\w)){{0,120}}?\b{_DATA}(?:[^.\n;]|\.(?=\w)){{0,120}}?(?:{OUTSIDERS})"

#: Posting as a comment, a reply or a post in CJK (a place others read): "コメントして", "评论", "댓글로 달아".
POST_CJK = r"コメント|投稿|書き込|貼り付け|评论|評論|回复|回覆|发帖|發帖|贴到|貼到|댓글|게시|붙여"

ROLES_MORE: dict[str, tuple[str, ...]] = {
    "en": ("importer", "importers", "exporter", "exporters", "ingester", "ingesters", "ingestor", "ingestors", "loader",
           "loaders", "indexer", "indexers", "extractor", "extractors", "enricher", "enrichers", "classifier",
           "classifiers", "labeler", "labelers", "labeller", "labellers", "tagger", "taggers", "converter", "converters",
           "migrator", "migrators", "syncer", "uploader", "validator", "validators", "mapper", "transcriber",
           "translator", "translators", "moderator", "moderators", "organiser", "organizer", "sorter", "deduplicator",
           "cleaner", "formatter", "sync", "pipeline"),
    "es": ("importador", "exportador", "extractor", "clasificador", "traductor", "moderador", "organizador"),
    "pt": ("importador", "exportador", "extrator", "classificador", "tradutor", "moderador", "organizador"),
    "fr": ("importateur", "exportateur", "extracteur", "classificateur", "traducteur", "modérateur"),
    "it": ("importatore", "esportatore", "estrattore", "classificatore", "traduttore", "moderatore"),
    "de": ("importer", "importeur", "exporter", "exporteur", "übersetzer", "moderator", "klassifikator"),
    "ro": ("importator", "exportator", "traducător", "moderator"),
}
#: Imperatives of these acts the directive tables lacked (Portuguese, Spanish, Italian, French, German, Romanian):
#: "libera a porta 22", "desliga o whitelist", "abre el puerto".
IMPERATIVES_MORE = ("libera", "liberem", "libere", "liberate", "desliga", "desligue", "desliguem", "abre", "abra", "abram",
                    "abran", "ouvre", "ouvrez", "öffne", "öffnet", "öffnen sie", "apri", "aprite", "deschide", "deschideți",
                    "otwórz", "otwórzcie", "tira", "tire", "quita", "quite", "manda", "mande", "envía", "envie", "dale",
                    "dele", "passa", "passe")
#: A bot named with its AI token after a preposition ("bot de IA", "robô de IA", "bot con IA"), merged into the
#: languages' AI reader names (`screen_words`).
READERS_MORE: dict[str, tuple[str, ...]] = {
    "pt": ("bot de ia", "bot da ia", "bots de ia", "robô de ia", "robo de ia", "bot com ia", "chatbot de ia"),
    "es": ("bot de ia", "bots de ia", "bot con ia", "robot de ia", "chatbot de ia"),
    "fr": ("bot ia", "bot d'ia", "bots ia", "robot ia"),
    "it": ("bot ia", "bot di ia", "bot con ia"),
    "ro": ("bot ai", "botule ai", "botul ai", "boții ai"),
}
#: Imperatives that end the clause in verb-last languages (Turkish, Korean plain forms are read elsewhere): "22 portunu
#: herkese aç.", "tüm yedekleri sil." -- the order is the clause's last word.
VERB_LAST = (r"\b(?:aç|açın|açınız|kapat|kapatın|sil|silin|gönder|gönderin|yolla|yollayın|ver|verin|ekle|ekleyin|yükle|"
             r"yükleyin|kaldır|kaldırın|paylaş|paylaşın|devre\s+dışı\s+bırak(?:ın)?)\s*[.!]*\s*$")
GREETINGS_MORE = ("ei", "ô", "ó", "ey", "oye", "olá", "eae", "opa", "hej", "ahoj", "salve", "oi", "yo", "hola")
# fmt: on
