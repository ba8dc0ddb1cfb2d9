"""Host names that reach this machine, in one place (the rules, the secret flows, the supply chain, file copies).

`is_loopback`: every spelling of the loopback interface (`localhost`, `localhost.localdomain`, `ip6-localhost`,
127.0.0.0/8, ::1 with or without brackets, 0.0.0.0 and `0`, and every numeric form of an IPv4 address that
`inet_aton` accepts: `0x7f000001`, `2130706433`, `0177.0.0.1`, `127.1`). `is_local`: that, or `host.docker.internal`
(the machine a container runs on). The machine's own name and LAN addresses are not known to the pure core
(docs/security.md says so).

`canonical`: the dotted-quad an address host stands for, whatever its spelling (session 28 lead probe, issue 13:
`http://2852039166/latest/meta-data/` reached the cloud metadata service unseen): decimal, hexadecimal, octal and
short forms, an IPv4-mapped IPv6 address (`[::ffff:169.254.169.254]`), and the wildcard DNS services that resolve
a name to the address it spells (`169.254.169.254.nip.io`, `169-254-169-254.sslip.io`, `a9fea9fe.nip.io`).
"""

from __future__ import annotations

import re

from automode import lazyre

LOOPBACK = lazyre.compile(
    r"^(localhost(\.localdomain)?|ip6-localhost|ip6-loopback|127(\.\d{1,3}){3}|0\.0\.0\.0|0|::1|\[::1\]|"
    r"0x7f[0-9a-f]{6}|2130706433)$", re.I)  # fmt: skip

#: Wildcard DNS services: any name under them resolves to the address spelled in its labels.
WILDCARD_DNS = ("nip.io", "sslip.io", "xip.io", "traefik.me", "ip.addr.tools", "localtest.me", "lvh.me")
_PART = lazyre.compile(r"^(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$", re.I)
_SPELLED = lazyre.compile(r"(?:^|[.-])((?:\d{1,3}[.-]){3}\d{1,3}|[0-9a-f]{8})$", re.I)


def _inet_aton(host: str) -> str | None:
    """The dotted quad of an IPv4 address in any form `inet_aton` reads (1 to 4 parts, each decimal, 0x-hex or
    0-octal; the last part fills the remaining bytes), or None."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_PART.match(p) for p in parts):
        return None
    nums = [int(p, 16) if p[:2].lower() == "0x" else int(p, 8) if len(p) > 1 and p[0] == "0" else int(p) for p in parts]
    *head, last = nums
    if any(n > 255 for n in head) or last >= 1 << (8 * (4 - len(head))):
        return None
    value = 0
    for n in head:
        value = value << 8 | n
    value = value << (8 * (4 - len(head))) | last
    return ".".join(str(value >> s & 255) for s in (24, 16, 8, 0))


def canonical(host: str) -> str:
    """The dotted-quad address `host` stands for when it spells one in another form; else `host`, lowered."""
    h = host.strip().strip("[]").lower().rstrip(".")
    if not h:
        return h
    quad = _inet_aton(h)
    if quad is not None:
        return quad
    if ":" in h:
        import ipaddress

        try:
            ip = ipaddress.IPv6Address(h.split("%", 1)[0])
        except ValueError:
            return h
        v4 = ip.ipv4_mapped or ip.sixtofour or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if int(ip) >> 32 in (0, 0x64FF9B << 64) else None)
        return str(v4) if v4 is not None and int(ip) > 1 else h  # (`::1` stays loopback's own spelling)
    for zone in WILDCARD_DNS:
        if h.endswith("." + zone):
            m = _SPELLED.search(h[: -len(zone) - 1])
            if m is not None:
                spelled = m.group(1)
                if len(spelled) == 8 and "." not in spelled and "-" not in spelled:
                    return _inet_aton("0x" + spelled) or h
                return _inet_aton(spelled.replace("-", ".")) or h
    return h


def is_loopback(host: str) -> bool:
    return LOOPBACK.match(host) is not None or LOOPBACK.match(canonical(host)) is not None


def is_local(host: str) -> bool:
    return is_loopback(host) or host.lower() == "host.docker.internal"
