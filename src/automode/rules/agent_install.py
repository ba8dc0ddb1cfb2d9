"""agent-control, continued: installing into (or removing from) the Python automode itself runs from.

The hook imports automode and its dependencies from one Python installation (`controls.own_prefixes`: its virtual
environment, the interpreter it was made from, the directory its package is imported from). A package installed
there can replace automode's code or a module the hook imports (a wheel may carry any file under site-packages, and
its build runs code), an uninstall removes them; both change what decides every later action. Which installation a
package manager writes is named by its path (`/opt/am/bin/pip`, `/opt/am/bin/python -m pip`), an option (`uv pip
--python`, `pip --target`/`--prefix`), an environment variable (`VIRTUAL_ENV=`, `UV_PYTHON=`), or, for pipx and uv
tools, the name of automode's own tool environment. A bare `pip` belongs to whatever environment is active, which
automode cannot know: that stays an ordinary install.
"""

from __future__ import annotations

import re

from automode import controls, lazyre
from automode.paths import resolve
from automode.rules.base import rule
from automode.shell.interp import PYTHONS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

PIPS = re.compile(r"^(?:pip|pip3|pip3\.\d+|pip\d)$")
#: Subcommands that change what is installed.
CHANGES = frozenset({"install", "uninstall", "sync", "remove"})
#: Options naming the installation written: the interpreter (its prefix is two levels up) or the directory itself.
INTERPRETER_OPTS = frozenset({"--python", "-p"})
DIR_OPTS = frozenset({"--target", "-t", "--prefix", "--root", "--system-site-packages"})
ENV_VARS = ("VIRTUAL_ENV", "UV_PYTHON", "UV_PROJECT_ENVIRONMENT", "PIP_TARGET", "PIP_PREFIX")
#: pipx and uv tool subcommands that change a named tool environment (`pipx inject automode x`).
TOOL_CHANGES = {"pipx": frozenset({"inject", "uninject", "runpip", "reinstall", "upgrade", "uninstall", "install"}),
                "uv": frozenset({"install", "upgrade", "uninstall"}),
                # other managers automode can be installed with (Homebrew, conda): removing or relinking it there
                "brew": frozenset({"uninstall", "remove", "rm", "reinstall", "unlink", "link", "upgrade", "install"}),
                **dict.fromkeys(("conda", "mamba", "micromamba"), frozenset({"remove", "uninstall", "install", "update"}))}  # fmt: skip


def _prefix_of(path: str) -> str:
    """`/opt/am/bin/python3` -> `/opt/am`; a directory given as the environment stays itself."""
    if re.search(r"/bin/[^/]+$", path):
        return path.rsplit("/", 2)[0]
    return path.rstrip("/")


def _targets(cmd: Command, a: Analysis) -> list[str]:
    """The installations this command's package manager writes, when it names them; [] when it does not."""
    argv = [w.value for w in cmd.argv]
    where = cmd.cwd or a.cwd
    out: list[str] = []
    head = argv[0]
    if "/" in head and (PIPS.match(cmd.name) or (PYTHONS.match(cmd.name) and "-m" in argv[1:3] and "pip" in argv[2:4])):
        out.append(_prefix_of(resolve(head, where, a.ctx.home)))
    for i, x in enumerate(argv[1:], 1):
        k, eq, v = x.partition("=")
        val = v if eq else (argv[i + 1] if i + 1 < len(argv) else "")
        if k in INTERPRETER_OPTS and val and "/" in val:
            out.append(_prefix_of(resolve(val, where, a.ctx.home)))
        elif k in DIR_OPTS and val:
            out.append(resolve(val, where, a.ctx.home).rstrip("/"))
    env = {k: w.value for k, w in cmd.assigns}
    for k, v in a.assignments:
        env.setdefault(k, v)
    for k in ENV_VARS:
        if env.get(k, "").startswith(("/", "~", ".")):
            out.append(_prefix_of(resolve(env[k], where, a.ctx.home)))
    return out


def installer(name: str) -> bool:
    """A program `_installs` reads: pip by any name, uv, pip-sync, and Python (`python -m pip`)."""
    return bool(PIPS.match(name)) or name in ("uv", "pip-sync") or bool(PYTHONS.match(name))


def _installs(cmd: Command) -> bool:
    args = cmd.args
    if PIPS.match(cmd.name) or cmd.name in ("uv", "pip-sync"):
        return cmd.name == "pip-sync" or any(x in CHANGES for x in args[:4])
    if PYTHONS.match(cmd.name):
        return "pip" in args[:3] and any(x in CHANGES for x in args[:6])
    return False


