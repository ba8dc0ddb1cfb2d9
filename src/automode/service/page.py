"""The decision page (automode.audit.static) served by the team service, over its shared audit trail (issue 16).

The same page and JSON API as `automode ui` (automode.audit.webapi), for a team instead of one person: it reads the
service's audit store (PostgreSQL, shared by every worker and every developer pointed at it) and filters by developer
(`user`) and project. Authentication, without ever a token in a URL:

* API clients send `Authorization: Bearer <token>` (a token of the service's token file).
* A browser gets a login form at `/`; posting a token there sets a session cookie (HttpOnly, SameSite=Strict, Secure
  behind https) that holds an expiry and the team name signed with the token (HMAC-SHA256), never the token. Workers
  share nothing, and none needs to: any worker checks the signature against its token list, so removing a token from
  the file also ends its sessions.

Writes (answering a pending ask) need the session or bearer token, a JSON body and no foreign Origin, which a
cross-site form cannot produce.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import time
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from automode.audit import webapi

COOKIE = "automode_session"
SESSION_S = 12 * 3600
_EVENT_POLL = 0.5
_STREAM_S = 25.0  # an event stream ends after this; the browser reconnects (Last-Event-ID) to another worker maybe
_LOGIN = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>automode: sign in</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/style.css"></head><body><header><h1>automode</h1></header>
<main><form id="login" method="post" action="/login"><h2>Sign in to the team's decisions</h2>{message}
<label>token <input id="token" name="token" type="password" autocomplete="current-password" required autofocus></label>
<button type="submit">Sign in</button>
<p class="muted">A token from the service's token file. It is sent once, in this form's body; the session is a cookie
that holds no token.</p></form></main></body></html>"""


def _mac(token: str, payload: str) -> str:
    return hmac.new(token.encode(), payload.encode(), hashlib.sha256).hexdigest()


def session_cookie(token: str, team: str, now: float | None = None) -> str:
    exp = int((time.time() if now is None else now) + SESSION_S)
    payload = f"{exp}.{base64.urlsafe_b64encode(team.encode()).decode()}"
    return f"{payload}.{_mac(token, payload)}"


def team_of_cookie(value: str, tokens: Mapping[str, str], now: float | None = None) -> str | None:
    """The team of a valid, unexpired session cookie (signed by one of `tokens`), else None."""
    payload, _, mac = value.rpartition(".")
    exp, _, team_b64 = payload.partition(".")
    if not mac or not exp.isdigit() or int(exp) < (time.time() if now is None else now):
        return None
    try:
        team = base64.urlsafe_b64decode(team_b64.encode()).decode()
    except ValueError:
        return None
    ok = None
    for token, name in tokens.items():  # every token is tried: the time does not say which one matched
        if hmac.compare_digest(_mac(token, payload), mac) and name == team:
            ok = team
    return ok


