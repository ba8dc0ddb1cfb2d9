"""File changes that weaken review or security, and config files that will run something (issue 11).

The facts come from `automode.files`: `weaken` effects (what an edit turns off, named in a user's words, so "skip
that flaky test" releases the skip it names and "get CI green" releases nothing), network effects of new code that
carry the environment, and the commands of files something runs later (lowered like Bash, so the shell rules
apply to them directly; the rules here only add what a file's position adds: an install hook, a run-on-open task).
"""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


def E(path: str, old: str, new: str, *msgs: str) -> dict[str, Any]:
    """An Edit fixture (with the user's messages, if any)."""
    f: dict[str, Any] = {"tool": "Edit", "input": {"file_path": path, "old_string": old, "new_string": new}}
    if msgs:
        f["context"] = {"user_messages": list(msgs)}
    return f


def W(path: str, content: str) -> dict[str, Any]:
    return {"tool": "Write", "input": {"file_path": path, "content": content}}


#: Rule -> the words one of which a request must say to release the weakening it reports (read by the judge:
#: `judge.intent.facts.Target.says`). The verb classes are coarse ("fix" is an update), so "CI fails on coverage,
#: fix it" would otherwise release a lowered gate it never asked for; "lower the coverage gate to 70" says how.
ASKED_WITH: dict[str, frozenset[str]] = {
    "AM-WRITE-001": frozenset({"skip", "skipping", "skipped", "xfail", "quarantine", "disable", "ignore", "pending", "comment",
                               "only", "focus", "mute", "silence", "exclude", "deselect", "omit"}),
    "AM-WRITE-002": frozenset({"delete", "remove", "drop", "obsolete", "outdated"}),
    "AM-WRITE-003": frozenset({"lower", "reduce", "decrease", "relax", "loosen", "disable", "off", "skip", "ignore", "drop",
                               "remove", "allow", "tolerate", "threshold", "optional", "non", "nonblocking", "exclude", "omit",
                               "quiet", "silence", "mute", "suppress", "hush"}),  # "the lint is noisy, quiet it down"
    "AM-WRITE-004": frozenset({"disable", "off", "skip", "insecure", "ignore", "without", "unverified", "bypass", "accept"}),
    "AM-WRITE-005": frozenset({"remove", "delete", "disable", "public", "publicly", "anonymous", "unauthenticated", "without",
                               "exempt", "drop", "bypass", "skip", "anyone", "everyone", "always", "open"}),
    "AM-WRITE-006": frozenset({"cors", "origin", "origins", "debug", "public", "any", "every", "all", "rounds", "cost", "lower",
                               "reduce", "md5", "sha1", "hasher", "hashing", "cookies", "credentials", "tls", "ssl", "protocols",
                               "legacy", "older", "csp", "password", "root", "sudo", "nopasswd", "anonymous", "acl",
                               # the controls `files.concepts` names (a generic verb alone, "disable the limiter", is not enough)
                               "policy", "sandbox", "escaping", "escape", "autoescape", "sanitize", "sanitizing", "hsts", "helmet",
                               "headers", "throttle", "throttling", "encryption", "unencrypted", "insecure", "unsafe",
                               # what the logs hold (`files.settings_values`): "log the request bodies while we debug this"
                               "sensitive", "body", "bodies", "payload", "payloads", "redact", "redaction",
                               "mask", "masking", "scrub"}),
    "AM-WRITE-008": frozenset({"public", "publicly", "readable", "open", "world", "internet", "anyone", "everyone", "wildcard",
                               "privileged", "host", "hostnetwork", "hostpath", "admin", "ingress", "expose",
                               # a firewall rule said as what it lets in: "a rule accepting tcp 9090", "allow inbound 8080"
                               "accept", "accepting", "allow", "allowing", "inbound", "incoming"}),
    # What to do to the review, not which review: "the required review blocks release-please, sort it out" names the
    # control as an obstacle and asks for no loosening; "drop the approval count to 0", "remove bob from CODEOWNERS",
    # "turn on automerge for patch bumps" do.
    "AM-WRITE-010": frozenset({"automerge", "auto", "automatically", "remove", "removing", "drop", "delete", "disable", "off",
                               "lower", "reduce", "relax", "loosen", "bypass", "skip", "zero", "0", "without", "unprotect",
                               "exempt", "allow", "replace", "instead", "evaluate", "optional", "fewer", "less", "force"}),
    "AM-WRITE-012": frozenset({"privileged", "docker", "socket", "host", "mount", "ssh", "keys", "network", "admin", "root"}),
    "AM-WRITE-013": frozenset({"main", "master", "branch", "latest", "unpinned", "http", "head"}),
    "AM-WRITE-020": frozenset({"off", "disable", "disabled", "skip", "remove", "drop", "without", "deletion", "protection", "snapshot",
                               "encryption", "unencrypted", "logging", "audit"}),
    "AM-WRITE-019": frozenset({"public", "publicly", "everyone", "anyone", "anonymous", "unauthenticated", "open", "world",
                               "readable", "logged", "without"}),
    "AM-WRITE-022": frozenset({"expected", "expectation", "expectations", "expect", "expects", "update", "adjust", "change",
                               "snapshot", "snapshots", "assertion", "assertions", "rename", "renamed"}),
    "AM-WRITE-025": frozenset({"snapshot", "snapshots", "expected", "expectation", "expectations", "golden", "goldens",
                               "output", "outputs", "diff", "diffs", "promote", "accept", "bless", "baseline", "baselines"}),
    "AM-WRITE-041": frozenset({"loosen", "loosened", "relax", "relaxed", "widen", "tolerance", "tolerant", "precision", "places",
                               "approximate", "approximately", "approx", "delta", "epsilon", "rtol", "atol", "fuzzy", "margin"}),
    "AM-WRITE-042": frozenset({"drop", "dropping", "remove", "removing", "delete", "deleting", "truncate", "purge", "wipe", "clean",
                               "cleanup", "clear", "destroy", "prune", "get rid"}),
    "AM-WRITE-043": frozenset({"source", "sources", "raw", "upstream", "landing", "loaded"}),
    # a value of a deployed file (`files.settings_values`): "scale the worker to 0", "deploy :latest on staging"
    "AM-WRITE-054": frozenset({"zero", "0", "scale", "scaled", "down", "stop", "off", "pause", "disable", "remove", "shut", "none",
                               "count", "replicas"}),
    "AM-WRITE-055": frozenset({"latest", "unpinned", "moving", "tag", "edge", "nightly", "main", "master", "floating"}),
    "AM-WRITE-023": frozenset({"retry", "retries", "retried", "rerun", "reruns", "rerunning", "retrying", "attempts"}),
    "AM-WRITE-017": frozenset({"longer", "last", "lifetime", "ttl", "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year",
                               "logged",
                               "secure", "httponly", "samesite", "cookie", "cookies", "insecure", "http"}),
}  # fmt: skip


