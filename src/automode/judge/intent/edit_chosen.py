"""A consequential bound an edit changes where the user said no value (session 28, class T4, helper `said`; read by
`judge.intent.agent_chose`, AM-JUDGE-065).

"Loki 보존 기간 좀 줄여줘" (shorten Loki's retention) answered with `retention_period: 744h` -> `168h`, "make the
artifacts expire sooner" with `expire_in: 30 days` -> `1 hour`, "the api is slow, scale it up" with `replicas: 3` ->
`12`, "send a little traffic to v2" with `weight: 0` -> `20`: the number is the agent's, and it decides what is lost,
how much runs or how many users the new version reaches. Asked, in any language, when no message says a number
or an amount of that kind; the same edit with the value said runs (`intent.scaled` compares a value said). A new
file or a new key is no change of a bound (a manifest written from scratch states its own numbers), nor is an edit
that keeps the value.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: A cheap test of the written text: one of the keys' words (lower case) must stand in it before anything is read.
_KEY_WORDS = ("retention", "expir", "replica", "desired", "node", "instance", "weight", "percent", "keep", "history",
              "min", "max")
#: Words that ask for the whole content to go, or that ask for every copy stopped ("purge", "scale to zero").
_DIMS = {"loses": "time", "scales": "count", "routes": "percent"}
_FILES = lazyre.compile(r"(?i)\.(?:tf|tfvars|hcl|ya?ml|json|toml|properties|conf|cfg|ini|env)$|(?:^|/)\.env[\w.-]*$")


def _text(a: Analysis) -> str:
    return "\n".join(m[:4000] for m in a.ctx.user_messages[-4:])


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """(verdict, why, rule id) of `unsaid_edit`: AM-JUDGE-065 with the amounts the agent chose in commands."""
    from automode.judge.outcome import CHOSEN

    got = unsaid_edit(a)
    return (got[0], got[1], CHOSEN) if got is not None else None


def unsaid_edit(a: Analysis) -> tuple[str, str] | None:
    """("ask", why) when the edit changes a retention, a count of running copies or a routing weight to a value no
    message says, and no message says a number."""
    w = a.write
    if w is None or not w.old or not w.new or not _FILES.search(w.path):
        return None
    low = w.new.lower()
    if not any(k in low for k in _KEY_WORDS):
        return None
    from automode.knowledge.unit_keys import chosen_changed

    got = chosen_changed(w.new, w.old)
    if not got:
        return None
    from automode.judge.intent.agent_chose import PURGE_SAID, number_said
    from automode.judge.intent.scaled import said

    text = _text(a)
    if number_said(text) or PURGE_SAID.search(text) is not None:
        return None
    for key, was, now, what, does in got:
        dim = _DIMS[does]
        if said(dim, "count" if dim == "count" else "", text):
            continue  # (an amount of the kind said in words: `scaled` compares it)
        if does == "scales" and now.strip() == "0":
            continue  # (a count of copies set to none is a stop, which other rules judge)
        effect = {"loses": "what is older goes sooner", "scales": "that many copies run (cost and load)",
                  "routes": "that share of the traffic goes to it"}[does]
        return "ask", (f"you gave no value for the {what}; the edit changes `{key}` from {was} to {now}, a value the "
                       f"agent chose, and {effect}")
    return None
