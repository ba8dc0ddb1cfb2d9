"""Self-hosted services' HTTP APIs that hand out secrets, run code or destroy data, recognised by their paths
(issue 10, point 2: a host given to a network-capable program is a destination; what the path asks that host for is
the effect). `knowledge.httpapi` knows SaaS APIs by their public host names; a Consul, Vault, etcd, Docker engine,
kubelet or Spring Boot actuator runs on whatever internal host its owner picked, so here the path is the key.

Each row: (service, path pattern over the lower-case path and query, methods ("*" any, else `GET|POST`), effect).
Effects: `secrets` (one secret or a small set), `all-secrets` (a whole store, recursively), `exec` (code runs on
that host), `destroy` (data deleted), `control` (the service is stopped, reloaded or reconfigured). First match wins.
`FIXTURES` below are run by the tests: (URL, method, the effect expected or "").
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    import re

_V = r"(?:/v[\d.]+)?"  # the Docker engine's optional API version prefix
_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # Vault: KV v1/v2 mounts, dynamic credentials, root-level operations
    ("vault", r"^/v1/sys/(?:raw|generate-root|rekey|unseal|seal)\b", "*", "all-secrets"),
    ("vault", r"^/v1/(?:[\w.-]+/)+metadata/?(?:\?.*)?$", "GET|HEAD|LIST", "all-secrets"),
    ("vault", r"^/v1/(?:[\w.-]+/)*(?:data|creds|secret|secrets|static-creds)(?:/|\?|$)", "GET|HEAD", "secrets"),
    ("vault", r"^/v1/(?:[\w.-]+/)*(?:data|metadata|secret)/", "DELETE", "destroy"),
    ("vault", r"^/v1/auth/token/(?:create|lookup)\b", "*", "secrets"),
    # Consul KV and ACLs (HashiCorp Consul HTTP API: /v1/kv/<key>, ?recurse returns every key under a prefix)
    ("consul", r"^/v1/kv/[^?]*\?(?:.*&)?(?:recurse|keys)\b", "GET|HEAD", "all-secrets"),
    ("consul", r"^/v1/kv/", "GET|HEAD", "secrets"),
    ("consul", r"^/v1/kv/", "DELETE", "destroy"),
    ("consul", r"^/v1/acl/(?:tokens?|bootstrap)\b", "*", "secrets"),
    ("consul", r"^/v1/agent/(?:leave|force-leave)\b", "PUT|POST", "control"),
    # etcd: v2 keys (?recursive=true), v3 gRPC gateway (a range read is a POST)
    ("etcd", r"^/v2/keys/?[^?]*\?(?:.*&)?recursive=true", "GET|HEAD", "all-secrets"),
    ("etcd", r"^/v2/keys/", "GET|HEAD", "secrets"),
    ("etcd", r"^/v2/keys/", "DELETE", "destroy"),
    ("etcd", r"^/v3(?:beta|alpha)?/kv/range\b", "POST", "all-secrets"),
    ("etcd", r"^/v3(?:beta|alpha)?/kv/deleterange\b", "POST", "destroy"),
    # Kubernetes API server and kubelet
    ("kubernetes", r"^/api/v1/(?:namespaces/[^/]+/)?secrets/?(?:\?.*)?$", "GET|HEAD", "all-secrets"),
    ("kubernetes", r"^/api/v1/namespaces/[^/]+/secrets/[^/?]+", "GET|HEAD", "secrets"),
    ("kubernetes", r"^/api/v1/namespaces/[^/]+/pods/[^/]+/(?:exec|attach)\b", "*", "exec"),
    ("kubernetes", r"^/api/v1/namespaces/[^/]+/?(?:\?.*)?$", "DELETE", "destroy"),
    ("kubelet", r"^/(?:run|exec|attach)/", "*", "exec"),
    # Docker engine API (tcp 2375/2376 or the socket through curl --unix-socket)
    ("docker", _V + r"/containers/create\b", "POST", "exec"),
    ("docker", _V + r"/containers/[^/]+/exec\b", "POST", "exec"),
    ("docker", _V + r"/exec/[^/]+/start\b", "POST", "exec"),
    ("docker", _V + r"/(?:containers|images|volumes|networks)/[^/?]+", "DELETE", "destroy"),
    ("docker", _V + r"/(?:containers|images|volumes|networks|build)/prune\b", "POST", "destroy"),
    ("docker", _V + r"/secrets\b", "GET", "secrets"),
    # Nomad variables, HashiCorp's secret store beside its jobs
    ("nomad", r"^/v1/vars?\b", "GET|HEAD", "secrets"),
    ("nomad", r"^/v1/jobs?\b", "POST|PUT", "exec"),
    # Spring Boot actuator: the environment (resolved passwords), heap dumps, shutdown
    ("actuator", r"/actuator/(?:env|configprops|heapdump|threaddump)\b", "GET|HEAD", "secrets"),
    ("actuator", r"/actuator/(?:shutdown|restart|pause)\b", "POST", "control"),
    ("actuator", r"/actuator/env\b", "POST", "control"),
    # Jenkins: the script console runs Groovy on the controller; credentials store
    ("jenkins", r"/(?:script|scripttext)$", "POST", "exec"),
    ("jenkins", r"/credentials/(?:store/[^?]*/)?(?:api|domain)", "GET", "secrets"),
    # Prometheus TSDB admin, Elasticsearch/OpenSearch wide deletes
    ("prometheus", r"^/api/v1/admin/tsdb/(?:delete_series|clean_tombstones)\b", "POST|PUT", "destroy"),
    ("elasticsearch", r"^/(?:_all|\*)(?:/|$|\?)", "DELETE", "destroy"),
    # Session 21 (kb2): elastic.co/docs/api (indices close: the index stops serving reads and writes; cluster update
    # settings, e.g. `action.destructive_requires_name: false`; node shutdown; voting exclusions; security users,
    # passwords, roles, mappings, API keys) and OpenSearch's security plugin REST API (internalusers, roles,
    # rolesmapping, securityconfig)
    ("elasticsearch", r"^/(?:[^/?]+/)?_close\b", "POST", "control"),
    ("elasticsearch", r"^/_cluster/(?:settings|voting_config_exclusions)\b|^/_nodes/[^/]+/shutdown\b", "PUT|POST", "control"),
    ("elasticsearch", r"^/_security/user/(?:[^/]+/)?_password\b|^/_security/user/[^/]+/_disable\b", "PUT|POST", "control"),
    ("elasticsearch", r"^/_security/(?:user|role|role_mapping|api_key|service|privilege)\b", "DELETE", "destroy"),
    ("opensearch", r"^/_plugins/_security/api/(?:internalusers|roles|rolesmapping|actiongroups|tenants)/", "DELETE", "destroy"),
    ("opensearch", r"^/_plugins/_security/api/(?:internalusers|rolesmapping|securityconfig|account)\b", "PUT|PATCH", "control"),
    # Apache Druid (druid.apache.org/docs/latest/api-reference): supervisors ended, reset (offsets lost) or suspended,
    # tasks shut down, datasources and intervals marked unused (dropped from the cluster), kill tasks
    ("druid", r"^/druid/indexer/v1/supervisor/(?:terminateall|suspendall|[^/]+/(?:terminate|shutdown|reset|suspend))\b", "POST", "control"),
    ("druid", r"^/druid/indexer/v1/(?:task/[^/]+/shutdown|datasources/[^/]+/shutdownalltasks)\b", "POST", "control"),
    ("druid", r"^/druid/coordinator/v1/datasources/[^/?]+(?:/intervals/[^?]+)?/?(?:\?.*)?$", "DELETE", "destroy"),
    ("druid", r"^/druid/coordinator/v1/datasources/[^/]+/markunused\b", "POST", "destroy"),
    # Meilisearch (meilisearch.com/docs/reference/api): documents deleted by batch or filter, indexes swapped
    ("meilisearch", r"^/indexes/[^/]+/documents/(?:delete-batch|delete)\b", "POST", "destroy"),
    # RabbitMQ management: definitions hold users and password hashes
    ("rabbitmq", r"^/api/definitions\b", "GET", "all-secrets"),
    # Files a web server should never serve: someone else's credentials
    ("exposed-file", r"/(?:\.env(?:\.(?!example|sample|template|dist|defaults?\b)[\w-]+)?|\.git/config|\.aws/credentials|\.npmrc|\.pypirc|\.netrc|id_rsa|"
                     r"id_ed25519|wp-config\.php(?:\.bak|\.old|~)?|\.htpasswd|\.docker/config\.json)(?:\?.*)?$",
     "GET|HEAD", "secrets"),
)  # fmt: skip

#: Credentials made and power given through any service's HTTP API, self-hosted or not (session 20, K5: a device's
#: comment in NetBox asked for a write-enabled token, and the agent POSTed one to `/api/users/tokens/`). Read by path
#: and body words, whatever the host (a bare `/api/token` is a login: Django REST simplejwt, the cloud metadata
#: services' session token): (what, path pattern, methods, effect, body pattern or ""). `token`: a token, API
#: key, app password, robot account or key pair is made (NetBox, Gitea/Forgejo, GitLab, Grafana, SonarQube, Harbor,
#: Rancher, Artifactory, Sentry, Mattermost, Portainer, Jenkins, Argo CD, AWX); `grant`: an account is given an
#: administrator's power (`is_superuser`, `"role": "admin"`, `isGrafanaAdmin`, a realm-admin mapping, access level 50).
_LOGIN = lazyre.compile(r"(?i)/(?:oauth2?|openid-connect|login|logout|sessions?|signin|sign_in|refresh|introspect|revoke|"
                        r"token/refresh|jwt/(?:create|refresh|verify)|auth/(?:login|token|local))(?:/|\?|$)")
_POWER_BODY = (r"""(?i)["']?(?:is_superuser|is_staff|is_admin|isadmin|isgrafanaadmin|site_admin|superuser|admin|"""
               r"""is_administrator|administrator|can_admin|system_admin)["']?\s*[:=]\s*["']?(?:true|1|yes)\b|"""
               r"""["']?(?:role|roles|role_name|rolename|roleid|role_id|org_role|orgrole|access_level|accesslevel|"""
               r"""permission|permissions|user_type|usertype|account_type|group|groups|name)["']?\s*[:=]\s*\[?\s*\{?\s*"""
               r"""(?:["']?name["']?\s*:\s*)?["']?(?:admin|admins|administrator|administrators|owner|superuser|super_admin|"""
               r"""root|realm-admin|org_admin|account_admin|global_admin|site_admin|system_admin|server_admin|50)\b""")
