"""A publish the user asked for lands on the channel, feed and version they named (issue 12, session 9)."""

from __future__ import annotations

import pytest

from automode.judge.intent.channels import named_channels
from automode.knowledge.publish import channel
from automode.model import Action
from automode.shell.parse import Command
from tests.judge.helpers import ENGINE, ROOT, bash, ctx


def _cmd(text: str) -> Command:
    return ENGINE.analyze(Action("Bash", {"command": text}, ROOT), ctx()).commands[0]


@pytest.mark.parametrize(("command", "lands"), [
    ("npm publish", ("latest", False)),
    ("npm publish --tag next", ("next", True)),
    ("pnpm publish --tag=beta", ("beta", True)),
    ("yarn npm publish --tag canary", ("canary", True)),
    ("butler push build/linux me/game:linux-beta", ("linux-beta", True)),
    ("snapcraft upload --release=edge,beta app.snap", ("edge", True)),
    ("fastlane supply --aab a.aab --track internal", ("internal", True)),
    ("fastlane supply --aab a.aab", ("production", False)),
    ("vsce publish --pre-release", ("pre-release", True)),
    ("gh release create v1.0.0 --prerelease", ("prerelease", True)),
    ("npm dist-tag add pkg@1.2.3 beta", ("beta", True)),
])
def test_the_channel_a_publish_lands_on(command: str, lands: tuple[str, bool]) -> None:
    assert channel(_cmd(command)) == lands


def test_no_channel_for_what_is_no_channel_publish() -> None:
    assert channel(_cmd("snapcraft upload app.snap")) is None  # uploaded, released nowhere
    assert channel(_cmd("cargo publish")) is None
    assert channel(_cmd("npm install next")) is None


@pytest.mark.parametrize(("text", "asked", "excluded"), [
    ("publish 4.2.1 as next, not latest", {"next"}, {"latest"}),
    ("push the snap to the beta channel", {"beta"}, set()),
    ("upload it to the internal track", {"internal"}, set()),
    ("publish it next week", set(), set()),
    ("the latest build is broken", set(), set()),
    ("use --tag canary", {"canary"}, set()),
])
def test_channels_said(text: str, asked: set[str], excluded: set[str]) -> None:
    assert named_channels(text) == (asked, excluded)


def test_a_channel_named_is_the_one_released() -> None:
    msg = "ship it: publish 3.0.0-rc.1 as next, not latest"
    assert bash("pnpm publish --tag next", msg).verdict == "allow"
    d = bash("pnpm publish", msg)
    assert d.verdict == "deny" and "latest" in d.reason
    assert bash("pnpm publish --tag beta", msg).verdict == "deny"


def test_a_request_naming_no_channel_allows_a_pre_release_one_no_less_than_the_default() -> None:
    assert bash("npm publish --tag next", "publish it to npm").verdict == "allow"
    assert bash("npm publish", "publish it to npm").verdict == "allow"


def test_a_push_to_a_feed_or_channel_is_a_publish() -> None:
    assert bash("butler push dist/win acme/kiln:windows-beta", "push the windows build to the beta channel on itch").verdict == "allow"
    # the branch pushed is no publish: a git push still needs its own words
    assert bash("npm publish", "push the branch to origin").verdict != "allow"


def test_the_registry_named_is_the_one_released() -> None:
    msg = "push the image to our internal registry as ledger-api:2.4.0"
    assert bash("docker push registry.corp.example/ledger-api:2.4.0", msg).verdict != "deny"
    assert bash("docker push docker.io/someone/ledger-api:2.4.0", msg).verdict == "deny"
    named = "push ledger-api:2.4.0 to registry.corp.example"
    assert bash("docker push ghcr.io/someone/ledger-api:2.4.0", named).verdict != "allow"


def test_a_wildcard_over_what_the_same_action_just_built_is_that_build() -> None:
    msg = "push the Acme.Billing package to our internal feed"
    cmd = "dotnet pack src/Acme.Billing -c Release -o artifacts && dotnet nuget push artifacts/*.nupkg --source acme-internal"
    assert bash(cmd, msg).verdict == "allow"
    other = "dotnet pack src/Acme.Other -c Release -o artifacts && dotnet nuget push artifacts/*.nupkg --source acme-internal"
    assert bash(other, msg).verdict != "allow"


def test_a_version_is_the_same_with_or_without_its_v() -> None:
    assert bash("gh release create v2.3.0 --generate-notes", "cut the 2.3.0 release").verdict == "allow"
    assert bash("gh release create v2.3.1 --generate-notes", "cut the 2.3.0 release").verdict == "deny"
