"""What a configuration key path means when it takes a value (session 15, class F1): the controls of servers,
platforms and frameworks that a value switches off or opens to everyone, read by their key path in any config
language (`files.keypath_read` flattens YAML, JSON, TOML/INI sections, HCL blocks, `.properties`, `key value`
server files and XML elements into dotted paths, nested or flattened alike: `security:\\n  enabled: false` is
`security.enabled`).

One row per control: the key path (a regular expression matched against the end of the lower-case dotted path),
the value that weakens it (`off`, `on`, `wide`, `empty`, `removed`, or `re:<pattern>` over the lower-case value),
what that means in plain words, how grave it is (`off`: a control switched off, AM-WRITE-056, deny; `open`: opened
to everyone, AM-WRITE-057, deny; `ask`: a weaker setting to confirm, AM-WRITE-058), the files it is read in, the
trigger words (lower case; one must occur in the old or new text, the cheap gate), and the user's words for the
control (`said`: a request that names the control with the act, "turn off xpack security", "let anonymous users
into grafana", releases it; `judge.intent.meaning_said`). Fixtures on both sides run in
`tests/files/test_keypaths.py`.
"""

from __future__ import annotations

from automode.dc import dataclass

Fixture = tuple[str, str, str]  # (path below the project, old text, new text); old "" = a new file


@dataclass(frozen=True, slots=True)
class KeyPath:
    id: str
    path: str  # regex over the dotted lower-case key path, anchored at its end
    value: str  # off | on | wide | empty | removed | re:<regex over the lower-case value>
    meaning: str  # plain words; {key} and {value} are filled in
    check: str  # off | open | ask
    words: tuple[str, ...]  # lower-case trigger words (the gate)
    said: tuple[str, ...]  # the user's words for the control
    files: str = ""  # the file's path must match this (empty: any configuration file)
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()


#: Configuration files (and the code files that build configuration are read by `keypath_read.SHAPES`).
CONFIG = (r"\.(ya?ml|json|jsonc|json5|toml|ini|cfg|conf|cnf|properties|env|hcl|tf|tfvars|nomad|xml|config|plist)$|/\.env(\.[\w-]+)?$|"
          r"/Caddyfile$|/Dockerfile[^/]*$|/[\w.-]*compose[\w.-]*\.ya?ml$")
SPRING = r"/(application|bootstrap)(-[\w-]+)?\.(properties|ya?ml)$"
SEARCH = r"(elasticsearch|opensearch|kibana|es|search|elastic|logging|observability)[\w.-]*\.ya?ml$|/(docker-)?compose[\w.-]*\.ya?ml$|\.env$|/[\w.-]*values[\w.-]*\.ya?ml$|\.(tf|tfvars|json|ya?ml)$"

