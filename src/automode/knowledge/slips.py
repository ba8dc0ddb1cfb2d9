"""Routine steps that go a step past a routine request (session 16, G5): what the action side looks like.

Ordinary work where one part goes further than asked: "install the dependencies" answered with `bundle update` (every
gem moved past the lockfile), "clear the pytest cache" with `rm -rf .pytest_cache ~/.cache/pip ~/.cache/huggingface`
(home caches beside the project's), a format run that also rewrites the lockfile (`cargo fmt && cargo update`,
`rm package-lock.json`), a test run that also pushes. Three tables, read by `judge.intent.slips`:

* `WIDE_UPDATES`: commands that update every dependency (no package named), per ecosystem;
* `HOME_CACHES` / `CACHE_COMMANDS`: caches outside the project (under home or the system) by path fragment, and the
  commands that clear such a cache, each with the words a user names it by;
* `LOCKFILES`: lockfiles by name (a delete of one rewrites the resolved versions on the next install).

Pure tables and argv readers; fixtures in `tests/knowledge/test_slips.py`.
"""

from __future__ import annotations

#: (program, leading words, what makes it every dependency): "bare" = no package operand after the leading words;
#: a flag set = one of these flags present (and, with "bare+", no operand either).
WIDE_UPDATES: tuple[tuple[str, tuple[str, ...], str, frozenset[str]], ...] = (
    ("bundle", ("update",), "bare", frozenset()),
    ("bundle", ("lock",), "flag", frozenset({"--update"})),
    ("npm", ("update",), "bare", frozenset()), ("npm", ("up",), "bare", frozenset()),
    ("npm", ("upgrade",), "bare", frozenset()),
    ("pnpm", ("update",), "bare", frozenset()), ("pnpm", ("up",), "bare", frozenset()),
    ("pnpm", ("upgrade",), "bare", frozenset()),
    ("yarn", ("upgrade",), "bare", frozenset()), ("yarn", ("upgrade-interactive",), "any", frozenset()),
    ("bun", ("update",), "bare", frozenset()),
    ("composer", ("update",), "bare", frozenset()), ("composer", ("upgrade",), "bare", frozenset()),
    ("composer", ("u",), "bare", frozenset()),
    ("poetry", ("update",), "bare", frozenset()),
    ("pipenv", ("update",), "bare", frozenset()), ("pipenv", ("upgrade",), "bare", frozenset()),
    ("uv", ("lock",), "flag", frozenset({"--upgrade", "-U"})), ("uv", ("sync",), "flag", frozenset({"--upgrade", "-U"})),
    ("uv", ("pip", "compile"), "flag", frozenset({"--upgrade", "-U"})),
    ("pip-compile", (), "flag", frozenset({"--upgrade", "-U"})),
    ("pip", ("install",), "req", frozenset({"-U", "--upgrade"})), ("pip3", ("install",), "req", frozenset({"-U", "--upgrade"})),
    ("cargo", ("update",), "unpicked", frozenset({"-p", "--package", "--precise"})),
    ("go", ("get",), "goall", frozenset({"-u", "-u=patch"})),
    ("mix", ("deps.update",), "flag", frozenset({"--all"})),
    ("flutter", ("pub", "upgrade"), "bare", frozenset()), ("dart", ("pub", "upgrade"), "bare", frozenset()),
    ("swift", ("package", "update"), "bare", frozenset()),
    ("pod", ("update",), "bare", frozenset()),
    ("conda", ("update",), "flag", frozenset({"--all"})), ("mamba", ("update",), "flag", frozenset({"--all"})),
    ("micromamba", ("update",), "flag", frozenset({"--all"})),
    ("gem", ("update",), "bare", frozenset()),
    ("ncu", (), "flag", frozenset({"-u", "--upgrade"})), ("npm-check-updates", (), "flag", frozenset({"-u", "--upgrade"})),
    ("nix", ("flake", "update"), "bare", frozenset()),
    ("dotnet", ("outdated",), "flag", frozenset({"-u", "--upgrade"})),
    ("mvn", ("versions:use-latest-versions",), "any", frozenset()),
    ("mvn", ("versions:use-latest-releases",), "any", frozenset()),
    ("rebar3", ("upgrade",), "flag", frozenset({"--all"})),
    ("deno", ("outdated",), "flag", frozenset({"--update", "-u"})),
    ("brew", ("upgrade",), "bare", frozenset()),
)  # fmt: skip
#: Programs that run another one by its package name (`npx npm-check-updates -u`).
RUNNERS = frozenset({"npx", "pnpx", "bunx"})


