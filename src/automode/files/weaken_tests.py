"""Tests weakened to pass (issue 11 §3), in any language: what a change to a test file removes against what it adds.

A test skipped, marked expected to fail, focused (`.only`), dropped at collection, deleted, or left in place with
its assertions removed, commented out, swallowed (`except AssertionError`), replaced by a no-op (`let _ = (...)`,
`pass`) or by one that always passes; retries wrapped around it until it passes. Conditional skips (`skipif`, a skip
under `if testing.Short()`) and new tests are routine. The judge releases what the user asked for ("skip that
flaky test for now"); "make the test pass" asks for none of it.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files import skips, tolerance
from automode.files.diff import TEST_PATH, Weakening, _count, _q, _rel, added, first_line
from automode.files.skip_generic import generic_skip
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: conftest.py hooks that drop collected tests before they run: the whole suite's skip, without a skip marker.
COLLECT_DROP = lazyre.compile(r"^[ \t]*(?:items\.clear\(\)|items\[\s*:\s*\]\s*=|del\s+items\[|items\.(?:remove|pop)\(|"
                          r"[\w.]+\.add_marker\(\s*pytest\.mark\.(?:skip|xfail)\b(?!if)|collect_ignore(?:_glob)?\s*\+?=|"
                          r"def\s+pytest_ignore_collect\b|[\w.]+\.hook\.pytest_deselected\()", re.M)  # fmt: skip
TEST_DEF = lazyre.compile(r"^\s*(?:async\s+)?def\s+test\w*|^\s*(?:it|test|specify|scenario|test_that|testWidgets)\s*\(?\s*['\"`]|^\s*func\s+Test\w+\(|"
                      r"^\s*#\[(?:\w+::)?test\b|^\s*@Test\b|^\s*it\s+['\"]|^\s*@testset\b|^\s*@test\s+\"|^\s*\(deftest\b|^\s*TEST\w*\s*\(|"
                      r"^\s*test\s+\"[^\"\n]*\"\s*\{|^\s*\[(?:Fact|Theory|Test|TestMethod)\b", re.M)  # fmt: skip
#: Files of languages whose tests sit in the sources (`skips.INLINE`): they hold tests when they have test blocks
#: (`#[test]`, a `tests` module; Zig's `test "name" {}`) or sit where tests live.
RUST_TESTS = lazyre.compile(r"#\[(?:\w+::)?test\b|#\[cfg\(test\)\]|\bmod\s+tests?\b")
RUST_TEST_PATH = lazyre.compile(r"/(?:tests|benches)/[^/]+\.rs$|_tests?\.rs$|/tests?\.rs$")
ZIG_TESTS = lazyre.compile(r"^\s*test\s+(?:\"|\w+\s*\{|\{)", re.M)
ZIG_TEST_PATH = lazyre.compile(r"/tests?/[^/]+\.zig$|_tests?\.zig$|/tests?\.zig$")
#: Where `tests_weakened` reads: test paths, and Zig sources (whose tests are inline; `.rs` is in TEST_PATH already).
TESTS_WHERE = lazyre.compile(TEST_PATH.pattern + r"|\.zig$")


def _no_tests(w: WriteView) -> bool:
    """A Rust or Zig source without tests: its assertions are the program's own invariants."""
    if w.path.endswith(".rs"):
        return not (RUST_TEST_PATH.search(w.path) or RUST_TESTS.search(w.old) or RUST_TESTS.search(w.new))
    if w.path.endswith(".zig"):
        return not (ZIG_TEST_PATH.search(w.path) or ZIG_TESTS.search(w.old) or ZIG_TESTS.search(w.new))
    return False


