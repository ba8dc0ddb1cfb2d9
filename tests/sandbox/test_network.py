"""Real processes in the sandbox against servers this test starts on the host's loopback."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import RunFn, write_user_config

pytestmark = pytest.mark.usefixtures("bwrap_ready")


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = f"hello from {self.server.server_address[0]}".encode()  # type: ignore[index]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def servers() -> Iterator[tuple[int, int]]:
    """HTTP servers on 127.0.0.1 (to be trusted) and 127.0.0.2 (not); Linux routes all of 127/8 to loopback."""
    started = []
    for addr in ("127.0.0.1", "127.0.0.2"):
        srv = http.server.ThreadingHTTPServer((addr, 0), _Hello)
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        started.append(srv)
    yield started[0].server_address[1], started[1].server_address[1]
    for srv in started:
        srv.shutdown()
        srv.server_close()


CLIENT = """
import http.client, os, sys, urllib.request
a, b = int(sys.argv[1]), int(sys.argv[2])
def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode()
    except Exception as e:
        return f"ERR {getattr(e, 'code', type(e).__name__)}"
print("plain-a:", get(f"http://127.0.0.1:{a}/"))
print("plain-b:", get(f"http://127.0.0.2:{b}/"))
def tunnel(host, port):
    c = http.client.HTTPConnection("127.0.0.1", 3128, timeout=5)
    c.set_tunnel(host, port)
    try:
        c.request("GET", "/")
        return c.getresponse().read().decode()
    except OSError as e:
        return f"ERR {e}"
print("connect-a:", tunnel("127.0.0.1", a))
print("connect-b:", tunnel("127.0.0.2", b))
"""


def test_net_none_cannot_reach_host_loopback(automode_run: RunFn) -> None:
    srv = socket.create_server(("127.0.0.1", 0))
    srv.settimeout(0.2)
    port = srv.getsockname()[1]
    code = (
        "import socket,sys\n"
        f"try:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\nexcept OSError as e:\n"
        "    print('blocked', type(e).__name__); sys.exit(3)\nprint('connected')"
    )
    with srv:
        r = automode_run("--sandbox", "--net", "none", "--", "python3", "-c", code)
        with pytest.raises(TimeoutError):
            srv.accept()  # nothing got through
    assert r.returncode == 3 and r.stdout.startswith("blocked"), (r.stdout, r.stderr)


def test_net_trusted_reaches_only_trusted_hosts(
    automode_run: RunFn, home: Path, servers: tuple[int, int]
) -> None:
    a, b = servers
    write_user_config(home, '[trust]\nhosts = ["127.0.0.1"]\n')
    # NO_PROXY is emptied so that the client sends even 127.0.0.1 through the proxy, as it would a real host.
    r = automode_run(
        "--sandbox", "--net", "trusted", "--", "env", "NO_PROXY=", "no_proxy=", "python3", "-c", CLIENT, str(a), str(b)
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    lines = dict(line.split(": ", 1) for line in r.stdout.splitlines())
    assert lines["plain-a"] == "hello from 127.0.0.1"
    assert lines["plain-b"] == "ERR 403"
    assert lines["connect-a"] == "hello from 127.0.0.1"
    assert lines["connect-b"].startswith("ERR") and "403" in lines["connect-b"]
    log = [json.loads(x) for x in (home / ".local/share/automode/egress.jsonl").read_text().splitlines()]
    seen = {(e["method"], e["host"], e["verdict"]) for e in log}
    assert seen == {("GET", "127.0.0.1", "allow"), ("GET", "127.0.0.2", "deny"),
                    ("CONNECT", "127.0.0.1", "allow"), ("CONNECT", "127.0.0.2", "deny")}  # fmt: skip
    assert len({e["session"] for e in log}) == 1


def test_net_trusted_has_no_direct_route(automode_run: RunFn, servers: tuple[int, int]) -> None:
    a, _ = servers
    code = f"import socket\ntry:\n    socket.create_connection(('127.0.0.2', {a}), timeout=2)\nexcept OSError:\n    print('blocked')"
    r = automode_run("--sandbox", "--net", "trusted", "--", "python3", "-c", code)
    assert r.stdout == "blocked\n", r.stderr


def test_net_all_reaches_host(automode_run: RunFn, servers: tuple[int, int]) -> None:
    a, _ = servers
    code = f"import urllib.request\nprint(urllib.request.urlopen('http://127.0.0.1:{a}/', timeout=5).read().decode())"
    r = automode_run("--sandbox", "--net", "all", "--", "python3", "-c", code)
    assert r.stdout == "hello from 127.0.0.1\n", r.stderr
