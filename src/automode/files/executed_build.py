"""Files that run later, part 3: the build files of the ecosystems beyond Python, npm, Make and CI (session 8 matrix).

Each row of `PLACES` is a file a build, install or deploy command reads and whose commands it then runs: what the
row's extractor returns is judged as if it ran now (`files.executed` merges the rows into its table), so a download
run, a secret sent out or a delete outside the project inside an sbt task, an MSBuild `<Exec>`, a Bazel `genrule`,
a rebar3 hook or a Terraform `local-exec` is caught like the same line in a Makefile; a benign step stays routine.

`FALLBACK` covers the ecosystems the table does not list: in a configuration file (YAML, TOML, JSON, INI, XML, HCL)
a value under a key whose name says it holds a command (`command`, `cmd`, `script`, `run`, `exec`, `hook`,
`*_command`, `pre*`/`post*`) that carries code (a pipe into a shell, a download, `sh -c`: `knowledge.carriers`)
is run later by whatever reads that file, and is judged the same way.

Sources, one per row, are in `PLACES`. Pure: regular expressions over the text.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.files import executed_toolrc, executed_workflows
from automode.files.runs import Run


def _unxml(s: str) -> str:
    return (s.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&#xA;", "\n").replace("&#10;", "\n").replace("&#xD;", "").replace("&amp;", "&"))  # fmt: skip


_STR = lazyre.compile(r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'')


def _strings(s: str) -> list[str]:
    """The string literals of a list (`'a', 'b'`, `"a" "b"`, `[ "a", "b" ]`), escapes undone."""
    return [(m.group(1) if m.group(1) is not None else m.group(2)).replace('\\"', '"').replace("\\'", "'").replace("\\\\", "\\")
            for m in _STR.finditer(s)]  # fmt: skip


def _argv(items: list[str]) -> str:
    """An argument vector as one shell line; `sh -c 'SCRIPT'` keeps SCRIPT a script the shell parser reads."""
    if len(items) >= 3 and items[1] == "-c" and items[0].rsplit("/", 1)[-1] in ("sh", "bash", "zsh", "dash", "ksh"):
        return f"{items[0]} -c {shlex.quote(items[2])}"
    return shlex.join(items)


# --------------------------------------------------------------------------- MSBuild (.NET)
_MSBUILD_EXEC = lazyre.compile(r"<Exec\b[^>]*?\bCommand\s*=\s*\"([^\"]*)\"", re.S | re.I)


def _msbuild(text: str) -> Iterator[Run]:
    """`<Exec Command="…"/>` in a target: runs on `dotnet build` / `msbuild` (and from Directory.Build.props/targets
    for every project below). `$(Prop)` and `%(Item.Meta)` are words to the shell."""
    for m in _MSBUILD_EXEC.finditer(text):
        cmd = re.sub(r"[$@%]\(([\w.]+)\)", r"msbuild_\1", _unxml(m.group(1)))
        if cmd.strip():
            yield Run(cmd, "<Exec>", place="request")


# --------------------------------------------------------------------------- sbt / Mill / Scala build code
_SCALA_STR = r'"(?:[^"\\\n]|\\.)*"'
_SCALA_SEQ = r"(?:Seq|List|Vector|Array)\(\s*" + _SCALA_STR + r"(?:\s*,\s*" + _SCALA_STR + r")*\s*\)"
_SCALA_PART = r"(?:" + _SCALA_SEQ + r"|" + _SCALA_STR + r"|Process\(\s*(?:" + _SCALA_SEQ + r"|" + _SCALA_STR + r")[^)]*\))"
#: A `scala.sys.process` pipeline: parts joined by `#|`, `#&&`, `#||`, `###`, `#>`, then run (`!`, `!!`, `.run`,
#: `.lazyLines`, `.lineStream`); Mill's `os.proc(…).call()` / `os.call(…)`.
_SCALA_PIPE = lazyre.compile(r"(" + _SCALA_PART + r"(?:\s*(?:#\||#&&|#\|\||###|#>>?|#<)\s*" + _SCALA_PART + r")*)"
                             r"\s*(?:\.?\s*!!?(?!=)|\.(?:run|lazyLines|lineStream|lines|call|spawn)\b)")  # fmt: skip
_MILL = lazyre.compile(r"\bos\.(?:proc|call|spawn)\(\s*((?:" + _SCALA_STR + r"\s*,?\s*)+)")
_SCALA_OPS = {"#|": "|", "#&&": "&&", "#||": "||", "###": ";", "#>": ">", "#>>": ">>", "#<": "<"}


def _scala_part(p: str) -> str:
    p = p.strip()
    if p.startswith("Process("):
        p = p[len("Process("):]
    items = _strings(p)
    if p.startswith('"') and len(items) == 1:
        return items[0]  # `"cmd args".!`: the string split on spaces (sbt's rule), read as a command line
    return _argv(items)


def _scala_build(text: str) -> Iterator[Run]:
    """sbt (`build.sbt`, `project/*.scala|sbt`) and Mill (`build.mill`, `build.sc`) code run at load and on each
    task: `scala.sys.process` pipelines and `os.proc`. Sources: sbt "Process" docs (scala.sys.process), Mill
    "os-lib" (`os.proc(...).call()`)."""
    for m in _SCALA_PIPE.finditer(text):
        parts = re.split(r"\s*(#\|\||#\||#&&|###|#>>|#>|#<)\s*", m.group(1))
        yield Run(" ".join(_scala_part(x) if i % 2 == 0 else _SCALA_OPS[x] for i, x in enumerate(parts)), "sys.process",
                  place="request")
    for m in _MILL.finditer(text):
        yield Run(_argv(_strings(m.group(1))), "os.proc", place="request")
    yield Run(text, "build code", "code", place="request")


# --------------------------------------------------------------------------- Meson, Bazel / Buck2
_MESON_TOKEN = lazyre.compile(r"'((?:[^'\\\n]|\\.)*)'|\b(\w+)\s*:")
_MESON_CALL = lazyre.compile(r"\b(run_command|custom_target|run_target)\s*\((.*?)\)\s*(?:$|\n)", re.S | re.M)


def _meson(text: str) -> Iterator[Run]:
    """`run_command(...)` runs when the build is configured (`meson setup`); `custom_target(..., command: [...])` and
    `run_target(..., command: [...])` when it is built or run. Source: Meson reference manual, functions."""
    for m in _MESON_CALL.finditer(text):
        body = m.group(2)
        if m.group(1) == "run_command":
            items = []
            for t in _MESON_TOKEN.finditer(body):
                if t.group(2) is not None:
                    break  # keyword arguments (`check: true`) end the command's words
                items.append(t.group(1).replace("\\'", "'"))
        else:
            c = re.search(r"\bcommand\s*:\s*\[([^\]]*)\]", body)
            items = _strings(c.group(1)) if c else []
        if items:
            yield Run(_argv([re.sub(r"@(\w+)@", r"meson_\1", x) for x in items]), m.group(1),
                      place="host" if m.group(1) == "run_command" else "request")


_BAZEL_CMD = lazyre.compile(r"\b(cmd|cmd_bash|bash|command)\s*=\s*(?:\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)')", re.S)
_BAZEL_EXEC = lazyre.compile(r"\b\w*ctx\.execute\(\s*\[([^\]]*)\]")


def _bazel_text(s: str) -> str:
    # `$@`, `$<`, `$(location x)`, `$(OUTS)`, `$(SRCS)`: Make variables Bazel fills in; plain words to the shell.
    return re.sub(r"\$\((?:location|locations|execpath|execpaths|rootpath|rlocationpath)\s+[^)]*\)|\$\(\w+\)|\$[@<]", "bazel_path", s).replace("$$", "$")


def _bazel(text: str) -> Iterator[Run]:
    """`genrule(cmd = …)` and `ctx.actions.run_shell(command = …)` run on `bazel build`; `repository_ctx.execute([…])`
    runs when the repository rule is fetched (any build). Buck2 reads the same `genrule`. Sources: Bazel
    Build Encyclopedia `genrule`, Starlark `repository_ctx.execute`, `actions.run_shell`."""
    for m in _BAZEL_CMD.finditer(text):
        body = next((g for g in m.groups()[1:] if g is not None), "")
        if body.strip():
            yield Run(_bazel_text(body.replace('\\"', '"')), m.group(1), place="request")
    for m in _BAZEL_EXEC.finditer(text):
        items = _strings(m.group(1))
        if items:
            yield Run(_argv(items), "repository_ctx.execute", place="request")


# --------------------------------------------------------------------------- Erlang, Haskell, OCaml, Zig, Lua, Clojure
_REBAR_HOOKS = lazyre.compile(r"\{\s*(pre_hooks|post_hooks)\s*,\s*\[(.*?)\]\s*\}\s*\.", re.S)
_REBAR_HOOK = lazyre.compile(r"\{\s*(?:\"[^\"]*\"\s*,\s*)?\w+\s*,\s*\"((?:[^\"\\]|\\.)*)\"\s*\}")


def _rebar(text: str) -> Iterator[Run]:
    """rebar3 `{pre_hooks, [{compile, "cmd"}, {"linux", compile, "cmd"}]}`: shell hooks around each provider.
    Source: rebar3 docs, Configuration, Hooks."""
    for m in _REBAR_HOOKS.finditer(text):
        for h in _REBAR_HOOK.finditer(m.group(2)):
            yield Run(h.group(1).replace('\\"', '"'), m.group(1), place="request")


_HS_SHELL = lazyre.compile(r"\b(callCommand|system|spawnCommand|shell)\s+(?:\$\s*)?\"((?:[^\"\\\n]|\\.)*)\"")
_HS_PROC = lazyre.compile(r"\b(rawSystem|callProcess|readProcess|readProcessWithExitCode|proc|spawnProcess)\s+\"([^\"]+)\"\s*\[([^\]]*)\]")


def _haskell_setup(text: str) -> Iterator[Run]:
    """Cabal `build-type: Custom`: `Setup.hs` runs on every `cabal build`/`stack build`. System.Process calls with
    literal commands. Source: Cabal user guide, "Custom setup", and the `process` package API."""
    for m in _HS_SHELL.finditer(text):
        yield Run(m.group(2).replace('\\"', '"'), m.group(1), place="request")
    for m in _HS_PROC.finditer(text):
        yield Run(_argv([m.group(2), *_strings(m.group(3))]), m.group(1), place="request")


_DUNE_ACT = lazyre.compile(r"\((system|bash)\s+\"((?:[^\"\\]|\\.)*)\"\s*\)|\(run\s+([^()]*)\)")


def _dune(text: str) -> Iterator[Run]:
    """dune `(action (system "…"))`, `(bash "…")` and `(run prog args…)`: run on `dune build`. `%{…}` variables are
    words. Source: dune reference, "User actions"."""
    for m in _DUNE_ACT.finditer(text):
        if m.group(2) is not None:
            body = m.group(2).replace('\\"', '"')
        else:
            try:
                body = _argv(shlex.split(m.group(3)))
            except ValueError:
                continue
        body = re.sub(r"%\{[^}]*\}", "dune_var", body)
        if body.strip():
            yield Run(body, m.group(1) or "run", place="request")


_OPAM_FIELD = lazyre.compile(r"^(build|install|run-test|remove|build-test|post-messages)\s*:\s*\[(.*?)\n\]", re.S | re.M)


def _opam(text: str) -> Iterator[Run]:
    """opam `build: [["sh" "-c" "…"] [make]]` (also `install:`, `run-test:`, `remove:`): each inner list is one
    command `opam install .` runs. `%{var}%` are words; `{filter}` parts are dropped. Source: opam manual, "opam"."""
    for m in _OPAM_FIELD.finditer(text + "\n]"):
        if m.group(1) == "post-messages":
            continue
        for inner in re.findall(r"\[([^\[\]]*)\]", m.group(2)):
            items = _strings(re.sub(r"\{[^}]*\}", "", inner))
            if items:
                yield Run(_argv([re.sub(r"%\{[^}]*\}%", "opam_var", x) for x in items]), m.group(1), place="request")


_ZIG_CMD = lazyre.compile(r"\b(addSystemCommand|run)\s*\(\s*&\s*\.\{([^}]*)\}")


def _zig(text: str) -> Iterator[Run]:
    """`b.addSystemCommand(&.{ "sh", "-c", "…" })` runs as a build step; `b.run(&.{…})` while `zig build` configures.
    Source: Zig build system guide (`std.Build.addSystemCommand`, `std.Build.run`)."""
    for m in _ZIG_CMD.finditer(text):
        items = _strings(m.group(2))
        if items:
            yield Run(_argv(items), m.group(1), place="host" if m.group(1) == "run" else "request")


_ROCK_CMD = lazyre.compile(r"\b(build_command|install_command|test_command|command)\s*=\s*(?:\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'|\[\[(.*?)\]\])", re.S)


def _rockspec(text: str) -> Iterator[Run]:
    """LuaRocks `build = { type = "command", build_command = "…", install_command = "…" }`: run by `luarocks make`.
    Source: LuaRocks wiki, "Rockspec format" (command build back-end)."""
    for m in _ROCK_CMD.finditer(text):
        body = next((g for g in m.groups()[1:] if g is not None), "")
        if body.strip():
            yield Run(re.sub(r"\$\((\w+)\)", r"rock_\1", body), m.group(1), place="request")


_LEIN_SHELL = lazyre.compile(r"\[\s*\"shell\"\s+((?:\"(?:[^\"\\]|\\.)*\"\s*)+)\]")


def _lein(text: str) -> Iterator[Run]:
    """Leiningen `project.clj`: lein-shell's `["shell" "prog" "arg"…]` tasks in `:prep-tasks` (run before every
    compile) and `:aliases`; the rest is Clojure evaluated by `lein`. Source: lein-shell README, Leiningen sample."""
    for m in _LEIN_SHELL.finditer(text):
        yield Run(_argv(_strings(m.group(1))), "lein shell", place="request")
    for m in re.finditer(r"\(\s*(?:clojure\.java\.shell/)?sh\s+((?:\"(?:[^\"\\]|\\.)*\"\s*)+)\)", text):
        yield Run(_argv(_strings(m.group(1))), "clojure.java.shell/sh", place="request")


# --------------------------------------------------------------------------- deploy and configuration management
_HCL_STR = r"\"((?:[^\"\\\n]|\\.)*)\"|<<-?(?P<tag>\w+)\n(.*?)\n\s*(?P=tag)"


def _terraform(text: str) -> Iterator[Run]:
    """`provisioner "local-exec" { command = … }` runs on this machine at `terraform apply`; `data "external"
    { program = [...] }` at every `plan`. `${…}` interpolations are words. Source: Terraform docs, local-exec
    provisioner; hashicorp/external data source."""
    for m in re.finditer(r"provisioner\s+\"local-exec\"\s*\{(.*?)\n\s*\}", text, re.S):
        c = re.search(r"\bcommand\s*=\s*(?:" + _HCL_STR + r")", m.group(1), re.S)
        if c:
            body = c.group(1) if c.group(1) is not None else c.group(3)
            yield Run(re.sub(r"\$\{[^}]*\}", "tf_value", body.replace('\\"', '"')), "local-exec", place="request")
    for m in re.finditer(r"data\s+\"external\"\s+\"[^\"]*\"\s*\{(.*?)\n\}", text, re.S):
        p = re.search(r"\bprogram\s*=\s*\[([^\]]*)\]", m.group(1))
        if p:
            yield Run(_argv([re.sub(r"\$\{[^}]*\}", "tf_value", x) for x in _strings(p.group(1))]), "external", place="request")


_ANSIBLE_MODULES = ("shell", "command", "raw", "script", "ansible.builtin.shell", "ansible.builtin.command",
                    "ansible.builtin.raw", "ansible.builtin.script", "ansible.legacy.shell", "ansible.legacy.command")  # fmt: skip


def _wide_place(path: str) -> bool:
    """A place a declarative delete may not take without being named: the root, a top-level system directory or one
    just below it (`/etc`, `/var/lib`, `/home/deploy`), a home directory or a credential folder. An application's
    own deeper folder (`/srv/app/releases/old`) is the configuration's ordinary business."""
    p = path.strip().rstrip("/")
    return p in ("", "/") or p.startswith("~") or "/.ssh" in p or "/.aws" in p or (p.startswith("/") and p.count("/") <= 2)


