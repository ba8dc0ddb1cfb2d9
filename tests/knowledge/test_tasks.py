"""Task names (`knowledge.tasks`): which words of a runner's command line are task names, and the act a name says."""

from __future__ import annotations

import pytest

from automode.knowledge.tasks import act_of, task_names
from automode.shell.parse import ShellState, default_env, parse_script


def _names(cmd: str) -> list[str]:
    return task_names(parse_script(cmd, ShellState("/p", default_env("/h", "/p"))).commands[0])


@pytest.mark.parametrize(("cmd", "names"), [
    ("make -C infra deploy-prod", ["deploy-prod"]),
    ("npm run deploy:prod -- --force", ["deploy:prod"]),
    ("yarn release", ["release"]),
    ("pnpm publish-all", ["publish-all"]),
    ("bazel run //svc/auth:push_image -- --tag=prod", ["//svc/auth:push_image"]),
    ("nx run-many -t deploy --projects=api", ["deploy"]),
    ("tox -e release", ["release"]),
    ("nox -s publish", ["publish"]),
    ("git push", []),
])  # fmt: skip
def test_the_task_names_of_a_runner(cmd: str, names: list[str]) -> None:
    assert _names(cmd) == names


@pytest.mark.parametrize(("task", "act"), [
    ("deploy", "deploy"), ("deploy:prod", "deploy"), ("//svc:push_image", "publish"), ("publishSigned", "publish"),
    ("sonatypeBundleRelease", "publish"), ("db:drop", "delete"), ("teardown-staging", "delete"),
    ("deploy:local", ""), ("publishToMavenLocal", ""), ("assembleRelease", ""), (":app:bundleRelease", ""),
    ("release-notes", ""), ("test", ""), ("build", ""),
])  # fmt: skip
def test_the_act_a_task_name_says(task: str, act: str) -> None:
    assert act_of(task) == act


def test_a_request_for_the_act_releases_the_task_and_a_fence_stops_it() -> None:
    from tests.judge.helpers import bash

    assert bash("make deploy-staging", "the fix looks good, deploy it to staging").verdict == "allow"
    assert bash("make deploy-staging", "fix the flaky test").verdict == "deny"  # an outward act nobody asked for (AM-JUDGE-008)
    assert bash("npm run release", "bump the version and update the changelog, don't publish yet").verdict == "deny"