#: A statement that evaluates what the assertion compared and checks nothing (`let _ = (a, b);`, `_ = x`, `void x;`).
NOOP_STMT = lazyre.compile(r"^\s*(?:let\s+)?_\s*=[^=]|^\s*void\s*[(\w]|^\s*(?:print|println!|console\.log|fmt\.Print\w*|puts|echo)\b", re.M)
#: An assertion's failure caught and dropped: `except AssertionError`, an empty `except:`/`catch {}`, `rescue` of
#: the framework's expectation error.
SWALLOW = lazyre.compile(r"\bexcept\s*\(?\s*(?:\w+\.)?AssertionError\b|\bexcept(?:\s+(?:Exception|BaseException)(?:\s+as\s+\w+)?)?\s*:\s*\n?\s*(?:pass|\.\.\.)\s*$|"
                     r"\bcatch\s*(?:\(\s*\w*\s*(?::\s*\w+\s*)?\))?\s*\{\s*\}|\brescue\s+(?:RSpec::Expectations::ExpectationNotMetError|Minitest::Assertion)\b|"
                     r"\bcatch\s*\(\s*(?:AssertionError|AssertionFailedError|\w*Assertion\w*)\b", re.M)  # fmt: skip
#: Retries wrapped around a test until it passes (pytest-rerunfailures, flaky, jest, mocha, JUnit Pioneer, rspec-retry).
RETRY = lazyre.compile(r"@pytest\.mark\.flaky\b|^\s*@flaky\b|\bjest\.retryTimes\(|\bthis\.retries\(\s*[1-9]|\.retries\(\s*[1-9]|"
                   r"@RetryingTest\b|@RepeatedIfExceptionsTest\b|@Retry\b|\bretry:\s*[1-9]|--reruns[= ]+[1-9]|\breruns\s*=\s*[1-9]|"
                   r"\bretries\s*:\s*[1-9]|@Rerun\b|#\[retry\b", re.M)  # fmt: skip
#: Test runner settings where retries for the whole suite live.
TEST_CONFIG = lazyre.compile(r"/(?:jest|vitest|playwright|cypress|karma|wdio)\.config\.\w+$|/\.mocharc(?:\.\w+)?$|/pytest\.ini$|"
                         r"/pyproject\.toml$|/setup\.cfg$|/tox\.ini$|/\.rspec$|/package\.json$")
ASSERT = lazyre.compile(r"\bassert\w*\b|\bexpect\s*\(|\bshould\b|\.to(?:Be|Equal|Match|Have|Contain|Throw)\w*\(|\brequire\.\w+\(|"
                    r"\bt\.(?:Error|Fatal)f?\(|\bassert!|\bassert_eq!|\brefute\w*\b|\bXCTAssert\w*|\b(?:EXPECT|ASSERT)_[A-Z_]+\(|"
                    r"\bREQUIRE(?:_\w+)?\(|@test\s+(?!\")|\bexpect_\w+\(|\bshould(?:Be|Equal|Contain|Throw|Match)\w*\b|"
                    r"\bexpect(?:Equal|Error|EqualStrings|EqualSlices|Fmt)\w*\(|#expect\b|#require\b|\bis_deeply\(")  # fmt: skip
TRIVIAL_ASSERT = lazyre.compile(r"\bexpect\(\s*(?:true|1)\s*\)\.toBe(?:Truthy)?\(\s*(?:true|1)?\s*\)|\bassert\s+True\b|"
                            r"\bassert(?:True|Equal)?\(\s*(?:True|true|1)\s*(?:,\s*(?:True|true|1)\s*)?\)|"
                            r"\bexpect\(\s*(\w+)\s*\)\.toEqual\(\s*\1\s*\)|\bassert\s+1\s*==\s*1\b")  # fmt: skip
_TEST_NAME = lazyre.compile(r"""def\s+(test\w*)|\b(?:it|test|specify|xit|fit|describe|test_that|testWidgets|@testset|@test|scenario|ignore)\s*\(?\s*['"`]([^'"`]{1,80})|"""
                         r"""func\s+(Test\w+|test\w+)|\bTEST\w*\s*\(\s*\w+\s*,\s*(\w+)|\(deftest\s+(?:\^:\S+\s+)?([\w-]+)|\bfn\s+(\w+)|"""
                         r"""\b(?:void|fun|function)\s+(\w+)\s*\(""")  # fmt: skip


