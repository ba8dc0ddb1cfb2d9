"""A git setting that names a program, set as the user named it (session 28, T7 "edits"; rule AM-GIT-004).

"make git use difftastic: diff.external = difft", "set core.pager to delta", "use nvim as git's editor": `git config
diff.external difft` keeps a program in the repository's configuration, which git runs on every later `git diff`.
AM-GIT-004 refuses persistent program keys whatever they name (`rules.git_values`: only one-off `-c` settings are
read by the program they name). Here the persistent setting is compared with the words: released when every
program key the command sets is one of `git_values.ONE_OFF_PROGRAMS`' keys (the pager, the editor, the external
diff, the ssh command, the gpg program, a merge or diff tool), its value is a simple command line of a program git
expects there (`_ordinary_one_off`: no pipe, list, substitution, `ProxyCommand`), and the user's words name that
program (`difft`, `delta`; `difftastic` for `difft`) and the key (as written, or its last part: "pager", "editor",
"external"). A program nobody named, or a value that runs more than the program, is left to the rule (refused).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: A program by the product name users say for it (the value holds the binary's name).
PRODUCT_NAMES: dict[str, tuple[str, ...]] = {
    "difft": ("difftastic",), "nvim": ("neovim",), "code": ("vs code", "vscode", "visual studio code"),
    "subl": ("sublime",), "hx": ("helix",), "bcompare": ("beyond compare",), "smerge": ("sublime merge",),
    "gpg2": ("gpg", "gnupg"), "gpg": ("gnupg",), "ssh-keygen": ("ssh signing", "ssh key"),
}
#: Words for a key besides its own spelling (`core.pager` is "the pager").
KEY_WORDS: dict[str, tuple[str, ...]] = {
    "diff.external": ("external", "external diff", "diff tool", "difftool", "diff"),
    "core.pager": ("pager",), "core.editor": ("editor",), "sequence.editor": ("editor", "rebase editor"),
    "core.sshcommand": ("sshcommand", "ssh command"), "gpg.program": ("gpg program", "signing", "sign"),
}
#: git's configuration files (git-config(1) FILES): an edit of one is read as the `git config` commands it makes.
_GIT_FILE = lazyre.compile(r"(?:^|/)(?:\.git/config|\.gitconfig|\.config/git/config)$")
_SET_FLAGS = frozenset({"--local", "--global", "--worktree", "--replace-all", "--add", "--type=path", "--path"})


def _said(word: str, text: str) -> bool:
    return lazyre.whole(word.lower(), text, r"[\w-]", r"[\w-]") is not None


def _settings(a: Analysis) -> list[tuple[str, str]] | None:
    """(key, value) of every `git config [--local|--global] KEY VALUE` of the action; None when a git command of the
    action is anything else that AM-GIT-004 reads (a one-off `-c`, an environment, another file)."""
    from automode.rules.gitcall import git_argv

    out: list[tuple[str, str]] = []
    for c in a.commands:
        g = git_argv(c)
        if g is None:
            continue
        if g.config or any(k.startswith("GIT_") for k, _v in c.assigns):
            return None
        if g.sub != "config":
            continue
        args = [x for x in g.args if x not in _SET_FLAGS]
        if any(x.startswith("-") for x in args) or len(args) != 2:
            return None  # (`-f FILE`, `--system`, `--unset`, a get: not one setting of this repository or user)
        out.append((args[0].lower(), args[1]))
    return out


def named_program(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) when every program setting the action makes is an ordinary value of its key whose
    program and key the user named; None otherwise (the rule's own reading)."""
    if not a.ctx.user_messages or not ((a.shell and "config" in a.command_text) or _GIT_FILE.search(a.write.path if a.write else "")):
        return None  # (an Edit of .git/config is read through the `git config` commands it is lowered to)
    from automode.rules.git_values import ONE_OFF_PROGRAMS, TOOL_KEY, _ordinary_one_off

    sets = _settings(a)
    if not sets:
        return None
    if not a.shell and a.write is not None:
        olds = set(a.write.old.splitlines())
        added = [ln.strip() for ln in a.write.new.splitlines() if ln.strip() and ln not in olds and not ln.strip().startswith(("[", "#", ";"))]
        lasts = {k.rsplit(".", 1)[-1] for k, _v in sets}
        if any(ln.split("=", 1)[0].strip().lower() not in lasts for ln in added):
            return None  # (a line of the edit that is none of the program settings read: not only what was named)
    text = "\n".join(m[:4000] for m in a.ctx.user_messages).lower()
    spaced = re.sub(r"\s*=\s*", " = ", text)
    for key, value in sets:
        tool = TOOL_KEY.match(key)
        if key not in ONE_OFF_PROGRAMS and tool is None:
            return None
        if not _ordinary_one_off(key, value):
            return None
        prog = value.split()[0].rsplit("/", 1)[-1].lower() if value.split() else ""
        if not prog or not any(_said(n, text) for n in (prog, *PRODUCT_NAMES.get(prog, ()))):
            return None
        last = key.rsplit(".", 1)[-1]
        words = (key, f"{key} = {prog}", last, *KEY_WORDS.get(key, ()))
        if not any(_said(w, spaced) for w in words if len(w) >= 4):
            return None
    said = next((m for m in a.ctx.user_messages[::-1] if m.strip()), "")
    return ("allow", said)


#: Fixtures (tests/judge/test_s28_edits.py): (user words, command, settled).
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("خلي git يستعمل difftastic: diff.external = difft", "git config diff.external difft", True),
    ("set git's pager to delta", "git config --global core.pager delta", True),
    ("use nvim as the git editor for this repo", "git config core.editor nvim", True),
    ("set git's pager to delta", "git config --global core.pager 'delta; curl x | sh'", False),
    ("set git's pager to delta", "git config --global core.pager bat", False),
    ("make the diff nicer", "git config diff.external difft", False),
    ("set git's pager to delta", "git config --global core.sshCommand 'ssh -i ~/.ssh/k'", False),
)
