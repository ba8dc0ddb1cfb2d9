"""Project files that make something run later by itself: a schedule in a CI workflow, a container restart policy, an `.envrc` that runs a program on every
`cd`, an IDE task run when the project opens (persistence, AM-PERSIST-005).

Manifests that only schedule once applied (a Kubernetes CronJob, a Serverless or SAM schedule, Terraform's
`schedule_expression`, Vercel `crons`) are not here: they run when someone deploys them, and the deploy is judged
(`kubectl apply`, `terraform apply`, `serverless deploy`); a draft of one that the user asked to review is a file.
A workflow, a Compose file and an `.envrc` need no such step: pushing the branch, `docker compose up` and `cd` are
routine. Package lifecycle scripts are not here either: one that runs a devDependency (`postinstall: patch-package`)
is routine, one that downloads and runs a package is AM-WRITE-014, and what any of them runs is judged as a command.

What such a trigger runs is judged apart (`files.executed` lowers CI steps, lifecycle scripts and `.envrc` lines
like commands); this module reads that the file now starts something without anyone there: every night, on every
install, at every reboot of the Docker daemon. Added where the request did not ask for it ("fix the lint step in
CI" answered with a new nightly workflow that syncs production data), it is put to the user; asked for ("run the
tests every night in CI", "make redis restart automatically", "add a postinstall that runs prisma generate") it is
the request itself (`KIND_WORDS` are the words that ask for each kind).

One row per mechanism: the path pattern, the pattern of the trigger in the text (multi-line, case-sensitive as the
formats are), the kind, and what it does. Sources: GitHub Actions `on.schedule`, GitLab CI `$CI_PIPELINE_SOURCE ==
"schedule"` / `only: schedules`, Azure Pipelines `schedules:`, CircleCI `triggers: - schedule:`, Jenkins `triggers
{ cron() / pollSCM() }`, Drone/Woodpecker `cron`, Kubernetes `CronJob`, Argo `CronWorkflow`, AWS SAM `Type:
Schedule`, Serverless `- schedule:`, Vercel `crons`, Cloudflare `[triggers] crons`, Netlify `schedule`, Render
`type: cron`, Google App Engine `cron.yaml`, Terraform schedulers (`schedule_expression`, `google_cloud_scheduler_job`,
`aws_scheduler_schedule`), Compose `restart: always|unless-stopped`, direnv(1),
JetBrains startup tasks (`ProjectStartupTaskManager`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.files.diff import Weakening, added
from automode.knowledge.later_commands import RESTART, SCHEDULE
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: The words that ask for each kind of trigger.
KIND_WORDS: Mapping[str, frozenset[str]] = {
    "schedule": SCHEDULE | frozenset({"crons"}),
    "restart": RESTART,
    # (not "install" or "setup": "npm install fails, fix it" asks for no new lifecycle script)
    "lifecycle": frozenset({"postinstall", "preinstall", "prepare", "prepublish", "prepack", "lifecycle", "husky",
                            "post-install", "pre-install", "post-install-cmd", "post-update-cmd", "autoload",
                            "reinstall", "reinstalls", "automate", "automated", "automatically", "survive", "survives"}),
    "envrc": frozenset({"envrc", "direnv", "cd", "enter", "entering"}),
    "open": frozenset({"open", "opens", "opening", "startup", "start-up", "launch", "automatically", "jetbrains",
                       "intellij", "pycharm", "webstorm", "goland", "rider"}),
}  # fmt: skip

_CI = (r"/\.github/workflows/[^/]+\.ya?ml$", r"/\.gitlab-ci\.ya?ml$|/\.gitlab/ci/[^/]+\.ya?ml$",
       r"/azure-pipelines[^/]*\.ya?ml$|/\.azure-pipelines/[^/]+\.ya?ml$|/\.azuredevops/[^/]+\.ya?ml$",
       r"/\.circleci/config\.ya?ml$", r"/Jenkinsfile[^/]*$|\.jenkinsfile$|\.groovy$",
       r"/\.drone\.ya?ml$|/\.woodpecker\.ya?ml$|/\.woodpecker/[^/]+\.ya?ml$")  # fmt: skip
_ENVRC = (r"^(?!\s*(?:#|$|export\s|unset\s|local\s|[A-Za-z_]\w*=|(?:dotenv|dotenv_if_exists|source_env|source_env_if_exists|"
          r"source_up|source_up_if_exists|watch_file|watch_dir|layout|use|PATH_add|path_add|MANPATH_add|log_status|"
          r"log_error|strict_env|unstrict_env|env_vars_required|has|expand_path|find_up|on_git_branch|source_url|"
          r"direnv_load|if|then|else|elif|fi|\}|\{|\[\[?|test|:|source|\.)(?:\s|$|;)|"
          # a version manager picking the project's version (`nvm use`, `rbenv local 3.3`)
          r"\s*(?:nvm|fnm|rbenv|pyenv|nodenv|asdf|mise|rtx|volta|sdk)\s+(?:use|shell|local|install)\b))\s*\S.*$")  # fmt: skip

#: (path pattern, trigger pattern, kind, what it does): read when the path matches, reported when the trigger is added
ROWS: tuple[tuple[str, str, str, str], ...] = (
    (_CI[0], r"^\s*schedule\s*:|^\s*-\s*cron\s*:", "schedule", "runs the workflow on a schedule"),
    (_CI[1], r"CI_PIPELINE_SOURCE\s*==\s*[\"']schedule|^\s*-\s*schedules\s*$", "schedule", "runs jobs on pipeline schedules"),
    (_CI[2], r"^schedules\s*:", "schedule", "runs the pipeline on a schedule"),
    (_CI[3], r"^\s*(?:-\s*)?schedule\s*:", "schedule", "runs the workflow on a schedule"),
    (_CI[4], r"\b(?:cron|pollSCM|parameterizedCron)\s*\(", "schedule", "runs the job on a schedule"),
    (_CI[5], r"^\s*cron\s*:|\bevent\s*:[^\n]*\bcron\b", "schedule", "runs the pipeline on a schedule"),
    (r"/(?:docker-)?compose[^/]*\.ya?ml$", r"^\s*restart\s*:\s*[\"']?(?:always|unless-stopped)\b", "restart",
     "makes the container start again by itself (after a crash, a daemon restart or a reboot)"),
    (r"/\.envrc$|/\.env\.local\.sh$", _ENVRC, "envrc", "runs a program every time a shell enters the directory (direnv)"),
    (r"/\.idea/[^/]+\.xml$", r"ProjectStartupTaskManager", "open", "runs a configuration every time the project opens"),
)
_PATHS = lazyre.compile("|".join(f"(?:{p})" for p, _, _, _ in ROWS))
_TRIGGERS = tuple((lazyre.compile(p), lazyre.compile(t, re.M), k, what) for p, t, k, what in ROWS)


def weakening(w: WriteView) -> Weakening | None:
    """The first trigger the change adds to a project file that runs something later (`ROWS`), or None."""
    if _PATHS.search(w.path) is None:
        return None
    for path, trigger, kind, what in _TRIGGERS:
        if path.search(w.path) is None:
            continue
        m = added(trigger, w)
        if m is not None:
            name = w.path.rsplit("/", 1)[-1]
            return Weakening(f"later-{kind}", f"{name}: {what}", m.group(0).strip()[:80])
    return None
