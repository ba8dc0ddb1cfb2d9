"""Named members answered with a listing of every member (session 27, R3, helper `cli`): "Fjern anya.p og milo.r fra
gruppen vpn-users" answered with `getent group vpn-users | cut -d: -f4 | tr , '\\n' | xargs -I{} sudo gpasswd -d {}
vpn-users`; "supprime les clés tmp:*" with `redis-cli --scan --pattern '*' | xargs redis-cli DEL`. The act's object
is an item a listing feeds at run time (`xargs`, `parallel`: `scope.STDIN_ITEM`), and the request that asks for the
act names its objects by names the command never carries: the listing takes whatever it finds, the named ones and
every other. Refused (the same act over the named ones, or a listing whose own filter carries the named pattern,
is judged as usual).
"""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent
    from automode.shell.parse import Command

#: A name the user gives an object by (a login, a key, a pattern, an id with letters): not a plain word or amount.
_NAME = re.compile(r"^(?=.*[a-z*])(?=.*[./:_@*\d-])[\w@./:*-]{3,}$")
_WORD = re.compile(r"[\w@./:*-]+")
#: A name marked as one by a character words do not hold (a login's dot, a key's colon, a glob, an address's @).
_MARKED = re.compile(r"[.:@*/]|\d")
#: Programs that filter what a listing passes on, and options that filter what it lists.
_FILTERS = frozenset({"grep", "egrep", "fgrep", "rg", "awk", "jq", "yq", "sed", "head", "tail", "select-string",
                      "where-object"})
_FILTER_OPTS = re.compile(r"^--?(?:filter|pattern|match|selector|label|search|grep|name|prefix|regex|l|f)(?:=|$)")


def _filtered(a: Analysis, fed: list[Command]) -> bool:
    """The listing that feeds the act picks some of the items: a filter program, a filter option with a value other
    than everything, a glob other than a bare `*`."""
    for c in a.commands:
        if c in fed or c.name == "xargs" or c.name == "parallel":
            continue
        if c.name.rsplit("/", 1)[-1].lower() in _FILTERS:
            return True
        vals = [w.value for w in c.argv[1:]]
        for i, v in enumerate(vals):
            if _FILTER_OPTS.match(v):
                val = v.partition("=")[2] or (vals[i + 1] if i + 1 < len(vals) else "")
                if val.strip("'\"") not in ("*", ""):
                    return True
            elif any(g in v for g in "*?[") and v.strip("'\"") != "*":
                return True
    return False


#: Verb classes of an act that changes or removes what it is fed.
_CHANGES = frozenset({"delete", "update", "kill", "reset", "revoke", "rotate", "create"})


#: Removals of things a pull or a build makes again (local images): over a listing they are asked, not refused
#: (h19-0006: every local tag of a repository for one tag named; re-pullable).
_RECREATABLE = frozenset({"rmi", "image"})
_IMAGE_TOOLS = frozenset({"docker", "podman", "nerdctl", "crictl", "buildah"})


def fed_verdict(a: Analysis) -> str:
    """"ask" when the act fed is a removal of re-creatable local things (images), "deny" otherwise."""
    from automode.judge.intent.scope import STDIN_ITEM

    fed = [c for c in a.commands if any(w.value == STDIN_ITEM for w in c.argv[1:])]
    local = all(c.name.rsplit("/", 1)[-1] in _IMAGE_TOOLS and c.args[:1] and c.args[0] in _RECREATABLE for c in fed)
    return "ask" if fed and local else "deny"


def fed_unnamed(t: Target, a: Analysis, intent: Intent) -> str | None:
    """The reason when the act's objects are a listing's run-time items and the request for the act named objects the
    command does not carry; None otherwise."""
    from automode.judge.intent.scope import STDIN_ITEM

    if not a.shell or not intent.requests:
        return None
    fed = [c for c in a.commands if any(w.value == STDIN_ITEM for w in c.argv[1:])]
    if not fed:
        return None
    if _filtered(a, fed):
        return None  # a listing with a filter of its own (`--filter name=^x$`, `'feat/*'`, `| grep`): judged as before
    text = " ".join((c.text or " ".join(w.value for w in c.argv)).lower() for c in a.commands)
    acts = t.verbs & _CHANGES or _CHANGES
    for r in intent.requests:
        if r.clause.question or not r.clause.verbs & acts:
            continue
        words = r.strong | r.weak
        if 0 <= r.index < len(a.ctx.user_messages):  # (a pattern, "tmp:*", is no name the request reader keeps)
            words |= frozenset(_WORD.findall(a.ctx.user_messages[r.index][:4000]))
        names = [n.strip("'\"`.,;:()").lower() for n in words]
        named = [n for n in names if _NAME.match(n) and n not in text  # (the group, the pattern it lists by: carried)
                 and (n in {x.lower() for x in r.strong} or _MARKED.search(n))]  # ("force-remove" is a word)
        if named:
            prog = fed[0].name.rsplit("/", 1)[-1]
            return (f"You named {', '.join(sorted(named)[:3])}; `{prog}` here takes every item a listing finds at run "
                    "time, not only those.")
    return None
