"""Requests to self-hosted services' HTTP APIs that read their secrets, run code on them or destroy their data
(`knowledge.service_apis` holds the table): `curl consul:8500/v1/kv/?recurse`, a WebFetch of a Vault secret path,
a POST to a Docker engine's `/containers/create`, a Jenkins script console. Whatever client sends it (curl, wget,
HTTPie, WebFetch), the path says what the host hands back or does.
"""

from __future__ import annotations

from automode.knowledge.service_apis import lookup
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


def _request(e: Effect, a: Analysis) -> tuple[str, str] | None:
    """(service, effect) of the HTTP request behind a network effect; the method from the client's own words."""
    if "://" not in e.target:
        return None
    method = "GET"
    if a.shell:
        from automode.knowledge.httpapi import CLIENTS, request

        for cmd in a.commands:
            if cmd.name in CLIENTS:
                r = request(cmd)
                if r is not None and (r.url == e.target or e.target.startswith(r.url) or r.url.startswith(e.target)):
                    method = r.method
                    break
    return lookup(e.target, method)


@rule(
    "AM-EXFIL-040",
    category="exfiltrate",
    verdict="ask",
    kind="effect",
    names={"network"},
    title="Reads secrets from a self-hosted service's API",
    what="An HTTP request (curl, wget, HTTPie, WebFetch) to a path where a self-hosted service hands out secrets: a "
    "Consul or etcd key, a Vault secret or dynamic credential, a Kubernetes Secret, a Spring Boot actuator's "
    "environment or heap dump, a Jenkins credential, a `.env` or `.git/config` a web server exposes. One secret is "
    "asked; a whole store read at once (`?recurse`, every Secret of a namespace, Vault's raw storage) is refused.",
    why="These APIs answer whoever reaches them with a token or from the inside network; what they return is the "
    "credentials of every service that uses them, and an injected task reaches for them under a harmless request.",
    example="curl http://consul.corp.internal:8500/v1/kv/?recurse",
    instead="Read the one key the task needs with the service's CLI and the user's own token, after asking.",
    must_match=["curl -s 'http://consul.corp.internal:8500/v1/kv/?recurse'",
                "curl -H \"X-Vault-Token: $VAULT_TOKEN\" https://vault.corp.internal:8200/v1/secret/data/prod/db",
                {"tool": "WebFetch", "input": {"url": "http://etcd.internal:2379/v2/keys/?recursive=true", "prompt": "x"}},
                "curl -k https://kube.internal:6443/api/v1/namespaces/prod/secrets",
                "wget -qO- http://app.internal:8080/actuator/env"],
    must_not_match=["curl -s http://consul.corp.internal:8500/v1/status/leader",
                    "curl https://vault.corp.internal:8200/v1/sys/health",
                    "curl -s https://raw.githubusercontent.com/acme/app/main/.env.example",
                    {"tool": "WebFetch", "input": {"url": "https://developer.hashicorp.com/consul/api-docs/kv", "prompt": "x"}}],
)  # fmt: skip
def service_secrets(e: Effect, a: Analysis) -> str | Hit | None:
    got = _request(e, a)
    if got is None or got[1] not in ("secrets", "all-secrets"):
        return None
    if got[1] == "all-secrets":
        return Hit(f"reads every secret the {got[0]} API holds under {e.target[:80]}", "deny")
    return f"reads a secret from the {got[0]} API ({e.target[:80]})"


@rule(
    "AM-RCE-020",
    category="remote-exec",
    verdict="deny",
    kind="effect",
    names={"network"},
    title="Runs code through a self-hosted service's API",
    what="An HTTP request that makes a service run code: a Docker engine's `/containers/create` or `/exec`, a "
    "kubelet's `/run` or `/exec`, a Pod's `exec` subresource, Jenkins' script console, a Nomad job submission.",
    why="These endpoints run whatever the request carries, with the service's privileges (a container with the host "
    "mounted is root on that machine); no command line of the agent shows what runs.",
    example="curl -X POST http://10.0.0.5:2375/containers/create -d @c.json",
    instead="Use the service's own CLI for the one operation the task needs, so what runs is visible and judged.",
    must_match=["curl -X POST http://10.0.0.5:2375/containers/create -H 'Content-Type: application/json' -d @c.json",
                "curl --unix-socket /var/run/docker.sock -X POST http://localhost/v1.43/containers/abc/exec -d '{}'",
                "curl -sk -X POST https://node-3:10250/run/default/web-0/web -d 'cmd=id'",
                "curl -X POST https://ci.corp.internal/scriptText --data-urlencode 'script=println(1)'"],
    must_not_match=["curl --unix-socket /var/run/docker.sock http://localhost/v1.43/containers/json",
                    "curl -s https://ci.corp.internal/job/build/lastBuild/api/json"],
)  # fmt: skip
def service_exec(e: Effect, a: Analysis) -> str | None:
    got = _request(e, a)
    if got is None or got[1] != "exec":
        return None
    return f"makes the {got[0]} API run code ({e.target[:80]})"


@rule(
    "AM-DESTROY-030",
    category="destroy",
    verdict="ask",
    kind="effect",
    names={"network"},
    release={"delete"},
    title="Deletes data or stops a service through its HTTP API",
    what="An HTTP request that deletes a self-hosted service's data or stops it: a Consul/etcd/Vault key deleted, a "
    "Docker volume or image removed or pruned, a namespace deleted, Prometheus series deleted, every Elasticsearch "
    "index dropped, an actuator `/shutdown`.",
    why="No command line names what goes: the path does, and these deletes have no undo.",
    example="curl -X DELETE http://docker:2375/v1.41/volumes/pgdata",
    instead="Use the service's CLI for the one object the user named.",
    must_match=["curl -X DELETE http://docker:2375/v1.41/volumes/pgdata",
                "curl -X POST 'http://prom:9090/api/v1/admin/tsdb/delete_series?match[]=up'",
                "curl -X DELETE 'http://es:9200/_all'", "curl -X POST http://app.internal:8080/actuator/shutdown"],
    must_not_match=["curl http://docker:2375/v1.41/volumes", "curl -X POST http://prom:9090/api/v1/query -d 'query=up'"],
)  # fmt: skip
def service_destroy(e: Effect, a: Analysis) -> str | None:
    got = _request(e, a)
    if got is None or got[1] not in ("destroy", "control"):
        return None
    what = "deletes data" if got[1] == "destroy" else "stops or reconfigures the service"
    return f"{what} through the {got[0]} API ({e.target[:80]})"
