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

from collections.abc import Iterator

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Words of an option name (split at `-`, `_`, `.`) that say its value is a command line the program runs.
COMMAND_OPTION_WORDS = frozenset({
    "cmd", "command", "commands", "exec", "execute", "executable", "shell", "hook", "pager", "editor", "rsh",
    "askpass", "wrapper", "proxycommand", "localcommand", "sshcommand", "pack", "helper", "interpreter", "launcher",
    "entrypoint", "compressor", "decompressor",
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
    r"|(?:^|[;&|]\s*)(?:ba|z|da)?sh\s+-c\s"
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
        if name in known:
            continue
        if not eq:
            # `--upload-pack 'sh -c …'`: a command option followed by a command line.
            nxt = argv[i] if i < n else None
            if nxt is not None and not nxt.dynamic and not nxt.value.startswith("-") and command_option(name) \
                    and _command_line(nxt.value) and _shell_like(_strip(nxt.value)):  # fmt: skip
                i += 1
                yield _strip(nxt.value), f"{cmd.name} {name}"
            continue
        if not _shell_like(_strip(value)):
            continue
        if command_option(name):
            if _command_line(value) or value.startswith(("exec=", "!", "|")):
                yield _strip(value), f"{cmd.name} {name}"
        elif not text_program and not data_option(name) and CARRIED_CODE_RE.search(value):
            yield _strip(value), f"{cmd.name} {name}"
    for k, val in cmd.assigns:
        if k not in env_known and not val.dynamic and COMMAND_VARIABLE_RE.match(k) and _command_line(_strip(val.value)) \
                and _shell_like(_strip(val.value)):  # fmt: skip
            yield _strip(val.value).replace("%s", "__item__"), f"{cmd.name} {k}"