def _headers(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    return {**webapi.SECURITY_HEADERS, **(extra or {})}


def routes(tokens: Mapping[str, str], team_of_bearer: Any, store_url: Any) -> list[Route]:
    """The page's routes. `team_of_bearer(request)` checks a bearer token (None when missing/unknown);
    `store_url()` names the audit store to read."""

    def who(request: Request) -> str | None:
        team = team_of_bearer(request)
        if team is not None:
            return str(team)
        value = request.cookies.get(COOKIE)
        return team_of_cookie(value, tokens) if value else None

    def same_origin(request: Request) -> bool:
        """A request from the page itself. Browsers say so in Sec-Fetch-Site; under the page's no-referrer policy a
        form's POST carries `Origin: null`, so Origin is compared only when it names one."""
        site = request.headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return False
        origin = request.headers.get("origin")
        if origin is None or origin == "null":
            return site is not None or origin is None
        host = request.headers.get("host", "")
        return origin in (f"http://{host}", f"https://{host}")

    def secure(request: Request) -> bool:
        return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"

    def refuse(status: int = 401, message: str = "sign in first (or send Authorization: Bearer <token>)") -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status, headers=_headers())

    def login_page(message: str = "", status: int = 200) -> Response:
        text = _LOGIN.format(message=f'<p class="error">{html.escape(message)}</p>' if message else "")
        return Response(text, status_code=status, media_type="text/html; charset=utf-8", headers=_headers())

    def store() -> Any:
        from automode.audit.store import open_store

        return open_store(store_url())

    def index(request: Request) -> Response:
        team = who(request)
        if team is None:
            return login_page()
        return Response(webapi.page("", team=team or "(unnamed token)"), media_type="text/html; charset=utf-8",
                        headers=_headers())  # fmt: skip

    async def login(request: Request) -> Response:
        if not same_origin(request):
            return refuse(403, "cross-site sign-in refused")
        body = (await request.body())[:4096].decode("utf-8", errors="replace")
        given = (parse_qs(body).get("token") or [""])[0].strip()
        match: tuple[str, str] | None = None
        for token, name in tokens.items():
            if hmac.compare_digest(token.encode(), given.encode()):
                match = (token, name)
        if match is None:
            return login_page("That token is not one of this service's.", 401)
        resp = RedirectResponse("/", status_code=303, headers=_headers())
        resp.set_cookie(COOKIE, session_cookie(*match), max_age=SESSION_S, httponly=True, samesite="strict",
                        secure=secure(request), path="/")  # fmt: skip
        return resp

    def logout(request: Request) -> Response:
        if not same_origin(request):
            return refuse(403, "cross-site request refused")
        resp = RedirectResponse("/", status_code=303, headers=_headers())
        resp.delete_cookie(COOKIE, path="/")
        return resp

    def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in webapi.STATIC:
            return refuse(404, "not found")
        return Response(webapi.static(name), media_type=webapi.STATIC[name], headers=_headers())

    def api(fn: Any) -> Any:
        def endpoint(request: Request) -> Response:
            if who(request) is None:
                return refuse()
            s = store()
            try:
                out = fn(s, request)
            finally:
                s.close()
            if isinstance(out, Response):
                return out
            return JSONResponse(out, headers=_headers())

        return endpoint

    def decisions(s: Any, request: Request) -> Any:
        return webapi.decisions(s, dict(request.query_params))

    def detail(s: Any, request: Request) -> Any:
        out = webapi.detail(s, request.path_params["uid"])
        return out if out is not None else refuse(404, "no such decision")

    def stats(s: Any, request: Request) -> Any:
        return webapi.stats(s, dict(request.query_params))

    def asks(s: Any, request: Request) -> Any:
        return webapi.asks(s)

    async def answer(request: Request) -> Response:
        team = who(request)
        if team is None:
            return refuse()
        if not same_origin(request):
            return refuse(403, "cross-site request refused")
        if not request.headers.get("content-type", "").startswith("application/json"):
            return refuse(415, "JSON body required")
        try:
            body = json.loads((await request.body())[:10_000] or b"{}")
        except ValueError:
            return refuse(400, "bad JSON")
        import asyncio

        def run() -> tuple[int, dict[str, Any]]:
            s = store()
            try:
                return webapi.answer(s, request.path_params["ask_id"], body, by=f"web:{team or 'team'}")
            finally:
                s.close()

        code, out = await asyncio.to_thread(run)
        return JSONResponse(out, status_code=code, headers=_headers())

    def events(request: Request) -> Response:
        if who(request) is None:
            return refuse()
        last_id = request.headers.get("last-event-id") or request.query_params.get("after") or ""

        def stream() -> Iterator[bytes]:
            s = store()
            try:
                last = int(last_id) if last_id.isdigit() else s.max_id()
                seen = ""
                yield b"retry: 1000\n\n"
                end = time.monotonic() + _STREAM_S
                while time.monotonic() < end:
                    evs, last, seen = webapi.new_events(s, last, seen)
                    for name, data in evs:
                        yield f"id: {last}\nevent: {name}\ndata: {json.dumps(data, default=str)}\n\n".encode()
                    time.sleep(_EVENT_POLL)
            finally:
                s.close()

        return StreamingResponse(stream(), media_type="text/event-stream", headers=_headers())

    return [
        Route("/", index, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/api/decisions", api(decisions), methods=["GET"]),
        Route("/api/decision/{uid}", api(detail), methods=["GET"]),
        Route("/api/stats", api(stats), methods=["GET"]),
        Route("/api/asks", api(asks), methods=["GET"]),
        Route("/api/asks/{ask_id}", answer, methods=["POST"]),
        Route("/api/events", events, methods=["GET"]),
    ]
