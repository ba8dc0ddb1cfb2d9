"""Session memory (issue 12): what a session created and which secrets it read, across hook calls.

Pure functions over `SessionMemory` (automode.model): the adapters persist it per session next to the denial
counters and update it after each tool call; the judge reads it from `Context.memory`. Secret values are never
kept, only short digests of them, so the state file holds nothing worth stealing; a later action whose outbound
content carries one of those values is the cross-call exfiltration "read .env, later post what it said".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from automode import lazyre
from automode.digest import sha256_hex
from automode.model import SessionMemory
from automode.typing_lite import Any

MAX_CREATED = 200
MAX_DIGESTS = 512
MAX_SOURCES = 20
MAX_NAMED = 100
MAX_INJECTED = 64
MAX_FETCHED = 64
MIN_SECRET = 8  # shorter values (ports, flags, "true") say nothing
#: `NAME=value`, `name: value`, `"name": "value"` lines of secret files and command output.
_ASSIGN = lazyre.compile(r"""^\s*(?:export\s+)?["']?[\w.-]+["']?\s*[:=]\s*["']?([^\s"'#]{8,})["']?""", re.M)
#: Long tokens that look like keys wherever they appear (mixed letters and digits, 20+ characters).
_TOKEN = lazyre.compile(r"[A-Za-z0-9_+/.-]{20,}={0,2}")
#: Tokens in an action's input that could carry a value (split on anything a value would not contain).
_PIECE = lazyre.compile(r"[A-Za-z0-9_+/=.@:-]{8,}")
_BORING = lazyre.compile(r"^(?:[a-z]+|[A-Z]+|\d+|[a-z_]+|/[\w/.-]+|https?://\S+)$")


def digest(value: str) -> str:
    return sha256_hex(value.encode("utf-8", "surrogatepass"))[:20]


def secret_values(text: str) -> list[str]:
    """Values in a secret file's content or a command's output that could be credentials."""
    out = [m.group(1) for m in _ASSIGN.finditer(text[:200_000])]
    out += [t for t in _TOKEN.findall(text[:200_000]) if any(c.isdigit() for c in t) and any(c.isalpha() for c in t)]
    return [v for v in dict.fromkeys(out) if len(v) >= MIN_SECRET and not _BORING.match(v)]


def read_secret(memory: SessionMemory | None, source: str, output: str) -> SessionMemory:
    """The memory after the session read `output` from the secret `source`."""
    m = memory or SessionMemory()
    new = {digest(v) for v in secret_values(output)}
    if not new:
        return m
    digests = list(m.secret_digests | new)[-MAX_DIGESTS:]
    sources = tuple(dict.fromkeys((*m.secret_sources, source)))[-MAX_SOURCES:]
    return SessionMemory(m.created, frozenset(digests), sources, m.named, m.injected, m.fetched)


def created(memory: SessionMemory | None, paths: Iterable[str]) -> SessionMemory:
    m = memory or SessionMemory()
    return SessionMemory(tuple(dict.fromkeys((*m.created, *paths)))[-MAX_CREATED:], m.secret_digests, m.secret_sources,
                         m.named, m.injected, m.fetched)  # fmt: skip


def named(memory: SessionMemory | None, values: Iterable[str]) -> SessionMemory:
    m = memory or SessionMemory()
    return SessionMemory(m.created, m.secret_digests, m.secret_sources,
                         tuple(dict.fromkeys((*m.named, *values)))[-MAX_NAMED:], m.injected, m.fetched)  # fmt: skip


def user_named(messages: Iterable[str]) -> list[str]:
    """The specific values (names, ids, branches, hosts, paths) the user named in `messages`, newest last: kept in
    the memory so that "it" and "that pod" still name them once the messages leave the transcript window."""
    texts = list(messages)[-50:]
    if not texts:
        return []  # nothing said yet (a headless run, a session's first action): the message reader is not loaded
    from automode.judge.intent.text import parse_message

    out: list[str] = []
    for text in texts:
        for c in parse_message(text).clauses:
            out += sorted(v for v in c.strong if 3 <= len(v) <= 200)
    return list(dict.fromkeys(out))[-MAX_NAMED:]


def injected(memory: SessionMemory | None, values: Iterable[str]) -> SessionMemory:
    """The memory after a flagged tool output proposed `values` (hosts, recipients, accounts, keys)."""
    m = memory or SessionMemory()
    vals = [v.strip().lower()[:200] for v in values if isinstance(v, str) and len(v.strip()) >= 4]
    return SessionMemory(m.created, m.secret_digests, m.secret_sources, m.named,
                         tuple(dict.fromkeys((*m.injected, *vals)))[-MAX_INJECTED:], m.fetched)  # fmt: skip


def fetched(memory: SessionMemory | None, places: Iterable[tuple[str, str, str]]) -> SessionMemory:
    """The memory after an action fetched content into `places` ((path, kind, source): a clone, a download, an
    archive unpacked): building, running or trusting them later runs code from that source."""
    m = memory or SessionMemory()
    new = ["\t".join(x.replace("\t", " ")[:2048] for x in p) for p in places]
    return SessionMemory(m.created, m.secret_digests, m.secret_sources, m.named, m.injected,
                         tuple(dict.fromkeys((*m.fetched, *new)))[-MAX_FETCHED:])  # fmt: skip


def carried_injected(inp: Mapping[str, Any], memory: SessionMemory, user_text: str) -> str | None:
    """A value a flagged output proposed that this action's input carries, unless the user's own words name it."""
    if not memory.injected:
        return None
    said = user_text.lower()
    for text in strings(inp):
        low = text[:200_000].lower()
        for v in memory.injected:
            if v in low and v not in said:
                return v
    return None


def carried_secret(inp: Mapping[str, Any], memory: SessionMemory) -> str | None:
    """A secret value the session read that this action's input carries (literally, in any string field)."""
    if not memory.secret_digests:
        return None
    for text in strings(inp):
        for piece in _PIECE.findall(text[:200_000]):
            for cand in {piece, piece.strip("=:.-"), *re.split(r"[=:@]", piece)}:
                if len(cand) >= MIN_SECRET and digest(cand) in memory.secret_digests:
                    return str(cand)
    return None


def to_json(m: SessionMemory) -> dict[str, Any]:
    return {"created": list(m.created), "secret_digests": sorted(m.secret_digests),
            "secret_sources": list(m.secret_sources), "named": list(m.named), "injected": list(m.injected),
            "fetched": list(m.fetched)}  # fmt: skip


def from_json(obj: Any) -> SessionMemory | None:
    """Fail closed on a damaged state file: what cannot be read is an empty memory, never an error."""
    if not isinstance(obj, dict):
        return None

    def strs(key: str, cap: int) -> list[str]:
        v = obj.get(key)
        return [x[:4096] for x in v if isinstance(x, str)][-cap:] if isinstance(v, list) else []

    return SessionMemory(tuple(strs("created", MAX_CREATED)), frozenset(strs("secret_digests", MAX_DIGESTS)),
                         tuple(strs("secret_sources", MAX_SOURCES)), tuple(strs("named", MAX_NAMED)),
                         tuple(strs("injected", MAX_INJECTED)), tuple(strs("fetched", MAX_FETCHED)))  # fmt: skip


def strings(v: Any, depth: int = 0) -> Iterable[str]:
    if depth > 8:
        return
    if isinstance(v, str):
        yield v
    elif isinstance(v, Mapping):
        for x in v.values():
            yield from strings(x, depth + 1)
    elif isinstance(v, (list, tuple)):
        for x in v[:1000]:
            yield from strings(x, depth + 1)
