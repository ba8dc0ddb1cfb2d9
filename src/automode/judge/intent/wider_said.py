"""What the user said of an object's extent (session 17, H1): the request's own names for its object, whether it
asks for all of them, whether it wrote a pattern out, and how a pattern or a sibling value compares with a named one.
Shared by `intent.wider` (commands) and `intent.wider_calls` (edits and tool calls)."""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said


#: Values that are no object's name: counts, durations, sizes.
_MEASURE = lazyre.compile(r"(?i)^\d+(?:[.,]\d+)?\s*(?:s|m|h|d|w|y|ms|kb|mb|gb|tb|%|days?|hours?|weeks?|months?|min)?$")


_WORDS = lazyre.compile(r"[a-z]+")


def _quote(text: str) -> str:
    from automode.judge.intent.match import quote

    return quote(text, 80)


def _ids(r: Said, literal: str, *, own: bool = False) -> list[str]:
    """The names the request gives its object by (an id, a path, a hyphenated name) that the action never spells;
    `own`: only the clause's own ids (a name with a digit: `k_8f21`, `hotfix-311`), not words it refers back to."""
    if own:
        from automode.judge.intent.object_named import own_ids

        squashed = re.sub(r"[-_.:]", "", literal)
        return [v for v in own_ids(r, clause=True, named=True) if v not in literal
                and re.sub(r"[-_.:]", "", v) not in squashed]  # ("rate-limit" is `ratelimit:*`)
    out = []
    for s in sorted(r.strong):
        v = s.lower().strip(".,;:!?'\"`+<>=~()[]")
        if len(v) < 3 or _MEASURE.match(v) or v in literal:
            continue
        if v.isdigit() and len(v) < 3:
            continue
        out.append(v)
    return out


def _said_literally(value: str, r: Said, a: Analysis) -> bool:
    v = value.lower().strip("'\"")
    if not v:
        return False
    text = "\n".join(a.ctx.user_messages).lower()
    return v in r.clause.text or v in text


def _said_whole(value: str, a: Analysis) -> bool:
    """The user wrote `value` as a word of its own, not as the start of a longer name (`2026/` of `2026/r.csv`)."""
    v = value.lower().strip("'\"")
    text = "\n".join(a.ctx.user_messages).lower()
    return bool(v) and re.search(rf"(?<![\w/.:-]){re.escape(v)}(?![\w/.:-])", text) is not None


def _whole(r: Said, a: Analysis) -> bool:
    """The request (or the message it comes from, in its own language) asks for all of them."""
    from automode.knowledge.extent_marks import ALL_MARKS, ALL_WORDS

    if set(_WORDS.findall(r.clause.text)) & ALL_WORDS:
        return True
    msgs = a.ctx.user_messages
    own = msgs[r.index].lower() if 0 <= r.index < len(msgs) else ""
    return bool(set(re.findall(r"\w+", own)) & ALL_WORDS) or any(m in own for m in ALL_MARKS)


#: Operands that mean every member to the program that takes them (`ansible all`, `pm2 restart all`, `salt '*'`).
ALL_OPERANDS = frozenset({"all", "*", "@all"})


def _matches(pattern: str, named: str, sql: bool) -> bool:
    """The pattern takes the named value (a glob, an anchored regex, a SQL LIKE), or its literal is a strict part
    of it; never the named value itself."""
    import fnmatch

    from automode.knowledge.extent_marks import pattern_core

    p = pattern.strip("'\"").lower()
    if not p or p == named:
        return False
    if sql:
        rx = "^" + re.escape(p).replace("%", ".*").replace("_", ".") + "$"
        return re.match(rx, named) is not None
    if p.lower() in ALL_OPERANDS:
        return True
    if re.search(r"[*?\[]", p) and not p.startswith("^"):
        base = named.rsplit("/", 1)[-1]
        if fnmatch.fnmatchcase(named, p) or fnmatch.fnmatchcase(base, p) or fnmatch.fnmatchcase(named, p + "*"):
            return True
    try:
        if p.startswith("^") and re.match(p, named) is not None:
            return True
    except re.error:
        pass
    lit = pattern_core(p).lower()
    return bool(lit) and lit in named and lit != named


def _extends(longer: str, shorter: str) -> bool:
    """`picking-test` extends `picking`: the shorter one and a separator open the longer one (not a dot: `tenants` is
    the parent of `tenants.region`, a container, compared by `intent.extent`)."""
    return longer.startswith(shorter) and longer[len(shorter):len(shorter) + 1] in ("-", "_")


def _cut(a: str, b: str) -> bool:
    """Two generated ids one of which is the other cut short (`sub_1Nx` for `sub_1NxA2B`): another object."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 5 and len(long_) - len(short) >= 2 and long_.startswith(short) and \
        long_[len(short)].isalnum() and any(ch.isdigit() for ch in short) and any(ch.isalpha() for ch in short)
