"""Tasks a file names that run without anyone asking for what they do (red team s18).

A recipe or script entry runs "when someone asks for it by name" (`files.runs.Run.place == "request"`): what its
name announces (`deploy`, `release`) is left to whoever asks for that task. But some names announce nothing of the
kind: `make test`, `npm test`, `just build`, a bare `make` (the default goal) are what an agent runs on its own to
check its work. A `test:` recipe that force-pushes, a `pretest` script that publishes, a default goal that deploys
run on the next routine check, asked by nobody: such tasks, and every task they depend on or call (`reached`), are
read with `place="routine"`: as a recipe is, and besides, what they push, publish or apply outside the machine is
judged as a command now (`files._RUN_OUT`). The tasks a command of this very action runs (`printf 'x:\n\tgit push
-f …' > Makefile && make x`, `selected`) run now, whatever their name: judged as commands (`place="host"`).

`ROUTINE` is the table of names; a `pre`/`post` prefix (npm's hooks around a script) and a `:`/`-` suffix
(`test:unit`, `build-debug`) keep the name routine.
"""

from __future__ import annotations

from automode import lazyre
from automode.files.runs import Run
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Task names an agent runs on its own to check or build its work (sources: the conventional targets of GNU make's
#: manual, npm's well-known scripts, just/task/mise examples, the names coding agents' harnesses run).
ROUTINE = frozenset({"test", "tests", "t", "check", "checks", "verify", "lint", "fmt", "format", "typecheck", "types",
                     "tsc", "build", "compile", "all", "default", "dev", "start", "serve", "run", "watch", "coverage",
                     "cov", "unit", "e2e", "spec", "bench", "doc", "docs", "precommit", "validate", "smoke"})  # fmt: skip
#: (Not routine: names that announce their act, `install`, `clean`, `deploy`, `release`, `publish`: what they do is
#: asked for by whoever runs them by that name.)


#: `files.executed` kinds whose runs are tasks run by name: an edit's piece of one whose task is not known (`sed -i
#: 's/pytest/pytest \&\& git push -f …/' Makefile`) may belong to a routine task, so it is judged as run now.
TASK_KINDS = frozenset({"make", "just", "npm", "taskfile", "composer", "deno", "rake", "mise", "pyproject", "tox", "pom"})


def _stem(name: str) -> str:
    base = name.lower()
    for sep in (":", "-", "_", "."):
        base = base.split(sep, 1)[0] or base
    for pre in ("pre", "post"):
        if base.startswith(pre) and base[len(pre) :] in ROUTINE:
            return base[len(pre) :]
    return base


def routine(r: Run, whole: bool = True) -> bool:
    """`r` belongs to a task a routine invocation runs: a routine name, or the runner's default (known only from a
    whole file: `whole` False for an edit's piece, whose first target need not be the file's)."""
    return (r.default and whole) or (bool(r.name) and _stem(r.name) in ROUTINE)


def selected(r: Run, names: frozenset[str] | None) -> bool:
    """`r` belongs to one of the tasks a command runs now (`names`; "*" for every task, None for none)."""
    if names is None or not (r.name or r.default):
        return names is not None and "*" in names
    if "*" in names:
        return True
    return (
        (r.default and "" in names)
        or r.name in names
        or any(r.name in (f"pre{n}", f"post{n}") for n in names)
    )


_NPM_ALIASES = {"t": "test", "tst": "test", "rum": "run", "urn": "run", "run-script": "run"}
_MAKE_VALUE_OPTS = frozenset({"-f", "--file", "--makefile", "-C", "--directory", "-I", "--include-dir", "-o", "-W",
                              "--old-file", "--what-if", "--new-file", "--assume-new", "--assume-old", "-j", "--jobs",
                              "-l", "--load-average"})  # fmt: skip


def names_run(cmd: Command) -> frozenset[str]:
    """The tasks a runner command runs ("" the default, "*" every task it may run)."""
    argv = [w.value for w in cmd.argv[1:]]
    if any(w.dynamic for w in cmd.argv[1:]):
        return frozenset({"*"})
    pos: list[str] = []
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a.startswith("-"):
            skip = a in _MAKE_VALUE_OPTS and cmd.name in ("make", "gmake", "remake")
            continue
        pos.append(a)
    if cmd.name in ("make", "gmake", "remake"):
        goals = [p for p in pos if "=" not in p and not p[:1].isdigit()]
        return frozenset(goals or [""])
    if cmd.name in ("npm", "pnpm", "yarn", "bun"):
        if not pos:
            return frozenset({"install"} if cmd.name != "yarn" else {"install", ""})
        sub = _NPM_ALIASES.get(pos[0], pos[0])
        if sub == "run":
            return frozenset(pos[1:2] or ["*"])
        return frozenset({sub})
    if cmd.name == "just":
        return frozenset(pos[:1] or [""])
    return frozenset({"*"})


#: Test code of the usual ecosystems: a test runner (`pytest`, `jest`, `go test`, `rspec`, `cargo test`, `mvn test`)
#: imports and runs every such file on the next routine check, module-level code and test bodies alike, and a test
#: package's `__init__.py` with it.
TEST_CODE = lazyre.compile(
    r"(?:^|/)test_[^/]*\.py$|_tests?\.py$|/tests?/(?:[^/]+/)*[^/]+\.py$|"  # Python (pytest, unittest)
    r"\.(?:test|spec)\.[cm]?[jt]sx?$|/__tests__/(?:[^/]+/)*[^/]+\.[cm]?[jt]sx?$|"  # jest, vitest, mocha
    r"_test\.go$|_spec\.rb$|_test\.rb$|/spec/(?:[^/]+/)*[^/]+\.rb$|/tests/[^/]+\.rs$|"  # go test, rspec, minitest, cargo
    r"/src/test/(?:[^/]+/)*[^/]+\.(?:java|kt|kts|scala|groovy)$|Tests?\.(?:php|cs|swift)$|_test\.exs$"
)  # JVM, PHP, .NET, Elixir


#: A task header and the tasks it depends on: make's `test: ship lint`, just's `test arg: ship`, rake's `task test:
#: [:ship]` / `task :test => :ship` (the dependencies run first, whoever asks for the task).
_HEADER = lazyre.compile(r"(?m)^@?([A-Za-z_][\w.-]*)(?:[ \t]+[^\n:=]*)?[ \t]*::?(?![=])[ \t]*([^\n=#]*)$|"
                         r"^\s*task\s+:?[\"']?(\w+)[\"']?\s*(?:=>|:)\s*(\[[^\]\n]*\]|:\w+|[\"']\w+[\"'])")
#: A task that calls another of the same file (`npm run ship`, `$(MAKE) ship`, `just ship`, `run-s lint ship`).
_CALL = lazyre.compile(r"(?:\bnpm\s+run(?:-script)?|\bpnpm(?:\s+run)?|\byarn(?:\s+run)?|\bbun\s+run|\bdeno\s+task|\bjust|"
                       r"\bmake|\$[({]MAKE[)}]|\btask|\bpoe|\brun-[sp]|\bnpm-run-all|\bcomposer(?:\s+run-script)?|\brake)"
                       r"((?:\s+[A-Za-z_][\w:.-]*)+)")
_NAME = lazyre.compile(r"[A-Za-z_][\w:.-]*")


def reached(text: str, runs: list[Run], start: frozenset[str] | None = None, *, whole: bool = True) -> frozenset[str]:
    """The tasks run in this file when `start` runs (None: a routine invocation, the routine and default tasks):
    those and, through the tasks they depend on or call, every task they reach (`test: ship` runs `ship` on every
    `make test`)."""
    deps: dict[str, set[str]] = {}
    heads: list[str] = []
    for m in _HEADER.finditer(text):
        name, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        heads.append(name)
        if name and rest:
            deps.setdefault(name, set()).update(_NAME.findall(rest))
    for r in runs:
        if r.name:
            for m in _CALL.finditer(r.text):
                deps.setdefault(r.name, set()).update(_NAME.findall(m.group(1)))
    if start is None:
        todo = [r.name for r in runs if r.name and routine(r, whole)] + [h for h in heads if h and _stem(h) in ROUTINE]
    else:
        todo = [r.name for r in runs if r.name and selected(r, start)] + [n for n in start if n and n != "*"]
    seen: set[str] = set()
    while todo and len(seen) < 200:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(deps.get(n, ()))
    return frozenset(seen)
