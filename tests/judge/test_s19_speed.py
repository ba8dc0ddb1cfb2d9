"""Session 19, speed (issue 14): the judge keeps readings it is asked for again (per decision: a selection beyond the
words, an action's values, a config edit; per command: an in-house program's words, a copy-out, a dry form; per
session: whether a request names an object). A cache must never serve a decision the user's newest words changed:
each case decides the same action on one engine in the session before a new message, with it, and before it again,
alternating, so a reading kept from an earlier decision would show as the wrong verdict."""

from __future__ import annotations

import pytest

from tests.judge.helpers import bash, expect

#: (command, the session before, the new message, verdict before, verdict with the new message)
CASES = (
    # a withdrawal of the named object: the request's naming of it (kept per session) is no longer in force
    ("git push origin --delete old-login", ("delete the remote branch old-login",),
     "wait, keep old-login, don't delete it", "allow", "deny"),
    # a narrowing that names the object left out: the same object, named by an older request, now fenced
    ("gh release delete v1.2.0 --yes", ("delete the v1.2.0 release on github",),
     "hold on, not v1.2.0, delete v1.1.0", "allow", "deny"),
    # a pause said later: a copy the user named (its destination read once per command) is held back
    ("rsync -av dist/ deploy@web1:/srv/app/", ("sync dist to web1",),
     "no wait, don't sync anything yet", "allow", "not-allow"),
)


@pytest.mark.parametrize(("command", "before", "new", "was", "now"), CASES, ids=[c[0] for c in CASES])
def test_a_new_message_changes_the_decision(command: str, before: tuple[str, ...], new: str, was: str, now: str) -> None:
    for _ in range(2):  # before, with, before, with: nothing kept from one decision answers the next
        expect(bash(command, *before).verdict, was, (command, before))
        expect(bash(command, *before, new).verdict, now, (command, new))


def test_the_request_that_names_another_object_releases_it() -> None:
    """The same words in force, the object they now name: the retargeted release runs, the withdrawn one does not,
    whichever is decided first."""
    said = ("delete the v1.2.0 release on github", "hold on, not v1.2.0, delete v1.1.0")
    for _ in range(2):
        expect(bash("gh release delete v1.1.0 --yes", *said).verdict, "allow", "the newly named release")
        expect(bash("gh release delete v1.2.0 --yes", *said).verdict, "not-allow", "the release taken back")


def test_a_selection_beyond_the_words_is_read_per_decision() -> None:
    """The count the user named against the one the action sets (`selects.selects_more`, kept per decision): the
    same command before and after the user names another count."""
    cmd = "kubectl scale deployment/api --replicas=30 -n shop"
    for _ in range(2):
        expect(bash(cmd, "scale the api deployment in shop to 30 replicas").verdict, "allow", "the named count")
        expect(bash(cmd, "scale the api deployment in shop to 3 replicas").verdict, "not-allow", "ten times the count")