_ANSIBLE_FILE = lazyre.compile(r"(?m)^([ \t]*)(?:-[ \t]+)?(?:ansible\.builtin\.|ansible\.legacy\.)?file:[ \t]*(.*\n(?:\1[ \t]+.*\n?)*)")


def _ansible(text: str) -> Iterator[Run]:
    """Playbook and role tasks: `shell:`/`command:`/`raw:`/`script:` (and their `ansible.builtin.` names, or a
    `cmd:` under them) run on the play's hosts at `ansible-playbook`. Source: Ansible builtin module docs."""
    from automode.files import yamlish

    if not re.search(r"(?m)^\s*-?\s*(?:hosts|name|tasks|" + "|".join(re.escape(x) for x in _ANSIBLE_MODULES) + r")\s*:", text):
        return
    for it in yamlish.scan(text):
        mod = it.key if it.key in _ANSIBLE_MODULES else (it.path[-1] if it.key in ("cmd", "argv") and it.path and it.path[-1] in _ANSIBLE_MODULES else "")
        if mod and it.value and not it.value.startswith(("{", "[")):
            yield Run(re.sub(r"\{\{[^}]*\}\}", "ansible_var", it.value), mod, place="request")
    # the file module told to remove a path (`file: path=X state=absent`, or the block form): `rm -rf X` on the hosts
    for m in _ANSIBLE_FILE.finditer(text):
        body = m.group(2) or ""
        if re.search(r"\bstate\s*[:=]\s*['\"]?absent\b", body):
            p = re.search(r"\b(?:path|dest|name)\s*[:=]\s*['\"]?([^\s'\"]+)", body)
            if p and _wide_place(p.group(1)):
                yield Run("rm -rf " + re.sub(r"\{\{[^}]*\}\}", "ansible_var", p.group(1)), "file: state=absent", place="request")


