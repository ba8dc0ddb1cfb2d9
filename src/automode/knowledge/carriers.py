"""Arguments that carry a command, for programs and options the knowledge base does not describe (issue 10, point 2).

The program tables (`knowledge/data/programs/*.toml`) name, per program, the options whose value is a command line
(`git --upload-pack`, `tar --to-command`, `rsync -e`). This module is the fallback for everything they do not name,
kept as three small tables read the same way for every program:

* `COMMAND_OPTION_WORDS`: words in an option's name that say its value is a command the program runs
  (`--upload-pack=CMD`, `--on-download-complete CMD`, `--pager=CMD`, `--rsh-command CMD`, `--pre-hook CMD`). The
  value is analysed as a nested shell command line, whatever the program.
* `COMMAND_VARIABLE_RE`: environment variables whose value is a command line some program runs (`PAGER`,
  `SYSTEMD_PAGER`, `LESSOPEN='|CMD %s'`, `*_COMMAND`/`*_CMD` such as `RESTIC_PASSWORD_COMMAND`, `*_EDITOR`).
* `CARRIED_CODE_RE`: the signs that any other option value (`--name=VALUE`), or an argument of a program automode does
  not know, is itself a shell command line: a pipe into a shell or interpreter, a download, a command substitution
  that downloads. Such a value is analysed as a command the program may run, unless the option's name says it holds
  text (`--message`, `--body`, `--title`: `DATA_OPTION_WORDS`).

Sources: the public GTFOBins catalogue ("Command", "Shell" and "Reverse shell" sections: options whose argument is
run with `sh -c`), git(1) `--upload-pack`/`--receive-pack`/`--exec`, tar(1) `--to-command`/`--rsh-command`/
`--use-compress-program`/`--checkpoint-action=exec=`, aria2c(1) `--on-download-*`, certbot(1) hooks, less(1)
LESSOPEN, man(1) `-P`/MANPAGER, systemctl(1) SYSTEMD_PAGER, environ(7) PAGER/EDITOR/VISUAL.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command
    from automode.shell.words import Word

#: Words of an option name (split at `-`, `_`, `.`) that say its value is a command line the program runs.
COMMAND_OPTION_WORDS = frozenset({
    "cmd", "command", "commands", "exec", "execute", "executable", "shell", "hook", "pager", "editor", "rsh",
    "askpass", "wrapper", "proxycommand", "localcommand", "sshcommand", "pack", "helper", "interpreter", "launcher",
    "entrypoint", "compressor", "decompressor", "bin", "binary", "exe", "runner", "program",
})  # fmt: skip
#: Whole option names that carry a command without one of the words above (`--to-command` has it; these do not).
COMMAND_OPTIONS = frozenset({
    "--use-compress-program", "--compress-program", "--decompress-program", "--rsync-path", "--on-download-complete",
    "--on-download-error", "--on-download-start", "--on-download-stop", "--on-bt-download-complete",
    "--upload-pack", "--receive-pack", "--open-files-in-pager", "--extcmd", "--prgbox", "--progressbox",
    "--checkpoint-action", "--info-script", "--new-volume-script", "--blocking-factor-script",
})  # fmt: skip
#: Words of an option name that say its value is text for people or a pattern, never run.
DATA_OPTION_WORDS = frozenset({
    "message", "msg", "body", "title", "description", "desc", "comment", "comments", "note", "notes", "text", "subject",
    "summary", "pattern", "regexp", "regex", "grep", "match", "label", "name", "format", "template", "query", "search",
    "reason", "content", "value", "string", "input", "data", "field", "expression", "filter-expression", "help",
})  # fmt: skip
#: Environment variables whose value is a command line a program runs (`PAGER=CMD man ls`, `LESSOPEN='|CMD %s'`).
COMMAND_VARIABLE_RE = lazyre.compile(
    r"^(?:\w*_)?(?:PAGER|EDITOR|VISUAL|ASKPASS|RSH|BROWSER|DIFF_TOOL|MERGE_TOOL|LESSOPEN|LESSCLOSE|TERMINAL|HOOK)$"
    r"|^\w*(?:COMMAND|CMD)$"  # RESTIC_PASSWORD_COMMAND, BORG_PASSCOMMAND, PROMPT_COMMAND, *_SSH_COMMAND
)
#: A value that is itself a shell command line doing something an option value never needs to do: it pipes into a
#: shell or interpreter, downloads, or substitutes the output of a download or a shell.
CARRIED_CODE_RE = lazyre.compile(
    r"\|\s*(?:sudo\s+)?(?:env\s+)?(?:/\S*/)?(?:ba|z|k|da|fi|tc|c|a|mk|yash|posh)?sh\b"
    r"|\|\s*(?:sudo\s+)?(?:/\S*/)?(?:python[\d.]*|perl|ruby|node|php|lua)\b(?!\s*-m\s+json)"
    r"|(?:^|[\s;&|(`])(?:curl|wget|fetch|aria2c|nc|ncat|socat)\s+\S"
    r"|\$\(\s*(?:curl|wget|nc|bash|sh|python[\d.]*|base64)\b"
    r"|(?:^|[;&|'\"]\s*)(?:ba|z|da)?sh\s+-c\s"  # (a quoted value: `keepalive: 'bash -c "…"'`)
    r"|/dev/(?:tcp|udp)/"  # bash's network redirection: a reverse shell in any shape
)
#: Programs whose arguments are text they print, search for or send, never a command they run.
TEXT_PROGRAMS = frozenset({
    "echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "ack", "git", "gh", "glab", "jq", "yq", "sed", "awk",
    "cat", "tee", "logger", "wall", "notify-send", "say", "espeak", "figlet", "cowsay", "banner", "toilet", "mail",
    "sendmail", "mutt", "msmtp", "slack", "curl", "wget", "http", "https", "xh", "base64", "xxd", "od", "sort",
    "uniq", "cut", "tr", "wc", "head", "tail", "less", "more", "column", "fmt", "fold", "rev", "tac", "strings",
    "file", "test", "[", "[[", "expr", "let", "read", "export", "declare", "local", "typeset", "alias", "set",
    "history", "fc", "ssh", "scp", "sftp", "docker", "podman", "kubectl", "sqlite3", "psql", "mysql", "tmux",
    "screen", "script", "diff", "cmp", "comm", "patch", "python", "python3", "node", "perl", "ruby", "php",
})  # fmt: skip

_WORD_SPLIT = lazyre.compile(r"[-_.]+")


def _name_words(opt: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(opt.lstrip("-+").lower()) if w]


def command_option(opt: str) -> bool:
    """`--upload-pack`, `--on-download-complete`, `--pager`, `--pre-hook`: the option's value is a command line."""
    if opt in COMMAND_OPTIONS:
        return True
    words = _name_words(opt)
    if not words or any(w in DATA_OPTION_WORDS for w in words):
        return False
    return any(w in COMMAND_OPTION_WORDS for w in words)


