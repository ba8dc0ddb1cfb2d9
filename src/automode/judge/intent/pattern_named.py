"""One name said, a pattern given (session 23, N4; AM-JUDGE-018 through `intent.wider`).

The user names one object ("clear the task load_orders", "delete app.log", "remove the api-worker process"); the
action spells that name as the value of an option its program reads as a pattern (`knowledge.pattern_options`):
`airflow tasks clear -t load_orders` (a regex searched in every task id: `load_orders_backfill` too), `find -name
'app*' -delete`, `pm2 delete /api-worker/`, `kafka-acls --resource-pattern-type prefixed --topic orders`. The named
name is one of what the pattern takes, and it takes more. The exact form runs (`-t '^load_orders$'`, `-name app.log`,
`pm2 delete api-worker`); a request that asks for the set (all, every, matching, starting with, a pattern written
out) runs too.
"""

from __future__ import annotations

import fnmatch
import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Said

#: Words that ask for a set by a pattern (as typed and as read into English).
_SET_SAID = lazyre.compile(
    r"(?i)\b(?:match\w*|start\w*\s+with|begin\w*\s+with|prefix\w*|regex\w*|regexp|pattern\w*|contain\w*|like\b|"
    r"wildcard|glob|whose\s+(?:id|name)s?\s+(?:start|begin|contain|end)|beginn\w*\s+mit|anfang\w*|commen[cç]\w*\s+par|"
    r"empiez\w*\s+(?:con|por)|comien\w*\s+(?:con|por)|come[cç]\w*\s+com|inizi\w*\s+con|zaczyna\w*\s+się|начина\w*|"
    r"で始まる|开头|로\s*시작|ile\s+başla\w*)|[*]")
#: Tokens of the user's words that can be names.
_TOKEN = lazyre.compile(r"[\w][\w./:@-]*[\w]|\w")


def _expansions(glob: str, cap: int = 64) -> list[str] | None:
    """Every name a glob with only bracket classes matches (`cart[4-6]`: cart4, cart5, cart6); None when it has a
    wildcard or more than `cap` names."""
    if "*" in glob or "?" in glob:
        return None
    out = [""]
    for lit, cls in re.findall(r"([^\[]*)(?:\[([^\]]+)\])?", glob):
        chars: list[str] = []
        i = 0
        while i < len(cls):
            if i + 2 < len(cls) and cls[i + 1] == "-":
                chars += [chr(c) for c in range(ord(cls[i]), ord(cls[i + 2]) + 1)]
                i += 3
            else:
                chars.append(cls[i])
                i += 1
        out = [o + lit + ch for o in out for ch in (chars or [""])]
        if len(out) > cap:
            return None
    return out


def _taken(value: str, tokens: list[str]) -> list[str]:
    from automode.knowledge.pattern_options import core

    v = value.strip("'\"")
    body = v[1:-1] if len(v) > 2 and v.startswith("/") and v.endswith("/") else v
    lit = core(v).lower()
    out = []
    for t in tokens:
        if len(t) < 3:
            continue
        if t == lit:
            out.append(t)
            continue
        try:
            globbed = re.search(r"[*?\[]", v) is not None and fnmatch.fnmatchcase(t, v.lower())
            searched = len(lit) >= 3 and lit in t and re.search(body, t, re.I) is not None
        except re.error:
            continue
        if globbed or searched:
            out.append(t)
    return out


def pattern_wider(a: Analysis, r: Said, literal: str) -> str | None:
    """Why the action takes more than the one name the request says, through a pattern option; None otherwise."""
    from automode.knowledge.pattern_options import PROGRAMS, pattern_values

    cmds = [c for c in a.commands if c.name.rsplit("/", 1)[-1] in PROGRAMS and not c.substituted]
    if not cmds:
        return None
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.wider_said import _whole

    msgs = a.ctx.user_messages
    own = msgs[r.index] if 0 <= r.index < len(msgs) else r.clause.text
    if _whole(r, a) or _SET_SAID.search(own) or _SET_SAID.search(gloss(own)):
        return None
    tokens = [t.lower() for t in _TOKEN.findall(own)]
    text = own.lower()
    for c in cmds:
        for opt, value, what, kind in pattern_values(c):
            if value.strip("'\"").lower() in text and re.search(r"[*?\[^$]", value):
                continue  # (the user wrote the pattern out)
            every = _expansions(value.strip("'\"").lower()) if kind == "glob" else None
            if every is not None and all(x in tokens for x in every):
                continue  # (`-name 'cart[4-6]'` for "cart4, cart5, cart6": exactly the names said)
            named = _taken(value, tokens)
            if named:
                how = f"`{opt} {value}`" if opt else f"`{value}`"
                return f"`{(c.text or c.name)[:80]}` reads {how} as a pattern: {what}, not only {named[0]}"
    return None
