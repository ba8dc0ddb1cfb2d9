"""Project tasks named for a deploy, a release or a teardown (`knowledge/tasks.py`): `make deploy`, `npm run
release`, `bazel run //svc:push_image`, `rake db:drop`. What the task does is in a file automode does not read; its
name is the project's own word for it, so it is judged as that act: asked about, released by a request that names
it, fenced by "don't deploy"."""

from __future__ import annotations

from automode.knowledge import tasks
from automode.knowledge.envmarkers import env_of
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

RUNNER_NAMES = frozenset(tasks.RUNNERS)
#: The acts AM-TRUST-008 judges a task or a script by (AM-DESTROY-015 judges "delete").
OUTWARD_ACTS = frozenset({"deploy", "publish", "send", "pay", "rotate", "grant"})
_WHAT = {"deploy": "a deploy", "publish": "a release", "send": "a message to people", "pay": "a payment",
         "rotate": "credentials rotated", "grant": "access given"}




def _named(cmd: Command, a: Analysis, acts: frozenset[str]) -> list[str]:
    if tasks.body_known(cmd, a.commands, tasks.written_names(a)):
        return []
    return [t for t in tasks.task_names(cmd) if tasks.act_of(t) in acts]


@rule(
    "AM-TRUST-008",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    when=tasks.may_name_task,
    title="Runs a project task or script named for a deploy, a release or a send",
    what="A task runner's target, script or Bazel target, or a project script run by path or by its interpreter, whose "
    "name is a deploy, release, publish or push (`make deploy`, `npm run release`, `bazel run //svc:push_image`, "
    "`./gradlew publish`, `sbt publishSigned`, `./scripts/deploy_prod.sh`, `python scripts/publish_to_pypi.py`), a "
    "message to people (`send_newsletter.py`, `notify`), a payment (`run_payouts`) or a credential rotation "
    "(`rotate-secrets.sh`): table `knowledge/tasks.py`; a deny when its name or arguments say production. Names "
    "that keep it local (`deploy:local`, `publishToMavenLocal`, `release-dry-run`) are routine, and a script whose "
    "text is in the action is judged by what it runs.",
    why="The project named the task for what it does; automode cannot read its body, and a release or a deploy "
    "reaches other people.",
    example="make deploy",
    instead="Run the task's dry run or plan if it has one, and let the user run the deploy or release.",
    must_match=["make deploy", "npm run deploy:prod", "yarn release", "bazel run //services/auth:push_image -- --tag=prod",
                "just publish", "nx run api:deploy --prod", "./gradlew publish", "sbt +test +publishSigned",
                "make -C infra deploy-staging", "./scripts/deploy_prod.sh", "bash scripts/release.sh 1.2.0",
                "python scripts/publish_to_pypi.py", "node scripts/deploy.js", "./bin/deploy", "python3 send_newsletter.py",
                "./scripts/rotate-secrets.sh", "pwsh -File ./Deploy-Prod.ps1", "python -m scripts.run_payouts"],
    must_not_match=["make test", "npm run build", "yarn install", "npm run deploy:local", "gradle publishToMavenLocal",
                    "sbt publishLocal", "bazel run //tools:gazelle", "make -C deploy test", "just release-notes",
                    "./gradlew :app:bundleRelease", "./gradlew assembleRelease", "make build-release",
                    "./scripts/test.sh", "bash scripts/lint.sh", "python scripts/build_docs.py", "./deploy_preview.sh",
                    "npm run build:emails", "python manage.py runserver", "node server.js", "bash -c 'echo deploy'"],
)  # fmt: skip
def release_task(cmd: Command, a: Analysis) -> str | Hit | None:
    named = _named(cmd, a, OUTWARD_ACTS)
    if not named:
        return None
    what = tasks.act_of(named[0])
    detail = f"runs `{named[0]}`, named for {_WHAT.get(what, what)}, whose body automode does not read"
    if any(env_of(w.value) == "production" for w in cmd.argv[1:]):
        return Hit(detail + " against production", "deny")
    return detail


@rule(
    "AM-DESTROY-015",
    category="destroy",
    verdict="ask",
    kind="command",
    when=tasks.may_name_task,
    title="Runs a project task or script named for a teardown",
    what="A task or a project script whose name destroys, tears down, drops, wipes or purges, or resets, flushes or "
    "truncates named data (`make destroy`, `rake db:drop`, `npm run teardown`, `just nuke`, `./nuke-data.sh`, "
    "`./scripts/reset-db.sh`); a deny when it names production. Local and test names are routine.",
    why="The project named the task for what it does; automode cannot read its body, and a teardown removes what "
    "others may rely on.",
    example="make destroy",
    instead="Ask the user, or run the task's plan or dry run first.",
    must_match=["make destroy", "rake db:drop", "npm run teardown", "just nuke-prod", "./nuke-data.sh",
                "./scripts/reset-db.sh", "bash scripts/drop_db.sh", "python scripts/flush_redis.py"],
    must_not_match=["make clean", "rake db:migrate", "npm run test", "make destroy-local", "just drop-test-db",
                    "./scripts/reset.sh", "./scripts/clean.sh", "./scripts/reset-test-db.sh"],
)  # fmt: skip
def teardown_task(cmd: Command, a: Analysis) -> str | Hit | None:
    named = _named(cmd, a, frozenset({"delete"}))
    if not named:
        return None
    detail = f"runs the task `{named[0]}`, named for a teardown, whose body automode does not read"
    if any(env_of(w.value) == "production" for w in cmd.argv[1:]):
        return Hit(detail + " against production", "deny")
    return detail


@rule(
    "AM-DESTROY-070",
    category="destroy",
    verdict="ask",
    kind="command",
    names={"php", "artisan", "rails", "rake", "bin/rails", "bin/rake", "bundle"},
    title="Runs a framework data task past its production prompt",
    what="A migration, seed or wipe told to skip the question the framework asks in production: Laravel's `php "
    "artisan migrate|db:seed|db:wipe --force`, Rails' `DISABLE_DATABASE_ENVIRONMENT_CHECK=1` on a db task "
    "(`knowledge/taskcalls.FORCED_TASKS`). Not when the command names a non-production environment "
    "(`--env=testing`). Released when the user names the option.",
    why="The prompt exists because the environment may be production; skipping it is only needed there, and the "
    "migration or seed then changes the shared database without anyone seeing the question.",
    example="php artisan test --filter=TerminTest && php artisan migrate --force",
    instead="Run it without the option on the local database, or ask the user before forcing it.",
    must_match=["php artisan migrate --force", "php artisan db:seed --class=DemoSeeder --force",
                "DISABLE_DATABASE_ENVIRONMENT_CHECK=1 bin/rails db:drop"],
    must_not_match=["php artisan migrate", "php artisan migrate:fresh --env=testing --force", "bin/rails db:drop",
                    "php artisan queue:work --force"],
)  # fmt: skip
def production_prompt_skipped(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.knowledge.taskcalls import forced

    how = forced(cmd)
    if how is None:
        return None
    detail = f"`{(cmd.text or cmd.name)[:80]}` skips the framework's production prompt with `{how}`"
    if any(env_of(w.value) == "production" for w in cmd.argv[1:]) or cmd.remote:
        return Hit(detail + (" on another machine" if cmd.remote else " and names production"), "deny")
    return detail
