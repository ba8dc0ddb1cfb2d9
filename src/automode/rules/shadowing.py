"""persistence, continued: a program planted where the shell finds it first (`~/.local/bin/git`, `~/bin/python3`),
a name rebound in the shell (`hash -p FILE git`), a PATH that puts a shared temporary directory first.

Every later command that names the program (the user's, a script's, the agent's next `git status`, which automode
allows as routine) runs the planted file instead. The directories and names are data (`knowledge/shadowing.py`).
"""

from __future__ import annotations

import re

from automode.knowledge.shadowing import PATH_DIRS, shadowed
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

MEMBER = "__archive_member__"
#: Where the system's own programs live: a link to one of them is the real program, not a planted one.
SYSTEM_PROGRAMS = ("/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/", "/usr/lib/", "/usr/libexec/", "/opt/homebrew/", "/usr/local/",
                   "/Applications/", "/snap/", "/nix/store/")


@rule(
    "AM-PERSIST-010",
    category="persistence",
    verdict="deny",
    kind="effect",
    names={"write"},
    title="Puts a program where the shell finds it before the system's",
    what="Writing, copying, moving or linking a file named like a program people run by name (`git`, `python3`, "
    "`sudo`, `ssh`, `ls`, `node`: `knowledge.shadowing.COMMON`) into a directory that comes before the system's on "
    "PATH (" + ", ".join(f"`{d}`" for d in PATH_DIRS[:12]) + ", …: `PATH_DIRS`); an ask for other programs automode "
    "knows, and for files of unknown names (an archive, a clone) landing there.",
    why="The next command that names the program, the user's or one automode allows as routine, runs the planted file "
    "instead.",
    example="cp wrapper.sh ~/.local/bin/git",
    instead="Put the script in the project under its own name (`scripts/git-wrapper.sh`) and tell the user.",
    must_match=["cp evil ~/bin/python3", "install -m 755 w.sh ~/.local/bin/node", "ln -s /tmp/x ~/.local/bin/ls",
                "mv w.sh ~/bin/git", "cp x.sh ~/.cargo/bin/ssh",
                {"tool": "Write", "input": {"file_path": "/home/user/.local/bin/python3", "content": "#!/bin/sh\n"}},
                "tee ~/.local/bin/sudo < x.sh", "cp x node_modules/.bin/npm"],
    must_not_match=["cp build/mytool ~/.local/bin/mytool", "ls ~/.local/bin", "cat ~/.local/bin/git",
                    "cp scripts/dev.sh bin/dev.sh", "mkdir -p ~/.local/bin", "install -m 755 target/release/fooctl ~/bin/",
                    "ln -sf /usr/bin/python3 .venv/bin/python"],
)  # fmt: skip
def shadowing_write(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "create" or not any(d in e.target for d in ("/bin/", "/.bin/", "/shims/", "/pnpm/", "/tools/")):
        return None  # (every directory of PATH_DIRS has one of these parts)
    if e.target.endswith("/" + MEMBER):
        base = e.target[: -len(MEMBER) - 1]
        hit = shadowed(base + "/git", a.ctx.home)
        if hit is not None:  # `tar -x -C ~/.local/bin`, `unzip -d ~/bin`: names known only when they land
            return Hit(f"puts files of names it does not know into {base}, which comes before the system's programs on PATH", "ask")
        return None
    hit = shadowed(e.target, a.ctx.home)
    if hit is None:
        return None
    if e.origin == "link" and (e.content or "").startswith(SYSTEM_PROGRAMS):
        return None  # `ln -s /usr/bin/python3 .venv/bin/python`: the system's own program under its name
    name, kind = hit
    where = e.target.rsplit("/", 1)[0]
    if kind == "known":
        return Hit(f"puts a `{name}` in {where}, ahead of the system's on PATH", "ask")
    return f"puts a `{name}` in {where}, where the shell finds it before the real one: later `{name}` commands run it"


#: Directories anyone can write, first on a PATH: whatever lands there later runs under the names it takes.
SHARED_DIRS = ("/tmp", "/var/tmp", "/dev/shm", "/private/tmp")


#: Variables that name the directories a program loads its modules or libraries from (red team s14: `PERL5LIB=/tmp
#: perl -MEvil`, `NODE_PATH=/tmp node`, `GCONV_PATH=/tmp iconv`): an entry anyone can write, anywhere in the list, is
#: code placed there by anyone loaded under an ordinary name. Sources: python(1), perlrun(1), ruby(1), node(1), ld.so(8),
#: dyld(1), iconv(3), lua(1), R, Julia, PHP, the JVM.
LOAD_PATH_VARS = frozenset({"PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE", "PERL5LIB", "PERLLIB", "RUBYLIB", "NODE_PATH",
                            "LUA_PATH", "LUA_CPATH", "CLASSPATH", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH",
                            "DYLD_FRAMEWORK_PATH", "DYLD_FALLBACK_LIBRARY_PATH", "GCONV_PATH", "R_LIBS", "R_LIBS_USER",
                            "JULIA_LOAD_PATH", "JULIA_DEPOT_PATH", "PHP_INI_SCAN_DIR", "GEM_PATH", "GEM_HOME",
                            "PERL_LOCAL_LIB_ROOT", "GUILE_LOAD_PATH", "TCLLIBPATH", "OCAMLPATH", "ERL_LIBS"})  # fmt: skip


def _first_entries(value: str) -> list[str]:
    out = []
    for part in value.split(":"):
        if part in ("$PATH", "${PATH}"):
            break
        out.append(part)
    return out


@rule(
    "AM-PERSIST-011",
    category="persistence",
    verdict="ask",
    kind="command",
    needs={"assigns"},
    when=lambda name: name in ("hash", "export", "declare", "typeset", "readonly"),
    title="Makes the shell run another file under a program's name",
    what="`hash -p FILE NAME` (later `NAME` commands run FILE), a PATH whose first entries are a directory anyone "
    "can write (`/tmp`, `/var/tmp`, `/dev/shm`) or an empty entry (the working directory, wherever it is then), and a "
    "module or library search path (`PYTHONPATH`, `PERL5LIB`, `NODE_PATH`, `LD_LIBRARY_PATH`, `GCONV_PATH`, ...) "
    "with such a directory anywhere in it.",
    why="The commands that follow run files automode never saw under names it judges as the real programs.",
    example="hash -p /tmp/x git",
    instead="Run the file by its own path.",
    must_match=["hash -p /tmp/evil git", "export PATH=/tmp/evil:$PATH", "PATH=/dev/shm/x:$PATH git status",
                "export PATH=:$PATH", "PERL5LIB=/tmp perl -MEvil -e 1", "NODE_PATH=/tmp node -e 1",
                "export PYTHONPATH=src:/var/tmp/x", "GCONV_PATH=/tmp iconv -f x"],
    must_not_match=["hash -r", "hash git", "export PATH=$HOME/.local/bin:$PATH", "PATH=./node_modules/.bin:$PATH jest",
                    "export PATH=/usr/local/go/bin:$PATH", "PYTHONPATH=src pytest -q", "NODE_PATH=./lib node app.js",
                    "export LD_LIBRARY_PATH=$PWD/build/lib"],
)  # fmt: skip
def rebound_name(cmd: Command, a: Analysis) -> str | None:
    args = cmd.args
    if cmd.name == "hash" and "-p" in args:
        i = args.index("-p")
        if len(args) > i + 2:
            return f"hash -p makes later `{args[i + 2]}` commands run {args[i + 1]}"
        return "hash -p rebinds a program's name to another file"
    # as written (`$PATH` itself expands to a value automode does not know)
    values = [w.raw.strip("\"'") for k, w in cmd.assigns if k == "PATH"]
    if cmd.name in ("export", "declare", "typeset", "readonly"):
        values += [w.raw.split("=", 1)[1].strip("\"'") for w in cmd.argv[1:] if w.raw.lstrip("\"'").startswith("PATH=")]
    for v in values:
        for entry in _first_entries(v):
            if entry == "" or entry.rstrip("/").startswith(SHARED_DIRS):
                return f"PATH puts {entry or 'the working directory'} first: programs placed there run under common names"
    loads = [(k, w.raw.strip("\"'")) for k, w in cmd.assigns if k in LOAD_PATH_VARS]
    if cmd.name in ("export", "declare", "typeset", "readonly"):
        loads += [(w.raw.split("=", 1)[0], w.raw.split("=", 1)[1].strip("\"'")) for w in cmd.argv[1:]
                  if "=" in w.raw and w.raw.split("=", 1)[0] in LOAD_PATH_VARS]  # fmt: skip
    for k, v in loads:
        shared = next((e for e in re.split(r"[:;]", v) if e.rstrip("/").startswith(SHARED_DIRS)), None)
        if shared is not None:
            return f"{k} names {shared}, a directory anyone can write: modules placed there are loaded under ordinary names"
    return None
