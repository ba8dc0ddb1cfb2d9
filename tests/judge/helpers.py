from __future__ import annotations

from typing import Any

from automode.config import Config
from automode.engine import Engine
from automode.model import Action, Context, Decision, GitInfo

ROOT = "/home/dev/shop"
GIT = GitInfo(branch="feature/login", remotes={"origin": "git@github.com:acme/shop.git"})
ENGINE = Engine(Config())


def ctx(
    *messages: str,
    instructions: tuple[str, ...] = (),
    mode: str = "interactive",
    branch: str = "feature/login",
) -> Context:
    return Context(cwd=ROOT, project_root=ROOT, home="/home/dev", user_messages=tuple(messages),
                   git=GitInfo(branch=branch, remotes=GIT.remotes), mode=mode, instructions=instructions)  # type: ignore[arg-type]  # fmt: skip


def bash(command: str, *messages: str, engine: Engine = ENGINE, **kw: Any) -> Decision:
    return engine.decide(Action("Bash", {"command": command}, ROOT), ctx(*messages, **kw))


def tool(name: str, inp: dict[str, Any], *messages: str, engine: Engine = ENGINE, **kw: Any) -> Decision:
    return engine.decide(Action(name, inp, ROOT), ctx(*messages, **kw))


def decide(surface: str, action: Any, said: Any) -> str:
    """The verdict on one case of a table: a Bash command string or another tool's input, said once or in turns."""
    words = said if isinstance(said, tuple) else (said,)
    if surface == "Bash":
        return bash(action, *words).verdict
    return tool(surface, action, *words).verdict


def expect(got: str, want: str, what: object = "") -> None:
    """A verdict against the wanted one: exactly it, or anything but it (`not-allow`, `not-deny`)."""
    if want.startswith("not-"):
        assert got != want[4:], what
    else:
        assert got == want, what


def meets(want: str, got: str) -> bool:
    """A verdict good enough for the wanted one: allow exactly; otherwise stopped, and a wanted deny denied (an ask
    wanted is met by a deny: the action is stopped either way)."""
    return got == want if want == "allow" else got != "allow" and (want != "deny" or got == "deny")


def gap_params(rows: list[tuple[str, Any, tuple[str, ...], str]], gaps: set[tuple[str, str]]) -> list[Any]:
    """`(surface, action, said, want)` rows as pytest params; a row whose (action, want) is in `gaps` is a strict xfail
    (an honest gap its test file's docstring names)."""
    import pytest

    out = []
    for surface, action, said, want in rows:
        key = (action if isinstance(action, str) else str(action), want)
        marks = [pytest.mark.xfail(strict=True, reason="a gap named in the docstring")] if key in gaps else []
        out.append(pytest.param(surface, action, said, want, marks=marks))
    return out
