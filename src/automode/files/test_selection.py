"""Tests or code left out of the run by a test runner's or coverage tool's configuration (AM-WRITE-001, AM-WRITE-003).

The fact: every runner keeps a list of what it does not collect, and every coverage tool a list of what it does not
measure; an entry added there hides a failing test (or uncovered code) as surely as a skip marker, without touching
the test. The key's name says it (`testPathIgnorePatterns`, `exclude`, `testIgnore`, `excludeSpecPattern`,
`norecursedirs`, `omit`, `<exclude>`, `ExUnit.start(exclude: ...)`, `filter_run_excluding`, `exclude_tags`), so the
check reads any key whose words say exclude, ignore, omit, skip or deselect in the configuration files of `RUNNERS`
(and, in a shared file such as `pyproject.toml` or `package.json`, under a test or coverage section), and compares
the entries before and after the edit. Added entries that name build output, dependencies, fixtures, generated
code or another suite's folder (`dist`, `node_modules`, `.venv`, `e2e`, `__snapshots__` ...) are routine; an entry
that names a category the project opts out of by convention (`slow`, `integration`, a tag) is a question (ask);
any other entry (a source folder, one test file, a feature's tests) is the weakening.
"""

from __future__ import annotations

import re
from collections import Counter

from automode import lazyre
from automode.files.diff import Weakening, _rel
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: Configuration files of test runners and coverage tools (each tool's documented file names): Jest
#: (jestjs.io/docs/configuration), Vitest and Vite (vitest.dev/config), Karma (karma-runner.github.io/latest/config/
#: configuration-file.html), Playwright (playwright.dev/docs/test-configuration: testIgnore), Cypress
#: (docs.cypress.io/app/references/configuration: excludeSpecPattern), WebdriverIO (exclude), AVA, Jasmine
#: (spec_files with `!`), Mocha (.mocharc: ignore), nyc/c8 (exclude), Stryker, pytest (pytest.ini, pyproject, setup.cfg,
#: tox.ini: norecursedirs), coverage.py (.coveragerc: omit), PHPUnit (phpunit.xml: <exclude>), RSpec (.rspec,
#: spec_helper: filter_run_excluding, exclude_pattern), SimpleCov (add_filter), ExUnit (test_helper.exs: exclude),
#: Dart (dart_test.yaml), Deno (deno.json test.exclude), Bun (bunfig.toml), Codecov (ignore), SonarQube
#: (sonar.coverage.exclusions, sonar.test.exclusions), Maven Surefire/JaCoCo (pom.xml <excludes>), Gradle
#: (test { exclude }, filter { excludeTestsMatching }), sbt, cargo-nextest (.config/nextest.toml), tarpaulin, .NET
#: runsettings, go-test-coverage (.testcoverage.yml: exclude).
RUNNERS = lazyre.compile(
    r"/(?:jest|vitest|vite|karma|playwright|cypress|wdio|ava|web-test-runner|wtr|nightwatch|detox|stryker|testem|mocha)\.conf(?:ig)?"
    r"(?:\.[\w-]+)*\.(?:js|cjs|mjs|ts|cts|mts|json|ya?ml)$|/vitest\.workspace\.\w+$|/\.mocharc(?:\.\w+)?$|/jasmine\.json$|"
    r"/\.nycrc(?:\.\w+)?$|/\.c8rc(?:\.\w+)?$|/pytest\.ini$|/\.pytest\.ini$|/\.coveragerc$|/phpunit\.xml(?:\.dist)?$|/\.rspec$|"
    r"/spec/spec_helper\.rb$|/\.simplecov$|/test/test_helper\.exs$|/dart_test\.ya?ml$|/bunfig\.toml$|/\.?codecov\.ya?ml$|"
    r"/\.config/nextest\.toml$|/tarpaulin\.toml$|\.runsettings$|/\.testcoverage\.ya?ml$|/\.?testcoverage\.ya?ml$")  # fmt: skip
#: Files shared with other tools: an exclusion counts there only under a test or coverage section (`SECTION`).
SHARED = lazyre.compile(r"/(?:pyproject\.toml|setup\.cfg|tox\.ini|package\.json|deno\.jsonc?|pom\.xml|build\.gradle(?:\.kts)?|"
                        r"build\.sbt|mix\.exs|Cargo\.toml|sonar-project\.properties|angular\.json|Package\.swift)$")
#: The generic fallback: a configuration file named for tests, specs or coverage (`.mytestrc`, `coverage.config.json`).
NAMED = lazyre.compile(r"/\.?[\w-]*(?:test|tests|spec|specs|coverage)[\w-]*(?:rc|\.conf(?:ig)?)(?:\.(?:json|ya?ml|toml|js|cjs|mjs|ts))?$")
SECTION = lazyre.compile(r"(?i)pytest|coverage|surefire|failsafe|jacoco|\bjest\b|\bvitest\b|\bkarma\b|\bmocha\b|\bava\b|\bnyc\b|"
                         r"\bc8\b|\btest(?:s|ing|Options)?\b|\bspec\b|\bnextest\b|tarpaulin|\btestTarget\b")
#: Words of a key that lists what is left out.
EXCLUDE_WORDS = frozenset({"exclude", "excludes", "excluded", "excluding", "exclusion", "exclusions", "ignore", "ignores",
                           "ignored", "omit", "skip", "skips", "deselect", "norecursedirs", "testignore", "blacklist", "denylist"})
#: Words of a key that is about something else than what runs (file watching, transpiling, module resolution, lint).
OTHER_WORDS = frozenset({"watch", "transform", "module", "modules", "lint", "eslint", "prettier", "format", "warnings",
                         "warning", "deprecation", "log", "logs", "resolver", "alias", "unhandled", "errors", "console",
                         "cache", "snapshot", "serializer", "reporter", "reporters", "files"})  # fmt: skip
#: Words that make an exclusion key about coverage (what is measured) rather than what runs.
COVERAGE_WORDS = frozenset({"coverage", "omit", "cov", "instrument", "instrumentation", "collect"})
#: Entries every project leaves out, as a whole segment of the entry anywhere in it: build output, dependencies,
#: caches, fixtures, generated code, setup and type files.
ROUTINE_SEGMENT = lazyre.compile(
    r"(?i)\.?(?:node_modules|bower_components|jspm_packages|dist|build|builds|out|output|target|coverage|htmlcov|lib-cov|"
    r"vendor|vendors|venv|virtualenv|env|git|hg|svn|tox|nox|tmp|temp|cache|__pycache__|pytest_cache|mypy_cache|ruff_cache|"
    r"fixtures?|__fixtures__|testdata|test-data|test_data|__mocks__|mocks?|__snapshots__|snapshots?|storybook|stories|next|"
    r"nuxt|svelte-kit|output|turbo|vercel|angular|expo|docusaurus|generated|__generated__|gen|codegen|migrations?|docs?|"
    r"examples?|samples?|benchmarks?|bench|third_party|thirdparty|external|deps|_build|bin|obj|site-packages|eggs|"
    r"[\w-]*\.egg-info|typings|@types|github|idea|vscode|stubs|protos?|pb)"
)
#: A whole suite's folder, as the entry's last segment (`e2e/**`, `/cypress/`): another runner runs it.
SUITE_SEGMENT = lazyre.compile(r"(?i)(?:e2e|e2e-tests|playwright|cypress|integration-tests|acceptance|visual|perf|load-tests)")
#: File names every project leaves out: type declarations, configs, setup files, stories, generated stubs.
ROUTINE_FILE = lazyre.compile(r"(?i)\.d\.[cm]?ts$|\.config\.\w+$|\.conf\.\w+$|^(?:setup|setupTests|jest\.setup|vitest\.setup|"
                              r"test-setup|conftest|__init__|manage|wsgi|asgi|index|main|polyfills?)(?:\.\w+)*$|\.stories\.\w+$|"
                              r"_pb2(?:_grpc)?\.py$|\.pb\.go$|\.generated\.\w+$|\.gen\.\w+$|\.min\.js$")
#: For coverage, tests themselves are routine to leave out (what is measured is the code under test).
TEST_SEGMENT = lazyre.compile(r"(?i)(?:tests?|specs?|__tests__|testing|test_[\w*]+\.py|[\w*]+_test\.\w+|[\w*]+\.(?:test|spec)\.\w+|"
                              r"[\w*]+Tests?\.\w+)")


def routine(entry: str, coverage: bool) -> bool:
    """An entry every project leaves out (build output, dependencies, fixtures, another suite's folder)."""
    parts = [p.strip("*") for p in re.split(r"[/\\]+", entry.strip().lstrip("!^<").replace("<rootDir>", "")) if p.strip("*.$?()|")]
    parts = [p for p in parts if p]
    if not parts:
        return True
    if any(ROUTINE_SEGMENT.fullmatch(p.strip(".")) for p in parts) or ROUTINE_FILE.search(parts[-1]):
        return True
    if SUITE_SEGMENT.fullmatch(parts[-1]):
        return True
    return coverage and any(TEST_SEGMENT.fullmatch(p) for p in parts)


#: Entries that name a category projects opt out of by convention (a tag or a kind of suite): a question.
CATEGORY = lazyre.compile(r"(?i)^[:@~!]?(?:[\w*/.-]*[/_.-])?(?:slow|integration|integrations|it|perf|performance|load|stress|"
                          r"network|external|manual|nightly|long|long_running|heavy|gpu|docker|requires[\w-]*|live|smoke|"
                          r"acceptance|system|contract|visual|a11y|browser|ui)(?:[/_.-][\w*/.-]*)?$")

_KEY = lazyre.compile(r"""(?:^|[\s{,(\[])["']?(?P<k>[A-Za-z_@][\w.@-]*)["']?\s*(?:=>|:(?!:)|=|\+=)|<(?P<x>[A-Za-z][\w.:-]*)(?:\s[^>]*)?>|"""
                      r"""(?P<c>\b(?:exclude|excludeTestsMatching|filter_run_excluding|add_filter|exclude_pattern|testIgnore|"""
                      r"""excludeSpecPattern)\b)\s*[(\s]""")  # fmt: skip
_ITEM = lazyre.compile(r"""(?P<q>"[^"\n]{1,200}"|'[^'\n]{1,200}'|`[^`\n]{1,200}`)|(?<![\w:]):(?P<a>[a-z_][\w]*)\b|>(?P<t>[^<>\n]{1,200})</""")
_WORDS = lazyre.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _words(key: str) -> set[str]:
    return {w.lower() for w in _WORDS.findall(key)} | {key.lower().replace("-", "").replace("_", "")}


def _exclusion_key(key: str) -> bool:
    ws = _words(key)
    return bool(ws & EXCLUDE_WORDS) and not ws & OTHER_WORDS


CHILD_TAGS = frozenset({"group", "directory", "file", "string", "value", "pattern", "class", "item", "exclude", "param"})


#: Words of a key that lists what runs (`spec_files`, `testMatch`, AVA `files`): its negated entries (`!**/x`) exclude.
INCLUDE_WORDS = frozenset({"specfiles", "testmatch", "specpattern", "spec", "specs", "include", "testfiles", "files"})


def _include_key(key: str) -> bool:
    return bool(_words(key) & INCLUDE_WORDS) and not _words(key) & (OTHER_WORDS - {"files"})


_HEADER = lazyre.compile(r"^\s*\[+[^\]\n]+\]+\s*$")


def _section_text(lines: list[str], i: int) -> str:
    """The text that says whose list line `i` is: its section's header when a TOML/INI header is above it (`[tool.bandit]`
    is no test section, whatever its keys say), else the 40 lines up to it."""
    for j in range(i, max(-1, i - 200), -1):
        if _HEADER.match(lines[j]):
            return lines[j]
    return "\n".join(lines[max(0, i - 40):i + 1])


def _entries(text: str, shared: bool) -> Counter[tuple[str, str]]:
    """(the exclusion key, an entry) for every entry of an exclusion list in `text`: quoted strings, atoms, XML
    element text, and the bare words of an INI value (`norecursedirs = build .venv`, `omit =` continuation lines)."""
    out: Counter[tuple[str, str]] = Counter()
    owner, owner_indent = "", -1  # the exclusion key whose list the current line continues
    lines = text.splitlines()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "//", ";", "<!--")):
            continue
        indent = len(line) - len(line.lstrip())
        keys = [(m.start() if m.group("x") else m.end(), m.group("k") or m.group("x") or m.group("c") or "") for m in _KEY.finditer(line)]
        start = 0
        excl = [(end, k) for end, k in keys if _exclusion_key(k) or (not shared and _include_key(k))]
        if excl and (not shared or SECTION.search(_section_text(lines, i))):
            owner, owner_indent = excl[-1][1], indent
            start = excl[-1][0]
        elif (keys and not (owner and indent > owner_indent and all(k.lower() in CHILD_TAGS for _, k in keys))) or (
                not keys and owner and indent <= owner_indent and not stripped.startswith(("]", ")", "}", "-", "'", '"'))):
            owner = ""  # another key, or a line back at the list's depth: the list ended
        if not owner:
            continue
        rest = line[start:]
        items = [m.group("q")[1:-1] if m.group("q") else (":" + m.group("a")) if m.group("a") else (m.group("t") or "").strip()
                 for m in _ITEM.finditer(rest)]
        if not items and not re.search(r"[\[{(<]", rest):
            items = [t for t in re.split(r"[\s,]+", rest) if t and not t.startswith("#")]
        negated_only = not _exclusion_key(owner)  # a list of what runs: its `!pattern` entries are what does not
        for it in items:
            if it and it != owner and not it.startswith(("...", "$")) and (not negated_only or it.startswith("!")):
                out[(owner, it)] += 1
    return out


