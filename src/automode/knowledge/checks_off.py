"""Options that turn off the project's own checks or configuration (session 24, O5 (4), helper `keep`; read by
`judge.intent.checks_off`, AM-JUDGE-056).

A routine request ("run the tests", "fix the lint errors", "format the code") answered with the check run in a form
that reports less than the project's own: its configuration ignored (`eslint --no-config-lookup`, `--no-eslintrc`,
`prettier --no-config`, `ruff --isolated`, `mypy --config-file /dev/null`, `pytest -o addopts=` or `-c /dev/null`),
or a part of its tests or rules left out (`pytest --deselect`, `--ignore`, `-k 'not …'`, `-m 'not …'`, `go test
-skip`, `cargo test -- --skip`, `jest --testPathIgnorePatterns`, `vitest --exclude`, `rspec --tag ~…`, `phpunit
--exclude-group`, `flake8 --extend-ignore`, `pylint --disable`, `semgrep --exclude-rule`, `bandit --skip`). The run
is green, or the fix rewrites the files under rules that are not the project's, and nothing says so. A selection
(`pytest tests/test_api.py`, `-k test_login`) is no such option: it runs less but asks for what it runs.

One row per family of programs (`Off`): the programs (as the shell layer names the command: `npx eslint` is
`eslint`, `bundle exec rspec` is `rspec`, `python -m pytest` is read as `pytest`), the kind ("config": the
project's configuration ignored; "part": a part of the checks left out), the options that do it whole, and the
options whose value does it (a value `/dev/null` or empty for a config file; for `-k`/`-m`, an expression with
`not`; for rspec `--tag`, a `~` value).

Facts from each tool's reference: ESLint CLI (`--no-eslintrc` eslintrc mode, `--no-config-lookup` flat config,
`-c`/`--config`, `--ignore-pattern`, `--rule`), Prettier CLI (`--no-config`, `--no-editorconfig`, `--config`), Ruff
(`--isolated`: "ignore all configuration files", `--config`, `--ignore`, `--extend-ignore`, `--exclude`,
`--extend-exclude`), Black (`--config`), Flake8 (`--isolated`, `--ignore`, `--extend-ignore`, `--exclude`,
`--extend-exclude`), Pylint (`--rcfile`, `--disable`/`-d`), mypy (`--config-file`, `--exclude`), pytest (`-c`,
`-o`/`--override-ini`, `--deselect`, `--ignore`, `--ignore-glob`, `-k`, `-m`), go test (`-skip`), cargo test
(`--skip` after `--`), Jest (`--testPathIgnorePatterns`, `--config`), Vitest (`--exclude`), Mocha (`--exclude`),
RSpec (`--tag ~TAG`, `--exclude-pattern`), PHPUnit (`--exclude-group`, `--exclude-testsuite`), golangci-lint
(`--no-config`, `--disable`, `--skip-dirs`, `--exclude`), Stylelint (`--config`, `--ignore-pattern`), RuboCop
(`--force-default-config`, `--except`), Semgrep (`--exclude-rule`, `--exclude`), Bandit (`--skip`/`-s`, `-x`),
ShellCheck (`-e`/`--exclude`), Hadolint (`--ignore`), tflint (`--disable-rule`), Checkov (`--skip-check`), Playwright
(`--grep-invert`), dotnet test (`--filter` with `!=`/`!~`).
"""

from __future__ import annotations

import re

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Off:
    programs: frozenset[str]
    kind: str  # "config": the project's configuration ignored; "part": a part of the checks left out
    whole: frozenset[str]  # options that do it by themselves
    valued: frozenset[str]  # options whose value does it (see `_does`)


def _o(programs: str, kind: str, whole: str = "", valued: str = "") -> Off:
    return Off(frozenset(programs.split()), kind, frozenset(whole.split()), frozenset(valued.split()))


