"""`find` (and `fd`) expressions: start points, filters and actions, read the way find reads them.

What a `-delete` or `-exec rm {}` removes depends on the expression: `find /tmp -exec rm -rf {} +` also removes
`/tmp` itself (the start point is the first result), `find . -type f -mtime +7 -delete` removes some files below
`.`, `find . -name '*.pyc' -delete` removes files of a known kind. The arguments of tests (`-name -delete`) and of
`-exec` (`-exec echo -delete ;`) are never actions.
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass, field
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

ONE_ARG = frozenset(
    {"-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename", "-regex", "-iregex", "-lname", "-ilname",
     "-type", "-xtype", "-user", "-group", "-uid", "-gid", "-perm", "-size", "-mtime", "-mmin", "-atime", "-amin",
     "-ctime", "-cmin", "-newer", "-anewer", "-cnewer", "-used", "-inum", "-links", "-samefile", "-fstype",
     "-context", "-maxdepth", "-mindepth", "-regextype", "-fprint", "-fprint0", "-fls", "-files0-from", "-printf"}
)  # fmt: skip
# Global options and output actions: they do not narrow what the other actions see.
NOT_FILTERS = frozenset(
    {"-maxdepth", "-mindepth", "-depth", "-d", "-xdev", "-mount", "-follow", "-daystart", "-regextype", "-noleaf",
     "-ignore_readdir_race", "-noignore_readdir_race", "-warn", "-nowarn", "-files0-from", "-print", "-print0",
     "-printf", "-fprint", "-fprint0", "-fls", "-ls", "-delete", "-quit", "-true", "-a", "-and", ",", "-H", "-L", "-P"}
)  # fmt: skip
OPERATORS = frozenset({"(", ")", "\\(", "\\)", "!", "-not", "-o", "-or", "-a", "-and", ","})
EXEC_ACTIONS = frozenset({"-exec", "-execdir", "-ok", "-okdir"})
FD_EXEC = frozenset({"-x", "--exec", "-X", "--exec-batch"})
NEWER_XY = lazyre.compile(r"^-newer[aBcmt][aBcmt]$")
WILD_ONLY = lazyre.compile(r"^[*?]+$")


@dataclass(slots=True)
class FindExpr:
    roots: list[Word]
    filtered: bool = False  # some test narrows the results
    pattern: str | None = None  # the one name pattern, when it alone decides what matches
    mindepth: int = 0
    delete: bool = False
    execs: list[tuple[str, list[Word]]] = field(default_factory=list)  # (action, argv with `{}` kept)
    # find evaluates its expression left to right: an action before any test (`find . -delete -name '*.orig'`)
    # applies to every file under the start points; the tests after it narrow nothing it did.
    unfiltered_delete: bool = False
    unfiltered_execs: list[bool] = field(default_factory=list)  # per entry of `execs`

    def action_item(self, root: Word, unfiltered: bool) -> Word:
        """What an action sees: everything below the start point when no test came before it."""
        if not unfiltered:
            return self.item(root)
        return FindExpr([root], mindepth=self.mindepth).item(root)

    def item(self, root: Word) -> Word:
        """A representative result: the start point itself, everything below it, or what the filters keep."""
        base = root.value.rstrip("/") or "/"
        sep = "" if base.endswith("/") else "/"
        if self.pattern:
            return Word(f"{base}{sep}**/{self.pattern}", root.raw, root.dynamic, glob=True)
        if self.filtered:
            return Word(f"{base}{sep}**/(matching)", root.raw, root.dynamic, glob=True)
        if self.mindepth >= 1:
            return Word(f"{base}{sep}*", root.raw, root.dynamic, glob=True)
        return Word(root.value, root.raw, root.dynamic)


def parse_find(cmd: Command) -> FindExpr:
    if cmd.name in ("fd", "fdfind"):
        return _parse_fd(cmd)
    args = cmd.argv[1:]
    i = 0
    roots: list[Word] = []
    while i < len(args) and args[i].value in ("-H", "-L", "-P", "-O0", "-O1", "-O2", "-O3", "-D"):
        i += 2 if args[i].value == "-D" else 1
    while i < len(args) and not (args[i].value.startswith("-") or args[i].value in OPERATORS):
        roots.append(args[i])
        i += 1
    fx = FindExpr(roots or [Word(".", ".")])
    names: list[str] = []
    negated = False
    while i < len(args):
        v = args[i].value
        if v in EXEC_ACTIONS:
            j = i + 1
            while j < len(args) and args[j].value not in (";", "+", "\\;"):
                j += 1
            fx.execs.append((v, args[i + 1 : j]))
            fx.unfiltered_execs.append(not fx.filtered and not negated)
            i = j + 1
            continue
        if v in ("!", "-not", "-o", "-or", ","):
            negated = True
        elif v == "-delete":
            fx.unfiltered_delete = fx.unfiltered_delete or (not fx.filtered and not negated)
            fx.delete = True
        elif v == "-mindepth" and i + 1 < len(args) and args[i + 1].value.isdigit():
            fx.mindepth = int(args[i + 1].value)
        elif v in ("-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename") and i + 1 < len(args):
            names.append(_last_part(args[i + 1].value))
        if v not in NOT_FILTERS and v not in OPERATORS and v.startswith("-"):
            fx.filtered = True
        i += 2 if v in ONE_ARG or NEWER_XY.match(v) else 1
    if len(names) == 1 and not negated and names[0]:
        fx.pattern = names[0]
    return fx


def _last_part(pattern: str) -> str:
    """`*/__pycache__/*` -> `__pycache__/(matching)`; `*.pyc` -> `*.pyc`; `*` alone says nothing."""
    parts = [p for p in pattern.split("/") if p]
    if not parts:
        return ""
    if not WILD_ONLY.match(parts[-1]):
        return parts[-1]
    fixed = [p for p in parts if not WILD_ONLY.match(p)]
    return f"{fixed[-1]}/(matching)" if fixed else ""


def _parse_fd(cmd: Command) -> FindExpr:
    """`fd PATTERN [PATH] -x CMD`: the pattern filters, the path is the start point (never itself a result)."""
    args = cmd.argv[1:]
    pos: list[Word] = []
    execs: list[tuple[str, list[Word]]] = []
    ext: str | None = None
    i = 0
    while i < len(args):
        v = args[i].value
        if v in FD_EXEC:
            execs.append((v, args[i + 1 :]))
            break
        if v in ("-e", "--extension") and i + 1 < len(args):
            ext = args[i + 1].value
            i += 2
            continue
        if v in ("-t", "--type", "-d", "--max-depth", "-E", "--exclude", "-S", "--size", "--changed-within",
                 "--changed-before", "-j", "--threads", "-c", "--color", "--base-directory", "--search-path"):  # fmt: skip
            i += 2
            continue
        if not v.startswith("-"):
            pos.append(args[i])
        i += 1
    roots = pos[1:2] or [Word(".", ".")]
    pattern = f"*.{ext}" if ext else (pos[0].value if pos and pos[0].value not in ("", ".", "^") else None)
    return FindExpr(roots, filtered=True, pattern=pattern, mindepth=1, execs=execs)
