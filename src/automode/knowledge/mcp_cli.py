"""MCP tools that wrap a command line, an HTTP request or a remote shell (surface S3, with `knowledge.mcp_args`): the
command they run, so the shell's readers judge it like the same command typed in a shell.

Sources: Flux159/mcp-server-kubernetes (`kubectl_get/delete/apply/scale/patch/rollout/generic`, `exec_in_pod`,
`install_helm_chart`), containers/kubernetes-mcp-server (`pods_exec/delete/run`, `resources_delete`, `helm_install`),
ckreiling/mcp-server-docker (`run_container`, `remove_container`, `push_image`, `remove_volume`, ...), mcp-server-git
and cyanheads/git-mcp-server (`git_push {force}`, `git_reset {mode}`, `git_clean`), googleapis/gcloud-mcp
(`run_gcloud_command {args}`), hashicorp/terraform-mcp-server (`create_run {is_destroy, auto_apply}`), HTTP client
servers (`http_request {method, url, headers, body}`) and ssh servers (`execute {host, command}`). The fixtures are
`knowledge.mcp_args.FIXTURES` ("cli", "http", "ssh").
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping

from automode.knowledge.mcp_args import _s, server_words, tool_words
from automode.typing_lite import Any

# --- CLIs wrapped as tools ---------------------------------------------------------------------------------------------

#: Tools that wrap a CLI, by the program whose name starts the tool's name or names the server.
CLI_SERVERS = {"kubernetes": "kubectl", "k8s": "kubectl", "kubectl": "kubectl", "kube": "kubectl", "openshift": "oc",
               "docker": "docker", "podman": "podman", "helm": "helm", "git": "git", "gcloud": "gcloud",
               "terraform": "terraform", "tfc": "terraform"}  # fmt: skip
#: Programs a passthrough tool's name may carry (`run_gcloud_command {args}`, `kubectl_generic`, `docker_cli`).
CLI_NAMES = frozenset({"kubectl", "oc", "helm", "docker", "podman", "git", "gh", "glab", "gcloud", "gsutil", "az", "aws",
                       "terraform", "tofu", "flyctl", "heroku", "vercel", "netlify", "wrangler", "firebase", "doctl",
                       "npm", "pnpm", "yarn", "pulumi", "ansible", "argocd", "kustomize", "istioctl", "eksctl"})  # fmt: skip
#: Kubernetes tool names of the two common servers -> kubectl verb (`pods_delete` -> `delete pod`).
KUBE_VERBS = {"get": "get", "list": "get", "describe": "describe", "delete": "delete", "apply": "apply",
              "create": "create", "create_or_update": "apply", "scale": "scale", "patch": "patch", "rollout": "rollout",
              "logs": "logs", "log": "logs", "run": "run", "exec": "exec", "drain": "drain", "cordon": "cordon",
              "uncordon": "uncordon", "label": "label", "annotate": "annotate", "edit": "edit", "replace": "replace",
              "expose": "expose", "top": "top", "explain": "explain"}  # fmt: skip
#: Docker server tool names -> docker subcommand.
DOCKER_VERBS = {"run_container": "run", "create_container": "create", "remove_container": "rm", "stop_container": "stop",
                "start_container": "start", "restart_container": "restart", "kill_container": "kill",
                "remove_image": "rmi", "pull_image": "pull", "push_image": "push", "build_image": "build",
                "remove_volume": "volume rm", "create_volume": "volume create", "remove_network": "network rm",
                "prune_containers": "container prune", "prune_images": "image prune", "prune_volumes": "volume prune",
                "system_prune": "system prune", "list_containers": "ps", "list_images": "images",
                "fetch_container_logs": "logs", "exec_container": "exec", "exec_in_container": "exec"}  # fmt: skip


def _flag(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()
    return ("-" if len(name) == 1 else "--") + name


def _flags(obj: object) -> list[str]:
    """A `flags` object or list as command-line options (`{"all": true, "namespace": "prod"}` -> `--all --namespace prod`)."""
    out: list[str] = []
    if isinstance(obj, Mapping):
        for k, v in list(obj.items())[:32]:
            if v is True:
                out.append(_flag(str(k)))
            elif isinstance(v, (str, int, float)) and v is not False:
                out += [_flag(str(k)), str(v)]
    elif isinstance(obj, list):
        out += [str(x) for x in obj[:64] if isinstance(x, (str, int, float))]
    elif isinstance(obj, str) and obj.strip():
        out += shlex.split(obj) if "'" not in obj and '"' not in obj else obj.split()
    return out


def _argv(v: object) -> list[str]:
    if isinstance(v, list):
        return [str(x) for x in v[:128] if isinstance(x, (str, int, float))]
    if isinstance(v, str) and v.strip():
        try:
            return shlex.split(v)
        except ValueError:
            return v.split()
    return []


def _kube(words: list[str], inp: Mapping[str, Any]) -> list[str] | None:
    name = "_".join(words)
    if name.startswith(("kubectl_", "k8s_", "kube_")):
        rest = name.split("_", 1)[1]
        kind = ""
    elif "_" in name and name.split("_", 1)[0].rstrip("s") in ("pod", "resource", "namespace", "deployment", "node",
                                                                "service", "secret", "configmap", "job", "cronjob"):
        kind, rest = name.split("_", 1)
        kind = "" if kind.startswith("resource") else kind.rstrip("s")
    elif name in ("exec_in_pod", "delete_pod", "delete_namespace", "delete_deployment", "scale_deployment"):
        verb, _, kind = name.partition("_")
        rest, kind = ("exec", "pod") if verb == "exec" else (verb, kind)
    elif name.startswith(("install_helm", "uninstall_helm", "upgrade_helm", "helm_")):
        return _helm(name, inp)
    else:
        return None
    if rest == "generic":
        verb = _s(inp, "command")
        argv = ["kubectl", *verb.split()[:2], *_argv(inp.get("subCommand")), *_argv(inp.get("resourceType"))]
        argv += _argv(inp.get("name")) + _argv(inp.get("args")) + _flags(inp.get("flags"))
        if _s(inp, "namespace"):
            argv += ["-n", _s(inp, "namespace")]
        return argv if verb else None
    got = KUBE_VERBS.get(rest)
    if got is None:
        return None
    verb = got
    kind = _s(inp, "resourceType", "resource_type", "kind", "type") or kind
    argv = ["kubectl", verb]
    if verb == "rollout" and _s(inp, "subCommand", "action"):
        argv.append(_s(inp, "subCommand", "action"))
    if verb == "exec":
        cmd = _argv(inp.get("command"))
        if not cmd:
            return None
        argv += [_s(inp, "name", "pod", "podName"), *(["-c", _s(inp, "container")] if _s(inp, "container") else [])]
        argv += ["-n", _s(inp, "namespace")] if _s(inp, "namespace") else []
        return [*argv, "--", *cmd]
    if verb == "apply" and manifest_of(inp) is not None:
        return ["kubectl", "apply", "-f", "-", *(["-n", _s(inp, "namespace")] if _s(inp, "namespace") else [])]
    if kind:
        argv.append(kind.lower())
    if _s(inp, "name") and verb not in ("run",):
        argv.append(_s(inp, "name"))
    if verb == "run":
        argv += [_s(inp, "name") or "pod", "--image", _s(inp, "image")]
    if _s(inp, "namespace"):
        argv += ["-n", _s(inp, "namespace")]
    if inp.get("allNamespaces") is True or inp.get("all_namespaces") is True:
        argv.append("-A")
    if inp.get("all") is True:
        argv.append("--all")
    if _s(inp, "labelSelector", "label_selector", "selector"):
        argv += ["-l", _s(inp, "labelSelector", "label_selector", "selector")]
    if inp.get("force") is True:
        argv.append("--force")
    if _s(inp, "replicas") or inp.get("replicas") == 0:
        argv.append(f"--replicas={inp.get('replicas')}")
    if _s(inp, "gracePeriodSeconds", "grace_period"):
        argv.append(f"--grace-period={_s(inp, 'gracePeriodSeconds', 'grace_period')}")
    return argv + _flags(inp.get("flags"))


def _helm(name: str, inp: Mapping[str, Any]) -> list[str] | None:
    verb = "uninstall" if "uninstall" in name else "upgrade" if "upgrade" in name else "install" if "install" in name else ""
    if not verb:
        return None
    release = _s(inp, "name", "release", "releaseName")
    argv = ["helm", verb, release] + ([_s(inp, "chart")] if verb != "uninstall" and _s(inp, "chart") else [])
    if _s(inp, "namespace"):
        argv += ["-n", _s(inp, "namespace")]
    return argv if release else None


def _docker(prog: str, words: list[str], inp: Mapping[str, Any]) -> list[str] | None:
    name = "_".join(words)
    sub = DOCKER_VERBS.get(name)
    if sub is None:
        return None
    argv = [prog, *sub.split()]
    target = _s(inp, "container_id", "container", "id", "name", "image", "volume_name", "volume", "network", "repository")
    if inp.get("force") is True:
        argv.append("-f")
    if sub in ("run", "create"):
        if _s(inp, "name"):
            argv += ["--name", _s(inp, "name")]
        if inp.get("privileged") is True:
            argv.append("--privileged")
        for v in _argv(inp.get("volumes")) if isinstance(inp.get("volumes"), list) else []:
            argv += ["-v", v]
        if isinstance(inp.get("volumes"), Mapping):  # docker-py form: {"/host": {"bind": "/ctr", "mode": "rw"}}
            for host, spec in list(inp["volumes"].items())[:16]:
                bind = spec.get("bind", "") if isinstance(spec, Mapping) else str(spec)
                argv += ["-v", f"{host}:{bind}"]
        for k in ("network_mode", "network"):
            if _s(inp, k) == "host":
                argv += ["--network", "host"]
        argv.append(_s(inp, "image"))
        return argv + _argv(inp.get("command"))
    if sub == "push" and _s(inp, "tag") and ":" not in target:
        target = f"{target}:{_s(inp, 'tag')}"
    if sub == "exec":
        return [*argv, target, *_argv(inp.get("command") or inp.get("cmd"))]
    return argv + ([target] if target else [])


#: Git server tools (mcp-server-git, cyanheads/git-mcp-server): keys that become options of the subcommand.
GIT_FLAGS = {"force": "--force", "hard": "--hard", "all": "--all", "tags": "--tags", "mirror": "--mirror",
             "delete": "--delete", "prune": "--prune", "directories": "-d", "ignored": "-x"}  # fmt: skip


def _git(words: list[str], inp: Mapping[str, Any]) -> list[str] | None:
    if words[:1] != ["git"] or len(words) < 2:
        return None
    sub = words[1]
    if sub in ("status", "log", "diff", "show", "init", "add", "commit", "create", "checkout", "stash", "fetch", "pull"):
        return None  # routine; the server's own verbs are judged by name (a commit, a branch)
    argv = ["git"]
    repo = _s(inp, "repo_path", "path", "repository", "cwd")
    if repo:
        argv += ["-C", repo]
    argv.append(sub)
    mode = _s(inp, "mode")
    if sub == "reset" and mode in ("hard", "soft", "mixed", "keep", "merge"):
        argv.append(f"--{mode}")
    for k, flag in GIT_FLAGS.items():
        if inp.get(k) is True:
            argv.append(flag if not (sub == "clean" and k == "force") else "-f")
    argv += [x for x in (_s(inp, "remote"), _s(inp, "branch", "branch_name", "target", "commit", "ref", "name")) if x]
    return argv


def _terraform(words: list[str], inp: Mapping[str, Any]) -> list[str] | None:
    """HashiCorp Terraform server's run tools (`create_run {is_destroy, auto_apply}`): the run they start."""
    name = "_".join(words)
    if name not in ("create_run", "action_run", "apply_run", "terraform_apply", "terraform_destroy", "run_apply"):
        return None
    destroy = inp.get("is_destroy") is True or _s(inp, "run_type", "type", "action") in ("destroy", "plan_destroy") or "destroy" in name
    apply = inp.get("auto_apply") is True or _s(inp, "action", "run_type") in ("apply", "plan_and_apply") or "apply" in name
    ws = _s(inp, "workspace_name", "workspace_id", "workspace")
    argv = ["terraform", "destroy" if destroy else "apply" if apply else "plan"]
    if (destroy or apply) and (inp.get("auto_apply") is True or "apply" in name):
        argv.append("-auto-approve")
    return argv + ([f"-var=workspace={ws}"] if ws else [])


