"""Login items a user may ask for by name outside the project (issue 12: "AM-PERSIST-001 outside the project is never
releasable, even when the user asked for a login item").

A user service, a launch agent, an autostart entry or an authorized key is persistence by design: it runs or admits
someone at every login. Asked for in so many words ("start tensorboard automatically when I log in", "add my laptop
key to authorized_keys") it is the user's own setup; the request must name the item and say it is a login item, and
everything the written text brings that the user did not give (a host, an address, a key) keeps it unreleased.
The start-up files of the user's shells, terminal multiplexer and editors, and their global git configuration, are
the same kind of thing (`STARTUP_FILES`): "add an alias k for kubectl to my zshrc", "cap my shell history at 50k",
"add a tmux binding" ask for them by name or by the effect. What such a file will run is judged apart, whoever
asked (`files.autorun`, `files.executed`: a download run from an rc file stays denied). Git hooks in $HOME and the agents' own settings are not in this table
and stay unreleasable.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping

from automode import lazyre
from automode.hosts import is_loopback

#: Home-relative globs of login items -> words one of which the request must say (what kind of persistence it asks for).
# Sources: systemd.unit(5) user units, launchd.plist(5) LaunchAgents, the XDG autostart specification, sshd(8)
# AUTHORIZED_KEYS.
LOGIN_ITEMS: Mapping[str, frozenset[str]] = {
    ".config/systemd/user/*": frozenset({"login", "log", "boot", "startup", "automatically", "autostart", "service",
                                         "unit", "systemd", "daemon", "background"}),
    "Library/LaunchAgents/*": frozenset({"login", "log", "boot", "startup", "automatically", "autostart", "launchd",
                                         "agent", "background", "launchagent", "launchagents", "launchctl", "schedule",
                                         "every", "daily", "nightly", "weekly", "hourly"}),
    ".config/autostart/*": frozenset({"login", "log", "startup", "automatically", "autostart"}),
    ".ssh/authorized_keys": frozenset({"authorized_keys", "authorized", "key", "keys", "ssh", "login"}),
    ".config/systemd/user/*.timer": frozenset({"timer", "systemd", "schedule", "nightly", "daily", "hourly", "weekly",
                                               "every", "automatically"}),
}  # fmt: skip

#: Start-up files (zsh(1), bash(1) INVOCATION, fish(1), tmux(1), vim `:h vimrc`, nvim `:h init.lua`, emacs
#: `(emacs) Init File`, git-config(1) FILES): there is one of each, so a request that says what it sets ("add an
#: alias", "cap my shell history", "add X to my PATH permanently", "my global git email") names the file itself.
#: `**/NAME`: in the home directory or in a dotfiles repository under it. Generic words ("path", "config", "fix")
#: are left out on purpose: "fix the path handling" is no request to edit an rc file.
STARTUP_FILES: Mapping[str, frozenset[str]] = {
    **dict.fromkeys(("**/.zshrc", "**/.zshenv", "**/.zprofile", "**/.zlogin", "**/.bashrc", "**/.bash_profile",
                     "**/.bash_login", "**/.bash_aliases", "**/.profile", "**/.kshrc", ".config/fish/config.fish",
                     ".config/fish/conf.d/*.fish"),
                    frozenset({"zshrc", "bashrc", "zsh", "bash", "fish", "profile", "bash_profile", "zprofile", "zshenv",
                               "dotfiles", "shell", "shells", "terminal", "terminals", "alias", "aliases", "prompt",
                               "history", "histsize", "permanently", "setopt", "completion", "completions", "starship",
                               "nvm", "pyenv", "rbenv", "direnv"})),
    **dict.fromkeys(("**/.tmux.conf", ".config/tmux/tmux.conf"), frozenset({"tmux"})),
    **dict.fromkeys(("**/.vimrc", "**/.gvimrc", ".config/nvim/init.vim", ".config/nvim/init.lua", ".emacs",
                     ".emacs.d/init.el", ".config/emacs/init.el"),
                    frozenset({"vimrc", "vim", "nvim", "neovim", "emacs"})),
    **dict.fromkeys(("**/.gitconfig", ".config/git/config"), frozenset({"gitconfig", "global", "globally"})),
}  # fmt: skip


def later_file(path: str, home: str) -> bool:
    """A start-up file of an editor, terminal, REPL or interpreter, or an autostart place (`knowledge.later_files`):
    one of a kind like the shells' files, named by the program it starts with ("my neovim config", "when I start
    julia"), and often new, so a whole file written there is the user's setup too."""
    from automode.knowledge.later_files import later_words

    return later_words(path, home) is not None


