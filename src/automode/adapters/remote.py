"""Asking the team's decision service from a hook (issue 16): `automode install AGENT --server URL`.

The hook decides locally as always and, at the same time, posts the same payload to `URL/v1/hooks/AGENT`. It keeps
the stricter of the two answers: the service can tighten (the team's policy), never loosen, what the local engine
and its floor decided. When the service does not answer within the budget (or answers something unusable), the local
answer stands and a note on stderr says the service was not used. The token comes from `AUTOMODE_SERVER_TOKEN` or
the file named by `AUTOMODE_SERVER_TOKEN_FILE`.
"""

from __future__ import annotations

import json
import os
import threading
import urllib.error
import urllib.request
from collections.abc import Mapping

from automode.adapters.hookio import HookResult

DEFAULT_BUDGET = 1.5  # seconds the hook waits for the service before answering on its own
SEVERITY = {"allow": 0, "ask": 1, "deny": 2}


def hook_verdict(stdout: str, code: int) -> str | None:
    """The verdict inside a hook answer: exit 2 blocks; otherwise the JSON's permissionDecision (Claude Code, Codex)
    or decision (Gemini CLI)."""
    if code == 2:
        return "deny"
    try:
        out = json.loads(stdout)
    except ValueError:
        return None
    if not isinstance(out, dict):
        return None
    hso = out.get("hookSpecificOutput")
    d = hso.get("permissionDecision") if isinstance(hso, dict) else out.get("decision")
    return {"block": "deny", "approve": "allow"}.get(d, d) if isinstance(d, str) else None


def _token(env: Mapping[str, str]) -> str | None:
    if env.get("AUTOMODE_SERVER_TOKEN"):
        return env["AUTOMODE_SERVER_TOKEN"].strip()
    path = env.get("AUTOMODE_SERVER_TOKEN_FILE")
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                return fh.read().split()[0]
        except (OSError, IndexError):
            return None
    return None


def caller_headers(env: Mapping[str, str], agent: str) -> dict[str, str]:
    """Who is asking, for the service's audit row (automode.audit.origin): this developer's user and host, and what
    is calling. The token vouches for the team; these name the person inside it."""
    import socket

    from automode import __version__

    user = env.get("USER") or env.get("LOGNAME") or str(os.getuid())
    return {"X-Automode-User": user[:100], "X-Automode-Host": socket.gethostname()[:200],
            "User-Agent": f"automode-hook/{__version__} ({agent})"}  # fmt: skip


class ServiceCall:
    """Posts the payload in a background thread as soon as it is created; `result(budget)` waits at most `budget`."""

    def __init__(self, url: str, agent: str, raw: bytes, env: Mapping[str, str], headless: bool) -> None:
        self.answer: HookResult | None = None
        self.error = ""
        token = _token(env)
        if token is None:
            self.error = "no token (AUTOMODE_SERVER_TOKEN or AUTOMODE_SERVER_TOKEN_FILE)"
            self._thread = None
            return
        target = f"{url.rstrip('/')}/v1/hooks/{agent}" + ("?headless=1" if headless else "")
        self._req = urllib.request.Request(target, data=raw, method="POST", headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json", **caller_headers(env, agent)})  # fmt: skip
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with urllib.request.urlopen(self._req, timeout=10) as r:
                body = json.loads(r.read(2_000_000))
            if not isinstance(body, dict) or not isinstance(body.get("stdout"), str) or not isinstance(body.get("exit_code"), int):
                self.error = "the service answered something that is not a hook result"
                return
            self.answer = HookResult(stdout=body["stdout"], stderr=str(body.get("stderr") or ""), code=body["exit_code"])
        except (OSError, ValueError, urllib.error.URLError) as e:
            self.error = f"{type(e).__name__}: {e}"[:200]

    def result(self, budget: float) -> HookResult | None:
        if self._thread is not None:
            self._thread.join(max(0.0, budget))
        return self.answer


def stricter(local: HookResult, call: ServiceCall, budget: float) -> HookResult:
    """The local answer unless the service's, in time and usable, is stricter."""
    remote = call.result(budget)
    if remote is None:
        note = f"automode: the decision service was not used ({call.error or f'no answer within {budget:g} s'}); decided locally.\n"
        return HookResult(local.stdout, local.stderr + note, local.code)
    lv, rv = hook_verdict(local.stdout, local.code), hook_verdict(remote.stdout, remote.code)
    if rv is not None and (lv is None or SEVERITY[rv] > SEVERITY.get(lv, 0)):
        return remote
    return local


def fetch_policy(server: str, env: Mapping[str, str]) -> tuple[str, str]:
    """(version, TOML text) of the team policy the service serves at `GET /v1/policy`."""
    token = _token(env)
    if token is None:
        raise ValueError("no token (AUTOMODE_SERVER_TOKEN or AUTOMODE_SERVER_TOKEN_FILE)")
    req = urllib.request.Request(f"{server.rstrip('/')}/v1/policy", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=10) as r:
        body = json.loads(r.read(2_000_000))
    if not isinstance(body, dict) or not isinstance(body.get("policy"), str) or not isinstance(body.get("version"), str):
        raise ValueError("the service's answer is not a policy")
    from automode.config import team_policy_version

    if team_policy_version(body["policy"]) != body["version"]:
        raise ValueError("the policy does not match its version")
    return body["version"], body["policy"]


def server_from_env(env: Mapping[str, str] = os.environ) -> str | None:
    return env.get("AUTOMODE_SERVER") or None