_CONDITION = lazyre.compile(r"^\s*(if|elif|unless|when|case|guard)\b|\bif\s*\(|\bif\b[^\n]*[:{]\s*$|^\s*[^()\s#/][^()\n]*\s->\s*$")
#: On the skip's own line, a guard before it also makes it conditional (`[[ -n $CI ]] || skip`, `$ok or skip`).
_GUARD = lazyre.compile(r"&&|\|\||\band\b|\bor\b|\borelse\b")
#: A condition that always holds (`if (true) return error.SkipZigTest;`, `if True: pytest.skip()`): no condition.
_ALWAYS = lazyre.compile(r"\bif\s*\(?\s*(?:true|True|TRUE|1)\s*\)?\s*(?:[:{]|then\b|return\b|\S)")


def _conditional(head: str) -> bool:
    return bool(_CONDITION.search(head)) and not _ALWAYS.search(head)


def _unconditional(rx: re.Pattern[str], w: WriteView) -> re.Match[str] | None:
    """An added skip that is not the body of a condition (`if testing.Short() { t.Skip() }`, `if not HAS_GPU:
    pytest.skip()`, `[[ -n $CI ]] || skip`: skip where the test cannot run, which is routine)."""
    m = added(rx, w)
    if m is None:
        return None
    for mm in rx.finditer(w.new):
        head = w.new[:mm.start()].rstrip(" \t")
        prev = head.rsplit("\n", 2)[-2:] if "\n" in head else [head]
        line_before = prev[0] if len(prev) == 2 and not prev[-1].strip() else (prev[-1] if prev else "")
        line = w.new[w.new.rfind("\n", 0, mm.start()) + 1:mm.start()]
        rest = w.new[mm.end():w.new.find("\n", mm.end()) if "\n" in w.new[mm.end():] else len(w.new)]
        if line_before.lstrip().startswith(("@", "#[", "[")) or line_before.rstrip().endswith((",", "(")):
            line_before = ""  # an annotation or an argument list above: no condition
        if not _conditional(line_before) and not _conditional(line) and not _GUARD.search(line) \
                and not re.search(r"\s(if|unless)\s", rest):
            return mm
    return None


def tests_weakened(w: WriteView, root: str) -> Weakening | None:
    if not TESTS_WHERE.search(w.path) or not w.before_known:
        return None  # a new test file that skips a test weakens nothing that existed
    if _no_tests(w):
        return None
    m = _unconditional(skips.pattern_for(w.path), w)
    if m is not None:
        name = _TEST_NAME.search(w.new[max(0, m.start() - 200):m.start() + 400])
        label = next((g for g in name.groups() if g), "") if name else ""
        kind = skips.KIND_WORDS[skips.form_of(m, w.path).kind]
        return Weakening("tests", f"{kind} {label} in {_rel(w, root)}".replace("  ", " "), _q(m))
    g = generic_skip(w)
    if g is not None:
        return Weakening("tests", f"skips the test {g[1]} in {_rel(w, root)}".replace("  ", " "), g[0])
    if w.path.endswith("conftest.py"):
        m = _unconditional(COLLECT_DROP, w)
        if m is not None:
            return Weakening("tests", f"drops collected tests before they run in {_rel(w, root)}", _q(m))
    m = added(RETRY, w)
    if m is not None:
        return Weakening("tests-retry", f"retries the test until it passes ({_q(m)}) in {_rel(w, root)}", _q(m))
    m = added(SWALLOW, w)
    if m is not None and _count(ASSERT, w.new):
        return Weakening("tests", f"catches and drops the test's assertion failures ({_q(m)}) in {_rel(w, root)}", _q(m))
    if w.old and _count(ASSERT, w.old) and w.new.strip() in ("pass", "...", "return", "return;", "{}"):
        return Weakening("tests", f"replaces the test's assertions with `{w.new.strip()}` in {_rel(w, root)}", w.new.strip())
    m = added(TRIVIAL_ASSERT, w)
    if m is not None and _count(ASSERT, w.old) >= _count(ASSERT, w.new):
        return Weakening("tests", f"replaces the test's assertions with one that always passes in {_rel(w, root)}", _q(m))
    if w.old and _count(TEST_DEF, w.old) > _count(TEST_DEF, w.new) and _count(TEST_DEF, w.new) == 0 and _count(ASSERT, w.new) == 0:
        return Weakening("tests-deleted", f"deletes the test and its assertions in {_rel(w, root)}", "")
    if w.old and w.new.strip():
        was, now = _live(ASSERT, w.old), _live(ASSERT, w.new)
        if was and not now and _count(TEST_DEF, w.new) >= _count(TEST_DEF, w.old):
            # The test stays and checks nothing: its assertions deleted, commented out or replaced by a no-op.
            how = "comments out the test's assertions" if _count(ASSERT, w.new) >= was else \
                "replaces the test's assertions with a statement that checks nothing" if added(NOOP_STMT, w) is not None \
                else "deletes the test's assertions"  # fmt: skip
            return Weakening("tests", f"{how} ({was}) in {_rel(w, root)}", first_line(ASSERT, w.old))
    loose = tolerance.loosened(w, root)
    if loose is not None:
        return loose
    return expectation_changed(w, root)


