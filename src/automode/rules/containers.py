"""security-degrade: containers given control of their host (AM-SEC-011): host mounts, sockets, namespaces, devices,
capabilities, unconfined profiles. Split from `rules.security`; the option tables are data below."""

from __future__ import annotations

import re

from automode import lazyre
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

CONTAINER_CLIS = frozenset({"docker", "podman", "nerdctl", "finch"})
#: cluster CLIs whose `run --overrides` / `debug node/` start a pod with a spec given on the command line
CLUSTER_CLIS = frozenset({"kubectl", "oc", "kubecolor"})
#: pod-spec fields that hand a pod its node: the node's namespaces, root in the node, the node's files
POD_HOST_FIELD = lazyre.compile(r'"(privileged|hostPID|hostNetwork|hostIPC|allowPrivilegeEscalation)"\s*:\s*true|"(hostPath)"\s*:|'
                                r'"add"\s*:\s*\[[^\]]*"(ALL|SYS_ADMIN|SYS_MODULE|SYS_PTRACE|SYS_RAWIO|BPF)"')
CONTAINER_GLOBAL_VALUE = frozenset({"-H", "--host", "-c", "--context", "--config", "-l", "--log-level", "--tlscacert",
                                    "--tlscert", "--tlskey", "--connection", "--url", "--identity", "--root", "--runroot",
                                    "-n", "--namespace", "-a", "--address"})  # fmt: skip
CONTAINER_VALUE = frozenset({
    "-v", "--volume", "--mount", "-e", "--env", "--env-file", "-p", "--publish", "--name", "--network", "--net", "-w",
    "--workdir", "-u", "--user", "--entrypoint", "--cap-add", "--cap-drop", "--device", "--security-opt", "--pid",
    "--ipc", "--uts", "--userns", "--cgroupns", "-l", "--label", "--label-file", "--add-host", "--dns", "--dns-search",
    "--dns-option", "-m", "--memory", "--memory-swap", "--cpus", "--cpu-shares", "-c", "--cpuset-cpus", "--gpus",
    "--platform", "--pull", "--restart", "-h", "--hostname", "--tmpfs", "--ulimit", "--log-driver", "--log-opt",
    "--mac-address", "--ip", "--ip6", "--shm-size", "--stop-signal", "--stop-timeout", "--runtime", "--group-add",
    "--volumes-from", "--link", "--detach-keys", "--cidfile", "--device-cgroup-rule", "--sysctl", "--isolation",
    "--storage-opt", "--health-cmd", "--health-interval", "--health-retries", "--health-timeout", "--network-alias",
    "--expose", "--attach", "-a", "--annotation", "--cgroup-parent", "--init-path", "--oom-score-adj", "--pids-limit",
    "--env-host", "--secret", "--arch", "--os", "--variant", "--image-volume", "--pod", "--userns-uid-map",
})  # fmt: skip
CONTAINER_SOCKETS = lazyre.compile(r"(^|/)(docker|podman|containerd|crio|cri-dockerd|buildkitd|dockershim|kubelet)(\.sock|/[\w.-]*\.sock)$|"
                               r"^/(var/)?run/(docker|containerd|podman|crio|buildkit)(/|$)|^/var/lib/(docker|containerd|kubelet)(/|$)")  # fmt: skip
ESCAPE_CAPS = frozenset({"ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF", "SYS_BOOT"})
UNCONFINED = lazyre.compile(r"^(seccomp|apparmor)[=:]unconfined$|^label[=:]disable$|^systempaths[=:]unconfined$", re.I)
HOST_NAMESPACES = frozenset({"--pid", "--ipc", "--userns"})
HARMLESS_DEVICES = lazyre.compile(r"^/dev/(fuse|net/tun|kvm|dri(/.*)?|snd(/.*)?|nvidia[\w-]*|ttyUSB\d+|ttyACM\d+|bus/usb(/.*)?|null|zero|urandom|random)$")


def run_image(cmd: Command) -> str | None:
    """The image a container or pod is started from (`docker run [opts] IMAGE`, `kubectl run x --image=IMAGE`)."""
    if cmd.name in ("kubectl", "oc"):
        if "run" not in cmd.args[:3]:
            return None
        return next((x.split("=", 1)[1] if "=" in x else "" for x in cmd.args if x.startswith("--image")), None)
    got = _container_args(cmd) if cmd.name in CONTAINER_CLIS else None
    if got is None or got[0] == "exec":
        return None
    args = cmd.args
    vals = {v for _k, v in got[1] if v}
    rest = [x for x in args if not x.startswith("-")]
    k = rest.index(got[0]) + 1 if got[0] in rest else len(rest)
    return next((x for x in rest[k:] if x not in vals), None)