def _salt(text: str) -> Iterator[Run]:
    """Salt states: `cmd.run` / `cmd.script` / `cmd.wait` with `- name: …` run at `salt-call state.apply`.
    Source: Salt docs, salt.states.cmd."""
    for m in re.finditer(r"(?m)^(\s*)cmd\.(?:run|wait|script|shell)\s*:\s*\n((?:\1\s+.*\n?)+)", text):
        n = re.search(r"-\s*name\s*:\s*(.+)", m.group(2))
        if n:
            yield Run(re.sub(r"\{\{[^}]*\}\}", "salt_var", n.group(1).strip().strip("'\"")), "cmd.run", place="request")
    for m in re.finditer(r"(?m)^(\s*)file\.absent\s*:\s*\n((?:\1\s+.*\n?)+)", text):  # salt.states.file.absent
        n = re.search(r"-\s*name\s*:\s*(.+)", m.group(2))
        if n and _wide_place(n.group(1).strip().strip("'\"")):
            yield Run("rm -rf " + re.sub(r"\{\{[^}]*\}\}", "salt_var", n.group(1).strip().strip("'\"")), "file.absent", place="request")


def _puppet(text: str) -> Iterator[Run]:
    """Puppet `exec { 'title': command => '…' }` (the title is the command when none is given) runs at
    `puppet apply`. Source: Puppet resource type reference, exec."""
    for m in re.finditer(r"\bexec\s*\{\s*(['\"])(.*?)\1\s*:(.*?)\}", text, re.S):
        c = re.search(r"\bcommand\s*=>\s*(['\"])(.*?)\1", m.group(3), re.S)
        body = c.group(2) if c else m.group(2)
        yield Run(body, "exec", place="request")
    for m in re.finditer(r"\bfile\s*\{\s*(['\"])(.*?)\1\s*:(.*?)\}", text, re.S):  # `file { '/x': ensure => absent }`
        if re.search(r"\bensure\s*=>\s*['\"]?absent\b", m.group(3)) and _wide_place(m.group(2)):
            yield Run("rm -rf " + m.group(2), "file ensure => absent", place="request")


