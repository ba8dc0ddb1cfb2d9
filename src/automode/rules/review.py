"""review-bypass: the project's git hooks switched off, and changes merged, submitted or approved by the push that
uploads them. The facts (hook managers' variables and uninstall commands, review refs and push options) are tables in
`knowledge/review.py`; pushes to protected lines are AM-GIT-002 (`rules/git.py`), PR merges AM-TRUST-004.
"""

from __future__ import annotations

from automode.knowledge import review
from automode.rules.base import Hit, rule
from automode.rules.git import GIT_NAMES, _flags, _positional, git_argv
from automode.shell.argv import option_values
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command
    from automode.shell.words import Word

#: git subcommands that run hooks (githooks(5)): pre-commit/commit-msg, pre-push, pre-merge-commit, pre-rebase,
#: applypatch-msg, post-rewrite.
HOOKED = ("commit", "push", "merge", "rebase", "am", "cherry-pick", "revert", "pull")


@rule(
    "AM-GIT-003",
    category="review-bypass",
    verdict="deny",
    kind="command",
    names=GIT_NAMES | {"env"} | set(review.HOOK_UNINSTALL),
    title="Skips git hooks or review",
    what="`--no-verify` / `-n` on commit, push or merge; each hook manager's switch-off variable (`SKIP=`, "
    "`HUSKY=0`, `LEFTHOOK=0`, `LEFTHOOK_EXCLUDE=`, `OVERCOMMIT_DISABLE=1`, `SKIP_SIMPLE_GIT_HOOKS=1`, "
    "`PRE_COMMIT_ALLOW_NO_CONFIG`: `knowledge/review.py`); uninstalling the hooks (`pre-commit uninstall`, `lefthook "
    "uninstall`, `overcommit --uninstall`, `husky uninstall`, `git config --unset core.hooksPath`); pointing "
    "`core.hooksPath` away.",
    why="Hooks run the project's checks (secrets scanning, tests, lint); skipping them ships what they would stop.",
    example="git commit --no-verify -m 'wip'",
    instead="Run the hooks (`pre-commit run --all-files`), fix what they report, then commit normally.",
    suggestion="pre-commit run --all-files",
    must_match=["git commit --no-verify -m x", "git commit -n -m x", "SKIP=ruff git commit -m x", "HUSKY=0 git push",
                "git push --no-verify", "git config core.hooksPath /dev/null", "git -c core.hooksPath=/dev/null commit -m x",
                "git config core.hooksPath .githooks", "git config --global core.hooksPath ~/nohooks",
                "git config core.hooksPath ../other/hooks", "OVERCOMMIT_DISABLE=1 git commit -am wip",
                "LEFTHOOK=false git push", "LEFTHOOK_EXCLUDE=security git commit -m x", "SKIP_SIMPLE_GIT_HOOKS=1 git push",
                "pre-commit uninstall", "lefthook uninstall", "overcommit --uninstall", "npx husky uninstall",
                "git config --unset core.hooksPath", "git config --unset-all core.hookspath", "git rebase --no-verify main",
                "export HUSKY=0; git commit -m x", "export SKIP=ruff,mypy && git commit -m x",
                "GIT_CONFIG_PARAMETERS=\"'core.hooksPath'='/dev/null'\" git commit -m x"],
    must_not_match=["git commit -m 'add --no-verify docs'", "git commit -am fix", "git config user.name x", "git log -n 5",
                    "HUSKY=0 npm ci", "HUSKY=1 git commit -m x", "pre-commit install", "lefthook install",
                    "overcommit --install", "pre-commit run --all-files", "git config --get core.hooksPath",
                    "LEFTHOOK=1 npm install", "git config --unset user.email", "export HUSKY=1; git commit -m x",
                    "export NODE_ENV=test; git commit -m x"],
)  # fmt: skip
def git_no_verify(cmd: Command, a: Analysis) -> str | Hit | None:
    if review.uninstalls_hooks(cmd.name, cmd.args):
        return f"`{' '.join([cmd.name, *cmd.args])[:50]}` uninstalls the project's git hooks"
    g = git_argv(cmd)
    if g is None:
        return None
    f = _flags(g.args, g.sub)
    if g.sub in HOOKED and "--no-verify" in f:
        return f"git {g.sub} --no-verify skips the hooks"
    if g.sub == "commit" and "-n" in f:
        return "git commit -n skips the hooks"
    if g.sub in HOOKED:
        # on the command, or exported earlier in the same action (`export HUSKY=0; git commit`)
        for k, v in [*cmd.assigns, *_exported(a)]:
            off = review.hooks_off(k, v.value)
            if off is not None:
                return f"{k}={v.value} turns {'the named' if off.scope == 'named' else 'the'} {off.manager} hooks off"
    hooks = g.config.get("core.hookspath")
    if hooks is not None:
        return _hooks_path(hooks, a)
    pos = _positional(g.args)
    if g.sub == "config" and any(x.lower() == "core.hookspath" for x in g.args):
        if f & {"--unset", "--unset-all"} or pos[:1] == ["unset"]:
            return "git config --unset core.hooksPath takes the project's hooks directory (husky, lefthook) away"
        if len(pos) >= 2:
            return _hooks_path(pos[-1], a)
    return None


