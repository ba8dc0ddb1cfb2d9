"""Package managers' CLIs that write the files they read before running anything (session 7 red team).

`npm config set script-shell /tmp/sh` writes `script-shell=/tmp/sh` into `~/.npmrc`, as `echo … >> ~/.npmrc` would;
`npm pkg set scripts.test='rm -rf ~'` writes a script into `package.json` that `npm test` runs. The spelled-out
writes were judged by the text they write (`automode.files.executed`: the settings that name a program, the
scripts a package runs); the CLI spellings were not. Each is now a write of that file with the text it adds, so the
file analysis judges both spellings alike.

Facts from npm-config(1) (`npm config set KEY VALUE`, `npm set`, `KEY=VALUE` pairs; `-g` writes the global
npmrc, `--location=project` the project's `.npmrc`, default the user's `~/.npmrc`), npm-pkg(1) (`npm pkg set
KEY=VALUE ...`, dotted keys), `npm set-script NAME CMD` (npm 7-8), pnpm's same-named commands.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.fileenv import Env
    from automode.shell.script import Command

PROGRAMS = frozenset({"npm", "pnpm"})
#: Where `npm config set` writes, by `--location` (`-g`/`--global` is "global").
NPMRC = {"user": "~/.npmrc", "project": ".npmrc", "global": "/usr/local/etc/npmrc"}


def _location(words: list[str]) -> str:
    for i, x in enumerate(words):
        if x in ("-g", "--global"):
            return "global"
        if x.startswith("--location="):
            return x.split("=", 1)[1]
        if x in ("--location", "-L") and i + 1 < len(words):
            return words[i + 1]
    return "user"


def _pairs(plain: list[str]) -> list[tuple[str, str]]:
    """`KEY VALUE` or `KEY=VALUE ...` after the subcommand."""
    if len(plain) == 2 and "=" not in plain[0]:
        return [(plain[0], plain[1])]
    return [(p.split("=", 1)[0], p.split("=", 1)[1]) for p in plain if "=" in p]


#: npm's own options around `config set` (`-g`, `--location user`): the rest are the key and the value, whatever
#: the value looks like (`npm config set node-options '--require x.js'`).
_FLAGS = frozenset({"-g", "--global", "--json", "--no-global"})
_WITH_ARG = frozenset({"--location", "-L", "--userconfig", "--globalconfig", "-w", "--workspace"})


def _operands(words: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for x in words:
        if skip:
            skip = False
        elif x in _WITH_ARG:
            skip = True
        elif x in _FLAGS or (x.startswith("--") and x.split("=", 1)[0] in _WITH_ARG):
            continue
        else:
            out.append(x)
    return out


def writes(cmd: Command, env: Env) -> Iterator[Effect]:
    if cmd.name not in PROGRAMS or any(w.dynamic for w in cmd.argv[1:3]):
        return
    words = [w.value for w in cmd.argv[1:40]]
    ops = _operands(words)
    if ops[:2] in (["config", "set"], ["c", "set"]) or ops[:1] == ["set"]:
        pairs = _pairs(ops[2:] if ops[0] != "set" else ops[1:])
        if pairs:
            path = NPMRC.get(_location(words), NPMRC["user"])
            text = "".join(f"{k}={v}\n" for k, v in pairs)
            yield env.file("write", Word(path, path), cmd, origin="config-cli", content=text, append=True)
        return
    scripts: dict[str, str] = {}
    if ops[:2] == ["pkg", "set"]:
        scripts = {k[len("scripts.") :]: v for k, v in _pairs(ops[2:]) if k.startswith("scripts.")}
    elif ops[:1] == ["set-script"] and len(ops) >= 3:
        scripts = {ops[1]: ops[2]}
    if scripts:
        text = json.dumps({"scripts": scripts})
        yield env.file("write", Word("package.json", "package.json"), cmd, origin="config-cli", content=text, append=True)
