"""How each test framework skips a test, marks it expected to fail or runs one test alone (read by
`files.weaken_tests`; reported by AM-WRITE-001).

One `Form` per framework idiom, with the doc it comes from and fixtures on both sides (run by
`tests/engine/test_skip_forms.py`). A form is matched in the lines an edit adds to an existing test file and counts
only when it is not the body of a condition (`if not HAS_GPU: pytest.skip()`, `skip_if_not_installed("x")`,
`XCTSkipIf(isCI)`): a skip where the test cannot run is routine. `langs`: the file suffixes where the form means a
skip (empty: any test file); in languages whose tests live in their sources (`INLINE`: Rust, Zig) only the forms
naming that suffix apply. Frameworks whose skips are a setting of the build (CTest `DISABLED`, Bazel `manual`,
pytest `--deselect`, Maven `skipTests`) are rows of `files.settings_gates`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode.dc import dataclass

Fixture = tuple[str, str, str]  # (path below the project, old text, new text)
#: Languages whose tests sit inside the sources (`#[test]`, `test "name" {}`): only their own forms apply there.
INLINE = (".rs", ".zig")
CXX = (".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx", ".ipp", ".m", ".mm")
JS = (".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".coffee")


@dataclass(frozen=True, slots=True)
class Form:
    id: str  # framework.idiom
    pattern: str  # the construct as the framework spells it (multi-line mode)
    kind: str  # skip | xfail | focus
    doc: str  # where the spelling comes from
    must_match: tuple[Fixture, ...]
    must_not_match: tuple[Fixture, ...]
    langs: tuple[str, ...] = ()


FORMS: tuple[Form, ...] = (
    # ------------------------------------------------------------------------------------------------ Python
    Form("pytest.skip", r"@pytest\.mark\.skip\b(?!if)|^\s*pytestmark\s*=\s*\[?\s*pytest\.mark\.skip\b(?!if)|^\s*pytest\.skip\(|^\s*__test__\s*=\s*False\b",
         "skip", "docs.pytest.org/en/stable/how-to/skipping.html",
         (("tests/test_api.py", "def test_login():\n", "@pytest.mark.skip(reason='flaky')\ndef test_login():\n"),
          ("tests/test_api.py", "import pytest\n", "import pytest\n\npytestmark = pytest.mark.skip(reason='wip')\n")),
         (("tests/test_api.py", "def test_login():\n", "@pytest.mark.skipif(sys.platform == 'win32', reason='posix')\ndef test_login():\n"),),
         (".py",)),
    Form("pytest.xfail", r"@pytest\.mark\.xfail\b(?!\(\s*(?!(?:reason|raises|run|strict)\s*=)[^)\s])|^\s*pytest\.xfail\(|"
         r"^\s*pytestmark\s*=\s*\[?\s*pytest\.mark\.xfail\b(?!\(\s*(?!(?:reason|raises|run|strict)\s*=)[^)\s])", "xfail",
         "docs.pytest.org/en/stable/how-to/skipping.html#xfail-mark-test-functions-as-expected-to-fail",
         (("tests/test_api.py", "def test_login():\n", "@pytest.mark.xfail(reason='bug 12')\ndef test_login():\n"),),
         (("tests/test_api.py", "def test_login():\n", "@pytest.mark.xfail(sys.platform == 'darwin', reason='bug 12')\ndef test_login():\n"),),
         (".py",)),
    Form("unittest.skip", r"@unittest\.skip\b(?!If|Unless)|@unittest\.expectedFailure|^\s*self\.skipTest\(|^\s*raise\s+(?:unittest\.)?SkipTest\b|^\s*@nottest\b",
         "skip", "docs.python.org/3/library/unittest.html#skipping-tests-and-expected-failures (nose: @nottest)",
         (("tests/test_api.py", "    def test_login(self):\n", "    def test_login(self):\n        self.skipTest('flaky')\n"),),
         (("tests/test_api.py", "    def test_login(self):\n", "    def test_login(self):\n        if not HAS_NET:\n            self.skipTest('offline')\n"),),
         (".py",)),
    # ------------------------------------------------------------------------------------------------ JavaScript
    Form("x-prefix", r"\bx(?:it|describe|test|context|specify)\s*(?:\(|['\"])", "skip",
         "jasmine.github.io/api/edge/global.html#xit; rspec.info/features/3-12/rspec-core/pending-and-skipped-examples/skip; "
         "kotest.io/docs/framework/conditional/conditional-tests-with-focus-and-bang.html (xtest, xdescribe)",
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  xit "schedules the SMS" do\n'),
          ("src/app.test.ts", "  describe('cart', () => {\n", "  xdescribe('cart', () => {\n")),
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  it "exits the SMS flow" do\n'),)),
    Form("js.skip", r"\b(?:it|test|describe|context|suite|specify)\.(?:skip|todo)\s*\(\s*(?:['\"`]|$)|"
         r"\btest\.describe\.(?:skip|fixme)\s*\(|^\s*test\.(?:skip|fixme)\(\s*(?:\)|true\b)|^\s*this\.skip\(\s*\)|"
         r"\b(?:QUnit|Deno\.test)\.(?:skip|todo|ignore)\s*\(|\bDeno\.test\(\s*\{[^}]*\bignore\s*:\s*true\b",
         "skip", "jestjs.io/docs/api#testskipname-fn; vitest.dev/api/#test-skip; mochajs.org/#inclusive-tests; "
         "playwright.dev/docs/test-annotations; api.qunitjs.com/QUnit/skip; docs.deno.com/runtime/fundamentals/testing",
         (("src/app.test.ts", "  it('renders', () => {\n", "  it.skip('renders', () => {\n"),
          ("e2e/login.spec.ts", "test('logs in', async ({ page }) => {\n", "test('logs in', async ({ page }) => {\n  test.fixme();\n"),
          ("src/util_test.ts", "Deno.test('parses', () => {\n", "Deno.test.ignore('parses', () => {\n"),
          # (the title on the next line, as Prettier wraps a long one; or an in-place `s/^  it(/  it.skip(/`)
          ("src/cart.test.ts", "  it(\n    'totals the cart with every discount applied',\n", "  it.skip(\n    'totals the cart with every discount applied',\n")),
         (("e2e/login.spec.ts", "test('logs in', async ({ page, browserName }) => {\n",
           "test('logs in', async ({ page, browserName }) => {\n  test.skip(browserName === 'webkit', 'no clipboard');\n"),), JS),
    Form("js.options-skip", r"\b(?:it|test|describe|suite)\s*\(\s*['\"`][^'\"`\n]*['\"`]\s*,\s*\{[^}\n]*\b(?:skip|todo)\s*:\s*(?:true\b|['\"`])",
         "skip", "nodejs.org/api/test.html#testname-options-fn (options.skip, options.todo); node-tap.org",
         (("test/parse.test.mjs", "test('parses', () => {\n", "test('parses', { skip: 'flaky' }, () => {\n"),),
         (("test/parse.test.mjs", "test('parses', () => {\n", "test('parses', { skip: process.platform === 'win32' }, () => {\n"),), JS),
    Form("js.expected-fail", r"\b(?:it|test)\.(?:fails|failing)\s*\(\s*['\"`]|^\s*test\.fail\(\s*(?:\)|true\b)", "xfail",
         "vitest.dev/api/#test-fails; github.com/avajs/ava/blob/main/docs/01-writing-tests.md#failing-tests; bun.sh/docs/test/writing#test-failing",
         (("src/cart.test.ts", "test('totals', () => {\n", "test.fails('totals', () => {\n"),),
         (("src/cart.test.ts", "test('totals', () => {\n", "test('totals fail on bad input', () => {\n"),), JS),
    Form("js.focus", r"\b(?:it|test|describe|context|suite)\.only\s*\(|\btest\.describe\.only\s*\(|(?<![.\w])f(?:describe|context)\s*\(|"
         r"(?<![.\w])fit\s*\(\s*['\"`]|\b(?:QUnit|Deno\.test)\.only\s*\(", "focus",
         "jestjs.io/docs/api#testonlyname-fn-timeout; jasmine.github.io/api/edge/global.html#fit",
         (("src/app.test.ts", "  it('renders', () => {\n", "  it.only('renders', () => {\n"),),
         (("src/app.test.ts", "  it('renders', () => {\n", "  it('renders only the header', () => {\n"),), JS),
    # ------------------------------------------------------------------------------------------------ Ruby, Bats, R, Lua, Perl
    Form("bare.skip", r"^\s*skip\s*(?:\(|['\"]|;|$)|^\s*pending\s*(?:\(|['\"]|$)|\bpendingWith\s*[\"(]|\$\s*pending\s*$", "skip",
         "rspec.info/features/3-12/rspec-core/pending-and-skipped-examples; docs.seattlerb.org/minitest (skip); "
         "bats-core.readthedocs.io/en/stable/writing-tests.html#skip-easily-skip-tests; lunarmodules.github.io/busted (pending); "
         "hackage.haskell.org/package/hspec-core (pending, pendingWith)",
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  it "schedules the SMS" do\n    skip "flaky"\n'),
          ("test/cli.bats", '@test "prints help" {\n', '@test "prints help" {\n  skip\n'),
          ("test/models/user_test.rb", '  test "saves" do\n', '  skip; test "saves" do\n'),
          ("test/SortSpec.hs", '  it "sorts" $ do\n', '  it "sorts" $ do\n    pendingWith "rewrite"\n')),
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  it "schedules the SMS" do\n    skip "needs redis" unless ENV["REDIS_URL"]\n'),
          ("test/cli.bats", '@test "prints help" {\n', '@test "prints help" {\n  [[ -n "$CI" ]] || skip "local only"\n'))),
    Form("rspec.metadata", r"\b(?:it|specify|example|describe|context|scenario|feature)\s*\(?\s*['\"][^'\"\n]*['\"]\s*,\s*(?::(?:skip|pending)\b|(?:skip|pending)\s*:\s*(?:true\b|['\"]))|"
         r"\bx(?:example|scenario|feature)\s*(?:\(|['\"])", "skip", "rspec.info/features/3-12/rspec-core/pending-and-skipped-examples/skip",
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  it "schedules the SMS", skip: "flaky" do\n'),),
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  it "schedules the SMS", :vcr do\n'),), (".rb",)),
    Form("rspec.focus", r"\b(?:it|specify|describe|context)\s*\(?\s*['\"][^'\"\n]*['\"]\s*,\s*(?::focus\b|focus:\s*true)|^\s*f(?:it|specify|describe|context)\s+['\"]",
         "focus", "rspec.info/features/3-12/rspec-core/filtering/filter-run-when-matching",
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  fit "schedules the SMS" do\n'),),
         (("spec/reminder_spec.rb", '  it "schedules the SMS" do\n', '  it "schedules the SMS", :focus_area do\n'),), (".rb",)),
    Form("testthat.skip", r"^\s*skip_on_ci\s*\(|^\s*skip_if\s*\(\s*TRUE\b|^\s*skip_if_not\s*\(\s*FALSE\b", "skip",
         "testthat.r-lib.org/reference/skip.html",
         (("tests/testthat/test-fit.R", 'test_that("fit converges", {\n', 'test_that("fit converges", {\n  skip_on_ci()\n'),),
         (("tests/testthat/test-fit.R", 'test_that("fit converges", {\n', 'test_that("fit converges", {\n  skip_if_not_installed("glmnet")\n'),
          ("tests/testthat/test-fit.R", 'test_that("fit converges", {\n', 'test_that("fit converges", {\n  skip_on_cran()\n')), (".r",)),
    Form("perl.skip", r"^\s*skip\s+['\"][^'\"\n]*['\"]\s*,\s*\d+\s*;|\bplan\s*\(?\s*skip_all\b|^\s*skip_all\s*\(|^\s*(?:local\s+)?\$TODO\s*=|\btodo_skip\s*\(",
         "skip", "metacpan.org/pod/Test::More#Conditional-tests (SKIP, TODO, skip_all)",
         (("t/parse.t", "use Test::More;\n", "use Test::More;\nplan skip_all => 'broken parser';\n"),
          ("t/parse.t", "TODO: {\n", "TODO: {\n    local $TODO = 'parser rewrite';\n")),
         (("t/parse.t", "use Test::More;\n", "use Test::More;\nplan skip_all => 'needs DBI' unless eval { require DBI; 1 };\n"),),
         (".t", ".pl", ".pm")),
    # ------------------------------------------------------------------------------------------------ Go, Rust, Zig
    Form("go.skip", r"\b[tb]\.Skip(?:Now|f)?\(|^//\s*(?:go:build|\+build)\s+ignore\b", "skip",
         "pkg.go.dev/testing#T.Skip; pkg.go.dev/cmd/go#hdr-Build_constraints (ignore)",
         (("pkg/api_test.go", "func TestSync(t *testing.T) {\n", "func TestSync(t *testing.T) {\n\tt.Skip(\"flaky\")\n"),
          ("pkg/api_test.go", "package api\n", "//go:build ignore\n\npackage api\n")),
         (("pkg/api_test.go", "func TestSync(t *testing.T) {\n", "func TestSync(t *testing.T) {\n\tif testing.Short() {\n\t\tt.Skip(\"slow\")\n\t}\n"),),
         (".go",)),
    Form("rust.ignore", r"^\s*#\[ignore\b|^\s*#\[cfg\(any\(\)\)\]", "skip",
         "doc.rust-lang.org/reference/attributes/testing.html#the-ignore-attribute",
         (("src/wal.rs", "    #[test]\n    fn replays() {\n", "    #[test]\n    #[ignore = \"flaky\"]\n    fn replays() {\n"),),
         (("src/wal.rs", "    #[test]\n    fn replays() {\n", "    #[test]\n    #[cfg_attr(miri, ignore)]\n    fn replays() {\n"),),
         (".rs",)),
    Form("zig.skip", r"\breturn\s+error\.SkipZigTest\b", "skip", "ziglang.org/documentation/master/#Skip-Tests",
         (("src/parser.zig", 'test "parses nested" {\n', 'test "parses nested" {\n    return error.SkipZigTest;\n'),
          ("src/parser.zig", 'test "parses nested" {\n', 'test "parses nested" {\n    if (true) return error.SkipZigTest;\n')),
         (("src/parser.zig", 'test "parses nested" {\n', 'test "parses nested" {\n    if (builtin.os.tag == .windows) return error.SkipZigTest;\n'),),
         (".zig",)),
    # ------------------------------------------------------------------------------------------------ JVM
    Form("junit.disabled", r"@Disabled\b(?!If|On|For)|@Ignore\b|@Test\s*\(\s*enabled\s*=\s*false", "skip",
         "junit.org/junit5/docs/current/user-guide/#writing-tests-disabling; testng.org/#_test_methods (enabled = false); "
         "scalatest.org/scaladoc (org.scalatest.Ignore)",
         (("src/test/java/com/acme/OrderTest.java", "    @Test\n    void totals() {\n", "    @Test\n    @Disabled(\"flaky\")\n    void totals() {\n"),),
         (("src/test/java/com/acme/OrderTest.java", "    @Test\n    void totals() {\n", "    @Test\n    @DisabledOnOs(OS.WINDOWS)\n    void totals() {\n"),)),
    Form("kotest.disabled", r"\bx(?:should|given|when|then|feature|scenario|expect|fun)\s*\(|\.config\(\s*(?:[^)]*,\s*)?enabled\s*=\s*false\b|"
         r"^\s*\"!", "skip", "kotest.io/docs/framework/conditional/conditional-tests-with-enabled-flags.html; "
         "kotest.io/docs/framework/conditional/conditional-tests-with-focus-and-bang.html",
         (("src/test/kotlin/CartSpec.kt", '    test("totals") {\n', '    test("totals").config(enabled = false) {\n'),
          ("src/test/kotlin/CartSpec.kt", '    "totals" {\n', '    "!totals" {\n')),
         (("src/test/kotlin/CartSpec.kt", '    test("totals") {\n', '    test("totals").config(enabled = !isCI) {\n'),), (".kt", ".kts")),
    Form("scala.ignore", r"^\s*ignore\s*\(\s*\"|\"\s+ignore\s*\{|^\s*ignore\s+should\b|\bpendingUntilFixed\b|"
         r"\btest\s*\(\s*\"[^\"\n]*\"\s*\.(?:ignore|fail|pending)\b|\bargs\([^)\n]*\bskipAll\s*=\s*true|^\s*skipped\s*(?:\(|$)",
         "skip", "scalatest.org/user_guide/tagging_your_tests (ignore); scalameta.org/munit/docs/filtering.html; "
         "etorreborre.github.io/specs2/guide/SPECS2-5.0.0/org.specs2.guide.SkipExamples.html",
         (("src/test/scala/CartSuite.scala", '  test("totals") {\n', '  ignore("totals") {\n'),
          ("src/test/scala/CartSuite.scala", '  test("totals") {\n', '  test("totals".ignore) {\n')),
         (("src/test/scala/CartSuite.scala", '  test("totals") {\n', '  test("totals ignore zero lines") {\n'),), (".scala", ".sc")),
    Form("scala.focus", r"\btest\s*\(\s*\"[^\"\n]*\"\s*\.only\b", "focus", "scalameta.org/munit/docs/filtering.html",
         (("src/test/scala/CartSuite.scala", '  test("totals") {\n', '  test("totals".only) {\n'),),
         (("src/test/scala/CartSuite.scala", '  test("totals") {\n', '  test("totals".tag(Slow)) {\n'),), (".scala", ".sc")),
    # ------------------------------------------------------------------------------------------------ BEAM, Haskell, OCaml, Julia, Clojure
    Form("exunit.skip", r"^\s*@(?:module|describe)?tag\s+(?::skip\b|skip:)", "skip", "hexdocs.pm/ex_unit/ExUnit.Case.html#module-known-tags",
         (("test/app/waitlist_test.exs", '  test "promote/2 respects capacity" do\n', '  @tag :skip\n  test "promote/2 respects capacity" do\n'),),
         (("test/app/waitlist_test.exs", '  test "promote/2 respects capacity" do\n', '  @tag :slow\n  test "promote/2 respects capacity" do\n'),)),
    Form("ct.skip", r"\)\s*->\s*\{skip\s*,|^\s*\{skip\s*,|\{skip_(?:cases|suites|groups)\s*,", "skip",
         "erlang.org/doc/apps/common_test/write_test_chapter.html (skipping test cases); erlang.org/doc/apps/common_test/run_test_chapter.html (test specifications)",
         (("test/cart_SUITE.erl", "totals(_Config) ->\n    ok = cart:check().\n", "totals(_Config) ->\n    {skip, \"flaky\"}.\n"),),
         (("test/cart_SUITE.erl", "init_per_testcase(_, Config) ->\n    Config.\n",
           "init_per_testcase(_, Config) ->\n    case os:getenv(\"DB\") of\n        false -> {skip, no_db};\n        _ -> Config\n    end.\n"),),
         (".erl", ".hrl", ".spec")),
    Form("hspec.skip", r"\bx(?:it|specify|describe|context)\s+\"|\b(?:ignoreTest|ignoreTestBecause|expectFail|expectFailBecause)\b", "skip",
         "hackage.haskell.org/package/hspec-core/docs/Test-Hspec-Core-Spec.html (xit, xdescribe); hackage.haskell.org/package/tasty-expected-failure",
         (("test/SortSpec.hs", '  it "sorts" $ do\n', '  xit "sorts" $ do\n'),
          ("test/Main.hs", '  , testCase "sorts" sortCase\n', '  , ignoreTest (testCase "sorts" sortCase)\n')),
         (("test/SortSpec.hs", '  it "sorts" $ do\n', '  it "sorts twice" $ do\n'),), (".hs", ".lhs")),
    Form("hspec.focus", r"(?<![.\w])f(?:it|specify|describe|context)\s+\"|^\s*focus\s+\$", "focus",
         "hackage.haskell.org/package/hspec-core/docs/Test-Hspec-Core-Spec.html#focus",
         (("test/SortSpec.hs", '  it "sorts" $ do\n', '  fit "sorts" $ do\n'),),
         (("test/SortSpec.hs", '  it "sorts" $ do\n', '  it "fits" $ do\n'),), (".hs", ".lhs")),
    Form("ocaml.skip", r"\bAlcotest\.skip\s*\(\s*\)|^\s*skip\s*\(\s*\)\s*;?|\(enabled_if\s+false\)", "skip",
         "mirage.github.io/alcotest/alcotest/Alcotest/index.html#val-skip; dune.readthedocs.io/en/stable/reference/dune/test.html (enabled_if)",
         (("test/test_cart.ml", "let test_totals () =\n", "let test_totals () =\n  Alcotest.skip ();\n"),
          ("test/dune", "(test\n (name test_cart)\n", "(test\n (name test_cart)\n (enabled_if false)\n")),
         (("test/dune", "(test\n (name test_cart)\n", "(test\n (name test_cart)\n (enabled_if (= %{arch_sixtyfour} true))\n"),)),
    Form("julia.skip", r"@test_skip\b|@test\b[^\n]*\bskip\s*=\s*true\b", "skip", "docs.julialang.org/en/v1/stdlib/Test/#Broken-Tests",
         (("test/runtests.jl", "    @test solve(p) ≈ 1.0\n", "    @test_skip solve(p) ≈ 1.0\n"),),
         (("test/runtests.jl", "    @test solve(p) ≈ 1.0\n", "    @test solve(p) ≈ 1.0 atol=1e-6\n"),), (".jl",)),
    Form("julia.broken", r"@test_broken\b|@test\b[^\n]*\bbroken\s*=\s*true\b", "xfail", "docs.julialang.org/en/v1/stdlib/Test/#Broken-Tests",
         (("test/runtests.jl", "    @test solve(p) ≈ 1.0\n", "    @test_broken solve(p) ≈ 1.0\n"),),
         (("test/runtests.jl", "    @test solve(p) ≈ 1.0\n", "    @test solve(p) ≈ 1.0 broken=Sys.iswindows()\n"),), (".jl",)),
    Form("clojure.skip", r"\(deftest\s+\^:(?:kaocha/skip|kaocha/pending|skip|pending|ignore|disabled)\b|\^\{[^}\n]*:kaocha/skip\s+true", "skip",
         "cljdoc.org/d/lambdaisland/kaocha/CURRENT/doc/7-focusing-and-skipping (:kaocha/skip, :kaocha/pending)",
         (("test/shop/cart_test.clj", "(deftest totals\n", "(deftest ^:kaocha/skip totals\n"),),
         (("test/shop/cart_test.clj", "(deftest totals\n", "(deftest ^:integration totals\n"),), (".clj", ".cljc", ".cljs")),
    # ------------------------------------------------------------------------------------------------ Dart, Swift, PHP, .NET
    Form("dart.skip", r"(?<![\w.])skip\s*:\s*(?:true\b|['\"])|^\s*@Skip\s*\(|\bmarkTestSkipped\s*\(", "skip",
         "pub.dev/documentation/test/latest/ (skip: parameter, @Skip); api.flutter.dev/flutter/flutter_test/testWidgets.html",
         (("test/cart_test.dart", "  test('totals', () {\n", "  test('totals', skip: 'flaky', () {\n"),
          ("test/cart_test.dart", "  });\n", "  }, skip: true);\n")),
         (("test/cart_test.dart", "  });\n", "  }, skip: Platform.isWindows);\n"),), (".dart",)),
    Form("swift.skip", r"\bthrow\s+XCTSkip\s*\(|\bXCTSkipIf\s*\(\s*true\b|\bXCTSkipUnless\s*\(\s*false\b|\.disabled\s*\((?!\s*if\s*:)|"
         r"\.enabled\s*\(\s*if\s*:\s*false\s*\)|\bfunc\s+(?:disabled_?|DISABLED_|x|_)test\w*\s*\(", "skip",
         "developer.apple.com/documentation/xctest/xctskip; developer.apple.com/documentation/testing/enablinganddisabling",
         (("Tests/CartTests/CartTests.swift", "    func testTotals() throws {\n", "    func testTotals() throws {\n        throw XCTSkip(\"flaky\")\n"),
          ("Tests/CartTests/CartTests.swift", "    @Test func totals() {\n", "    @Test(.disabled(\"flaky\")) func totals() {\n")),
         (("Tests/CartTests/CartTests.swift", "    func testTotals() throws {\n", "    func testTotals() throws {\n        try XCTSkipIf(isCI, \"needs a GPU\")\n"),
          ("Tests/CartTests/CartTests.swift", "    @Test func totals() {\n", "    @Test(.disabled(if: isCI)) func totals() {\n")), (".swift",)),
    Form("swift.known-issue", r"\bwithKnownIssue\s*[({]|\bXCTExpectFailure\s*\(", "xfail",
         "developer.apple.com/documentation/testing/withknownissue(_:isintermittent:sourcelocation:_:); developer.apple.com/documentation/xctest/xctexpectfailure",
         (("Tests/CartTests/CartTests.swift", "        #expect(total == 118)\n", "        withKnownIssue {\n            #expect(total == 118)\n        }\n"),),
         (("Tests/CartTests/CartTests.swift", "        #expect(total == 118)\n", "        #expect(total == 118, \"known issue: rounding\")\n"),), (".swift",)),
    Form("php.skip", r"\bmarkTest(?:Skipped|Incomplete)\s*\(|->skip\s*\(\s*(?:\)|['\"]|true\b)|->todo\s*\(|"
         r"#\[Group\(\s*['\"](?:skip|skipped|disabled|ignore|ignored|broken|quarantine)['\"]|@group\s+(?:skip|skipped|disabled|ignore|broken|quarantine)\b",
         "skip", "docs.phpunit.de/en/11.5/writing-tests-for-phpunit.html#skipping-tests; pestphp.com/docs/skipping-tests; pestphp.com/docs/todos",
         (("tests/Unit/CartTest.php", "    public function testTotals(): void\n    {\n",
           "    public function testTotals(): void\n    {\n        $this->markTestSkipped('flaky');\n"),
          ("tests/Feature/CartTest.php", "it('totals', function () {\n", "it('totals', function () {\n})->skip('flaky');\n")),
         (("tests/Feature/CartTest.php", "it('totals', function () {\n", "it('totals', function () {\n})->skip(PHP_OS_FAMILY === 'Windows');\n"),), (".php",)),
    Form("php.focus", r"->only\s*\(\s*\)", "focus", "pestphp.com/docs/filtering-tests#only",
         (("tests/Feature/CartTest.php", "})->group('cart');\n", "})->group('cart')->only();\n"),),
         (("tests/Feature/CartTest.php", "})->group('cart');\n", "})->group('cart')->with('prices');\n"),), (".php",)),
    Form("dotnet.skip", r"\[<?(?:Ignore|Explicit)\b|\[<?(?:Fact|Theory|SkippableFact|SkippableTheory)\s*\([^)\n]*\bSkip\s*=|"
         r"^\s*Assert\.(?:Ignore|Inconclusive|Skip)\s*\(", "skip",
         "xunit.net/docs/getting-started (Skip =); docs.nunit.org/articles/nunit/writing-tests/attributes/ignore.html; "
         "learn.microsoft.com/dotnet/api/microsoft.visualstudio.testtools.unittesting.ignoreattribute",
         (("tests/Shop.Tests/CartTests.cs", "    [Fact]\n", "    [Fact(Skip = \"flaky\")]\n"),
          ("tests/Shop.Tests/CartTests.cs", "    [Test]\n", "    [Test]\n    [Ignore(\"flaky\")]\n")),
         (("tests/Shop.Tests/CartTests.cs", "    [Fact]\n", "    [Fact(DisplayName = \"totals\")]\n"),), (".cs", ".fs", ".vb")),
    # ------------------------------------------------------------------------------------------------ C and C++
    Form("gtest.disabled", r"\b(?:TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P)\s*\(\s*(?:\w+\s*,\s*)?DISABLED_\w+|^\s*GTEST_SKIP\s*\(\s*\)", "skip",
         "google.github.io/googletest/advanced.html#temporarily-disabling-tests; google.github.io/googletest/advanced.html#skipping-test-execution",
         (("tests/cart_test.cc", "TEST(Cart, Totals) {\n", "TEST(Cart, DISABLED_Totals) {\n"),
          ("tests/cart_test.cc", "TEST(Cart, Totals) {\n", "TEST(Cart, Totals) {\n  GTEST_SKIP() << \"flaky\";\n")),
         (("tests/cart_test.cc", "TEST(Cart, Totals) {\n", "TEST(Cart, Totals) {\n  if (!HasGpu()) GTEST_SKIP() << \"no GPU\";\n"),), CXX),
    Form("catch2.hidden", r"\bTEST_CASE(?:_METHOD)?\s*\([^)\n]*\"[^\"\n]*\[(?:\.[^\]]*|!mayfail|!shouldfail|hide|!hide)\]|^\s*SKIP\s*\(|"
         r"\*\s*(?:\w+::)*(?:skip|disabled|may_fail|should_fail|expected_failures)\s*\(", "skip",
         "github.com/catchorg/Catch2/blob/devel/docs/test-cases-and-sections.md#special-tags; "
         "github.com/doctest/doctest/blob/master/doc/markdown/testcases.md#decorators; boost.org/doc/libs/release/libs/test/doc/html/boost_test/tests_organization/enabling.html",
         (("tests/cart_test.cpp", 'TEST_CASE("totals", "[cart]") {\n', 'TEST_CASE("totals", "[cart][.]") {\n'),
          ("tests/cart_test.cpp", 'TEST_CASE("totals") {\n', 'TEST_CASE("totals" * doctest::skip()) {\n')),
         (("tests/cart_test.cpp", 'TEST_CASE("totals", "[cart]") {\n', 'TEST_CASE("totals", "[cart][slow]") {\n'),), CXX),
    # ------------------------------------------------------------------------------------------------ Robot Framework
    Form("robot.skip", r"^\s+Skip(?:[ \t]{2,}|\t|\s*$)|\brobot:(?:skip|exclude)\b", "skip",
         "robotframework.org/robotframework/latest/RobotFrameworkUserGuide.html#skipping-tests",
         (("tests/login.robot", "Valid Login\n    Open Browser To Login Page\n", "Valid Login\n    Skip    flaky on CI\n    Open Browser To Login Page\n"),
          ("tests/login.robot", "Valid Login\n    [Tags]    smoke\n", "Valid Login\n    [Tags]    smoke    robot:skip\n")),
         (("tests/login.robot", "Valid Login\n    Open Browser To Login Page\n", "Valid Login\n    Skip If    ${HEADLESS}    needs a display\n    Open Browser To Login Page\n"),),
         (".robot", ".resource")),
)  # fmt: skip

KIND_WORDS = {"skip": "skips the test", "xfail": "marks the test expected to fail", "focus": "runs only this test, skipping the rest"}


def _suffix(path: str) -> str:
    base = path.rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[-1].lower() if "." in base else ""


def forms_for(path: str) -> tuple[Form, ...]:
    """The forms that mean a skip in a file with this path's suffix."""
    return _applicable(_suffix(path))


