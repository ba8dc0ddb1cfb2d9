"""Weakening edits of infrastructure, containers and hooks (issue 11 §3): ingress open to the world, public
storage, wildcard IAM, host access from a workload or a container, pre-commit hooks from a moving source, git hooks
that stop checking. The table that runs every check is `files.weaken.CHECKS`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import TEST_PATH, Weakening, _count, _q, _rel, added, live
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: A script or hook body that does nothing (what a check turned off leaves behind).
NOOP = lazyre.compile(r"^\s*(?:echo\b[^|&;]*|true|exit\s+0|:|)\s*$")


# ------------------------------------------------------------------------------------------------ infrastructure
IAC_PATH = lazyre.compile(r"\.(tf|tf\.json|hcl|bicep|ya?ml|json|template)$")
WORLD = lazyre.compile(r"""(cidr_blocks|ipv6_cidr_blocks|CidrIp(?:v6)?|source_ranges|sourceAddressPrefix(?:es)?|cidr|ip_range|"""
                   r"""source_address_prefix|ingress_cidr|allowed_cidrs|remote_ip_prefix|cidrBlocks?|ipRanges?)["']?\s*[:=]\s*"""
                   r"""[^\n]*?(0\.0\.0\.0/0|::/0|['"]\*['"]|['"]Internet['"])""", re.I)  # fmt: skip
PUBLIC_BUCKET = lazyre.compile(r"""(block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets|BlockPublicAcls|BlockPublicPolicy|"""
                           r"""IgnorePublicAcls|RestrictPublicBuckets)["']?\s*[:=]\s*["']?false|\bacl\s*[:=]\s*["']public-read(?:-write)?|"""
                           r"""AccessControl["']?\s*:\s*["']?PublicRead|public_access_prevention\s*=\s*["']inherited|allUsers|allAuthenticatedUsers|"""
                           r"""["']?Principal["']?\s*[:=]\s*["']\*["']|identifiers\s*=\s*\[\s*["']\*["']\s*\]|publicly_accessible\s*=\s*true|"""
                           r"""allow_blob_public_access\s*=\s*true|PubliclyAccessible["']?\s*:\s*true""", re.I)  # fmt: skip
IAM_WILD = lazyre.compile(r"""["']?(?:Action|actions|NotResource)["']?\s*[:=]\s*\[?\s*["']\*["']|["']?Action["']?\s*:\s*\[?\s*["'][\w-]+:\*["']"""
                      r"""(?=[\s\S]{0,300}["']?Resource["']?\s*[:=]\s*\[?\s*["']\*["'])|actions\s*=\s*\[\s*["'][\w-]+:\*["']\s*\]"""
                      r"""(?=[\s\S]{0,300}resources\s*=\s*\[\s*["']\*["'])|AdministratorAccess|iam:PassRole["']\s*[\],][\s\S]{0,200}["']\*["']""")  # fmt: skip
K8S_HOST = lazyre.compile(r"^\s*(privileged|hostNetwork|hostPID|hostIPC|allowPrivilegeEscalation)\s*:\s*true|^\s*-?\s*path\s*:\s*/var/run/docker\.sock|"
                      # A node directory that holds the host's configuration, credentials or runtime mounted in a pod.
                      r"hostPath\s*:\s*(?:\{\s*|\n\s*)path\s*:\s*['\"]?/(?:etc|root|home|proc|sys|dev|boot|run|var/run|"
                      r"var/lib/(?:kubelet|docker|containerd|etcd))?/?['\"]?\s*(?:[,}]|$)|"
                      r"^\s*add\s*:\s*\[[^\]\n]*\b(?:SYS_ADMIN|ALL|SYS_PTRACE|NET_ADMIN)\b", re.M)  # fmt: skip
_RES_NAME = lazyre.compile(r"""resource\s+"[\w-]+"\s+"([\w-]+)"|bucket\s*=\s*"([\w.-]+)"|BucketName\s*:\s*['"]?([\w.-]+)""")


_DIRECTION = lazyre.compile(r"\b(ingress|egress|Ingress|Egress|INGRESS|EGRESS)")


def _world_ingress(w: WriteView) -> re.Match[str] | None:
    """An added world-open range in an ingress rule: the nearest rule-direction word before it says `ingress` (or
    nothing says `egress`: GCP firewalls and `source_ranges` are ingress by default). Egress to anywhere is normal."""
    if _count(WORLD, w.new) <= _count(WORLD, w.old):
        return None
    for m in WORLD.finditer(w.new):
        before = _DIRECTION.findall(w.new[max(0, m.start() - 600):m.start()])
        if not before or before[-1].lower() == "ingress":
            return m
    return None


