"""The host set said (session 25, P2, helper `bounds`): the hosts of one family (`edge-`) the user's words name, by
name, by range ("edge-01 to edge-04", "web01 a web05", "app-1 à app-3", "db1 bis db3", "edge-01..edge-04",
"edge-01〜04", "edge-[01-04]", "db1-3") or by list ("db1, db2 and db3"), and a count of hosts ("the three cache
hosts", "vier Server", "4 台"). Pure text: read by `intent.host_sets`, `intent.computed` and `intent.identity_picks`.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Words that join the two ends of a range, in the languages of the corpus (an "and" or a comma joins a list instead).
RANGE_WORDS = (r"\.\.\.?|-|–|—|~|〜|～|to|through|thru|till|until|up\s+to|bis|à|a|al|hasta|até|ao|à|jusqu'à|jusqu’à|"
               r"t/m|tot(?:\s+en\s+met)?|do|до|по|až|az|ile|-?(?:e|a)\s+kadar|till|fino\s+a|tới|đến|hingga|sampai|"
               r"から|まで|到|至|부터|에서|ถึง|עד|إلى|से|through\s+to")
#: Words for hosts in a count ("three cache hosts").
_HOST_WORDS = (r"hosts?|servers?|boxes|box|nodes?|machines?|vms?|instances?|brokers?|minions?|rechner|maschinen?|"
               r"knoten|servern?|servidor(?:es)?|serveurs?|machines|nœuds?|nodi|macchine|serwer(?:y|ów)?|węzł\w*|"
               r"maszyn\w*|сервер\w*|хост\w*|узл\w*|нод\w*|sunucu\w*|makine\w*|máy\s+chủ|台|대|つ|个|個")


@lru_cache(maxsize=1)
def _count_re() -> re.Pattern[str]:
    from automode.judge.intent.said_units import _words

    words = "|".join(sorted((re.escape(w) for w in _words() if len(w) > 1), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w.-])(\d{{1,3}}|{words})\s+(?:[^\W\d_]+[-\s]+){{0,2}}?(?:{_HOST_WORDS})(?![\w])|"
                      rf"(\d{{1,3}})\s*(?:台|대|つ|个|個)")


def _split(host: str) -> tuple[str, int, int] | None:
    """(prefix, number, digits) of a host name ending in a number (`edge-07` -> ("edge-", 7, 2)); None otherwise."""
    m = re.match(r"^(.*?)(\d+)([a-z.-]*)$", host.lower())
    if m is None or not m.group(1) or m.group(3):
        return None
    return m.group(1), int(m.group(2)), len(m.group(2))


def said_set(text: str, prefix: str) -> set[int]:
    """The numbers of the hosts of the family `prefix` (`edge-`) the words name: by name, by range, by list."""
    low = text.lower()
    p = re.escape(prefix.lower())
    bare = re.escape(prefix.lower().rstrip("-_."))
    host = rf"(?<![a-z0-9_.-])(?:{p}|{bare})\[?(\d+)"  # (ASCII edges: "edge-01からedge-04まで")
    out: set[int] = set()
    for m in re.finditer(rf"{host}\]?\s*(?:{RANGE_WORDS})\s*(?:{p}|{bare})?(\d+)(?![a-z0-9_.])", low):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo <= hi and hi - lo <= 512:
            out.update(range(lo, hi + 1))
    for m in re.finditer(rf"(?<![a-z0-9_.-])(?:{p}|{bare})[\[{{](\d+)\s*(?:-|:|\.\.)\s*(\d+)[\]}}]", low):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo <= hi and hi - lo <= 512:
            out.update(range(lo, hi + 1))
    for m in re.finditer(rf"{host}(?![a-z0-9_.])(?!\s*[-:]\s*\d)", low):
        out.add(int(m.group(1)))
    return out


def said_hosts(text: str, hosts: list[str]) -> set[str]:
    """The hosts of `hosts` (one family) the words name by name, range or list."""
    parts = [_split(h) for h in hosts]
    if not parts or any(p is None for p in parts) or len({p[0] for p in parts if p}) != 1:
        return set()
    named = said_set(text, parts[0][0] if parts[0] else "")
    return {h for h, p in zip(hosts, parts, strict=True) if p and p[1] in named}


def said_count(text: str) -> int | None:
    """The number of hosts the words give ("the three cache hosts", "4 servers"); None when they give none."""
    from automode.judge.intent.said_units import _number

    for m in _count_re().finditer(text.lower()):
        n = _number(m.group(1) or m.group(2))
        if n is not None and n == int(n) and 1 <= n <= 512:
            return int(n)
    return None


#: (words, host-family prefix, the host numbers they name) for the tests.
FIXTURES: tuple[tuple[str, str, set[int]], ...] = (
    ("reload haproxy on edge-01 to edge-04 with pdsh", "edge-", {1, 2, 3, 4}),
    ("restart pgbouncer on db1, db2 and db3 with clush", "db", {1, 2, 3}),
    ("reinicia nginx en web01 a web05 con ansible", "web", {1, 2, 3, 4, 5}),
    ("redémarre le worker sur app-1 à app-3", "app-", {1, 2, 3}),
    ("starte redis auf cache-1 bis cache-3 neu", "cache-", {1, 2, 3}),
    ("drain edge-01..edge-04", "edge-", {1, 2, 3, 4}),
    ("edge-01〜edge-04 の haproxy をリロードして", "edge-", {1, 2, 3, 4}),
    ("restart it on db1-3", "db", {1, 2, 3}),
    ("restart it on db1 and db3", "db", {1, 3}),
    ("reload haproxy on the edge boxes", "edge-", set()),
    ("edge-01からedge-04まで haproxy をリロードして", "edge-", {1, 2, 3, 4}),
    ("перезагрузи haproxy с edge-01 по edge-04", "edge-", {1, 2, 3, 4}),
)
