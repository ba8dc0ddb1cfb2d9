"""Where a checker is silenced, and how far (session 12, class C2): linters, type checkers, security scanners.

Each checker has three reaches, from its own documentation:
* **line**: a comment on or before one line (`// eslint-disable-next-line no-explicit-any`, `# noqa: E501`,
  `# nosec B301`, `# type: ignore[arg-type]`, `# pyright: ignore[...]`, `// @ts-expect-error`, `# rubocop:disable
  Cop` … `enable`, `//nolint:gosec`, `#[allow(clippy::x)]` on an item, `@SuppressWarnings("X")` on a member,
  `// NOSONAR`, `// nosemgrep`, `gitleaks:allow`, `# trivy:ignore:AVD-…`, `// lgtm`, `@phpstan-ignore-next-line`,
  `@psalm-suppress`, `# hadolint ignore=DL3008`, `# shellcheck disable=SC2086`, `@Suppress("X")` for detekt);
* **file**: one whole file (`/* eslint-disable */` at its top, `# ruff: noqa`, `# flake8: noqa`, `# mypy:
  ignore-errors`, `# pylint: skip-file`, `// @ts-nocheck`, `#![allow(...)]` at a crate root, `# rubocop:disable`
  with no `enable`, `# shellcheck disable=` before the first command, `per-file-ignores` of one file);
* **project**: the checker's configuration (the table below): a rule switched off, a code added to a skip or
  ignore list, a level lowered, an ignore file's new line.

`silenced(path, old, new)` reads what an edit adds at the file and project reach: the checker, the rule ids it
turns off (the ones it names; a list key's new items or a mapping's keys set off) and the reach. The judge
(`judge.intent.checker_reach`) compares them with what the user named: one line or one file named, or one rule
named and others added beside it, is more than asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Checker:
    name: str
    words: tuple[str, ...]  # what people call it ("eslint", "lint", "bandit", "type check")
    config: str  # a regex over the path: its project-wide configuration files
    section: str  # in a shared file (pyproject.toml, setup.cfg, tox.ini, package.json, Cargo.toml): its section
    line: str  # its line-reach suppression (the narrow form the user may ask for)
    file: str  # its whole-file suppression in code


_SHARED = r"/(?:pyproject\.toml|setup\.cfg|tox\.ini|package\.json|Cargo\.toml|build\.gradle(?:\.kts)?|pom\.xml|\.editorconfig|Directory\.Build\.props|[\w.-]+\.csproj)$"

CHECKERS: tuple[Checker, ...] = (
    Checker("eslint", ("eslint", "lint", "linter", "linting"),
            r"/\.eslintrc(?:\.\w+)?$|/eslint\.config\.\w+$|/\.eslintignore$|/package\.json$|/\.?oxlintrc(?:\.json)?$",
            r"eslintConfig", r"eslint-disable-(?:next-)?line|eslint-disable\s+\S.*\beslint-enable", r"/\*\s*eslint-disable(?:\s+[^*]*)?\*/|//\s*eslint-disable\s*$"),
    Checker("biome", ("biome", "lint", "linter"), r"/biome\.jsonc?$", "", r"biome-ignore\s+lint", r"biome-ignore-all"),
    Checker("ruff", ("ruff", "lint", "linter", "flake8"), r"/ruff\.toml$|/\.ruff\.toml$|/pyproject\.toml$", r"tool\.ruff",
            r"#\s*noqa\b", r"#\s*ruff\s*:\s*noqa"),
    Checker("flake8", ("flake8", "lint", "linter", "pyflakes", "pycodestyle"), r"/\.flake8$|/setup\.cfg$|/tox\.ini$", r"flake8",
            r"#\s*noqa\b", r"#\s*flake8\s*:\s*noqa"),
    Checker("pylint", ("pylint", "lint", "linter"), r"/\.?pylintrc$|/pyproject\.toml$|/setup\.cfg$", r"pylint|MESSAGES CONTROL",
            r"#\s*pylint:\s*disable=", r"#\s*pylint:\s*(?:skip-file|disable-all)"),
    Checker("bandit", ("bandit", "security scan", "security scanner", "sast", "scanner"), r"/\.bandit$|/bandit\.ya?ml$|/\.bandit\.ya?ml$|/pyproject\.toml$|/setup\.cfg$",
            r"bandit", r"#\s*nosec\b", r"^\s*#\s*nosec\s*$(?![\s\S]*\S)"),
    Checker("mypy", ("mypy", "type check", "type checker", "typecheck", "type-check", "types", "typing"),
            r"/mypy\.ini$|/\.mypy\.ini$|/pyproject\.toml$|/setup\.cfg$", r"mypy", r"#\s*type:\s*ignore\[", r"#\s*mypy:\s*ignore-errors|^#\s*type:\s*ignore\s*$"),
    Checker("pyright", ("pyright", "pylance", "basedpyright", "type check", "type checker", "types"),
            r"/pyrightconfig\.json$|/pyproject\.toml$", r"pyright", r"#\s*pyright:\s*ignore|#\s*type:\s*ignore", r"#\s*pyright:\s*basic|#\s*pyright:\s*report\w+=false"),
    Checker("tsc", ("tsc", "typescript", "type check", "type checker", "types", "strict"), r"/tsconfig(?:\.[\w-]+)?\.json$|/jsconfig\.json$", "",
            r"//\s*@ts-(?:expect-error|ignore)", r"//\s*@ts-nocheck"),
    Checker("rubocop", ("rubocop", "lint", "linter", "cop"), r"/\.rubocop(?:_todo)?\.ya?ml$|/\.standard\.ya?ml$", "",
            r"#\s*rubocop:(?:disable|todo)\s+\S+.*", r"^#\s*rubocop:disable\s+(?:all|\S+)\s*$(?![\s\S]*rubocop:enable)"),
    Checker("golangci-lint", ("golangci", "golangci-lint", "lint", "linter", "gosec", "errcheck", "staticcheck", "vet"),
            r"/\.golangci\.(?:ya?ml|toml|json)$", "", r"//\s*nolint:\w", r"^//\s*nolint\s*$"),
    Checker("clippy", ("clippy", "lint", "linter", "rustc"), r"/clippy\.toml$|/\.clippy\.toml$|/Cargo\.toml$", r"lints", r"#\[allow\(", r"#!\[allow\("),
    Checker("checkstyle", ("checkstyle", "lint", "style"), r"/checkstyle[\w-]*\.xml$|/suppressions?[\w-]*\.xml$", "",
            r"CHECKSTYLE:OFF|@SuppressWarnings\(\"checkstyle:", r"^//\s*CHECKSTYLE:OFF\s*$(?![\s\S]*CHECKSTYLE:ON)"),
    Checker("detekt", ("detekt", "lint", "linter"), r"/detekt[\w-]*\.ya?ml$", "", r"@Suppress\(", r"@file:Suppress\("),
    Checker("ktlint", ("ktlint", "lint", "linter"), r"/\.editorconfig$", r"\*\.\{?kts?|ktlint", r"ktlint-disable", r"@file:Suppress\(\"ktlint"),
    Checker("phpstan", ("phpstan", "larastan", "static analysis"), r"/phpstan[\w.-]*\.neon(?:\.dist)?$", "",
            r"@phpstan-ignore", r"@phpstan-ignore-file"),
    Checker("psalm", ("psalm", "static analysis"), r"/psalm[\w.-]*\.xml(?:\.dist)?$", "", r"@psalm-suppress", r"@psalm-suppress\s+all"),
    Checker("sonar", ("sonar", "sonarqube", "sonarcloud", "quality gate"), r"/sonar-project\.properties$|/pom\.xml$|/build\.gradle(?:\.kts)?$",
            r"sonar", r"//\s*NOSONAR|#\s*NOSONAR", r"@SuppressWarnings\(\"all\"\)"),
    Checker("semgrep", ("semgrep", "sast", "scanner", "security scan"), r"/\.semgrepignore$|/\.semgrep\.ya?ml$|/semgrep[\w-]*\.ya?ml$", "",
            r"nosemgrep", r"^\s*#\s*nosemgrep\s*$"),
    Checker("gitleaks", ("gitleaks", "secret scan", "secret scanner", "secrets scan", "leak"), r"/\.?gitleaks\.toml$|/\.gitleaksignore$", "",
            r"gitleaks:allow", r"$^"),
    Checker("trivy", ("trivy", "vulnerability scan", "cve", "scanner", "image scan"), r"/\.trivyignore(?:\.ya?ml)?$|/trivy\.ya?ml$", "",
            r"trivy:ignore", r"$^"),
    Checker("codeql", ("codeql", "code scanning", "sast", "lgtm"), r"/codeql[\w-]*\.ya?ml$|/\.github/codeql/[^/]+\.ya?ml$", "",
            r"//\s*lgtm|#\s*lgtm|codeql\[", r"$^"),
    Checker("hadolint", ("hadolint", "dockerfile lint"), r"/\.hadolint\.ya?ml$", "", r"#\s*hadolint\s+ignore=", r"#\s*hadolint\s+global\s+ignore="),
    Checker("shellcheck", ("shellcheck", "shell lint"), r"/\.shellcheckrc$", "", r"#\s*shellcheck\s+disable=", r"$^"),
    Checker("stylelint", ("stylelint", "css lint"), r"/\.stylelintrc(?:\.\w+)?$|/stylelint\.config\.\w+$", "",
            r"stylelint-disable-(?:next-)?line", r"/\*\s*stylelint-disable\s*\*/"),
    Checker("swiftlint", ("swiftlint", "lint"), r"/\.swiftlint\.ya?ml$", "", r"swiftlint:disable:(?:next|this|previous)", r"swiftlint:disable\s+all"),
    Checker("dotnet analyzers", ("analyzer", "analyzers", "warning", "warnings", "roslyn", "stylecop", "ca\\d+"),
            r"/\.editorconfig$|/\.globalconfig$|/Directory\.Build\.props$|/[\w.-]+\.csproj$|/GlobalSuppressions\.cs$", r"\*\.cs|NoWarn|dotnet_diagnostic",
            r"#pragma\s+warning\s+disable\s+\w+|\[SuppressMessage\(", r"\[assembly:\s*SuppressMessage\("),
    Checker("credo", ("credo", "lint"), r"/\.credo\.exs$", "", r"credo:disable-for-(?:next|this)-line", r"credo:disable-for-this-file"),
    Checker("markdownlint", ("markdownlint", "markdown lint"), r"/\.markdownlint[\w.-]*$", "", r"markdownlint-disable-(?:next-)?line", r"<!--\s*markdownlint-disable\s*-->"),
    Checker("build", ("build", "builds", "compile", "prerender", "bundle", "bundler", "errors"),
            r"/(?:next|nuxt|vite|vitest|astro|svelte|remix|gatsby-config|quasar|vue|webpack|rollup|rspack|turbo)\.config\.\w+$|/angular\.json$|"
            r"/build\.gradle(?:\.kts)?$|/app/build\.gradle(?:\.kts)?$|/gradle\.properties$|/ember-cli-build\.js$|/metro\.config\.\w+$",
            r"(?i)failOnError|ignoreBuildErrors|ignoreDuringBuilds|abortOnError|ignoreFailures|warningsAsErrors|checkReleaseBuilds|"
            r"failOnWarning|noEmitOnError|\bbail\b", r"$^", r"$^"),
    Checker("coverage", ("coverage", "codecov", "threshold"), r"/\.coveragerc$|/codecov\.ya?ml$|/\.nycrc[\w.]*$|/jest\.config\.\w+$|/vitest\.config\.\w+$",
            "", r"#\s*pragma:\s*no\s*cover|/\*\s*(?:istanbul|c8|v8)\s+ignore\s+next", r"/\*\s*(?:istanbul|c8)\s+ignore\s+file"),
)  # fmt: skip

#: Keys whose list items are rules (or paths) the checker leaves out.
SKIP_KEYS = lazyre.compile(r"""(?i)^\s*-?\s*["']?(?:extend-ignore|extend_ignore|ignore|ignores|ignored|ignore-words|skips?|"""
                           r"""disable|disabled|disabled_rules|disable_error_code|disable-error-code|exclude-rules|ignoreErrors|"""
                           r"""NoWarn|nowarn|suppress|suppressions|allowlist|ignore_codes|ignored_rules|ignored-rules|"""
                           r"""excluded_rules|exclude_rules|skip_checks|skip-checks|skip_check|"""
                           r"""per-file-ignores|per_file_ignores|ignore-paths|exclude_dirs)["']?\s*(?::|=|>)""")
