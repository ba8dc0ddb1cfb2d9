"""The tables of what an act takes with the object named (session 19, J1): `knowledge/attached.py`, the tools' caches
in `paths.HOME_CACHES`, and the identifiers a list option or a multi-target DROP selects (`intent.identity_picks`)."""

from __future__ import annotations

from typing import Any

import pytest

from automode.knowledge import attached
from automode.paths import classify
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("command", "option"), attached.FIXTURES, ids=[c for c, _ in attached.FIXTURES])
def test_attached_option(command: str, option: str | None) -> None:
    got = attached.attached(_cmd(command))
    assert (got[0] if got else None) == option


@pytest.mark.parametrize(("tool", "inp", "key"), attached.MCP_FIXTURES, ids=[f"{t}-{k}" for t, _, k in attached.MCP_FIXTURES])
def test_attached_mcp_key(tool: str, inp: dict[str, Any], key: str | None) -> None:
    got = attached.mcp_attached(tool, inp)
    assert (got[0] if got else None) == key


@pytest.mark.parametrize("key", sorted(attached.WORDS))
def test_words_compile(key: str) -> None:
    assert attached.said_pattern(key).search("x") is None or key == "members"


HOME = "/home/dev"


@pytest.mark.parametrize(("path", "cls"), [
    ("~/.m2/repository", "artefact"), ("~/.m2", "home"), ("~/.cargo/registry", "artefact"), ("~/.cargo", "home"),
    ("~/.nuget/packages", "artefact"), ("~/.gradle/caches", "artefact"), ("~/.gradle", "home"),
    ("~/.m2/settings.xml", "secret"), ("~/.cargo/credentials.toml", "secret"),
])
def test_home_caches(path: str, cls: str) -> None:
    assert classify(path, HOME + "/shop", HOME, HOME + "/shop").cls == cls


@pytest.mark.parametrize(("command", "values"), [
    ("aws ecr batch-delete-image --repository-name r --image-ids imageTag=pr-311 imageTag=pr-312", {"pr-311", "pr-312"}),
    ("aws ec2 terminate-instances --instance-ids i-0a1 i-0b2", {"i-0a1", "i-0b2"}),
    ("psql -d shop -c 'DROP TABLE tmp_a, tmp_b;'", {"tmp_a", "tmp_b"}),
    ("mysql shop -e 'TRUNCATE TABLE tmp_a, orders'", {"tmp_a", "orders"}),
])
def test_list_picks(command: str, values: set[str]) -> None:
    from automode.analysis import analyze
    from automode.judge.intent.identity_picks import picks
    from automode.model import Action
    from tests.judge.helpers import ROOT, ctx

    a = analyze(Action("Bash", {"command": command}, ROOT), ctx("x"))
    got = {p.value for p in picks(a)}
    assert values <= got, got
