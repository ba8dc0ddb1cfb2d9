"""Storage mirrors (`aws s3 sync --delete`, `gsutil rsync -d`, `rclone sync`): which side their pruning lands on, read
from a command's operands (moved out of `knowledge.control`, which re-exports `mirror_dest` and `mirror_upload`)."""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.parse import Command
    from automode.shell.words import Word


#: Subcommands that mirror a source into a destination and delete what the destination has that the source lacks.
_MIRRORS = frozenset({"sync", "rsync", "mirror"})  # (not `rclone bisync`: it deletes on both sides)
#: A location on another machine: a URL (`s3://b`, `gs://b`, `https://acct.blob…`) or rclone's `remote:path`.
_REMOTE_REF = lazyre.compile(r"^[a-z][\w+.-]*://|^[\w.-]+:(?!//)", re.I)


#: Options of the storage mirrors that take no value (aws s3 sync, gsutil/gcloud storage rsync, rclone sync, rsync).
_MIRROR_FLAGS = frozenset({"-d", "-r", "-R", "-c", "-C", "-e", "-n", "-u", "-m", "-a", "-v", "-z", "-P", "-q", "--delete",
                           "--recursive", "--exact-timestamps", "--dryrun", "--dry-run", "--quiet", "--only-show-errors",
                           "--no-progress", "--size-only", "--follow-symlinks", "--no-follow-symlinks", "--progress",
                           "--delete-unmatched-destination-objects", "--verbose", "--checksum", "--archive",
                           "--no-guess-mime-type", "--delete-excluded", "--delete-after", "--delete-before"})  # fmt: skip


def _operands(cmd: Command) -> list[Word]:
    """The words of `cmd` that are operands, not options or their values (`--profile x` takes `x`)."""
    out: list[Word] = []
    skip = False
    for w in cmd.argv[1:]:
        v = w.value
        if skip:
            skip = False
            continue
        if v.startswith("-"):
            skip = "=" not in v and v not in _MIRROR_FLAGS and not (len(v) > 2 and v[1] != "-")
            continue
        out.append(w)
    return out


def mirror_upload(cmd: Command, e: Effect) -> Word | None:
    """The remote destination of a storage mirror that deletes (`aws s3 sync site/ s3://b --delete`, `gsutil rsync
    -d`, `rclone sync`) from local sources only: an upload whose deletions are the destination's pruning; None for any
    other command or words it cannot place."""
    if e.verb != "delete" or cmd.name == "mc":
        return None
    pos = _operands(cmd)
    at = [k for k, w in enumerate(pos[:3]) if w.value.lower() in _MIRRORS]
    if not at:
        return None
    rest = pos[at[-1] + 1:]
    if len(rest) < 2 or any(w.dynamic for w in rest):
        return None
    if not _REMOTE_REF.match(rest[-1].value) or any(_REMOTE_REF.match(w.value) for w in rest[:-1]):
        return None
    return rest[-1]


def mirror_dest(cmd: Command, e: Effect) -> Word | None:
    """The local destination of a storage mirror that deletes (`sync --delete`, `rsync -d`, `rclone sync`) from
    remote sources only; None for any other command, a remote destination, or words it cannot place (`mc` names
    remote paths without a scheme). `e` is the command's control effect (a read once `classify` placed it)."""
    if e.verb not in ("delete", "read") or cmd.name == "mc":
        return None
    pos = [w for w in cmd.argv[1:] if not w.value.startswith("-")]
    at = [k for k, w in enumerate(pos[:3]) if w.value.lower() in _MIRRORS]
    if not at:
        return None
    rest = pos[at[-1] + 1:]
    if len(rest) < 2 or any(w.dynamic for w in rest):
        return None
    if _REMOTE_REF.match(rest[-1].value) or not all(_REMOTE_REF.match(w.value) for w in rest[:-1]):
        return None
    return rest[-1]
