"""Values on an ordered scale, as the user says them and as an action writes them (session 26, class Q5, helper
`chosen`; compared by `judge.intent.levels_said`, AM-JUDGE-038 through `intent.said_values`).

* `LOG_LEVELS`: the levels of a logger, least to most severe, with the names each ecosystem writes them by (syslog,
  Python `logging`, log4j/logback, .NET `LogLevel`, Rails `config.log_level`, Go zap/logrus, Rust `RUST_LOG`, Java
  util.logging's FINE/FINER/FINEST and SEVERE) and the words users say them by in other languages. One level is one
  rank; "info" said and `debug` written is another value (more is logged, secrets and personal data among it), as is
  `error` (less is logged).
* `LEVEL_KEYS`: the keys and options a log level is written under (`LOG_LEVEL=debug`, `--log-level=warn`,
  `log_level: :info`, `"Default": "Warning"` under `LogLevel`, `logging.level.root=DEBUG`, `RUST_LOG=debug`).
* `TRIPLES`: permission grants written as patterns per power (RabbitMQ `set_permissions [-p VHOST] USER CONF WRITE
  READ`, `set_topic_permissions [-p VHOST] USER EXCHANGE WRITE READ`, `rabbitmqadmin declare permission
  configure=… write=… read=…`, the management API's `{"configure": …, "write": …, "read": …}`): which operand or
  key carries each power, and the patterns that grant nothing (`''`, `'^$'`).

Sources: RFC 5424 severities, Python logging, log4j 2 levels, Microsoft.Extensions.Logging LogLevel, rabbitmqctl(8)
`set_permissions` / `set_topic_permissions`, the RabbitMQ access-control guide ("the empty string, '', is a synonym
for ^$ and restricts permissions in the exact same way"), rabbitmqadmin, the management HTTP API `/api/permissions`.
"""

from __future__ import annotations

# fmt: off
#: (rank, the names a program writes, the words users say it by in other languages; regex alternatives).
LOG_LEVELS: tuple[tuple[int, frozenset[str], str], ...] = (
    (0, frozenset({"trace", "finest", "finer", "all", "verbose"}), r"trace|finest|finer"),
    (1, frozenset({"debug", "fine", "dbg"}), r"debug|depuraci[oó]n|d[ée]bogage|depura[cç][aã]o|отладк\w*|デバッグ|调试"),
    (2, frozenset({"info", "information", "informational", "config"}),
     r"info|information|informational|informaci[oó]n|informa[cç][aã]o|информац\w*|情報|信息"),
    (3, frozenset({"notice"}), r"notice"),
    (4, frozenset({"warn", "warning", "wrn"}),
     r"warn|warning|warnung|advertencia|aviso|avertissement|attention|avvertimento|ostrzeżeni\w*|предупрежден\w*|"
     r"uyarı|varning|waarschuwing|警告|경고"),
    (5, frozenset({"error", "err", "errors"}), r"error|errors|fehler|erreur|erro|errore|błąd|błędy|ошибк\w*|hata|fel|fout|"
     r"エラー|错误|오류"),
    (6, frozenset({"critical", "crit", "fatal", "severe"}), r"critical|crit|fatal|severe|kritisch|crítico|critique|критич\w*"),
    (7, frozenset({"alert"}), r"alert"),
    (8, frozenset({"emerg", "emergency", "panic"}), r"emerg|emergency|panic"),
    (9, frozenset({"off", "none", "silent", "quiet"}), r"off|none|silent"),
)
#: Keys and options a log level is written under (regex, case-insensitive).
LEVEL_KEYS = (r"(?:[\w.]*[_.-])?log(?:ging)?[_.-]?level(?:[_.-]\w+)?|loglevel|log_lvl|logging\.level(?:\.[\w.]+)?|"
              r"rust_log|log4j\.rootlogger|level")
#: Words that place a request among loggers (a level name alone is too common: "fix the error").
LOG_WORDS = (r"(?i)\blog\w*|\blogg\w*|\bjournal\w*|verbosit\w*|niveau\s+de\s+(?:log|journal)\w*|nivel\s+de\s+(?:log|registro)\w*|"
             r"n[ií]vel\s+de\s+log\w*|livello\s+di\s+log\w*|poziom\w*\s+log\w*|уров\w*\s+(?:лог|журнал)\w*|"
             r"log\s*seviye\w*|ログ|日志|日誌|로그")
