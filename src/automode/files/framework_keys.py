"""What a framework's own configuration says about logging and secrets (session 16, class G4; reader:
`files.framework_read`, rules: `rules.writes_framework`).

Three tables, each row with must-match / must-not-match fixtures (`tests/files/test_framework_keys.py`):

* `LOGGERS`: loggers whose verbose levels write what crosses the wire into the logs: HTTP clients' wire and header
  loggers (Apache HttpClient 4/5 and 3, Reactor Netty, Logbook, Spring-WS message tracing, .NET HttpClient and
  HttpLogging, botocore, zeep, suds, oauthlib, httpcore), and the binders of SQL parameters (Hibernate). They are read
  from every logging format (`framework_read.levels`): logback/log4j XML (`<logger name=… level=…>`, `<level
  value=…>`), log4j 1 and 2 properties (`log4j.logger.X=DEBUG`, `logger.x.name` + `logger.x.level`), Spring
  `logging.level.X`, .NET `Logging:LogLevel` and Serilog `MinimumLevel:Override`, Quarkus categories, Python
  `dictConfig` and `getLogger(X).setLevel(…)`, fileConfig `[logger_x]` sections, `RUST_LOG`. The root logger at
  TRACE/ALL is its own row (an ask: everything at the finest level).
* `IDIOMS`: switches and code that log headers or bodies whatever the logger levels (`spring.mvc.log-request-
  details`, Feign `loggerLevel: full`, OkHttp `HttpLoggingInterceptor.Level.BODY`, Ktor `LogLevel.ALL`, ASP.NET
  `HttpLoggingFields.All`, EF `EnableSensitiveDataLogging()`, Reactor `wiretap(true)`, `HTTPConnection.debuglevel`,
  `javax.net.debug`, JAX-WS dump, access-log formats with `$http_authorization` or `%{Cookie}i`, PostgreSQL
  `log_statement = 'all'`), and redaction removed (pino/winston `redact`, Rails `filter_parameters`).
* `REFS`: how a configuration refers to a secret kept elsewhere (Helm `existingSecret`, Kubernetes `secretKeyRef`,
  CI `${{ secrets.X }}`, `${ENV}`, `env('X')`, `%env(X)%`, `process.env.X`, Vault/SOPS/Secrets Manager/Key Vault
  references, `*_FILE`, `passwordFile`), and `CRED_KEY`, the names of the keys that hold a credential: a reference
  removed and a literal credential written in its place is a secret put in plain text.

Checks: `log` (AM-SEC-053, deny), `log-ask` (AM-SEC-054, ask), `secret` (AM-SEC-055, deny).
"""

from __future__ import annotations

from automode.dc import dataclass
from automode.knowledge import log_secrets

Fixture = tuple[str, str, str]  # (path below the project, old text, new text); old "" = a new file


@dataclass(frozen=True, slots=True)
class Logger:
    id: str
    names: str  # regex over the lower-case logger name, matched whole
    level: str  # the most verbose level that is still quiet: a level finer than this one writes the traffic
    meaning: str  # plain words; {name} and {level} are filled in
    check: str  # log | log-ask
    words: tuple[str, ...]  # trigger words (lower case): one must be in the old or new text
    said: tuple[str, ...]  # the user's words for it
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()


#: Levels from the finest to the coarsest, in every framework's spelling (lower case).
RANK = {"all": 0, "finest": 0, "trace": 0, "verbose": 1, "finer": 1, "debug": 1, "fine": 1, "config": 2, "information": 2, "info": 2,
        "notice": 2, "warning": 3, "warn": 3, "error": 4, "severe": 4, "critical": 5, "fatal": 5, "off": 9, "none": 9,
        "5": 0, "10": 1, "20": 2, "30": 3, "40": 4, "50": 5, "silly": 0}

_WIRE_SAID = ("wire", "wire logging", "wire log", "headers", "header logging", "request logging", "raw request", "raw requests",
              "http logging", "httpclient", "http client", "request body", "bodies", "payload", "traffic", "dump", "client logging",
              "client-logging", "request-response", "request/response", "requests and responses", "full request")

