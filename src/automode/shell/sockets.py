"""Text protocols written to a socket (session 22, class M3): `printf 'stats\\r\\nflush_all\\r\\n' | nc cache-1 11211`
flushes every key, whatever the `stats` before it asked. The text a client program writes to a TCP or Unix socket
(`nc`, `ncat`, `netcat`, `socat`, `telnet`, `openssl s_client`, `gnutls-cli`, `curl telnet://`, bash's
`> /dev/tcp/HOST/PORT`) is read as the commands of the protocol it speaks, and each command that acts is lowered as
the command of the protocol's own client that does the same act, on the same host, so the tables and rules that
judge that client judge it: Redis inline or RESP commands as `redis-cli -h HOST -p PORT CMD`, memcached's text protocol as the
libmemcached tools (`memcflush`, `memcrm`, `memccp`, `memccat`), an SMTP dialogue that reaches DATA as the message it
sends (`swaks --server … --from … --to …`), a raw HTTP request with a method that writes as `curl -X METHOD URL`.

Which protocol: the text's own shape first (an HTTP request line, HELO/EHLO or MAIL FROM, memcached's lower-case
verbs, a Redis command or a RESP array), then the port (`PORTS`). Sources: redis.io/docs/latest/develop/reference/
protocol-spec (inline commands, RESP arrays), memcached's doc/protocol.txt (storage, retrieval, delete, flush_all,
meta commands), RFC 5321 (SMTP: MAIL, RCPT, DATA), RFC 9112 (the HTTP/1.1 request line), nc(1), ncat(1), socat(1)
(address types TCP, OPENSSL, UNIX-CONNECT), openssl-s_client(1) (`-connect`, `-starttls`), gnutls-cli(1), bash(1)
(/dev/tcp/host/port).
"""

from __future__ import annotations

import shlex

from automode import lazyre
from automode.shell.escapes import echo_output, printf_output
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

    from automode.shell.script import Command
    from automode.shell.words import Word


class _Ran(Protocol):
    commands: list[Command]


class Lowerer(Protocol):
    """What socket lowering needs of `automode.shell.lower.Lowerer` (which imports this module)."""

    @property
    def out(self) -> _Ran: ...

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip

#: Client programs that write their input to a socket.
PROGRAMS = frozenset({"nc", "ncat", "netcat", "nc.openbsd", "nc.traditional", "socat", "telnet", "openssl",
                      "gnutls-cli", "curl"})  # fmt: skip
#: curl(1) TELNET: a `telnet://HOST:PORT` URL sends curl's input to the socket as it is.
_TELNET_URL = lazyre.compile(r"^telnet://(?:[^@/]*@)?(\[[^\]]+\]|[^:/]+)(?::(\d+))?")
#: Well-known ports -> the protocol spoken there, when the text itself does not say.
PORTS: dict[str, str] = {
    "6379": "redis", "6380": "redis", "6381": "redis", "16379": "redis",
    "11211": "memcached", "11212": "memcached",
    "25": "smtp", "465": "smtp", "587": "smtp", "2525": "smtp", "1025": "smtp",
}  # fmt: skip
#: Options that take a value (so the word after them is no host or port), per client.
_WITH_VALUE: dict[str, frozenset[str]] = {
    "nc": frozenset({"-w", "-i", "-p", "-s", "-q", "-x", "-X", "-O", "-I", "-T", "-V", "-M", "-m", "-g", "-G", "-P",
                     "--proxy", "--proxy-type", "--proxy-auth", "-o", "--output", "--wait", "--idle-timeout",
                     "--source-port", "--source", "--ssl-cert", "--ssl-key", "--ssl-trustfile", "--ssl-ciphers",
                     "--ssl-servername", "--ssl-alpn"}),
    "telnet": frozenset({"-l", "-n", "-b", "-e", "-k", "-X"}),
    "gnutls-cli": frozenset({"-p", "--port", "--starttls-proto", "--x509cafile", "--x509certfile", "--x509keyfile",
                             "--priority", "--sni-hostname", "--alpn"}),
}  # fmt: skip
#: Options that make a client something else than a client writing its input: a listener, a command runner, a scan.
_NOT_A_CLIENT = frozenset({"-l", "--listen", "-e", "-c", "--exec", "--sh-exec", "--lua-exec", "-z", "--zero-io"})
_SOCAT_ADDR = lazyre.compile(r"(?i)^(tcp[46]?|tcp-connect|openssl|openssl-connect|ssl|unix-connect|unix-client|unix):"
                             r"([^:,]+)(?::(\d+))?")  # fmt: skip
