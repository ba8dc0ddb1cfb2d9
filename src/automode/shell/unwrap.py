"""Wrappers: the command a wrapper runs and what the wrapper changes about it.

`sudo -u x env -C /srv FOO=1 timeout 5 CMD` runs CMD as root, in /srv, with FOO set; `su -c 'CMD'`, `flock f -c
'CMD'`, `env -S 'CMD ARGS'`, `watch 'CMD'`, `tmux send-keys 'CMD' Enter` hand a shell line to a shell, lowered
here. The tables (which options take a value, which make the command privileged) are in `automode.shell.wrappers`.
"""

from __future__ import annotations

import re

from automode.shell import git_frontends, later
from automode.shell.words import Word, shell_quote
from automode.shell.wrappers import (
    ALSO_RUNS,
    GUEST_NAMED,
    KEEP_OUTER,
    KEY_NAME,
    LOADER_OPTIONS,
    LOADERS,
    RUNNERS,
    SU_LIKE,
    WRAPPERS,
    after_global_opts,
    cluster_takes_arg,
    describes,
    in_cluster,
)
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class _Out(Protocol):
    commands: list[Command]

    def problem(self, msg: str) -> None: ...


class Lowerer(Protocol):
    """What unwrapping needs of `automode.shell.lower.Lowerer` (which imports this module)."""

    home: str
    cwd: str | None

    @property
    def out(self) -> _Out: ...

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip

    def command(self, cmd: Command, nesting: int) -> None: ...

    def stdin_code(self, cmd: Command, lang: str, nesting: int, from_substitution: bool = False) -> None: ...

    def _inner(self, cmd: Command, argv: list[Word], label: str, *, privileged: bool = False,
               remote: str | None = None, launcher: tuple[Word, ...] = ()) -> Command: ...  # fmt: skip