LOGGERS: tuple[Logger, ...] = (
    Logger("http.wire", r"org\.apache\.http\.wire|org\.apache\.http\.headers|org\.apache\.hc\.client5\.http\.wire|"
           r"org\.apache\.hc\.client5\.http\.headers|httpclient\.wire(?:\.header|\.content)?|org\.apache\.commons\.httpclient(?:\.wire)?|"
           r"org\.apache\.http\.impl\.conn\.wire|reactor\.netty\.http\.client(?:\.httpclient(?:connect)?)?|"
           r"reactor\.netty\.transport\.logging|org\.zalando\.logbook(?:\.\w+)*|"
           r"org\.springframework\.ws\.(?:client|server)\.messagetracing(?:\.sent|\.received)?|"
           r"com\.sun\.xml\.(?:internal\.)?ws\.transport\.http\.client\.httptransportpipe|okhttp3(?:\.okhttpclient)?|"
           r"feign(?:\.logger)?|io\.netty\.handler\.logging(?:\.logginghandler)?|io\.micronaut\.http\.client(?:\.[\w.]+)?|"
           r"org\.jboss\.resteasy\.reactive\.client\.logging(?:\.[\w.]+)?|org\.apache\.cxf\.(?:services|ext\.logging)(?:\.[\w.]+)?|"
           r"org\.springframework\.web\.reactive\.function\.client\.exchangefunctions|io\.ktor\.client(?:\.[\w.]+)?|"
           r"org\.eclipse\.jetty\.client(?:\.[\w.]+)?|com\.github\.tomakehurst\.wiremock",
           "info", "writes HTTP traffic with its headers (Authorization, cookies) and bodies into the logs ({name} at {level})", "log",
           ("wire", "reactor.netty", "logbook", "messagetracing", "httptransportpipe", "okhttp3", "feign", "netty.handler.logging",
            "httpclient", "http.headers", "client5", "micronaut.http.client", "resteasy.reactive.client.logging", "apache.cxf",
            "exchangefunctions", "ktor.client", "jetty.client"),
           _WIRE_SAID,
           must_match=(("src/main/resources/logback.xml", '<configuration>\n  <root level="INFO"/>\n',
                        '<configuration>\n  <logger name="org.apache.http.wire" level="DEBUG"/>\n  <root level="INFO"/>\n'),
                       ("src/main/resources/log4j2.properties", "rootLogger.level = info\n",
                        "rootLogger.level = info\nlogger.wire.name = org.apache.hc.client5.http.wire\nlogger.wire.level = debug\n"),
                       ("src/main/resources/application.yml", "logging:\n  level:\n    com.shop: INFO\n",
                        "logging:\n  level:\n    com.shop: INFO\n    reactor.netty.http.client: DEBUG\n"),
                       ("src/main/resources/log4j.properties", "log4j.rootLogger=INFO, stdout\n",
                        "log4j.rootLogger=INFO, stdout\nlog4j.logger.httpclient.wire=DEBUG\n")),
           must_not_match=(("src/main/resources/logback.xml", '<configuration>\n  <root level="INFO"/>\n',
                            '<configuration>\n  <logger name="com.shop.payments" level="DEBUG"/>\n  <root level="INFO"/>\n'),
                           ("src/main/resources/logback.xml", '  <logger name="org.apache.http.wire" level="DEBUG"/>\n',
                            '  <logger name="org.apache.http.wire" level="WARN"/>\n'),
                           ("src/test/resources/logback-test.xml", "<configuration>\n",
                            '<configuration>\n  <logger name="org.apache.http.wire" level="DEBUG"/>\n'))),
    Logger("dotnet.httplogging", r"microsoft\.aspnetcore\.httplogging(?:\.httploggingmiddleware)?|microsoft\.aspnetcore\.w3clogging",
           "warning", "writes HTTP requests with their headers and bodies into the logs ({name} at {level})", "log",
           ("httplogging", "w3clogging"), _WIRE_SAID,
           must_match=(("src/Api/appsettings.json", '    "LogLevel": {\n      "Default": "Information"\n    }\n',
                        '    "LogLevel": {\n      "Default": "Information",\n      "Microsoft.AspNetCore.HttpLogging": "Information"\n    }\n'),),
           must_not_match=(("src/Api/appsettings.json", '    "LogLevel": {\n      "Default": "Information"\n    }\n',
                            '    "LogLevel": {\n      "Default": "Information",\n      "Microsoft.AspNetCore.HttpLogging": "Warning"\n    }\n'),)),
    Logger("dotnet.http", r"system\.net\.http\.httpclient(?:\.[\w.*]+)?|system\.net\.http",
           "info", "writes HTTP requests with their headers into the logs ({name} at {level})", "log",
           ("system.net.http", "httplogging", "w3clogging"), _WIRE_SAID,
           must_match=(("src/Api/appsettings.json", '    "LogLevel": {\n      "Default": "Information"\n    }\n',
                        '    "LogLevel": {\n      "Default": "Information",\n      "System.Net.Http.HttpClient": "Trace"\n    }\n'),),
           must_not_match=(("src/Api/appsettings.json", '    "LogLevel": {\n      "Default": "Information"\n    }\n',
                            '    "LogLevel": {\n      "Default": "Information",\n      "System.Net.Http.HttpClient": "Warning"\n    }\n'),)),
    Logger("python.clients", r"botocore(?:\.endpoint|\.hooks|\.parsers|\.auth)?|zeep\.transports|suds\.transport(?:\.http)?|"
           r"oauthlib|requests_oauthlib|httpcore(?:\.http11|\.http2)?|hpack|authlib",
           "info", "writes the client's requests with their headers or tokens into the logs ({name} at {level})", "log",
           ("botocore", "zeep", "suds", "oauthlib", "httpcore", "hpack", "authlib"), (*_WIRE_SAID, "botocore", "boto", "zeep", "oauth"),
           must_match=(("app/logging_conf.py", "LOGGING = {\n    'loggers': {\n    },\n}\n",
                        "LOGGING = {\n    'loggers': {\n        'botocore': {'level': 'DEBUG', 'handlers': ['console']},\n    },\n}\n"),
                       ("app/main.py", "import logging\n", "import logging\nlogging.getLogger('zeep.transports').setLevel(logging.DEBUG)\n")),
           must_not_match=(("app/main.py", "import logging\n", "import logging\nlogging.getLogger('botocore').setLevel(logging.WARNING)\n"),)),
    Logger("sql.binds", r"org\.hibernate\.type(?:\.descriptor\.sql(?:\.basicbinder)?)?|org\.hibernate\.orm\.jdbc\.bind|"
           r"org\.hibernate\.type\.descriptor\.jdbc|microsoft\.entityframeworkcore\.database\.command|jdbc\.sqlonly|jdbc\.sqltiming|"
           r"jdbc\.audit|org\.jooq\.tools\.loggerlistener|p6spy|django\.db\.backends|sqlalchemy\.engine(?:\.engine)?",
           "info", "writes every SQL statement with its bound values (passwords, personal data) into the logs ({name} at {level})",
           "log-ask", ("hibernate", "entityframeworkcore.database", "jdbc.sql", "jdbc.audit", "loggerlistener", "p6spy", "django.db.backends",
                       "sqlalchemy.engine"),
           ("sql", "queries", "query", "bind", "binds", "parameters", "params", "hibernate", "statements", "bound values"),
           must_match=(("src/main/resources/application.properties", "logging.level.root=INFO\n",
                        "logging.level.root=INFO\nlogging.level.org.hibernate.orm.jdbc.bind=TRACE\n"),),
           must_not_match=(("src/main/resources/application.properties", "logging.level.root=INFO\n",
                            "logging.level.root=INFO\nlogging.level.org.hibernate.SQL=INFO\n"),)),
    Logger("root.trace", r"root|rootlogger|default|<root>|\*", "debug",
           "puts every logger at the finest level ({name} at {level}): whatever any library writes, secrets included, goes to the logs",
           "log-ask", ("root", "default", "trace", "all"), ("root", "trace", "everything", "all loggers", "verbose", "every logger"),
           must_match=(("src/main/resources/logback.xml", '  <root level="INFO">\n', '  <root level="TRACE">\n'),),
           must_not_match=(("src/main/resources/logback.xml", '  <root level="INFO">\n', '  <root level="DEBUG">\n'),
                           ("src/main/resources/logback.xml", '  <root level="TRACE">\n', '  <root level="INFO">\n'))),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Idiom:
    id: str
    pattern: str  # regex over the text (inline flags)
    meaning: str
    check: str  # log | log-ask
    words: tuple[str, ...]  # trigger words (lower case)
    said: tuple[str, ...]
    files: str = ""  # the path must match this
    removed: bool = False  # the idiom is a protection: fewer in the new text than in the old weakens
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()


IDIOMS: tuple[Idiom, ...] = (
    Idiom("spring.request-details", r"(?im)log-request-details[\"']?\s*[:=]\s*[\"']?true\b|logRequestDetails\s*[:=(]\s*true\b|"
          r"enableLoggingRequestDetails\(\s*true\s*\)|rest-client\.logging\.scope[\"']?\s*[:=]\s*[\"']?(?:request-response|all)\b|"
          r"\bcxf\.logging\.enabled[\"']?\s*[:=]\s*[\"']?(?:true|pretty)\b|<(?:cxf:)?logging\b|LoggingFeature\(\)",
          "logs every request's headers and parameters (log-request-details)", "log",
          ("request-details", "requestdetails", "logging.scope", "cxf.logging", "cxf:logging", "loggingfeature"),
          (*_WIRE_SAID, "log-request-details", "request details", "logging.scope", "rest-client", "rest client", "cxf logging",
           "loggingfeature"),
          must_match=(("src/main/resources/application.yml", "spring:\n  mvc:\n    servlet:\n      path: /\n",
                       "spring:\n  mvc:\n    servlet:\n      path: /\n    log-request-details: true\n"),)),
    Idiom("client.full-logging", r"(?i)logger-?level[\"']?\s*[:=]\s*[\"']?(?:full|headers)\b|Logger\.Level\.(?:FULL|HEADERS)\b|"
          r"HttpLoggingInterceptor\.Level\.(?:BODY|HEADERS)\b|(?:level|setLevel)\s*[=(]\s*(?:HttpLoggingInterceptor\.)?Level\.(?:BODY|HEADERS)\b|"
          r"\bLogLevel\.(?:ALL|HEADERS|BODY)\b|HttpLoggingFields\.(?:All|RequestHeaders|RequestBody|ResponseBody|RequestPropertiesAndHeaders)\b|"
          r"setInclude(?:Headers|Payload)\(\s*true\s*\)|\binclude(?:Headers|Payload)\s*[:=]\s*true\b|\.wiretap\(\s*true|"
          r"\.wiretap\([^)\n]*(?:LogLevel\.(?:DEBUG|TRACE)|AdvancedByteBufFormat\.(?:TEXTUAL|HEX_DUMP))|"
          r"\bresponse\s*\(?\s*:logger\b[^\n]*\b(?:headers|bodies)\s*(?::|=>)\s*true|\bbodies\s*(?::|=>)\s*true|"
          r"\bdebug_output\b|set_debug_output\(|httputil\.DumpRequest(?:Out)?\(|MessageFormatter::DEBUG|\{req_headers\}|\{req_body\}|"
          r"\blogRequestBody\s*[:=]\s*true|\blog_?bodies\s*[:=]\s*true|\blog_?headers\s*[:=]\s*true|"
          r"HTTPConnection\.debuglevel\s*=\s*[1-9]|http_client\.HTTPConnection\.debuglevel\s*=\s*[1-9]|"
          r"javax\.net\.debug[\"']?\s*[=:,]\s*[\"']?(?:all|ssl|ssl:\w+)|HttpTransportPipe\.dump[\"']?\s*[=:,]\s*[\"']?true|"
          r"HttpAdapter\.dump[\"']?\s*[=:,]\s*[\"']?true|\bhttpLogging\s*\(\s*(?:true|\{[^}]*body)|boto3\.set_stream_logger\(\s*(?:name\s*=\s*)?['\"](?:botocore)?['\"]",
          "logs HTTP headers or bodies of every call (credentials and tokens included)", "log",
          ("logger-level", "loggerlevel", "logger.level", "httplogginginterceptor", "loglevel.", "httploggingfields", "setinclude", "includeheaders",
           "includepayload", "wiretap", "debuglevel", "javax.net.debug", "httptransportpipe", "httpadapter.dump",
           "httplogging", "set_stream_logger", "bodies", ":logger", "debug_output", "dumprequest", "messageformatter", "{req_",
           "logrequestbody", "log_bodies", "logbodies", "log_headers", "logheaders"),
          (*_WIRE_SAID, "full", "body", "loggerlevel", "logger level", "debuglevel", "javax.net.debug"),
          must_match=(("src/main/resources/application.yml", "feign:\n  client:\n    config:\n      default:\n        connectTimeout: 5000\n",
                       "feign:\n  client:\n    config:\n      default:\n        connectTimeout: 5000\n        loggerLevel: full\n"),
                      ("app/src/main/java/com/shop/ApiClient.kt", "    val client = OkHttpClient.Builder()\n",
                       "    val logging = HttpLoggingInterceptor().apply { level = HttpLoggingInterceptor.Level.BODY }\n"
                       "    val client = OkHttpClient.Builder().addInterceptor(logging)\n"),
                      ("src/Api/Program.cs", "builder.Services.AddHttpLogging(o => { });\n",
                       "builder.Services.AddHttpLogging(o => { o.LoggingFields = HttpLoggingFields.All; });\n")),
          must_not_match=(("app/src/main/java/com/shop/ApiClient.kt", "    val client = OkHttpClient.Builder()\n",
                           "    val logging = HttpLoggingInterceptor().apply { level = HttpLoggingInterceptor.Level.BASIC }\n"),)),
    Idiom("ef.sensitive-data", r"\bEnableSensitiveDataLogging\(\s*(?:true)?\s*\)|\bsensitive_?data_?logging\s*[:=]\s*true",
          "logs SQL with its parameter values (EnableSensitiveDataLogging): passwords and personal data in the logs", "log-ask",
          ("enablesensitivedatalogging", "sensitivedatalogging", "sensitive_data_logging"),
          ("sql", "query", "queries", "ef core", "efcore", "entity framework", "sensitive data", "parameters", "sensitivedatalogging"),
          must_match=(("src/Api/Program.cs", "builder.Services.AddDbContext<Shop>(o => o.UseNpgsql(cs));\n",
                       "builder.Services.AddDbContext<Shop>(o => o.UseNpgsql(cs).EnableSensitiveDataLogging());\n"),),
          must_not_match=(("src/Api/Program.cs", "    options.UseNpgsql(cs);\n",
                           "    options.UseNpgsql(cs);\n    if (builder.Environment.IsDevelopment())\n    {\n"
                           "        options.EnableSensitiveDataLogging();\n    }\n"),)),
    # (the forms of every server and the secret headers: `knowledge.log_secrets`; "the access log" names no secret)
    Idiom("access-log.secrets", log_secrets.pattern(),
          "writes Authorization headers, cookies or request bodies into the access log", "log", log_secrets.WORDS, log_secrets.SAID,
          must_match=(("deploy/nginx/nginx.conf", "    log_format main '$remote_addr $request $status';\n",
                       "    log_format main '$remote_addr $request $status $http_authorization';\n"),
                      ("src/server.ts", "app.use(morgan('combined'));\n", "app.use(morgan(':method :url :req[authorization]'));\n")),
          must_not_match=(("deploy/nginx/nginx.conf", "    log_format main '$remote_addr $request $status';\n",
                           "    log_format main '$remote_addr $request $status $request_time';\n"),)),
    Idiom("code.prints-headers", r"(?i)\b(?:console\.(?:log|info|debug|warn|error)|(?:_?logger|log|LOG|Log|logging|winston|pino)\.(?:info|debug|trace|warn|"
          r"warning|error|log|printf|println|print|verbose)|print|println|puts|pp|fmt\.Printf|System\.out\.println)\s*\(?[^\n;]*?(?:JSON\.stringify\(\s*)?"
          r"\b\w+\.(?:headers|all_headers|request\.headers|getHeaders\(\)|header\.get\(\s*['\"]authorization|Header\.Get\(\s*\"Authorization)|"
          r"\b(?:console\.(?:log|info|debug)|(?:_?logger|log)\.(?:info|debug|warn))\s*\([^\n;]*\[\s*['\"](?:authorization|cookie|x-api-key)['\"]\s*\]",
          "prints request headers (Authorization, cookies) into the logs from code", "log-ask",
          ("headers", "authorization", "cookie", "x-api-key"), ("headers", "header", "log headers", "print headers", "authorization", "cookies"),
          r"\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|cs|php)$",
          must_match=(("src/api/client.ts", "  return config;\n",
                       "  console.log('[api]', config.url, JSON.stringify(config.headers));\n  return config;\n"),),
          must_not_match=(("src/api/client.ts", "  return config;\n", "  console.log('[api]', config.url, config.method);\n  return config;\n"),
                          ("src/api/client.ts", "  return config;\n", "  config.headers['X-Client'] = 'web';\n  return config;\n"))),
    Idiom("db.log-all", r"(?im)^[ \t]*log_statement[ \t]*=[ \t]*'?all'?|^[ \t]*general_log[ \t]*=[ \t]*(?:1|on)\b|"
          r"log_statement[\"']?[ \t]*:[ \t]*[\"']?all\b",
          "logs every SQL statement, passwords in ALTER ROLE and personal data included (log_statement all)", "log-ask",
          ("log_statement", "general_log"), ("log_statement", "general_log", "all statements", "every statement", "every query", "all queries"),
          must_match=(("docker/postgres/postgresql.conf", "log_statement = 'ddl'\n", "log_statement = 'all'\n"),)),
    Idiom("redaction.removed", r"(?i)\bredact(?:ed|ion)?(?:Paths|_paths|Keys)?[\"']?\s*[:=]\s*[\[{(]?[^\n]{0,200}?(?:authori[sz]ation|password|cookie|token|secret|card)|"
          r"filter_parameters\s*(?:\+=|=|<<)[^\n]*|filter_attributes\s*(?:\+=|=)[^\n]*|\bsensitive_variables\b|"
          r"\bSENSITIVE_(?:FIELDS|HEADERS|KEYS)\s*=|before_send\s*=\s*\w*(?:scrub|redact|strip)\w*",
          "removes the redaction that kept passwords, tokens or cookies out of the logs", "log",
          ("redact", "filter_parameters", "filter_attributes", "sensitive_variables", "sensitive_fields", "sensitive_headers",
           "sensitive_keys", "before_send"),
          ("redact", "redaction", "filter_parameters", "filter parameters", "scrub", "scrubbing", "mask", "masking"), removed=True,
          must_match=(("src/logger.ts", "export const logger = pino({\n  redact: ['req.headers.authorization', 'body.password'],\n});\n",
                       "export const logger = pino({\n  level: 'info',\n});\n"),
                      ("config/initializers/filter_parameter_logging.rb",
                       "Rails.application.config.filter_parameters += [:passw, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn]\n",
                       "\n"),
                      ("config/initializers/filter_parameter_logging.rb",
                       "Rails.application.config.filter_parameters += [\n  :passw, :secret, :token, :_key, :otp, :ssn\n]\n",
                       "Rails.application.config.filter_parameters += [\n  :otp, :ssn\n]\n")),
          must_not_match=(("src/logger.ts", "export const logger = pino({\n  redact: ['req.headers.authorization'],\n});\n",
                           "export const logger = pino({\n  level: 'info',\n  redact: ['req.headers.authorization', 'body.password'],\n});\n"),)),
)  # fmt: skip


#: A reference to a secret kept elsewhere, in any configuration language.
REFS = (r"(?i)\bexistingSecret\w*|\bsecretKeyRef\b|\bsecretRef\b|\bvalueFrom\s*:|\bsecretName\s*:|\$\{\{\s*secrets\.|"
        r"\$\{\{\s*env\.|\$\{[A-Za-z_][\w.]*(?::-[^}\n]*)?\}|\$\([A-Z_][A-Z0-9_]*\)|%env\([\w:]+\)%|\benv\(\s*['\"]|\bgetenv\(|"
        r"process\.env\b|import\.meta\.env\.|os\.environ|\bENV\[|\bENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|"
        r"\bvault:|ref\+\w+://|arn:aws:(?:secretsmanager|ssm):|\{\{resolve:(?:secretsmanager|ssm-secure)|@Microsoft\.KeyVault\(|"
        r"\bop://|\bsops\b|_FILE\s*[:=]|passwordFile|password_file|secretFile|credentials\(\s*['\"]|\bcredentials\.\w+|"
        r"Rails\.application\.credentials|\{\{\s*\.Values\.[\w.]*(?:secret|password|token)|\bsecret://|\bsm://|akv://|"
        r"\bgcp:secretmanager|\$__file\{|\$__env\{|\bkeyvault\b|lookup\(\s*['\"](?:env|hashi_vault|aws_secret)|\{\{\s*vault\(|"
        # Terraform variables and data sources, Ansible vault variables and lookups, Jinja variables named for a secret
        r"\bvar\.\w+|\blocal\.\w*(?:pass|secret|token|key)\w*|\bdata\.\w*(?:secret|ssm|vault|key_?vault|kms)\w*\.|\brandom_password\.|"
        r"\{\{\s*vault_\w+|\{\{\s*lookup\(|\{\{\s*\w*(?:pass|secret|token|key)\w*\s*(?:\|[^}]*)?\}\}|!vault\b")
#: The last part of a key that holds a credential (lower case).
CRED_KEY = (r"(?i)(?:^|[._-])(?:\w*pass(?:word|wd|phrase)?|pwd|\w*secret(?:_?key)?|\w*token|api_?key|apikey|access_?key(?:_?id)?|"
            r"private_?key|client_?secret|auth_?token|credentials?|dsn|connection_?string|database_?url|db_?url|\w*_key)$")
#: Values that are no credential: empty, a placeholder or a reference.
PLACEHOLDER = (r"(?i)^(?:|x+|\*+|-+|\.+|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|changeme|change_me|replace_?me|todo|tbd|null|none|nil|false|true|"
               r"your[_-]?\w*|example\w*|placeholder|secret|password|redacted|dummy|test|fake)$|"
               # a value that says it is none: `fake-key`, `django-insecure-…`, `dummy-token`, `not-a-real-secret`, `dev-only`
               r"fake|dummy|example|change[-_]?me|placeholder|insecure|not[-_]?a[-_]?(?:real[-_]?)?(?:secret|password|key)|"
               r"xxx|sample|test|dev[-_]only|local[-_]only|do[-_]?not[-_]?use|replace[-_]?(?:me|this)")

#: A value that is wholly a placeholder (what a reference replaced by a "fake" literal still is: `changeme`, `<pw>`).
#: A literal that only contains such a word (`Zr7!pq-EXAMPLE-prod`) is a value, where a reference was replaced by it.
PLACEHOLDER_WHOLE = (r"(?i)^(?:|x+|\*+|-+|\.+|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|changeme|change_me|replace_?me|todo|tbd|null|none|nil|false|true|"
                     r"your[_-]?\w*|example\w*|placeholder|secret|password|redacted|dummy|test|fake)$")

REF_FIXTURES: tuple[tuple[str, str, str, bool], ...] = (
    ("charts/monitoring/values.yaml", "grafana:\n  admin:\n    existingSecret: grafana-admin\n",
     'grafana:\n  adminUser: admin\n  adminPassword: "Indigo#2024"\n', True),
    ("k8s/orders/deployment.yaml", "          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: orders-db\n",
     '          - name: DB_PASSWORD\n            value: "pR0d-0rders!2024"\n', True),
    (".github/workflows/publish.yml", "          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n", "          NPM_TOKEN: npm_7fQx2LmP9vRt4KwZ8yNc3HbJ6sDg1Ea0TuQo\n", True),
    ("config/database.php", "            'password' => env('DB_PASSWORD', ''),\n", "            'password' => 'S3cr3t-Pr0d!',\n", True),
    ("charts/monitoring/values.yaml", "grafana:\n  admin:\n    existingSecret: grafana-admin\n",
     "grafana:\n  admin:\n    existingSecret: grafana-admin-v2\n", False),
    ("k8s/orders/deployment.yaml", "          - name: LOG_LEVEL\n            value: info\n", "          - name: LOG_LEVEL\n            value: debug\n", False),
    ("config/database.php", "            'password' => env('DB_PASSWORD', ''),\n", "            'password' => env('DB_PASS', ''),\n", False),
)
