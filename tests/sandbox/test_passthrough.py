"""The agent's stdin, stdout, stderr and exit status pass through `automode run` unchanged."""

from __future__ import annotations

import pytest

from .conftest import RunFn

SCRIPT = 'read line; echo "got:$line"; printf "to stderr\\n" >&2; printf "%s" "$AUTOMODE_SESSION" | wc -c >&2; exit 7'


@pytest.mark.usefixtures("bwrap_ready")
@pytest.mark.parametrize("net", ["none", "trusted", "all"])
def test_sandboxed_stdio_and_exit_code(automode_run: RunFn, net: str) -> None:
    r = automode_run("--sandbox", "--net", net, "--", "sh", "-c", SCRIPT, input="hello world\n")
    assert r.returncode == 7
    assert r.stdout == "got:hello world\n"
    assert r.stderr.split("\n")[0] == "to stderr"
    assert int(r.stderr.split("\n")[1]) > 0  # AUTOMODE_SESSION is set for the hooks


@pytest.mark.usefixtures("bwrap_ready")
def test_signal_exit_status(automode_run: RunFn) -> None:
    r = automode_run("--sandbox", "--", "sh", "-c", "kill -TERM $$")
    assert r.returncode == 128 + 15


def test_unsandboxed_run_passes_through(automode_run: RunFn) -> None:
    r = automode_run("--", "sh", "-c", SCRIPT, input="x\n")
    assert (r.returncode, r.stdout) == (7, "got:x\n")


def test_missing_command_is_a_usage_error(automode_run: RunFn) -> None:
    r = automode_run("--sandbox")
    assert r.returncode == 2 and "no command" in r.stderr