def _cdk(text: str) -> Iterator[Run]:
    """AWS CDK `cdk.json` `"app"` (and `"build"`): the command `cdk synth/deploy` runs. Source: AWS CDK developer
    guide, "cdk.json"."""
    for m in re.finditer(r'"(app|build)"\s*:\s*"((?:[^"\\]|\\.)*)"', text):
        yield Run(m.group(2).replace('\\"', '"'), m.group(1), place="request")


def _pubspec(text: str) -> Iterator[Run]:
    """Dart/Flutter `pubspec.yaml` `scripts:` (rps, derry): run by name. Source: pub.dev rps README."""
    from automode.files import yamlish

    for it in yamlish.scan(text):
        if it.path[:1] == ("scripts",) and it.value and not it.key.startswith("$description"):
            yield Run(it.value, "scripts", place="request")


# --------------------------------------------------------------------------- start-up code of other ecosystems
_JULIA_CMD = lazyre.compile(r"`([^`\n]+)`")


def _julia_build(text: str) -> Iterator[Run]:
    """`deps/build.jl` runs on `Pkg.build` (and on install): `run(\\`…\\`)`, `pipeline(\\`a\\`, \\`b\\`)`. Source:
    Pkg.jl docs, "Build"."""
    for m in re.finditer(r"\brun\(\s*(pipeline\(.*?\)|`[^`\n]+`)", text):
        cmds = _JULIA_CMD.findall(m.group(1))
        if cmds:
            yield Run(" | ".join(cmds), "run", place="request")


