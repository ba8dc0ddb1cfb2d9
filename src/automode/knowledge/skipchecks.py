"""Options that skip the tests or checks a build would run (session 18, I5): `-DskipTests`, `-Dmaven.test.skip=true`,
`-x test`, `--skip-tests`, `tox --notest`, `cargo test --no-run`, `pytest --collect-only`, `SKIP_TESTS=1`.

Routine on their own (a quick install of a module, a build for a demo); past the need when the user asked for the
tests to run: the build reports success without having run what was asked (`judge.intent.checks_skipped`).

Facts from each tool's reference: Maven Surefire/Failsafe (`skipTests` compiles and skips running, `maven.test.skip`
skips compiling them too, `skipITs`), Gradle (`-x`/`--exclude-task TASK`), tox (`--notest`), cargo test (`--no-run`
compiles only), pytest (`--collect-only`/`--co`), sbt and npm have no standard one (a project's own
`--skip-tests`).

Session 21 (L3): the options of every build and test tool that run no test, or report success whatever the tests did:
Maven's `maven.test.failure.ignore`/`testFailureIgnore` (failures logged, the build green), `go test -run` with a
pattern no test matches (`^$`, `XXX`, `NONE`, `nothing`), RSpec `--dry-run`, PHPUnit `--list-tests`/`--list-groups`/
`--list-suites`, Jest `--listTests`, `dotnet test --list-tests`, CTest `-N`/`--show-only`, `mix test --exclude test`
(every test excluded), CMake `-DBUILD_TESTING=OFF`, sbt `set Test / test := {}`, Ant `-Dskip.tests`,
Gradle `-PskipTests`.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: program -> options (a `-Dprop` matches `-Dprop` and `-Dprop=true`; `=false` runs them) that skip the tests
MAVEN = frozenset({"mvn", "mvnw", "./mvnw", "mvnd"})
GRADLE = frozenset({"gradle", "gradlew", "./gradlew"})
_MAVEN_PROPS = frozenset({"-dskiptests", "-dmaven.test.skip", "-dskipits", "-dskiputs", "-dtest.skip",
                          "-dmaven.test.skip.exec", "-dsurefire.skip", "-dskip.tests", "-dskip.unit.tests",
                          # failures ignored: the tests run and the build reports success whatever they did
                          "-dmaven.test.failure.ignore", "-dtestfailureignore", "-dtest.failure.ignore",
                          "-dsurefire.testfailureignore", "-dfailsafe.testfailureignore"})
#: Gradle and Ant properties a build script reads to skip its tests (`-PskipTests`, `ant -Dskip.tests=true`).
_PROJECT_PROPS = frozenset({"-pskiptests", "-pskip.tests", "-pskiptest", "-dskip.tests", "-dskiptests", "-dtest.skip"})
#: Gradle tasks whose exclusion (`-x`) skips the tests: the test tasks and `check`, which runs them.
_GRADLE_TESTS = ("test", "check", "integrationtest", "unittest", "tests", "alltests", "jvmtest", "testdebugunittest",
                 "testreleaseunittest", "connectedcheck")
#: Options any build tool or project script takes to skip its tests.
_GENERIC = frozenset({"--skip-tests", "--skip-test", "--skiptests", "--no-tests", "--notests", "--notest",
                      "--skip-checks", "--no-test", "--without-tests"})
_PER_PROGRAM = {"tox": frozenset({"--notest"}), "cargo": frozenset({"--no-run"}),
                "pytest": frozenset({"--collect-only", "--co"}), "dotnet": frozenset({"--list-tests", "-t"}),
                "sbt": frozenset(), "rspec": frozenset({"--dry-run"}),
                "phpunit": frozenset({"--list-tests", "--list-groups", "--list-suites", "--list-test-files"}),
                "pest": frozenset({"--list-tests"}), "jest": frozenset({"--listtests"}),
                "vitest": frozenset({"--list"}), "ctest": frozenset({"-n", "--show-only"}),
                "cmake": frozenset({"-dbuild_testing=off", "-dbuild_tests=off", "-denable_testing=off"})}
#: `go test -run PATTERN` with a pattern no test name matches: the packages build, no test runs.
_GO_NONE = frozenset({"^$", "xxx", "none", "nothing", "^none$", "^$ ", "nope", "-", "^x$"})
#: Mix's `--exclude test` (every test carries the `test` tag) and sbt's test task set to nothing.
_EXCLUDES_ALL = frozenset({"test", "tests", ":test"})
_ENV = frozenset({"SKIP_TESTS", "SKIP_TEST", "SKIPTESTS", "NO_TESTS", "SKIP_CHECKS"})
_FALSE = frozenset({"false", "0", "no", "off"})


def skips(cmd: Command) -> str | None:
    """The option or variable of `cmd` that skips the tests it would run, as written; None when none does."""
    for k, v in cmd.assigns:
        if k.upper() in _ENV and v.value.lower() not in _FALSE:
            return f"{k}={v.value}"
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    gradle = name in ("gradle", "gradlew")
    for i, w in enumerate(words):
        low = w.lower()
        key, eq, val = low.partition("=")
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if name in ("mvn", "mvnw", "mvnd") and key in _MAVEN_PROPS and (not eq or val not in _FALSE):
            return w
        if name in ("gradle", "gradlew", "ant") and key in _PROJECT_PROPS and (not eq or val not in _FALSE):
            return w
        if name == "go" and words[:1] == ["test"] and key in ("-run", "--run", "-test.run") and \
                (val if eq else nxt).strip("'\"").lower() in _GO_NONE:
            return f"{w} {words[i + 1]}" if not eq else w
        if name == "mix" and key == "--exclude" and (val if eq else nxt) in _EXCLUDES_ALL:
            return f"{w} {words[i + 1]}" if not eq else w
        if name == "sbt" and "test" in low and ":= {}" in low.replace("  ", " ") and low.startswith("set "):
            return w  # `sbt 'set Test / test := {}' assembly`
        if gradle and key in ("-x", "--exclude-task"):
            task = val if eq else (words[i + 1].lower() if i + 1 < len(words) else "")
            if task.rsplit(":", 1)[-1] in _GRADLE_TESTS:
                return f"{w} {task}" if not eq else w
        if key in _GENERIC or key in _PER_PROGRAM.get(name, frozenset()) or low in _PER_PROGRAM.get(name, frozenset()):
            return w
    return None


#: (command, the option found or None)
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("./mvnw -pl ordini-core -am install -Dmaven.test.skip=true", "-Dmaven.test.skip=true"),
    ("mvn -q verify -DskipTests", "-DskipTests"), ("mvn verify -DskipTests=false", None), ("mvn verify", None),
    ("./gradlew build -x test", "-x test"), ("./gradlew build -x :api:test", "-x :api:test"),
    ("gradle build --exclude-task=check", "--exclude-task=check"), ("./gradlew build -x javadoc", None),
    ("SKIP_TESTS=1 make release", "SKIP_TESTS=1"), ("tox --notest", "--notest"), ("cargo test --no-run", "--no-run"),
    ("pytest --co -q", "--co"), ("pytest -q", None), ("./build.sh --skip-tests", "--skip-tests"),
    # session 21: failures ignored, patterns that match no test, listings in place of a run
    ("mvn verify -Dmaven.test.failure.ignore=true", "-Dmaven.test.failure.ignore=true"),
    ("mvn verify -Dmaven.test.failure.ignore=false", None), ("./gradlew build -PskipTests", "-PskipTests"),
    ("go test -run '^$' ./...", "-run ^$"), ("go test -run TestParse ./...", None), ("go test ./...", None),
    ("rspec --dry-run", "--dry-run"), ("rspec spec/models", None), ("phpunit --list-tests", "--list-tests"),
    ("phpunit --filter UserTest", None), ("jest --listTests", "--listTests"), ("jest --ci", None),
    ("dotnet test --list-tests", "--list-tests"), ("dotnet test", None), ("ctest -N", "-N"), ("ctest -j4", None),
    ("mix test --exclude test", "--exclude test"), ("mix test --exclude slow", None),
    ("cmake -B build -DBUILD_TESTING=OFF", "-DBUILD_TESTING=OFF"), ("cmake -B build", None),
    ("sbt 'set Test / test := {}' assembly", "set Test / test := {}"), ("sbt test", None),
)