def data_option(opt: str) -> bool:
    return any(w in DATA_OPTION_WORDS for w in _name_words(opt))


def _command_line(value: str) -> bool:
    """A value a program would hand to `sh -c`: more than one word (a program name alone is judged where it runs)."""
    v = value.strip()
    return bool(v) and (" " in v or "|" in v or ";" in v or "&" in v or "$(" in v or "`" in v)


def _head_command(opt: str) -> bool:
    """The option's last word says it names a program (`--script-shell`, `--on-download-complete`), not a file the
    program reads (`--command-config`, `--hook-dir`)."""
    words = _name_words(opt)
    return opt in COMMAND_OPTIONS or (bool(words) and words[-1] in COMMAND_OPTION_WORDS)


def _program_path(value: str) -> bool:
    """A program named by its path alone (`--script-shell=/tmp/sh`, `--on-done ./x.sh`): run as it is."""
    v = value.strip()
    return "/" in v and " " not in v and not v.endswith("/") and not v.startswith(("http:", "https:", "//"))


#: The first word of a shell command line: a program name or path, an assignment, or a subshell/group.
_SHELL_HEAD_RE = lazyre.compile(r"^(?:\(|\{\s|[\w.~/+-]+(?:=\S*)?(?:\s|$|;|\||&))")


def _shell_like(text: str) -> bool:
    """Reads as a shell command line, not code in the program's own language (`App\\User::query()->update(...)`)."""
    return _SHELL_HEAD_RE.match(text) is not None