def cli_line(tool: str, inp: Mapping[str, Any]) -> str | None:
    """The command line a CLI-wrapping tool runs (`kubectl_delete {resourceType: namespace, name: prod}` is
    `kubectl delete namespace prod`), None when the tool wraps none this table knows."""
    words = tool_words(tool)
    if not words:
        return None
    sw = server_words(tool)
    prog = next((CLI_SERVERS[w] for w in [*sw, words[0]] if w in CLI_SERVERS), "")
    argv: list[str] | None = None
    passthrough = next((w for w in words if w in CLI_NAMES), "")
    if passthrough and (len(words) == 1 or {"command", "cli", "run"} & set(words)) and isinstance(inp.get("args"), (list, str)):
        args = _argv(inp.get("args"))
        argv = [passthrough, *(args[1:] if args[:1] == [passthrough] else args)]  # `run_gcloud_command {args: [...]}`
    elif prog in ("kubectl", "oc", "helm") or words[0] in ("kubectl", "helm"):
        argv = _kube(words, inp)
    elif prog in ("docker", "podman"):
        argv = _docker(prog, words, inp)
    elif prog == "git" or words[0] == "git":
        argv = _git(words, inp)
    elif prog == "terraform":
        argv = _terraform(words, inp)
    if not argv or any(not a for a in argv[:2]):
        return None
    return shlex.join([a for a in argv if a != ""])


