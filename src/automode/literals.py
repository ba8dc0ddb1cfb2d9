"""Cheap necessary conditions for a regular expression, read from the pattern itself by the regex engine's parser.

A search that scans every position of a long text (a 23-way alternation of token shapes runs at about half a
microsecond a character) can be skipped when the text cannot hold a match:

* `min_width(source)`: the fewest characters a match spans; shorter text holds no match;
* `required_literals(source)`: strings of which every match contains at least one (`ghp_` or `github_pat_` for a
  GitHub token pattern); a text containing none of them holds no match, and `str.__contains__` finds that in C.

Both are derived, never written by hand, so they cannot drift from the pattern (data files keep their regexes).
When the pattern has a form these functions do not read (flags that change case, the parser of a future Python),
they answer "no condition" (0 / None) and the caller searches as before. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from automode import lazymod
from automode.typing_lite import Any


def _parser() -> Any:
    return lazymod.load("re._parser")  # private module of the standard library: guarded by callers


def min_width(source: str) -> int:
    """The fewest characters a match of `source` can span (0 when that cannot be told)."""
    try:
        return int(_parser().parse(source).getwidth()[0])
    except Exception:
        return 0


def required_literals(source: str, shortest: int = 2) -> tuple[str, ...] | None:
    """Strings of which every match of `source` contains at least one, each at least `shortest` characters long, or
    None when no such set can be read from the pattern (case-insensitive patterns and unknown forms included)."""
    try:
        p = _parser()
        parsed = p.parse(source)
        if parsed.state.flags & (p.SRE_FLAG_IGNORECASE | p.SRE_FLAG_LOCALE):
            return None
        req = _sequence(p, list(parsed.data))
    except Exception:
        return None
    if req is None or any(len(s) < shortest for s in req):
        return None
    return tuple(dict.fromkeys(req))


def literal_gate(sources: Iterable[str]) -> Callable[[str], bool] | None:
    """A fast test that is false only for text none of the patterns can match (None when some pattern has no
    required literal): one substring test, or a search for an alternation of plain strings."""
    lits: list[str] = []
    for source in sources:
        req = required_literals(source)
        if req is None:
            return None
        lits.extend(req)
    return gate_of(lits)


def gate_of(literals: Iterable[str], trie: str | None = None) -> Callable[[str], bool] | None:
    """The test of `literal_gate` from strings found earlier (stored beside the patterns they came from), so a
    process that only decides does not parse the patterns again. No strings: no gate (None). `trie`: the search
    pattern `trie_of(literals)` gives, stored with them too (building it costs a cold hook about 2 %)."""
    lits = sorted(set(literals), key=lambda x: (-len(x), x))
    if not lits or "" in lits:
        return None
    if len(lits) == 1:
        one = lits[0]
        return lambda text: one in text
    search = re.compile(trie if trie is not None else _trie(lits)).search
    return lambda text: search(text) is not None


def trie_of(literals: Iterable[str]) -> str:
    """The search pattern of the gate `gate_of(literals)` makes from more than one string (stored beside them)."""
    return _trie(sorted(set(literals), key=lambda x: (-len(x), x)))


def _trie(words: list[str]) -> str:
    """An alternation of plain strings as a prefix tree (`ab|ac` -> `a(?:b|c)`): the regex engine then tries one
    branch per position instead of every string (the first characters still skip positions in C)."""
    return _node(words)[0]


def _node(words: list[str]) -> tuple[str, bool]:
    """(pattern, whether it is an alternation at its top)."""
    if "" in words:
        return "", False  # a string that is a prefix of another: the shorter one already decides
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    alts = []
    for h, rest in sorted(heads.items()):
        sub, alt = _node(rest)
        alts.append(re.escape(h) + (f"(?:{sub})" if alt else sub))
    return "|".join(alts), len(alts) > 1


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: the one whose shortest string is longer (then the fewer strings)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _leading(p: Any, items: list[tuple[Any, Any]]) -> str:
    out = []
    for op, av in items:
        if op is not p.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _chars(p: Any, av: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a small class (`[pousr]`, `[rs]`), or None for a large, negated or categorised one."""
    out: list[str] = []
    for op, v in av:
        if op is p.LITERAL:
            out.append(chr(v))
        elif op is p.RANGE and v[1] - v[0] < MAX_CLASS:
            out.extend(chr(c) for c in range(v[0], v[1] + 1))
        else:
            return None
    return out if len(out) <= MAX_CLASS else None


MAX_CLASS = 8  # a class of up to this many characters is read as that many alternatives
MAX_RUNS = 64  # alternatives followed at once (`[rs]k_` is two)


def _sequence(p: Any, items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The requirement of a sequence: the most selective of its elements' requirements, where consecutive literals
    (and small classes between them) form strings."""
    best: frozenset[str] | None = None
    runs: set[str] = {""}  # every literal string the text holds just before the current element

    def flush() -> None:
        nonlocal best, runs
        if runs != {""}:
            best = _best(best, frozenset(runs))
        runs = {""}

    for op, av in items:
        if op is p.LITERAL:
            runs = {r + chr(av) for r in runs}
            continue
        if op is p.IN:
            chars = _chars(p, av)
            if chars is not None and len(runs) * len(chars) <= MAX_RUNS:
                runs = {r + c for r in runs for c in chars}
                continue
        if op is p.BRANCH and runs != {""}:
            # The parser moves a prefix common to all branches out (`gh…|github_pat_` -> `g(?:h…|ithub_pat_)`): put
            # it back in front of each branch's own leading literals.
            heads = [_leading(p, list(b.data)) for b in av[1]]
            if all(heads) and len(runs) * len(heads) <= MAX_RUNS:
                best = _best(best, frozenset(r + h for r in runs for h in heads))
        flush()
        if op is p.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & p.SRE_FLAG_IGNORECASE:
                continue
            best = _best(best, _sequence(p, list(sub.data)))
        elif op is p.BRANCH:
            alts: set[str] = set()
            for branch in av[1]:
                req = _sequence(p, list(branch.data))
                if req is None:
                    alts = set()
                    break
                alts |= req
            if alts:
                best = _best(best, frozenset(alts))
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _best(best, _sequence(p, list(av[2].data)))
        elif op is p.ATOMIC_GROUP:
            best = _best(best, _sequence(p, list(av.data)))
        # AT, large IN, ANY, NOT_LITERAL, ASSERT, GROUPREF, optional repeats: require no literal of their own
    flush()
    return best
