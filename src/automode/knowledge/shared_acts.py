"""State changes on shared services that no control table classifies (session 24, O1: the state change nobody
listed).

Three facts the outward check needs for acts whose program or API no table names:

* where a host is: this machine and the project's own dev servers (loopback, `host.docker.internal`, `*.localhost`,
  `*.test`, a dotless compose service name) against a shared service on the network (a private address, `*.internal`,
  `*.lan`, `*.local`, `*.svc.cluster.local`, any dotted name): `shared_host`;
* which HTTP requests with a body only read (`READ_POSTS`: an Elasticsearch `_search`, a Prometheus `query`, a GraphQL
  query that is not a `mutation`): `reads_by_post`;
* which commands issue or revoke a certificate, a token, a key or an account (`ISSUES`, from each tool's manual:
  smallstep `step ca|ssh`, cfssl, `openssl ca`, easy-rsa, certbot, acme.sh, lego, FreeIPA `ipa cert-*`, HashiCorp
  Nomad/Consul ACL tokens, Boundary accounts, DigitalOcean registry credentials): `issued`;
* where a broker client sends its messages (`BROKER_OPTS`: the option that names the server), for publish commands
  (`knowledge.publishers`) no control table reads: `broker_host`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Host suffixes of the machine itself and of the project's own dev servers (Valet/Herd `*.test`, `*.localhost`).
WORKSPACE_SUFFIXES = (".localhost", ".test", ".docker.internal", ".localdomain")

#: Last path segments of HTTP endpoints that take a body and only read (a search, a count, a query, a lookup):
#: Elasticsearch/OpenSearch (`_search`, `_msearch`, `_count`, `_mget`, `_field_caps`, `_validate`, `_explain`,
#: `_analyze`, `_sql`, `_eql`, `_async_search`, `_search_template`, `_terms_enum`), CouchDB (`_find`, `_all_docs`,
#: `_explain`), Prometheus/Loki/Thanos (`query`, `query_range`, `series`, `labels`), Grafana (`/api/ds/query`),
#: Solr (`select`), Druid/Pinot (`sql`). A GraphQL endpoint reads unless its body holds a `mutation`.
READ_POSTS = frozenset({"_search", "_msearch", "_count", "_mget", "_field_caps", "_validate", "_explain", "_analyze",
                        "_sql", "_eql", "_async_search", "_search_template", "_terms_enum", "_find", "_all_docs",
                        "query", "query_range", "query_exemplars", "series", "labels", "select", "sql", "graphql",
                        "_graphql", "_render", "render", "_mtermvectors", "_termvectors"})  # fmt: skip

# fmt: off
#: program -> ((subcommand words, kind), ...), first match wins; kind: "cert" (a certificate issued or renewed),
#: "revoke" (one revoked, or a revocation list published), "token" (a token or key made), "account" (an account or a
#: provisioner added). `openssl ca` issues with `-in`/`-ss_cert`/`-spkac`, revokes with `-revoke`, publishes a CRL with
#: `-gencrl` (openssl-ca(1)); `cfssl gencert` issues when given a CA or `-remote` (without them it only makes a key).
_ISSUES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "step": ((("ca", "certificate"), "cert"), (("ca", "sign"), "cert"), (("ca", "renew"), "cert"),
             (("ca", "rekey"), "cert"), (("ca", "revoke"), "revoke"), (("ca", "token"), "token"),
             (("ca", "provisioner", "add"), "account"), (("ca", "provisioner", "update"), "account"),
             (("ca", "provisioner", "remove"), "account"), (("ca", "admin", "add"), "account"),
             (("ca", "admin", "update"), "account"), (("ca", "admin", "remove"), "account"),
             (("ssh", "certificate"), "cert"), (("ssh", "renew"), "cert"), (("ssh", "rekey"), "cert"),
             (("ssh", "revoke"), "revoke")),
    "cfssl": ((("gencert", "-ca"), "cert"), (("gencert", "-remote"), "cert"), (("sign",), "cert"),
              (("revoke",), "revoke"), (("ocspsign",), "revoke"), (("gencrl",), "revoke")),
    "openssl": ((("ca", "-revoke"), "revoke"), (("ca", "-gencrl"), "revoke"), (("ca",), "cert")),
    "easyrsa": ((("build-client-full",), "cert"), (("build-server-full",), "cert"), (("build-serverclient-full",), "cert"),
                (("sign-req",), "cert"), (("renew",), "cert"), (("revoke",), "revoke"), (("gen-crl",), "revoke")),
    "certbot": ((("certonly",), "cert"), (("renew",), "cert"), (("revoke",), "revoke"), (("run",), "cert")),
    "acme.sh": ((("--issue",), "cert"), (("--renew",), "cert"), (("--renew-all",), "cert"), (("--revoke",), "revoke")),
    "lego": ((("run",), "cert"), (("renew",), "cert"), (("revoke",), "revoke")),
    "ipa": ((("cert-request",), "cert"), (("cert-revoke",), "revoke"), (("user-add",), "account"),
            (("service-add",), "account"), (("host-add",), "account")),
    "nomad": ((("acl", "token", "create"), "token"), (("acl", "token", "update"), "token"),
              (("acl", "bootstrap"), "token"), (("acl", "policy", "apply"), "account")),
    "consul": ((("acl", "token", "create"), "token"), (("acl", "token", "update"), "token"),
               (("acl", "bootstrap"), "token"), (("acl", "policy", "create"), "account")),
    "boundary": ((("accounts", "create"), "account"), (("users", "create"), "account"),
                 (("auth-tokens", "create"), "token")),
    "doctl": ((("registry", "docker-config"), "token"), (("registry", "login"), "token")),
}
# fmt: on
ISSUES: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]] = {**_ISSUES, "step-cli": _ISSUES["step"],
                                                                  "easyrsa3": _ISSUES["easyrsa"]}

#: Options that name the server a broker client talks to (mosquitto_pub `-h`, amqp-tools `-u`/`--url`/`-s`,
#: pulsar-client `--url`, kcat `-b`, kafka `--bootstrap-server`, NATS `-s`/`--server`, MQTTX `-h`).
BROKER_OPTS = frozenset({"-h", "--host", "-H", "-u", "--url", "-s", "--server", "-b", "--broker", "--brokers",
                         "--bootstrap-server", "--broker-list", "-L"})  # fmt: skip


#: Dotless names of shared infrastructure: from the shell that runs the agent, `http://consul:8500` resolves through
#: the network's search domain to the team's Consul, not to a container of the project (a compose service name is
#: reachable only from inside the compose network; from the host it is `localhost:PORT`). A dotless name made of
#: these words, or carrying an environment marker (`etcd-stg`, `db-prod-2`), is shared; other dotless names
#: (`api`, `web`, `app`, `backend`) stay the project's own.
SHARED_SERVICE_WORDS = frozenset({
    "consul", "vault", "nomad", "etcd", "zookeeper", "jenkins", "teamcity", "bamboo", "gocd", "drone", "concourse",
    "spinnaker", "argocd", "argo", "rancher", "awx", "tower", "foreman", "puppet", "puppetmaster", "salt",
    "saltmaster", "grafana", "prometheus", "alertmanager", "kibana", "graylog", "splunk", "loki", "thanos",
    "influxdb", "sentry", "keycloak", "ldap", "freeipa", "ipa", "nexus", "artifactory", "harbor", "registry",
    "sonarqube", "sonar", "gitlab", "gitea", "gerrit", "jira", "confluence", "bitbucket", "mattermost", "rundeck",
    "airflow", "kafka", "rabbitmq", "nats", "pulsar", "minio", "ceph", "elasticsearch", "opensearch", "solr",
    "unleash", "flagsmith", "kong", "traefik", "haproxy", "pdns", "powerdns", "bind", "ns1", "ns2", "dc", "dc01",
    "dc1", "ad", "pfsense", "opnsense", "proxmox", "pve", "vcenter", "esxi", "nas", "backup", "bastion", "jump",
    "jumphost", "mgmt", "ops", "infra", "build", "ci", "cd", "deploy",
})  # fmt: skip


def shared_host(host: str) -> bool:
    """The host is a shared service on the network, not this machine nor a dev server of the project: any dotted name
    or address but loopback, `host.docker.internal`, `*.localhost`, `*.test`; a dotless name when it names shared
    infrastructure (`SHARED_SERVICE_WORDS`) or an environment; other dotless names (a compose service, a container)
    are the project's own."""
    from automode.hosts import is_local

    h = host.lower().strip("[]").rstrip(".")
    if not h or is_local(h) or h.endswith(WORKSPACE_SUFFIXES):
        return False
    if "." in h or ":" in h:
        return True
    from automode.knowledge.envmarkers import env_of

    words = [w for w in re.split(r"[-_]", h) if w]
    return bool(words) and (any(w.rstrip("0123456789") in SHARED_SERVICE_WORDS or w in SHARED_SERVICE_WORDS
                                for w in words) or env_of(h) not in ("", "local", "dev"))