def _strip(value: str) -> str:
    """`exec=CMD` (`--checkpoint-action`), `!CMD` (aliases, helpers), `|CMD %s` (LESSOPEN): the command itself."""
    v = value.strip()
    if v.startswith(("exec=", "exec:")):
        v = v[5:]
    return v.lstrip("|!").strip()


#: Options with which a framework console takes code in its own language (`tinker --execute`, `shell --command`).
_CONSOLE_CODE = frozenset({"--execute", "--eval", "--command", "--code"})


def _console(cmd: Command) -> bool:
    from automode.shell.interp import _repl

    return _repl(cmd.name, cmd.argv[1:])


def carried(cmd: Command, described: bool, known: frozenset[str], env_known: frozenset[str]) -> Iterator[tuple[str, str]]:
    """Command lines that `cmd` may run from an option, argument or variable the program tables do not describe:
    (shell text, label). `described`: the program has an entry; `known`, `env_known`: the options and variables its
    entry already describes (left to it)."""
    text_program = cmd.name in TEXT_PROGRAMS
    argv = cmd.argv
    n = len(argv)
    i = 1
    while i < n:
        w = argv[i]
        v = w.value
        i += 1
        if w.dynamic or not v.startswith("--") or len(v) < 4:
            if not described and not text_program and not w.dynamic and not v.startswith("-") and CARRIED_CODE_RE.search(v) \
                    and _shell_like(_strip(v)):  # fmt: skip
                yield _strip(v), f"{cmd.name} argument"
            continue
        name, eq, value = v.partition("=")
        if name in known or (name in _CONSOLE_CODE and _console(cmd)):
            continue  # (`php artisan tinker --execute="echo App\\Models\\User::count();"`: PHP, read by `ormcalls`)
        if not eq:
            # `--upload-pack 'sh -c …'`: a command option followed by a command line.
            nxt = argv[i] if i < n else None
            if nxt is not None and not nxt.dynamic and not nxt.value.startswith("-") \
                    and ((command_option(name) and _command_line(nxt.value)) or (_program_path(nxt.value) and _head_command(name))) \
                    and _shell_like(_strip(nxt.value)):  # fmt: skip
                i += 1
                yield _strip(nxt.value), f"{cmd.name} {name}"
            continue
        if not _shell_like(_strip(value)):
            continue
        if _program_path(value) and _head_command(name):
            yield _strip(value), f"{cmd.name} {name}"  # (`--grep-bin=/tmp/x`, `--script-shell=/tmp/sh`)
        elif command_option(name):
            if _command_line(value) or value.startswith(("exec=", "!", "|")):
                yield _strip(value), f"{cmd.name} {name}"
        elif not text_program and not data_option(name) and CARRIED_CODE_RE.search(value):
            yield _strip(value), f"{cmd.name} {name}"
    for k, val in cmd.assigns:
        if k not in env_known and not val.dynamic and COMMAND_VARIABLE_RE.match(k) and _command_line(_strip(val.value)) \
                and _shell_like(_strip(val.value)):  # fmt: skip
            yield _strip(val.value).replace("%s", "__item__"), f"{cmd.name} {k}"
        elif not val.dynamic and COMMAND_VARIABLE_RE.match(k) and "/" in (path := _strip(val.value)) and " " not in path:
            # `GIT_ASKPASS=/tmp/x git push`, `SSH_ASKPASS=./p ssh h`: a program the command runs, judged like running it
            yield path, f"{cmd.name} {k}"


