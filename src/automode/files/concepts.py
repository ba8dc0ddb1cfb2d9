"""Security concepts in the names of settings: the data `files.named` reads (issue 11 §3).

A setting's name — a key, attribute, argument, flag, environment variable or decorator, in any language or config
format — is split into words (`rejectUnauthorized` → reject, unauthorized; `NODE_TLS_REJECT_UNAUTHORIZED`;
`--unsafely-ignore-certificate-errors`) and matched against the phrases of CONCEPTS, longest phrase first. A
NEGATOR among the words (`skip_verify`, `disableCsrf`, `--no-sandbox`, `csrf_exempt`) flips the concept: the
setting then exposes when it is on. A NEUTRAL word says the name is about something else (`verify_message`,
`auth_url`). Generic names (`enabled`, `mode`) borrow the words of the key they sit under (`csrf: {enabled: false}`).

Each concept says which way its values weaken it:

* `guard` (the default): on protects; an off value (`false`, `0`, `disabled`, `none`, `skip`, `insecure` ...) where
  an on or configured value was, weakens it; with `strong`, writing the off value weakens it by itself;
* `hazard`: on exposes (`insecure: true`, `debug: true`, `allow_all`, a `--no-sandbox` flag, an `@csrf_exempt`);
* `wide`: a list of who may come in (origins, hosts, source ranges): a value naming everyone (`*`, `0.0.0.0/0`)
  weakens it; turning it off does not;
* `shrink` / `grow`: a list of checks to run (`select = ["E", "F"]`) loses items, or a list of checks to skip
  (`ignore = [...]`) gains them.

`removal`: deleting an explicit on value weakens (the framework's default is off: a cookie's `httpOnly`).
Fixtures on both sides are the concept's own (`tests/engine/test_named_settings.py`).
"""

from __future__ import annotations

from automode.dc import dataclass

Fixture = tuple[str, str, str]  # (path below the project, old text, new text); old "" = a new file


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    phrases: tuple[str, ...]  # word sequences (space-separated, lower case) that name the concept in a setting's name
    check: str  # the weakening family, i.e. the rule that reports it (see `files.settings_table`)
    what: str  # plain words for the reason
    polarity: str = "guard"  # guard | hazard | wide | shrink | grow
    strong: bool = False  # writing the weak value weakens by itself, without an old value to compare
    strong_near: str = ""  # ... or only when the text also matches this (every origin, with credentials)
    scope: str = "prod"  # prod: not tests, examples or development settings; prod-only: production settings only
    near: str = ""  # the text or the path must also match this (the context that makes the name a security one)
    removal: bool = False  # deleting an explicit on value weakens (the default is off)
    wide: str = r"^(?:\*\*?|\*\.\*|\.\*|0\.0\.0\.0/0|::/0|all|any|everyone|everybody)$"  # values that open a `wide` concept
    off_values: str = ""  # more values (a regular expression, lower case) that switch this concept off
    on_values: str = ""  # ... and on
    unset_off: bool = False  # `None`/`null` switches it off (a callback, a hook), rather than leaving the default
    unset_on: bool = False  # `None`/`""` switches it on (a flag in a dict of command-line options: pdfkit `{'flag': None}`)
    opened: str = "opens {what} to everyone"  # the reason's words for a `wide` value
    paths: str = ""  # the file's path must match this (empty: any file but prose)
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()


#: Words in a name that turn the concept around: the setting exposes when it is on.
NEGATORS = frozenset({"skip", "skips", "skipped", "disable", "disabled", "disables", "no", "not", "ignore", "ignores",
                      "ignored", "bypass", "bypasses", "exempt", "exempts", "exempted", "without", "unverified",
                      "unchecked", "unsafe", "unsafely", "dangerously", "insecure", "insecurely", "allow_insecure",
                      "trust_all", "nocheck", "noverify", "skipverify"})  # fmt: skip
#: Words that say a name is about something else than the control (a message, an address, a counter ...).
NEUTRAL = frozenset({"warning", "warnings", "warn", "message", "messages", "msg", "label", "text", "title", "description",
                     "help", "hint", "placeholder", "url", "uri", "endpoint", "path", "file", "files", "dir", "directory",
                     "name", "key", "secret", "token", "tokens", "count", "timeout", "log", "logs", "logger", "level",
                     "version", "port", "class", "test", "tests", "spec", "mock", "fake",
                     "example", "doc", "docs", "status", "code", "result", "response", "callback", "handler", "cache",
                     "icon", "color", "style", "prompt", "email", "username", "user", "password", "id", "ids", "egress",
                     "outbound"})  # fmt: skip
#: Names that only say "on/off" and take their concept from the key they sit under.
GENERIC = frozenset({"enabled", "enable", "enforce", "enforced", "enforcing", "required", "require", "active", "mode",
                     "on", "state", "is", "use", "set", "should", "type"})  # fmt: skip

#: Values that switch a control on or off (lower case, unquoted). `None`/`null`/`undefined` leave a setting unset.
ON_VALUES = frozenset({"true", "yes", "on", "1", "enabled", "enable", "always", "required", "require", "strict",
                       "verify-full", "verify_full", "verify-ca", "full", "enforce", "enforcing", "deny"})  # fmt: skip
OFF_VALUES = frozenset({"false", "no", "off", "0", "disabled", "disable", "never", "skip", "ignore", "insecure",
                        "none", "unsafe", "permissive", "unconfined", "skip-verify", "skip_verify", "noverify",
                        "no-verify", "nocheck", "allow-all", "allow_all", "bypass"})  # fmt: skip

LINT_CONFIG = (r"/(?:pyproject\.toml|ruff\.toml|\.ruff\.toml|setup\.cfg|tox\.ini|\.flake8|\.?pylintrc|\.golangci\.(?:ya?ml|toml)|"
               r"\.rubocop\.ya?ml|\.eslintrc[\w.]*|eslint\.config\.\w+|biome\.jsonc?|clippy\.toml|\.semgrep\.ya?ml|\.?bandit(?:\.ya?ml)?|"
               r"\.sqlfluff|\.swiftlint\.ya?ml|detekt\.ya?ml|phpstan\.neon(?:\.dist)?|\.credo\.exs|\.markdownlint[\w.]*)$")
CODE = r"\.(js|ts|mjs|cjs|jsx|tsx|py|rb|php|go|java|kt|cs|ex|exs)$"

