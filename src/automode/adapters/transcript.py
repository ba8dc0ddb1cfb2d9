"""The user's own messages from a Claude Code transcript (JSONL), read incrementally.

Kept: real user turns. Dropped: `isMeta` entries, compaction summaries, sub-agent (sidechain) turns, tool results,
and text the CLI injects (system reminders, local command output): none of that is the user's word (SPEC §6).
"""

from __future__ import annotations

import json
import os
import stat
import time

from automode.adapters.state import capped, update_session
from automode.typing_lite import Any

# Reading a huge transcript from the start on every hook would cost the hot path; the read position is kept in
# the session state and only new lines are parsed. The first read of a very long transcript keeps its tail.
FIRST_READ_MAX_BYTES = 8 * 1024 * 1024
#: When each session seen by this process started (its first hook call, kept in the session's state).
STARTED: dict[str, float] = {}
_INJECTED = ("<system-reminder>", "<local-command-stdout>", "<local-command-stderr>", "<command-stdout>")


def user_texts(entry: Any) -> list[str]:
    """The user-written texts in one transcript line (usually zero or one)."""
    if not isinstance(entry, dict) or entry.get("type") != "user":
        return []
    if entry.get("isMeta") or entry.get("isCompactSummary") or entry.get("isSidechain") or entry.get("toolUseResult"):
        return []
    msg = entry.get("message")
    if not isinstance(msg, dict) or msg.get("role", "user") != "user":
        return []
    content = msg.get("content")
    texts: list[str] = []
    if isinstance(content, str):
        texts = [content]
    elif isinstance(content, list):
        if any(isinstance(b, dict) and b.get("type") == "tool_result" for b in content):
            return []
        texts = [b["text"] for b in content if isinstance(b, dict) and b.get("type") == "text" and isinstance(b.get("text"), str)]
    return [t for t in texts if t.strip() and not t.lstrip().startswith(_INJECTED)]


def read_new(path: str, offset: int) -> tuple[list[str], int]:
    """User messages in complete lines after `offset`, and the offset after the last complete line. Only a regular
    file is read, and only up to the size it had when opened (a `transcript_path` naming `/dev/zero`, a FIFO or a
    growing file kept the hook reading until its watchdog answered: red team s13)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO would block an open() for reading
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return [], offset
    with os.fdopen(fd, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size < offset:  # truncated or replaced: start over
            offset = 0
        if offset == 0 and size > FIRST_READ_MAX_BYTES:
            offset = size - FIRST_READ_MAX_BYTES
            f.seek(offset)
            f.readline()  # skip the partial line
            offset = f.tell()
        else:
            f.seek(offset)
        data = f.read(max(size - offset, 0))
    end = data.rfind(b"\n")
    if end < 0:
        return [], offset
    messages: list[str] = []
    for line in data[: end + 1].splitlines():
        if b'"user"' not in line:
            continue
        try:
            messages += user_texts(json.loads(line))
        except ValueError:
            continue
    return messages, offset + end + 1


def session_messages(session_id: str | None, transcript_path: str | None) -> list[str]:
    """The session's user messages: the transcript's, then prompts recorded at UserPromptSubmit it lacks yet."""
    if not session_id:
        return _read_all(transcript_path)
    result: list[str] = []

    def change(state: dict[str, Any]) -> bool:
        nonlocal result
        raw_tr = state.get("transcript")
        tr: dict[str, Any] = raw_tr if isinstance(raw_tr, dict) else {}
        old = [m for m in tr.get("messages", []) if isinstance(m, str)]
        changed = False
        if transcript_path:
            raw_off = tr.get("offset")
            offset = raw_off if tr.get("path") == transcript_path and isinstance(raw_off, int) else 0
            if offset == 0:
                old = []
            try:
                new, new_offset = read_new(transcript_path, offset)
            except OSError:
                new, new_offset = [], offset
            if new_offset != offset or tr.get("path") != transcript_path:
                old = capped(old + new)
                state["transcript"] = {"path": transcript_path, "offset": new_offset, "messages": old}
                changed = True
        if not isinstance(state.get("started"), (int, float)):
            state["started"] = time.time()  # the session's first hook call: files changed since are the session's
            changed = True
        STARTED[session_id] = float(state["started"])
        prompts = [p for p in state.get("prompts", []) if isinstance(p, str)]
        seen = set(old)
        result = old + [p for p in prompts if p not in seen]
        return changed

    update_session(session_id, change)
    return result


def _read_all(path: str | None) -> list[str]:
    if not path:
        return []
    try:
        return capped(read_new(path, 0)[0])
    except OSError:
        return []