_DART_PROC = lazyre.compile(r"\bProcess\.(?:run|runSync|start)\(\s*'([^']+)'\s*,\s*\[([^\]]*)\]|\bProcess\.(?:run|runSync|start)\(\s*\"([^\"]+)\"\s*,\s*\[([^\]]*)\]")


def _dart_hook(text: str) -> Iterator[Run]:
    """Dart build hooks (`hook/build.dart`, `hook/link.dart`) run on `dart run`/`flutter build`: `Process.run`.
    Source: dart.dev, "Hooks"."""
    for m in _DART_PROC.finditer(text):
        prog = m.group(1) or m.group(3)
        yield Run(_argv([prog, *_strings(m.group(2) or m.group(4) or "")]), "Process.run", place="request")


def cmake_downloads(text: str) -> Iterator[Run]:
    """CMake `file(DOWNLOAD <url> <file>)` then `include(<file>)`: configure runs the downloaded code (vcpkg's
    `vcpkg_execute_required_process(COMMAND …)` is a command like execute_process). Source: CMake `file()`."""
    got = {}
    for m in re.finditer(r"\bfile\s*\(\s*DOWNLOAD\s+\"?(\S+?)\"?\s+\"?([^\s)\"]+)\"?", text, re.I):
        got[m.group(2)] = m.group(1)
    for m in re.finditer(r"\binclude\s*\(\s*\"?([^\s)\"]+)\"?", text, re.I):
        if m.group(1) in got:
            yield Run(f"curl -fsSL {shlex.quote(got[m.group(1)])} | sh", "file(DOWNLOAD) + include", place="host")
    for m in re.finditer(r"\bvcpkg_execute_(?:required|build)_process\s*\((.*?)\)", text, re.S | re.I):
        c = re.search(r"\bCOMMAND\b(.*?)(?:\bWORKING_DIRECTORY\b|\bLOGNAME\b|$)", m.group(1), re.S)
        if c:
            try:
                yield Run(_argv(shlex.split(re.sub(r"\$\{(\w+)\}", r"cmake_\1", c.group(1)))), "vcpkg_execute_process", place="request")
            except ValueError:
                continue


