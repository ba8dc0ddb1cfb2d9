"""Turn a file-system plan and a network mode into a bubblewrap command line."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Literal

from automode.dc import dataclass
from automode.sandbox.plan import PRIVATE_TMP, FsPlan

NetMode = Literal["none", "trusted", "all"]
PROXY_PORT = 3128  # inside the sandbox's own network namespace, so it cannot clash with the host
PROXY_DIR_INSIDE = "/tmp/.automode-egress"  # on the sandbox's private /tmp
PROXY_SOCKET_NAME = "egress.sock"
FORWARDER = str(Path(__file__).with_name("forwarder.py"))


@dataclass
class BwrapCommand:
    argv: list[str]
    fds: list[
        int
    ]  # empty-file sources for hidden files; must reach bwrap (pass_fds / inheritable), then close

    def close_fds(self) -> None:
        for fd in self.fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self.fds = []


def bwrap_argv(
    bwrap: str,
    plan: FsPlan,
    net: NetMode,
    command: list[str],
    cwd: str,
    proxy_dir: str | None = None,
    new_session: bool = False,
) -> BwrapCommand:
    fds: list[int] = []
    # As root bwrap keeps every capability unless told (CAP_SYS_ADMIN could undo the mounts).
    argv = [bwrap, "--unshare-all", "--die-with-parent", "--cap-drop", "ALL"]
    if net == "all":
        argv.append("--share-net")
    if new_session:
        argv.append("--new-session")
    argv += ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
    for t in PRIVATE_TMP:
        if os.path.isdir(t):
            argv += ["--tmpfs", t]
    for m in plan.mounts:
        if m.kind == "rw":
            argv += ["--bind", m.path, m.path]
        elif m.kind == "ro":
            argv += ["--ro-bind", m.path, m.path]
        elif m.is_dir:
            argv += ["--perms", "0500", "--size", "4096", "--tmpfs", m.path, "--remount-ro", m.path]
        else:
            # An empty regular file read from /dev/null (binding /dev/null itself reads as EACCES here, which
            # breaks tools that merely look for the file, e.g. npm and ~/.npmrc).
            fds.append(os.open(os.devnull, os.O_RDONLY | os.O_CLOEXEC))
            argv += ["--perms", "0400", "--ro-bind-data", str(fds[-1]), m.path]
    if net == "trusted":
        if proxy_dir is None:
            raise ValueError("--net trusted needs the proxy's socket directory")
        argv += ["--ro-bind", proxy_dir, PROXY_DIR_INSIDE]
        sock = f"{PROXY_DIR_INSIDE}/{PROXY_SOCKET_NAME}"
        command = [sys.executable, "-I", "-S", FORWARDER, str(PROXY_PORT), sock, "--", *command]
    argv += ["--chdir", cwd if _visible(cwd, plan) else plan.project, "--", *command]
    return BwrapCommand(argv, fds)


def _visible(cwd: str, plan: FsPlan) -> bool:
    """Whether cwd exists inside the sandbox: not under the private tmp dirs unless bound back in."""
    real = os.path.realpath(cwd)
    if not any(real == t or real.startswith(t + "/") for t in PRIVATE_TMP):
        return True
    return any(m.kind != "hide" and (real == m.path or real.startswith(m.path + "/")) for m in plan.mounts)


# Secrets that ride in the environment and that an agent does not need to do its work; dropped inside the sandbox.
DROP_ENV = (
    "SSH_AUTH_SOCK", "SSH_AGENT_PID", "GPG_AGENT_INFO", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AZURE_CLIENT_SECRET", "GOOGLE_APPLICATION_CREDENTIALS",
    "DOCKER_HOST", "KUBECONFIG", "VAULT_TOKEN", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR",
)  # fmt: skip
PROXY_ENV_NAMES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def sandbox_env(base: dict[str, str], net: NetMode, session: str) -> dict[str, str]:
    env = {k: v for k, v in base.items() if k not in DROP_ENV}
    env.update(AUTOMODE_SESSION=session, AUTOMODE_SANDBOX="bwrap", AUTOMODE_NET=net, TMPDIR="/tmp")
    for k in (*PROXY_ENV_NAMES, "NO_PROXY", "no_proxy"):
        env.pop(k, None)
    if net == "trusted":
        url = f"http://127.0.0.1:{PROXY_PORT}"
        env.update(dict.fromkeys(PROXY_ENV_NAMES, url))
        env.update(
            NO_PROXY="localhost,127.0.0.1,::1", no_proxy="localhost,127.0.0.1,::1", NODE_USE_ENV_PROXY="1"
        )
    return env
