"""The same `POST /v1/decide` (and `GET /healthz`) on other ASGI frameworks, for `automode bench --serve-compare`
only (issue 16: the server and framework choice, measured). Never imported by `automode serve`.

Every candidate does what the Starlette service does on that path, in the same order: bearer token compared in
constant time, the body read under the size limit, JSON parsed (400 on error), the decision run in a thread under
the engine's deadline and `asyncio.wait_for` (an ask past it), the audit row committed before answering
(`service.app._decide_json`, the same function). Only the framework around it differs. fastapi and litestar are
not dependencies of automode: install them to measure them.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from automode.service.app import (
    ServeConfig,
    _decide_json,
    _timed,
    _timeout_decision,
    config_from_env,
    service_identity,
)


def _team(cfg: ServeConfig, authorization: str) -> str | None:
    import hmac

    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    for known, team in cfg.tokens.items():
        if hmac.compare_digest(known.encode(), token.strip().encode()):
            return team
    return None


async def decide_body(cfg: ServeConfig, service: str, authorization: str, body: bytes, peer: str) -> tuple[int, dict[str, Any]]:
    """(status, JSON answer) of `POST /v1/decide` once the body is read: the part every candidate shares."""
    team = _team(cfg, authorization)
    if team is None:
        return 401, {"error": "missing or unknown bearer token"}
    if len(body) > cfg.max_body:
        return 413, {"error": f"request body is over the limit of {cfg.max_body} bytes"}
    try:
        obj = json.loads(body.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError) as e:
        return 400, {"error": f"malformed JSON: {e}"}
    origin = {"decided_by": service, "client": f"token {team or '(unnamed)'}, from {peer}", "user": team or "unknown",
              "host": peer}  # fmt: skip
    try:
        out = await asyncio.wait_for(asyncio.to_thread(_timed, cfg.timeout_s, _decide_json, obj, origin), cfg.timeout_s)
    except TimeoutError:
        out = _timeout_decision(cfg)
    except ValueError as e:
        return 400, {"error": str(e)}
    return 200, out


def bare_app() -> Any:
    """A plain ASGI callable: no framework at all (the floor a framework's overhead is measured against)."""
    cfg = config_from_env()
    service = service_identity()

    async def send_json(send: Any, status: int, obj: dict[str, Any]) -> None:
        data = json.dumps(obj).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
        await send({"type": "http.response.body", "body": data})

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        if path == "/healthz" and method == "GET":
            from automode import __version__

            await send_json(send, 200, {"status": "ok", "version": __version__})
            return
        if path != "/v1/decide" or method != "POST":
            await send_json(send, 404, {"error": "not found"})
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            msg = await receive()
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > cfg.max_body:
                await send_json(send, 413, {"error": f"request body is over the limit of {cfg.max_body} bytes"})
                return
            chunks.append(chunk)
            more = msg.get("more_body", False)
        peer = scope["client"][0] if scope.get("client") else "unknown"
        status, out = await decide_body(cfg, service, headers.get("authorization", ""), b"".join(chunks), peer)
        await send_json(send, status, out)

    return app


def fastapi_app() -> Any:
    import importlib

    fastapi: Any = importlib.import_module("fastapi")  # not a dependency: looked up by name, typed as Any
    FastAPI, Request, JSONResponse = fastapi.FastAPI, fastapi.Request, importlib.import_module("fastapi.responses").JSONResponse

    cfg = config_from_env()
    service = service_identity()
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    async def decide(request: Any) -> Any:
        body = await request.body()
        peer = request.client.host if request.client else "unknown"
        status, out = await decide_body(cfg, service, request.headers.get("authorization", ""), body, peer)
        return JSONResponse(out, status_code=status)

    async def healthz() -> Any:
        from automode import __version__

        return JSONResponse({"status": "ok", "version": __version__})

    # The frameworks read the handlers' annotations as objects (this module's are strings: `from __future__`).
    decide.__annotations__ = {"request": Request, "return": JSONResponse}
    healthz.__annotations__ = {"return": JSONResponse}
    app.post("/v1/decide")(decide)
    app.get("/healthz")(healthz)
    return app


def litestar_app() -> Any:
    import importlib

    litestar: Any = importlib.import_module("litestar")  # not a dependency: looked up by name, typed as Any
    Litestar, Request, Response, get, post = litestar.Litestar, litestar.Request, litestar.Response, litestar.get, litestar.post

    cfg = config_from_env()
    service = service_identity()

    async def decide(request: Any) -> Any:
        body = await request.body()
        peer = request.client.host if request.client else "unknown"
        status, out = await decide_body(cfg, service, request.headers.get("authorization", ""), body, peer)
        return Response(out, status_code=status)

    async def healthz() -> Any:
        from automode import __version__

        return {"status": "ok", "version": __version__}

    decide.__annotations__ = {"request": Request, "return": Response}
    healthz.__annotations__ = {"return": dict}
    handlers = [post("/v1/decide", status_code=200)(decide), get("/healthz")(healthz)]
    return Litestar(route_handlers=handlers, openapi_config=None, request_max_body_size=cfg.max_body + 1)
