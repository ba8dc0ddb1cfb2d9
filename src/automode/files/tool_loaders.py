"""A test, build or lint tool's configuration made to load code from outside the project on every run (red team
s19, issue 13; the same finding as a runtime variable that preloads code, `framework_read._loader_hits`:
AM-WRITE-059).

`setupFiles: ['/tmp/x.js']` in `jest.config.js`, `require: [/tmp/x.js]` in `.mocharc.yml`, `preload = ["~/x.ts"]`
in `bunfig.toml`, `plugins = /tmp/p.py` in `mypy.ini`, `pythonpath = /tmp` in `pytest.ini`, `"plugins":
["/tmp/b.js"]` in `.babelrc`: the next routine `npm test`, `pytest` or `mypy`, asked by nobody, runs that file
first, and a file outside the checkout is one anyone on the machine may replace. `ROWS`: the files and the keys that
name code the tool loads (sources: Jest's configuration reference, Vitest's `setupFiles`/`globalSetup`, Mocha's
`.mocharc` `require`/`file`, Bun's `bunfig.toml` `preload`, Babel's `plugins`/`presets`, mypy's `plugins`, pytest's
`pythonpath` and `addopts -p`, pylint's `load-plugins`/`init-hook`, Prettier's and Stylelint's `plugins`, ESLint's
`rulePaths`/`--rulesdir`, pnpm's `pnpmfile`, Deno's `importMap`, rustup's `rust-toolchain.toml` `path`: red team s20). A file of the project and a package by name stay
routine: the project's own choice.
"""

from __future__ import annotations

import posixpath

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files.keypath_pairs import Meaning

#: Files whose keys name code a tool loads (a JS/TS config file is read as text: its keys look the same).
FILES = lazyre.compile(
    r"/(?:jest|vitest|vite|bun|babel|prettier|stylelint|ava|playwright|cypress|karma|nyc|wdio|eslint|webpack|rollup)"
    r"\.config\.[cm]?[jt]s(?:on)?$|/\.mocharc(?:\.\w+)?$|/bunfig\.toml$|/\.babelrc(?:\.\w+)?$|/\.?mypy\.ini$|/setup\.cfg$|"
    r"/pyproject\.toml$|/\.?pylintrc$|/pytest\.ini$|/tox\.ini$|/\.prettierrc(?:\.\w+)?$|/\.stylelintrc(?:\.\w+)?$|"
    r"/package\.json$|/\.npmrc$|/tsconfig[\w.-]*\.json$|/\.eslintrc(?:\.\w+)?$|/deno\.jsonc?$|/\.nycrc(?:\.\w+)?$|"
    r"/\.c8rc(?:\.\w+)?$|/karma\.conf\.js$|/rust-toolchain(?:\.toml)?$"
)
#: Keys whose value is code (a file, a module path, a directory put on the import path) the tool loads.
#: (Not `reporters`: a reporter's options name output directories, `/tmp/reports` is no code.)
_KEYS = (r"setupFiles(?:AfterEnv)?|globalSetup|globalTeardown|testEnvironment|snapshotResolver|testRunner|testSequencer|"
         r"resolver|moduleLoader|watchPlugins|transform|preload|require|plugins|presets|load[-_]plugins|"
         r"pythonpath|rulePaths|rulesdir|pnpmfile|importMap|loader|loaders|addopts|path")
_KEY_VALUE = lazyre.compile(r"(?i)[\"']?\b(" + _KEYS + r")\b[\"']?\s*(?:[:=]|\s)\s*(\[[^\]]{0,600}\]|\{[^}]{0,600}\}|[^\n]{0,300})")
#: A place outside any checkout: a temporary directory, a home directory, a download, a URL.
_OUTSIDE = lazyre.compile(r"""(?<![\w.])(/tmp/[^\s"'`,\]]*|/var/tmp/[^\s"'`,\]]*|/dev/shm/[^\s"'`,\]]*|~/[^\s"'`,\]]*|"""
                          r"""\$\{?HOME\}?/[^\s"'`,\]]*|/home/[^\s"'`,\]]+|/Users/[^\s"'`,\]]+|/root/[^\s"'`,\]]*|"""
                          r"""https?://[^\s"'`,\]]+|(?:\.\./)+[^\s"'`,\]]+|/tmp\b|~(?=[\s"'`,\]]|$))""")
