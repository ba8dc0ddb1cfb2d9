"""Servers bound to every interface through a bind option, for programs without listen facts of their own
(`knowledge.binds`): the listen rule AM-RCE-006 asks; localhost binds, other options that take 0, and wrappers do not
add a listener."""

from __future__ import annotations

import pytest

from automode.config import Config
from automode.engine import Engine
from automode.model import Action, Context

ENGINE = Engine(Config())
CTX = Context(cwd="/home/dev/app", project_root="/home/dev/app", home="/home/dev")


def decide(cmd: str) -> tuple[str, tuple[str, ...]]:
    d = ENGINE.decide(Action("Bash", {"command": cmd}, "/home/dev/app"), CTX)
    return d.verdict, d.rules


@pytest.mark.parametrize("cmd", [
    "clojure -M:dev:nrepl -m nrepl.cmdline --port 7888 --bind 0.0.0.0",
    "nohup clojure -M -m nrepl.cmdline --bind 0.0.0.0 > /tmp/n.log 2>&1 &",
    "jupyter lab --ip=0.0.0.0 --no-browser",
    "jupyter notebook --NotebookApp.ip='*' --port 8888",
    "hugo server --bind 0.0.0.0",
    "mkdocs serve --dev-addr 0.0.0.0:8000 --addr 0.0.0.0:8000",
    "livebook server --ip 0.0.0.0",
    "streamlit run app.py --server.address 0.0.0.0",
])  # fmt: skip
def test_a_server_bound_to_every_interface_is_asked_about(cmd: str) -> None:
    verdict, rules = decide(cmd)
    assert verdict != "allow" and "AM-RCE-006" in rules, cmd


@pytest.mark.parametrize("cmd", [
    "clojure -M -m nrepl.cmdline --port 7888",
    "jupyter lab --ip=127.0.0.1 --no-browser",
    "hugo server --bind 127.0.0.1",
    "grep -b 0 notes.txt",
    "sort -b -k 2 data.txt",
    "git log --format=%H -b",
    "streamlit run app.py --server.address localhost",
])  # fmt: skip
def test_local_binds_and_lookalike_options_stay_routine(cmd: str) -> None:
    _verdict, rules = decide(cmd)
    assert "AM-RCE-006" not in rules, cmd
