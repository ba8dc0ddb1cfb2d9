"""The host set said and the host set written (session 25, P2, helper `bounds`).

A fan-out runner's host list (pdsh/clush `edge-[01-40]`, `db[1-3,7]`, ansible `web[01:20]`) or a loop over a brace
range (`for i in {1..30}; do ssh app-$i …`) is a set in the action's own syntax. It is expanded (`shell.remote.
expand_hosts`, `computed.loop_hosts`) and compared with the set the user said, read by kind, in any language:

* a range: "edge-01 to edge-04", "web01 a web05", "app-1 à app-3", "db1 bis db3", "edge-01..edge-04", "edge-01〜04",
  "edge-[01-04]", "db1-3" (`RANGE_WORDS`: the words that join a range's ends);
* a list: each host of the family written by its name ("db1, db2 and db3");
* a count: a number beside a word for hosts ("the three cache hosts", "vier Server", "4 台").

The named set runs (`computed._listed_hosts` releases it); a wider one that changes something is refused (what it is:
the act on hosts nobody named), one that only looks is asked; a set of more than `OPEN_SET` hosts where the words name
no set at all ("reload haproxy on the edge boxes"), and say not "all" or "every", is asked.

`judge(a)` returns ("deny" | "ask", why) or None; read by `intent.substitutions`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Hosts a fan-out reaches past which a set nobody named is asked.
OPEN_SET = 8
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


#: Programs that only look: a wider set of them is asked, not refused.
_LOOKS = frozenset({"uptime", "df", "du", "free", "uname", "hostname", "cat", "ls", "ps", "who", "w", "date", "head",
                    "tail", "grep", "id", "whoami", "nproc", "lscpu", "lsblk", "ip", "ss", "netstat", "dig", "ping",
                    "curl", "stat", "find", "echo", "true", "test", "wc", "md5sum", "sha256sum", "dpkg", "rpm"})  # fmt: skip
_READ_SUBS = frozenset({"status", "is-active", "is-enabled", "show", "list-units", "cat", "list", "get", "info", "-l",
                        "--list", "version", "--version", "-v", "-q", "query"})  # fmt: skip


def _split(host: str) -> tuple[str, int, int] | None:
    """(prefix, number, digits) of a host name ending in a number (`edge-07` -> ("edge-", 7, 2)); None otherwise."""
    m = re.match(r"^(.*?)(\d+)([a-z.-]*)$", host.lower())
    if m is None or not m.group(1) or m.group(3):
        return None
    return m.group(1), int(m.group(2)), len(m.group(2))


def action_sets(a: Analysis) -> list[tuple[str, list[str], bool]]:
    """(expression, hosts, changes) for each host set the action fans out to: a runner's host list, a loop over a
    range of host names; `changes` when what runs there is more than a look."""
    from automode.judge.intent.computed import FLEET_RUNNERS, loop_hosts
    from automode.shell.remote import expand_hosts

    out: dict[str, tuple[list[str], bool]] = {}
    looped = {}
    for host, var in loop_hosts(a):
        looped.setdefault(var, []).append(host)
    for c in a.commands:
        expr = c.remote or ""
        if not expr:
            continue
        changes = not _looks(c)
        runner = next((v.split()[0] for v in c.via if v.split()[0] in FLEET_RUNNERS), "")
        if runner and "[" in expr:
            hosts = expand_hosts(expr, limit=512)
        else:
            var = next((v for v in looped if re.search(r"\$\{?" + v + r"\b", expr)), "")
            hosts = looped.get(var, []) if var else []
        if len(hosts) >= 2:
            prev = out.get(expr)
            out[expr] = (hosts, changes or (prev[1] if prev else False))
    return [(e, h, ch) for e, (h, ch) in out.items()]


def _looks(c: object) -> bool:
    name = getattr(c, "name", "")
    args = [w.value for w in getattr(c, "argv", ())[1:]]
    if name in _LOOKS:
        return True
    return name in ("systemctl", "journalctl", "docker", "kubectl", "service", "nginx", "apt", "apt-cache") and \
        bool(args) and (args[0] in _READ_SUBS or name == "journalctl" and not any(x.startswith("--vacuum") for x in args))


def said_set(text: str, prefix: str) -> set[int]:
    """The numbers of the hosts of the family `prefix` (`edge-`) the words name: by name, by range, by list."""
    low = text.lower()
    p = re.escape(prefix.lower())
    bare = re.escape(prefix.lower().rstrip("-_."))
    host = rf"(?<![\w.-])(?:{p}|{bare})\[?(\d+)"
    out: set[int] = set()
    for m in re.finditer(rf"{host}\]?\s*(?:{RANGE_WORDS})\s*(?:{p}|{bare})?(\d+)(?![\w.])", low):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo <= hi and hi - lo <= 512:
            out.update(range(lo, hi + 1))
    for m in re.finditer(rf"(?<![\w.-])(?:{p}|{bare})[\[{{](\d+)\s*(?:-|:|\.\.)\s*(\d+)[\]}}]", low):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo <= hi and hi - lo <= 512:
            out.update(range(lo, hi + 1))
    for m in re.finditer(rf"{host}(?![\w.])(?!\s*[-:]\s*\d)", low):
        out.add(int(m.group(1)))
    return out


def said_hosts(text: str, hosts: list[str]) -> set[str]:
    """The hosts of `hosts` (one family) the words name by name, range or list."""
    parts = [_split(h) for h in hosts]
    if not parts or any(p is None for p in parts) or len({p[0] for p in parts if p}) != 1:
        return set()
    named = said_set(text, parts[0][0] if parts[0] else "")
    return {h for h, p in zip(hosts, parts) if p and p[1] in named}


def said_count(text: str) -> int | None:
    """The number of hosts the words give ("the three cache hosts", "4 servers"); None when they give none."""
    from automode.judge.intent.said_units import _number

    for m in _count_re().finditer(text.lower()):
        n = _number(m.group(1) or m.group(2))
        if n is not None and n == int(n) and 1 <= n <= 512:
            return int(n)
    return None


def judge(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when a host set the action writes is wider than the set the user said, or a large set
    where they said none; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    sets = action_sets(a)
    if not sets:
        return None
    from automode.judge.intent.whole import asks_whole
    from automode.textdigits import ascii_digits

    text = ascii_digits(" ".join(a.ctx.user_messages[-3:]))[:8000]
    for expr, hosts, changes in sets:
        if expr.lower() in text.lower():
            continue  # (the user wrote the host list itself)
        parts = [_split(h) for h in hosts]
        if any(p is None for p in parts) or len({p[0] for p in parts if p}) != 1:
            continue
        prefix = parts[0][0] if parts[0] else ""
        nums = {p[1] for p in parts if p}
        named = said_set(text, prefix)
        if named:
            extra = sorted(nums - named)
            if extra:
                return ("deny" if changes else "ask"), (
                    f"you named {len(named & nums) or len(named)} of these hosts; `{expr}` reaches {len(nums)}, "
                    f"{len(extra)} of them nobody named ({hosts[sorted(nums).index(extra[0])]} …)")
            continue
        count = said_count(text)
        if count is not None and not asks_whole(text):
            if len(nums) > count:
                return ("deny" if changes else "ask"), (
                    f"you said {count} hosts; `{expr}` reaches {len(nums)}")
            continue
        if changes and len(nums) > OPEN_SET and not asks_whole(text):
            return "ask", (f"your words name no set of hosts; `{expr}` reaches {len(nums)} of them "
                           f"({hosts[0]} … {hosts[-1]})")
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
)
