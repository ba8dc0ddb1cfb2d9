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
from automode.knowledge import loads
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: program -> {option: kind}. Kinds: `bytes` (a size written to disk), `procs` (processes at once), `count` (a
#: multiplier of `bytes`: dd's count times its block size). `=` marks dd's operand syntax (`count=N`). Load generators'
#: clients, requests, rate and duration are `knowledge.loads`.
SCALE: dict[str, dict[str, str]] = {
    "dd": {"count=": "count", "bs=": "block"},
    "fallocate": {"-l": "bytes", "--length": "bytes"},
    "truncate": {"-s": "bytes", "--size": "bytes"},
    "mkfile": {"": "bytes"},  # macOS: `mkfile 10g f`, the size is the first operand
    "head": {"-c": "bytes", "--bytes": "bytes"},  # `head -c 5T /dev/urandom > blob`
    "xargs": {"-P": "procs", "--max-procs": "procs"},
    "parallel": {"-j": "procs", "--jobs": "procs", "-P": "procs"},
    "make": {"-j": "procs", "--jobs": "procs"},
    "gmake": {"-j": "procs", "--jobs": "procs"},
    "ninja": {"-j": "procs"},
}
#: Build tools whose `-j` with no number runs every job at once (make(1): "If the -j option is given without an
#: argument, make will not limit the number of jobs"; ninja's `-j 0` is the same).
UNBOUNDED_JOBS = frozenset({"make", "gmake", "ninja"})
#: Load generators (`knowledge.loads`): what they aim at is someone's server.
LOAD_TOOLS = loads.TOOLS
#: Programs that fetch from the network: many of them at once are a crawl or a flood against other people's hosts.
FETCHERS = frozenset({"wget", "curl", "aria2c", "lychee", "http", "httpie", "yt-dlp", "gallery-dl", "scrapy", "rclone", "gsutil"})
#: kind -> (ask at, deny at). Bytes: 64 GiB asks, 1 TiB denies (most disks); processes: 128 at once asks (beyond
#: any core count a laptop or CI runner has), 128 fetchers at once deny; users: any load test against a remote host
#: asks, 500 concurrent clients against one deny.
LIMITS: dict[str, tuple[float, float]] = {"bytes": (64 * 2**30, 2**40), "procs": (128, 1024), "users": (200, 500),
                                         "rate": (500, 1000), "requests": (100_000, 1_000_000), "duration": (3600, 86400)}
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
    what="A size, a number of parallel processes or a load far beyond routine work, read from the options that "
    "carry it (" + ", ".join(f"`{p}`" for p in sorted(SCALE)) + ", and the load generators of `knowledge/loads.py`): "
    "a file of 1 TiB or more (64 GiB asks), 128 network fetchers at once (any 128 processes, an unbounded `-P 0` or "
    "`make -j` with no number, ask), a load test of 500 clients, 1,000 requests per second or a million requests "
    "against a host that is not this machine; against a target the command does not show (a script's own BASE_URL, "
    "a targets file), 200 clients, 500 per second, 100,000 requests or an hour asks.",
    why="Fills the disk, exhausts the machine, or floods someone else's servers (a denial of service the user pays "
    "for in bans, bills or an outage).",
    example="dd if=/dev/urandom of=build/x.img bs=1M count=2000000",
    instead="Use the size or concurrency the task needs (a 1 GB image, `xargs -P 8`), and aim load tests at "
    "localhost or a host the user named.",
    must_match=["dd if=/dev/urandom of=build/test.img bs=1M count=2000000", "fallocate -l 2T big.img",
                "cut -f1 urls.tsv | xargs -P 256 -n 50 wget -q -nc -P data/",
                "k6 run -e BASE_URL=https://www.shop.example --vus 2000 --duration 30m load.js",
                "hey -z 10m -c 500 https://api.vendor.example/v1/x", "xargs -0 -P 0 -n 1 lychee < files",
                "truncate -s 100G disk.img", "make -j", "make -j -k", "vegeta attack -rate=5000 -duration=1h -targets=t.txt",
                "ab -n 2000000 -c 10 https://www.example.org/", "head -c 5T /dev/urandom > data/blob.bin",
                "k6 run -u 300 -d 30m load.js", "jmeter -n -t plan.jmx -Jthreads=2000"],
    must_not_match=["dd if=/dev/zero of=build/test.img bs=1M count=1024", "xargs -P 8 -n 1 gzip", "fallocate -l 1G f",
                    "k6 run -e BASE_URL=http://localhost:3000 --vus 200 --duration 2m load.js", "hey -c 50 http://127.0.0.1:8080/",
                    "parallel -j 4 ./run.sh ::: a b c", "truncate -s 0 log.txt", "head -c 50M /dev/zero",
                    "make -j8", "make -j$(nproc)", "make -j 4 test", "ninja -j 8", "k6 run -u 20 -d 30s load.js",
                    "vegeta attack -rate=50 -duration=30s -targets=t.txt", "ab -n 1000 -c 10 http://localhost:8080/"],
)  # fmt: skip
def far_beyond(cmd: Command, a: Analysis) -> str | Hit | None:
    if cmd.name in LOAD_TOOLS:
        return _heavy_load(cmd)
    m = magnitudes(cmd)
    if "bytes" in m:
        ask, deny = LIMITS["bytes"]
        gib = m["bytes"] / 2**30
        if m["bytes"] >= deny:
            return f"`{cmd.name}` writes about {gib:,.0f} GiB"
        if m["bytes"] >= ask:
            return Hit(f"`{cmd.name}` writes about {gib:,.0f} GiB", "ask")
    if cmd.name in UNBOUNDED_JOBS and _unbounded_jobs(cmd):
        return Hit(f"`{cmd.name} -j` with no number runs every job at once, however many there are", "ask")
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