CONCEPTS: tuple[Concept, ...] = (
    # ---------------------------------------------------------------------------------------- verification
    Concept("tls-verify", ("verify", "verification", "verify ssl", "ssl verify", "verify tls", "tls verify", "verify peer",
                           "verify host", "verify hostname", "verify certs", "verify certificate", "verify certificates",
                           "check hostname", "check certificate", "check certificates", "reject unauthorized",
                           "reject unauthorised", "validate certs", "validate certificate", "validate certificates",
                           "certificate validation", "cert validation", "cert reqs", "verify mode", "sslmode", "ssl mode",
                           "cert check", "certificate check", "host key checking", "https errors", "certificate errors",
                           "cert errors", "ssl errors", "tls errors", "ssl certificate", "tls certificate", "strict host key checking",
                           "hostname verification", "peer verification", "ssl verification", "tls verification",
                           "certificate", "certificates", "cert", "certs", "pythonhttpsverify", "sslverify",
                           # yarnrc enableStrictSsl; libcurl CURLOPT_SSL_VERIFYPEER/HOST (httr); docker --tlsverify; cargo
                           # http.check-revoke
                           "strict ssl", "enable strict ssl", "verifypeer", "ssl verifypeer", "verifyhost", "ssl verifyhost",
                           "tlsverify", "check revoke", "revocation check", "check certificate revocation",
                           # gcloud `auth/disable_ssl_validation`; composer `secure-http` (plain-http downloads when off)
                           "ssl validation", "tls validation", "secure http"),
            "verify", "certificate, token or signature verification", strong=True,
            must_match=(("app/auth/tokens.py", '    payload = jwt.decode(token, key, algorithms=["HS256"], audience="parcel-api")\n',
                         '    payload = jwt.decode(token, key, algorithms=["HS256"], options={"verify_aud": False})\n'),
                        ("deno.json", '"start": "deno run --allow-net main.ts"',
                         '"start": "deno run --unsafely-ignore-certificate-errors --allow-net main.ts"'),
                        ("config/db.yml", "  sslmode: verify-full\n", "  sslmode: disable\n"),
                        ("ansible/roles/web/tasks/main.yml", "    validate_certs: yes\n", "    validate_certs: no\n"),
                        ("src/client.ts", "const agent = new https.Agent({ keepAlive: true });\n",
                         "const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });\n"),
                        (".env.production", "API_URL=https://api.acme.example\n",
                         "API_URL=https://api.acme.example\nNODE_TLS_REJECT_UNAUTHORIZED=0\n"),
                        ("ansible.cfg", "[defaults]\nhost_key_checking = True\n", "[defaults]\nhost_key_checking = False\n"),
                        ("playwright.config.ts", "  use: { baseURL },\n", "  use: { baseURL, ignoreHTTPSErrors: true },\n")),
            must_not_match=(("config/db.yml", "  sslmode: disable\n", "  sslmode: verify-full\n"),
                            ("src/client.ts", "  verifySsl: true,\n", "  verify_ssl: true,\n"),
                            ("tests/test_client.py", "r = get(url)\n", "r = requests.get(local_url, verify=False)\n"),
                            ("README.md", "", "Set `verify_ssl: false` only for local testing.\n"),
                            ("src/mail.ts", "  verifyMessage: true,\n", "  verifyMessage: false,\n"),
                            ("src/forms.py", "def clean(self, verify=True):\n", "def clean(self, verify=False):\n"),
                            ("src/cli.py", "", 'parser.add_argument("--no-verify", action="store_true", help="skip the checks")\n'),
                            ("bench/cases.jsonl", "", '{"cmd": "curl --insecure https://x.example"}\n'),
                            ("config/dev.yml", "  verify_ssl: true\n", "  verify_ssl: false\n"),
                            ("app/auth/tokens.py", '    claims = jwt.decode(t, k, options={"verify_aud": False})\n',
                             '    claims = jwt.decode(t, k, audience="parcel-api")\n'))),
    Concept("trusted-dirs", ("safe directory", "safe directories", "trusted directories", "trusted folders"),
            "verify", "the directories trusted whoever owns them", polarity="wide", strong=True,
            wide=r"^(?:\*|/|all|any)$", opened="trusts every directory ({what})",
            must_match=(("roles/dev/vars/main.yml", "git_safe_directories:\n  - /srv/app\n", "git_safe_directories:\n  - '*'\n"),),
            must_not_match=(("roles/dev/vars/main.yml", "", "git_safe_directories:\n  - /srv/app\n"),)),
    Concept("commit-signing", ("gpgsign", "gpg sign", "sign commits", "commit signing", "sign tags"), "verify",
            "commit or tag signing",
            must_match=(("dotfiles/gitconfig", "[commit]\n\tgpgsign = true\n", "[commit]\n\tgpgsign = false\n"),),
            must_not_match=(("dotfiles/gitconfig", "[commit]\n\tgpgsign = false\n", "[commit]\n\tgpgsign = true\n"),
                            ("dotfiles/gitconfig", "", "[commit]\n\tgpgsign = false\n"))),
    Concept("signature", ("signature", "signatures", "signature verification", "signature validation", "verify signature",
                          "verify signatures", "check signature", "validate signature", "signed", "require signed",
                          "gpgcheck", "gpg check", "repo gpgcheck", "integrity", "checksum", "verify checksum",
                          # nix.conf require-sigs; DOCKER_CONTENT_TRUST; go.dev/ref/mod GOSUMDB; sbt update/checksums;
                          # pacman.conf SigLevel; git transfer.fsckObjects; Gradle dependency verification; CloudTrail
                          "require sigs", "content trust", "gosumdb", "checksums", "checksum policy", "sig level",
                          "siglevel", "fsck objects", "fsckobjects", "dependency verification", "log file validation",
                          "signature validation mode", "pkgverify"),
            "verify", "signature or integrity verification", strong=True,
            off_values=r"accept|optional|lenient|warn|never|trustall|package ?never|database ?never",
            must_match=(("src/webhooks.ts", "const opts = { verifySignature: true };\n", "const opts = { verifySignature: false };\n"),
                        ("deploy/yum.repos.d/internal.repo", "gpgcheck=1\n", "gpgcheck=0\n"),
                        ("modules/nix.nix", "  nix.settings.require-sigs = true;\n", "  nix.settings.require-sigs = false;\n"),
                        ("build.sbt", "", "ThisBuild / update / checksums := Nil\n")),
            must_not_match=(("src/webhooks.ts", "const opts = { verifySignature: false };\n", "const opts = { verifySignature: true };\n"),
                            ("src/upload.ts", "  signatureVersion: 'v4',\n", "  signatureVersion: 'v2',\n"),
                            ("build.sbt", "", 'ThisBuild / update / checksums := Seq("sha256")\n'))),
    # gpg.conf(5): `trust-model always` skips key validation.
    Concept("trust-model", ("trust model",), "verify", "the validity check of signing keys", strong=True, off_values=r"always",
            on_values=r"pgp|classic|tofu|tofu\+pgp|auto|direct",
            must_match=(("gnupg/gpg.conf", "keyserver hkps://keys.openpgp.org\n", "keyserver hkps://keys.openpgp.org\ntrust-model always\n"),),
            must_not_match=(("gnupg/gpg.conf", "trust-model always\n", "trust-model tofu+pgp\n"),)),
    # sources.list(5) `[trusted=yes]`, deb822 `Trusted: yes`; apt-secure(8) Acquire::AllowInsecureRepositories.
    Concept("apt-trust", ("trusted", "allow insecure repositories", "allow downgrade to insecure repositories",
                          "allow weak repositories"),
            "verify", "the signature check of a package repository", polarity="hazard", strong=True,
            near=r"(?i)^\s*deb(?:-src)?\s|\bapt\b|Acquire::|^Types:\s*deb|sources\.list|\.sources$",
            must_match=(("deploy/apt/sources.list.d/internal.list", "deb [signed-by=/etc/apt/keyrings/i.gpg] https://apt.i.example stable main\n",
                         "deb [trusted=yes] http://apt.i.example stable main\n"),
                        ("deploy/apt/apt.conf.d/99insecure", "", 'Acquire::AllowInsecureRepositories "true";\n')),
            must_not_match=(("deploy/apt/sources.list.d/internal.list", "deb [trusted=yes] http://apt.i.example stable main\n",
                             "deb [signed-by=/etc/apt/keyrings/i.gpg] https://apt.i.example stable main\n"),
                            ("src/models/device.py", "", "    trusted = True\n"))),
    # OWASP certificate pinning; Android network-security-config <pin-set>.
    # Kafka ssl.endpoint.identification.algorithm: empty turns the broker's host name check off.
    Concept("hostname-verification", ("endpoint identification algorithm", "identification algorithm"), "verify",
            "the server host name check", strong=True, unset_off=True,
            must_match=(("config/producer.properties", "ssl.endpoint.identification.algorithm=https\n", "ssl.endpoint.identification.algorithm=\n"),),
            must_not_match=(("config/producer.properties", "ssl.endpoint.identification.algorithm=\n", "ssl.endpoint.identification.algorithm=https\n"),)),
    Concept("pinning", ("certificate pinning", "cert pinning", "ssl pinning", "public key pinning", "pinning", "pin certificates"),
            "verify", "certificate pinning", strong=True,
            must_match=(("app/config/network.json", '{ "sslPinning": true }\n', '{ "sslPinning": false }\n'),),
            must_not_match=(("app/config/network.json", '{ "sslPinning": false }\n', '{ "sslPinning": true }\n'),)),
    # ---------------------------------------------------------------------------------------- browser protections
    Concept("csp", ("content security policy", "csp", "contentsecuritypolicy"), "exposure",
            "the Content-Security-Policy", strong=True,
            must_match=(("src/server/security.ts", "app.use(helmet({ contentSecurityPolicy: { directives } }));\n",
                         "app.use(helmet({ contentSecurityPolicy: false }));\n"),
                        ("config/secure_headers.rb", "  config.csp = { default_src: %w('self') }\n", "  config.csp = SecureHeaders::OPT_OUT\n")),
            must_not_match=(("src/server/security.ts", "app.use(helmet({ contentSecurityPolicy: { directives } }));\n",
                             "app.use(helmet({ contentSecurityPolicy: { directives: { ...directives, frameSrc: ['https://js.stripe.com'] } } }));\n"),
                            ("src/server/security.ts", "app.use(helmet({ contentSecurityPolicy: false }));\n",
                             "app.use(helmet({ contentSecurityPolicy: { directives } }));\n"))),
    Concept("browser-guard", ("hsts", "strict transport security", "xss protection", "xss filter", "xssfilter", "frameguard",
                              "frame options", "nosniff", "no sniff", "web security", "websecurity", "context isolation",
                              "same origin policy", "referrer policy", "cross origin embedder policy",
                              "cross origin opener policy", "cross origin resource policy"),
            "exposure", "a browser protection", strong=True,
            must_match=(("src/app.ts", "app.use(helmet());\n", "app.use(helmet({ hsts: false }));\n"),
                        ("electron/main.ts", "  webPreferences: { preload, contextIsolation: true },\n",
                         "  webPreferences: { preload, contextIsolation: false },\n")),
            must_not_match=(("src/app.ts", "app.use(helmet({ hsts: false }));\n", "app.use(helmet({ hsts: { maxAge: 31536000 } }));\n"),)),
    Concept("sandbox", ("sandbox", "sandboxed", "sandboxing", "enable sandbox"), "exposure", "a process sandbox",
            strong=True, near=r"(?i)webPreferences|BrowserWindow|webview|electron|puppeteer|playwright|chrom|iframe|launch\(|"
                              r"--no-sandbox|seccomp|gvisor|firejail|bubblewrap|flatpak|nix\.(?:settings|conf)|nix\.conf$|\.nix$",
            must_match=(("electron/main.ts", "  webPreferences: { preload, sandbox: true },\n", "  webPreferences: { preload, sandbox: false },\n"),
                        ("scripts/pdf.js", "const browser = await puppeteer.launch({ args: [] });\n",
                         "const browser = await puppeteer.launch({ args: ['--no-sandbox'] });\n")),
            must_not_match=(("electron/main.ts", "  webPreferences: { preload, sandbox: false },\n", "  webPreferences: { preload, sandbox: true },\n"),
                            ("src/payments.py", "STRIPE_SANDBOX = True\n", "STRIPE_SANDBOX = False\n"),
                            ("config/paypal.yml", "  mode: sandbox\n", "  mode: live\n"))),
    # A document renderer that fetches what the document names: dompdf (github.com/dompdf/dompdf#security:
    # isRemoteEnabled, isPhpEnabled, chroot; barryvdh/laravel-dompdf config 'enable_remote', 'enable_php'),
    # wkhtmltopdf (wkhtmltopdf.org/usage/wkhtmltopdf.txt --enable-local-file-access, pdfkit/wicked_pdf options),
    # Chromium switches (--allow-file-access-from-files, --disable-web-security), WeasyPrint, mPDF.
    Concept("renderer-fetch", ("enable remote", "remote enabled", "is remote enabled", "allow remote", "enable local file access",
                               "local file access", "allow file access from files", "allow file access",
                               "allow universal access from file urls", "allow file access from file urls", "enable php",
                               "is php enabled", "php enabled", "enable javascript", "is javascript enabled", "disable web security",
                               "web security", "allow running insecure content", "allow local files", "enable local files",
                               "show image errors"),
            "exposure", "a document renderer's fetching of remote URLs and local files (SSRF, file read)", polarity="hazard", strong=True,
            unset_on=True,
            near=r"(?i)pdf|dompdf|mpdf|wkhtml|snappy|weasyprint|puppeteer|playwright|chrom|electron|webPreferences|html2|render|"
                 r"--enable-local-file-access|--allow-file-access|--disable-web-security",
            must_match=(("config/dompdf.php", "        'enable_remote' => false,\n", "        'enable_remote' => true,\n"),
                        ("app/pdf.py", "PDF_OPTIONS = {'page-size': 'A4'}\n",
                         "PDF_OPTIONS = {'page-size': 'A4', 'enable-local-file-access': None}\n"),
                        ("scripts/render.js", "const browser = await puppeteer.launch({ args: [] });\n",
                         "const browser = await puppeteer.launch({ args: ['--allow-file-access-from-files'] });\n")),
            must_not_match=(("config/dompdf.php", "        'enable_remote' => true,\n", "        'enable_remote' => false,\n"),
                            ("config/dompdf.php", "        'dpi' => 96,\n", "        'dpi' => 150,\n"),
                            ("src/git/remote.ts", "", "const remoteEnabled = true;\n"))),
    # dompdf `chroot` (github.com/dompdf/dompdf: the directory local files may be read from); mPDF basepath.
    Concept("renderer-root", ("chroot", "chroot dir", "base path", "basepath", "allowed paths", "root dir"),
            "exposure", "the directories the renderer may read", polarity="wide", strong=True, wide=r"^(?:/|\*|[A-Za-z]:\\?|/\*)$",
            opened="lets the renderer read every file on the machine ({what})",
            near=r"(?i)pdf|dompdf|mpdf|wkhtml|snappy|weasyprint|render",
            must_match=(("config/dompdf.php", "        'enable_remote' => false,\n", "        'enable_remote' => false,\n        'chroot' => '/',\n"),),
            must_not_match=(("config/dompdf.php", "        'enable_remote' => false,\n",
                             "        'enable_remote' => false,\n        'chroot' => realpath(base_path()),\n"),)),
    # A server's whole security layer switched off: Elasticsearch/OpenSearch (elastic.co/guide: xpack.security.enabled;
    # opensearch.org: plugins.security.disabled), Kibana, Spring Boot `security.basic.enabled`, Solr, Keycloak.
    Concept("security-layer", ("security enabled", "enable security", "xpack security", "xpack security enabled", "plugins security",
                               "security plugin", "opensearch security",
                               "security basic enabled", "security enforced"),
            "exposure", "the server's security layer (authentication and TLS)", strong=True,
            near=r"(?i)xpack|elastic|opensearch|kibana|plugins\.security|spring|solr|keycloak|cluster|node\.|discovery|http\.port|network\.host",
            must_match=(("config/elasticsearch.yml", "xpack.security.enabled: true\n", "xpack.security.enabled: false\n"),
                        ("opensearch/opensearch.yml", "cluster.name: logs\n", "cluster.name: logs\nplugins.security.disabled: true\n")),
            must_not_match=(("config/elasticsearch.yml", "xpack.security.enabled: false\n", "xpack.security.enabled: true\n"),
                            ("config/elasticsearch.yml", "cluster.name: logs\n", "cluster.name: search\n"))),
    Concept("autoescape", ("autoescape", "auto escape", "escape html", "html escape", "xss"),
            "exposure", "automatic output escaping", strong=True,
            must_match=(("app/templating.py", "env = Environment(loader=loader, autoescape=True)\n",
                         "env = Environment(loader=loader, autoescape=False)\n"),),
            must_not_match=(("app/templating.py", "env = Environment(loader=loader)\n",
                             "env = Environment(loader=loader, autoescape=select_autoescape(['html']))\n"),)),
    Concept("escape", ("escape", "escaping", "sanitize", "sanitise", "sanitizer", "sanitization", "sanitize html"),
            "exposure", "output escaping or sanitising",
            must_match=(("src/render.ts", "const md = new Remarkable({ html: true, sanitize: true });\n",
                         "const md = new Remarkable({ html: true, sanitize: false });\n"),),
            must_not_match=(("src/i18n.ts", "", "i18n.init({ interpolation: { escapeValue: false } });\n"),
                            ("src/csv.ts", "  escapeFormulae: true,\n", "  escapeChar: '\"',\n"))),
    # ---------------------------------------------------------------------------------------- who may call
    Concept("csrf", ("csrf", "xsrf", "forgery", "forgery protection", "csrf protection", "authenticity token",
                     "verify authenticity token", "csrf check", "check origin"),
            "auth", "CSRF protection", strong=True,
            must_match=(("accounts/views.py", "class StaffLoginView(LoginView):\n",
                         '@method_decorator(csrf_exempt, name="dispatch")\nclass StaffLoginView(LoginView):\n'),
                        ("config/packages/framework.yaml", "    csrf_protection: true\n", "    csrf_protection: false\n"),
                        ("src/main/resources/application.yml", "  security:\n    csrf:\n      enabled: true\n",
                         "  security:\n    csrf:\n      enabled: false\n")),
            must_not_match=(("accounts/views.py", "class StaffLoginView(LoginView):\n",
                             '@method_decorator(csrf_protect, name="dispatch")\nclass StaffLoginView(LoginView):\n'),
                            ("src/api.ts", "  headers: { 'X-CSRF-Token': token },\n", "  headers: { 'X-CSRF-Token': getToken() },\n"),
                            ("tests/test_login.py", "    client = Client()\n", "    client = Client(enforce_csrf_checks=False)\n"))),
    Concept("auth", ("auth", "authn", "authz", "authentication", "authenticate", "authenticated", "authorization",
                     "authorisation", "authorize", "authorise", "authorized", "require auth", "requires auth",
                     "login required", "require login", "requires login", "permission", "permissions",
                     "permission classes", "authentication classes", "access control", "rbac", "acl", "mfa",
                     "two factor", "2fa", "otp", "require mfa", "basic auth",
                     # MySQL --skip-grant-tables; PostgreSQL pg_hba.conf auth-method column (`files.syntax`)
                     "grant tables", "auth method", "authentication method"),
            "auth", "an authentication or authorisation check",
            # pg_hba `trust`, kubelet/apiserver authorization mode `AlwaysAllow`: everyone passes.
            off_values=r"trust|alwaysallow|always_allow|allow_?all|noauth|no_auth",
            # ... written where everyone can reach it: a pg_hba row for every address, a port published on all interfaces.
            strong_near=r"(?m)^\s*host\w*\s+all\s+all\s+(?:0\.0\.0\.0/0|::/0|all)\s+trust\b|\b0\.0\.0\.0:\d+:\d+",
            must_match=(("src/routes/admin.js", "  options: { auth: 'session' },\n", "  options: { auth: false },\n"),
                        ("deploy/postgres/pg_hba.conf", "host    all    all    10.0.0.0/8    scram-sha-256\n",
                         "host    all    all    10.0.0.0/8    trust\n"),
                        ("deploy/mysql/my.cnf", "[mysqld]\nport = 3306\n", "[mysqld]\nport = 3306\nskip-grant-tables\n"),
                        ("compose.yaml", "  db:\n    image: postgres:16\n",
                         '  db:\n    image: postgres:16\n    ports:\n      - "0.0.0.0:5432:5432"\n    environment:\n'
                         "      POSTGRES_HOST_AUTH_METHOD: trust\n"),
                        ("api/views.py", "    permission_classes = [IsAuthenticated]\n", "    permission_classes = []\n"),
                        ("api/views.py", "class Export(APIView):\n", "@skip_auth\nclass Export(APIView):\n"),
                        ("config/grafana.ini", "[auth.anonymous]\nenabled = false\n", "[auth.anonymous]\nenabled = true\n")),
            must_not_match=(("src/routes/admin.js", "  options: { auth: false },\n", "  options: { auth: 'session' },\n"),
                            ("src/book.ts", "  author: 'Ana',\n", "  author: false,\n"),
                            ("src/client.ts", "  auth: { user, pass },\n", "  auth: { user, pass: process.env.SMTP_PASS },\n"),
                            ("src/routes/health.js", "", "  options: { auth: false },\n"),
                            ("compose.yaml", "  db:\n    image: postgres:16\n",
                             '  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n    environment:\n'
                             "      POSTGRES_HOST_AUTH_METHOD: trust\n"),
                            ("deploy/postgres/pg_hba.conf", "host    all    all    10.0.0.0/8    md5\n",
                             "host    all    all    10.0.0.0/8    scram-sha-256\n"))),
    # NixOS security.sudo.wheelNeedsPassword (search.nixos.org); sudoers(5) NOPASSWD, doas.conf(5) nopass.
    Concept("sudo-password", ("needs password", "wheel needs password", "sudo password", "sudo needs password",
                              "require sudo password"),
            "auth", "the password sudo asks for", strong=True,
            must_match=(("hosts/pantry/configuration.nix", "  security.sudo.enable = true;\n",
                         "  security.sudo.enable = true;\n  security.sudo.wheelNeedsPassword = false;\n"),),
            must_not_match=(("hosts/pantry/configuration.nix", "  security.sudo.wheelNeedsPassword = false;\n",
                             "  security.sudo.wheelNeedsPassword = true;\n"),)),
    Concept("passwordless", ("nopasswd", "nopass", "no pass", "permit empty passwords", "permit empty password"),
            "auth", "a password check (no password needed)", polarity="hazard", strong=True, near=r"(?i)sudo|doas|ssh|wheel|\bpam",
            must_match=(("hosts/pantry/configuration.nix", "  security.doas.enable = true;\n",
                         "  security.doas.enable = true;\n  security.doas.extraRules = [{ groups = [ \"wheel\" ]; noPass = true; }];\n"),),
            must_not_match=(("hosts/pantry/configuration.nix", "  security.doas.extraRules = [{ groups = [ \"wheel\" ]; noPass = true; }];\n",
                             "  security.doas.extraRules = [{ groups = [ \"wheel\" ]; persist = true; }];\n"),)),
    # sshd_config(5) PermitRootLogin / PasswordAuthentication; cloud-init `ssh_pwauth`; azurerm
    # `disable_password_authentication`.
    Concept("remote-login", ("permit root login", "password authentication", "kbd interactive authentication",
                             "challenge response authentication", "pwauth", "ssh pwauth", "root login", "allow root login"),
            "exposure", "root or password logins over SSH", polarity="hazard", strong=True,
            near=r"(?i)ssh|cloud-config|cloud-init|azurerm|virtual_machine|os_profile|chpasswd|vagrant|admin_username|"
                 r"disable_password_authentication",
            must_match=(("cloud-init/user-data.yaml", "#cloud-config\nssh_pwauth: false\n", "#cloud-config\nssh_pwauth: true\n"),
                        ("infra/vm.tf", '  admin_username = "ops"\n  disable_password_authentication = true\n',
                         '  admin_username = "ops"\n  disable_password_authentication = false\n')),
            must_not_match=(("cloud-init/user-data.yaml", "#cloud-config\nssh_pwauth: true\n", "#cloud-config\nssh_pwauth: false\n"),
                            ("hosts/pantry/ssh.nix", "  services.openssh.enable = true;\n",
                             '  services.openssh.enable = true;\n  services.openssh.settings.PermitRootLogin = "prohibit-password";\n'))),
    # Puppet puppet.conf `autosign`; Salt master `auto_accept`, `open_mode` (docs.saltproject.io master config).
    Concept("auto-trust", ("autosign", "auto sign", "auto accept", "autoaccept", "open mode"),
            "auth", "the check of new agents' keys (every agent accepted)", polarity="hazard", strong=True,
            near=r"(?i)salt|minion|puppet|autosign|certname|\[server\]|\[master\]|\bmaster\b",
            must_match=(("salt/master", "auto_accept: False\n", "auto_accept: True\n"),
                        ("puppet/puppet.conf", "[server]\nautosign = false\n", "[server]\nautosign = true\n")),
            must_not_match=(("salt/master", "auto_accept: True\n", "auto_accept: False\n"),
                            ("src/ui/consent.ts", "", "export const opts = { autoAccept: true };\n"))),
    # Apache mod_ssl SSLVerifyClient, nginx ssl_verify_client: off is the default, so only a change turns it off.
    Concept("client-cert", ("verify client", "ssl verify client", "client cert auth", "client certificate auth",
                            "client auth", "require client cert", "require client certificate"),
            "auth", "client certificate verification",
            must_match=(("deploy/nginx/mtls.conf", "    ssl_verify_client on;\n", "    ssl_verify_client off;\n"),),
            must_not_match=(("deploy/nginx/site.conf", "", "    ssl_verify_client off;\n"),
                            ("deploy/apache/site.conf", "  SSLVerifyClient none\n", "  SSLVerifyClient require\n"))),
    Concept("anonymous", ("anonymous", "allow anonymous", "anonymous access", "unauthenticated", "allow unauthenticated",
                          "anonymous auth",  # kube-apiserver and kubelet --anonymous-auth
                          "public access", "allow all", "permit all", "allow any", "allow everyone", "allowall",
                          "permitall", "open access"),
            "auth", "access without logging in", polarity="hazard", strong=True,
            must_match=(("deploy/service.yaml", "  allowUnauthenticated: false\n", "  allowUnauthenticated: true\n"),
                        ("src/Controllers/ReportsController.cs", "public class ReportsController : Controller\n",
                         "[AllowAnonymous]\npublic class ReportsController : Controller\n")),
            must_not_match=(("deploy/service.yaml", "  allowUnauthenticated: true\n", "  allowUnauthenticated: false\n"),
                            ("src/stats.ts", "  anonymousId: uuid(),\n", "  anonymousId: userId ?? uuid(),\n"))),
    Concept("origins", ("cors", "origin", "origins", "allowed origins", "allow origins", "allow origin", "cors origins",
                        "cors allowed origins", "access control allow origin", "cors origin", "allowed hosts",
                        "trusted hosts", "trusted origins", "csrf trusted origins", "allowed domains", "allow hosts"),
            "exposure", "the origins or hosts allowed to call", polarity="wide",
            strong_near=r"(?i)credentials['\"]?\s*(?:=>|[:=(])\s*['\"]?true|allow_credentials\s*=\s*True|AllowCredentials\(\)",
            wide=r"^(?:\*|\.\*|true|\^?\.\*\$?|\*\.\*|/\^?\.[*+]\$?/[a-z]*)$",
            must_match=(("config/cors.php", "    'allowed_origins' => explode(',', env('CORS_ALLOWED_ORIGINS', 'https://booking.example')),\n",
                         "    'allowed_origins' => ['*'],\n    'supports_credentials' => true,\n"),
                        ("src/server.ts", "app.use(cors({ origin: 'https://app.example' }));\n", "app.use(cors({ origin: true }));\n"),
                        ("config/initializers/cors.rb", '    origins "https://larkspur.example"\n', "    origins /.*/\n")),
            must_not_match=(("config/cors.php", "    'allowed_origins' => ['https://booking.example'],\n",
                             "    'allowed_origins' => ['https://booking.example', 'http://localhost:5173'],\n"),
                            ("src/server.ts", "app.use(cors({ origin: '*' }));\n", "app.use(cors({ origin: 'https://app.example' }));\n"),
                            ("src/server.ts", "  cors: true,\n", "  cors: false,\n"),
                            ("app/main.py", "app = FastAPI()\n", "app = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=['*'])\n"))),
    Concept("network-open", ("cidr", "cidr blocks", "cidrs", "source ranges", "source range", "ip allowlist",
                             "allowlist", "whitelist", "ip whitelist", "allowed ips", "allowed cidrs", "trusted networks",
                             "authorized networks", "ingress", "inbound", "source address prefix", "remote ip prefix",
                             "allowed ip ranges", "ip ranges", "trusted proxies", "firewall allow"),
            "iac", "the network addresses allowed in", polarity="wide", strong=True,
            wide=r"^(?:0\.0\.0\.0/0|::/0|\*|0\.0\.0\.0|any|internet|all)$",
            must_match=(("roles/firewall/defaults/main.yml", "firewall_allow_postgres: []\n", "firewall_allow_postgres:\n  - 0.0.0.0/0\n"),
                        ("infra/db.tf", '  authorized_networks = ["10.0.0.0/8"]\n', '  authorized_networks = ["0.0.0.0/0"]\n')),
            must_not_match=(("roles/firewall/defaults/main.yml", "firewall_allow_postgres: []\n",
                             "firewall_allow_postgres:\n  - 198.51.100.40/32\n"),
                            ("infra/sg.tf", '  egress_cidr = "10.0.0.0/8"\n', '  egress_cidr = "0.0.0.0/0"\n'))),
    # ---------------------------------------------------------------------------------------- cookies and transport
    Concept("cookie-flags", ("httponly", "http only", "secure", "cookie secure", "secure cookie", "secure cookies",
                             "session cookie secure", "session cookie httponly", "csrf cookie secure", "csrf cookie httponly",
                             "cookie httponly", "use secure cookies", "secure only"),
            "session", "a session cookie's Secure or HttpOnly flag", strong=True, removal=True,
            near=r"(?i)cookie|session|csrf|jwt|remember",
            must_match=(("src/session.ts", "  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },\n",
                         "  cookie: { secure: true, sameSite: 'lax' },\n"),
                        ("app/settings/base.py", "SESSION_COOKIE_HTTPONLY = True\n", "SESSION_COOKIE_HTTPONLY = False\n")),
            must_not_match=(("src/mailer.ts", "  secure: true,\n  port: 465,\n", "  secure: false,\n  port: 587,\n"),
                            ("src/session.ts", "  cookie: { secure: true, sameSite: 'lax' },\n",
                             "  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },\n"))),
    Concept("transport", ("ssl", "tls", "https", "use ssl", "use tls", "enable ssl", "enable tls", "require ssl",
                          "require tls", "require https", "force ssl", "force https", "ssl redirect", "secure ssl redirect",
                          "ssl enabled", "tls enabled", "encrypt", "encrypted", "encryption",
                          "encryption at rest", "storage encrypted", "encrypt at rest", "server side encryption"),
            "exposure", "encryption in transit or at rest",
            must_match=(("config/database.yml", "  ssl: true\n", "  ssl: false\n"),
                        ("infra/rds.tf", "  storage_encrypted = true\n", "  storage_encrypted = false\n")),
            must_not_match=(("config/database.yml", "  ssl: false\n", "  ssl: true\n"),
                            ("config/dev.yml", "  ssl: true\n", "  ssl: false\n"),
                            ("src/db.ts", "", "export const pool = new Pool({ ssl: false });\n"))),
    # A switch that refuses plain HTTP: azurerm https_traffic_only_enabled, Bicep supportsHttpsTrafficOnly, Composer
    # secure-http (getcomposer.org/doc/06-config.md), MySQL require_secure_transport, azurerm ssl_enforcement_enabled.
    Concept("https-only", ("https only", "https traffic only", "supports https traffic only", "enable https traffic only",
                           "https traffic only enabled", "secure http", "require secure transport", "secure transport",
                           "ssl enforcement", "ssl enforcement enabled", "enforce ssl", "enforce https", "enforce tls"),
            "exposure", "the refusal of unencrypted connections", strong=True,
            must_match=(("composer.json", '    "config": {\n        "sort-packages": true\n    }\n',
                         '    "config": {\n        "sort-packages": true,\n        "secure-http": false\n    }\n'),
                        ("deploy/mysql/my.cnf", "[mysqld]\nrequire_secure_transport = ON\n", "[mysqld]\nrequire_secure_transport = OFF\n")),
            must_not_match=(("infra/storage.tf", "  https_traffic_only_enabled = false\n", "  https_traffic_only_enabled = true\n"),)),
    # Android usesCleartextTraffic / cleartextTrafficPermitted; iOS NSAllowsArbitraryLoads; Azure Cache for Redis
    # enableNonSslPort; object_store / Gradle `allowHttp`.
    Concept("cleartext", ("cleartext", "cleartext traffic", "uses cleartext traffic", "cleartext traffic permitted",
                          "allows arbitrary loads", "arbitrary loads", "allow http", "non ssl port", "enable non ssl port"),
            "exposure", "unencrypted connections", polarity="hazard", strong=True,
            must_match=(("ios/App/Info.plist", "\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t</dict>\n",
                         "\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n"),
                        ("infra/cache.bicep", "    enableNonSslPort: false\n", "    enableNonSslPort: true\n")),
            must_not_match=(("app/src/main/AndroidManifest.xml", '    <application android:usesCleartextTraffic="true">\n',
                             '    <application android:usesCleartextTraffic="false">\n'),)),
    # ---------------------------------------------------------------------------------------- limits and modes
    Concept("rate-limit", ("rate limit", "ratelimit", "rate limiting", "rate limiter", "throttle", "throttling",
                           "brute force protection", "lockout", "account lockout", "login throttle"),
            "exposure", "rate limiting", near=r"(?i)rate|limit|requests?\b|login|brute|429|attack|per_?(?:ip|user|minute|second)",
            must_match=(("config/app.yml", "  rate_limit:\n    enabled: true\n", "  rate_limit:\n    enabled: false\n"),),
            must_not_match=(("config/app.yml", "  rate_limit:\n    enabled: false\n", "  rate_limit:\n    enabled: true\n"),
                            ("src/ui/search.ts", "  throttle: true,\n", "  throttle: false,\n"))),
    Concept("debug", ("debug", "debug mode", "app debug", "display errors", "show errors", "expose errors",
                      "detailed errors", "stack traces", "show exceptions"),
            "exposure", "debug mode", polarity="hazard", scope="prod-only", strong=True,
            must_match=(("config/production.yml", "  debug: false\n", "  debug: true\n"),),
            must_not_match=(("config/development.yml", "  debug: false\n", "  debug: true\n"),
                            ("src/logger.ts", "  debug: false,\n", "  debug: true,\n"))),
    Concept("insecure", ("insecure", "allow insecure", "insecure mode", "insecure skip verify", "trust all", "accept any",
                         "accept all", "accept invalid", "accept invalid certs", "accept self signed",
                         # MongoDB net.tls.allowInvalidCertificates; go.dev/ref/mod GOINSECURE, GONOSUMCHECK, GONOSUMDB
                         "allow invalid certificates", "allow invalid certs", "allow invalid hostnames", "goinsecure",
                         "gonosumcheck", "gonosumdb"),
            "verify", "an insecure mode", polarity="hazard", strong=True,
            must_match=(("deploy/registries.yaml", "  registry.acme.example:\n    insecure: false\n",
                         "  registry.acme.example:\n    insecure: true\n"),),
            must_not_match=(("deploy/registries.yaml", "    insecure: true\n", "    insecure: false\n"),)),
    Concept("unsafe", ("unsafe", "dangerously", "dangerous", "allow dangerous",
                       "allow url include"),  # PHP manual, filesystem configuration: allow_url_include
            "exposure", "an unsafe mode", polarity="hazard", strong=True,
            must_match=(("src/ai.ts", "const client = new OpenAI({ apiKey });\n", "const client = new OpenAI({ apiKey, dangerouslyAllowBrowser: true });\n"),),
            must_not_match=(("src/Comment.tsx", "  <div className={s.body}>{text}</div>\n",
                             "  <div className={s.body} dangerouslySetInnerHTML={{ __html: html }} />\n"),)),
    Concept("confinement", ("selinux", "apparmor", "seccomp", "seccomp profile", "apparmor profile", "no new privileges",
                            "read only root filesystem", "run as non root", "app armor", "app armor profile",
                            # systemd.exec(5) sandboxing
                            "protect system", "protect home", "protect kernel tunables", "protect kernel modules",
                            "protect kernel logs", "protect control groups", "protect clock", "protect hostname", "private tmp",
                            "private devices", "restrict suid sgid", "memory deny write execute", "lock personality",
                            "restrict namespaces", "restrict realtime",
                            # Xcode build setting ENABLE_HARDENED_RUNTIME (Apple, Hardened Runtime)
                            "hardened runtime", "enable hardened runtime"),
            "iac", "the container's or host's confinement", strong=True,
            must_match=(("etc/selinux/config", "SELINUX=enforcing\n", "SELINUX=permissive\n"),
                        ("k8s/api.yaml", "        runAsNonRoot: true\n", "        runAsNonRoot: false\n")),
            must_not_match=(("etc/selinux/config", "SELINUX=permissive\n", "SELINUX=enforcing\n"),
                            ("deploy/app.service", "[Service]\nProtectHome=yes\n", "[Service]\nProtectHome=read-only\n"))),
    # NixOS networking.firewall.enable; Ansible community.general.ufw `state: disabled`; firewalld.
    Concept("firewall", ("firewall", "firewall enable", "firewall enabled", "enable firewall", "ufw", "firewalld",
                         "windows firewall"),
            "safeguard", "the host's firewall", strong=True,
            must_match=(("hosts/pantry/default.nix", "  networking.firewall.enable = true;\n", "  networking.firewall.enable = false;\n"),
                        ("roles/base/tasks/main.yml", "- community.general.ufw:\n    state: enabled\n",
                         "- community.general.ufw:\n    state: disabled\n")),
            must_not_match=(("hosts/pantry/default.nix", "  networking.firewall.allowedTCPPorts = [ 22 ];\n",
                             "  networking.firewall.allowedTCPPorts = [ ];\n"),
                            ("hosts/pantry/default.nix", "  networking.firewall.enable = false;\n", "  networking.firewall.enable = true;\n"))),
    # Kubernetes securityContext privileged / allowPrivilegeEscalation; gitlab-runner [runners.docker] privileged.
    Concept("privileged", ("privileged", "privileged mode", "allow privileged", "run privileged", "privilege escalation",
                           "allow privilege escalation"),
            "iac", "the container's isolation from its host (privileged mode)", polarity="hazard", strong=True,
            near=r"(?i)securityContext|^\s*kind:|\[runners|docker|container|podman|\blxc\b|\blxd\b|incus|pod\b|compose",
            must_match=(("ci/runner/config.toml", "[runners.docker]\n  tls_verify = true\n  privileged = false\n",
                         "[runners.docker]\n  tls_verify = true\n  privileged = true\n"),),
            must_not_match=(("ci/runner/config.toml", "[runners.docker]\n  privileged = true\n", "[runners.docker]\n  privileged = false\n"),
                            ("src/models/user.py", "", "    privileged = True\n"))),
    # GCP shielded_instance_config enable_secure_boot; azurerm secure_boot_enabled, vtpm_enabled.
    Concept("secure-boot", ("secure boot", "secureboot", "enable secure boot", "secure boot enabled", "integrity monitoring",
                            "enable integrity monitoring", "vtpm", "enable vtpm", "measured boot"),
            "safeguard", "secure boot or boot integrity checks", strong=True,
            must_match=(("infra/vm.tf", "  shielded_instance_config {\n    enable_secure_boot = true\n  }\n",
                         "  shielded_instance_config {\n    enable_secure_boot = false\n  }\n"),),
            must_not_match=(("infra/vm.tf", "    enable_secure_boot = false\n", "    enable_secure_boot = true\n"),)),
    # AWS::KMS::Key EnableKeyRotation, aws_kms_key enable_key_rotation, google_kms_crypto_key rotation_period.
    Concept("key-rotation", ("key rotation", "enable key rotation", "key rotation enabled", "automatic key rotation"),
            "safeguard", "the rotation of encryption keys", strong=True,
            must_match=(("templates/kms.yaml", "      EnableKeyRotation: true\n", "      EnableKeyRotation: false\n"),),
            must_not_match=(("templates/kms.yaml", "      EnableKeyRotation: false\n", "      EnableKeyRotation: true\n"),)),
    # redis.conf protected-mode.
    Concept("protected-mode", ("protected mode",), "exposure", "the server's protected mode (outside clients refused "
            "without a password)", strong=True,
            must_match=(("deploy/redis/redis.conf", "bind 0.0.0.0\nprotected-mode yes\n", "bind 0.0.0.0\nprotected-mode no\n"),),
            must_not_match=(("deploy/redis/redis.conf", "protected-mode no\n", "protected-mode yes\n"),)),
    # S3 Block Public Access (Terraform, CloudFormation, CDK blockPublicAccess); GCS public_access_prevention.
    Concept("block-public", ("block public access", "block public acls", "block public policy", "ignore public acls",
                             "restrict public buckets", "public access block", "public access prevention"),
            "iac", "the block on public access to storage", strong=True, removal=True, off_values=r"inherited|unspecified",
            must_match=(("lib/assets-stack.ts", "    const b = new s3.Bucket(this, 'Assets', {\n      versioned: true,\n"
                         "      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,\n    });\n",
                         "    const b = new s3.Bucket(this, 'Assets', {\n      versioned: true,\n    });\n"),),
            must_not_match=(("lib/assets-stack.ts", "      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,\n",
                             "      versioned: true,\n      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,\n"),)),
    # azurerm public_network_access_enabled, Bicep publicNetworkAccess, RDS publicly_accessible: on by some
    # providers' defaults, so writing it is the user's call (an ask) unless it was off.
    Concept("public-access", ("publicly accessible", "public network access", "public network access enabled",
                              "allow blob public access", "public read access"),
            "iac-ask", "network access from the internet", polarity="hazard", strong=True,
            must_match=(("infra/main.bicep", "    publicNetworkAccess: 'Disabled'\n", "    publicNetworkAccess: 'Enabled'\n"),),
            must_not_match=(("infra/main.bicep", "    publicNetworkAccess: 'Enabled'\n", "    publicNetworkAccess: 'Disabled'\n"),)),
    Concept("test-severity", ("severity", "test severity", "error if", "fail on", "fail level", "failure level"), "gates",
            "a check's failure level (errors downgraded to warnings)", strong=True,
            off_values=r"warn|warning|warnings|info|notice|note|ignore|none|off|log", on_values=r"error|errors|fail|failure|critical|high",
            near=r"(?im)^\s*-?\s*(?:data_)?tests?\s*:|^\s*checks?\s*:|\bconstraints?\s*:|dbt|great_expectations|soda",
            must_match=(("models/staging/_payments.yml", "      - name: payment_method\n        tests:\n          - not_null\n",
                         "      - name: payment_method\n        tests:\n          - not_null:\n              config:\n                severity: warn\n"),),
            must_not_match=(("models/staging/_payments.yml", "        tests:\n          - not_null:\n              config:\n                severity: warn\n",
                             "        tests:\n          - not_null:\n              config:\n                severity: error\n"),
                            ("deploy/alerts.yml", "  - alert: HighLatency\n    labels:\n      severity: page\n",
                             "  - alert: HighLatency\n    labels:\n      severity: warning\n"))),
    Concept("iam-actions", ("actions", "action", "not actions", "allowed actions", "permissions actions"), "iac",
            "the actions a policy grants", polarity="wide", wide=r"^(?:\*|[\w-]+:\*)$", opened="grants every action of a service",
            near=r"(?i)\biam\b|aws_iam|policy|statement|\beffect\b|resources?\s*[=:]",
            must_match=(("modules/exporter/iam.tf", '    actions   = ["sqs:SendMessage"]\n    resources = [aws_sqs_queue.q.arn]\n',
                         '    actions   = ["sqs:*", "s3:*"]\n    resources = ["*"]\n'),),
            must_not_match=(("modules/exporter/iam.tf", '    actions   = ["sqs:SendMessage"]\n    resources = [aws_sqs_queue.q.arn]\n',
                             '    actions   = ["sqs:SendMessage", "sqs:ReceiveMessage"]\n    resources = [aws_sqs_queue.q.arn]\n'),
                            (".github/workflows/ci.yml", "      - uses: actions/checkout@v4\n", "      - uses: actions/checkout@v4\n        with: {fetch-depth: 0}\n"))),
    Concept("alerting", ("alert", "alerts", "alerting", "alarm", "alarms", "alarm actions", "on failure callback",
                         "sla miss callback", "email on failure", "notify on failure", "on failure", "pagerduty", "opsgenie",
                         "alert channels", "notification channels", "paging"),
            "safeguard", "failure alerting", unset_off=True,
            must_match=(("dags/revenue_daily.py", "    on_failure_callback=notify_pagerduty,\n", "    on_failure_callback=None,  # too noisy\n"),
                        ("infra/alarms.tf", "  actions_enabled = true\n  alarm_actions = [aws_sns_topic.oncall.arn]\n",
                         "  actions_enabled = true\n  alarm_actions = []\n")),
            must_not_match=(("dags/revenue_daily.py", "    on_failure_callback=None,\n", "    on_failure_callback=notify_pagerduty,\n"),
                            ("src/ui/Toast.tsx", "  alert: false,\n", "  alert: true,\n"))),
    Concept("lint-select", ("select", "extend select", "linters enable", "enable rules", "enabled rules", "rules enable",
                            "enabled linters", "enable checks", "enabled checks"),
            "gates-ask", "the lint rules checked", polarity="shrink", paths=LINT_CONFIG, scope="any",
            must_match=(("pyproject.toml", 'select = ["E", "F", "W", "B"]\n', 'select = ["E"]\n'),
                        (".golangci.yml", "linters:\n  enable:\n    - errcheck\n    - gosec\n", "linters:\n  enable:\n    - errcheck\n")),
            must_not_match=(("pyproject.toml", 'select = ["E", "F"]\n', 'select = ["E", "F", "B"]\n'),
                            ("pyproject.toml", 'select = ["E", "F"]\n', 'extend-select = ["E", "F"]\n'))),
    Concept("lint-ignore", ("ignore", "extend ignore", "linters disable", "disable rules", "disabled rules", "ignore rules",
                            "skips", "exclude rules", "disable checks", "disabled checks", "suppress"),
            "gates-ask", "the lint rules skipped", polarity="grow", paths=LINT_CONFIG, scope="any",
            must_match=(("pyproject.toml", 'ignore = ["E501"]\n', 'ignore = ["E501", "S608"]\n'),),
            must_not_match=(("pyproject.toml", 'ignore = ["E501", "S608"]\n', 'ignore = ["E501"]\n'),
                            ("pyproject.toml", 'ignore = ["E501"]\n', 'ignore = ["E501"]\nline-length = 100\n'))),
    Concept("audit", ("audit", "audit log", "audit logging", "audit logs", "access log", "access logging"),
            "safeguard", "audit logging",
            must_match=(("infra/cluster.tf", "  audit_log_enabled = true\n", "  audit_log_enabled = false\n"),),
            must_not_match=(("infra/cluster.tf", "  audit_log_enabled = false\n", "  audit_log_enabled = true\n"),)),
)  # fmt: skip


