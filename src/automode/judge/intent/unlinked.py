"""What an earlier command of the line takes out of a later removal's reach (session 28, T5 "held"; read by
`intent.kept_forms`): a detach of the volume or disk the user kept (`hcloud volume detach vol-data-1 && hcloud server
delete build-3`, `gcloud compute instances detach-disk build-5 --disk build-5-data && … delete build-5`), and a
`flux suspend` of the Kustomization deleted next (a suspended Kustomization is deleted without garbage collection).
The detach forms are rows of `knowledge.removal_held`.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


def detaches(cmd: Command) -> frozenset[str]:
    """The kinds a detach form of `cmd` takes out of a later removal's reach (its row keeps them; a subcommand word
    says detach or remove-from): `hcloud volume detach`, `gcloud compute instances detach-disk`."""
    from automode.knowledge.removal_forms import forms

    words = {w.value.lower() for w in cmd.argv[1:4] if not w.dynamic}
    if not any("detach" in w for w in words) and not {"remove", "volume"} <= words:
        return frozenset()
    return frozenset(n for row, state, _o in forms(cmd) if state == "keeps" for n in row.nouns)


def suspended_before(commands: list[Command], cmd: Command) -> bool:
    """A `flux suspend KIND NAME` before the `flux delete KIND NAME` `cmd`: nothing is garbage-collected."""
    if cmd.name.rsplit("/", 1)[-1] != "flux" or cmd not in commands:
        return False
    mine = [w.value for w in cmd.argv[2:] if not w.dynamic and not w.value.startswith("-")][:2]
    for d in commands[: commands.index(cmd)]:
        words = [w.value for w in d.argv[1:] if not w.dynamic and not w.value.startswith("-")][:3]
        if d.name.rsplit("/", 1)[-1] == "flux" and words[:1] == ["suspend"] and words[1:] == mine:
            return True
    return False
