"""One audit record: the columns of the `decisions` table, built from (Decision, Action, Context), and its export form.

The export form (`to_export`) is what `automode log --json` prints, one object a line; docs/audit.md documents it
and its `schema` number changes only when a field changes meaning or disappears.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Mapping
from typing import Any

from automode import lazyre
from automode.audit.redact import redact, redact_text

EXPORT_SCHEMA = 1

#: Columns of `decisions`, in insert order (the store adds `id`, an increasing integer).
COLUMNS: tuple[str, ...] = (
    "uid",
    "ts",
    "session",
    "agent",
    "user_name",
    "host",
    "cwd",
    "project_root",
    "mode",
    "tool",
    "summary",
    "action",
    "verdict",
    "reason",
    "rules",
    "category",
    "suggestion",
    "stage",
    "elapsed_us",
    "user_messages",
    "effects",
    "ask_id",
    "engine_verdict",
    "decided_by",
    "client",
)

_JSON_COLUMNS = ("action", "rules", "user_messages", "effects")
_SUMMARY_KEYS = (
    "command",
    "file_path",
    "notebook_path",
    "path",
    "url",
    "pattern",
    "query",
    "description",
    "prompt",
)
_MAX_MESSAGES = 20
_SURROGATE = lazyre.compile("[\ud800-\udfff]")
_USER = ""
_HOST = ""


def clean(text: str) -> str:
    """`text` as valid UTF-8: lone surrogates (JSON allows `\\udc00`; UTF-8 and the store do not) become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def new_uid() -> str:
    return os.urandom(16).hex()


def _identity() -> tuple[str, str]:
    global _USER, _HOST
    if not _HOST:
        _USER = os.environ.get("USER") or os.environ.get("LOGNAME") or str(os.getuid())
        import socket  # on the writer thread, after the answer

        _HOST = socket.gethostname()
    return _USER, _HOST


def _field(v: Any, limit: int = 300) -> str | None:
    """A short identity field from a request: a string, cut to `limit`, control characters dropped."""
    if not isinstance(v, str) or not v.strip():
        return None
    return "".join(ch for ch in v.strip() if ch.isprintable())[:limit] or None


def summarize(tool: str, inp: Mapping[str, Any], limit: int = 500) -> str:
    """A one-line view of an action: the command, path, URL or pattern it is about."""
    for key in _SUMMARY_KEYS:
        v = inp.get(key)
        if isinstance(v, str) and v:
            text = v
            break
    else:
        text = json.dumps(dict(inp), sort_keys=True, default=str, ensure_ascii=False) if inp else ""
    text = " ".join(text.split()) if "\n" in text or "\t" in text else text
    return text if len(text) <= limit else text[:limit] + "…"


def build_row(
    decision: Any,
    action: Any,
    context: Any,
    *,
    agent: str,
    ts: float,
    uid: str,
    effects: Any = None,
    ask_id: str | None = None,
    max_chars: int = 4000,
    engine: Any = None,
    origin: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The stored row, secrets redacted. `decision`/`action`/`context` are automode.model objects (duck-typed).

    `decision` is the answer the agent received; `engine`, when given and different, is what the engine decided
    before escalation, a headless rewrite or the user's answer changed it (stored as `engine_verdict`). `origin`
    (automode.audit.origin) names who decided for whom when that was the team service: the calling developer's
    user and host, the service's identity (`decided_by`) and the client's (`client`); without it the row is the
    local engine's (`decided_by = "local"`) for this process's user and host."""
    inp = redact(dict(getattr(action, "input", {}) or {}), max_chars=max_chars)
    tool = str(getattr(action, "tool", "?"))
    messages = list(getattr(context, "user_messages", ()) or ())[-_MAX_MESSAGES:]
    user, host = _identity()
    if origin:
        user = _field(origin.get("user")) or user
        host = _field(origin.get("host")) or host
    cwd = getattr(action, "cwd", None) or getattr(context, "cwd", None)
    row = {
        "uid": uid,
        "ts": ts,
        "session": getattr(context, "session_id", None),
        "agent": agent,
        "user_name": user,
        "host": host,
        "cwd": cwd,
        "project_root": getattr(context, "project_root", None),
        "mode": getattr(context, "mode", None),
        "tool": tool,
        "summary": summarize(tool, inp),
        "action": json.dumps(inp, ensure_ascii=False, default=str),
        "verdict": str(decision.verdict),
        "reason": redact_text(str(decision.reason)),
        "rules": json.dumps(list(decision.rules)),
        "category": getattr(decision, "category", None),
        "suggestion": redact_text(decision.suggestion) if getattr(decision, "suggestion", None) else None,
        "stage": getattr(decision, "stage", None),
        "elapsed_us": int(getattr(decision, "elapsed_us", 0) or 0),
        "user_messages": json.dumps(redact(messages, max_chars=max_chars), ensure_ascii=False),
        "effects": json.dumps(redact(effects, max_chars=max_chars), ensure_ascii=False, default=str)
        if effects is not None
        else None,
        "ask_id": ask_id,
        "engine_verdict": str(engine.verdict) if engine is not None and engine.verdict != decision.verdict else None,
        "decided_by": _field((origin or {}).get("decided_by")) or "local",
        "client": _field((origin or {}).get("client")),
    }
    # One bad character must not cost the batch the row is written in (a store refuses invalid UTF-8).
    return {k: clean(v) if isinstance(v, str) else v for k, v in row.items()}


def decode(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row read from the store with its JSON columns parsed."""
    out = dict(row)
    for col in _JSON_COLUMNS:
        raw = out.get(col)
        if isinstance(raw, str):
            with contextlib.suppress(ValueError):
                out[col] = json.loads(raw)
    if out.get("rules") is None:
        out["rules"] = []
    return out


def iso_time(ts: float) -> str:
    t = time.gmtime(ts)
    return time.strftime("%Y-%m-%dT%H:%M:%S", t) + f".{int((ts % 1) * 1000):03d}Z"


def to_export(row: Mapping[str, Any], *, full: bool = False) -> dict[str, Any]:
    """The stable JSON form of a decoded row (docs/audit.md, "Export")."""
    out: dict[str, Any] = {
        "schema": EXPORT_SCHEMA,
        "id": row["uid"],
        "seq": row.get("id"),
        "time": iso_time(float(row["ts"])),
        "ts": float(row["ts"]),
        "session": row.get("session"),
        "agent": row.get("agent"),
        "user": row.get("user_name"),
        "host": row.get("host"),
        "cwd": row.get("cwd"),
        "project_root": row.get("project_root"),
        "mode": row.get("mode"),
        "tool": row.get("tool"),
        "summary": row.get("summary"),
        "action": row.get("action"),
        "verdict": row.get("verdict"),
        "reason": row.get("reason"),
        "rules": list(row.get("rules") or []),
        "category": row.get("category"),
        "suggestion": row.get("suggestion"),
        "stage": row.get("stage"),
        "elapsed_us": row.get("elapsed_us"),
        "ask_id": row.get("ask_id"),
        "engine_verdict": row.get("engine_verdict"),
        "decided_by": row.get("decided_by"),
        "client": row.get("client"),
    }
    if full:
        out["user_messages"] = row.get("user_messages") or []
        out["effects"] = row.get("effects")
    return out