def _where(path: str) -> bool | None:
    """True: a runner's own file; False: a shared file (needs a test section); None: not read."""
    if RUNNERS.search(path) or NAMED.search(path):
        return True
    if SHARED.search(path):
        return False
    return None


#: A key that filters which tests run (.NET runsettings `TestCaseFilter`, nextest `default-filter`, `--filter`, Mocha
#: `grep`, Cucumber `tags`), and a negation in its value (`!=`, `!~`, `not`, a `~tag`, `invert`): tests left out by name.
FILTER_KEY = lazyre.compile(r"(?i)(?:^|[\s<\"'{,])(?P<k>[\w.-]*(?:filter|grep|tags?)[\w.-]*)(?:>|[\"']?\s*[:=])\s*(?P<v>[^\n<]*)")
NEGATION = lazyre.compile(r"(?i)!=|!~|\bnot\b|(?:^|[\s\"'(,])~\w|\binvert\b|\bexclude\b")


def _negated_filters(text: str) -> set[str]:
    out = set()
    for m in FILTER_KEY.finditer(text):
        if NEGATION.search(m.group("v")):
            out.add(" ".join(m.group(0).split())[:80])
    return out


def narrowed(w: WriteView, root: str) -> Weakening | None:
    """An entry added to a test runner's or coverage tool's exclusion list that names project code or tests."""
    own = _where(w.path)
    if own is None or not w.before_known or not w.old.strip():
        return None
    shared = not own
    if own:
        gained = _negated_filters(w.new) - _negated_filters(w.old)
        if gained:
            f = sorted(gained)[0]
            return Weakening("tests", f"leaves tests out of every run by a negated filter ({f}) in {_rel(w, root)}", f)
    was = _entries(w.old, shared)
    now = _entries(w.new, shared)
    ask: Weakening | None = None
    for (key, item), n in now.items():
        coverage = bool(_words(key) & COVERAGE_WORDS) or any(c in w.path for c in (".coveragerc", "nyc", "c8rc", "codecov"))
        if n <= was.get((key, item), 0) or not re.search(r"[A-Za-z]", item) or routine(item, coverage):
            continue
        rel = _rel(w, root)
        if CATEGORY.search(item) or item.startswith(":") or re.search(r"(?i)tag|group|marker|categor", key):
            if ask is None:
                ask = Weakening("gates-ask" if coverage else "tests-ask",
                                f"leaves the {item.strip(':@~!')} {'code out of coverage' if coverage else 'tests out of every run'} ({key}) in {rel}",
                                f"{key}: {item}")
            continue
        if coverage:
            return Weakening("gates", f"leaves {item} out of the coverage measured ({key}) in {rel}", f"{key}: {item}")
        return Weakening("tests", f"leaves {item} out of every test run ({key}) in {rel}", f"{key}: {item}")
    return ask
