"""`automode serve`: the HTTP decision service for teams (SPEC §10, issue 16), on Starlette (ASGI) under uvicorn.

Endpoints (JSON in, JSON out):

* `POST /v1/decide` — the body of `automode check` (SPEC §13): `{"tool", "input", "cwd", "user_messages", ...}`;
  answers the Decision as JSON, with `"audited": true` once its audit row is committed (answers wait for that).
* `POST /v1/hooks/{agent}` — an agent's hook payload as-is (`claude-code`, `codex`, `gemini`); answers
  `{"stdout", "stderr", "exit_code"}`, exactly what `automode hook AGENT` would have printed and returned, so a thin
  hook only relays it.
* `GET /v1/policy` — the team policy (`--policy FILE`, TOML) with its version, for `automode config pull`.
* `GET /healthz` — liveness, no token needed. `GET /metrics` — Prometheus text format, token needed.
* `GET /` and `/api/*` — the decision page over the service's audit trail, filtered by developer and project
  (automode.service.page): a sign-in form sets a session cookie; API clients send the bearer token.

Every other request needs `Authorization: Bearer <token>` with a token from the token file (`token [team]` per line)
or `AUTOMODE_SERVE_TOKEN`; without one the answer is 401. Bodies over the size limit get 413, malformed JSON 400 with
the parser's message, a decision over the time limit an *ask* (fail closed, never an allow). Each request leaves one
JSON line on stderr. TLS is left to a reverse proxy (docs/teams.md). Workers share nothing but the audit store.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from automode.dc import dataclass, field
from automode.service.metrics import Metrics

T = TypeVar("T")

AGENTS = ("claude-code", "codex", "gemini")


@dataclass(frozen=True)
class ServeConfig:
    tokens: Mapping[str, str]  # token -> team name ("" when the line names none)
    max_body: int = 1_000_000
    timeout_s: float = 5.0
    log: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


class ConfigError(ValueError):
    pass


def read_tokens(path: str | None, env: Mapping[str, str]) -> dict[str, str]:
    """Tokens from the file (one per line, `token [team-name]`, `#` comments) and `AUTOMODE_SERVE_TOKEN`."""
    tokens: dict[str, str] = {}
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except OSError as e:
            raise ConfigError(f"cannot read the token file {path}: {e.strerror}") from e
        for n, line in enumerate(lines, 1):
            parts = line.split("#", 1)[0].split()
            if not parts:
                continue
            if len(parts) > 2 or len(parts[0]) < 16:
                raise ConfigError(f"{path}:{n}: expected `token [team-name]` with a token of at least 16 characters")
            tokens[parts[0]] = parts[1] if len(parts) == 2 else ""
    if env.get("AUTOMODE_SERVE_TOKEN"):
        tok = env["AUTOMODE_SERVE_TOKEN"]
        if len(tok) < 16:
            raise ConfigError("AUTOMODE_SERVE_TOKEN must be at least 16 characters")
        tokens[tok] = tokens.get(tok, "")
    if not tokens:
        raise ConfigError("no token: give --token-file FILE or set AUTOMODE_SERVE_TOKEN (the service never runs open)")
    return tokens


def config_from_env(env: Mapping[str, str] | None = None) -> ServeConfig:
    """Workers are separate processes: `automode serve` hands them its settings through the environment."""
    env = os.environ if env is None else env
    return ServeConfig(
        tokens=read_tokens(env.get("AUTOMODE_SERVE_TOKEN_FILE") or None, env),
        max_body=int(env.get("AUTOMODE_SERVE_MAX_BODY", "1000000")),
        timeout_s=float(env.get("AUTOMODE_SERVE_TIMEOUT", "5")),
        log=env.get("AUTOMODE_SERVE_LOG", "1") != "0",
    )


def _team(cfg: ServeConfig, request: Request) -> str | None:
    """The caller's team, or None when the bearer token is missing or unknown (compared in constant time)."""
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    token = token.strip()
    for known, team in cfg.tokens.items():
        if hmac.compare_digest(known.encode(), token.encode()):
            return team
    return None


def _error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