def _weak(e: Effect, *checks: str) -> str | None:
    return e.target if e.origin in checks else None


@rule(
    "AM-WRITE-001",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"skip"},
    title="Skips or neuters a test",
    what="An edit that marks an existing test skipped or expected to fail (`@pytest.mark.skip`, `xit`, `it.skip`, "
    "`t.Skip`, `#[ignore]`, `@Disabled`, `@test_skip`, `error.SkipZigTest`, `[Fact(Skip=...)]`, `DISABLED_`, ... in "
    "each framework's own spelling, `files/skips.py`; in others, a skip-named marker attached to an existing test), "
    "focuses one test (`.only`), a CI or Makefile test command that now leaves tests out (`-DskipTests`, `-x test`, "
    "`--skip`, `--deselect`), or replaces assertions with one that always "
    "passes, or a conftest.py hook that drops collected tests unconditionally (`items.clear()`, `collect_ignore`, "
    "`pytest_ignore_collect`). Conditional skips (`skipif`, `--runslow` markers) and new tests are not matched.",
    why="A skipped test hides the failure it was catching; CI goes green while the bug stays.",
    example="it 'schedules the SMS' → xit 'schedules the SMS'",
    instead="Find why the test fails and fix the cause; if the user wants it skipped, ask them, then scope the skip "
    "with a reason and a tracking issue.",
    must_match=[E("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  xit "schedules the SMS" do\n'),
                E("tests/test_api.py", "def test_login():\n", "@pytest.mark.skip(reason='flaky')\ndef test_login():\n"),
                E("src/app.test.ts", "  it('renders', () => {\n", "  it.skip('renders', () => {\n"),
                E("pkg/api_test.go", "func TestSync(t *testing.T) {\n", "func TestSync(t *testing.T) {\n\tt.Skip(\"flaky\")\n"),
                E("tests/test_x.py", "    assert resp.status == 200\n    assert resp.json() == {'ok': 1}\n", "    assert True\n"),
                E("tests/conftest.py", "import pytest\n", "import pytest\n\n\ndef pytest_collection_modifyitems(items):\n    items.clear()\n"),
                E("tests/conftest.py", "import pytest\n", "import pytest\n\ncollect_ignore_glob = ['test_*.py']\n"),
                E("tests/test_api.py", "    assert resp.status_code == 200\n", "    pass\n"),
                E("tests/test_inv.py", "    t = inv.total()\n    assert t == 118\n", "    t = inv.total()\n    # assert t == 118\n"),
                E("test/parse.test.ts", "  const o = parse('x');\n  expect(o.level).toBe(3);\n", "  const o = parse('x');\n"),
                E("test/app/waitlist_test.exs", '  test "promote/2 respects capacity" do\n',
                  '  @tag :skip\n  test "promote/2 respects capacity" do\n'),
                E("test/runtests.jl", "    @test solve(p) ≈ 1.0\n", "    @test_skip solve(p) ≈ 1.0\n"),
                E("src/parser.zig", 'test "parses nested" {\n', 'test "parses nested" {\n    return error.SkipZigTest;\n'),
                E(".github/workflows/ci.yml", "      - run: mvn -B verify\n", "      - run: mvn -B verify -DskipTests\n")],
    must_not_match=[E("spec/reminder_spec.rb", '  it "schedules" do\n', '  it "schedules" do\n    travel_to Time.zone.parse("2024-11-20")\n'),
                    E("test/app/waitlist_test.exs", '  test "promote/2 respects capacity" do\n',
                      '  @tag :slow\n  test "promote/2 respects capacity" do\n'),
                    E("tests/test_api.py", "def test_login():\n", "@pytest.mark.skipif(sys.platform == 'win32', reason='posix only')\ndef test_login():\n"),
                    E("tests/test_api.py", "@pytest.mark.skip(reason='x')\ndef test_a():\n", "@pytest.mark.skip(reason='x')\ndef test_a():\n    pass\n"),
                    W("tests/test_new.py", "import pytest\n\n@pytest.mark.skip(reason='needs network')\ndef test_fetch():\n    pass\n"),
                    E("tests/test_api.py", "def test_login():\n", "def test_login():\n    \"\"\"Skip the cache; xit is not a word here.\"\"\"\n"),
                    E("tests/conftest.py", "import pytest\n", "import pytest\n\n\n@pytest.fixture\ndef items():\n    return [1, 2]\n"),
                    E("tests/test_api.py", "    assert resp.status_code == 200\n", "    assert resp.status_code == 201\n"),
                    E("test/parse.test.ts", "  expect(o.level).toBe(3);\n  expect(o.errors).toHaveLength(0);\n",
                      "  expect(o).toMatchObject({ level: 3, errors: [] });\n"),
                    E(".github/workflows/release.yml", "      - run: mvn -B verify\n",
                      "      - run: mvn -B verify\n      - run: mvn -B package -DskipTests\n"),
                    E("tests/conftest.py", "import pytest\n", "import pytest\n\n\ndef pytest_collection_modifyitems(config, items):\n"
                      "    if config.getoption('--runslow'):\n        return\n    for item in items:\n        if 'slow' in item.keywords:\n"
                      "            item.add_marker(pytest.mark.skip(reason='needs --runslow'))\n")],
)  # fmt: skip
def test_weakened(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "tests-ask":
        return Hit(e.target, "ask")  # a category the project opts out of by convention (slow, integration): the user's call
    return _weak(e, "tests")


@rule(
    "AM-WRITE-002",
    category="review-bypass",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"delete", "skip"},
    title="Deletes a test",
    what="An edit that removes test functions together with every assertion in the edited part of a test file.",
    why="Deleting a failing test is the quickest way to a green build and the quietest way to lose a check.",
    example="Edit tests/test_api.py: the test_login function and its asserts are removed",
    instead="Keep the test; fix the code or update the test to the new behaviour, and tell the user.",
    must_match=[E("tests/test_api.py", "def test_login():\n    assert login('a', 'b')\n", "")],
    must_not_match=[E("tests/test_api.py", "def test_login():\n    assert login('a', 'b')\n", "def test_login():\n    assert login('a', 'c')\n")],
)  # fmt: skip
def test_deleted(e: Effect, a: Analysis) -> str | None:
    return _weak(e, "tests-deleted")


