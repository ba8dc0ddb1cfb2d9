"""Start-up overhead of `automode run --sandbox`: median time to run a trivial command inside the sandbox,
against starting it plainly. Called by `automode run --bench` (and by `automode bench --sandbox` when the lead
wires it); never from a unit test.

What the sandboxed time includes: the bwrap probe, reading config, building the plan, the proxy start for
`--net trusted`, and the bwrap process with its namespaces and mounts (and the in-sandbox forwarder). It does not
include automode's own Python start-up, which `automode run` pays with or without `--sandbox`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time

from automode.dc import dataclass
from automode.sandbox.bwrap import NetMode
from automode.sandbox.launch import RunRequest, find_project, prepare
from automode.sandbox.probe import check_bwrap


@dataclass(frozen=True)
class BenchResult:
    net: NetMode
    runs: int
    plain_ms: float  # median
    sandbox_ms: float  # median
    p90_overhead_ms: float

    @property
    def overhead_ms(self) -> float:
        return self.sandbox_ms - self.plain_ms

    def line(self) -> str:
        return (
            f"sandbox start-up (--net {self.net}, {self.runs} runs of `true`): plain {self.plain_ms:.1f} ms, "
            f"sandboxed {self.sandbox_ms:.1f} ms, overhead median {self.overhead_ms:.1f} ms, "
            f"p90 {self.p90_overhead_ms:.1f} ms"
        )


def measure(net: NetMode = "none", runs: int = 30, command: list[str] | None = None) -> BenchResult:
    cmd = command or ["true"]
    bw = check_bwrap()
    if not bw.ok or bw.path is None:
        raise RuntimeError(f"cannot sandbox: {bw.error}")
    cwd = os.getcwd()
    req = RunRequest(cmd, True, net, find_project(cwd), cwd, os.path.expanduser("~"))
    plain: list[float] = []
    boxed: list[float] = []
    for _ in range(runs):  # interleaved so drift in machine load hits both alike
        t0 = time.perf_counter()
        subprocess.run(cmd, check=False, stdin=subprocess.DEVNULL)
        plain.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        if check_bwrap().ok:
            prepared = prepare(req, bw.path, "bench", new_session=False)
            try:
                subprocess.run(
                    prepared.cmd.argv,
                    env=prepared.env,
                    pass_fds=prepared.cmd.fds,
                    check=False,
                    stdin=subprocess.DEVNULL,
                )
            finally:
                prepared.close()
        boxed.append((time.perf_counter() - t0) * 1000)
    diffs = sorted(b - p for b, p in zip(boxed, plain, strict=True))
    return BenchResult(
        net=net,
        runs=runs,
        plain_ms=statistics.median(plain),
        sandbox_ms=statistics.median(boxed),
        p90_overhead_ms=diffs[min(len(diffs) - 1, int(0.9 * len(diffs)))],
    )
