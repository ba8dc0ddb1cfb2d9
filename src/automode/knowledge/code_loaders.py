"""Configuration keys that make a tool load code on every later run (session 25, class P5; facts:
`files.later_loads`, rule AM-WRITE-061, release: `judge.intent.meaning_said`).

A key of a tool's configuration whose value is code the tool loads or runs each time it starts: Bun's `preload`,
a Maven core extension in `.mvn/extensions.xml`, pytest's `addopts = -p plugin`, mypy and pylint plugins, Nx's tasks runner and plugins,
Babel/Prettier/ESLint plugins, Jest/Vitest/Mocha setup files and runners, `.npmrc` `node-options=--require` and
`script-shell`, a wrapper distribution from another host, Cargo's `rustc-wrapper`/`runner`/`linker`, git's `core.fsmonitor`/`core.sshCommand` and filter drivers,
Yarn's `yarnPath` and plugins, Lerna's `npmClient`. Nothing runs when the file is written; the next routine
`bun test`, `mvn package`, `pytest`, `nx build`, `cargo run` or `git status` runs that code, asked by nobody.

A value from outside the project is AM-WRITE-059 (`files.tool_loaders`, refused); here the value is a package or a
file of the project: the project's own choice when the user asked for it ("add a bun preload for ./setup.ts"),
a question under a request that says nothing of it ("fix the typo in the README heading"). A JVM agent or a preloaded
library written into `gradle.properties`, `.mvn/jvm.config` or `.env` is AM-SEC-059's (`rules.preload`).

One `Row` per tool and key: the files, a pattern whose named group `v` holds the value, how to read the loaded
items out of the value (`item`: a pattern whose first group is one item; "" = the quoted items of a list, else the
whole value), the values that load nothing new (`quiet`: the tool's default, a switch turned off, the project's
test set-up), and the user's words for it. Sources: bun.sh/docs/runtime/bunfig (preload), maven.apache.org/guides/
mini/guide-using-extensions.html (core extensions, `.mvn/jvm.config`), docs.pytest.org/en/stable/reference/
reference.html#confval-addopts (`-p name`), nx.dev/reference/nx-json (tasksRunnerOptions, plugins),
babeljs.io/docs/options#plugins, prettier.io/docs/plugins, eslint.org/docs/latest/use/configure/plugins,
jestjs.io/docs/configuration, vitest.dev/config, mochajs.org/#-require-module-r-module, docs.npmjs.com/cli/
configuring-npm/npmrc (node-options, script-shell), docs.gradle.org/current/userguide/gradle_wrapper.html
(distributionUrl), doc.rust-lang.org/cargo/reference/config.html
(build.rustc-wrapper, target.<triple>.runner/linker), git-config(1) (core.fsmonitor, core.sshCommand,
filter.<driver>.clean/smudge/process, diff.<driver>.textconv, core.askPass), yarnpkg.com/configuration/yarnrc
(yarnPath, plugins), lerna.js.org/docs/api-reference/configuration (npmClient).
"""

from __future__ import annotations

from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    tool: str
    files: str  # regex over the path
    pattern: str  # regex over the text; group `v` is the value
    item: str = ""  # regex whose group 1 is one loaded item of the value ("": quoted list items, else the whole value)
    quiet: str = ""  # regex over one item: loads nothing new (a default, a switch off, the project's own test set-up)
    said: tuple[str, ...] = ()  # the user's words for this key (besides the item's own name)


#: A JS test runner's own set-up file of the project: its tests' code, not another program.
_TEST_SETUP = (r"(?i)^(?:<rootdir>/)?(?:\./)?(?:(?:src|app|packages/[\w.-]+)/)?(?:tests?|__tests__|specs?|e2e|testing|jest|vitest)/|"
               r"(?:^|/)(?:setup[-_.]?tests?|tests?[-_.]?setup|jest[-_.]setup|vitest[-_.]setup|setup)\.[cm]?[jt]sx?$|^@testing-library/")