#: `docker compose` / `docker-compose` options before the subcommand that take a value
COMPOSE_GLOBAL_VALUE = frozenset({"-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory",
                                  "--ansi", "--parallel", "--progress"})  # fmt: skip


def _container_args(cmd: Command) -> tuple[str, list[tuple[str, str]], bool] | None:
    """`(subcommand, [(option, value)], network_host)` for `run`/`create`/`exec` (also `container run`, and
    `docker compose run`/`docker-compose run`, whose `-v`/`--cap-add` mean what they mean for `docker run`), else None.
    Only the options before the image or container name: what follows is the container's own command."""
    args = cmd.args
    i = 0
    while i < len(args) and args[i].startswith("-"):
        i += 2 if args[i] in CONTAINER_GLOBAL_VALUE else 1
    if cmd.name == "docker-compose" or (i < len(args) and args[i] == "compose"):
        i = 0 if cmd.name == "docker-compose" else i + 1
        while i < len(args) and args[i].startswith("-"):
            i += 2 if args[i] in COMPOSE_GLOBAL_VALUE and "=" not in args[i] else 1
        if i >= len(args) or args[i] != "run":
            return None
    if i < len(args) and args[i] == "container":
        i += 1
    if i >= len(args) or args[i] not in ("run", "create", "exec"):
        return None
    sub = args[i]
    opts: list[tuple[str, str]] = []
    i += 1
    while i < len(args):
        x = args[i]
        if x == "--" or not x.startswith("-") or x == "-":
            break
        key, eq, val = x.partition("=")
        if not eq and key in CONTAINER_VALUE and i + 1 < len(args):
            val = args[i + 1]
            i += 1
        opts.append((key, val))
        i += 1
    net_host = any(k in ("--network", "--net") and v == "host" for k, v in opts)
    return sub, opts, net_host


def _mount_source(key: str, val: str) -> tuple[str, bool] | None:
    """(host path, read-only) of a bind mount; None for a named volume or tmpfs."""
    if key == "--mount":
        fields = {k: (v if eq else "true") for k, eq, v in (f.partition("=") for f in val.split(","))}
        src = fields.get("source") or fields.get("src") or ""
        if fields.get("type", "volume") != "bind" and not src.startswith(("/", "~", "$", ".")):
            return None
        return src, fields.get("readonly", fields.get("ro", "false")) not in ("false", "0")
    src, _, rest = val.partition(":")
    if not src.startswith(("/", "~", "$", ".")):
        return None  # a named volume
    return src, "ro" in rest.split(":")[-1].split(",") if rest else False


