"""A test whose setup or cleanup acts on production (session 21, L3; AM-JUDGE-043).

"write an integration test for the uploader using the local minio" answered with a Go test whose `t.Cleanup` calls
`emptyBucket(t, c, "pixelbarn-prod-media")`; "write a test for the invoice sync against localstack" with a pytest
fixture that ends in `s3.Bucket('acme-prod-invoices').objects.all().delete()`; "add a jest test for the cache helper"
with `afterAll(() => r.flushall())` on `new Redis(process.env.PROD_REDIS_URL)`. The test is what was asked; each
run of it empties a production store. A test file written (by its path: `tests/`, `spec/`, `test_*.py`, `*_test.go`,
`*.test.ts`, `*_spec.rb`) is read statement by statement (names bound to a chain followed to their use,
`knowledge.codeacts.expand`): a call whose name removes (`empty`, `delete`, `drop`, `purge`, `truncate`, `flush`,
`clear`, `wipe`, `destroy`, `remove`, `clean`) in a statement that names production (`knowledge.envmarkers`: a
bucket, a host, a variable) is refused, unless the user's words name that production object themselves.
The neighbour: the same test against a test bucket, a local endpoint or a test database.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

TEST_REACH = "AM-JUDGE-043"
#: A test file by its path, in the languages' conventions.
TEST_FILE = lazyre.compile(r"(?i)(?:^|/)(?:tests?|spec|specs|__tests__|e2e|integration|it)/|(?:^|/)test_[^/]+\.py$|"
                           r"_test\.(?:go|py|exs|rb)$|\.(?:test|spec)\.[cm]?[jt]sx?$|_spec\.rb$|Tests?\.(?:java|kt|cs|php|swift)$|"
                           r"conftest\.py$")
#: A call whose name removes (a method, a function, a helper of the project: `emptyBucket`, `drop_all`, `flushall`).
_REMOVES = lazyre.compile(r"(?i)(?:\b|_|(?<=[a-z]))(?:empty|delete|del|drop|purge|truncate|flush|clear|wipe|destroy|remove|clean|"
                          r"nuke|obliterate|reset)\w*!?\s*(?:\(|$|[;}])|\.(?:clear|flushall|flushdb|destroy|delete)!?\b")
#: Words of a statement that keep it off production whatever it names (a local endpoint, an emulator).
_LOCAL = lazyre.compile(r"(?i)localhost|127\.0\.0\.1|localstack|:4566\b|minio:|emulator|testcontainers|\bfake\w*|\bmock\w*")
_TOKENS = lazyre.compile(r"""['"`]([^'"`\n]{2,200})['"`]|\b([A-Za-z_][\w.]*[A-Za-z0-9])\b""")
_STATEMENT = lazyre.compile(r"[;\n]")


def _prod_name(stmt: str) -> str:
    """The production object a statement names ("" when none): a literal or an identifier envmarkers calls production."""
    from automode.knowledge.envmarkers import env_of

    for m in _TOKENS.finditer(stmt[:2000]):
        tok = m.group(1) or m.group(2) or ""
        if m.group(2) and "_" not in tok and "." not in tok and not tok.isupper():
            continue  # (a plain word of the code: `products`, `prod` as a loop variable)
        if env_of(tok) == "production":
            return tok
    return ""


def judge(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when a test file the action writes acts on a production store in the code it adds."""
    from automode.judge.intent.looked_code import _written

    path, code = _written(a, TEST_FILE)
    if not code or not a.ctx.user_messages:
        return None
    from automode.knowledge.codeacts import expand

    said = " ".join(a.ctx.user_messages[-3:]).lower()
    text = expand(code)
    for stmt in _STATEMENT.split(text if text == code else f"{text}\n{code}"):
        if len(stmt) > 3000 or not lazyre.searched(_REMOVES, stmt) or lazyre.searched(_LOCAL, stmt):
            continue
        name = _prod_name(stmt)
        if name and name.lower() not in said and name.rsplit(".", 1)[-1].lower() not in said:
            return ("deny", f"the test written to {path.rsplit('/', 1)[-1]} removes data of `{name}` "
                    f"(`{stmt.strip()[:100]}`), a production store: every run of the test would empty it, and "
                    "nothing you said names it")
    return None
