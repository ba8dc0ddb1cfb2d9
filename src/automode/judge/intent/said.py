"""The user's messages as the judge's checks read them, computed once per session rather than once per check.

Every check of the judge that compares an action with the user's words reads the same messages: reading them into
English and lower case (or joining them) for each check and each action made the cost of the words grow with the
number of checks. These functions are keyed by the messages themselves (a tuple of strings, whose hashes Python
keeps), so a session's words are read once, and a new message is read when it arrives.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=64)
def lowered(msgs: tuple[str, ...]) -> tuple[str, ...]:
    """Each message read into English (`gloss`, its first 4000 characters), in lower case, oldest first."""
    from automode.judge.intent.gloss import gloss

    return tuple(gloss(m[:4000]).lower() for m in msgs)


@lru_cache(maxsize=64)
def lowered_text(msgs: tuple[str, ...]) -> str:
    """`lowered` joined by newlines."""
    return "\n".join(lowered(msgs))


def joined(msgs: tuple[str, ...] | list[str], sep: str = "\n") -> str:
    """The messages joined by `sep`: the same string object for the same messages, so that the checks that key
    their own caches by the session's text hash it once (Python keeps a string's hash), not once per check."""
    return _joined(tuple(msgs), sep)


@lru_cache(maxsize=64)
def _joined(msgs: tuple[str, ...], sep: str) -> str:
    return sep.join(msgs)


def joined_lower(msgs: tuple[str, ...] | list[str], sep: str = "\n") -> str:
    """`joined(msgs, sep).lower()`, once per session."""
    return _joined_lower(tuple(msgs), sep)


@lru_cache(maxsize=64)
def _joined_lower(msgs: tuple[str, ...], sep: str) -> str:
    return _joined(msgs, sep).lower()
