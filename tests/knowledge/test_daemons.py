"""The daemon and file-server table (`automode.knowledge.daemons`): every fixture's effect, and every row exercised."""

from __future__ import annotations

import pytest

from automode.analysis import analyze
from automode.knowledge import daemons
from automode.model import Action, Context

CTX = Context(cwd="/home/user/p", project_root="/home/user/p", home="/home/user")


def _kind(cmd: str) -> str:
    a = analyze(Action(tool="Bash", input={"command": cmd}), CTX)
    got = [e for c in a.commands for e in daemons.effects(c)]
    if not got:
        return ""
    e = got[0]
    return "serves" if (e.content or "").startswith("serves ") else "execute" if e.verb == "execute" else "listen"


@pytest.mark.parametrize(("cmd", "want"), daemons.CASES, ids=[c for c, _ in daemons.CASES])
def test_fixture(cmd: str, want: str) -> None:
    assert _kind(cmd) == want, cmd


def test_every_row_has_a_positive_fixture() -> None:
    hit = set()
    for cmd, want in daemons.CASES:
        if not want:
            continue
        a = analyze(Action(tool="Bash", input={"command": cmd}), CTX)
        for c in a.commands:
            got = daemons._resolve(c)
            if got is not None:
                hit |= {d.what for d in got[0]}
    missing = {d.what for d in daemons.DAEMONS} - hit
    assert not missing, missing
