"""Terminal output for the CLI commands (never imported on the hook path): colour only on a terminal and never
with `NO_COLOR` (https://no-color.org) or `TERM=dumb`, padding applied before colour so columns stay aligned, text
cut with an ellipsis, and a progress line on stderr for runs longer than a second (only when stderr is a terminal).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any, TextIO

_CODES = {"allow": "32", "ask": "33", "deny": "31", "bold": "1", "dim": "2"}
ELLIPSIS = "…"


def colour_enabled(stream: TextIO | None = None) -> bool:
    """Colour on `stream` (stdout by default): a terminal, `NO_COLOR` unset or empty, `TERM` not `dumb`."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    s = sys.stdout if stream is None else stream
    try:
        return s.isatty()
    except (AttributeError, ValueError):
        return False


def paint(text: str, style: str, colour: bool) -> str:
    code = _CODES.get(style)
    return f"\x1b[{code}m{text}\x1b[0m" if colour and code else text


def verdict(v: str, colour: bool, width: int = 5, upper: bool = False) -> str:
    """A verdict padded to `width` first, then coloured: aligned whatever the escape codes."""
    text = (v.upper() if upper else v).ljust(width)
    return paint(text, v, colour)


_CONTROL = dict.fromkeys([*range(0, 9), *range(11, 32), 127, *range(128, 160)])


def shown(text: str) -> str:
    """`text` safe to print: control characters (an escape sequence in a recorded command, a bell, a carriage return
    that hides what came before) become visible `\\xNN`, so nothing an agent wrote can drive the terminal."""
    t = str(text)
    if not any(ord(ch) in _CONTROL for ch in t):
        return t
    return "".join(f"\\x{ord(ch):02x}" if ord(ch) in _CONTROL else ch for ch in t)


def say(*parts: object, **kw: Any) -> None:
    """`print` for text that carries what an agent or a store wrote: control characters shown (see `shown`)."""
    print(*(shown(str(p)) for p in parts), **kw)


def cut(text: str, width: int) -> str:
    """`text` on one line, at most `width` characters, control characters shown (see `shown`); a cut ends with an
    ellipsis."""
    one = shown(" ".join(str(text).split("\n")))
    return one if len(one) <= width else one[: max(0, width - 1)] + ELLIPSIS


def counts(d: dict[str, int]) -> str:
    """`{'policy': 50, 'floor': 6}` as `policy 50, floor 6` (largest first); `-` when empty."""
    return ", ".join(f"{k} {v}" for k, v in sorted(d.items(), key=lambda kv: -kv[1])) or "-"


class Progress:
    """`with Progress("scoring", total) as p: p.tick()`: after `delay` seconds, a `\\r`-rewritten line on stderr,
    at most ten times a second; nothing at all when stderr is not a terminal."""

    def __init__(self, label: str, total: int = 0, delay: float = 1.0, stream: TextIO | None = None) -> None:
        self.label, self.total, self.n = label, total, 0
        self.stream = sys.stderr if stream is None else stream
        try:
            self.live = self.stream.isatty() and os.environ.get("TERM") != "dumb"
        except (AttributeError, ValueError):
            self.live = False
        self.t0 = time.monotonic()
        self.next = self.t0 + delay
        self.shown = False
        # With NO_COLOR no escape code at all: the line is cleared by overwriting it with spaces.
        self.plain = bool(os.environ.get("NO_COLOR"))
        self.width = 0

    def __enter__(self) -> Progress:
        return self

    def tick(self, k: int = 1, label: str | None = None) -> None:
        self.n += k
        if label is not None:
            self.label = label
        if not self.live:
            return
        now = time.monotonic()
        if now < self.next:
            return
        self.next = now + 0.1
        done = f"{self.n}/{self.total}" if self.total else str(self.n) if self.n else "running"
        line = f"{self.label}: {done} ({now - self.t0:.0f} s)"
        self.stream.write(f"\r{line.ljust(self.width)}" if self.plain else f"\r\x1b[K{line}")
        self.width = max(self.width, len(line))
        self.stream.flush()
        self.shown = True

    def __exit__(self, *exc: object) -> None:
        if self.shown:
            self.stream.write(f"\r{' ' * self.width}\r" if self.plain else "\r\x1b[K")
            self.stream.flush()


class Heartbeat:
    """`with Heartbeat("automode bench --serve"): run()`: for a run that prints its report at the end, a line on
    stderr after `delay` seconds saying it is alive and for how long, rewritten twice a second from a background
    thread and cleared when the block ends; nothing at all off a terminal."""

    def __init__(self, label: str, delay: float = 1.0, stream: TextIO | None = None) -> None:
        self.progress = Progress(label, delay=delay, stream=stream)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Heartbeat:
        if self.progress.live:
            self._thread = threading.Thread(target=self._beat, name="automode-heartbeat", daemon=True)
            self._thread.start()
        return self

    def _beat(self) -> None:
        while not self._stop.wait(0.5):
            self.progress.tick(0)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
        self.progress.__exit__()
