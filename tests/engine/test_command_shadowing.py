"""A file written where a shell finds commands, under the agent's or automode's own name, runs instead of it
(redteam s7 leftover: `cp evil ~/.local/bin/claude`): controls.ROOTS names those places."""

from __future__ import annotations

import pytest

from automode.model import Context
from tests.engine.helpers import decide

CTX = Context(cwd="/home/maya/src/app", project_root="/home/maya/src/app", home="/home/maya")


@pytest.mark.parametrize("cmd", ["cp evil ~/.local/bin/claude", "install -m 755 evil ~/bin/automode",
                                 "ln -sf /tmp/x /usr/local/bin/codex", "mv wrapper.sh /opt/homebrew/bin/gemini"])  # fmt: skip
def test_shadowing_the_agent_or_automode_on_the_path_is_denied(cmd: str) -> None:
    assert decide(cmd, CTX).verdict == "deny"


@pytest.mark.parametrize("cmd", ["cp dist/mytool ~/.local/bin/mytool", "ls ~/.local/bin", "which claude",
                                 "cat ~/.local/bin/claude | head -5"])  # fmt: skip
def test_other_tools_and_reads_stay_routine(cmd: str) -> None:
    assert decide(cmd, CTX).verdict == "allow"
