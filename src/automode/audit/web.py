"""`automode ui`: a local page with the live decision feed, filters, details, charts and the pending-ask queue.

Standard library only (ThreadingHTTPServer), bound to 127.0.0.1. Every request must carry the random token (in the
URL for the page, its assets and the event stream; in the `X-Automode-Token` header for API calls from the page),
a Host of 127.0.0.1/localhost on our port (against DNS rebinding), and no foreign Origin. Answers (POST) need the
header token and a JSON body, which a cross-site form or image can't send. No remote assets; a strict CSP.

The server reads the audit store like any other client: hook processes write, the page polls for new rows (the
event stream pushes them), so the page is never on a decision's path.
"""

from __future__ import annotations

import hmac
import html
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from automode.audit import webapi
from automode.audit.store import Store, open_store

_PRESETS = ("user", "project")  # filters a login link may carry to the page (`automode ui --user/--project`)
_EVENT_POLL = 0.4
NONCE_TTL_S = 120.0
COOKIE = "automode_ui"
_KEEPALIVE = 10.0
# Kept for callers of the old names; the page's API lives in automode.audit.webapi.
rule_docs = webapi.rule_docs
effects_of = webapi.effects_of


class UIServer:
    """The page's HTTP server. `start()` serves on a background thread; `url` has the token."""

    def __init__(self, store_url: str, *, port: int = 0, token: str | None = None) -> None:
        self.store_url = store_url
        self.token = token or secrets.token_urlsafe(24)
        self.stopping = threading.Event()
        self._nonces: dict[str, float] = {}  # one-time login nonces -> expiry (monotonic)
        self._nonce_lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"ui": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self._thread: threading.Thread | None = None
        store = open_store(store_url)  # create the schema up front, fail early on a bad URL
        store.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?token={self.token}"

    def one_time_url(self, ttl: float = NONCE_TTL_S, filters: dict[str, str] | None = None) -> str:
        """A URL that logs one browser in once, within `ttl` seconds, without the token in it: `/open?nonce=…`
        sets the token as an HttpOnly, SameSite=Strict cookie and redirects to the page."""
        nonce = secrets.token_urlsafe(24)
        with self._nonce_lock:
            self._nonces[nonce] = time.monotonic() + ttl
        extra = "".join(f"&{k}={quote(v)}" for k, v in (filters or {}).items() if k in _PRESETS and v)
        return f"http://127.0.0.1:{self.port}/open?nonce={nonce}{extra}"

    def redeem(self, nonce: str) -> bool:
        """Use up a nonce; True only the first time, before it expires."""
        with self._nonce_lock:
            expiry = self._nonces.pop(nonce, None)
        return expiry is not None and time.monotonic() < expiry

    def launch_file(self, filters: dict[str, str] | None = None) -> str:
        """A 0600 HTML file (in a fresh 0700 directory) that sends the browser to a one-time URL: what `ui --open`
        hands the browser, so neither the token nor a reusable secret is on any command line."""
        import os
        import tempfile

        d = tempfile.mkdtemp(prefix="automode-ui-")
        path = os.path.join(d, "open.html")
        url = html.escape(self.one_time_url(filters=filters), quote=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(f'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={url}">'
                    f'<title>automode</title><a href="{url}">open automode</a>\n')
        return path

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
        )
        self._thread.start()

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def store(self) -> Store:
        return open_store(self.store_url)


