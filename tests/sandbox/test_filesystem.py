"""Real processes in the sandbox: secrets hidden, writes confined to the project, protected files read-only."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from .conftest import FAKE_KEY, RunFn

pytestmark = pytest.mark.usefixtures("bwrap_ready")


def test_ssh_key_and_other_secrets_are_hidden(automode_run: RunFn, home: Path) -> None:
    r = automode_run(
        "--sandbox", "--", "sh", "-c",
        'cat "$HOME/.ssh/id_ed25519"; echo "key=$?"; cat "$HOME/.aws/credentials"; echo "aws=$?";'
        ' cat "$HOME/.netrc"; echo "netrc=$?"; cat "$HOME/notes.txt"',
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "FAKE-KEY-MATERIAL" not in r.stdout and "FAKE-AWS" not in r.stdout and "FAKE-NETRC" not in r.stdout
    assert "key=1" in r.stdout and "aws=1" in r.stdout
    assert "netrc=0" in r.stdout  # a hidden file reads as empty (/dev/null over it)
    assert "ordinary file" in r.stdout  # the rest of HOME stays readable
    assert (home / ".ssh" / "id_ed25519").read_text() == FAKE_KEY  # untouched outside


def test_writes_land_only_in_the_project(
    automode_run: RunFn, home: Path, project: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    system_target = Path("/etc") / f"automode-sandbox-test-{uuid.uuid4().hex}"
    r = automode_run(
        "--sandbox", "--", "sh", "-c",
        f'echo x > "$HOME/outside.txt"; echo "home=$?"; echo x > {elsewhere}/f; echo "tmp=$?";'
        f' echo x > {system_target}; echo "etc=$?"; echo x > "{project}/inside.txt"; echo "proj=$?";'
        " mkdir -p build && echo y > build/out.o; echo \"build=$?\"",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    for name in ("home", "tmp", "etc"):
        assert f"{name}=0" not in r.stdout
    assert "proj=0" in r.stdout and "build=0" in r.stdout
    assert not (home / "outside.txt").exists()
    assert not (elsewhere / "f").exists()
    assert not system_target.exists()
    assert (project / "inside.txt").read_text() == "x\n"
    assert (project / "build" / "out.o").exists()


def test_git_hooks_stay_read_only(automode_run: RunFn, project: Path) -> None:
    r = automode_run(
        "--sandbox", "--", "sh", "-c",
        'echo evil > .git/hooks/pre-commit; echo "hook=$?"; mkdir -p .git/objects && echo ok > .git/objects/x;'
        ' echo "obj=$?"',
    )  # fmt: skip
    assert "hook=0" not in r.stdout and "obj=0" in r.stdout
    assert not (project / ".git" / "hooks" / "pre-commit").exists()


def test_private_tmp_is_writable_and_discarded(automode_run: RunFn) -> None:
    name = f"automode-sbx-{uuid.uuid4().hex}"
    r = automode_run("--sandbox", "--", "sh", "-c", f"echo t > /tmp/{name} && cat /tmp/{name}")
    assert r.returncode == 0 and r.stdout == "t\n"
    assert not (Path("/tmp") / name).exists()


def test_the_answer_key_is_out_of_reach(automode_run: RunFn, home: Path) -> None:
    """Issue 13, finding 6: automode's data dir is writable inside (hooks record there), but the key that signs
    answers to pending asks is hidden, and the agent cannot create one in its place."""
    keys = home / ".local" / "share" / "automode" / "keys"
    keys.mkdir(parents=True, mode=0o700)
    key_file = keys / "answer.key"
    key_file.write_bytes(b"K" * 32)
    key_file.chmod(0o600)
    r = automode_run(
        "--sandbox", "--", "sh", "-c",
        f'cat "{key_file}"; echo "read=$?"; echo x > "{keys}/answer.key"; echo "write=$?";'
        f' echo y > "$HOME/.local/share/automode/other"; echo "data=$?"',
    )  # fmt: skip
    assert "KKKK" not in r.stdout and "read=0" not in r.stdout and "write=0" not in r.stdout, r.stdout + r.stderr
    assert "data=0" in r.stdout
    assert key_file.read_bytes() == b"K" * 32
