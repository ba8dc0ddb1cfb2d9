"""Commands that change the host's own state (issue 10): its network interfaces, routes and radios, its mounts and
swap, its name and DNS, and the keys held in its agents and keyrings.

None of them writes a file a path rule sees, so before this table `ip link set eth0 down`, `umount /data`,
`hostname prod-db` or `gpg --delete-secret-keys` were routine: on a remote or shared machine the first cuts the agent
and everyone else off, the second pulls a volume from under running services, the last loses a key for good.

Each row: the program, a pattern over its argument words (joined by spaces), what it does, and the kind of change
(`host`: the machine's state, an ask the user's words release; `keys`: a key deleted). Listing and showing forms
(`ip link show`, `mount` alone, `nmcli radio`) match no row. Facts from ip-link(8), ip-address(8), ip-route(8),
ifconfig(8), nmcli(1), rfkill(8), hostname(1), hostnamectl(1), scutil(8), mount(8), umount(8), swapoff(8),
resolvectl(1), networksetup(8), gpg(1), ssh-add(1), renice(1), firewall-cmd(1) (`--panic-on`), iptables(8) (`-P`), ufw(8).
"""

from __future__ import annotations

from automode import lazyre

#: (programs, pattern over the joined argument words, what it does, kind)
ROWS: tuple[tuple[frozenset[str], str, str, str], ...] = (
    (frozenset({"ip"}), r"^(?:-\S+ )*(?:link|l) (?:set|s) \S+ (?:.* )?down\b|^(?:-\S+ )*(?:link|l) (?:del|delete) ",
     "takes a network interface down or deletes it", "host"),
    (frozenset({"ip"}), r"^(?:-\S+ )*(?:addr|address|a|route|r|ro) (?:del|delete|flush|f)\b",
     "removes the machine's addresses or routes", "host"),
    (frozenset({"ip"}), r"^(?:-\S+ )*(?:route|r|ro) (?:replace|change|add) default\b", "changes the default route", "host"),
    (frozenset({"ifconfig"}), r"^\S+ (?:.* )?down\b", "takes a network interface down", "host"),
    (frozenset({"ifdown"}), r"\S", "takes a network interface down", "host"),
    (frozenset({"nmcli"}), r"^(?:-\S+ )*(?:radio|r) (?:\S+ )?off\b|^(?:-\S+ )*(?:networking|n) off\b",
     "turns the machine's network or radios off", "host"),
    (frozenset({"nmcli"}), r"^(?:-\S+ )*(?:connection|con|c) (?:down|delete|del)\b|^(?:-\S+ )*(?:device|dev|d) "
     r"(?:disconnect|delete|down)\b", "disconnects or deletes a network connection", "host"),
    (frozenset({"rfkill"}), r"^(?:block)\b", "turns radios off", "host"),
    # firewalld(1) `--panic-on` drops every packet in and out; a chain's default policy set to DROP/REJECT, or remote
    # login denied, locks out whoever is not already let in by another rule (the agent's own SSH session included)
    (frozenset({"firewall-cmd"}), r"(?:^|\s)--panic-on\b", "drops every packet in and out: the machine is cut off", "host"),
    (frozenset({"iptables", "ip6tables"}), r"(?:^|\s)(?:-P|--policy) (?:INPUT|OUTPUT) (?:DROP|REJECT)\b",
     "drops whatever no rule lets in or out", "host"),
    (frozenset({"ufw"}), r"^(?:deny|reject)(?: in)?(?: (?:proto \S+ )?(?:from \S+ )?(?:to \S+ )?(?:port )?)?(?:22|ssh|OpenSSH)(?:/tcp)?$"
     r"|^default (?:deny|reject) outgoing\b", "blocks remote login or every outgoing connection", "host"),
    (frozenset({"hostname"}), r"^(?!-)[A-Za-z0-9][\w.-]*$|^(?:-b|--boot|-F|--file) ", "renames the machine", "host"),
    (frozenset({"hostnamectl"}), r"^(?:-\S+ )*(?:set-hostname|hostname) \S", "renames the machine", "host"),
    (frozenset({"scutil"}), r"^--set (?:HostName|ComputerName|LocalHostName)\b", "renames the machine", "host"),
    (frozenset({"umount", "diskutil"}), r"^(?:-\S+ )*(?!list\b|info\b)\S+|^(?:unmount|unmountDisk|eject) ",
     "unmounts a file system from under whatever uses it", "host"),
    (frozenset({"mount"}), r"(?:^|\s)-o \S*remount|(?:^|\s)--(?:bind|move|rbind)\b|^(?:-\S+ (?:\S+ )?)*/\S+ /\S+",
     "mounts or remounts a file system", "host"),
    (frozenset({"swapoff"}), r"\S", "turns swap off (memory pressure can kill processes)", "host"),
    (frozenset({"resolvectl"}), r"^(?:dns|domain|revert|flush-caches)\b", "changes the machine's DNS", "host"),
    (frozenset({"networksetup"}), r"^-set(?:dnsservers|webproxy|securewebproxy|socksfirewallproxy|"
     r"networkserviceenabled|airportpower|v4off|manual)\b", "changes the machine's network settings", "host"),
    (frozenset({"renice"}), r"(?:^|\s)-(?:n )?-\d", "raises a process's priority above others (root only)", "host"),
    (frozenset({"gpg", "gpg2"}), r"(?:^|\s)--delete-(?:secret-and-public-keys?|secret-keys?|keys?)\b",
     "deletes keys from the keyring", "keys"),
    (frozenset({"ssh-add"}), r"(?:^|\s)-[DdK]\b|(?:^|\s)-\w*[Dd]\w*$", "removes keys from the SSH agent", "keys"),
)  # fmt: skip

NAMES: frozenset[str] = frozenset().union(*(r[0] for r in ROWS))
_COMPILED = tuple((progs, lazyre.compile(rx), what, kind) for progs, rx, what, kind in ROWS)


def change(name: str, args: list[str]) -> tuple[str, str] | None:
    """(what it does, kind) of a command that changes the host's state, None for any other."""
    if name not in NAMES or not args:
        return None
    text = " ".join(args)
    for progs, rx, what, kind in _COMPILED:
        if name in progs and rx.search(text):
            return what, kind
    return None
