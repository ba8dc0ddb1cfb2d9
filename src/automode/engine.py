"""The decision pipeline (SPEC §3). Placeholder until the policy lands: everything is `ask`."""

from __future__ import annotations

import time

from automode.config import Config
from automode.model import Action, Context, Decision


class Engine:
    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def decide(self, action: Action, ctx: Context) -> Decision:
        t0 = time.perf_counter_ns()
        d = Decision("ask", "automode's policy is not built yet", stage="analysis")
        return Decision(d.verdict, d.reason, d.rules, d.category, d.suggestion, d.stage, (time.perf_counter_ns() - t0) // 1000)