def concepts_markdown() -> list[str]:
    """The section of docs/settings.md on the general check, from `files.concepts`."""
    rules = {"verify": "AM-WRITE-004", "auth": "AM-WRITE-005", "exposure": "AM-WRITE-006", "session": "AM-WRITE-017",
             "iac": "AM-WRITE-008", "iac-ask": "AM-WRITE-008 (ask)", "safeguard": "AM-WRITE-020", "gates": "AM-WRITE-003", "gates-ask": "AM-WRITE-003 (ask)"}  # fmt: skip
    how = {"guard": "turned off (on or configured → off)", "hazard": "turned on", "wide": "opened to everyone (`*`, `0.0.0.0/0`)",
           "shrink": "loses items", "grow": "gains items"}
    out = ["## Any other security-named setting", "",
           "Beyond the controls above, any key, attribute, argument, flag, environment variable or decorator whose name "
           "carries one of these concepts is compared across the edit (`src/automode/files/concepts.py`, read by "
           "`files/named.py`). Words that turn a concept around in a name: " + ", ".join(f"`{x}`" for x in sorted(NEGATORS))
           + ". Off values: " + ", ".join(f"`{x}`" for x in sorted(OFF_VALUES)) + ".", "",
           "| concept | names (words of the name) | weakened when | rule |", "|---|---|---|---|"]
    for c in CONCEPTS:
        names = ", ".join(f"`{p}`" for p in c.phrases[:8]) + (" …" if len(c.phrases) > 8 else "")
        extra = "; writing it is enough" if c.strong else ""
        scope = ", production settings only" if c.scope == "prod-only" else ""
        out.append(f"| {c.what} | {names} | {how[c.polarity]}{extra}{scope} | {rules[c.check]} |")
    return out
