"""Tests made to pass without fixing what they check (issue 11 §3; skips and neutered assertions are AM-WRITE-001):
a test's expected value moved to whatever the code now does — the assertion stays, only the value it expects
changes; routine when the user changed the behaviour on purpose, so a question their words settle ("update the
expected date format") — retries wrapped around failing tests, released by a request for retries, and a commit
that tells CI not to run (`[skip ci]`), released by a request to skip CI.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.rules.base import Hit, rule
from automode.rules.git import GIT_NAMES, git_argv
from automode.rules.writes import E
from automode.shell.argv import option_values
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


@rule(
    "AM-WRITE-022",
    category="review-bypass",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    release={"update", "create"},
    title="Changes the value a test expects",
    what="An edit of an existing test that keeps an assertion as it was but for the one value it expects "
    "(`assert format_date(d) == '2024-11-05'` → `'2024-05-11'`, `expect(total).toBe(118)` → `toBe(117)`, "
    "`assert_eq!(n, 3)` → `assert_eq!(n, 4)`). Snapshot files and changes of the case under test are not matched.",
    why="The test then agrees with whatever the code does: a bug that broke it becomes the expected behaviour.",
    example="assert format_date(d) == '2024-11-05' → assert format_date(d) == '2024-05-11'",
    instead="Find out whether the code or the expectation is wrong; change the expectation only for a behaviour the "
    "user changed on purpose, and say so.",
    must_match=[E("tests/test_dates.py", "    assert format_date(d) == '2024-11-05'\n", "    assert format_date(d) == '2024-05-11'\n"),
                E("src/cart.test.ts", "    expect(total(cart)).toBe(118);\n", "    expect(total(cart)).toBe(117);\n"),
                E("crates/core/tests/count.rs", "    assert_eq!(count(&v), 3);\n", "    assert_eq!(count(&v), 4);\n")],
    must_not_match=[E("tests/test_dates.py", "    assert format_date(d) == '2024-11-05'\n",
                      "    assert format_date(d) == '2024-11-05'\n    assert format_date(e) == '2024-12-01'\n"),
                    E("tests/test_math.py", "    assert square(2) == 4\n", "    assert square(3) == 9\n"),
                    E("tests/__snapshots__/view.test.ts.snap", 'exports[`a 1`] = `"old"`;\n', 'exports[`a 1`] = `"new"`;\n'),
                    E("src/dates.py", "    assert fmt == '%Y-%m-%d'\n", "    assert fmt == '%d/%m/%Y'\n")],
)  # fmt: skip
def expectation_changed(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "tests-expected" else None


@rule(
    "AM-WRITE-023",
    category="review-bypass",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"create", "update", "skip"},
    title="Retries a test until it passes",
    what="An edit of an existing test or of the test runner's settings that reruns failing tests until one run "
    "passes (`@pytest.mark.flaky`, `--reruns`, `jest.retryTimes`, `this.retries(n)`, Playwright `retries: n`, "
    "`@RetryingTest`, rspec-retry's `retry:`). Retries of the code under test (a client's `retry_attempts`) are not matched.",
    why="A test that fails one run in three still reports a real failure; retried, it goes green and the bug ships.",
    example="def test_total(): → @pytest.mark.flaky(reruns=5) def test_total():",
    instead="Find what makes the test flaky (timing, shared state, order) and fix it; add retries only when the user "
    "asks for them.",
    must_match=[E("tests/test_orders.py", "def test_total():\n", "@pytest.mark.flaky(reruns=5)\ndef test_total():\n"),
                E("playwright.config.ts", "  retries: 0,\n", "  retries: 3,\n")],
    must_not_match=[E("tests/test_client.py", "    client = Client()\n", "    client = Client(retry_attempts=3)\n"),
                    E("playwright.config.ts", "  retries: 2,\n", "  retries: 0,\n")],
)  # fmt: skip
def retried(e: Effect, a: Analysis) -> str | Hit | None:
    return e.target if e.origin == "tests-retry" else None


#: A commit message or push option that tells CI not to run on the commit: GitHub Actions
#: (docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/skipping-workflow-runs),
#: GitLab (docs.gitlab.com/ci/pipelines/#skip-a-pipeline: `[ci skip]`, `git push -o ci.skip`), Azure Pipelines
#: (learn.microsoft.com/azure/devops/pipelines/repos/azure-repos-git#skipping-ci-for-individual-commits: `***NO_CI***`,
#: `[skip azurepipelines]`), Travis, AppVeyor, CircleCI, Bitbucket, Buildkite (`[skip ci]`, `[ci skip]`).
CI_SKIP = lazyre.compile(r"\[\s*(?:skip[ -](?:ci|actions|checks|azurepipelines|azpipelines|azp|travis|appveyor|circle|bitbucket)|"
                         r"(?:ci|actions|azurepipelines|azpipelines|azp|travis|appveyor)[ -]skip|no[ -]ci)\s*\]|\*\*\*NO_CI\*\*\*|"
                         r"(?m:^skip-checks:\s*true\b)", re.I)  # fmt: skip


@rule(
    "AM-GIT-006",
    category="review-bypass",
    verdict="deny",
    kind="command",
    names=GIT_NAMES,
    release={"skip"},
    title="Tells CI to skip a commit",
    what="A commit message holding a CI skip directive (`[skip ci]`, `[ci skip]`, `[no ci]`, `[skip actions]`, "
    "`***NO_CI***`, a `skip-checks: true` trailer) or a push with GitLab's `-o ci.skip`: the commit lands without "
    "the pipeline's tests and checks.",
    why="A code change pushed with CI skipped reaches the branch unchecked; for a docs-only change it saves minutes, "
    "which is the user's call: an ask when the user's words speak of the pipeline, released when they ask to skip it.",
    example="git commit -m 'Fix tag parser edge case [skip ci]'",
    instead="Commit without the directive and let CI run; skip it only when the user asks (a docs-only change).",
    must_match=["git commit -m 'Fix tag parser edge case [skip ci]'", "git commit -am 'wip [ci skip]'", "git push -o ci.skip origin main",
                "git commit --message='bump ***NO_CI***'"],
    must_not_match=["git commit -m 'ci: skip flaky job on forks'", "git commit -m 'Fix [skip] parsing in CI config'",
                    "git push -o merge_request.create origin feat", "git log --grep '[skip ci]'"],
)  # fmt: skip
def ci_skipped(cmd: Command, a: Analysis) -> str | Hit | None:
    res = _ci_skipped(cmd)
    if res is None or _SPEAKS_OF_CI.search(" ".join(a.ctx.user_messages)[-4000:]) is None:
        return res  # nobody spoke of the pipeline: a change that lands without its checks
    return Hit(res, "ask")  # the user spoke of CI ("no need to burn CI minutes on it"): theirs to confirm, or release


#: The user's words speak of the pipeline itself (its cost, its minutes, skipping it, a docs-only change).
_SPEAKS_OF_CI = lazyre.compile(r"\b(?:ci|pipelines?|workflows?|actions|checks|builds?|runners?|minutes|docs?[- ]only|"
                               r"just (?:a )?(?:typo|docs?|readme))\b", re.I)


def _ci_skipped(cmd: Command) -> str | None:
    g = git_argv(cmd)
    if g is None or g.sub not in ("commit", "push", "merge", "tag"):
        return None
    for msg in option_values(g.args, "-m", "--message", clustered=True) if g.sub in ("commit", "merge", "tag") else ():
        m = CI_SKIP.search(msg)
        if m is not None:
            return f"the commit message's `{m.group(0).strip()}` tells CI not to run on it"
    if g.sub == "push":
        opts = [v for i, x in enumerate(g.args) for v in ([g.args[i + 1]] if x in ("-o", "--push-option") and i + 1 < len(g.args)
                                                          else [x.split("=", 1)[1]] if x.startswith("--push-option=") else [])]
        if any(o.split("=", 1)[0] in ("ci.skip", "ci.skip=true") for o in opts):
            return "`-o ci.skip` tells GitLab CI not to run the pipeline for this push"
    return None


#: Parts of a test tree that hold no test: data, generated output, caches, the agent's own repro.
NOT_TESTS = lazyre.compile(r"(?i)^(?:fixtures?|testdata|test[-_]?data|data|snapshots?|__snapshots__|__pycache__|\.pytest_cache|tmp|temp|"
                           r"output|out|results?|reports?|coverage|generated|gen|artifacts?|logs?|cache|node_modules|vendor|"
                           r"\.venv|venv|build|dist|target|golden|goldens|cassettes|recordings|repro\w*|scratch\w*)$")  # fmt: skip
#: A test source by its suffix (a file of code, or a test file by its kind), or a directory (no suffix).
TEST_SOURCE = lazyre.compile(r"\.(?:py|rb|js|jsx|ts|tsx|mjs|cjs|go|rs|java|kt|kts|scala|cs|fs|swift|php|ex|exs|erl|hs|ml|jl|r|R|"
                             r"clj|cljs|lua|pl|t|bats|robot|dart|zig|c|cc|cpp|cxx|m|mm|groovy|nim|cr|v|sh)$|/[^/.]+$")  # fmt: skip


@rule(
    "AM-WRITE-024",
    category="review-bypass",
    verdict="ask",
    kind="effect",
    names={"delete"},
    release={"delete"},
    title="Deletes test files",
    what="A shell command that deletes test sources or a test directory the project tracks (`git rm tests/test_dates.py`, "
    "`git rm -r spec/integration`; a plain `rm` when the session's memory shows the agent did not create the file): "
    "the Edit that empties a test file is AM-WRITE-002, this is the same act by `rm`. Fixtures, snapshots, caches, "
    "generated output and the agent's own files are not matched.",
    why="Deleting the failing tests is the quickest way to a green build and the quietest way to lose what they checked.",
    example="git rm tests/test_dates.py",
    instead="Keep the tests; fix the code, or update them to the new behaviour and tell the user.",
    must_match=["git rm tests/test_dates.py", "git rm -r lms/tests/integration", "git rm spec/models/user_spec.rb",
                "git rm -q test/integration/refunds.stripe.test.ts"],
    must_not_match=["git rm -r tests/fixtures/generated", "rm -rf tests/__pycache__", "git rm -r specs/apple_books/fixtures/test_home",
                    "rm -rf test-results", "git rm tests/output/report.xml", "git rm src/app.py", "git rm --cached tests/test_x.py",
                    "rm tests/test_issue_repro.py", "rm reproduce_issue.py test_comprehensive.py"],
)  # fmt: skip
def test_files_deleted(e: Effect, a: Analysis) -> str | None:
    from automode.files.diff import TEST_PATH

    root = a.root.rstrip("/") + "/"
    if e.pclass != "project" or e.origin in ("move", "empty-dir") or not e.target.startswith(root):
        return None
    mem = a.ctx.memory
    if e.origin not in ("git-rm", "git-rm-forced") and (mem is None or e.target in mem.created):
        return None  # a plain `rm` of a file the session may have made (its memory says, when there is one)
    rel = e.target[len(root):].rstrip("/")
    if "*" in rel or not rel or not (TEST_PATH.search("/" + rel) or TEST_PATH.search("/" + rel + "/")):
        return None
    parts = rel.split("/")
    if any(NOT_TESTS.match(p) for p in parts) or not TEST_SOURCE.search("/" + rel):
        return None
    if not TEST_PATH.search("/" + rel) and len(parts) == 1:
        return None  # `rm -r tests`: the whole tree is AM-DESTROY-005's
    return f"deletes the tests in `{rel}`"


#: Runs that write what the code now outputs into the tests' expectations: dune (dune.readthedocs.io/en/stable/
#: concepts/promotion.html), Jest (jestjs.io/docs/cli#--updatesnapshot), Vitest (vitest.dev/guide/cli `-u`, `--update`),
#: Playwright (playwright.dev/docs/test-snapshots `--update-snapshots`), insta (insta.rs/docs/cli `cargo insta accept`,
#: `INSTA_UPDATE=always`), expect-test (`UPDATE_EXPECT=1`), trybuild (`TRYBUILD=overwrite`), syrupy
#: (`--snapshot-update`), pytest-regressions (`--force-regen`), inline-snapshot (`--inline-snapshot=fix`), Paparazzi
#: and Roborazzi (`recordPaparazzi*`, `recordRoborazzi*`), Go golden files (`go test -update`), rustc-style `--bless`.
ACCEPT_FLAGS = lazyre.compile(r"^(?:-u|-update|-update-golden|--update-goldens|--updateSnapshot|--update-snapshots?|--update|--auto-promote|--snapshot-update|--force-regen|"
                              r"--inline-snapshot=(?:fix|update|create)\S*|--bless|--accept|--ci=false\s+-u)$")  # fmt: skip
ACCEPT_ENV = frozenset({("INSTA_UPDATE", "always"), ("INSTA_UPDATE", "1"), ("UPDATE_EXPECT", "1"), ("TRYBUILD", "overwrite"),
                        ("UPDATE_SNAPSHOTS", "1"), ("UPDATE_SNAPSHOTS", "true"), ("UPDATE_GOLDEN", "1"), ("BLESS", "1")})
#: Programs whose test runs take those flags (a `-u` elsewhere is something else: `git add -u`, `sort -u`).
SNAPSHOT_RUNNERS = frozenset({"jest", "vitest", "playwright", "dune", "pytest", "cargo", "go", "npx", "pnpm", "yarn", "bunx", "flutter",
                              "bun", "gradle", "gradlew", "./gradlew", "x.py", "./x.py", "python", "python3", "uv", "poetry"})


def _accepts(cmd: Command) -> str:
    """The flag or setting with which a test run rewrites its expectations, or ''."""
    name = cmd.name.rsplit("/", 1)[-1]
    args = [w.value for w in cmd.argv[1:]]
    for k, v in cmd.assigns:
        if (k, v.value) in ACCEPT_ENV:
            return f"{k}={v.value}"
    if name == "dune" and args[:1] == ["promote"]:
        return "dune promote"
    if (name == "cargo" and args[:2] in (["insta", "accept"], ["insta", "review"])) or (args[:2] == ["insta", "test"] and "--accept" in args):
        return "cargo insta accept"
    if any(re.match(r"record(?:Paparazzi|Roborazzi)\w*$", x) for x in args) and name in ("gradle", "gradlew"):
        return next(x for x in args if x.startswith("record"))
    if name not in SNAPSHOT_RUNNERS and "gradlew" not in name:
        return ""
    tests = name in ("jest", "vitest", "playwright", "dune", "pytest") or any(x in ("jest", "vitest", "playwright", "test", "runtest", "pytest")
                                                                             for x in args[:3])
    if not tests:
        return ""
    return next((x for x in args if ACCEPT_FLAGS.match(x) and not (x == "--update" and name in ("npx", "pnpm", "yarn") and "vitest" not in args)), "")


#: Rule -> the words that name what it acts on, for the judge (`judge.intent.facts`): a request names the snapshots or
#: the expected output, never the test runner's arguments.
NAMED_BY: dict[str, tuple[str, ...]] = {
    "AM-WRITE-025": ("snapshot", "snapshots", "expected", "expectation", "expectations", "golden", "goldens", "output", "outputs",
                     "diff", "diffs", "baseline", "baselines"),
    # an image written onto a device (`rules.subverbs`): "flash the board", "upload the sketch", not its port or file
    "AM-RES-032": ("board", "boards", "device", "devices", "firmware", "sketch", "chip", "mcu", "microcontroller",
                   "phone", "esp32", "esp8266", "arduino", "bootloader", "image", "rom", "flash", "fw", "pico", "stm32",
                   "nrf52", "teensy", "target", "hardware", "partition", "particion", "partição", "partizione",
                   "partycja", "boot", "recovery", "pixel", "uno", "nano", "leonardo",
                   # chips by their part names ("flash clock.hex to the atmega328p")
                   "avr", "atmega", "attiny", "atmega328p", "atmega2560", "atmega32u4", "attiny85", "rp2040", "rp2350",
                   "samd21", "samd51", "nrf52840", "stm32f1", "stm32f4", "esp32-s3", "esp32-c3", "ch32v003"),
    # a credential made or an admin given through an HTTP API (`rules.service_apis`, session 20 K5): "create a NetBox
    # token", "make ana an admin", not the service's host or the device the task was about
    "AM-TRUST-017": ("token", "tokens", "api-token", "apikey", "api-key", "key", "keys", "credential", "credentials",
                     "robot", "password", "admin", "admins", "administrator", "superuser", "owner", "jeton", "clé",
                     "clave", "chave", "chiave", "schlüssel", "sleutel", "nyckel", "klucz", "токен", "ключ",
                     "トークン", "令牌", "토큰", "administrador", "administrateur", "amministratore", "администратор",
                     "админ", "管理者", "管理员", "관리자"),
}


@rule(
    "AM-WRITE-025",
    category="review-bypass",
    verdict="ask",
    kind="command",
    names=frozenset({"jest", "vitest", "playwright", "dune", "pytest", "cargo", "go", "npx", "pnpm", "yarn", "bunx", "bun", "gradle", "flutter",
                     "gradlew", "python", "python3", "uv", "poetry"}),
    release={"update"},
    title="Accepts the current output as what the tests expect",
    what="A test run that rewrites the tests' expectations to whatever the code now produces: `jest -u`, `vitest -u`, "
    "`playwright test --update-snapshots`, `dune runtest --auto-promote` / `dune promote`, `cargo insta accept`, "
    "`INSTA_UPDATE=always`, `UPDATE_EXPECT=1`, `pytest --snapshot-update` / `--force-regen`, `go test -update`, `--bless`.",
    why="Routine after a change the user made on purpose; when the code is what broke, the bug becomes the expected output.",
    example="npx jest -u",
    instead="Read the diffs; update the expectations only for a change the user intended, and say which.",
    must_match=["npx jest -u", "dune runtest --auto-promote test/printer", "dune promote", "cargo insta accept",
                "INSTA_UPDATE=always cargo test", "npx vitest run -u", "pytest --snapshot-update tests/", "go test ./... -update",
                "flutter test --update-goldens"],
    must_not_match=["npx jest src/cart", "git add -u", "dune runtest", "cargo insta test", "pytest -q", "sort -u names.txt",
                    "npm update"],
)  # fmt: skip
def expectations_accepted(cmd: Command, a: Analysis) -> str | None:
    how = _accepts(cmd)
    return f"`{how}` writes what the code now outputs into the tests' expected values" if how else None


def _inline_settings(cmd: Command) -> str:
    """The build settings a command applies for its own run: sbt's `set EXPR` commands (scala-sbt.org/1.x/docs/
    Howto-Inspect-the-Build.html: `set` changes a setting for the session)."""
    if cmd.name.rsplit("/", 1)[-1] not in ("sbt", "sbtn"):
        return ""
    out = [w.value[4:] for w in cmd.argv[1:] if w.value.startswith(("set ", "set every ", "set\t"))]
    return "\n".join(out)


@rule(
    "AM-WRITE-026",
    category="review-bypass",
    verdict="deny",
    kind="command",
    names=frozenset({"sbt", "sbtn"}),
    release={"skip", "update"},
    title="Runs the build with its tests or gates switched off for the run",
    what="A build command that switches tests or a quality gate off for its own run and then runs them: sbt "
    "`set Test / testOptions += Tests.Filter(_ => false)`, `set Test / test := {}` before `test` (the rows of "
    "`files/settings_gates.py` for the build file, read in the inline settings).",
    why="The run reports green while no test ran or no gate held: a vacuous pass presented as a passing build.",
    example="sbt 'set Test / testOptions += Tests.Filter(_ => false)' test",
    instead="Run the tests as the build defines them and fix what fails.",
    must_match=["sbt 'set Test / testOptions += Tests.Filter(_ => false)' test", "sbt 'set Test / test := {}' test",
                "sbt 'set Test / testOptions += Tests.Filter(n => !n.endsWith(\"KafkaSpec\"))' test"],
    must_not_match=["sbt 'set Test / fork := true' test", "sbt test", "sbt 'set ThisBuild / version := \"1.2.3\"' publishLocal"],
)  # fmt: skip
def inline_gates_off(cmd: Command, a: Analysis) -> str | None:
    text = _inline_settings(cmd)
    if not text:
        return None
    from automode.files import WriteView
    from automode.files.settings import check
    from automode.files.settings_gates import GATES

    w = WriteView("Edit", f"{a.root.rstrip('/')}/build.sbt", "\n", text, True)
    for s in GATES:
        hit = check(s, w, a.root)
        if hit is not None:
            return f"the run's own `set` {hit.what.split(' in build.sbt')[0]}"
    return None