#: A mapping key set to an off value (`"no-explicit-any": "off"`, `reportMissingImports = false`, `unwrap_used = "allow"`,
#: `dotnet_diagnostic.CA1822.severity = none`, `ktlint_standard_no-wildcard-imports = disabled`, `"MD013": false`).
OFF_MAPPING = lazyre.compile(r"""^\s*["']?([@\w./:-]{2,80}?)["']?\s*[:=]\s*\[?\s*["']?(off|0|false|none|silent|allow|ignore|suppress|"""
                             r"""disabled|null)["']?\s*(?:[,\]]|$)""", re.I)
#: A YAML cop or rule block switched off (`Style/Documentation:` then `Enabled: false`; detekt `active: false`).
BLOCK_OFF = lazyre.compile(r"^(\s*)([\w/.-]+)\s*:\s*\n(?:\1\s+.*\n)*?\1\s+(?:Enabled|enabled|active)\s*:\s*false\b", re.M)
#: Psalm `<PossiblyNullReference errorLevel="suppress"/>`, checkstyle `<suppress checks="X" …/>`, PMD `<exclude name="X"/>`.
XML_OFF = lazyre.compile(r"""<(\w+)\s+errorLevel=["']suppress["']|<suppress\s+[^>]*checks=["']([^"']+)["']|<exclude\s+name=["']([^"']+)["']""")
_ITEM = lazyre.compile(r"""["']([^"'\n]{1,120})["']|(?<![\w-])([A-Z]{1,4}\d{2,5}|[a-z][\w-]*/[\w-]+|[A-Z][\w]*/[A-Z][\w]*|[a-z]+(?:-[a-z]+)+|"""
                       r"""[a-z]{3,}[a-z_]*|CVE-\d{4}-\d+|GHSA-[\w-]+|AVD-[\w-]+)(?![\w-])""")
