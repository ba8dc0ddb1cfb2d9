"""Programs that empty or remove a directory an option or variable names (red team s17).

`pytest --basetemp ~` removes the directory it is given before the run ("warning: this directory is removed if it
exists", pytest --help); `python -m venv --clear ~` deletes the environment directory's contents; `cargo clean
--target-dir ~`, `mkdocs build -d ~`, `jekyll build -d ~`, `ng build --output-path ~`, `conda remove -p ~ --all`,
`GOMODCACHE=~ go clean -modcache`, `PRE_COMMIT_HOME=~ pre-commit clean` delete it too. Each is `rm -rf DIR` under a
build or test command's name: here each yields the recursive delete of that directory, and the delete rules judge
it by where it is (a directory under the project or /tmp stays routine; the home directory is denied).

One row per program: the subcommands it needs (empty: any), the options whose value is the directory, flags of
which one must be present (empty: none needed), whether the positional operand is the directory, and variables
that name the directory when no option does.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode.dc import dataclass
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.commands import Env
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Wipe:
    subs: tuple[str, ...]  # the first positional word must be one of these (empty: any)
    opts: tuple[str, ...]  # options whose value is the directory (`--basetemp DIR`, `--basetemp=DIR`)
    needs: tuple[str, ...] = ()  # one of these flags must be present (`--clear`, `--emptyOutDir`, `--all`)
    positional: bool = False  # the operand after the subcommand is the directory
    env: tuple[str, ...] = ()  # variables naming the directory when no option does
    unless: tuple[str, ...] = ()  # flags that keep the directory (`mkdocs build --dirty`)


TABLE: dict[str, tuple[Wipe, ...]] = {
    "pytest": (Wipe((), ("--basetemp",)),),
    "py.test": (Wipe((), ("--basetemp",)),),
    "cargo": (Wipe(("clean",), ("--target-dir",), env=("CARGO_TARGET_DIR",)),),
    "mkdocs": (Wipe(("build",), ("-d", "--site-dir"), unless=("--dirty",)),),
    "jekyll": (Wipe(("build", "b", "serve", "s"), ("-d", "--destination")),),
    "hugo": (Wipe((), ("-d", "--destination"), needs=("--cleanDestinationDir",)),),
    "ng": (Wipe(("build", "b"), ("--output-path", "--outputPath")),),
    "vite": (Wipe(("build",), ("--outDir",), needs=("--emptyOutDir",)),),
    "tsup": (Wipe((), ("-d", "--out-dir"), needs=("--clean",)),),
    "webpack": (Wipe((), ("--output-path", "-o"), needs=("--output-clean",)),),
    "conda": (Wipe(("remove", "uninstall"), ("-p", "--prefix"), needs=("--all",)), Wipe(("env",), ("-p", "--prefix"))),
    "mamba": (Wipe(("remove", "uninstall"), ("-p", "--prefix"), needs=("--all",)), Wipe(("env",), ("-p", "--prefix"))),
    "micromamba": (Wipe(("remove", "uninstall"), ("-p", "--prefix"), needs=("--all",)), Wipe(("env",), ("-p", "--prefix"))),
    "virtualenv": (Wipe((), (), needs=("--clear",), positional=True),),
    "go": (Wipe(("clean",), (), needs=("-modcache",), env=("GOMODCACHE",)),),
    "pre-commit": (Wipe(("clean",), (), env=("PRE_COMMIT_HOME",)),),
    "npm": (Wipe(("cache",), ("--cache",), needs=("clean",)),),
}
#: `python -m MODULE` spellings of the rows (`python -m pytest`, `python -m venv --clear DIR`).
MODULES: dict[str, tuple[Wipe, ...]] = {"pytest": TABLE["pytest"], "venv": (Wipe((), (), needs=("--clear",), positional=True),),
                                        "virtualenv": TABLE["virtualenv"]}  # fmt: skip
#: Variables that carry a program's options (`PYTEST_ADDOPTS="--basetemp=~" pytest`).
ADDOPTS = {"pytest": "PYTEST_ADDOPTS", "py.test": "PYTEST_ADDOPTS"}


def maybe(cmd: Command) -> bool:
    return cmd.name in TABLE or (cmd.name.startswith("python") and len(cmd.argv) > 2 and cmd.argv[1].value == "-m")


def _rows(cmd: Command) -> tuple[tuple[Wipe, ...], list[Word]]:
    if cmd.name in TABLE:
        return TABLE[cmd.name], list(cmd.argv[1:])
    mod = cmd.argv[2].value if len(cmd.argv) > 2 else ""
    return MODULES.get(mod, ()), list(cmd.argv[3:])


def targets(cmd: Command) -> list[Word]:
    """The directories `cmd` empties or removes."""
    rows, args = _rows(cmd)
    if not rows:
        return []
    extra: list[Word] = []
    var = ADDOPTS.get(cmd.name) or (ADDOPTS.get(cmd.argv[2].value) if cmd.name not in TABLE and len(cmd.argv) > 2 else None)
    for k, v in cmd.assigns:
        if k == var and not v.dynamic:
            extra += [Word(x, x) for x in v.value.split()]
        elif k == var:
            extra.append(v)
    words = [*args, *extra]
    vals = [w.value for w in words]
    pos = [w for w in words if not w.value.startswith("-")]
    out: list[Word] = []
    for row in rows:
        if row.subs and (not pos or pos[0].value not in row.subs):
            continue
        if row.needs and not any(v in row.needs for v in vals):
            continue
        if any(v in row.unless for v in vals):
            continue
        found: list[Word] = []
        for i, w in enumerate(words):
            opt, eq, val = w.value.partition("=")
            if opt in row.opts:
                if eq:
                    found.append(Word(val, val, w.dynamic, w.glob, w.quoted))
                elif i + 1 < len(words):
                    found.append(words[i + 1])
        if row.positional:
            rest = pos[len(row.subs) and 1:]
            found += [w for w in rest if w.value not in row.needs][:1]
        if not found:
            found += [v for k, v in cmd.assigns if k in row.env]
        out += found
    return out[:8]


def effects(cmd: Command, env: Env) -> Iterator[Effect]:
    for w in targets(cmd):
        yield env.file("delete", w, cmd, recursive=True)