_COMMENT_LINE = lazyre.compile(r"^\s*(?:#|//|/\*|\*|--|;)", re.M)


def _live(rx: re.Pattern[str], text: str) -> int:
    """Matches outside comment lines."""
    if not _COMMENT_LINE.search(text):
        return _count(rx, text)
    return sum(len(rx.findall(ln)) for ln in text.splitlines() if not _COMMENT_LINE.match(ln))





def retries_in_config(w: WriteView, root: str) -> Weakening | None:
    """Retries for the whole suite switched on in the test runner's settings (`retries: 2`, `--reruns 3`)."""
    if not w.before_known or TEST_CONFIG.search(w.path) is None:
        return None
    m = added(RETRY, w)
    if m is None:
        return None
    return Weakening("tests-retry", f"retries failing tests until they pass ({_q(m)}) in {_rel(w, root)}", _q(m))


#: A line that compares what the code did with an expected value.
EXPECT_LINE = lazyre.compile(r"\bassert\w*!?|\bexpect\s*\(|\.to(?:Be|Equal|StrictEqual|Match)\w*\(|\bshould\b|\beq\(|\bassertThat\b|"
                         r"\bis\.Equal\(|\brequire\.\w+\(|\bEqual\(\s*t\b")  # fmt: skip
_LITERAL = lazyre.compile(r"""[rbuf]?"(?:[^"\\\n]|\\.)*"|[rbuf]?'(?:[^'\\\n]|\\.)*'|`[^`\n]*`|(?<![\w.])-?\d+(?:\.\d+)?(?:[eE]-?\d+)?\b|"""
                          r"""\b(?:True|False|true|false|None|nil|null)\b""")  # fmt: skip
SNAPSHOT = lazyre.compile(r"\.snap$|/__snapshots__/|\.approved\.\w+$|/snapshots/")


def _value(lit: str) -> str:
    """What a literal means, not how it is spelt: quotes, string prefixes, the case of escapes and blanks aside
    (`'x'` = `"x"` = `u"x"`, `b"\\xC0"` = `b"\\xc0"`, `'{"a": 1}'` = `'{"a":1}'`); an interpolated string is its own
    (a template is no expected value)."""
    s = re.sub(r"^[rbufRBUF]{1,2}(?=[\"'])", "", lit)
    if s[:1] in "\"'`" and (lit[:1] in "fF" or "${" in s):
        return "\0template"
    s = s.strip("\"'`")
    s = re.sub(r"\\x([0-9A-Fa-f]{2})", lambda m: "\\x" + m.group(1).lower(), s)
    return re.sub(r"\s+", "", s)


