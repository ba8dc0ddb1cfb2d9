"""What the parser produces: simple commands with their words, redirections, pipe source and working directory,
and the shell state the walker carries (variables, aliases, positional parameters)."""

from __future__ import annotations

from automode.dc import dataclass, field
from automode.shell.escapes import echo_output, printf_output
from automode.shell.words import Word, normalize_name
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node


@dataclass(slots=True)
class Redirect:
    op: str  # '>', '>>', '<', '&>', '&>>', '>|', '<&', '>&', '<<', '<<-', '<<<'
    fd: str | None
    target: Word | None  # file, fd number or heredoc delimiter
    body: str | None = None  # heredoc / here-string text
    body_dynamic: bool = False  # the body has expansions that stay unknown


@dataclass(slots=True)
class Command:
    argv: list[Word]
    cwd: str | None
    redirects: list[Redirect] = field(default_factory=list)
    assigns: list[tuple[str, Word]] = field(default_factory=list)
    pipe_from: Command | None = None
    via: tuple[str, ...] = ()  # wrappers and nestings looked through, outermost first
    privileged: bool = False
    remote: str | None = None  # ssh host / container the command runs in
    substituted: bool = False  # runs inside $(...), `...` or <(...)
    depth: int = 0
    text: str = ""
    # Wrappers and runners looked through (`uvx --from git+… tool`, `sudo -u x`), outermost first: each one's own
    # words up to the command it starts (its name as the label, then its options as parsed), so knowledge that reads
    # a runner's options (the package source of `uvx --from`) reads the parsed words, whatever the runner is called.
    launchers: tuple[tuple[Word, ...], ...] = ()
    # Variables removed from the command's environment by a wrapper (`env -u NAME`; "*" for `env -i`).
    unset: tuple[str, ...] = ()
    # The normalised command name, computed once: rules ask for it hundreds of times per decision. Commands are
    # never re-pointed in place (lowering builds new ones with dataclasses.replace, which recomputes it).
    name: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.name = normalize_name(self.argv[0].value) if self.argv else ""

    @property
    def args(self) -> list[str]:
        return [w.value for w in self.argv[1:]]

    @property
    def name_dynamic(self) -> bool:
        return bool(self.argv) and self.argv[0].dynamic

    def stdin_text(self) -> tuple[str | None, bool]:
        """Text fed to stdin by a heredoc, here-string or a literal `echo`/`printf`/`cat` upstream.

        Returns (text, known): text None and known False means the input comes from somewhere unknowable.
        """
        for r in self.redirects:
            if r.op in ("<<", "<<-", "<<<") and r.body is not None:
                return r.body, not r.body_dynamic
        src = self.pipe_from
        if src is None:
            return None, True
        if src.name in ("echo", "printf") and not any(w.dynamic for w in src.argv[1:]):
            # `printf '\x72\x6d -rf ~' | sh`, `echo -e '\162\155 ...' | bash`: the bytes bash would print.
            text = echo_output(src.args) if src.name == "echo" else printf_output(src.args)
            return (text, True) if text is not None else (None, False)
        if src.name == "cat" and not src.args:
            return src.stdin_text()
        return None, False


@dataclass(slots=True)
class Script:
    commands: list[Command] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    functions: dict[str, Node] = field(default_factory=dict)
    assignments: list[tuple[str, str]] = field(default_factory=list)  # bare `NAME=value` statements, in order
    incomplete: str | None = None  # judged with a missing closer appended (see CLOSERS): says which and why


@dataclass(slots=True)
class ShellState:
    """What the walker knows while it moves through the script."""

    cwd: str | None
    env: dict[str, str | None]  # name -> value, None = set but unknown
    aliases: dict[str, str] = field(default_factory=dict)
    positional: list[Word] | None = None
    home0: str = ""  # the user's home: `~` is read against `$HOME` only once a command changed it

    def copy(self) -> ShellState:
        return ShellState(self.cwd, dict(self.env), dict(self.aliases), self.positional, self.home0)


def default_env(home: str, cwd: str | None) -> dict[str, str | None]:
    env: dict[str, str | None] = {"HOME": home, "TMPDIR": "/tmp", "USER": "user", "LOGNAME": "user", "SHELL": "/bin/bash"}
    if cwd:
        env["PWD"] = cwd
    return env


# Commands that print nothing on stdout, so a substitution made of them and `echo` has a known output.
SILENT = frozenset({"cd", "pushd", "popd", "true", ":", "export", "local", "declare", "typeset", "readonly", "unset", "set", "shopt"})


