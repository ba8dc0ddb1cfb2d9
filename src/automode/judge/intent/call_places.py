"""Keys of a tool call that say where its act lands, not what it acts on (session 17, H2, x2a): the zone of a DNS
record (`zone_id`), the project of a database (`project_id`, `project_ref`), the account, organisation, workspace,
team, tenant or subscription of a resource. "Delete the DNS record 5c9e2f10… (old-blog)" names the record; the zone's
own generated id beside it is where that record lives, not a sibling of the id the user named, as long as the call's
own object is one the user named (`leaf_named`). Read by the judge's MCP release (`judge.boundaries.mcp`).
"""

from __future__ import annotations

from automode import lazyre
from automode.judge.intent.objnames import _bounded_in

#: A key whose value is the container the call acts in.
PLACE_KEY = lazyre.compile(
    r"(?i)^(?:zone|project|project_ref|projectref|account|organization|organisation|org|workspace|team|tenant|"
    r"subscription|owner|site_zone|space|cloud|region|location|cluster|database|db|environment|env)(?:_?(?:id|key|"
    r"ref|slug|name))?$")


def leaf_values(pairs: list[tuple[str, str]], text: str) -> list[str]:
    """The call's values less its places' (`PLACE_KEY`), when one of its other values is named in `text` (every word
    of the user's, lower case); all of them otherwise."""
    leaves = [(k, v) for k, v in pairs if not PLACE_KEY.match(k)]
    if len(leaves) == len(pairs) or not any(len(v) >= 3 and _bounded_in(v.lower(), text) for _, v in leaves):
        return [v for _, v in pairs]
    return [v for _, v in leaves]