# ------------------------------------------------------------------ text typed into another terminal
#: Programs that type text into another terminal session, pane or window, or start a command there: the text runs
#: in that session's shell as soon as a newline (or the Enter the next call sends) reaches it, outside this action.
#: (program, words that select the act) -> (how the rest is read, options that take a value). "text": the
#: positional words are typed (joined with spaces; `\n`, `\r`, `^M`, `\015` are line ends); "argv": the positional
#: words are a program and its arguments started there; "shell": the first positional word is a shell command line;
#: "tmux": the positional words are a tmux command (run later: a key binding, a hook, the branch of `if-shell`).
#: Sources: screen(1) `-X stuff`/`-X exec`, kitty's remote control (`kitty @ send-text`, `launch`), wezterm(1) `cli
#: send-text`/`cli spawn`, zellij(1) `action write-chars`/`run`, xdotool(1) `type`, ydotool(8), wtype(1), tmux(1)
#: `if-shell`/`pipe-pane`/`bind-key`/`set-hook`/`command-prompt`, dtach(1) and abduco(1).
TYPED: dict[tuple[str, tuple[str, ...]], tuple[str, frozenset[str]]] = {
    ("screen", ("-X", "stuff")): ("text", frozenset()),
    ("screen", ("-X", "exec")): ("argv", frozenset()),
    ("screen", ("-X", "screen")): ("argv", frozenset({"-t", "-T"})),
    ("kitty", ("@", "send-text")): ("text", frozenset({"--match", "-m", "--match-tab", "-t", "--bracketed-paste", "--to"})),
    ("kitty", ("@", "launch")): ("argv", frozenset({"--match", "-m", "--type", "--title", "--window-title", "--tab-title", "--cwd",
                                                   "--env", "--var", "--location", "--os-window-title", "--os-window-name",
                                                   "--os-window-class", "--stdin-source", "--marker", "--color", "--spacing",
                                                   "--logo", "--source-window", "--next-to", "--bias", "--to"})),
    ("kitten", ("@", "send-text")): ("text", frozenset({"--match", "-m", "--match-tab", "-t", "--bracketed-paste", "--to"})),
    ("kitten", ("@", "launch")): ("argv", frozenset({"--match", "-m", "--type", "--title", "--cwd", "--env", "--var", "--location", "--to"})),
    ("wezterm", ("cli", "send-text")): ("text", frozenset({"--pane-id"})),
    ("wezterm", ("cli", "spawn")): ("argv", frozenset({"--pane-id", "--domain-name", "--window-id", "--cwd", "--workspace"})),
    ("wezterm", ("cli", "split-pane")): ("argv", frozenset({"--pane-id", "--cells", "--percent", "--cwd", "--move-pane-id"})),
    ("wezterm", ("start",)): ("argv", frozenset({"--cwd", "--class", "--workspace", "--position", "--domain"})),
    ("zellij", ("action", "write-chars")): ("text", frozenset()),
    ("zellij", ("run",)): ("argv", frozenset({"-n", "--name", "--cwd", "-d", "--direction", "--height", "--width", "-x", "-y"})),
    ("zellij", ("action", "new-pane")): ("argv", frozenset({"-n", "--name", "--cwd", "-d", "--direction", "-p", "--plugin"})),
    ("xdotool", ("type",)): ("text", frozenset({"--delay", "--window", "--terminator", "--args", "--sync"})),
    ("ydotool", ("type",)): ("text", frozenset({"-d", "--key-delay", "-H", "--key-hold", "-D", "--next-delay", "-f", "--file"})),
    ("wtype", ()): ("text", frozenset({"-d", "-s", "-k", "-P", "-p", "-M", "-m"})),
    ("dotool", ("type",)): ("text", frozenset()),
    ("tmux", ("if-shell",)): ("shell", frozenset({"-t"})),
    ("tmux", ("if",)): ("shell", frozenset({"-t"})),
    ("tmux", ("pipe-pane",)): ("shell", frozenset({"-t"})),
    ("tmux", ("pipep",)): ("shell", frozenset({"-t"})),
    ("tmux", ("bind-key",)): ("tmux", frozenset({"-N", "-T"})),
    ("tmux", ("bind",)): ("tmux", frozenset({"-N", "-T"})),
    ("tmux", ("set-hook",)): ("tmux", frozenset({"-t"})),
    ("tmux", ("command-prompt",)): ("tmux", frozenset({"-I", "-p", "-t", "-T"})),
    ("dtach", ("-n",)): ("argv", frozenset()),
    ("dtach", ("-c",)): ("argv", frozenset()),
    ("dtach", ("-A",)): ("argv", frozenset()),
    ("abduco", ("-n",)): ("argv", frozenset()),
    ("abduco", ("-c",)): ("argv", frozenset()),
    ("abduco", ("-A",)): ("argv", frozenset()),
}  # fmt: skip
_TYPED_NAMES = frozenset(p for p, _ in TYPED)
#: Line ends as typed-text programs spell them: screen's `^M`/`^J` and octal, C escapes (kitty, screen).
_LINE_END_RE = lazyre.compile(r"\\[nr]|\^[MJ]|\\0?1[25]|\\x0[ad]")
#: dtach/abduco: the option word is followed by the socket or session name, then the command.
_NAMED_FIRST = frozenset({"dtach", "abduco"})