ROWS: tuple[KeyPath, ...] = (
    # ---------------------------------------------------------------------------------------- search and dashboards
    KeyPath("elastic.security-off", r"(?:^|\.)xpack\.security\.(?:enabled|http\.ssl\.enabled|transport\.ssl\.enabled|authc\.api_key\.enabled)$",
            "off", "turns the cluster's security layer off ({key}: {value}): no login, no TLS", "off", ("xpack",),
            ("xpack", "security", "elastic security", "tls", "ssl", "authentication"), SEARCH,
            must_match=(("deploy/es/elasticsearch.yml", "xpack.security.enabled: true\n", "xpack.security.enabled: false\n"),
                        ("deploy/es/elasticsearch.yml", "xpack:\n  security:\n    enabled: true\n", "xpack:\n  security:\n    enabled: false\n"),
                        ("docker-compose.yml", "      - discovery.type=single-node\n",
                         "      - discovery.type=single-node\n      - xpack.security.enabled=false\n")),
            must_not_match=(("deploy/es/elasticsearch.yml", "xpack.security.enabled: false\n", "xpack.security.enabled: true\n"),
                            ("deploy/es/elasticsearch.yml", "xpack.security.enabled: false\n", "xpack.security.enabled: false\nnode.name: a\n"))),
    KeyPath("opensearch.security-off", r"(?:^|\.)(?:plugins\.security|opendistro_security)\.(?:disabled|ssl\.http\.enabled)$|"
            r"(?:^|\.)disable_security_plugin$|(?:^|\.)disable_install_demo_config$", "re:^(?:true|yes|1)$",
            "turns the cluster's security plugin off ({key}: {value})", "off", ("plugins.security", "opendistro", "disable_security"),
            ("security plugin", "opensearch security", "security", "plugin"), SEARCH,
            must_match=(("opensearch/opensearch.yml", "cluster.name: logs\n", "cluster.name: logs\nplugins.security.disabled: true\n"),
                        ("docker-compose.yml", "      - discovery.type=single-node\n",
                         "      - discovery.type=single-node\n      - DISABLE_SECURITY_PLUGIN=true\n")),
            must_not_match=(("opensearch/opensearch.yml", "plugins.security.disabled: true\n", "plugins.security.disabled: false\n"),)),
    KeyPath("opensearch.security-enabled-off", r"(?:^|\.)(?:opensearch|opendistro)_security\.enabled$|(?:^|\.)plugins\.security\.ssl\.http\.enabled$",
            "off", "turns the cluster's or dashboards' security plugin off ({key}: {value})", "off", ("opensearch_security", "opendistro_security",
                                                                                                     "plugins.security"),
            ("security plugin", "opensearch security", "opensearch_security", "security", "plugin"), SEARCH),
    # Anonymous access switched on, in any product's spelling (Grafana's `[auth.anonymous] enabled`, its `GF_` variable,
    # `allow_anonymous`, `anonymous_access`, `anonymous-auth`).
    KeyPath("any.anonymous-on", r"(?:^|[._])auth[._]anonymous[._]enabled$|(?:^|[._])anonymous[._-]?(?:access|auth|enabled|login|read)$|"
            r"(?:^|[._])allow[._-]?anonymous\w*$|(?:^|[._])enable[._-]?anonymous\w*$", "on",
            "lets anonymous visitors in ({key}: {value})", "off", ("anonymous",),
            ("anonymous", "anonymen", "anonyme", "anónimo", "anonimo", "anônimo", "anonim", "匿名", "익명", "without login", "no login")),
    KeyPath("grafana.anonymous-admin", r"(?:^|\.)auth\.anonymous\.org_role$|(?:^|\.)gf_auth_anonymous_org_role$", "re:^(?:admin|editor)$",
            "gives anonymous visitors the {value} role in Grafana ({key})", "open", ("org_role",),
            ("anonymous", "anonymen", "anonyme", "anonimo", "anónimo", "org_role", "org role", "admin"),
            must_match=(("grafana/grafana.ini", "[auth.anonymous]\nenabled = false\n", "[auth.anonymous]\nenabled = true\norg_role = Admin\n"),),
            must_not_match=(("grafana/grafana.ini", "[auth.anonymous]\nenabled = true\n", "[auth.anonymous]\nenabled = true\norg_role = Viewer\n"),)),
    KeyPath("grafana.login-off", r"(?:^|\.)auth\.disable_login_form$|(?:^|\.)gf_auth_disable_login_form$",
            "on", "hides Grafana's login form ({key}: {value})", "ask", ("disable_login_form",),
            ("login", "login form", "auth"), r"grafana[\w.-]*\.ini$|/grafana/|\.ini$|\.ya?ml$|\.env$",
            must_match=(("grafana/grafana.ini", "[auth]\ndisable_login_form = false\n", "[auth]\ndisable_login_form = true\n"),),
            must_not_match=(("grafana/grafana.ini", "[auth]\ndisable_login_form = true\n", "[auth]\ndisable_login_form = true\n"),)),
    # ---------------------------------------------------------------------------------------- Spring and JVM servers
    KeyPath("spring.security-off", r"(?:^|\.)(?:spring\.|management\.)?security\.(?:basic\.)?enabled$|(?:^|\.)management\.security\.enabled$",
            "off", "switches the application's authentication off ({key}: {value})", "off", ("security:", "security.enabled", "security.basic", "security.enabled"),
            ("security", "spring security", "authentication", "auth", "login"), SPRING,
            must_match=(("src/main/resources/application.yml", "security:\n  enabled: true", "security:\n  enabled: false"),
                        ("src/main/resources/application.properties", "server.port=8080\n", "server.port=8080\nsecurity.basic.enabled=false\n")),
            must_not_match=(("src/main/resources/application.yml", "security:\n  enabled: false", "security:\n  enabled: true"),
                            ("src/main/resources/application.yml", "cache:\n  enabled: true", "cache:\n  enabled: false"))),
    KeyPath("spring.security-excluded", r"(?:^|\.)(?:spring\.autoconfigure\.)?exclude$", "re:security(?:auto)?configuration|securityfilterautoconfiguration",
            "excludes Spring Security's auto-configuration: every endpoint without login ({key})", "off", ("autoconfigure",),
            ("security", "spring security", "autoconfiguration", "authentication"), SPRING,
            must_match=(("src/main/resources/application.properties", "",
                         "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration\n"),),
            must_not_match=(("src/main/resources/application.properties", "",
                             "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration\n"),)),
    KeyPath("keycloak.ssl-none", r"(?:^|\.)sslrequired$|(?:^|\.)ssl-required$|(?:^|\.)kc_hostname_strict_https$", "re:^(?:none|false)$",
            "lets the identity server accept logins over plain HTTP from anywhere ({key}: {value})", "off", ("sslrequired", "ssl-required", "strict_https"),
            ("ssl", "https", "tls", "sslrequired", "ssl required")),
    KeyPath("keycloak.brute-force", r"(?:^|\.)bruteforceprotected$", "off", "turns the identity server's brute-force lockout off ({key})", "off",
            ("bruteforce",), ("brute force", "brute-force", "lockout", "bruteforce")),
    KeyPath("jenkins.unsecured", r"(?:^|\.)authorizationstrategy$|(?:^|\.)authorizationstrategy\.class$|(?:^|\.)usesecurity$",
            "re:unsecured|anyonecandoanything|fullcontrolonceloggedin\\b.*allowanonymousread.*true|^false$",
            "lets anyone administer Jenkins ({key}: {value})", "off", ("authorizationstrategy", "usesecurity"),
            ("security", "authorization", "unsecured", "anyone", "jenkins")),
    # ---------------------------------------------------------------------------------------- data stores and brokers
    KeyPath("mongo.authorization-off", r"(?:^|\.)security\.authorization$", "off",
            "turns MongoDB's access control off ({key}: {value})", "off", ("authorization:", "security.authorization"),
            ("authorization", "autorización", "autorizacion", "autorisation", "autorização", "access control", "auth")),
    KeyPath("mongo.bind-all", r"(?:^|\.)net\.bindip$|(?:^|\.)net\.bindipall$|^bind_ip$|^bind_ip_all$", "re:^(?:0\\.0\\.0\\.0|::|\\*|true)$",
            "makes MongoDB listen on every interface ({key}: {value})", "ask", ("bindip", "bind_ip"),
            ("bind", "bindip", "interfaces", "0.0.0.0", "everyone", "anywhere", "remote")),
    KeyPath("redis.protected-off", r"^protected-mode$|(?:^|\.)protected[-_]mode$", "off",
            "turns Redis's protected mode off ({key} {value}): outside clients without a password", "off", ("protected-mode", "protected_mode"),
            ("protected mode", "protected-mode", "protected_mode"), r"redis[\w.-]*\.conf$|sentinel[\w.-]*\.conf$|\.ya?ml$|/redis/"),
    KeyPath("redis.password-removed", r"^requirepass$|^masterauth$", "removed",
            "removes the Redis password ({key})", "off", ("requirepass", "masterauth"),
            ("requirepass", "password", "auth", "passwort", "contraseña", "mot de passe", "senha"), r"redis[\w.-]*\.conf$|sentinel[\w.-]*\.conf$|/redis/",
            must_match=(("ops/redis/redis.conf", "requirepass s3cret\n", "# requirepass s3cret\n"),),
            must_not_match=(("ops/redis/redis.conf", "requirepass s3cret\n", "requirepass n3wS3cret\n"),)),
    KeyPath("redis.password-empty", r"^requirepass$", "empty", "sets an empty Redis password ({key})", "off", ("requirepass",),
            ("requirepass", "password", "auth"), r"redis[\w.-]*\.conf$|/redis/"),
    KeyPath("server.bind-all", r"^bind$|(?:^|\.)bind[-_]address$|^listen_addresses$|(?:^|\.)listen_addresses$|(?:^|\.)network\.host$|"
            r"(?:^|\.)http\.host$|(?:^|\.)server\.host$|(?:^|\.)(?:tcp_)?listeners\.tcp\.default$",
            "re:^(?:0\\.0\\.0\\.0|\\*|::|0\\.0\\.0\\.0:\\d+|_site_|_global_|\\* -::\\*|0\\.0\\.0\\.0 ::)$",
            "makes the server listen on every interface ({key}: {value})", "ask",
            ("0.0.0.0", "listen_addresses", "_site_", "_global_"),
            ("bind", "listen", "interfaces", "0.0.0.0", "everyone", "anywhere", "remote", "network", "outside", "reach", "host"),
            r"\.(conf|cnf|ini|ya?ml|properties)$|/my\.cnf$",
            must_match=(("ops/redis/redis.conf", "bind 127.0.0.1\n", "bind 0.0.0.0\n"),
                        ("docker/postgres/postgresql.conf", "listen_addresses = 'localhost'\n", "listen_addresses = '*'\n")),
            must_not_match=(("ops/redis/redis.conf", "bind 0.0.0.0\n", "bind 127.0.0.1\n"),
                            ("web/vite.config.yml", "", "server:\n  port: 3000\n"))),
    KeyPath("mysql.skip-grants", r"^skip[-_]grant[-_]tables$|(?:^|\.)mysqld\.skip[-_]grant[-_]tables$", "re:^(?:|true|1|on|yes)$",
            "starts MySQL without checking any password or privilege ({key})", "off", ("skip-grant", "skip_grant"),
            ("skip-grant-tables", "skip grant tables", "grant tables", "password", "privileges")),
    KeyPath("rabbitmq.guest-remote", r"^loopback_users(?:\.guest)?$|(?:^|\.)loopback_users$", "re:^(?:false|none|\\[\\s*\\]|<<>>|)$",
            "lets the default guest/guest account log in from other hosts ({key})", "off", ("loopback_users",),
            ("guest", "loopback", "loopback_users", "remote")),
    KeyPath("kafka.plaintext-sasl-off", r"(?:^|\.)allow\.everyone\.if\.no\.acl\.found$", "on",
            "lets every client do everything on topics without an ACL ({key})", "open", ("allow.everyone",),
            ("acl", "everyone", "allow everyone")),
    KeyPath("postgres.trust-method", r"(?:^|\.)postgres_host_auth_method$|(?:^|\.)postgresql_auth_method$|(?:^|\.)auth_method$",
            "re:^trust$", "lets anyone connect to PostgreSQL without a password ({key}: {value})", "off", ("auth_method",),
            ("trust", "password", "auth method", "host_auth_method", "without password", "no password")),
    KeyPath("db.allow-empty-password", r"(?:^|\.)allow_empty_password$|(?:^|\.)mysql_allow_empty_password$|(?:^|\.)mariadb_allow_empty_root_password$|"
            r"(?:^|\.)mysql_allow_empty_root_password$", "on",
            "lets the database start with no password ({key})", "off", ("allow_empty",), ("empty password", "no password", "without password", "password")),
    # ---------------------------------------------------------------------------------------- proxies and meshes
    KeyPath("traefik.api-insecure", r"(?:^|\.)api\.insecure$|^--api\.insecure$|(?:^|\.)traefik_api_insecure$", "on",
            "serves Traefik's dashboard and API on an open port without authentication ({key})", "off", ("insecure",),
            ("insecure", "dashboard", "api", "traefik")),
    KeyPath("istio.mtls-off", r"(?:^|\.)mtls\.mode$|(?:^|\.)peers\.mtls\.mode$", "re:^(?:permissive|disable)$",
            "lets plain-text, unauthenticated traffic into the mesh ({key}: {value})", "ask", ("mtls",),
            ("mtls", "mutual tls", "permissive", "mesh tls", "tls"),
            must_match=(("mesh/peer-auth.yaml", "spec:\n  mtls:\n    mode: STRICT\n", "spec:\n  mtls:\n    mode: PERMISSIVE\n"),),
            must_not_match=(("mesh/peer-auth.yaml", "spec:\n  mtls:\n    mode: PERMISSIVE\n", "spec:\n  mtls:\n    mode: STRICT\n"),)),
    KeyPath("envoy.tls-off", r"(?:^|\.)(?:trust_chain_verification|verify_certificate_hash)$", "re:^accept_untrusted$",
            "accepts any upstream certificate ({key}: {value})", "off", ("trust_chain",), ("tls", "certificate", "verification", "untrusted")),
    # ---------------------------------------------------------------------------------------- HashiCorp and Kubernetes components
    KeyPath("hashicorp.acl-off", r"(?:^|\.)acl\.enabled$|(?:^|\.)acl_enforce_version_8$", "off",
            "turns the cluster's ACL system off ({key}): every request may do everything", "off", ("acl {", "acl:", "acl =", "acl.enabled", "\"acl\"", "acl_enforce"),
            ("acl", "acls", "access control"), r"\.(hcl|json|nomad|ya?ml|tf)$",
            must_match=(("consul/server.hcl", 'acl {\n  enabled = true\n  default_policy = "deny"\n}\n',
                         'acl {\n  enabled = false\n  default_policy = "deny"\n}\n'),),
            must_not_match=(("consul/server.hcl", 'acl {\n  enabled = false\n}\n', 'acl {\n  enabled = true\n}\n'),)),
    KeyPath("hashicorp.acl-default-allow", r"(?:^|\.)acl\.default_policy$|(?:^|\.)acl_default_policy$", "re:^allow$",
            "lets every request without a token do everything ({key}: {value})", "open", ("default_policy",),
            ("acl", "default policy", "default_policy", "allow")),
    KeyPath("hashicorp.tls-off", r"(?:^|\.)tls_disable$", "on",
            "turns TLS off on the server's listener ({key}: {value})", "off",
            ("tls_disable",), ("tls", "ssl", "https", "certificate", "tls_disable", "verify_incoming"), r"\.(hcl|json|nomad|ya?ml|tf)$",
            must_match=(("vault/config.hcl", 'listener "tcp" {\n  address = "0.0.0.0:8200"\n}\n',
                         'listener "tcp" {\n  address = "0.0.0.0:8200"\n  tls_disable = 1\n}\n'),),
            must_not_match=(("vault/config.hcl", 'listener "tcp" {\n  tls_disable = 1\n}\n', 'listener "tcp" {\n  tls_disable = 0\n}\n'),)),
    KeyPath("kubelet.anonymous", r"(?:^|\.)authentication\.anonymous\.enabled$|^anonymous-auth$|(?:^|\.)anonymous_auth$", "on",
            "lets anonymous requests into the node's or cluster's API ({key})", "off", ("anonymous",),
            ("anonymous", "anonymous auth", "anonymous-auth"), r"\.(ya?ml|json|conf|tf)$"),
    KeyPath("kubelet.always-allow", r"(?:^|\.)authorization\.mode$|^authorization-mode$|(?:^|\.)authorization_mode$", "re:alwaysallow",
            "authorises every request to the API ({key}: {value})", "off", ("authorization",), ("alwaysallow", "authorization", "authorisation")),
    # ---------------------------------------------------------------------------------------- cloud networks
    KeyPath("gcp.authorized-any", r"(?:^|\.)authorized_networks\.value$|(?:^|\.)authorizednetworks\.value$|(?:^|\.)cidr_block$|(?:^|\.)cidr_blocks\.cidr_block$|"
            r"(?:^|\.)source_ranges$|(?:^|\.)sourceranges$|(?:^|\.)loadbalancersourceranges$|(?:^|\.)ip_whitelist$|(?:^|\.)ip_allowlist$|"
            r"(?:^|\.)allowed_ips$|(?:^|\.)allowedips$|(?:^|\.)trusted_ips$|(?:^|\.)ip_rules$|(?:^|\.)iprules$|(?:^|\.)allow_ips$|(?:^|\.)whitelist$",
            "re:^\\[?\\s*[\"']?(?:0\\.0\\.0\\.0/0|::/0)",
            "lets every address on the internet in ({key}: {value})", "open",
            ("0.0.0.0/0", "::/0"),
            ("everyone", "anyone", "anywhere", "0.0.0.0/0", "the internet", "any ip", "all ips", "public", "world"),
            r"\.(tf|tfvars|hcl|ya?ml|json|bicep)$",
            must_match=(("infra/sql.tf", "      authorized_networks {\n        value = \"10.0.0.0/8\"\n      }\n",
                         "      authorized_networks {\n        value = \"0.0.0.0/0\"\n      }\n"),),
            must_not_match=(("infra/sql.tf", "      authorized_networks {\n        value = \"0.0.0.0/0\"\n      }\n",
                             "      authorized_networks {\n        value = \"10.0.0.0/8\"\n      }\n"),)),
    KeyPath("azure.firewall-all", r"(?:^|\.)end_ip_address$|(?:^|\.)endipaddress$", "re:^255\\.255\\.255\\.255$",
            "opens the database firewall to every address ({key}: {value})", "open", ("end_ip", "endip"),
            ("everyone", "anyone", "anywhere", "all ips", "every address", "firewall", "public")),
    # ---------------------------------------------------------------------------------------- any platform's login and grant switches
    # An authentication or authorisation setting whose value names no check at all, whatever the product: Cassandra
    # `authenticator: AllowAllAuthenticator`, Azure Functions `"authLevel": "anonymous"`, AWS SAM `DefaultAuthorizer:
    # NONE`, API Gateway `AuthorizationType: NONE`, Solr/ZooKeeper `auth: none`, a service's `auth_mode: open`.
    KeyPath("any.auth-none", r"(?:^|\.)(?:authenticator|authorizer|auth_?level|default_?authorizer|authorization_?type|auth_?type|"
            r"auth_?mode|auth_?method|authentication_?method|authentication_?mode|authentication|authorization|auth|security_?mode|"
            r"auth_?provider|auth_?backend|authentication_?type|authtype|access_?mode)$",
            r"re:^(?:none|anonymous|allowall\w*|allow_?all|unsecured|unauthenticated|noauth|no_?auth|no-auth|open|public|permitall|"
            r"permit_all|insecure|disabled?|off|trust|anyone|everyone|org\.apache\.cassandra\.auth\.allowall\w*)$",
            "lets callers in with no authentication or authorisation check ({key}: {value})", "off",
            ("authenticator", "authorizer", "authlevel", "auth_level", "defaultauthorizer", "default_authorizer", "authorizationtype",
             "authorization_type", "auth_type", "authtype", "auth_mode", "authmode", "auth_method", "authentication", "authorization:",
             "auth:", "auth =", "auth_provider", "auth_backend", "security_mode", "access_mode", "accessmode"),
            ("auth", "authentication", "authorization", "authorizer", "authenticator", "login", "logins", "anonymous", "allowall",
             "allowallauthenticator", "authlevel", "defaultauthorizer", "public", "none", "no auth", "without auth"),
            must_match=(("conf/cassandra.yaml", "authenticator: PasswordAuthenticator\n", "authenticator: AllowAllAuthenticator\n"),
                        ("api/HttpTrigger/function.json", '      "authLevel": "function",\n', '      "authLevel": "anonymous",\n'),
                        ("template.yaml", "      Auth:\n        DefaultAuthorizer: CognitoAuth\n", "      Auth:\n        DefaultAuthorizer: NONE\n")),
            must_not_match=(("conf/cassandra.yaml", "authenticator: AllowAllAuthenticator\n", "authenticator: PasswordAuthenticator\n"),
                            ("api/HttpTrigger/function.json", '      "authLevel": "anonymous",\n', '      "authLevel": "function",\n'),
                            ("config/mail.yml", "smtp:\n  auth: plain\n", "smtp:\n  auth: login\n"))),
    KeyPath("any.signin-off", r"(?:^|\.)(?:require_?sign_?in\w*|require_?login|require_?valid_?user|require_?auth\w*|login_?required|"
            r"auth_?required|require_?authentication|authentication_?required|requires_?auth\w*|enforce_?auth\w*|private_?mode)$",
            "off", "stops requiring a login to see or use the service ({key}: {value})", "off",
            ("require_sign", "requiresign", "require_login", "requirelogin", "require_valid_user", "require_auth", "requireauth",
             "login_required", "loginrequired", "auth_required", "authrequired", "authentication_required", "requires_auth",
             "enforce_auth", "private_mode"),
            ("login", "sign in", "signin", "sign-in", "require_valid_user", "require_signin_view", "valid user", "auth", "authentication",
             "public", "anonymous"),
            must_match=(("gitea/app.ini", "[service]\nREQUIRE_SIGNIN_VIEW = true\n", "[service]\nREQUIRE_SIGNIN_VIEW = false\n"),
                        ("couchdb/local.ini", "", "[chttpd]\nrequire_valid_user = false\n")),
            must_not_match=(("gitea/app.ini", "[service]\nREQUIRE_SIGNIN_VIEW = false\n", "[service]\nREQUIRE_SIGNIN_VIEW = true\n"),)),
    KeyPath("any.registration-open", r"(?:^|\.)disable_?registration$|(?:^|\.)registration_?disabled$|(?:^|\.)signup_?disabled$", "off",
            "lets anyone create an account ({key}: {value})", "ask", ("registration", "signup_disabled"),
            ("registration", "sign up", "signup", "sign-up", "register", "accounts")),
    KeyPath("any.default-admin", r"(?:^|[._])unauthori[sz]ed_?role$|(?:^|[._])public_?role$|(?:^|\.)policy\.default$|(?:^|\.)default_?role$|(?:^|\.)defaultrole$|(?:^|\.)auto_assign_org_role$|"
            r"(?:^|\.)default_?user_?role$|(?:^|\.)anonymous_?role$|(?:^|\.)guest_?role$|(?:^|\.)default_?permission$",
            r"re:^(?:role:)?(?:admin|administrator|owner|superuser|super_?admin|cluster-admin|root|write|editor|maintainer)$",
            "gives every user (or every visitor) the {value} role by default ({key})", "open",
            ("policy.default", "default_role", "defaultrole", "auto_assign_org_role", "unauthorized_role", "unauthorised_role", "public_role", "default_user_role", "anonymous_role",
             "guest_role", "default_permission"),
            ("default", "admin", "role:admin", "policy.default", "everyone", "every user", "all users"),
            must_match=(("argocd/argocd-rbac-cm.yaml", "data:\n  policy.default: role:readonly\n", "data:\n  policy.default: role:admin\n"),),
            must_not_match=(("argocd/argocd-rbac-cm.yaml", "data:\n  policy.default: role:admin\n", "data:\n  policy.default: role:readonly\n"),)),
    # ---------------------------------------------------------------------------------------- policy engines
    KeyPath("policy.enforce-off", r"(?:^|\.)validationfailureaction$|(?:^|\.)enforcementaction$|(?:^|\.)failurepolicy$|"
            r"(?:^|\.)enforcement_?mode$|(?:^|\.)enforcementmode$|(?:^|\.)validationactions$",
            r"re:^\[?\s*(?:audit|dryrun|dry_run|warn|ignore|disabled?|off|permissive|log|donotenforce)\s*\]?$",
            "stops the admission policy from blocking what breaks it ({key}: {value})", "off",
            ("validationfailureaction", "enforcementaction", "failurepolicy", "enforcement_mode", "enforcementmode", "validationactions"),
            ("audit", "dryrun", "dry run", "warn", "enforce", "enforcement", "ignore", "policy", "permissive"),
            must_match=(("policies/require-labels.yaml", "spec:\n  validationFailureAction: Enforce\n", "spec:\n  validationFailureAction: Audit\n"),
                        ("gatekeeper/constraints/privileged.yaml", "spec:\n  enforcementAction: deny\n", "spec:\n  enforcementAction: dryrun\n")),
            must_not_match=(("policies/require-labels.yaml", "spec:\n  validationFailureAction: Audit\n", "spec:\n  validationFailureAction: Enforce\n"),)),
    # ---------------------------------------------------------------------------------------- daemons and sidecars
    KeyPath("docker.tcp-socket", r"(?:^|\.)hosts$|^h$|^host$|(?:^|\.)docker_?host$", r"re:tcp://(?:0\.0\.0\.0|\*|::|\[::\])?:2375\b|tcp://0\.0\.0\.0(?::\d+)?",
            "serves the Docker daemon on a TCP port (root on the host for whoever reaches it) ({key}: {value})", "open", ("tcp://",),
            ("tcp", "2375", "docker daemon", "daemon", "docker api", "remote docker", "0.0.0.0"),
            must_match=(("provision/docker/daemon.json", '  "hosts": ["unix:///var/run/docker.sock"],\n',
                         '  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"],\n'),),
            must_not_match=(("provision/docker/daemon.json", '  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"],\n',
                             '  "hosts": ["unix:///var/run/docker.sock"],\n'),)),
    KeyPath("airflow.api-open", r"(?:^|\.)api\.auth_backends?$|^auth_backends?$|(?:^|\.)airflow__api__auth_backends?$",
            r"re:(?:^|[\s,])airflow\.api\.auth\.backend\.default(?:$|[\s,])", "serves Airflow's REST API without authentication ({key}: {value})",
            "off", ("auth_backend",), ("auth", "api", "authentication", "backend.default", "auth_backends")),
    KeyPath("nginx.auth-off", r"^auth_basic$|^auth_request$|^satisfy$", r"re:^(?:off|any)$",
            "switches the location's login off ({key} {value})", "off", ("auth_basic", "auth_request", "satisfy"),
            ("basic auth", "auth_basic", "password", "login", "auth", "htpasswd"), r"\.conf$|/nginx/|/sites-(?:available|enabled)/"),
    KeyPath("solr.block-unknown", r"(?:^|\.)blockunknown$", "off", "lets requests without credentials through Solr's auth plugin ({key}: {value})",
            "off", ("blockunknown",), ("blockunknown", "block unknown", "unauthenticated", "anonymous", "auth")),
    # ---------------------------------------------------------------------------------------- JWT settings
    KeyPath("jwt.alg-none", r"(?:^|\.)(?:jwt\.)?algorithms?$|(?:^|\.)jwt_algorithm$|(?:^|\.)signing_algorithm$", "re:(?:^|[\\[\\s,\"'])none(?:$|[\\]\\s,\"'])",
            "accepts unsigned tokens (algorithm none) ({key})", "off", ("algorithm",), ("none", "unsigned", "algorithm", "signature")),
    KeyPath("jwt.expiry-ignored", r"(?:^|\.)ignoreexpiration$|(?:^|\.)ignore_expiration$", "on",
            "accepts expired tokens ({key}: {value})", "ask", ("expiration",), ("expiration", "expiry", "expired", "exp")),
    KeyPath("jwt.expiry-unchecked", r"(?:^|\.)verify_exp$|(?:^|\.)validate_exp$|(?:^|\.)require_exp$|(?:^|\.)validatelifetime$", "off",
            "accepts expired tokens ({key}: {value})", "ask", ("verify_exp", "validate_exp", "require_exp", "validatelifetime"),
            ("expiration", "expiry", "expired", "exp", "lifetime")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Shape:
    """A rule whose shape admits everyone, or code that builds one: read as a pattern over the text, counted in the
    old and the new text (a shape the old text already had is no new finding)."""

    id: str
    shape: str  # regex over the text (multi-line; `(?i)` inline when needed)
    meaning: str
    check: str  # off | open | ask
    words: tuple[str, ...]  # lower-case trigger words
    said: tuple[str, ...]  # the user's words for the control
    files: str = ""  # the file's path must match this
    near: str = ""  # the old text, the new text or the path must also match this
    removed: bool = False  # the shape is a control: its disappearance (fewer in the new text than in the old) weakens
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()


#: Code that builds infrastructure or calls a cloud SDK (CDK, Pulumi, CDKTF, boto3, the Go/JS/Java/.NET SDKs, notebooks).
CODE = r"\.(ts|js|mjs|cjs|py|go|java|kt|cs|rb|ipynb)$"
#: The user's words for a network opened to everyone.
WORLD_SAID = ("everyone", "anyone", "anywhere", "everywhere", "the internet", "any ip", "any address", "all ips", "all addresses",
              "0.0.0.0/0", "::/0", "anyipv4", "any ipv4", "world", "public", "publicly", "all traffic", "all ingress", "todos",
              "todo el mundo", "tout le monde", "alle", "semua", "全て", "誰でも", "모두", "qualquer", "cualquier",
              # the internet and the public in the languages users write ("ALB の 443 をインターネットに公開して")
              "internet", "インターネット", "인터넷", "互联网", "公网", "интернет", "öffentlich", "público", "publico", "publique",
              "pubblico", "publiczn", "herkese açık", "công khai", "publik")

SHAPES: tuple[Shape, ...] = (
    Shape("k8s.netpol-allow-all", r"(?m)^[ \t]*(?:-[ \t]+)?(?:ingress|egress)[ \t]*:[ \t]*(?:\n[ \t]*-[ \t]*\{[ \t]*\}[ \t]*$|\[[ \t]*\{[ \t]*\}[ \t]*\])|"
          r"^[ \t]*-?[ \t]*from[ \t]*:[ \t]*\[[ \t]*(?:\{[ \t]*\}[ \t]*)?\][ \t]*$",
          "makes the network policy admit all traffic (an empty rule: `- {}`)", "open", ("ingress", "egress", "from:"),
          ("all ingress", "all traffic", "allow all", "allow-all", "allows all", "everything", "any pod", "anyone", "everyone", "- {}",
           "open", "all egress"),
          r"\.(ya?ml|json)$", r"(?i)networkpolic|netpol|network-polic|network_polic|policyTypes|podSelector",
          must_match=(("payments/netpol.yaml", "  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: api",
                       "  ingress:\n    - {}"),),
          must_not_match=(("payments/netpol.yaml", "  ingress:\n    - {}",
                           "  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: api"),
                          ("charts/shop/values.yaml", "ingress:\n  enabled: false\n", "ingress:\n  enabled: true\n"))),
    Shape("istio.authz-allow-all", r"(?m)^[ \t]*rules[ \t]*:[ \t]*(?:\n[ \t]*-[ \t]*\{[ \t]*\}[ \t]*$|\[[ \t]*\{[ \t]*\}[ \t]*\])",
          "makes the authorization policy allow every request (`rules: - {}`)", "open", ("rules",),
          ("allow all", "all requests", "every request", "everyone", "anyone", "- {}", "allow-all"),
          r"\.(ya?ml|json)$", r"AuthorizationPolicy|security\.istio\.io|action:\s*ALLOW"),
    Shape("cilium.world", r"(?m)^[ \t]*-?[ \t]*fromEntities[ \t]*:[ \t]*(?:\[[^\]\n]*\b(?:world|all)\b|\n[ \t]*-[ \t]*['\"]?(?:world|all)\b)",
          "admits traffic from the whole internet into the pods (fromEntities: world/all)", "open", ("fromentities",),
          (*WORLD_SAID, "world", "all entities"), r"\.(ya?ml|json)$"),
    Shape("iam.principal-any", r"""(?i)["']?Principal["']?\s*[:=]\s*(?:\{\s*["']?AWS["']?\s*[:=]\s*)?\[?\s*["']\*["']|principals?\s*\{\s*type\s*=\s*"\*"|"""
          r"""identifiers\s*=\s*\[\s*"\*"\s*\]|new\s+(?:iam\.)?AnyPrincipal\(\)|AnyPrincipal\(\)""",
          "grants the policy to anyone at all (Principal: \"*\")", "open", ("principal", "identifiers", "anyprincipal"),
          ("principal *", "principal: *", "principal \"*\"", "anyone", "everyone", "any principal", "public", "allow-all", "allow all", "anyprincipal"),
          r"\.(json|ya?ml|tf|tf\.json|hcl|template|ts|js|py|go|java|cs)$"),
    Shape("iam.action-any", r"""(?i)["']?Action["']?\s*[:=]\s*\[?\s*["'](?:[\w-]+:)?\*["']|\bactions\s*=\s*\[\s*"\*"\s*\]|actions\s*:\s*\[\s*["']\*["']\s*\]""",
          "allows every action (Action: \"*\" or \"service:*\")", "open", ("action",),
          ("action *", "action: *", "action \"*\"", "all actions", "every action", "full access", "admin", "administrator", "allow-all",
           "allow all", "everything"),
          r"\.(json|ya?ml|tf|tf\.json|hcl|template|ts|js|py|go|java|cs)$", r"(?i)Effect|statement|policy|iam"),
    Shape("rbac.all", r"""(?m)^[ \t]*-?[ \t]*(?:verbs|resources|apiGroups)[ \t]*:[ \t]*(?:\[[ \t]*["']\*["'][ \t]*\]|\n[ \t]*-[ \t]*["']\*["'])""",
          "grants every verb or every resource in the role (\"*\")", "open", ("verbs", "resources", "apigroups"),
          ("verbs *", "all verbs", "every verb", "everything", "full access", "cluster-admin", "admin", "all permissions", "\"*\"", "'*'"),
          r"\.(ya?ml|json)$", r"(?i)\bRole\b|ClusterRole|rules:"),
    Shape("vault.path-all", r"""(?s)path\s+"(?:\*|\+/\*|sys/\*|[\w-]+/\*)"\s*\{[^}]*capabilities\s*=\s*\[[^\]]*"(?:sudo|root)"|"""
          r"""path\s+"\*"\s*\{[^}]*capabilities\s*=\s*\[[^\]]*"(?:create|update|delete)\"""",
          "gives the policy every capability on every path of Vault (path \"*\" with sudo or write)", "open", ("path", "capabilities"),
          ("path *", "path \"*\"", "full access", "all capabilities", "every capability", "sudo", "root", "everything", "all paths"),
          r"\.(hcl|json|tf)$|/polic(?:y|ies)/",
          must_match=(("vault/policies/ci.hcl", 'path "secret/data/ci/*" {\n  capabilities = ["read"]\n}\n',
                       'path "*" {\n  capabilities = ["create", "read", "update", "delete", "list", "sudo"]\n}\n'),),
          must_not_match=(("vault/policies/ci.hcl", 'path "secret/data/ci/*" {\n  capabilities = ["read"]\n}\n',
                           'path "secret/data/ci/*" {\n  capabilities = ["read", "list"]\n}\n'),)),
    Shape("code.ingress-any", r"""(?i)\bPeer\.any(?:Ipv4|Ipv6)\(\)|\.allowFromAnyIpv4\(|\.allowDefaultPortFromAnyIpv4\(|\.allowFromAnyIpv6\(|"""
          r"""\bPeer\.ipv4\(\s*['"]0\.0\.0\.0/0['"]\s*\)|\b(?:cidr_?blocks?|cidr_?ip(?:v6)?|ipv6_?cidr_?blocks|source_?ranges|source_?address_?prefix(?:es)?|"""
          r"""cidrs?|ip_?ranges?|ipRanges|allowed_?cidrs?)["']?\s*[:=(]\s*\[?\s*(?:\{\s*["']?CidrIp["']?\s*:\s*)?(?:(?:aws|pulumi)\.String\(\s*)?["'](?:0\.0\.0\.0/0|::/0|\*|Internet)["']""",
          "opens ingress to every address on the internet, in code that builds the rule", "open",
          ("anyipv4", "anyipv6", "fromany", "0.0.0.0/0", "::/0", "internet"),
          (*WORLD_SAID, "ssh from anywhere", "open to", "open the port", "open port"), CODE,
          must_match=(("infra/lib/bastion-stack.ts", "    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });\n",
                       "    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });\n    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));\n"),
                      ("infra/index.ts", "    ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['10.0.0.0/16'] }],\n",
                       "    ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['0.0.0.0/0'] }],\n")),
          must_not_match=(("infra/lib/bastion-stack.ts", "    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });\n",
                           "    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });\n    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(22));\n"),
                          ("infra/index.ts", "", "    egress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }],\n"))),
    Shape("pghba.trust", r"(?m)^[ \t]*host(?:ssl|nossl|gssenc|nogssenc)?[ \t]+\S+[ \t]+\S+[ \t]+(?!127\.|::1/|localhost\b|samehost\b)\S+(?:[ \t]+\S+)?[ \t]+trust\b",
          "lets every client that reaches the server log in as any user without a password (pg_hba `trust`)", "off", ("trust",),
          ("trust", "pg_hba", "postgres", "postgresql", "auth", "authentication", "password", "connect", "login", "without password",
           "no password", "passwordless", "sin contraseña", "ohne passwort", "sans mot de passe"),
          r"pg_hba[\w.-]*\.conf$|/pg_hba[^/]*$",
          must_match=(("docker/postgres/pg_hba.conf", "host    all    all    10.0.0.0/8    scram-sha-256\n", "host    all    all    0.0.0.0/0    trust\n"),),
          must_not_match=(("docker/postgres/pg_hba.conf", "host    all    all    0.0.0.0/0    trust\n", "host    all    all    10.0.0.0/8    scram-sha-256\n"),
                          ("docker/postgres/pg_hba.conf", "", "local   all    all                   trust\n"))),
    Shape("web.login-removed", r"(?im)^[ \t]*(?:basic_?auth\b|basicauth\b|forward_auth\b|auth_basic[ \t]+[\"']|auth_request[ \t]+/|"
          r"AuthType[ \t]+\w|Require[ \t]+valid-user|oauth2_proxy\b)",
          "removes the login in front of a site or location (basic auth, forward auth, auth_request)", "off",
          ("basicauth", "basic_auth", "forward_auth", "auth_basic", "auth_request", "authtype", "valid-user", "oauth2_proxy"),
          ("basic auth", "basicauth", "auth", "login", "password", "forward_auth", "auth_basic"),
          r"/Caddyfile[^/]*$|\.caddy$|\.conf$|/\.htaccess$|/nginx/|/sites-(?:available|enabled)/|/(?:apache2?|httpd)/", removed=True,
          must_match=(("Caddyfile", "admin.shop.io {\n  basicauth {\n    admin $2a$14$Zk\n  }\n  reverse_proxy admin:8080\n}\n",
                       "admin.shop.io {\n  reverse_proxy admin:8080\n}\n"),),
          must_not_match=(("Caddyfile", "admin.shop.io {\n  basicauth {\n    admin $2a$14$Zk\n  }\n}\n",
                           "admin.shop.io {\n  basicauth {\n    admin $2a$14$Qq\n  }\n}\n"),)),
    Shape("k8s.netpol-any-namespace", r"(?m)^[ \t]*-?[ \t]*namespaceSelector[ \t]*:[ \t]*\{[ \t]*\}[ \t]*$(?![\s\S]{0,80}?podSelector)",
          "admits every pod of every namespace (namespaceSelector: {})", "ask", ("namespaceselector",),
          ("all namespaces", "every namespace", "any namespace", "namespaceselector: {}", "all pods", "everyone", "anyone", "cluster-wide"),
          r"\.(ya?ml|json)$", r"(?i)networkpolic|netpol|network-polic|network_polic|policyTypes|ingress:|egress:",
          must_match=(("k8s/np.yaml", "  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              name: web\n",
                       "  ingress:\n    - from:\n        - namespaceSelector: {}\n"),)),
    Shape("web.require-all-granted", r"(?im)^[ \t]*(?:Require[ \t]+all[ \t]+granted|Allow[ \t]+from[ \t]+all|Satisfy[ \t]+any)[ \t]*$",
          "lets every visitor in where a login or an address list was required (Require all granted)", "off", ("granted", "allow from all", "satisfy"),
          ("require all granted", "everyone", "anyone", "without login", "no login", "public", "open"),
          r"\.(conf|htaccess)$|/\.htaccess$|/(?:apache2?|httpd)/",
          near=r"(?i)Require[ \t]+(?:valid-user|user|group|ip|host|ldap|ssl)|AuthType|Deny[ \t]+from"),
    Shape("nginx.allow-all", r"(?m)^[ \t]*allow[ \t]+all[ \t]*;", "lets every address into a location that listed who may come in (allow all;)", "open",
          ("allow all",), ("allow all", "everyone", "anyone", "public", "open"), r"\.conf$|/nginx/|/sites-(?:available|enabled)/",
          near=r"(?m)^[ \t]*(?:deny[ \t]+all|allow[ \t]+\d|auth_basic[ \t]+\")"),
)  # fmt: skip
