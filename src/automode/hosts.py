"""Host names that reach this machine, in one place (the rules, the secret flows, the supply chain, file copies).

`is_loopback`: every spelling of the loopback interface (`localhost`, `localhost.localdomain`, `ip6-localhost`,
127.0.0.0/8, ::1 with or without brackets, 0.0.0.0 and `0`, and the numeric forms `0x7f000001`, `2130706433`).
`is_local`: that, or `host.docker.internal` (the machine a container runs on). The machine's own name and LAN
addresses are not known to the pure core (docs/security.md says so).
"""

from __future__ import annotations

import re

from automode import lazyre

LOOPBACK = lazyre.compile(
    r"^(localhost(\.localdomain)?|ip6-localhost|ip6-loopback|127(\.\d{1,3}){3}|0\.0\.0\.0|0|::1|\[::1\]|"
    r"0x7f[0-9a-f]{6}|2130706433)$", re.I)  # fmt: skip


def is_loopback(host: str) -> bool:
    return LOOPBACK.match(host) is not None


def is_local(host: str) -> bool:
    return is_loopback(host) or host.lower() == "host.docker.internal"
