"""Files that something runs later, and what they will run (issue 11 §1).

`TABLE` is the knowledge: a path pattern -> an extractor kind. An extractor turns the text of such a file (a whole
file or an Edit fragment) into `Run`s: shell text (a recipe, a CI `run:` step, a lifecycle script, a hook, an
`initializeCommand`) or Python source (conftest.py, setup.py), each labelled with where it sits. The analysis
lowers them like a Bash command, so every shell rule applies to what the file will run.

Pure and linear: regular expressions and the `yamlish` line scanner; JSON through `json` when the text parses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.files import autorun, executed_build, yamlish
from automode.files.buildfiles import flow_list, pom
from automode.files.executed_config import TOML_HEADER, TOML_PAIR, gitconfig, pyproject, task_cmds
from automode.files.executed_json import (
    COMPOSER_HOOKS,
    _devcontainer,
    _json,
    _json_scripts,
    _notebook,
    _package_json,
    _vscode_settings,
    _vscode_tasks,
)
from automode.files.runs import Lang as Lang  # re-exported: callers import them here
from automode.files.runs import Place as Place
from automode.files.runs import Run


# --------------------------------------------------------------------------- extractors
def _shell(text: str) -> Iterator[Run]:
    yield Run(text, "script")


#: direnv's standard library (`direnv stdlib`): what each function does in shell terms. Loading a dotenv file only
#: parses KEY=VALUE lines into the environment (nothing is printed or run); `source_env` runs another .envrc.
DIRENV = {"dotenv": "", "dotenv_if_exists": "", "source_env": "source", "source_env_if_exists": "source", "source_up": "",
          "source_up_if_exists": "", "watch_file": "", "watch_dir": "", "layout": "", "use": "", "PATH_add": "",
          "path_add": "", "MANPATH_add": "", "log_status": "", "log_error": "", "strict_env": "", "unstrict_env": "",
          "env_vars_required": "", "has": "", "expand_path": "", "find_up": "", "direnv_load": "", "on_git_branch": "",
          "fetchurl": "curl -fsSL"}  # fmt: skip
_DIRENV_LINE = lazyre.compile(r"^(\s*)(" + "|".join(sorted(DIRENV, key=len, reverse=True)) + r")\b", re.M)


#: `source_url URL HASH` (direnv stdlib) fetches URL and sources it only if it matches the integrity hash: content
#: pinned like an action pinned to a commit SHA. Without a hash it is a download run.
_SOURCE_URL_PINNED = lazyre.compile(r"""(?m)^(\s*)source_url\s+["']?\S+?["']?\s+["']?sha(?:256|384|512)-[A-Za-z0-9+/=]{20,}["']?\s*$""")
_SOURCE_URL = lazyre.compile(r"""(?m)^(\s*)source_url\s+["']?(\S+?)["']?(?=\s|$)""")


def _envrc(text: str) -> Iterator[Run]:
    text = _SOURCE_URL.sub(r"\1source <(curl -fsSL \2)", _SOURCE_URL_PINNED.sub(r"\1:", text))
    yield Run(_DIRENV_LINE.sub(lambda m: m.group(1) + (DIRENV[m.group(2)] or ":"), text), "script")


def _python(text: str) -> Iterator[Run]:
    yield Run(text, "module", "python")


def _code(text: str) -> Iterator[Run]:
    yield Run(text, "code", "code")


_MAKEVAR = lazyre.compile(r"\$[({]([A-Za-z_][\w.-]*)[)}]")
_MAKEFN = lazyre.compile(r"\$\((shell|wildcard|patsubst|subst|dir|notdir|basename|addprefix|addsuffix|foreach|call|abspath)\b")


def _make_text(line: str, values: dict[str, str] | None = None) -> str:
    """A recipe line as the shell sees it: the makefile's simple variables their values (`X = rm` makes `$(X) -rf`
    `rm -rf`: red team s13), other make variables plain words (`$(BUILD)` -> `BUILD`, so a relative path stays
    relative), `$$` the shell's `$`, the `@`/`-`/`+` prefixes go."""
    line = line.lstrip("@-+ \t")
    line = _MAKEFN.sub("$(", line)  # `$(shell cmd)` runs cmd: keep it a substitution the shell parser reads
    vals = values or {}
    line = _MAKEVAR.sub(lambda m: "$HOME" if m.group(1) == "HOME" else vals.get(m.group(1), "make_" + m.group(1)), line)
    return line.replace("$$", "$")