def reads_by_post(path: str, body: str = "") -> bool:
    """An HTTP request with a body that only reads: its last path segment is a search, a count or a query endpoint
    (`READ_POSTS`), a GraphQL query without a mutation."""
    segs = [s for s in path.split("?", 1)[0].lower().split("/") if s]
    if not segs:
        return False
    last = segs[-1]
    if last in ("graphql", "_graphql"):
        return "mutation" not in body.lower()
    return last in READ_POSTS


def issued(cmd: Command) -> tuple[str, tuple[str, ...]] | None:
    """(kind, the words that matched) when `cmd` issues or revokes a certificate, a token, a key or an account
    (`ISSUES`), None otherwise. An option in a table entry must be among the command's words, anywhere."""
    name = cmd.name.rsplit("/", 1)[-1]
    rows = ISSUES.get(name)
    if rows is None:
        return None
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos = [w.lower() for w in words if not w.startswith("-")]
    opts = {w.split("=", 1)[0] for w in words if w.startswith("-")}
    if "--help" in opts or ("-h" in opts and name != "acme.sh"):
        return None
    for sub, kind in rows:
        lead = tuple(s for s in sub if not s.startswith("-"))
        need = [s for s in sub if s.startswith("-")]
        if tuple(pos[: len(lead)]) == lead and all(n in opts for n in need):
            return kind, sub
    return None


