"""The egress proxy for `--net trusted`: an HTTP proxy on a Unix socket, outside the sandbox.

HTTPS (and any TCP) goes through `CONNECT host:port`; plain HTTP through absolute-form requests
(`GET http://host/path`). Either way the host name the client asked for is checked against the trust policy
before automode opens a connection, and every request is logged. The sandbox has no other route out: its network
namespace holds only loopback, where the in-sandbox forwarder (forwarder.py) relays 127.0.0.1:3128 to this socket.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading

from automode.sandbox.egress_log import EgressLog
from automode.sandbox.forwarder import relay
from automode.sandbox.trust import HostPolicy, normalise_host

MAX_HEAD = 64 * 1024
HEAD_TIMEOUT = 30.0
CONNECT_TIMEOUT = 10.0


class ProxyError(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


def _read_head(conn: socket.socket) -> tuple[bytes, bytes]:
    """The request head (through the blank line) and whatever body bytes came with it."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = conn.recv(8192)
        if not chunk:
            raise ProxyError("400 Bad Request", "connection closed before the request head ended")
        buf += chunk
        if len(buf) > MAX_HEAD:
            raise ProxyError("431 Request Header Fields Too Large", "request head too large")
    head, _, rest = buf.partition(b"\r\n\r\n")
    return head, rest


def split_host_port(authority: str, default_port: int) -> tuple[str, int]:
    if authority.startswith("["):  # [v6]:port
        host, _, tail = authority[1:].partition("]")
        port = tail[1:] if tail.startswith(":") else ""
    elif authority.count(":") == 1:
        host, _, port = authority.partition(":")
    else:
        host, port = authority, ""
    if port and not port.isdigit():
        raise ProxyError("400 Bad Request", f"bad port in {authority!r}")
    p = int(port) if port else default_port
    if not host or not 0 < p < 65536:
        raise ProxyError("400 Bad Request", f"bad address {authority!r}")
    return normalise_host(host), p


def parse_request(head: bytes) -> tuple[str, str, int, bytes | None]:
    """(method, host, port, head to send upstream or None for CONNECT)."""
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        raise ProxyError("400 Bad Request", "malformed request line")
    method, target, version = parts
    if method.upper() == "CONNECT":
        host, port = split_host_port(target, 443)
        return "CONNECT", host, port, None
    if not target.lower().startswith("http://"):
        raise ProxyError("400 Bad Request", "only absolute http:// requests and CONNECT are proxied")
    rest = target[7:]
    authority, slash, path = rest.partition("/")
    host, port = split_host_port(authority.rpartition("@")[2], 80)
    # Forward in origin form; one request per upstream connection keeps the host check exact.
    headers = [
        h for h in lines[1:] if h and not h.lower().startswith(("proxy-", "connection:", "keep-alive:"))
    ]
    upstream = "\r\n".join([f"{method} {slash}{path} {version}", *headers, "Connection: close", "", ""])
    return method, host, port, upstream.encode("latin-1")


def _handle(conn: socket.socket, policy: HostPolicy, log: EgressLog) -> None:
    conn.settimeout(HEAD_TIMEOUT)
    method, host, port = "?", "?", 0
    try:
        head, rest = _read_head(conn)
        method, host, port, upstream_head = parse_request(head)
        rule = policy.match(host)
        if rule is None:
            log.record(method, host, port, "deny", None)
            raise ProxyError(
                "403 Forbidden",
                f"automode sandbox: {host} is not a trusted host; add it to [trust] hosts or domains in "
                "~/.config/automode/config.toml, or run with --net all",
            )
        try:
            up = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
        except OSError as e:
            log.record(method, host, port, "allow", rule, error=str(e))
            raise ProxyError("502 Bad Gateway", f"automode sandbox: cannot reach {host}:{port}: {e}") from e
        log.record(method, host, port, "allow", rule)
    except ProxyError as e:
        body = (str(e) + "\n").encode()
        head_out = f"HTTP/1.1 {e.status}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n"
        with contextlib.suppress(OSError):
            conn.sendall(head_out.encode() + b"Connection: close\r\n\r\n" + body)
        return
    except OSError:
        return
    with up:
        conn.settimeout(None)
        up.settimeout(None)
        try:
            if upstream_head is None:
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                up.sendall(upstream_head)
            if rest:
                up.sendall(rest)
        except OSError:
            return
        relay(conn, up)


class EgressProxy:
    """Serves on `socket_path` in a background thread, one thread per connection, until `close()`."""

    def __init__(self, socket_path: str, policy: HostPolicy, log: EgressLog) -> None:
        self.socket_path = socket_path
        self.policy = policy
        self.log = log
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(socket_path)
        os.chmod(socket_path, 0o600)
        self._listener.listen(128)
        self._thread = threading.Thread(target=self._serve, name="automode-egress", daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # closed
            threading.Thread(target=self._serve_one, args=(conn,), daemon=True).start()

    def _serve_one(self, conn: socket.socket) -> None:
        with conn:
            _handle(conn, self.policy, self.log)

    def start(self) -> EgressProxy:
        self._thread.start()
        return self

    def close(self) -> None:
        # shutdown() wakes the blocked accept() at once (no polling loop to wait out).
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._thread.join(timeout=1)
        with contextlib.suppress(OSError):
            os.unlink(self.socket_path)
