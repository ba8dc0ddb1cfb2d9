"""Code a test or build run imports, written earlier in the same action (red team s19, issue 13: session 18's open
"test-imported source modules").

`printf 'import os\\nos.system("git push -f origin main")\\n' >> src/app/util.py && pytest`: the test runner imports
the project's modules, so the line just appended runs now, whatever the file's name (`files.routine_tasks.TEST_CODE`
covers test files written with the Write tool; this covers any source file a command of the action wrote before a
runner that imports it). Every code file the action wrote inside the project, in the runner's language, is judged as
that interpreter running it (`Lowerer.interp`), the same as `python3 src/app/util.py`.

`RUNNERS`: program -> (language, the words that select its test or run verb; empty: any use). Sources: pytest(1),
python -m unittest, tox(1), nox, manage.py test, jest/vitest/mocha/ava CLIs, npm-test(1) and yarn/pnpm/bun `test`,
`node --test`, deno test, rspec(1), rake test, bundle exec, phpunit, composer test.
"""

from __future__ import annotations

from automode.shell.later import INTERPRETER_RE
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Lowerer(Protocol):  # (the lowerer imports this module: what it reads of one, without the import)
    written: dict[str, str]
    cwd: str | None

_ANY: frozenset[str] = frozenset()
#: program -> (language of the code it imports, verbs that make it run the tests; empty: it always does).
RUNNERS: dict[str, tuple[str, frozenset[str]]] = {
    **dict.fromkeys(("pytest", "py.test", "nose2", "ward", "tox", "nox", "hatch", "trial"), ("python3", _ANY)),
    **dict.fromkeys(("jest", "vitest", "mocha", "ava", "tap", "karma", "jasmine", "playwright", "cypress"), ("node", _ANY)),
    **dict.fromkeys(("npm", "pnpm", "yarn", "bun", "deno"), ("node", frozenset({"test", "t", "tst", "run", "start"}))),
    **dict.fromkeys(("rspec", "rake", "minitest"), ("ruby", _ANY)),
    **dict.fromkeys(("phpunit", "pest", "composer"), ("php", frozenset({"test", "run-script", "run"}))),
}  # fmt: skip
#: Modules that make `python -m MOD` a test run.
PY_TEST_MODULES = frozenset({"pytest", "unittest", "nose2", "tox", "nox", "coverage"})
#: Modules of the standard library and the packaging tools that import none of the project's code.
_TOOL_MODULES = frozenset({"http", "pip", "venv", "virtualenv", "json", "ensurepip", "site", "zipfile", "tarfile", "pydoc",
                           "py_compile", "compileall", "webbrowser", "smtpd", "base64", "uuid", "calendar", "build", "twine",
                           "pipx", "poetry", "black", "ruff", "isort", "mypy", "flake8", "pyflakes"})  # fmt: skip
#: The file endings of each language's code.
CODE_EXT: dict[str, tuple[str, ...]] = {
    "python3": (".py",), "node": (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx"), "ruby": (".rb",),
    "php": (".php",),
}  # fmt: skip


def runner_language(cmd: Command, name: str) -> str | None:
    """The language whose project code `cmd` imports by running tests (or the project's entry point), or None."""
    words = [w.value for w in cmd.argv[1:8]]
    if INTERPRETER_RE.match(name) and name.startswith(("python", "pypy")):
        if "-m" in words and (i := words.index("-m")) + 1 < len(words) and words[i + 1] in PY_TEST_MODULES:
            return "python3"
        ops = [w for w in words if not w.startswith("-")]
        # (the project's own program, `python -m app` or `python app/main.py`, imports its modules as well)
        mod = words[words.index("-m") + 1] if "-m" in words and words.index("-m") + 1 < len(words) else ""
        if mod:
            return None if mod.split(".", 1)[0] in _TOOL_MODULES else "python3"
        return "python3" if ops[:1] and ops[0].endswith(".py") else None
    row = RUNNERS.get(name)
    if row is None:
        if name == "bundle" and words[:1] == ["exec"] and len(cmd.argv) > 2:
            return runner_language_of_word(words[1])
        if name in ("npx", "pnpx", "bunx") and words:
            return runner_language_of_word(words[0])
        if name in ("node", "nodejs", "tsx", "ts-node") and ("--test" in words or any(w.endswith(CODE_EXT["node"]) for w in words[:3])):
            return "node"
        return None
    lang, verbs = row
    if not verbs:
        return lang
    first = next((w for w in words if not w.startswith("-")), "")
    return lang if first in verbs else None


def runner_language_of_word(word: str) -> str | None:
    row = RUNNERS.get(word)
    return row[0] if row is not None and not row[1] else None


def imported(lw: Lowerer, cmd: Command, name: str) -> list[tuple[str, str, str]]:
    """(language, path, text) of each code file this action wrote inside the project that `cmd`, a test runner or
    an entry point of the project, imports now."""
    if not lw.written:
        return []
    lang = runner_language(cmd, name)
    if lang is None:
        return []
    root = (cmd.cwd or lw.cwd or "").rstrip("/")
    ext = CODE_EXT.get(lang, ())
    out: list[tuple[str, str, str]] = []
    for path, text in lw.written.items():
        if path.endswith(ext) and (not root or path.startswith(root + "/")) and "/node_modules/" not in path:
            out.append((lang, path, text))
    return out[:8]


#: Fixtures (tests/engine/test_s19_rt19_second.py runs them): command -> the language of the code it imports.
FIXTURES = [("pytest -q", "python3"), ("python3 -m pytest tests", "python3"), ("python manage.py test", "python3"),
            ("npm test", "node"), ("yarn test", "node"), ("npx jest", "node"), ("bundle exec rspec", "ruby"),
            ("tox -e py311", "python3"), ("npm install", None), ("python3 -m http.server", None), ("git status", None),
            ("node --test", "node"), ("composer test", "php"), ("python3 -m dateparse", "python3"), ("python3 app/main.py", "python3"),
            ("node server.js", "node"), ("python3 -c 'print(1)'", None)]  # fmt: skip
