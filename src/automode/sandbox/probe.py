"""What isolation this machine offers: a working bubblewrap (which needs user namespaces unless run as root),
and Landlock (reported only; see docs/sandbox.md for why bwrap is the backend)."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess

from automode.dc import dataclass

BWRAP_ENV = (
    "AUTOMODE_BWRAP"  # path of the bwrap binary to use; set to "" or a missing path to simulate absence
)
_SYS_LANDLOCK_CREATE_RULESET = 444  # same number on x86_64 and arm64
_LANDLOCK_CREATE_RULESET_VERSION = 1


@dataclass(frozen=True)
class Bwrap:
    path: str | None
    error: str | None  # None when it can build the namespaces automode uses

    @property
    def ok(self) -> bool:
        return self.path is not None and self.error is None


def find_bwrap() -> str | None:
    if BWRAP_ENV in os.environ:
        p = os.environ[BWRAP_ENV]
        return p if p and os.access(p, os.X_OK) else None
    return shutil.which("bwrap")


def check_bwrap() -> Bwrap:
    """Run a trivial sandbox with the same namespaces and mounts `automode run` uses (about 5 ms)."""
    path = find_bwrap()
    if path is None:
        where = f"${BWRAP_ENV}={os.environ[BWRAP_ENV]!r}" if BWRAP_ENV in os.environ else "PATH"
        return Bwrap(
            None,
            f"bubblewrap (bwrap) not found on {where}; install it (Debian/Ubuntu: apt-get install bubblewrap)",
        )
    argv = [
        path,
        "--unshare-all",
        "--die-with-parent",
        "--cap-drop",
        "ALL",
        "--ro-bind",
        "/",
        "/",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
    ]
    try:
        r = subprocess.run([*argv, "--", "true"], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        return Bwrap(path, f"{path} could not be run: {e}")
    if r.returncode != 0:
        msg = (r.stderr.strip().splitlines() or ["exit status " + str(r.returncode)])[-1]
        hint = (
            "" if os.geteuid() == 0 else " (are unprivileged user namespaces disabled? see docs/sandbox.md)"
        )
        return Bwrap(path, f"{path} cannot create namespaces here: {msg}{hint}")
    return Bwrap(path, None)


def bwrap_version(path: str) -> str:
    try:
        r = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=5, check=False)
        return r.stdout.strip() or "unknown version"
    except OSError:
        return "unknown version"


def landlock_abi() -> int | None:
    """The kernel's Landlock ABI version, or None when Landlock is absent or disabled."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        v = int(
            libc.syscall(
                _SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), _LANDLOCK_CREATE_RULESET_VERSION
            )
        )
    except (OSError, AttributeError):
        return None
    return v if v > 0 else None


def userns_limit() -> int | None:
    try:
        with open("/proc/sys/user/max_user_namespaces") as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def tiocsti_legacy() -> bool | None:
    """Whether TIOCSTI (pushing keystrokes into a terminal) is still allowed; 0 on hardened kernels >= 6.2."""
    try:
        with open("/proc/sys/dev/tty/legacy_tiocsti") as f:
            return f.read().strip() != "0"
    except OSError:
        return None