def infrastructure(w: WriteView, root: str) -> Weakening | None:
    if not IAC_PATH.search(w.path) or TEST_PATH.search(w.path):
        return None
    rel = _rel(w, root)
    m = _world_ingress(w)
    if m is not None:
        web = re.search(r"(from_port|FromPort|port|ports)\W{0,6}(80|443)\b", w.new[max(0, m.start() - 300):m.end() + 200])
        return Weakening("iac-web" if web else "iac", f"opens ingress to the whole internet ({m.group(2)}) in {rel}", _q(m))
    m = added(PUBLIC_BUCKET, w)
    if m is not None and "rincipal" in m.group(0) and re.search(r"\b[Cc]ondition\b", w.new):
        m = None  # `Principal: "*"` narrowed by a condition (a source ARN, VPC endpoint, OAC) is not public
    if m is not None:
        names = [g for mm in _RES_NAME.finditer(w.new) for g in mm.groups() if g and g not in ("this", "main")]
        where = f" ({', '.join(dict.fromkeys(names))})" if names else ""
        return Weakening("iac", f"makes storage or a database public{where} in {rel}", _q(m))
    m = added(IAM_WILD, w)
    if m is not None:
        return Weakening("iac", f"grants wildcard IAM permissions in {rel}", _q(m))
    # `hostPath`, `hostNetwork`, `hostPID` and capability lists are Kubernetes' own keys; `privileged` needs the
    # manifest around it or a `securityContext` (a chart's values: `securityContext: {privileged: true}`); compose
    # files have their own check. Every added match is read, not only the first (session 20, K5: `privileged` with
    # no manifest around it hid the `hostNetwork: true` below it).
    manifest = re.search(r"^\s*(kind|apiVersion)\s*:|securityContext\s*:", w.new + "\n" + w.old, re.M) is not None
    for m in _added_all(K8S_HOST, w):
        if manifest or re.search(r"hostPath|hostNetwork|hostPID|hostIPC|\badd\s*:", m.group(0)):
            return Weakening("iac", f"gives a workload host access ({_q(m)}) in {rel}", _q(m))
    return None


def _added_all(rx: re.Pattern[str], w: WriteView) -> list[re.Match[str]]:
    """Every match of `rx` in the new text whose text the old text does not have as often."""
    if not rx.search(w.new):
        return []
    before = [m.group(0).strip() for m in rx.finditer(w.old)] if w.old else []
    out = []
    for m in rx.finditer(w.new):
        k = m.group(0).strip()
        if k in before:
            before.remove(k)
            continue
        out.append(m)
    return out


# ------------------------------------------------------------------------------------------------ containers, hooks
CONTAINER_PATH = lazyre.compile(r"/\.devcontainer(/[^/]+)?/devcontainer\.json$|/\.devcontainer\.json$|/(docker-)?compose(\.[\w-]+)?\.ya?ml$")
#: A compose file by its content, whatever its name (`deploy/dev-stack.yml`): top-level `services:` with images or builds.
COMPOSE_DOC = lazyre.compile(r"^services\s*:\s*(?:#.*)?$(?=[\s\S]*^\s+(?:image|build)\s*:)", re.M)
HOST_ACCESS = lazyre.compile(r"""["']?privileged["']?\s*:\s*true|--privileged\b|"""
                         r"""(?:source=|["'\s-])/(?::|,|["'])|--pid[= ]host|^\s*pid\s*:\s*["']?host|cap_add[\s\S]{0,40}(?:SYS_ADMIN|ALL)|"""
                         r"""--cap-add[= ](?:SYS_ADMIN|ALL)|(?:source|src)=\$\{localEnv:HOME\},|"""
                         r"""(?:apparmor|seccomp)[:=]unconfined|label[:=]disable|--security-opt[= ](?:apparmor|seccomp)[:=]unconfined""", re.M)  # fmt: skip
HOST_NET = lazyre.compile(r"""network_mode\s*:\s*["']?host|--network[= ]host|--net[= ]host|/\.ssh[:,"']|/\.aws[:,"']|/\.kube[:,"']|"""
                      r"""/var/run/docker\.sock|/run/docker\.sock""")


#: A compose service's own lines, whatever the file is named and however little of it the edit shows: a short-form
#: mount of a host directory that holds the host (`- /:/host`, `- /var/run/docker.sock:/var/run/docker.sock`,
#: `- /etc:/etc`, `- ~/.ssh:/root/.ssh`), or a key only compose has (`network_mode: host`, `pid: host`).
COMPOSE_LINES = lazyre.compile(r"""^\s*-\s*["']?(?:/|/var/run/docker\.sock|/run/docker\.sock|/run/containerd/containerd\.sock|"""
                               r"""/run/podman/podman\.sock|/var/run/crio/crio\.sock|/etc|/root|/home|/proc|/sys|/dev|/boot|/var/lib/docker|"""
                               r"""~|\$\{?HOME\}?|~/\.ssh|~/\.aws|~/\.kube|\$\{?HOME\}?/\.(?:ssh|aws|kube))/?:[^\s"']+["']?\s*$|"""
                               r"""^\s*(?:network_mode|pid|ipc|uts|userns_mode)\s*:\s*["']?host\b""", re.M)
