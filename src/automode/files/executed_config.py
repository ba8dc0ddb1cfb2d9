"""Files that run later, part 2: Python project and git configuration read as the commands they hold
(pyproject task runners and build requirements, `.gitconfig` settings as `git config` commands)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.files.runs import Run
from automode.typing_lite import Any

#: pyproject.toml tables whose values are commands a task runner runs by name, and the pdm hooks that run by
#: themselves around install, lock and build.
PYPROJECT_TASKS = ("tool.poe.tasks", "tool.pdm.scripts", "tool.taskipy.tasks", "tool.rye.scripts", "tool.pixi.tasks",
                   "tool.hatch.envs.*.scripts", "tool.pixi.feature.*.tasks")  # fmt: skip
PDM_HOOK = lazyre.compile(r"^(pre|post)_(install|lock|build|publish|init|use)$")
TOML_HEADER = lazyre.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
TOML_PAIR = lazyre.compile(r"""^\s*["']?([\w.:-]+)["']?\s*=\s*(.+?)\s*$""")


def _task_table(name: str) -> bool:
    return any(lazyre.built(p.replace(".", r"\.").replace("*", r"[^.]+")).fullmatch(name) for p in PYPROJECT_TASKS)


def task_cmds(v: Any) -> Iterator[str]:
    """The command lines of one task value: a string, a list of strings (hatch), or a table with `cmd`/`shell`
    (string or argv list) or `composite`/`sequence` (names of other tasks: nothing of their own)."""
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, str):
                yield x
    elif isinstance(v, dict):
        for k in ("cmd", "shell", "script"):
            c = v.get(k)
            if isinstance(c, str) and k != "script":
                yield c
            elif isinstance(c, list) and all(isinstance(x, str) for x in c):
                import shlex

                yield shlex.join(c)


def _requirement_runs(reqs: Any) -> Iterator[Run]:
    """Build requirements fetched from a URL or a repository (`name @ https://…`, `git+…`) run at every build."""
    import shlex

    for r in reqs if isinstance(reqs, list) else []:
        if isinstance(r, str) and ("://" in r or r.startswith(("git+", "hg+", "svn+")) or re.search(r"@\s*\S+:", r)):
            yield Run(f"pip install {shlex.quote(r)}", "build-system.requires")


def pyproject(text: str) -> Iterator[Run]:
    import tomllib

    try:
        data: Any = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError):
        data = None
    if isinstance(data, dict):
        # (A fragment that parses alone may hold the bare `requires = [...]` line of `[build-system]`.)
        yield from _requirement_runs((data.get("build-system") or {}).get("requires") or data.get("requires"))
        stack: list[tuple[str, Any]] = [(k, v) for k, v in data.items() if k == "tool" and isinstance(v, dict)]
        while stack:
            name, table = stack.pop()
            if _task_table(name):
                for task, v in table.items():
                    host = name == "tool.pdm.scripts" and PDM_HOOK.match(task) is not None
                    for c in task_cmds(v):
                        yield Run(c, f"{name}.{task}", place="host" if host else "request", name=task)
            elif name.count(".") < 5:
                stack += [(f"{name}.{k}", v) for k, v in table.items() if isinstance(v, dict)]
        return
    # An Edit fragment: the section headers it carries say which pairs are tasks.
    section = ""
    for line in text.splitlines():
        h = TOML_HEADER.match(line)
        if h:
            section = h.group(1).strip().replace('"', "")
            continue
        kv = TOML_PAIR.match(line)
        if kv is None:
            continue
        key, raw = kv.group(1), kv.group(2)
        try:
            v = tomllib.loads(f"v = {raw}")["v"]
        except (tomllib.TOMLDecodeError, ValueError):
            continue
        if key == "requires" and section in ("build-system", ""):
            yield from _requirement_runs(v)
        elif _task_table(section):
            host = section == "tool.pdm.scripts" and PDM_HOOK.match(key) is not None
            for c in task_cmds(v):
                yield Run(c, f"{section}.{key}", place="host" if host else "request", name=key)


_GIT_SECTION = lazyre.compile(r"""^\s*\[\s*([\w.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]""")
_GIT_PAIR = lazyre.compile(r"^\s*([A-Za-z][\w-]*)\s*(?:=\s*(.*?))?\s*$")


def gitconfig(text: str) -> Iterator[Run]:
    """Each setting as the `git config` command that would set it, so the git rules judge it (hooksPath,
    sshCommand, fsmonitor, `!` aliases, filter drivers, credential helpers, `insteadOf`, sslVerify ...)."""
    import shlex

    section = ""
    for line in text.splitlines():
        s = line.split(" #", 1)[0].split(" ;", 1)[0] if not line.lstrip().startswith(("#", ";")) else ""
        h = _GIT_SECTION.match(s)
        if h:
            section = h.group(1) + (f".{h.group(2)}" if h.group(2) is not None else "")
            s = s[h.end():]
        kv = _GIT_PAIR.match(s) if s.strip() and section else None
        if kv is None:
            continue
        value = (kv.group(2) or "true").strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        yield Run(f"git config {shlex.quote(f'{section}.{kv.group(1)}')} {shlex.quote(value)}", f"{section}.{kv.group(1)}")
