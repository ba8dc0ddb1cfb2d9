"""A thin HTTP client for the two APIs (stdlib only: no dependency on the offline path), with a hard deadline."""

from __future__ import annotations

import http.client
import json
import threading
import urllib.parse
from typing import Any

from automode.judge.llm import Settings


class JudgeUnavailable(Exception):
    """No usable answer: network error, timeout, HTTP error, refusal, unparseable reply."""


def post_json(url: str, headers: dict[str, str], body: dict[str, Any], timeout_s: float) -> Any:
    """POST JSON and parse the JSON reply, all within `timeout_s` (a server that stalls mid-reply included)."""
    result: list[Any] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(_post(url, headers, body, timeout_s))
        except BaseException as exc:
            error.append(exc)

    t = threading.Thread(target=run, name="automode-llm-judge", daemon=True)
    t.start()
    t.join(timeout_s)
    if t.is_alive():
        raise JudgeUnavailable(f"no reply within {timeout_s:g} s")
    if error:
        exc = error[0]
        if isinstance(exc, TimeoutError):  # the socket's own timeout can fire just before the join gives up
            raise JudgeUnavailable(f"no reply within {timeout_s:g} s")
        raise exc if isinstance(exc, JudgeUnavailable) else JudgeUnavailable(f"{type(exc).__name__}: {exc}")
    return result[0]


def _post(url: str, headers: dict[str, str], body: dict[str, Any], timeout_s: float) -> Any:
    u = urllib.parse.urlsplit(url)
    conn_cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(u.hostname or "localhost", u.port, timeout=timeout_s)
    try:
        path = (u.path or "/") + (f"?{u.query}" if u.query else "")
        conn.request(
            "POST",
            path,
            body=json.dumps(body).encode(),
            headers={"content-type": "application/json", **headers},
        )
        resp = conn.getresponse()
        data = resp.read(1_000_000)
    finally:
        conn.close()
    if resp.status != 200:
        raise JudgeUnavailable(f"HTTP {resp.status}: {data[:200].decode('utf-8', 'replace')}")
    try:
        return json.loads(data)
    except ValueError as exc:
        raise JudgeUnavailable(f"reply is not JSON ({exc})") from exc


def complete(
    s: Settings, system: str, shared: str, instruction: str, *, schema: dict[str, Any] | None, max_tokens: int
) -> str:
    """One call; returns the model's text. `system` + `shared` are the cacheable prefix both stages send."""
    if s.provider == "anthropic":
        headers = {"anthropic-version": "2023-06-01", **({"x-api-key": s.api_key} if s.api_key else {})}
        body: dict[str, Any] = {
            "model": s.model, "max_tokens": max_tokens, "temperature": 0,
            "system": [{"type": "text", "text": system, "cache_control": {"type": "ephemeral"}}],
            "messages": [{"role": "user", "content": [
                {"type": "text", "text": shared, "cache_control": {"type": "ephemeral"}},
                {"type": "text", "text": instruction}]}],
        }  # fmt: skip
        reply = post_json(s.base_url + "/v1/messages", headers, body, s.timeout_s)
        if not isinstance(reply, dict) or reply.get("stop_reason") == "refusal":
            raise JudgeUnavailable("the model refused or the reply has no content")
        texts = [
            b.get("text", "")
            for b in reply.get("content") or []
            if isinstance(b, dict) and b.get("type") == "text"
        ]
        return "".join(t for t in texts if isinstance(t, str))
    headers = {"authorization": f"Bearer {s.api_key}"} if s.api_key else {}
    body = {"model": s.model, "max_tokens": max_tokens, "temperature": 0,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": shared + "\n\n" + instruction}]}  # fmt: skip
    if schema is not None:
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "decision", "strict": True, "schema": schema},
        }
    reply = post_json(s.base_url + "/chat/completions", headers, body, s.timeout_s)
    try:
        msg = reply["choices"][0]["message"]
    except (KeyError, IndexError, TypeError) as exc:
        raise JudgeUnavailable("the reply has no choices[0].message") from exc
    if not isinstance(msg, dict) or msg.get("refusal"):
        raise JudgeUnavailable("the model refused")
    content = msg.get("content")
    if not isinstance(content, str):
        raise JudgeUnavailable("the reply has no text content")
    return content