#: A package that calls itself automode, given as a directory, archive or repository (`pip install -e
#: /tmp/automode-fork`, `./automode-0.1.tar.gz`, `git+https://…/automode`) or forced over the installed one: in the
#: environment the hook runs from (which a bare `pip` may be) it replaces the guard with code of the agent's choosing.
_FORK = re.compile(r"(?i)(?:^|[/@+:])automode(?:[-_.][\w.-]*)?(?:\.git|\.tar\.gz|\.zip|\.whl)?/?$")
_FORCE = frozenset({"--force-reinstall", "--upgrade", "-U", "--reinstall", "--force", "--editable", "-e"})


def _fork(cmd: Command) -> str | None:
    args = cmd.args
    forced = any(x in _FORCE for x in args)
    for x in args:
        if x.startswith("-") or x in ("install", "pip", "sync"):
            continue
        if _FORK.search(x) and ("/" in x or ":" in x or forced):
            return f"installs a build of automode itself ({x[:80]}): in the environment its hook runs from, it replaces the guard"
    return None


#: Subcommands that remove every tool environment at once, automode's among them (red team s20): `pipx
#: uninstall-all`, `uv tool uninstall --all`; nix profiles (`nix profile remove automode|--all`, `nix-env -e
#: automode`). (`pipx reinstall-all` rebuilds the same tools from their index: the index is the supply rules' matter.)
ALL_TOOLS = {"pipx": frozenset({"uninstall-all"}), "uv": frozenset({"uninstall"})}
_NIX_REMOVE = frozenset({"remove", "upgrade", "install"})


def _every_tool(cmd: Command) -> str | None:
    args = [x for x in cmd.args if not x.startswith("-")]
    if cmd.name == "pipx" and args[:1] and args[0] in ALL_TOOLS["pipx"]:
        return f"changes every pipx tool environment, automode's among them ({cmd.name} {args[0]})"
    if cmd.name == "uv" and args[:2] == ["tool", "uninstall"] and "--all" in cmd.args:
        return "uninstalls every uv tool, automode among them (uv tool uninstall --all)"
    if cmd.name == "nix" and args[:1] == ["profile"] and len(args) >= 2 and args[1] in _NIX_REMOVE and \
            (any(re.match(r"^(?:.*[#.])?automode(\W|$)", x) for x in args[2:]) or "--all" in cmd.args) and args[1] != "install":
        return f"changes the nix profile entry of automode (nix profile {args[1]})"
    if cmd.name == "nix-env" and any(x in ("-e", "--uninstall") for x in cmd.args) and \
            any(re.match(r"^(?:automode(\W|$)|\.\*$|\*$)", x) for x in args):
        return "removes automode from the nix profile (nix-env -e)"
    return None


def _own_tool(cmd: Command) -> str | None:
    """`pipx inject automode evil`, `pipx runpip automode install x`, `uv tool install --force automode --with x`."""
    every = _every_tool(cmd)
    if every is not None:
        return every
    args = [x for x in cmd.args if not x.startswith("-")]
    subs = TOOL_CHANGES.get(cmd.name)
    if subs is None:
        return None
    if cmd.name == "uv":
        if args[:1] != ["tool"] or len(args) < 3 or args[1] not in subs:
            return None
        args = args[1:]
    if len(args) >= 2 and args[0] in subs and re.match(r"^automode(\W|$)", args[1]) and (args[0] != "install" or "--force" in cmd.args):
        return f"changes automode's own tool environment ({cmd.name} {args[0]} {args[1]})"
    return None


