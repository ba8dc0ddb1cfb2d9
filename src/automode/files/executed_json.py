"""The files of `files.executed` whose commands are JSON values: package.json scripts, devcontainer and VS Code task
commands, composer/deno/vercel script tables, and notebooks (a whole .ipynb or the JSON lines an Edit changes), each
read as JSON when the text parses and by patterns when it is a fragment."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.files.runs import Run
from automode.typing_lite import Any


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


_JSON_STR = r'"((?:[^"\\]|\\.)*)"'
_NPM_SCRIPT = lazyre.compile(r'"([\w:.@/+-]+)"\s*:\s*' + _JSON_STR)


def _unjson(s: str) -> str:
    try:
        v = json.loads(f'"{s}"')
        return v if isinstance(v, str) else s
    except ValueError:
        return s


def _package_json(text: str) -> Iterator[Run]:
    data = _json(text)
    if isinstance(data, dict):
        scripts = data.get("scripts")
        if isinstance(scripts, dict):
            for k, v in scripts.items():
                if isinstance(v, str):
                    yield Run(v, f"scripts.{k}", place="host" if k in LIFECYCLE else "request", name=k)
        return
    # An Edit fragment: the `"name": "command"` pairs it carries (dependencies look alike but do not parse as shell
    # that does anything: `"react": "^18.2.0"` is a command named `^18.2.0`).
    for m in _NPM_SCRIPT.finditer(text):
        v = _unjson(m.group(2))
        if " " in v or m.group(1) in LIFECYCLE:
            yield Run(v, f"scripts.{m.group(1)}", place="host" if m.group(1) in LIFECYCLE else "request", name=m.group(1))


#: npm / yarn / pnpm scripts that run by themselves on install, publish or pack.
LIFECYCLE = frozenset({"preinstall", "install", "postinstall", "prepare", "prepublish", "prepublishOnly", "prepack",
                       "postpack", "dependencies", "preuninstall", "uninstall", "postuninstall"})  # fmt: skip
DEVCONTAINER_KEYS = ("initializeCommand", "onCreateCommand", "updateContentCommand", "postCreateCommand",
                     "postStartCommand", "postAttachCommand")  # fmt: skip


def _cmd_value(v: Any) -> Iterator[str]:
    if isinstance(v, str):
        yield v
    elif isinstance(v, list) and all(isinstance(x, str) for x in v):
        import shlex

        yield shlex.join(v)
    elif isinstance(v, dict):
        for x in v.values():
            yield from _cmd_value(x)


def _strip_jsonc(text: str) -> str:
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    return re.sub(r",(\s*[}\]])", r"\1", text)


def _devcontainer(text: str) -> Iterator[Run]:
    data = _json(text) or _json(_strip_jsonc(text))
    if isinstance(data, dict):
        for k in DEVCONTAINER_KEYS:
            for c in _cmd_value(data.get(k)):
                yield Run(c, k, place="host" if k == "initializeCommand" else "runner")
        return
    for m in re.finditer(r'"(' + "|".join(DEVCONTAINER_KEYS) + r')"\s*:\s*' + _JSON_STR, text):
        yield Run(_unjson(m.group(2)), m.group(1), place="host" if m.group(1) == "initializeCommand" else "runner")


def _vscode_tasks(text: str) -> Iterator[Run]:
    data = _json(text) or _json(_strip_jsonc(text))
    tasks = data.get("tasks") if isinstance(data, dict) else None
    if isinstance(tasks, list):
        for t in tasks:
            if isinstance(t, dict) and isinstance(t.get("command"), str):
                args = [a for a in t.get("args") or [] if isinstance(a, str)]
                when = "folderOpen" if isinstance(t.get("runOptions"), dict) and t["runOptions"].get("runOn") == "folderOpen" else "task"
                yield Run(" ".join([t["command"], *args]), when, place="host" if when == "folderOpen" else "request")
        return
    found = list(re.finditer(r'"command"\s*:\s*' + _JSON_STR, text))
    for i, m in enumerate(found):  # a fragment (an Edit): `folderOpen` up to the next task's command is this task's
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        opens = "folderOpen" in text[m.start():end]
        yield Run(_unjson(m.group(1)), "folderOpen" if opens else "task", place="host" if "folderOpen" in text else "request")


_CELL_SHELL = lazyre.compile(r"^\s*%%(?:bash|sh|shell|script\s+(?:ba|z)?sh|system)\b[^\n]*\n?")
_LINE_SHELL = lazyre.compile(r"^(\s*)(?:[\w, ]+=\s*)?(?:!|%(?:sx|system|sh)\s+)(.*)$")


_JSON_SOURCE_LINE = lazyre.compile(r'(?m)^[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*,?[ \t]*$')


def _notebook(text: str) -> Iterator[Run]:
    """Notebook cells (a whole .ipynb, or the source a NotebookEdit writes): `%%bash` cells and `!cmd` / `%sx cmd`
    lines are shell the user runs with the cell; the rest is Python."""
    data = _json(text) if text.lstrip().startswith("{") else None
    cells: list[str] = []
    if isinstance(data, dict) and isinstance(data.get("cells"), list):
        for c in data["cells"]:
            if isinstance(c, dict) and c.get("cell_type") == "code":
                src = c.get("source")
                cells.append("".join(x for x in src if isinstance(x, str)) if isinstance(src, list) else src if isinstance(src, str) else "")
    elif _JSON_SOURCE_LINE.match(text) or (re.search(r'"source"\s*:\s*\[', text) and _JSON_SOURCE_LINE.search(text)):
        # An Edit of the notebook's JSON: its `source` lines are JSON strings (`"df = f(x)\\n",`); the code is their value.
        cells.append("".join(_unjson(m.group(1)) for m in _JSON_SOURCE_LINE.finditer(text)))
    else:
        cells.append(text)
    for cell in cells:
        head = _CELL_SHELL.match(cell)
        if head:
            yield Run(cell[head.end():], "cell", place="request")
            continue
        py: list[str] = []
        for line in cell.splitlines():
            m = _LINE_SHELL.match(line)
            if m:
                yield Run(m.group(2), "cell !", place="request")
                py.append(f"{m.group(1)}pass")
            elif line.lstrip().startswith("%"):
                py.append(line[: len(line) - len(line.lstrip())] + "pass")
            else:
                py.append(line)
        yield Run("\n".join(py), "cell", "code", place="request")


#: composer.json scripts that run by themselves around install and update (`composer install`).
COMPOSER_HOOKS = frozenset({"pre-install-cmd", "post-install-cmd", "pre-update-cmd", "post-update-cmd", "post-autoload-dump",
                            "pre-autoload-dump", "post-root-package-install", "post-create-project-cmd", "pre-package-install",
                            "post-package-install", "pre-package-update", "post-package-update"})  # fmt: skip


_JSON_LIST = lazyre.compile(r'"([\w:.-]+)"\s*:\s*\[((?:\s*"(?:[^"\\\n]|\\.)*"\s*,?)+)\s*\]?')


def _json_scripts(*keys: str, hooks: frozenset[str] = frozenset()) -> Callable[[str], Iterator[Run]]:
    """A JSON file whose `keys` table maps names to commands (composer `scripts`, deno `tasks`, vercel build
    commands); names in `hooks` run by themselves. Values may be a string or a list; `@name` calls another script
    and `Vendor\\Class::method` is PHP, not a command."""

    def extract(text: str) -> Iterator[Run]:
        data = _json(text) or _json(_strip_jsonc(text))
        pairs: list[tuple[str, Any]] = []
        if isinstance(data, dict):
            for k in keys:
                v = data.get(k)
                if isinstance(v, dict):
                    pairs += list(v.items())
                elif isinstance(v, str):
                    pairs.append((k, v))
        else:
            pairs = [(m.group(1), _unjson(m.group(2))) for m in _NPM_SCRIPT.finditer(text)]
            # An Edit's fragment of lists (`"post-install-cmd": ["curl … | php", "@php artisan …"]`).
            pairs += [(m.group(1), [_unjson(x) for x in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))])
                      for m in _JSON_LIST.finditer(text)]
        for name, v in pairs:
            for c in [v] if isinstance(v, str) else [x for x in v if isinstance(x, str)] if isinstance(v, list) else []:
                if c.startswith("@") or re.match(r"^[\w\\]+::\w+$", c):
                    continue
                yield Run(c, f"scripts.{name}", place="host" if name in hooks else "request", name=name)

    return extract


#: Editor settings whose value is a program the editor (or an extension) runs by itself: on opening the folder, on
#: test discovery, on save, to lint or format (VS Code and its Python, Jest, ESLint, Rust, Go, Ruff, C/C++ extensions;
#: Cursor and Windsurf read the same file). Values that are a whole command line are read as one.
VSCODE_PROGRAMS = frozenset({
    "python.testing.pytestPath", "python.defaultInterpreterPath", "python.pythonPath", "python.condaPath",
    "python.poetryPath", "python.pipenvPath", "jest.jestCommandLine", "jest.shell", "eslint.runtime", "eslint.nodePath",
    "rust-analyzer.server.path", "rust-analyzer.cargo.buildScripts.overrideCommand", "rust-analyzer.check.overrideCommand",
    "go.goroot", "go.toolsGopath", "git.path", "php.validate.executablePath", "clangd.path", "C_Cpp.clang_format_path",
    "ruff.path", "ruff.interpreter", "black-formatter.path", "mypy-type-checker.path", "pylint.path", "flake8.path",
    "isort.path", "deno.path", "terminal.integrated.shell.linux", "terminal.integrated.shell.osx",
    "terminal.integrated.automationShell.linux", "terminal.integrated.automationShell.osx", "cmake.cmakePath",
    "java.jdt.ls.java.home", "npm.binPath", "prettier.prettierPath", "biome.lspBin", "typescript.tsserver.nodePath",
})  # fmt: skip
#: Settings whose value maps names to programs or command lines (`code-runner.executorMap`, `go.alternateTools`).
VSCODE_MAPS = frozenset({"code-runner.executorMap", "code-runner.executorMapByFileExtension", "go.alternateTools",
                         "terminal.integrated.profiles.linux", "terminal.integrated.profiles.osx",
                         "terminal.integrated.profiles.windows"})  # fmt: skip
#: Settings whose value is one terminal profile (`{"path": …, "args": […]}`), started for every task or new terminal.
VSCODE_PROFILES = frozenset({"terminal.integrated.automationProfile.linux", "terminal.integrated.automationProfile.osx",
                             "terminal.integrated.automationProfile.windows"})  # fmt: skip
_VSCODE_VAR = lazyre.compile(r"\$\{(workspaceFolder|workspaceRoot|userHome|env:(\w+)|[^}]*)\}")


def _vscode_value(v: str) -> str:
    """A setting's value as a shell reads it: `${workspaceFolder}` the project, `${userHome}` the home directory."""
    def sub(m: re.Match[str]) -> str:
        if m.group(1) in ("workspaceFolder", "workspaceRoot"):
            return "."
        return "~" if m.group(1) == "userHome" else "$" + m.group(2) if m.group(2) else "vscode_value"

    return _VSCODE_VAR.sub(sub, v)