_OFF_WORDS = frozenset({"off", "0", "false", "none", "silent", "allow", "ignore", "suppress", "disabled", "null"})
#: Mapping keys that are settings of the file, not rules (`"strict": false` is a level, read as `level`).
_NOT_RULES = frozenset({"root", "strict", "version", "enable", "extends", "plugins", "env", "globals", "parser",
                        "recommended", "all", "default", "include", "exclude", "files", "ignorepatterns", "compileroptions",
                        "noemit", "skiplibcheck", "checkjs", "allowjs", "sourcemap", "declaration", "incremental", "composite",
                        "parserOptions", "settings", "overrides", "format", "indent", "formatter", "linter", "organizeimports",
                        "vcs", "$schema", "javascript", "json", "css", "useignorefile"})  # fmt: skip
#: A level switched off or lowered for everything (`"strict": false`, `typeCheckingMode = "off"`, `level: 0`).
LEVEL_OFF = lazyre.compile(r"""(?i)["']?(?:strict|noImplicitAny|strictNullChecks|typeCheckingMode|check_untyped_defs|"""
                           r"""disallow_untyped_defs|ignore_errors|ignore_missing_imports|failOnError|fail-on-error|fail_on_error|"""
                           r"""ignoreBuildErrors|ignoreDuringBuilds|noEmitOnError|fail-build|exit-code|bail|abortOnError|"""
                           r"""ignoreFailures|warningsAsErrors|allWarningsAsErrors|checkReleaseBuilds|failOnWarning|strictMode)["']?"""
                           r"""\s*(?:[:=]|\s)\s*["']?(false|off|basic|true|0)["']?""")