def _joined(cur: list[str]) -> str:
    """Continued recipe lines as the shell gets them: make hands on the backslash-newline, the shell drops it
    (`r\\` + `m -rf ~` is `rm -rf ~`)."""
    return "".join(x[:-1] if x.rstrip().endswith("\\") else x for x in (y.rstrip() if y.rstrip().endswith("\\") else y for y in cur))


_MAKE_RULE = lazyre.compile(r"^([^\s:=#][^:=#]*?)\s*::?(?![=])")


_MAKE_INCLUDE = lazyre.compile(r"^-?(?:s?include)\s+(\S.*)$")


def _makefile(text: str) -> Iterator[Run]:
    """Recipe lines (tab-indented after a target), continuation lines joined; `$(shell ...)` assignments too. Each
    recipe line carries its rule's first target (and whether it is the default goal, the first ordinary target)."""
    from automode.shell.later import make_vars

    values = make_vars(text)
    cur: list[str] = []
    target, first, default = "", "", False
    for raw in text.splitlines():
        if raw.startswith("\t") or (cur and cur[-1].rstrip().endswith("\\")):
            cur.append(raw[1:] if raw.startswith("\t") else raw)
            if not raw.rstrip().endswith("\\"):
                yield Run(_make_text(_joined(cur), values), "recipe", place="request", name=target, default=default)
                cur = []
            continue
        if cur:
            yield Run(_make_text(_joined(cur), values), "recipe", place="request", name=target, default=default)
            cur = []
        rule = _MAKE_RULE.match(raw)
        if rule is not None:
            target = rule.group(1).split()[0] if rule.group(1).split() else ""
            default = not first and not target.startswith(".") and "%" not in target
            first = first or (target if default else "")
        m = re.search(r"\$\(shell\s+([^)]*)\)", raw)
        if m:
            yield Run(m.group(1), "$(shell)")
        inc = _MAKE_INCLUDE.match(raw)
        if inc is not None:  # another makefile read on every run: its recipes and `$(shell)`s run too
            yield from (Run(f"make -f {f}", "include") for f in inc.group(1).split()[:8])
    if cur:
        yield Run(_make_text(_joined(cur), values), "recipe", place="request", name=target, default=default)


_JUST_RECIPE = lazyre.compile(r"^@?([A-Za-z_][\w-]*)(?:\s[^:=]*)?:(?!=)")


def _justfile(text: str) -> Iterator[Run]:
    """Indented lines under a recipe header; a shebang recipe is one script. Each carries its recipe's name."""
    name, default = "", False
    for raw in text.splitlines():
        head = _JUST_RECIPE.match(raw)
        if head is not None:
            name = head.group(1)
            default = name == "default"  # (a bare `just` runs the first recipe, but agents run `just --list`)
        if raw[:1] in (" ", "\t") and raw.strip() and not raw.strip().startswith("#"):
            yield Run(re.sub(r"\{\{[^}]*\}\}", "just_arg", raw.strip().lstrip("@-")), "recipe", place="request", name=name,
                      default=default)
        imp = re.match(r"""^(?:import\??|mod\??\s+\w+)\s+['"]([^'"]+)['"]""", raw)
        if imp is not None:  # another justfile read on every run
            yield Run(f"just -f {imp.group(1)}", "import")


_ADD_URL = lazyre.compile(r"\s*ADD\s+(?:--[\w-]+=\S+\s+)*(https?://\S+)\s+(\S+)\s*$", re.I)


def _dockerfile(text: str) -> Iterator[Run]:
    joined = re.sub(r"\\\r?\n", " ", text)
    fetched: dict[str, str] = {}  # where `ADD <url> <dest>` put a download -> its URL
    for line in joined.splitlines():
        add = _ADD_URL.match(line)
        if add:
            dest = add.group(2).rstrip("/") + ("/" + add.group(1).rsplit("/", 1)[-1] if add.group(2).endswith("/") else "")
            fetched[dest] = add.group(1)
            continue
        m = re.match(r"\s*RUN\s+(?:--[\w-]+=\S+\s+)*(.*)$", line, re.I)
        start = re.match(r"\s*(?:ENTRYPOINT|CMD)\s+(.*)$", line, re.I) if not m else None
        if start is not None:  # the container starts with a file ADD downloaded: the download run at every start
            for dest, url in fetched.items():
                if re.search(r"(?:^|[\s\"'\[,])" + re.escape(dest) + r"(?=[\s\"',\]]|$)", start.group(1)):
                    yield Run(f"curl -fsSL {url} | sh", "ENTRYPOINT", place="runner")
            continue
        if not m:
            continue
        body = m.group(1).strip()
        if body.startswith("["):
            try:
                argv = json.loads(body)
            except ValueError:
                argv = None
            if isinstance(argv, list) and all(isinstance(x, str) for x in argv):
                if len(argv) >= 3 and argv[0].rsplit("/", 1)[-1] in ("sh", "bash") and argv[1] == "-c":
                    body = argv[2]
                else:
                    import shlex

                    body = shlex.join(argv)
        for dest, url in fetched.items():
            # A file ADD downloaded, run here (`sh /tmp/setup.sh`, `/tmp/setup.sh`): the download piped to a shell.
            if re.search(r"(?:^|[;&|(]\s*|\b(?:ba|da|z)?sh\s+(?:-\w+\s+)*|\bsource\s+|\.\s+)" + re.escape(dest) + r"(?=\s|$|[;&|)])", body):
                body = f"curl -fsSL {url} | sh; {body}"
        yield Run(body, "RUN", place="runner")


