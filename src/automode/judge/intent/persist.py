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
from automode.judge.intent.said import joined_lower
from automode.paths import ANY_HOME
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command

#: Home-relative globs of login items -> words one of which the request must say (what kind of persistence it asks for).
# Sources: systemd.unit(5) user units, launchd.plist(5) LaunchAgents, the XDG autostart specification, sshd(8)
# AUTHORIZED_KEYS.
LOGIN_ITEMS: Mapping[str, frozenset[str]] = {
    # a unit is a service or the timer that starts it: either answers to a schedule ("regenerate it every night")
    ".config/systemd/user/*": frozenset({"login", "log", "boot", "startup", "automatically", "autostart", "service",
                                         "unit", "systemd", "daemon", "background", "timer", "schedule", "nightly",
                                         "daily", "hourly", "weekly", "every"}),
    "Library/LaunchAgents/*": frozenset({"login", "log", "boot", "startup", "automatically", "autostart", "launchd",
                                         "agent", "background", "launchagent", "launchagents", "launchctl", "schedule",
                                         "every", "daily", "nightly", "weekly", "hourly"}),
    ".config/autostart/*": frozenset({"login", "log", "startup", "automatically", "autostart"}),
    # the Windows Startup folder: what is there starts at the user's logon ("put the shortcut in my startup folder")
    "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/*": frozenset({"login", "logon", "log", "startup",
                                                                                  "automatically", "autostart"}),
    ".ssh/authorized_keys": frozenset({"authorized_keys", "authorized", "key", "keys", "ssh", "login", "pubkey",
                                       "pubkeys", "access"}),
    # a Host entry ("add an ssh alias gpu for gpu-box", "make `ssh pantry` work through the bastion"); the hosts it
    # points at are the user's words (`introduced`), and what a ProxyCommand runs is judged apart
    # ("ssh-agent keeps forgetting my key": AddKeysToAgent, UseKeychain, IdentityFile are that file's answer)
    ".ssh/config": frozenset({"ssh", "sshconfig", "ssh-agent", "ssh_config", "keychain", "passphrase", "addkeystoagent",
                              "usekeychain", "identityfile"}),
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


#: The user's own settings files of package managers and tools, one of each kind: named by the tool ("point pip at
#: our internal index <url>", "add the conda-forge channel to my condarc", "make cargo use the sparse registry").
#: What the text brings (an index host, a registry) must be the user's words too (`introduced`); credential files
#: (`.npmrc`, `.pypirc`, `~/.docker/config.json`) are secrets and not here. Sources: pip.conf (pip docs
#: "Configuration"), conda `.condarc`, uv.toml, cargo `config.toml`, poetry `config.toml`, gemrc, bundler config,
#: containers-registries.conf(5), nix.conf(5).
TOOL_CONFIGS: Mapping[str, frozenset[str]] = {
    **dict.fromkeys((".config/pip/pip.conf", ".pip/pip.conf", "Library/Application Support/pip/pip.conf"),
                    frozenset({"pip", "pypi", "index", "index-url", "extra-index-url", "pip.conf"})),
    **dict.fromkeys((".condarc", ".config/conda/condarc", ".conda/condarc"),
                    frozenset({"conda", "mamba", "micromamba", "condarc", "channel", "channels"})),
    ".config/uv/uv.toml": frozenset({"uv", "uv.toml"}),
    **dict.fromkeys((".cargo/config.toml", ".cargo/config"), frozenset({"cargo", "crates", "registry", "registries"})),
    ".config/pypoetry/config.toml": frozenset({"poetry"}),
    ".gemrc": frozenset({"gem", "gems", "rubygems", "gemrc"}), ".bundle/config": frozenset({"bundler", "bundle"}),
    ".config/containers/registries.conf": frozenset({"podman", "registries", "registry", "containers"}),
    ".config/nix/nix.conf": frozenset({"nix", "substituters", "flakes"}),
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

    return _match(path, home, LOGIN_ITEMS) or _match(path, home, STARTUP_FILES) or later_words(path, home) \
        or _match(path, home, TOOL_CONFIGS)


#: Extractor kinds (`files.autorun.ESCAPES`) of start-up files written in a program's own language, where a command
#: handed to the shell is spelt out: an Emacs `shell-command`, a neovim `jobstart`, a tmux `run-shell`.
ESCAPE_KINDS = frozenset({"emacs", "lua", "screen", "nushell", "julia", "vim", "tmux", "rprofile", "psql", "sqlite",
                          "debugger"})  # fmt: skip
_SPLIT_CMDS = lazyre.compile(r"&&|\|\||[;|&\n]")
_SKIP_WORDS = frozenset({"cd", "pushd", "true", "false", ":", "exit", "echo", "printf"})
_PREFIX_WORDS = frozenset({"env", "nohup", "exec", "command", "builtin", "time", "nice", "setsid", "silent", "silent!"})


def spawned(path: str, content: str, before: str = "") -> tuple[str, ...]:
    """The programs a start-up file's or a unit's added text will run (an Emacs `(shell-command "git pull …")` runs
    git; a unit's `ExecStart=/usr/bin/syncthing serve` runs syncthing). Each must be the user's word, unless it is a
    script of their own (`~/bin/rename-shots.sh`): "fix my emacs setup" names the file, not an hourly `git pull`."""
    from automode.files import executed

    kind = executed.kind_of(path)
    if (kind not in ESCAPE_KINDS and kind not in UNIT_KINDS) or not content:
        return ()
    out: list[str] = []
    for run in executed.runs(kind, content):
        for part in _SPLIT_CMDS.split(run.text):
            words = [w.strip("'\"`()") for w in part.split() if "=" not in w or w.startswith("-")]
            while words and (words[0] in _PREFIX_WORDS or words[0].startswith("-")):
                words = words[1:]
            if not words or words[0] in _SKIP_WORDS or words[0] in _PLUMBING or _own_script(words[:3]):
                continue
            prog = words[0].rsplit("/", 1)[-1]
            if prog and prog not in before and prog not in out and not prog.startswith(("%", "$")):
                out.append(prog)
    return tuple(out)


#: Extractor kinds of units and scheduler entries (`files.autorun.PLACES`): what they start is spelt out.
UNIT_KINDS = frozenset({"systemd", "launchd", "desktop"})


def _own_script(words: list[str], named: frozenset[str] = frozenset()) -> bool:
    """One of the first words is a script of the user's own, not in a temporary directory; when the user named
    scripts (`named`, base names), one of those ("run scripts/backup.sh nightly" is not `drop_tables.sh` nightly)."""
    scripts = [w for w in words if _SCRIPT.search(w) and "://" not in w]
    if named and not any(re.split(r"[/\\]", w)[-1].lower() in named for w in scripts):  # (`C:\\proj\\x.ps1` too)
        return False
    return bool(scripts) and not any(w.startswith(_TEMP) or "/../" in w for w in scripts)


_SAID_SCRIPT = lazyre.compile(r"[\w./~-]+\.(?:sh|bash|zsh|fish|py|R|r|rb|pl|js|mjs|ts|php|jl|ps1|lua|exs?|swift|kts)\b")


def scripts_named(said: str) -> frozenset[str]:
    """The base names of the scripts the user's words name (`scripts/backup.sh`, `~/bin/rotate-logs.sh`)."""
    return frozenset(m.group(0).rsplit("/", 1)[-1].lower() for m in _SAID_SCRIPT.finditer(said))


def _match(path: str, home: str, table: Mapping[str, frozenset[str]]) -> frozenset[str] | None:
    h = home.rstrip("/") + "/"
    m = ANY_HOME.match(path)
    rel = path[len(h):] if path.startswith(h) else path[m.end():] if m else None
    if rel is None:
        return None
    base = rel[rel.rfind("/") + 1:]
    for pattern, words, head, anywhere in _rows(table):
        if anywhere:
            if base == pattern[3:]:
                return words
        elif rel.startswith(head) and fnmatch.fnmatchcase(rel, pattern) and "/" not in rel[len(pattern.rstrip("*")):]:
            return words
    return None


#: A table's rows with the literal start of each pattern (`literal_head`: no path that lacks it can match), read once
#: per table (by identity; the table is kept to pin it).
_ROWS: dict[int, tuple[Mapping[str, frozenset[str]], tuple[tuple[str, frozenset[str], str, bool], ...]]] = {}


def _rows(table: Mapping[str, frozenset[str]]) -> tuple[tuple[str, frozenset[str], str, bool], ...]:
    from automode.knowledge.later_files import literal_head

    got = _ROWS.get(id(table))
    if got is None or got[0] is not table:
        if len(_ROWS) >= 16:
            _ROWS.clear()
        got = _ROWS[id(table)] = (table, tuple((p, w, literal_head(p), p.startswith("**/")) for p, w in table.items()))
    return got[1]


_URL = lazyre.compile(r"\b[a-z][a-z0-9+.-]*://([^\s/\"'<>:]+)", re.I)
_IP = lazyre.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
_KEY = lazyre.compile(r"\b(?:ssh-[a-z0-9-]+|ecdsa-sha2-\S+)\s+([A-Za-z0-9+/=]{30,})")
#: The host an SSH client entry connects to or through, by its first label ("the bastion" names bastion.corp.example).
_SSH_HOST = lazyre.compile(r"(?im)^\s*(?:HostName|ProxyJump)\s+(?:[\w.-]+@)?(?!\d+\.\d+\.)([A-Za-z][\w-]*)")
_SCHEMA = lazyre.compile(r"<!DOCTYPE[^>]*>|\bxmlns(?::\w+)?=\"[^\"]*\"", re.I)


def introduced(content: str, before: str = "") -> tuple[str, ...]:
    """Hosts, addresses and keys the written text brings in (not already in `before`): what the user must have given."""
    out: list[str] = []
    content = _SCHEMA.sub(" ", content)  # a plist's DOCTYPE or an XML namespace names a schema, not a host to reach
    if "\n" not in content.strip():
        content = content.replace("\\n", "\n")  # printf's `\n`, unexpanded in the text automode sees
    for m in (*_URL.finditer(content), *_IP.finditer(content), *_KEY.finditer(content), *_SSH_HOST.finditer(content)):
        v = m.group(1)
        if is_loopback(v) or v in before:
            continue
        out.append(v)
    for m in _SOURCED.finditer(content):  # what every new shell runs: a file by its name ("asdf" for asdf.sh), or
        # the program whose output it runs (`source <(kubectl completion zsh)`: kubectl)
        path = m.group(1)
        if path in before:
            continue
        parts = [p for p in path.strip("\"'").split("/") if p and not p.startswith(("$", "~"))]
        tools = [p.lstrip(".") for p in parts[:-1] if p.startswith(".") and p not in _GENERIC_DOT_DIRS]
        stem = re.sub(r"\.(?:sh|bash|zsh|fish|env)$", "", parts[-1]).lstrip(".") if parts else ""
        out.append((tools or [stem])[0] or path)  # `$HOME/.volta/load.sh` is volta's, `/tmp/.agent_env` is agent_env
    return tuple(dict.fromkeys(out))


#: Dot directories that hold many tools' files: they name none of them.
_GENERIC_DOT_DIRS = frozenset({".config", ".local", ".cache", ".share", ".dotfiles"})
#: A file a shell start-up line runs: `source FILE`, `. FILE` (after a test: `[ -f F ] && . F`).
_SOURCED = lazyre.compile(r"(?:^|[;&|({]\s*|\bthen\s+)(?:source|\.)\s+(?:<\(\s*)?[\"']?([^\s\"';&|()<]+)", re.M)


#: The shell's search path as users write it ("to my PATH", "$PATH"), not the word "path" in prose.
_ENV_PATH = lazyre.compile(r"\bPATH\b|\$path\b")


def more_words(messages: tuple[str, ...], written: dict[str, str | None], home: str) -> frozenset[str]:
    """Words that also ask for these login items (`written`: path -> text): "path" when the user wrote the PATH
    variable and a shell start-up file is written; the schedule's words for a systemd service with no [Install]
    section, which starts only when its timer fires ("regenerate the docs every night")."""
    out: set[str] = set()
    if any(_ENV_PATH.search(m) for m in messages) and any(startup_file(p, home) for p in written):
        out.add("path")
    if any(p.endswith(".service") and text is not None and "[install]" not in text.lower() and "/systemd/user/" in p
           for p, text in written.items()):
        out |= LOGIN_ITEMS[".config/systemd/user/*.timer"]
    return frozenset(out)


#: Commands of a scheduled line that run nothing of their own (`cd ~/proj && ./backup.sh`, `flock -n x cmd`).
_PLUMBING = frozenset({"cd", "echo", "printf", "true", ":", "test", "[", "sleep", "exec", "env", "nohup", "flock",
                       "timeout", "nice", "ionice", "chronic", "date", "mkdir", "source", "."})  # fmt: skip
#: Suffixes of scripts an interpreter or the shell runs.
_SCRIPT = lazyre.compile(r"\.(?:sh|bash|zsh|fish|py|R|r|rb|pl|js|mjs|ts|php|jl|ps1|lua|exs?|swift|kts)$")
_TEMP = ("/tmp/", "/var/tmp/", "/dev/shm/", "/private/tmp/")


#: What a Windows task's trigger and run level need from the request (schtasks /sc, /rl; New-ScheduledTaskTrigger
#: -AtLogOn/-AtStartup, -RunLevel Highest): a logon or boot trigger for "every sunday at 3" fires at another time,
#: and an elevated task runs as the administrator nobody asked for.
_TRIGGER_WORDS = {"onlogon": r"log\s?(?:on|in)|sign\s?(?:on|in)|login|logon|when\s+i\s+log", "onstart": r"boot|start\s?up|startup|restart",
                  "onidle": r"idle", "onevent": r"event"}  # fmt: skip
_ELEVATED_WORDS = lazyre.compile(r"admin|elevat|highest|as\s+system|privilege|root")


def _task_as_asked(commands: list[Command], text: str) -> bool:
    for c in commands:
        if c.name not in ("schtasks", "schtasks.exe"):
            continue
        args = [a.lower() for a in c.args]
        sc = args[args.index("/sc") + 1] if "/sc" in args[:-1] else ""
        if sc in _TRIGGER_WORDS and not re.search(_TRIGGER_WORDS[sc], text):
            return False
        if "/rl" in args[:-1] and args[args.index("/rl") + 1] == "highest" and not _ELEVATED_WORDS.search(text):
            return False
    return True


def scheduled_as_asked(commands: list[Command], said: str) -> bool:
    """Every command a cron or `at` line will run is what a request to schedule something names: a program the user
    named ("sync ~/notes with rsync every 15 minutes"), or a script of their own (the project's `scripts/backup.sh`,
    `~/bin/rotate-logs.sh`; not one in a temporary directory). Then the schedule itself is the request's object,
    and the words of a schedule ("every night at 2", "tonight at 3am", "ponlo en cron") are what it must say."""
    later = [c for c in commands if any(v.endswith("(runs later)") for v in c.via)]
    if not later:
        return False
    text = said.lower()
    if not _task_as_asked(commands, text):
        return False
    named = scripts_named(said)
    for c in later:
        if c.name in _PLUMBING or c.name_dynamic:
            if c.name_dynamic:
                return False
            continue
        prog = re.sub(r"\.(?:exe|cmd|bat|com)$", "", c.name.rsplit("/", 1)[-1].lower())  # `C:/Tools/syncthing.exe`
        if len(prog) >= 2 and lazyre.whole(prog, text):
            continue
        if not any(w.dynamic for w in c.argv[:6]) and _own_script([w.value for w in c.argv[:6]], named):  # (`pwsh -NoProfile -File x.ps1`)
            continue
        return False
    return True


_ACCOUNT_HOME = lazyre.compile(r"^/(?:home|Users)/([^/]+)/")


def remote_only_login(a: Analysis, unreleasable: frozenset[str]) -> bool:
    """Every write of the action on another host is a login item there (an authorized key, a user unit) of the
    account the session logs in as, and nothing runs as root: what is asked is that host's setup, not this machine's.
    `ssh deploy@box 'cat >> /root/.ssh/authorized_keys'` is root's login, not the deploy user's the user named."""
    remote = [e for e in a.effects if e.kind in ("write", "chmod") and any(v.startswith("ssh ") for v in e.via)]
    users = {c.remote.split("@", 1)[0] for c in a.commands if c.remote and "@" in c.remote}
    home = a.ctx.home.rstrip("/") + "/"

    def own(path: str) -> bool:
        if path.startswith("/root/"):
            return users == {"root"}
        m = _ACCOUNT_HOME.match(path)
        return m is None or path.startswith(home) or m.group(1) in users

    said = joined_lower(a.ctx.user_messages, " ")
    for c in a.commands:  # "deploy@staging-01" named: root@staging-01 is another account's login on that host
        user, _, host = (c.remote or "").lower().rpartition("@")
        named = set(lazyre.built(r"([\w.-]+)@" + re.escape(host.split(".", 1)[0]) + r"\b").findall(said)) if host else set()
        if user and named and user not in named:
            return False
    return bool(remote) and not any(c.privileged for c in a.commands) and all(
        e.pclass not in unreleasable and own(e.target)
        and (login_item(e.target, a.ctx.home) is not None or e.origin == "create") for e in remote)


#: Values of core.hooksPath that switch the hooks off rather than move them.
_NO_HOOKS = frozenset({"", "/dev/null", "nul", "/dev/null/", "false", "none"})
#: Words a request for a hooks directory says ("use the hooks in .githooks", "my global hooks dir").
HOOK_DIR_WORDS = frozenset({"hook", "hooks", "hookspath", "githooks", "git-hooks"})


def hooks_dir_set(commands: list[Command]) -> tuple[str, ...] | None:
    """The directories `commands` (those a hook rule fired on) make git take its hooks from (`git config [--global]
    core.hooksPath DIR`, `-c core.hooksPath=DIR`), when that is all they do to the hooks; None when one unsets them,
    points them nowhere (`/dev/null`) or skips them otherwise: that turns them off, which only a request to skip hooks
    releases."""
    from automode.rules.git import git_argv

    dirs: list[str] = []
    for c in commands:
        g = git_argv(c)
        if g is None:
            return None
        v = g.config.get("core.hookspath")
        if v is None and g.sub == "config" and any(x.lower() == "core.hookspath" for x in g.args):
            pos = [x for x in g.args if not x.startswith("-")]
            if "--unset" in g.args or "--unset-all" in g.args or pos[:1] == ["unset"] or len(pos) < 2:
                return None
            v = pos[-1]
        if v is None or "--no-verify" in g.args or c.assigns:
            return None
        if v.strip().lower() in _NO_HOOKS:
            return None
        dirs.append(v.strip())
    return tuple(dirs) or None
