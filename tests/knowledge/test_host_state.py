"""The host's own state (knowledge/host_state.py, AM-RES-030, AM-DESTROY-051): before, `ip link set eth0 down`,
`umount /data`, `hostname prod-db` and `gpg --delete-secret-keys` were routine work."""

from __future__ import annotations

import pytest

from tests.judge.helpers import bash, expect


@pytest.mark.parametrize(("command", "said", "want"), [
    ("ip link set eth0 down", "restart the web app", "ask"),
    ("umount /data", "fix the typo in the README", "ask"),
    ("nmcli networking off", "why is the build slow?", "not-allow"),
    ("gpg --batch --yes --delete-secret-keys 3AA5C34371567BD2", "list my gpg keys", "not-allow"),
    ("swapoff -a", "free some memory for the build", "ask"),
    # asked for by name: it runs
    ("umount /mnt/backup", "unmount /mnt/backup, the drive is done", "allow"),
    ("hostname web-02", "rename this box to web-02", "allow"),
    # the other mount point than the one named is not released
    ("umount /data", "unmount /mnt/backup, the drive is done", "not-allow"),
    # reading the state stays routine
    ("ip -br addr", "what's my ip?", "allow"),
    ("findmnt /data", "is /data mounted?", "allow"),
    ("gpg -K", "list my gpg keys", "allow"),
])  # fmt: skip
def test_host_state(command: str, said: str, want: str) -> None:
    expect(bash(command, said).verdict, want, (command, said))
