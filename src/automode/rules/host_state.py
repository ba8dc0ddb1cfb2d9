"""The host's own state: network interfaces and radios, mounts and swap, its name and DNS (AM-RES-030), and keys in
its keyring or SSH agent (AM-DESTROY-051), and a network device's saved configuration erased (AM-DESTROY-096), read
from `knowledge.host_state`."""

from __future__ import annotations

from automode.knowledge.host_state import NAMES, change
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


@rule(
    "AM-RES-030",
    category="resource",
    verdict="ask",
    kind="command",
    names=NAMES,
    release={"update", "delete", "kill", "shutdown", "reset", "create", "deploy", "restart"},
    title="Changes the machine's network, mounts, swap or name",
    what="A network interface or route taken down or deleted, radios or networking turned off, a connection "
    "disconnected, a file system unmounted or remounted, swap turned off, the machine renamed, its DNS or proxy "
    "changed (`ip link set eth0 down`, `nmcli networking off`, `umount /data`, `swapoff -a`, `hostname prod-db`).",
    why="On a remote or shared machine the network change cuts off the agent and everyone else; an unmount pulls a "
    "volume from under running services; a rename breaks what finds the machine by name. No file rule sees any of it.",
    example="ip link set eth0 down",
    instead="Show the current state (`ip addr`, `findmnt`, `hostnamectl`) and let the user make the change.",
    must_match=["ip link set eth0 down", "ip addr flush dev eth0", "ip route del default", "ifconfig en0 down",
                "nmcli radio wifi off", "nmcli connection down office", "rfkill block all", "hostname prod-db",
                "hostnamectl set-hostname web-02", "umount /data", "mount -o remount,ro /", "swapoff -a",
                "resolvectl dns eth0 203.0.113.53", "networksetup -setdnsservers Wi-Fi 203.0.113.53", "renice -n -20 -p 1",
                "firewall-cmd --panic-on", "iptables -P INPUT DROP", "ufw deny ssh", "ufw default deny outgoing"],
    must_not_match=["ip addr", "ip link show", "ip route", "ifconfig", "nmcli radio", "nmcli connection show", "rfkill list",
                    "hostname", "hostname -f", "hostnamectl", "mount", "findmnt", "swapon --show", "resolvectl status",
                    "renice -n 5 -p 1234", "diskutil list", "firewall-cmd --panic-off", "firewall-cmd --query-panic",
                    "iptables -P FORWARD DROP", "ufw deny 3306", "ufw default deny incoming"],
)  # fmt: skip
def host_changed(cmd: Command, a: Analysis) -> str | Hit | None:
    got = change(cmd.name, list(cmd.args))
    if got is None or got[1] != "host":
        return None
    return f"`{cmd.name} {' '.join(cmd.args)[:50]}` {got[0]}"


@rule(
    "AM-DESTROY-051",
    category="destroy",
    verdict="ask",
    kind="command",
    names=NAMES,
    release={"delete"},
    title="Deletes keys from a keyring or the SSH agent",
    what="`gpg --delete-keys` / `--delete-secret-keys` / `--delete-secret-and-public-key`, `ssh-add -D` / `-d`.",
    why="A secret key deleted from the keyring is gone unless a backup exists; signatures and decryption that need it "
    "stop working.",
    example="gpg --batch --yes --delete-secret-keys 3AA5C34371567BD2",
    instead="List the keys (`gpg -K`, `ssh-add -l`) and let the user delete the one they mean.",
    must_match=["gpg --batch --yes --delete-secret-keys 3AA5C34371567BD2", "gpg --delete-keys alice@example.com", "ssh-add -D"],
    must_not_match=["gpg -K", "gpg --list-keys", "ssh-add -l", "ssh-add ~/.ssh/id_ed25519"],
)  # fmt: skip
def keys_deleted(cmd: Command, a: Analysis) -> str | Hit | None:
    got = change(cmd.name, list(cmd.args))
    if got is None or got[1] != "keys":
        return None
    return f"`{cmd.name} {' '.join(cmd.args)[:50]}` {got[0]}"


@rule(
    "AM-DESTROY-096",
    category="destroy",
    verdict="deny",
    kind="command",
    names=NAMES,
    release={"delete"},
    title="Erases a network device's saved configuration",
    what="A router's or switch's own CLI, usually reached as the command of `ssh device '…'`: `write erase`, `erase "
    "startup-config`, Junos `request system zeroize` (also through `cli -c`), RouterOS `/system reset-configuration`.",
    why="The device comes back with no configuration at its next start (or at once): its links, routes and the remote "
    "access the agent used are gone, and only someone at the console can bring it back.",
    example="ssh admin@core-sw1 'write erase'",
    instead="Show the configuration (`show running-config`, `show configuration`, `/export`) and let the user erase it.",
    must_match=["ssh admin@core-sw1 'write erase'", "ssh root@fw1 'cli -c \"request system zeroize\"'",
                "ssh admin@rtr '/system reset-configuration no-defaults=yes'", "ssh admin@sw2 'erase startup-config'"],
    must_not_match=["ssh admin@core-sw1 'show running-config'", "ssh admin@rtr '/export'", "write bob",
                    "ssh root@fw1 'cli -c \"show configuration\"'", "ssh admin@sw2 'write memory'"],
)  # fmt: skip
def device_wiped(cmd: Command, a: Analysis) -> str | Hit | None:
    got = change(cmd.name, list(cmd.args))
    if got is None or got[1] != "wipe":
        return None
    return f"`{cmd.name} {' '.join(cmd.args)[:50]}` {got[0]}"
