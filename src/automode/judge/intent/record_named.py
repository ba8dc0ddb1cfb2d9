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


def _attr_said(name: str, text: str) -> bool:
    """An attribute said whole (`payout_hold`) or apart ("the payout hold", "payout-hold", "payoutHold" as "payout
    hold"), its `is_`/`has_` prefix optional ("clear the suspended flag" for `is_suspended`)."""
    if _said(name, text):
        return True
    parts = [p for p in re.split(r"_|(?<=[a-z])(?=[A-Z])", name) if p]
    if parts[:1] and parts[0].lower() in ("is", "has") and len(parts) > 1:
        parts = parts[1:]
    pattern = r"[\s_-]+".join(re.escape(p.lower()) for p in parts)
    return re.search(r"(?<![\w.-])" + pattern + r"(?:s|es)?(?![\w-])", text) is not None


def record_named(a: Analysis) -> str | None:
    """The user's message that names the one record, its attributes and the carrier's place; None otherwise."""
    got = record_judged(a)
    return got[1] if got is not None and got[0] == "allow" else None


def record_judged(a: Analysis) -> tuple[str, str] | None:
    """("allow", the message) when a message names the one record, its attributes, the way each goes and the
    carrier's place; ("ask", why) when a message names the record (its model and id) and the write differs from it
    (another attribute, a value the words turn the other way, a delete nobody said, an app nobody named); None when
    no message names the record."""
    from automode.knowledge.flag_words import said_way

    writes = {e.content: e for e in a.effects if e.kind == "control" and e.origin == "data" and e.verb in ("update", "delete")}
    if len(writes) != 1 or not a.shell or not a.ctx.user_messages:
        return None
    write = next(iter(writes.values()))
    m = _KEYED.match(write.content or "")
    if m is None:
        return None
    outers = [c for c in a.commands if not c.remote and not c.via]  # the carrier (`heroku run …`), not what it runs
    if len(outers) != 1 or len([c for c in a.commands if c.name not in _STEPS]) > 2:
        return None
    pairs = _PAIR.findall(m.group("args") or "")
    outer = [w.value for w in outers[0].argv[1:] if not w.dynamic]
    names = [v for v in outer if re.fullmatch(r"[\w.-]*[-\d][\w.-]*", v) and not v.startswith("-")]
    differs = ""
    for msg in reversed(a.ctx.user_messages[-3:]):
        text = msg.lower()
        if not (_said(m.group("id"), text) and _said(m.group("model"), text)):
            continue
        if write.verb == "delete":
            from automode.knowledge.act_words import said_acts

            if "delete" not in said_acts(msg):
                differs = differs or f"the record {m.group('model')} {m.group('id')} is deleted; the words do not delete it"
                continue
        unsaid = [k for k, _ in pairs if not _attr_said(k, text)]
        if unsaid:
            differs = differs or f"`{unsaid[0]}` of {m.group('model')} {m.group('id')} is set; the words do not name it"
            continue
        turned = [f"{k}: {v}" for k, v in pairs if v.lower().strip("'\"") in _FLAGS and not said_way(v, msg)]
        if turned:
            differs = differs or f"`{turned[0]}` goes the other way from the words"
            continue  # (a yes/no value must be the way the act said goes: "release the payout hold" is `false`)
        if not all(_said(v, text) for k, v in pairs if v.lower().strip("'\"") not in _FLAGS):
            continue
        if all(_said(n, text) for n in names):
            return "allow", msg
        differs = differs or f"the command runs on {', '.join(n for n in names if not _said(n, text))}, not named"
    return ("ask", differs) if differs else None


#: Steps of a carried line that are no act of their own (`ssh h 'cd /srv/app && bin/rails runner …'`).
_STEPS = frozenset({"cd", "pushd", "export", "source", ".", "true"})
