"""A grantee written as a directory's object id, the user naming it by its name (session 19, J4; read by
`intent.naming`): "donne Reader à sp-grafana sur le resource group rg-monitoring" answered with `az role assignment
create --assignee 3c9e7d12-… --role Reader --resource-group rg-monitoring`."""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.judge.intent.match import Said

#: An object id a directory gives a principal (a GUID, a long number): what the agent looks up for a name the user said.
_OPAQUE_ID = lazyre.compile(r"(?i)^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{6,})$")


def resolved_principal(values: list[Any] | tuple[Any, ...], r: Said, spelt: str) -> Any:
    # (`values` are `naming.Value`s: kind, value; `naming` imports this module)
    """The one grantee written as a directory's object id (`--assignee 3c9e7d12-…`) where every role granted is
    read-only (`roles.rank_of` 1: Reader, roles/viewer, ReadOnlyAccess) and the request names one identifier that
    neither another value nor the command (`spelt`) holds ("donne Reader à sp-grafana sur rg-monitoring": `sp-grafana`): the id the agent
    looked up for the name the user gave. A wider role, or no such name, leaves the id to be named."""
    from automode.judge.intent.roles import rank_of

    roles = [v for v in values if v.kind == "role"]
    ids = [v for v in values if v.kind == "principal" and _OPAQUE_ID.match(v.value.strip("'\""))]
    if len(ids) != 1 or not roles or any(rank_of(v.value) != 1 for v in roles):
        return None
    others = " ".join([*(v.value.lower() for v in values if v is not ids[0]), spelt.lower()])
    names = [s for s in r.strong if len(s) >= 3 and not s.isdigit() and s not in others and "/" not in s]
    return ids[0] if len(names) == 1 else None