_DEV_TCP = lazyre.compile(r"^/dev/tcp/([^/\s]+)/(\d+)$")

_HTTP_LINE = lazyre.compile(r"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE|PURGE|PROPPATCH|MKCOL|MOVE|COPY)\s+(\S+)"
                            r"(?:\s+HTTP/\d(?:\.\d)?)?\s*$")  # fmt: skip
_HTTP_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE", "PURGE", "PROPPATCH", "MKCOL", "MOVE", "COPY"})
_SMTP_HEAD = lazyre.compile(r"(?im)^\s*(?:HELO|EHLO|MAIL\s+FROM\s*:)")
_ADDR = lazyre.compile(r"<([^>]*)>|(\S+@\S+)")

#: memcached text-protocol commands (doc/protocol.txt) -> the libmemcached tool that does the same act ("" = a
#: read, nothing to lower), and whether a data block follows the command line.
MEMCACHED: dict[str, tuple[str, bool]] = {
    "flush_all": ("memcflush", False), "delete": ("memcrm", False), "md": ("memcrm", False),
    "set": ("memccp", True), "add": ("memccp", True), "replace": ("memccp", True), "append": ("memccp", True),
    "prepend": ("memccp", True), "cas": ("memccp", True), "ms": ("memccp", True), "incr": ("memccp", False),
    "decr": ("memccp", False), "touch": ("memctouch", False), "ma": ("memccp", False),
    "get": ("", False), "gets": ("", False), "gat": ("", False), "gats": ("", False), "mg": ("", False),
    "stats": ("", False), "version": ("", False), "verbosity": ("", False), "quit": ("", False), "mn": ("", False),
    "me": ("", False), "lru_crawler": ("", False), "watch": ("", False), "slabs": ("", False), "lru": ("", False),
}  # fmt: skip
#: Redis commands that say the text is Redis (any case), beside the ones memcached shares (`get`, `set`, `incr`).
REDIS_WORDS = frozenset({
    "flushall", "flushdb", "dbsize", "info", "ping", "keys", "scan", "config", "del", "unlink", "select", "shutdown",
    "save", "bgsave", "bgrewriteaof", "auth", "acl", "monitor", "slaveof", "replicaof", "debug", "hset", "hget",
    "hgetall", "hdel", "lpush", "rpush", "lrange", "sadd", "smembers", "zadd", "zrange", "expire", "ttl", "exists",
    "type", "mset", "mget", "setex", "getdel", "rename", "client", "module", "script", "function", "eval", "swapdb",
    "migrate", "cluster", "slowlog", "memory", "latency", "xadd", "xrange", "publish", "subscribe", "lastsave", "quit",
})  # fmt: skip
#: memcached's own words (no Redis command is spelled so).
_MEMCACHED_ONLY = frozenset({"flush_all", "stats", "gets", "cas", "md", "mg", "ms", "lru_crawler", "verbosity"})
MAX_LINES = 64
_NUMBERS = lazyre.compile(r"(?<![\w.:/-])(\d{2,5})(?![\w.])")
_LOCAL = frozenset({"localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "ip6-localhost"})


def _target(cmd: Command) -> tuple[str, str, bool] | None:
    """(host or socket path, port, TLS) a client connects to and writes its input to, or None."""
    name = cmd.name
    words = [w.value for w in cmd.argv[1:]]
    if name == "openssl":
        if not words or words[0] != "s_client":
            return None
        host, port = "", "443"
        for i, w in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w == "-connect":
                host, _, p = nxt.rpartition(":") if ":" in nxt else (nxt, "", "")
                port = p or port
            elif w == "-host":
                host = nxt
            elif w == "-port":
                port = nxt
            elif w == "-starttls" and nxt in ("smtp", "lmtp"):
                port = port if port in ("25", "587") else "587"
        return (host, port, True) if host else None
    if name == "curl":
        url = next((m for w in words if (m := _TELNET_URL.match(w))), None)
        return (url.group(1), url.group(2) or "23", False) if url else None
    if name == "socat":
        for w in words:
            m = _SOCAT_ADDR.match(w)
            if m:
                kind = m.group(1).lower()
                return m.group(2), m.group(3) or "", kind.startswith(("openssl", "ssl"))
        return None
    if any(w in _NOT_A_CLIENT or (w.startswith("-") and not w.startswith("--") and len(w) <= 5
                                   and any(c in w[1:] for c in "lezc")) for w in words):  # fmt: skip
        return None
    with_value = _WITH_VALUE.get("nc" if name not in _WITH_VALUE else name, frozenset())
    unix = any(w == "-U" or (w.startswith("-") and not w.startswith("--") and "U" in w) for w in words)
    pos: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("-") and len(w) > 1:
            i += 2 if w in with_value else 1
            continue
        pos.append(w)
        i += 1
    if unix and pos:
        return pos[0], "", False
    if name == "gnutls-cli":
        port = next((words[k + 1] for k, w in enumerate(words[:-1]) if w in ("-p", "--port")), "443")
        return (pos[0], port, True) if pos else None
    if len(pos) >= 2 or (pos and name == "telnet"):
        return pos[0], pos[1] if len(pos) > 1 else "23", "--ssl" in words
    return None


def _fed(lw: Lowerer, cmd: Command) -> str | None:
    """The text written to the client's input: a heredoc, a here-string, a literal echo/printf, or the literal
    echo/printf commands of a group ending in `sleep` (`{ echo FLUSHDB; sleep 1; } | telnet h 6379`)."""
    text, known = cmd.stdin_text()
    if text is not None:
        return text if known else None
    src = cmd.pipe_from
    if src is None or src.name != "sleep" or src.pipe_from is not None:
        return None
    ran = lw.out.commands
    at = next((k for k in range(len(ran) - 1, -1, -1) if ran[k] is src), None)
    parts: list[str] = []
    k = (at if at is not None else 0) - 1
    while at is not None and k >= 0 and len(parts) < MAX_LINES:
        c = ran[k]
        if c.name == "sleep":
            k -= 1
            continue
        if c.name not in ("echo", "printf") or c.pipe_from is not None or c.redirects or any(w.dynamic for w in c.argv[1:]):
            break
        out = echo_output(c.args) if c.name == "echo" else printf_output(c.args)
        if out is None:
            return None
        parts.insert(0, out if out.endswith("\n") else out + "\n")
        k -= 1
    return "".join(parts) or None


def _lines(text: str) -> list[str]:
    return [ln.rstrip("\r") for ln in text.replace("\r\n", "\n").split("\n")][:MAX_LINES * 4]


def _resp(lines: list[str]) -> list[list[str]] | None:
    """RESP arrays (`*2`, `$3`, `DEL`, `$1`, `k`) as command words, or None when the text is not RESP."""
    if not lines or not lines[0].startswith("*"):
        return None
    out: list[list[str]] = []
    i = 0
    while i < len(lines) and len(out) < MAX_LINES:
        head = lines[i]
        if not head:
            i += 1
            continue
        if not head.startswith("*") or not head[1:].isdigit():
            return None
        n = int(head[1:])
        words = [lines[i + 2 + 2 * k] for k in range(n) if i + 2 + 2 * k < len(lines)]
        out.append(words)
        i += 1 + 2 * n
    return out


def protocol(text: str, port: str, where: str) -> str:
    """The protocol the text speaks: "redis", "memcached", "smtp", "http" or ""."""
    lines = [ln for ln in _lines(text) if ln.strip()]
    if not lines:
        return ""
    if _HTTP_LINE.match(lines[0]):
        return "http"
    if _SMTP_HEAD.search(text):
        return "smtp"
    if lines[0].startswith("*") and lines[0][1:].isdigit():
        return "redis"
    by_port = PORTS.get(port, "")
    if not by_port and not port:  # a Unix socket named for its server (`/run/redis/redis.sock`)
        by_port = next((p for p in ("redis", "valkey", "memcached") if p in where.lower()), "").replace("valkey", "redis")
    if by_port in ("redis", "memcached"):
        return by_port  # (the port's server reads every line as its command; `set` is both stores' word)
    heads = [ln.split(None, 1)[0] for ln in lines]
    if any(h in _MEMCACHED_ONLY for h in heads) and all(h in MEMCACHED for h in heads):
        return "memcached"
    if all(h.lower() in REDIS_WORDS for h in heads):
        return "redis"  # (at another port, only text that is Redis commands line by line)
    return ""


def commands(text: str, host: str, port: str, tls: bool) -> list[str]:
    """The client command lines that do what the protocol text does (acts only; reads lower to nothing for
    memcached and HTTP)."""
    kind = protocol(text, port, host)
    lines = _lines(text)
    unix = not port
    here = host in _LOCAL and PORTS.get(port) == kind  # the client's own default: this machine, the usual port
    if kind == "redis":
        where = f"-s {shlex.quote(host)}" if unix else "" if here else f"-h {shlex.quote(host)} -p {port}"
        where += " --tls" if tls else ""
        return _redis(_resp(lines) or [_split(ln) for ln in lines if ln.strip()], where.split())
    if kind == "memcached":
        servers = f"--servers={host}" if unix else "" if here else f"--servers={host}:{port}"
        out: list[str] = []
        skip = False
        for ln in lines:
            if skip:
                skip = False
                continue
            words = ln.split()
            if not words:
                continue
            tool, data = MEMCACHED.get(words[0], ("", False))
            skip = data
            if tool:
                out.append(" ".join([tool, *servers.split(), *(shlex.quote(w) for w in words[1:2])]))
        return out[:MAX_LINES]
    if kind == "smtp":
        return _smtp(lines, host, port)
    if kind == "http":
        return _http(lines, host, port, tls)
    return []


def _redis(rows: list[list[str]], where: list[str]) -> list[str]:
    """Redis commands as `redis-cli` lines; the connection's own state is carried over as the client's options:
    SELECT N picks the database the next commands act on (`-n N`), AUTH logs in (`-a`, `--user`), QUIT ends it."""
    out: list[str] = []
    opts = list(where)
    for row in rows[:MAX_LINES]:
        head = row[0].lower() if row else ""
        if head == "select" and len(row) == 2:
            opts = [*[o for i, o in enumerate(opts) if o != "-n" and (i == 0 or opts[i - 1] != "-n")], "-n", row[1]]
        elif head == "auth" and len(row) in (2, 3):
            opts += ["--user", row[1], "-a", row[2]] if len(row) == 3 else ["-a", row[1]]
        elif head and head != "quit":
            out.append(" ".join(["redis-cli", *(shlex.quote(o) for o in opts), *(shlex.quote(w) for w in row)]))
    return out


def _split(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError:
        return line.split()


def _smtp(lines: list[str], host: str, port: str) -> list[str]:
    """A message sent: MAIL FROM, RCPT TO and a DATA that follows them (RFC 5321 3.3)."""
    sender, rcpts, subject, data = "", [], "", False
    for ln in lines:
        up = ln.upper().lstrip()
        if up.startswith("MAIL FROM"):
            m = _ADDR.search(ln.split(":", 1)[-1])
            sender = (m.group(1) or m.group(2) or "") if m else ""
        elif up.startswith("RCPT TO"):
            m = _ADDR.search(ln.split(":", 1)[-1])
            if m:
                rcpts.append(m.group(1) or m.group(2) or "")
        elif up.startswith("DATA") and rcpts:
            data = True
        elif data and not subject and up.startswith("SUBJECT:"):
            subject = ln.split(":", 1)[1].strip()
    if not data:
        return []  # a dialogue that sends nothing (HELO, VRFY, RCPT probes, QUIT)
    line = f"swaks --server {shlex.quote(host)}:{port} --from {shlex.quote(sender or '<>')} --to " + shlex.quote(",".join(rcpts))
    return [line + (f" --header {shlex.quote('Subject: ' + subject)}" if subject else "")]


def _http(lines: list[str], host: str, port: str, tls: bool) -> list[str]:
    """Raw HTTP/1.x requests whose method writes, as the same request made with curl."""
    out: list[str] = []
    i = 0
    while i < len(lines) and len(out) < 8:
        m = _HTTP_LINE.match(lines[i])
        if m is None:
            i += 1
            continue
        method, path = m.group(1), m.group(2)
        headers: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].strip():
            headers.append(lines[j].strip())
            j += 1
        body = "\n".join(ln for ln in lines[j + 1 :] if not _HTTP_LINE.match(ln)).strip()
        i = j + 1
        if method not in _HTTP_WRITES:
            continue
        named = next((h.split(":", 1)[1].strip() for h in headers if h.lower().startswith("host:")), "")
        scheme = "https" if tls or port in ("443", "8443") else "http"
        authority = named or (host if port in ("", "80", "443") else f"{host}:{port}")
        url = path if "://" in path else f"{scheme}://{authority}{path if path.startswith('/') else '/' + path}"
        parts = ["curl", "-sS", "-X", method, shlex.quote(url)]
        for h in headers:
            if not h.lower().startswith(("host:", "content-length:", "connection:")):
                parts += ["-H", shlex.quote(h)]
        if body:
            parts += ["--data-raw", shlex.quote(body[:4000])]
        out.append(" ".join(parts))
    return out


def spoken(cmd: Command, lw: Lowerer) -> tuple[str, str, bool, str] | None:
    """(host, port, TLS, text) when `cmd` writes known text to a socket."""
    if cmd.name in PROGRAMS:
        got = _target(cmd)
        if got is None:
            return None
        text = _fed(lw, cmd)
        return (*got, text) if text else None
    if cmd.name in ("echo", "printf") and cmd.redirects and not any(w.dynamic for w in cmd.argv[1:]):
        for r in cmd.redirects:
            m = _DEV_TCP.match(r.target.value) if r.target is not None and r.op in (">", ">>", ">|", "&>") else None
            if m:
                out = echo_output(cmd.args) if cmd.name == "echo" else printf_output(cmd.args)
                return (m.group(1), m.group(2), False, out) if out else None
    return None


def lower(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower the acts of the protocol text `cmd` writes to a socket as its own client's commands, on that host."""
    got = spoken(cmd, lw)
    if got is None:
        return
    host, port, tls, text = got
    kind = protocol(text, port, host)
    label = f"{cmd.name} {host}{':' + port if port else ''} ({kind} protocol)"
    for line in commands(text, host, port, tls):
        lw.source(line, via=(*cmd.via, label), privileged=False, remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)


def typed(cmd: Command, pos: Sequence[Word]) -> str | None:
    """The text a client's input carries when it is a protocol's commands typed in the command (`printf 'INFO\\r\\n'
    | nc h 6379`), else None: such text is no local data sent out; its acts are lowered by `lower`."""
    text, known = cmd.stdin_text()
    return text if known and literal_protocol(text, pos[1].value if len(pos) > 1 else "") else None


def literal_protocol(text: str | None, port: str = "", detail: str = "") -> bool:
    """The text is a protocol's commands (read as such above), not data: typed in the command, not read from here.
    Without a port, the well-known ports the command line (`detail`) names (`delete k` at memcached's 11211)."""
    ports = (port,) if port else (*(p for p in _NUMBERS.findall(detail) if p in PORTS), "")
    return bool(text) and any(protocol(text or "", p, "") != "" for p in ports)
