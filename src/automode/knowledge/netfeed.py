"""What a network client is fed leaves with it (session 15, lead red team of values that leave).

`telnet HOST 25 < mail.txt`, `websocat wss://… < logs/access.log`, `ftp HOST <<EOF … put dump.sql … EOF`,
`tftp HOST -c put firmware.bin`: the file given on standard input, or the file a session script or a `-c` command
puts, is sent to the host the program talks to. The knowledge base says which programs talk to hosts; this module says
what they carry, as `send` network effects whose content names the file (`@FILE`, as `curl -d @FILE`), so the upload
and secret rules read them like any other upload.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.effects import Effect
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

#: A transfer command of an interactive client's session script (ftp, sftp, tftp, lftp, smbclient): `put FILE`.
_PUT = lazyre.compile(r"(?im)^\s*(?:m?put|append|send|reput)\s+(\S+)")
_QUIET = ("/dev/null", "-", "/dev/zero")


#: Clients whose standard input is a shell on the remote host, not data: `ssh HOST < setup.sh` runs the script there
#: (its commands are unknown here; the remote-command rules judge what `ssh HOST CMD` runs).
REMOTE_SHELLS = frozenset({"ssh", "autossh", "mosh", "dbclient", "plink"})


def fed(cmd: Command, hosts: list[str], detail: str) -> Iterator[Effect]:
    if cmd.name in REMOTE_SHELLS:
        return
    files: list[str] = []
    for r in cmd.redirects:
        if r.op == "<" and r.fd in (None, "0") and r.target is not None and not r.target.dynamic and r.target.value not in _QUIET:
            files.append(r.target.value)
        elif r.op in ("<<", "<<-") and r.body:
            files += [m.group(1) for m in _PUT.finditer(r.body[:20_000])]
    words = [w.value for w in cmd.argv[1:]]
    for i, w in enumerate(words[:-1]):  # `tftp HOST -c put FILE`, `lftp -e 'put FILE; bye' HOST`
        if w in ("-c", "-e"):
            files += [m.group(1) for m in _PUT.finditer(" ".join(words[i + 1 : i + 3]).replace(";", "\n"))]
    for h in hosts[:4]:
        for f in dict.fromkeys(files[:8]):
            yield Effect("network", h, detail=detail, origin="send", via=cmd.via, content=f"@{f}")