#: Register hooks every JS project of that kind uses (a transpiler, source maps, `.env`): the toolchain, not a choice.
_JS_REGISTER = r"^(?:ts-node/register(?:/transpile-only)?|@babel/register|tsx(?:/cjs)?|esm|source-map-support/register|dotenv/config|@swc/register|@swc-node/register|jsdom-global/register)$"

#: A conftest's plugin of the project's own tests (`tests.fixtures.db`) or pytest's own (`pytester`): its tests' code.
_PY_TEST_PLUGIN = r"^(?:tests?|testing|testsuite|test_\w+|conftest)(?:\.[\w.]+)?$|^(?:pytester|_pytest\.\w+)$"
#: direnv `use` targets that pick the project's toolchain (direnv-stdlib(1) `use_nix`, `use_flake`, `use_guix`; the
#: version managers' own `use_*` functions): the environment, not another program.
_DIRENV_USE = (r"^(?:nix|flake|guix|asdf|mise|rtx|node|nodejs|nvm|fnm|ruby|rbenv|python|pyenv|conda|go|golang|java|"
               r"julia|rust|lorri|devenv|devbox|nodenv|volta|sdk|ghc|php|elixir|erlang|terraform|vim|hermit|pipenv|poetry|uv)$")

ROWS: tuple[Row, ...] = (
    Row("bun.preload", "Bun", r"/bunfig\.toml$", r"(?m)^[ \t]*preload[ \t]*=[ \t]*(?P<v>\[[^\]]*\]|\"[^\"\n]*\"|'[^'\n]*')",
        said=("preload", "bunfig", "bun")),
    Row("maven.extension", "Maven", r"/\.mvn/extensions\.xml$", r"(?s)<extension>(?P<v>.*?)</extension>",
        item=r"(?s)<artifactId>\s*([^<\s]+)\s*</artifactId>", said=("extension", "extensions", "core extension", "maven", "mvn")),
    Row("wrapper.distribution", "the build wrapper", r"/gradle/wrapper/gradle-wrapper\.properties$|/\.mvn/wrapper/maven-wrapper\.properties$",
        r"(?m)^[ \t]*(?:distributionUrl|wrapperUrl)[ \t]*[=:][ \t]*(?P<v>\S+)",
        quiet=r"^https\\?://(?:services\.gradle\.org|repo\.maven\.apache\.org|repo1\.maven\.org)/",
        said=("distributionurl", "wrapperurl", "distribution", "wrapper")),
    Row("pytest.plugin", "pytest", r"/(?:\.?pytest\.ini|pytest\.toml|tox\.ini|setup\.cfg|pyproject\.toml)$",
        r"(?m)^[ \t]*addopts[ \t]*=[ \t]*(?P<v>\[[^\]]*\]|[^\n]*(?:\n[ \t]+[^\n]*)*)", item=r"(?:^|[\s\"'\[,])-p[ \t]*([\w.:-]+)",
        quiet=r"^no:", said=("plugin", "addopts", "-p", "pytest")),
    Row("python.plugins", "the Python checkers", r"/\.?mypy\.ini$|/setup\.cfg$|/pyproject\.toml$|/\.?pylintrc(?:\.toml)?$|/tox\.ini$",
        r"(?m)^[ \t]*(?:plugins|load-plugins|load_plugins)[ \t]*=[ \t]*(?P<v>\[[^\]]*\]|[^\n]*(?:\n[ \t]+[^\n]*)*)",
        item=r"([\w][\w./-]*)", said=("plugin", "plugins", "load-plugins", "mypy", "pylint")),
    Row("nx.runner", "Nx", r"/nx\.json$", r"\"runner\"\s*:\s*(?P<v>\"[^\"\n]*\")", quiet=r"^nx/tasks-runners/default$",
        said=("runner", "tasks runner", "tasksrunneroptions", "nx")),
    Row("nx.plugins", "Nx", r"/nx\.json$", r"\"plugins\"\s*:\s*(?P<v>\[[^\]]*\])", item=r"\"plugin\"\s*:\s*\"([^\"\n]+)\"|^\s*\"([^\"\n]+)\"",
        said=("plugin", "plugins", "nx")),
    Row("babel.plugins", "Babel", r"/\.babelrc(?:\.json)?$|/babel\.config\.(?:json|[cm]?js)$",
        r"[\"']?\b(?:plugins|presets)\b[\"']?\s*:\s*(?P<v>\[[^\]]*\])", said=("plugin", "plugins", "preset", "presets", "babel")),
    Row("prettier.plugins", "Prettier", r"/\.prettierrc(?:\.\w+)?$|/prettier\.config\.[cm]?js$",
        r"[\"']?\bplugins\b[\"']?\s*:\s*(?P<v>\[[^\]]*\])", said=("plugin", "plugins", "prettier")),
    Row("eslint.plugins", "ESLint", r"/\.eslintrc(?:\.\w+)?$", r"[\"']?\bplugins\b[\"']?\s*:\s*(?P<v>\[[^\]]*\])",
        said=("plugin", "plugins", "eslint")),
    Row("js.setup", "the test runner", r"/(?:jest|vitest|vite)\.config\.[cm]?[jt]s(?:on)?$",
        r"[\"']?\b(?:setupFiles|setupFilesAfterEnv|globalSetup|globalTeardown|testRunner|runner|watchPlugins|snapshotResolver|testSequencer)\b[\"']?"
        r"\s*:\s*(?P<v>\[[^\]]*\]|[\"'`][^\"'`\n]*[\"'`])", quiet=_TEST_SETUP,
        said=("setup", "setup file", "setupfiles", "globalsetup", "runner", "jest", "vitest")),
    Row("mocha.require", "Mocha", r"/\.mocharc(?:\.\w+)?$", r"[\"']?\brequire\b[\"']?\s*:\s*(?P<v>\[[^\]]*\]|[^\n]+(?:\n[ \t]*-[^\n]*)*)",
        item=r"(?:^|[\s\[,\"'-])([@\w./-]+\.[cm]?[jt]sx?|[@\w][\w./-]*)[\"']?\s*(?=,|\]|$)", quiet=_TEST_SETUP + "|" + _JS_REGISTER,
        said=("require", "mocha", "mocharc", "setup")),
    Row("npmrc.node-options", "npm (every node process it starts)", r"/\.npmrc$", r"(?m)^[ \t]*node-options[ \t]*=[ \t]*(?P<v>[^\n]*)",
        item=r"(?:--require|-r|--import|--loader|--experimental-loader)[\s=]+[\"']?([^\s\"']+)", quiet=_JS_REGISTER,
        said=("node-options", "node options", "require", "import", "loader", "preload")),
    Row("npmrc.shell", "npm (every script it runs)", r"/\.npmrc$|/\.yarnrc$", r"(?m)^[ \t]*(?:script-shell|onload-script|pnpmfile|global-pnpmfile)[ \t]*=[ \t]*(?P<v>[^\n]+)",
        said=("script-shell", "script shell", "shell", "pnpmfile", "onload-script")),
    Row("yarn.path", "Yarn", r"/\.yarnrc\.yml$", r"(?m)^[ \t]*yarnPath[ \t]*:[ \t]*(?P<v>[^\n]+)", quiet=r"^\.yarn/releases/yarn-[\w.-]+\.c?js$",
        said=("yarnpath", "yarn")),
    Row("yarn.plugins", "Yarn", r"/\.yarnrc\.yml$", r"(?m)^[ \t]*-[ \t]*path[ \t]*:[ \t]*(?P<v>[^\n]+)", said=("plugin", "plugins", "yarn")),
    Row("lerna.client", "Lerna", r"/lerna\.json$", r"\"npmClient\"\s*:\s*(?P<v>\"[^\"\n]*\")", quiet=r"^(?:npm|yarn|pnpm|bun)$",
        said=("npmclient", "client", "lerna")),
    Row("cargo.wrapper", "Cargo (every build and run)", r"/\.cargo/config(?:\.toml)?$",
        r"(?m)^[ \t]*(?:rustc-wrapper|rustc-workspace-wrapper|rustc|runner|linker|rustdoc)[ \t]*=[ \t]*(?P<v>[^\n]+)",
        said=("rustc-wrapper", "wrapper", "runner", "linker", "rustc", "cargo")),
    # session 27 (R6, census): the loading keys the rows above did not read
    Row("postcss.plugins", "PostCSS", r"/postcss\.config\.[cm]?[jt]s$|/\.postcssrc(?:\.json|\.ya?ml|\.[cm]?js)?$",
        r"[\"']?\bplugins\b[\"']?\s*:\s*(?P<v>\[[^\]]*\]?|\{(?:[^{}]|\{[^{}]*\})*\}?)",
        item=r"require\(\s*[\"'`]([^\"'`\n]+)[\"'`]|[\[,]\s*[\"'`]([@\w./-]+)[\"'`]|^\s*[\"']?([@\w./-]+)[\"']?\s*:",
        said=("plugin", "plugins", "postcss")),
    Row("stylelint.plugins", "Stylelint", r"/\.stylelintrc(?:\.\w+)?$|/stylelint\.config\.[cm]?js$",
        r"[\"']?\bplugins\b[\"']?\s*:\s*(?P<v>\[[^\]]*\]|[^\n]+(?:\n[ \t]*-[^\n]*)*)",
        item=r"[\"'`]([@\w./-]+)[\"'`]|^[ \t]*-[ \t]*([@\w./-]+)", said=("plugin", "plugins", "stylelint")),
    Row("bundler.plugins", "the bundler", r"/(?:vite|vitest|rollup|webpack|astro|nuxt|svelte|rspack)\.config\.[cm]?[jt]s$",
        r"\bplugins\s*:\s*(?P<v>\[[^\]]*\])", item=r"(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*\(",
        quiet=r"^(?:path\.\w+|require|resolve|join|process\.\w+|JSON\.\w+|Object\.\w+|defineConfig|String|Number|Boolean|fileURLToPath|URL)$",
        said=("plugin", "plugins", "vite", "webpack", "rollup")),
    Row("jest.transform", "the test runner", r"/(?:jest|vitest)\.config\.[cm]?[jt]s(?:on)?$|/package\.json$",
        r"[\"']?\b(?:transform)\b[\"']?\s*:\s*(?P<v>\{[^}]*\})", item=r":\s*\[?\s*[\"'`]([^\"'`\n]+)[\"'`]",
        quiet=r"^(?:babel-jest)$", said=("transform", "transformer", "jest")),
    Row("jest.modules", "the test runner", r"/(?:jest|vitest)\.config\.[cm]?[jt]s(?:on)?$|/package\.json$",
        r"[\"']?\b(?:reporters|snapshotSerializers|testEnvironment|moduleLoader|resolver|preset|setupFiles|setupFilesAfterEnv|globalSetup|globalTeardown)\b[\"']?"
        r"\s*:\s*(?P<v>\[(?:[^\[\]]|\[[^\]]*\])*\]|[\"'`][^\"'`\n]*[\"'`])",
        item=r"(?<!:)(?<!: )[\"'`]([^\"'`\n]+)[\"'`](?!\s*:)",
        quiet=_TEST_SETUP + r"|^(?:default|summary|github-actions|verbose|node|jsdom|ts-jest|jest-environment-jsdom|jest-environment-node)$",
        said=("reporter", "reporters", "serializer", "environment", "testenvironment", "preset", "setup", "setupfiles", "jest")),
    Row("env.preload", "every program started with this environment", r"/\.env(?:rc|\.[\w.-]+)?$",
        r"(?m)^[ \t]*(?:export[ \t]+)?(?:NODE_OPTIONS|PYTHONSTARTUP|RUBYOPT|PERL5OPT)[ \t]*=[ \t]*(?P<v>[^\n]*)",
        item=r"(?:--require|--import|--loader|--experimental-loader|-r)[\s=]*[\"']?([^\s\"']+)|-M-?([\w:]+)|^[\"']?([^\s\"'-][^\s\"']*)[\"']?\s*$",
        quiet=_JS_REGISTER + r"|^bundler/setup$", said=("node_options", "node options", "pythonstartup", "rubyopt", "perl5opt", "require", "preload")),
    Row("precommit.repo", "pre-commit (every commit)", r"/\.pre-commit-config\.ya?ml$",
        r"(?m)^[ \t]*-?[ \t]*repo[ \t]*:[ \t]*(?P<v>[^\n]+)", quiet=r"^[\"']?(?:local|meta)[\"']?$",
        said=("repo", "hook", "hooks", "pre-commit", "precommit")),
    Row("python.pth", "every Python start", r"\.pth$", r"(?s)\A(?P<v>.+)", item=r"(?m)^[ \t]*(import[ \t][^\n]+)$",
        said=("pth", ".pth", "site-packages", "import")),
    Row("git.program", "git", r"/\.git/config$|/\.gitconfig$|/\.config/git/config$|/\.gitmodules$",
        r"(?m)^[ \t]*(?:fsmonitor|sshCommand|askPass|clean|smudge|process|textconv|program|hooksPath)[ \t]*=[ \t]*(?P<v>[^\n]+)",
        quiet=r"^(?:true|false)$", said=("fsmonitor", "sshcommand", "ssh command", "askpass", "filter", "clean", "smudge", "textconv", "git")),
    # session 28 (T7, census): pytest's plugins named in a conftest, direnv's loaders, git's external programs
    Row("pytest.conftest", "pytest", r"(?:^|/)conftest\.py$",
        r"(?m)^[ \t]*pytest_plugins[ \t]*(?::[^=\n]*)?(?:\+=|=)[ \t]*(?P<v>\[[^\]]*\]|\([^)]*\)|[\"'][^\"'\n]*[\"'])",
        quiet=_PY_TEST_PLUGIN, said=("pytest_plugins", "pytest plugins", "plugin", "plugins", "conftest", "pytest")),
    Row("direnv.source", "direnv (every shell that enters the directory)", r"/\.envrc$|/\.env\.local\.sh$",
        r"(?m)^[ \t]*(?:source_url|source_env(?:_if_exists)?|source_up(?:_if_exists)?|source|\.|fetchurl|dotenv_if_exists|dotenv)"
        r"[ \t]+(?P<v>[^\n#;&|]+)", item=r"^[ \t]*[\"']?([^\s\"']+)", quiet=r"^\.env(?:\.[\w.-]+)?$",
        said=("source_url", "source_env", "source_up", "source", "direnv", "envrc", ".envrc")),
    Row("direnv.use", "direnv (every shell that enters the directory)", r"/\.envrc$|/\.env\.local\.sh$",
        r"(?m)^[ \t]*use[ \t]+(?P<v>[^\n#;&|]+)", item=r"^[ \t]*([\w.-]+)", quiet=_DIRENV_USE,
        said=("use", "direnv", "envrc", ".envrc")),
    Row("git.external", "git", r"/\.git/config$|/\.gitconfig$|/\.config/git/config$",
        r"(?m)^[ \t]*(?:external|pager|editor|tool|cmd|command|helper|gpgprogram|program|receivepack|uploadpack)[ \t]*=[ \t]*(?P<v>[^\n]+)",
        item=r"^[ \t]*[\"']?([^\s\"']+)", quiet=r"^(?:true|false|less|more|cat|vim?|nvim|nano|emacs|code|cache|store|osxkeychain|manager(?:-core)?|libsecret|gpg|ssh-keygen)$",
        said=("external", "pager", "editor", "difftool", "mergetool", "credential", "helper", "git")),
    Row("e2e.setup", "the end-to-end test runner", r"/(?:playwright|cypress|wdio|nightwatch|testcafe|detox)\.config\.[cm]?[jt]s(?:on)?$|/\.testcaferc\.json$",
        r"[\"']?\b(?:globalSetup|globalTeardown|supportFile|setupFiles|reporter|plugins|require|clientScripts)\b[\"']?\s*:\s*"
        r"(?P<v>\[(?:[^\[\]]|\[[^\]]*\])*\]|[\"'`][^\"'`\n]*[\"'`])", item=r"(?<!:)(?<!: )[\"'`]([^\"'`\n]+)[\"'`](?!\s*:)",
        quiet=_TEST_SETUP + r"|^(?:list|line|dot|html|json|junit|github|blob|null|spec|false)$|/e2e/|^\./(?:e2e|cypress|playwright)/",
        said=("globalsetup", "global setup", "globalteardown", "teardown", "supportfile", "support file", "reporter", "playwright", "cypress")),
    Row("rspec.require", "RSpec", r"/\.rspec(?:-local)?$", r"(?m)^[ \t]*(?:--require|-r)(?:[ \t]+|=)(?P<v>\S+)",
        quiet=r"^(?:spec_helper|rails_helper)$", said=("require", "rspec", ".rspec")),
    Row("rubocop.require", "RuboCop", r"/\.rubocop(?:_todo)?\.ya?ml$", r"(?m)^(?:require|plugins)[ \t]*:[ \t]*(?P<v>[^\n]*(?:\n[ \t]*-[^\n]*)*)",
        item=r"(?:^|[\s\[,\"'-])([@\w./-]+\.rb|[\w][\w./-]*)[\"']?\s*(?=,|\]|$)", said=("require", "plugin", "plugins", "rubocop")),
    Row("phpunit.bootstrap", "PHPUnit", r"/phpunit\.xml(?:\.dist)?$", r"(?:\bbootstrap=|<(?:extension|bootstrap)\s+class=)(?P<v>\"[^\"\n]*\"|'[^'\n]*')",
        quiet=r"^vendor/autoload\.php$|^tests?/bootstrap\.php$", said=("bootstrap", "extension", "phpunit")),
    Row("pylint.init-hook", "pylint", r"/\.?pylintrc(?:\.toml)?$|/setup\.cfg$|/pyproject\.toml$|/tox\.ini$",
        r"(?m)^[ \t]*init[-_]hook[ \t]*=[ \t]*(?P<v>[^\n]+)", item=r"(?s)^\s*(.+?)\s*$", said=("init-hook", "init hook", "pylint"),
        # (the common form only puts the project's own directories on the path: `import sys; sys.path.append("src")`)
        quiet=r"""^['"]?\s*import\s+sys\s*;\s*(?:sys\.path\.(?:append|insert)\((?:0\s*,\s*)?['"][\w./-]*['"]\)\s*;?\s*)+['"]?$"""),
    Row("ts.plugins", "the TypeScript language service", r"/[jt]sconfig[\w.-]*\.json$", r"\"plugins\"\s*:\s*(?P<v>\[(?:[^\[\]]|\{[^{}]*\})*\])",
        item=r"\"(?:name|transform)\"\s*:\s*\"([^\"\n]+)\"", said=("plugin", "plugins", "tsconfig")),
    Row("mise.source", "mise (every shell that enters the directory)", r"/\.?mise(?:\.local)?\.toml$|/\.config/mise/config\.toml$|/\.rtx\.toml$",
        r"(?m)^[ \t]*(?:_\.source|_\.file|enter|leave|cd|preinstall|postinstall)[ \t]*=[ \t]*(?P<v>\[[^\]]*\]|[\"'][^\"'\n]*[\"'])",
        said=("source", "_.source", "hook", "hooks", "mise")),
)  # fmt: skip

