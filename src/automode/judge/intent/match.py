"""Matching the user's words against an action: object names, authorising requests, boundaries in force."""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from automode.judge.intent.text import Boundary, Clause, idents, parse_message, tokens

if TYPE_CHECKING:
    from automode.judge.intent.facts import Target

_SPLIT = re.compile(r"[^a-z0-9]+")
_PRONOUN = re.compile(r"\b(it|them|that|this|those|these|both|everything)\b")


def stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def name_tokens(obj: str) -> set[str]:
    return {stem(t) for t in _SPLIT.split(obj.lower()) if t}


@dataclass(frozen=True, slots=True)
class Said:
    """One request clause with where it came from."""

    index: int  # message index; instructions are -1, configuration -2
    clause: Clause
    strong: frozenset[str]  # names usable as its objects (the clause's, or its message's for "it", "them")
    weak: frozenset[str]


@dataclass(frozen=True, slots=True)
class Intent:
    requests: tuple[Said, ...]  # newest first
    boundaries: tuple[tuple[int, Boundary], ...]  # in force (not lifted by a later request)
    text: str  # every user word, lower case, for value look-ups
    amounts: frozenset[float]
    has_messages: bool


@lru_cache(maxsize=256)
def session_intent(
    messages: tuple[str, ...], instructions: tuple[str, ...], config_bounds: tuple[str, ...]
) -> Intent:
    requests: list[Said] = []
    bounds: list[tuple[int, Boundary]] = []
    amounts: set[float] = set()
    sources = [(-2, t) for t in config_bounds] + [(-1, t) for t in instructions] + list(enumerate(messages))
    for idx, text in sources:
        msg = parse_message(text)
        amounts |= msg.amounts
        bounds += [(idx, b) for b in msg.boundaries]
        if idx == -2:
            continue
        ms = frozenset().union(*(c.strong for c in msg.clauses)) if msg.clauses else frozenset()
        mw = frozenset().union(*(c.weak for c in msg.clauses)) if msg.clauses else frozenset()
        for c in msg.clauses:
            if c.question or not c.verbs:
                continue
            wide = bool(_PRONOUN.search(c.text)) or not (c.strong or c.weak)
            requests.append(
                Said(idx, c, c.strong | ms if wide else c.strong, c.weak | mw if wide else c.weak)
            )
    live = [(i, b) for i, b in bounds if not _lifted(i, b, requests)]
    text = "\n".join(t for _, t in sources).lower()
    return Intent(tuple(reversed(requests)), tuple(live), text, frozenset(amounts), bool(messages))


def _lifted(idx: int, b: Boundary, requests: list[Said]) -> bool:
    """A boundary from message i is lifted by a later message asking for that very kind of act."""
    if idx < 0:
        return False  # configuration and project instructions are never lifted by the session
    for r in requests:
        if r.index <= idx or not (r.clause.verbs & b.verbs):
            continue
        if b.kind == "scope":
            continue  # lifted per object instead (see `scope_allows`)
        if not (b.strong or b.weak):
            return True
        if (r.strong & b.strong) or ({stem(w) for w in r.weak} & {stem(w) for w in b.weak}):
            return True
    return False


# ------------------------------------------------------------------ object names
def path_matches(path: str, strong: frozenset[str], weak: frozenset[str], root: str, home: str) -> bool:
    p = path.rstrip("/").lower()
    rel = posixpath.relpath(p, root.lower()) if p.startswith(root.lower().rstrip("/") + "/") else p
    base = posixpath.basename(p)
    for s in strong:
        s2 = s.strip().rstrip("/").lower()
        if s2.startswith("~"):
            s2 = home.lower() + s2[1:]
        if s2.startswith("../"):  # relative to the project, as the agent's command resolves it
            s2 = posixpath.normpath(posixpath.join(root.lower(), s2))
        s2 = s2.removeprefix("./")
        if not s2:
            continue
        if s2 in (p, rel, base) or p.endswith("/" + s2) or (s2.startswith("/") and p.startswith(s2 + "/")):
            return True
        if "*" in s2 and _glob(s2, base):
            return True
        if s2.startswith(".") and "/" not in s2 and len(s2) > 2 and base.endswith(s2):
            return True  # "the *.txt files" reaches the tokens as `.txt`
    tail = name_tokens("/".join(rel.split("/")[-2:]))
    return bool({stem(w) for w in weak if len(w) >= 3} & tail)