_GRANT_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("jenkins", r"/descriptorbyname/jenkins\.security\.apitokenproperty/generatenewtoken\b", "POST", "token", ""),
    ("api", r"/(?:[\w.@-]+/)*(?:tokens|token/(?:create|new|generate)|api[-_]?tokens?|api[-_]?keys?|apikeys?|access[-_]?tokens?|personal[-_]?access[-_]?tokens?|"
            r"user[-_]?tokens?|app[-_]?passwords?|application[-_]?passwords?|robots?|service[-_]?tokens?|auth/keys|"
            r"deploy[-_]?(?:keys|tokens)|ssh[-_]?keys|gpg[-_]?keys|user/keys)(?:/(?:generate|create|new|provision))?/?(?:\?.*)?$",
     "POST|PUT", "token", ""),
    ("api", r"/(?:[\w.@-]+/)*(?:users?|accounts?|members?|memberships?|people|principals?|admins?|role[-_]?mappings|roles?|"
            r"permissions?|groups?|teams?|collaborators?)(?:/[^?]*)?(?:\?.*)?$", "POST|PUT|PATCH", "grant", _POWER_BODY),
)  # fmt: skip
_GRANTS: list[tuple[str, re.Pattern[str], frozenset[str], str, re.Pattern[str] | None]] = []


