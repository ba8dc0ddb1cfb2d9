"""`automode run --sandbox --explain`: what the sandbox isolates on this machine, and what it does not."""

from __future__ import annotations

import os
import re
import stat

from automode import lazyre
from automode.sandbox.bwrap import DROP_ENV, PROXY_PORT, NetMode
from automode.sandbox.egress_log import data_dir
from automode.sandbox.plan import PRIVATE_TMP, FsPlan, agent_name
from automode.sandbox.probe import Bwrap, bwrap_version, landlock_abi, tiocsti_legacy, userns_limit
from automode.sandbox.settings import SandboxSettings
from automode.sandbox.trust import HostPolicy

SECRETISH_ENV = lazyre.compile(r"TOKEN|SECRET|PASSW|API_?KEY|CREDENTIAL|PRIVATE|AUTH", re.IGNORECASE)
SOCKET_DIRS = ("/run", "/var/run", "/var/lib")


def _tilde(path: str, home: str) -> str:
    return "~" + path[len(home) :] if path == home or path.startswith(home + "/") else path


def _host_sockets(plan: FsPlan) -> list[str]:
    """Unix sockets left connectable inside (a read-only mount does not stop connect(); a netns does not either)."""
    hidden = [m.path for m in plan.mounts if m.kind == "hide"]
    found: list[str] = []
    for d in SOCKET_DIRS:
        try:
            entries = list(os.scandir(d))
        except OSError:
            continue
        for e in entries:
            try:
                if stat.S_ISSOCK(e.stat(follow_symlinks=False).st_mode) and not any(
                    e.path == h or e.path.startswith(h + "/") for h in hidden
                ):
                    found.append(e.path)
            except OSError:
                continue
    return sorted(found)


def explain(
    bw: Bwrap,
    plan: FsPlan | None,
    settings: SandboxSettings,
    net: NetMode,
    command: list[str],
    env: dict[str, str],
) -> str:
    out: list[str] = ["automode run --sandbox: isolation on this machine", ""]
    if bw.ok and bw.path:
        out.append(f"backend      bubblewrap ({bwrap_version(bw.path)}, {bw.path}): works")
        out.append(
            "             namespaces: user, mount, pid, ipc, uts, cgroup" + ("" if net == "all" else ", net")
        )
    else:
        out.append(f"backend      NONE: {bw.error}")
        out.append(
            "             `automode run --sandbox` refuses to start the agent on this machine (exit 125)."
        )
    limit = userns_limit()
    out.append(f"user ns      max_user_namespaces={limit if limit is not None else 'unknown'}")
    abi = landlock_abi()
    out.append(
        f"Landlock     {'ABI ' + str(abi) + ' available, not used' if abi else 'not available'}"
        " (bwrap's mount namespace hides single paths, which Landlock's allow-lists cannot express simply)"
    )
    uid = os.geteuid()
    out.append(
        f"running as   uid {uid}{' (root)' if uid == 0 else ''}; capabilities dropped, no_new_privs set"
    )
    if settings.sources:
        out.append("config       " + ", ".join(settings.sources))
    for w in settings.warnings:
        out.append(f"warning      {w}")
    if plan is None:
        return "\n".join(out) + "\n"
    home = plan.home
    out += [
        "",
        "file system  / read-only; " + ", ".join(PRIVATE_TMP) + " private, empty and discarded at exit",
    ]
    labels = {"rw": "read-write", "ro": "read-only", "hide": "hidden"}
    for kind in ("rw", "ro", "hide"):
        for m in (m for m in plan.mounts if m.kind == kind):
            out.append(f"  {labels[kind]:<11}{_tilde(m.path, home)}  ({m.why})")
    out.append("")
    if net == "none":
        out.append("network      none: only the sandbox's own loopback; no route out, no DNS")
    elif net == "all":
        out.append("network      all: the host's network, unfiltered and unlogged")
    else:
        policy = HostPolicy.from_settings(settings, agent_name(command))
        allowed = sorted(policy.hosts) + [f"*.{d}" for d in policy.domains]
        out.append(
            f"network      trusted: HTTP(S)_PROXY=http://127.0.0.1:{PROXY_PORT} -> automode's egress proxy"
        )
        out.append(f"             allowed hosts: {', '.join(allowed) or '(none: add [trust] hosts/domains)'}")
        out.append(f"             every request logged to {data_dir(home) / 'egress.jsonl'}")
    dropped = sorted(k for k in DROP_ENV if k in env)
    out.append(
        f"environment  dropped: {', '.join(dropped) or '(none set)'}; set: AUTOMODE_SESSION, AUTOMODE_NET"
    )
    out += ["", "NOT isolated:"]
    out += [f"  - {line}" for line in _not_isolated(plan, net, env, uid)]
    return "\n".join(out) + "\n"


def _not_isolated(plan: FsPlan, net: NetMode, env: dict[str, str], uid: int) -> list[str]:
    lines = [
        "reads: every file not listed as hidden stays readable (other projects, /etc, "
        + ("all of root's files" if uid == 0 else "world-readable files")
        + "); only the secrets above are hidden",
        "the kernel is shared and no seccomp filter is installed: a kernel exploit escapes the sandbox",
        "no CPU, memory, process-count or disk quota (a fork bomb or a full disk still hurts)",
        "the project is writable: the agent can delete or rewrite it, its git history included"
        " (hooks and .git/config are read-only only if they already exist)",
        "files run outside the sandbox later that do not exist yet (.envrc, .vscode/tasks.json, git hooks) can be"
        " created in the project",
        f"automode's data dir ({_tilde(str(data_dir(plan.home)), plan.home)}) and the agent's state dirs are"
        " writable: the agent can tamper with its logs, transcripts and memory files",
    ]
    secretish = sorted(k for k in env if SECRETISH_ENV.search(k) and k not in DROP_ENV)
    if secretish:
        lines.append("environment variables pass through, including " + ", ".join(secretish))
    if net == "trusted":
        lines.append(
            "trusted hosts can receive anything the agent reads (exfiltration to an allowed host); HTTPS is"
            " checked by the CONNECT host name only, not inspected"
        )
    if net == "all":
        lines.append("network: everything, including the host's loopback services and abstract Unix sockets")
    socks = _host_sockets(plan)
    if socks:
        lines.append(
            "host Unix sockets still connectable: "
            + ", ".join(socks[:8])
            + (" ..." if len(socks) > 8 else "")
        )
    if os.isatty(0) and tiocsti_legacy():
        lines.append(
            "terminal: the agent shares your tty (needed for an interactive UI) and this kernel allows TIOCSTI,"
            " so it could push keystrokes to your shell after it exits (sysctl dev.tty.legacy_tiocsti=0 stops it)"
        )
    return lines
