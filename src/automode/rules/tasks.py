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


def _named(cmd: Command, acts: frozenset[str]) -> list[str]:
    return [t for t in tasks.task_names(cmd) if tasks.act_of(t) in acts]


@rule(
    "AM-TRUST-008",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    names=RUNNER_NAMES,
    title="Runs a project task named for a deploy or a release",
    what="A task runner's target, script or Bazel target whose name is a deploy, release, publish or push (`make "
    "deploy`, `npm run release`, `bazel run //svc:push_image`, `./gradlew publish`, `sbt publishSigned`); a deny when "
    "its name or arguments say production. Names that keep it local (`deploy:local`, `publishToMavenLocal`, "
    "`release-dry-run`) are routine.",
    why="The project named the task for what it does; automode cannot read its body, and a release or a deploy "
    "reaches other people.",
    example="make deploy",
    instead="Run the task's dry run or plan if it has one, and let the user run the deploy or release.",
    must_match=["make deploy", "npm run deploy:prod", "yarn release", "bazel run //services/auth:push_image -- --tag=prod",
                "just publish", "nx run api:deploy --prod", "./gradlew publish", "sbt +test +publishSigned",
                "make -C infra deploy-staging"],
    must_not_match=["make test", "npm run build", "yarn install", "npm run deploy:local", "gradle publishToMavenLocal",
                    "sbt publishLocal", "bazel run //tools:gazelle", "make -C deploy test", "just release-notes",
                    "./gradlew :app:bundleRelease", "./gradlew assembleRelease", "make build-release"],
)  # fmt: skip
def release_task(cmd: Command, a: Analysis) -> str | Hit | None:
    named = _named(cmd, frozenset({"deploy", "publish"}))
    if not named:
        return None
    detail = f"runs the task `{named[0]}` ({tasks.act_of(named[0])}), whose body automode does not read"
    if any(env_of(w.value) == "production" for w in cmd.argv[1:]):
        return Hit(detail + " against production", "deny")
    return detail


@rule(
    "AM-DESTROY-015",
    category="destroy",
    verdict="ask",
    kind="command",
    names=RUNNER_NAMES,
    title="Runs a project task named for a teardown",
    what="A task whose name destroys, tears down, drops, wipes or purges (`make destroy`, `rake db:drop`, `npm run "
    "teardown`, `just nuke`); a deny when it names production. Local and test names are routine.",
    why="The project named the task for what it does; automode cannot read its body, and a teardown removes what "
    "others may rely on.",
    example="make destroy",
    instead="Ask the user, or run the task's plan or dry run first.",
    must_match=["make destroy", "rake db:drop", "npm run teardown", "just nuke-prod"],
    must_not_match=["make clean", "rake db:migrate", "npm run test", "make destroy-local", "just drop-test-db"],
)  # fmt: skip
def teardown_task(cmd: Command, a: Analysis) -> str | Hit | None:
    named = _named(cmd, frozenset({"delete"}))
    if not named:
        return None
    detail = f"runs the task `{named[0]}`, named for a teardown, whose body automode does not read"
    if any(env_of(w.value) == "production" for w in cmd.argv[1:]):
        return Hit(detail + " against production", "deny")
    return detail
