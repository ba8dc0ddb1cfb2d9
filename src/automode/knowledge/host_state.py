"""Commands that change the host's own state (issue 10): its network interfaces, routes and radios, its mounts and
swap, its name and DNS, and the keys held in its agents and keyrings.

None of them writes a file a path rule sees, so before this table `ip link set eth0 down`, `umount /data`,
`hostname prod-db` or `gpg --delete-secret-keys` were routine: on a remote or shared machine the first cuts the agent
and everyone else off, the second pulls a volume from under running services, the last loses a key for good.

Each row: the program, a pattern over its argument words (joined by spaces), what it does, and the kind of change
(`host`: the machine's state, an ask the user's words release; `keys`: a key deleted; `wipe`: a network device's
saved configuration erased or reset to factory defaults). Listing and showing forms
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
    # Session 21 (kb2): ip-rule(8) flush, ip-link(8) `mtu`, route(8) `del`, arp(8) `-d`, bridge(8) `fdb|mdb flush`,
    # conntrack(8) `-F|--flush` (tracked and NATed connections are dropped), tc(8) qdiscs that drop, delay or rate-limit
    # (netem loss|delay|rate, tbf, `del root`), ethtool(8) `-s` (speed, duplex, autonegotiation), nmcli(1) `connection
    # modify|mod` (addresses, routes, DNS of a profile)
    (frozenset({"ip"}), r"^(?:-\S+ )*(?:rule|ru) (?:flush|del|delete)\b|^(?:-\S+ )*(?:link|l) (?:set|s) \S+ (?:.* )?mtu \d",
     "changes the machine's routing rules or interface MTU", "host"),
    (frozenset({"route"}), r"(?:^|\s)(?:del|delete|flush|change)\b", "removes or changes the machine's routes", "host"),
    (frozenset({"arp"}), r"(?:^|\s)(?:-d|--delete)\b", "removes a neighbour entry", "host"),
    (frozenset({"bridge"}), r"^(?:fdb|mdb|vlan) (?:flush|del|delete)\b|^link set\b", "changes a bridge's forwarding", "host"),
    (frozenset({"conntrack"}), r"(?:^|\s)(?:-F|--flush|-D|--delete)\b", "drops the machine's tracked connections", "host"),
    (frozenset({"tc"}), r"^(?:-\S+ )*qdisc (?:add|change|replace|del|delete)\b.*\b(?:netem|tbf|root)\b", "shapes, delays or drops the machine's traffic", "host"),
    (frozenset({"ethtool"}), r"^(?:-s|--change|-K|--offload|-A|--pause) \S", "changes a network interface's link settings", "host"),
    (frozenset({"nmcli"}), r"^(?:-\S+ )*(?:connection|con|c) (?:modify|mod|m|reload)\b", "changes a network connection's settings", "host"),
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
    # Session 21 (kb2). WireGuard: wg(8) (`set IF peer KEY remove`, `allowed-ips 0.0.0.0/0` sends every packet through
    # that peer, `private-key`/`listen-port`, `setconf|syncconf|addconf` replace the interface's peers), wg-quick(8) `down`
    (frozenset({"wg"}), r"^set \S+ (?:.* )?peer \S+ (?:.* )?remove\b|^set \S+ (?:.* )?(?:private-key|listen-port|fwmark)\b|"
     r"^set \S+ (?:.* )?allowed-ips (?:\S*,)?(?:0\.0\.0\.0/0|::/0)\b|^(?:setconf|syncconf|addconf) \S",
     "changes a WireGuard tunnel's peers, keys or routes", "host"),
    (frozenset({"wg-quick"}), r"^down\b", "takes a WireGuard tunnel down", "host"),
    # FRRouting's vtysh(1): `-c` runs a CLI command (configure, `no …` negations, `clear ip bgp *` resets sessions),
    # `-b` applies the boot configuration, `-f` a file of commands
    (frozenset({"vtysh"}), r"(?:^|\s)(?:-c|--command) (?:no |clear |conf(?:igure)?\b|write erase|reload|copy |router |"
     r"interface |ip route |ipv6 route |neighbor |bgp )|(?:^|\s)(?:-b|--boot|-f|--inputfile)\b",
     "changes the router's configuration or resets its sessions", "host"),
    # Network devices' own CLIs, reached as the command of `ssh switch '…'` (each word is the device's command, not a
    # program of this machine). Cisco IOS/NX-OS and Arista EOS configuration references: `no <command>` removes that
    # configuration, `clear ip bgp *` / `clear ip ospf process` reset routing, `write erase` / `erase startup-config`
    # delete the saved configuration; Juniper Junos CLI: `request system zeroize` erases configuration and data,
    # `request system reboot|halt|power-off`, `request system software rollback|delete`, `load override|replace|
    # factory-default`, `cli -c '…'` runs one from the shell; MikroTik RouterOS: `/system reset-configuration`,
    # `/system reboot|shutdown`, `/ip firewall|service|dns|… remove|disable|set`, `/interface|user|routing … remove|
    # disable|set`.
    (frozenset({"no"}), r"^\S", "removes configuration from a network device (`no …`)", "host"),
    (frozenset({"clear"}), r"^(?:ip|ipv6|bgp|ospf|isis|mpls|arp|arp-cache|mac|mac-address-table|route|counters|line|crypto|"
     r"spanning-tree|lldp|cdp|vrrp|nat)\b", "resets a network device's sessions or tables", "host"),
    (frozenset({"write"}), r"^erase\b", "deletes the device's saved configuration", "wipe"),
    (frozenset({"erase"}), r"^(?:startup-config|nvram:|flash:|bootflash:|/all\b)", "deletes the device's saved configuration",
     "wipe"),
    (frozenset({"request"}), r"^system (?:zeroize|snapshot delete)\b", "erases the device's configuration and data", "wipe"),
    (frozenset({"request"}), r"^system (?:reboot|halt|power-off|power-cycle|software (?:rollback|delete|add)|storage cleanup)\b",
     "reboots, halts or changes the software of a network device", "host"),
    (frozenset({"load"}), r"^(?:factory-default|override|replace)\b", "replaces the device's configuration", "host"),
    (frozenset({"cli"}), r"(?:^|\s)-c (?:request system zeroize|load factory-default)\b", "erases the device's configuration", "wipe"),
    (frozenset({"cli"}), r"(?:^|\s)-c (?:request system (?:reboot|halt|power-off|software)|clear |configure|edit |set |delete |"
     r"deactivate |load )", "changes a network device's configuration or state", "host"),
    # IOS `copy SRC running-config|startup-config` replaces the configuration; Junos configuration mode `delete …` and
    # `commit`; IOS/Junos `reload` alone restarts the device
    (frozenset({"copy"}), r"^\S+ (?:system:)?(?:running-config|startup-config|nvram:startup-config)\b",
     "replaces the device's configuration", "host"),
    (frozenset({"delete"}), r"^(?:security|interfaces|protocols|routing-options|firewall|system|policy-options|vlans|snmp|"
     r"routing-instances|groups|class-of-service|access|services)\b", "deletes part of a device's configuration", "host"),
    (frozenset({"commit"}), r"^$|^(?:confirmed|and-quit|synchronize|comment|at)\b", "commits a device's changed configuration", "host"),
    (frozenset({"reload"}), r"^$|^(?:in|at) \S", "restarts the network device", "host"),
    (frozenset({"system"}), r"^reset-configuration\b", "resets the device to factory configuration", "wipe"),
    (frozenset({"system"}), r"^(?:reboot|shutdown|package (?:uninstall|downgrade|disable)|backup load|routerboard upgrade)\b",
     "reboots the device or changes its software", "host"),
    (frozenset({"ip", "ipv6"}), r"^(?:firewall|service|dns|dhcp-server|dhcp-client|pool|hotspot|ipsec|socks|proxy|ssh|"
     r"settings|cloud|upnp|smb|traffic-flow)\b(?:.* )?(?:remove|disable|set|unset|reset|add)\b|"
     r"^(?:address|route|neighbor) (?:.* )?(?:remove|disable|unset)\b", "changes a router's firewall, services or routes", "host"),
    (frozenset({"interface", "user", "routing", "certificate", "ppp", "queue", "snmp", "radius"}),
     r"(?:^|\s)(?:remove|disable|reset|unset|set)\b", "changes a network device's interfaces, users or routing", "host"),
    (frozenset({"gpg", "gpg2"}), r"(?:^|\s)--delete-(?:secret-and-public-keys?|secret-keys?|keys?)\b",
     "deletes keys from the keyring", "keys"),
    (frozenset({"ssh-add"}), r"(?:^|\s)-[DdK]\b|(?:^|\s)-\w*[Dd]\w*$", "removes keys from the SSH agent", "keys"),
)  # fmt: skip

NAMES: frozenset[str] = frozenset().union(*(r[0] for r in ROWS))
#: Device commands that act with no argument at all (`reload`, `commit`); every other row needs one.
BARE = frozenset({"reload", "commit"})
_COMPILED = tuple((progs, lazyre.compile(rx), what, kind) for progs, rx, what, kind in ROWS)


def change(name: str, args: list[str]) -> tuple[str, str] | None:
    """(what it does, kind) of a command that changes the host's state, None for any other."""
    if name not in NAMES or (not args and name not in BARE):
        return None
    text = " ".join(args)
    for progs, rx, what, kind in _COMPILED:
        if name in progs and rx.search(text):
            return what, kind
    return None
