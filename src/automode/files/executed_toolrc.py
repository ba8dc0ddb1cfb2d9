"""Tool settings whose values are commands or code the tool runs (red team s14: each was an edit inside the project).

A project's settings file for a build, lint, release or watch tool names commands the tool runs when it is next
used, by whoever uses it: `.bazelrc` `--run_under=CMD` and `--workspace_status_command=CMD`, pylint's `init-hook`
(Python run by every `pylint` in the project), `.pdbrc` (run when the debugger starts), lint-staged and husky
settings (run on every `git commit`), semantic-release's `@semantic-release/exec` `*Cmd` options, GoReleaser hooks,
nodemon's `exec` and `events`, Air's `cmd`/`pre_cmd`/`post_cmd`, Tilt's `local(…)`, Skaffold's custom build
commands, Octave's start-up `system(…)`. Each is a row (path pattern, extractor), read like a Makefile recipe by
`files.executed`.

Sources: bazel.build "Command-Line Reference" (`--run_under`, `--workspace_status_command`, `--credential_helper`),
pylint "init-hook", pdb(1) `.pdbrc`, lint-staged README, husky v4 `.huskyrc`, semantic-release exec plugin, GoReleaser
`before.hooks`/`builds.hooks`, nodemon `nodemon.json`, cosmtrek/air `.air.toml`, Tilt API `local`/`local_resource`,
Skaffold `build.artifacts.custom.buildCommand` and lifecycle hooks, Octave `.octaverc`.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator

from automode import lazyre
from automode.files import yamlish
from automode.files.runs import Place, Run
from automode.typing_lite import Any

_BAZEL_OPT = lazyre.compile(r"""--(run_under|workspace_status_command|credential_helper|experimental_credential_helper)"""
                            r"""(?:=|\s+)(?:'([^'\n]*)'|"([^"\n]*)"|(\S+))""")


def bazelrc(text: str) -> Iterator[Run]:
    for m in _BAZEL_OPT.finditer(text):
        value = next(g for g in m.groups()[1:] if g is not None)
        if m.group(1).endswith("credential_helper") and "=" in value.split("/", 1)[0]:
            value = value.split("=", 1)[1]  # `--credential_helper=example.com=/path/helper`
        yield Run(value.removeprefix("%workspace%/"), m.group(1), place="request")


_INIT_HOOK = lazyre.compile(r"""(?m)^\s*init-hook\s*[=:]\s*(?:'''(.*?)'''|"([^"\n]*)"|'([^'\n]*)'|(.+))$""")


def pylint(text: str) -> Iterator[Run]:
    for m in _INIT_HOOK.finditer(text):
        code = next(g for g in m.groups() if g is not None).strip()
        if code.startswith(("'", '"')) and code.endswith(code[0]):
            code = code[1:-1]
        yield Run(code, "init-hook", lang="python", place="request")