class _Handler(BaseHTTPRequestHandler):
    ui: UIServer
    server_version = "automode-ui"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the terminal shows the URL only
        pass

    # --- guards ---------------------------------------------------------------------------------------------
    def _allowed_origins(self) -> tuple[str, ...]:
        p = self.ui.port
        return (f"http://127.0.0.1:{p}", f"http://localhost:{p}")

    def _check(self, *, header_token: bool) -> bool:
        p = self.ui.port
        if self.headers.get("Host", "") not in (f"127.0.0.1:{p}", f"localhost:{p}"):
            return self._deny("bad host")
        origin = self.headers.get("Origin")
        if origin is not None and origin not in self._allowed_origins():
            return self._deny("cross-origin request refused")
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return self._deny("cross-site request refused")
        supplied = self.headers.get("X-Automode-Token", "")
        if not header_token and not supplied:
            supplied = parse_qs(urlsplit(self.path).query).get("token", [""])[0] or self._cookie()
        if not supplied or not hmac.compare_digest(supplied.encode(), self.ui.token.encode()):
            return self._deny("missing or wrong token")
        return True

    def _cookie(self) -> str:
        from http.cookies import CookieError, SimpleCookie

        try:
            jar = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            return ""
        morsel = jar.get(COOKIE)
        return morsel.value if morsel is not None else ""

    def _open(self) -> None:
        """`/open?nonce=…`: a one-time login (see UIServer.one_time_url)."""
        nonce = parse_qs(urlsplit(self.path).query).get("nonce", [""])[0]
        if not nonce or not self.ui.redeem(nonce):
            self._deny("this link was already used or has expired: run `automode ui --open` again")
            return
        # A page of our own origin moves on to "/": the navigation is then same-origin, so the Strict cookie goes
        # with it (a redirect would keep the cross-site origin of the file the browser was opened on).
        q = parse_qs(urlsplit(self.path).query)
        preset = urlencode({k: q[k][0] for k in _PRESETS if q.get(k)})
        target = html.escape("/" + (f"?{preset}" if preset else ""), quote=True)
        body = f'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={target}"><title>automode</title>'.encode()
        self.send_response(200)
        self.send_header("Set-Cookie", f"{COOKIE}={self.ui.token}; HttpOnly; SameSite=Strict; Path=/")
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self._common_headers()
        self.end_headers()
        self.wfile.write(body)

    def _deny(self, why: str) -> bool:
        self._send(403, json.dumps({"error": why}).encode(), "application/json")
        return False

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self._common_headers()
        self.end_headers()
        self.wfile.write(body)

    def _common_headers(self) -> None:
        for k, v in webapi.SECURITY_HEADERS.items():
            self.send_header(k, v)

    def _json(self, obj: Any, code: int = 200) -> None:
        self._send(code, json.dumps(obj, default=str).encode(), "application/json")

    # --- routes ---------------------------------------------------------------------------------------------
    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        q = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        api = path.startswith("/api/") and path != "/api/events"
        if path == "/open":
            p = self.ui.port
            if self.headers.get("Host", "") in (f"127.0.0.1:{p}", f"localhost:{p}"):
                self._open()
            else:
                self._deny("bad host")
            return
        if not self._check(header_token=api):
            return
        try:
            if path in ("/", "/index.html"):
                self._send(200, webapi.page(self.ui.token), "text/html; charset=utf-8")
            elif path.startswith("/static/") and path[8:] in webapi.STATIC:
                self._send(200, webapi.static(path[8:]), webapi.STATIC[path[8:]])
            elif path == "/api/decisions":
                self._decisions(q)
            elif path.startswith("/api/decision/"):
                self._detail(path.rsplit("/", 1)[1])
            elif path == "/api/stats":
                self._stats(q)
            elif path == "/api/asks":
                self._asks()
            elif path == "/api/events":
                self._events(q)
            else:
                self._json({"error": "not found"}, 404)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_POST(self) -> None:
        if not self._check(header_token=True):
            return
        path = urlsplit(self.path).path
        if not path.startswith("/api/asks/"):
            self._json({"error": "not found"}, 404)
            return
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            self._json({"error": "JSON body required"}, 415)
            return
        length = min(int(self.headers.get("Content-Length") or 0), 10_000)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._json({"error": "bad JSON"}, 400)
            return
        store = self.ui.store()
        try:
            code, out = webapi.answer(store, path.rsplit("/", 1)[1], body, by="web")
        finally:
            store.close()
        self._json(out, code)

    def do_PUT(self) -> None:
        self._json({"error": "method not allowed"}, 405)

    do_DELETE = do_PUT

    # --- API (automode.audit.webapi) ---------------------------------------------------------------------------
    def _decisions(self, q: dict[str, str]) -> None:
        store = self.ui.store()
        try:
            self._json(webapi.decisions(store, q))
        finally:
            store.close()

    def _detail(self, uid: str) -> None:
        store = self.ui.store()
        try:
            out = webapi.detail(store, uid)
        finally:
            store.close()
        self._json(out if out is not None else {"error": "no such decision"}, 200 if out is not None else 404)

    def _stats(self, q: dict[str, str]) -> None:
        store = self.ui.store()
        try:
            self._json(webapi.stats(store, q))
        finally:
            store.close()

    def _asks(self) -> None:
        store = self.ui.store()
        try:
            self._json(webapi.asks(store))
        finally:
            store.close()

    def _events(self, q: dict[str, str]) -> None:
        """Server-sent events: `decision` for each new row, `asks` whenever the pending queue changes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self._common_headers()
        self.end_headers()
        store = self.ui.store()
        try:
            last = int(q["after"]) if q.get("after", "").isdigit() else store.max_id()
            seen_asks = ""
            ping = time.monotonic()
            while not self.ui.stopping.is_set():
                events, last, seen_asks = webapi.new_events(store, last, seen_asks)
                for name, data in events:
                    self._event(name, data)
                if time.monotonic() - ping > _KEEPALIVE:
                    self.wfile.write(b": ping\n\n")
                    self.wfile.flush()
                    ping = time.monotonic()
                self.ui.stopping.wait(_EVENT_POLL)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
        finally:
            store.close()

    def _event(self, name: str, data: Any) -> None:
        self.wfile.write(f"event: {name}\ndata: {json.dumps(data, default=str)}\n\n".encode())
        self.wfile.flush()
