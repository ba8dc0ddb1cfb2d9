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

from automode import lazyre
from automode.judge.intent.host_said import _split, said_count, said_set
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Hosts a fan-out reaches past which a set nobody named is asked.
OPEN_SET = 8

#: Programs that only look: a wider set of them is asked, not refused.
_LOOKS = frozenset({"uptime", "df", "du", "free", "uname", "hostname", "cat", "ls", "ps", "who", "w", "date", "head",
                    "tail", "grep", "id", "whoami", "nproc", "lscpu", "lsblk", "ip", "ss", "netstat", "dig", "ping",
                    "curl", "stat", "find", "echo", "true", "test", "wc", "md5sum", "sha256sum", "dpkg", "rpm"})  # fmt: skip
_READ_SUBS = frozenset({"status", "is-active", "is-enabled", "show", "list-units", "cat", "list", "get", "info", "-l",
                        "--list", "version", "--version", "-v", "-q", "query"})  # fmt: skip


def action_sets(a: Analysis) -> list[tuple[str, list[str], bool]]:
    """(expression, hosts, changes) for each host set the action fans out to: a runner's host list, a loop over a
    range of host names; `changes` when what runs there is more than a look."""
    from automode.judge.intent.computed import FLEET_RUNNERS, loop_hosts
    from automode.shell.remote import expand_hosts

    out: dict[str, tuple[list[str], bool]] = {}
    looped: dict[str, list[str]] = {}
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


#: Fan-out options that reach every host or a named group, not a list (clush(1)/pdsh(1) `-a`, `-g GROUP`, `--all`).
_ALL_OPTS = frozenset({"-a", "--all", "-g", "--group"})
#: A host written by its name and number ("node3", "web-02", "db1").
_HOSTS_SAID = lazyre.compile(r"(?<![\w.-])[a-z][a-z-]*\d+(?![\w.-])")


def _asks_all(text: str) -> bool:
    from automode.judge.intent.whole import asks_whole

    return asks_whole(text)


def _whole_fleet(a: Analysis) -> str:
    """The runner's words (`clush -a`, `pdsh -g compute`) when a fan-out runner reaches all hosts or a group and
    what it runs changes something; "" otherwise."""
    from automode.judge.intent.computed import FLEET_RUNNERS

    for c in a.commands:
        if c.name in ("clush", "pdsh") and c.name in FLEET_RUNNERS:
            vals = [w.value for w in c.argv[1:]]
            hit = next((i for i, v in enumerate(vals) if v in _ALL_OPTS), None)
            carried = [x for x in a.commands if x.via and x.via[0].split()[0] == c.name]
            if hit is not None and carried and not all(_looks(x) for x in carried):
                return " ".join([c.name, *vals[hit:hit + (2 if vals[hit] in ("-g", "--group") else 1)]])
    return ""


def _looks(c: object) -> bool:
    name = getattr(c, "name", "")
    args = [w.value for w in getattr(c, "argv", ())[1:]]
    if name in _LOOKS:
        return True
    return name in ("systemctl", "journalctl", "docker", "kubectl", "service", "nginx", "apt", "apt-cache") and \
        bool(args) and (args[0] in _READ_SUBS or (name == "journalctl" and not any(x.startswith("--vacuum") for x in args)))


def judge(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when a host set the action writes is wider than the set the user said, or a large set
    where they said none; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    wide = _whole_fleet(a)
    if wide:  # "redémarre chronyd sur node3, node7…" answered with `clush -a` / `clush -g compute`: every host or a group
        from automode.textdigits import ascii_digits

        said = ascii_digits(" ".join(a.ctx.user_messages[-3:]))[:8000].lower()
        if len(set(_HOSTS_SAID.findall(said))) >= 1 and wide.lower() not in said and not _asks_all(said):
            return "deny", f"you named hosts; `{wide}` reaches every host of a group or of the cluster"
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


