"""Which service an HTTP API request goes to, read from its host or from the shape of its path, and the words and
credential names that belong to that service (session 27, R2).

A self-hosted service answers on whatever host its owner gave it (`sso.acme.io` is Keycloak, `ci.acme.io` Jenkins,
`es-logs.int:9200` Elasticsearch): its API's own path says which service it is (`/admin/realms/…`, `/job/NAME/build`,
`/_ilm/policy/…`). A hosted one answers on its own host (`api.stripe.com`). Either way the request is that service's,
so the words name it by the service's name ("keycloak", "jenkins", "the cloudflare cache") or by a noun only that
service has ("realm", "ILM", "DAG"), and a credential is its own when a part of the variable's name is the service's
name or its usual abbreviation (`$KC_ADMIN_TOKEN` Keycloak's, `$CF_API_TOKEN` Cloudflare's, `$ES_PASSWORD`
Elasticsearch's). The path segments that are the service's own structure (Jenkins `job`, Elasticsearch `_ilm`,
`policy`, Nomad `periodic`) name no object, and a segment that names the act (`…/periodic/force`, `…/dagRuns`) is
read as the act (a service's own act word first: Okta's `lifecycle/deactivate` is no suspend, its own act that no
act class says).

Format of `SERVICES`: name -> (words said for it (a `*` ends a stem), credential name parts, host patterns (fnmatch),
path signature (a regex over the lower-case path without its leading `/`), structure segments, act segments).
Sources: each service's API reference (Keycloak Admin REST, Jenkins remote access API, Elasticsearch/OpenSearch REST,
Airflow stable REST API, Nomad/Vault/Consul HTTP APIs, Okta/Auth0 management APIs, Microsoft Graph, Cloudflare,
Fastly, Akamai CCU, Stripe, Paddle, Chargebee, GitLab, GitHub, Buildkite, CircleCI v2, RabbitMQ management HTTP
API, Grafana HTTP API, Argo CD, AWX, Rundeck, Kibana, Envoy admin, HAProxy Data Plane API).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from functools import lru_cache

from automode.dc import dataclass

# fmt: off
_S = tuple[str, str, str, str, str, str]
#: name: (words, credential parts, hosts, path signature, structure segments, "segment:act" pairs)
SERVICES: Mapping[str, _S] = {
    "keycloak": ("keycloak realm*", "kc keycloak sso", "", r"^(?:auth/)?admin/realms/", "admin realms", ""),
    "jenkins": ("jenkins", "jenkins jnk", "jenkins.*", r"^(?:jenkins/)?(?:job/[^/]+/)+(?:build|buildwithparameters)$",
                "job jenkins", ""),
    "elasticsearch": ("elasticsearch elastic opensearch ilm ism", "es elastic elasticsearch opensearch os",
                      "*.es.*.cloud.es.io *.aws.found.io",
                      r"(?:^|/)_(?:ilm|ism|cluster|settings|mapping|mappings|index_template|component_template|snapshot|"
                      r"security|plugins|aliases|alias|doc|update|update_by_query|delete_by_query|reindex|rollover|"
                      r"forcemerge|slm|transform|ingest|data_stream|close|open|shrink|split)(?:/|$)",
                      "_* policy policies", ""),
    "airflow": ("airflow dag*", "airflow af", "", r"^api/v[12]/dags/", "dags", "dagruns:run clearTaskInstances:run"),
    "nomad": ("nomad", "nomad", "", r"^v1/(?:job|jobs|allocation|node|deployment|evaluation)s?(?:/|$)",
              "job jobs periodic", "force:run evaluate:run"),
    "vault": ("vault", "vault", "", r"^v1/(?:sys|auth|secret|kv|pki|transit|identity|database)/",
              "sys leases lease auth", "revoke-prefix:revoke revoke-force:revoke"),
    "consul": ("consul", "consul", "", r"^v1/(?:kv|agent|catalog|acl|session|txn)/", "agent catalog kv", ""),
    "okta": ("okta", "okta ssws", "*.okta.com *.oktapreview.com *.okta-emea.com",
             r"^api/v1/(?:groups|users|apps|authorizationservers|policies)(?:/|$)", "lifecycle",
             "deactivate:deactivate suspend:disable unsuspend:enable"),
    "auth0": ("auth0", "auth0", "*.auth0.com", r"^api/v2/(?:users|roles|organizations|clients)(?:/|$)", "", ""),
    "msgraph": ("graph entra azure_ad aad", "graph msgraph entra aad azure ms", "graph.microsoft.com", "", "$ref",
                ""),
    "cloudflare": ("cloudflare", "cf cloudflare", "api.cloudflare.com", r"^client/v4/zones/", "", ""),
    "fastly": ("fastly", "fastly", "api.fastly.com", "", "service", ""),
    "akamai": ("akamai", "akamai edgegrid ccu", "*.akamaiapis.net", r"^ccu/v3/", "ccu", ""),
    "stripe": ("stripe", "stripe sk", "api.stripe.com", "", "", ""),
    "paddle": ("paddle", "paddle", "api.paddle.com sandbox-api.paddle.com", "", "", ""),
    "chargebee": ("chargebee", "chargebee cb", "*.chargebee.com", "", "", ""),
    "gitlab": ("gitlab", "gitlab gl glpat", "gitlab.*", r"^api/v4/(?:projects|groups|users)/", "", ""),
    "github": ("github", "github gh", "api.github.com", "", "", ""),
    "buildkite": ("buildkite", "buildkite bk", "api.buildkite.com", "", "organizations pipelines", "builds:run"),
    "circleci": ("circleci circle", "circleci circle", "circleci.com", r"^api/v2/project/", "project gh github bb "
                 "bitbucket circleci", ""),
    "rabbitmq": ("rabbitmq rabbit", "rabbitmq rabbit rmq amqp", "",
                 r"^api/(?:exchanges|queues|vhosts|users|permissions|bindings|policies|parameters)(?:/|$)", "",
                 "contents:delete"),
    "grafana": ("grafana", "grafana", "grafana.*",
                r"^api/(?:dashboards|folders|datasources|teams|org|admin|alerts|annotations|serviceaccounts)(?:/|$)",
                "db", "db:create import:create"),
    "argocd": ("argocd argo", "argocd argo", "argocd.*", r"^api/v1/applications(?:/|$)", "", "sync:run"),
    "awx": ("awx tower", "awx tower", "awx.*", r"^api/v2/(?:job_templates|workflow_job_templates)/", "", ""),
    "rundeck": ("rundeck", "rundeck rd", "rundeck.*", r"^api/\d+/job/", "job", ""),
    "kibana": ("kibana", "kibana kbn", "kibana.*", r"^(?:s/[^/]+/)?api/(?:saved_objects|spaces|alerting|fleet)(?:/|$)",
               "", ""),
    "envoy": ("envoy", "envoy", "", r"^(?:healthcheck/(?:fail|ok)|drain_listeners|runtime_modify|logging)$", "",
              "fail:disable ok:enable drain_listeners:disable"),
    "haproxy": ("haproxy", "haproxy dataplane", "",
                r"^v[23]/services/haproxy/(?:runtime|configuration)/", "services haproxy runtime configuration", ""),
}
# fmt: on


@dataclass(frozen=True, slots=True)
class ApiService:
    """One service: the words that name it, its credential parts, where it answers, its path's own words."""

    name: str
    words: tuple[str, ...]
    cred_parts: frozenset[str]
    hosts: tuple[str, ...]
    signature: str
    structure: frozenset[str]
    acts: Mapping[str, str]


