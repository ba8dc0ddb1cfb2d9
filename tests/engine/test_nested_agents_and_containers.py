"""Issue 13: a nested agent started without the checks it runs under (finding 3), and a container that controls the
host (finding 8). Both tables are data (`rules.agent_switch.SWITCHES`, `rules.containers` container options); these
tests pin what a user would notice: denied unless asked, an ask when asked, routine runs untouched."""

from __future__ import annotations

import pytest

from automode.model import Context
from automode.rules.agent_switch import AGENT_CLIS, SWITCHES

from .helpers import CTX, decide


def _asked(text: str) -> Context:
    return Context(CTX.cwd, CTX.project_root, CTX.home, (text,))


def _example(sw: object) -> str:
    from automode.rules.agent_switch import Switch

    assert isinstance(sw, Switch)
    agent = sorted(sw.agents)[0] if sw.agents != AGENT_CLIS else "claude"
    value = {"": "", "*": "/tmp/x"}.get(sw.value)
    if value is None:
        value = sw.value if sw.value.replace("-", "").isalnum() else "hooks=[]"
    if sw.option.endswith("="):
        return f"{sw.option}{value} {agent} -p hi"
    return f"{agent} {sw.option} {value} -p hi".replace("  ", " ")


@pytest.mark.parametrize("sw", SWITCHES, ids=[f"{sorted(s.agents)[0]}{s.option}" for s in SWITCHES])
def test_every_switch_starts_an_unchecked_agent(sw: object) -> None:
    d = decide(_example(sw))
    assert d.verdict == "deny" and "AM-AGENT-002" in d.rules, (_example(sw), d)


@pytest.mark.parametrize("command", [
    'claude -p "summarise the diff"', "claude --permission-mode plan -p x", "claude --model sonnet -p hi",
    "codex exec 'fix the failing test'", "codex -c model=o3 exec x", "codex --sandbox workspace-write 'fix it'",
    "gemini -p 'explain this'", "gemini --approval-mode auto_edit -p x", "cat ~/.claude/settings.json", "claude mcp list",
])  # fmt: skip
def test_routine_agent_runs_stay_allowed(command: str) -> None:
    assert decide(command).verdict == "allow", command


def test_a_requested_settings_override_is_an_ask_not_an_allow() -> None:
    d = decide("claude --settings ./ci-settings.json -p 'run the checks'",
               _asked("run claude with --settings ./ci-settings.json"))
    assert d.verdict == "ask"


@pytest.mark.parametrize("command", [
    "docker run --privileged -it ubuntu bash", "docker run -v /:/host ubuntu chroot /host",
    "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker ps", "docker run --pid=host ubuntu",
    "docker run --cap-add=SYS_ADMIN ubuntu", "docker run --security-opt apparmor=unconfined ubuntu",
    "docker run --device=/dev/nvme0n1 ubuntu", "podman run --privileged fedora", "docker exec --privileged web sh",
    "docker run --mount type=bind,source=/,target=/host alpine", "docker run -v ~/.claude:/cfg alpine",
    "docker run --net=host -v /etc:/host-etc alpine", "docker run -v $HOME:/root alpine",
])  # fmt: skip
def test_host_control_containers_are_denied(command: str) -> None:
    d = decide(command)
    assert d.verdict == "deny" and "AM-SEC-011" in d.rules, (command, d)


def test_a_requested_privileged_container_is_an_ask() -> None:
    d = decide("docker run --privileged -it ubuntu bash", _asked("Run a privileged ubuntu container with docker"))
    assert d.verdict == "ask" and "AM-SEC-011" in d.rules, d


@pytest.mark.parametrize("command", [
    "docker run --rm -v $PWD:/app node:20 npm test", "docker run --rm -v \"$(pwd)\":/src -w /src golang:1.22 go test ./...",
    "docker run -d --net=host redis", "docker run -v /etc/localtime:/etc/localtime:ro app",
    "docker run -v pgdata:/var/lib/postgresql/data postgres:16", "docker run --cap-add NET_ADMIN app",
    "docker exec -it web bash", "docker run --rm alpine echo --privileged", "docker ps -a",
])  # fmt: skip
def test_routine_containers_are_not_host_control(command: str) -> None:
    assert "AM-SEC-011" not in decide(command).rules, command