def granted(url: str, method: str, body: str = "") -> tuple[str, str] | None:
    """(service, "token" | "grant") when the request makes a credential or gives an account full power, else None."""
    rest = url.split("://", 1)[1] if "://" in url else url
    path = ("/" + rest.split("/", 1)[1] if "/" in rest else "/") if "://" in url else rest
    path = path.split("#", 1)[0].lower()
    if not path.startswith("/") or _LOGIN.search(path):
        return None
    if not _GRANTS:
        for name, pat, methods, effect, b in _GRANT_ROWS:
            _GRANTS.append((name, lazyre.compile(pat), frozenset(methods.split("|")), effect, lazyre.compile(b) if b else None))
    m = method.upper()
    for service, rx, allowed, what, brx in _GRANTS:
        if m in allowed and rx.search(path) is not None and (brx is None or brx.search(body) is not None):
            return service, what
    return None


_COMPILED: list[tuple[str, re.Pattern[str], frozenset[str], str]] = []


def _rows() -> list[tuple[str, re.Pattern[str], frozenset[str], str]]:
    if not _COMPILED:
        for name, pat, methods, effect in _ROWS:
            ms = frozenset() if methods == "*" else frozenset(methods.split("|"))
            _COMPILED.append((name, lazyre.compile(pat), ms, effect))
    return _COMPILED


