"""Files something runs later by itself: the start-up files of editors, terminals, shells, REPLs and interpreters, and
the autostart locations of each desktop (persistence, AM-PERSIST-001).

A line written there runs at the next start of the program, with the user's rights, long after the session: an Emacs
init that pulls and builds a repository every hour, an IPython start-up script that posts the environment, a
PowerShell profile that lowers the execution policy. `rules.persistence.PERSIST_PATHS` holds the system places and
the POSIX shells; this table holds the rest, one row per program, with the words a request says when it asks for
that file ("add a keymap to my neovim config", "load Revise every time I start julia"): the judge releases a row the
user named (`judge.intent.persist.STARTUP_FILES`), and what the added text runs is still judged.

Globs are relative to the home directory (`*` one level, `**` any depth). Sources: each program's manual page for
its init file (emacs `(emacs) Init File`, nvim `:h init.lua`/`:h runtimepath`, vim `:h vimrc`, screen(1) `.screenrc`,
tmux(1), Nushell `config.nu`/`autoload`, xonsh `xonshrc`, elvish `rc.elv`, PowerShell `about_Profiles`, fish(1)
`functions/`, WezTerm config files, direnv-stdlib(1) `direnvrc`, environment.d(5), Python `PYTHONSTARTUP`, IPython
`startup/` and `ipython_config.py`, Jupyter config, Julia `startup.jl`, R `Startup` (`.Rprofile`), irb(1) `.irbrc`,
pry `.pryrc`, psql(1) `.psqlrc`, sqlite3 `.sqliterc`, gdb `gdbinit`, lldb `.lldbinit`, GHCi `.ghci`, IEx `.iex.exs`,
OCaml `.ocamlinit`, SBCL `.sbclrc`, Erlang `.erlang`, git-init(1) TEMPLATE DIRECTORY, KDE autostart scripts,
Windows Startup folder.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping

from automode.paths import ANY_HOME

#: Home-relative glob -> the words a request says when it asks for this file (any of them).
_EDITORS: dict[str, frozenset[str]] = {
    **dict.fromkeys((".emacs", ".emacs.el", ".emacs.d/init.el", ".emacs.d/early-init.el", ".emacs.d/lisp/*.el",
                     ".config/emacs/init.el", ".config/emacs/early-init.el", ".doom.d/*.el", ".config/doom/*.el",
                     ".spacemacs"), frozenset({"emacs", "doom", "spacemacs", "elisp"})),
    **dict.fromkeys((".vim/vimrc", ".vim/plugin/*", ".vim/after/**", ".exrc", ".ideavimrc", ".config/nvim/init.lua",
                     ".config/nvim/init.vim", ".config/nvim/lua/**", ".config/nvim/plugin/*", ".config/nvim/after/**"),
                    frozenset({"vim", "vimrc", "nvim", "neovim", "lazyvim", "ideavim"})),
}  # fmt: skip
_TERMINALS: dict[str, frozenset[str]] = {
    ".screenrc": frozenset({"screen", "screenrc"}),
    **dict.fromkeys((".tmux.conf", ".config/tmux/tmux.conf", ".tmux/*.conf"), frozenset({"tmux"})),
    **dict.fromkeys((".wezterm.lua", ".config/wezterm/*.lua"), frozenset({"wezterm", "terminal"})),
    **dict.fromkeys((".config/nushell/config.nu", ".config/nushell/env.nu", ".config/nushell/login.nu",
                     ".config/nushell/autoload/*", "Library/Application Support/nushell/*.nu"),
                    frozenset({"nushell", "nu", "shell"})),
    **dict.fromkeys((".xonshrc", ".config/xonsh/rc.xsh", ".config/xonsh/rc.d/*"), frozenset({"xonsh", "shell"})),
    **dict.fromkeys((".config/elvish/rc.elv", ".elvish/rc.elv"), frozenset({"elvish", "shell"})),
    **dict.fromkeys((".config/powershell/*profile.ps1", "Documents/PowerShell/*profile.ps1",
                     "Documents/WindowsPowerShell/*profile.ps1"), frozenset({"powershell", "pwsh", "profile"})),
    ".config/fish/functions/*.fish": frozenset({"fish", "function", "functions"}),
    **dict.fromkeys((".config/direnv/direnvrc", ".direnvrc", ".config/direnv/lib/*"), frozenset({"direnv", "direnvrc"})),
    ".config/environment.d/*.conf": frozenset({"environment.d", "session", "login", "variable", "variables"}),
}  # fmt: skip
_REPLS: dict[str, frozenset[str]] = {
    **dict.fromkeys((".pythonrc", ".pythonrc.py", ".pystartup"), frozenset({"python", "pythonrc", "repl", "pythonstartup"})),
    **dict.fromkeys((".ipython/profile_*/startup/*", ".ipython/profile_*/ipython_config.py",
                     ".ipython/profile_*/ipython_kernel_config.py"), frozenset({"ipython", "jupyter", "notebook", "notebooks", "kernel"})),
    ".jupyter/jupyter_*config.py": frozenset({"jupyter", "notebook", "notebooks", "jupyterlab", "lab"}),
    ".julia/config/startup.jl": frozenset({"julia", "repl"}),
    **dict.fromkeys((".Rprofile", ".config/R/Rprofile"), frozenset({"r", "rprofile", "rstudio"})),
    **dict.fromkeys((".irbrc", ".config/irb/irbrc", ".pryrc"), frozenset({"irb", "pry", "ruby", "repl"})),
    ".psqlrc": frozenset({"psql", "psqlrc"}),
    ".sqliterc": frozenset({"sqlite", "sqlite3"}),
    **dict.fromkeys((".gdbinit", ".config/gdb/gdbinit", ".lldbinit"), frozenset({"gdb", "lldb", "gdbinit", "debugger"})),
    **dict.fromkeys((".ghci", ".config/ghc/ghci.conf"), frozenset({"ghci", "haskell"})),
    ".iex.exs": frozenset({"iex", "elixir"}),
    ".ocamlinit": frozenset({"ocaml", "utop"}),
    ".sbclrc": frozenset({"sbcl", "lisp"}),
    ".erlang": frozenset({"erlang", "erl"}),
}  # fmt: skip
_AUTOSTART: dict[str, frozenset[str]] = {
    # hooks copied into every repository git creates or clones from now on (`init.templateDir` names the directory)
    **dict.fromkeys((".git-templates/hooks/*", ".git-template/hooks/*", ".git_template/hooks/*",
                     ".config/git/template/hooks/*"), frozenset({"template", "templates", "globally", "global"})),
    **dict.fromkeys((".config/autostart-scripts/*", ".kde/Autostart/*", ".config/plasma-workspace/shutdown/*"),
                    frozenset({"login", "log", "startup", "automatically", "autostart"})),
    "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/*":
        frozenset({"login", "logon", "log", "startup", "boot", "automatically", "autostart"}),
}  # fmt: skip


_GENERIC = frozenset({"init", "early-init", "config", "profile", "startup", "settings", "conf", "env", "login"})


def _named(table: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each row also answers to its file's own name ("set that up in my irbrc", "my init.lua", "the psqlrc")."""
    out: dict[str, frozenset[str]] = {}
    for glob, words in table.items():
        base = glob.rsplit("/", 1)[-1].lstrip(".")
        names = {base, base.rsplit(".", 1)[0]} if "*" not in base else set()
        out[glob] = words | frozenset(n.lower() for n in names if len(n) >= 3 and n.lower() not in _GENERIC)
    return out