def pdbrc(text: str) -> Iterator[Run]:
    code = "\n".join(ln.strip().lstrip("!") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    if code:
        yield Run(code, ".pdbrc", lang="python", place="request")


_OCTAVE = lazyre.compile(r"""\b(?:system|unix|dos|shell_cmd)\s*\(\s*['"]([^'"\n]+)['"]""")
_TILT = lazyre.compile(r"""\b(?:local|local_resource\s*\([^()]*?\b(?:cmd|serve_cmd)\s*=)\s*\(?\s*(?:'([^'\n]*)'|"([^"\n]*)")""")


def octave(text: str) -> Iterator[Run]:
    for m in _OCTAVE.finditer(text):
        yield Run(m.group(1), "system", place="request")


def tilt(text: str) -> Iterator[Run]:
    for m in _TILT.finditer(text):
        yield Run(m.group(1) if m.group(1) is not None else m.group(2), "local", place="request")


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _strings(v: Any) -> Iterator[str]:
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v[:32]:
            if isinstance(x, str):
                yield x


def _walk(v: Any, keys: frozenset[str], depth: int = 0) -> Iterator[tuple[str, str]]:
    """(key, command) for every value under one of `keys`, at any depth (a list of commands, or one)."""
    if depth > 8:
        return
    if isinstance(v, dict):
        for k, x in list(v.items())[:128]:
            if k in keys:
                for s in _strings(x):
                    yield k, s
                if isinstance(x, dict):
                    for kk, xx in list(x.items())[:64]:
                        for s in _strings(xx):
                            yield f"{k}.{kk}", s
            yield from _walk(x, keys, depth + 1)
    elif isinstance(v, list):
        for x in v[:128]:
            yield from _walk(x, keys, depth + 1)


def _keys(keys: str, place: Place, *, every_value: bool = False) -> Any:
    """A JSON or YAML settings file whose `keys` (any depth) hold commands; `every_value`: every string value is one
    (lint-staged: glob -> command)."""
    want = frozenset(keys.split())

    def extract(text: str) -> Iterator[Run]:
        data = _json(text)
        if data is not None:
            if every_value and isinstance(data, dict):
                for k, v in list(data.items())[:128]:
                    for s in _strings(v):
                        yield Run(s, k, place=place)
                return
            for k, s in _walk(data, want):
                yield Run(s, k, place=place)
            return
        for it in yamlish.scan(text):
            if not it.value or it.value.startswith("{"):
                continue
            if every_value or it.key in want or (it.key == "" and it.path and it.path[-1] in want) or \
                    (it.path and it.path[-1] in want and it.key):  # fmt: skip
                value = it.value.strip("'\"")
                argv = _json(it.value) if it.value.startswith("[") else None
                if isinstance(argv, list) and argv and all(isinstance(x, str) for x in argv):
                    value = shlex.join(argv)  # `command: ["sh", "-c", "…"]`: an argv
                yield Run(value, ".".join((*it.path[-2:], it.key or "-")), place=place)

    return extract


_TOML_CMD = lazyre.compile(r"""(?m)^\s*(cmd|pre_cmd|post_cmd|full_bin)\s*=\s*(\[[^\]]*\]|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')""")


def air(text: str) -> Iterator[Run]:
    for m in _TOML_CMD.finditer(text):
        for s in re.findall(r""""((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'""", m.group(2)):
            yield Run(s[0] or s[1], m.group(1), place="request")


#: (path pattern, extractor kind); `files.executed_build` adds them to its table.
PLACES: tuple[tuple[str, str], ...] = (
    (r"/\.bazelrc$|/user\.bazelrc$|/[\w.-]+\.bazelrc$", "bazelrc"),
    (r"/\.?pylintrc$|/\.pylintrc\.toml$|/setup\.cfg$", "pylint"),
    (r"/\.pdbrc$", "pdbrc"),
    (r"/\.octaverc$|/startup\.m$", "octave"),
    (r"^(?!.*/(?:docs?|examples?|samples?|fixtures?)/).*/Tiltfile$", "tilt"),  # (documentation shows, it does not run)
    (r"/\.lintstagedrc(?:\.json|\.ya?ml)?$", "lint-staged"),
    (r"/\.huskyrc(?:\.json)?$", "husky"),
    (r"/\.releaserc(?:\.json|\.ya?ml)?$", "release"),
    (r"/\.?goreleaser\.ya?ml$", "goreleaser"),
    (r"/nodemon\.json$", "nodemon"),
    (r"/\.air\.toml$", "air"),
    (r"/skaffold\.ya?ml$", "skaffold"),
)
NAMES = frozenset({".bazelrc", "user.bazelrc", ".pylintrc", "pylintrc", ".pylintrc.toml", "setup.cfg", ".pdbrc", ".octaverc", "startup.m",
                   "Tiltfile", ".lintstagedrc", ".lintstagedrc.json", ".lintstagedrc.yaml", ".lintstagedrc.yml", ".huskyrc",
                   ".huskyrc.json", ".releaserc", ".releaserc.json", ".releaserc.yaml", ".releaserc.yml", ".goreleaser.yaml",
                   ".goreleaser.yml", "goreleaser.yaml", "goreleaser.yml", "nodemon.json", ".air.toml", "skaffold.yaml",
                   "skaffold.yml"})  # fmt: skip
ENDS = (".bazelrc",)
_RELEASE_KEYS = ("verifyConditionsCmd analyzeCommitsCmd verifyReleaseCmd generateNotesCmd prepareCmd addChannelCmd publishCmd "
                 "successCmd failCmd")  # fmt: skip
EXTRACTORS = {
    "bazelrc": bazelrc, "pylint": pylint, "pdbrc": pdbrc, "octave": octave, "tilt": tilt,
    "lint-staged": _keys("", "host", every_value=True), "husky": _keys("hooks", "host"),
    "release": _keys(_RELEASE_KEYS, "request"), "goreleaser": _keys("hooks pre post", "request"),
    "nodemon": _keys("exec events", "request"), "air": air, "skaffold": _keys("buildCommand command", "request"),
}  # fmt: skip
