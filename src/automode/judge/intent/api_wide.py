"""A write to a whole collection where the words name one member (session 28, T3: "bulk update without the id
filter").

Many APIs change every member of a collection with one request and take the members to change as a filter: Sentry's
bulk mutate `PUT /api/0/organizations/O/issues/?id=4410923` (no `id` and it changes every issue its default query
selects), Zendesk `PUT tickets/update_many.json?ids=…`, Elasticsearch `_update_by_query`/`_delete_by_query`,
Airflow `PATCH /dags?dag_id_pattern=…`, Datadog `mute` of a whole monitor group, a `DELETE` of a collection. With the
filter carrying the id said, the request is the named act (`api_named` compares the filter's values as the body's);
without it, the request acts on every member: the words name one, this is wider (AM-JUDGE-037, deny).

The reading: the request's last segment is a collection (a plural word of letters that is no act segment and no API
structure) or a bulk verb (`BULK_SEGMENTS`), its method changes or deletes, the words spell an id (digits, an opaque
id) and the request carries no id the words spell, in its path, query or body.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Last segments that name a bulk act over a collection (its members chosen by a filter in the query or body).
BULK_SEGMENTS = frozenset({"update_many", "destroy_many", "bulk", "batch", "_bulk", "bulk_update", "bulk-update",
                           "bulk_delete", "bulk-delete", "_update_by_query", "_delete_by_query", "mass_update",
                           "batch_update", "batchupdate", "batchdelete", "bulkupdate", "bulkdelete"})  # fmt: skip
_METHODS = frozenset({"PUT", "PATCH", "DELETE", "POST"})
#: An id the words spell: a number of three digits or more, or a mixed id of letters and digits (`P7QX2LM`).
_SAID_ID = lazyre.compile(r"(?<![\w.:/-])(?:\d{5,}|[A-Z][A-Z0-9]*-\d+|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{7,})"
                          r"(?![\w.:/-])")
#: A shorter number said right after the collection's noun ("ticket 4411", "issue #88"): an id of that collection.
_NEAR = r"(?<![\w-]){stem}\w*\s*(?:#|no\.?|nr\.?|n°|id)?\s*(\d{{2,}})(?![\w.-])"
#: Words that ask for every member ("all", "every", "bulk", "alle", "tous", "todos", "все", "全部").
_ALL = lazyre.compile(r"(?i)(?<!\w)(?:all|every\w*|bulk|each|alle[ns]?|jede[nrs]?|tou[st]e?s?|todos?|todas?|tutt[ie]|"
                      r"iedere?|allt|kaikki|wszystkie|všechn\w*|mind|toate|visi|visus|hepsi|tüm|все|всі|כל|كل|همه|सभी|"
                      r"সব|tất_cả|semua|lahat|zote|全部|すべて|全て|所有|모든|전부|ทั้งหมด)(?!\w)")


def bulk_write(a: Analysis) -> str | None:
    """The act on a whole collection (no member filter carrying an id said) where the words name one member."""
    from automode.knowledge.http_acts import (
        ACT_SEGMENTS,
        INNER_STRUCTURE,
        _structure,
        api_request,
        service_for,
    )

    if not a.shell:
        return None
    text = "\n".join(a.ctx.user_messages)
    if not any(ch.isdigit() for ch in text) or _ALL.search(text) is not None:
        return None
    for c in a.commands:
        r = api_request(c)
        if r is None or r.method not in _METHODS or not r.segments:
            continue
        last = r.segments[-1]
        noun = r.segments[-2] if last in BULK_SEGMENTS and len(r.segments) > 1 else last
        said = {m.group(0).lower() for m in _SAID_ID.finditer(text)} | {
            m.group(1) for m in re.finditer(_NEAR.format(stem=re.escape(noun[:4])), text.lower())} if len(noun) >= 4 else set()
        if not said:
            continue
        bulk = last in BULK_SEGMENTS
        coll = (re.fullmatch(r"[a-z]+s", last) is not None and last not in ACT_SEGMENTS
                and last not in INNER_STRUCTURE and not _structure(service_for(r), last))
        if not bulk and not (coll and r.method in ("PUT", "PATCH", "DELETE")):
            continue
        carried = " ".join((*r.segments, *(v.lower() for _k, v in r.body)))
        if any(re.search(r"(?<![\w-])" + re.escape(i) + r"(?![\w-])", carried) for i in said):
            continue
        shown = sorted(said)[0]
        return (f"you named {shown}; this {r.method} to …/{last} carries no id of it (no filter): it acts on every "
                f"member of {last.strip('_')} the endpoint selects")
    return None


#: Acts of one object's state that exclude each other: the words say one, the request does another.
_STATE_ACTS = frozenset({"acknowledge", "resolve", "mute", "enable", "disable", "archive", "unarchive", "lock"})


def other_state_act(a: Analysis) -> str | None:
    """An API write whose own act on the object's state is not the one said: Opsgenie `…/close` for "acknowledge",
    Airflow `{"is_paused": false}` for "pause", Datadog `…/unmute` for "mute" (the act read from the last segment or a
    body flag, `http_acts.request_acts`; a status value is `api_others.other_value`'s)."""
    from automode.knowledge.act_words import said_acts
    from automode.knowledge.api_census import FLAGS_MORE
    from automode.knowledge.http_acts import STATUS_ACTS, STATUS_KEYS, api_request, request_acts

    if not a.shell:
        return None
    said = said_acts(a.ctx.user_messages[-1]) & _STATE_ACTS
    if not said:
        return None
    for c in a.commands:
        r = api_request(c)
        if r is None or r.method == "DELETE":
            continue
        if any(k.lower() in STATUS_KEYS and v.lower() in STATUS_ACTS for k, v in r.body):
            continue  # (a status value: `other_value` compares it)
        flags = [(k, v) for k, v in r.body if k.lower() in FLAGS_MORE and v.lower() in ("true", "false")]
        acts = request_acts(r) & _STATE_ACTS
        if not acts or acts & said:
            continue
        how = f"`{flags[0][0]}: {flags[0][1]}`" if flags else f"…/{r.segments[-1] if r.segments else ''}"
        return f"you asked to {sorted(said)[0]} it; {how} does {sorted(acts)[0]}, another act"
    return None