def typed(cmd: Command) -> Iterator[tuple[str, str]]:
    """Shell text `cmd` types into, or starts in, another terminal session (table `TYPED`): (text, label). The text
    runs there later, as if typed at its prompt; it is judged like a command of this action."""
    name = cmd.name
    if name not in _TYPED_NAMES:
        return
    words = cmd.argv[1:]
    values = [w.value for w in words]
    for (prog, marker), (mode, with_arg) in TYPED.items():
        if prog != name:
            continue
        at = _find(values, marker)
        if at is None:
            continue
        rest = words[at + len(marker) :]
        if name in _NAMED_FIRST:
            rest = rest[1:]  # the socket or session name
        pos = _positionals(rest, with_arg)
        if not pos:
            return
        label = " ".join((name, *marker))
        if mode == "text":
            text = " ".join(w.raw if w.dynamic else w.value for w in pos)
            yield _LINE_END_RE.sub("\n", text), label
        elif mode == "shell":
            yield (pos[0].raw if pos[0].dynamic else pos[0].value), label
            if name == "tmux" and len(pos) > 1:  # `if-shell COND CMD [ELSE]`: the branches are tmux commands
                for w in pos[1:3]:
                    yield "tmux " + w.value, label
        elif mode == "tmux":
            start = 1 if marker[0] in ("bind-key", "bind", "set-hook") else 0  # the key or the hook's name
            parts = pos[start:]  # one word is a tmux command line of its own (`set-hook -g h 'run-shell "…"'`)
            yield "tmux " + (parts[0].value if len(parts) == 1 else " ".join(_quote(w.value) for w in parts)), label
        else:
            yield " ".join(_quote(w.value) for w in pos), label
        return


def _find(values: list[str], marker: tuple[str, ...]) -> int | None:
    """Where the act's last word is, less the marker's length (so the rest starts after it): the first word within
    the first 24, each next one within 4 words of the previous, options between them allowed (`screen -S x -X
    stuff`, `kitty @ --to unix:/tmp/k send-text`). None when the words are absent."""
    if not marker:
        return 0
    for i in range(min(len(values), 24)):
        if values[i] != marker[0]:
            continue
        at = i
        for word in marker[1:]:
            nxt = next((j for j in range(at + 1, min(len(values), at + 5)) if values[j] == word), None)
            if nxt is None:
                break
            at = nxt
        else:
            return at - len(marker) + 1
    return None


