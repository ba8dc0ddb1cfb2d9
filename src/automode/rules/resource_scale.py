"""resource: magnitudes far beyond a task (a 2 TB `dd`, 256 parallel downloaders, a 2,000-user load test against a
remote site) and endless loops left running in the background.

The programs and which of their options carry a magnitude are data (`SCALE`); a rule reads the magnitude a command
asks for and compares it with the limits of its kind (`LIMITS`). Routine sizes (a 1 GB test image, `xargs -P 8`,
a load test against localhost) stay allowed.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.hosts import is_local
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: program -> {option: kind}. Kinds: `bytes` (a size written to disk), `procs` (processes at once), `users`
#: (concurrent clients a load generator opens), `count` (a multiplier of `bytes`: dd's count times its block size).
#: `=` marks dd's operand syntax (`count=N`).
SCALE: dict[str, dict[str, str]] = {
    "dd": {"count=": "count", "bs=": "block"},
    "fallocate": {"-l": "bytes", "--length": "bytes"},
    "truncate": {"-s": "bytes", "--size": "bytes"},
    "mkfile": {"": "bytes"},  # macOS: `mkfile 10g f`, the size is the first operand
    "xargs": {"-P": "procs", "--max-procs": "procs"},
    "parallel": {"-j": "procs", "--jobs": "procs", "-P": "procs"},
    "k6": {"--vus": "users", "-u": "users"},
    "hey": {"-c": "users"},
    "ab": {"-c": "users"},
    "wrk": {"-c": "users", "--connections": "users"},
    "siege": {"-c": "users", "--concurrent": "users"},
    "locust": {"-u": "users", "--users": "users"},
    "artillery": {"-c": "users", "--count": "users"},
    "oha": {"-c": "users"},
    "bombardier": {"-c": "users", "--connections": "users"},
}
#: Load generators: what they aim at is someone's server.
LOAD_TOOLS = frozenset({"k6", "hey", "ab", "wrk", "siege", "locust", "artillery", "oha", "bombardier", "vegeta", "jmeter"})
#: Programs that fetch from the network: many of them at once are a crawl or a flood against other people's hosts.
FETCHERS = frozenset({"wget", "curl", "aria2c", "lychee", "http", "httpie", "yt-dlp", "gallery-dl", "scrapy", "rclone", "gsutil"})
#: kind -> (ask at, deny at). Bytes: 64 GiB asks, 1 TiB denies (most disks); processes: 128 at once asks (beyond
#: any core count a laptop or CI runner has), 128 fetchers at once deny; users: any load test against a remote host
#: asks, 500 concurrent clients against one deny.
LIMITS: dict[str, tuple[float, float]] = {"bytes": (64 * 2**30, 2**40), "procs": (128, 1024), "users": (0, 500)}
UNITS = {"": 1, "b": 1, "c": 1, "w": 2, "k": 2**10, "kb": 1000, "kib": 2**10, "m": 2**20, "mb": 1000**2, "mib": 2**20,
         "g": 2**30, "gb": 1000**3, "gib": 2**30, "t": 2**40, "tb": 1000**4, "tib": 2**40, "p": 2**50}  # fmt: skip
_SIZE = lazyre.compile(r"^(\d+(?:\.\d+)?)([kmgtpbcw]?i?b?)$", re.I)
_URL_HOST = lazyre.compile(r"\b(?:https?|wss?)://([^/\s'\":?#]+)", re.I)


def size(v: str) -> float | None:
    """`2000000`, `1M`, `50MB`, `10GiB` as a number (bytes for sizes); None when it is not a plain magnitude."""
    m = _SIZE.match(v.strip())
    if m is None:
        return None
    unit = m.group(2).lower()
    return float(m.group(1)) * UNITS[unit] if unit in UNITS else None


def magnitudes(cmd: Command) -> dict[str, float]:
    """The magnitudes `cmd` asks for, by kind (dd's count times its block size is `bytes`)."""
    table = SCALE.get(cmd.name)
    if table is None:
        return {}
    out: dict[str, float] = {}
    args = cmd.args
    for i, x in enumerate(args):
        for opt, kind in table.items():
            val: str | None = None
            if opt.endswith("=") and x.startswith(opt):
                val = x[len(opt):]
            elif opt and x == opt and i + 1 < len(args):
                val = args[i + 1]
            elif opt.startswith("--") and x.startswith(opt + "="):
                val = x[len(opt) + 1:]
            elif opt and len(opt) == 2 and not opt.endswith("=") and x.startswith(opt) and len(x) > 2 and x[2:3].isdigit():
                val = x[2:]  # `-P256`, `-c500`
            elif opt == "" and not x.startswith("-") and kind not in out:
                val = x
            if val is None:
                continue
            n = size(val)
            if n is not None:
                out[kind or "bytes"] = n
    if "count" in out:
        out["bytes"] = out.pop("count") * out.pop("block", 512.0)
    out.pop("block", None)
    return out


def _fetcher_fed(cmd: Command) -> str | None:
    """The network fetcher `xargs`/`parallel` runs (`xargs -P 256 wget …`), if any."""
    for x in cmd.args:
        if x.startswith("-"):
            continue
        if x in FETCHERS:
            return x
    return None


def _remote_targets(cmd: Command) -> list[str]:
    return [h for h in _URL_HOST.findall(cmd.text) if not is_local(h.lower())]


@rule(
    "AM-RES-012",
    category="resource",
    verdict="deny",
    kind="command",
    names=frozenset(SCALE) | LOAD_TOOLS,
    title="Asks for far more of a resource than a task needs",
    what="A size, a number of parallel processes or of concurrent clients far beyond routine work, read from the "
    "options that carry it (" + ", ".join(f"`{p}`" for p in sorted(SCALE)) + "): a file of 1 TiB or more (64 GiB "
    "asks), 128 network fetchers at once (any 128 processes, or an unbounded `-P 0`, ask), a load test of 500 "
    "clients or more against a host that is not this machine.",
    why="Fills the disk, exhausts the machine, or floods someone else's servers (a denial of service the user pays "
    "for in bans, bills or an outage).",
    example="dd if=/dev/urandom of=build/x.img bs=1M count=2000000",
    instead="Use the size or concurrency the task needs (a 1 GB image, `xargs -P 8`), and aim load tests at "
    "localhost or a host the user named.",
    must_match=["dd if=/dev/urandom of=build/test.img bs=1M count=2000000", "fallocate -l 2T big.img",
                "cut -f1 urls.tsv | xargs -P 256 -n 50 wget -q -nc -P data/",
                "k6 run -e BASE_URL=https://www.shop.example --vus 2000 --duration 30m load.js",
                "hey -z 10m -c 500 https://api.vendor.example/v1/x", "xargs -0 -P 0 -n 1 lychee < files",
                "truncate -s 100G disk.img"],
    must_not_match=["dd if=/dev/zero of=build/test.img bs=1M count=1024", "xargs -P 8 -n 1 gzip", "fallocate -l 1G f",
                    "k6 run -e BASE_URL=http://localhost:3000 --vus 200 --duration 2m load.js", "hey -c 50 http://127.0.0.1:8080/",
                    "parallel -j 4 ./run.sh ::: a b c", "truncate -s 0 log.txt", "head -c 50M /dev/zero"],
)  # fmt: skip
def far_beyond(cmd: Command, a: Analysis) -> str | Hit | None:
    if cmd.name in LOAD_TOOLS:
        remote = _remote_targets(cmd)
        users = magnitudes(cmd).get("users", 0.0)
        if remote and users >= LIMITS["users"][1]:
            return f"`{cmd.name}` opens {users:,.0f} concurrent clients against {remote[0]}, which is not this machine"
        return None  # a smaller load test against a remote host: AM-RES-014
    m = magnitudes(cmd)
    if "bytes" in m:
        ask, deny = LIMITS["bytes"]
        gib = m["bytes"] / 2**30
        if m["bytes"] >= deny:
            return f"`{cmd.name}` writes about {gib:,.0f} GiB"
        if m["bytes"] >= ask:
            return Hit(f"`{cmd.name}` writes about {gib:,.0f} GiB", "ask")
    if "procs" in m:
        n = m["procs"]
        fetcher = _fetcher_fed(cmd)
        if n == 0:
            return Hit(f"`{cmd.name}` starts as many processes at once as it has inputs (no bound)", "ask")
        if n >= LIMITS["procs"][0] and fetcher:
            return f"`{cmd.name}` runs {n:,.0f} `{fetcher}` downloads at once"
        if n >= LIMITS["procs"][0]:
            return Hit(f"`{cmd.name}` runs {n:,.0f} processes at once", "ask")
    return None


#: An endless loop (`while true`, `while :`, `until false`, `for ((;;))`) whose body neither sleeps nor leaves.
_ENDLESS = lazyre.compile(
    r"\b(?:while\s+(?:true|:|\[\s*1\s*\]|\(\(\s*1\s*\)\))|until\s+false|for\s*\(\(\s*;\s*;\s*\)\))\s*;?\s*do\b"
    r"((?:(?!\bdone\b).){0,2000})\bdone\b", re.S)  # fmt: skip
_LEAVES = lazyre.compile(r"\b(?:sleep|break|exit|return|wait|read|inotifywait|fswatch|timeout)\b")
_DETACH = lazyre.compile(r"\b(?:nohup|setsid|disown|daemonize)\b")
_REDIRECT = lazyre.compile(r"^\s*['\"]?\s*(?:\d*(?:>>?|<)&?\s*[^\s&;|]+\s*)*")


@rule(
    "AM-RES-013",
    category="resource",
    verdict="deny",
    kind="action",
    always="two substring tests on the command text come first: cheaper than any trigger",
    title="Leaves an endless loop running in the background",
    what="`while true; do …; done &` or `nohup sh -c 'while true; do …; done'`: a loop with no end, no pause and no "
    "way out (no sleep, break, exit or wait in its body), left running after the command returns.",
    why="It runs until someone finds it: paid API calls, disk and CPU consumed for hours after the session ends.",
    example="nohup sh -c 'while true; do python3 gen.py --n 500 --append out.json; done' &",
    instead="Run the bounded job the task needs (`--n 20`), in the foreground.",
    must_match=["nohup sh -c 'while true; do python3 gen.py --n 500 --append out.json; done' > /tmp/g.log 2>&1 &",
                "while true; do curl -s https://api.example.com/x >> out; done &", "while :; do ./bench; done > log 2>&1 &"],
    must_not_match=["while true; do curl -sf localhost:8000/health && break; sleep 1; done",
                    "nohup sh -c 'while true; do ./poll.sh; sleep 60; done' &", "while true; do pytest -x || break; done",
                    "npm run dev > /tmp/dev.log 2>&1 &"],
)  # fmt: skip
def endless_background(a: Analysis) -> str | None:
    text = a.command_text
    if "do" not in text or "done" not in text:
        return None
    for m in _ENDLESS.finditer(text[:20_000]):
        if _LEAVES.search(m.group(1)):
            continue
        after = text[m.end():]
        after = after[_REDIRECT.match(after).end():]  # type: ignore[union-attr]  # the pattern matches the empty string
        if _DETACH.search(text[: m.start()]) or (after.startswith("&") and not after.startswith("&&")):
            return "an endless loop with no pause or exit keeps running in the background"
    return None


@rule(
    "AM-RES-014",
    category="resource",
    verdict="ask",
    kind="command",
    names=LOAD_TOOLS,
    title="Load-tests a host that is not this machine",
    what="A load generator (" + ", ".join(f"`{p}`" for p in sorted(LOAD_TOOLS)) + ") aimed at a URL whose host is not "
    "this machine. The user's request to load-test that host or environment releases it; 500 concurrent clients or "
    "more against a remote host are AM-RES-012.",
    why="Load against a server the user did not name is a denial of service against someone else's service.",
    example="k6 run -e BASE_URL=https://api.staging.example --vus 200 load.js",
    instead="Aim the load test at localhost, or at the host the user named.",
    must_match=["k6 run -e BASE_URL=https://api.staging.example --vus 200 --duration 5m load.js",
                "hey -c 50 https://www.example.com/"],
    must_not_match=["k6 run -e BASE_URL=http://localhost:3000 --vus 200 load.js", "wrk -c 64 http://127.0.0.1:8080/",
                    "k6 run --vus 2000 -e BASE_URL=https://api.example.com load.js"],
)  # fmt: skip
def remote_load(cmd: Command, a: Analysis) -> str | None:
    remote = _remote_targets(cmd)
    if not remote or magnitudes(cmd).get("users", 0.0) >= LIMITS["users"][1]:
        return None
    return f"`{cmd.name}` load-tests {remote[0]}, which is not this machine"