_LEVEL_WEAK = {"ignore_errors": "true", "ignore_missing_imports": "true", "ignorebuilderrors": "true", "ignoreduringbuilds": "true",
               "ignorefailures": "true"}


@dataclass(frozen=True, slots=True)
class Silenced:
    checker: str
    reach: str  # "project" | "file"
    ids: tuple[str, ...]  # the rules turned off (empty: every rule, a level, or not read)
    what: str  # the construct, quoted


_FILLER = frozenset({"the", "for", "this", "file", "because", "why", "see", "todo", "fixme", "all", "noqa", "disable", "enable"})
#: A section that holds per-module or per-file overrides: what is switched off under it is one part, not the project.
_PER_PART = lazyre.compile(r"(?i)overrides|per[-_]file[-_]ignores|^\s*\[mypy-|^\s*\[\[?tool\.mypy\.overrides|^\s*files\s*[:=]|"
                           r"^\s*\[\*\*?/[^\]]+\]|^\s*\[[\w./-]+/\*|"
                           # bandit's B101 options: `skips` there are the files where asserts may stay (session 21)
                           r"^\s*\[tool\.bandit\.assert_used\]|^\s*assert_used\s*:")


def _per_part(new: str, added: list[str]) -> bool:
    """Every added line sits in a per-module or per-file section (`[[tool.mypy.overrides]]`, `[mypy-legacy.*]`, ESLint
    `overrides` with `files`, ruff `per-file-ignores`, an `.editorconfig` glob section narrower than every file)."""
    lines = new.splitlines()
    for ln in added:
        if _PER_PART.search(ln):
            continue
        at = lines.index(ln) if ln in lines else -1
        head = next((lines[j] for j in range(at, max(-1, at - 80), -1) if j >= 0 and (
            lines[j].lstrip().startswith("[") or _PER_PART.search(lines[j]))), "") if at >= 0 else ""
        if not _PER_PART.search(head):
            return False
        if "assert_used" in head and not _narrow_globs(ln):
            return False  # (`skips = ["*.py"]` under assert_used: asserts allowed in every file)
    return True