async def _body(cfg: ServeConfig, request: Request) -> bytes | JSONResponse:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > cfg.max_body:
        return _error(413, f"request body of {declared} bytes is over the limit of {cfg.max_body}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cfg.max_body:
            return _error(413, f"request body is over the limit of {cfg.max_body} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _log(cfg: ServeConfig, **fields: Any) -> None:
    if cfg.log:
        sys.stderr.write(json.dumps({"ts": round(time.time(), 3), "pid": os.getpid(), **fields}, default=str) + "\n")


def service_identity() -> str:
    """Which service, worker and version decided: stored as `decided_by` on every row this worker records."""
    import socket

    from automode import __version__

    return f"service automode {__version__} on {socket.gethostname()} pid {os.getpid()}"


def origin_of(request: Request, team: str, service: str) -> dict[str, str]:
    """The audit origin of a request (automode.audit.origin): the calling developer as the request names them
    (`X-Automode-User`, `X-Automode-Host`, sent by automode's hooks), else the token's name and the peer address;
    the client as the token that vouched for it, its address and user agent; this worker as the decider."""
    addr = request.client.host if request.client else "unknown"
    parts = [f"token {team or '(unnamed)'}", f"from {addr}"]
    fwd = request.headers.get("x-forwarded-for")
    if fwd:
        parts.append(f"forwarded for {fwd[:100]}")
    ua = request.headers.get("user-agent")
    if ua:
        parts.append(f"via {ua[:100]}")
    return {
        "decided_by": service,
        "client": ", ".join(parts),
        "user": request.headers.get("x-automode-user") or team or "unknown",
        "host": request.headers.get("x-automode-host") or addr,
    }


def _decide_json(obj: Any, origin: dict[str, str] | None = None) -> dict[str, Any]:
    from automode.audit.origin import deciding_for

    with deciding_for(origin or {}):
        return _decide_json_here(obj)


def _hook_here(agent: str, body: bytes, headless: bool, origin: dict[str, str]) -> Any:
    from automode.adapters.run import handle_safely
    from automode.audit.origin import deciding_for

    with deciding_for(origin):
        res = handle_safely(agent, body, {}, headless)
    _flush()  # as for /v1/decide: the answer goes out once its audit row is committed
    return res


def _decide_json_here(obj: Any) -> dict[str, Any]:
    from automode.adapters.base import decide
    from automode.api import action_from_json, context_from_json

    action = action_from_json(obj)
    ctx = context_from_json(obj if isinstance(obj, dict) else None)
    agent = obj["agent"] if isinstance(obj, dict) and isinstance(obj.get("agent"), str) else "service"
    out = decide(action, ctx, agent=agent).to_json()
    out["audited"] = _flush()
    return out


def _flush() -> bool:
    """Commit this decision's audit row before answering: a 200 means the row is in the store, so a worker killed
    afterwards loses nothing it acknowledged. False when recording is off or the store did not take it in time."""
    from automode import audit

    if os.environ.get("AUTOMODE_AUDIT", "").lower() in ("0", "off", "false", "no"):
        return False
    return audit.flush(2.0)


def _timed(seconds: float, fn: Callable[..., T], *args: Any) -> T:
    """Run a decision under the engine's own deadline, so that one the service stopped waiting for (and answered
    with the fail-safe) also stops working instead of holding a worker thread."""
    from automode.shell.budget import deadline

    with deadline(seconds):
        return fn(*args)


def _timeout_decision(cfg: ServeConfig) -> dict[str, Any]:
    from automode.adapters.base import failure

    return failure(f"the decision service did not decide within {cfg.timeout_s:g} s").to_json()


def create_app(cfg: ServeConfig | None = None) -> Starlette:
    cfg = cfg if cfg is not None else config_from_env()
    metrics = Metrics()
    service = service_identity()

    async def guarded(request: Request) -> tuple[str | None, bytes | JSONResponse]:
        team = _team(cfg, request)
        if team is None:
            return None, _error(401, "missing or unknown bearer token", **{"WWW-Authenticate": 'Bearer realm="automode"'})
        return team, await _body(cfg, request)

    async def decide(request: Request) -> Response:
        t0 = time.perf_counter()
        team, body = await guarded(request)
        if isinstance(body, Response):
            metrics.request("/v1/decide", body.status_code)
            _log(cfg, path="/v1/decide", status=body.status_code, team=team)
            return body
        try:
            obj = json.loads(body.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError) as e:
            metrics.request("/v1/decide", 400)
            return _error(400, f"malformed JSON: {e}")
        try:
            out = await asyncio.wait_for(asyncio.to_thread(_timed, cfg.timeout_s, _decide_json, obj, origin_of(request, team or "", service)),
                                         cfg.timeout_s)  # fmt: skip
        except TimeoutError:
            out = _timeout_decision(cfg)
        except ValueError as e:  # InputError and its kin: a precise message, nothing decided
            metrics.request("/v1/decide", 400)
            return _error(400, str(e))
        secs = time.perf_counter() - t0
        metrics.decision(out["verdict"], out.get("rules") or [], "service", secs)
        metrics.request("/v1/decide", 200)
        _log(cfg, path="/v1/decide", status=200, team=team, verdict=out["verdict"], rules=out.get("rules"), ms=round(secs * 1000, 2))
        return JSONResponse(out)

    async def hook(request: Request) -> Response:
        t0 = time.perf_counter()
        agent = request.path_params["agent"]
        path = f"/v1/hooks/{agent}"
        if agent not in AGENTS:
            return _error(404, f"unknown agent {agent!r}; one of {', '.join(AGENTS)}")
        team, body = await guarded(request)
        if isinstance(body, Response):
            metrics.request(path, body.status_code)
            _log(cfg, path=path, status=body.status_code, team=team)
            return body
        from automode.adapters.run import load_adapter

        headless = request.query_params.get("headless") == "1"
        try:
            origin = origin_of(request, team or "", service)
            res = await asyncio.wait_for(asyncio.to_thread(_timed, cfg.timeout_s, _hook_here, agent, body, headless, origin), cfg.timeout_s)
        except TimeoutError:
            res = load_adapter(agent).fail_safe(body, f"the decision service did not decide within {cfg.timeout_s:g} s", headless)
        verdict = _hook_verdict(res.stdout, res.code)
        secs = time.perf_counter() - t0
        if verdict is not None:
            metrics.decision(verdict, [], agent, secs)
        metrics.request(path, 200)
        _log(cfg, path=path, status=200, team=team, verdict=verdict, exit_code=res.code, ms=round(secs * 1000, 2))
        return JSONResponse({"stdout": res.stdout, "stderr": res.stderr, "exit_code": res.code})

    async def healthz(request: Request) -> Response:
        from automode import __version__

        return JSONResponse({"status": "ok", "version": __version__})

    async def policy(request: Request) -> Response:
        if _team(cfg, request) is None:
            return _error(401, "missing or unknown bearer token", **{"WWW-Authenticate": 'Bearer realm="automode"'})
        from automode.config import team_policy_version

        text = _policy_text()
        return JSONResponse({"version": team_policy_version(text), "policy": text})

    async def metrics_endpoint(request: Request) -> Response:
        if _team(cfg, request) is None:
            return _error(401, "missing or unknown bearer token", **{"WWW-Authenticate": 'Bearer realm="automode"'})
        return PlainTextResponse(metrics.render(), media_type="text/plain; version=0.0.4")

    from automode.service.page import routes as page_routes

    return Starlette(routes=[
        Route("/v1/decide", decide, methods=["POST"]),
        Route("/v1/hooks/{agent}", hook, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/v1/policy", policy, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        *page_routes(cfg.tokens, lambda request: _team(cfg, request), _store_url),  # the team's page: GET /
    ])  # fmt: skip


_STORE_URL: list[str] = []


def _store_url() -> str:
    """The audit store this service records into (`[audit]` settings, AUTOMODE_AUDIT_URL): what its page reads."""
    if not _STORE_URL:
        from automode.audit.settings import load_settings

        _STORE_URL.append(load_settings().store_url())
    return _STORE_URL[0]


def _policy_text() -> str:
    """The team policy this service serves: `--policy FILE` (AUTOMODE_SERVE_POLICY), read on each request so an edit
    takes effect without a restart; empty when none is set."""
    path = os.environ.get("AUTOMODE_SERVE_POLICY")
    if not path:
        return ""
    with open(path, encoding="utf-8") as fh:
        return fh.read(1_000_000)


def _hook_verdict(stdout: str, exit_code: int) -> str | None:
    """The verdict inside a hook answer, for the metrics (Claude Code's permissionDecision; exit 2 = blocked)."""
    if exit_code == 2:
        return "deny"
    try:
        out = json.loads(stdout)
    except ValueError:
        return None
    hso = out.get("hookSpecificOutput") if isinstance(out, dict) else None
    d = hso.get("permissionDecision") if isinstance(hso, dict) else None
    return d if d in ("allow", "ask", "deny") else None


def app_factory() -> Starlette:
    """What uvicorn imports in each worker (`automode.service.app:app_factory`, factory=True)."""
    return create_app()
