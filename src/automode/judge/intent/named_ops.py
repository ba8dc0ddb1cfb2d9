"""Operational acts asked in so many words (session 16, g1a): the user names the act and the exact object, and the
action does that and nothing more.

* A host restarted is a host rebooted: "restart db-02, it's stuck", "db-02 を再起動して", "Neustart web-03" name a
  reboot of `db-02` when the host is the clause's object (`ssh db-02 sudo reboot`, `Restart-Computer -ComputerName
  FS01`, `ansible web-03 -m reboot`). "restart nginx on web-02" names a service on the host, not the host: no reboot.
* A pod named by its generated name is one pod wherever it lives: deleting it is its restart (its controller makes
  a new one), so the production context it runs in need not be said again ("restart pod payments-api-7d9f6c5b8-x2k4q,
  it's stuck"). Only the one named pod: `--all`, a selector or another pod are other things.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import replace
from automode.knowledge.adhoc import adhoc_positional
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent, Said
    from automode.shell.parse import Command

#: Words that say what kind of machine, never which one ("the file server FS01", "the box db-02").
HOST_KINDS = frozenset({"server", "servers", "host", "hosts", "machine", "box", "vm", "vms", "guest", "node", "instance", "computer",
                        "pc", "workstation", "boxes", "laptop", "mac", "desktop", "system"})  # fmt: skip
#: Words that carry no object ("restart it now please", "reboot the thing again").
_FILLER = frozenset({"the", "a", "an", "it", "this", "that", "please", "pls", "now", "again", "just", "only", "quickly",
                     "asap", "for", "me", "us", "my", "our", "your", "can", "could", "you", "go", "ahead", "and",
                     "then", "once", "up", "right", "away", "real", "hard", "soft", "ok", "okay"})  # fmt: skip
#: Words before a host that make it the place of another object ("restart nginx on web-02").
_PLACE_WORDS = frozenset({"on", "at", "in", "inside", "from", "of", "via", "within", "onto"})
_SEGMENTS = lazyre.compile(r"[,;!?]\s|\.\s|\s[-–—]\s|\s\(")
_TOKEN = lazyre.compile(r"[a-z0-9][a-z0-9_.:'-]*")
_RESTART_WORDS = frozenset({"restart", "restarting", "restarted", "bounce", "recycle", "reboot", "rebooting",
                            "power-cycle", "powercycle"})  # fmt: skip


def _remote_hosts(a: Analysis) -> tuple[list[str], frozenset[str]]:
    """The machines an action reboots: an ssh command's host, `Restart-Computer -ComputerName`, ansible's pattern,
    the operand a `reboot` subcommand takes (`vmctl vm reboot build-2`, `qm reboot 104`, `virsh reboot win11`)."""
    from automode.knowledge.stoppers import host_power

    hosts: list[str] = []
    places: list[str] = []  # (hosts a reboot command runs on without being the machine rebooted: `ssh pve1 qm reboot 104`)
    for c in a.commands:
        hosts += _named_computers(c)
        if "reboot" in c.args[:3] and c.name not in ("sudo", "doas", "systemctl", "shutdown", "launchctl", "ssh"):
            after = [x for x in c.args[c.args.index("reboot") + 1 :] if not x.startswith("-")]
            hosts += [after[0].lower()] if after else []
            places += [c.remote.rsplit("@", 1)[-1].lower()] if c.remote else []
        elif c.remote and host_power(replace(c, remote=None)) is not None:
            hosts.append(c.remote.rsplit("@", 1)[-1].lower())
    return [h for h in dict.fromkeys(hosts) if h and h not in places], frozenset(places)


def _named_computers(c: Command) -> list[str]:
    args = c.args
    if c.name.lower() in ("restart-computer", "stop-computer"):
        for i, x in enumerate(args):
            if x.lower() in ("-computername", "-cn") and i + 1 < len(args):
                return [h.strip("'\"").lower() for h in args[i + 1].split(",")]
    if c.name == "ansible":
        pos = adhoc_positional(c)
        return [pos.lower()] if pos else []
    return []


def _host_is_object(host: str, text: str, others: frozenset[str] = frozenset()) -> bool:
    """The clause restarts `host` itself: the host stands in it, not as the place of another object, and the clause
    names nothing else but the kind of machine."""
    short = host.split(".", 1)[0]
    segment = next((p for p in _SEGMENTS.split(text.lower()) if host in p or short in p), "")
    toks = _TOKEN.findall(segment)  # (its own part of the clause: "restart fs01, shares are hanging")
    at = next((i for i, w in enumerate(toks) if w.rstrip(",.") in (host, short)), None)
    if at is None:
        return False
    if at > 0 and toks[at - 1] in _PLACE_WORDS:
        return False
    rest = [w for i, w in enumerate(toks) if i != at]
    if at + 1 < len(toks) and toks[at + 1].startswith("'s"):
        return False  # "web-02's nginx"
    left = [w for i, w in enumerate(rest) if w not in _RESTART_WORDS and w not in _FILLER and w not in HOST_KINDS
            and not (i + 1 < len(rest) and rest[i + 1] in HOST_KINDS)  # ("the file server FS01": file is its kind)
            and not (w in others or (w in _PLACE_WORDS and i + 1 < len(rest) and rest[i + 1] in others))]
    # (the machine it runs on, said as its place: "reboot vm 104 on pve1")
    return not left


def reboot_as_restart(t: Target, a: Analysis, intent: Intent) -> Target:
    """`t` with "restart" among its verbs when the action reboots hosts that a restart request names as its object."""
    if "reboot" not in t.verbs or "restart" in t.verbs:
        return t
    guests = _rebooted_guests(a)
    if guests:  # "redémarre la VM 1207": `qm reboot 1207` (a VM's reboot is its restart, named by its id)
        for r in intent.requests:
            low = r.clause.text.lower()
            if "restart" in r.clause.verbs and all(re.search(r"(?<![\w.-])" + re.escape(g.lower()) + r"(?![\w-])", low)
                                                   for g in guests):
                return replace(t, verbs=t.verbs | {"restart"})
    hosts, places = _remote_hosts(a)
    if not hosts:
        return t
    for r in intent.requests:
        if "restart" in r.clause.verbs and all(_host_is_object(h, r.clause.text, (frozenset(hosts) | places) - {h})
                                               for h in hosts):
            return replace(t, verbs=t.verbs | {"restart"})
    return t


#: Programs that reboot a guest named by its id or name (session 26: a VM restarted is rebooted): `qm reboot ID`,
#: `pct reboot ID`, `virsh reboot NAME`, `xl reboot NAME`, `VBoxManage controlvm NAME reset`.
_GUEST_REBOOTS: dict[str, tuple[str, ...]] = {"qm": ("reboot", "reset"), "pct": ("reboot",), "virsh": ("reboot", "reset"),
                                              "xl": ("reboot",), "vboxmanage": ("controlvm",)}


def _rebooted_guests(a: Analysis) -> list[str]:
    """The guests the action's commands reboot (`qm reboot 1207` -> 1207), [] when any command is no such reboot."""
    out: list[str] = []
    for c in a.commands:
        subs = _GUEST_REBOOTS.get(c.name.lower())
        args = [w.value for w in c.argv[1:] if not w.value.startswith("-")]
        if subs is None or len(args) < 2 or args[0].lower() not in subs or c.argv[1].dynamic:
            continue
        if c.name.lower() == "vboxmanage" and (len(args) < 3 or args[2].lower() != "reset"):
            continue
        out.append(args[1])
    return out


