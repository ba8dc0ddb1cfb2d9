"""The egress proxy in-process over its Unix socket: host checks, logging and the audit hook."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from automode.sandbox.egress_log import EgressEvent, EgressLog, add_egress_hook, remove_egress_hook
from automode.sandbox.proxy import EgressProxy, ProxyError, parse_request
from automode.sandbox.trust import HostPolicy


@pytest.fixture
def echo_port() -> Iterator[int]:
    srv = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                c, _ = srv.accept()
            except OSError:
                return
            with c:
                c.sendall(b"echo:" + c.recv(100))

    threading.Thread(target=serve, daemon=True).start()
    yield srv.getsockname()[1]
    srv.close()


@pytest.fixture
def proxy(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    sock = str(tmp_path / "p.sock")
    log = tmp_path / "egress.jsonl"
    p = EgressProxy(sock, HostPolicy(frozenset({"127.0.0.1"}), ()), EgressLog(log, "s1")).start()
    yield sock, log
    p.close()


def _ask(sock_path: str, request: bytes, then: bytes = b"") -> bytes:
    with socket.socket(socket.AF_UNIX) as s:
        s.settimeout(5)
        s.connect(sock_path)
        s.sendall(request)
        out = s.recv(4096)
        if then:
            s.sendall(then)
            s.shutdown(socket.SHUT_WR)
            while chunk := s.recv(4096):
                out += chunk
        return out


def test_connect_allowed_and_denied(proxy: tuple[str, Path], echo_port: int) -> None:
    sock, log = proxy
    events: list[EgressEvent] = []
    add_egress_hook(events.append)
    try:
        ok = _ask(sock, f"CONNECT 127.0.0.1:{echo_port} HTTP/1.1\r\nHost: x\r\n\r\n".encode(), then=b"ping")
        denied = _ask(sock, f"CONNECT localhost:{echo_port} HTTP/1.1\r\n\r\n".encode())
    finally:
        remove_egress_hook(events.append)
    assert ok.startswith(b"HTTP/1.1 200") and ok.endswith(b"echo:ping")
    assert denied.startswith(b"HTTP/1.1 403") and b"localhost is not a trusted host" in denied
    assert [(e["host"], e["verdict"], e["session"]) for e in events] == [
        ("127.0.0.1", "allow", "s1"),
        ("localhost", "deny", "s1"),
    ]
    assert len(log.read_text().splitlines()) == 2


def test_bad_requests(proxy: tuple[str, Path]) -> None:
    sock, _ = proxy
    assert _ask(sock, b"GET /relative HTTP/1.1\r\n\r\n").startswith(b"HTTP/1.1 400")
    assert _ask(sock, b"CONNECT 127.0.0.1:99999 HTTP/1.1\r\n\r\n").startswith(b"HTTP/1.1 400")


def test_parse_request_rewrites_absolute_form() -> None:
    method, host, port, head = parse_request(
        b"GET http://Example.COM:8080/a?b=1 HTTP/1.1\r\nHost: example.com\r\nProxy-Authorization: x\r\n"
        b"Connection: keep-alive"
    )
    assert (method, host, port) == ("GET", "example.com", 8080)
    assert head == b"GET /a?b=1 HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n"
    assert parse_request(b"CONNECT [::1]:443 HTTP/1.1")[1:3] == ("::1", 443)
    with pytest.raises(ProxyError):
        parse_request(b"GET ftp://x/ HTTP/1.1")
