"""security-degrade: permissions, privilege, sudoers/PAM, firewall, TLS verification, history and audit off."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode.rules.base import Hit, rule

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

SECURITY_FILES = re.compile(r"^/(private/)?etc/(sudoers|pam\.d|pam\.conf|security/|ssh/sshd_config|ssh/ssh_config|passwd|group|shadow|gshadow|"
                            r"login\.defs|hosts\.(allow|deny)|selinux|apparmor|audit/|rsyslog|syslog|logrotate|ld\.so\.preload|"
                            r"ld\.so\.conf|sysctl|modprobe\.d|modules|ca-certificates|ssl/|pki/|nsswitch|resolv\.conf|hosts$)")  # fmt: skip


@rule(
    "AM-SEC-001",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"write", "delete"},
    title="Changes a security configuration file",
    what="Writing sudoers, PAM, sshd_config, passwd/group, audit and syslog config, ld.so.preload, trusted CA stores, "
    "hosts/resolver files.",
    why="These decide who can log in, what runs as root and what is trusted; a change can open the machine up.",
    example="echo 'ALL ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    instead="Describe the configuration change and let the user apply it.",
    must_match=["echo 'x ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers", "sed -i 's/^#PermitRootLogin.*/PermitRootLogin yes/' /etc/ssh/sshd_config",
                "echo /tmp/x.so > /etc/ld.so.preload", "cp ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates"],
    must_not_match=["cat /etc/ssh/sshd_config", "grep root /etc/passwd"],
)  # fmt: skip
def security_file(e: Effect, a: Analysis) -> str | None:
    if SECURITY_FILES.search(e.target) or e.target.startswith("/usr/local/share/ca-certificates"):
        return f"modifies {e.target}"
    return None


@rule(
    "AM-SEC-002",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"chmod"},
    title="Loosens permissions outside the project",
    what="chmod/chown of system paths, the home directory or secrets; world-writable modes (777, o+w, a+w) outside the "
    "project; setuid/setgid bits anywhere.",
    why="World-writable or setuid files let any local process escalate or tamper.",
    example="chmod -R 777 /var/www",
    instead="Give the narrowest permission the task needs on the project's own files (`chmod u+x script.sh`).",
    must_match=["chmod -R 777 /var/www", "chmod 4755 /tmp/sh", "chmod u+s ./bin/tool", "chown -R nobody /etc", "chmod 600 ~/.ssh/id_rsa"],
    must_not_match=["chmod +x script.sh", "chmod 644 README.md", "chmod -R u+w build", "chmod 755 ./scripts/run.sh"],
)  # fmt: skip
def chmod_outside(e: Effect, a: Analysis) -> str | Hit | None:
    mode = e.detail.split(" ", 1)[1] if " " in e.detail else ""
    setuid = bool(re.search(r"(^|[ugoa,])[+=][rwxXt]*s|^[0-7]?[4-7][0-7]{3}$", mode)) and e.origin in ("chmod", "os.chmod")
    world = bool(re.search(r"^[0-7]?[0-7]{2}[2367]$|[oa]\+[rx]*w|^\+?w$|777|666", mode))
    if setuid:
        return f"sets the setuid/setgid bit on {e.target}"
    if e.pclass in ("system", "critical", "device"):
        return f"{e.detail} on {e.target} (a system location)"
    if e.pclass in ("secret", "home", "outside", "protected"):
        if world:
            return f"makes {e.target} writable by everyone"
        return Hit(f"{e.detail} on {e.target} (outside the project)", "ask")
    if e.pclass == "dynamic":
        return Hit(f"{e.detail} on a path only known at run time", "ask")
    if world and e.recursive:
        return Hit(f"makes {e.target} world-writable", "ask")
    return None


DEGRADE = [
    (re.compile(r"^(ufw\s+(disable|reset|default\s+allow)|iptables\s+(-F|--flush|-P\s+\w+\s+ACCEPT|-X)|ip6tables\s+(-F|-P\s+\w+\s+ACCEPT)|nft\s+flush|"
                r"setenforce\s+0|spctl\s+--master-disable|csrutil\s+disable|systemctl\s+(stop|disable|mask)\s+(\S*\s+)*(firewalld|ufw|apparmor|auditd|"
                r"rsyslog|syslog|systemd-journald|clamav\S*|falcon\S*|osqueryd|selinux|fail2ban|crowdstrike\S*|wazuh\S*|sshguard)|"
                r"service\s+(firewalld|ufw|apparmor|auditd|rsyslog|fail2ban)\s+stop|auditctl\s+(-D|-e\s*0)|"
                r"defaults\s+write\s+\S*(firewall|alf)\S*|launchctl\s+(unload|remove|bootout)\s+.*(syslog|alf|firewall)|"
                r"pfctl\s+-d|sysctl\s+(-w\s+)?kernel\.(randomize_va_space|yama\.ptrace_scope|kptr_restrict)=0|"
                r"journalctl\s+--(vacuum|rotate)|aa-disable|aa-complain|setsebool|kextunload|tmutil\s+disable|"
                r"socketfilterfw\s+--setglobalstate\s+off|sysctl\s+.*net\.ipv4\.ip_forward=1)"), "turns off a security control"),  # fmt: skip
    (re.compile(r"^(npm\s+config\s+set\s+strict-ssl\s+false|yarn\s+config\s+set\s+strict-ssl\s+false|pip3?\s+config\s+set\s+\S*trusted-host|"
                r"git\s+config\s+.*http\.sslverify\s+false|conda\s+config\s+--set\s+ssl_verify\s+(false|no)|"
                r"(export\s+)?(NODE_TLS_REJECT_UNAUTHORIZED=0|PYTHONHTTPSVERIFY=0|GIT_SSL_NO_VERIFY=(1|true)|CURL_CA_BUNDLE=$|REQUESTS_CA_BUNDLE=$))", re.I), "turns off TLS verification"),  # fmt: skip
    (re.compile(r"^(unset\s+HISTFILE|(export\s+)?HISTFILE=/dev/null|(export\s+)?HISTSIZE=0|(export\s+)?HISTFILESIZE=0|set\s+\+o\s+history|"
                r"history\s+-c|history\s+-w\s+/dev/null|shopt\s+-u\s+histappend|(export\s+)?HISTCONTROL=ignorespace|setopt\s+HIST_IGNORE_SPACE|"
                r"unsetopt\s+.*hist)"), "turns off or clears shell history"),  # fmt: skip
]


@rule(
    "AM-SEC-003",
    category="security-degrade",
    verdict="deny",
    kind="action",
    title="Turns off a security control",
    what="Disabling firewalls, SELinux/AppArmor, audit and logging daemons, macOS Gatekeeper/SIP; turning off TLS "
    "verification in package managers and git; clearing or disabling shell history.",
    why="Removes the protections and records that would catch or explain a compromise.",
    example="sudo ufw disable",
    instead="Leave security controls alone; if one blocks the task, tell the user which and why.",
    must_match=["sudo ufw disable", "iptables -F", "setenforce 0", "unset HISTFILE", "history -c", "export HISTFILE=/dev/null",
                "npm config set strict-ssl false", "systemctl stop auditd", "export NODE_TLS_REJECT_UNAUTHORIZED=0", "auditctl -D"],
    must_not_match=["ufw status", "iptables -L", "history | tail", "npm config get registry", "systemctl status nginx"],
)  # fmt: skip
def degrade(a: Analysis) -> str | None:
    texts = []
    for c in a.commands:
        texts.append(" ".join([c.name, *c.args]))
        for k, v in c.assigns:
            texts.append(f"{k}={v.value}")
    for line in a.command_text.splitlines():
        texts.append(line.strip())
    for t in texts:
        for pat, why in DEGRADE:
            if pat.search(t):
                return f"`{t[:70]}` {why}"
    return None


@rule(
    "AM-SEC-004",
    category="security-degrade",
    verdict="deny",
    kind="command",
    names={"useradd", "adduser", "usermod", "userdel", "groupadd", "gpasswd", "passwd", "chpasswd", "dscl", "sysadminctl",
           "dseditgroup", "visudo", "chsh", "pwconv", "vipw", "newusers", "insmod", "modprobe", "rmmod", "kextload", "kmutil"},
    title="Changes accounts, passwords or the kernel",
    what="Creating or modifying users and groups, setting passwords, adding to sudo/admin groups, editing sudoers, "
    "loading kernel modules.",
    why="New accounts and kernel modules are the usual way to keep access to a machine.",
    example="useradd -m -G sudo backup",
    instead="Ask the user to manage accounts; use containers for throwaway users.",
    must_match=["useradd -m -G sudo backup", "usermod -aG sudo x", "echo 'u:p' | chpasswd", "insmod rootkit.ko",
                "dscl . -create /Users/x", "sysadminctl -addUser x -admin"],
    must_not_match=["id", "groups", "modprobe -n -v x", "passwd --status root"],
)  # fmt: skip
def accounts(cmd: Command, a: Analysis) -> str | Hit | None:
    args = cmd.args
    if cmd.name == "modprobe" and any(x in ("-n", "--dry-run", "-c", "--showconfig", "-l") for x in args):
        return None
    if cmd.name == "passwd" and any(x in ("-S", "--status") for x in args):
        return None
    if cmd.name in ("dscl", "dseditgroup") and not any(x.startswith("-") and x[1:] in ("create", "append", "passwd", "delete", "merge", "change") or x in ("edit", "-o") for x in args):
        return Hit(f"`{cmd.name}` queries the directory service", "ask")
    return f"`{cmd.name} {' '.join(args)[:50]}` changes accounts or the kernel"


@rule(
    "AM-SEC-005",
    category="security-degrade",
    verdict="ask",
    kind="command",
    names=None,
    title="Runs with root privilege the user did not grant",
    what="`sudo`, `doas`, `su`, `pkexec` around a command that is otherwise allowed.",
    why="Root turns a mistake into a system-wide one; the user should know when the agent escalates.",
    example="sudo ls /root",
    instead="Run without sudo, or ask the user to run the privileged step.",
    must_match=["sudo ls /root", "sudo apt-get update", "doas cat /etc/hosts"],
    must_not_match=["ls /root", "sudo -l"],
)  # fmt: skip
def privileged(cmd: Command, a: Analysis) -> str | None:
    if cmd.privileged and not cmd.remote:
        wrapper = next((v for v in cmd.via if v in ("sudo", "doas", "su", "pkexec", "run0", "runuser", "nsenter", "chroot")), "sudo")
        return f"runs `{cmd.name}` as root through {wrapper}"
    return None