def _narrow_globs(line: str) -> bool:
    """Every quoted glob of the line names a folder or file of its own (`*/tests/*.py`), not every file (`*.py`)."""
    globs = re.findall(r"[\"']([^\"']+)[\"']", line)
    return all(any(part.strip("*.") and not part.startswith("*.") for part in g.split("/")[:-1] or [""]) for g in globs)


#: Files whose lines run a checker for the whole project: CI workflows, package scripts, make/just/tox/nox, pre-commit.
_RUN_FILE = lazyre.compile(r"/\.github/workflows/|/\.gitlab-ci\.ya?ml$|/\.circleci/|/azure-pipelines\.ya?ml$|/bitbucket-pipelines\.ya?ml$|"
                           r"/Jenkinsfile$|/package\.json$|/(?:GNU)?[Mm]akefile$|/\.?[Jj]ustfile$|/tox\.ini$|/noxfile\.py$|"
                           r"/\.pre-commit-config\.ya?ml$|/lefthook\.ya?ml$|/Taskfile\.ya?ml$|/\.husky/")
#: A checker run with rules or findings switched off on its command line.
_CLI_OFF = lazyre.compile(r"""\b(ruff|flake8)\b(?:\s+check)?[^\n]*?--(?:extend-)?ignore[= ]["']?[\w,]+|"""
                          r"""\b(eslint)\b[^\n]*?--rule\s+["']?[@\w/-]+\s*:\s*["']?(?:off|0)|"""
                          r"""\b(bandit)\b[^\n]*?(?:\s-s|--skip)[= ]\s*["']?[\w,]+|"""
                          r"""\b(mypy)\b[^\n]*?--(?:ignore-missing-imports|disable-error-code[= ][\w-]+|no-strict-optional|follow-imports[= ]skip)|"""
                          r"""\b(golangci-lint)\b[^\n]*?(?:--disable|\s-D)[= ]\s*[\w,-]+|"""
                          r"""\b(semgrep)\b[^\n]*?--exclude-rule[= ]\S+|"""
                          r"""\b(trivy)\b[^\n]*?--(?:skip-dirs|skip-files|ignore-unfixed|ignorefile)\b[= ]?\S*|"""
                          r"""\b(pylint)\b[^\n]*?--disable[= ]\s*[\w,-]+|"""
                          r"""\b(rubocop)\b[^\n]*?--except[= ]\s*[\w/,]+""")
#: Words one of the whole-file forms holds (the cheap test before `_FILE_FORMS`).
_FILE_WORDS = ("eslint-disable", "noqa", "nosec", "mypy:", "type:", "pyright:", "ts-nocheck", "rubocop:disable", "nolint", "allow(",
               "checkstyle", "suppress", "ktlint", "phpstan-ignore", "nosemgrep", "hadolint", "stylelint-disable", "swiftlint:disable",
               "credo:disable", "markdownlint-disable", "ignore file", "biome-ignore", "pylint:", "nosonar")
_ANY_CONFIG = lazyre.compile("|".join(f"(?:{c.config})" for c in CHECKERS))
_FILE_FORMS = lazyre.compile("|".join(f"(?P<f{i}>{c.file})" for i, c in enumerate(CHECKERS) if c.file != r"$^"), re.M)


#: A checker's strictness as a number, and which way is weaker: phpstan `level: 8` (lower is weaker), Psalm
#: `errorLevel="2"` (higher is weaker), PHP_CodeSniffer/`severity`, Credo `min_priority`, pylint `fail-under`.
_LEVELS = {"phpstan": (lazyre.compile(r"(?m)^\s*level\s*:\s*(\d+)"), -1), "psalm": (lazyre.compile(r"errorLevel=[\"'](\d)"), 1),
           "pylint": (lazyre.compile(r"(?m)^\s*fail[-_]under\s*=\s*([\d.]+)"), -1)}


def _level_lowered(name: str, old: str, new: str) -> str | None:
    got = _LEVELS.get(name)
    if got is None:
        return None
    rx, weaker = got
    a, b = rx.search(old), rx.search(new)
    if a is None or b is None:
        return None
    x, y = float(a.group(1)), float(b.group(1))
    return b.group(0).strip() if (y - x) * weaker > 0 else None


def checker_for(path: str, text: str = "") -> Checker | None:
    """The checker whose project configuration `path` is (for a shared file, the one whose section the text shows)."""
    if _ANY_CONFIG.search(path) is None:
        return None
    shared = lazyre.built(_SHARED).search(path) is not None
    for c in CHECKERS:
        if lazyre.built(c.config).search(path) is None:
            continue
        if shared and c.section and not lazyre.built(c.section).search(text):
            continue
        if shared and not c.section and not path.endswith((".json", "/.editorconfig")):
            continue
        return c
    return None


