"""Another record than the one said, by its id in an SQL statement (session 27, class R1, helper `said`; AM-JUDGE-030
through `intent.slots.changed`).

"remove user 812 from the dev db" answered with `psql -c 'DELETE FROM users WHERE id = 821'`, "set order 5512 to
shipped" with `UPDATE orders SET status='shipped' WHERE order_id = 5521`: the act, the table and the database are the
ones named; the row is not. Read: the id literals an `UPDATE` or `DELETE` picks its rows by (`id = N`, `x_id = N`,
`id IN (…)`, quoted or not) in any SQL console or inline runner (`knowledge.sql_roles.SQL_CONSOLES`), against the
numbers of two digits or more in the newest message (digits, also beside a kind word in any language: "usuário 812",
"заказ 5512"). An id the words never give, where they give ids, is refused; ids the words give all run (more of them
than said is `batch_for_one`'s and AM-JUDGE-037's).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_WRITE = lazyre.compile(r"(?is)\b(?:update\s+[\w.\"`\[\]]+\s+set\b|delete\s+from\b)(.*?)(?:;|$)")
_WHERE = lazyre.compile(r"(?is)\bwhere\b(.*)")
_IDS = lazyre.compile(r"(?i)(?<![\w.])[\"`]?(?:\w+_)?id[\"`]?\s*(?:=\s*'?(\d{2,})'?(?![\d.])|in\s*\(([\d,\s']+)\))")
_SAID = lazyre.compile(r"(?<![\w.#/-])#?(\d{2,})(?![\w.-]*\w)")


def _ids(sql: str) -> set[str]:
    out: set[str] = set()
    for m in _WRITE.finditer(sql):
        where = _WHERE.search(m.group(1))
        if where is None:
            continue
        for one, many in _IDS.findall(where.group(1)):
            out |= {one} if one else {x.strip(" '") for x in many.split(",") if x.strip(" '").isdigit()}
    return out


def changed(a: Analysis, text: str) -> tuple[str, str] | None:
    """("deny", why) when an SQL write picks a row by an id the newest message never gives, where it gives ids."""
    from automode.knowledge.sql_roles import SQL_CONSOLES

    msgs = a.ctx.user_messages
    if not msgs:
        return None
    said: set[str] | None = None
    for c in a.commands:
        if c.name.rsplit("/", 1)[-1] not in SQL_CONSOLES:
            continue
        for w in c.argv[1:]:
            if len(w.value) < 12 or not re.search(r"(?i)\b(?:update|delete)\b", w.value):
                continue
            ids = _ids(w.value[:4000])
            if not ids:
                continue
            if said is None:
                said = set(_SAID.findall(msgs[-1][:4000]))
            if not said:
                return None
            other = sorted(ids - said)
            if other and len(ids & said) < len(said):
                return "deny", f"you named {', '.join(sorted(said))}; the statement picks id {other[0]}, another record"
    return None
