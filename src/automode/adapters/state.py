"""Per-session state shared by concurrent hook processes: the user's messages, the transcript read position, the
session's memory (files it created, digests of secrets it read).

One JSON file per session under the user's data dir, written atomically (temp file + rename) under an flock, so
two hooks of the same session (agents run tools in parallel) never lose each other's update.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Callable, Iterator

from automode.digest import sha256_hex
from automode.model import SessionMemory
from automode.typing_lite import Any

MAX_MESSAGES = 200
MAX_MESSAGE_CHARS = 20_000


def data_dir(base: str | None = None) -> str:
    """`$XDG_DATA_HOME/automode`, else `~/.local/share/automode` (created 0700)."""
    base = base or os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    path = os.path.join(base, "automode")
    _ensure_dir(path)
    return path


def _ensure_dir(path: str) -> None:
    # A stat where the directory exists (every call but the first): cheaper than mkdir failing with EEXIST.
    if not os.path.isdir(path):
        os.makedirs(path, mode=0o700, exist_ok=True)


def sessions_dir(base: str | None = None) -> str:
    path = os.path.join(data_dir(base), "sessions")
    _ensure_dir(path)
    return path


def session_path(session_id: str, base: str | None = None) -> str:
    # Hash the id: it comes from the agent's payload and must not choose a path.
    digest = sha256_hex(session_id.encode("utf-8", "surrogatepass"))[:32]
    return os.path.join(sessions_dir(base), f"{digest}.json")


def atomic_write_json(path: str, obj: Any) -> None:
    """Write JSON so readers see the old file or the new one, never half of either."""
    directory = os.path.dirname(path) or "."
    # What tempfile.mkstemp does (O_EXCL, 0600, a random name), without importing tempfile on every hook.
    tmp = os.path.join(directory, f".tmp-{os.urandom(6).hex()}")
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            # ASCII: a lone surrogate in a command (a `\\ud800` escape in the hook input) is written as its escape; with
            # raw UTF-8 it failed the write, and the denial counter and session memory silently stopped counting.
            json.dump(obj, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _locked(path: str) -> Iterator[None]:
    fd = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def load_session(session_id: str, base: str | None = None) -> dict[str, Any]:
    try:
        with open(session_path(session_id, base), encoding="utf-8") as f:
            obj = json.load(f)
        return obj if isinstance(obj, dict) else {}
    except (OSError, ValueError):
        return {}


def load_session_at(xdg_data_home: str | os.PathLike[str], session_id: str) -> dict[str, Any]:
    """A session's state under another data home (tools and tests looking at an agent's sandbox)."""
    return load_session(session_id, os.fspath(xdg_data_home))


def update_session(session_id: str, change: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """Read-modify-write the session's state under its lock; `change` returns whether to write."""
    path = session_path(session_id)
    with _locked(path):
        state = load_session(session_id)
        if change(state):
            state["session_id"] = session_id
            atomic_write_json(path, state)
        return state


def capped(messages: list[str]) -> list[str]:
    return [m[:MAX_MESSAGE_CHARS] for m in messages[-MAX_MESSAGES:]]


def record_prompt(session_id: str, prompt: str) -> None:
    def change(state: dict[str, Any]) -> bool:
        prompts = [p for p in state.get("prompts", []) if isinstance(p, str)]
        prompts.append(prompt)
        state["prompts"] = capped(prompts)
        return True

    update_session(session_id, change)


# ---------------------------------------------------------------- session memory (issue 12)
def load_memory(session_id: str | None) -> SessionMemory | None:
    """The session's memory (what it created, digests of secrets it read), None without a session."""
    if not session_id:
        return None
    from automode.judge.memory import from_json

    return from_json(load_session(session_id).get("memory"))


def update_memory(session_id: str, change: Callable[[SessionMemory | None], SessionMemory]) -> None:
    from automode.judge.memory import from_json, to_json

    def apply(state: dict[str, Any]) -> bool:
        old = from_json(state.get("memory"))
        new = change(old)
        if new == old:
            return False
        state["memory"] = to_json(new)
        return True

    update_session(session_id, apply)
