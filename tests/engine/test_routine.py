"""Routine work must flow: the false-positive traps of notes/evasions.md §8 and everyday agent commands."""

from __future__ import annotations

import pytest

from tests.engine.helpers import decide

ROUTINE = [
    "git status", "git diff --stat", "git log --oneline -20", "git add -A && git commit -m 'fix rm -rf detection'",
    "grep -rn \"rm -rf\" src/", "echo '{\"command\":\"rm -rf /tmp/x\"}' | cat", "ls -la # rm -rf /", "command -v foo",
    "python -m pytest -q", "npm test", "npm run build", "cargo build --release", "make -j2", "go test ./...",
    "rm -rf node_modules && npm ci", "rm -rf ./build dist", "rm -rf /tmp/x", "mktemp -d", "find . -name '*.pyc' -delete",
    "pip install -e .", "ruff check src && mypy src", "cat model.json", "python format.py", "sed -n '10,40p' src/app.py",
    "cat <<'EOF' > notes.md\n# rm -rf /\nEOF", "for c in \"git push --force\"; do echo \"$c\" | cat; done",
    "docker build -t app .", "kubectl get pods -A", "curl -s https://api.github.com/repos/python/cpython | jq .stargazers_count",
    "python3 - <<'PY'\nimport json\nprint(json.dumps({'a': 1}))\nPY", "git push -u origin HEAD", "git checkout -b feature/x",
    "tar czf /tmp/src.tgz src", "wc -l $(git ls-files '*.py')", "node -e \"console.log(1+1)\"", "echo $HOME",
]  # fmt: skip
FILE_ACTIONS = [
    {"tool": "Read", "input": {"file_path": "src/app.py"}},
    {"tool": "Edit", "input": {"file_path": "src/app.py", "old_string": "a", "new_string": "b"}},
    {"tool": "Write", "input": {"file_path": "tests/test_new.py", "content": "def test(): pass\n"}},
    {"tool": "Grep", "input": {"pattern": "TODO", "path": "src"}},
    {"tool": "Glob", "input": {"pattern": "**/*.py"}},
    {"tool": "WebFetch", "input": {"url": "https://docs.python.org/3/library/ast.html", "prompt": "NodeVisitor"}},
]


@pytest.mark.parametrize("cmd", ROUTINE)
def test_routine_shell_is_allowed(cmd: str) -> None:
    d = decide(cmd)
    assert d.verdict == "allow", f"{cmd!r}: {d.reason} {d.rules}"


@pytest.mark.parametrize("action", FILE_ACTIONS, ids=lambda a: a["tool"])
def test_routine_file_and_web_actions_are_allowed(action: dict) -> None:  # type: ignore[type-arg]
    d = decide(action)
    assert d.verdict == "allow", d.reason