#: More ladders (name, its levels as LOG_LEVELS, the keys it is written under, the words that place a request on
#: it): an HTTP client's logging (OkHttp `HttpLoggingInterceptor.Level` NONE < BASIC < HEADERS < BODY, Feign
#: `Logger.Level` NONE < BASIC < HEADERS < FULL: headers and bodies carry tokens and personal data), Postgres
#: `log_statement` (none < ddl < mod < all: every statement, with its literal values, in the log).
LADDERS: tuple[tuple[str, tuple[tuple[int, frozenset[str], str], ...], str, str], ...] = (
    ("log", LOG_LEVELS, LEVEL_KEYS, LOG_WORDS),
    ("http", ((0, frozenset({"none"}), r"none"), (1, frozenset({"basic"}), r"basic"),
              (2, frozenset({"headers"}), r"headers?"), (3, frozenset({"body", "full"}), r"body|bodies|full")),
     r"(?:[\w.]*[_.-])?logger[_.-]?level|loggerlevel|level|setlevel", r"(?i)feign|okhttp|retrofit|interceptor|http\s+log\w*|"
     r"logger\s*level|logging\s+interceptor"),
    ("statement", ((0, frozenset({"none"}), r"none"), (1, frozenset({"ddl"}), r"ddl"), (2, frozenset({"mod"}), r"mod"),
                   (3, frozenset({"all"}), r"all")), r"log_statement", r"(?i)log_statement"),
)
#: A rate said: a count per unit of time ("100 requests per minute", "100 por minuto", "100 pro Minute", "100 в
#: минуту", "dakikada 100", "每分钟100"), group `n` and the unit's word.
RATE_SAID = (r"(?i)(?P<n>\d+)\s*(?:requests?|reqs?|calls?|hits?|r|peticiones|solicitudes|requisições|requêtes|"
             r"anfragen|richieste|zapyta\w*|запрос\w*|istek)?\s*(?:per|/|an?|each|every|por|pro|par|al|в|на|na|por|"
             r"je|à\s+la|a\s+la)\s*(?P<u>seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|segundos?|minutos?|horas?|"
             r"sekunde|minute|stunde|seconde|heure|secondo|minuto|ora|sekund\w*|minut\w*|godzin\w*|секунд\w*|"
             r"минут\w*|час\w*)\b|(?P<u2>dakikada|saniyede|saatte|毎分|毎秒|每分钟|每秒|分あたり|초당|분당)\s*(?P<n2>\d+)")
#: A rate written: nginx `rate=100r/s` (`r/s` or `r/m`), flask-limiter/slowapi/django-ratelimit `100/minute`,
#: `100 per minute`, `100/m`.
RATE_WRITTEN = (r"(?i)\brate\s*=\s*(?P<n>\d+)r/(?P<u>[smh])\b|[\"'](?P<n2>\d+)\s*(?:/|per)\s*(?P<u2>second|minute|hour|"
                r"day|sec|min|s|m|h|d)[\"']")
#: (programs, subcommand, positions of configure / write / read among the operands after the user, or JSON keys).
TRIPLES: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("rabbitmqctl", "set_permissions", (1, 2, 3)),  # USER CONF WRITE READ
    ("rabbitmqctl", "set_topic_permissions", (-1, 2, 3)),  # USER EXCHANGE WRITE READ (no configure)
)
#: Keys that carry a power in `key=value` operands or a JSON body (rabbitmqadmin, the management API).
TRIPLE_KEYS = {"configure": 0, "write": 1, "read": 2}
#: Redis ACL rules that let a user write or administer (`ACL SETUSER u +@all`, `allcommands`, `+@write`, `+set`).
REDIS_WRITE_RULES = frozenset({"+@all", "allcommands", "+@write", "+@dangerous", "+@admin", "+@keyspace", "+set", "+del",
                               "+flushdb", "+flushall", "+config"})
#: Patterns that grant nothing.
EMPTY = frozenset({"", "^$"})
# fmt: on