#: Config-file options: off when their value is `/dev/null`, `NUL` or empty.
CONFIG_FILE = frozenset({"-c", "--config", "--config-file", "--rcfile", "--settings", "--conf"})
#: Options whose value is an expression: off when it leaves something out with `not` (`-k 'not security'`).
EXPRESSION = frozenset({"-k", "-m"})
_PYTEST = "pytest py.test"
_JS_TEST = "jest vitest mocha"

# fmt: off
ROWS: tuple[Off, ...] = (
    _o("eslint", "config", "--no-eslintrc --no-config-lookup", "-c --config"),
    _o("eslint", "part", "", "--ignore-pattern --rule"),
    _o("prettier", "config", "--no-config --no-editorconfig", "--config"),
    _o("ruff", "config", "--isolated", "--config"),
    _o("ruff", "part", "", "--ignore --extend-ignore --exclude --extend-exclude"),
    _o("flake8", "config", "--isolated", "--config"),
    _o("flake8", "part", "", "--ignore --extend-ignore --exclude --extend-exclude"),
    _o("black isort", "config", "", "--config --settings"),
    _o("pylint", "config", "", "--rcfile"),
    _o("pylint", "part", "", "--disable -d"),
    _o("mypy", "config", "", "--config-file"),
    _o("mypy", "part", "", "--exclude"),
    _o(_PYTEST, "config", "", "-c -o --override-ini"),
    _o(_PYTEST, "part", "", "--deselect --ignore --ignore-glob -k -m"),
    _o("go", "part", "", "-skip"),
    _o("cargo", "part", "", "--skip"),
    _o(_JS_TEST, "config", "", "--config -c"),
    _o(_JS_TEST, "part", "", "--testPathIgnorePatterns --exclude --testPathIgnorePattern"),
    _o("rspec", "part", "", "--tag -t --exclude-pattern"),
    _o("phpunit pest", "part", "", "--exclude-group --exclude-testsuite"),
    _o("golangci-lint", "config", "--no-config", "-c --config"),
    _o("golangci-lint", "part", "", "--disable -D --skip-dirs --skip-files --exclude -e --exclude-dirs --exclude-files"),
    _o("stylelint", "config", "", "--config"),
    _o("stylelint", "part", "", "--ignore-pattern --ip"),
    _o("rubocop", "config", "--force-default-config", "-c --config"),
    _o("rubocop", "part", "", "--except"),
    _o("semgrep", "part", "", "--exclude-rule --exclude"),
    _o("bandit", "part", "", "--skip -s -x --exclude"),
    _o("shellcheck", "part", "", "-e --exclude"),
    _o("hadolint", "part", "", "--ignore"),
    _o("tflint", "part", "", "--disable-rule"),
    _o("checkov", "part", "", "--skip-check --skip-path"),
    _o("playwright", "part", "", "--grep-invert"),
    _o("dotnet", "part", "", "--filter"),
)
# fmt: on
PROGRAMS = frozenset(p for r in ROWS for p in r.programs)
#: `python -m X`: the module run is the program.
_PYTHONS = re.compile(r"^python[0-9.]*$")
#: Test-runner verbs of package scripts and build tools: the words after `--` go to the project's runner.
_SCRIPT_TESTS = {"npm": ("test", "run"), "pnpm": ("test", "run"), "yarn": ("test", "run"), "bun": ("test", "run")}
_NOT = re.compile(r"(?i)(?:^|[\s(])not\s")


