"""Version-control clients that write a work tree: where each subcommand puts the files it brings in.

A checkout, clone, update or merge writes files whose names and contents come from a repository automode does not
read. Judged like an archive's members: the files land in a directory (`DEST/__archive_member__`), and the rules
refuse a directory that holds an agent's or automode's controls (`svn checkout URL ~/.claude`, `cd ~/.claude &&
hg pull -u`). git is the rules' own business (`rules.git`, AM-AGENT-008); this table holds the other clients.

Facts from svn(1) (`svn help checkout|export|update|switch|merge|revert|patch`), hg(1) (`hg help clone|update|
pull|merge|revert|import|unbundle|archive`, `-R/--repository`, `--cwd`), brz/bzr(1), darcs(1), fossil(1) (`open
--workdir`), cvs(1), jj(1) (`jj git clone`, `-R`), pijul(1), got(1), datalad(1).
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

MEMBER = "__archive_member__"  # a file whose name is known only when it lands (rules/agent_control.py)


@dataclass(frozen=True, slots=True)
class Writes:
    """How one group of subcommands picks the directory it writes: `fetch` (SOURCE [DEST]: DEST, else the source's
    last segment under the working directory), `dest` (the last positional, else the working directory: `svn
    export URL DIR`, `hg archive DIR`), `tree` (the work tree: the working directory, or the repository option)."""

    subs: frozenset[str]
    mode: str  # "fetch" | "dest" | "tree"
    skip: int = 0  # positionals before the source (`jj git clone`: `clone` is the second word)


def _w(subs: str, mode: str, skip: int = 0) -> Writes:
    return Writes(frozenset(subs.split()), mode, skip)


@dataclass(frozen=True, slots=True)
class Client:
    writes: tuple[Writes, ...]
    tree_opts: frozenset[str] = frozenset()  # options naming the work tree (`hg -R DIR`, `--cwd DIR`, `fossil --workdir`)
    arg_opts: frozenset[str] = frozenset()  # other options that take a value (their value is not a positional)


_SVN = Client((_w("checkout co", "fetch"), _w("export", "dest"),
               _w("update up switch sw merge revert patch resolve cleanup relocate", "tree")),
              arg_opts=frozenset({"-r", "--revision", "--depth", "--set-depth", "--username", "--password", "--config-dir",
                                  "--config-option", "-m", "--message", "-F", "--file", "--accept", "--strip", "-c", "--change"}))  # fmt: skip
_HG = Client((_w("clone", "fetch"), _w("archive", "dest"),
              _w("update up checkout co pull merge revert import patch unbundle backout graft rebase shelve unshelve "
                 "histedit strip uncommit amend resolve fetch", "tree")),
             tree_opts=frozenset({"-R", "--repository", "--cwd"}),
             arg_opts=frozenset({"-r", "--rev", "-b", "--branch", "-u", "--updaterev", "-e", "--ssh", "--config", "-m",
                                 "--message", "-t", "--tool", "-p", "--prefix", "-X", "--exclude", "-I", "--include"}))  # fmt: skip
_BZR = Client((_w("branch checkout co clone get", "fetch"), _w("export", "dest"),
               _w("pull update up merge revert switch uncommit shelve unshelve", "tree")),
              tree_opts=frozenset({"-d", "--directory"}), arg_opts=frozenset({"-r", "--revision", "-m", "--message"}))  # fmt: skip
_DARCS = Client((_w("clone get", "fetch"), _w("pull apply revert unrecord obliterate rebase", "tree")),
                tree_opts=frozenset({"--repodir"}), arg_opts=frozenset({"-p", "--patch", "-t", "--tag", "--context"}))  # fmt: skip
_FOSSIL = Client((_w("open", "tree"), _w("update up checkout co merge revert stash undo redo", "tree")),
                 tree_opts=frozenset({"--workdir"}), arg_opts=frozenset({"-R", "--repository", "--user", "-u"}))  # fmt: skip
_CVS = Client((_w("checkout co export", "tree"), _w("update up", "tree")),
              arg_opts=frozenset({"-d", "-r", "-D", "-j", "-k", "-z", "-m"}))  # fmt: skip
_JJ = Client((_w("clone", "fetch", skip=0), _w("new edit restore checkout abandon rebase undo squash split resolve", "tree")),
             tree_opts=frozenset({"-R", "--repository"}), arg_opts=frozenset({"-r", "--revision", "-m", "--message", "--remote", "--from", "--to", "-d", "--destination"}))  # fmt: skip
_PIJUL = Client((_w("clone", "fetch"), _w("pull reset apply unrecord", "tree")), tree_opts=frozenset({"--repository"}),
                arg_opts=frozenset({"--channel", "--path"}))  # fmt: skip
_GOT = Client((_w("checkout co", "fetch"), _w("update up merge revert rebase histedit integrate unstage patch", "tree")),
              arg_opts=frozenset({"-b", "-c", "-p", "-r"}))  # fmt: skip
_DATALAD = Client((_w("clone install", "fetch"), _w("get update", "tree")), tree_opts=frozenset({"-d", "--dataset"}),
                  arg_opts=frozenset({"-s", "--source", "--reckless", "-J", "--jobs"}))  # fmt: skip

#: Client programs (and their other names) -> how their subcommands write.
CLIENTS: dict[str, Client] = {
    "svn": _SVN, "hg": _HG, "chg": _HG, "sapling": _HG, "sl": _HG, "bzr": _BZR, "brz": _BZR, "darcs": _DARCS,
    "fossil": _FOSSIL, "cvs": _CVS, "jj": _JJ, "pijul": _PIJUL, "got": _GOT, "datalad": _DATALAD,
}  # fmt: skip


#: Dotfile managers: they write files of a repository into the home directory (or the target they are given), by
#: the subcommands listed (None: any run). chezmoi(1), yadm(1) (git with the home directory as its work tree),
#: stow(8) (`-t DIR`, default the parent of the working directory), rcup(1), homeshick, vcsh(1), dotbot.
DOTFILE_MANAGERS: dict[str, tuple[frozenset[str] | None, frozenset[str]]] = {
    "chezmoi": (frozenset({"apply", "update", "init", "merge"}), frozenset({"-D", "--destination"})),  # `edit`, `add`: the source
    "yadm": (frozenset({"checkout", "pull", "merge", "reset", "stash", "restore", "clone", "bootstrap", "alt", "apply"}), frozenset()),
    "stow": (None, frozenset({"-t", "--target"})), "rcup": (None, frozenset()), "homeshick": (frozenset({"link", "pull", "clone"}), frozenset()),
    "vcsh": (frozenset({"clone", "pull", "checkout", "reset", "merge", "stash"}), frozenset()), "dotbot": (None, frozenset()),
}  # fmt: skip


def dotfile_writes(cmd: Command, env: Env) -> Iterator[Effect]:
    """A dotfile manager's files land in the home directory (or its target): unknown members there."""
    spec = DOTFILE_MANAGERS.get(cmd.name)
    if spec is None:
        return
    subs, target_opts = spec
    args = cmd.argv[1:]
    plain = [w.value for w in args if not w.value.startswith("-")]
    if subs is not None and not (set(plain[:2]) & subs) and not any(w.value in ("--apply", "-a") for w in args):
        return  # (`chezmoi edit --apply`, `chezmoi add -a`: applied too)
    if any(w.value in ("-n", "--dry-run", "--simulate", "--help", "-h", "--version") for w in args):
        return
    target: Word | None = None
    for i, w in enumerate(args):
        k, eq, v = w.value.partition("=")
        if k in target_opts:
            target = Word(v, w.raw, w.dynamic) if eq else (args[i + 1] if i + 1 < len(args) else None)
    if target is None and cmd.name == "stow":
        target = Word("..", "..")
    yield env.file("write", _under(target or Word("~", "~")), cmd, origin="checkout")


