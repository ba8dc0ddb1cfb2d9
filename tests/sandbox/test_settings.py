"""Config: the user may widen or narrow; a project file may only tighten."""

from __future__ import annotations

from pathlib import Path

import pytest

from automode.sandbox.plan import PlanError, build_plan
from automode.sandbox.settings import load_settings
from automode.sandbox.trust import HostPolicy

from .conftest import write_user_config


def _kinds(home: Path, project: Path) -> dict[str, str]:
    plan = build_plan(str(project), str(home), load_settings(str(home), str(project)), ["claude"])
    return {m.path: m.kind for m in plan.mounts}


def test_defaults(home: Path, project: Path) -> None:
    kinds = _kinds(home, project)
    assert kinds[str(project)] == "rw"
    assert kinds[str(home / ".ssh")] == "hide" and kinds[str(home / ".netrc")] == "hide"
    assert kinds[str(home / ".claude")] == "rw"  # the agent's state dir is created and writable
    assert kinds[str(project / ".git" / "hooks")] == "ro"


def test_user_can_override_and_add(home: Path, project: Path) -> None:
    (home / "data").mkdir()
    (home / "private").mkdir()
    write_user_config(
        home,
        '[sandbox]\nwritable = ["~/data", "~/.ssh"]\nhide = ["~/private"]\n[trust]\ndomains = ["Example.org", "*.corp.example"]\n',
    )
    kinds = _kinds(home, project)
    assert kinds[str(home / "data")] == "rw" and kinds[str(home / ".ssh")] == "rw"
    assert kinds[str(home / "private")] == "hide"
    policy = HostPolicy.from_settings(load_settings(str(home), str(project)), "claude")
    assert (
        policy.match("api.example.org")
        and policy.match("example.org.")
        and not policy.match("badexample.org")
    )
    assert policy.match("git.corp.example") and not policy.match("corp.example.evil")
    assert policy.match("api.anthropic.com")  # the agent's own API


def test_project_file_only_tightens(home: Path, project: Path) -> None:
    (project / "docs").mkdir()
    (project / ".automode.toml").write_text(
        '[sandbox]\nwritable = ["~"]\nreadonly = ["~/.ssh/id_ed25519", "~/.ssh", "docs"]\nhide = ["~/notes.txt"]\n'
        '[trust]\nhosts = ["evil.example"]\n'
    )
    settings = load_settings(str(home), str(project))
    assert len(settings.warnings) == 2  # writable and trust entries ignored, and said so
    assert "evil.example" not in settings.trusted_hosts
    kinds = _kinds(home, project)
    assert str(home) not in kinds or kinds[str(home)] != "rw"
    assert kinds[str(home / ".ssh")] == "hide"  # readonly cannot un-hide a secret
    assert str(home / ".ssh" / "id_ed25519") not in kinds
    assert kinds[str(project / "docs")] == "ro" and kinds[str(home / "notes.txt")] == "hide"


def test_malformed_config_is_an_error(home: Path, project: Path) -> None:
    write_user_config(home, "[sandbox]\nhide = '~/x'\n")
    with pytest.raises(ValueError, match="list of strings"):
        load_settings(str(home), str(project))


def test_project_containing_home_is_refused(home: Path) -> None:
    with pytest.raises(PlanError):
        build_plan(str(home.parent), str(home), load_settings(str(home), None), ["sh"])


@pytest.mark.usefixtures("bwrap_ready")
def test_explain_lists_what_is_and_is_not_isolated(home: Path, project: Path) -> None:
    from automode.sandbox.explain import explain
    from automode.sandbox.probe import check_bwrap

    settings = load_settings(str(home), str(project))
    plan = build_plan(str(project), str(home), settings, ["claude"], create_agent_state=False)
    text = explain(
        check_bwrap(), plan, settings, "trusted", ["claude"], {"GITHUB_TOKEN": "x", "SSH_AUTH_SOCK": "y"}
    )
    assert "backend      bubblewrap" in text and "works" in text
    assert "hidden     ~/.ssh  (secret)" in text and "read-write " + str(project) in text
    assert "api.anthropic.com" in text  # the agent's API under --net trusted
    assert "dropped: SSH_AUTH_SOCK" in text
    not_isolated = text.split("NOT isolated:")[1]
    assert "GITHUB_TOKEN" in not_isolated and "kernel is shared" in not_isolated