_GHA_EXPR = lazyre.compile(r"\$\{\{[^}]*\}\}")


_CI_VALUE = lazyre.compile(r"\$\{\{\s*(?:secrets|env|vars)\.([A-Za-z_]\w*)\s*\}\}")


def _ci_text(v: str) -> str:
    # `${{ expr }}` is filled in by the runner before the shell sees the step. A secret, variable or env value is
    # the variable of that name to the shell (so sending `${{ secrets.DB_PASSWORD }}` is a secret leaving, as
    # `$DB_PASSWORD` would be); any other expression is a plain word.
    return _GHA_EXPR.sub("CI_EXPR", _CI_VALUE.sub(r"${\1}", v))


#: A bare item of a YAML list (`- make test`), not a mapping (`- name: x`), a quoted key or an anchor.
_BARE_ITEM = lazyre.compile(r"""^\s*-\s+(?![\w.-]+\s*:(?:\s|$))(?!["'][^"']*["']\s*:)(?![&*!])(\S.*?)\s*$""")


def _task_name(path: tuple[str, ...] | list[str]) -> str:
    """A Taskfile's task name (`tasks.test.cmds`): what `task test` runs."""
    return path[1] if len(path) > 1 and path[0] == "tasks" else ""


def _yaml_keys(*keys: str, place: Place = "runner") -> Callable[[str], Iterator[Run]]:
    def extract(text: str) -> Iterator[Run]:
        found = False
        for it in yamlish.values(text, *keys):
            if it.value and not it.value.startswith(("[", "{")):
                found = True
                yield Run(_ci_text(it.value), ".".join((*it.path[-2:], it.key or "-")), place=place, name=_task_name(it.path))
            elif it.value.startswith("["):
                for part in re.findall(r"""["']([^"']+)["']""", it.value):
                    found = True
                    yield Run(_ci_text(part), ".".join((*it.path[-2:], it.key or "-")), place=place, name=_task_name(it.path))
        if not found:
            # An Edit's fragment from inside a script list (`          - printenv | curl -d @- …`): the key above it is
            # not in the fragment, so its bare items are read as the commands they most likely are (an item of
            # `branches:` or `needs:` read as a command does nothing a runner rule keeps).
            for line in text.splitlines():
                m = _BARE_ITEM.match(line)
                if m is not None and " " in m.group(1):
                    yield Run(_ci_text(m.group(1).strip("'\"")), "fragment.-", place=place)

    return extract


def _precommit(text: str) -> Iterator[Run]:
    """Local hooks run their `entry` (with `language: system|script|unsupported*`, a command line)."""
    for it in yamlish.values(text, "entry"):
        if it.value:
            yield Run(it.value, "hooks.entry")


def _idea(text: str) -> Iterator[Run]:
    for m in re.finditer(r'name="(?:SCRIPT_TEXT|INTERPRETER_OPTIONS|PROGRAM_PARAMETERS)"\s+value="([^"]*)"', text):
        import html

        yield Run(html.unescape(m.group(1)), "run configuration", place="request")


def _kubeconfig(text: str) -> Iterator[Run]:
    """`users[].user.exec: {command, args}`: kubectl runs it for every request."""
    import shlex

    cmd: str | None = None
    args: list[str] = []
    for it in yamlish.scan(text):
        if "exec" in it.path[-2:] or it.path[-1:] == ("args",):
            if it.key == "command":
                if cmd is not None:
                    yield Run(shlex.join([cmd, *args]), "user.exec")
                cmd, args = it.value, []
            elif it.key == "" and it.path[-1] == "args":
                args.append(it.value)
            elif it.key == "args" and it.value.strip().startswith("["):
                args = flow_list(it.value)  # `args: ["-c", "curl ..."]`
    if cmd is not None:
        yield Run(shlex.join([cmd, *args]), "user.exec")


