"""Acts that publish later (session 26, Q4; AM-JUDGE-001 through `judge.boundaries`): "bump the versions with changeset
but don't publish yet" holds publishing back, and a push of the version commit to the branch a release workflow runs
on, or of a version tag, is what starts the publish on the forge (changesets' release action on a push to main,
semantic-release, a `on: push: tags: v*` workflow, goreleaser, cargo-dist). The push is asked, not refused: whether
the project's workflow publishes on it is not known here.

`pushes_release(a)` names the push: tags (`--tags`, `--follow-tags`, a ref that is a version or under `refs/tags/`),
or a branch of `RELEASE_BRANCHES` (as written, or the current branch for `HEAD` and a bare push; an unknown current
branch counts: nothing says the push lands elsewhere). A push to a named feature branch publishes nothing.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent

#: Branches release workflows run on.
RELEASE_BRANCHES = lazyre.compile(
    r"(?i)^(?:main|master|trunk|develop|release(?:s)?(?:[/-].*)?|production|prod|stable|"
    r"latest|next|beta|alpha|canary|rc|gh-pages|hotfix/.*|\d+\.x|v?\d+\.\d+\.x)$"
)
#: A ref that is a version tag.
_TAG = lazyre.compile(
    r"(?i)^(?:refs/tags/.+|v?\d+\.\d+(?:\.\d+)?(?:[-+.][\w.-]+)?|[\w@/.-]+@v?\d+\.\d+\.\d+\S*)$"
)
#: Options that push tags along.
_TAG_OPTS = frozenset({"--tags", "--follow-tags"})


def pushes_release(a: Analysis) -> str | None:
    """The push of the action (as written) that may start a release: tags, or a release branch; None otherwise."""
    from automode.rules.git import git_argv

    current = a.ctx.git.branch if a.ctx.git and a.ctx.git.branch else ""
    for cmd in a.commands:
        g = git_argv(cmd)
        if g is None or g.sub != "push":
            continue
        if any(x in ("--delete", "-d", "--dry-run", "-n") for x in g.args):
            continue
        text = (cmd.text or "git push")[:80]
        if any(x in _TAG_OPTS for x in g.args):
            return text
        refs = [x for x in g.args if not x.startswith("-")][1:]
        if any(r.startswith(":") for r in refs):
            continue  # (a push that deletes a ref publishes nothing)
        dests = [r.lstrip("+").split(":")[-1].removeprefix("refs/heads/") for r in refs]
        if any(
            _TAG.match(r.lstrip("+").split(":")[0]) or _TAG.match(d) for r, d in zip(refs, dests, strict=True)
        ):
            return text
        dests = [current if d in ("HEAD", "@") else d for d in dests] or [current]
        if any(not d or RELEASE_BRANCHES.match(d) for d in dests):
            return text
    return None


def release_push(a: Analysis, intent: Intent) -> str | None:
    """`pushes_release(a)` where no request of the words asks for the push itself ("push it, don't publish yet")."""
    if any("push" in r.clause.verbs for r in intent.requests):
        return None
    return pushes_release(a)