# ---------------------------------------------------------------- a pod named by its generated name
#: A pod's generated name: a Deployment's `<name>-<rs hash>-<5>`, a DaemonSet's or Job's `<name>-<5>`, a
#: StatefulSet's `<name>-<ordinal>`.
_POD_NAME = lazyre.compile(r"^[a-z0-9][a-z0-9-]*-(?:[a-z0-9]{6,10}-[a-z0-9]{5}|[bcdfghjklmnpqrstvwxz2-9]{5}|\d{1,3})$")


def _deleted_pods(a: Analysis) -> list[str] | None:
    """The pods a `kubectl delete pod NAME…` (or an MCP pod deletion) deletes, by name; None when it deletes more
    than named pods (`--all`, a selector, another kind) or is no pod deletion."""
    pods: list[str] = []
    for e in a.effects:
        if e.kind != "control" or e.verb != "delete":
            continue
        if e.scope not in ("one", "") or e.origin == "data":
            return None
        pods.append(e.detail)
    if not pods:
        return None
    names: list[str] = []
    for c in a.commands:
        if c.name not in ("kubectl", "oc", "kubectl.exe"):
            continue
        args = c.args
        if any(x in ("--all", "-A", "--all-namespaces") or x.startswith(("-l", "--selector", "--field-selector"))
               for x in args):
            return None
        pos = _positional_kubectl(args)
        if len(pos) < 3 or pos[0] != "delete" or pos[1] not in ("pod", "pods", "po"):
            if pos[:1] == ["delete"] and pos[1:2] and pos[1].startswith(("pod/", "pods/", "po/")):
                names += [p.split("/", 1)[1] for p in pos[1:]]
                continue
            return None
        names += pos[2:]
    if a.action.tool.startswith("mcp__") and "pod" in a.action.tool.lower() and "delete" in a.action.tool.lower():
        name = a.action.input.get("name") if isinstance(a.action.input, dict) else None
        if isinstance(name, str):
            names.append(name)
    return names or None


