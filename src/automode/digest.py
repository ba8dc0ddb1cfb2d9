"""SHA-256 without `hashlib`'s start-up: hashlib initialises OpenSSL on import (about 3 ms of a cold hook, which
needs a digest only to name the session's state file). The interpreter's own built-in module gives the same digest."""

from __future__ import annotations

from collections.abc import Callable

from automode import lazymod
from automode.typing_lite import Any


def _builtin_sha256() -> Callable[[bytes], Any]:
    for name in ("_sha256", "_sha2"):  # 3.11, 3.12+
        try:
            ctor: Callable[[bytes], Any] = lazymod.load(name).sha256
            return ctor
        except (ImportError, AttributeError):
            continue
    from hashlib import sha256

    return sha256


_SHA256 = _builtin_sha256()


def sha256_hex(data: bytes) -> str:
    """The hex SHA-256 digest of `data` (identical to hashlib.sha256(data).hexdigest())."""
    return str(_SHA256(data).hexdigest())