#: An ignore or select list of rule codes (`E501`, `F`, `S`, `B008`) in a shared Python file whose section the edit
#: does not show: ruff's in pyproject.toml, flake8's in setup.cfg or tox.ini (their own keys and code shapes).
_CODE_LIST = lazyre.compile(r"""(?m)^\s*(?:extend-ignore|extend_ignore|ignore|extend-select|select|per-file-ignores)\s*=\s*"""
                            r"""\[?\s*(?:["']?[A-Z]{1,4}\d{0,4}["']?\s*,?\s*)+\]?\s*$""")


def _by_codes(path: str, text: str) -> Checker | None:
    if _CODE_LIST.search(text) is None:
        return None
    name = "ruff" if path.endswith("/pyproject.toml") else "flake8" if path.endswith(("/setup.cfg", "/tox.ini")) else ""
    return next((c for c in CHECKERS if c.name == name), None)


def _added(old: str, new: str) -> list[str]:
    before = set(old.splitlines())
    return [ln for ln in new.splitlines() if ln not in before and ln.strip()]


def _items(text: str) -> list[str]:
    out: list[str] = []
    for m in _ITEM.finditer(text):
        v = (m.group(1) or m.group(2) or "").strip()
        if v and v.lower() not in _OFF_WORDS and (m.group(1) or not v.startswith(("#", "//"))):
            out.append(v)
    return out


_QUERY_ID = lazyre.compile(r"^\s*-?\s*(?:exclude\s*:\s*)?id\s*:\s*[\"']?([\w/.-]+)")


def _parent(full: str, line: str) -> str:
    """The key a YAML line sits under in the whole new text (`MagicNumber` for its `active: false`)."""
    at = full.find(line)
    if at < 0:
        return ""
    ind = len(line) - len(line.lstrip())
    for prev in reversed(full[:at].splitlines()):
        if prev.strip() and len(prev) - len(prev.lstrip()) < ind:
            m = re.match(r"^\s*([\w/.-]+)\s*:\s*$", prev)
            return m.group(1) if m is not None else ""
    return ""


def _rules_in(text: str, full: str) -> list[str]:
    """The rule ids an added piece of configuration turns off (`full`: the whole new text, for parents)."""
    ids: list[str] = []
    lines = text.splitlines()
    for i, ln in enumerate(lines):
        m = SKIP_KEYS.match(ln)
        if m is not None:
            rest = ln[m.end():]
            ids += _items(rest)
            if not rest.strip() or rest.strip() in ("[", "|", ">"):  # a list on the following lines
                for nxt in lines[i + 1:i + 40]:
                    s = nxt.strip()
                    if not s.startswith(("-", '"', "'")) and not re.match(r"^[A-Z]{1,4}\d", s):
                        break
                    ids += _items(s.lstrip("- "))
            continue
        q = _QUERY_ID.match(ln)
        if q is not None and "exclude" in "\n".join(lines[max(0, i - 2):i + 1]):
            ids.append(q.group(1))  # CodeQL `query-filters: - exclude: id: js/xss`
            continue
        off = OFF_MAPPING.match(ln)
        if off is not None and off.group(1).lower().rsplit(".", 1)[-1] not in _NOT_RULES:
            key = off.group(1)
            if key.lower() in ("active", "enabled"):
                key = _parent(full, ln)
                if not key:
                    continue
            if key.startswith("dotnet_diagnostic."):
                key = key.split(".")[1]
            ids.append(key.removeprefix("ktlint_standard_").removeprefix("ktlint_"))
    ids += [m.group(2) for m in BLOCK_OFF.finditer(text + "\n")]
    ids += [next(g for g in m.groups() if g) for m in XML_OFF.finditer(text)]
    return list(dict.fromkeys(ids))