def _glob(pattern: str, name: str) -> bool:
    import fnmatch

    return fnmatch.fnmatch(name, posixpath.basename(pattern))


def object_matches(obj: str, strong: frozenset[str], weak: frozenset[str]) -> bool:
    o = obj.lower().rstrip("/")
    for s in strong:
        s2 = s.rstrip("/")
        if not s2:
            continue
        if s2 == o or (
            len(s2) >= 3 and (o.endswith("/" + s2) or o.endswith(":" + s2) or f"//{s2}" in o or f"@{s2}" in o)
        ):
            return True
        if len(s2) >= 4 and s2 in o and not s2.isdigit():
            return True
    return bool({stem(w) for w in weak if len(w) >= 3} & name_tokens(o))


_VALUE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?|ftp|wss?)://[^\s\"'<>]+|\b[A-Z]{2}\d{2}[A-Z0-9]{8,30}\b"
)


def foreign_values(objects: tuple[str, ...], intent: Intent) -> list[str]:
    """Recipients, URLs and account numbers among the objects that appear nowhere in the user's words."""
    out: list[str] = []
    for o in objects:
        for v in _VALUE.findall(o):
            v2 = v.lower().rstrip("/.,")
            host = v2.split("://", 1)[1].split("/", 1)[0] if "://" in v2 else None
            if v2 in intent.text or (host is not None and host in intent.text):
                continue
            out.append(v)
    return out


def authorisation(t: Target, intent: Intent, root: str, home: str) -> tuple[str, Said | None]:
    """("full" | "partial" | "none", the request that matched best)."""
    best: tuple[str, Said | None] = ("none", None)
    foreign = foreign_values(t.objects, intent)
    for r in intent.requests:
        if not (r.clause.verbs & t.verbs):
            continue
        if t.protected and not all(p.lower() in r.strong or p.lower() in r.weak for p in t.protected):
            # "force-push my branch" is not a force-push to main. A plain push the user asked for ("let's push to
            # GH") may well be to main when the session works on main: that is the user's call, so ask.
            if t.verbs & {"push", "merge"} and not t.verbs & {"force-push", "delete", "reset"} and best[0] == "none":
                best = ("partial", r)
            continue
        if t.paths:
            hit = [p for p in t.paths if path_matches(p, r.strong, r.weak, root, home)]
            level = "full" if len(hit) == len(t.paths) else "partial" if hit or not r.strong else "none"
        elif t.objects:
            level = (
                "full"
                if any(object_matches(o, r.strong, r.weak) for o in t.objects)
                else "partial"
                if not r.strong
                else "none"
            )
        else:
            # Nothing specific to name (the project, the current branch): the user must still name the tool, or a
            # generic verb elsewhere in the message ("add a test", "the password is empty") would release it.
            said = {stem(p) for w in tokens(r.clause.text) for p in (w, *re.split(r"[-/.]", w)) if p}
            level = "full" if not t.kinds or any(_names_kind(k, said) for k in t.kinds) else "partial"
        if level == "full" and foreign:
            level = "partial"  # a recipient, URL or account the agent chose: the user did not name it
        if level == "full":
            return level, r
        if level == "partial" and best[0] == "none":
            best = (level, r)
    return best


def _names_kind(kind: str, said: set[str]) -> bool:
    """`merge-request` is named by "merge request"; `pvesubscription` by "subscription" (a long enough part)."""
    parts = [p for p in re.split(r"[-/._]", kind) if p]
    if parts and all(stem(p) in said for p in parts):
        return True
    return any(len(w) >= 6 and w in kind for w in said)


def quote(text: str, limit: int = 120) -> str:
    t = " ".join(text.split())
    return f'"{t[:limit]}{"…" if len(t) > limit else ""}"'


def under(path: str, scope: str, root: str, home: str) -> bool:
    s = scope
    if s.startswith("~"):
        s = home + s[1:]
    if not s.startswith("/"):
        s = os.path.normpath(os.path.join(root, s))
    s = s.rstrip("/")
    return path == s or path.startswith(s + "/")


__all__ = [
    "Intent",
    "Said",
    "authorisation",
    "idents",
    "object_matches",
    "path_matches",
    "quote",
    "session_intent",
]