def unwrap(lw: Lowerer, cmd: Command, name: str, nesting: int) -> Command | None:
    """The command a wrapper runs (`sudo -u x CMD`, `timeout 5 CMD`, `uv run CMD`), with the wrapper's effect on it
    (privilege, working directory, unset variables); `cmd` itself when the wrapper ran a shell string and it was
    lowered here; None when `name` wraps nothing (or only describes, like `command -v`)."""
    words = cmd.argv
    if name in git_frontends.NAMES:  # `pass git push`, `yadm remote set-url …`: git on a repository of their own
        front = git_frontends.git_words(cmd)
        if front is not None:
            lw.out.commands.append(cmd)
            lw.command(lw._inner(cmd, front, f"{name} (git)"), nesting + 1)
        return None
    also = ALSO_RUNS.get(name)
    if also is not None:
        # `gdb -batch -ex run --args rm -rf ~`: the program after the marker runs; gdb's own options stay gdb's
        at = next((k for k, w in enumerate(words) if w.value in also.rest_opts), None)
        if at is not None and at + 1 < len(words):
            lw.command(lw._inner(cmd, words[at + 1 :], f"{name} {words[at].value}"), nesting + 1)
        return None
    if name in SHELL_ARGS:
        return _shell_args(lw, cmd, name, nesting)
    spec = WRAPPERS.get(name)
    label = name
    start = 1
    if spec is None and len(words) > 1:
        j = after_global_opts(name, [w.value if not w.dynamic else "" for w in words])
        key = (name, words[j].value) if j < len(words) else ("", "")
        if key in RUNNERS:
            spec, label, start = RUNNERS[key], f"{name} {words[j].value}", j + 1
        elif name == "uvx":
            spec = RUNNERS[("uvx", "")]
    if spec is None:
        from automode.shell.launchers import package_program

        return package_program(lw, cmd, name)  # type: ignore[arg-type]  # (`nix run nixpkgs#bash -- …`, `open x.command`)
    i = start
    positionals = spec.positionals
    env_split: str | None = None
    chdir: Word | None = None
    dropped: list[str] = []
    rest_hit = False
    first: Word | None = None  # (the first positional word: `machinectl shell NAME`'s machine)
    user_said = name not in SU_LIKE  # `su [-] USER -c CMD`: su's user comes before su's own options
    while i < len(words):
        w = words[i]
        v = w.value
        if not user_said and name == "runuser" and v.split("=", 1)[0] in ("-u", "--user"):
            user_said = True  # (`runuser -u USER CMD`: the user is the option's; no user word follows)
        if not user_said and v == "-":
            i += 1  # (`su - postgres -c CMD`: a login shell)
            continue
        if v == "--" or v in spec.rest_opts:
            i += 1
            rest_hit = True
            break
        if spec.plus_words and v.startswith("+") and not w.dynamic:
            i += 1  # `pkgx +node +python@3.12 CMD`: the packages it provides, not the command
            continue
        if i == start and v in spec.no_command:
            return None  # `kitty @ send-text …`: a remote-control command, not a program to start
        if name == "env" and v in ("-", "-i", "--ignore-environment"):  # `env -` is `env -i`
            dropped.append("*")
            i += 1
            continue
        if name == "env" and (v in ("-u", "--unset") or v.startswith("--unset=")) and (i + 1 < len(words) or "=" in v):
            dropped.append(v.split("=", 1)[1] if "=" in v else words[i + 1].value)
        if name in ("env", "sudo", "doas") and "=" in v and not v.startswith("-") and re.match(r"^[A-Za-z_]\w*=", v):
            cmd.assigns.append((v.split("=", 1)[0], Word(v.split("=", 1)[1], w.raw, w.dynamic)))
            i += 1
            continue
        if v.startswith("-") and len(v) > 1:
            if describes(v, spec):
                return None  # `command -v rm`, `command -pv rm`, `sudo -l`: describes, runs nothing
            if spec.shell_long and (v == spec.shell_long or v.startswith(spec.shell_long + "=")):
                v = spec.shell_opt + v[len(spec.shell_long) :] if spec.shell_opt else v
            if spec.shell_opt and (v == spec.shell_opt or v.startswith(spec.shell_opt + "=") or in_cluster(v, spec.shell_opt)):
                text = v.split("=", 1)[1] if "=" in v else (words[i + 1].value if i + 1 < len(words) else "")
                dyn = "=" not in v and i + 1 < len(words) and words[i + 1].dynamic
                if dyn:
                    lw.out.problem(f"`{label} {spec.shell_opt}` runs shell code that is only known at run time")
                lw.out.commands.append(cmd)
                lw.source(text, via=(*cmd.via, f"{label} {spec.shell_opt}"), privileged=cmd.privileged or spec.privileged,
                            remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
                return cmd
            if name == "env" and v in ("-S", "--split-string") and i + 1 < len(words):
                env_split = words[i + 1].value
                i += 2
                break
            if name == "env" and v.startswith("--split-string="):
                env_split = v.split("=", 1)[1]
                i += 1
                break
            if name == "env" and not v.startswith("--") and "S" in v[1:]:
                # `env -S'rm -rf ~'`, `env -iS 'CMD'`, `env -vS'CMD'`: a cluster whose `-S` takes the rest of the word
                # (or the next word) as the command line; the letters before it are flags (`-i` drops the environment)
                head, _, glued = v[1:].partition("S")
                if "i" in head:
                    dropped.append("*")
                env_split = glued if glued else (words[i + 1].value if i + 1 < len(words) else "")
                i += 1 if glued else 2
                break
            if spec.chdir_opts and (v in spec.chdir_opts or v.split("=", 1)[0] in spec.chdir_opts):
                # `env -C DIR CMD`, `sudo -D DIR CMD`: the command runs in DIR.
                chdir = Word(v.split("=", 1)[1], w.raw, w.dynamic) if "=" in v else (words[i + 1] if i + 1 < len(words) else None)
            if name in LOADERS and v.split("=", 1)[0] in LOADER_OPTIONS:
                lib = Word(v.split("=", 1)[1], w.raw, w.dynamic) if "=" in v else (words[i + 1] if i + 1 < len(words) else None)
                if lib is not None:
                    cmd.assigns.append((LOADER_OPTIONS[v.split("=", 1)[0]], lib))
            if v in spec.opts_with_arg:
                i += 2
                continue
            if v in spec.opts_with_two or v in spec.opts_with_three:
                i += 3 if v in spec.opts_with_two else 4
                continue
            if v.startswith("--") and "=" in v:
                i += 1
                continue
            # Short option with its argument glued on (`-n5`, `-uroot`) or a cluster of flags; a cluster whose
            # first letter that takes an argument is its last takes the next word (`screen -dmS name CMD`).
            i += 2 if cluster_takes_arg(v, spec.opts_with_arg) else 1
            continue
        if not user_said and not w.dynamic:
            user_said = True  # `su postgres -c "psql …"`, `runuser -l deploy -c CMD`: the user, then the options
            i += 1
            continue
        if positionals:
            positionals -= 1
            first = w if first is None else first
            i += 1
            continue
        if spec.opt_only:
            i += 1  # `chokidar 'src/**' -c CMD`: a pattern, not the command
            continue
        break
    if spec.opt_only and not rest_hit:
        return None  # the command is only ever an option's value (handled above when present)
    if env_split is not None:
        lw.out.commands.append(cmd)
        rest = " ".join(shell_quote(w) for w in words[i:])
        lw.source(env_split + (" " + rest if rest else ""), via=(*cmd.via, "env -S"),
                    privileged=cmd.privileged, remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return cmd
    inner = words[i:]
    if spec.line_only and not (inner and not inner[0].dynamic and any(c in inner[0].value.strip() for c in " \t;|&")):
        return None  # `pm2 start app.js`: a script it runs under node, not a command line
    if spec.line_only:
        inner = inner[:1]  # `pm2 start 'CMD' --cron '*/5 * * * *'`: the words after the line are the wrapper's options
    if not inner:
        if spec.privileged:
            # `sudo -i`, `sudo -s`, `su`: an interactive root shell.
            return lw._inner(cmd, [Word("bash", "bash")], label, privileged=True)
        return None
    if label in ("tmux send-keys", "tmux send"):
        # typed words run in the pane's shell when a key ends the line; key names are pressed, not typed
        inner = [w for w in inner if w.dynamic or not re.match(KEY_NAME, w.value)]
        if not inner:
            return None
    if name == "tmux" and len(inner) == 1 and inner[0].dynamic:
        # `tmux new -s x "script.sh $1"`: tmux hands the line to `sh -c`; the unknown part stays unknown there
        lw.out.commands.append(cmd)
        lw.source(inner[0].value, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote,
                    nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return cmd
    if label in ("tmux send-keys", "tmux send"):
        from automode.shell import consoles

        consoles.lower(lw, cmd, nesting)  # `tmux send-keys -t mc 'ban x' Enter`: a console's command, if it reads as one
    if name == "watch" or label in ("tmux send-keys", "tmux send", "pueue add"):
        # watch joins its arguments with spaces and hands the line to `sh -c` (like ssh): `watch 'rm -rf ~'` runs
        # `rm -rf ~`, so the words are joined as they are, not re-quoted into one word.
        lw.out.commands.append(cmd)
        lw.source(" ".join(w.raw if w.dynamic else w.value for w in inner), via=(*cmd.via, label), privileged=cmd.privileged,
                    remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return cmd
    if not inner[0].dynamic and any(c in inner[0].value.strip() for c in " \t\n;|&"):
        # `pnpm exec -c 'rm -rf ~'`, `yarn exec 'rm -rf ~'`: runners that hand a command line to a shell. (A
        # wrapper that execs the word as a program name fails on it; reading it as shell is the strict side.)
        lw.out.commands.append(cmd)
        lw.source(" ".join([inner[0].value, *(shell_quote(w) for w in inner[1:])]), via=(*cmd.via, label),
                    privileged=cmd.privileged or spec.privileged, remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return cmd
    launcher = (*(Word(x, x) for x in label.split()), *words[start:i])
    if label in KEEP_OUTER or spec.keep_outer:
        lw.out.commands.append(cmd)  # `doppler run -- npm start` reads the project's secrets, whatever it starts
    out = lw._inner(cmd, inner, label, privileged=spec.privileged, launcher=launcher, remote=_guest(label, first))
    if dropped:
        out.unset = (*out.unset, *dropped)
    if chdir is not None:
        base = cmd.cwd or lw.cwd
        known = not chdir.dynamic and (chdir.value.startswith(("/", "~")) or base is not None)
        out.cwd = later.resolve(chdir.value, base, lw.home) if known else None
    return out


#: Benchmark runners whose positional words are shell command lines, and their options that take one more
#: (hyperfine(1): `--prepare`, `--setup`, `--cleanup`, `--conclude`; the others take a plain value).
SHELL_ARGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # concurrently(1): each positional word is a command line (`npm:dev` is `npm run dev`)
    "concurrently": (frozenset(), frozenset({"-n", "--names", "-c", "--prefix-colors", "-p", "--prefix", "-s", "--success",
                                             "--restart-tries", "--restart-after", "-m", "--max-processes", "-l",
                                             "--prefix-length", "-t", "--timestamp-format", "--default-input-target",
                                             "--cwd", "--name-separator", "--pad-prefix"})),
    # moreutils pee(1): each positional word is a command line its input is piped to; mispipe(1): two command lines
    "pee": (frozenset(), frozenset()),
    "mispipe": (frozenset(), frozenset()),
    "hyperfine": (frozenset({"-p", "--prepare", "-s", "--setup", "-c", "--cleanup", "--conclude"}),
                  frozenset({"-w", "--warmup", "-m", "--min-runs", "-M", "--max-runs", "-r", "--runs", "-S", "--shell",
                             "-u", "--time-unit", "--export-json", "--export-csv", "--export-markdown", "--export-asciidoc",
                             "--export-orgmode", "-L", "--parameter-list", "-P", "--parameter-scan", "-D",
                             "--parameter-step-size", "--style", "--sort", "-n", "--command-name", "--output", "--input"})),
}  # fmt: skip


def _shell_args(lw: Lowerer, cmd: Command, name: str, nesting: int) -> Command:
    """`hyperfine 'rm -rf ~'`, `hyperfine --prepare 'CMD' true`: each command line is run by the shell."""
    shell_opts, value_opts = SHELL_ARGS[name]
    words = cmd.argv[1:]
    i = 0
    texts: list[str] = []
    while i < len(words):
        v = words[i].value
        opt, eq, val = v.partition("=")
        if opt in shell_opts:
            texts.append(val if eq else (words[i + 1].value if i + 1 < len(words) else ""))
            i += 1 if eq else 2
        elif opt in value_opts:
            i += 1 if eq else (4 if opt in ("-P", "--parameter-scan") else 2)
        elif v.startswith("-"):
            i += 1
        else:
            texts.append(v)
            i += 1
    lw.out.commands.append(cmd)
    if name == "concurrently":
        texts = [re.sub(r"^(npm|yarn|pnpm|bun):(\S+)$", r"\1 run \2", t) for t in texts]
    for k, text in enumerate(texts[:16]):
        if text.strip():
            lw.source(text, via=(*cmd.via, name), privileged=cmd.privileged, remote=cmd.remote, nesting=nesting + 1,
                      cwd=cmd.cwd)  # fmt: skip
            if name == "pee" or (name == "mispipe" and k == 0):
                _fed_line(lw, cmd, text, nesting)
    return cmd


def _fed_line(lw: Lowerer, cmd: Command, text: str, nesting: int) -> None:
    """`echo 'rm -rf ~' | pee sh cat`: a line whose program reads code on stdin is fed what `pee` reads."""
    from automode.shell.wrappers import SHELLS

    words = text.split()
    if not words or any(w in ("-c", "-e", "-m") for w in words[1:]) or any(not w.startswith("-") for w in words[1:]):
        return
    prog = words[0].rsplit("/", 1)[-1]
    if prog in SHELLS:
        lw.stdin_code(cmd, "shell", nesting)
    elif re.match(r"^(?:python[\d.]*|pypy3?|py)$", prog):
        lw.stdin_code(cmd, "python", nesting)


def _guest(label: str, first: Word | None) -> str | None:
    """`machinectl shell build-box CMD`: the guest the command runs in (`machinectl:build-box`), None for this host."""
    local = GUEST_NAMED.get(label)
    if local is None or first is None or first.dynamic:
        return None
    machine = first.value.rsplit("@", 1)[-1]
    return None if machine in local else f"{label.split(' ', 1)[0]}:{machine}"