def _positional_kubectl(args: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for x in args:
        if skip:
            skip = False
            continue
        if x.startswith("-"):
            skip = "=" not in x and x in ("-n", "--namespace", "--context", "--cluster", "--kubeconfig", "-o", "--output",
                                          "--grace-period", "--timeout", "--user", "-s", "--server")
            continue
        out.append(x)
    return out


def pod_named_exactly(a: Analysis, said: Said) -> bool:
    """The action deletes only pods the request names by their generated names (each one's restart), so the
    environment the pod runs in is the pod's and need not be said ("you did not name production" does not apply)."""
    names = _deleted_pods(a)
    if not names:
        return False
    text = said.clause.text.lower()
    return all(_POD_NAME.match(n.lower()) is not None and (n.lower() in said.strong or re.search(
        r"(?<![\w-])" + re.escape(n.lower()) + r"(?![\w-])", text) is not None) for n in names)


# ---------------------------------------------------------------- an account locked or disabled, nothing more
#: Options of `usermod` that only lock an account or end its validity (usermod(8): -L, -e).
_LOCK_OPTS = frozenset({"-L", "--lock", "-e", "--expiredate"})


def _locks(c: Command) -> bool:
    args = c.args
    if c.name == "usermod":
        opts = [x for x in args if x.startswith("-")]
        pos = [x for i, x in enumerate(args) if not x.startswith("-") and not (i and args[i - 1] in ("-e", "--expiredate"))]
        return bool(opts) and all(o in _LOCK_OPTS for o in opts) and len(pos) == 1
    if c.name == "passwd":
        return args[:1] in (["-l"], ["--lock"]) and len(args) == 2
    if c.name == "chage":
        return len(args) == 3 and args[0] in ("-E", "--expiredate") and args[1] in ("0", "1")
    if c.name == "pw":
        return args[:1] == ["lock"] and len(args) == 2
    if c.name == "net":
        return args[:1] == ["user"] and len(args) == 3 and args[2].lower() == "/active:no"
    if c.name == "samba-tool":
        return args[:2] == ["user", "disable"] and len(args) == 3
    return False


def locks_accounts(a: Analysis) -> bool:
    """Every command only locks or disables one account (`usermod -L -e 1 pnovak`, `passwd -l x`, `chage -E 0 x`,
    `net user x /active:no`): a reversible change of the account the user names, which a request may settle
    without a further question (creating, deleting or re-passwording accounts keeps its ask)."""
    cmds = [c for c in a.commands if c.name not in ("sudo", "doas")]
    return bool(cmds) and all(_locks(c) for c in cmds)
