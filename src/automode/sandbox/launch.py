"""Start an agent with automode's hooks active, and with `sandbox=True` inside bubblewrap.

Never runs the agent unsandboxed when a sandbox was asked for: if bwrap is missing or cannot build namespaces,
this prints one line saying why and returns SANDBOX_UNAVAILABLE.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from types import FrameType

from automode.dc import dataclass
from automode.sandbox.bwrap import PROXY_SOCKET_NAME, BwrapCommand, NetMode, bwrap_argv, sandbox_env
from automode.sandbox.egress_log import EgressLog, data_dir
from automode.sandbox.plan import FsPlan, PlanError, agent_name, build_plan
from automode.sandbox.probe import check_bwrap
from automode.sandbox.proxy import EgressProxy
from automode.sandbox.settings import SandboxSettings, load_settings
from automode.sandbox.trust import HostPolicy

SANDBOX_UNAVAILABLE = 125  # like `env`/`timeout`/`docker run`: the launcher failed, the command never ran
USAGE_ERROR = 2


@dataclass(frozen=True)
class RunRequest:
    command: list[str]
    sandbox: bool
    net: NetMode
    project: str
    cwd: str
    home: str


def find_project(cwd: str) -> str:
    """The enclosing git work tree, else cwd."""
    d = os.path.realpath(cwd)
    while True:
        if os.path.exists(os.path.join(d, ".git")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return os.path.realpath(cwd)
        d = parent


def _err(msg: str) -> None:
    print(f"automode run: {msg}", file=sys.stderr)


def hooks_env(base: dict[str, str], session: str) -> dict[str, str]:
    """Make `automode` (the hooks' command) findable and tag the session, sandboxed or not."""
    env = dict(base)
    env["AUTOMODE_SESSION"] = session
    bindir = os.path.dirname(sys.executable)
    if shutil.which("automode", path=bindir) and bindir not in env.get("PATH", "").split(os.pathsep):
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    return env


@dataclass
class Prepared:
    """Everything decided before the agent starts; `cmd.argv` runs it."""

    cmd: BwrapCommand
    env: dict[str, str]
    plan: FsPlan
    settings: SandboxSettings
    proxy: EgressProxy | None
    proxy_dir: str | None

    def close(self) -> None:
        self.cmd.close_fds()
        if self.proxy is not None:
            self.proxy.close()
        if self.proxy_dir is not None:
            shutil.rmtree(self.proxy_dir, ignore_errors=True)


def prepare(req: RunRequest, bwrap: str, session: str, new_session: bool | None = None) -> Prepared:
    """Build the plan and command line, and start the egress proxy for `--net trusted`. Raises ValueError."""
    settings = load_settings(req.home, req.project)
    plan = build_plan(req.project, req.home, settings, req.command, env=dict(os.environ))
    proxy: EgressProxy | None = None
    proxy_dir: str | None = None
    if req.net == "trusted":
        policy = HostPolicy.from_settings(settings, agent_name(req.command))
        proxy_dir = tempfile.mkdtemp(prefix="automode-egress-")
        log = EgressLog(data_dir(req.home) / "egress.jsonl", session)
        proxy = EgressProxy(os.path.join(proxy_dir, PROXY_SOCKET_NAME), policy, log).start()
    if new_session is None:
        # setsid stops TIOCSTI keystroke injection into the outer terminal, but an interactive agent needs its
        # terminal as controlling tty (resize, job control): keep it for a tty, drop it otherwise.
        new_session = not os.isatty(0)
    cmd = bwrap_argv(bwrap, plan, req.net, req.command, req.cwd, proxy_dir, new_session)
    env = sandbox_env(hooks_env(dict(os.environ), session), req.net, session)
    return Prepared(cmd, env, plan, settings, proxy, proxy_dir)


def run(req: RunRequest) -> int:
    session = os.environ.get("AUTOMODE_SESSION") or uuid.uuid4().hex
    if not req.command:
        _err("no command given (usage: automode run [--sandbox] [--net none|trusted|all] -- COMMAND...)")
        return USAGE_ERROR
    if not req.sandbox:
        if req.net != "all":
            _err("--net needs --sandbox (without it the agent has the machine's full network)")
            return USAGE_ERROR
        return _exec(req.command, hooks_env(dict(os.environ), session))
    bw = check_bwrap()
    if not bw.ok or bw.path is None:
        _err(f"cannot sandbox: {bw.error}; refusing to run the agent unsandboxed")
        return SANDBOX_UNAVAILABLE
    try:
        prepared = prepare(req, bw.path, session)
    except (ValueError, PlanError, OSError) as e:
        _err(f"cannot sandbox: {e}")
        return SANDBOX_UNAVAILABLE
    for w in prepared.settings.warnings:
        _err(f"warning: {w}")
    if prepared.proxy is None:
        for fd in prepared.cmd.fds:
            os.set_inheritable(fd, True)
        return _exec(
            prepared.cmd.argv, prepared.env
        )  # nothing to keep running here: hand the process to bwrap
    try:
        return _supervise(prepared.cmd, prepared.env)
    finally:
        prepared.close()


def _exec(argv: list[str], env: dict[str, str]) -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execvpe(argv[0], argv, env)
    except OSError as e:
        _err(f"cannot run {argv[0]}: {e.strerror}")
        return 127 if isinstance(e, FileNotFoundError) else 126
    return 0  # not reached


def _supervise(cmd: BwrapCommand, env: dict[str, str]) -> int:
    """Run bwrap as a child (this process serves the egress proxy) and pass its exit status through."""
    proc = subprocess.Popen(cmd.argv, env=env, pass_fds=cmd.fds)
    cmd.close_fds()
    # The terminal sends ^C/^\ to the whole foreground group, the agent included; here they must not kill the
    # proxy. Ignored only after the start: an ignored signal would be inherited by the agent.
    old = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGQUIT)}

    def forward(signum: int, _frame: FrameType | None) -> None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signum)

    prev = {s: signal.signal(s, forward) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        rc = proc.wait()
    finally:
        for s, h in {**old, **prev}.items():
            signal.signal(s, h)
    return 128 - rc if rc < 0 else rc
