"""Ansible ad-hoc runs (`ansible PATTERN -m MODULE -a ARGS`, ansible(1)): the module is the act and the pattern the
hosts. `ansible web-03 -m ansible.builtin.reboot` reboots web-03, `-m service -a 'name=x state=restarted'`
restarts a service there; the judge names the act by these words (`judge.intent.vocab`) and the host by the pattern
(`judge.intent.named_ops`)."""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Ansible modules (short and FQCN names) whose run is an act the user names: `ansible web-03 -m reboot`.
_MODULE_ACTS = {"reboot": "reboot", "win_reboot": "reboot"}
#: A service module's target state.
_STATES = {"restarted": "restart", "stopped": "stop", "reloaded": "restart"}


def adhoc_positional(c: Command) -> str | None:
    """The host pattern of `ansible PATTERN -m MODULE …`, None when there is none."""
    args = c.args
    skip = False
    for x in args:
        if skip:
            skip = False
            continue
        if x.startswith("-"):
            skip = x in ("-i", "-m", "-a", "-u", "-e", "-f", "-l", "--inventory", "--module-name", "--args", "--user",
                         "--extra-vars", "--forks", "--limit", "-M", "--module-path", "-B", "-P", "-t", "--tree",
                         "-c", "--connection", "-T", "--timeout", "--become-user", "--private-key", "--key-file")
            continue
        return x
    return None


def adhoc_words(c: Command) -> list[str]:
    """The act words of an ansible ad-hoc run (`-m ansible.builtin.reboot`: reboot; `-m service -a
    'name=x state=restarted'`: restart), [] for other commands."""
    if c.name != "ansible":
        return []
    args = c.args
    module = args_ = ""
    for i, x in enumerate(args):
        if x in ("-m", "--module-name") and i + 1 < len(args):
            module = args[i + 1].rsplit(".", 1)[-1].lower()
        elif x in ("-a", "--args") and i + 1 < len(args):
            args_ = args[i + 1]
    if module in _MODULE_ACTS:
        return [_MODULE_ACTS[module]]
    if module in ("service", "systemd", "systemd_service", "win_service"):
        m = re.search(r"state=(\w+)", args_)
        return [_STATES[m.group(1)]] if m is not None and m.group(1) in _STATES else []
    if module in ("command", "shell", "raw") and args_:
        first = args_.split()[0].rsplit("/", 1)[-1] if args_.split() else ""
        return ["reboot"] if first in ("reboot", "shutdown") and ("-r" in args_.split() or first == "reboot") else []
    return []
