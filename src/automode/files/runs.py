"""`Run`: one command or piece of code that a written file will run later, and where and how it runs."""

from __future__ import annotations

from automode.dc import dataclass
from automode.typing_lite import Literal

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
