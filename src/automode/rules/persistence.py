"""persistence: making something run again later without the user (cron, services, rc files, keys, hooks)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode.rules.base import Hit, rule

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

PERSIST_PATHS = re.compile(
    r"(/etc/(cron[^/]*|crontab|anacrontab|systemd/|init\.d/|init/|rc\.local|rc\d\.d/|profile(\.d/)?|bash\.bashrc|zsh/|"
    r"environment$|update-motd\.d/|xdg/autostart/|udev/rules\.d/|NetworkManager/dispatcher\.d/|apt/apt\.conf\.d/|"
    r"ld\.so\.preload|modules-load\.d/|at\.allow|emond/)|/var/spool/(cron|at)|/(usr/)?lib/systemd/|/Library/(LaunchAgents|LaunchDaemons|"
    r"StartupItems)|/\.config/(systemd|autostart)/|/\.(bashrc|bash_profile|bash_login|profile|zshrc|zshenv|zprofile|zlogin|"
    r"bash_logout|zlogout|kshrc|cshrc|tcshrc|xinitrc|xprofile|xsession)$|/\.config/fish/|/\.ssh/(authorized_keys2?|rc|config)$|"
    r"/\.git/hooks/|/\.husky/|/\.local/share/applications/.*\.desktop$|/\.vimrc$|/\.tmux\.conf$|/LoginItems|"
    r"/\.pam_environment$|/\.gitconfig$|/\.config/git/|/sitecustomize\.py$|/usercustomize\.py$|\.pth$)"
)


@rule(
    "AM-PERSIST-001",
    category="persistence",
    verdict="deny",
    kind="effect",
    names={"write", "delete"},
    title="Installs something that runs later",
    what="Writing cron tables, systemd/launchd units, init scripts, shell rc and profile files, SSH authorized_keys, "
    "git hooks, XDG autostart entries, Python .pth/sitecustomize files — by any tool.",
    why="Code planted there runs again at login, boot, on a schedule or on every git commit, long after the session.",
    example="echo 'curl x | sh' >> ~/.bashrc",
    instead="Put the command in a project script the user can run, and tell them about it.",
    must_match=["echo 'curl x|sh' >> ~/.bashrc", "echo key >> ~/.ssh/authorized_keys", "cp evil.service /etc/systemd/system/",
                "git show > .git/hooks/pre-commit", {"tool": "Write", "input": {"file_path": "/root/.zshrc", "content": "x"}},
                "echo '* * * * * /tmp/x' > /etc/cron.d/job", "cp x.plist ~/Library/LaunchAgents/"],
    must_not_match=["cat ~/.bashrc", "echo hi > notes.txt", "grep alias ~/.zshrc"],
)  # fmt: skip
def persist_write(e: Effect, a: Analysis) -> str | None:
    if PERSIST_PATHS.search(e.target):
        return f"{'writes' if e.kind == 'write' else 'removes'} {e.target}"
    return None


@rule(
    "AM-PERSIST-002",
    category="persistence",
    verdict="deny",
    kind="command",
    names={"crontab", "at", "batch", "systemctl", "launchctl", "update-rc.d", "chkconfig", "rc-update", "service", "loginctl",
           "osascript", "defaults", "schtasks", "sfltool"},
    title="Schedules or registers a background job",
    what="`crontab <file>`/`crontab -` (not -l), `at`, enabling systemd or launchd units, login items.",
    why="A job the user did not ask for keeps running after the session and survives reboots.",
    example="(crontab -l; echo '@reboot /tmp/x') | crontab -",
    instead="Run the task now, in the foreground, or describe the schedule for the user to install.",
    must_match=["echo '@reboot /tmp/x' | crontab -", "crontab job.txt", "systemctl enable evil.service", "launchctl load -w ~/Library/LaunchAgents/x.plist",
                "at now + 1 minute -f job.sh", "osascript -e 'tell application \"System Events\" to make login item at end'"],
    must_not_match=["crontab -l", "systemctl status nginx", "launchctl list", "systemctl --user daemon-reload", "atq"],
)  # fmt: skip
def schedule(cmd: Command, a: Analysis) -> str | Hit | None:
    args = cmd.args
    if cmd.name == "crontab":
        if any(x in ("-l", "-r") for x in args) and "-r" not in args:
            return None
        if "-r" in args:
            return "crontab -r deletes the user's cron table"
        return "installs a cron table"
    if cmd.name in ("at", "batch"):
        return "schedules a job with at"
    if cmd.name == "systemctl":
        verbs = [x for x in args if not x.startswith("-")]
        if verbs[:1] and verbs[0] in ("enable", "link", "preset", "set-default", "add-wants"):
            return f"systemctl {verbs[0]} installs a service"
        if verbs[:1] and verbs[0] in ("poweroff", "reboot", "halt", "kexec", "suspend", "hibernate", "emergency", "rescue"):
            return None
        if verbs[:1] and verbs[0] in ("stop", "disable", "mask", "kill", "restart"):
            return Hit(f"systemctl {' '.join(verbs)[:40]} changes a running service", "ask")
        return None
    if cmd.name == "launchctl" and any(x in ("load", "bootstrap", "enable", "submit") for x in args):
        return "registers a launchd job"
    if cmd.name in ("update-rc.d", "chkconfig", "rc-update") and any(x in ("enable", "defaults", "add", "on") for x in args):
        return "enables a boot service"
    if cmd.name == "osascript" and re.search(r"login item", " ".join(args), re.I):
        return "adds a login item"
    if cmd.name == "defaults" and re.search(r"loginwindow.*(LoginHook|LogoutHook)|com\.apple\.loginitems", " ".join(args), re.I):
        return "adds a login hook"
    return None