def wide_update(name: str, args: list[str]) -> str:
    """The command (`bundle update`) when `name args` updates every dependency it manages, else ""."""
    if name in RUNNERS and args:
        first = next((i for i, x in enumerate(args) if not x.startswith("-")), None)
        if first is None:
            return ""
        name, args = args[first].split("@", 1)[0], args[first + 1:]
    name = name.rsplit("/", 1)[-1]
    for prog, lead, kind, flags in WIDE_UPDATES:
        if prog != name:
            continue
        pos = [x for x in args if not x.startswith("-")]
        if tuple(pos[: len(lead)]) != lead:
            continue
        rest = pos[len(lead):]
        opts = {x.split("=", 1)[0] if not x.startswith("-u=") else x for x in args if x.startswith("-")}
        said = " ".join((prog, *lead))
        if kind == "any":
            return said
        if kind == "bare" and not rest:
            return said
        if kind == "flag" and opts & flags:
            return said
        if kind == "req" and opts & flags and opts & {"-r", "--requirement"}:
            return said
        if kind == "unpicked" and not opts & flags and not rest:
            return said
        if kind == "goall" and opts & flags and (not rest or set(rest) <= {"./...", "all", "..."}):
            return said
    return ""


#: Caches outside the project, by a fragment of their path (under home unless it starts with "/"), with the words a
#: user names them by.
HOME_CACHES: tuple[tuple[str, frozenset[str]], ...] = (
    (".cache/pip", frozenset({"pip", "wheel", "wheels"})), (".cache/pypoetry", frozenset({"poetry"})),
    (".cache/uv", frozenset({"uv"})), (".cache/huggingface", frozenset({"huggingface", "hf", "hugging", "model", "models"})),
    (".cache/torch", frozenset({"torch", "pytorch", "hub", "checkpoint", "checkpoints"})),
    (".cache/go-build", frozenset({"go", "golang", "build"})), ("go/pkg/mod", frozenset({"go", "golang", "modcache", "module", "modules"})),
    (".cache/coursier", frozenset({"coursier", "scala", "sbt"})), (".ivy2", frozenset({"ivy", "ivy2", "sbt", "scala"})),
    (".sbt", frozenset({"sbt", "scala"})), (".m2", frozenset({"maven", "m2", "mvn"})),
    (".gradle", frozenset({"gradle"})), (".npm", frozenset({"npm", "node"})), (".cache/yarn", frozenset({"yarn"})),
    (".yarn", frozenset({"yarn"})), (".pnpm-store", frozenset({"pnpm"})), (".local/share/pnpm", frozenset({"pnpm"})),
    (".cargo/registry", frozenset({"cargo", "rust", "crate", "crates"})), (".cargo/git", frozenset({"cargo", "rust"})),
    (".nuget", frozenset({"nuget", "dotnet", ".net"})), (".composer", frozenset({"composer", "php"})),
    (".cache/composer", frozenset({"composer", "php"})), (".gem", frozenset({"gem", "gems", "ruby", "bundler"})),
    (".bundle", frozenset({"bundle", "bundler", "gem", "gems", "ruby"})), (".conda", frozenset({"conda"})),
    ("miniconda3/pkgs", frozenset({"conda"})), ("anaconda3/pkgs", frozenset({"conda"})),
    (".cache/zig", frozenset({"zig"})), (".cache/bazel", frozenset({"bazel"})), (".cache/ms-playwright", frozenset({"playwright"})),
    (".cache/Cypress", frozenset({"cypress"})), (".cache/electron", frozenset({"electron"})), (".electron", frozenset({"electron"})),
    (".node-gyp", frozenset({"node-gyp", "gyp", "node"})), (".deno", frozenset({"deno"})), (".bun", frozenset({"bun"})),
    (".android", frozenset({"android", "gradle", "emulator"})), (".cocoapods", frozenset({"cocoapods", "pod", "pods"})),
    ("Library/Caches", frozenset({"library", "homebrew", "brew", "mac", "macos"})),
    ("Library/Developer/Xcode/DerivedData", frozenset({"xcode", "deriveddata", "derived"})),
    (".cache", frozenset()),  # any other cache under ~/.cache: named by its own folder name
    ("/var/cache", frozenset({"apt", "system", "dnf", "yum", "pacman"})),
)  # fmt: skip
#: Commands that clear a cache outside the project: (program, leading words, flags that make it one; words naming it).
CACHE_COMMANDS: tuple[tuple[str, tuple[str, ...], frozenset[str], frozenset[str]], ...] = (
    ("npm", ("cache", "clean"), frozenset(), frozenset({"npm"})), ("npm", ("cache", "clear"), frozenset(), frozenset({"npm"})),
    ("yarn", ("cache", "clean"), frozenset(), frozenset({"yarn"})), ("pnpm", ("store", "prune"), frozenset(), frozenset({"pnpm"})),
    ("pip", ("cache", "purge"), frozenset(), frozenset({"pip"})), ("pip3", ("cache", "purge"), frozenset(), frozenset({"pip"})),
    ("pip", ("cache", "remove"), frozenset(), frozenset({"pip"})),
    ("go", ("clean",), frozenset({"-modcache", "-cache", "-fuzzcache"}), frozenset({"go", "golang", "modcache"})),
    ("brew", ("cleanup",), frozenset(), frozenset({"brew", "homebrew"})),
    ("conda", ("clean",), frozenset(), frozenset({"conda"})), ("mamba", ("clean",), frozenset(), frozenset({"conda", "mamba"})),
    ("dotnet", ("nuget", "locals"), frozenset(), frozenset({"nuget", "dotnet"})),
    ("gem", ("cleanup",), frozenset(), frozenset({"gem", "gems", "ruby"})),
    ("composer", ("clear-cache",), frozenset(), frozenset({"composer"})), ("composer", ("clearcache",), frozenset(), frozenset({"composer"})),
    ("poetry", ("cache", "clear"), frozenset(), frozenset({"poetry"})), ("uv", ("cache", "clean"), frozenset(), frozenset({"uv"})),
    ("uv", ("cache", "prune"), frozenset(), frozenset({"uv"})), ("bun", ("pm", "cache", "rm"), frozenset(), frozenset({"bun"})),
    ("deno", ("clean",), frozenset(), frozenset({"deno"})),
    # (session 17, H5) Dart/Flutter's pub cache, CocoaPods' cache, the local Maven repository, Bazel's whole output
    # base, nuget.exe's locals
    ("flutter", ("pub", "cache", "clean"), frozenset(), frozenset({"pub", "flutter", "dart"})),
    ("dart", ("pub", "cache", "clean"), frozenset(), frozenset({"pub", "dart"})),
    ("pod", ("cache", "clean"), frozenset(), frozenset({"pod", "pods", "cocoapods"})),
    ("mvn", ("dependency:purge-local-repository",), frozenset(), frozenset({"maven", "m2", "mvn"})),
    ("bazel", ("clean",), frozenset({"--expunge", "--expunge_async"}), frozenset({"bazel", "expunge"})),
    ("bazelisk", ("clean",), frozenset({"--expunge", "--expunge_async"}), frozenset({"bazel", "expunge"})),
    ("nuget", ("locals",), frozenset(), frozenset({"nuget"})),
)  # fmt: skip
#: Words that name caches in general, or the home directory's: "free up disk space", "caches and stuff", "all caches".
CACHES_IN_GENERAL = frozenset({"caches", "home", "disk", "space", "global", "everything", "all", "~/.cache", "~"})


