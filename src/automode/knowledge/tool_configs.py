"""Which configuration file a checking tool reads, and which settings turn its gate down by their value alone
(issue 11, session 23: a new higher-precedence config file).

Tools read one configuration file (or the nearest one to the checked file) and ignore the others, so a file created
where the tool looks first shadows the project's own settings without touching them. `TOOLS` holds, per tool, its
project files in precedence order (highest first, same directory), the section that holds its settings in a shared
file, and whether the file nearest to the checked file wins (a subdirectory's file then shadows the root's). Each
entry names the documentation it comes from.

`WEAK` holds the settings whose value alone lowers the gate whatever the project had: every error ignored, every file
omitted or excluded, tests collected and never run, the rule set emptied or narrowed to syntax errors, a rule map
empty under `root: true`, the loosest level. Two shapes:

* `kv`: a key of an INI/TOML file (`key = value`, continuation lines and multi-line arrays joined) in a section
  matching `section` (the tool's global section; per-module and per-file sections never match), whose value matches
  `value`;
* `text`: a pattern over the whole text of a JSON/YAML/JS/XML/NEON file, `unless` another pattern is there too (an
  `extends`, an `enable:` list).

`check` is the weakening family that reports it (gates → AM-WRITE-003, gates-ask → AM-WRITE-003 as an ask, tests →
AM-WRITE-001). Fixtures on both sides run in `tests/knowledge/test_tool_configs.py`.
"""

from __future__ import annotations

from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class ToolConfig:
    tool: str
    files: tuple[str, ...]  # base names, highest precedence first (in one directory)
    sections: str  # a regex over a shared file's section names that holds the tool's settings ("" = the whole file)
    shared: tuple[str, ...]  # the base names among `files` that other tools share (the section must be there)
    nearest: bool  # the file nearest to the checked file wins: a subdirectory's file shadows the root's
    source: str  # where the order is documented