@rule(
    "AM-AGENT-011",
    category="agent-control",
    verdict="deny",
    floor=True,
    kind="command",
    when=lambda name: name in TOOL_CHANGES or name in ("nix", "nix-env") or installer(name),
    title="Installs into automode's own Python",
    what="A package manager that installs or uninstalls packages in the Python installation automode runs from (its "
    "virtual environment, the interpreter it was made from, the directory its package is imported from: "
    "`controls.own_prefixes`), named by the manager's path (`/opt/am/bin/pip`, `/opt/am/bin/python -m pip`), an "
    "option (`uv pip --python`, `--target`, `--prefix`), a variable (`VIRTUAL_ENV=`, `UV_PYTHON=`), or automode's "
    "own pipx/uv tool environment (`pipx inject automode …`, `pipx runpip automode …`).",
    why="A package installed there can replace automode's code or a module its hook imports, and an uninstall removes "
    "them: the next decision would be made by code of the agent's choosing.",
    example="~/.local/pipx/venvs/automode/bin/pip install tree-sitter==0.0.1",
    instead="Install into the project's own environment; ask the user to change automode's installation.",
    must_match=["pipx inject automode evil-pkg", "pipx runpip automode install x", "uv tool install --force automode --with evil",
                "pipx uninstall-all", "uv tool uninstall --all", "nix profile remove automode", "nix-env -e automode",
                "pip install -e /tmp/automode-fork", "uv pip install /tmp/automode", "python3 -m pip install --force-reinstall ./automode",
                "pip install git+https://github.com/x/automode.git", "pip install -U automode-0.3.tar.gz"],
    must_not_match=["pip install requests", "python3 -m pip install -e .", ".venv/bin/pip install -r requirements.txt",
                    "uv pip install --python .venv/bin/python ruff", "pipx install ruff", "pipx inject poetry poetry-plugin-export",
                    "uv tool install ruff", "uv tool uninstall ruff", "nix profile remove hello", "nix profile list",
                    "pipx reinstall-all", "nix-env -e hello",
                    "pip install automode", "pip install -e .", "pip install /tmp/automodel-exp",
                    "pip install -e ../automodeling"],
)  # fmt: skip
def own_install(cmd: Command, a: Analysis) -> str | None:
    tool = _own_tool(cmd)
    if tool is not None:
        return tool
    if not _installs(cmd):
        return None
    fork = _fork(cmd)
    if fork is not None:
        return fork
    own = controls.own_prefixes()
    for t in _targets(cmd, a):
        for p in own:
            if t == p or t.startswith(p + "/"):
                return f"installs into {t}, the Python automode runs from (its hook imports what is installed there)"
    return None


#: Editors whose command line installs an extension (VS Code and its forks: `--install-extension ID|FILE`; JetBrains
#: IDEs: `installPlugins ID|FILE|URL`).
EDITOR_CLIS = frozenset({"code", "code-insiders", "codium", "vscodium", "cursor", "windsurf", "positron", "trae", "kiro",
                         "code-oss", "code-server", "idea", "pycharm", "webstorm", "goland", "clion", "rider",
                         "phpstorm", "rubymine", "datagrip", "studio"})  # fmt: skip
_EXTENSION_ID = lazyre.compile(r"^[\w-]+\.[\w.-]+(?:@[\w.+-]+)?$")  # `ms-python.python`, `esbenp.prettier-vscode@10.1.0`


def _extension_files(cmd: Command) -> list[str]:
    args = [w.raw if w.dynamic else w.value for w in cmd.argv[1:]]
    out: list[str] = []
    for i, x in enumerate(args):
        if x == "--install-extension" and i + 1 < len(args):
            out.append(args[i + 1])
        elif x.startswith("--install-extension="):
            out.append(x.split("=", 1)[1])
    if args[:1] == ["installPlugins"]:
        out += args[1:]
    return [x for x in out if not _EXTENSION_ID.match(x) or x.endswith((".vsix", ".zip", ".jar"))]


@rule(
    "AM-AGENT-019",
    category="agent-control",
    verdict="ask",
    kind="command",
    when=lambda name: name in EDITOR_CLIS,
    title="Installs an editor extension from a file or an address",
    what="An editor's command line installing an extension that is not a marketplace id: a `.vsix` file, a path, an "
    "address or a value known only at run time (`code --install-extension ./x.vsix`, `cursor --install-extension "
    "$(ls *.vsix)`, `idea installPlugins /tmp/p.zip`).",
    why="An extension runs code in the editor as the user each time it starts, and the editors this covers hold "
    "coding agents and their settings (Copilot, Cursor, Windsurf): a file the session made or downloaded is code no "
    "marketplace has seen, installed where automode does not look again (red team s12, left open then).",
    example="code --install-extension /tmp/helper.vsix",
    instead="Install the extension from the marketplace by its id, or ask the user to install the file.",
    must_match=["code --install-extension evil.vsix", "cursor --install-extension /tmp/x.vsix",
                "code --install-extension=https://x.example/e.vsix", "idea installPlugins /tmp/p.zip",
                "code --install-extension \"$(ls *.vsix)\""],
    must_not_match=["code --install-extension ms-python.python", "code --install-extension esbenp.prettier-vscode@10.1.0",
                    "code .", "cursor --list-extensions", "idea installPlugins com.intellij.ideolog"],
)  # fmt: skip
def editor_extension_file(cmd: Command, a: Analysis) -> str | None:
    files = _extension_files(cmd)
    if not files:
        return None
    return f"installs the editor extension {files[0][:80]}, which is not a marketplace id: its code runs in the editor"
