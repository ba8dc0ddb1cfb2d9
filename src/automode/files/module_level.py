"""A Python module's own top-level code: what runs the moment anything imports it (red team s19, issue 13; session
18's open "test-imported source modules").

`src/app/util.py` gaining `subprocess.run(["git", "push", "--force", "origin", "main"])` at module level runs it on
the next `pytest` (the tests import the module), on any request: that code is judged as run now
(`files._code(keep_all=True)`), like a `conftest.py`'s. Function and class bodies run only when called (read as code,
as before), and the `if __name__ == "__main__":` block only when the file is run as a program.
"""

from __future__ import annotations

import ast

#: A statement at module level that can run something: a call somewhere inside it (`x = f()`, `f()`, `with f():`).
_BODIES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)


def _is_main_guard(node: ast.stmt) -> bool:
    t = node.test if isinstance(node, ast.If) else None
    return (isinstance(t, ast.Compare) and isinstance(t.left, ast.Name) and t.left.id == "__name__"
            and any(isinstance(c, ast.Constant) and c.value == "__main__" for c in t.comparators))  # fmt: skip


def top_level(text: str) -> str:
    """The source of the module-level statements that hold a call (`""` when there is none, or the text does not
    parse: a fragment of a file, another language)."""
    if "(" not in text or len(text) > 200_000:
        return ""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return ""
    lines = text.splitlines()
    out: list[str] = []
    for node in tree.body:
        if isinstance(node, _BODIES) or _is_main_guard(node):
            continue
        if not any(isinstance(n, ast.Call) for n in ast.walk(node)):
            continue
        end = getattr(node, "end_lineno", node.lineno) or node.lineno
        out.extend(lines[node.lineno - 1 : end])
    return "\n".join(out)


#: Fixtures (tests/engine/test_s19_rt19_second.py): source -> the module-level lines that hold a call.
FIXTURES = [
    ("import os\nos.system('git push -f origin main')\n", "os.system('git push -f origin main')"),
    ("import subprocess\n\ndef ship():\n    subprocess.run(['git', 'push'])\n", ""),
    ("import subprocess\nif __name__ == '__main__':\n    subprocess.run(['git', 'push'])\n", ""),
    ("LOG = logging.getLogger(__name__)\nX = 1\n", "LOG = logging.getLogger(__name__)"),
    ("    return x\n", ""),
]
