"""The resident server notices new code itself (the client's fingerprint names only protocol, interpreter and
package location, so it costs nothing per call): once the package on disk changes, the server steps down and the
next hook call starts a current one."""

from __future__ import annotations

from pathlib import Path

import pytest

from automode.adapters import hook_client, resident


def _server(tmp_path: Path) -> resident.Server:
    rdir = tmp_path / "run"
    rdir.mkdir(mode=0o700)
    srv = resident.Server(str(rdir))
    srv.bind()
    return srv


def test_a_server_steps_down_once_its_code_changed_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    srv = _server(tmp_path)
    try:
        srv.code_checked -= hook_client.CODE_CHECK_S
        srv.check_code()
        assert not srv.stop.is_set()  # same code: keeps serving
        monkeypatch.setattr(hook_client, "code_stamp", lambda: "0-edited")
        srv.check_code()
        assert not srv.stop.is_set()  # checked at most every CODE_CHECK_S
        srv.code_checked -= hook_client.CODE_CHECK_S
        srv.check_code()
        assert srv.stop.is_set()
        assert not Path(srv.path).exists()  # the next client cannot reach it and starts a fresh server
    finally:
        srv.unbind()


def test_the_fingerprint_changes_with_the_interpreter_and_the_package_location(monkeypatch: pytest.MonkeyPatch) -> None:
    fp = hook_client.fingerprint()
    assert hook_client.PKG_DIR in fp
    monkeypatch.setattr(hook_client, "PKG_DIR", "/elsewhere/automode")
    assert hook_client.fingerprint() != fp
