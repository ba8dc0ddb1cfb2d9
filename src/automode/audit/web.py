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
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from automode.audit.row import to_export
from automode.audit.store import Filters, Store, open_store

_STATIC = {"app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"}
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_EVENT_POLL = 0.4
NONCE_TTL_S = 120.0
COOKIE = "automode_ui"
_KEEPALIVE = 10.0


def _static(name: str) -> bytes:
    return resources.files("automode.audit").joinpath("static", name).read_bytes()


def rule_docs(rule_ids: list[str]) -> list[dict[str, Any]]:
    """Title, category and doc of each built-in rule id (config rules and unknown ids get a one-line note)."""
    out: list[dict[str, Any]] = []
    try:
        from automode.rules import REGISTRY

        by_id: dict[str, Any] = dict(REGISTRY.by_id)
    except Exception:
        by_id = {}
    for rid in rule_ids:
        r = by_id.get(rid)
        if r is None:
            note = (
                "a rule from your configuration" if rid.startswith("config:") else "no documentation recorded"
            )
            out.append({"id": rid, "title": note})
            continue
        out.append(
            {
                "id": rid,
                "title": r.title,
                "category": r.category,
                "verdict": r.verdict,
                "what": r.what,
                "why": r.why,
                "example": r.example,
                "instead": r.instead,
                "floor": r.floor,
            }
        )
    return out