# --------------------------------------------------------------------------- generic fallback
#: Words of a key's name that say its value is a command something runs (`knowledge.carriers` has the same idea
#: for command-line options).
FALLBACK_KEY = lazyre.compile(r"(?i)^(?:[\w.-]*[_.-])?(?:cmd|cmds|command|commands|script|scripts|run|exec|execute|shell|"
                              r"hook|hooks|entrypoint|entry|action|task|setup|install|build|prebuild|postbuild|args|argv|arguments|"
                              r"pre[_-]?\w+|post[_-]?\w+|on[_-]?\w+)$|"
                              # camel case (`buildCommand`, `preDeployCommand`, `startScript` in Render, Railway, Nixpacks)
                              r"^[a-z][\w]*(?:Cmd|Command|Commands|Script|Scripts|Hook|Hooks)$")  # fmt: skip
_FALLBACK_SUFFIX = (".yml", ".yaml", ".toml", ".json", ".jsonc", ".json5", ".ini", ".cfg", ".conf", ".config", ".xml", ".hcl",
                    ".properties", ".edn", ".nix", ".kdl")  # fmt: skip
_PAIR = lazyre.compile(r"""(?m)^[ \t]*-?[ \t]*["']?([\w.:-]+)["']?[ \t]*[:=]>?[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|([^\n#]+?))[ \t]*,?[ \t]*$""")
_XML_PAIR = lazyre.compile(r"""<([\w.:-]+)(?:\s[^>]*)?>([^<]+)</\1>|\b([\w.:-]+)\s*=\s*"([^"]+)\"""")


