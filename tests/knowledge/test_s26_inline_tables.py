"""Session 26, inline (Q6): the tables of acts inside inline code, each with its fixtures.

`knowledge/lifetimes.py` (a TTL, an expiration or a retention put on stored data, in each store's words) and
`knowledge/admin_sockets.py` (the lines of a server's runtime API written to its admin socket by socat/nc).
"""

from __future__ import annotations

import pytest

from automode.api import action_from_json, context_from_json
from automode.knowledge import admin_sockets, lifetimes, store_code


@pytest.mark.parametrize(("text", "want"), lifetimes.FIXTURES)
def test_lifetimes(text: str, want: str) -> None:
    assert lifetimes.sets_lifetime(text) == want


def test_one_mark_for_a_lifetime() -> None:
    assert lifetimes.OP == store_code.TTL_OP


@pytest.mark.parametrize(("command", "want"), admin_sockets.FIXTURES)
def test_admin_sockets(command: str, want: tuple[str, ...]) -> None:
    from automode.analysis import analyze

    a = analyze(action_from_json({"tool": "Bash", "input": {"command": command}}),
                context_from_json({"user_messages": ["x"], "cwd": "/p", "project_root": "/p"}, home="/home/dev"))
    got = tuple(f"{x.program}:{x.verb}:{x.target}" for c in a.commands for x in admin_sockets.acts(c))
    assert got == want