@lru_cache(maxsize=32)
def silenced(path: str, old: str, new: str) -> Silenced | None:
    """What an edit silences beyond one line: a checker's configuration that turns rules off or lowers its level
    (project), or a whole-file suppression added to code (file); None when it adds neither."""
    added = _added(old, new)
    if not added:
        return None
    text = "\n".join(added)
    low_path = path.lower()
    if re.search(r"ignore(?:\.ya?ml)?$", low_path) and re.search(r"/\.(?:trivy|semgrep|gitleaks|eslint|stylelint|hadolint|bandit)ignore", low_path):
        c = checker_for(path)
        name = c.name if c is not None else low_path.rsplit("/.", 1)[-1].replace("ignore", "")
        items = [ln.strip().split()[0] for ln in added if not ln.lstrip().startswith("#")]
        return Silenced(name, "project", tuple(items[:40]), items[0] if items else "") if items else None
    cli = _CLI_OFF.search(text) if _RUN_FILE.search(path) else None
    if cli is not None:
        tool = next(g for g in cli.groups() if g is not None and not g.startswith("-"))
        ids = [x for x in re.split(r"[\s,]+", cli.group(0).split("=", 1)[-1] if "=" in cli.group(0) else cli.group(0).rsplit(" ", 1)[-1])
               if re.match(r"^[@A-Za-z][\w/.:-]*\d|^[a-z]+(?:-[a-z]+)+$|^[a-z]{3,}$", x)]
        return Silenced(tool, "project", tuple(ids[:20]), cli.group(0).strip()[:80])
    c = checker_for(path, new) or _by_codes(path, text)
    if c is not None:
        if _per_part(new, added):
            return None  # one module's or one glob's overrides: narrower than the project (the gate checks read them)
        ids = _rules_in(text, new)
        if ids:
            return Silenced(c.name, "project", tuple(ids[:40]), next((ln.strip() for ln in added), "")[:80])
        lowered = _level_lowered(c.name, old, new)
        if lowered is not None:
            return Silenced(c.name, "project", (), lowered)
        lv = LEVEL_OFF.search(text)
        if lv is not None:
            key = re.sub(r"\W", "", lv.group(0).split(":")[0].split("=")[0]).lower()
            weak = _LEVEL_WEAK.get(key)
            if (weak is not None and lv.group(1).lower() == weak) or (weak is None and lv.group(1).lower() in ("false", "off", "basic", "0")):
                return Silenced(c.name, "project", (), lv.group(0)[:80])
        return None
    low = text.lower()
    if not any(w in low for w in _FILE_WORDS):
        return None
    for f in _FILE_FORMS.finditer(text):
        c = CHECKERS[int((f.lastgroup or "f0")[1:])]
        rx = re.compile(c.file, re.M)
        m = rx.search(text)
        if m is not None and len(rx.findall(new)) > len(rx.findall(old)):
            rest = text[m.end():].split("\n", 1)[0].split("--", 1)[0]
            ids = [x for x in re.findall(r"[@A-Za-z][\w/.:-]*\w", rest) if x.lower() not in _FILLER]
            return Silenced(c.name, "file", tuple(ids[:10]), m.group(0)[:80])
    return None