def literal_output(ran: list[Command]) -> str | None:
    """What `$(echo rm)` prints, when every command in it is a literal `echo`/`printf` or prints nothing."""
    out: list[str] = []
    feeding = {id(c.pipe_from) for c in ran if c.pipe_from is not None}
    for cmd in ran:
        if id(cmd) in feeding:
            continue  # its output goes down the pipe, not into the substitution
        if cmd.name in SILENT and not cmd.redirects and cmd.pipe_from is None:
            continue
        if cmd.name in DECODERS and not cmd.redirects:
            decoded = decoded_output(cmd)  # `p=$(echo L2hvbWUv… | base64 -d)`: the path a write goes to
            if decoded is None:
                return None
            out.append(decoded.rstrip("\n"))
            continue
        if (place := printed_place(cmd)) is not None:
            out.append(place)  # `$(python3 -m site --user-site)`: where a write plants code every process runs
            continue
        if cmd.name == "cat" and not cmd.args:
            text, known = cmd.stdin_text()  # `$(cat <<EOF ... EOF)`
            if text is None or not known:
                return None
            out.append(text.rstrip("\n"))
            continue
        if cmd.redirects or cmd.pipe_from is not None or any(w.dynamic or w.glob for w in cmd.argv):
            return None
        text = echo_output(cmd.args) if cmd.name == "echo" else printf_output(cmd.args) if cmd.name == "printf" else None
        if text is None:
            return None
        out.append(text.rstrip("\n"))
    return "\n".join(out) if out else None


#: Decoders whose output is known when their input is: what an agent uses to hide a path or a word from a reader.
DECODERS = frozenset({"base64", "base32", "basenc", "xxd", "rev"})


def decoded_output(cmd: Command) -> str | None:
    """What `base64 -d`, `base32 -d`, `xxd -r -p` or `rev` prints for a known input (an `echo`/`printf`/heredoc
    upstream), or None when the input or the mode is unknown."""
    import base64
    import binascii

    text, known = cmd.stdin_text()
    args = [a for a in cmd.args if a.startswith("-")]
    if text is None or not known or len(text) > 65536 or len(args) != len(cmd.args):
        return None  # (a file operand: its content is not known here)
    data = text.strip()
    try:
        if cmd.name in ("base64", "basenc") and any(a in ("-d", "--decode", "-D") for a in args):
            if cmd.name == "basenc" and "--base64" not in args:
                return None
            raw = base64.b64decode(data + "=" * (-len(data) % 4))
        elif cmd.name == "base32" and any(a in ("-d", "--decode") for a in args):
            raw = base64.b32decode(data + "=" * (-len(data) % 8))
        elif cmd.name == "xxd" and "-r" in args and "-p" in args:
            raw = bytes.fromhex("".join(data.split()))
        elif cmd.name == "rev" and not args:
            return "\n".join(line[::-1] for line in text.split("\n"))
        else:
            return None
    except (binascii.Error, ValueError):
        return None
    return raw.decode("utf-8", "replace")


#: Commands that print where a toolchain loads code from (representative paths: the kind of place is what rules read).
PRINTED_PLACES: dict[tuple[str, ...], str] = {
    ("python", "-m", "site", "--user-site"): "~/.local/lib/python3/site-packages",
    ("python", "-m", "site", "--user-base"): "~/.local",
    ("npm", "root", "-g"): "/usr/local/lib/node_modules",  # (npm's own default prefix; distro packages use /usr)
    ("npm", "prefix", "-g"): "/usr/local",
    ("npm", "config", "get", "prefix"): "/usr/local",
    ("gem", "env", "gemdir"): "~/.gem",
    ("go", "env", "GOPATH"): "~/go",
    ("go", "env", "GOROOT"): "/usr/lib/go",
    ("rustc", "--print", "sysroot"): "~/.rustup/toolchains/stable",
    ("brew", "--prefix"): "/opt/homebrew",
}


def printed_place(cmd: Command) -> str | None:
    """The place a location command prints (`npm root -g`, `python3 -m site --user-site`), or None."""
    name = "python" if (cmd.name.startswith("python") and cmd.name[6:].replace(".", "").isdigit()) or cmd.name in ("python", "python3") else cmd.name
    if cmd.redirects or any(w.dynamic or w.glob for w in cmd.argv):
        return None
    return PRINTED_PLACES.get((name, *cmd.args))
