"""SSH client configuration that turns host verification off (ssh_config(5)), read in what an edit adds.

`StrictHostKeyChecking no` (or `off`) connects to a host whose key changed or was never seen; `UserKnownHostsFile
/dev/null` forgets every key, so each connection is a first one; `ForwardAgent yes` under `Host *` hands the user's
agent to every server they reach, where its root can use their keys. A Host entry the user dictated (HostName, User,
IdentityFile, ProxyJump) has none of them; such a line is reported as verification turned off (AM-WRITE-004).
"""

from __future__ import annotations

from automode import lazyre
from automode.files.diff import Weakening
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

PATHS = lazyre.compile(r"/\.ssh/config$|/\.ssh/config\.d/[^/]+$|/etc/ssh/ssh_config(?:\.d/[^/]+)?$")
_HOST = lazyre.compile(r"(?i)^\s*(Host|Match)\s+(.*)$")
#: (pattern over one line, what it weakens, only under `Host *` / `Match all`)
LINES: tuple[tuple[str, str, bool], ...] = (
    (r"(?i)^\s*StrictHostKeyChecking\s*=?\s*(?:no|off)\b", "turns host key checking off", False),
    (r"(?i)^\s*UserKnownHostsFile\s*=?\s*/dev/null\b", "forgets every known host key", False),
    (r"(?i)^\s*ForwardAgent\s*=?\s*yes\b", "forwards the SSH agent to every host", True),
)  # fmt: skip
_LINES = tuple((lazyre.compile(rx), what, every) for rx, what, every in LINES)


def weakening(w: WriteView) -> Weakening | None:
    """The first added line of an SSH client configuration that turns host verification off, or None."""
    if "ssh" not in w.path or PATHS.search(w.path) is None:
        return None
    old = set(w.old.splitlines())
    every = True  # lines before any Host block apply to every host
    new = w.new.replace("\\n", "\n") if "\n" not in w.new.strip() else w.new  # printf's `\n`, unexpanded
    for line in new.splitlines():
        m = _HOST.match(line)
        if m is not None:
            every = m.group(2).strip() in ("*", "all")
            continue
        if line in old:
            continue
        for rx, what, only_every in _LINES:
            if rx.search(line) and (every or not only_every):
                return Weakening("verify", f"{what} in {w.path.rsplit('/', 1)[-1]}", line.strip()[:120])
    return None
