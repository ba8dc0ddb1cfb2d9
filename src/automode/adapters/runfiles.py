"""The files a shell command may run, read for the core (issue 13: "a script written in one call and run in the
next"; session 7 red team).

A script written by one action and run by a later one (`bash later.sh`, `./later.sh`, `source env.sh`, `python3
x.py`) was judged by its name only: the core does no I/O, and what the file held when it was written was judged only
when the writing action showed it (a Write, a heredoc). A file that reached its name or its text another way (`cp
/dev/stdin x.sh`, `curl -o x.sh`, `mv notes.txt x.sh`, a program the analysis does not model) ran unseen.

The adapters now read, for each shell command, the files it names that were changed during the session (their
inode change time is not before the session's first hook call: `touch -d` cannot set it back), and hand them to the
core as `Context.run_files`; the lowering runs them exactly as it runs a file written earlier in the same action.
Files the session did not change are the project's own code, judged as before (by the command that runs them).
Bounded: a few candidate words, a few files, 256 KB each.
"""

from __future__ import annotations

import os
import shlex
import stat

from automode.shell.later import resolve

MAX_FILES = 8
MAX_CANDIDATES = 32
MAX_BYTES = 256 * 1024
#: Words after which the next operand is a file something runs.
RUNNERS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "source", ".", "python", "python3",
                     "python2", "pypy3", "node", "nodejs", "bun", "deno", "perl", "ruby", "php", "lua", "make", "just"})  # fmt: skip
SCRIPT_ENDS = (".sh", ".bash", ".zsh", ".ksh", ".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".pl", ".php", ".lua", ".mk")
#: Characters that end a simple command (and `$(`, whose `$` is dropped with it): no regex on the hook path.
_BREAKS = str.maketrans({c: "\n" for c in ";&|()`"})


def _words(command: str) -> list[list[str]]:
    """The command's simple-command segments, split into words as a shell would (roughly: this only picks files)."""
    out: list[list[str]] = []
    for seg in command[:20_000].replace("$(", "\n").translate(_BREAKS).split("\n"):
        try:
            words = shlex.split(seg, comments=False, posix=True)
        except ValueError:
            words = seg.split()
        if words:
            out.append(words)
    return out


def candidates(command: str, cwd: str, home: str) -> list[str]:
    """Absolute paths of the files the command may run: words with a `/` in command position or after a runner,
    words ending like a script, relative to the working directory and to every `cd` target before them."""
    bases = [cwd]
    out: list[str] = []
    path_dirs: list[str] = []  # `export PATH=$PWD/bin:$PATH` earlier in the command
    for words in _words(command):
        if words[0] == "export":
            path_dirs += [d for w in words[1:] if w.startswith("PATH=") for d in _path_value(w[5:], bases[-1], home)]
        if words[0] in ("cd", "pushd") and len(words) > 1 and not words[1].startswith("-"):
            bases.append(resolve(words[1], bases[-1], home))
            continue
        out.extend(p for p in _by_default(words, bases[-1], home, path_dirs) if p not in out)
        runner = False
        for i, w in enumerate(words):
            if w[:1] == "<" and w[1:2] not in ("<", "(", ""):
                w = w[1:]  # `sh <later.sh`: the shell's program on stdin
            for named in _named_by_value(w):  # `NODE_OPTIONS='--require ./x.js'`, `--rcfile=F`, `ZDOTDIR=D`
                for b in bases[-2:]:
                    p = resolve(named, b, home)
                    if p not in out:
                        out.append(p)
            if w.startswith("-") or ("=" in w.split("/", 1)[0] and i == 0):
                continue
            if (i == 0 and "/" in w) or runner or w.endswith(SCRIPT_ENDS):
                for b in bases[-2:]:
                    p = resolve(w, b, home)
                    if p not in out:
                        out.append(p)
            runner = runner or w.rsplit("/", 1)[-1] in RUNNERS
            if len(out) >= MAX_CANDIDATES:
                return out
    return out


def _named_by_value(word: str) -> list[str]:
    """Files a variable or an option value makes a program load or run: the loader variables' files
    (`knowledge.carriers.LOADER_VARS`), a start-up directory's files (`ZDOTDIR`), and any other `NAME=PATH` or
    `--option=PATH` value that is a path (`BASH_ENV=F`, `GIT_SSH=./x.sh`, `--rcfile=F`)."""
    from automode.knowledge import carriers

    name, eq, value = word.partition("=")
    if not eq or not value:
        return []
    name = name.rsplit(" ", 1)[-1]
    if name in carriers.LOADER_VARS:
        return carriers.loader_paths(name, value)
    if name in carriers.STARTUP_DIRS:
        return [value.rstrip("/") + "/" + f for f in carriers.STARTUP_DIRS[name][1]]
    first = value.split(None, 1)[0]
    return [first] if "/" in first or first.endswith(SCRIPT_ENDS) else []


def read_run_files(command: object, cwd: str | None, home: str, since: float | None) -> tuple[tuple[str, str], ...]:
    """(path, text) of the files `command` may run that changed at or after `since` (the session's start)."""
    if not isinstance(command, str) or not command or not cwd or since is None:
        return ()
    out: list[tuple[str, str]] = []
    for path in candidates(command, cwd, home):
        try:
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES or st.st_ctime < since:
                continue
            with open(path, "rb") as fh:
                data = fh.read(MAX_BYTES)
        except (OSError, ValueError):
            continue
        if b"\x00" in data[:4096]:
            continue  # a program, not a script
        out.append((path, data.decode("utf-8", "replace")))
        if len(out) >= MAX_FILES:
            break
    return tuple(out)


def _path_value(value: str, cwd: str, home: str) -> list[str]:
    from automode.shell.staged import path_dirs

    return path_dirs(value, cwd, home)


def _by_default(words: list[str], cwd: str, home: str, exported: list[str]) -> list[str]:
    """Files a segment's program reads without naming them: a task runner's default file (`make`: Makefile, `npm
    test`: package.json, `pytest`: conftest.py), `python -m MOD`'s module, and a program found first in a PATH
    directory the command puts before the system's (`PATH=bin:$PATH ls`: bin/ls)."""
    from automode.shell.script import Command
    from automode.shell.staged import RUNNER_FILES, path_dirs
    from automode.shell.words import Word

    dirs = list(exported)
    i = 0
    while i < len(words) and "=" in words[i].split("/", 1)[0] and not words[i].startswith("-"):
        if words[i].startswith("PATH="):
            dirs = path_dirs(words[i][5:], cwd, home) + dirs
        i += 1
    rest = words[i:]
    while rest and rest[0] in ("env", "command", "exec", "nice", "time", "timeout", "npx", "sudo") and len(rest) > 1:
        rest = rest[2:] if rest[0] == "timeout" else rest[1:]
    if not rest:
        return []
    out = [f"{d.rstrip('/')}/{rest[0]}" for d in dirs[:4] if "/" not in rest[0]]
    if rest[0].startswith(("python", "pypy")) and len(rest) > 2 and rest[1] == "-m":
        mod = rest[2].replace(".", "/")
        out += [resolve(f"{mod}.py", cwd, home), resolve(f"{mod}/__main__.py", cwd, home)]
    name = rest[0].rsplit("/", 1)[-1] if rest[0] not in ("./gradlew", "./mvnw") else rest[0]
    if name in RUNNER_FILES or rest[0].startswith(("python", "pypy")):
        from automode.shell.staged import runner_paths

        out += runner_paths(Command([Word(w, w) for w in rest], cwd), cwd, home)
    return out[:12]
