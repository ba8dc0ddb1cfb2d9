"""Hand-offs and named tasks as the user asks for them (session 11, surface S4).

* `task_says`: a task or script named for its act (`just publish`, `./scripts/deploy_prod.sh`) is asked for by its act
  ("publish it", "deploy to production") or run by its name ("run the prod deploy script"); the words a request must
  say, or None where the task's environment is one the user did not name (then the default reading judges it).
* `push_for_review`: a sub-agent told to push a branch that is not a main or release line, for the pull request the
  user asked for, does that request's own step (as `git push -u origin HEAD` before `gh pr create` is).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.said import joined_lower
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: The words a user asks for a task's act with, besides the task's own words ("ship it" for `make deploy`).
TASK_ACT_WORDS: dict[str, frozenset[str]] = {
    "deploy": frozenset({"deploy", "deployed", "ship", "rollout", "roll", "release", "redeploy", "promote"}),
    "publish": frozenset({"publish", "release", "upload", "push", "cut", "ship"}),
    "send": frozenset({"send", "notify", "email", "mail", "announce", "broadcast", "newsletter"}),
    "pay": frozenset({"pay", "payout", "payouts", "refund", "refunds"}),
    "rotate": frozenset({"rotate", "revoke", "renew"}),
    "grant": frozenset({"grant", "grants", "give", "assign", "access", "permission", "permissions"}),
}


def task_says(a: Analysis) -> frozenset[str] | None:
    """A task or script named for its act (`just publish`, `./scripts/deploy_prod.sh`, `npm run deploy:prod`) is
    asked for by its act ("publish it", "deploy to production") or run by its name ("run the prod deploy script"):
    the request must say the act or a word of the task's name; its environment is checked apart (`intent.scope`)."""
    from automode.judge.intent.lexicon import ENV_MARKERS
    from automode.knowledge import tasks
    from automode.knowledge.envmarkers import env_of

    says: set[str] = set()
    envs: set[str] = set()
    for cmd in a.commands:
        for t in tasks.task_names(cmd):
            act = tasks.act_of(t)
            if act in TASK_ACT_WORDS:
                says |= TASK_ACT_WORDS[act] | {p.lower() for p in re.split(r"[-_:./+@#\s]+", t) if len(p) >= 3}
                envs |= {env_of(t), *(env_of(w.value) for w in cmd.argv[1:] if not w.dynamic)} - {""}
    if not says:
        return None
    said = set(re.findall(r"[a-z]+", joined_lower(a.ctx.user_messages, " ")))
    if any(not ENV_MARKERS.get(env, frozenset()) & said for env in envs):
        return None  # `deploy-prod` for "deploy to staging", or production nobody mentioned: judged by its values
    return frozenset(says)


#: Python publishers whose destination is PyPI unless an option or a variable on the command names another (twine:
#: `upload` goes to https://upload.pypi.org/legacy/ without `-r`/`--repository-url`/`TWINE_REPOSITORY_URL`;
#: poetry/flit/hatch/uv/pdm/maturin the same), as the twine, poetry, flit, hatch, uv and maturin references say.
PYPI_DEFAULT = frozenset({"twine", "poetry", "flit", "hatch", "uv", "pdm", "maturin"})
_DEST_VARS = frozenset({"TWINE_REPOSITORY", "TWINE_REPOSITORY_URL", "UV_PUBLISH_URL", "UV_PUBLISH_INDEX",
                        "POETRY_REPOSITORIES", "FLIT_INDEX_URL", "HATCH_INDEX_REPO", "HATCH_INDEX", "PDM_PUBLISH_REPO",
                        "MATURIN_REPOSITORY", "MATURIN_REPOSITORY_URL"})
#: Words for an index that is not public PyPI ("our internal index", "the Artifactory", "CodeArtifact").
PRIVATE_INDEX = lazyre.compile(r"(?i)\b(?:internal|private|in-?house|company|corporate|self-?hosted|on-?prem|artifactory|nexus|"
                               r"codeartifact|gemfury|jfrog|devpi|pypiserver|azure\s+artifacts|gitlab\s+(?:package\s+)?registry|"
                               r"github\s+packages|our\s+(?:own\s+)?(?:index|registry|feed|mirror|repo(?:sitory)?))\b")


def public_for_private(a: Analysis) -> str | None:
    """A Python publish that goes to public PyPI by default, named no other index, while the user's words name a
    private one: the words that name it (the upload is not what they asked for), else None."""
    from automode.knowledge.publish import DEST_OPTS, act

    for cmd in a.commands:
        done = act(cmd)
        name = cmd.args[1] if cmd.name.startswith("python") and len(cmd.args) > 1 and cmd.args[0] == "-m" else cmd.name
        if done is None or done.dest != "public" or name not in PYPI_DEFAULT:
            continue
        if any(a_.split("=", 1)[0] in DEST_OPTS for a_ in cmd.args) or any(k in _DEST_VARS for k, _ in cmd.assigns):
            continue
        if any(k in _DEST_VARS for k, _ in a.assignments):
            continue
        for m in a.ctx.user_messages[-6:]:
            hit = PRIVATE_INDEX.search(m)
            if hit is not None and "pypi.org" not in m.lower() and not re.search(r"(?i)\b(?:public\s+)?pypi\b(?!\s*(?:mirror|proxy))", m):
                return hit.group(0)
    return None


#: A pull or merge request in the user's words ("open a PR", "make a merge request").
ASKS_REVIEW = lazyre.compile(r"(?i)\b(?:prs?|mrs?|pull[- ]requests?|merge[- ]requests?)\b")


def push_for_review(objects: list[str], a: Analysis) -> bool:
    """The push names no main or release line, and the user asked for a pull or merge request."""
    from automode.judge.intent.lexicon import MAIN_BRANCH_NAMES
    from automode.knowledge.review import protected_line

    if any(o.lower() in MAIN_BRANCH_NAMES or protected_line(o) for o in objects):
        return False
    return lazyre.any_searched(ASKS_REVIEW, a.ctx.user_messages)