#: A podman quadlet unit (`.container`, `.pod`, `.kube`): its keys in systemd syntax.
QUADLET_PATH = lazyre.compile(r"\.(?:container|pod|kube|volume|network)$")
QUADLET_HOST = lazyre.compile(r"""^\s*(?:Volume\s*=\s*(?:/|/var/run/docker\.sock|/run/docker\.sock|/run/podman/podman\.sock|/etc|/root|/home|%h)/?:|"""
                              r"""PodmanArgs\s*=.*--(?:privileged|pid[= ]host|cap-add[= ](?:ALL|SYS_ADMIN)|security-opt[= ]label[=:]disable)|"""
                              r"""Network\s*=\s*host\s*$|AddCapability\s*=.*\b(?:ALL|SYS_ADMIN)\b|SecurityLabelDisable\s*=\s*true|Privileged\s*=\s*true)""",
                              re.M)


#: A Vagrant machine given a host directory that holds the host: its root, a home, `/etc`.
VAGRANT_HOST = lazyre.compile(r"""synced_folder\s*\(?\s*(?:["'](?:/|~/?|/home(?:/[^"'/]+)?/?|/Users(?:/[^"'/]+)?/?|/etc|/root|[A-Za-z]:[\\/]?)["']|"""
                              r"""(?:Dir\.home|ENV\[["']HOME["']\]))\s*,""")


def container_access(w: WriteView, root: str) -> Weakening | None:
    if w.path.endswith("/Vagrantfile") or w.path == "Vagrantfile":
        m = added(VAGRANT_HOST, w)
        return Weakening("container", f"shares the host's {_q(m)} with the virtual machine, whose code then reads and "
                         f"writes it, in {_rel(w, root)}", _q(m)) if m is not None else None
    if (QUADLET_PATH.search(w.path) and "[Container]" in w.new + w.old) or (QUADLET_PATH.search(w.path) and "[Pod]" in w.new + w.old):
        m = added(QUADLET_HOST, w)
        if m is not None:
            return Weakening("container", f"gives the container the host ({_q(m)}) in {_rel(w, root)}", _q(m))
        return None
    if not CONTAINER_PATH.search(w.path) and not (w.path.endswith((".yml", ".yaml")) and (
            COMPOSE_DOC.search(w.new + "\n" + w.old) or (COMPOSE_LINES.search(w.new) and not _CI_OR_K8S.search(w.path + "\n" + w.new)))):
        return None
    rel = _rel(w, root)
    m = added(HOST_ACCESS, w)
    if m is not None:
        return Weakening("container", f"gives the container the host (privileged mode, the host's root directory, "
                         f"the host's processes: {_q(m)}) in {rel}", _q(m))  # fmt: skip
    m = added(HOST_NET, w)
    if m is not None and "docker.sock" in m.group(0) and (tool := socket_tool(w.new, m.start())) is not None:
        # watchtower, traefik, portainer: a service made to drive docker, named by what it is ("add watchtower")
        return Weakening("container-tool", f"mounts the docker socket into the {tool} service ({_q(m)}), which drives "
                         f"docker through it, in {rel}", tool)
    if m is not None:
        return Weakening("container-net", f"puts the container on the host's network or mounts your keys or the docker "
                         f"socket ({_q(m)}) in {rel}", _q(m))
    return None


#: Files whose list items look like mounts but are something else: CI steps, Kubernetes manifests (own check).
_CI_OR_K8S = lazyre.compile(r"/\.github/|\.gitlab-ci|/\.circleci/|azure-pipelines|bitbucket-pipelines|^\s*(?:apiVersion|kind)\s*:", re.M)


