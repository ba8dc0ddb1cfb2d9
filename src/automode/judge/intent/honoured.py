"""A boundary the action honours (issue 12, session 9): what the user fenced off is filtered out before the act.

"Delete my merged local branches … wait, keep anything under release/" is met by `git branch --merged main | grep -vE
'main|release/' | xargs git branch -d`: the names reach the deletion only through an inverted filter whose pattern
selects the fenced ones (`grep -v`, `sed '/…/d'`, `find ! -path …`, `--exclude …`). The boundary still fences an
action that names a fenced thing outside the filter, or that deletes from a listing no such filter narrows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre
from automode.knowledge.selection import left_out

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent
    from automode.judge.intent.text import Boundary
    from automode.model import Finding
    from automode.shell.parse import Command

def _left_out(cmd: Command) -> list[str]:
    """What `cmd` leaves out (`knowledge.selection.left_out`), sorted; read once per command (every boundary asks)."""
    hit = _LEFT_OUT.get(id(cmd))
    if hit is not None and hit[0] is cmd:
        return hit[1]
    out = sorted(left_out(cmd))
    if len(_LEFT_OUT) >= 64:
        _LEFT_OUT.clear()
    _LEFT_OUT[id(cmd)] = (cmd, out)
    return out


#: The last answers, by command identity (the object is kept to pin its id; commands are not changed once lowered).
_LEFT_OUT: dict[int, tuple[Command, list[str]]] = {}


def _names(b: Boundary) -> list[str]:
    return [n.strip("/*").lower() for n in (b.strong or b.weak) if len(n.strip("/*")) >= 2]


#: "don't delete the bucket itself", "keep the table as such": the store as a whole, not what is in it.
_ITSELF = lazyre.compile(r"\b(?:itself|themselves|as\s+such|as\s+a\s+whole)\b")
#: What a user calls a whole store, and the kind of copy a deletion keeps.
_STORE_WORDS = frozenset({"bucket", "container", "database", "db", "table", "dataset", "index", "queue", "topic",
                          "namespace", "repo", "repository", "cluster", "volume", "share", "keyspace", "schema"})
_COPY_WORDS = frozenset({"snapshot", "snapshots", "backup", "backups", "copy", "dump"})


def _inside_store(a: Analysis, b: Boundary) -> bool:
    """"Empty tmp/ in s3://b but don't delete the bucket itself": the fence names the store as a whole, and every
    deletion of the action is of a part inside one (a key below a bucket, never the bucket)."""
    if not b.weak & _STORE_WORDS or not _ITSELF.search(b.text.lower()):
        return False
    gone = [e.target for e in a.effects if e.kind == "delete" or (e.kind == "control" and e.verb == "delete")]
    gone += [v for e in a.effects if e.kind == "control" and e.verb == "delete" for v in e.values]
    urls = [t for t in gone if "://" in t]
    return bool(urls) and all(t.split("://", 1)[1].split("/", 1)[-1].strip("/") and "/" in t.split("://", 1)[1]
                              for t in urls)


def _copy_kept(a: Analysis, b: Boundary) -> bool:
    """"Tear down loadtest-7, keep a final snapshot": the deletion itself takes the copy the fence keeps
    (`--final-db-snapshot-identifier`), and nothing else the action does names it."""
    if not (b.weak | b.strong) & _COPY_WORDS or a.action.tool != "Bash":
        return False
    from automode.knowledge.selection import kept_copies

    return any(kept_copies(c) for c in a.commands)


def copy_skipped(a: Analysis, b: Boundary) -> str:
    """"Keep a final snapshot" answered with `--skip-final-snapshot`: the option that drops the copy kept, or ""."""
    if not (b.weak | b.strong) & _COPY_WORDS or a.action.tool != "Bash":
        return ""
    from automode.knowledge.selection import skips_copy

    return next((o for c in a.commands if (o := skips_copy(c))), "")


def _kept_for(a: Analysis, text: str) -> bool:
    """The fence keeps something for a length of time ("keep the logs for 14 days", "behåll fyra veckor") and every
    amount the action carries is a length of time, the one said: the fence is the retention asked for, not a hands-off
    (session 28, T4)."""
    if (a.write is None and a.action.tool != "Bash") or not any(ch.isdigit() or ch.isalpha() for ch in text):
        return False
    from automode.judge.intent.said_units import durations

    if not durations(text):
        return False
    from automode.judge.intent.scaled import compared

    got = compared(a)
    return bool(got) and all(g[4] is True and g[0].dim == "time" for g in got)


def honoured(a: Analysis, b: Boundary) -> bool:
    """Every name the boundary fences is left out by a filter of the action, and no other command names it; or the
    fence keeps the store itself while the action empties a part of it; or it keeps a copy the deletion takes; or every
    removal is in the form that keeps what the fence names (`intent.kept_forms`); or it keeps counts of periodic
    copies and every amount the action carries is the one said (`intent.periods_said`, `intent.scaled`)."""
    if _inside_store(a, b) or _copy_kept(a, b):
        return True
    from automode.judge.intent.kept_forms import keeps_fenced

    if keeps_fenced(a, b.text):
        return True  # "keep the disks" and `virsh undefine vm`: the removal's form keeps what the fence names
    from automode.judge.intent.periods_said import periods

    if a.action.tool == "Bash" and (periods(b.text) or _kept_count(b.text, a.ctx.user_messages)):
        from automode.judge.intent.scaled import exact

        if exact(a):
            return True  # "conserva 14 diarias y 8 semanales" and `borg prune --keep-daily 14 --keep-weekly 8`;
            # "keep the last five full backups" and `wal-g delete retain FULL 5` (session 25)
    if _kept_for(a, b.text):
        return True  # "keep the loki logs for 14 days" and `retention_period: 336h` (session 28, T4)
    names = _names(b)
    if not names or a.action.tool != "Bash":
        return False
    filters = [c for c in a.commands if _left_out(c)]
    if not filters:
        return False
    patterns = " ".join(p.lower() for c in filters for p in _left_out(c))
    if not all(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", patterns) for n in names):
        return False
    for c in a.commands:
        if c in filters:
            continue
        words = " ".join(w.value.lower() for w in c.argv[1:] if not w.dynamic)
        if any(n in words for n in names):
            return False  # the fenced thing named outside the filter (`… ; git branch -D release/1.0`)
    return True


def _kept_count(text: str, msgs: tuple[str, ...] | list[str] = ()) -> bool:
    """The fence keeps a count of backups, snapshots or archives ("keep the last five full backups"): the retention
    count a removal carries honours it when it is the one said (`intent.scaled.exact`). A fence that names them by
    "ones" or by nothing ("…with wal-g but keep the last five full ones", "garde les 7 dernières") keeps what its
    message's request removes: the backups are named there (session 26, Q2)."""
    from automode.judge.intent.said_units import counts
    from automode.knowledge.scales import BACKUPS

    if not counts(text):
        return False
    if lazyre.built(BACKUPS).search(text) is not None:
        return True
    return bool(msgs) and lazyre.built(BACKUPS).search(msgs[-1]) is not None  # (the fence's own message, as typed)


#: A fence around everything the request did not name: "don't touch anything else in there", "leave the rest alone".
ELSE = lazyre.compile(r"\b(?:anything|everything|nothing|something)\s+else\b|\bthe\s+rest\b|\bany\s+other\b|"
                      r"\bother\s+(?:files?|things?|stuff|folders?|directories|branches|ones)\b")


def within_request(a: Analysis, found: list[Finding], intent: Intent) -> bool:
    """Every rule that objects to the action is released in full by a request of the user's (the act and each of its
    targets named): the action does what was asked and nothing else, which is what "anything else" leaves alone."""
    from automode.judge.intent.facts import target
    from automode.judge.intent.match import authorisation
    from automode.judge.intent.scope import beyond

    objecting = [f for f in found if f.verdict != "allow"]
    if not objecting:
        return False
    for f in objecting:
        t = target(f, a)
        if not t.verbs or t.implicit or any(p.endswith("(matching)") for p in t.paths):
            return False  # (a tree filtered by age or size only: which files is no name the user gave)
        level, said = authorisation(t, intent, a.root, a.ctx.home)
        if level != "full" or said is None or beyond(t, a, said) is not None:
            return False  # (`find ~/Downloads -mtime +30 -delete` for "the old installers in ~/Downloads")
    return True
