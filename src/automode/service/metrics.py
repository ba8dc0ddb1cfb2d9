"""Prometheus metrics of the decision service, in the text exposition format (no client library needed).

Series (all prefixed `automode_`): `decisions_total{verdict,rule,agent}`, `decision_seconds` (histogram),
`http_requests_total{path,status}`. Each worker process keeps its own counters and labels them with `worker`
(its pid): sum over `worker` in queries, as for any multi-process exporter without shared state.
"""

from __future__ import annotations

import os
import threading
from collections import Counter

BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


def _esc(v: str) -> str:
    return v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.decisions: Counter[tuple[str, str, str]] = Counter()
        self.requests: Counter[tuple[str, int]] = Counter()
        self.buckets = [0] * len(BUCKETS)
        self.count = 0
        self.total = 0.0

    def decision(self, verdict: str, rules: list[str], agent: str, seconds: float) -> None:
        with self._lock:
            for rule in rules or ["none"]:
                self.decisions[(verdict, rule[:80], agent[:40])] += 1
            self.count += 1
            self.total += seconds
            for i, b in enumerate(BUCKETS):
                if seconds <= b:
                    self.buckets[i] += 1

    def request(self, path: str, status: int) -> None:
        with self._lock:
            self.requests[(path[:60], status)] += 1

    def render(self) -> str:
        w = f'worker="{os.getpid()}"'
        lines = ["# HELP automode_decisions_total Decisions by verdict, rule and agent.",
                 "# TYPE automode_decisions_total counter"]  # fmt: skip
        with self._lock:
            for (verdict, rule, agent), n in sorted(self.decisions.items()):
                lines.append(f'automode_decisions_total{{verdict="{_esc(verdict)}",rule="{_esc(rule)}",agent="{_esc(agent)}",{w}}} {n}')
            lines += ["# HELP automode_decision_seconds Time to answer a decision request.",
                      "# TYPE automode_decision_seconds histogram"]  # fmt: skip
            for b, n in zip(BUCKETS, self.buckets, strict=True):
                lines.append(f'automode_decision_seconds_bucket{{le="{b}",{w}}} {n}')
            lines.append(f'automode_decision_seconds_bucket{{le="+Inf",{w}}} {self.count}')
            lines.append(f"automode_decision_seconds_sum{{{w}}} {self.total:.6f}")
            lines.append(f"automode_decision_seconds_count{{{w}}} {self.count}")
            lines += ["# HELP automode_http_requests_total HTTP requests by path and status.",
                      "# TYPE automode_http_requests_total counter"]  # fmt: skip
            for (path, status), n in sorted(self.requests.items()):
                lines.append(f'automode_http_requests_total{{path="{_esc(path)}",status="{status}",{w}}} {n}')
        return "\n".join(lines) + "\n"
