"""Effects (SPEC §4): what an action does to the world, whatever tool or spelling it used.

`rm -rf build`, `find build -delete`, `python -c "shutil.rmtree('build')"` and a `Write` tool call all become the
same few effect kinds, so one rule covers every spelling.
"""

from __future__ import annotations

from automode.dc import dataclass
from automode.paths import PathClass
from automode.typing_lite import Literal

EffectKind = Literal[
    "read",  # a file's content is read
    "write",  # a file is created, overwritten or appended to
    "delete",  # a file or directory is removed (or emptied: truncate, shred)
    "chmod",  # permissions or ownership change
    "network",  # data leaves or arrives over the network
    "exec",  # code runs that is not a plain command: downloaded, decoded, inline, dynamic
    "mcp",  # an MCP tool call
    "delegate",  # a prompt handed to a sub-agent
    "control",  # an operation on a remote resource through a control plane or data store (cloud, cluster, SaaS, SQL)
    "listen",  # a port is opened for others to connect to
    "privilege",  # privileges or identity change (setuid, capabilities, another user)
    "weaken",  # a file change turns a check or protection off (tests, gates, verification, auth, exposure: issue 11)
]

#: Verbs of `control` effects (and of requests in the user's words, issue 12): one vocabulary for both.
VERBS = ("read", "create", "update", "delete", "permission", "secret", "deploy", "publish", "message", "execute")
#: Fine-grained acts of release control a user names by their own word (issue 10 point 3), and the tool words
#: that mean each: `kubectl rollout undo` and `helm rollback` are both "rollback".
OPS: dict[str, frozenset[str]] = {
    "promote": frozenset({"promote"}), "rollback": frozenset({"rollback", "undo", "revert"}),
    "abort": frozenset({"abort", "terminate"}), "pause": frozenset({"pause", "suspend"}),
    "resume": frozenset({"resume", "unpause", "unsuspend"}), "scale": frozenset({"scale", "autoscale"}),
    "restart": frozenset({"restart", "reboot", "redeploy"}), "merge": frozenset({"merge"}),
    "approve": frozenset({"approve"}), "close": frozenset({"close"}), "publish": frozenset({"publish", "push", "upload", "submit"}),
    "yank": frozenset({"yank", "unpublish", "deprecate"}), "revoke": frozenset({"revoke"}), "rotate": frozenset({"rotate"}),
    "sync": frozenset({"sync", "reconcile"}), "cancel": frozenset({"cancel"}), "rerun": frozenset({"rerun", "retry"}),
    "migrate": frozenset({"migrate"}), "seed": frozenset({"seed"}),
}  # fmt: skip
OP_OF = {w: op for op, words in OPS.items() for w in words}
#: What a control effect's resource holds or what changing it means (`knowledge.control` documents each).
CONTROL_ORIGINS = ("", "data", "secret", "disposable", "notify", "public", "identity", "route", "bypass")
#: How much one effect touches: one named thing, a set (a prefix, a filter), everything of its kind, a whole tree.
SCOPES = ("one", "set", "all", "recursive")
#: Where it lands, from markers in names, contexts, profiles, URLs and variables.
ENVIRONMENTS = ("local", "dev", "staging", "production")


@dataclass(frozen=True, slots=True)
class Effect:
    kind: EffectKind
    target: str  # path, URL/host, tool name ...
    pclass: PathClass | None = None  # for file effects
    detail: str = ""  # short human text: the command or construct that produced it
    recursive: bool = False  # delete/chmod of a tree
    append: bool = False  # write that appends
    origin: str = ""  # exec: "remote" | "decoded" | "dynamic" | "inline" | "stdin"; network: "fetch" | "send"
    content: str | None = None  # write content where known (Write tool, heredoc, echo)
    via: tuple[str, ...] = ()
    # Structured facts for control/data effects (and any effect that knows them), compared by the judge with what the
    # user named: `verb` from VERBS, `scope` from SCOPES, `env` from ENVIRONMENTS ("" = unknown), and the concrete
    # values the action names (resource names, ids, prefixes, branches, hosts, recipients, amounts).
    verb: str = ""
    scope: str = ""
    env: str = ""
    values: tuple[str, ...] = ()
    # The release-control act in the tool's own terms, from `OPS` ("" when the verb says it all): "abort it" names
    # `argo rollouts abort` and "yank 0.9.2" names `cargo yank`, where `verb` only says update or publish.
    op: str = ""


def mcp_name(tool: str) -> str:
    """An MCP tool's own name as snake_case words, whatever its server's style: `API-post-page`, `sendMessage`,
    `create.issue` and `create_issue` all read `api_post_page` / `send_message` / `create_issue`, so the verb tables
    (written with `_` between words) see every server's verbs. Only `mcp__server__tool` names are split at capitals:
    an agent's own tools (`TodoWrite`, `ExitPlanMode`) are bookkeeping, not a write or an exit."""
    import re

    name = tool.split("__")[-1]
    if "__" in tool:  # a server's tool; an agent's own tools (TodoWrite, ExitPlanMode) keep their one word
        name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return "_".join(w for w in re.split(r"[_\W]+", name.lower()) if w)
