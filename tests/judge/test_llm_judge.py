"""The LLM judge against a local server speaking the real HTTP protocols (Anthropic Messages, OpenAI Chat
Completions) on 127.0.0.1: what the request carries, when stage 2 runs, and that every failure keeps an ask."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from automode.config import Config
from automode.engine import Engine
from automode.model import Action, Context

Reply = Callable[
    [str, dict[str, Any]], tuple[int, Any]
]  # (path, request body) -> (status, JSON or raw bytes)


class Server:
    def __init__(self, reply: Reply) -> None:
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                outer.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                status, payload = outer.reply(self.path, body)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on a stalled reply, as the timeout test wants it to

            def log_message(self, *a: Any) -> None:
                pass

        self.reply = reply
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def anthropic(text_for: Callable[[str], str]) -> Reply:
    def reply(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        assert path == "/v1/messages"
        instruction = body["messages"][0]["content"][-1]["text"]
        return 200, {"id": "msg_1", "type": "message", "role": "assistant", "model": body["model"], "stop_reason": "end_turn",
                     "content": [{"type": "text", "text": text_for(instruction)}], "usage": {"input_tokens": 10, "output_tokens": 1}}  # fmt: skip

    return reply


def openai(text_for: Callable[[str], str]) -> Reply:
    def reply(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        assert path == "/v1/chat/completions"
        content = body["messages"][-1]["content"]
        return 200, {"id": "c1", "object": "chat.completion", "model": body["model"],
                     "choices": [{"index": 0, "finish_reason": "stop",
                                  "message": {"role": "assistant", "content": text_for(content), "refusal": None}}]}  # fmt: skip

    return reply


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Reply, str], Server]]:
    servers: list[Server] = []

    def start(reply: Reply, provider: str = "anthropic") -> Server:
        s = Server(reply)
        servers.append(s)
        monkeypatch.setenv("AUTOMODE_JUDGE", provider)
        monkeypatch.setenv("AUTOMODE_JUDGE_TIMEOUT", "1.5")
        if provider == "anthropic":
            monkeypatch.setenv("ANTHROPIC_BASE_URL", s.url)
            monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
        else:
            monkeypatch.setenv("OPENAI_BASE_URL", s.url + "/v1")
            monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        return s

    yield start
    for s in servers:
        s.close()


ROOT = "/home/dev/shop"
USER = "Tidy up the Terraform files for staging."
# An ask the deterministic layers leave open: a deploy the user did not clearly ask for.
ACTION = Action("Bash", {"command": "terraform apply -auto-approve"}, ROOT)


def decide(mode: str = "interactive", config: Config | None = None) -> Any:
    ctx = Context(cwd=ROOT, project_root=ROOT, home="/home/dev", user_messages=(USER,), mode=mode)  # type: ignore[arg-type]
    return Engine(
        config or Config(judge={"environment": ["Staging is ours; production belongs to the ops team."]})
    ).decide(ACTION, ctx)


def test_off_by_default_no_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUTOMODE_JUDGE", raising=False)
    d = decide()
    assert d.verdict == "ask" and "AM-JUDGE-LLM" not in d.rules


def test_screen_allow_skips_stage_two_and_request_carries_only_user_words(serve: Any) -> None:
    s = serve(anthropic(lambda instruction: "ALLOW"))
    d = decide()
    assert d.verdict == "allow" and d.stage == "judge"
    assert len(s.requests) == 1  # stage 2 runs only when stage 1 flags
    _path, headers, body = s.requests[0]
    assert headers["x-api-key"] == "test-key" and headers["anthropic-version"] == "2023-06-01"
    assert body["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert "production belongs to the ops team" in body["system"][0]["text"]  # the user's prose rules
    shared = body["messages"][0]["content"][0]
    assert shared["cache_control"] == {"type": "ephemeral"}
    assert USER in shared["text"] and "terraform apply -auto-approve" in shared["text"]
    assert [m["role"] for m in body["messages"]] == ["user"]  # no assistant turns, no tool results


def test_flagged_goes_to_stage_two_with_the_same_prefix(serve: Any) -> None:
    s = serve(
        anthropic(
            lambda i: (
                "BLOCK"
                if "one word" in i
                else '{"verdict": "deny", "reason": "You asked to tidy scripts, not to apply."}'
            )
        )
    )
    d = decide()
    assert d.verdict == "deny" and "tidy scripts" in d.reason and "AM-JUDGE-LLM" in d.rules
    assert len(s.requests) == 2
    first, second = s.requests[0][2], s.requests[1][2]
    assert first["system"] == second["system"]
    assert first["messages"][0]["content"][0] == second["messages"][0]["content"][0]


def test_openai_compatible_server_with_json_schema(serve: Any) -> None:
    s = serve(
        openai(
            lambda c: "BLOCK" if "one word" in c else '{"verdict": "ask", "reason": "Not clearly requested."}'
        ),
        "openai",
    )
    d = decide()
    assert d.verdict == "ask" and "Not clearly requested" in d.reason
    body = s.requests[1][2]
    assert s.requests[0][1]["authorization"] == "Bearer test-key"
    assert (
        body["response_format"]["type"] == "json_schema"
        and body["response_format"]["json_schema"]["strict"] is True
    )
    assert USER in body["messages"][-1]["content"]


@pytest.mark.parametrize("failure", ["http500", "bad-json", "refusal", "schema", "openai-refusal"])
def test_failures_give_ask_never_allow(serve: Any, failure: str) -> None:
    if failure == "http500":
        serve(lambda p, b: (500, {"type": "error", "error": {"type": "api_error", "message": "boom"}}))
    elif failure == "bad-json":
        serve(lambda p, b: (200, b"{not json"))
    elif failure == "refusal":
        serve(lambda p, b: (200, {"type": "message", "stop_reason": "refusal", "content": []}))
    elif failure == "schema":
        serve(anthropic(lambda i: "BLOCK" if "one word" in i else '{"verdict": "sure!", "reason": ""}'))
    else:
        serve(
            lambda p, b: (
                200,
                {"choices": [{"message": {"role": "assistant", "content": None, "refusal": "I can't"}}]},
            ),
            "openai",
        )
    d = decide()
    assert d.verdict == "ask" and "judge unavailable" in d.reason
    assert decide(mode="headless").verdict == "deny"


def test_stalled_server_gives_ask_within_the_timeout(serve: Any) -> None:
    def stall(p: str, b: dict[str, Any]) -> tuple[int, Any]:
        time.sleep(5)
        return 200, {}

    serve(stall)
    t0 = time.monotonic()
    d = decide()
    assert time.monotonic() - t0 < 3.0
    assert d.verdict == "ask" and "judge unavailable" in d.reason and "1.5 s" in d.reason


def test_denies_and_allows_never_reach_the_model(serve: Any) -> None:
    s = serve(anthropic(lambda i: "ALLOW"))
    ctx = Context(cwd=ROOT, project_root=ROOT, home="/home/dev", user_messages=(USER,))
    e = Engine(Config())
    assert e.decide(Action("Bash", {"command": "git push --force origin main"}, ROOT), ctx).verdict == "deny"
    assert e.decide(Action("Bash", {"command": "ls"}, ROOT), ctx).verdict == "allow"
    assert s.requests == []
