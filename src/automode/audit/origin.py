"""Who decided a recorded decision and for whom, when that is not this process for its own user (issue 16).

A row is normally decided by the local engine for the user running it (`decided_by = "local"`, the process's user
and host). The team decision service decides for other people: around each request it sets `ORIGIN` to the calling
developer (user, host), the service's own identity (`decided_by`) and the client's (`client`: token name, address,
user agent). `Recorder.record` captures the value on the caller's thread (asyncio.to_thread copies the context), so
the row built later on the writer thread carries it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

#: keys: "decided_by", "client", "user", "host" (all optional strings)
ORIGIN: ContextVar[Mapping[str, str] | None] = ContextVar("automode_audit_origin", default=None)


def current() -> Mapping[str, str] | None:
    return ORIGIN.get()


@contextmanager
def deciding_for(origin: Mapping[str, str]) -> Iterator[None]:
    """Record every decision made inside the block with `origin`."""
    token = ORIGIN.set(dict(origin))
    try:
        yield
    finally:
        ORIGIN.reset(token)
