"""The tool configuration table (`knowledge.tool_configs`): each weak value's fixtures on both sides, read through
`files.new_config` exactly as a written file is; the precedence data well formed."""

from __future__ import annotations

import pytest

from automode.files import new_config
from automode.knowledge.tool_configs import STRICT, TOOLS, WEAK, Weak


def _ids(path: str, text: str) -> set[str]:
    return {w.id for w, _ in new_config.found(path, text)}


@pytest.mark.parametrize("w", WEAK, ids=[w.id for w in WEAK])
def test_weak_fixtures(w: Weak) -> None:
    assert w.must_match and w.must_not_match, w.id
    for base, text in w.must_match:
        assert w.id in _ids(f"/p/{base}", text), (w.id, base, text)
    for base, text in w.must_not_match:
        assert w.id not in _ids(f"/p/{base}", text), (w.id, base, text)


def test_tables_well_formed() -> None:
    tools = {t.tool for t in TOOLS}
    assert len(tools) == len(TOOLS)
    for t in TOOLS:
        assert t.files and t.source and set(t.shared) <= set(t.files), t.tool
    assert {w.tool for w in WEAK} <= tools
    assert set(STRICT) <= tools
    assert len({w.id for w in WEAK}) == len(WEAK)
    assert all(w.check in ("gates", "gates-ask", "tests") and w.shape in ("kv", "text") for w in WEAK)


@pytest.mark.parametrize(("path", "text", "tools"), [
    ("/p/pyproject.toml", "[tool.mypy]\nstrict = true\n[tool.ruff]\nline-length = 90\n", {"mypy", "ruff"}),
    ("/p/setup.cfg", "[metadata]\nname = x\n", set()),
    ("/p/setup.cfg", "[coverage:run]\nbranch = True\n[tool:pytest]\naddopts = -q\n", {"coverage", "pytest"}),
    ("/p/package.json", '{"name": "x", "jest": {"testEnvironment": "node"}}', {"jest"}),
    ("/p/package.json", '{"name": "x"}', set()),
    ("/p/web/.eslintrc.json", "{}", {"eslint"}),
    ("/p/src/app.py", "ignore_errors = True\n", set()),
])
def test_tools_of(path: str, text: str, tools: set[str]) -> None:
    assert {t.tool for t in new_config.tools_of(path, text)} == tools


def test_pairs_join_continuations_and_arrays() -> None:
    ps = new_config.pairs("[run]\nomit =\n    a/*\n    b/*\n[tool.ruff.lint]\nselect = [\n  \"E\",\n  \"F\",\n]\n")
    assert ps[0][:2] == ("run", "omit") and new_config.items(ps[0][2]) == ["a/*", "b/*"]
    assert new_config.items(ps[1][2]) == ["E", "F"]


def test_per_module_sections_are_not_global() -> None:
    assert not _ids("/p/mypy.ini", "[mypy]\nstrict = True\n\n[mypy-legacy.*]\nignore_errors = True\n")
    assert not _ids("/p/pyproject.toml", "[[tool.mypy.overrides]]\nmodule = \"a.*\"\nignore_errors = true\n")
    assert not _ids("/p/ruff.toml", "[lint.per-file-ignores]\n\"scripts/*\" = [\"ALL\"]\n")