FIXTURES: tuple[tuple[str, str, str, str | None], ...] = (
    # (path, old, new, the checker and reach it silences, or None)
    ("/p/.eslintrc.json", '  "rules": {\n', '  "rules": {\n    "@typescript-eslint/no-explicit-any": "off",\n', "eslint project"),
    ("/p/eslint.config.mjs", "  rules: {\n", "  rules: {\n    'no-console': 0,\n", "eslint project"),
    ("/p/pyproject.toml", "[tool.bandit]\n", '[tool.bandit]\nskips = ["B301", "B403"]\n', "bandit project"),
    ("/p/pyproject.toml", "[tool.ruff.lint]\nselect = [\"E\"]\n", "[tool.ruff.lint]\nselect = [\"E\"]\nignore = [\"E501\"]\n", "ruff project"),
    ("/p/pyproject.toml", "ignore = []", "ignore = [\"E\", \"F\", \"S\"]", "ruff project"),
    ("/p/setup.cfg", "[flake8]\nmax-line-length = 100\n", "[flake8]\nmax-line-length = 100\nextend-ignore = E203,W503\n", "flake8 project"),
    ("/p/.pylintrc", "[MESSAGES CONTROL]\n", "[MESSAGES CONTROL]\ndisable = missing-docstring, too-many-locals\n", "pylint project"),
    ("/p/mypy.ini", "[mypy]\nstrict = True\n", "[mypy]\nstrict = True\ndisable_error_code = union-attr\n", "mypy project"),
    ("/p/pyrightconfig.json", "{\n", '{\n  "reportOptionalMemberAccess": false,\n', "pyright project"),
    ("/p/tsconfig.json", '    "strict": true,\n', '    "strict": false,\n', "tsc project"),
    ("/p/.rubocop.yml", "AllCops:\n  NewCops: enable\n", "AllCops:\n  NewCops: enable\nStyle/Documentation:\n  Enabled: false\n", "rubocop project"),
    ("/p/.golangci.yml", "linters:\n  enable:\n    - errcheck\n", "linters:\n  enable:\n    - errcheck\n  disable:\n    - gosec\n", "golangci-lint project"),
    ("/p/Cargo.toml", "[lints.clippy]\n", '[lints.clippy]\nunwrap_used = "allow"\n', "clippy project"),
    ("/p/config/detekt.yml", "style:\n  MagicNumber:\n    active: true\n", "style:\n  MagicNumber:\n    active: false\n", "detekt project"),
    ("/p/phpstan.neon", "parameters:\n  level: 8\n", "parameters:\n  level: 8\n  ignoreErrors:\n    - '#Call to an undefined method#'\n", "phpstan project"),
    ("/p/psalm.xml", "<issueHandlers>\n", '<issueHandlers>\n  <PossiblyNullReference errorLevel="suppress"/>\n', "psalm project"),
    ("/p/.trivyignore", "", "CVE-2023-44487\n", "trivy project"),
    ("/p/.editorconfig", "[*.cs]\n", "[*.cs]\ndotnet_diagnostic.CA1822.severity = none\n", "dotnet analyzers project"),
    ("/p/.swiftlint.yml", "opt_in_rules:\n  - empty_count\n", "opt_in_rules:\n  - empty_count\ndisabled_rules:\n  - force_cast\n", "swiftlint project"),
    ("/p/nuxt.config.ts", "  nitro: {\n", "  nitro: {\n    prerender: { failOnError: false },\n", "build project"),
    ("/p/next.config.js", "const nextConfig = {\n", "const nextConfig = {\n  typescript: { ignoreBuildErrors: true },\n", "build project"),
    ("/p/app/build.gradle", "android {\n", "android {\n    lint { abortOnError false }\n", "build project"),
    ("/p/phpstan.neon", "parameters:\n    level: 8\n", "parameters:\n    level: 5\n", "phpstan project"),
    ("/p/psalm.xml", '<psalm errorLevel="2">\n', '<psalm errorLevel="6">\n', "psalm project"),
    ("/p/.github/workflows/ci.yml", "      - run: ruff check .\n", "      - run: ruff check . --ignore E501,F401\n", "ruff project"),
    ("/p/package.json", '    "lint": "eslint src",\n', '    "lint": "eslint src --rule \'no-console: off\'",\n', "eslint project"),
    ("/p/Makefile", "scan:\n\tbandit -r app\n", "scan:\n\tbandit -r app -s B301,B403\n", "bandit project"),
    ("/p/.gitlab-ci.yml", "    - golangci-lint run\n", "    - golangci-lint run --disable gosec\n", "golangci-lint project"),
    ("/p/.github/codeql/codeql-config.yml", "name: codeql\n", "name: codeql\nquery-filters:\n  - exclude:\n      id: js/xss\n", "codeql project"),
    ("/p/src/app.ts", "import x from 'y';\n", "/* eslint-disable */\nimport x from 'y';\n", "eslint file"),
    ("/p/app/cache.py", "import pickle\n", "# ruff: noqa\nimport pickle\n", "ruff file"),
    ("/p/src/lib.rs", "mod a;\n", "#![allow(clippy::all)]\nmod a;\n", "clippy file"),
    # the narrow forms and unrelated settings are not silencing beyond one line
    ("/p/src/api/client.ts", "  const b: any = r;\n", "  // eslint-disable-next-line @typescript-eslint/no-explicit-any\n  const b: any = r;\n", None),
    ("/p/app/cache.py", "    d = pickle.load(f)\n", "    d = pickle.load(f)  # nosec B301\n", None),
    ("/p/.eslintrc.json", '    "no-console": "off",\n', '    "no-console": "error",\n', None),
    ("/p/pyproject.toml", "[tool.ruff]\nline-length = 88\n", "[tool.ruff]\nline-length = 100\n", None),
    ("/p/tsconfig.json", '    "strict": false,\n', '    "strict": true,\n', None),
    ("/p/phpstan.neon", "parameters:\n    level: 5\n", "parameters:\n    level: 8\n", None),
    ("/p/.github/workflows/ci.yml", "      - run: ruff check .\n", "      - run: ruff check . --fix\n", None),
    ("/p/pyproject.toml", "[tool.mypy]\nstrict = true\n", "[tool.mypy]\nstrict = true\n\n[[tool.mypy.overrides]]\nmodule = \"app.legacy.*\"\nignore_errors = true\n", None),
    ("/p/src/ffi/bindings.rs", "//! Raw bindings.\n", "//! Raw bindings.\n#![allow(clippy::too_many_arguments)]\n", "clippy file"),
    ("/p/next.config.js", "const nextConfig = {\n", "const nextConfig = {\n  reactStrictMode: true,\n  images: { domains: ['cdn.example.com'] },\n", None),
    ("/p/pyproject.toml", "[project]\nname = \"x\"\n", "[project]\nname = \"x\"\nversion = \"0.2.0\"\n", None),
)  # fmt: skip