def _positionals(words: list[Word], with_arg: frozenset[str]) -> list[Word]:
    """The words after the options (`--` ends them): the text typed, or the command started."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        v = w.value
        if out:
            out.append(w)
        elif v == "--":
            return list(words[i + 1 :])
        elif v.startswith("-") and len(v) > 1 and not w.dynamic:
            i += 2 if v in with_arg else 1
            continue
        else:
            out.append(w)
        i += 1
    return out


def _quote(s: str) -> str:
    import shlex

    return s if s and all(c.isalnum() or c in "-_./=:@%+,~" for c in s) else shlex.quote(s)


# ------------------------------------------------------------------ commands bound to keys and events
#: Options whose value binds keys or events to actions, some of which run a shell command (fzf(1) `--bind
#: 'enter:execute(CMD)'`, `start:reload(CMD)`, `become(CMD)`; skim's `--bind` likewise): program -> the options.
BIND_OPTIONS: dict[str, frozenset[str]] = {"fzf": frozenset({"--bind"}), "sk": frozenset({"--bind", "-b"})}
#: The actions of a binding that run their argument with the shell (fzf(1) "AVAILABLE ACTIONS").
_BOUND_RE = lazyre.compile(r"(?:^|[,+:])\s*(?:execute(?:-silent|-multi)?|become|reload(?:-sync)?|preview|change-preview|"
                           r"transform(?:-[\w-]+)?|bg-transform(?:-[\w-]+)?|change-prompt-command)\s*([(\[{<~!@#$%^&*;/|:])")
_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">"}


def bound(cmd: Command) -> Iterator[tuple[str, str]]:
    """Shell commands a key or event binding runs (table `BIND_OPTIONS`): (text, label)."""
    opts = BIND_OPTIONS.get(cmd.name)
    if opts is None:
        return
    argv = cmd.argv
    for i, w in enumerate(argv[1:], 1):
        name, eq, value = w.value.partition("=")
        if name not in opts:
            continue
        if not eq:
            if i + 1 >= len(argv):
                continue
            value = argv[i + 1].value
        for m in _BOUND_RE.finditer(value):
            start = m.end()
            opener = m.group(1)
            if opener == ":":  # `execute:CMD`: to the end of the binding
                yield value[start:], f"{cmd.name} {name}"
                break
            end = value.find(_CLOSE.get(opener, opener), start)
            yield value[start : end if end >= 0 else len(value)], f"{cmd.name} {name}"


# ------------------------------------------------------------------ files and code loaded before the program runs
#: Environment variables that make an interpreter load a file before the program it runs (node(1) NODE_OPTIONS,
#: ruby(1) RUBYOPT, perlrun(1) PERL5OPT, python(1) PYTHONSTARTUP): variable -> (the interpreter whose code the file
#: is, the option words inside the value that precede a path or module; () = the whole value is a path). A file
#: written in this action or changed in this session (`Context.run_files`) is judged as that interpreter running
#: it; a file of the project's own is judged like `node FILE` (by the command). (BASH_ENV and ENV: the lowerer's
#: `startup_files`; LD_PRELOAD and other binaries: AM-SEC-008.)
LOADER_VARS: dict[str, tuple[str, tuple[str, ...]]] = {
    "NODE_OPTIONS": ("node", ("--require", "-r", "--import", "--loader", "--experimental-loader")),
    "RUBYOPT": ("ruby", ("-r",)),
    "PERL5OPT": ("perl", ("-M", "-m")),
    "PYTHONSTARTUP": ("python3", ()),
}
#: Variables whose value is code an interpreter runs (perlrun(1) PERL5DB, read under `perl -d`).
CODE_VARS: dict[str, str] = {"PERL5DB": "perl"}
#: Variables naming a directory a shell reads its start-up files from (zsh(1) ZDOTDIR: .zshenv always, .zprofile and
#: .zlogin for a login shell, .zshrc for an interactive one): variable -> (shells, files).
STARTUP_DIRS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "ZDOTDIR": (frozenset({"zsh"}), (".zshenv", ".zprofile", ".zshrc", ".zlogin")),
}


def _split(value: str) -> list[str]:
    import shlex

    try:
        return shlex.split(value)
    except ValueError:
        return value.split()


def loader_paths(var: str, value: str) -> list[str]:
    """The files a loader variable's value names (`--require ./x.js`, `-r./x.rb`, `-Ilib -MEvil` -> lib/Evil.pm)."""
    lang, flags = LOADER_VARS[var]
    if not flags:
        return [value.strip()] if value.strip() else []
    words = _split(value)
    out: list[str] = []
    incs = [w[2:] for w in words if w.startswith("-I") and len(w) > 2]
    for i, w in enumerate(words):
        hit = None
        for f in flags:
            if w == f and i + 1 < len(words):
                hit = words[i + 1]
            elif w.startswith(f + "=") or (not f.startswith("--") and w.startswith(f) and len(w) > len(f)):
                hit = w[len(f) :].lstrip("=")
        if not hit:
            continue
        if lang == "perl":  # a module name: Foo::Bar -> Foo/Bar.pm under the -I directories or the working directory
            rel = hit.split("=", 1)[0].lstrip("-").replace("::", "/") + ".pm"
            out.extend(f"{d.rstrip('/')}/{rel}" for d in [*incs, "."])
        else:
            out.append(hit)
    return out[:8]


def environment(cmd: Command, exported: Mapping[str, Word]) -> dict[str, Word]:
    """The variables a command runs with that this action set: exported before it, then its own prefixes."""
    env = dict(exported)
    env.update(dict(cmd.assigns))
    return env

