"""Programs that list the processes on a port, and the option that keeps the list to the port's listener
(session 27, R4; `judge.intent.pid_wide`).

"kill the vite on port 5173" is the process LISTENING on 5173. `lsof -t -i:5173` lists every process with a socket on
that port: the listener, and the browser tabs, proxies and test clients connected to it; fed to `kill`, they all die.
Per program (sources: lsof(8) `-i`, `-s p:s`; fuser(1) `-k`, `-n`; ss(8) `-l`, `-K`; netstat(8) `-l`): how the
port is selected, and what narrows the list to the listener. `fuser -k PORT/tcp` has no narrowing: it kills every
process using the port.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

#: program -> (the port selected in its words, the narrowing to the listener; None: no such option).
ROWS: dict[str, tuple[str, str | None]] = {
    # `-i:5173`, `-i :5173`, `-iTCP:5173`, `-i tcp:5173`, `-ti:5173`, `-i4TCP:5173`, `-i @host:5173`
    "lsof": (r"(?:^|\s)-\w*i\s*(?:[46])?(?:tcp|udp)?(?:@[\w.:-]*)?:\s*\d", r"-s\s*tcp:listen\b|-stcp:listen\b"),
    # `fuser -k 5173/tcp`, `fuser -k -n tcp 5173`
    "fuser": (r"\b\d+/(?:tcp|udp)\b|-n\s+(?:tcp|udp)\s+\d", None),
    # `ss -tnp sport = :5173`, `netstat -tnp | grep :5173` (the port may be grepped after: any listing counts)
    "ss": (r"", r"(?:^|\s)-\w*l|--listening"),
    "netstat": (r"", r"(?:^|\s)-\w*l|--listening"),
}
#: Commands that end the processes they are given.
KILLERS = frozenset({"kill", "pkill", "taskkill", "skill"})
_COMPILED = {k: (lazyre.compile("(?i)" + port) if port else None, lazyre.compile("(?i)" + narrow) if narrow else None)
             for k, (port, narrow) in ROWS.items()}


def wide(cmd: Command) -> bool:
    """`cmd` lists (or, for fuser, kills) the processes on a port without keeping to its listener."""
    row = _COMPILED.get(cmd.name.rsplit("/", 1)[-1])
    if row is None:
        return False
    port, narrow = row
    text = " ".join(w.value for w in cmd.argv[1:])
    if port is not None and not port.search(text):
        return False
    if cmd.name.endswith("fuser"):
        return "-k" in text.split() or any(w.startswith("-") and not w.startswith("--") and "k" in w
                                           for w in text.split())
    if cmd.name.endswith("lsof") and "t" not in "".join(w[1:] for w in text.split() if w.startswith("-")
                                                       and not w.startswith("--")):
        return False  # (without `-t` lsof prints a table: something else reads it)
    return narrow is None or not narrow.search(text)


def kills(cmd: Command) -> bool:
    """`cmd` ends processes: `kill`, `pkill`, or `fuser -k` itself."""
    name = cmd.name.rsplit("/", 1)[-1]
    return name in KILLERS or (name == "fuser" and wide(cmd))