def _ssh_config(text: str) -> Iterator[Run]:
    for m in re.finditer(r"(?im)^\s*(ProxyCommand|LocalCommand|KnownHostsCommand|Match\s+exec)\s*=?\s*(.+)$", text):
        cmdline = m.group(2).strip().strip('"')
        if cmdline.lower() != "none":
            yield Run(re.sub(r"%[a-zA-Z%]", "ssh_token", cmdline), m.group(1))


def _go(text: str) -> Iterator[Run]:
    for m in re.finditer(r"(?m)^//go:generate\s+(.+)$", text):
        yield Run(m.group(1), "go:generate", place="request")
    yield Run(text, "code", "code", place="request")


#: tox's substitutions (tox.wiki "Substitutions"): the places they name, as shell text (red team s14: `rm -rf
#: {homedir}` was read as a project path named `{homedir}`). Another `{…}` is left to the shell's reading.
_TOX_SUBS = {"homedir": "~", "toxinidir": ".", "tox_root": ".", "toxworkdir": ".tox", "work_dir": ".tox",
             "envdir": ".tox/env", "env_dir": ".tox/env", "envtmpdir": ".tox/env/tmp", "env_tmp_dir": ".tox/env/tmp",
             "envlogdir": ".tox/env/log", "envsitepackagesdir": ".tox/env/lib", "envpython": "python",
             "envbindir": ".tox/env/bin", "temp_dir": ".tox/.tmp", "distdir": ".tox/dist", "/": "/", ":": ":",
             "posargs": ""}  # fmt: skip
_TOX_SUB = lazyre.compile(r"\{(env:(\w+)(?::([^{}]*))?|[\w/:]+)(?::[^{}]*)?\}")


def _tox_text(cmdline: str) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(2):  # `{env:HOME}`, `{env:X:default}`
            return "~" if m.group(2) in ("HOME", "USERPROFILE") else "${" + m.group(2) + (":-" + m.group(3) if m.group(3) else "") + "}"
        return _TOX_SUBS.get(m.group(1), m.group(0))

    return _TOX_SUB.sub(sub, cmdline)


def _tox(text: str) -> Iterator[Run]:
    """Each env's commands, named by the env (`[testenv]` is what a bare `tox` runs for every env of the list)."""
    cur = False
    env = ""
    for raw in text.splitlines():
        sec = re.match(r"\s*\[(?:tox:)?testenv(?::([^\]]+))?\]", raw)
        if sec is not None:
            env = sec.group(1) or ""
        elif raw.lstrip().startswith("["):
            env = "-"
        m = re.match(r"\s*(commands(?:_pre|_post)?|allowlist_externals)\s*=\s*(.*)$", raw)
        if m:
            cur = m.group(1).startswith("commands")
            if cur and m.group(2).strip():
                yield Run(_tox_text(m.group(2).strip()), m.group(1), place="request", name=env or "test", default=not env)
            continue
        if cur and raw[:1] in (" ", "\t") and raw.strip():
            yield Run(_tox_text(raw.strip()), "commands", place="request", name=env or "test", default=not env)
        else:
            cur = False


def _jenkins(text: str) -> Iterator[Run]:
    for m in re.finditer(r"""\bsh\s*\(?\s*(?:script\s*:\s*)?(?:'''(.*?)'''|\"\"\"(.*?)\"\"\"|'([^'\n]*)'|"([^"\n]*)")""", text, re.S):
        yield Run(next(g for g in m.groups() if g is not None), "sh", place="runner")


def _pkgconf(text: str) -> Iterator[Run]:
    """Package-manager settings that name a program to run: npm `script-shell`, cargo `runner`/`rustc-wrapper`."""
    for m in re.finditer(r"(?m)^\s*(script-shell|shell|runner|rustc-wrapper|rustc-workspace-wrapper|linker|ar)\s*=\s*(.+)$", text):
        raw = m.group(2).strip()
        v = (_json(raw) if raw.startswith('"') and raw.endswith('"') else None) or raw.strip("\"'")  # (`"sh -c \"…\""`)
        if v.startswith("["):
            v = " ".join(re.findall(r"""["']([^"']+)["']""", v))
        if v:
            yield Run(v, m.group(1))
    for m in re.finditer(r"(?m)^\s*node-options\s*=\s*(.+)$", text):
        # `--require X`, `-r X`, `--import X`, `--loader X`: node loads X before every script npm runs
        for f in re.findall(r"(?:--require|-r|--import|--loader|--experimental-loader)[= ]\s*[\"']?([^\s\"']+)", m.group(1)):
            yield Run(f, "node-options")