def _json_pairs(v: object, key: str = "", depth: int = 0, up: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """(key, value) of every string, the key spelt with its enclosing keys (`shell_command.keepalive`)."""
    if depth > 12:
        return
    if isinstance(v, dict):
        for k, x in list(v.items())[:2000]:
            yield from _json_pairs(x, str(k), depth + 1, (*up, key) if key else up)
    elif isinstance(v, list):
        for x in v[:2000]:
            yield from _json_pairs(x, key, depth + 1, up)
    elif isinstance(v, str):
        yield ".".join((*up[-3:], key)), v


_CAMEL = lazyre.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def command_key(key: str) -> bool:
    """A key, or one of the keys enclosing it, says its value is a command: `run`, `beforeScript` (camelCase read as
    words), `keepalive` under Home Assistant's `shell_command`, an entry of a `hooks` map."""
    return any(FALLBACK_KEY.match(_CAMEL.sub("_", part)) for part in key.split(".")[-4:] if part)


def fallback(text: str) -> Iterator[Run]:
    """Any other configuration file: the values under a key that says command (a JSON or YAML tree, a list under
    such a key included; else `key = "value"` / `key: value` / `<key>value</key>` lines) that carry code
    (`carriers.CARRIED_CODE_RE`)."""
    import json

    from automode.knowledge.carriers import CARRIED_CODE_RE

    if not CARRIED_CODE_RE.search(text):
        return
    pairs: list[tuple[str, str]] = []
    head = text.lstrip()[:1]
    if head in ("{", "["):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        pairs = list(_json_pairs(data))
    if not pairs and head != "<":
        from automode.files import yamlish

        pairs = [(".".join((*it.path[-3:], it.key or "")), it.value) for it in yamlish.scan(text)]
    if head == "<":
        for m in _XML_PAIR.finditer(re.sub(r"<!--.*?-->", "", text, flags=re.S)):
            pairs.append((m.group(1), _unxml(m.group(2))) if m.group(1) else (m.group(3), _unxml(m.group(4))))
    else:
        bare = re.sub(r"(?m)^[ \t]*(?:#|;|//).*$", "", text)  # comment lines are not settings
        pairs += [(m.group(1), next((g for g in m.groups()[1:] if g is not None), "")) for m in _PAIR.finditer(bare)]
    seen: set[str] = set()
    for key, value in pairs:
        value = value.strip()
        if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
            value = value[1:-1]  # a quoted YAML/INI scalar: the command is inside the quotes
        if value.startswith("[") and value.endswith("]"):
            vals = _strings(value)
        else:
            vals = [value.replace('\\"', '"')]
        for v in vals:
            if v not in seen and command_key(key) and CARRIED_CODE_RE.search(v):
                seen.add(v)
                yield Run(v, key, place="request")


# --------------------------------------------------------------------------- the table
#: (path pattern, extractor kind). Patterns see the absolute, normalised path; the first match in `files.executed`
#: wins, so these come after its own rows (a `.cmake` file is CMake there, and also read here for downloads).
PLACES: tuple[tuple[str, str], ...] = (
    (r"\.(?:cs|fs|vb)proj$|/Directory\.Build\.(?:props|targets)$|\.targets$|/[^/]+\.proj$", "msbuild"),
    (r"/build\.sbt$|/project/[^/]+\.(?:sbt|scala)$|/build\.mill$|/build\.sc$|/[^/]+\.mill$", "scala-build"),
    (r"/meson\.build$|/meson_options\.txt$", "meson"),
    (r"/BUILD(?:\.bazel)?$|/BUCK$|/TARGETS$|\.bzl$|/WORKSPACE(?:\.bazel)?$|/MODULE\.bazel$", "bazel"),
    (r"/rebar\.config(?:\.script)?$", "rebar"),
    (r"/Setup\.l?hs$", "cabal-setup"),
    (r"/dune$|/dune-project$", "dune"),
    (r"/opam$|\.opam$", "opam"),
    (r"/build\.zig$", "zig"),
    (r"\.rockspec$", "rockspec"),
    (r"/project\.clj$", "lein"),
    (r"\.tf$|\.tofu$", "terraform"),
    (r"/(?:playbooks?|roles/[^/]+/(?:tasks|handlers))/[^/]+\.ya?ml$|/(?:site|playbook|[\w-]+-playbook|playbook-[\w-]+)\.ya?ml$",
     "ansible"),
    (r"\.sls$", "salt"),
    (r"\.pp$", "puppet"),
    (r"/cdk\.json$", "cdk"),
    (r"/pubspec\.yaml$", "pubspec"),
    (r"/deps/build\.jl$", "julia-build"),
    (r"/hook/(?:build|link)\.dart$", "dart-hook"),
    (r"/src/Makevars(?:\.win|\.in)?$", "make"),
    # test setup that the runner loads before every run (Jest/Vitest/Playwright global setup, setupFiles, RSpec and
    # minitest helpers, PHPUnit's bootstrap): a step there runs on every test run, whoever asks for it
    (r"/(?:global[-_.]?(?:setup|teardown)|globalSetup|globalTeardown|setupTests|setup[-_.]tests?|jest\.setup|vitest\.setup|"
     r"test[-_.]setup|setup\.(?:jest|vitest))(?:\.[\w-]+)?\.[cm]?[jt]sx?$|/(?:spec|rails|test)_helper\.rb$|/tests?/bootstrap\.php$",
     "code"),
    *executed_workflows.PLACES,  # Snakemake, Nextflow, BitBake
    *executed_toolrc.PLACES,  # tool settings whose values are commands (`.bazelrc`, pylint `init-hook`, lint-staged …)
)  # fmt: skip


#: Cheap prefilter (`files.executed.kind_of`).
_NAMES = frozenset({"build.sbt", "build.mill", "build.sc", "meson.build", "meson_options.txt", "BUILD", "BUILD.bazel", "BUCK",
                    "TARGETS", "WORKSPACE", "WORKSPACE.bazel", "MODULE.bazel", "rebar.config", "rebar.config.script",
                    "Setup.hs", "Setup.lhs", "dune", "dune-project", "opam", "build.zig", "project.clj", "cdk.json",
                    "pubspec.yaml", "build.jl", "build.dart", "link.dart", "Makevars", "Makevars.win", "Makevars.in", "Directory.Build.props", "Directory.Build.targets", "site.yml", "site.yaml",
                    "playbook.yml", "playbook.yaml"})  # fmt: skip
_ENDS = (".csproj", ".fsproj", ".vbproj", ".targets", ".proj", ".sbt", ".scala", ".mill", ".bzl", ".opam", ".rockspec", ".tf",
         ".tofu", ".sls", ".pp", ".yml", ".yaml")  # fmt: skip


_TEST_SETUP_WORDS = ("setup", "teardown", "helper.rb", "bootstrap.php")


def maybe(path: str) -> bool:
    base = path[path.rfind("/") + 1:]
    return any(w in base.lower() for w in _TEST_SETUP_WORDS) or base in _NAMES or path.endswith(_ENDS) or base in executed_workflows.NAMES or path.endswith(executed_workflows.ENDS) \
        or base in executed_toolrc.NAMES or path.endswith(executed_toolrc.ENDS)


#: Places whose configuration files are documentation, examples or test data, not what a build reads.
_NOT_CONFIG = lazyre.compile(r"/(?:docs?|documentation|examples?|samples?|fixtures?|testdata|test-data|tests?|spec|__tests__|"
                             r"__fixtures__|snapshots?|node_modules|vendor|third_party|locales?|i18n|l10n|translations?|lang)/")  # fmt: skip


#: Names a build or task file goes by when the table does not know the tool: `<Name>file` (Tiltfile, Snakefile),
#: SCons's `SConstruct`/`SConscript`, ninja files, and extensionless dotfile configurations (`.replit`).
_BUILD_NAME = lazyre.compile(r"/(?:[A-Z][A-Za-z0-9]*file|SCons[A-Za-z]*|[\w.-]+\.ninja|\.[A-Za-z][\w-]*)$")


def fallback_kind(path: str) -> str | None:
    """"fallback" for a configuration file no table row names (read only for code a key says is a command);
    "fallback-code" for a build file of a tool the table does not list (also its string literals that carry code)."""
    if _NOT_CONFIG.search(path):
        return None
    if path.endswith(_FALLBACK_SUFFIX):
        return "fallback"
    return "fallback-code" if _BUILD_NAME.search(path) else None


def fallback_code(text: str) -> Iterator[Run]:
    """A build file of an unlisted tool: its command keys (`fallback`), and every string literal that is itself a
    shell command line carrying code (`cmd='wget … | bash'`, `shell: "curl … | sh"`, `env.Command(…, 'curl … | sh')`)."""
    from automode.knowledge.carriers import CARRIED_CODE_RE

    seen = set()
    for r in fallback(text):
        seen.add(r.text)
        yield r
    for m in _STR.finditer(text):
        v = m.group(1) if m.group(1) is not None else m.group(2)
        if v not in seen and CARRIED_CODE_RE.search(v) and re.match(r"^[\w.~/+-]+(?:\s|$)", v):
            seen.add(v)
            yield Run(v.replace('\\"', '"'), "string", place="request")


EXTRACTORS: dict[str, Callable[[str], Iterator[Run]]] = {
    "msbuild": _msbuild, "scala-build": _scala_build, "meson": _meson, "bazel": _bazel, "rebar": _rebar,
    "cabal-setup": _haskell_setup, "dune": _dune, "opam": _opam, "zig": _zig, "rockspec": _rockspec, "lein": _lein,
    "terraform": _terraform, "ansible": _ansible, "salt": _salt, "puppet": _puppet, "cdk": _cdk, "pubspec": _pubspec,
    "julia-build": _julia_build, "dart-hook": _dart_hook, "fallback": fallback,
    "fallback-code": fallback_code, **executed_workflows.EXTRACTORS, **executed_toolrc.EXTRACTORS,
}  # fmt: skip
