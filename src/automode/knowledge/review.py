"""Review and checks: how a change reaches a protected line of history, and how the controls on the way are turned off.

Facts, as data, read by the git and review rules (`rules/git.py`, `rules/review.py`):
- which branches are protected lines (main lines, release and maintenance lines);
- the review refs and push options of code-review servers, and which of them merge, submit, approve or skip checks;
- other version-control front-ends that push a branch (Jujutsu, Sapling, Mercurial) and the option naming it;
- the environment variables with which each git-hook manager switches its hooks off, and the commands that
  uninstall them.

Sources: git-push(1) (`-o`/`--push-option`); Gerrit Documentation/user-upload.txt and concept-refs-for-namespace.txt
(`refs/for/BRANCH%opt,opt`: `submit`, `l=LABEL+N`, `r=`, `cc=`, `topic=`, `t=`/`hashtag=`, `wip`, `ready`, `private`;
the same options as `git push -o`); docs.gitlab.com user/project/push_options (`merge_request.create`, `.target`,
`.merge_when_pipeline_succeeds`, `.auto_merge`, `.title`, `.label`, `ci.skip`, `ci.variable`, `integrations.skip_ci`);
jj-vcs.github.io (`jj git push --bookmark|-b`, older `--branch`); sapling-scm.com (`sl push --to`); hg help push
(`-B/--bookmark`, `-b/--branch`); secure.phabricator.com/book/phabricator/article/arcanist_diff (`arc land --onto`);
pre-commit.com (`SKIP=id,...`, `pre-commit uninstall`); typicode.github.io/husky
(`HUSKY=0`; v4 `HUSKY_SKIP_HOOKS=1`); lefthook.dev usage/envs (`LEFTHOOK=0|false`, `LEFTHOOK_EXCLUDE=tags`,
`lefthook uninstall`); github.com/sds/overcommit README (`OVERCOMMIT_DISABLE=1`, `SKIP=Hook`, `overcommit
--uninstall`); github.com/toplenboren/simple-git-hooks README (`SKIP_SIMPLE_GIT_HOOKS=1`).
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass

#: Main lines and the branches releases are cut from: a push there lands without a pull request's review.
MAIN_LINES = frozenset({"main", "master", "trunk", "develop", "development", "production", "prod", "release", "stable",
                        "gh-pages", "default", "mainline", "live"})  # fmt: skip
#: Release and maintenance lines by their conventional names (`release/2.4`, `release-2.4`, `releases/v3`,
#: `stable/2024.1`, `maint-1.x`, `2.4.x`, `v3.x`): what a backport or a hotfix is merged into after review.
RELEASE_LINE = lazyre.compile(r"^(?:releases?|stable|maint(?:enance)?|lts|support)(?:/[\w.+/-]+|-v?\d[\w.+-]*)$|^v?\d+(?:\.\d+)*\.x$")


def protected_line(branch: str) -> bool:
    """`main`, `refs/heads/master`, `release/2.4`, `2.4.x`: a branch the team protects."""
    b = branch.removeprefix("+").removeprefix("refs/heads/")
    return b.lower() in MAIN_LINES or RELEASE_LINE.match(b) is not None


@dataclass(frozen=True, slots=True)
class ReviewRef:
    """`refs/for/main%submit,l=Code-Review+2`: a change uploaded for review of `branch`, with the upload's options."""

    branch: str
    options: tuple[str, ...]


#: Gerrit's review namespaces (`refs/for/` uploads a change; `refs/drafts/` and `refs/publish/` are older spellings).
REVIEW_PREFIXES = ("refs/for/", "refs/drafts/", "refs/publish/")


def review_ref(ref: str) -> ReviewRef | None:
    """The review upload a push refspec's destination names, or None for an ordinary branch."""
    dest = ref.rsplit(":", 1)[-1].removeprefix("+")
    prefix = next((p for p in REVIEW_PREFIXES if dest.startswith(p)), None)
    if prefix is None:
        return None
    rest = dest[len(prefix) :]
    branch, _, opts = rest.partition("%")
    return ReviewRef(branch.removeprefix("refs/heads/"), tuple(o for o in opts.split(",") if o))


#: What an upload or push option does beyond the push itself: `merge` (the platform merges the change when its
#: pipeline passes, without anyone pressing merge), `submit` (merged at once, on Gerrit's own permission), `vote`
#: (the uploader's own approval or verification vote), `skip` (no pipeline runs for the push). Options not here
#: (reviewers, topic, title, labels, target, draft) only describe the change.
PUSH_OPTION_ACTS: dict[str, str] = {
    "submit": "submit",
    "merge_request.merge_when_pipeline_succeeds": "merge",
    "merge_request.auto_merge": "merge",
    "ci.skip": "skip",
    "integrations.skip_ci": "skip",
}
#: Gerrit's label votes (`l=Code-Review+2`, `label=Verified+1`; a bare `l=Code-Review` means +1).
VOTE_OPTION = lazyre.compile(r"(?i)^(?:l|label)=([a-z][\w-]*?)(?:([+-])?(\d+))?$")