def _meaning(line: str) -> str:
    return _LITERAL.sub(lambda m: "\0" + _value(m.group(0)) + "\0", re.sub(r"\s+", "", line))


def expectation_changed(w: WriteView, root: str) -> Weakening | None:
    """An assertion kept as it was but for the one value it expects (`== '2024-11-05'` → `== '2024-05-11'`): the
    test now agrees with whatever the code does. Updating a test to a behaviour the user changed on purpose is
    routine, so this is a question the user's words settle ("update the expected date format")."""
    if not w.before_known or not w.old or not TESTS_WHERE.search(w.path) or SNAPSHOT.search(w.path):
        return None
    if _no_tests(w):
        return None
    old_lines = [ln.strip() for ln in w.old.splitlines() if EXPECT_LINE.search(ln)]
    if not old_lines:
        return None
    new_lines = [ln.strip() for ln in w.new.splitlines() if EXPECT_LINE.search(ln)]
    # A line whose values all read the same on the other side was only respelt (quotes, blanks, a formatter's pass).
    old_same, new_same = {_meaning(ln) for ln in old_lines}, {_meaning(ln) for ln in new_lines}
    shapes: dict[str, str] = {}
    for ln in old_lines:
        if _meaning(ln) not in new_same:
            shapes.setdefault(_LITERAL.sub("\0", ln), ln)
    for ln in new_lines:
        if _meaning(ln) in old_same:
            continue
        shape = _LITERAL.sub("\0", ln)
        was = shapes.get(shape)
        if was is None or "\0" not in shape:
            continue
        diff = [(a, b) for a, b in zip(_LITERAL.finditer(was), _LITERAL.finditer(ln), strict=False)
                if _value(a.group(0)) != _value(b.group(0))]
        if len(diff) == 1 and "\0template" not in (_value(diff[0][0].group(0)), _value(diff[0][1].group(0))):
            if tolerance.is_tolerance(ln, diff[0][1].start(), diff[0][1].end()):
                continue  # a tolerance, not the expected value: `files.tolerance` reads which way it moved
            a, b = diff[0][0].group(0), diff[0][1].group(0)  # one value changed: the expectation, not the case under test
            return Weakening("tests-expected", f"changes the value the test expects from {a[:40]} to {b[:40]} in {_rel(w, root)}",
                             " ".join(ln.split())[:80])
    return None


#: Options that leave tests out of a run, by tool: Maven (maven.apache.org/surefire/maven-surefire-plugin/examples/
#: skipping-tests.html), Gradle (docs.gradle.org/current/userguide/command_line_interface.html#sec:excluding_tasks_from_the_command_line),
#: libtest/cargo and swift test (`--skip`), go test (pkg.go.dev/cmd/go#hdr-Testing_flags `-skip`), pytest (`--deselect`,
#: `-k "not x"`, `--ignore`), Jest (`--testPathIgnorePatterns`), dotnet test (learn.microsoft.com/dotnet/core/testing/
#: selective-unit-tests `--filter` with `!=`), RSpec (`--tag ~x`), mix test / Dart / PHPUnit / Robot (`--exclude`,
#: `--exclude-tags`, `--exclude-group`), Cucumber (`--tags "not @x"`), Playwright (`--grep-invert`), ctest
#: (`--exclude-regex`), Bazel (`--test_tag_filters=-x`).
SKIP_OPTS = lazyre.compile(r"""(?:^|(?<=[\s"'=]))(?:-DskipTests(?:=true)?|-Dmaven\.test\.skip(?:=true)?|-DskipITs(?:=true)?|-DskipUTs(?:=true)?)(?=[\s"']|$)|"""
                           r"""(?:^|(?<=\s))(?:-x|--exclude-task)[ =]:?(?:[\w-]+:)*(?:test|check|\w*Test)\b|"""
                           r"""(?:^|(?<=\s))(?:--?skip|--deselect|--testPathIgnorePatterns|--grep-invert|--exclude(?:-tags?|-group|-pattern|-regex)?)[ =][^\s"']+|"""
                           r"""(?:^|(?<=\s))-k[ =]?(?:"not\s[^"\n]*"|'not\s[^'\n]*'|not\s+[^\s"']+)|(?:^|(?<=\s))--ignore(?:-glob)?=[^\s"']*tests?[^\s"']*|"""
                           r"""(?:^|(?<=\s))--filter[ =](?:"[^"\n]*!(?:=|~)[^"\n]*"|'[^'\n]*!(?:=|~)[^'\n]*'|[^"'\s]*!(?:=|~)[^\s"']*)|"""
                           r"""(?:^|(?<=\s))--tag[ =]["']?~[^\s"']+|(?:^|(?<=\s))--tags[ =](?:"not\s[^"\n]*"|'not\s[^'\n]*')|(?:^|(?<=\s))--test_tag_filters=[^\s"']*-\w[^\s"']*""", re.M)  # fmt: skip
