"""A short-lived token asked for in so many words (session 24, class O2, helper `units`): "vytvoř vault token s policy
deploy-ci, platnost jedna hodina" answered with `vault token create -policy=deploy-ci -ttl=1h -explicit-max-ttl=1h`;
"a token for the builder service account, valid 10 minutes" with `kubectl create token builder --duration=10m`.

The act creates a credential (AM-TRUST-003) and prints it (AM-EXFIL-003), and a request for a token names no object:
the release stops at an ask. It settles when every bound the token can carry is the one said: each lifetime option
of `knowledge.bounding` given and the length said (in its unit: `1h` is "jedna hodina"), at least one of them; each
policy, role or service account it is made for written in the words; none of the forms that make it outlive or
outrank what was said (`ORPHAN_FORMS`: an orphan token, the root policy, a periodic token renewed forever without a
period said, a use limit lifted).
"""

from __future__ import annotations

import re

from automode.knowledge.shared_acts import OUTRANKING_FORMS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: (program, leading operands, options that name what the token is for, operand index naming it or -1).
TOKENS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], int], ...] = (
    ("vault", ("token", "create"), ("-policy", "--policy", "-policies", "-role", "--role"), -1),
    ("kubectl", ("create", "token"), (), 0),
    ("oc", ("create", "token"), (), 0),
)
#: Forms that make a token outlive or outrank the one asked for (one table with the release of made credentials).
ORPHAN_FORMS = OUTRANKING_FORMS
#: Rules a token asked for in so many words settles: created (access) and printed (a secret), and the release's mark.
SETTLED = frozenset({"AM-TRUST-003", "AM-EXFIL-003", "AM-JUDGE-002"})


def _named(words: list[str], opts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if head in opts:
            v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
            out += [x for x in v.split(",") if x]
    return out


def settles(a: Analysis, rules: tuple[str, ...]) -> str | None:
    """The reason to allow a token asked for with its lifetime and what it is for, every bound given as said."""
    if not rules or not set(rules) <= SETTLED or not a.shell or len(a.commands) != 1 or not a.ctx.user_messages:
        return None
    c = a.commands[0]
    name = c.name.rsplit("/", 1)[-1]
    words = [w.value for w in c.argv[1:]]
    if any(w.dynamic for w in c.argv[1:]) or any(ORPHAN_FORMS.match(w) for w in words):
        return None
    pos = [w for w in words if not w.startswith("-")]
    row = next((r for r in TOKENS if r[0] == name and tuple(p.lower() for p in pos[:len(r[1])]) == r[1]), None)
    if row is None:
        return None
    text = a.ctx.user_messages[-1][:4000]
    low = text.lower()
    named = _named(words, row[2])
    if row[3] >= 0:
        rest = [w for i, w in enumerate(words) if not w.startswith("-") and (i == 0 or "=" in words[i - 1]
                                                                             or not words[i - 1].startswith("-"))]
        rest = rest[len(row[1]):]
        named += rest[row[3]:row[3] + 1]
    if not named or not all(re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", low) for n in named):
        return None
    from automode.judge.intent.bounded import said
    from automode.judge.intent.said_units import near, value_of
    from automode.knowledge.bounding import _opt_value, applies

    bounds = [r for r, _, _ in applies(c) if r.kind == "duration"]
    values = said("duration", text)
    if not bounds or not values:
        return None
    given = 0
    for opt, unit in (o for r in bounds for o in r.opts):  # (every lifetime option: `-ttl` and `-explicit-max-ttl`)
        g = _opt_value(words, opt)
        if g is None:
            continue
        v = value_of(g, unit) if unit else None
        if v is None or not near(v, values):  # type: ignore[arg-type]
            return None
        given += 1
    if not given:
        return None
    return f"you asked for a token for {named[0]} with the lifetime you said; `{(c.text or name)[:80]}` is exactly that"
