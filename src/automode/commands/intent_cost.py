"""`automode bench`: what reading the user's words costs a decision (issue 12, point 6).

The same actions are decided twice, interleaved: in a session of 20 user messages and with no messages at all.
Messages are parsed once per session (cached by the message tuple), so after the first decision of a session the
judge only matches; the ratio of the two p50s is the price of intent.

Session 22 (speed, issue 14; decisions unchanged: 0 of 13708 on the shared bench, none moved on the gate): the
later-message check (`judge.intent.later_stands`) read each message of the session again for every action (its
parse, marks, names, the parts that ask again or say no); now each reading of a message alone is cached by the
message, a message that carries no mark of a no and can be read is not read against the action at all unless an
earlier one lowered the release, and a said word's keys (core, stem, parts) are made once. Also: `intent.acts` once
per decision, table scans indexed by program or by a URL's head (`knowledge.extent.container_of`,
`knowledge.installers.vendor`, `intent.bounds._row`, `knowledge.flows._in_domains`), the session's words lowered,
joined and glossed once (`Analysis.user_named_host`, `intent.named_settings`, `intent.naming._unnamed`). Measured
with `automode bench` (the shipped sample), base (d5c11d11) and this state interleaved on a machine at load ~19:
CPU time 1923.2 vs 858.2 µs p50 (2.24×) before, 1693.5 vs 883.3 µs (1.92×) after (medians of five and four runs:
2.18× and 1.92×; wall-clock p50s at that load were preemption, up to 15×). What remains, by a thread-time profile
of the sample: the release (`judge.release._release`, 30 % of the judge's time: `facts.target`, `selects_more`
through `scope.beyond`, `naming.named_action`), `substitutions.substituted` (19 %: slots, named values, identity,
widened), the boundary check (11 %, `intent.acts`), `selects_more` on clean allows (10 %), `later_stands` (7 %):
each reads the action again; the next step is the action-side gate (which kinds of values the action carries).
"""

from __future__ import annotations

import time
from typing import Any

from automode.dc import replace
from automode.model import Action, Context

#: Twenty messages of an ordinary coding session: requests, questions, boundaries, a hold and its lifting.
SESSION = (
    "the checkout tests are flaky on CI, can you look at why?",
    "run the unit tests in tests/checkout first",
    "ok, fix the race in src/checkout/cart.py, keep the public API the same",
    "don't touch the migrations folder",
    "what does the retry helper in src/lib/retry.ts do?",
    "add a regression test for the double-submit case",
    "also update the CHANGELOG under Unreleased",
    "wait, hold off on the changelog",
    "ok go ahead with the changelog too",
    "rename calcTotal to computeTotal everywhere in src/",
    "is the staging deploy still broken?",
    "prepare a short summary of the change for the PR description, I'll open the PR myself",
    "commit the fix on feature/checkout-race",
    "don't push yet, I want to review it first",
    "the lint job complains about unused imports in src/checkout, clean those up",
    "install the missing @types/node dev dependency",
    "run the full suite again",
    "looks good, push feature/checkout-race",
    "once CI is green, deploy it to staging",
    "thanks! also delete the tmp/ fixtures you generated earlier",
)


def measure(engine: Any, samples: list[tuple[Action, Context]], rounds: int = 3) -> dict[str, Any]:
    """The p50s of wall-clock time (the figure reported since session 12) and of the deciding thread's CPU time:
    on a loaded machine a longer decision is preempted more often, so the wall-clock ratio grows with the load while
    the CPU-time ratio does not (the same decisions, timed both ways)."""
    with_words: list[float] = []
    without: list[float] = []
    cpu_with: list[float] = []
    cpu_without: list[float] = []
    for _ in range(rounds):
        for action, ctx in samples:
            bare = replace(ctx, user_messages=(), instructions=())
            talk = replace(ctx, user_messages=SESSION, instructions=())
            for c, sink, cpu in ((bare, without, cpu_without), (talk, with_words, cpu_with)):
                c0 = time.thread_time_ns()
                t0 = time.perf_counter()
                engine.decide(action, c)
                sink.append((time.perf_counter() - t0) * 1e6)
                cpu.append((time.thread_time_ns() - c0) / 1e3)
    w, n = _p50(with_words), _p50(without)
    cw, cn = _p50(cpu_with), _p50(cpu_without)
    return {"actions": len(samples), "with_p50_us": round(w, 1), "without_p50_us": round(n, 1),
            "ratio": round(w / n, 2) if n else 0.0, "cpu_with_p50_us": round(cw, 1),
            "cpu_without_p50_us": round(cn, 1), "cpu_ratio": round(cw / cn, 2) if cn else 0.0}  # fmt: skip


def _p50(xs: list[float]) -> float:
    return sorted(xs)[len(xs) // 2] if xs else 0.0