_RAKE_TASK = lazyre.compile(r"(?m)^\s*(?:multi)?task\s+:?[\"']?(\w+)")


def _rakefile(text: str) -> Iterator[Run]:
    """Rake tasks' `sh "..."` / `system("...")` / backticks, run by name; the rest is Ruby code."""
    heads = [(m.start(), m.group(1)) for m in _RAKE_TASK.finditer(text)]
    for m in re.finditer(r"""\b(?:sh|system|ruby)\s*\(?\s*(?:'([^'\n]*)'|"([^"\n]*)")|`([^`\n]+)`|%x[({]([^)}\n]+)[)}]""", text):
        name = next((n for at, n in reversed(heads) if at < m.start()), "")  # the task it sits in
        yield Run(next(g for g in m.groups() if g is not None), "task", place="request", name=name)
    yield Run(text, "code", "code", place="request")


def _cmake(text: str) -> Iterator[Run]:
    """`execute_process(COMMAND ...)` runs when the build is configured; `add_custom_command/target(COMMAND ...)` when
    it is built."""
    import shlex

    for m in re.finditer(r"\b(execute_process|add_custom_command|add_custom_target)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)", text, re.I):
        for c in re.split(r"\bCOMMAND\b", m.group(2))[1:]:
            c = re.split(r"\b(?:WORKING_DIRECTORY|OUTPUT_VARIABLE|RESULT_VARIABLE|ERROR_VARIABLE|DEPENDS|OUTPUT|BYPRODUCTS|COMMENT|"
                         r"VERBATIM|USES_TERMINAL|ALL|TIMEOUT|OUTPUT_STRIP_TRAILING_WHITESPACE|ERROR_QUIET|OUTPUT_QUIET)\b", c)[0]
            try:
                argv = shlex.split(re.sub(r"\$\{(\w+)\}", r"cmake_\1", c))
            except ValueError:
                continue
            if argv:
                yield Run(shlex.join(argv) if not (len(argv) >= 3 and argv[1] == "-c") else f"{argv[0]} -c {shlex.quote(argv[2])}",
                          m.group(1), place="host" if m.group(1).lower() == "execute_process" else "request")
    yield from executed_build.cmake_downloads(text)  # `file(DOWNLOAD …)` + `include(…)`, vcpkg's process calls


def _nix(text: str) -> Iterator[Run]:
    """`shellHook = '' ... ''` (and devenv's `enterShell`): runs on `nix develop`, and on every `cd` with direnv."""
    for m in re.finditer(r"\b(shellHook|enterShell|enterTest|exec)\s*=\s*(?:''(.*?)(?:''\s*;|\Z)|\"((?:\\.|[^\"\\])*)\")", text, re.S):
        if m.group(2) is not None:
            yield Run(m.group(2).replace("''$", "$"), m.group(1))
        else:  # a double-quoted string: `shellHook = "curl … | sh";`
            yield Run(m.group(3).replace('\\"', '"').replace("\\$", "$"), m.group(1))


def _toml_commands(keys: dict[str, Place]) -> Callable[[str], Iterator[Run]]:
    """TOML files whose keys hold commands (`netlify.toml` `command`, `mise.toml` `run` and `hooks.*`)."""

    def extract(text: str) -> Iterator[Run]:
        import tomllib

        section = ""
        for line in text.splitlines():
            h = TOML_HEADER.match(line)
            if h:
                section = h.group(1).strip()
                continue
            kv = TOML_PAIR.match(line)
            if kv is None:
                continue
            try:
                v = tomllib.loads(f"v = {kv.group(2)}")["v"]
            except (tomllib.TOMLDecodeError, ValueError):
                continue
            key = f"{section}.{kv.group(1)}" if section else kv.group(1)
            place = next((p for pat, p in keys.items() if re.fullmatch(pat, key)), None)
            if place is not None:
                for c in task_cmds(v):
                    yield Run(c, key, place=place)

    return extract


def _procfile(text: str) -> Iterator[Run]:
    for m in re.finditer(r"(?m)^\s*([\w-]+)\s*:\s*(.+)$", text):
        yield Run(m.group(2), m.group(1), place="request")