def _exported(a: Analysis) -> list[tuple[str, Word]]:
    """Variables the action exports (`export SKIP=ruff`, `declare -x HUSKY=0`): the git run after them sees them."""
    from automode.shell.words import Word

    out: list[tuple[str, Word]] = []
    for c in a.commands:
        if c.name in ("export", "declare", "typeset", "setenv"):
            out += [(w.value.split("=", 1)[0], Word(w.value.split("=", 1)[1], w.raw, w.dynamic))
                    for w in c.argv[1:] if "=" in w.value and not w.value.startswith("-")]
    return out


def _hooks_path(value: str, a: Analysis) -> str | Hit:
    """Hooks moved to a directory of the project (`.githooks`, `.husky`: hooks the team commits, whose writes are
    judged by their content) change which checks run: an ask. Anywhere else (`/dev/null`, an empty or foreign
    directory) they are switched off."""
    from automode.paths import classify

    v = value.strip()
    inside = bool(v) and not v.startswith(("/", "~", "$")) and ".." not in v.split("/")
    info = classify(v, a.ctx.cwd, a.ctx.home, a.root) if inside else None
    root = a.root.rstrip("/") + "/"
    if info is not None and info.cls in ("project", "protected") and info.path.startswith(root) and "/.git/" not in info.path + "/":
        return Hit(f"core.hooksPath={v} makes git run the project's hooks in {v} instead of .git/hooks", "ask")
    return f"core.hooksPath={v} replaces the repository's hooks"


ACT_TEXT = {"submit": "submits (merges) the change as it is uploaded, before anyone reviews it",
            "vote": "votes on its own change (an approval or verification the uploader gives itself)",
            "merge": "sets the merge request to merge by itself once its pipeline passes, without anyone pressing merge"}  # fmt: skip


@rule(
    "AM-GIT-007",
    category="review-bypass",
    verdict="deny",
    kind="command",
    names=GIT_NAMES,
    release={"merge"},
    title="Merges, submits or approves a change by pushing it",
    what="A push whose review-server options do more than upload: Gerrit's `%submit` / `-o submit` (merged on "
    "upload), `%l=Code-Review+2` / `-o l=Verified+1` (the uploader's own vote), GitLab's `-o "
    "merge_request.merge_when_pipeline_succeeds` / `merge_request.auto_merge` (merged by itself when CI passes). "
    "Reviewers, topic, title, target and draft options only describe the change.",
    why="The push is where review starts; options that merge or approve at the same time end it before anyone looked.",
    example="git push origin HEAD:refs/for/main%submit",
    instead="Upload for review without them (`git push origin HEAD:refs/for/main`, `-o merge_request.create`) and "
    "let a reviewer approve and merge.",
    must_match=["git push origin HEAD:refs/for/main%submit", "git push origin HEAD:refs/for/master%l=Code-Review+2",
                "git push -o submit origin HEAD:refs/for/main", "git push -o l=Verified+1 origin HEAD:refs/for/main",
                "git push -o merge_request.create -o merge_request.merge_when_pipeline_succeeds origin feat",
                "git push --push-option=merge_request.auto_merge origin feat"],
    must_not_match=["git push origin HEAD:refs/for/main", "git push origin HEAD:refs/for/main%r=a@b.c,topic=x,wip",
                    "git push -o merge_request.create -o merge_request.target=main origin feat",
                    "git push -o topic=login origin HEAD:refs/for/main", "git push -o ci.variable=X=1 origin feat",
                    "git push origin HEAD:refs/for/main%l=Code-Review-1"],
)  # fmt: skip
def push_merges(cmd: Command, a: Analysis) -> str | None:
    g = git_argv(cmd)
    if g is None or g.sub != "push" or "--dry-run" in g.args or "-n" in _flags(g.args, "push"):
        return None
    options = option_values(g.args, "-o", "--push-option")
    for ref in _positional(g.args, "push")[1:]:
        r = review.review_ref(ref)
        if r is not None:
            options += list(r.options)
    for o in options:
        act = review.option_act(o)
        if act in ACT_TEXT:
            return f"`{o}` {ACT_TEXT[act]}"
    return None
