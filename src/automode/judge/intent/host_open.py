"""What a container is given of the host, against what the user named (session 17, class H3; AM-WRITE-012).

A compose service, a dev container or a podman quadlet that gains the host's root directory, the docker socket,
`/etc`, a home or its keys, privileged mode, the host's network or process namespace, or a capability over the host:
each such item the edit adds must be the user's words, by its path ("mount /var/run/docker.sock into the runner") or
by its name ("the docker socket", "privileged", "host network", "pid host", "SYS_ADMIN"). A request about something
else in the same file ("add a healthcheck to the api service in docker-compose.yml", "mount ./config to /config")
names none of them: the finding keeps its verdict, and the reason says which item was not asked for. The images
made to drive docker through its socket (watchtower, traefik: `files.weaken_infra.SOCKET_TOOLS`) are left to the
reading that names them by the tool.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding

#: A mount's host side in the short syntaxes (`- SRC:DST`, `-v SRC:DST`, `Volume=SRC:DST`, `source=SRC,`).
_MOUNT = lazyre.compile(r"""(?:^\s*-\s*["']?|-v[= ]["']?|--volume[= ]["']?|Volume\s*=\s*|source=)(?P<src>[~/$%][^\s:,"']*)(?=[:,])""", re.M)
#: Items by switch: (pattern on an added line, the item's name, the words that name it).
_SWITCHES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (lazyre.compile(r"(?i)privileged\W{0,4}(?:true|$)|--privileged|Privileged\s*=\s*true"), "privileged mode",
     ("privileged", "privilegiado", "privilegiert", "privilégié", "特権", "特权", "특권", "uprzywilejowan")),
    (lazyre.compile(r"(?i)network_mode\s*:\s*[\"']?host|--net(?:work)?[= ]host|^\s*Network\s*=\s*host|hostNetwork\s*:\s*true"),
     "the host's network", ("host network", "network_mode", "network host", "network: host", "net=host", "hostnetwork", "network_mode: host",
                            "réseau de l'hôte", "host-netzwerk", "hostnetzwerk", "rede do host", "red del host", "ホストネットワーク",
                            "主机网络", "호스트 네트워크")),
    (lazyre.compile(r"(?i)^\s*pid\s*:\s*[\"']?host|--pid[= ]host|hostPID\s*:\s*true"), "the host's processes",
     ("pid", "hostpid", "process namespace", "host processes")),
    (lazyre.compile(r"(?i)^\s*ipc\s*:\s*[\"']?host|--ipc[= ]host|hostIPC\s*:\s*true"), "the host's IPC", ("ipc",)),
    (lazyre.compile(r"(?i)\b(SYS_ADMIN|SYS_PTRACE|NET_ADMIN|SYS_MODULE|ALL)\b(?=[^\n]*$)"), "a capability", ()),
    (lazyre.compile(r"(?i)(?:apparmor|seccomp)[:=]unconfined|label[:=]disable|SecurityLabelDisable\s*=\s*true"),
     "the container's confinement off", ("unconfined", "apparmor", "seccomp", "selinux", "label")),
)
_CAP_LINE = lazyre.compile(r"(?i)cap_add|--cap-add|AddCapability|capabilities|^\s*-\s*[A-Z_]+\s*$")
#: Words naming a mount's host side, by what it is.
_SOURCE_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (lazyre.compile(r"docker\.sock|containerd\.sock|podman\.sock|crio\.sock"),
     ("docker.sock", "docker socket", "docker-socket", "socket", "sock", "soquete", "socke", "ソケット", "套接字", "소켓", "gniazd")),
    (lazyre.compile(r"^/$"), ("/:/", "root filesystem", "host filesystem", "host's filesystem", "host root", "whole disk", "entire disk",
                              "host's root", "root of the host", "the whole host", "raiz do host", "raíz del host", "racine de l'hôte")),
    (lazyre.compile(r"^(?:~|\$\{?HOME\}?|%h|/home(?:/[^/]+)?|/root|\$\{localEnv:HOME\})/?$"),
     ("home", "~", "$home", "home directory", "home folder", "my home", "/home", "/root")),
)


