"""Without a usable bwrap, `automode run --sandbox` explains in one line and never runs the agent unsandboxed."""

from __future__ import annotations

from pathlib import Path

from .conftest import RunFn


def _assert_refused(r: object, marker: Path) -> None:
    rc, err = r.returncode, r.stderr  # type: ignore[attr-defined]
    assert rc == 125
    assert len(err.strip().splitlines()) == 1 and "refusing to run the agent unsandboxed" in err
    assert not marker.exists()


def test_bwrap_override_to_missing_binary(automode_run: RunFn, project: Path) -> None:
    marker = project / "ran-unsandboxed"
    r = automode_run(
        "--sandbox", "--", "/usr/bin/touch", str(marker), env={"AUTOMODE_BWRAP": "/nonexistent/bwrap"}
    )
    _assert_refused(r, marker)
    assert "bwrap" in r.stderr and "not found" in r.stderr


def test_no_bwrap_on_path(automode_run: RunFn, project: Path, tmp_path: Path) -> None:
    empty = tmp_path / "emptybin"
    empty.mkdir()
    marker = project / "ran-unsandboxed"
    r = automode_run("--sandbox", "--", "/usr/bin/touch", str(marker), env={"PATH": str(empty)})
    _assert_refused(r, marker)


def test_bwrap_that_cannot_build_namespaces(automode_run: RunFn, project: Path, tmp_path: Path) -> None:
    # A stand-in for a bwrap that fails like it does when user namespaces are disabled.
    fake = tmp_path / "bwrap"
    fake.write_text("#!/bin/sh\necho 'bwrap: No permissions to creating new namespace' >&2\nexit 1\n")
    fake.chmod(0o755)
    marker = project / "ran-unsandboxed"
    r = automode_run("--sandbox", "--", "/usr/bin/touch", str(marker), env={"AUTOMODE_BWRAP": str(fake)})
    _assert_refused(r, marker)
    assert "No permissions to creating new namespace" in r.stderr


def test_explain_says_so(automode_run: RunFn) -> None:
    r = automode_run("--sandbox", "--explain", env={"AUTOMODE_BWRAP": ""})
    assert r.returncode == 125
    assert "backend      NONE" in r.stdout and "refuses to start the agent" in r.stdout
