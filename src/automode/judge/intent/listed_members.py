"""A list of grants with one more member than said (session 25, P2, helper `bounds`): "beantrag die Rolle db-admin"
answered with `tsh request create --roles=db-admin,cluster-admin`; "add the repo scope" with `--scopes
repo,admin:org`; "add alice to the docker group" with `-G docker,sudo`.

The list options are `knowledge.member_lists`. When the user's words name at least one member of a list (so the list
is what they asked about) and another member is nowhere in their words, the act grants more than they named: refused.
A list whose members are all named runs; a list none of whose members is named is left to the other checks (the
grant's own release needs its values named).

The same for a list of the objects an act works on (`--tables dag_run,task_instance` for "dag_run rows older than
90 days"): refused where the act deletes (a build or a test of one more project is left alone).

`judge(a)` returns ("deny", why) or None; read by `intent.substitutions`.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis


def judge(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when a listed grant or a removal's object list holds a member nobody named beside one they named;
    None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    from automode.judge.intent.members import said
    from automode.knowledge.member_lists import OBJECT_LISTS, members

    text = ""
    destroys = any(e.kind == "delete" or (e.kind == "control" and e.verb == "delete") for e in a.effects)
    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        name = c.name.rsplit("/", 1)[-1]
        lists = [(o, n, "deny", "grants") for o, n in members(name, args)]
        if destroys:  # (a build or a test of one more project is no harm: only a removal's list is weighed)
            lists += [(o, n, "deny", "also removes") for o, n in members(name, args, OBJECT_LISTS)]
        for opt, names, verdict, how in lists:
            if len(names) < 2:
                continue
            if not text:
                from automode.judge.intent.gloss import gloss

                text = " ".join(m.lower() + " " + gloss(m[:4000]).lower() for m in a.ctx.user_messages)
            named = [n for n in names if said(n, text)]
            extra = [n for n in names if n not in named]
            if named and extra:
                return verdict, (f"you named {', '.join(named[:3])}; `{opt}` {how} {', '.join(extra[:3])}, "
                                 "which you did not name")
    return None