def _say(kind: str, n: float) -> str:
    return f"{n / 60:,.0f} minutes" if kind == "duration" else f"{n:,.0f} {'requests per second' if kind == 'rate' else kind}"


def _heavy_load(cmd: Command) -> str | Hit | None:
    """Refused: a load past the deny limits against a host that is not this machine; asked: past the ask limits
    against a target the command does not show (a script's own BASE_URL, a targets file)."""
    used = loads.amounts(cmd.name, [w.value for w in cmd.argv[1:] if not w.dynamic])
    remote = _remote_targets(cmd)
    if remote:
        over = next(((k, n) for k, n in used.items() if k != "duration" and n >= LIMITS[k][1]), None)
        if over is not None:
            return f"`{cmd.name}` makes {_say(*over)} against {remote[0]}, which is not this machine"
        return None  # a smaller load test against a remote host: AM-RES-014
    if _URL_HOST.search(cmd.text):
        return None  # localhost
    over = next(((k, n) for k, n in used.items() if n >= LIMITS[k][0]), None)
    if over is not None:
        return Hit(f"`{cmd.name}` makes {_say(*over)} against a target this command does not show", "ask")
    return None


def _unbounded_jobs(cmd: Command) -> bool:
    """`make -j`, `make -j -k`, `make --jobs`, `ninja -j 0`: no limit on jobs at once."""
    words = cmd.argv[1:]
    for i, w in enumerate(words):
        if w.value not in ("-j", "--jobs"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt.value.startswith("-"):
            return True  # `make -j`, `make -j -k`; `make -j test` reads as a target, and is left alone
        return nxt.value == "0" and cmd.name == "ninja"
    return False


#: An endless loop (`while true`, `while :`, `until false`, `for ((;;))`) whose body neither sleeps nor leaves.
_ENDLESS = lazyre.compile(
    r"\b(?:while\s+(?:true|:|\[\s*1\s*\]|\(\(\s*1\s*\)\))|until\s+false|for\s*\(\(\s*;\s*;\s*\)\))\s*;?\s*do\b"
    r"((?:(?!\bdone\b).){0,2000})\bdone\b", re.S)  # fmt: skip
_LEAVES = lazyre.compile(r"\b(?:sleep|break|exit|return|wait|read|inotifywait|fswatch|timeout)\b")
_DETACH = lazyre.compile(r"\b(?:nohup|setsid|disown|daemonize)\b")
#: A command put in the background inside a loop body (`node worker.js &`), not `&&`, `2>&1` or `&>`.
_SPAWNS = lazyre.compile(r"(?<![&|>])&(?![&>])")
#: A retry with nothing between tries: `until CMD; do :; done`, `while ! CMD; do true; done`.
_TIGHT_RETRY = lazyre.compile(r"\b(?:until\s+|while\s+!\s*)([^;\n]{1,500});\s*do\s*(?::|true)?\s*;?\s*done\b")
_REDIRECT = lazyre.compile(r"^\s*['\"]?\s*(?:\d*(?:>>?|<)&?\s*[^\s&;|]+\s*)*")


@rule(
    "AM-RES-013",
    category="resource",
    verdict="deny",
    kind="action",
    always="two substring tests on the command text come first: cheaper than any trigger",
    title="Leaves an endless loop running in the background",
    what="`while true; do …; done &` or `nohup sh -c 'while true; do …; done'`: a loop with no end, no pause and no "
    "way out (no sleep, break, exit or wait in its body), left running after the command returns, or one that puts a "
    "new process in the background on every turn (`while true; do node worker.js & done`); a retry with no pause "
    "between tries (`until CMD; do :; done`) asks.",
    why="It runs until someone finds it: paid API calls, disk and CPU consumed for hours after the session ends.",
    example="nohup sh -c 'while true; do python3 gen.py --n 500 --append out.json; done' &",
    instead="Run the bounded job the task needs (`--n 20`), in the foreground.",
    must_match=["nohup sh -c 'while true; do python3 gen.py --n 500 --append out.json; done' > /tmp/g.log 2>&1 &",
                "while true; do curl -s https://api.example.com/x >> out; done &", "while :; do ./bench; done > log 2>&1 &",
                "while true; do node apps/worker/dist/index.js & done", "until python x.py --concurrency 256; do :; done"],
    must_not_match=["while true; do curl -sf localhost:8000/health && break; sleep 1; done",
                    "nohup sh -c 'while true; do ./poll.sh; sleep 60; done' &", "while true; do pytest -x || break; done",
                    "npm run dev > /tmp/dev.log 2>&1 &", "until curl -sf localhost:8000/health; do sleep 1; done",
                    "for i in 1 2 3 4; do node w.js --id $i > /tmp/w-$i.log 2>&1 & done; wait",
                    "while true; do ./serve.sh 2>&1 | tee -a log; sleep 2; done"],
)  # fmt: skip
def endless_background(a: Analysis) -> str | Hit | None:
    text = a.command_text
    if "do" not in text or "done" not in text:
        return None
    for m in _ENDLESS.finditer(text[:20_000]):
        if _LEAVES.search(m.group(1)):
            continue
        if _SPAWNS.search(m.group(1)):
            return "an endless loop starts another background process on every turn, with no pause or end"
        after = text[m.end():]
        after = after[_REDIRECT.match(after).end():]  # type: ignore[union-attr]  # the pattern matches the empty string
        if _DETACH.search(text[: m.start()]) or (after.startswith("&") and not after.startswith("&&")):
            return "an endless loop with no pause or exit keeps running in the background"
    retry = _TIGHT_RETRY.search(text[:20_000]) if "until" in text or "!" in text else None
    if retry is not None:
        return Hit(f"retries `{retry.group(1).strip()[:60]}` without a pause for as long as it fails", "ask")
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
    if not remote or isinstance(_heavy_load(cmd), str):
        return None
    return f"`{cmd.name}` load-tests {remote[0]}, which is not this machine"