def _vagrant(text: str) -> Iterator[Run]:
    """Shell provisioners' `inline:` scripts run in the VM when it is brought up (like a container build)."""
    for m in re.finditer(r"""\binline\s*(?::|=>)\s*(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|<<-?~?(\w+)\n(.*?)\n\s*\3)""", text, re.S):
        body = m.group(1) if m.group(1) is not None else m.group(2) if m.group(2) is not None else m.group(4)
        yield Run(body or "", "provision", place="runner")
    yield Run(text, "code", "code", place="request")


Extractor = Callable[[str], Iterator[Run]]
#: Maven's default lifecycle up to `verify`: a plugin bound to one of these phases runs on every `mvn test`,
#: `mvn package` or `mvn verify`, routine builds whoever runs them (`files.routine_tasks`).
MVN_ROUTINE_PHASES = frozenset({"validate", "initialize", "generate-sources", "process-sources", "generate-resources",
                                "process-resources", "compile", "process-classes", "generate-test-sources",
                                "process-test-sources", "generate-test-resources", "process-test-resources", "test-compile",
                                "process-test-classes", "test", "prepare-package", "package", "pre-integration-test",
                                "integration-test", "post-integration-test", "verify"})  # fmt: skip
_POM_PLUGIN = lazyre.compile(r"(?s)<plugin>.*?</plugin>")
_POM_PHASE = lazyre.compile(r"<phase>\s*([\w-]+)\s*</phase>")


def pom_runs(text: str) -> Iterator[Run]:
    """POMs run when someone builds (by name), like a Makefile recipe (`files.buildfiles.pom`); a plugin bound to a
    phase of the routine lifecycle (`test`, `package`, `verify` ...) is named for it, the routine build."""
    blocks = _POM_PLUGIN.findall(text) if "<plugin>" in text else []
    phased = [(b, _POM_PHASE.search(b)) for b in blocks]
    routine = "\n".join(b for b, p in phased if p is not None and p.group(1) in MVN_ROUTINE_PHASES)
    done = set()
    if routine:
        for body, where in pom(routine):
            done.add(body)
            yield Run(body, where, place="request", name="test")
    for body, where in pom(text):
        if body not in done:
            yield Run(body, where, place="request")


EXTRACTORS: dict[str, Extractor] = {
    "shell": _shell, "envrc": _envrc, "python": _python, "code": _code, "make": _makefile, "just": _justfile,
    "dockerfile": _dockerfile, "npm": _package_json, "devcontainer": _devcontainer, "vscode-tasks": _vscode_tasks,
    "vscode-settings": _vscode_settings,
    "idea": _idea, "kubeconfig": _kubeconfig, "ssh": _ssh_config, "go": _go, "tox": _tox, "jenkins": _jenkins,
    "pkgconf": _pkgconf, "precommit": _precommit, "pyproject": pyproject, "gitconfig": gitconfig, "notebook": _notebook,
    "pom": pom_runs, "composer": _json_scripts("scripts", hooks=COMPOSER_HOOKS), "deno": _json_scripts("tasks"),
    "vercel": _json_scripts("buildCommand", "installCommand", "devCommand"), "rake": _rakefile, "cmake": _cmake, "nix": _nix,
    "netlify": _toml_commands({r"build\.command|context\.[\w.-]+\.command|dev\.command": "runner"}),
    "mise": _toml_commands({r"hooks\.\w+|env\._\.source": "host", r"tasks\.[\w.:-]+\.run|tasks\.[\w.:-]+": "request"}),
    "procfile": _procfile, "vagrant": _vagrant,
    "gitpod": _yaml_keys("init", "before", "command", place="host"),
    "cloudinit": _yaml_keys("runcmd", "bootcmd", place="runner"),
    "earthly": _dockerfile,
    "gha": _yaml_keys("run"), "taskfile": _yaml_keys("cmds", "cmd", place="request"), "lefthook": _yaml_keys("run", place="host"),
    "gitlab": _yaml_keys("script", "before_script", "after_script"),
    "ci": _yaml_keys("run", "command", "commands", "script", "bash", "install", "before_install", "before_script",
                     "after_success", "steps"),
}  # fmt: skip