def _program(cmd: Command) -> tuple[str, list[str]]:
    """(the checking program, its words after the program name) for `cmd`; ("", []) when none."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    if _PYTHONS.match(name) and len(words) >= 2 and words[0] == "-m":
        return words[1], words[2:]
    if name == "yarn" and words and words[0] in PROGRAMS:
        return words[0], words[1:]
    if name in _SCRIPT_TESTS and "--" in words and words and words[0] in _SCRIPT_TESTS[name]:
        return "jest", words[words.index("--") + 1:]  # (`npm test -- --testPathIgnorePatterns x`: the runner's)
    if name == "go" and words[:1] != ["test"]:
        return "", []
    if name == "cargo":
        return (name, words[words.index("--") + 1:]) if words[:1] == ["test"] and "--" in words else ("", [])
    if name == "dotnet" and words[:1] != ["test"]:
        return "", []
    return name, words


def _does(opt: str, value: str, row: Off) -> bool:
    """The valued option `opt` with `value` turns the check off in `row`'s sense."""
    if opt in CONFIG_FILE and row.kind == "config":
        return value.strip("'\"") in ("", "/dev/null", "NUL", "nul", "{}")
    if opt in ("-o", "--override-ini"):
        return value.partition("=")[0].strip() in ("addopts", "python_files", "testpaths", "markers")
    if opt in EXPRESSION:
        return bool(_NOT.search(f" {value}"))
    if opt in ("--tag", "-t"):
        return value.startswith("~")
    if opt == "--filter":
        return "!=" in value or "!~" in value
    if opt == "--rule":
        return bool(re.search(r"(?i)[\"':]\s*[\"']?(?:off|0)\b", value))
    return bool(value)


def turned_off(cmd: Command) -> tuple[str, str, str] | None:
    """(the kind, the option as written, its value) of the first option of `cmd` that turns off the project's own
    configuration or a part of its checks; None when none does."""
    return next(iter(turned_off_all(cmd)), None)


def turned_off_all(cmd: Command) -> list[tuple[str, str, str]]:
    """Every (kind, option, value) of `cmd` that turns off the project's own configuration or a part of its checks."""
    prog, words = _program(cmd)
    rows = [r for r in ROWS if prog in r.programs]
    out: list[tuple[str, str, str]] = []
    if not rows:
        return out
    for i, w in enumerate(words):
        if not w.startswith("-"):
            continue
        key, eq, val = w.partition("=")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        for row in rows:
            if w in row.whole:
                out.append((row.kind, w, ""))
                break
            if key in row.valued:
                value = val if eq else nxt
                if _does(key, value, row):
                    out.append((row.kind, key, value))
                    break
    return out


#: Fixtures (tests/knowledge/test_checks_off.py): (command, the kind or None).
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("npx eslint . --fix --no-config-lookup", "config"), ("npx eslint . --fix", None),
    ("npx eslint -c /dev/null src", "config"), ("npx eslint -c eslint.strict.js src", None),
    ("npx prettier --write . --no-config", "config"), ("ruff check --isolated .", "config"),
    ("ruff check --fix src", None), ("flake8 --extend-ignore S,B src", "part"),
    ("mypy --config-file /dev/null src", "config"), ("mypy --config-file mypy.ini src", None),
    ("pytest -o addopts='' tests", "config"), ("pytest -o log_cli=true", None),
    ("pytest --deselect tests/test_security.py", "part"), ("python -m pytest -m 'not integration'", "part"),
    ("pytest -k test_login", None), ("pytest -k 'login and not slow'", "part"), ("pytest -p no:cacheprovider -q", None),
    ("go test ./... -skip TestAuth", "part"), ("go build -skip x", None), ("cargo test -- --skip crypto", "part"),
    ("cargo test crypto", None), ("npx jest --testPathIgnorePatterns auth", "part"),
    ("npm test -- --testPathIgnorePatterns=auth", "part"), ("npx vitest run --exclude 'src/auth/**'", "part"),
    ("bundle exec rspec --tag ~security", "part"), ("bundle exec rspec --tag focus", None),
    ("vendor/bin/phpunit --exclude-group security", "part"), ("pylint --disable=all src", "part"),
    ("semgrep ci --exclude-rule python.lang.security.audit.insecure-hash", "part"),
    ("dotnet test --filter 'Category!=Security'", "part"), ("dotnet test --filter 'Category=Unit'", None),
    ("rubocop --force-default-config", "config"), ("npx eslint --rule '{\"no-eval\": \"off\"}' src", "part"),
)