def cache_command(name: str, args: list[str]) -> frozenset[str] | None:
    """The words naming the cache a command clears outside the project (`npm cache clean --force`), else None."""
    pos = [x for x in args if not x.startswith("-")]
    opts = {x for x in args if x.startswith("-")}
    for prog, lead, flags, words in CACHE_COMMANDS:
        if prog == name and tuple(pos[: len(lead)]) == lead and (not flags or opts & flags):
            return words
    return None


def home_cache(rel: str) -> frozenset[str] | None:
    """The words naming a cache at `rel` (a path relative to home, or absolute for the system's), else None. A folder
    of `~/.cache` no row names is named by its own name (`~/.cache/ruff`: "ruff")."""
    for frag, words in HOME_CACHES:
        if frag.startswith("/"):
            if rel == frag or rel.startswith(frag + "/"):
                return words
            continue
        if rel == frag or rel.startswith(frag + "/") or rel.startswith(frag + "."):
            if frag == ".cache":
                part = rel.split("/")[1] if rel.count("/") >= 1 else ""
                return frozenset({part.lower()}) if part else frozenset()
            return words
    return None


#: Routine steps a push may follow (tests, linters, formatters, type checks, builds): programs that are one, and
#: (program, first words) pairs for task runners.
ROUTINE_PROGRAMS = frozenset({"pytest", "py.test", "jest", "vitest", "mocha", "ava", "karma", "playwright", "cypress", "rspec",
                              "phpunit", "pest", "tox", "nox", "ruff", "black", "isort", "flake8", "pylint", "mypy", "pyright",
                              "eslint", "prettier", "biome", "tsc", "gofmt", "goimports", "golangci-lint", "rubocop",
                              "standardrb", "clang-format", "shellcheck", "stylelint", "ktlint", "swiftlint", "swiftformat",
                              "phpstan", "psalm", "php-cs-fixer", "rustfmt", "hadolint", "yamllint", "markdownlint"})  # fmt: skip
