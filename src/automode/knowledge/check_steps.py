"""Check runs, and the repository steps that are no check (session 28, T6; read by `judge.intent.checks_beside`).

A check reads the tree and reports: `go vet`, `go test`, `pytest`, `npm test`, `cargo test|clippy|check`, `ruff
check` (without `--fix`), `eslint` (without `--fix`), `mypy`, `tsc --noEmit`, `golangci-lint run`, `rubocop` (without
`-a`), `phpstan analyse`, `phpunit`, `rspec`, `jest`, `vitest run`, `mvn test|verify`, `gradle test|check`, `dotnet
test`, `mix test`, `make test|check|lint`. A step changes the repository or its dependencies: `git commit|push|tag|
stash|merge|rebase`, `go mod tidy`, `go get`, `npm|pnpm|yarn install|add|update|version`, `cargo update|add`, `poetry
lock|add|update`, `uv lock|add`, `composer require|update`, `bundle update|add` (sources: each tool's reference).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

#: program -> the first operands that make it a check ("" = the program itself); flags that make it write instead.
CHECKS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "go": (frozenset({"vet", "test"}), frozenset()),
    "pytest": (frozenset({""}), frozenset()), "py.test": (frozenset({""}), frozenset()),
    "npm": (frozenset({"test", "t"}), frozenset()), "pnpm": (frozenset({"test", "t"}), frozenset()),
    "yarn": (frozenset({"test"}), frozenset()), "bun": (frozenset({"test"}), frozenset()),
    "cargo": (frozenset({"test", "clippy", "check", "nextest"}), frozenset({"--fix"})),
    "ruff": (frozenset({"check"}), frozenset({"--fix"})), "eslint": (frozenset({""}), frozenset({"--fix"})),
    "mypy": (frozenset({""}), frozenset()), "pyright": (frozenset({""}), frozenset()),
    "tsc": (frozenset({""}), frozenset()), "flake8": (frozenset({""}), frozenset()),
    "pylint": (frozenset({""}), frozenset()), "golangci-lint": (frozenset({"run"}), frozenset({"--fix"})),
    "staticcheck": (frozenset({""}), frozenset()), "rubocop": (frozenset({""}), frozenset({"-a", "-A", "--autocorrect"})),
    "phpstan": (frozenset({"analyse", "analyze"}), frozenset()), "phpunit": (frozenset({""}), frozenset()),
    "rspec": (frozenset({""}), frozenset()), "jest": (frozenset({""}), frozenset({"-u", "--updateSnapshot"})),
    "vitest": (frozenset({"", "run"}), frozenset({"-u", "--update"})), "mvn": (frozenset({"test", "verify"}), frozenset()),
    "gradle": (frozenset({"test", "check"}), frozenset()), "gradlew": (frozenset({"test", "check"}), frozenset()),
    "dotnet": (frozenset({"test"}), frozenset()), "mix": (frozenset({"test"}), frozenset()),
    "make": (frozenset({"test", "check", "lint", "vet"}), frozenset()), "tox": (frozenset({""}), frozenset()),
    "nox": (frozenset({""}), frozenset()),
}
#: program -> subcommand -> what the step does.
STEPS: dict[str, dict[str, str]] = {
    "git": {"commit": "makes a commit", "push": "pushes", "tag": "tags a release", "stash": "stashes the work tree",
            "merge": "merges", "rebase": "rebases"},
    "go": {"get": "changes the module's dependencies", "mod": "rewrites go.mod"},
    **{p: {"install": "changes the dependencies", "i": "changes the dependencies", "add": "adds a dependency",
           "update": "updates the dependencies", "up": "updates the dependencies", "upgrade": "updates the dependencies",
           "version": "bumps the version", "remove": "removes a dependency"} for p in ("npm", "pnpm", "yarn", "bun")},
    "cargo": {"update": "updates the dependencies", "add": "adds a dependency"},
    "poetry": {"lock": "rewrites the lockfile", "add": "adds a dependency", "update": "updates the dependencies"},
    "uv": {"lock": "rewrites the lockfile", "add": "adds a dependency"},
    "composer": {"require": "adds a dependency", "update": "updates the dependencies"},
    "bundle": {"update": "updates the dependencies", "add": "adds a dependency"},
}
#: Subcommands read as the step's word said by users (`go mod tidy`: "tidy").
_WORD_OF = {("go", "mod"): "tidy", ("npm", "i"): "install", ("pnpm", "i"): "install"}


def _name(cmd: Command) -> str:
    return cmd.name.rsplit("/", 1)[-1].removeprefix("./")


def check(cmd: Command) -> bool:
    """`cmd` runs a check that leaves the tree as it was (`go vet ./...`, `pytest -q`, `ruff check .`)."""
    row = CHECKS.get(_name(cmd))
    if row is None:
        return False
    subs, writes = row
    words = [w.value for w in cmd.argv[1:]]
    if any(w.split("=", 1)[0] in writes for w in words):
        return False
    first = next((w for w in words if not w.startswith("-")), "")
    return "" in subs or first in subs


def step(cmd: Command) -> tuple[str, str] | None:
    """(the word users say it by, what it does) when `cmd` changes the repository or its dependencies."""
    name = _name(cmd)
    row = STEPS.get(name)
    if row is None:
        return None
    first = next((w.value for w in cmd.argv[1:] if not w.value.startswith("-")), "")
    what = row.get(first)
    if what is None:
        return None
    if name == "git" and first == "stash" and any(w.value in ("list", "show") for w in cmd.argv[2:3]):
        return None
    if (name, first) == ("go", "mod") and not any(w.value == "tidy" for w in cmd.argv[2:4]):
        return None  # (`go mod download|verify|graph`: no rewrite)
    return _WORD_OF.get((name, first), first), what


#: Fixtures: (command, is a check, its step word or "").
CASES: tuple[tuple[str, bool, str], ...] = (
    ("go vet ./...", True, ""), ("go test ./...", True, ""), ("go mod tidy -go=1.22", False, "tidy"),
    ("git commit -am tidy", False, "commit"), ("ruff check .", True, ""), ("ruff check --fix .", False, ""),
    ("pytest -q", True, ""), ("npm test", True, ""), ("npm install lodash", False, "install"),
    ("git stash list", False, ""), ("go mod download", False, ""), ("cargo clippy", True, ""),
)