@rule(
    "AM-SEC-011",
    category="security-degrade",
    verdict="deny",
    kind="command",
    names=CONTAINER_CLIS | CLUSTER_CLIS | {"docker-compose"},
    title="Starts a container that controls the host",
    what="`docker|podman|nerdctl run|create|exec` with `--privileged`, `--cap-add` of an escape capability (ALL, "
    "SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, BPF), the host's PID/IPC/user namespace, "
    "`--security-opt seccomp|apparmor=unconfined`, a raw device, or a bind mount of the host's root, home, system "
    "directories, the container engine's socket or the agent's controls (`--net=host` with any such mount); a "
    "read-only mount of secrets or an unknown device is an ask; the same for `docker compose run -v/--cap-add`, a pod "
    "spec given to `kubectl run --overrides` (privileged, hostPID/hostNetwork/hostIPC, hostPath, escape capabilities) "
    "and `kubectl debug node/…` (a pod in the node's namespaces with its root file system mounted). Released to an ask "
    "when the user asked for it.",
    why="Such a container is root on the host: it can rewrite any file, read every secret, start more containers "
    "through the engine's socket, and nothing automode checks happens inside it.",
    example="docker run -v /:/host --privileged alpine chroot /host",
    instead="Mount only the project (`-v \"$PWD\":/app`), keep the default capabilities and profiles.",
    must_match=["docker run --privileged -it ubuntu bash", "docker run -v /:/host ubuntu chroot /host",
                "docker run -v /var/run/docker.sock:/var/run/docker.sock docker", "docker run --pid=host ubuntu",
                "docker run --cap-add=SYS_ADMIN ubuntu", "docker run --cap-add ALL ubuntu", "docker run --security-opt seccomp=unconfined ubuntu",
                "docker run --device=/dev/sda ubuntu", "podman run --privileged fedora", "docker exec --privileged c sh",
                "docker container run --mount type=bind,source=/,target=/host alpine", "docker run -v ~/.claude:/c alpine",
                "docker create --net=host -v /etc:/e alpine", "nerdctl run -v /run/containerd/containerd.sock:/s alpine",
                "docker run -v $HOME:/home/me alpine", "docker run --rm -v ~/.ssh:/root/.ssh:ro alpine ssh host",
                "docker compose run --rm -v /:/host app sh", "docker-compose -f dev.yml run -v /var/run/docker.sock:/s app",
                "kubectl run dbg --image=alpine --overrides='{\"spec\":{\"hostPID\":true}}'",
                "kubectl debug node/worker-1 -it --image=alpine", "oc debug node/ip-10-0-1-2"],
    must_not_match=["docker run --rm -v $PWD:/app node:20 npm test", "docker run --rm -v \"$(pwd)\":/src -w /src golang:1.22 go test ./...",
                    "docker run --net=host redis", "docker run -v /etc/localtime:/etc/localtime:ro app", "docker run -v data:/var/lib/postgresql/data postgres",
                    "docker run --device /dev/fuse app", "docker run --cap-add NET_ADMIN app", "docker exec -it web bash",
                    "docker run --rm alpine echo --privileged", "docker ps", "docker compose up -d",
                    "docker compose run --rm -v ./fixtures:/fixtures app pytest", "docker compose -f ci.yml run --rm web rake test",
                    "kubectl run tmp --rm -it --image=busybox -- sh", "kubectl debug pod/api-7d9 -it --image=busybox --target=api",
                    "kubectl run x --image=alpine --overrides='{\"spec\":{\"nodeSelector\":{\"pool\":\"dev\"}}}'"],
)  # fmt: skip
def host_container(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode import controls
    from automode.paths import classify

    if cmd.name in CLUSTER_CLIS:
        return _pod_on_host(cmd)
    parsed = _container_args(cmd)
    if parsed is None:
        return None
    sub, opts, net_host = parsed
    soft: str | None = None
    for k, v in opts:
        if k == "--privileged" and v.lower() not in ("false", "0"):
            return f"`{cmd.name} {sub} --privileged`: the container is root on the host"
        if k == "--cap-add" and any(c.upper().removeprefix("CAP_") in ESCAPE_CAPS for c in v.split(",")):
            return f"`--cap-add {v}` gives the container a capability that escapes to the host"
        if k in HOST_NAMESPACES and v == "host":
            return f"`{k}=host` shares the host's {k[2:].upper()} namespace"
        if k == "--security-opt" and UNCONFINED.match(v):
            return f"`--security-opt {v}` turns off the container's confinement"
        if k == "--device":
            dev = v.split(":", 1)[0]
            if classify(dev, a.cwd, a.ctx.home, a.root).cls == "device" or dev in ("/dev/mem", "/dev/kmem", "/dev/port"):
                return f"`--device {dev}` hands the container a raw host device"
            if not HARMLESS_DEVICES.match(dev):
                soft = soft or f"`--device {dev}` hands the container a host device"
        if k in ("-v", "--volume", "--mount"):
            m = _mount_source(k, v)
            if m is None:
                continue
            src, ro = m
            src = re.sub(r"^(\$\(pwd\)|`pwd`|\$\{?PWD\}?)(?=/|$)", ".", src)  # the working directory, however spelt
            info = classify(src, cmd.cwd or a.cwd, a.ctx.home, a.root, "$" in src or "`" in src)
            what = f"mounts the host's {info.path}"
            if CONTAINER_SOCKETS.search(info.path):
                return f"{what}: the container engine's socket or state gives root on the host"
            if info.cls == "critical" and info.path not in (a.root,):
                return f"{what} into the container"
            loc = controls.locate(info.path, a.ctx)
            if loc is not None and not ro:
                return f"{what}: the container can rewrite {loc.root.owner}'s controls"
            if info.cls in ("system", "device") and not ro:
                return f"{what} writable" + (" with the host network" if net_host else "")
            if info.cls == "secret" or (info.cls == "dynamic" and not ro):
                soft = soft or f"{what} ({'secrets' if info.cls == 'secret' else 'a path known only at run time'})"
            elif net_host and info.cls in ("system", "home", "outside"):
                soft = soft or f"{what} with the host network"
    return Hit(soft, "ask") if soft else None


def _pod_on_host(cmd: Command) -> str | None:
    """`kubectl debug node/X` (a pod in the node's namespaces, its root at /host) and a pod spec given inline to
    `kubectl run --overrides` that takes the node (privileged, host namespaces, a hostPath, an escape capability)."""
    args = cmd.args
    if "debug" in args[:3] and any(x.startswith(("node/", "nodes/")) for x in args):
        return f"`{cmd.name} debug node/…` runs a pod in the node's namespaces with the node's root file system mounted"
    if "run" not in args[:3]:
        return None
    for i, x in enumerate(args):
        spec = x.split("=", 1)[1] if x.startswith("--overrides=") else (args[i + 1] if x == "--overrides" and i + 1 < len(args) else "")
        m = POD_HOST_FIELD.search(spec)
        if m is not None:
            field = next(g for g in m.groups() if g)
            return f"`{cmd.name} run --overrides` gives the pod `{field}`: the pod controls its node"
    return None