def option_act(option: str) -> str:
    """The act of one push or upload option (`PUSH_OPTION_ACTS`), "vote" for a positive label vote, or ""."""
    name = option.strip().strip("'\"")
    key = name.split("=", 1)[0].lower()
    act = PUSH_OPTION_ACTS.get(key) or PUSH_OPTION_ACTS.get(name.lower(), "")
    if act and (key == name.lower() or name.split("=", 1)[1].lower() not in ("false", "0", "no")):
        return act
    m = VOTE_OPTION.match(name)
    if m is not None and m.group(2) != "-" and m.group(3) != "0":
        return "vote"
    return ""


@dataclass(frozen=True, slots=True)
class Pusher:
    """A version-control front-end that pushes a named branch: its command words and the options naming the branch."""

    words: tuple[str, ...]
    branch_options: frozenset[str]
    default: str = ""  # the branch it lands on when no option names one (`arc land` lands on master)


PUSHERS: dict[str, tuple[Pusher, ...]] = {
    "jj": (Pusher(("git", "push"), frozenset({"-b", "--bookmark", "--branch"})),),
    "sl": (Pusher(("push",), frozenset({"--to", "-t"})),),
    "hg": (Pusher(("push",), frozenset({"-B", "--bookmark", "-b", "--branch"})),),
    # Phabricator's Arcanist lands a revision: merges it into the target branch and pushes it (`--onto`, default the
    # upstream, master on most installs); review happened in Differential, which `arc land` does not wait for.
    "arc": (Pusher(("land",), frozenset({"--onto"}), default="master"),),
}


def pushed_branches(name: str, args: list[str]) -> list[str] | None:
    """The branches a non-git front-end pushes (`jj git push -b main` -> ["main"]), or None when it pushes none."""
    for p in PUSHERS.get(name, ()):
        if tuple(args[: len(p.words)]) != p.words:
            continue
        rest, out = args[len(p.words) :], []
        for i, w in enumerate(rest):
            opt, eq, val = w.partition("=")
            if opt in p.branch_options:
                v = val if eq else (rest[i + 1] if i + 1 < len(rest) else "")
                if v:
                    out.append(v)
        return out or ([p.default] if p.default else [])
    return None


@dataclass(frozen=True, slots=True)
class HooksOff:
    """An environment variable of a hook manager and what setting it does: `all` hooks off, or the `named` ones."""

    manager: str
    scope: str  # "all" or "named"
    off_values: frozenset[str]  # values that switch hooks off; empty = any non-empty value


#: Variables with which git-hook managers switch their hooks off for one command.
HOOKS_OFF_ENV: dict[str, HooksOff] = {
    "SKIP": HooksOff("pre-commit / overcommit", "named", frozenset()),
    "HUSKY": HooksOff("husky", "all", frozenset({"0", "false"})),
    "HUSKY_SKIP_HOOKS": HooksOff("husky 4", "all", frozenset()),
    "LEFTHOOK": HooksOff("lefthook", "all", frozenset({"0", "false"})),
    "LEFTHOOK_EXCLUDE": HooksOff("lefthook", "named", frozenset()),
    "OVERCOMMIT_DISABLE": HooksOff("overcommit", "all", frozenset({"1", "true"})),
    "SKIP_SIMPLE_GIT_HOOKS": HooksOff("simple-git-hooks", "all", frozenset({"1", "true"})),
    "PRE_COMMIT_ALLOW_NO_CONFIG": HooksOff("pre-commit", "all", frozenset()),
    "GIT_HOOKS_DISABLE": HooksOff("git hooks", "all", frozenset()),
    "NO_VERIFY": HooksOff("git hooks", "all", frozenset()),
}


def hooks_off(var: str, value: str) -> HooksOff | None:
    """The hook manager `VAR=value` switches off, or None (`HUSKY=1`, `SKIP=`)."""
    h = HOOKS_OFF_ENV.get(var)
    if h is None or not value.strip():
        return None
    if h.off_values and value.strip().lower() not in h.off_values:
        return None
    return h


#: Commands that uninstall a project's git hooks: program -> its leading words (or an option) that do it. `husky
#: uninstall` is husky 4-8; husky 9 is removed with `git config --unset core.hooksPath` (read by the git rule).
HOOK_UNINSTALL: dict[str, tuple[tuple[str, ...], ...]] = {
    "pre-commit": (("uninstall",),),
    "prek": (("uninstall",),),
    "lefthook": (("uninstall",),),
    "overcommit": (("--uninstall",),),
    "husky": (("uninstall",),),
}


def uninstalls_hooks(name: str, args: list[str]) -> bool:
    return any(tuple(args[: len(w)]) == w for w in HOOK_UNINSTALL.get(name, ()))
