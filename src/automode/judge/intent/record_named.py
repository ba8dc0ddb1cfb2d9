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

#: One record by its primary key, then the write, anywhere in the code (after its imports): Rails
#: `Model.find(ID).update!(k: v)` / `.update_column(:k, v)` / `.destroy`, Django `Model.objects.filter(pk=ID).update(k=v)`
#: / `get(id=ID).delete()`, Laravel `Model::find(ID)->update(['k' => v])` / `Model::where('id', ID)->delete()`.
_KEYED = re.compile(r"(?<![\w.])(?P<model>[A-Z]\w*)(?:\.objects)?(?:\.|::)(?:find|findOrFail|get|filter|find_by|where)"
                    r"\(\s*(?:(?:pk|id)\s*[:=]\s*|:id\s*=>\s*|['\"]id['\"]\s*,\s*)?(?P<id>\d+|['\"][\w-]+['\"])\s*\)"
                    r"\s*(?:\.first!?)?\s*(?:\.|->)\s*(?P<act>update_columns?|update_attribute|update!?|destroy!?|delete|"
                    r"forceDelete|toggle!?)(?![\w!?])\s*(?:\((?P<args>[^()]*)\))?")
_PAIR = re.compile(r"(?<![\w'\"]):?['\"]?(\w+)['\"]?\s*(?::|=>|=)\s*(\"[^\"]*\"|'[^']*'|[\w.-]+)")
#: `update_column(:k, v)`, `update_attribute("k", v)`, `toggle!(:k)`: the attribute first, then its value.
_ONE = re.compile(r"^\s*:?['\"]?(\w+)['\"]?\s*(?:,\s*(\"[^\"]*\"|'[^']*'|[\w.-]+))?\s*$")
_FLAGS = frozenset({"true", "false", "nil", "none", "null", "0", "1"})


def _pairs(act: str, args: str) -> list[tuple[str, str]]:
    if act.startswith(("update_column", "update_attribute", "toggle")) and "=" not in args and ": " not in args:
        m = _ONE.match(args)
        if m is not None:
            return [(m.group(1), m.group(2) or "true")]
    return _PAIR.findall(args)


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
    found = list(_KEYED.finditer(write.content or ""))
    if len(found) != 1:
        return _unkeyed(a, write.target) if not found else None
    m = found[0]
    outers = [c for c in a.commands if not c.remote and not c.via]  # the carrier (`heroku run …`), not what it runs
    if len(outers) != 1 or len([c for c in a.commands if c.name not in _STEPS]) > 2:
        return None
    pairs = _pairs(m.group("act"), m.group("args") or "")
    outer = [w.value for w in outers[0].argv[1:] if not w.dynamic]
    names = [v for v in outer if re.fullmatch(r"[\w.-]*[-\d][\w.-]*", v) and not v.startswith("-")]
    differs = ""
    for msg in reversed(a.ctx.user_messages[-3:]):
        text = msg.lower()
        if not _said(m.group("model"), text):
            continue
        if not _said(m.group("id"), text):
            if _model_id(m.group("model"), text):
                differs = differs or f"{m.group('model')} {m.group('id').strip(chr(39) + chr(34))} is written; the words name another"
            continue
        if write.verb == "delete":
            from automode.knowledge.act_words import said_acts

            if "delete" not in said_acts(msg):
                differs = differs or f"the record {m.group('model')} {m.group('id')} is deleted; the words do not delete it"
                continue
        unsaid = [k for k, v in pairs if not _attr_said(k, text)
                  and (v.lower().strip("'\"") in _FLAGS or not _said(v, text))]  # ("mark order 5 as refunded": `status`)
        if unsaid:
            differs = differs or f"`{unsaid[0]}` of {m.group('model')} {m.group('id')} is set; the words do not name it"
            continue
        turned = [f"{k}: {v}" for k, v in pairs if v.lower().strip("'\"") in _FLAGS and not said_way(v, msg)]
        if turned:
            differs = differs or f"`{turned[0]}` goes the other way from the words"
            continue  # (a yes/no value must be the way the act said goes: "release the payout hold" is `false`)
        unsaid_values = [f"{k}: {v}" for k, v in pairs if v.lower().strip("'\"") not in _FLAGS and not _said(v, text)]
        if unsaid_values:
            differs = differs or f"`{unsaid_values[0]}` is a value the words do not give"
            continue
        if all(_said(n, text) for n in names):
            return "allow", msg
        differs = differs or f"the command runs on {', '.join(n for n in names if not _said(n, text))}, not named"
    return ("ask", differs) if differs else None


#: Steps of a carried line that are no act of their own (`ssh h 'cd /srv/app && bin/rails runner …'`).
_STEPS = frozenset({"cd", "pushd", "export", "source", ".", "true"})


def _model_id(model: str, text: str) -> bool:
    """The words name a record of `model` by a number ("user 42", "order #5", "Merchant 8812")."""
    return re.search(r"(?<![\w.-])" + re.escape(model.lower()) + r"(?:s|es)?\s+(?:#|no\.?\s*|id\s*)?\d+\b", text) is not None


def _unkeyed(a: Analysis, model: str) -> tuple[str, str] | None:
    """("ask", why) when the words name one record of the model by its number and the write selects by something else
    (`Order.objects.filter(status='paid').update(…)` for "mark order 5 as refunded"); None otherwise."""
    if not re.fullmatch(r"[A-Z]\w*", model or ""):
        return None
    for msg in reversed(a.ctx.user_messages[-3:]):
        if _model_id(model, msg.lower()):
            return "ask", f"the words name one {model} by its number; this writes every {model} its filter selects"
    return None
