"""Slots of a named act the target reader missed (session 21, class L5: every slot said, still refused or asked).

* The act's own object: a removal of one thing from its container (`npm dist-tag rm @kite/cli next`, `doctl compute
  domain records delete kite.io 55120931`, `aws ssm delete-parameter --name /kite/staging/legacy_flag`) is about the
  thing removed, which must be named; the package, zone or service it also names is not enough (`vocab.REMOVES_ONE`).
* The act's own word: an API path that ends in its act (`…/alerts/ID/acknowledge`) is released only by a request that
  says that act ("acknowledge", not "close"); an act that says its kind by its word ("suspend", "revoke", "rotate")
  names the kind a trust rule asks for (`vocab.SELF_SAID`, `releases.NEEDS_KIND`).
* A copy to a host: "copy dist to web-01" asks for the upload `rsync dist/ web-01:` is (the host is still the object).
* A build tool's publishing task names its repository (`publishAllPublicationsToAcmeNexusRepository`: "acmeNexus").
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.vocab import SELF_SAID, action_act, api_act, removed_objects, said_for
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: Programs that copy files to another host, and the words a request says a copy with (after the gloss).
_COPIERS = frozenset({"rsync", "scp", "sftp", "rclone"})
_COPY_WORDS = frozenset({"copy", "cp", "rsync", "scp", "sync", "mirror"})


def act_parts(a: Analysis, needs_kind: bool, objects: list[str], says: frozenset[str]) -> tuple[list[str], frozenset[str]]:
    """The objects and the words a request must say, for an action whose commands name their act (`vocab.ACTS`)."""
    gone = removed_objects(a)
    if gone is not None:
        objects = list(gone)  # `npm dist-tag rm @kite/cli next`: the tag taken off is what must be named
    if not says and a.shell and (by_path := api_act(a)) is not None:
        says = said_for(by_path)  # `…/alerts/ID/close` for "acknowledge alert ID": the path's act must be the one said
    if needs_kind and says and (own := action_act(a)) is not None and own.name in SELF_SAID:
        says = says | SELF_SAID[own.name]  # "suspend jonas.b@acme.de": the act's own word names the kind
    return objects, says


def copied_there(a: Analysis) -> bool:
    """Every command is a copy program and the user's words say a copy ("copy dist to web-01", "rsync it to web-01"):
    a request to copy to a host asks for the upload there (which host is still the objects' to match)."""
    if not a.shell or not a.commands or any(c.name not in _COPIERS for c in a.commands) or not a.ctx.user_messages:
        return False
    from automode.judge.intent.gloss import gloss

    said = " ".join(gloss(m[:4000]).lower() for m in a.ctx.user_messages)
    return not _COPY_WORDS.isdisjoint(re.findall(r"[a-z]+", said))


def task_repositories_said(cmd: Command, said: str) -> list[str]:
    """The repositories a build tool's publishing tasks name that the user's words (`said`, lower case) name too."""
    from automode.knowledge.publish import task_repositories

    return [w for w in task_repositories(cmd) if lazyre.whole(w, said, r"[\w.-]")]
