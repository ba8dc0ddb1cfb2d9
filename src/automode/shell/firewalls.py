"""Host firewalls' command lines that let every address in: the CLI form of an allow list widened to everyone.

`ufw allow 5432/tcp` (no `from`), `firewall-cmd --add-port=5432/tcp` (no source, in the default public zone),
`iptables -A INPUT -p tcp --dport 5432 -j ACCEPT` (no `-s`) open the port to the whole network, as
`cidr_blocks = ["0.0.0.0/0"]` does in infrastructure code; each becomes the same `weaken` effect the file analysis
gives (`iac`, AM-WRITE-008: a deny; web ports and remote login, which a server opens by design, an ask), so a
request that names the opening releases both alike. A rule limited to a source
(`ufw allow from 203.0.113.7 to any port 5432`, `firewall-cmd --add-rich-rule='… source address=…'`, `iptables -s
10.0.0.0/8`), an outbound rule, a deny, or the loopback interface is no opening.

Facts: ufw(8) (`allow|limit [in] [proto P] [from ADDR] [to ADDR] [port P]`, the simple `allow PORT[/PROTO]|SERVICE`;
the source defaults to any; `default allow` lets in what no rule names), firewall-cmd(1) (`--add-port`,
`--add-service`, `--add-source`, `--add-rich-rule`, `--zone`; the default zone is `public`; `--set-default-zone=trusted`
or an interface added to the `trusted` zone accepts everything, firewalld.zones(5)), iptables(8) (`-A|-I CHAIN`, `-s|--source`, `-i|--in-interface`, `-j`),
`netsh advfirewall firewall add rule` (`dir=in` by default, `remoteip=` any by default), `New-NetFirewallRule`
(`-Direction Inbound` and `-Action Allow` by default, `-RemoteAddress Any` by default).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

PROGRAMS = frozenset({"ufw", "firewall-cmd", "iptables", "ip6tables", "netsh", "new-netfirewallrule"})
#: A source naming every address.
EVERYONE = lazyre.compile(r"^(?:any|0\.0\.0\.0/0|::/0|0/0|\*|all)$", re.I)
#: Zones of firewalld that trust or limit by themselves: a port added there is not open to everyone.
NARROW_ZONES = frozenset({"trusted", "internal", "home", "work", "dmz", "block", "drop", "libvirt", "docker"})


def _ufw(args: list[str]) -> str:
    a = [x for x in args if not x.startswith("--")]
    if a[:2] == ["default", "allow"] and a[2:3] in ([], ["incoming"]):
        return "every port"  # ufw(8) `default allow [incoming]`: what no rule names is let in
    if a[:1] in (["insert"], ["prepend"]):
        a = a[2:] if a[:1] == ["insert"] else a[1:]
    if not a or a[0] not in ("allow", "limit") or len(a) < 2 or "out" in a[1:2] or a[1:2] == ["route"]:
        return ""
    rest = a[1:]
    if "from" in rest:
        i = rest.index("from")
        if i + 1 >= len(rest) or not EVERYONE.match(rest[i + 1]):
            return ""
    if any(x == "on" for x in rest) and any(x in ("lo", "docker0") for x in rest):
        return ""
    port = rest[rest.index("port") + 1] if "port" in rest and rest.index("port") + 1 < len(rest) else rest[-1]
    return port


def _firewalld(args: list[str]) -> str:
    for x in args:  # firewalld.zones(5): the `trusted` zone accepts every packet; made the default zone, or given an
        k, _, v = x.partition("=")  # interface, it lets every address reach every port through it
        if (k == "--set-default-zone" and v.lower() == "trusted") or (
            k in ("--add-interface", "--change-interface") and {"--zone=trusted", "trusted"} & set(args)
        ):
            return "every port (the trusted zone)"
    zone = next((x.split("=", 1)[1] for x in args if x.startswith("--zone=")), "")
    if not zone and "--zone" in args and args.index("--zone") + 1 < len(args):
        zone = args[args.index("--zone") + 1]
    if zone.lower() in NARROW_ZONES:
        return ""
    for x in args:
        k, _, v = x.partition("=")
        if k in ("--add-port", "--add-service") and v:
            return v
        if k == "--add-source" and EVERYONE.match(v):
            return "every port of the zone"
        if k == "--add-rich-rule" and "accept" in v and ("source" not in v or re.search(r"source\s+address=\"?(?:0\.0\.0\.0/0|::/0)", v)):
            return re.search(r"port=\"?(\S+?)\"?\s", v + " ").group(1) if "port=" in v else "every port"  # type: ignore[union-attr]
    return ""


def _iptables(args: list[str]) -> str:
    if not any(x in ("-A", "-I", "--append", "--insert") for x in args):
        return ""
    chain = next((args[i + 1] for i, x in enumerate(args[:-1]) if x in ("-A", "-I", "--append", "--insert")), "")
    target = next((args[i + 1] for i, x in enumerate(args[:-1]) if x in ("-j", "--jump")), "")
    if chain != "INPUT" or target != "ACCEPT":
        return ""
    src = next((args[i + 1] for i, x in enumerate(args[:-1]) if x in ("-s", "--source", "--src")), "")
    iface = next((args[i + 1] for i, x in enumerate(args[:-1]) if x in ("-i", "--in-interface")), "")
    if (src and not EVERYONE.match(src)) or iface in ("lo", "docker0") or "--state" in args or "--ctstate" in args:
        return ""
    port = next((args[i + 1] for i, x in enumerate(args[:-1]) if x in ("--dport", "--dports", "--destination-port")), "")
    return port or "every port"


def _netsh(args: list[str]) -> str:
    """`netsh advfirewall firewall add rule … dir=in action=allow localport=P` with no `remoteip` (or `any`)."""
    low = [x.lower() for x in args]
    if low[:4] != ["advfirewall", "firewall", "add", "rule"]:
        return ""
    kv = dict(x.split("=", 1) for x in low[4:] if "=" in x)
    if kv.get("dir", "in") != "in" or kv.get("action") != "allow":
        return ""
    remote = kv.get("remoteip", "any")
    if not all(EVERYONE.match(r) or r == "internet" for r in remote.split(",")):
        return ""
    return kv.get("localport") or kv.get("program") or "every port"


def _new_netfirewallrule(args: list[str]) -> str:
    """`New-NetFirewallRule -Direction Inbound -Action Allow -LocalPort P` with no `-RemoteAddress` (or `Any`)."""
    opts: dict[str, str] = {}
    for i, x in enumerate(args):
        if x.startswith("-") and i + 1 < len(args) and not args[i + 1].startswith("-"):
            opts[x.lower()] = args[i + 1].lower()
    if opts.get("-direction", "inbound") != "inbound" or opts.get("-action", "allow") != "allow" \
            or opts.get("-enabled", "true") in ("false", "$false"):
        return ""
    remote = opts.get("-remoteaddress", "any")
    if not all(EVERYONE.match(r) or r == "internet" for r in remote.split(",")):
        return ""
    return opts.get("-localport") or opts.get("-program") or "every port"


#: Ports a server opens to everyone by design: a web server's (AM-WRITE-008 asks, "web ports") and remote login's.
WEB = lazyre.compile(r"^(?:80|443|8080|8443|https?|www|www full|(?:nginx|apache) (?:full|https?))(?:/tcp)?$", re.I)
LOGIN = lazyre.compile(r"^(?:22|ssh|openssh)(?:/tcp)?$", re.I)


def openings(cmd: Command) -> Iterator[Effect]:
    args = [w.value for w in cmd.argv[1:40]]
    if any(w.dynamic for w in cmd.argv[1:40]):
        return
    port = {"ufw": _ufw, "firewall-cmd": _firewalld, "netsh": _netsh, "new-netfirewallrule": _new_netfirewallrule}.get(
        cmd.name, _iptables)(args)
    if port:
        what = f"opens {port} to every address ({cmd.name} {' '.join(args)[:60]})"
        origin = "iac-web" if WEB.match(port) else "iac-ask" if LOGIN.match(port) else "iac"
        yield Effect("weaken", what, detail=cmd.text[:200], origin=origin, content=cmd.name, via=cmd.via)
