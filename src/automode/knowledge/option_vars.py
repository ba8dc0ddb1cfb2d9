"""Environment variables a program reads as more of its own options (red team s19, issue 13).

`TAR_OPTIONS='--to-command=rm -rf ~' tar -xf a.tar` is `tar --to-command='rm -rf ~' -xf a.tar`; `LESS='+!CMD' git
log` makes the pager git starts run CMD first; `MANOPT='-P CMD' man ls` pages through CMD; `ZIPOPT='-TT CMD'`,
`MAKEFLAGS`, `PYTEST_ADDOPTS`, `npm_config_<key>` (npm's `--<key>`), and a ripgrep configuration file written by the
same action (`RIPGREP_CONFIG_PATH`, one option a line). The command line they make is lowered beside the command, so
every table that reads the options (`code_opts`, `rules.option_power`, the delete rules) reads these as well.

`VARS`: variable -> (the programs that read it, the program whose options they are: "" for the command's own).
Sources: tar(1) TAR_OPTIONS, less(1) LESS, man(1) MANOPT, zip(1) ZIPOPT, unzip(1) UNZIP/UNZIPOPT, make(1)
MAKEFLAGS, pytest's PYTEST_ADDOPTS, npm-config(7) environment, rg(1) RIPGREP_CONFIG_PATH, GNU grep GREP_OPTIONS.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator, Mapping

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.words import Word

#: Programs that page their output through less by default (LESS reaches the pager they start).
PAGING = frozenset({"less", "git", "man", "journalctl", "systemctl", "loginctl", "timedatectl", "hostnamectl", "psql",
                    "mysql", "gh", "glab", "bat", "delta", "tig", "perldoc", "ri", "pydoc", "pydoc3", "aws",
                    "kubectl", "hg", "svn", "jj"})  # fmt: skip
VARS: dict[str, tuple[frozenset[str], str]] = {
    "TAR_OPTIONS": (frozenset({"tar", "gtar"}), ""),
    "ZIPOPT": (frozenset({"zip"}), ""),
    "UNZIP": (frozenset({"unzip"}), ""),
    "UNZIPOPT": (frozenset({"unzip"}), ""),
    "MANOPT": (frozenset({"man"}), ""),
    "MAKEFLAGS": (frozenset({"make", "gmake"}), ""),
    "GREP_OPTIONS": (frozenset({"grep", "egrep", "fgrep"}), ""),
    "PYTEST_ADDOPTS": (frozenset({"pytest", "py.test"}), ""),
    "LESS": (PAGING, "less"),
}  # fmt: skip
#: Package managers that read `npm_config_<key>` as `--<key>`.
_NPM = frozenset({"npm", "npx", "pnpm", "yarn"})


def _words(value: str) -> list[str]:
    try:
        return shlex.split(value)
    except ValueError:
        return value.split()


def lines(cmd_name: str, args: list[str], env: Mapping[str, Word], read: object = None) -> Iterator[tuple[str, str]]:
    """(command line, label) each variable of `env` makes of the command `cmd_name ARGS`. `read(word) -> text | None`
    reads a file the action wrote (for RIPGREP_CONFIG_PATH)."""
    rest = [shlex.quote(a) for a in args]
    for var, w in env.items():
        if w.dynamic or not w.value.strip():
            continue
        row = VARS.get(var)
        if row is not None and cmd_name in row[0]:
            prog = row[1] or cmd_name
            # (less reads a `+CMD` in LESS up to a `$` or the end: its spaces belong to the command)
            more = [shlex.quote(x.strip()) for x in w.value.split("$") if x.strip()] if prog == "less" and "+" in w.value \
                else [shlex.quote(x) for x in _words(w.value)]  # fmt: skip
            yield " ".join([prog, *more, *(rest if prog == cmd_name else [])]), f"{cmd_name} {var}"
        elif cmd_name in _NPM and var.lower().startswith("npm_config_") and len(var) > 11:
            key = var[11:].lower().replace("_", "-")
            yield " ".join([cmd_name, f"--{key}={shlex.quote(w.value)}", *rest]), f"{cmd_name} {var}"
        elif var == "RIPGREP_CONFIG_PATH" and cmd_name == "rg" and callable(read):
            text = read(w)
            if isinstance(text, str):
                opts = [shlex.quote(ln.strip()) for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
                yield " ".join(["rg", *opts[:32], *rest]), f"rg {var}"


#: Fixtures (tests/engine/test_s19_rt19_second.py): (command, variable, value) -> the command line it makes.
FIXTURES = [
    ("tar", ["-xf", "a.tar"], "TAR_OPTIONS", "--to-command=./x.sh", "tar --to-command=./x.sh -xf a.tar"),
    ("git", ["log"], "LESS", "+!rm -rf ~", "less '+!rm -rf ~'"),
    ("man", ["ls"], "MANOPT", "-P ./p.sh", "man -P ./p.sh ls"),
    ("npm", ["test"], "npm_config_script_shell", "/tmp/s.sh", "npm --script-shell=/tmp/s.sh test"),
    ("ls", ["-l"], "TAR_OPTIONS", "--to-command=x", None),
]  # fmt: skip
