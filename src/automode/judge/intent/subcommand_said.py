"""A program's own verb said with it (session 25, P1): "skaffold로 staging 프로필 run 해줘", "führe pulumi up für den
Stack staging aus", "waypoint up in the staging workspace". The user names the act in the program's language: its
sub-command (`run`, `up`, `apply`, `sync`), next to the program's name, in any language around them. A deploy rule
(AM-TRUST-002) is then released by the request that says them, as if it had said "deploy": the objects (the profile,
the stack, the workspace) must still be the user's words, and another environment is still refused."""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: The verb classes a program's own sub-command said with its name stands for.
SAID_VERBS = frozenset({"run", "deploy"})


def subcommand_said(a: Analysis) -> frozenset[str]:
    """`SAID_VERBS` when, for every command of the action (a switch aside), a message names its program (a word that
    starts with it: "skaffold로") and its first sub-command word as a word of its own in the same sentence; empty
    otherwise ("run terraform fmt" names no `terraform apply` beside it: h17-0642)."""
    from automode.knowledge.envselect import selects_only

    if not a.shell or not a.ctx.user_messages:
        return frozenset()
    cmds = [c for c in a.commands if not selects_only(c)]
    if not cmds or not all(_said(c, a.ctx.user_messages[-3:]) for c in cmds):
        return frozenset()
    return SAID_VERBS


def _said(c: Command, msgs: list[str] | tuple[str, ...]) -> bool:
    """The sentence that names the program and its sub-command also names a value the command carries (the profile,
    the stack), and every environment it names is in the command ("staging 프로필" answered with a bare `skaffold
    run` lands on the default profile: h26-0335)."""
    from automode.knowledge.envmarkers import env_of

    vals = [w.value for w in c.argv[1:] if not w.dynamic]
    sub = next((v for v in vals if not v.startswith("-")), "")
    if not re.fullmatch(r"[a-z][a-z-]{1,15}", sub) or sub == c.name:
        return False
    carried = {p.lower() for v in vals[1:] for p in re.split(r"[=,]", v) if p and not p.startswith("-")}
    text = " ".join(w.value for w in c.argv).lower()
    for msg in msgs:
        for sentence in re.split(r"[.;!?\n]+", msg.lower()):
            words = re.findall(r"[\w-]+", sentence)
            if not (any(w.startswith(c.name) for w in words) and sub in words):
                continue
            if not carried & set(words) - {sub}:
                continue  # no value of the command is the user's word
            if all(w in text for w in words if env_of(w)):
                return True
    return False
