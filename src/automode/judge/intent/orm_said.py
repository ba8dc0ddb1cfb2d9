"""Code that acts, asked for by its values (session 18, I5): an ORM deletion or update in inline code whose filter
values are the user's words.

`RAILS_ENV=staging bin/rails runner 'Account.where(plan: "trial", source: "seed").destroy_all'` for "borra las
cuentas trial creadas por el seed de staging": the rows the filter selects are named by every literal it compares
(`trial`, `seed`), the act by the request's verb (a deletion asked, or a change for an update), the place by the
environment the request names. Released (AM-DATA-001) only when every literal of every filter is a word of the
request in force, the act is asked and a shared environment is said; a filter with no literal (`Account.destroy_all`,
`where("created_at < ?", x)`) selects what no word names and keeps the ask.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent

#: A literal compared in a filter: Ruby `plan: "trial"`, `:plan => 'trial'`, Python `plan="trial"`, PHP
#: `where('plan', 'trial')`, JS `{ plan: 'trial' }`.
_LITERAL = lazyre.compile(r"""(?:\w+\s*(?::|=>|=|==)\s*|where\w*\(\s*['"]\w+['"]\s*,\s*(?:['"][=<>!]+['"]\s*,\s*)?)"""
                          r"""['"]([^'"\\]{1,60})['"]""")
#: The filter call of an ORM statement (the literals that decide which rows).
_FILTER = lazyre.compile(r"(?i)\b(?:where|filter|filter_by|find_by|exclude|where_not)\w*\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
_ACTS = {"delete": frozenset({"delete", "reset"}), "update": frozenset({"update", "reset"})}


def settle(a: Analysis, intent: Intent) -> str | None:
    """The request's words when every ORM write of the action is named by its filter values, its act and its place;
    None otherwise."""
    from automode.judge.intent.lexicon import ENV_MARKERS

    writes = [e for e in a.effects if e.kind == "control" and e.origin == "data" and e.verb in _ACTS]
    if not writes or not intent.requests:
        return None
    r = intent.requests[0]
    text = intent.text
    for e in writes:
        if not r.clause.verbs & _ACTS[e.verb]:
            return None
        filters = _FILTER.findall(e.detail)
        values = [v for f in filters for v in _LITERAL.findall(f)]
        if not filters or not values or not all(lazyre.whole(v.lower(), text) for v in values):
            return None  # (no filter, a filter with no literal, or a value the user never said)
        if e.env in ("production", "staging") and not any(lazyre.whole(w, text) for w in ENV_MARKERS[e.env]):
            return None
        if e.env not in ("production", "staging", "local", "dev", "test"):
            return None
    return r.clause.text