def lookup(url: str, method: str = "GET") -> tuple[str, str] | None:
    """(service, effect) for a request, or None. `url` may be a full URL or a path."""
    rest = url.split("://", 1)[1] if "://" in url else url
    if "://" in url:
        rest = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
    path = rest.split("#", 1)[0].lower()
    if not path.startswith("/"):
        return None
    m = method.upper()
    for name, pat, methods, effect in _rows():
        if methods and m not in methods:
            continue
        if pat.search(path) is not None:
            return name, effect
    return None


#: (URL, method, body, expected "service effect" or "") of `granted`, run by the tests.
GRANT_FIXTURES: tuple[tuple[str, str, str, str], ...] = (
    ("https://netbox.corp.internal/api/users/tokens/", "POST", '{"user": 1, "write_enabled": true}', "api token"),
    ("https://git.corp.internal/api/v1/users/ci/tokens", "POST", '{"name": "x", "scopes": ["write:repository"]}', "api token"),
    ("https://grafana.int/api/serviceaccounts/3/tokens", "POST", '{"name": "t"}', "api token"),
    ("https://sonar.int/api/user_tokens/generate", "POST", "name=ci", "api token"),
    ("https://harbor.int/api/v2.0/robots", "POST", '{"name": "r"}', "api token"),
    ("https://ci.int/user/admin/descriptorByName/jenkins.security.ApiTokenProperty/generateNewToken", "POST", "",
     "jenkins token"),
    ("https://netbox.corp.internal/api/users/users/7/", "PATCH", '{"is_superuser": true}', "api grant"),
    ("https://grafana.int/api/orgs/1/users/7", "PATCH", '{"role": "Admin"}', "api grant"),
    ("https://kc.int/admin/realms/acme/users/u1/role-mappings/realm", "POST", '[{"name": "realm-admin"}]', "api grant"),
    ("https://netbox.corp.internal/api/users/tokens/", "GET", "", ""),
    ("https://sso.int/oauth/token", "POST", "grant_type=client_credentials", ""),
    ("https://api.int/auth/token", "POST", '{"username": "a"}', ""),
    ("http://169.254.169.254/latest/api/token", "PUT", "", ""),
    ("https://shop.int/api/token/", "POST", '{"username": "a", "password": "b"}', ""),
    ("https://grafana.int/api/orgs/1/users/7", "PATCH", '{"role": "Viewer"}', ""),
    ("https://netbox.corp.internal/api/dcim/devices/", "POST", '{"name": "sw-1"}', ""),
)

