"""A request whose verb automode cannot read, naming exactly the record a tool call acts on (issue 12).

The verb glosses cover the common languages, not every verb of every language: "passe port-881 et port-882 en done",
"318번 이슈에 … 댓글 달아줘", "aplica a migration add_lembretes no projeto de dev (devagendaref01)" leave a clause with
no verb class read, so no request was recorded and the exact call the user asked for was put to them (friction).
When the newest message is such a clause (not a question, no withdrawal or boundary), the call is a mild one (it
updates, creates or sends: never deletes, merges, publishes, deploys, pays or grants), and every identifier the call
carries (ids, keys, status values; free text such as a body or a query is the agent's wording) is in the user's
words, with at least one of them a specific name of that clause, the clause is taken as the request for it. The
checks that follow in `boundaries.mcp` (roles, values, personal data) still apply to it.
"""

from __future__ import annotations

from automode.judge.intent.match import Intent, Said
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

    from automode.judge.intent.mcp import Value

#: Verb classes of a call mild enough for an unread verb to ask for it.
MILD = frozenset({"update", "create", "send"})


def unread_request(tool: str, inp: Mapping[str, Any], intent: Intent, messages: tuple[str, ...],
                   vals: list[Value], remotes: Mapping[str, str]) -> Said | None:
    """The newest message's verb-less clause that names this call's record, or None (see the module doc)."""
    from automode.judge.intent import mcp
    from automode.judge.intent.text import parse_message

    classes = mcp.tool_classes(tool)[0]
    if not messages or not classes or not classes <= MILD or any(v.found != "yes" for v in vals):
        return None
    msg = parse_message(messages[-1][:4000])
    if msg.hold or msg.withdrawn or msg.boundaries or any(c.verbs for c in msg.clauses):
        return None  # a verb read anywhere in the message: the ordinary reading decides
    ids = _record_ids(inp, remotes)
    if not ids or any(not _said(i, intent.text) for i in ids):
        return None
    for c in msg.clauses:
        if c.question or not c.strong:
            continue
        if {s.lstrip("#") for s in c.strong} & {i.lstrip("#") for i in ids}:
            return Said(len(messages) - 1, c, c.strong, c.weak)
    return None


def _said(value: str, text: str) -> bool:
    """The value as a whole name of the text; edges are ASCII word characters only, so "318번" and "「OPS-77」" name it."""
    import re

    return re.search(r"(?<![A-Za-z0-9_.-])" + re.escape(value) + r"(?![A-Za-z0-9_-])", text) is not None


def _record_ids(inp: Mapping[str, Any], remotes: Mapping[str, str]) -> frozenset[str]:
    """The call's identifiers (`mcp.identifiers`) less the project's own repository (where it acts, checked by
    `mcp.other_repository`)."""
    from automode.judge.intent import mcp

    slugs = " ".join(mcp.slug_of(r) for r in remotes.values())
    own = {v.lower() for k, v in mcp.pairs(inp) if k.lower() in mcp.OWNER_KEYS + mcp.REPO_KEYS and v.lower() in slugs}
    return mcp.identifiers(inp) - own
