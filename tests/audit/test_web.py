"""The page server over plain HTTP: token, Host and Origin checks, the JSON API, the event stream."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from automode.audit.asks import open_ask, wait_for_answer
from automode.audit.store import open_store
from automode.audit.web import UIServer
from automode.model import Action, Context, Decision

from .web_fixtures import server


@pytest.fixture
def ui(db_path: str) -> Iterator[UIServer]:
    with server(db_path) as s:
        yield s


def req(ui: UIServer, method: str, path: str, *, headers: dict[str, str] | None = None, body: bytes | None = None,
        token: str | None = "header") -> tuple[int, bytes, http.client.HTTPResponse]:  # fmt: skip
    h = {"Host": f"127.0.0.1:{ui.port}"}
    if token == "header":
        h["X-Automode-Token"] = ui.token
    elif token == "query":
        path += ("&" if "?" in path else "?") + f"token={ui.token}"
    h.update(headers or {})
    conn = http.client.HTTPConnection("127.0.0.1", ui.port, timeout=10)
    conn.request(method, path, body=body, headers=h)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data, resp


def test_token_required_everywhere(ui: UIServer) -> None:
    for path in ("/", "/static/app.js", "/api/decisions", "/api/asks", "/api/events", "/api/stats"):
        assert req(ui, "GET", path, token=None)[0] == 403, path
        assert req(ui, "GET", path, token=None, headers={"X-Automode-Token": "wrong"})[0] == 403, path
    assert req(ui, "GET", "/?token=nope", token=None)[0] == 403
    status, body, resp = req(ui, "GET", "/", token="query")
    assert status == 200 and ui.token.encode() in body and b"https://" not in body  # no remote assets
    assert "default-src 'none'" in resp.getheader("Content-Security-Policy", "")


def test_api_needs_header_token_not_query(ui: UIServer) -> None:
    assert req(ui, "GET", "/api/decisions", token="query")[0] == 403
    assert req(ui, "POST", "/api/asks/x", token="query", body=b'{"answer":"allow"}',
               headers={"Content-Type": "application/json"})[0] == 403  # fmt: skip


def test_foreign_origin_and_host_refused(ui: UIServer) -> None:
    assert req(ui, "GET", "/api/decisions", headers={"Origin": "http://evil.example"})[0] == 403
    assert req(ui, "GET", "/api/decisions", headers={"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert req(ui, "GET", "/api/decisions", headers={"Host": "evil.example:80"})[0] == 403  # DNS rebinding
    assert req(ui, "GET", "/api/decisions", headers={"Origin": f"http://127.0.0.1:{ui.port}"})[0] == 200
    body = b'{"answer":"allow"}'
    assert req(ui, "POST", "/api/asks/x", body=body, headers={"Origin": "http://evil.example",
               "Content-Type": "application/json"})[0] == 403  # fmt: skip
    assert req(ui, "POST", "/api/asks/x", body=body, headers={"Content-Type": "text/plain"})[0] == 415


def test_decisions_detail_stats(ui: UIServer) -> None:
    status, body, _ = req(ui, "GET", "/api/decisions?verdict=deny")
    data = json.loads(body)
    assert (
        status == 200
        and {d["verdict"] for d in data["decisions"]} == {"deny"}
        and len(data["decisions"]) == 2
    )
    status, body, _ = req(ui, "GET", "/api/decision/d1")
    d = json.loads(body)
    assert d["reason"].startswith("reason for git push") and d["rule_docs"][0]["id"] == "AM-GIT-001"
    assert d["user_messages"] == ["fix the failing test, but do not push"]
    assert isinstance(d["effects"], list)
    assert req(ui, "GET", "/api/decision/nope")[0] == 404
    stats = json.loads(req(ui, "GET", "/api/stats?since=24h")[1])
    assert sum(b["allow"] + b["ask"] + b["deny"] for b in stats["buckets"]) == 6
    assert {r["rule"] for r in stats["top_rules"]} == {"AM-GIT-001", "AM-NET-002", "AM-FS-001"}


def test_answer_ask_over_http(ui: UIServer) -> None:
    store = open_store(ui.store_url)
    ask_id = open_ask(Decision("ask", "why"), Action("Bash", {"command": "make deploy"}), Context(session_id="s"),
                      agent="gateway", timeout=30, store=store)  # fmt: skip
    got: list[str] = []
    t = threading.Thread(
        target=lambda: got.append(wait_for_answer(ask_id, 20, store=open_store(ui.store_url)))
    )
    t.start()
    asks = json.loads(req(ui, "GET", "/api/asks")[1])["asks"]
    assert [a["ask_id"] for a in asks] == [ask_id]
    hdr = {"Content-Type": "application/json"}
    assert req(ui, "POST", f"/api/asks/{ask_id}", body=b'{"answer":"maybe"}', headers=hdr)[0] == 400
    assert req(ui, "POST", f"/api/asks/{ask_id}", body=b'{"answer":"deny"}', headers=hdr)[0] == 200
    t.join(10)
    assert got == ["deny"]
    assert req(ui, "POST", f"/api/asks/{ask_id}", body=b'{"answer":"allow"}', headers=hdr)[0] == 409
    store.close()


def test_event_stream_pushes_new_decisions(ui: UIServer) -> None:
    from automode.audit.recorder import Recorder

    conn = http.client.HTTPConnection("127.0.0.1", ui.port, timeout=10)
    conn.request("GET", f"/api/events?token={ui.token}", headers={"Host": f"127.0.0.1:{ui.port}"})
    resp = conn.getresponse()
    assert resp.status == 200 and resp.getheader("Content-Type") == "text/event-stream"
    rec = Recorder(url=ui.store_url)
    rec.record(Decision("deny", "live one", ("AM-LIVE-001",)), Action("Bash", {"command": "echo live"}), None)
    assert rec.flush()
    rec.close()
    deadline = time.monotonic() + 10
    buf = b""
    while b"live one" not in buf and time.monotonic() < deadline:
        buf += resp.fp.readline()
    assert b"event: decision" in buf and b"live one" in buf
    conn.close()


def test_ui_open_puts_no_token_on_the_browser_command_line(ui: UIServer, monkeypatch: pytest.MonkeyPatch,
                                                           db_path: str) -> None:
    """Issue 13, finding 8d: the browser gets a file path; the file holds a one-time nonce, never the token; the
    nonce gives the page once (as an HttpOnly cookie) and then nothing."""
    import os
    import re
    import stat

    path = ui.launch_file()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700
    html = Path(path).read_text()
    assert ui.token not in html
    nonce_path = re.search(r'url=(http://127\.0\.0\.1:\d+(/open\?nonce=[\w-]+))', html).group(2)  # type: ignore[union-attr]
    status, body, resp = req(ui, "GET", nonce_path, token=None)
    assert status == 200 and b'url=/' in body
    cookie = resp.getheader("Set-Cookie") or ""
    assert cookie.startswith(f"automode_ui={ui.token};") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert req(ui, "GET", nonce_path, token=None)[0] == 403  # one time only
    status, page, _ = req(ui, "GET", "/", token=None, headers={"Cookie": f"automode_ui={ui.token}"})
    assert status == 200 and ui.token.encode() in page
    assert req(ui, "GET", "/", token=None, headers={"Cookie": "automode_ui=wrong"})[0] == 403
    # the API still wants the header token, not the cookie (a cross-site request would carry a cookie)
    assert req(ui, "GET", "/api/asks", token=None, headers={"Cookie": f"automode_ui={ui.token}"})[0] == 403

    opened: list[str] = []
    import webbrowser

    from automode.cli import main as cli_main

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)

    def stop_serving(self: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(UIServer, "serve_forever", stop_serving)
    monkeypatch.setattr(UIServer, "stop", lambda self: self.httpd.server_close())
    assert cli_main(["ui", "--open", "--db", db_path]) == 0
    assert len(opened) == 1 and opened[0].startswith("file://")
    target = opened[0].removeprefix("file://")
    assert "token" not in opened[0] and "automode_ui" not in Path(target).read_text()
