"""Fixtures: every audit test gets its own data and config dirs, so nothing touches the real user's trail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from automode.audit.store import Store, open_store
from automode.model import Action, Context, Decision


@pytest.fixture(autouse=True)
def audit_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("AUTOMODE_AUDIT_URL", raising=False)
    monkeypatch.delenv("AUTOMODE_AUDIT", raising=False)
    monkeypatch.delenv("AUTOMODE_BENCH_DIR", raising=False)
    return tmp_path


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "data" / "automode" / "audit.db")


@pytest.fixture
def store(db_path: str) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()


def sample(
    i: int = 0,
    verdict: str = "deny",
    cmd: str | None = None,
    session: str = "s1",
    rules: tuple[str, ...] = ("AM-TEST-001",),
    tool: str = "Bash",
) -> tuple[Decision, Action, Context]:
    inp = {"command": cmd or f"echo {i}"} if tool == "Bash" else {"file_path": cmd or f"/p/f{i}"}
    return (
        Decision(
            verdict,
            f"reason {i}",
            rules if verdict != "allow" else (),
            category="destroy",
            stage="policy",  # type: ignore[arg-type]
            elapsed_us=100 + i,
        ),
        Action(tool, inp, "/p"),
        Context(cwd="/p", project_root="/p", session_id=session, user_messages=("please run the tests",)),
    )
