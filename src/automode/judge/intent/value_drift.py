"""A value the act acts on against the values the request named (split from `judge.intent.scope`): "drain node-7"
answered with node-8, "unlock 1b2c…" with another lock; a sibling of the thing the request describes. Read on clean
allows of control changes (`routine_drift`) and on releases (`scope.beyond`)."""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Said


def _acted_values(t: Target, a: Analysis, r: Said) -> list[str]:
    """The control values of the act judged: a listing or a lookup that only feeds it (`kubectl describe pod …` in an
    issue's body) is not what the act acts on, and where it acts (a namespace, a context, a region) is no sibling
    of the thing the user named when that thing itself is among them (`kubectl delete job X -n label-printer` for
    "delete the job X")."""
    from automode.knowledge.control import places
    from automode.knowledge.trust_values import named_places

    effects = [e for e in a.effects if e.kind == "control"]
    if t.verbs - {"read"}:
        effects = [e for e in effects if e.verb != "read"] or effects
    values = [v for e in effects for v in e.values]
    where = {v for c in a.commands for v in places(c)}
    # (an option that only says where, `--profile prod-admin`, beside one that also names the thing, `--secret-id`)
    where -= {v for c in a.commands for v in named_places(c)}
    named = {s.lower() for s in r.strong}
    if where and named & {v.lower() for v in values if v not in where}:
        values = [v for v in values if v not in where]
    return [v for v in values if v not in _carried_programs(a)]


def _carried_programs(a: Analysis) -> frozenset[str]:
    """The programs a carrier runs (`docker exec redis-dev redis-cli DEL k`, `kubectl exec pod -- psql`, `ssh h
    pg_dump`): the carrier's operand that names the program is how the act runs, no object beside the named one
    (`redis-cli` is no sibling of the container `redis-dev`; session 27, R3)."""
    return frozenset(c.name.rsplit("/", 1)[-1] for c in a.commands if c.remote)


def routine_drift(a: Analysis) -> str | None:
    """A change no rule objects to (a drain, an unlock, a restart in dev) whose value is another one of the kind the
    newest request named ("drain node-7" answered with node-8): the reason, None when it acts on what was named. Where
    it acts (a namespace, a context) is not compared."""
    from automode.judge.intent.match import session_intent
    from automode.knowledge.control import places

    intent = session_intent(a.ctx.user_messages, (), ())
    r = next((q for q in intent.requests if q.index >= 0 and q.strong and q.clause.verbs - {"read"}), None)
    if r is None:
        return None
    where = {v for c in a.commands for v in places(c)}
    values = [v for e in a.effects if e.kind == "control" and e.verb != "read" for v in e.values if v not in where]
    if {s.lower() for s in r.strong} & {v.lower() for v in values}:
        return None  # it acts on the named one; a sibling value is another role (the chart `vector/vector` of `vector-agg`)
    moved = value_drift(values, r, a.ctx.user_messages)
    return f"you asked {_quote(r.clause.text)}, but {moved[1]}" if moved is not None else None


def _quote(text: str) -> str:
    from automode.judge.intent.match import quote

    return quote(text, 80)


def value_drift(values: list[str], r: Said, messages: tuple[str, ...]) -> tuple[str, str] | None:
    """The action's values against what the request `r` named (its own names and its message's): another value of
    the kind named, or an unnamed sibling of a value its describing words name (`intent.drift`)."""
    if not values:
        return None
    from automode.judge.intent.drift import drift
    from automode.judge.intent.match import GENERIC_WORDS, object_matches
    from automode.judge.intent.text import parse_message

    named = set(r.strong)
    if 0 <= r.index < len(messages):
        for c in parse_message(messages[r.index]).clauses:
            named |= c.strong
    weak = r.weak - GENERIC_WORDS
    described = [v for v in values if weak and object_matches(v, frozenset(), weak)]
    return drift(values, named, r.clause.text, "\n".join(messages).lower(), described)