TOOLS: tuple[ToolConfig, ...] = (
    ToolConfig("mypy", ("mypy.ini", ".mypy.ini", "pyproject.toml", "setup.cfg"), r"^(?:tool\.)?mypy$", ("pyproject.toml", "setup.cfg"), True,
               "mypy.readthedocs.io/en/stable/config_file.html (precedence order; no merging; walks up since 1.15)"),
    ToolConfig("coverage", (".coveragerc", ".coveragerc.toml", "setup.cfg", "tox.ini", "pyproject.toml"),
               r"^(?:tool\.coverage\.|coverage:)?(?:run|report|paths|html|xml|json)$", ("setup.cfg", "tox.ini", "pyproject.toml"), False,
               "coverage.readthedocs.io/en/latest/config.html (.coveragerc, else the first of setup.cfg, tox.ini, pyproject.toml)"),
    ToolConfig("pytest", ("pytest.toml", ".pytest.toml", "pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg"),
               r"^(?:pytest|tool:pytest|tool\.pytest(?:\.ini_options)?)$", ("pyproject.toml", "tox.ini", "setup.cfg"), True,
               "docs.pytest.org/en/stable/reference/customize.html (pytest.ini takes precedence over other files, even when empty)"),
    ToolConfig("ruff", (".ruff.toml", "ruff.toml", "pyproject.toml"), r"^(?:tool\.ruff(?:\.lint)?|lint)?$", ("pyproject.toml",), True,
               "docs.astral.sh/ruff/configuration (.ruff.toml over ruff.toml over pyproject.toml; the closest file wins)"),
    ToolConfig("flake8", ("setup.cfg", "tox.ini", ".flake8"), r"^flake8$", ("setup.cfg", "tox.ini"), True,
               "flake8 options/config.py _find_config_file (setup.cfg, tox.ini, .flake8: the first with a [flake8] section)"),
    ToolConfig("pylint", ("pylintrc", ".pylintrc", "pylintrc.toml", ".pylintrc.toml", "pyproject.toml", "setup.cfg", "tox.ini"),
               r"^(?:tool\.pylint(?:\.[\w ]+)?|pylint\.[\w ]+|MESSAGES CONTROL|MASTER|MAIN|messages control|main)$",
               ("pyproject.toml", "setup.cfg", "tox.ini"), False, "pylint.readthedocs.io/en/stable/user_guide/usage/run.html (command-line options, pylintrc search order)"),
    ToolConfig("pyright", ("pyrightconfig.json", "pyproject.toml"), r"^tool\.(?:based)?pyright$", ("pyproject.toml",), False,
               "microsoft.github.io/pyright/#/configuration (pyrightconfig.json takes precedence over pyproject.toml)"),
    ToolConfig("eslint", (".eslintrc.js", ".eslintrc.cjs", ".eslintrc.yaml", ".eslintrc.yml", ".eslintrc.json", ".eslintrc", "package.json"),
               "", ("package.json",), True,
               "eslint.org/docs/latest/use/configure/configuration-files-deprecated (priority order; cascades up to root: true)"),
    ToolConfig("eslint-flat", ("eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts",
                               "eslint.config.cts"), "", (), True, "eslint.org/docs/latest/use/configure/configuration-files (the nearest eslint.config.*)"),
    ToolConfig("tsc", ("tsconfig.json",), "", (), True,
               "typescriptlang.org/docs/handbook/tsconfig-json.html (searches for tsconfig.json from the current directory up)"),
    ToolConfig("jest", ("jest.config.js", "jest.config.ts", "jest.config.mjs", "jest.config.cjs", "jest.config.json", "package.json"), "",
               ("package.json",), False, "jestjs.io/docs/configuration (jest.config.* or the \"jest\" key of package.json; several: an error)"),
    ToolConfig("vitest", ("vitest.config.ts", "vitest.config.mts", "vitest.config.js", "vitest.config.mjs", "vite.config.ts", "vite.config.js"),
               "", (), False, "vitest.dev/config (vitest.config.* has a higher priority than vite.config.*)"),
    ToolConfig("golangci", (".golangci.yml", ".golangci.yaml", ".golangci.toml", ".golangci.json"), "", (), True,
               "golangci-lint.run/docs/configuration/file (.yml, .yaml, .toml, .json from the working directory, then up)"),
    ToolConfig("rubocop", (".rubocop.yml",), "", (), True,
               "docs.rubocop.org/rubocop/configuration.html (the directory of the inspected file, then up; no merge without inherit_from)"),
    ToolConfig("phpunit", ("phpunit.xml", "phpunit.xml.dist", "phpunit.dist.xml"), "", (), False,
               "docs.phpunit.de (phpunit.xml, then phpunit.xml.dist, in the current working directory)"),
    ToolConfig("phpstan", ("phpstan.neon", "phpstan.neon.dist", "phpstan.dist.neon"), "", (), False,
               "phpstan.org/config-reference (phpstan.neon, phpstan.neon.dist, phpstan.dist.neon in the current directory)"),
    ToolConfig("psalm", ("psalm.xml", "psalm.xml.dist"), "", (), False, "psalm.dev/docs/running_psalm/configuration (psalm.xml, then psalm.xml.dist)"),
)  # fmt: skip

#: Globs and regular expressions that match every file or every line.
CATCH_GLOB = r"(?:\./)?(?:\*\*?/?)+(?:\*?\.py)?|\.|\./|/|\*\.\*"
CATCH_REGEX = r"\.\*|\.\+|\^|\^\.\*\$?|\.|\(\.\*\)|/|<rootDir>/?|<rootDir>/\.\*|#\.\*#|#\^\.\*\$?#|#\.#|/\.\*/"
#: Rule codes that only catch syntax errors and undefined names (flake8's `E9,F63,F7,F82` CI template).
SYNTAX_CODES = r"E9\d*|E999|F63\d*|F7\d*|F82\d*|E902"

Fixture = tuple[str, str]  # (base name, text)


