"""One record changed through a runner, named by its key (session 25, P1): "remove the admin flag of user 4412 on
shop-staging with heroku run" answered with `heroku run -a shop-staging 'rails runner "User.find(4412).update!(admin:
false)"'`. The write is keyed by one primary id (`Model.find(ID)`, `Model.objects.filter(pk=ID)`, `get(id=ID)`), so
the rows it selects are the one the user named by that id; the release needs the id, the model and every attribute
it sets to be words of the request (a yes/no value is the act itself; any other value must be said too), and every
name the carrier is given (the app, the environment: `-a shop-staging`) to be the user's word. A filter by anything
else (`where(…)`, `all`), another id, another attribute or another app is not this reading's."""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: One record by its primary key, then the write: Rails `Model.find(ID).update!(k: v)` / `.destroy`, Django
#: `Model.objects.filter(pk=ID).update(k=v)` / `get(id=ID)`.
_KEYED = re.compile(r"^\s*(?P<model>[A-Z]\w*)(?:\.objects)?\.(?:find|get|filter|find_by)\(\s*(?:(?:pk|id)\s*[:=]\s*)?"
                    r"(?P<id>\d+|['\"][\w-]+['\"])\s*\)\s*\.\s*(?P<act>update!?|update_columns?|update_attribute|"
                    r"destroy!?|delete)\s*(?:\((?P<args>[^()]*)\))?\s*;?\s*$")
_PAIR = re.compile(r"(\w+)\s*(?::|=>|=)\s*(\"[^\"]*\"|'[^']*'|[\w.-]+)")
_FLAGS = frozenset({"true", "false", "nil", "none", "null", "0", "1"})


def _said(value: str, text: str) -> bool:
    v = value.lower().strip("'\"")
    return bool(v) and re.search(r"(?<![\w.-])" + re.escape(v) + r"(?:s|es)?(?![\w-])", text) is not None


def _flag_fits(value: str, msg: str) -> bool:
    from automode.knowledge.act_words import said_acts

    acts = said_acts(msg)
    off = value.lower().strip("'\"") in ("false", "nil", "none", "null", "0")
    return bool(acts & ({"delete", "disable", "revoke"} if off else {"add", "enable", "create", "promote", "update"}))


def record_named(a: Analysis) -> str | None:
    """The user's message that names the one record, its attributes and the carrier's place; None otherwise."""
    writes = [e for e in a.effects if e.kind == "control" and e.origin == "data" and e.verb in ("update", "delete")]
    if len(writes) != 1 or not a.shell or not a.ctx.user_messages:
        return None
    m = _KEYED.match(writes[0].content or "")
    if m is None:
        return None
    outers = [c for c in a.commands if not c.remote and not c.via]  # the carrier (`heroku run …`), not what it runs
    if len(outers) != 1 or len(a.commands) > 2:
        return None
    pairs = _PAIR.findall(m.group("args") or "")
    outer = [w.value for w in outers[0].argv[1:] if not w.dynamic]
    names = [v for v in outer if re.fullmatch(r"[\w.-]*[-\d][\w.-]*", v) and not v.startswith("-")]
    for msg in reversed(a.ctx.user_messages[-3:]):
        text = msg.lower()
        if not (_said(m.group("id"), text) and _said(m.group("model"), text)):
            continue
        if not all(_said(k, text) and (_flag_fits(v, msg) if v.lower().strip("'\"") in _FLAGS else _said(v, text))
                   for k, v in pairs):
            continue  # (a yes/no value must be the way the act said goes: "remove the admin flag" is `admin: false`)
        if all(_said(n, text) for n in names):
            return msg
    return None