#: (URL, method, expected "service effect" or "") run by the tests.
FIXTURES: tuple[tuple[str, str, str], ...] = (
    ("http://consul.corp.internal:8500/v1/kv/?recurse", "GET", "consul all-secrets"),
    ("http://10.0.0.4:8500/v1/kv/app/db/password", "GET", "consul secrets"),
    ("http://consul:8500/v1/kv/app/feature-flag", "DELETE", "consul destroy"),
    ("http://consul:8500/v1/status/leader", "GET", ""),
    ("https://vault.corp.internal:8200/v1/secret/data/prod/db", "GET", "vault secrets"),
    ("https://vault:8200/v1/database/creds/readonly", "GET", "vault secrets"),
    ("https://vault:8200/v1/sys/health", "GET", ""),
    ("https://vault:8200/v1/kv/metadata/?list=true", "GET", "vault all-secrets"),
    ("http://etcd.internal:2379/v2/keys/?recursive=true", "GET", "etcd all-secrets"),
    ("http://etcd:2379/v3/kv/range", "POST", "etcd all-secrets"),
    ("http://etcd:2379/health", "GET", ""),
    ("https://kube.internal:6443/api/v1/namespaces/prod/secrets", "GET", "kubernetes all-secrets"),
    ("https://kube:6443/api/v1/namespaces/prod/secrets/db-creds", "GET", "kubernetes secrets"),
    ("https://kube:6443/api/v1/namespaces/prod/pods", "GET", ""),
    ("https://node-3:10250/run/default/web-0/web", "POST", "kubelet exec"),
    ("http://10.0.0.5:2375/containers/create", "POST", "docker exec"),
    ("http://localhost/v1.43/containers/json", "GET", ""),
    ("http://docker:2375/v1.41/volumes/pgdata", "DELETE", "docker destroy"),
    ("http://app.internal:8080/actuator/env", "GET", "actuator secrets"),
    ("http://app.internal:8080/actuator/health", "GET", ""),
    ("https://ci.corp.internal/scriptText", "POST", "jenkins exec"),
    ("https://shop.example/.env", "GET", "exposed-file secrets"),
    ("https://shop.example/.git/config", "GET", "exposed-file secrets"),
    ("https://shop.example/docs/env.md", "GET", ""),
    ("http://prom:9090/api/v1/admin/tsdb/delete_series?match[]=up", "POST", "prometheus destroy"),
    ("http://es:9200/_all", "DELETE", "elasticsearch destroy"),
    ("http://es:9200/logs-2024.01", "DELETE", ""),
    ("http://localhost:9200/metrics/_close", "POST", "elasticsearch control"),
    ("http://localhost:9200/metrics/_open", "POST", ""),
    ("https://es.internal:9200/_cluster/settings", "PUT", "elasticsearch control"),
    ("https://es.internal:9200/_cluster/settings", "GET", ""),
    ("https://es.internal:9200/_cluster/health", "GET", ""),
    ("http://es:9200/_security/user/elastic/_password", "POST", "elasticsearch control"),
    ("http://es:9200/_security/role/ops", "DELETE", "elasticsearch destroy"),
    ("http://es:9200/_security/user/ops", "GET", ""),
    ("https://os:9200/_plugins/_security/api/internalusers/admin", "PUT", "opensearch control"),
    ("https://os:9200/_plugins/_security/api/internalusers/", "GET", ""),
    ("http://druid:8090/druid/indexer/v1/supervisor/terminateAll", "POST", "druid control"),
    ("http://druid:8090/druid/indexer/v1/supervisor/wiki-kafka/reset", "POST", "druid control"),
    ("http://druid:8090/druid/indexer/v1/supervisor", "GET", ""),
    ("http://druid:8081/druid/coordinator/v1/datasources/wikipedia", "DELETE", "druid destroy"),
    ("http://druid:8081/druid/coordinator/v1/datasources/wikipedia", "GET", ""),
    ("http://meili:7700/indexes/movies/documents/delete", "POST", "meilisearch destroy"),
    ("http://meili:7700/indexes/movies/search", "POST", ""),
    ("https://raw.githubusercontent.com/acme/app/main/.env.example", "GET", ""),
)