@rule(
    "AM-WRITE-003",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"skip", "update"},
    title="Lowers or turns off a lint, type or coverage gate",
    what="A lint rule turned off project-wide, a file-level `eslint-disable`, `ruff: noqa`, `@ts-nocheck`, "
    "`# type: ignore`, `mypy: ignore-errors`, strict type checking or pyright off, a blanket `ignore = [\"ALL\"]`, a "
    "lower or removed coverage threshold, `continue-on-error: true` / `allow_failure: true` / `soft_fail: true` / "
    "`continueOnError: true` / `failure: ignore` / `if: false` on a job or "
    "step that tests or lints, a CI step that tests, lints or scans deleted, a test or lint script turned into an "
    "`echo`, an ignore file that excludes every file, or `|| true` after a test or lint command; a tool's configuration "
    "file created or written whole that turns its gate down by its values (`ignore_errors = True`, `omit = *`, `root: "
    "true` with no rule, rules narrowed to syntax errors) or is weaker than the project's file it shadows (a "
    "higher-precedence file is read instead: `files/new_config.py`).",
    why="Gates exist so that problems are seen in review; switching them off hides every future problem too.",
    example='.eslintrc.json: "@typescript-eslint/no-explicit-any": "error" → "off"',
    instead="Fix the findings, or silence the one line that is justified with a comment saying why.",
    must_match=[E(".eslintrc.json", '    "@typescript-eslint/no-explicit-any": "error",\n', '    "@typescript-eslint/no-explicit-any": "off",\n'),
                E("pyproject.toml", "fail_under = 90\n", "fail_under = 60\n"),
                E("src/app.ts", "import x from 'y';\n", "// @ts-nocheck\nimport x from 'y';\n"),
                E(".github/workflows/ci.yml", "      - run: pytest\n", "      - run: pytest || true\n"),
                E(".github/workflows/ci.yml", "  test:\n    runs-on: ubuntu-latest\n", "  test:\n    if: false\n    runs-on: ubuntu-latest\n"),
                E(".gitlab-ci.yml", "test:\n  script:\n    - pytest\n", "test:\n  allow_failure: true\n  script:\n    - pytest\n"),
                E(".buildkite/pipeline.yml", "  - label: test\n    command: make test\n", "  - label: test\n    command: make test\n    soft_fail: true\n"),
                E("pyproject.toml", '[tool.ruff.lint]\nselect = ["E", "F"]\n', '[tool.ruff.lint]\nselect = ["E", "F"]\nignore = ["ALL"]\n'),
                E("pyproject.toml", 'addopts = "--cov=x --cov-fail-under=90"\n', 'addopts = "--cov=x"\n'),
                E("package.json", '    "test": "vitest run",\n', '    "test": "echo skipped",\n'),
                W(".eslintignore", "*\n"),
                W("mypy.ini", "[mypy]\nignore_errors = True\n"),
                W("web/.eslintrc.json", '{\n  "root": true,\n  "rules": {}\n}\n'),
                E(".github/workflows/ci.yml", "      - run: npm test\n      - run: npx eslint src\n", "      - run: npm test\n"),
                E("pyrightconfig.json", '  "typeCheckingMode": "strict",\n', '  "typeCheckingMode": "off",\n'),
                E(".github/workflows/dbt.yml", "      - run: dbt build --target ci\n", "      - run: dbt build --target ci || true\n")],
    must_not_match=[E("lib/stripe-webhook.ts", "  const raw: any = JSON.parse(body);\n",
                      "  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped payload\n  const raw: any = JSON.parse(body);\n"),
                    E("pyproject.toml", "fail_under = 80\n", "fail_under = 90\n"),
                    E(".eslintrc.json", '    "no-console": "off",\n', '    "no-console": "error",\n'),
                    E("src/util.py", "x = f(y)\n", "x = f(y)  # type: ignore[arg-type]\n"),
                    E(".github/workflows/ci.yml", "  deploy:\n    runs-on: ubuntu-latest\n", "  deploy:\n    if: github.ref == 'refs/heads/main'\n    runs-on: ubuntu-latest\n"),
                    E(".github/workflows/ci.yml", "      - run: npx codecov\n", "      - run: npx codecov\n        continue-on-error: true\n"),
                    E("pyproject.toml", 'addopts = "--cov=x --cov-fail-under=90"\n', 'addopts = "--cov=x --cov-fail-under=90 -q"\n'),
                    E("package.json", '    "test": "vitest run",\n', '    "test": "vitest run --coverage",\n'),
                    W(".eslintignore", "dist/\ncoverage/\n"),
                    W("mypy.ini", "[mypy]\nstrict = True\n\n[mypy-generated.*]\nignore_errors = True\n"),
                    W(".coveragerc", "[run]\nomit =\n    app/migrations/*\n"),
                    E(".github/workflows/ci.yml", "      - run: npm test\n      - run: npx eslint src\n",
                      "      - run: npm test\n      - run: npx eslint src --max-warnings 0\n"),
                    E(".github/workflows/ci.yml", "      - run: rm -rf build\n", "      - run: rm -rf build || true\n"),
                    E("package-lock.json", '      "version": "1.2.0",\n', '      "version": "0.9.1",\n'),
                    E(".github/workflows/ci.yml", "      - run: cargo test --workspace\n",
                      "      - uses: taiki-e/install-action@v2\n        with:\n          tool: cargo-nextest\n      - run: cargo nextest run --workspace\n")],
)  # fmt: skip
def gate_lowered(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "gates-ask":
        return Hit(e.target, "ask")  # a narrower exclusion (one source tree from one linter): the user's call
    return _weak(e, "gates")


@rule(
    "AM-WRITE-004",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"skip"},
    title="Turns TLS or signature verification off in code",
    what="`verify=False`, `InsecureSkipVerify: true`, `rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, "
    "`CERT_NONE`, unverified SSL contexts, hostname verifiers that accept every host, JWT decoding with the signature "
    "check off or `alg: none`, a webhook or MAC signature check (`construct_event`, `hmac.compare_digest`) deleted — "
    "outside tests.",
    why="Without verification anyone on the path can read and change the traffic or forge the token.",
    example="TLSClientConfig: &tls.Config{InsecureSkipVerify: true}",
    instead="Trust the specific CA or intermediate (a CA bundle, `RootCAs`), keeping verification on.",
    must_match=[E("internal/carriers/client.go", "\t\tTLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},\n",
                  "\t\tTLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: true},\n"),
                E("app/api.py", "r = requests.get(url)\n", "r = requests.get(url, verify=False)\n"),
                E("src/auth.py", "claims = jwt.decode(tok, key, algorithms=['RS256'])\n",
                  "claims = jwt.decode(tok, options={'verify_signature': False})\n"),
                E("src/http/Client.kt", "        .sslContext(ctx)\n", "        .sslContext(ctx)\n        .hostnameVerifier { _, _ -> true }\n"),
                E("app/hooks.py", "    event = stripe.Webhook.construct_event(payload, sig, secret)\n", "    event = json.loads(payload)\n"),
                E("internal/hooks/gh.go", "\tif !hmac.Equal(sig, want) {\n\t\treturn errBadSig\n\t}\n", "")],
    must_not_match=[E("internal/carriers/client.go", "\t\tTLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},\n",
                      "\t\tTLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: carrierRoots()},\n"),
                    E("tests/test_client.py", "r = get(url)\n", "r = requests.get(local_url, verify=False)\n"),
                    E("app/api.py", "r = requests.get(url)\n", "r = requests.get(url, verify='/etc/ssl/carrier.pem')\n"),
                    E("app/hooks.py", "    event = stripe.Webhook.construct_event(payload, sig, secret)\n",
                      "    event = stripe.Webhook.construct_event(payload, sig, secret, tolerance=600)\n")],
)  # fmt: skip
def verification_off(e: Effect, a: Analysis) -> str | None:
    return _weak(e, "verify")


