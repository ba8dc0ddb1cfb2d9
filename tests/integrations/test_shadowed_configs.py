"""The adapter reads the project's configuration files that a new tool config file would shadow (session 23, newcfg):
`adapters.base.with_before` sets `Action.shadowed` for a Write of a file named like a tool's configuration that does
not exist yet, and the engine compares the new file with them (`files.new_config`)."""

from __future__ import annotations

from pathlib import Path

from automode.adapters.base import with_before
from automode.engine import Engine
from automode.model import Action, Context


def _ctx(root: Path, words: str) -> Context:
    return Context(cwd=str(root), project_root=str(root), home="/home/user", user_messages=(words,))


def test_a_new_mypy_ini_is_compared_with_the_pyproject_it_shadows(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = \"app\"\n\n[tool.mypy]\nstrict = true\n")
    (tmp_path / "README.md").write_text("# App\n")
    act = with_before(Action("Write", {"file_path": "mypy.ini", "content": "[mypy]\npython_version = 3.12\n"}, str(tmp_path)))
    assert [p.rsplit("/", 1)[-1] for p, _ in act.shadowed] == ["pyproject.toml"]
    d = Engine().decide(act, _ctx(tmp_path, "fix the typo in the README heading"))
    assert d.verdict == "deny" and "AM-WRITE-003" in d.rules
    same = with_before(Action("Write", {"file_path": "mypy.ini", "content": "[mypy]\nstrict = True\n"}, str(tmp_path)))
    assert Engine().decide(same, _ctx(tmp_path, "move the mypy settings into mypy.ini")).verdict == "allow"


def test_a_subdirectory_file_reads_the_parents_and_nothing_else_is_read(tmp_path: Path) -> None:
    (tmp_path / "ruff.toml").write_text("[lint]\nselect = [\"E\", \"F\", \"S\"]\n")
    (tmp_path / "svc").mkdir()
    act = with_before(Action("Write", {"file_path": "svc/ruff.toml", "content": "[lint]\nselect = [\"E\"]\n"}, str(tmp_path)))
    assert [p.rsplit("/", 1)[-1] for p, _ in act.shadowed] == ["ruff.toml"]
    assert Engine().decide(act, _ctx(tmp_path, "bump the version to 1.4.2")).verdict != "allow"
    other = with_before(Action("Write", {"file_path": "svc/app.py", "content": "x = 1\n"}, str(tmp_path)))
    assert other.shadowed == () and other.before is None
    existing = with_before(Action("Write", {"file_path": "ruff.toml", "content": "[lint]\nselect = [\"E\"]\n"}, str(tmp_path)))
    assert existing.shadowed == () and existing.before is not None  # an existing file: its own old text is compared


def test_the_json_api_takes_the_shadowed_files() -> None:
    from automode.api import action_from_json

    got = action_from_json({"tool": "Write", "input": {"file_path": "/p/mypy.ini", "content": "[mypy]\n"},
                            "shadowed": {"/p/pyproject.toml": "[tool.mypy]\nstrict = true\n"}})
    assert got.shadowed == (("/p/pyproject.toml", "[tool.mypy]\nstrict = true\n"),)
    pairs = action_from_json({"tool": "Write", "input": {}, "shadowed": [["/p/setup.cfg", "[mypy]\n"], ["bad"], 3]})
    assert pairs.shadowed == (("/p/setup.cfg", "[mypy]\n"),)
    assert action_from_json({"tool": "Write", "input": {}, "shadowed": "x"}).shadowed == ()
