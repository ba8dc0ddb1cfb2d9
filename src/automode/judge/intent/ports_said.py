"""The port an opening admits, against the port the user named (session 17, class H3: "the sibling changes one
thing"). "Open 443 on the ALB to the internet" asks for HTTPS from anywhere; the same edit with `Port.tcp(22)` or
`from_port = 22` opens SSH to the world. Read for the world-ingress findings of written infrastructure (AM-WRITE-008,
AM-WRITE-057): when the user's words name ports and the edit's added text opens one they did not name, the finding
keeps its verdict and the reason says which.

Ports of the edit: `Port.tcp(N)`, `Port.tcpRange(a, b)`, `from_port`/`to_port`/`port`/`FromPort`/`ToPort`/
`containerPort`/`destination_port_range(s)` = N, `N/tcp`, `"N-M"` ranges. Ports of the user: a number of 1-65535 written
next to a port word, a protocol (`tcp/22`, `22/tcp`) or an opening verb, or a well-known service name (https, ssh,
postgres ...), in any language the gloss reads.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_EDIT_PORTS = lazyre.compile(
    r"(?i)Port\.(?:tcp|udp)\(\s*(\d{1,5})\s*\)|Port\.(?:tcp|udp)Range\(\s*(\d{1,5})\s*,\s*(\d{1,5})\s*\)|"
    r"\b(?:from_?port|to_?port|FromPort|ToPort|port|ports|containerPort|hostPort|destination_?port_?ranges?|"
    r"destinationPortRanges?|portRange)\b[\"']?\s*[:=]\s*\[?\s*[\"']?(\d{1,5})(?:\s*-\s*(\d{1,5}))?|\b(\d{1,5})/(?:tcp|udp)\b")
#: Every port at once: CDK `Port.allTraffic()`/`allTcp()`, an IP protocol of -1 or "all" (Terraform, CloudFormation,
#: Azure `*`), a 0-65535 range. Opens whatever port the user named and every other (sentinel 0 in `edit_ports`).
_ALL_PORTS = lazyre.compile(r"(?i)Port\.all(?:Traffic|Tcp|Udp)\(\)|\b(?:ip_?)?protocol\b[\"']?\s*[:=]\s*[\"']?(?:-1|all)\b|"
                            r"\b(?:destination_?port_?ranges?|destinationPortRanges?|portRange)\b[\"']?\s*[:=]\s*\[?\s*[\"']\*[\"']|"
                            r"\b0\s*-\s*65535\b|from_?port\b[\"']?\s*[:=]\s*0\b")
_USER_PORTS = lazyre.compile(r"(?i)(?:\bports?\b|\btcp\b|\budp\b|\bpuerto\b|\bporta\b|\bport\b|ポート|端口|포트)\s*[/:]?\s*(\d{1,5})\b|"
                             r"\b(\d{1,5})\s*(?:/\s*(?:tcp|udp)|番|端口|포트)|(?<![\w.:/-])(\d{2,5})(?![\w.:/-])")
_PORT_LIST = lazyre.compile(r"(?i)\b(?:ports|port_ranges?|destination_?port_?ranges|destinationPortRanges|toPorts)\b[\"']?\s*[:=]\s*\[([^\]\n]{1,200})\]")
#: Services users name instead of the port.
SERVICES = {"https": 443, "http": 80, "ssh": 22, "rdp": 3389, "postgres": 5432, "postgresql": 5432, "mysql": 3306, "redis": 6379,
            "mongo": 27017, "mongodb": 27017, "smtp": 25, "dns": 53, "ftp": 21, "winrm": 5985, "vnc": 5900}


def edit_ports(old: str, new: str) -> set[int]:
    """The ports the added lines of an edit name (ranges: their ends; 0: every port)."""
    before = set(old.splitlines())
    text = "\n".join(ln for ln in new.splitlines() if ln not in before)
    out: set[int] = {0} if _ALL_PORTS.search(text) else set()
    for m in _EDIT_PORTS.finditer(text):
        out |= {int(g) for g in m.groups() if g and 0 < int(g) < 65536}
    for m in _PORT_LIST.finditer(text):  # every item of a list (`ports = ["443", "22"]`), not its first only
        out |= {int(g) for g in re.findall(r"\d{1,5}", m.group(1)) if 0 < int(g) < 65536}
    return out


def user_ports(msgs: tuple[str, ...]) -> set[int]:
    out: set[int] = set()
    for msg in msgs:
        low = msg.lower()
        for m in _USER_PORTS.finditer(low):
            g = next((x for x in m.groups() if x), "")
            if g and 0 < int(g) < 65536 and not (m.group(3) and (int(g) < 20 or 1900 <= int(g) <= 2100)):
                out.add(int(g))  # (a bare number: not a small count or a year)
        out |= {p for name, p in SERVICES.items() if lazyre.whole(name, low, r"[\w-]", r"[\w-]") is not None}
    return out


def other_port(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the user named ports and the edit opens another; None otherwise."""
    if a.write is None or not a.ctx.user_messages:
        return None
    from automode.files.settingsdiff import pairs_of

    opened: set[int] = set()
    for old, new in pairs_of(a.action.tool, a.action.input, a.action.before):
        opened |= edit_ports(old, new)
    if not opened:
        return None
    named = user_ports(tuple(a.ctx.user_messages))
    if not named:
        return None
    extra = sorted(opened - named)
    if not extra:
        return None
    what = "every port" if 0 in extra else ", ".join(map(str, extra[:3]))
    return ("deny", f"you named port {', '.join(map(str, sorted(named)[:3]))}; this opens {what} to everyone")

