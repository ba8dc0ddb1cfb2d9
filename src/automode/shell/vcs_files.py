"""Version-control subcommands that move or delete files of the work tree, as `mv` and `rm` do.

`git mv .claude .claude-off` takes the agent's settings away exactly as `mv` would (red team s20: it was allowed,
because only `git rm` was read); `svn move`, `hg rename`, `bzr mv`, `darcs move`, `pijul mv` likewise, and their
removals (`svn delete`, `hg remove`, `bzr rm`, `got rm`) delete the files. Options that only record a move or a
removal already made, or keep the files (`--after`, `--keep-local`, `--cached`), or only print (`-n`), write nothing.
`git rm` is read by `shell/editors.py` (its `--force` rule).

Facts from git-mv(1), svn help move|delete, hg help rename|remove (`-A/--after`), bzr help mv|rm (`--keep`,
`--after`), fossil help mv|rm (files touched only with `--hard`), darcs help move, pijul mv --help, got(1) `rm -k`.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode.dc import dataclass
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.fileenv import Env
    from automode.shell.script import Command


@dataclass(frozen=True, slots=True)
class FileOps:
    moves: frozenset[str]  # subcommands that rename files in the work tree
    removes: frozenset[str]  # subcommands that delete files from the work tree
    keeps: frozenset[str]  # options with which the files stay where they are (or nothing is done)
    arg_opts: frozenset[str] = frozenset()  # options that take a value (before or after the subcommand)
    needs: frozenset[str] = frozenset()  # options without which the files are not touched (fossil `--hard`)


def _ops(moves: str, removes: str, keeps: str, arg_opts: str = "", needs: str = "") -> FileOps:
    return FileOps(frozenset(moves.split()), frozenset(removes.split()), frozenset(keeps.split()),
                   frozenset(arg_opts.split()), frozenset(needs.split()))  # fmt: skip


_HG = _ops("mv move rename", "rm remove", "-A --after -n --dry-run", "-R --repository --cwd -I --include -X --exclude --config")
#: program -> its file operations.
VCS_FILE_OPS: dict[str, FileOps] = {
    "git": _ops("mv", "", "-n --dry-run", "-C -c --git-dir --work-tree --namespace --exec-path --config-env"),
    "svn": _ops("mv move ren rename", "rm remove del delete", "--keep-local --dry-run",
                "-m --message -F --file -r --revision --username --password --config-dir --config-option --with-revprop"),
    "hg": _HG, "chg": _HG, "sl": _HG, "sapling": _HG,
    "bzr": _ops("mv move rename", "rm remove del", "--after --keep -q", "-d --directory"),
    "brz": _ops("mv move rename", "rm remove del", "--after --keep -q", "-d --directory"),
    "fossil": _ops("mv move rename", "rm delete", "--soft --dry-run", "-R --repository", needs="--hard"),
    "darcs": _ops("mv move", "", "--dry-run", "--repodir"),
    "pijul": _ops("mv move", "", "", "--repository"),
    "got": _ops("", "rm remove", "-k", "-s"),
}  # fmt: skip


def _positionals(cmd: Command, ops: FileOps) -> list[Word]:
    out: list[Word] = []
    args = cmd.argv[1:]
    i = 0
    dashdash = False
    while i < len(args) and len(out) < 64:
        w = args[i]
        v = w.value
        if not dashdash and v == "--":
            dashdash = True
        elif not dashdash and v.startswith("-") and v != "-":
            if v in ops.arg_opts:
                i += 1  # (its value)
        else:
            out.append(w)
        i += 1
    return out


def file_ops(cmd: Command, env: Env) -> Iterator[Effect]:
    """The files a move or a removal of the work tree deletes and writes."""
    ops = VCS_FILE_OPS.get(cmd.name)
    if ops is None:
        return
    opts = {w.value.split("=", 1)[0] for w in cmd.argv[1:] if w.value.startswith("-")}
    pos = _positionals(cmd, ops)
    if not pos or pos[0].dynamic or opts & ops.keeps or (ops.needs and not opts & ops.needs):
        return
    sub, rest = pos[0].value, pos[1:]
    if sub in ops.removes:
        # Tracked files, which the client refuses to remove when they hold changes unless forced: recoverable from the
        # repository, as `git rm` is (its origins; `-f/--force` removes what only the work tree held).
        forced = bool(opts & {"-f", "--force"})
        for w in rest:
            yield env.file("delete", w, cmd, recursive=True, origin="git-rm-forced" if forced else "git-rm")
        return
    if sub not in ops.moves or len(rest) < 2:
        return
    dest = rest[-1]
    for w in rest[:-1]:
        yield env.file("delete", w, cmd, origin="move")  # moving it away removes it from where it was (as `mv`)
    yield env.file("write", dest, cmd, origin="move")
    if len(rest) > 2 or dest.value.endswith("/"):
        for w in rest[:-1]:  # `git mv a b dir/`: each lands inside the directory
            name = w.value.rstrip("/").rsplit("/", 1)[-1]
            yield env.file("write", Word(f"{dest.value.rstrip('/')}/{name}", dest.raw, dest.dynamic or w.dynamic), cmd,
                           origin="move")  # fmt: skip


#: (command, the targets it deletes, the targets it writes): fixtures run by the tests.
FIXTURES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("git mv .claude .claude-off", (".claude",), (".claude-off",)),
    ("git -C sub mv -f a.txt b.txt", ("a.txt",), ("b.txt",)),
    ("git mv a b docs/", ("a", "b"), ("docs/", "docs/a", "docs/b")),
    ("git mv -n a b", (), ()),
    ("svn move -m 'x' conf/settings.json old.json", ("conf/settings.json",), ("old.json",)),
    ("svn delete --keep-local notes.txt", (), ()),
    ("svn rm old/", ("old/",), ()),
    ("hg rename --after a b", (), ()),
    ("hg mv src dst", ("src",), ("dst",)),
    ("hg -R repo remove x.py", ("x.py",), ()),
    ("fossil mv a b", (), ()),
    ("fossil mv --hard a b", ("a",), ("b",)),
    ("bzr rm --keep a", (), ()),
    ("got rm -k a", (), ()),
    ("got rm a", ("a",), ()),
)