@dataclass(frozen=True, slots=True)
class Weak:
    id: str
    tool: str
    check: str  # gates | gates-ask | tests
    what: str
    shape: str  # kv | text
    key: str = ""  # kv: the key (a regex over the whole key)
    value: str = ""  # kv: a regex over the whole value, or over every item of a list (`items`)
    items: bool = False  # kv: the value is a list (comma, blank or newline separated, or a TOML/JSON array): every item must match
    section: str = ""  # kv: a regex over the section name ("" = the tool's sections, `ToolConfig.sections`)
    pattern: str = ""  # text: the pattern
    unless: str = ""  # not when the text also matches this
    said: str = ""  # a regex over a user's message (lower case) that asks for exactly this value (the judge releases it)
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()


TRUE = r"true|yes|on|1"

WEAK: tuple[Weak, ...] = (
    # ---- Python
    Weak("mypy.ignore-errors", "mypy", "gates", "ignores every type error", "kv", key=r"ignore_errors", value=TRUE,
         said=r"\bignor\w*\s+(?:all\s+|every\s+|the\s+)?(?:type\s+)?errors\b|\bignore_errors\b",
         must_match=(("mypy.ini", "[mypy]\nignore_errors = True\n"), ("pyproject.toml", "[tool.mypy]\nignore_errors = true\n")),
         must_not_match=(("mypy.ini", "[mypy]\nstrict = True\n\n[mypy-generated.*]\nignore_errors = True\n"),
                         ("pyproject.toml", "[tool.mypy]\nstrict = true\n[[tool.mypy.overrides]]\nmodule = \"x.*\"\nignore_errors = true\n"))),
    Weak("mypy.exclude-all", "mypy", "gates", "excludes every file from type checking", "kv", key=r"exclude", value=CATCH_REGEX, items=True,
         must_match=(("pyproject.toml", "[tool.mypy]\nexclude = [\".*\"]\n"),), must_not_match=(("mypy.ini", "[mypy]\nexclude = build/\n"),)),
    Weak("coverage.omit-all", "coverage", "gates", "omits every file from coverage", "kv", key=r"omit", value=CATCH_GLOB, items=True,
         section=r"^(?:tool\.coverage\.|coverage:)?(?:run|report)$",
         must_match=((".coveragerc", "[run]\nomit = *\n"), ("setup.cfg", "[coverage:run]\nomit =\n    */*\n")),
         must_not_match=((".coveragerc", "[run]\nomit =\n    app/migrations/*\n"), ("pyproject.toml", "[tool.coverage.run]\nomit = [\"*/tests/*\"]\n"))),
    Weak("coverage.exclude-every-line", "coverage", "gates", "excludes every line from coverage", "kv", key=r"exclude_lines|exclude_also",
         value=CATCH_REGEX, items=True, section=r"^(?:tool\.coverage\.|coverage:)?report$",
         must_match=((".coveragerc", "[report]\nexclude_lines =\n    .*\n"),),
         must_not_match=((".coveragerc", "[report]\nexclude_lines =\n    pragma: no cover\n"),)),
    Weak("coverage.fail-under-zero", "coverage", "gates-ask", "sets the coverage minimum to 0", "kv", key=r"fail_under", value=r"0+(?:\.0*)?",
         section=r"^(?:tool\.coverage\.|coverage:)?report$",
         said=r"\bfail_under\s*(?:=\s*|to\s+)?0\b|\b(?:coverage\s+)?(?:minimum|threshold|floor)\s+(?:of\s+|to\s+|at\s+)?0\b|\bno\s+coverage\s+(?:minimum|threshold|floor)\b",
         must_match=((".coveragerc", "[report]\nfail_under = 0\n"),), must_not_match=((".coveragerc", "[report]\nfail_under = 90\n"),)),
    Weak("pytest.collect-only", "pytest", "tests", "makes every test run only collect the tests (`--collect-only`)", "kv", key=r"addopts",
         value=r".*(?<![\w-])(?:--co|--collect-only)(?![\w-]).*",
         said=r"--co\b|--collect-only|\bcollect[- ]only\b|\bonly\s+collect\b",
         must_match=(("pytest.ini", "[pytest]\naddopts = -q --co\n"),), must_not_match=(("pytest.ini", "[pytest]\naddopts = -q --cov=app\n"),)),
    Weak("pytest.cov-fail-under-zero", "pytest", "gates-ask", "sets the coverage minimum to 0 (`--cov-fail-under=0`)", "kv", key=r"addopts",
         value=r".*--cov-fail-under[= ]0+(?![\d.]).*",
         said=r"--cov-fail-under[= ]0\b|\b(?:coverage\s+)?(?:minimum|threshold|floor)\s+(?:of\s+|to\s+|at\s+)?0\b",
         must_match=(("pyproject.toml", "[tool.pytest.ini_options]\naddopts = \"--cov=x --cov-fail-under=0\"\n"),),
         must_not_match=(("pytest.ini", "[pytest]\naddopts = --cov-fail-under=80\n"),)),
    Weak("pytest.no-cov", "pytest", "gates", "turns the coverage plugin off (`-p no:cov`)", "kv", key=r"addopts",
         value=r".*-p\s*no:(?:pytest_)?cov\b.*|.*--no-cov\b.*",
         said=r"no:cov\b|--no-cov\b|\b(?:disable|turn\s+off|without|no)\s+(?:the\s+)?(?:pytest-)?cov(?:erage)?\b",
         must_match=(("pytest.ini", "[pytest]\naddopts = -p no:cov\n"),), must_not_match=(("pytest.ini", "[pytest]\naddopts = -p no:randomly\n"),)),
    Weak("ruff.select-none", "ruff", "gates", "selects no lint rule", "kv", key=r"select", value=r"\[\s*\]|",
         must_match=((".ruff.toml", "[lint]\nselect = []\n"),), must_not_match=(("ruff.toml", "[lint]\nselect = [\"E\", \"F\"]\n"),)),
    Weak("ruff.syntax-only", "ruff", "gates-ask", "narrows the lint rules to syntax errors", "kv", key=r"select", value=SYNTAX_CODES, items=True,
         said=r"\bsyntax\s+errors?\s+only\b|\bonly\s+(?:check\s+|the\s+|for\s+)?syntax\b|\bonly\s+e9\b|\be9\b",
         must_match=(("ruff.toml", "[lint]\nselect = [\"E9\", \"F63\"]\n"),), must_not_match=(("ruff.toml", "select = [\"E9\", \"F\"]\n"),)),
    Weak("ruff.ignore-all", "ruff", "gates", "ignores every lint rule", "kv", key=r"(?:extend-)?ignore", value=r"ALL", items=True,
         must_match=(("ruff.toml", "[lint]\nignore = [\"ALL\"]\n"),), must_not_match=(("ruff.toml", "[lint]\nignore = [\"E501\"]\n"),)),
    Weak("ruff.exclude-all", "ruff", "gates", "excludes every file from linting", "kv", key=r"(?:extend-)?exclude", value=CATCH_GLOB, items=True,
         must_match=(("ruff.toml", "extend-exclude = [\"**\"]\n"),), must_not_match=((".ruff.toml", "extend-exclude = [\"vendor\"]\n"),)),
    Weak("flake8.syntax-only", "flake8", "gates-ask", "narrows the lint checks to syntax errors", "kv", key=r"select", value=SYNTAX_CODES, items=True,
         said=r"\bsyntax\s+errors?\s+only\b|\bonly\s+(?:check\s+|the\s+|for\s+)?syntax\b|\bonly\s+e9\b|\be9\b|\be999\b",
         must_match=((".flake8", "[flake8]\nselect = E999\n"), ("setup.cfg", "[flake8]\nselect = E9,F63,F7,F82\n")),
         must_not_match=(("tox.ini", "[flake8]\nselect = E,W,F,C90\n"),)),
    Weak("flake8.ignore-classes", "flake8", "gates", "ignores whole classes of lint errors", "kv", key=r"(?:extend-)?ignore",
         value=r"[EWFC]", items=True, must_match=(("tox.ini", "[flake8]\nextend-ignore = E,W,F,C\n"),),
         must_not_match=((".flake8", "[flake8]\nextend-ignore = E203\n"),)),
    Weak("flake8.exclude-all", "flake8", "gates", "excludes every file from linting", "kv", key=r"exclude", value=CATCH_GLOB, items=True,
         must_match=(("setup.cfg", "[flake8]\nexclude = *\n"),), must_not_match=(("setup.cfg", "[flake8]\nexclude = build,dist\n"),)),
    Weak("pylint.disable-all", "pylint", "gates", "turns every pylint message off", "kv", key=r"disable", value=r"all", items=True,
         unless=r"(?m)^\s*enable\s*=", must_match=((".pylintrc", "[MESSAGES CONTROL]\ndisable = all\n"),),
         must_not_match=((".pylintrc", "[MESSAGES CONTROL]\ndisable = all\nenable = E,W\n"),)),
    Weak("pyright.off", "pyright", "gates", "turns type checking off", "kv", key=r"typeCheckingMode", value=r"off",
         said=r"\btypecheckingmode\b|\btype\s*checking\s+(?:mode\s+)?off\b|\b(?:turn|switch)\w*\s+(?:off\s+)?type\s*checking\b",
         must_match=(("pyproject.toml", "[tool.pyright]\ntypeCheckingMode = \"off\"\n"),),
         must_not_match=(("pyproject.toml", "[tool.pyright]\ntypeCheckingMode = \"strict\"\n"),)),
    Weak("pyright.off-json", "pyright", "gates", "turns type checking off", "text", pattern=r"\"typeCheckingMode\"\s*:\s*\"off\"",
         said=r"\btypecheckingmode\b|\btype\s*checking\s+(?:mode\s+)?off\b|\b(?:turn|switch)\w*\s+(?:off\s+)?type\s*checking\b",
         must_match=(("pyrightconfig.json", "{\"typeCheckingMode\": \"off\"}"),), must_not_match=(("pyrightconfig.json", "{\"typeCheckingMode\": \"basic\"}"),)),
    # ---- JavaScript / TypeScript
    Weak("eslint.root-no-rules", "eslint", "gates", "stops at this file (`root: true`) and checks no rule", "text",
         pattern=r"""(?s)\broot["']?\s*:\s*true\b(?=.*\brules["']?\s*:\s*\{\s*\})|\brules["']?\s*:\s*\{\s*\}(?=.*\broot["']?\s*:\s*true\b)""",
         unless=r"""\bextends["']?\s*:|\bplugins["']?\s*:\s*\[\s*["']""",
         must_match=((".eslintrc.json", "{\"root\": true, \"rules\": {}}"), (".eslintrc.yml", "root: true\nrules: {}\n")),
         must_not_match=((".eslintrc.json", "{\"root\": true, \"extends\": [\"eslint:recommended\"], \"rules\": {}}"),)),
    Weak("eslint.ignore-all", "eslint", "gates", "ignores every file", "text",
         pattern=r"""\bignorePatterns["']?\s*:\s*\[\s*["'](?:\*\*?(?:/\*+)?|\.|/)["']\s*\]""",
         must_match=((".eslintrc.js", "module.exports = { root: true, ignorePatterns: ['**/*'] };"),),
         must_not_match=((".eslintrc.js", "module.exports = { ignorePatterns: ['generated/'] };"),)),
    Weak("eslint-flat.empty", "eslint-flat", "gates", "exports an empty configuration: no rule is checked", "text",
         pattern=r"""(?:export\s+default|module\.exports\s*=)\s*\[\s*\]\s*;?""",
         must_match=(("eslint.config.mjs", "export default [];\n"),), must_not_match=(("eslint.config.mjs", "export default [js.configs.recommended];\n"),)),
    Weak("eslint-flat.ignore-all", "eslint-flat", "gates", "ignores every file", "text",
         pattern=r"""\bignores\s*:\s*\[\s*["'](?:\*\*(?:/\*+)?|\*)["']\s*\]""",
         must_match=(("eslint.config.js", "export default [{ ignores: ['**/*'] }];\n"),),
         must_not_match=(("eslint.config.js", "export default [{ ignores: ['dist/**'] }];\n"),)),
    Weak("tsc.strict-off", "tsc", "gates-ask", "turns strict type checking off", "text",
         pattern=r"""["']?(?:strict|noImplicitAny|strictNullChecks)["']?\s*:\s*false""", unless=r"""["']?extends["']?\s*:""",
         said=r"\bstrict\w*\b[^.;!?]{0,40}\b(?:off|false|disabled?|loose)\b|\b(?:off|false|disable|disabling|without|no|non-?|loose)\b[^.;!?]{0,20}\bstrict\w*\b|\bnoimplicitany\b",
         must_match=(("tsconfig.json", "{\"compilerOptions\": {\"strict\": false}}"),),
         must_not_match=(("tsconfig.json", "{\"extends\": \"../tsconfig.json\", \"compilerOptions\": {\"strict\": false}}"),)),
    Weak("tsc.exclude-all", "tsc", "gates", "excludes every file from compilation and type checking", "text",
         pattern=r"""["']exclude["']\s*:\s*\[\s*["'](?:\*\*(?:/\*+)?|\*|\.|\./)["']\s*\]""",
         must_match=(("tsconfig.json", "{\"exclude\": [\"**/*\"]}"),), must_not_match=(("tsconfig.json", "{\"exclude\": [\"node_modules\"]}"),)),
    Weak("jest.ignore-all-tests", "jest", "tests", "ignores every test file", "text",
         pattern=r"""["']?testPathIgnorePatterns["']?\s*:\s*\[[^\]]*?["'](?:""" + CATCH_REGEX + r""")["']|["']?testMatch["']?\s*:\s*\[\s*\]""",
         must_match=(("jest.config.js", "module.exports = { testPathIgnorePatterns: ['.*'] };"),),
         must_not_match=(("jest.config.js", "module.exports = { testPathIgnorePatterns: ['/node_modules/', '/e2e/'] };"),)),
    Weak("jest.coverage-ignore-all", "jest", "gates", "leaves every file out of coverage", "text",
         pattern=r"""["']?coveragePathIgnorePatterns["']?\s*:\s*\[[^\]]*?["'](?:""" + CATCH_REGEX + r""")["']""",
         must_match=(("jest.config.ts", "export default { coveragePathIgnorePatterns: ['/'] };"),),
         must_not_match=(("jest.config.ts", "export default { coveragePathIgnorePatterns: ['/node_modules/'] };"),)),
    Weak("vitest.exclude-all", "vitest", "tests", "excludes every test file", "text",
         pattern=r"""\btest\s*:\s*\{[^{}]*\bexclude\s*:\s*\[\s*["'](?:\*\*(?:/\*+)?|\*)["']\s*\]""",
         must_match=(("vitest.config.ts", "export default defineConfig({ test: { exclude: ['**/*'] } });"),),
         must_not_match=(("vitest.config.ts", "export default defineConfig({ test: { exclude: ['e2e/**'] } });"),)),
    # ---- Go, Ruby, PHP
    Weak("golangci.none", "golangci", "gates", "switches every linter off", "text",
         pattern=r"(?m)^\s*(?:disable-all\s*:\s*true|default\s*:\s*none)\s*$", unless=r"(?m)^\s*enable\s*:\s*(?:\[\s*\S|$)",
         must_match=((".golangci.yml", "linters:\n  disable-all: true\n"),),
         must_not_match=((".golangci.yml", "linters:\n  disable-all: true\n  enable:\n    - errcheck\n"),)),
    Weak("golangci.exclude-all", "golangci", "gates", "excludes every finding or directory", "text",
         pattern=r"""(?m)^\s*(?:exclude|exclude-dirs|skip-dirs|paths)\s*:\s*\n\s*-\s*["']?(?:\.\*|\.|\./\.\.\.|\.\.\.)["']?\s*$""",
         must_match=((".golangci.yml", "issues:\n  exclude:\n    - \".*\"\n"),),
         must_not_match=((".golangci.yml", "issues:\n  exclude-dirs:\n    - vendor\n"),)),
    Weak("rubocop.disabled-by-default", "rubocop", "gates", "turns every cop off (`DisabledByDefault: true`)", "text",
         pattern=r"(?m)^\s+DisabledByDefault\s*:\s*true\b", unless=r"(?m)^\s+Enabled\s*:\s*true\b",
         must_match=((".rubocop.yml", "AllCops:\n  DisabledByDefault: true\n"),),
         must_not_match=((".rubocop.yml", "AllCops:\n  DisabledByDefault: true\nStyle/Foo:\n  Enabled: true\n"),)),
    Weak("phpunit.empty-suite", "phpunit", "tests", "defines test suites that run no test", "text",
         pattern=r"(?s)<testsuites\b", unless=r"<(?:directory|file)\b",
         must_match=(("phpunit.xml", "<phpunit><testsuites><testsuite name=\"x\"></testsuite></testsuites></phpunit>"),),
         must_not_match=(("phpunit.xml", "<phpunit><testsuites><testsuite name=\"u\"><directory>tests</directory></testsuite></testsuites></phpunit>"),)),
    Weak("phpstan.level-zero", "phpstan", "gates-ask", "sets the loosest level (0)", "text", pattern=r"(?m)^\s*level\s*:\s*0\s*$",
         said=r"\blevel\s*(?:0|zero)\b",
         must_match=(("phpstan.neon", "parameters:\n  level: 0\n"),), must_not_match=(("phpstan.neon", "parameters:\n  level: 8\n"),)),
    Weak("phpstan.ignore-all", "phpstan", "gates", "ignores every error", "text",
         pattern=r"""(?m)^\s*ignoreErrors\s*:\s*\n\s*-\s*["'](?:""" + CATCH_REGEX + r""")["']\s*$""",
         must_match=(("phpstan.neon", "parameters:\n  ignoreErrors:\n    - '#.*#'\n"),),
         must_not_match=(("phpstan.neon", "parameters:\n  ignoreErrors:\n    - '#Call to an undefined method Foo#'\n"),)),
    Weak("psalm.loosest", "psalm", "gates-ask", "sets the loosest error level (8)", "text", pattern=r"""errorLevel=["']8["']""",
         said=r"\b(?:error\s*)?level\s*8\b|\berrorlevel\b",
         must_match=(("psalm.xml", "<psalm errorLevel=\"8\">"),), must_not_match=(("psalm.xml", "<psalm errorLevel=\"2\">"),)),
)  # fmt: skip


