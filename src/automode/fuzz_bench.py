"""`automode bench --fuzz N`: hostile input through the engine, timed (issue 13: every decision within 100 ms in
process on inputs up to 1 MB, no exception, no crash).

Inputs come from a seeded generator (the same N and seed give the same inputs): random code points (surrogates and
the planes above U+FF that crashed tree-sitter-bash included), raw bytes decoded as the hook would, soups of bash
tokens (quotes, substitutions, heredocs, braces, here-strings) and of interpreter code, and the same soups repeated
up to 1 MB. A crash kills this process: that is the failure it reports. Prints max / p99 / p50 decision time, the
slowest inputs' shapes, and how many decisions came from an internal error.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

TOKENS = (
    " ", "  ", "\t", "\n", ";", "&&", "||", "|", "&", "(", ")", "{", "}", "{a,b}", "[", "]", "[[", "]]", "$(", "`",
    "$((", "))", "${", "$", "$'\\x72\\x6d'", "'", '"', "\\", "\\\n", "<<EOF\n", "\nEOF\n", "<<'X'\n", "\nX\n", "<<<",
    "<(", ">(", ">", ">>", "2>&1", "<", "*", "?", "!", "#", "~", "=", "X=", "$X", "-c", "-e", "--", "rm", "-rf", "/",
    "bash", "sh", "eval", "exec", "trap", "xargs", "find", "-exec", "{}", "+", "sudo", "env", "python3", "node",
    "perl", "ruby", "git", "reset", "--hard", "push", "--force", "curl", "http://x", "base64", "-d", "printf",
    "'%s\\n'", "echo", "for", "in", "do", "done", "if", "then", "fi", "case", "esac", "while", "function", "f()",
    "alias", "source", ".", "import os", "os.system(", "getattr(", "'a'*10**9", "s=s+s", "\U0010ffff", "\u3000",
    "\ufeff", "\u202e", "\ud800", "ｒｍ", "é", "\x00", "\x1b[31m",
)  # fmt: skip
SIZES = (16, 64, 256, 1_000, 4_000, 20_000, 100_000, 1_000_000)


def generate(rng: random.Random) -> str:
    kind = rng.randrange(5)
    size = rng.choice(SIZES[:6]) if rng.random() < 0.85 else rng.choice(SIZES)
    if kind == 0:  # any code point, surrogates included
        return "".join(chr(rng.randrange(0x110000)) for _ in range(min(size, 4_000)))
    if kind == 1:  # bytes as a hook decodes them (invalid UTF-8 -> U+FFFD)
        return bytes(rng.randrange(256) for _ in range(min(size, 4_000))).decode("utf-8", "replace")
    soup = "".join(rng.choice(TOKENS) + (" " if rng.random() < 0.5 else "") for _ in range(min(size, 2_000) // 4 + 1))
    if kind == 2:
        return soup[:size]
    if kind == 3:  # a soup repeated to the size: long inputs with structure
        return (soup * (size // max(1, len(soup)) + 1))[:size]
    code = rng.choice(("python3 -c ", "node -e ", "perl -e ", "ruby -e ", "bash -c ", "awk "))
    return code + json.dumps(soup[:size])


def run(n: int, seed: int = 0, as_json: bool = False, tick: Callable[[], None] | None = None) -> int:
    """Decide `n` generated inputs and print the report; `tick` is called after each (a progress bar)."""
    from automode.api import action_from_json, context_from_json, default_engine

    engine = default_engine()
    ctx = context_from_json({"cwd": "/home/user/project", "project_root": "/home/user/project"}, home="/home/user")
    rng = random.Random(seed)
    times: list[tuple[float, int, str]] = []
    cpu: list[float] = []  # the process's own CPU time: what the engine costs, whatever else the machine runs
    verdicts: Counter[str] = Counter()
    internal = raised = 0
    largest = 0
    for _ in range(n):
        if tick is not None:
            tick()
        cmd = generate(rng)
        largest = max(largest, len(cmd))
        t0 = time.perf_counter()
        c0 = time.process_time()
        try:
            d = engine.decide(action_from_json({"tool": "Bash", "input": {"command": cmd}}), ctx)
        except Exception:
            raised += 1
            continue
        ms = (time.perf_counter() - t0) * 1000
        cpu.append((time.process_time() - c0) * 1000)
        times.append((ms, len(cmd), cmd[:60]))
        verdicts[d.verdict] += 1
        internal += "AM-INTERNAL" in d.rules
    times.sort()
    ms_only = [t[0] for t in times]
    cpu.sort()

    def pct(q: float) -> float:
        return round(ms_only[min(len(ms_only) - 1, int(q / 100 * len(ms_only)))], 2) if ms_only else 0.0

    report: dict[str, Any] = {
        "decisions": len(times), "seed": seed, "largest_input_chars": largest, "max_ms": round(ms_only[-1], 2) if ms_only else 0.0,
        "p99_ms": pct(99), "p50_ms": pct(50), "over_100ms": sum(1 for t in ms_only if t > 100), "raised": raised,
        "internal_errors": internal, "verdicts": dict(verdicts),
        "cpu_max_ms": round(cpu[-1], 2) if cpu else 0.0, "cpu_p99_ms": round(cpu[min(len(cpu) - 1, int(0.99 * len(cpu)))], 2) if cpu else 0.0,
        "cpu_over_100ms": sum(1 for t in cpu if t > 100),
        "slowest": [{"ms": round(ms, 1), "chars": size, "start": start} for ms, size, start in times[-5:][::-1]],
    }  # fmt: skip
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        print(f"fuzz: {report['decisions']} decisions (seed {seed}, inputs up to {largest:,} chars): max {report['max_ms']} ms, "
              f"p99 {report['p99_ms']} ms, p50 {report['p50_ms']} ms, {report['over_100ms']} over 100 ms; "
              f"{raised} raised, {internal} internal errors; verdicts: "
              f"{', '.join(f'{k} {v}' for k, v in verdicts.most_common()) or 'none'}\n"
              f"  CPU time per decision (unaffected by other load): max {report['cpu_max_ms']} ms, p99 {report['cpu_p99_ms']} ms, "
              f"{report['cpu_over_100ms']} over 100 ms")  # fmt: skip
        for s in report["slowest"]:
            print(f"  slow: {s['ms']} ms, {s['chars']:,} chars: {s['start']!r}")
    return 0 if raised == 0 and internal == 0 else 1
