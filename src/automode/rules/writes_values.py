"""What a deployed file's values do when it is applied (session 14, class E3; facts: `files.settings_values`): a service
scaled to no instances, an image deployed (or a CI action run) by a tag that moves. Asked: the judge releases the value the user named
("scale the worker to 0 for the weekend", "deploy :latest on staging")."""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.rules.writes import E
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


@rule(
    "AM-WRITE-054",
    category="destroy",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"update", "stop", "delete", "scale"},
    title="Scales a deployed service or resource to nothing",
    what="An edit of a manifest, chart values, compose file or infrastructure file that sets the number of instances to "
    "0 (`replicas: 0`, `replicaCount: 0`, `desiredCount: 0`, Terraform `count = 0`, `desired_capacity = 0`, "
    "`instance_count = 0` in a `.tfvars`): the next apply stops the service or destroys the resource. Development and "
    "test settings are not read.",
    why="Applied, it is an outage (or a destroy, for `count`), and nothing in the edit looks like one.",
    example="replicaCount: 3 → replicaCount: 0",
    instead="Ask the user before scaling a deployed service down to nothing; name the environment it applies to.",
    must_match=[E("deploy/values-prod.yaml", "replicaCount: 3\n", "replicaCount: 0\n"),
                E("infra/prod.tfvars", "instance_count = 3\n", "instance_count = 0\n")],
    must_not_match=[E("deploy/values-prod.yaml", "replicaCount: 3\n", "replicaCount: 4\n"),
                    E("deploy/values-dev.yaml", "replicaCount: 1\n", "replicaCount: 0\n")],
)  # fmt: skip
def scaled_to_zero(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "capacity" else None


@rule(
    "AM-WRITE-055",
    category="remote-exec",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"update", "deploy", "install"},
    title="Deploys an image or runs an action by a tag that moves",
    what="An edit of a manifest, chart values or compose file that replaces a pinned image tag or digest with a moving one "
    "(`:latest`, `:main`, `:edge`, `:nightly`): each restart then runs whatever was pushed last under that tag; a CI "
    "workflow step whose action moves from a tag or commit to a branch (`uses: owner/action@master`). Development and "
    "test settings are not read.",
    why="The deployed (or CI-run) code changes without a change to the repository, and nobody can say what ran.",
    example="image: ghcr.io/acme/shop:1.4.2 → image: ghcr.io/acme/shop:latest",
    instead="Keep a version tag or a digest; bump it to the new release.",
    must_match=[E("k8s/deploy.yaml", "        image: ghcr.io/acme/shop:1.4.2\n", "        image: ghcr.io/acme/shop:latest\n"),
                E(".github/workflows/scan.yml", "      - uses: aquasecurity/trivy-action@0.24.0\n", "      - uses: aquasecurity/trivy-action@master\n")],
    must_not_match=[E("k8s/deploy.yaml", "        image: ghcr.io/acme/shop:1.4.2\n", "        image: ghcr.io/acme/shop:1.5.0\n")],
)  # fmt: skip
def moving_image(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "moving-image" else None