#: Settings that make a tool stricter, per tool: a shadowed file that had them and a new file that drops them (or sets
#: them weaker) lowers the gate. `bool`: on when true (only keys whose default is off); `number`: a minimum (lower is
#: weaker); `flag`: an `addopts` option; `set`: rules or codes the tool checks (`select` and `extend-select` read as
#: one set: items dropped are rules no longer checked); `list`: a YAML/JSON/JS list whose items dropped are linters,
#: shared configurations or plugins no longer applied.
STRICT: dict[str, tuple[tuple[str, str], ...]] = {
    "mypy": (("strict", "bool"), ("disallow_untyped_defs", "bool"), ("disallow_incomplete_defs", "bool"), ("check_untyped_defs", "bool"),
             ("disallow_any_generics", "bool"), ("warn_return_any", "bool"), ("disallow_untyped_calls", "bool"),
             ("warn_unused_ignores", "bool")),
    "coverage": (("fail_under", "number"), ("branch", "bool")),
    "pytest": (("--cov-fail-under", "number"), ("--strict-markers", "flag"), ("--strict", "flag"), ("xfail_strict", "bool"),
               ("--cov", "flag")),
    "ruff": (("select", "set"), ("extend-select", "set")),
    "flake8": (("select", "set"), ("extend-select", "set")),
    "pylint": (("fail-under", "number"),),
    "tsc": (("strict", "bool"), ("noImplicitAny", "bool"), ("strictNullChecks", "bool")),
    "phpstan": (("level", "number"),),
    # YAML/JSON/JS lists (`files.new_config._list`): the linters enabled, the shared configurations and plugins used
    "golangci": (("enable", "list"),),
    "eslint": (("extends", "list"), ("plugins", "list")),
}  # fmt: skip


def below(t: ToolConfig, base: str) -> tuple[str, ...]:
    """The files of `t` that the file `base` shadows in its own directory (lower precedence)."""
    return t.files[t.files.index(base) + 1:] if base in t.files else ()
