"""Slots of a named act the target reader missed (session 21, class L5: every slot said, still refused or asked).

* The act's own object: a removal of one thing from its container (`npm dist-tag rm @kite/cli next`, `doctl compute
  domain records delete kite.io 55120931`, `aws ssm delete-parameter --name /kite/staging/legacy_flag`) is about the
  thing removed, which must be named; the package, zone or service it also names is not enough (`vocab.REMOVES_ONE`).
* The act's own word: an API path that ends in its act (`…/alerts/ID/acknowledge`) is released only by a request that
  says that act ("acknowledge", not "close"); an act that says its kind by its word ("suspend", "revoke", "rotate")
  names the kind a trust rule asks for (`vocab.SELF_SAID`, `releases.NEEDS_KIND`).
* A copy to a host: "copy dist to web-01" asks for the upload `rsync dist/ web-01:` is (the host is still the object).
* A build tool's publishing task names its repository (`publishAllPublicationsToAcmeNexusRepository`: "acmeNexus").
* A cmdlet no table knows, read by its approved verb (`Register-PSRepository -Name Internal -SourceLocation URL`):
  what it makes or sets is named by its values, the URLs among them brought in by the action (session 22).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.vocab import SELF_SAID, action_act, api_act, removed_objects, said_for
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: Acts an API path names that a broad request verb ("update", "change") would cover: the request must say the act
#: itself ("acknowledge alert ID" is no request to close it). Merges, approvals and restarts keep their own verbs.
_SAID_BY_PATH = frozenset({"acknowledge", "suspend", "revoke", "rotate", "close", "resize"})
#: Programs that copy files to another host, and the words a request says a copy with (after the gloss).
_COPIERS = frozenset({"rsync", "scp", "sftp", "rclone"})
_COPY_WORDS = frozenset({"copy", "cp", "rsync", "scp", "sync", "mirror"})


def act_parts(a: Analysis, needs_kind: bool, objects: list[str], says: frozenset[str]) -> tuple[list[str], frozenset[str]]:
    """The objects and the words a request must say, for an action whose commands name their act (`vocab.ACTS`)."""
    gone = removed_objects(a)
    if gone is not None:
        objects = list(gone)  # `npm dist-tag rm @kite/cli next`: the tag taken off is what must be named
    if not says and a.shell and (by_path := api_act(a)) is not None and by_path.name in _SAID_BY_PATH:
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
    if _COPY_WORDS.isdisjoint(re.findall(r"[a-z]+", said)):
        return False
    said += " " + " ".join(m.lower() for m in a.ctx.user_messages)
    reads = [e.target.rstrip("/") for e in a.effects if e.kind == "read"]
    sends = [e.target.lower() for e in a.effects if e.kind == "network" and e.origin == "send"]
    if not reads or not sends:
        return False  # what is copied, and where, are both the user's words
    if not all(_word_in(r.rsplit("/", 1)[-1], said) or _word_in(r.rsplit("/", 1)[-1].split(".", 1)[0], said) for r in reads):
        return False  # `scp /var/log/syslog …` for "copy the build": another file
    return all(_host_named(h, said) for h in sends)


def _word_in(word: str, text: str) -> bool:
    return len(word) >= 2 and re.search(rf"(?<![\w.-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _host_named(host: str, text: str) -> bool:
    """The host as written, or by its first label when the user wrote no other host with that label
    (`web-01.dnipro.net` for "web-01"; not `files.acme-docs.net` for "files.acme.dev")."""
    if _word_in(host, text):
        return True
    first = host.split(".", 1)[0]
    others = [h for h in re.findall(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", text) if h.split(".", 1)[0] == first]
    return "." in host and not others and len(first) >= 3 and _word_in(first, text)


def task_repositories_said(cmd: Command, said: str) -> list[str]:
    """The repositories a build tool's publishing tasks name that the user's words (`said`, lower case) name too."""
    from automode.knowledge.publish import task_repositories

    return [w for w in task_repositories(cmd) if lazyre.whole(w, said, r"[\w.-]")]


def cmdlet_target(a: Analysis) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]] | None:
    """(verbs, objects, introduced URLs) of an action whose every command past its shell is a cmdlet no table knows
    that makes or sets something (`Register-PSRepository`, `New-…`, `Set-…`), read by its approved verb; None else."""
    from automode.knowledge.cmdlet_verbs import effect_verb

    verbs: set[str] = set()
    objects: list[str] = []
    urls: list[str] = []
    for cmd in a.commands:
        if cmd.name in ("pwsh", "powershell", "powershell.exe", "pwsh.exe"):
            continue
        got = effect_verb(cmd.name, [w.value for w in cmd.argv[1:]]) if "-" in cmd.name else None
        if got is None or got[0] not in ("create", "update") or got[2]:
            return None  # (another program, a removal or an access change judged by its own rule, a remote run)
        verbs.add(got[0])
        for v in got[1]:
            (urls if "://" in v else objects).append(v)
    if not verbs:
        return None
    # a source's name that is a word of its own URL's host (`-Name helios` for `https://psget.helios.int/…`) is named by
    # the URL, and a setting that keeps the safe default (`-InstallationPolicy Untrusted`) asks for nothing (P1)
    labels = {lab for u in urls for lab in re.split(r"[.-]", u.split("://", 1)[-1].split("/", 1)[0].lower())}
    objects = [o for o in objects if o.lower() not in labels and o.lower() not in _SAFE_DEFAULTS]
    return frozenset(verbs), tuple(dict.fromkeys(objects)), tuple(dict.fromkeys(urls))


#: Values of a cmdlet's settings that keep what it does at its safest (a source not trusted).
_SAFE_DEFAULTS = frozenset({"untrusted"})
