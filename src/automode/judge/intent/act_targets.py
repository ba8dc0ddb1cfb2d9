"""Targets of acts whose object is not among their arguments (issue 12, session 9): entries removed from the cron
table (named by what they run), this machine stopped or restarted (named by the machine or the tool, not by the time
argument of `shutdown -h +1`), the refs a history rewrite rewrites (`git filter-repo --refs perf/simd` is "this
branch"; no `--refs` is every branch and tag)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


#: What asks for a download mirrored into a local directory (the directory must still be named).
MIRROR_VERBS = frozenset({"read", "deploy", "network"})


#: What asks for an upload mirrored to a named bucket or prefix ("sync the built docs to s3://b", "deploy the site");
#: pruning what the destination holds beyond the source must still be asked for (`vocab.EXTRAS`: `--delete`).
UPLOAD_MIRROR_VERBS = frozenset({"deploy", "publish"})


def mirror_verbs(a: Analysis) -> frozenset[str]:
    """MIRROR_VERBS when every delete of the action is a download's pruning of its local copy (a control read and
    `mirror` deletes: `aws s3 sync s3://b/raw/ data/raw/ --delete`), UPLOAD_MIRROR_VERBS when every one is an upload's
    pruning of its remote destination (`aws s3 sync site/ s3://b --delete`), else nothing."""
    pruned = [e.origin == "mirror" for e in a.effects if e.kind == "delete"]
    if pruned and all(pruned) and any(e.kind == "control" and e.verb == "read" for e in a.effects):
        return MIRROR_VERBS
    if pruned and all(pruned) and all(_named_as_destination(e.target, a) for e in a.effects if e.kind == "delete"):
        return LOCAL_MIRROR_VERBS  # "mirror src to the backup at D:\bak" (`robocopy src D:\bak /MIR`, `rsync --delete`)
    from automode.knowledge.control import classify, mirror_upload

    deletes = [e for e in a.effects if e.kind == "delete" or (e.kind == "control" and e.verb == "delete")]
    if deletes and all(e.kind == "control" for e in deletes) and all(
            any(classify(c) == e and mirror_upload(c, e) is not None for c in a.commands) for e in deletes):
        return UPLOAD_MIRROR_VERBS
    return frozenset()


_TO_PLACE = lazyre.compile(r"(?i)\b(?:to|into|onto|at)\s+([^,;]*)")
_PATH_TOKEN = lazyre.compile(r"(?:~|\.{1,2})?/[\w./~-]*|[\w.-]+/[\w./-]+")


def _named_as_destination(target: str, a: Analysis) -> bool:
    """The user named the mirror's destination (what it prunes) where a copy goes ("… to /Volumes/Backup"), not as
    its source ("back up ~/Pictures to the drive" does not ask to prune ~/Pictures)."""
    from automode.paths import resolve

    t = target.rstrip("/")
    for msg in a.ctx.user_messages:
        for m in _TO_PLACE.finditer(msg):
            for tok in _PATH_TOKEN.findall(m.group(1)):
                p = resolve(tok.rstrip("/."), a.root, a.ctx.home).rstrip("/")
                if p and p != "/" and (t == p or t.startswith(p + "/")):
                    return True
    return False


#: What asks for a copy made equal to its source (the destination must still be named): "mirror", "sync".
LOCAL_MIRROR_VERBS = frozenset({"deploy"})


def cron_dropped(a: Analysis) -> tuple[str, ...] | None:
    """The patterns whose entries the action removes from the cron table, when that is all its `crontab` does."""
    from automode.rules.persistence import cron_lines_dropped

    dropped = [p for c in a.commands if c.name == "crontab" and c.args != ["-l"] for p in cron_lines_dropped(c) or ["*"]]
    return tuple(dropped) if dropped and "*" not in dropped else None


#: Words that ask for the history of the whole repository, not of one branch.
_WHOLE_HISTORY = lazyre.compile(r"\b(?:history\s+of\s+(?:this|the|our|my)\s+(?:repo|repository)|(?:repo|repository)'?s\s+history|"
                                r"(?:all|every|each)\s+(?:the\s+)?(?:branch(?:es)?|refs?)|entire\s+history|whole\s+history|"
                                r"(?:all|every)\s+(?:of\s+)?(?:the\s+)?history|everywhere\s+in\s+(?:the\s+)?history)\b", re.I)
#: Stands for every ref of the repository in `Target.protected`: no request names it, so at most an ask.
EVERY_REF = "(every branch and tag)"


def rewritten_refs(cmd: Command, a: Analysis) -> tuple[list[str], list[str]] | None:
    """(the refs a history rewrite rewrites, those of them a request must name in so many words) for `git
    filter-repo` (`--refs …`, else every ref) and `git filter-branch` (the revisions after `--`, else HEAD; `--all`
    every ref); None for other commands."""
    from automode.rules.git import git_argv

    g = git_argv(cmd)
    if g is None or g.sub not in ("filter-repo", "filter-branch"):
        return None
    args = list(g.args)
    refs: list[str] = []
    if g.sub == "filter-repo":
        if "--refs" in args:
            for x in args[args.index("--refs") + 1:]:
                if x.startswith("-"):
                    break
                refs.append(x)
    else:
        rest = args[args.index("--") + 1:] if "--" in args else []
        refs = ["(every branch and tag)"] if "--all" in rest else [x for x in rest if not x.startswith("-")] or ["HEAD"]
    refs = [a.ctx.git.branch if r == "HEAD" and a.ctx.git and a.ctx.git.branch else r for r in refs]
    if not refs or EVERY_REF in refs:
        # "purge it from the git history of this repo", "from every branch": the whole history was asked for
        return ([], []) if lazyre.any_searched(_WHOLE_HISTORY, a.ctx.user_messages) else ([], [EVERY_REF])
    from automode.judge.intent.lexicon import MAIN_BRANCH_NAMES

    return refs, [r for r in refs if r.removeprefix("refs/heads/") in MAIN_BRANCH_NAMES or r == "HEAD"]


def host_power_acts(cmds: list[Command]) -> frozenset[str] | None:
    """"shutdown"/"reboot" when every one of `cmds` stops or restarts this machine (`knowledge.stoppers.HOST_POWER`),
    else None: the machine is then named by the act ("shut it down", "reboot") and by the machine ("the mac", "this
    box") or the tool, never by a time argument (`+1`)."""
    from automode.knowledge.stoppers import host_power

    acts_ = [host_power(c) if not c.remote else None for c in cmds]
    if not acts_ or None in acts_:
        return None
    return frozenset(x for x in acts_ if x)