def _vscode_settings(text: str) -> Iterator[Run]:
    data = _json(text) or _json(_strip_jsonc(text))
    if not isinstance(data, dict):
        data = {m.group(1): _unjson(m.group(2)) for m in _NPM_SCRIPT.finditer(text)}  # an Edit's fragment
    for k, v in data.items():
        if k in VSCODE_PROGRAMS:
            for c in _cmd_value(v):
                if c.strip():
                    yield Run(_vscode_value(c), k)
        elif (k in VSCODE_MAPS and isinstance(v, dict)) or (k in VSCODE_PROFILES and isinstance(v, dict)):
            for x in [v] if k in VSCODE_PROFILES else list(v.values()):
                x = _profile(x) if isinstance(x, dict) else x
                for c in _cmd_value(x):
                    if c.strip():
                        yield Run(_vscode_value(c), k, place="request")


def _profile(p: dict[str, Any]) -> str | None:
    """A terminal profile as the command it starts: its `path` with its `args` (red team s20: `"args": ["-c",
    "curl … | sh; exec bash"]` runs in every new terminal; the path alone was read)."""
    import shlex

    path = p.get("path")
    if isinstance(path, list):
        path = next((x for x in path if isinstance(x, str)), None)
    if not isinstance(path, str):
        return None
    args = p.get("args")
    words = [x for x in args if isinstance(x, str)] if isinstance(args, list) else [args] if isinstance(args, str) else []
    return " ".join([path, *(shlex.quote(w) for w in words)])