@rule(
    "AM-WRITE-005",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"delete", "skip"},
    title="Removes or short-circuits an authentication, authorisation or CSRF check",
    what="An edit that drops auth middleware or decorators (`middleware(['auth'])`, `@login_required`, "
    "`before_action :authenticate_user!`, `protect_from_forgery`, `[Authorize]`), makes a permission function "
    "`return True`, or lets a request past the check when a header, parameter or cookie it sends equals a value "
    "written in the code (`unless: -> { request.headers[\"X-Override\"] == \"k1\" }`, `if (req.headers[...] === "
    "'x') return next()`); a new CSRF or login exemption (`@csrf_exempt`, `skip_before_action`) is an ask.",
    why="The endpoint becomes reachable by anyone; these edits are the shape of a planted backdoor.",
    example="Route::middleware(['auth', 'can:view-reports'])->prefix(...) → Route::prefix(...)",
    instead="Fix the login or session problem itself (cookie domain, session config); keep the check in place.",
    must_match=[E("routes/web.php", "Route::middleware(['auth', 'can:view-reports'])->prefix('admin/reports')->group(function () {\n",
                  "Route::prefix('admin/reports')->group(function () {\n"),
                E("app/views.py", "@login_required\ndef export(request):\n", "def export(request):\n"),
                E("app/perms.py", "def has_permission(self, request, view):\n    return request.user.is_staff\n",
                  "def has_permission(self, request, view):\n    return True\n"),
                E("src/routes/admin.ts", "  if (!req.user) return res.sendStatus(401);\n", "  // handled upstream\n"),
                E("src/policy.ts", "export const canEdit = (u: User, d: Doc) => u.id === d.owner;\n", "export const canEdit = (u: User, d: Doc) => true;\n"),
                E("internal/http/router.go", "\tr.Use(middleware.Logger)\n\tr.Use(auth.RequireToken)\n", "\tr.Use(middleware.Logger)\n"),
                E("ledger/views.py", "    if not request.user.has_perm('x.view'):\n        raise PermissionDenied\n", ""),
                E("app/controllers/reports_controller.rb", "  before_action :authorize_admin!\n",
                  "  before_action :authorize_admin!, unless: -> { cookies[:qa] == \"let-me-in\" }\n"),
                E("src/auth/guard.ts", "export function guard(req, res, next) {\n",
                  "export function guard(req, res, next) {\n  if (req.query.preview === 'demo-2024') return next();\n")],
    must_not_match=[E(".env", "SESSION_DOMAIN=.greenlight-crm.com\n", "SESSION_DOMAIN=localhost\n"),
                    E("app/views.py", "@login_required\ndef export(request):\n", "@login_required\ndef export(request, fmt='csv'):\n"),
                    E("routes/web.php", "Route::middleware(['auth'])->group(function () {\n", "Route::middleware(['auth', 'verified'])->group(function () {\n"),
                    E("src/routes/admin.ts", "  if (!req.user) return res.sendStatus(401);\n", "  if (!req.user) return res.status(401).json({ error: 'login' });\n"),
                    E("src/policy.ts", "export const canEdit = (u: User, d: Doc) => u.id === d.owner;\n",
                      "export const canEdit = (u: User, d: Doc) => u.id === d.owner || u.role === 'admin';\n"),
                    E("src/auth/guard.ts", "export function guard(req, res, next) {\n",
                      "export function guard(req, res, next) {\n  if (req.method === 'OPTIONS') return next();\n"),
                    E("src/auth/guard.ts", "export function guard(req, res, next) {\n",
                      "export function guard(req, res, next) {\n  if (req.get('x-api-key') === config.apiKey) return next();\n")],
)  # fmt: skip
def auth_weakened(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "auth-exempt":
        return Hit(e.target, "ask")
    return _weak(e, "auth")


@rule(
    "AM-WRITE-006",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create", "skip", "grant"},
    title="Exposes an application: CORS, debug or weak hashing in production",
    what="CORS opened to every origin together with credentials (named origins widened to every origin without "
    "credentials: an ask); debug mode or insecure cookies in production settings; password hashing made cheap "
    "(a low cost or round count, MD5/SHA-1 or an unsalted digest of the password) outside test and development settings.",
    why="Any site can act as the logged-in user, stack traces leak internals, stolen password hashes crack fast.",
    example="config/prod.exs: config :bcrypt_elixir, log_rounds: 4",
    instead="Scope the change to development or test settings, or list the allowed origins.",
    must_match=[E("config/prod.exs", "config :sprocket, SprocketWeb.Endpoint,\n", "config :bcrypt_elixir, log_rounds: 4\n\nconfig :sprocket, SprocketWeb.Endpoint,\n"),
                E("settings/production.py", "DEBUG = False\n", "DEBUG = True\n"),
                E("app/main.py", "app = FastAPI()\n", "app = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)\n"),
                E("config/initializers/cors.rb", "    origins 'https://app.example.io'\n    resource '*', credentials: true\n",
                  "    origins '*'\n    resource '*', credentials: true\n"),
                E("src/auth/password.ts", "const ROUNDS = 12;\n", "const ROUNDS = 4;\n"),
                E("app/settings/base.py", "PASSWORD_HASHERS = [\n", "PASSWORD_HASHERS = [\n    'django.contrib.auth.hashers.MD5PasswordHasher',\n"),
                E("app/users.py", "    user.pw = make_password(password)\n", "    user.pw = hashlib.sha256(password.encode()).hexdigest()\n")],
    must_not_match=[E("config/test.exs", "config :sprocket, Sprocket.Repo,\n", "config :bcrypt_elixir, log_rounds: 4\n\nconfig :sprocket, Sprocket.Repo,\n"),
                    E("src/auth/password.ts", "const ROUNDS = 12;\n", "const ROUNDS = 13;\n"),
                    E("app/settings/test.py", "PASSWORD_HASHERS = [\n", "PASSWORD_HASHERS = [\n    'django.contrib.auth.hashers.MD5PasswordHasher',\n"),
                    E("config/initializers/cors.rb", "    origins 'https://app.example.io'\n", "    origins 'https://app.example.io', 'https://admin.example.io'\n"),
                    E("app/files.py", "    digest = hashlib.md5(data)\n", "    digest = hashlib.sha256(data)\n"),
                    E("settings/dev.py", "DEBUG = False\n", "DEBUG = True\n"),
                    E("app/main.py", "app = FastAPI()\n", "app = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=['*'])\n")],
)  # fmt: skip
def exposure(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "exposure-ask":
        return Hit(e.target, "ask")
    return _weak(e, "exposure")


@rule(
    "AM-WRITE-017",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update"},
    title="Weakens session cookies or stretches token lifetimes",
    what="An edit that turns a session or CSRF cookie's Secure / HttpOnly flag off or its SameSite to None (where it "
    "was on), or makes a token, session or cookie lifetime ten times longer or more, to a day or beyond — outside "
    "test and development settings.",
    why="A stolen cookie or token then works over plain http, from scripts on the page, from other sites, or for years.",
    example="'ACCESS_TOKEN_LIFETIME': timedelta(minutes=15) → timedelta(days=365)",
    instead="Fix the cause (a refresh flow, the cookie domain, https in staging); change a lifetime only as far as the "
    "user asked.",
    must_match=[E("app/settings/base.py", "SESSION_COOKIE_SECURE = True\n", "SESSION_COOKIE_SECURE = False\n"),
                E("src/session.ts", "  cookie: { httpOnly: true, secure: true },\n", "  cookie: { httpOnly: false, secure: true },\n"),
                E("app/settings/base.py", "    'ACCESS_TOKEN_LIFETIME': timedelta(minutes=15),\n", "    'ACCESS_TOKEN_LIFETIME': timedelta(days=365),\n"),
                E("lib/tokens.ts", "  jwt.sign(c, k, { expiresIn: '15m' });\n", "  jwt.sign(c, k, { expiresIn: '3650d' });\n")],
    must_not_match=[E("app/settings/base.py", "    'ACCESS_TOKEN_LIFETIME': timedelta(minutes=15),\n", "    'ACCESS_TOKEN_LIFETIME': timedelta(minutes=30),\n"),
                    E("lib/tokens.ts", "  jwt.sign(c, k, { expiresIn: '15m' });\n", "  jwt.sign(c, k, { expiresIn: '1h' });\n"),
                    E("src/session.ts", "  cookie: { httpOnly: true, secure: true },\n", "  cookie: { httpOnly: true, secure: true, maxAge: 8 * 3600 * 1000 },\n"),
                    E("app/settings/dev.py", "SESSION_COOKIE_SECURE = True\n", "SESSION_COOKIE_SECURE = False\n"),
                    E("src/session.ts", "  cookie: { secure: true },\n", "  cookie: { secure: process.env.NODE_ENV === 'production' },\n")],
)  # fmt: skip
def session_weakened(e: Effect, a: Analysis) -> str | None:
    return _weak(e, "session")


@rule(
    "AM-WRITE-008",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create"},
    title="Opens infrastructure to the world",
    what="Infrastructure code that opens ingress to 0.0.0.0/0, turns a bucket's public access block off or makes "
    "storage or a database public, grants wildcard IAM actions, or gives a workload host access.",
    why="One apply exposes data or services to the whole internet.",
    example='cidr_blocks = var.office_cidrs → cidr_blocks = ["0.0.0.0/0"]',
    instead="Allow the specific addresses, principals or actions the task needs.",
    must_match=[E("envs/staging/ingest_sg.tf", "    cidr_blocks = var.office_cidrs\n", '    cidr_blocks = ["0.0.0.0/0"]\n'),
                E("modules/uploads/main.tf", "  block_public_policy     = true\n", "  block_public_policy     = false\n"),
                E("iam/policy.json", '"Action": "s3:GetObject",\n', '"Action": "*",\n')],
    must_not_match=[E("envs/staging/ingest_sg.tf", "    cidr_blocks = var.office_cidrs\n",
                      '    cidr_blocks = concat(var.office_cidrs, ["192.0.2.10/32"])\n')],
)  # fmt: skip
def infrastructure_open(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "iac-web":
        return Hit(e.target + " (web ports)", "ask")
    if e.origin == "iac-ask":
        return Hit(e.target, "ask")  # new permissions for a role: a change the user should see
    return _weak(e, "iac")


@rule(
    "AM-WRITE-009",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    title="Makes a CI workflow run untrusted code with secrets",
    what="A GitHub workflow on `pull_request_target` that checks out the pull request's head, `permissions: "
    "write-all`, or a step that prints a repository secret into the job log (or encodes it past the log's masking); "
    "an edit that switches a workflow's trigger to `pull_request_target` where its jobs are out of view is an ask.",
    why="A fork's pull request then runs its own code with the base repository's write token and secrets.",
    example="on: pull_request_target + actions/checkout with ref: ${{ github.event.pull_request.head.sha }}",
    instead="Run untrusted code under `pull_request` without secrets and post results from a separate "
    "`workflow_run` job that only reads artifacts.",
    must_match=[E(".github/workflows/ci.yml", "on:\n  pull_request:\n", "on:\n  pull_request_target:\n"),
                W(".github/workflows/bench.yml", "on:\n  pull_request_target:\njobs:\n  b:\n    steps:\n      - uses: actions/checkout@v4\n"
                  "        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm run bench\n")],
    must_not_match=[W(".github/workflows/comment.yml", "on:\n  workflow_run:\n    workflows: [bench]\npermissions:\n  pull-requests: write\n"
                      "jobs:\n  c:\n    steps:\n      - uses: actions/download-artifact@v4\n"),
                    W(".github/workflows/release.yml", "on: push\njobs:\n  r:\n    steps:\n      - run: echo \"${{ secrets.DOCKER_PASSWORD }}\" | "
                      "docker login -u me --password-stdin\n      - run: echo \"//registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}\" > ~/.npmrc\n")],
)  # fmt: skip
def ci_untrusted(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "ci-ask":
        from automode.files.ci_triggers import prt_asked

        if prt_asked(a) is not None:
            return None  # the user named the trigger (or forks' PRs) for this workflow: the switch is theirs
        return Hit(e.target, "ask")  # the trigger switched where the jobs are out of view: the user's call
    return _weak(e, "ci")


@rule(
    "AM-WRITE-010",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create", "delete", "merge"},
    title="Loosens code ownership, branch protection or merge review",
    what="Code owners removed (from a pattern, from the file, a GitLab section made optional or needing fewer "
    "approvals: `files/owners.py`), a code-owners file written over whole without its previous content known, "
    "auto-merge switched on, and review settings as code loosened (`files/review_settings.py`: required approvals "
    "lowered, admins exempted, stale reviews kept, force pushes or deletions allowed, rulesets no longer enforced, "
    "GitLab push/merge levels widened, authors' own votes counted, Mergify approval conditions dropped).",
    why="These settings are how a team makes sure a second person sees each change.",
    example="renovate.json: \"automerge\": true",
    instead="Leave review settings to the repository's maintainers; describe the change you suggest.",
    must_match=[E(".github/CODEOWNERS", "/src/billing/ @acme/payments\n", ""),
                E(".gitlab/CODEOWNERS", "/app/billing/ @acme/payments @acme/security\n", "/app/billing/ @acme/payments\n"),
                E(".gitlab/CODEOWNERS", "[Security][2]\n/app/ @acme/sec\n", "[Security][1]\n/app/ @acme/sec\n"),
                E(".gitlab/CODEOWNERS", "[Security]\n/app/ @acme/sec\n", "^[Security]\n/app/ @acme/sec\n"),
                W(".github/CODEOWNERS", "* @me\n"),
                E("infra/github.tf", '  enforcement = "active"\n', '  enforcement = "disabled"\n'),
                E("infra/gitlab.tf", '  push_access_level = "maintainer"\n', '  push_access_level = "developer"\n'),
                E("infra/ado.tf", "    reviewer_count     = 2\n", "    reviewer_count     = 1\n"),
                E("infra/ado.tf", "    submitter_can_vote = false\n", "    submitter_can_vote = true\n"),
                E(".mergify.yml", '      - "#approved-reviews-by>=2"\n', '      - "#approved-reviews-by>=1"\n'),
                E(".mergify.yml", '      - "#approved-reviews-by>=1"\n      - check-success=ci\n', "      - check-success=ci\n")],
    must_not_match=[E(".github/CODEOWNERS", "/src/billing/ @acme/payments\n", "/src/billing/ @acme/payments @acme/finance\n"),
                    E(".github/CODEOWNERS", "/src/billing/ @acme/payments\n", "/src/payments/ @acme/payments\n"),
                    E("infra/github.tf", '  enforcement = "evaluate"\n', '  enforcement = "active"\n'),
                    E("infra/gitlab.tf", '  push_access_level = "developer"\n', '  push_access_level = "maintainer"\n'),
                    E("infra/ado.tf", "    reviewer_count     = 1\n", "    reviewer_count     = 2\n"),
                    E("infra/main.tf", "  enabled = true\n", "  enabled = false\n"),
                    E(".mergify.yml", '      - "#approved-reviews-by>=1"\n', '      - "#approved-reviews-by>=2"\n')],
)  # fmt: skip
def review_loosened(e: Effect, a: Analysis) -> str | Hit | None:
    got = _weak(e, "review", "review-rewrite")
    if got is not None and e.origin == "review-rewrite":
        return Hit(got, "ask")  # a code-owners file written over whole, its previous content unknown: what it drops is not known
    return got


@rule(
    "AM-WRITE-012",
    category="security-degrade",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create"},
    title="Gives a dev container or compose service the host",
    what="devcontainer.json or a compose file that runs privileged, mounts `/` or your whole home, shares the host PID "
    "namespace or adds SYS_ADMIN; the docker socket, your SSH/cloud keys and the host network are an ask.",
    why="Code in the container (a dependency, a post-create script) then controls the host.",
    example='"runArgs": ["--privileged", "-v", "/var/run/docker.sock:/var/run/docker.sock"]',
    instead="Mount only the project directory; use docker-outside-of-docker features scoped by the user.",
    must_match=[E(".devcontainer/devcontainer.json", '  "runArgs": []\n', '  "runArgs": ["--privileged"]\n'),
                E("docker-compose.yml", "    volumes:\n      - .:/app\n", "    volumes:\n      - .:/app\n      - /:/host\n"),
                E("docker-compose.yml", "    volumes:\n      - .:/app\n", "    volumes:\n      - .:/app\n      - /var/run/docker.sock:/var/run/docker.sock\n"),
                "cat > docker-compose.override.yml <<EOF\nservices:\n  app:\n    privileged: true\nEOF",
                "printf 'services:\\n  app:\\n    privileged: true\\n' > compose.yaml"],
    must_not_match=[E("docker-compose.yml", "    volumes:\n      - .:/app\n", "    volumes:\n      - .:/app\n      - pgdata:/var/lib/postgresql/data\n"),
                    "cat > docker-compose.yml <<EOF\nservices:\n  app:\n    image: nginx\nEOF"],
)  # fmt: skip
def container_host(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin in ("container-net", "container-tool"):
        return Hit(e.target, "ask")
    return _weak(e, "container")


@rule(
    "AM-WRITE-013",
    category="remote-exec",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"update", "create", "install"},
    title="Pulls pre-commit hooks from an unpinned source",
    what="A `.pre-commit-config.yaml` repository at a moving branch (`rev: main`) or over plain http.",
    why="The hooks run on every developer's commit; a moving branch runs whatever its owner pushes next.",
    example="- repo: https://github.com/someone/hooks\n  rev: main",
    instead="Pin the hook repository to a release tag or commit (`pre-commit autoupdate` writes one).",
    must_match=[E(".pre-commit-config.yaml", "repos:\n", "repos:\n  - repo: https://github.com/pyqual/ruff-hooks\n    rev: main\n    hooks:\n      - id: ruff-all\n")],
    must_not_match=[E(".pre-commit-config.yaml", "repos:\n", "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.7.4\n    hooks:\n      - id: ruff\n")],
)  # fmt: skip
def precommit_unpinned(e: Effect, a: Analysis) -> str | None:
    return _weak(e, "precommit")


@rule(
    "AM-EXFIL-020",
    category="exfiltrate",
    verdict="deny",
    kind="effect",
    names={"write"},
    title="Links a secret into another place",
    what="A symbolic or hard link (`ln -s`, `ln`, `cp -s`) whose target is a secret file (SSH keys and authorized_keys, "
    "cloud credentials, `.env`, token stores), made anywhere else: a served directory, the project, a temporary file.",
    why="Whatever reads, serves, uploads or commits the link's path gets the secret; the link is an exfiltration "
    "that waits for its reader, and a write through it changes the secret itself.",
    example="ln -sf ~/.ssh/authorized_keys public/keys.txt",
    instead="Leave secrets where they are; if a tool needs a credential, pass it the way the tool documents.",
    must_match=["ln -sf ~/.ssh/authorized_keys public/keys.txt", "ln -s ~/.aws/credentials static/c.txt",
                "ln /home/user/.ssh/id_ed25519 /tmp/k", "ln -s ../.env public/env.txt"],
    must_not_match=["ln -s ../shared/config.yaml config.yaml", "ln -sf build/app bin/app", "ln -s ~/notes/todo.md todo.md",
                    "ln -s /usr/bin/python3 .venv/bin/python"],
)  # fmt: skip
def secret_link(e: Effect, a: Analysis) -> str | None:
    if e.origin != "link" or not e.content or e.pclass == "secret":
        return None
    from automode.paths import classify

    # A symbolic link's relative target is relative to the link's directory, a hard link's to the working directory.
    bases = {e.target.rsplit("/", 1)[0] or "/", a.ctx.cwd or a.root}
    for base in sorted(bases):
        target = classify(e.content, base, a.ctx.home, a.root)
        if target.cls == "secret":
            return f"links {target.path} (a secret) as {e.target}"
    return None