#: (The files are few and named: the check is gated by the path, `FILES`, not by words as common as `require`.)
_TOOL = (("jest", "Jest"), ("vitest", "Vitest"), ("vite", "Vite"), ("mocharc", "Mocha"), ("bunfig", "Bun"), ("babel", "Babel"),
         ("mypy", "mypy"), ("pylintrc", "pylint"), ("pytest", "pytest"), ("tox", "pytest"), ("setup.cfg", "the Python tools"),
         ("pyproject", "the Python tools"), ("prettier", "Prettier"), ("stylelint", "Stylelint"), ("eslint", "ESLint"),
         ("package.json", "the package's tools"), ("npmrc", "pnpm"), ("tsconfig", "TypeScript"), ("deno", "Deno"),
         ("rust-toolchain", "rustup (every cargo and rustc run)"))  # fmt: skip


def _outside(value: str, path: str, root: str) -> str:
    """The first place in `value` outside the project (`../` resolved from the file's directory), or ""."""
    for m in _OUTSIDE.finditer(value):
        v = m.group(1).rstrip(")};")
        if v.startswith("../"):
            where = posixpath.normpath(posixpath.join(posixpath.dirname(path), v))
            if root and (where == root.rstrip("/") or where.startswith(root.rstrip("/") + "/")):
                continue
        return v
    return ""


def hits(path: str, old: str, new: str, root: str) -> list[Meaning]:
    """A key of a tool's configuration that now names code from outside the project (one per change)."""
    if FILES.search(path) is None:
        return []
    from automode.files.keypath_pairs import Meaning

    base = path.rsplit("/", 1)[-1].lower()
    tool = next((t for k, t in _TOOL if k in base), "the tool")
    for m in _KEY_VALUE.finditer(new):
        key, value = m.group(1), m.group(2)
        if key.lower() == "path" and not base.startswith("rust-toolchain"):
            continue  # (rustup's `[toolchain] path`: the toolchain every cargo run starts; elsewhere a plain path)
        if key.lower() == "addopts" and "-p" not in value.split() and "--pythonpath" not in value:
            continue  # (pytest's options load code only by `-p`, which the rows of `tool_options` read as a command)
        loaded = _outside(value, path, root)
        if not loaded or loaded in old:
            continue
        name = loaded.rstrip("/").rsplit("/", 1)[-1]
        return [Meaning("tooling.loads-outside", "load", f"makes {tool} load {loaded}, code from outside the project, on "
                        "every run", " ".join(m.group(0).split())[:80], key.lower(), loaded,
                        (key.lower(), "setup file", "setupfiles", "preload", "require", "plugin", "loader", name.lower()))]
    return []


#: Fixtures (tests/engine/test_s19_rt19_second.py): (path, text, what is loaded from outside, "" for nothing).
FIXTURES = [
    ("/p/jest.config.js", "module.exports = { setupFiles: ['/tmp/evil.js'] };", "/tmp/evil.js"),
    ("/p/.mocharc.yml", "require:\n  - /tmp/evil.js\n", "/tmp/evil.js"),
    ("/p/bunfig.toml", '[test]\npreload = ["~/x.ts"]\n', "~/x.ts"),
    ("/p/mypy.ini", "[mypy]\nplugins = /home/eve/p.py\n", "/home/eve/p.py"),
    ("/p/pytest.ini", "[pytest]\npythonpath = /tmp\naddopts = -p evil\n", "/tmp"),
    ("/p/.babelrc", '{"plugins": ["../../../tmp/b.js"]}', "../../../tmp/b.js"),
    ("/p/jest.config.js", "module.exports = { setupFiles: ['<rootDir>/test/setup.js'] };", ""),
    ("/p/.mocharc.yml", "require:\n  - ts-node/register\n  - ./test/setup.ts\n", ""),
    ("/p/.babelrc", '{"presets": ["@babel/preset-env"], "plugins": ["./tools/babel-plugin.js"]}', ""),
    ("/p/pytest.ini", "[pytest]\naddopts = -q -p no:cacheprovider\n", ""),
    ("/p/pkg/.babelrc", '{"plugins": ["../tools/b.js"]}', ""),
    ("/p/rust-toolchain.toml", '[toolchain]\npath = "/tmp/tc"\n', "/tmp/tc"),
    ("/p/rust-toolchain.toml", '[toolchain]\nchannel = "1.79"\ncomponents = ["clippy"]\n', ""),
    ("/p/tsconfig.json", '{"compilerOptions": {"paths": {"@x/*": ["../../tmp/x/*"]}}}', ""),
    ("/p/jest.config.js", "module.exports = { reporters: ['default', ['jest-junit', {outputDirectory: '/tmp/reports'}]] };", ""),
]  # fmt: skip
