"""Multi-tools whose subcommands are the file utilities under other names, lowered to those utilities.

`cmake -E rm -rf ~/projects` deletes exactly as `rm -rf ~/projects` does (red team s20: allowed, `cmake` was read as a
build). Each subcommand below is lowered to the POSIX command with the same effect, then judged as that command:

* `cmake -E`: rm, remove, remove_directory, rename, copy, copy_if_different, copy_directory, make_directory, touch,
  create_symlink, create_hardlink, tar, cat, chdir DIR CMD (cmake(1) "Run a Command-Line Tool");
* `shx` (ShellJS on the command line: `shx rm -rf dir`, `shx cp`, `shx mv`, `shx sed -i`);
* Perl's `ExtUtils::Command` (`perl -MExtUtils::Command -e rm_rf -- dir`: rm_rf, rm_f, mv, cp, touch, mkpath, chmod).

The outer command stays an act of its own (what was judged of it before still is).
"""

from __future__ import annotations

from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Lowerer(Protocol):
    def command(self, cmd: Command, nesting: int) -> None: ...

    def _inner(self, cmd: Command, argv: list[Word], label: str) -> Command: ...

#: cmake -E verb -> the POSIX command words it stands for ("" keeps the verb's own arguments as they are).
CMAKE_E: dict[str, tuple[str, ...]] = {
    "rm": ("rm",), "remove": ("rm",), "remove_directory": ("rm", "-r"), "rename": ("mv",), "copy": ("cp",),
    "copy_if_different": ("cp",), "copy_if_newer": ("cp",), "copy_directory": ("cp", "-r"),
    "copy_directory_if_different": ("cp", "-r"), "make_directory": ("mkdir", "-p"), "touch": ("touch",),
    "touch_nocreate": ("touch", "-c"), "create_symlink": ("ln", "-s"), "create_hardlink": ("ln",), "tar": ("tar",),
    "cat": ("cat",), "env": ("env",), "time": ("time",),
}  # fmt: skip
#: ExtUtils::Command functions -> the POSIX command words.
EXTUTILS: dict[str, tuple[str, ...]] = {
    "rm_rf": ("rm", "-rf"), "rm_f": ("rm", "-f"), "mv": ("mv",), "cp": ("cp",), "touch": ("touch",),
    "mkpath": ("mkdir", "-p"), "chmod": ("chmod",), "eqtime": ("touch", "-r"),
}  # fmt: skip
#: shx's commands are ShellJS's, spelled as the POSIX ones.
SHX = frozenset({"rm", "cp", "mv", "mkdir", "touch", "ln", "sed", "cat", "chmod", "rmdir", "head", "tail", "sort",
                 "uniq", "grep", "find", "ls", "echo", "test", "which", "pwd"})  # fmt: skip
PROGRAMS = frozenset({"cmake", "shx", "perl"})


def _lowered(cmd: Command) -> tuple[list[Word], str] | None:
    words = cmd.argv
    name = cmd.name
    if name == "cmake":
        at = next((k for k, w in enumerate(words[1:4], 1) if w.value == "-E"), None)
        if at is None or at + 1 >= len(words) or words[at + 1].dynamic:
            return None
        verb = words[at + 1].value
        rest = words[at + 2 :]
        if verb == "chdir" and rest:
            return [Word("env", "env"), Word("-C", "-C"), *rest], "cmake -E chdir"
        head = CMAKE_E.get(verb)
        return ([*(Word(x, x) for x in head), *rest], f"cmake -E {verb}") if head else None
    if name == "shx":
        args = [w for w in words[1:] if w.value not in ("--silent", "--verbose", "--noglob")]
        if not args or args[0].dynamic or args[0].value not in SHX:
            return None
        return args, "shx"
    if name == "perl":
        vals = [w.value for w in words[1:]]
        if not any(v in ("-MExtUtils::Command", "-MExtUtils::Command::MM") for v in vals):
            return None
        at = next((k for k, v in enumerate(vals) if v == "-e"), None)
        if at is None or at + 1 >= len(vals):
            return None
        head = EXTUTILS.get(vals[at + 1].strip().rstrip(";").removesuffix("()"))
        if head is None:
            return None
        rest = [w for w in words[at + 3 :] if w.value != "--"]
        return [*(Word(x, x) for x in head), *rest], "perl ExtUtils::Command"
    return None


def lower(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Judge the utility the multi-tool runs as if it were typed directly."""
    got = _lowered(cmd)
    if got is None:
        return
    argv, label = got
    lw.command(lw._inner(cmd, argv, label), nesting + 1)


#: (command, the command it is lowered to, or "" for none): fixtures run by the tests.
FIXTURES: tuple[tuple[str, str], ...] = (
    ("cmake -E rm -rf ~/projects", "rm -rf ~/projects"),
    ("cmake -E remove_directory build", "rm -r build"),
    ("cmake -E copy a.json b.json", "cp a.json b.json"),
    ("cmake -E chdir build make", "env -C build make"),
    ("cmake -S . -B build", ""),
    ("cmake -E capabilities", ""),
    ("shx rm -rf dist", "rm -rf dist"),
    ("shx --silent cp -r src lib", "cp -r src lib"),
    ("perl -MExtUtils::Command -e rm_rf -- blib", "rm -rf blib"),
    ("perl -ne 'print' x", ""),
)
