"""`Run`: one command or piece of code that a written file will run later, and where and how it runs."""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from automode.shell.parse import Command

Lang = Literal["shell", "python", "code"]
Place = Literal["host", "request", "runner"]


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    where: str  # "RUN", "scripts.postinstall", "jobs.build.steps.run", ...
    lang: Lang = "shell"
    #: How and where it runs. "host": by itself on the developer's machine (git hooks, `.envrc`, install lifecycle
    #: scripts, run-on-open tasks, kubeconfig exec, ssh ProxyCommand, conftest.py): judged like a command run now.
    #: "request": when someone asks for it by name (`make deploy`, `npm run release`, a task): judged by what it does
    #: to the machine and to data (downloads run, secrets sent, deletes of home, secrets or the system), not by the
    #: act its name announces. "runner": in a container build, dev container or CI runner, whose file system is
    #: throwaway: only code fetched and run and data sent out count.
    place: Place = "host"
    #: The task's name where the file names its tasks (a make target, a just recipe, an npm script), and whether a bare
    #: invocation of the runner runs it (make's first target, just's first or `default` recipe): `files.routine_tasks`
    #: reads both to tell a routine task (`test`, `build`, the default goal) from one asked for by name (`deploy`).
    name: str = ""
    default: bool = False


#: Temporary and download directories: a program or script a file runs from there is whatever sits there then.
TEMP_PROGRAM = lazyre.compile(r"^(?:/tmp|/var/tmp|/dev/shm|/private/tmp|/private/var/folders|/run/user/\d+)/|/Downloads/")
#: Programs that run a file named by their first operand (`sh /tmp/x.sh`, `node /tmp/x.js`, `. /tmp/env`) or by an
#: option (`make -f /tmp/x.mk`, the form a makefile's `include /tmp/x.mk` takes, `just -f`, `node --require`).
_SCRIPT_RUNNERS = frozenset({"sh", "bash", "dash", "zsh", "ksh", "fish", "source", ".", "python", "python3", "node", "ruby",
                             "perl", "php", "deno", "bun", "tsx", "ts-node", "pwsh", "lua", "Rscript"})  # fmt: skip
_FILE_OPTS = frozenset({"-f", "--file", "--makefile", "--justfile", "-r", "--require", "--import", "--rcfile", "--init-file"})


def temp_script(cmd: Command) -> str | None:
    """The script or file under a temporary directory that `cmd` runs or reads as code, if any."""
    args = cmd.argv[1:]
    for i, w in enumerate(args):
        opt, eq, val = w.value.partition("=")
        if opt in _FILE_OPTS and not w.dynamic:
            f = val if eq else (args[i + 1].value if i + 1 < len(args) and not args[i + 1].dynamic else "")
            if TEMP_PROGRAM.search(f):
                return f
    if cmd.name in _SCRIPT_RUNNERS:
        first = next((w for w in args if not w.value.startswith("-")), None)
        if first is not None and not first.dynamic and TEMP_PROGRAM.search(first.value):
            return first.value
    return None
