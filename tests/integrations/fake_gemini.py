"""A scripted model server speaking the Gemini API (v1beta `generateContent` / `streamGenerateContent?alt=sse`) on
127.0.0.1, as Gemini CLI calls it through its bundled @google/genai when GOOGLE_GEMINI_BASE_URL points here.

Only the agent's own turns (requests that declare tools) take the next step of the script: a function call
(`{"call": name, "args": {...}}`) or a final message (`{"text": ...}`). The CLI's side calls (model routing,
next-speaker checks and the like: no tools, a JSON answer wanted) get a small answer of the shape they ask for, so
the script is not consumed by them. Every request body is kept, so a test can read the tool results Gemini sent back.
"""

from __future__ import annotations

import http.server
import json
import threading
from typing import Any

_SIDE_ANSWERS = {
    # The router's classifier (a score from 1 to 100, low = the default model) and its older flash/pro variant.
    "complexity_score": {"complexity_reasoning": "scripted", "complexity_score": 10},
    "model_choice": {"reasoning": "scripted", "model_choice": "flash"},
    # After a turn: who speaks next (the user: the turn is over).
    "next_speaker": {"reasoning": "scripted", "next_speaker": "user"},
}


def _side_answer(body: dict[str, Any]) -> str:
    """A JSON answer for a call that declares no tools: pick the known shape the request's schema or prompt names."""
    text = json.dumps(body.get("generationConfig") or {}) + json.dumps(body.get("systemInstruction") or {})
    text += json.dumps((body.get("contents") or [])[-1:])
    for key, answer in _SIDE_ANSWERS.items():
        if key in text:
            return json.dumps(answer)
    return "{}"


class FakeGemini:
    def __init__(self, script: list[dict[str, Any]]) -> None:
        self.script = script
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self._turns = 0
        self._lock = threading.Lock()
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
                if not isinstance(body, dict):
                    body = {}
                with outer._lock:
                    outer.requests.append((self.path, body))
                    agent_turn = bool(body.get("tools"))
                    if agent_turn:
                        turn = outer.script[min(outer._turns, len(outer.script) - 1)]
                        outer._turns += 1
                if ":countTokens" in self.path:
                    return self._send_json({"totalTokens": 10})
                if agent_turn and "call" in turn:
                    part: dict[str, Any] = {"functionCall": {"name": turn["call"], "args": turn["args"]}}
                elif agent_turn:
                    part = {"text": turn.get("text", "done")}
                else:
                    part = {"text": _side_answer(body)}
                chunk = {"candidates": [{"content": {"role": "model", "parts": [part]}, "finishReason": "STOP", "index": 0}],
                         "usageMetadata": {"promptTokenCount": 1, "candidatesTokenCount": 1, "totalTokenCount": 2}}  # fmt: skip
                if "streamGenerateContent" in self.path:
                    self.send_response(200)
                    self.send_header("content-type", "text/event-stream")
                    self.end_headers()
                    self.wfile.write(f"data: {json.dumps(chunk)}\r\n\r\n".encode())
                    self.wfile.flush()
                else:
                    self._send_json(chunk)

            def _send_json(self, obj: dict[str, Any]) -> None:
                out = json.dumps(obj).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeGemini:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def agent_turns(self) -> list[dict[str, Any]]:
        return [body for _, body in self.requests if body.get("tools")]

    def tool_results(self) -> list[dict[str, Any]]:
        """Every functionResponse Gemini sent back (the last agent turn holds the whole conversation)."""
        turns = self.agent_turns()
        if not turns:
            return []
        out = []
        for content in turns[-1].get("contents") or []:
            for part in content.get("parts") or [] if isinstance(content, dict) else []:
                if isinstance(part, dict) and isinstance(part.get("functionResponse"), dict):
                    out.append(part["functionResponse"])
        return out

    def tool_result_texts(self) -> list[str]:
        return [json.dumps(r.get("response")) for r in self.tool_results()]