@lru_cache(maxsize=64)
def _applicable(suffix: str) -> tuple[Form, ...]:
    if suffix in INLINE:
        return tuple(f for f in FORMS if suffix in f.langs)
    return tuple(f for f in FORMS if not f.langs or suffix in f.langs)


@lru_cache(maxsize=64)
def _union(suffix: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<f{i}>{f.pattern})" for i, f in enumerate(_applicable(suffix))), re.M)


def pattern_for(path: str) -> re.Pattern[str]:
    """One pattern of every form that applies to the path (a group per form, `f<index>`)."""
    return _union(_suffix(path))


def form_of(m: re.Match[str], path: str) -> Form:
    """The form a match of `pattern_for(path)` is."""
    forms = _applicable(_suffix(path))
    for k, v in m.groupdict().items():
        if v is not None and k[:1] == "f" and k[1:].isdigit():
            return forms[int(k[1:])]
    return forms[0]


def trigger_words() -> frozenset[str]:
    """Lower-case words one of which the added text of a skip holds (the cheap gate of the check)."""
    return frozenset({"skip", "xfail", "expectedfailure", "xit", "xdescribe", "xtest", "xcontext", "xspecify", "xexample", "xscenario",
                      "xfeature", "xshould", "xgiven", "xwhen", "xthen", "xexpect", "xfun", ".only", "fit ", "fit(", "fdescribe",
                      "fcontext", "fspecify", "focus", "ignore", "disabled", "pending", "todo", "fixme", "fails", "failing", "fail(",
                      "broken", "nottest", "__test__", "known", "expectfail", "explicit", "inconclusive", "enabled", "{skip",
                      "skip_", "incomplete", "group", "$todo", "mayfail", "shouldfail", "may_fail", "should_fail",
                      "expected_failures", "[.", "exclude", "\"!", "build ignore", "cfg(any())"})  # fmt: skip
