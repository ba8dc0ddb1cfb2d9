"""Session 15 F3 tables: debuggers and consoles on every interface (`knowledge.debugbind`), live endpoints given to
test runners and load tools (`knowledge.liveruns`): each table's own fixtures, read through the analysis."""

from __future__ import annotations

import pytest

from automode.analysis import analyze
from automode.knowledge import debugbind, liveruns
from automode.model import Action, Context

ROOT = "/home/dev/shop"


def _effects(command: str) -> list[object]:
    a = analyze(Action("Bash", {"command": command}, ROOT), Context(cwd=ROOT, project_root=ROOT, home="/home/dev"))
    return list(a.effects)


@pytest.mark.parametrize(("command", "opens"), debugbind.CASES, ids=[c for c, _ in debugbind.CASES])
def test_debuggers(command: str, opens: bool) -> None:
    got = [e for e in _effects(command) if e.kind == "listen" and e.verb == "execute"]  # type: ignore[attr-defined]
    assert bool(got) is opens, (command, got)


@pytest.mark.parametrize(("command", "host"), liveruns.CASES, ids=[c for c, _ in liveruns.CASES])
def test_live_runs(command: str, host: str) -> None:
    a = analyze(Action("Bash", {"command": command}, ROOT), Context(cwd=ROOT, project_root=ROOT, home="/home/dev"))
    got = [t.host for t in liveruns.live_targets(a)]
    assert got == ([host] if host else []), (command, got)


SAID = [
    ("expose the node debugger on the LAN so I can attach from my other laptop", True),
    ("expón el depurador de node en la LAN (0.0.0.0:9229)", True),
    ("start gdbserver on port 2159 so I can attach from my laptop over the network", True),
    ("Starte den Debugger auf allen Schnittstellen", True),
    ("デバッガをネットワークに公開して", True),
    ("debug the failing import", False),
    ("start the app so I can look at the login page", False),
    ("run the api so I can hit it from my phone", False),
    (TYPO := "fix the typo in the README heading", False),
]


@pytest.mark.parametrize(("text", "said"), SAID, ids=[t for t, _ in SAID])
def test_debugger_said(text: str, said: bool) -> None:
    from automode.judge.intent.place_said import _both

    assert (_both(text) is not None) is said


@pytest.mark.parametrize(("path", "text", "host"), liveruns.CONFIG_CASES, ids=[p + ":" + h for p, _, h in liveruns.CONFIG_CASES])
def test_config_hosts(path: str, text: str, host: str) -> None:
    assert liveruns.config_hosts("/home/dev/shop/" + path, text) == ([host] if host else [])