def _items(old: str, new: str) -> list[tuple[str, tuple[str, ...]]]:
    """(the item, the words that name it) for each host-opening item the new text adds."""
    before = set(old.splitlines())
    out: list[tuple[str, tuple[str, ...]]] = []
    for ln in new.splitlines():
        if ln in before or not ln.strip() or ln.lstrip().startswith("#"):
            continue
        for m in _MOUNT.finditer(ln):
            src = m.group("src").rstrip("/") or "/"
            words: tuple[str, ...] = (src,)
            for rx, names in _SOURCE_WORDS:
                if rx.search(src):
                    words = (src, *names)
            if words == (src,) and not re.match(r"^(?:/etc|/proc|/sys|/dev|/boot|/var/lib/docker|/run|/var/run|~/\.|\$\{?HOME\}?/\.|/root)", src):
                continue  # a data directory of the host (`/srv/media`): not the host itself
            ro = re.search(r":ro\b|readonly|read_only|ro=true", ln[m.end():]) is not None
            out.append((f"the host's {src}" + (" read-only" if ro else ""), words))
        for rx, what, names in _SWITCHES:
            sw = rx.search(ln)
            if sw is None:
                continue
            if what == "a capability":
                if not _CAP_LINE.search(ln):
                    continue
                out.append((f"the capability {sw.group(1).upper()}", (sw.group(1).lower(), f"cap_{sw.group(1).lower()}")))
                continue
            out.append((what, names))
    return out


#: Images whose documented setup reads the host (its root read-only, its processes): a request that names the tool
#: asks for that setup ("add node-exporter so I can see host metrics"), the older readings weigh it.
HOST_TOOLS = ("node-exporter", "node_exporter", "cadvisor", "netdata", "glances", "datadog/agent", "dd-agent", "falco", "sysdig",
              "telegraf", "grafana/alloy", "grafana-agent", "promtail", "fluent-bit", "filebeat", "metricbeat", "auditbeat",
              "crowdsec", "osquery", "wazuh", "scope", "beszel", "dozzle", "portainer", "watchtower", "traefik", "diun", "autoheal")


def _tool_named(a: Analysis, new: str) -> str | None:
    """The host tool (`HOST_TOOLS`) the service the edit writes runs, when the user named it."""
    low = new.lower()
    words = " ".join(a.ctx.user_messages).lower()
    for t in HOST_TOOLS:
        if t in low:
            name = t.rsplit("/", 1)[-1]
            forms = {name, name.replace("-", " "), name.replace("_", " "), name.replace("-", ""), name.replace("_", "-")}
            if any(f in words for f in forms if len(f) >= 4):
                return t
    return None


def _documented(item: str, tool: str) -> bool:
    """What a named host tool's documented setup takes: the host read-only, its processes and network; the docker
    socket only for the tools that drive docker (`files.weaken_infra.SOCKET_TOOLS`)."""
    from automode.files.weaken_infra import SOCKET_TOOLS

    if item.endswith(" read-only") or item in ("the host's processes", "the host's network"):
        return True
    return "sock" in item and any(k in tool for k in SOCKET_TOOLS)


def settle(f: Finding, a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when the user named every item the container gets of the host; (the finding's verdict,
    why) when one was not named; None when no such item is read here (left to the other readings)."""
    if a.write is None or not a.ctx.user_messages:
        return None
    from automode.files.settingsdiff import pairs_of

    pairs = pairs_of(a.action.tool, a.action.input, a.action.before)
    items = [x for old, new in pairs for x in _items(old, new)]
    tool = next((t for _, new in pairs if (t := _tool_named(a, new)) is not None), None)
    if tool is not None:
        items = [x for x in items if not _documented(x[0], tool)]  # "add node-exporter": its documented mounts
        if not items:
            return None
    msgs = [m.lower() for m in a.ctx.user_messages]
    said: str | None = None
    for what, words in items:
        hit = next((m for m in reversed(msgs) for w in words if _said(w.lower(), m)), None)
        if hit is None:
            if any(e.kind == "weaken" and e.origin == "container-tool" for e in a.effects):
                return None  # a tool that drives docker, named by what it is ("add watchtower"): read elsewhere
            return (f.verdict, f"you did not ask to give the container {what}")
        said = said or hit
    return ("allow", said) if said is not None else None


def _said(word: str, msg: str) -> bool:
    if word.startswith(("/", "~", "$")):
        return lazyre.whole(word, msg, r"[\w./-]", r"[\w-]") is not None
    return lazyre.whole(word, msg, r"[\w-]", r"[\w-]") is not None