@lru_cache(maxsize=1)
def _services() -> tuple[ApiService, ...]:
    from automode.knowledge.api_census import MORE

    out = []
    for name, (words, creds, hosts, sig, structure, acts) in {**SERVICES, **MORE}.items():
        pairs = dict(p.split(":", 1) for p in acts.split())
        out.append(ApiService(name, tuple(w.replace("_", " ") for w in words.split()), frozenset(creds.split()),
                              tuple(hosts.split()), sig, frozenset(structure.split()),
                              {k.lower(): v for k, v in pairs.items()}))
    return tuple(out)


@lru_cache(maxsize=512)
def service_of(host: str, path: str) -> ApiService | None:
    """The service a request to `host` with `path` (lower case, no leading `/`) goes to: a host pattern of a hosted
    service first, then the path's signature; None when neither says."""
    h = host.lower()
    p = path.lower().strip("/")
    for s in _services():
        if h and any(fnmatch.fnmatchcase(h, pat) for pat in s.hosts):
            return s
    parts = set(re.split(r"[.\-_\d]+", h)) if h else set()
    for s in _services():  # a self-hosted service on a host named after it (`consul.int`, `vault-1.lab`, `nomad-stg`)
        if s.name in parts and s.signature and re.search(s.signature, p):
            return s
    for s in _services():
        if s.signature and re.search(s.signature, p):
            return s
    return None


def named_in(s: ApiService, text: str) -> bool:
    """The words (lower case) name the service: its name, or a noun only it has ("realm", "ILM", "DAG")."""
    for w in s.words:
        stem = w.endswith("*")
        body = re.escape(w.rstrip("*"))
        if re.search(r"(?<![\w.-])" + body + (r"" if stem else r"(?![\w])"), text):
            return True
    return False


def credential_of(s: ApiService, parts: set[str]) -> bool:
    """A credential whose name parts (`credential_parts`) name the service (`KC` of `$KC_ADMIN_TOKEN`)."""
    return bool(parts & (s.cred_parts | {s.name}))


def fixtures() -> list[tuple[str, str, str | None]]:
    """(host, path, service) checked by the tests."""
    return [
        ("sso.acme.io", "admin/realms/staff/users/u1/groups/g1", "keycloak"),
        ("ci.acme.io", "job/docs-preview/buildwithparameters", "jenkins"),
        ("ci.acme.io", "job/folder/job/docs/build", "jenkins"),
        ("es-logs.int", "_ilm/policy/app-logs", "elasticsearch"),
        ("os.int", "orders-2025/_settings", "elasticsearch"),
        ("airflow.int.io", "api/v1/dags/daily_sales/dagruns", "airflow"),
        ("nomad.int", "v1/job/reports-dev/periodic/force", "nomad"),
        ("vault.int", "v1/sys/leases/revoke-prefix/auth/token", "vault"),
        ("acme.okta.com", "api/v1/groups/00g1/users/00u1", "okta"),
        ("api.cloudflare.com", "client/v4/zones/z/purge_cache", "cloudflare"),
        ("api.stripe.com", "v1/refunds", "stripe"),
        ("example.com", "api/items", None),
    ]
