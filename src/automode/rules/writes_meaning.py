"""What a written configuration's key paths and rule shapes mean (session 15, class F1; facts: `files.keypath_read`,
data: `files.keypaths`): a server's or platform's control switched off by its key path, a rule that admits
everyone, a weaker value to confirm. Each reports only what no older check of the same change reported. Asked for in
so many words ("turn off xpack security on the ingest cluster", "open 5432 to everyone"), the judge releases it
(`judge.intent.meaning_said`)."""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.rules.writes import E, W
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


@rule(
    "AM-WRITE-056",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create", "skip"},
    title="Switches a server's or platform's security control off by its key path",
    what="An edit of a configuration file (YAML, JSON, TOML, INI, HCL, `.properties`, a server's `key value` file, "
    "XML, a compose command's flags) whose key path, nested or flattened, takes the value that turns a control off: "
    "Spring `security.enabled: false`, Elasticsearch `xpack.security.enabled: false`, OpenSearch "
    "`plugins.security.disabled: true`, MongoDB `security.authorization: disabled`, Redis `protected-mode no` or its "
    "`requirepass` removed, MySQL `skip-grant-tables`, Consul/Nomad `acl.enabled = false`, Vault `tls_disable = 1`, "
    "Traefik `api.insecure`, Keycloak `sslRequired: none`, Jenkins unsecured, JWT `algorithms: none` (table: "
    "`files.keypaths.ROWS`). Development, example and test settings are not read.",
    why="The next deploy or restart serves the data or the admin surface to whoever reaches the port, and nothing in the "
    "edit looks like more than a value.",
    example="security:\n  enabled: true → security:\n  enabled: false (src/main/resources/application.yml)",
    instead="Keep the control on; if a test needs it off, change the test profile's settings, and ask the user first.",
    must_match=[E("src/main/resources/application.yml", "security:\n  enabled: true", "security:\n  enabled: false"),
                E("ops/redis/redis.conf", "requirepass s3cret\n", "# requirepass s3cret\n"),
                E("src/main/resources/application.properties", "",
                  "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration\n")],
    must_not_match=[E("src/main/resources/application.yml", "security:\n  enabled: false", "security:\n  enabled: true"),
                    E("src/main/resources/application-test.yml", "security:\n  enabled: true", "security:\n  enabled: false"),
                    E("src/main/resources/application.yml", "cache:\n  enabled: true", "cache:\n  enabled: false")],
)  # fmt: skip
def control_off(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "keypath-off" else None


@rule(
    "AM-WRITE-057",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create", "grant"},
    title="Writes a rule that admits everyone",
    what="A rule whose shape or value opens everything: a NetworkPolicy `ingress: - {}` (also as an edit fragment of a "
    "policy file), an Istio AuthorizationPolicy `rules: - {}`, Cilium `fromEntities: world`, an IAM statement with "
    "`Principal: \"*\"` or `Action: \"*\"`, RBAC `verbs: [\"*\"]`, a Vault policy `path \"*\"` with `sudo` or write "
    "capabilities, an authorised network or allow list of `0.0.0.0/0`, a database firewall to 255.255.255.255, "
    "Consul/Nomad `default_policy = \"allow\"`, anonymous Grafana admins, and code that builds one (CDK "
    "`Peer.anyIpv4()`, Pulumi `cidrBlocks: [\"0.0.0.0/0\"]`, boto3/SDK ingress from `0.0.0.0/0`).",
    why="Applied, every address, pod, principal or token gets in, and the edit reads like a small rule change.",
    example="  ingress:\n    - from:\n        - podSelector: {matchLabels: {app: api}} → ingress:\n    - {}",
    instead="Admit the sources, principals or paths the task names.",
    must_match=[E("payments/netpol.yaml", "  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: api",
                  "  ingress:\n    - {}"),
                E("infra/lib/bastion-stack.ts", "    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });\n",
                  "    const sg = new ec2.SecurityGroup(this, 'Sg', { vpc });\n    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));\n"),
                W("vault/policies/deploy.hcl", 'path "*" {\n  capabilities = ["create", "read", "update", "delete", "list", "sudo"]\n}\n')],
    must_not_match=[E("payments/netpol.yaml", "  ingress:\n    - {}",
                      "  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: api"),
                    W("vault/policies/deploy.hcl", 'path "secret/data/deploy/*" {\n  capabilities = ["read"]\n}\n')],
)  # fmt: skip
def admits_everyone(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "keypath-open" else None


@rule(
    "AM-WRITE-058",
    category="security-degrade",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"update", "create"},
    title="Sets a weaker value of a server's or platform's control",
    what="A value that widens who reaches a service or relaxes a check, short of turning it off: a server bound to every "
    "interface (`bind 0.0.0.0`, `listen_addresses = '*'`, `net.bindIp: 0.0.0.0`), an Istio mesh's mTLS `PERMISSIVE`, "
    "Grafana's login form hidden, expired JWTs accepted.",
    why="It may be what the task needs, and it may expose the service: the user should see it.",
    example="spec:\n  mtls:\n    mode: STRICT → mode: PERMISSIVE",
    instead="Keep the narrower value, or ask the user.",
    must_match=[E("mesh/peer-auth.yaml", "spec:\n  mtls:\n    mode: STRICT\n", "spec:\n  mtls:\n    mode: PERMISSIVE\n"),
                E("docker/postgres/postgresql.conf", "listen_addresses = 'localhost'\n", "listen_addresses = '*'\n"),
                E("ops/redis/redis.conf", "bind 127.0.0.1\n", "bind 0.0.0.0\n")],
    must_not_match=[E("mesh/peer-auth.yaml", "spec:\n  mtls:\n    mode: PERMISSIVE\n", "spec:\n  mtls:\n    mode: STRICT\n")],
)  # fmt: skip
def weaker_value(e: Effect, a: Analysis) -> str | Hit | None:
    return Hit(e.target, "ask") if e.origin == "keypath-ask" else None
