"""CMS command lines (WP-CLI, Drush: `knowledge/data/control/cms.toml`) and the options that run them elsewhere
(`wp --ssh=`, `wp @alias`, `drush @alias`; `adb shell` on a device: `shell.remote_shells`). A database reset was a
silent allow; on a production alias it is refused, locally it is asked, and reads stay routine."""

from __future__ import annotations

import pytest

from automode import api

CTX = {"cwd": "/home/dev/site", "project_root": "/home/dev/site", "user_messages": ["fix the broken menu links"]}


@pytest.mark.parametrize(("command", "verdict"), [
    ("wp @production db reset --yes", "deny"),
    ("drush @prod sql:drop -y", "deny"),
    ("wp db reset --yes", "ask"),
    ("drush sql:drop -y", "ask"),
    ("adb shell rm -rf /sdcard/DCIM", "deny"),
    ("wp plugin list", "allow"),
    ("wp plugin list --ssh=deploy@web1.example.com", "allow"),
    ("drush @prod status", "allow"),
    ("adb -s emulator-5554 shell pm list packages", "allow"),
])  # fmt: skip
def test_cms_and_device_commands_are_judged_where_they_run(command: str, verdict: str) -> None:
    assert api.check({"tool": "Bash", "input": {"command": command}}, CTX).verdict == verdict
