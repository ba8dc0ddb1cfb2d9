"""One pass over an edit's text for every trigger word of every file check.

Each check in `weaken` and the code prefilter in `code` names the lower-case substrings one of which its construct
must contain. They are gathered here into one Aho-Corasick automaton (`ahocorasick-rs`, the Rust `aho-corasick` crate), so an
ordinary edit costs one linear scan whatever the number of checks (about 2 µs for a 1 kB file, against about 20 µs
for one `in` test per trigger), and no regular expression runs unless a trigger is present. Without the extension
the same answer comes from one substring test per trigger (slower, same result).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

_WORDS: set[str] = set()


def register(words: Iterable[str]) -> frozenset[str]:
    """Declare trigger words (lower case) at import time; returns them as a set for the caller's gate."""
    ws = frozenset(w.lower() for w in words)
    _WORDS.update(ws)
    _automaton.cache_clear()
    _longest.cache_clear()
    return ws


@lru_cache(maxsize=1)
def _longest() -> int:
    """The longest trigger word (how far chunks of a long text overlap), once per set of words, not once per scan."""
    return max((len(w) for w in _WORDS), default=0)


@lru_cache(maxsize=1)
def _automaton() -> object | None:
    try:
        import ahocorasick_rs
    except ImportError:  # pragma: no cover - the dependency is declared; this keeps the core working without it
        return None
    return ahocorasick_rs.AhoCorasick(sorted(_WORDS))


def hits(low: str) -> frozenset[str]:
    """The trigger words that occur in `low` (already lower-cased)."""
    a = _automaton()
    if a is None:
        return frozenset(w for w in _WORDS if w in low)
    return frozenset(a.find_matches_as_strings(low, overlapping=True))  # type: ignore[attr-defined]


def spans(low: str, chunk: int = 32_768) -> Iterator[tuple[int, int]] | None:
    """Start and end of every trigger word in `low`, chunk by chunk so that a caller that has seen enough can stop;
    None without the extension (the caller then reads a prefix)."""
    a = _automaton()
    if a is None:
        return None
    return _spans(a, low, chunk)


def _spans(a: object, low: str, chunk: int) -> Iterator[tuple[int, int]]:
    overlap = _longest()
    for base in range(0, len(low), chunk):
        piece = low[base:base + chunk + overlap]
        for _, s, e in a.find_matches_as_indexes(piece, overlapping=True):  # type: ignore[attr-defined]
            if s < chunk:
                yield base + s, base + e
