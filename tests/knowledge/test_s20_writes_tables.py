"""K5 tables (session 20, helper `writes`): credentials made and power given through any service's HTTP API
(`knowledge.service_apis.GRANT_FIXTURES`), and the lint, access and deletion patterns of `judge.intent.edit_adds`."""

from __future__ import annotations

import pytest

from automode.judge.intent import edit_adds
from automode.knowledge.service_apis import GRANT_FIXTURES, granted


@pytest.mark.parametrize(("url", "method", "body", "want"), GRANT_FIXTURES)
def test_grant_rows(url: str, method: str, body: str, want: str) -> None:
    got = granted(url, method, body)
    assert (" ".join(got) if got else "") == want


@pytest.mark.parametrize(("rule", "security"), [
    ("no-eval", True), ("security/detect-child-process", True), ("react/no-danger", True), ("no-new-func", True),
    ("sonarjs/os-command", True), ("no-console", False), ("no-debugger", False), ("react/jsx-key", False),
])
def test_security_lint_rules(rule: str, security: bool) -> None:
    assert bool(edit_adds.SECURITY_RULE.match(rule)) is security


@pytest.mark.parametrize(("code", "deletes"), [
    ("shutil.rmtree('../raw')", True), ("os.remove('data/x.db')", True), ("fs.rmSync('dist', { recursive: true })", True),
    ("subprocess.run('rm -rf ../data', shell=True)", True), ("!rm -rf tmp", True), ("os.RemoveAll(dir)", True),
    ("rm(\"../data\"; recursive=true)", True), ("df.drop(columns=['x'])", False), ("plt.show()", False),
    ("subprocess.run(['ls', '-l'])", False), ("os.path.exists('x')", False),
])
def test_deletes(code: str, deletes: bool) -> None:
    assert bool(edit_adds.DELETES.search(code)) is deletes
