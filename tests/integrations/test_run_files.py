"""The adapters read the files a shell command may run when the session changed them (session 7 red team: a script
written in one action and run in the next), and never the ones it did not change."""

from __future__ import annotations

import os
import time
from pathlib import Path

from automode.adapters.runfiles import candidates, read_run_files


def test_files_changed_in_the_session_are_read_and_older_ones_are_not(tmp_path: Path) -> None:
    old = tmp_path / "old.sh"
    old.write_text("rm -rf ~\n")
    since = time.time() + 0.01
    time.sleep(0.05)
    new = tmp_path / "new.sh"
    new.write_text("rm -rf ~\n")
    (tmp_path / "bin").write_bytes(b"\x7fELF\x00\x00")
    os.chmod(tmp_path / "bin", 0o755)
    got = dict(read_run_files("bash old.sh; ./new.sh; ./bin", str(tmp_path), str(tmp_path), since))
    assert got == {str(new): "rm -rf ~\n"}
    assert read_run_files("bash new.sh", str(tmp_path), str(tmp_path), None) == ()  # no session: nothing read


def test_candidates_follow_cd_and_runners(tmp_path: Path) -> None:
    c = candidates("cd sub && python3 -u x.py; source ../env.sh; make -f build.mk; ls -la", "/p", "/h")
    assert "/p/sub/x.py" in c and "/p/env.sh" in c and "/p/sub/build.mk" in c
    assert not any(x.endswith("/ls") or x.endswith("-la") for x in c)