#: Images whose job is to drive or watch docker through its socket (their documentation mounts
#: `/var/run/docker.sock`): image name part -> the tool's name as users say it.
SOCKET_TOOLS = {
    "watchtower": "watchtower", "portainer": "portainer", "traefik": "traefik", "dozzle": "dozzle",
    "docker-socket-proxy": "docker-socket-proxy", "socket-proxy": "socket-proxy", "cadvisor": "cadvisor",
    "autoheal": "autoheal", "diun": "diun", "ouroboros": "ouroboros", "nginx-proxy": "nginx-proxy",
    "docker-gen": "docker-gen", "logspout": "logspout", "netdata": "netdata", "uptime-kuma": "uptime-kuma",
    "homepage": "homepage", "glances": "glances", "promtail": "promtail", "vector": "vector", "filebeat": "filebeat",
    "datadog/agent": "datadog", "github-runner": "runner", "gitlab-runner": "gitlab-runner", "drone-runner-docker": "drone",
    "woodpecker-agent": "woodpecker", "act_runner": "act_runner", "registrator": "registrator", "dockge": "dockge",
    "yacht": "yacht", "what-up-docker": "wud", "wud": "wud", "ofelia": "ofelia", "caddy-docker-proxy": "caddy",
}  # fmt: skip
_IMAGE = lazyre.compile(r"(?m)^\s+image\s*:\s*[\"']?([^\s\"'#]+)")
_SERVICE = lazyre.compile(r"(?m)^  ([\w.-]+)\s*:\s*$")


def socket_tool(text: str, at: int) -> str | None:
    """The tool the compose service holding the docker-socket mount at `at` runs (`SOCKET_TOOLS`), or None."""
    starts = [m for m in _SERVICE.finditer(text) if m.start() < at]
    if not starts:
        return None
    block = text[starts[-1].start():]
    nxt = _SERVICE.search(block, len(starts[-1].group(0)))
    block = block[: nxt.start()] if nxt else block
    img = _IMAGE.search(block)
    name = (img.group(1) if img else starts[-1].group(1)).lower().rsplit(":", 1)[0]
    return next((tool for part, tool in SOCKET_TOOLS.items() if part in name), None)


PRECOMMIT_PATH = lazyre.compile(r"/\.pre-commit-config\.ya?ml$")
MOVING_REV = lazyre.compile(r"^(main|master|trunk|develop|dev|HEAD|latest|stable|nightly|[\w-]*branch[\w-]*)$")


def precommit_source(w: WriteView, root: str) -> Weakening | None:
    """Hooks from another repository run on every commit: a moving branch or a plain-http source is code nobody
    pinned (a tag or a commit is what `pre-commit autoupdate` writes)."""
    if not PRECOMMIT_PATH.search(w.path):
        return None
    from automode.files import yamlish

    old = {(it.key, it.value) for it in yamlish.values(w.old, "repo", "rev")} if w.old else set()
    repo = ""
    for it in yamlish.values(w.new, "repo", "rev"):
        if it.key == "repo":
            repo = it.value
            if repo.startswith(("http://", "git://")) and (it.key, it.value) not in old:
                return Weakening("precommit", f"pulls pre-commit hooks over an unauthenticated connection from {repo}", repo)
        elif it.key == "rev" and MOVING_REV.match(it.value) and repo not in ("local", "meta") and (("repo", repo) not in old):
            return Weakening("precommit", f"runs pre-commit hooks from {repo} at the moving branch {it.value!r}", f"rev: {it.value}")
    return None


#: Git hooks the project keeps: husky (typicode.github.io/husky), `core.hooksPath` directories (`.githooks/`), the
#: repository's own `.git/hooks/` (git-scm.com/docs/githooks), simple-git-hooks and lefthook scripts.
HOOK_FILE = lazyre.compile(r"/(?:\.husky|\.githooks|\.git/hooks|\.hooks|git-hooks|\.lefthook)/(?:pre-commit|pre-push|commit-msg|pre-merge-commit|"
                           r"pre-rebase|prepare-commit-msg|post-checkout|pre-receive)$")
_HOOK_ID = lazyre.compile(r"^\s*-\s*id\s*:\s*([\w.-]+)", re.M)


def hooks_weakened(w: WriteView, root: str) -> Weakening | None:
    """A git hook script written to do nothing (`exit 0`, `true`, `:`, only an echo), or a hook taken out of
    `.pre-commit-config.yaml`: the checks it ran stop at every commit."""
    rel = _rel(w, root)
    if HOOK_FILE.search(w.path):
        body = [ln for ln in w.new.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        was = [ln for ln in w.old.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        if all(NOOP.match(ln) for ln in body) and not (w.before_known and all(NOOP.match(ln) for ln in was)):
            hook = w.path.rsplit("/", 1)[-1]
            return Weakening("gates", f"turns the {hook} hook into one that checks nothing in {rel}", " ".join(body)[:60] or "(empty)")
    if PRECOMMIT_PATH.search(w.path) and w.before_known and w.old:
        was_ids, now_ids = _HOOK_ID.findall(live(w.old)), _HOOK_ID.findall(live(w.new))
        gone = [h for h in was_ids if h not in now_ids]
        if gone and w.new.strip() and len(now_ids) < len(was_ids):  # one hook swapped for another keeps the check
            return Weakening("gates", f"removes the pre-commit hook {gone[0]} from {rel}", f"- id: {gone[0]}")
    return None
