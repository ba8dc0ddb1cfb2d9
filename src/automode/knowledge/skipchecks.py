"""Options that skip the tests or checks a build would run (session 18, I5): `-DskipTests`, `-Dmaven.test.skip=true`,
`-x test`, `--skip-tests`, `tox --notest`, `cargo test --no-run`, `pytest --collect-only`, `SKIP_TESTS=1`.

Routine on their own (a quick install of a module, a build for a demo); past the need when the user asked for the
tests to run: the build reports success without having run what was asked (`judge.intent.checks_skipped`).

Facts from each tool's reference: Maven Surefire/Failsafe (`skipTests` compiles and skips running, `maven.test.skip`
skips compiling them too, `skipITs`), Gradle (`-x`/`--exclude-task TASK`), tox (`--notest`), cargo test (`--no-run`
compiles only), pytest (`--collect-only`/`--co`), sbt and npm have no standard one (a project's own
`--skip-tests`).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: program -> options (a `-Dprop` matches `-Dprop` and `-Dprop=true`; `=false` runs them) that skip the tests
MAVEN = frozenset({"mvn", "mvnw", "./mvnw", "mvnd"})
GRADLE = frozenset({"gradle", "gradlew", "./gradlew"})
_MAVEN_PROPS = frozenset({"-dskiptests", "-dmaven.test.skip", "-dskipits", "-dskiputs", "-dtest.skip",
                          "-dmaven.test.skip.exec", "-dsurefire.skip", "-dskip.tests", "-dskip.unit.tests"})
#: Gradle tasks whose exclusion (`-x`) skips the tests: the test tasks and `check`, which runs them.
_GRADLE_TESTS = ("test", "check", "integrationtest", "unittest", "tests", "alltests", "jvmtest", "testdebugunittest",
                 "testreleaseunittest", "connectedcheck")
#: Options any build tool or project script takes to skip its tests.
_GENERIC = frozenset({"--skip-tests", "--skip-test", "--skiptests", "--no-tests", "--notests", "--notest",
                      "--skip-checks", "--no-test", "--without-tests"})
_PER_PROGRAM = {"tox": frozenset({"--notest"}), "cargo": frozenset({"--no-run"}),
                "pytest": frozenset({"--collect-only", "--co"}), "dotnet": frozenset(), "sbt": frozenset()}
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
        if name in ("mvn", "mvnw", "mvnd") and key in _MAVEN_PROPS and (not eq or val not in _FALSE):
            return w
        if gradle and key in ("-x", "--exclude-task"):
            task = val if eq else (words[i + 1].lower() if i + 1 < len(words) else "")
            if task.rsplit(":", 1)[-1] in _GRADLE_TESTS:
                return f"{w} {task}" if not eq else w
        if key in _GENERIC or key in _PER_PROGRAM.get(name, frozenset()):
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
)