LATER_FILES: Mapping[str, frozenset[str]] = _named({**_EDITORS, **_TERMINALS, **_REPLS, **_AUTOSTART})


def _glob_match(rel: str, pattern: str) -> bool:
    if "**" in pattern:
        head = pattern.split("**", 1)[0]
        return rel.startswith(head) and len(rel) > len(head)
    if not fnmatch.fnmatchcase(rel, pattern):
        return False
    return rel.count("/") == pattern.count("/")  # `*` stays within one directory


def later_words(path: str, home: str) -> frozenset[str] | None:
    """The words that ask for this start-up file, or None when `path` is none of `LATER_FILES`."""
    h = home.rstrip("/") + "/"
    m = ANY_HOME.match(path)
    rel = path[len(h):] if path.startswith(h) else path[m.end():] if m else None
    if rel is None:
        return None
    exact = _EXACT.get(rel)  # (a row without a wildcard is its own path: one lookup, not a scan)
    for i, head, pattern, words in _WILD:
        if exact is not None and i > exact[0]:
            break  # (the first row that matches answers, in table order)
        if rel.startswith(head) and _glob_match(rel, pattern):
            return words
    return exact[1] if exact is not None else None


def literal_head(pattern: str) -> str:
    """The literal start of a pattern, up to its first wildcard: every path it matches starts so."""
    cut = min((k for k in (pattern.find(c) for c in "*?[") if k >= 0), default=len(pattern))
    return pattern[:cut]


#: `LATER_FILES` indexed once: the rows without a wildcard by their path, the others with their literal start.
_EXACT: dict[str, tuple[int, frozenset[str]]] = {}
_WILD: list[tuple[int, str, str, frozenset[str]]] = []
for _i, (_pattern, _words) in enumerate(LATER_FILES.items()):
    if literal_head(_pattern) == _pattern:
        _EXACT.setdefault(_pattern, (_i, _words))
    else:
        _WILD.append((_i, literal_head(_pattern), _pattern, _words))
