"""The core imports in no circle (issue 12): model, engine, analysis, effects, shell, rules, paths, judge, knowledge,
files. Every import counts (module level, TYPE_CHECKING blocks and the lazy imports inside functions), and importing
`a.b.c` also runs the packages `a.b` and `a`, so a package's `__init__` is an edge too."""

from __future__ import annotations

import ast
from pathlib import Path

import automode

CORE = ("model", "engine", "analysis", "effects", "shell", "rules", "paths", "judge", "knowledge", "files")
SRC = Path(automode.__file__).parent


def _core_modules() -> dict[str, Path]:
    mods: dict[str, Path] = {}
    for p in SRC.rglob("*.py"):
        parts = list(p.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if len(parts) >= 2 and parts[1] in CORE:
            mods[".".join(parts)] = p
    return mods


def _imports(name: str, path: Path, mods: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    edges: set[str] = set()
    for m in found:
        parts = m.split(".")
        edges |= {".".join(parts[:i]) for i in range(2, len(parts) + 1)}  # the packages run on the way
    # A module's own parent packages are already running when it is imported: not an edge back.
    own = {".".join(name.split(".")[:i]) for i in range(1, len(name.split(".")) + 1)}
    return {m for m in edges if m in mods and m not in own}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_core_import_graph_has_no_cycles() -> None:
    mods = _core_modules()
    graph = {m: _imports(m, p, mods) for m, p in mods.items()}
    assert "automode.judge" in graph and "automode.engine" in graph
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_judge_has_one_entry_point_and_finding_lives_in_the_model() -> None:
    import automode.engine
    import automode.judge
    import automode.model

    assert callable(automode.judge.review)
    assert automode.engine.Finding is automode.model.Finding