def broker_host(cmd: Command) -> str:
    """The server a broker client's command names (`BROKER_OPTS`, or a `scheme://host` value), "" when it names none
    (the client's default, this machine)."""
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    for i, w in enumerate(words):
        key, eq, val = w.partition("=")
        if key in BROKER_OPTS:
            v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
        elif "://" in w and not w.startswith("-"):
            v = w
        else:
            continue
        v = v.split(",", 1)[0]
        rest = v.split("://", 1)[-1]
        host = rest.split("/", 1)[0].rsplit("@", 1)[-1]
        host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        if host:
            return host
    return ""


#: Subcommand words that make a new credential, whose printed value is the act's own output (`vault token create`,
#: `aws iam create-access-key`, `gcloud iam service-accounts keys create`, `kubectl create token`, `step ca token`).
MADE_WORDS = frozenset({"create", "create-token", "create-access-key", "create-key", "create-service-specific-credential",
                        "generate", "generate-key", "new", "issue", "mint", "token", "keys", "credential"})  # fmt: skip


#: Forms that make a token outlive or outrank the one asked for (an orphan token, the root policy, a use limit lifted):
#: no request to "make a token" asks for them (`judge.intent.token_said` reads the same table).
OUTRANKING_FORMS = lazyre.compile(r"^-{1,2}(?:orphan|no-default-policy=false|use-limit=0)$|^-{1,2}policy=root$|^root$")


def made_credential(cmd: Command) -> bool:
    """`cmd` makes a new credential and prints it (its subcommand words say so: `MADE_WORDS` with a create verb):
    a request to make it asks for the print too, which is how the user gets what they asked for. A form that makes it
    outlive or outrank any request (`OUTRANKING_FORMS`) is not the credential asked for."""
    if any(OUTRANKING_FORMS.match(w.value) for w in cmd.argv[1:]):
        return False
    pos = [w.value.lower() for w in cmd.argv[1:6] if not w.dynamic and not w.value.startswith("-")]
    verbs = {"create", "create-token", "create-access-key", "create-key", "create-service-specific-credential",
             "generate", "generate-key", "issue", "mint"}
    return bool(verbs & set(pos)) and bool(MADE_WORDS & set(pos))


def url_object(url: str) -> str:
    """The object an API request's URL acts on, as a user names it: its last path segment when that is an id or a key
    (a digit, `:`, `-`, `_` or `.` in it: `…/purge/product:8812`, `…/users/42`, `…/_ilm/policy/logs-dev`), "" for a
    bare word (`…/build`, `…/members`) or none."""
    from urllib.parse import unquote

    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0].split("#", 1)[0]
    segs = [unquote(s) for s in path.split("/") if s]
    if not segs:
        return ""
    leaf = segs[-1]
    if len(leaf) < 2 or leaf.startswith("$") or not any(ch.isdigit() or ch in ":-_." for ch in leaf):
        return ""
    return leaf


#: Mail senders whose server option names where the mail goes: program -> (sender options, server options).
#: swaks(1) `--from`/`-f`, `--server`/`-s`; sendemail `-f`, `-s`; curl `--mail-from` with an `smtp://` URL.
MAIL_OPTS: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    "swaks": (frozenset({"--from", "-f"}), frozenset({"--server", "-s"})),
    "sendemail": (frozenset({"-f"}), frozenset({"-s"})),
    "curl": (frozenset({"--mail-from"}), frozenset({"--url"})),
}


def local_mail_senders(cmd: Command) -> list[str]:
    """The sender addresses of a mail handed to a server on this machine (a mail catcher on loopback: MailHog,
    Mailpit, `smtp4dev` on 1025): nobody receives it but the catcher, so the sender names no party. [] when the
    server is elsewhere or none is named (the program's default relay)."""
    name = cmd.name.rsplit("/", 1)[-1]
    if name not in MAIL_OPTS:
        return []
    from automode.hosts import is_local

    senders, servers = MAIL_OPTS[name]
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    found: list[str] = []
    server = ""
    for i, w in enumerate(words):
        key, eq, val = w.partition("=")
        v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
        if key in senders:
            found.append(v.strip("<>"))
        elif key in servers or (name == "curl" and w.startswith(("smtp://", "smtps://"))):
            server = w if name == "curl" and "://" in w else v
    host = server.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]")
    return found if host and is_local(host) else []