# --- HTTP requests and remote shells ----------------------------------------------------------------------------------

#: Words of a tool's or server's name for a call that makes an HTTP request of the caller's choosing (HTTP client
#: servers' `http_request`/`send_request`/`make_request`, API testers, webhook senders).
HTTP_WORDS = frozenset({"http", "https", "request", "requests", "curl", "webhook", "rest", "api", "postman", "insomnia"})
METHOD_KEYS = ("method", "http_method", "httpMethod", "verb")
BODY_KEYS = ("body", "data", "json", "payload", "form", "content", "raw_body")
HEADER_KEYS = ("headers", "header")


def http_line(tool: str, inp: Mapping[str, Any]) -> str | None:
    """The `curl` request an HTTP tool makes when it sends something (a method other than GET, or a body): the
    request readers (`knowledge.httpapi`, the payload and secret rules) judge it as the same request from the shell."""
    import json

    words = {*tool_words(tool), *server_words(tool)}
    url = _s(inp, "url", "uri", "endpoint", "webhook_url", "webhookUrl")
    if not (HTTP_WORDS & words) or not url.lower().startswith(("http://", "https://")):
        return None
    raw = next((inp[k] for k in BODY_KEYS if inp.get(k) not in (None, "", {}, [])), None)
    body = raw if isinstance(raw, str) or raw is None else json.dumps(raw, default=str)[:20000]
    method = (_s(inp, *METHOD_KEYS) or ("POST" if body is not None else "GET")).upper()
    if method in ("GET", "HEAD", "OPTIONS") and body is None:
        return None  # a read: the URL's own network effect judges where it goes
    argv = ["curl", "-X", method]
    headers = next((inp[k] for k in HEADER_KEYS if inp.get(k)), None)
    if isinstance(headers, Mapping):
        for k, v in list(headers.items())[:32]:
            argv += ["-H", f"{k}: {v}"]
    elif isinstance(headers, list):
        for h in headers[:32]:
            argv += ["-H", str(h)]
    if body is not None:
        argv += ["--data-raw", body]
    return shlex.join([*argv, url])


