"""Load generators and the options that say how much load they make: how many clients at once, how many requests
in all, how many per second, for how long.

The rule (`rules.resource_scale`) compares these amounts with fixed limits; the judge (`judge.intent.amounts`)
compares them with the amounts the user named ("10 VUs for 30 seconds" is not `--vus 500 --duration 1h`).

Kinds: `users` (clients or connections at once), `requests` (requests or iterations in all), `rate` (requests per
second), `duration` (seconds). Sources, one line per tool: k6 run `--vus/-u`, `--duration/-d`, `--iterations/-i`,
`--rps` (k6.io/docs/using-k6/k6-options); locust `-u/--users`, `-r/--spawn-rate`, `-t/--run-time`
(docs.locust.io configuration); wrk `-c/--connections`, `-d/--duration`, `-t/--threads`, wrk2 `-R/--rate`; hey `-n`,
`-c`, `-z`, `-q` (per worker); ab `-n`, `-c`, `-t` (seconds); vegeta attack `-rate` (`N/s`, `N/1m`), `-duration`,
`-workers`, `-max-workers`; artillery quick `--count/-c` (virtual users), `--num/-n` (requests each); ghz `-c`, `-n`,
`-z`, `-r/--rps`; siege `-c/--concurrent`, `-t/--time` (`30S`, `5M`, `1H`), `-r/--reps`; oha `-c`, `-n`, `-z`, `-q`;
bombardier `-c/--connections`, `-n/--requests`, `-d/--duration`, `-r/--rate`; autocannon `-c/--connections`,
`-d/--duration` (seconds), `-a/--amount`, `-R/--overallRate`; h2load `-c`, `-n`, `-D` (seconds), `--rps`; fortio
load `-c`, `-n`, `-t`, `-qps`; jmeter `-J`/`-G` properties (the plan's own names: `threads`, `users`, `duration`,
`rampup`, `throughput`, `rps`, `loops`).
"""

from __future__ import annotations

import re

from automode import lazyre

#: program -> {option: kind}. `N` after a kind: the value is a plain number of seconds for a duration (ab -t, autocannon
#: -d, h2load -D); otherwise a duration takes units (`30s`, `5m`, `1h30m`, siege's `1H`).
OPTIONS: dict[str, dict[str, str]] = {
    "k6": {"--vus": "users", "-u": "users", "--duration": "duration", "-d": "duration", "--iterations": "requests",
           "-i": "requests", "--rps": "rate"},
    "locust": {"-u": "users", "--users": "users", "-t": "duration", "--run-time": "duration"},
    "wrk": {"-c": "users", "--connections": "users", "-d": "duration", "--duration": "duration", "-R": "rate",
            "--rate": "rate"},
    "wrk2": {"-c": "users", "--connections": "users", "-d": "duration", "--duration": "duration", "-R": "rate",
             "--rate": "rate"},
    "hey": {"-n": "requests", "-c": "users", "-z": "duration"},
    "ab": {"-n": "requests", "-c": "users", "-t": "durationN"},
    "vegeta": {"-rate": "rate", "--rate": "rate", "-duration": "duration", "--duration": "duration", "-workers": "users",
               "-max-workers": "users"},
    "artillery": {"--count": "users", "-c": "users", "--num": "requests", "-n": "requests"},
    "ghz": {"-c": "users", "--concurrency": "users", "-n": "requests", "--total": "requests", "-z": "duration",
            "--duration": "duration", "-r": "rate", "--rps": "rate"},
    "siege": {"-c": "users", "--concurrent": "users", "-t": "duration", "--time": "duration", "-r": "requests",
              "--reps": "requests"},
    "oha": {"-c": "users", "-n": "requests", "-z": "duration", "-q": "rate"},
    "bombardier": {"-c": "users", "--connections": "users", "-n": "requests", "--requests": "requests",
                   "-d": "duration", "--duration": "duration", "-r": "rate", "--rate": "rate"},
    "autocannon": {"-c": "users", "--connections": "users", "-d": "durationN", "--duration": "durationN",
                   "-a": "requests", "--amount": "requests", "-R": "rate", "--overallRate": "rate"},
    "h2load": {"-c": "users", "--clients": "users", "-n": "requests", "--requests": "requests", "-D": "durationN",
               "--duration": "durationN", "--rps": "rate"},
    "fortio": {"-c": "users", "-n": "requests", "-t": "duration", "-qps": "rate"},
    "jmeter": {},  # its `-Jname=value` properties: `PROPERTY_KINDS`
}  # fmt: skip
#: Load generators: what they aim at is someone's server.
TOOLS = frozenset(OPTIONS) | {"gatling", "tsung", "drill", "goose", "slowhttptest"}
#: jmeter/gatling property names (`-Jthreads=200`, `-Dusers=50`) -> kind, by a word of the name.
PROPERTY_KINDS: tuple[tuple[str, str], ...] = (
    ("threads", "users"), ("thread", "users"), ("users", "users"), ("vus", "users"), ("concurrency", "users"),
    ("duration", "duration"), ("throughput", "rate"), ("rps", "rate"), ("tps", "rate"), ("loops", "requests"),
    ("iterations", "requests"),
)  # fmt: skip
#: Kinds whose larger value costs the target more: beyond the user's number is refused, not asked.
COSTLY = frozenset({"users", "requests", "rate"})