#: Path pattern -> extractor kind, first match wins. Patterns see the absolute, normalised path.
TABLE: tuple[tuple[str, str], ...] = (
    (r"/\.git/hooks/(?!.*\.sample$)[^/]+$|/\.husky/(?!_/)[^/]+$|/\.githooks/[^/]+$", "shell"),  # git hooks
    # a virtual environment's activation scripts and virtualenvwrapper's hooks: the user's shell sources them
    (r"/bin/(?:activate|activate\.(?:sh|bash|zsh|fish|csh|nu)|postactivate|preactivate|postdeactivate)$", "shell"),
    # Shell startup files (in the home directory or a dotfiles repository): every new shell runs them.
    (r"/\.(?:bashrc|bash_profile|bash_login|bash_aliases|profile|zshrc|zshenv|zprofile|zlogin|kshrc|mkshrc)$", "rc"),
    (r"/pom\.xml$", "pom"),
    (r"/\.envrc$", "envrc"),  # direnv: runs on `cd`
    (r"/conftest\.py$|/setup\.py$|/noxfile\.py$|/fabfile\.py$|/dodo\.py$|/sitecustomize\.py$|/usercustomize\.py$|"
     r"/_?build_backend\w*\.py$|/hatch_build\.py$|/build\.py$", "python"),
    (r"/build\.rs$|(^|/)(init|[\w.-]+\.init)\.gradle(\.kts)?$|/\.gradle/init\.d/[^/]+$|/build\.gradle(\.kts)?$|"
     r"/settings\.gradle(\.kts)?$", "code"),
    # Ruby that Bundler or CocoaPods evaluates on every `bundle install|exec`, `pod install`: run by itself
    (r"/Gemfile$|/gems\.rb$|\.gemspec$|/Podfile$", "code"),
    (r"/(GNU)?[Mm]akefile$|\.mk$", "make"),
    (r"/\.?[Jj]ustfile$", "just"),
    (r"/Taskfile(\.dist)?\.ya?ml$", "taskfile"),
    (r"/package\.json$", "npm"),
    (r"\.go$", "go"),
    (r"/\.devcontainer(/[^/]+)?/devcontainer\.json$|/\.devcontainer\.json$", "devcontainer"),
    (r"/(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.[Dd]ockerfile$", "dockerfile"),
    (r"/\.github/workflows/[^/]+\.ya?ml$|/action\.ya?ml$", "gha"),
    (r"/\.gitlab-ci\.ya?ml$|/\.gitlab/ci/[^/]+\.ya?ml$", "gitlab"),
    (r"/\.circleci/config\.ya?ml$|/azure-pipelines\.ya?ml$|/bitbucket-pipelines\.ya?ml$|/\.drone\.ya?ml$|"
     r"/\.travis\.ya?ml$|/\.buildkite/[^/]+\.ya?ml$|/cloudbuild\.ya?ml$|/\.woodpecker(/[^/]+)?\.ya?ml$", "ci"),
    (r"/Jenkinsfile$", "jenkins"),
    (r"/\.pre-commit-config\.ya?ml$|/\.pre-commit-hooks\.ya?ml$", "precommit"),
    (r"/lefthook(-local)?\.ya?ml$|/\.lefthook\.ya?ml$", "lefthook"),
    (r"/\.vscode/tasks\.json$", "vscode-tasks"),
    (r"/\.(?:vscode|cursor|windsurf)/settings\.json$", "vscode-settings"),
    (r"/\.idea/(runConfigurations/[^/]+|workspace)\.xml$|\.run\.xml$", "idea"),
    (r"/\.kube/config$|/\.kube/[^/]+\.ya?ml$|/kubeconfig[\w.-]*$|\.kubeconfig$", "kubeconfig"),
    (r"/\.ssh/config$|/\.ssh/config\.d/[^/]+$|^/etc/ssh/ssh_config(\.d/[^/]+)?$", "ssh"),
    (r"/tox\.ini$", "tox"),
    (r"/\.npmrc$|/\.yarnrc$|/\.cargo/config(\.toml)?$", "pkgconf"),
    (r"/pyproject\.toml$", "pyproject"),
    (r"\.ipynb$", "notebook"),
    (r"/composer\.json$", "composer"),
    (r"/deno\.jsonc?$", "deno"),
    (r"/vercel\.json$", "vercel"),
    (r"/Rakefile$|\.rake$", "rake"),
    (r"/CMakeLists\.txt$|\.cmake$", "cmake"),
    (r"/(flake|shell|default|devenv)\.nix$", "nix"),
    (r"/netlify\.toml$", "netlify"),
    (r"/\.?mise(\.local)?\.toml$|/\.mise/config\.toml$|/\.config/mise/config\.toml$", "mise"),
    (r"/Procfile(\.[\w-]+)?$", "procfile"),
    (r"/Vagrantfile$", "vagrant"),
    (r"/\.gitpod\.ya?ml$", "gitpod"),
    (r"/(user-data|cloud-init\.ya?ml|cloud-config\.ya?ml)$", "cloudinit"),
    (r"/Earthfile$", "earthly"),
    (r"/\.git/config$|/\.gitconfig$|/\.config/git/config$|/\.gitconfig\.local$|^/etc/gitconfig$", "gitconfig"),
    *((p, k) for p, k, _ in autorun.PLACES),  # services, schedulers, autostart, start-up files of programs
    *executed_build.PLACES,  # build files of the other ecosystems (sbt, MSBuild, Bazel, Terraform, Ansible ...)
)
EXTRACTORS.update(autorun.EXTRACTORS)
EXTRACTORS.update(executed_build.EXTRACTORS)
_ONE = lazyre.compile("|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(TABLE)))
_KINDS = {f"k{i}": k for i, (_, k) in enumerate(TABLE)}
#: Base names and suffixes some pattern can match: the first test, so that most edits never run the table's search.
_NAMES = frozenset({"activate", "activate.sh", "activate.bash", "activate.zsh", "activate.fish", "activate.csh",
                    "activate.nu", "postactivate", "preactivate", "postdeactivate", "pom.xml", "conftest.py", "setup.py", "noxfile.py", "fabfile.py", "dodo.py", "sitecustomize.py", "usercustomize.py",
                    "hatch_build.py", "build.py", "build.rs", "Gemfile", "gems.rb", "Podfile", "Makefile", "makefile", "GNUmakefile", "Justfile", "justfile",
                    ".justfile", "package.json", "Dockerfile", "Containerfile", "Jenkinsfile", "tox.ini", ".envrc", ".env.sh",
                    "action.yml", "action.yaml", ".gitlab-ci.yml", ".gitlab-ci.yaml", "azure-pipelines.yml",
                    "azure-pipelines.yaml", "bitbucket-pipelines.yml", ".drone.yml", ".travis.yml", "cloudbuild.yaml",
                    "cloudbuild.yml", ".pre-commit-config.yaml", ".pre-commit-config.yml", ".pre-commit-hooks.yaml",
                    "lefthook.yml", "lefthook.yaml", ".lefthook.yml", "lefthook-local.yml", ".npmrc", ".yarnrc", "Taskfile.yml",
                    "Taskfile.yaml", "Taskfile.dist.yml", "pyproject.toml", "composer.json", "deno.json", "deno.jsonc", "vercel.json",
                    "Rakefile", "CMakeLists.txt", "flake.nix", "shell.nix", "default.nix", "devenv.nix", "netlify.toml", "mise.toml",
                    ".mise.toml", "mise.local.toml", ".mise.local.toml", "Vagrantfile", ".gitpod.yml", ".gitpod.yaml", "user-data",
                    "cloud-init.yaml", "cloud-init.yml", "cloud-config.yaml", "cloud-config.yml", "Earthfile", ".gitconfig", ".gitconfig.local", "gitconfig", "init.gradle", "build.gradle", "settings.gradle", "build.gradle.kts",
                    "settings.gradle.kts", ".devcontainer.json", ".woodpecker.yml"})  # fmt: skip
_SUFFIXES = (".ipynb", ".gemspec", ".rake", ".cmake", ".mk", ".go", ".dockerfile", ".Dockerfile", ".kubeconfig", ".init.gradle", ".init.gradle.kts", ".run.xml")


def kind_of(path: str) -> str | None:
    """The extractor kind for a file path, or None when nothing runs it."""
    base = path[path.rfind("/") + 1:]
    if base not in _NAMES and not path.endswith(_SUFFIXES) and "/." not in path and not base.startswith(
            ("Dockerfile", "Containerfile", "kubeconfig", "_build_backend", "build_backend", "Procfile")) and not path.startswith("/etc/ssh/") \
            and not autorun.maybe(path) and not executed_build.maybe(path):  # fmt: skip
        return None
    m = _ONE.search(path)
    return _KINDS[m.lastgroup] if m is not None and m.lastgroup is not None else None


#: A configuration file no row names: its command keys are read by `executed_build.fallback` (not a place that runs
#: later by itself, so `kind_of` does not name it).
fallback_kind = executed_build.fallback_kind


def runs(kind: str, text: str) -> list[Run]:
    if not text.strip():
        return []
    return list(EXTRACTORS[kind](text))