def _source_name(url: str) -> str:
    """The directory a clone makes when no destination is given: the source's last path segment, less `.git`."""
    tail = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return tail.removesuffix(".git") or MEMBER


def _under(d: Word, name: str = MEMBER) -> Word:
    return Word(d.value.rstrip("/") + "/" + name, d.raw, d.dynamic)


def checkout_writes(cmd: Command, env: Env) -> Iterator[Effect]:
    """The directory a client's subcommand writes files into, as a write of an unknown member there."""
    client = CLIENTS.get(cmd.name)
    if client is None:
        return
    args = cmd.argv[1:]
    tree: Word | None = None
    pos: list[Word] = []
    i = 0
    while i < len(args) and len(pos) < 16:
        w = args[i]
        v = w.value
        key = v.split("=", 1)[0] if v.startswith("--") else v
        if v.startswith("-") and key in client.tree_opts:
            if "=" in v:
                tree = Word(v.split("=", 1)[1], w.raw, w.dynamic)
            elif i + 1 < len(args):
                tree = args[i + 1]
                i += 1
        elif v.startswith("-") and key in client.arg_opts and "=" not in v:
            i += 1
        elif not v.startswith("-") or v == "-":
            pos.append(w)
        i += 1
    if cmd.name == "jj" and pos[:1] and pos[0].value == "git":
        pos = pos[1:]  # `jj git clone URL DEST`
    if not pos or pos[0].dynamic:
        return
    sub = pos[0].value
    rule = next((r for r in client.writes if sub in r.subs), None)
    if rule is None:
        return
    rest = pos[1 + rule.skip :]
    here = Word(".", ".")
    if rule.mode == "fetch":
        if len(rest) >= 2:
            yield env.file("write", _under(rest[-1]), cmd, origin="checkout")
        elif rest and not rest[0].dynamic:
            made = tree or Word("./" + _source_name(rest[0].value), _source_name(rest[0].value))
            yield env.file("write", _under(made), cmd, origin="checkout")
        return
    if rule.mode == "dest":
        target = rest[-1] if len(rest) >= 2 or (cmd.name == "hg" and rest) else tree or here
        if target is not here:
            yield env.file("write", target, cmd, origin="checkout")  # `svn export URL/settings.json PATH`: a file
        yield env.file("write", _under(target), cmd, origin="checkout")
        return
    if tree is not None or cmd.cwd is not None:
        yield env.file("write", _under(tree or here), cmd, origin="checkout")