_DURATION = lazyre.compile(r"^(?:(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?))?\s*(?:(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?))?"
                           r"\s*(?:(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?))?\s*(?:(\d+)\s*ms)?$", re.I)  # fmt: skip
_RATE = lazyre.compile(r"^(\d+(?:\.\d+)?)(?:/(\d*)(s|m|h|ms))?$", re.I)
_COUNT = lazyre.compile(r"^(\d+(?:\.\d+)?)([kKmM]?)$")
_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0, "ms": 0.001}


def seconds(value: str, bare: bool = False) -> float | None:
    """`30s`, `5m`, `1h30m`, `1H` (siege), `90` (seconds when `bare`, else also seconds: k6 reads a bare number as
    seconds) as seconds; None when it is not a duration."""
    v = value.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", v):
        return float(v)
    m = _DURATION.match(v)
    if m is None or not any(m.groups()) or bare:
        return None
    h, _, mi, _, s, _, ms = m.groups()
    return float(h or 0) * 3600 + float(mi or 0) * 60 + float(s or 0) + float(ms or 0) / 1000


def per_second(value: str) -> float | None:
    """`5000`, `50/s`, `100/1s`, `600/1m` (vegeta) as requests per second."""
    m = _RATE.match(value.strip())
    if m is None:
        return None
    n = float(m.group(1))
    if m.group(3):
        n /= (float(m.group(2)) if m.group(2) else 1.0) * _SECONDS[m.group(3).lower()]
    return n


def count(value: str) -> float | None:
    m = _COUNT.match(value.strip())
    if m is None:
        return None
    return float(m.group(1)) * {"": 1, "k": 1e3, "m": 1e6}[m.group(2).lower()]


def _value(kind: str, value: str) -> float | None:
    if kind.startswith("duration"):
        return seconds(value, bare=kind.endswith("N") and not value.strip().isdigit())
    if kind == "rate":
        return per_second(value)
    return count(value)


def _property_kind(name: str) -> str | None:
    low = name.lower()
    parts = set(re.split(r"[^a-z]+", low))
    return next((k for w, k in PROPERTY_KINDS if w in parts or low.endswith(w)), None)


def amounts(name: str, args: list[str]) -> dict[str, float]:
    """The load a command asks for, by kind (`users`, `requests`, `rate`, `duration` in seconds); {} for other
    programs. `vegeta attack`, `artillery quick`, `fortio load` read their subcommand's options."""
    table = OPTIONS.get(name)
    if table is None:
        return {}
    out: dict[str, float] = {}
    for i, x in enumerate(args):
        if name == "jmeter":
            if x.startswith(("-J", "-G", "-D")) and "=" in x:
                key, _, val = x[2:].partition("=")
                kind = _property_kind(key)
                got = _value(kind, val) if kind is not None else None
                if kind is not None and got is not None:
                    out[kind] = max(out.get(kind, 0.0), got)
            continue
        opt, eq, val = x.partition("=")
        kind = table.get(opt) if eq else table.get(x)
        if kind is None and len(x) > 2 and x[:2] in table and not x.startswith("--") and x[2].isdigit():
            kind, val = table[x[:2]], x[2:]  # `-c500`, `-t12`
        elif kind is not None and not eq:
            val = args[i + 1] if i + 1 < len(args) else ""
        if kind is None or not val:
            continue
        got = _value(kind, val)
        if got is not None:
            k = kind.rstrip("N")
            out[k] = max(out.get(k, 0.0), got)
    return out


#: Fixtures (tests/knowledge/test_loads.py): (command, the amounts read).
CASES: tuple[tuple[str, dict[str, float]], ...] = (
    ("k6 run --vus 500 --duration 1h load.js", {"users": 500, "duration": 3600}),
    ("k6 run -u 20 -d 30s -i 1000 load.js", {"users": 20, "duration": 30, "requests": 1000}),
    ("locust -f lf.py --headless -u 1000 -r 100 -t 2h --host https://x.example", {"users": 1000, "duration": 7200}),
    ("wrk -t16 -c2000 -d1h https://x.example/", {"users": 2000, "duration": 3600}),
    ("hey -n 200 -c 10 -z 30s http://localhost:8080/", {"requests": 200, "users": 10, "duration": 30}),
    ("ab -n 1000000 -c 1000 -t 60 https://x.example/", {"requests": 1e6, "users": 1000, "duration": 60}),
    ("vegeta attack -rate=5000 -duration=10m -targets=t.txt", {"rate": 5000, "duration": 600}),
    ("vegeta attack -rate=600/1m -duration=30s", {"rate": 10, "duration": 30}),
    ("siege -c 50 -t 5M https://x.example/", {"users": 50, "duration": 300}),
    ("ghz -c 500 -n 1000000 --call a.B x:443", {"users": 500, "requests": 1e6}),
    ("jmeter -n -t plan.jmx -Jthreads=2000 -Jduration=3600", {"users": 2000, "duration": 3600}),
    ("autocannon -c 100 -d 20 http://localhost:3000", {"users": 100, "duration": 20}),
    ("bombardier -c 125 -n 10000000 https://x.example", {"users": 125, "requests": 1e7}),
    ("k6 run load.js", {}),
    ("wrk --latency http://localhost:8080/", {}),
)  # fmt: skip
