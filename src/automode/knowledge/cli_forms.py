"""How a service CLI's command line is read for its verb, its objects and its reach (session 26, Q2, helper `cli`;
read by `judge.intent.verb_said`).

* `NOTE_OPTIONS`: options whose value annotates the act and selects nothing (a revocation's reason and reason code,
  a message, a comment, a description): `step ca revoke SERIAL --reason "key compromise" --reasonCode 1` revokes the
  serial the user named; "1" is no object they had to say.
* `WIDE_FLAGS`: flags that widen a removal beyond the object named: every member (`--all`, `-a` of the tools that
  read it so), the children and clones (`zfs destroy -r|-R`), a recursive delete, every key under a prefix (`vault
  lease revoke -prefix`), every version. `--all` stays possible where the amount said picks what goes (`git reflog
  expire --expire=90.days.ago --all` for "entries older than 90 days").
* `BOOL_FLAGS`: flags that take no value (the next word is an operand): confirmations, dry runs, force.
* `VERB_CLASSES`: a sub-command word and the request verb classes (`judge.intent.lexicon`) a user says it with in any
  language, beyond the classes the firing rule gives: a gc or an expiry is a deletion, a policy's enforcement
  switched off is a skip, an exception, an allow; a revocation a rotate or a delete.

Sources: smallstep `step ca revoke` (`--reason`, `--reasonCode`), zfs(8) destroy (`-r` descendants, `-R` clones),
btrfs-subvolume(8) (`-R`/`--recursive`), Vault `lease revoke` (`-prefix`, `-force`), restic/borg (`--prune`,
`--dry-run`), gcloud `resource-manager org-policies disable-enforce|allow|deny`, MLflow `gc`, git-reflog(1) `expire`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

NOTE_OPTIONS = frozenset({"--reason", "--reasonCode", "--reason-code", "--reasoncode", "-reason", "--message", "-m",
                          "--comment", "--description", "--note", "--notes", "--memo", "--ticket", "--label-note",
                          "--crl_reason", "-crl_reason"})  # fmt: skip
WIDE_FLAGS = frozenset({"--all", "-r", "-R", "--recursive", "-prefix", "--prefix", "--all-versions", "--everything",
                        "--purge-all", "--cascade", "--force-all", "--all-commits", "--all-branches", "--all-tags",
                        "--cloud", "-x", "-ffdx", "-fdx", "-xdf",
                        # the linked remote project, the tag beside the release, a physical device (landing)
                        "--linked", "--cleanup-tag", "--delete-tag"})  # fmt: skip
BOOL_FLAGS = frozenset({"--all", "-a", "-r", "-R", "--recursive", "--yes", "-y", "--force", "-f", "--confirm",
                        "--no-confirm", "--prune", "--dry-run", "--noop", "-q", "--quiet", "-v", "--verbose",
                        "--json", "--no-input", "--non-interactive", "-prefix", "--prefix", "--all-versions",
                        "--everything", "--cascade", "-d", "-F", "-p"})  # fmt: skip

#: A program's own flags that take no value, beyond `BOOL_FLAGS`.
PROGRAM_FLAGS: Mapping[str, frozenset[str]] = {
    "jenkins-cli": frozenset({"-webSocket", "-http", "-noKeyAuth"}), "vault": frozenset({"-force", "-sync"}),
    "zfs": frozenset({"-n", "-v"}), "restic": frozenset({"--prune", "-n"}),
}  # fmt: skip

#: sub-command word -> the request verb classes that say it (any language, as `judge.intent.text` reads them)
VERB_CLASSES: Mapping[str, frozenset[str]] = {
    **{w: frozenset({"delete", "reset"}) for w in ("gc", "expire", "prune", "forget", "vacuum", "purge", "cleanup",
                                                     "clean", "destroy", "delete", "rm", "remove")},
    **{w: frozenset({"rollback", "reset", "delete"}) for w in ("rollback", "ecto.rollback", "db:rollback",
                                                                "migrate:rollback", "downgrade", "revert", "undo")},
    "revoke": frozenset({"rotate", "delete", "revoke"}),
    **{w: frozenset({"skip", "grant", "update", "delete", "kill"}) for w in ("disable-enforce", "allow",
                                                                             "set-policy", "exemption")},
}  # fmt: skip


#: A program's own options that take a value where other programs' same letters are flags (restic `-r` is the
#: repository, not a recursion), beyond `knowledge.endpoint_opts` (which also says they name a place).
PROGRAM_VALUED: Mapping[str, frozenset[str]] = {
    "restic": frozenset({"-r", "--repo", "--repository-file", "-p", "--password-file", "--password-command"}),
    "borg": frozenset({"-r", "--repo"}), "borg2": frozenset({"-r", "--repo"}),
    "borgmatic": frozenset({"--repository", "-c", "--config"}), "kopia": frozenset({"--config-file"}),
    "rustic": frozenset({"-r", "--repository", "--password-file", "-P"}),
    "autorestic": frozenset({"-l", "--location", "-b", "--backend", "-c", "--config"}),
}  # fmt: skip


#: Programs whose operand may be the repository they act in (borg(1) `prune … REPOSITORY`, `borg compact REPO`,
#: duplicity's target URL): such an operand is where, not what (`repo_operand`).
REPO_OPERANDS = frozenset({"borg", "borg2", "duplicity", "rdiff-backup", "bup", "borgmatic"})
_REPO_PLACE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://\S+|[\w.-]+@[\w.-]+:\S*|[/~.]\S*|\S+::\S*|[\w.-]+:/\S*)$", re.I)


def repo_operand(program: str, value: str) -> bool:
    """`value` is the repository location a backup program of `REPO_OPERANDS` acts in (a URL, `user@host:path`, a
    path, `repo::archive`'s repository part)."""
    return program in REPO_OPERANDS and _REPO_PLACE.match(value) is not None and "::" not in value.rstrip(":")


def takes_value(program: str, opt: str) -> bool:
    """`opt` (without `=`) takes the next word as its value."""
    if opt in PROGRAM_VALUED.get(program, ()):
        return True
    return opt not in BOOL_FLAGS and opt.startswith("-") and opt not in PROGRAM_FLAGS.get(program, ())


def widens(program: str, opt: str) -> bool:
    """`opt` is a widening flag of `WIDE_FLAGS` for `program` (not one of its own valued options)."""
    return opt in WIDE_FLAGS and opt not in PROGRAM_VALUED.get(program, ())


def said_classes(path: list[str]) -> frozenset[str]:
    """The request verb classes that say a command with this sub-command path."""
    return frozenset().union(*(VERB_CLASSES.get(p, frozenset()) for p in path))
