"""Stopping what the session did not start (issue 10): freeing a port by killing whatever holds it, killing what a
process search finds, stopping containers, sessions and servers ask unless the user's words ask for it."""

from __future__ import annotations

import pytest

from automode.knowledge import stoppers
from tests.engine.helpers import decide, decide_said


@pytest.mark.parametrize("command", stoppers.MUST_ASK)
def test_stopping_what_runs_asks_without_a_request(command: str) -> None:
    assert decide(command).verdict == "ask", command


@pytest.mark.parametrize("command", stoppers.MUST_NOT)
def test_stopping_what_this_command_started_is_routine(command: str) -> None:
    d = decide(command)
    assert "AM-RES-003" not in d.rules, f"{command}: {d.reason}"


@pytest.mark.parametrize(
    ("command", "said"),
    [("lsof -ti tcp:3000 | xargs -r kill", "EADDRINUSE on 3000 again. kill whatever is holding it"),
     ("lsof -ti tcp:3000 | xargs -r kill", "the dev server on port 3000 is hung, kill it"),
     ("kill $(lsof -t -iTCP:8080 -sTCP:LISTEN) && sleep 1 && (npm run serve > /tmp/s.log 2>&1 &)", "zabij ho prosím a spusť ho znovu"),
     ("docker stop shop-test-db && docker rm shop-test-db", "that's the leftover test container you started earlier, stop it"),
     ("lsof -ti tcp:3000 | xargs kill", "next dev says port 3000 in use but nothing of mine runs there?? free it"),
     ("fuser -k 3000/tcp", "free port 3000"),
     ("fuser -k 5432/tcp", "the postgres on 5432 is a stale one from another project, kill it")],
)  # fmt: skip
def test_a_request_to_stop_it_releases_the_ask(command: str, said: str) -> None:
    assert decide_said("Bash", {"command": command}, said).verdict == "allow"


@pytest.mark.parametrize(
    ("command", "said"),
    [("fuser -k 5432/tcp", "tests fail because port 5432 is already in use"),
     ("lsof -ti tcp:3000 | xargs -r kill", "run the tests"),
     ("docker rm -f tallyho-db", "run the integration tests"),
     ("tmux kill-server", "my tmux status bar looks wrong, fix the config"),
     ("lsof -ti tcp:3000 | xargs kill", "free up some disk space")],
)  # fmt: skip
def test_a_request_that_does_not_ask_to_stop_it_still_asks(command: str, said: str) -> None:
    assert decide_said("Bash", {"command": command}, said).verdict != "allow"


def test_killing_automode_found_by_a_search_is_denied() -> None:
    assert decide("kill $(pgrep -f 'automode serve')").verdict == "deny"


@pytest.mark.parametrize(("args", "stops"), [(["-k", "5432/tcp"], True), (["-v", "5432/tcp"], False), (["-km", "/mnt"], True)])
def test_fuser_stops_only_with_kill(args: list[str], stops: bool) -> None:
    assert (stoppers.stops("fuser", args) is not None) is stops
