"""Fixtures for sandbox tests: a fake HOME with a fake SSH key, a project, and `automode run` as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from automode.sandbox.probe import check_bwrap

FAKE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nFAKE-KEY-MATERIAL-for-automode-tests\n"

RunFn = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def bwrap_ready() -> None:
    bw = check_bwrap()
    if not bw.ok:
        # On CI .ci/deps.d/30-bubblewrap.sh installs bwrap: a missing sandbox there is a failure, not a skip.
        if os.environ.get("CI"):
            pytest.fail(f"sandbox unavailable on CI: {bw.error}")
        pytest.skip(f"sandbox unavailable: {bw.error}")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    # The suite points XDG dirs at a scratch place; here the fake home is where the config lives.
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    (h / ".ssh").mkdir(parents=True)
    (h / ".ssh" / "id_ed25519").write_text(FAKE_KEY)
    (h / ".aws").mkdir()
    (h / ".aws" / "credentials").write_text("[default]\naws_secret_access_key = FAKE-AWS\n")
    (h / ".netrc").write_text("machine example.com password FAKE-NETRC\n")
    (h / "notes.txt").write_text("ordinary file\n")
    return h


@pytest.fixture
def project(tmp_path: Path) -> Path:
    p = tmp_path / "proj"
    (p / ".git" / "hooks").mkdir(parents=True)
    (p / "src").mkdir()
    (p / "src" / "main.py").write_text("print('hi')\n")
    return p


def write_user_config(home: Path, text: str) -> None:
    cfg = home / ".config" / "automode"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "config.toml").write_text(text)


@pytest.fixture
def automode_run(home: Path, project: Path) -> RunFn:
    """`automode run ARGS` as a real process with HOME=fake home and cwd=project."""

    def run(
        *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        e = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "AUTOMODE_"))}
        e["HOME"] = str(home)
        e.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "automode", "run", *args],
            cwd=project,
            env=e,
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    return run