#: Fixtures (tests/files/test_s25_later.py): (path, old text, new text, the first item loaded, "" for nothing).
FIXTURES: tuple[tuple[str, str, str, str], ...] = (
    ("/p/bunfig.toml", "[test]\ncoverage = true\n", '[test]\ncoverage = true\npreload = ["./scripts/env.ts"]\n', "./scripts/env.ts"),
    ("/p/.mvn/extensions.xml", "", "<extensions><extension><groupId>io.x</groupId><artifactId>hook-ext</artifactId>"
     "<version>1</version></extension></extensions>", "hook-ext"),
    ("/p/pyproject.toml", '[tool.pytest.ini_options]\naddopts = "-ra"\n', '[tool.pytest.ini_options]\naddopts = "-ra -p acme.hooks"\n', "acme.hooks"),
    ("/p/nx.json", '{"tasksRunnerOptions": {"default": {"runner": "nx/tasks-runners/default"}}}',
     '{"tasksRunnerOptions": {"default": {"runner": "@x/cache-runner"}}}', "@x/cache-runner"),
    ("/p/.npmrc", "save-exact=true\n", "save-exact=true\nnode-options=--import ./tools/otel.mjs\n", "./tools/otel.mjs"),
    ("/p/.cargo/config.toml", "[build]\njobs = 4\n", '[build]\njobs = 4\nrustc-wrapper = "tools/w.sh"\n', "tools/w.sh"),
    ("/p/.git/config", "[core]\n\tbare = false\n", "[core]\n\tbare = false\n\tsshCommand = ./bin/ssh-wrap\n", "./bin/ssh-wrap"),
    ("/p/gradle/wrapper/gradle-wrapper.properties", "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip\n",
     "distributionUrl=https\\://dl.example.net/gradle-8.7-bin.zip\n", "https\\://dl.example.net/gradle-8.7-bin.zip"),
    ("/p/.babelrc", '{"presets": ["@babel/preset-env"]}', '{"presets": ["@babel/preset-env"], "plugins": ["./tools/inject.js"]}', "./tools/inject.js"),
    ("/p/mypy.ini", "[mypy]\nstrict = True\n", "[mypy]\nstrict = True\nplugins = pydantic.mypy, tools/checks.py\n", "pydantic.mypy"),
    # nothing new loaded: other keys, defaults, switches off, the project's test set-up, the same items
    ("/p/bunfig.toml", "[test]\ncoverage = true\n", "[test]\ncoverage = true\ntimeout = 10000\n", ""),
    ("/p/pyproject.toml", '[tool.pytest.ini_options]\naddopts = "-ra"\n', '[tool.pytest.ini_options]\naddopts = "-ra -p no:cacheprovider -q"\n', ""),
    ("/p/nx.json", '{"defaultBase": "master"}', '{"defaultBase": "main"}', ""),
    ("/p/jest.config.js", "module.exports = {\n", "module.exports = {\n  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],\n", ""),
    ("/p/.mocharc.yml", "spec: test\n", "spec: test\nrequire:\n  - ts-node/register\n", ""),
    ("/p/.babelrc", '{"presets": ["@babel/preset-env"]}', '{"presets": ["@babel/preset-env", ]}', ""),
    ("/p/.git/config", "[core]\n\tbare = false\n", "[core]\n\tbare = false\n\tfsmonitor = true\n", ""),
    ("/p/gradle/wrapper/gradle-wrapper.properties", "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.6-bin.zip\n",
     "distributionUrl=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip\n", ""),
)  # fmt: skip
