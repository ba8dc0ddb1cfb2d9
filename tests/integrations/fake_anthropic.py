"""A scripted model behind the Anthropic Messages API on 127.0.0.1, streaming SSE the way Claude Code reads it.

Stateless: for the main conversation (the request whose tools include Bash) the n-th request after n tool
results answers with the n-th scripted tool call, then with a final text. Every request and every tool_result
that comes back is recorded for the test to inspect.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FINAL_TEXT = "FINAL: done"


def _sse(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


def _tool_results(messages: list[Any]) -> list[dict[str, Any]]:
    out = []
    for m in messages:
        if isinstance(m, dict) and m.get("role") == "user" and isinstance(m.get("content"), list):
            out += [b for b in m["content"] if isinstance(b, dict) and b.get("type") == "tool_result"]
    return out


def result_text(block: dict[str, Any]) -> str:
    content = block.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(b.get("text", "") for b in content if isinstance(b, dict))
    return ""


class FakeAnthropic:
    def __init__(self, plan: list[tuple[str, dict[str, Any]]], files: dict[str, str] | None = None) -> None:
        self.plan = plan
        self.files = files or {}  # GET path -> body, e.g. a script for a "curl | sh" scenario
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_HEAD(self) -> None:
                server.paths.append("HEAD " + self.path)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:
                server.paths.append("GET " + self.path)
                if self.path in server.files:
                    data = server.files[self.path].encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                self._json(404, {"type": "error", "error": {"type": "not_found_error", "message": "fake"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                server.paths.append("POST " + self.path)
                if self.path.startswith("/v1/messages/count_tokens"):
                    self._json(200, {"input_tokens": 100})
                    return
                if not self.path.startswith("/v1/messages"):
                    self._json(404, {"type": "error", "error": {"type": "not_found_error", "message": "fake"}})
                    return
                with server.lock:
                    server.requests.append(body)
                blocks = server.reply_blocks(body)
                if body.get("stream"):
                    self._stream(body.get("model", "claude-fake"), blocks)
                else:
                    stop = "tool_use" if blocks[0]["type"] == "tool_use" else "end_turn"
                    self._json(200, {"id": "msg_fake", "type": "message", "role": "assistant", "model": body.get("model"),
                                     "content": blocks, "stop_reason": stop, "stop_sequence": None,
                                     "usage": {"input_tokens": 100, "output_tokens": 10}})

            def _json(self, code: int, obj: dict[str, Any]) -> None:
                data = json.dumps(obj).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("request-id", "req_fake")
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, model: str, blocks: list[dict[str, Any]]) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("request-id", "req_fake")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                events = [_sse("message_start", {"type": "message_start", "message": {
                    "id": "msg_fake", "type": "message", "role": "assistant", "model": model, "content": [],
                    "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 100, "output_tokens": 1}}}),
                    _sse("ping", {"type": "ping"})]
                stop = "end_turn"
                for i, b in enumerate(blocks):
                    if b["type"] == "tool_use":
                        stop = "tool_use"
                        events.append(_sse("content_block_start", {"type": "content_block_start", "index": i,
                                      "content_block": {"type": "tool_use", "id": b["id"], "name": b["name"], "input": {}}}))
                        raw = json.dumps(b["input"])
                        for j in range(0, len(raw), 40):
                            events.append(_sse("content_block_delta", {"type": "content_block_delta", "index": i,
                                          "delta": {"type": "input_json_delta", "partial_json": raw[j:j + 40]}}))
                    else:
                        events.append(_sse("content_block_start", {"type": "content_block_start", "index": i,
                                      "content_block": {"type": "text", "text": ""}}))
                        events.append(_sse("content_block_delta", {"type": "content_block_delta", "index": i,
                                      "delta": {"type": "text_delta", "text": b["text"]}}))
                    events.append(_sse("content_block_stop", {"type": "content_block_stop", "index": i}))
                events.append(_sse("message_delta", {"type": "message_delta", "delta": {"stop_reason": stop,
                              "stop_sequence": None}, "usage": {"output_tokens": 10}}))
                events.append(_sse("message_stop", {"type": "message_stop"}))
                for ev in events:
                    self.wfile.write(f"{len(ev):x}\r\n".encode() + ev + b"\r\n")
                    self.wfile.flush()
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def reply_blocks(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        tools = [t.get("name") for t in body.get("tools", []) if isinstance(t, dict)]
        if "Bash" not in tools:  # a side request (titles, summaries): answer plainly
            return [{"type": "text", "text": "ok"}]
        n = len(_tool_results(body.get("messages", [])))
        if n < len(self.plan):
            name, tool_input = self.plan[n]
            return [{"type": "tool_use", "id": f"toolu_fake{n:04d}", "name": name, "input": tool_input}]
        return [{"type": "text", "text": FINAL_TEXT}]

    def tool_results(self) -> list[dict[str, Any]]:
        """The tool_results of the longest conversation seen (the last main request)."""
        mains = [r for r in self.requests if any(t.get("name") == "Bash" for t in r.get("tools", []))]
        return _tool_results(mains[-1]["messages"]) if mains else []

    def __enter__(self) -> FakeAnthropic:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"
