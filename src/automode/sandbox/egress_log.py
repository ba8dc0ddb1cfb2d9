"""A record of every connection the egress proxy was asked for, allowed or not.

Written as JSONL to `<data dir>/egress.jsonl` for now. The audit store can subscribe with `add_egress_hook(fn)`:
`fn(event)` is called in the proxy's thread with the same dict that is written (keys: ts, session, method, host,
port, verdict, rule, error); exceptions from a hook are swallowed so a broken hook cannot break the agent's network.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

EgressEvent = dict[str, Any]
EgressHook = Callable[[EgressEvent], None]

_hooks: list[EgressHook] = []


def add_egress_hook(fn: EgressHook) -> None:
    _hooks.append(fn)


def remove_egress_hook(fn: EgressHook) -> None:
    if fn in _hooks:
        _hooks.remove(fn)


def data_dir(home: str | None = None) -> Path:
    """`$XDG_DATA_HOME/automode`, else `~/.local/share/automode`: where the audit store and hooks keep state."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(home or os.path.expanduser("~"), ".local", "share")
    return Path(base) / "automode"


class EgressLog:
    def __init__(self, path: Path | None, session: str) -> None:
        self.path = path
        self.session = session
        self._lock = threading.Lock()

    def record(
        self, method: str, host: str, port: int, verdict: str, rule: str | None, error: str | None = None
    ) -> None:
        event: EgressEvent = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
            + f".{int(time.time() * 1000) % 1000:03d}Z",
            "session": self.session,
            "method": method,
            "host": host,
            "port": port,
            "verdict": verdict,
            "rule": rule,
            "error": error,
        }
        if self.path is not None:
            line = json.dumps(event, separators=(",", ":")) + "\n"
            with self._lock:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    with self.path.open("a", encoding="utf-8") as f:
                        f.write(line)
                except OSError:
                    pass  # a full or read-only disk must not cut the agent off; hooks still see the event
        for hook in list(_hooks):
            with contextlib.suppress(Exception):
                hook(event)
