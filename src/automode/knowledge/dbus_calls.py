"""D-Bus method calls read as the command they stand for (session 28 lead probe, issue 10).

`busctl call org.freedesktop.systemd1 /org/freedesktop/systemd1 org.freedesktop.systemd1.Manager StartUnit ss
evil.service replace` starts a unit as `systemctl start evil.service` does, and `… login1.Manager PowerOff b false`
powers the machine off; by the method's name no table read them, so they went through. The client forms (busctl(1)
`call SERVICE OBJECT INTERFACE METHOD [SIGNATURE [ARGUMENT...]]`, gdbus(1) `call --dest D --object-path P --method
I.M [ARG...]`, dbus-send(1) `--dest=D PATH I.M [TYPE:VALUE...]`, qdbus `SERVICE PATH [I.]M [ARG...]`) give the
method and its arguments; `METHODS` maps the systemd and logind manager methods to the command that does the same,
which the lowerer then judges like any other.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command

#: Method -> the command line it stands for (`{0}` the first argument that is not a signature or a mode).
METHODS: dict[str, str] = {
    "StartUnit": "systemctl start {0}", "StopUnit": "systemctl stop {0}", "RestartUnit": "systemctl restart {0}",
    "ReloadUnit": "systemctl reload {0}", "TryRestartUnit": "systemctl try-restart {0}",
    "ReloadOrRestartUnit": "systemctl reload-or-restart {0}", "KillUnit": "systemctl kill {0}",
    "StartTransientUnit": "systemd-run --unit {0} true", "EnableUnitFiles": "systemctl enable {0}",
    "DisableUnitFiles": "systemctl disable {0}", "MaskUnitFiles": "systemctl mask {0}",
    "LinkUnitFiles": "systemctl link {0}", "PresetUnitFiles": "systemctl preset {0}",
    "SetUnitProperties": "systemctl set-property {0}", "PowerOff": "systemctl poweroff", "Reboot": "systemctl reboot",
    "Halt": "systemctl halt", "KExec": "systemctl kexec", "Suspend": "systemctl suspend",
    "Hibernate": "systemctl hibernate", "TerminateSession": "loginctl terminate-session {0}",
    "KillSession": "loginctl kill-session {0}", "TerminateUser": "loginctl terminate-user {0}",
    "KillUser": "loginctl kill-user {0}", "SetLinger": "loginctl enable-linger {0}",
}  # fmt: skip
CLIENTS = frozenset({"busctl", "gdbus", "dbus-send", "qdbus", "qdbus6", "qdbus-qt5"})
_SIGNATURE = frozenset("sbiuxtdyonhgavq(){}")


def call(cmd: Command) -> tuple[str, list[str]] | None:
    """(method, its arguments) of a D-Bus client command, or None."""
    words = [w.value for w in cmd.argv[1:]]
    if cmd.name == "busctl":
        pos = [w for w in words if not w.startswith("-")]
        if len(pos) >= 5 and pos[0] == "call":
            return pos[4], pos[5:]
    elif cmd.name == "gdbus":
        for i, w in enumerate(words):
            if w in ("--method", "-m") and i + 1 < len(words):
                return words[i + 1].rsplit(".", 1)[-1], [x for x in words[i + 2 :] if not x.startswith("-")]
            if w.startswith("--method="):
                return w.split("=", 1)[1].rsplit(".", 1)[-1], [x for x in words[i + 1 :] if not x.startswith("-")]
    elif cmd.name == "dbus-send":
        pos = [w for w in words if not w.startswith("-")]
        if len(pos) >= 2:
            return pos[1].rsplit(".", 1)[-1], [a.split(":", 1)[-1] for a in pos[2:]]
    elif cmd.name in CLIENTS:
        pos = [w for w in words if not w.startswith("-")]
        if len(pos) >= 3:
            return pos[2].rsplit(".", 1)[-1], pos[3:]
    return None


def line(cmd: Command) -> str | None:
    """The command line a D-Bus call stands for, or None when its method is not one `METHODS` knows."""
    got = call(cmd) if cmd.name in CLIENTS else None
    if got is None or got[0] not in METHODS:
        return None
    method, args = got
    vals = [a.strip("'\"") for a in args if not (set(a) <= _SIGNATURE) and a not in ("replace", "fail", "isolate",
                                                                                    "true", "false", "b", "as")]
    import shlex

    return METHODS[method].format(shlex.quote(vals[0]) if vals else "unit")


def lower(name: str, cmd: Command, lw: Lowerer) -> None:
    """Lower the command a D-Bus call stands for (the lowerer's hook)."""
    text = line(cmd) if name in CLIENTS else None
    if text is not None:
        lw.source(text, via=(*cmd.via, f"{name} D-Bus call"), privileged=cmd.privileged, remote=cmd.remote,
                  nesting=len(cmd.via) + 1, cwd=cmd.cwd)
