"""The tune / measure split of corpora grouped in families (`sessions.jsonl`).

A family goes to one half by the parity of the first byte of its name's SHA-256: stable, independent of the file's
order and of anything in the records, so a hidden set of the same kind behaves like the half nobody tuned on.
Engineers tune on "tune" and only ever read totals of "measure" (`automode bench --split`).
"""

from __future__ import annotations

import hashlib


def half_of(family: str) -> str:
    return "tune" if hashlib.sha256(family.encode("utf-8")).digest()[0] % 2 == 0 else "measure"