def startup_file(path: str, home: str) -> bool:
    """A start-up file of `STARTUP_FILES`: named by what the request says it sets, not by its path."""
    return _match(path, home, STARTUP_FILES) is not None


def login_item(path: str, home: str) -> frozenset[str] | None:
    """The words that ask for this login item, or None when `path` is not one."""
    from automode.knowledge.later_files import later_words

    return _match(path, home, LOGIN_ITEMS) or _match(path, home, STARTUP_FILES) or later_words(path, home)


#: Extractor kinds (`files.autorun.ESCAPES`) of start-up files written in a program's own language, where a command
#: handed to the shell is spelt out: an Emacs `shell-command`, a neovim `jobstart`, a tmux `run-shell`.
ESCAPE_KINDS = frozenset({"emacs", "lua", "screen", "nushell", "julia", "vim", "tmux", "rprofile", "psql", "sqlite",
                          "debugger"})  # fmt: skip
_SPLIT_CMDS = lazyre.compile(r"&&|\|\||[;|&\n]")
_SKIP_WORDS = frozenset({"cd", "pushd", "true", "false", ":", "exit", "echo", "printf"})
_PREFIX_WORDS = frozenset({"env", "nohup", "exec", "command", "builtin", "time", "nice", "setsid", "silent", "silent!"})


def spawned(path: str, content: str, before: str = "") -> tuple[str, ...]:
    """The programs a start-up file's added text hands to the shell (an Emacs `(shell-command "git pull …")` runs
    git). Each must be the user's word: "fix my emacs setup" names the file, not an hourly `git pull`."""
    from automode.files import executed

    kind = executed.kind_of(path)
    if kind not in ESCAPE_KINDS or not content:
        return ()
    out: list[str] = []
    for run in executed.runs(kind, content):
        for part in _SPLIT_CMDS.split(run.text):
            words = [w for w in part.split() if "=" not in w or w.startswith("-")]
            while words and words[0] in _PREFIX_WORDS:
                words = words[1:]
            if not words or words[0] in _SKIP_WORDS:
                continue
            prog = words[0].strip("'\"`(").rsplit("/", 1)[-1]
            if prog and prog not in before and prog not in out:
                out.append(prog)
    return tuple(out)


def _match(path: str, home: str, table: Mapping[str, frozenset[str]]) -> frozenset[str] | None:
    h = home.rstrip("/") + "/"
    m = _HOME.match(path)
    rel = path[len(h):] if path.startswith(h) else path[m.end():] if m else None
    if rel is None:
        return None
    base = rel[rel.rfind("/") + 1:]
    for pattern, words in table.items():
        if pattern.startswith("**/"):
            if base == pattern[3:]:
                return words
        elif fnmatch.fnmatchcase(rel, pattern) and "/" not in rel[len(pattern.rstrip("*")):]:
            return words
    return None


#: A home directory as the paths of another machine's user spell it (the session's own home is checked first).
_HOME = lazyre.compile(r"^(?:/home/[^/]+|/Users/[^/]+|/root)/")
_URL = lazyre.compile(r"\b[a-z][a-z0-9+.-]*://([^\s/\"'<>:]+)", re.I)
_IP = lazyre.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
_KEY = lazyre.compile(r"\b(?:ssh-[a-z0-9-]+|ecdsa-sha2-\S+)\s+([A-Za-z0-9+/=]{30,})")
_SCHEMA = lazyre.compile(r"<!DOCTYPE[^>]*>|\bxmlns(?::\w+)?=\"[^\"]*\"", re.I)


def introduced(content: str, before: str = "") -> tuple[str, ...]:
    """Hosts, addresses and keys the written text brings in (not already in `before`): what the user must have given."""
    out: list[str] = []
    content = _SCHEMA.sub(" ", content)  # a plist's DOCTYPE or an XML namespace names a schema, not a host to reach
    for m in (*_URL.finditer(content), *_IP.finditer(content), *_KEY.finditer(content)):
        v = m.group(1)
        if is_loopback(v) or v in before:
            continue
        out.append(v)
    return tuple(dict.fromkeys(out))