def effects_of(row: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The effects recorded with the decision, else the engine's analysis of the stored (redacted) action."""
    if row.get("effects") is not None:
        eff = row["effects"]
        return eff if isinstance(eff, list) else [eff]
    try:
        from automode.analysis import analyze
        from automode.model import Action, Context

        inp = row.get("action") if isinstance(row.get("action"), dict) else {}
        cwd = row.get("cwd") or "/"
        a = analyze(
            Action(str(row.get("tool")), inp or {}, cwd),
            Context(cwd=cwd, project_root=row.get("project_root")),
        )
        return [
            {"kind": e.kind, "target": e.target, "class": e.pclass, "detail": e.detail, "origin": e.origin}
            for e in a.effects
        ] + [{"kind": "problem", "detail": p} for p in a.problems]
    except Exception:
        return None


def _buckets(rows: list[dict[str, Any]], since: float, now: float) -> dict[str, Any]:
    span = max(now - since, 3600.0)
    size = 3600.0 if span <= 2 * 86400 else 86400.0
    start = since - since % size
    n = int((now - start) // size) + 1
    buckets = [{"t": start + i * size, "allow": 0, "ask": 0, "deny": 0} for i in range(min(n, 400))]
    rules: dict[str, int] = {}
    for r in rows:
        i = int((float(r["ts"]) - start) // size)
        if 0 <= i < len(buckets) and r.get("verdict") in ("allow", "ask", "deny"):
            buckets[i][str(r["verdict"])] += 1
        for rid in r.get("rules") or []:
            rules[rid] = rules.get(rid, 0) + 1
    top = sorted(rules.items(), key=lambda kv: -kv[1])[:10]
    return {"bucket_s": size, "buckets": buckets, "top_rules": [{"rule": k, "count": v} for k, v in top]}


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

    def one_time_url(self, ttl: float = NONCE_TTL_S) -> str:
        """A URL that logs one browser in once, within `ttl` seconds, without the token in it: `/open?nonce=…`
        sets the token as an HttpOnly, SameSite=Strict cookie and redirects to the page."""
        nonce = secrets.token_urlsafe(24)
        with self._nonce_lock:
            self._nonces[nonce] = time.monotonic() + ttl
        return f"http://127.0.0.1:{self.port}/open?nonce={nonce}"

    def redeem(self, nonce: str) -> bool:
        """Use up a nonce; True only the first time, before it expires."""
        with self._nonce_lock:
            expiry = self._nonces.pop(nonce, None)
        return expiry is not None and time.monotonic() < expiry

    def launch_file(self) -> str:
        """A 0600 HTML file (in a fresh 0700 directory) that sends the browser to a one-time URL: what `ui --open`
        hands the browser, so neither the token nor a reusable secret is on any command line."""
        import os
        import tempfile

        d = tempfile.mkdtemp(prefix="automode-ui-")
        path = os.path.join(d, "open.html")
        url = self.one_time_url()
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
        body = b'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/"><title>automode</title>'
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
        self.send_header("Content-Security-Policy", _CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cache-Control", "no-store")

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
                page = _static("index.html").decode().replace("{{TOKEN}}", self.ui.token)
                self._send(200, page.encode(), "text/html; charset=utf-8")
            elif path.startswith("/static/") and path[8:] in _STATIC:
                self._send(200, _static(path[8:]), _STATIC[path[8:]])
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
        verdict = body.get("answer") if isinstance(body, dict) else None
        if verdict not in ("allow", "deny"):
            self._json({"error": "answer must be allow or deny"}, 400)
            return
        from automode.audit.asks import answer

        store = self.ui.store()
        try:
            ok = answer(path.rsplit("/", 1)[1], verdict, by="web", store=store)  # signed: see audit.asks
        except PermissionError as exc:
            self._json({"error": str(exc)}, 500)
            return
        finally:
            store.close()
        self._json({"ok": ok}, 200 if ok else 409)

    def do_PUT(self) -> None:
        self._json({"error": "method not allowed"}, 405)

    do_DELETE = do_PUT

    # --- API ------------------------------------------------------------------------------------------------
    @staticmethod
    def _filters(q: dict[str, str]) -> Filters:
        from automode.audit.stats import parse_since

        try:
            since = parse_since(q.get("since") or None)
        except ValueError:
            since = None
        return Filters(
            session=q.get("session") or None,
            verdict=q.get("verdict") or None,
            tool=q.get("tool") or None,
            rule=q.get("rule") or None,
            agent=q.get("agent") or None,
            since=since,
            text=q.get("q") or None,
        )

    def _decisions(self, q: dict[str, str]) -> None:
        store = self.ui.store()
        try:
            limit = max(1, min(int(q.get("limit") or 200), 1000))
            before = int(q["before"]) if q.get("before") else None
            rows = store.query(self._filters(q), limit=limit, before_id=before)
            self._json({"decisions": [to_export(r) for r in rows], "max_id": store.max_id()})
        finally:
            store.close()

    def _detail(self, uid: str) -> None:
        store = self.ui.store()
        try:
            row = store.get(uid)
            ask = store.get_ask(row["ask_id"]) if row and row.get("ask_id") else None
        finally:
            store.close()
        if row is None:
            self._json({"error": "no such decision"}, 404)
            return
        out = to_export(row, full=True)
        out["rule_docs"] = rule_docs(list(row.get("rules") or []))
        out["effects"] = effects_of(row)
        out["ask"] = ask
        self._json(out)

    def _stats(self, q: dict[str, str]) -> None:
        from automode.audit.stats import parse_since

        now = time.time()
        try:
            since = parse_since(q.get("since") or "24h", now) or now - 86400
        except ValueError:
            since = now - 86400
        f = self._filters({**q, "since": ""})
        f = Filters(f.session, f.verdict, f.tool, f.rule, f.agent, since, None, f.text, f.user, f.project)
        store = self.ui.store()
        try:
            rows = store.query(f, limit=200_000, columns=("ts", "verdict", "rules"))
        finally:
            store.close()
        self._json(_buckets(rows, since, now))

    def _asks(self) -> None:
        store = self.ui.store()
        try:
            store.expire_asks()
            self._json({"asks": store.asks()})
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
                rows = store.query(after_id=last, limit=500, oldest_first=True)
                for r in rows:
                    last = max(last, int(r["id"]))
                    self._event("decision", to_export(r))
                store.expire_asks()
                asks = store.asks()
                key = ",".join(a["ask_id"] for a in asks)
                if key != seen_asks:
                    seen_asks = key
                    self._event("asks", {"asks": asks})
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
