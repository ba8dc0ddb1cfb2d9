"""Run one hook in this process: read stdin, answer on stdout, and fail closed on crash or timeout.

`python -I -m automode.adapters.run claude-code [--headless]` is the cold hook command `automode install` writes:
no argparse, no CLI table, `-I` so a file named `automode` in the agent's working directory cannot stand in for us.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Mapping

from automode.adapters.hookio import MAX_INPUT_BYTES, HookAdapter, HookResult, block_exit
from automode.typing_lite import Any, NoReturn, cast

#: agent name -> adapter module (each has `handle` and `fail_safe`).
ADAPTERS: Mapping[str, str] = {
    "claude-code": "automode.adapters.claude_code",
    "codex": "automode.adapters.codex",
    "gemini": "automode.adapters.gemini",
}
#: Seconds before a hook gives its fail-safe answer itself; below the timeout `install` writes (30 s), because an
#: agent that kills a slow hook runs the action.
DEFAULT_TIMEOUT = 20.0


def load_adapter(agent: str) -> HookAdapter:
    from automode import lazymod

    return cast(HookAdapter, lazymod.load(ADAPTERS[agent]))


def handle_safely(agent: str, raw: bytes, env: Mapping[str, str], headless: bool) -> HookResult:
    """`adapter.handle`, with any exception turned into the adapter's fail-safe answer."""
    try:
        adapter = load_adapter(agent)
    except Exception as exc:
        return block_exit(f"automode could not load its {agent} adapter ({type(exc).__name__}: {exc})")
    try:
        return adapter.handle(raw, env, headless)
    except BaseException as exc:  # fail closed, including SystemExit/KeyboardInterrupt raised deep inside
        try:
            return adapter.fail_safe(raw, f"internal error: {type(exc).__name__}: {exc}", headless)
        except Exception:
            return block_exit(f"internal error: {type(exc).__name__}")


class _Once:
    """Write exactly one answer, whichever of the normal path and the watchdog gets there first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def emit(self, res: HookResult) -> bool:
        if not self._lock.acquire(blocking=False):
            return False
        try:
            if res.stdout:
                sys.stdout.write(res.stdout)
            if res.stderr:
                sys.stderr.write(res.stderr)
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        return True


def main_in_process(agent: str, headless: bool = False, timeout: float = DEFAULT_TIMEOUT, stdin: Any = None,
                    server: str | None = None) -> NoReturn:
    """Answer one hook call and end the process (never returns: see `_exit`)."""
    # One answer, then exit: no cyclic garbage collection in this process. Nearly everything it allocates is the
    # package's modules and tables, which live until exit, so each collection only walks them again (about 5 % of a
    # cold hook's instructions). What a decision leaves behind is freed by reference counting as usual, its cycles
    # at exit; a decision is bounded in time (`shell.budget`), so in what it can allocate too.
    gc.disable()
    from automode import audit, retable

    retable.install()  # this process is ours: regular expressions come precompiled (automode.retable)
    audit.defer_to_exit()  # records are spooled at exit and committed by a detached drainer (audit.exit_within)
    parts: list[bytes] = []
    once = _Once()

    def on_timeout() -> None:
        try:
            res = load_adapter(agent).fail_safe(b"".join(parts), f"timed out after {timeout:g} s", headless)
        except Exception:
            res = block_exit(f"timed out after {timeout:g} s")
        if once.emit(res):
            _exit(res.code)

    timer = threading.Timer(timeout, on_timeout)
    timer.daemon = True
    timer.start()
    try:
        # Read in pieces so that on timeout the watchdog sees whatever arrived (a complete payload on a stdin
        # left open still gets its event's own fail-safe answer).
        stream = stdin if stdin is not None else sys.stdin.buffer
        read = getattr(stream, "read1", stream.read)
        size = 0
        while size <= MAX_INPUT_BYTES:
            chunk = read(65536)
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
    except (OSError, ValueError) as exc:
        res = block_exit(f"could not read the hook input ({exc})")
    else:
        raw = b"".join(parts)
        if server:
            from automode.adapters.remote import DEFAULT_BUDGET, ServiceCall, stricter

            call = ServiceCall(server, agent, raw, os.environ, headless)  # in flight while we decide locally
            res = stricter(handle_safely(agent, raw, os.environ, headless), call, DEFAULT_BUDGET)
        else:
            res = handle_safely(agent, raw, os.environ, headless)
    timer.cancel()
    if not once.emit(res):  # the watchdog answered already and is exiting
        threading.Event().wait()
    _exit(res.code)


def _exit(code: int) -> NoReturn:
    """The answer is out: exit within a fixed time whatever the audit writer is doing (the rest is spooled)."""
    from automode.audit import exit_within

    exit_within(code)


def parse_argv(argv: list[str]) -> tuple[str, bool, float, str | None] | str:
    """(agent, headless, timeout, server URL) or an error message."""
    agent, headless, timeout, server = "", False, DEFAULT_TIMEOUT, None
    it = iter(argv)
    for arg in it:
        if arg == "--headless":
            headless = True
        elif arg == "--server":
            server = next(it, None)
            if not server or not server.startswith(("http://", "https://")):
                return "--server needs an http(s) URL"
        elif arg == "--timeout":
            try:
                timeout = float(next(it))
            except (StopIteration, ValueError):
                return "--timeout needs a number of seconds"
        elif arg in ADAPTERS and not agent:
            agent = arg
        else:
            return f"unexpected argument {arg!r}"
    if not agent:
        return f"name the agent: one of {', '.join(ADAPTERS)}"
    return agent, headless, timeout, server


def main(argv: list[str] | None = None) -> int:
    parsed = parse_argv(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, str):
        res = block_exit(f"bad hook command: {parsed}")
        sys.stderr.write(res.stderr)
        return res.code
    agent, headless, timeout, server = parsed
    return main_in_process(agent, headless, timeout, server=server)


if __name__ == "__main__":
    raise SystemExit(main())
