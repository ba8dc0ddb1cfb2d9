"""Terminal output for the CLI commands, on `rich` (never imported on the hook path: the hook process, the resident
client and the resident server import nothing from `automode.commands`, and tests/integrations/test_cold_imports.py
keeps `rich` out of them by name).

* Colour and styles only on a terminal, never with `NO_COLOR` (https://no-color.org) or `TERM=dumb`: the console
  then has no colour system at all, so not even bold or dim is sent. Off a terminal nothing but text is written and
  nothing is wrapped (one record stays one line for `grep`).
* Tables (`table`, `print_table`) size their columns from the cells, so a coloured verdict never shifts a column.
* Nothing an agent or a store wrote can drive the terminal: rich markup, emoji codes and highlighting are off, and
  control characters are shown as `\\xNN` (`shown`) before any text reaches the console.
* `Progress` / `Heartbeat`: a rich progress bar on stderr for runs longer than a second, only when stderr is a
  terminal; with `NO_COLOR` a plain `\\r`-rewritten text bar (no escape code at all); nothing off a terminal.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

#: rich styles for the verdicts and a few roles; used only when the console has colour.
STYLES = {"allow": "green", "ask": "yellow", "deny": "bold red", "bold": "bold", "dim": "dim", "head": "bold",
          "LIVE": "bold green", "NOT LIVE": "bold red"}  # fmt: skip
ELLIPSIS = "…"


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def colour_enabled(stream: TextIO | None = None) -> bool:
    """Colour on `stream` (stdout by default): a terminal, `NO_COLOR` unset or empty, `TERM` not `dumb`."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") in ("dumb", "unknown"):
        return False
    return _isatty(sys.stdout if stream is None else stream)


def console(stream: TextIO | None = None, colour: bool | None = None) -> Console:
    """A rich console on `stream` (stdout by default) for one command's output: styles only when `colour_enabled`
    (or `colour` says so), no markup, emoji or highlighting (agent text is printed as text), and off a terminal no
    width limit, so nothing is wrapped or cut that a pipe would want whole."""
    from rich.console import Console

    s = sys.stdout if stream is None else stream
    on = colour_enabled(s) if colour is None else colour and colour_enabled(s)
    tty = _isatty(s)
    return Console(file=s, color_system="auto" if on else None, no_color=not on, force_terminal=tty and on,
                   width=None if tty else 100_000, highlight=False, markup=False, emoji=False,
                   legacy_windows=False, soft_wrap=not tty, safe_box=True)  # fmt: skip


def text(value: object, style: str = "") -> Text:
    """A rich Text of `value` with control characters shown (see `shown`)."""
    from rich.text import Text

    return Text(shown(str(value)), style=STYLES.get(style, style))


def verdict_text(v: str, upper: bool = False) -> Text:
    return text(v.upper() if upper else v, v)


def table(*columns: str | tuple[str, str], title: str | None = None) -> Table:
    """A borderless table with a header rule; a column given as `(name, "right")` is right-aligned (numbers). Cells
    are never cut: on a terminal too narrow for the table they wrap."""
    from rich import box
    from rich.table import Table

    t = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title=title, title_justify="left",
              title_style="bold", header_style="bold", collapse_padding=True)  # fmt: skip
    for c in columns:
        name, justify = (c, "left") if isinstance(c, str) else c
        # On a narrow terminal a cell wraps onto more lines ("fold") rather than losing its end to an ellipsis.
        t.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    return t


def row(t: Table, *cells: object) -> None:
    """Add a row of plain values (shown safely) or Text cells."""
    from rich.text import Text

    t.add_row(*(c if isinstance(c, Text) else text("-" if c is None else c) for c in cells))


_CONTROL = dict.fromkeys([*range(0, 9), *range(11, 32), 127, *range(128, 160)])


def shown(text_: str) -> str:
    """`text` safe to print: control characters (an escape sequence in a recorded command, a bell, a carriage return
    that hides what came before) become visible `\\xNN`, so nothing an agent wrote can drive the terminal."""
    t = str(text_)
    if not any(ord(ch) in _CONTROL for ch in t):
        return t
    return "".join(f"\\x{ord(ch):02x}" if ord(ch) in _CONTROL else ch for ch in t)


def say(*parts: object, **kw: Any) -> None:
    """`print` for text that carries what an agent or a store wrote: control characters shown (see `shown`)."""
    print(*(shown(str(p)) for p in parts), **kw)


def cut(text_: str, width: int) -> str:
    """`text` on one line, at most `width` characters, control characters shown (see `shown`); a cut ends with an
    ellipsis."""
    one = shown(" ".join(str(text_).split("\n")))
    return one if len(one) <= width else one[: max(0, width - 1)] + ELLIPSIS


def counts(d: dict[str, int]) -> str:
    """`{'policy': 50, 'floor': 6}` as `policy 50, floor 6` (largest first); `-` when empty."""
    return ", ".join(f"{k} {v}" for k, v in sorted(d.items(), key=lambda kv: -kv[1])) or "-"


def _live(stream: Any) -> bool:
    return _isatty(stream) and os.environ.get("TERM") not in ("dumb", "unknown")


