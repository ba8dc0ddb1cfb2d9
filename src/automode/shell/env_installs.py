"""Package installers that write into the environment they run from, or the one an option or variable names.

`~/.local/share/automode/venv/bin/pip install /tmp/x.whl` installs into automode's own environment: a `.pth` file
in that wheel runs inside every later decision (red team s20: allowed, because the install was read only as a
package fetch). The environment is where the program sits (`ENV/bin/pip`, `ENV/bin/python -m pip`, `ENV\\Scripts\\
pip.exe`), the interpreter named by `--python`/`-p` (pip 22.3+, `uv pip`), or `VIRTUAL_ENV` for `uv pip`. The
install is a write of files whose names are not known, inside that environment (`ENV/__archive_member__`): the
rules judge the directory (an agent's or automode's own is refused; the project's `.venv` is routine).

Facts from pip(1) (`install`, `uninstall`, global `--python`), python -m ensurepip, uv pip (`--python/-p`,
`VIRTUAL_ENV`, `--system`), easy_install.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.fileenv import Env
    from automode.shell.script import Command

MEMBER = "__archive_member__"
PIP_RE = re.compile(r"pip(?:\d+(?:\.\d+)?)?|easy_install(?:-\d+(?:\.\d+)?)?")
PYTHON_RE = re.compile(r"python(?:\d+(?:\.\d+)?)?|pypy3?|py")
#: Verbs that change what an environment holds.
CHANGES = frozenset({"install", "uninstall", "sync"})
#: `python -m MODULE` modules that install into the interpreter's environment.
INSTALL_MODULES = frozenset({"pip", "ensurepip", "easy_install"})
_BIN = re.compile(r"^(?P<env>.+?)[/\\](?:bin|Scripts)[/\\][^/\\]+$")


def _env_of_program(w: Word) -> Word | None:
    """`ENV/bin/pip` -> `ENV` (a program run by its path inside an environment)."""
    m = _BIN.match(w.value)
    return Word(m.group("env"), w.raw, w.dynamic) if m else None


def _env_of_python(w: Word) -> Word:
    """`--python ENV/bin/python3` -> ENV; `--python ENV` -> ENV."""
    return _env_of_program(w) or w


def _option(args: list[Word], names: tuple[str, ...]) -> Word | None:
    for i, w in enumerate(args):
        k, eq, v = w.value.partition("=")
        if k in names:
            if eq:
                return Word(v, w.raw, w.dynamic)
            return args[i + 1] if i + 1 < len(args) else None
    return None


def _target(cmd: Command) -> Word | None:
    """The environment an install of this command writes, if it names one."""
    args = cmd.argv[1:]
    values = [w.value for w in args]
    if "--dry-run" in values or "--help" in values or "-h" in values:
        return None
    plain = [v for v in values if not v.startswith("-")]
    name = cmd.name.removesuffix(".exe")
    if PIP_RE.fullmatch(name):
        if not (set(plain[:2]) & CHANGES) and not name.startswith("easy_install"):
            return None
        named = _option(args, ("--python",))
        return _env_of_python(named) if named is not None else _env_of_program(cmd.argv[0])
    if PYTHON_RE.fullmatch(name):
        mod = next((values[i + 1] for i, v in enumerate(values[:-1]) if v == "-m"), None)
        if mod not in INSTALL_MODULES or (mod == "pip" and not set(plain[1:3]) & CHANGES):
            return None
        return _env_of_program(cmd.argv[0])
    if name == "uv" and plain[:1] == ["pip"] and set(plain[1:2]) & CHANGES:
        if "--system" in values:
            return None
        named = _option(args, ("--python", "-p"))
        if named is not None:
            return _env_of_python(named)
        return next((w for k, w in cmd.assigns if k == "VIRTUAL_ENV"), None)
    return None


def installs(cmd: Command, env: Env) -> Iterator[Effect]:
    """An install into a named environment: files whose names are not known, written inside it."""
    where = _target(cmd)
    if where is None or not where.value:
        return
    yield env.file("write", Word(f"{where.value.rstrip('/')}/{MEMBER}", where.raw, where.dynamic), cmd, origin="install")


#: Names of the programs `installs` reads (the dispatch in `shell.commands`).
NAMES: tuple[str, ...] = ("pip", "pip3", *(f"pip3.{n}" for n in range(6, 16)), "easy_install", "uv",
                          "python", "python3", *(f"python3.{n}" for n in range(6, 16)), "pypy3", "py")  # fmt: skip

#: (command, the environment it writes into, or "" for none): fixtures run by the tests.
FIXTURES: tuple[tuple[str, str], ...] = (
    ("~/.local/share/automode/venv/bin/pip install -q /tmp/x.whl", "~/.local/share/automode/venv"),
    ("/opt/tools/env/bin/python3 -m pip install --upgrade speedups", "/opt/tools/env"),
    ("/opt/tools/env/bin/python -m ensurepip --upgrade", "/opt/tools/env"),
    ("pip --python /srv/app/venv/bin/python install x", "/srv/app/venv"),
    ("uv pip install -p ~/.local/share/pipx/venvs/automode x", "~/.local/share/pipx/venvs/automode"),
    ("VIRTUAL_ENV=/srv/app/venv uv pip install x", "/srv/app/venv"),
    (".venv/bin/pip install requests", ".venv"),
    ("pip install requests", ""),
    ("/opt/tools/env/bin/pip list", ""),
    ("/opt/tools/env/bin/pip install --dry-run x", ""),
    ("/opt/tools/env/bin/python -m pytest", ""),
    ("uv pip install --system x", ""),
)
