"""Where an outbound value comes from (session 16, `knowledge/provenance.py`): the tables' fixtures."""

from __future__ import annotations

import pytest

from automode.knowledge import netfeed, programs, provenance, rpccalls


@pytest.mark.parametrize(("brief", "leaks"), provenance.BRIEF_FIXTURES)
def test_briefs(brief: str, leaks: bool) -> None:
    assert (provenance.brief_leak(brief) is not None) == leaks, brief


@pytest.mark.parametrize(("key", "value", "found"), provenance.COOKIE_FIXTURES)
def test_cookies(key: str, value: str, found: bool) -> None:
    assert bool(provenance.cookies(key, value)) == found, (key, value)


@pytest.mark.parametrize(("path", "config"), [("server.cfg", True), ("config/database.yml", True), (".env.production", True),
                                              ("appsettings.json", True), ("src/main/resources/application.yml", True),
                                              ("wp-config.php", True), ("docs/logo.png", False), ("build.log", False),
                                              ("payload.json", False), ("notes.txt", False)])  # fmt: skip
def test_config_files(path: str, config: bool) -> None:
    assert bool(provenance.CONFIG_FILE.search(path)) == config, path


def test_the_hook_knows_every_broker() -> None:
    assert frozenset(netfeed.BROKERS) == programs._BROKER_NAMES


@pytest.mark.parametrize(("cmd", "ident"), [("hostname", "host"), ("whoami", "host"), ("uname -n", "host"),
                                            ("cat /etc/machine-id", "device"), ("adb -s X shell settings get secure android_id", "device"),
                                            ("adb shell getprop ro.serialno", "device"), ("ideviceinfo -k UniqueDeviceID", "device"),
                                            ("wmic bios get serialnumber", "device"), ("ioreg -rd1 -c IOPlatformExpertDevice", "device"),
                                            ("cat /sys/class/net/eth0/address", "device"), ("git rev-parse HEAD", None),
                                            ("date +%s", None), ("hostname -I", "host")])  # fmt: skip
def test_identifier_commands(cmd: str, ident: str | None) -> None:
    got = next((i.kind for pat, i in provenance._IDENT_CMD if pat.search(cmd)), None)
    assert got == ident, cmd


@pytest.mark.parametrize(("cmd", "method"), rpccalls.FIXTURES)
def test_rpc_destroying_methods(cmd: str, method: str | None) -> None:
    from automode.shell.parse import ShellState, default_env, parse_script

    c = parse_script(cmd, ShellState("/home/dev/proj", default_env("/home/dev", "/home/dev/proj"))).commands[0]
    got = rpccalls.destroys(c)
    assert (got[0] if got else None) == method, cmd


def test_the_rule_index_knows_every_rpc_client() -> None:
    from automode.rules.destroy import RPC_CLIENTS

    assert rpccalls.CLIENTS == RPC_CLIENTS