#: Keys of a remote-shell tool (ssh servers' `execute {host, command}`, `ssh_exec`, `run_remote_command`).
HOST_KEYS = ("host", "hostname", "server", "remote_host", "ip", "address", "target_host")


def ssh_line(tool: str, inp: Mapping[str, Any]) -> str | None:
    """`ssh HOST COMMAND` for a tool that runs a command on another machine over ssh (judged as a remote command)."""
    words = {*tool_words(tool), *server_words(tool)}
    if not ({"ssh", "remote", "sftp"} & words):
        return None
    raw = inp.get("command") or inp.get("cmd")
    host, cmd = _s(inp, *HOST_KEYS), _argv(raw)
    if not host or not cmd:
        return None
    user = _s(inp, "user", "username", "login")
    # A string is a command line the remote shell parses (its pipes and `;` stay operators: red team s17); a list
    # is one program's argv.
    line = raw.strip() if isinstance(raw, str) else shlex.join(cmd)
    return shlex.join(["ssh", f"{user}@{host}" if user else host, line])


#: Keys that carry a manifest's text (`kubectl_apply {manifest}`, `resources_create_or_update {resource}`).
MANIFEST_KEYS = ("manifest", "resource", "yaml", "manifest_yaml", "spec", "definition", "template")
_MANIFEST = re.compile(r"(?m)^\s*(?:apiVersion|kind)\s*:")


def manifest_of(inp: Mapping[str, Any]) -> str | None:
    """The Kubernetes manifest text a call applies or creates, None when it carries none."""
    for k in MANIFEST_KEYS:
        v = inp.get(k)
        if isinstance(v, str) and _MANIFEST.search(v[:4000]):
            return v
    return None
