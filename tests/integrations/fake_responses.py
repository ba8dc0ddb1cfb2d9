"""A scripted model server speaking the OpenAI Responses API (streaming SSE) on 127.0.0.1, as Codex CLI calls it
through a custom `model_providers` entry with `wire_api = "responses"`.

Each POST /v1/responses takes the next turn of the script: a function call (`{"call": name, "args": {...}}`) or a
final message (`{"text": ...}`). Every request body is kept, so a test can read the tool outputs Codex sent back.
"""

from __future__ import annotations

import http.server
import json
import threading
from typing import Any


class FakeResponses:
    def __init__(self, script: list[dict[str, Any]]) -> None:
        self.script = script
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # model lists and the like: not needed
                self.send_response(404)
                self.end_headers()

            def do_POST(self) -> None:
                n = int(self.headers.get("content-length") or 0)
                try:
                    body = json.loads(self.rfile.read(n) or b"{}")
                except ValueError:
                    body = {}
                with outer._lock:
                    i = len(outer.requests)
                    outer.requests.append(body)
                turn = outer.script[min(i, len(outer.script) - 1)]
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()

                def event(kind: str, data: dict[str, Any]) -> None:
                    data["type"] = kind
                    self.wfile.write(f"event: {kind}\ndata: {json.dumps(data)}\n\n".encode())
                    self.wfile.flush()

                rid = f"resp_{i}"
                if "call" in turn:
                    item = {"type": "function_call", "id": f"fc_{i}", "call_id": f"call_{i}", "name": turn["call"],
                            "arguments": json.dumps(turn["args"])}  # fmt: skip
                else:
                    item = {"type": "message", "id": f"msg_{i}", "role": "assistant",
                            "content": [{"type": "output_text", "text": turn.get("text", "done")}]}  # fmt: skip
                event("response.created", {"response": {"id": rid}})
                event("response.output_item.added", {"output_index": 0, "item": item})
                event("response.output_item.done", {"output_index": 0, "item": item})
                usage = {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2, "input_tokens_details": {"cached_tokens": 0},
                         "output_tokens_details": {"reasoning_tokens": 0}}  # fmt: skip
                event("response.completed", {"response": {"id": rid, "usage": usage}})

        self._lock = threading.Lock()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeResponses:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def tool_outputs(self) -> list[str]:
        """What Codex sent back for each function call (the last request holds them all)."""
        if not self.requests:
            return []
        items = self.requests[-1].get("input") or []
        return [str(it.get("output")) for it in items if isinstance(it, dict) and it.get("type") == "function_call_output"]