ROUTINE_TASKS: frozenset[tuple[str, str]] = frozenset(
    {(p, t) for p in ("npm", "yarn", "pnpm", "bun") for t in ("test", "lint", "format", "fmt", "typecheck", "check", "build")}
    | {("cargo", t) for t in ("test", "fmt", "clippy", "build", "check", "nextest")}
    | {("go", t) for t in ("test", "vet", "build", "fmt")} | {("make", t) for t in ("test", "lint", "check", "fmt", "format", "build")}
    | {("mvn", t) for t in ("test", "verify", "package")} | {("gradle", t) for t in ("test", "check", "build", "lint")}
    | {("./gradlew", t) for t in ("test", "check", "build", "lint")} | {("dotnet", t) for t in ("test", "build", "format")}
    | {(p, t) for p in ("flutter", "dart", "bazel", "bazelisk") for t in ("test", "build", "analyze")}
    | {("mix", t) for t in ("test", "format", "credo")} | {("php", "artisan"), ("bundle", "exec"), ("rake", "test"),
                                                         ("rake", "spec"), ("deno", "test"), ("deno", "lint"), ("deno", "fmt"),
                                                         ("swift", "test"), ("swift", "build"), ("uv", "run"), ("poetry", "run")})  # fmt: skip


def routine_step(name: str, args: list[str]) -> bool:
    """The command runs tests, a linter, a formatter, a type check or a build (`pytest -q`, `npm run lint -- --fix`)."""
    base = name.rsplit("/", 1)[-1]
    if base in ROUTINE_PROGRAMS:
        return True
    pos = [x for x in args if not x.startswith("-")]
    if base in ("python", "python3") and args[:2] and args[0] == "-m":
        return len(args) > 1 and args[1] in ROUTINE_PROGRAMS | {"unittest"}
    if pos[:1] == ["run"] and base in ("npm", "yarn", "pnpm", "bun"):
        pos = pos[1:]
    task = pos[0].split(":", 1)[0] if pos else ""
    return (base, task) in ROUTINE_TASKS or (name, task) in ROUTINE_TASKS


#: Lockfiles: the resolved versions of a project's dependencies (a delete rewrites them on the next install).
LOCKFILES = frozenset({"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock",
                       "Gemfile.lock", "Cargo.lock", "poetry.lock", "Pipfile.lock", "uv.lock", "pdm.lock", "composer.lock",
                       "go.sum", "mix.lock", "pubspec.lock", "Podfile.lock", "Package.resolved", "flake.lock",
                       "packages.lock.json", "gradle.lockfile", "conda-lock.yml", "Chart.lock", ".terraform.lock.hcl",
                       "deno.lock", "requirements.lock"})  # fmt: skip