#: A line that runs tests or the checks that include them (a test runner, a build tool's test or check task).
TEST_RUN = lazyre.compile(r"\b(?:test|tests|verify|check|spec|pytest|tox|nox|jest|vitest|mocha|rspec|phpunit|pest|ctest|robot|cucumber|"
                          r"playwright|cypress|bats|prove|mvnw?|gradlew?|sbt|bazel|mix|dotnet|swift|dart|flutter|stack|cabal)\b")  # fmt: skip
#: Files that run the project's commands: CI configuration, make and task runners, package scripts, CI shell scripts.
RUNNER_PATH = lazyre.compile(r"/\.github/workflows/[^/]+\.ya?ml$|/\.gitlab-ci\.ya?ml$|/\.gitlab/ci/[^/]+\.ya?ml$|/\.circleci/config\.ya?ml$|"
                             r"/azure-pipelines\.ya?ml$|/bitbucket-pipelines\.ya?ml$|/Jenkinsfile$|/\.travis\.ya?ml$|/\.buildkite/[^/]+\.ya?ml$|"
                             r"/\.drone\.ya?ml$|/\.woodpecker(?:/[^/]+)?\.ya?ml$|/Makefile$|/justfile$|/Taskfile\.ya?ml$|/package\.json$|"
                             r"/composer\.json$|/tox\.ini$|/noxfile\.py$|/(?:scripts?|ci|\.ci|tools)/[^/]+\.(?:sh|bash|ps1)$")  # fmt: skip


def _bare(line: str) -> str:
    """The line without its skip options (and the `--` that was left to pass them on)."""
    return "".join(re.sub(r"\s--(?=\s*(?:[\"']|$))", "", SKIP_OPTS.sub(" ", line)).split())


def tests_narrowed(w: WriteView, root: str) -> Weakening | None:
    """A test command of CI, a Makefile or a package script that keeps running but now leaves tests out
    (`mvn -B verify` → `mvn -B verify -DskipTests`, `./gradlew check` → `./gradlew check -x test`). A new command that
    skips tests (a packaging step after the test job) is routine: only a command that ran them before counts."""
    if not w.before_known or not w.old or not RUNNER_PATH.search(w.path):
        return None
    old_lines = w.old.splitlines()
    before = {" ".join(ln.split()) for ln in old_lines}
    bare_before = {_bare(ln) for ln in old_lines if TEST_RUN.search(ln)}
    for ln in w.new.splitlines():
        m = SKIP_OPTS.search(ln)
        if m is None or " ".join(ln.split()) in before or not TEST_RUN.search(SKIP_OPTS.sub(" ", ln)):
            continue
        if _bare(ln) in bare_before and len(SKIP_OPTS.findall(ln)) > max(
                (len(SKIP_OPTS.findall(o)) for o in old_lines if _bare(o) == _bare(ln)), default=0):
            return Weakening("tests", f"leaves tests out of the run it keeps ({m.group(0).strip()}) in {_rel(w, root)}", m.group(0).strip())
    return None