class Progress:
    """`with Progress("scoring", total) as p: p.tick()`: after `delay` seconds a progress bar on stderr (rich: bar,
    count, elapsed and remaining time; a pulsing bar when the total is unknown), rewritten about ten times a second
    and removed when the block ends. With `NO_COLOR` on a terminal, a plain text bar rewritten with `\\r` and cleared
    with spaces (no escape code). Nothing at all when stderr is not a terminal."""

    def __init__(self, label: str, total: int = 0, delay: float = 1.0, stream: TextIO | None = None) -> None:
        self.label, self.total, self.n = label, total, 0
        self.stream = sys.stderr if stream is None else stream
        self.live = _live(self.stream)
        self.plain = bool(os.environ.get("NO_COLOR"))
        self.t0 = time.monotonic()
        self.start_at = self.t0 + delay
        self.next = self.start_at
        self.shown = False
        self.width = 0
        self._lock = threading.Lock()
        self._rich: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        return self

    def tick(self, k: int = 1, label: str | None = None) -> None:
        self.n += k
        if label is not None:
            self.label = label
        if not self.live:
            return
        now = time.monotonic()
        if now < self.start_at:
            return
        with self._lock:
            if self.plain:
                self._plain(now)
            else:
                self._bar()

    def _bar(self) -> None:
        if self._rich is None:
            import rich.progress as rp
            from rich.console import Console

            con = Console(file=self.stream, highlight=False, markup=False, emoji=False, legacy_windows=False)
            cols: list[Any] = [rp.TextColumn("{task.description}"), rp.BarColumn(), rp.MofNCompleteColumn(),
                               rp.TimeElapsedColumn(), rp.TimeRemainingColumn()]  # fmt: skip
            # Output stays where it was going: rich would otherwise route stdout through the stderr console.
            self._rich = rp.Progress(*cols, console=con, transient=True, refresh_per_second=8, redirect_stdout=False,
                                     redirect_stderr=False)  # fmt: skip
            self._task = self._rich.add_task(shown(self.label), total=self.total or None, completed=self.n)
            self._rich.start()
            self.shown = True
        else:
            self._rich.update(self._task, completed=self.n, total=self.total or None, description=shown(self.label))

    def _plain(self, now: float) -> None:
        if now < self.next:
            return
        self.next = now + 0.1
        if self.total:
            filled = min(20, 20 * self.n // max(1, self.total))
            done = f"[{'#' * filled}{'-' * (20 - filled)}] {self.n}/{self.total}"
        else:
            done = str(self.n) if self.n else "running"
        line = shown(f"{self.label}: {done} ({now - self.t0:.0f} s)")
        self.stream.write(f"\r{line.ljust(self.width)}")
        self.width = max(self.width, len(line))
        self.stream.flush()
        self.shown = True

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            if self._rich is not None:
                self._rich.stop()
                self._rich = None
            elif self.shown:
                self.stream.write(f"\r{' ' * self.width}\r")
                self.stream.flush()


class Heartbeat:
    """`with Heartbeat("automode bench --serve"): run()`: for a run whose steps are not counted, a progress bar
    (pulsing, with the elapsed time) on stderr after `delay` seconds, kept alive from a background thread and
    removed when the block ends; `step(label)` renames it as the run moves on. Nothing at all off a terminal."""

    def __init__(self, label: str, delay: float = 1.0, stream: TextIO | None = None) -> None:
        self.progress = Progress(label, delay=delay, stream=stream)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Heartbeat:
        if self.progress.live:
            self._thread = threading.Thread(target=self._beat, name="automode-heartbeat", daemon=True)
            self._thread.start()
        return self

    def step(self, label: str, done: int | None = None, total: int | None = None) -> None:
        """Rename the bar as the run moves on; with `done`/`total`, a counted bar (steps of known number)."""
        p = self.progress
        p.label = label
        if total is not None:
            p.total = total
        if done is not None:
            p.n = done

    def _beat(self) -> None:
        while not self._stop.wait(0.25):
            self.progress.tick(0)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
        self.progress.__exit__()


class Held:
    """What a run printed on stdout while its progress bar was up (`held_stdout`); `release()` prints it."""

    def __init__(self) -> None:
        import io

        self.buffer = io.StringIO()

    def release(self) -> None:
        sys.stdout.write(self.buffer.getvalue())
        sys.stdout.flush()
        self.buffer = type(self.buffer)()


@contextmanager
def held_stdout() -> Iterator[Held]:
    """`with held_stdout() as held, Progress(...): run()` then `held.release()`: a run that prints its own report keeps
    it until its progress bar is gone, so the bar's clean-up never erases a line of the report (stdout only; the
    report still goes to stdout, whatever stderr is)."""
    from contextlib import redirect_stdout

    held = Held()
    with redirect_stdout(held.buffer):
        yield held


def emit(*renderables: Any, stream: TextIO | None = None, colour: bool | None = None) -> None:
    """Print rich renderables (tables, Text; `None` for an empty line) on `stream` through `console`, with the
    padding rich leaves at the end of each line removed."""
    emit_line(console(stream, colour))(*renderables)


def emit_line(con: Console) -> Callable[..., None]:
    """`out = emit_line(console())`, then `out(text, None, table, ...)`: print renderables on that console, `None` as an
    empty line, each line right-stripped, flushed after each call (for output that streams, like `log --follow`)."""

    def out(*renderables: Any) -> None:
        with con.capture() as cap:
            for r in renderables:
                con.print() if r is None else con.print(r)
        con.file.write("\n".join(line.rstrip() for line in cap.get().split("\n")))
        con.file.flush()

    return out