#: Clones of git and its hosting CLIs: (program, words that select the act) -> options that take a value. The
#: positional words are the source and then the directory, which defaults to the source's last part (git-clone(1),
#: git-submodule(1) `add`, gh repo clone, glab repo clone, hub clone). A clone fills a directory that does not exist
#: yet (git refuses a non-empty one) with files of a repository automode does not read: unknown members there,
#: written as origin "clone" (they replace nothing; an agent's plugin or hook directory is still its controls).
CLONES: dict[tuple[str, ...], frozenset[str]] = {
    ("git", "clone"): frozenset({"--depth", "-b", "--branch", "-o", "--origin", "--reference", "--reference-if-able",
                                 "--filter", "-c", "--config", "--separate-git-dir", "-j", "--jobs", "--template", "-u",
                                 "--upload-pack", "--shallow-since", "--shallow-exclude", "--bundle-uri", "--server-option"}),
    ("git", "submodule", "add"): frozenset({"-b", "--branch", "--name", "--depth", "--reference"}),
    ("gh", "repo", "clone"): frozenset({"-u", "--upstream-remote-name"}),
    ("glab", "repo", "clone"): frozenset({"-g", "--group"}),
    ("hub", "clone"): frozenset({"--depth", "-b", "--branch", "-o", "--origin"}),
    ("degit",): frozenset({"--mode"}), ("tiged",): frozenset({"--mode", "--subgroup", "--sub-directory"}),
}  # fmt: skip
CLONE_PROGRAMS = frozenset(k[0] for k in CLONES)
#: git's options before its subcommand that take a value (git(1)); `-C DIR` is where the command runs.
GIT_GLOBAL_WITH_ARG = frozenset({"-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--config-env",
                                 "--super-prefix", "--attr-source"})  # fmt: skip


def clone_writes(cmd: Command, env: Env) -> Iterator[Effect]:
    """The directory a clone fills (`git clone URL ~/.claude/plugins/x`, `cd DIR && git clone URL`, `git -C DIR clone
    URL`), as a write of an unknown member there."""
    args = cmd.argv[1:]
    base: Word | None = None
    i = 0
    while i < len(args) and args[i].value.startswith("-"):  # git's own options before the subcommand
        v = args[i].value
        if v == "-C" and i + 1 < len(args):
            nxt = args[i + 1]
            base = nxt if base is None or nxt.value.startswith(("/", "~")) else Word(base.value.rstrip("/") + "/" + nxt.value, nxt.raw, nxt.dynamic or base.dynamic)
        i += 2 if v in GIT_GLOBAL_WITH_ARG else 1
    words = [w.value for w in args[i : i + 2]]
    key = next((k for k in CLONES if k[0] == cmd.name and list(k[1:]) == words[: len(k) - 1]), None)
    if key is None:
        return
    with_arg = CLONES[key]
    pos: list[Word] = []
    rest = args[i + len(key) - 1 :]
    j = 0
    while j < len(rest) and len(pos) < 2:
        v = rest[j].value
        if v == "--":
            pos.extend(rest[j + 1 : j + 3 - len(pos)])
            break
        if v.startswith("-") and len(v) > 1:
            j += 2 if v in with_arg else 1
            continue
        pos.append(rest[j])
        j += 1
    if not pos:
        return
    if len(pos) >= 2:
        dest = pos[1]
    elif pos[0].dynamic:
        return
    else:
        name = _source_name(pos[0].value)
        dest = Word(name, name)
    if base is not None and not dest.value.startswith(("/", "~")):
        dest = Word(base.value.rstrip("/") + "/" + dest.value, dest.raw, dest.dynamic or base.dynamic)
    yield env.file("write", _under(dest), cmd, origin="clone")
