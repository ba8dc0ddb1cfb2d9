"""Look through wrappers, nested shells and fan-out executors to the commands that really run.

`sudo env FOO=1 nice -n 5 bash -c "find . -exec rm -rf {} +"` lowers to one `rm -rf <find results>` command with
`via=("sudo", "env", "nice", "bash -c", "find -exec")` and `privileged=True`. Interpreter code (`python -c`,
`node -e`, heredocs fed to `python3 -`) is handed to `automode.shell.interp`; text fed to a shell from a pipe is
parsed when it is known (`echo 'rm -rf /' | sh`, `echo cm0g... | base64 -d | sh`) and otherwise becomes an `exec`
effect whose origin says where it came from (a download, a decoder, something unknown).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from automode.effects import Effect
from automode.shell.budget import Budget
from automode.shell.find import parse_find
from automode.shell.parse import MAX_NESTING, Command, ShellState, parse_script
from automode.shell.words import Word, normalize_name

SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "tcsh", "csh", "yash", "rbash", "posh"})
FETCHERS = frozenset({"curl", "wget", "fetch", "aria2c", "http", "https", "xh", "lwp-download", "lynx", "links", "nc", "ncat", "socat", "ftp", "tftp", "scp", "rsync", "aws", "gsutil", "gh"})  # fmt: skip
DECODERS = frozenset({"base64", "base32", "xxd", "openssl", "gzip", "gunzip", "zcat", "bzip2", "bunzip2", "xz", "unxz", "rev", "tr", "uudecode", "basenc", "od", "printf", "perl", "python", "python3"})  # fmt: skip


INLINE_CODE_FLAGS = {"node": ("-e", "--eval", "-p", "--print"), "nodejs": ("-e", "--eval", "-p", "--print"),
                     "bun": ("-e", "--eval"), "ruby": ("-e",), "perl": ("-e", "-E"), "php": ("-r",)}  # fmt: skip
# A command line, not code: a shell command that changes things, then an option or a path.
SHELL_LINE_RE = re.compile(r"^\s*(sudo\s+)?(rm|rmdir|shred|dd|mkfs(\.\w+)?|chmod|chown|git|find|mv|truncate|kill|killall|pkill|"
                           r"shutdown|reboot|curl|wget)\s+[-/~.]")  # fmt: skip


@dataclass(frozen=True, slots=True)
class WrapperSpec:
    """How to find the wrapped command in a wrapper's arguments."""

    opts_with_arg: frozenset[str] = frozenset()
    positionals: int = 0  # leading non-option arguments before the command (timeout DURATION, flock FILE)
    privileged: bool = False
    shell_opt: str | None = None  # option whose argument is a shell string (flock -c, su -c, script -c)
    describe_only: frozenset[str] = frozenset()  # options that make it not run anything (command -v)


def _spec(opts: str = "", positionals: int = 0, privileged: bool = False, shell_opt: str | None = None,
          describe: str = "") -> WrapperSpec:  # fmt: skip
    return WrapperSpec(frozenset(opts.split()), positionals, privileged, shell_opt, frozenset(describe.split()))


WRAPPERS: dict[str, WrapperSpec] = {
    "sudo": _spec("-u -g -C -D -h -p -r -t -U -T --user --group --chdir --prompt --host --role --type --other-user --close-from --command-timeout", privileged=True, describe="-l -v -k -K -V --list --validate"),
    "doas": _spec("-u -C", privileged=True),
    "pkexec": _spec("--user", privileged=True),
    "run0": _spec("-u --user", privileged=True),
    "runuser": _spec("-u -g -G --user --group", privileged=True),
    "su": _spec("-s -g -G --shell --group", privileged=True, shell_opt="-c"),
    "nice": _spec("-n --adjustment"),
    "ionice": _spec("-c -n -p -P -u --class --classdata"),
    "nohup": _spec(),
    "time": _spec("-f -o --format --output"),
    "timeout": _spec("-s -k --signal --kill-after", positionals=1),
    "stdbuf": _spec("-i -o -e"),
    "setsid": _spec(),
    "flock": _spec("-w -E --timeout --conflict-exit-code", positionals=1, shell_opt="-c"),
    "chroot": _spec("--userspec --groups", positionals=1, privileged=True),
    "unbuffer": _spec(),
    "xvfb-run": _spec("-n -s -f -e -p --server-num --server-args --auth-file --error-file"),
    "busybox": _spec(),
    "toybox": _spec(),
    "command": _spec(describe="-v -V"),
    "builtin": _spec(),
    "exec": _spec("-a"),
    "caffeinate": _spec("-t -w"),
    "chrt": _spec("-p", positionals=1),
    "taskset": _spec("-p", positionals=1),
    "numactl": _spec("-C -N -m -p -i --cpunodebind --membind --physcpubind --preferred --interleave"),
    "strace": _spec("-o -e -p -s -u -E -P -O -S -a -b -I -X"),
    "ltrace": _spec("-o -e -p -s -u -n -A -D"),
    "proxychains": _spec("-f"),
    "proxychains4": _spec("-f"),
    "torsocks": _spec("-u -p -a -P"),
    "faketime": _spec("-m -f", positionals=1),
    "prlimit": _spec("-p --pid"),
    "unshare": _spec("-S -G --setuid --setgid --wd --root"),
    "nsenter": _spec("-t -S -G --target --setuid --setgid --wd --root", privileged=True),
    "sg": _spec(positionals=1),
    "firejail": _spec(),
    "catchsegv": _spec(),
    "valgrind": _spec(),
    "dbus-launch": _spec(),
    "dbus-run-session": _spec(),
    "with-contenv": _spec(),
    "env": _spec("-u -C -S -P --unset --chdir --split-string"),
    "npx": _spec("-p --package -c --call"),
    "bunx": _spec(),
    "pnpx": _spec(),
    "dotenv": _spec("-e -v -c"),
    "script": _spec("-t -T -I -O -B -E --timing --log-in --log-out --log-io --echo", shell_opt="-c"),
    "watch": _spec("-n -d -x -g -q --interval --differences --exec --chgexit"),
    "nix-shell": _spec("-p -I --arg --argstr", shell_opt="--run"),
}  # fmt: skip
# `uv run X`, `poetry run X`, ...: two-word wrappers.
RUNNERS = {
    ("uv", "run"): _spec("--with --python -p --project --directory --group --extra --env-file --package"),
    ("poetry", "run"): _spec("-C --directory -P --project"),
    ("pipenv", "run"): _spec(),
    ("pdm", "run"): _spec("-p --project"),
    ("hatch", "run"): _spec(),
    ("rye", "run"): _spec(),
    ("conda", "run"): _spec("-n -p --name --prefix"),
    ("mamba", "run"): _spec("-n -p --name --prefix"),
    ("micromamba", "run"): _spec("-n -p --name --prefix"),
    ("pixi", "run"): _spec("-e --environment"),
    ("bundle", "exec"): _spec(),
    ("pnpm", "exec"): _spec(),
    ("npm", "exec"): _spec("-c --call -p --package"),
    ("yarn", "exec"): _spec(),
    ("yarn", "dlx"): _spec(),
    ("pnpm", "dlx"): _spec(),
    ("cargo", "watch"): _spec(),
    ("uvx", ""): _spec("--with --from --python"),
    ("pipx", "run"): _spec("--spec --python"),
}  # fmt: skip


@dataclass(slots=True)
class ShellAnalysis:
    commands: list[Command] = field(default_factory=list)  # after lowering; wrappers removed
    effects: list[Effect] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said with the decision, whatever it is (e.g. an unclosed quote)
    assignments: list[tuple[str, str]] = field(default_factory=list)  # bare `NAME=value` statements

    def problem(self, msg: str) -> None:
        if msg not in self.problems:
            self.problems.append(msg)


# An interpreter analyser: (code, command, lowerer) -> None; it adds to the analysis.
InterpHook = Callable[[str, str, Command, "Lowerer"], None]


class Lowerer:
    """Turns parsed commands into the commands that really run, recursively, with caps."""

    def __init__(self, home: str, cwd: str | None, interp: InterpHook | None = None) -> None:
        self.home = home
        self.cwd = cwd
        self.out = ShellAnalysis()
        self.interp = interp
        self.budget = Budget()  # shared by every nested parse, lowering and interpreter read of this action

    # ------------------------------------------------------------ entry points
    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None:  # fmt: skip
        """Parse and lower a piece of shell source (top level, `bash -c`, `eval`, `ssh host CMD`, ...)."""
        if nesting > MAX_NESTING:
            self.out.problem(f"shell code nests more than {MAX_NESTING} levels deep")
            return
        if self.budget.spent:
            self.spent()
            return
        from automode.shell.parse import default_env

        wd = cwd if cwd is not None else self.cwd
        script = parse_script(text, ShellState(wd, default_env(self.home, wd)), nesting, self.budget)
        for p in script.problems:
            self.out.problem(p if not via else f"{p} (inside {via[-1]})")
        if script.incomplete and not via:
            self.out.notes.append(script.incomplete)
        self.out.assignments.extend(script.assignments)
        for cmd in script.commands:
            if via or privileged or remote:
                cmd.via = via + cmd.via
                cmd.privileged = cmd.privileged or privileged
                cmd.remote = cmd.remote or remote
            self.command(cmd, nesting)
        if self.budget.spent:
            self.spent()

    def spent(self) -> None:
        """Record why the analysis stopped early (the engine asks)."""
        for p in self.budget.exceeded:
            self.out.problem(p)

    def command(self, cmd: Command, nesting: int) -> None:
        if not cmd.argv:
            return
        if not self.budget.command():
            self.spent()
            return
        if cmd.name_dynamic:
            self.out.problem(f"the command name `{cmd.argv[0].raw[:60]}` is only known at run time")
            self.out.commands.append(cmd)
            return
        name = cmd.name
        if "=" in cmd.argv[0].value and len(cmd.argv) > 1 and not cmd.argv[0].quoted and "/" not in cmd.argv[0].value.split("=", 1)[0]:
            # `A-B=2 git reset --hard`: bash fails on the invalid assignment, but the evident intent is the rest.
            rest = cmd.argv[1:]
            while rest and "=" in rest[0].value and not rest[0].dynamic:
                rest = rest[1:]
            if rest:
                self.command(self._inner(cmd, rest, "assignment"), nesting)
            return
        for _ in range(16):  # wrappers of wrappers, bounded
            inner = self.unwrap(cmd, name, nesting)
            if inner is None:
                break
            if inner is cmd:  # the wrapper ran the command in a nested form and was handled
                return
            if self.interp is not None:
                self.interp(name, "", cmd, self)  # the wrapper's own options (`unshare -r`, `strace -o FILE`)
            cmd = inner
            if not cmd.argv:
                return
            if cmd.name_dynamic:
                self.out.problem(f"the command name `{cmd.argv[0].raw[:60]}` is only known at run time")
                self.out.commands.append(cmd)
                return
            name = cmd.name
        self.out.commands.append(cmd)
        if name in SHELLS:
            self.nested_shell(cmd, nesting)
        elif name in ("eval",):
            self.eval(cmd, nesting)
        elif name in ("source", "."):
            self.source_file(cmd, nesting)
        elif name == "trap":
            self.trap(cmd, nesting)
        elif name == "xargs":
            self.xargs(cmd, nesting)
        elif name == "parallel":
            self.parallel(cmd, nesting)
        elif name in ("find", "fd", "fdfind"):
            self.find_exec(cmd, nesting)
        elif name == "ssh":
            self.ssh(cmd, nesting)
        elif name in ("docker", "podman", "kubectl", "oc", "nerdctl"):
            self.container_exec(cmd, nesting)
        if self.interp is not None:  # every command: inline code, and commands carried by options (`ssh -o ProxyCommand`)
            self.interp(name, "", cmd, self)
            self.shell_line_as_code(cmd, nesting)

    def shell_line_as_code(self, cmd: Command, nesting: int) -> None:
        """`node -e "rm -rf /"`: a shell command line given as inline code only fails by accident (it is not valid
        JavaScript, Ruby or Perl); judge it by its evident intent."""
        flags = INLINE_CODE_FLAGS.get(cmd.name)
        if flags is None:
            return
        args = cmd.argv[1:]
        for i, w in enumerate(args[:-1]):
            if w.value in flags:
                code = args[i + 1]
                if not code.dynamic and SHELL_LINE_RE.match(code.value):
                    self.source(code.value, via=(*cmd.via, f"{cmd.name} code read as shell"), privileged=cmd.privileged,
                                remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
                return

    # ---------------------------------------------------------------- wrappers
    def _inner(self, cmd: Command, argv: list[Word], label: str, *, privileged: bool = False,
               remote: str | None = None) -> Command:  # fmt: skip
        return replace(
            cmd,
            argv=argv,
            via=(*cmd.via, label),
            privileged=cmd.privileged or privileged,
            remote=remote or cmd.remote,
            redirects=list(cmd.redirects),
        )

    def unwrap(self, cmd: Command, name: str, nesting: int) -> Command | None:
        words = cmd.argv
        spec = WRAPPERS.get(name)
        label = name
        start = 1
        if spec is None and len(words) > 1:
            key = (name, words[1].value)
            if key in RUNNERS:
                spec, label, start = RUNNERS[key], f"{name} {words[1].value}", 2
            elif name == "uvx":
                spec = RUNNERS[("uvx", "")]
        if spec is None:
            return None
        i = start
        positionals = spec.positionals
        env_split: str | None = None
        while i < len(words):
            w = words[i]
            v = w.value
            if v == "--":
                i += 1
                break
            if name == "env" and v == "-":  # `env -` is `env -i`
                i += 1
                continue
            if name == "env" and "=" in v and not v.startswith("-"):
                cmd.assigns.append((v.split("=", 1)[0], Word(v.split("=", 1)[1], w.raw, w.dynamic)))
                i += 1
                continue
            if v.startswith("-") and len(v) > 1:
                if _describes(v, spec):
                    return None  # `command -v rm`, `command -pv rm`, `sudo -l`: describes, runs nothing
                if spec.shell_opt and (v == spec.shell_opt or v.startswith(spec.shell_opt + "=") or _in_cluster(v, spec.shell_opt)):
                    text = v.split("=", 1)[1] if "=" in v else (words[i + 1].value if i + 1 < len(words) else "")
                    dyn = "=" not in v and i + 1 < len(words) and words[i + 1].dynamic
                    if dyn:
                        self.out.problem(f"`{label} {spec.shell_opt}` runs shell code that is only known at run time")
                    self.out.commands.append(cmd)
                    self.source(text, via=(*cmd.via, f"{label} {spec.shell_opt}"), privileged=cmd.privileged or spec.privileged,
                                remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
                    return cmd
                if name == "env" and v in ("-S", "--split-string") and i + 1 < len(words):
                    env_split = words[i + 1].value
                    i += 2
                    break
                if name == "env" and v.startswith("--split-string="):
                    env_split = v.split("=", 1)[1]
                    i += 1
                    break
                if v in spec.opts_with_arg:
                    i += 2
                    continue
                if v.startswith("--") and "=" in v:
                    i += 1
                    continue
                # Short option with its argument glued on (`-n5`, `-uroot`) or a cluster of flags.
                i += 1
                continue
            if positionals:
                positionals -= 1
                i += 1
                continue
            break
        if env_split is not None:
            self.out.commands.append(cmd)
            rest = " ".join(_shell_quote(w) for w in words[i:])
            self.source(env_split + (" " + rest if rest else ""), via=(*cmd.via, "env -S"),
                        privileged=cmd.privileged, remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
            return cmd
        inner = words[i:]
        if not inner:
            if spec.privileged:
                # `sudo -i`, `sudo -s`, `su`: an interactive root shell.
                return self._inner(cmd, [Word("bash", "bash")], label, privileged=True)
            return None
        if name == "watch":
            self.out.commands.append(cmd)
            self.source(" ".join(_shell_quote(w) for w in inner), via=(*cmd.via, "watch"), privileged=cmd.privileged,
                        remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
            return cmd
        return self._inner(cmd, inner, label, privileged=spec.privileged)

    # ------------------------------------------------------------ nested shells
    def nested_shell(self, cmd: Command, nesting: int) -> None:
        args = cmd.argv[1:]
        label = f"{cmd.name} -c"
        i = 0
        script_arg: Word | None = None
        while i < len(args):
            v = args[i].value
            if v in ("-c",) or (v.startswith("-") and not v.startswith("--") and "c" in v[1:] and len(v) <= 6):
                if i + 1 < len(args):
                    code = args[i + 1]
                    if code.dynamic:
                        self.out.problem(f"`{label}` runs shell code that is only known at run time")
                        self._exec_from_word(code, cmd)
                    self.source(code.value, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote,
                                nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
                return
            if v in ("--rcfile", "--init-file", "-o", "+o", "-O", "+O"):
                i += 2
                continue
            if v.startswith("-") or v.startswith("+"):
                i += 1
                continue
            script_arg = args[i]
            break
        if script_arg is not None:
            # `bash script.sh`, or `bash <(curl ...)` / `bash /dev/stdin`.
            if script_arg.value.startswith("/dev/fd/") or script_arg.value in ("/dev/stdin", "-"):
                self.stdin_code(cmd, "shell", nesting, from_substitution=script_arg.value.startswith("/dev/fd/"))
            return
        self.stdin_code(cmd, "shell", nesting)

    def stdin_code(self, cmd: Command, lang: str, nesting: int, from_substitution: bool = False) -> None:
        """Code an interpreter reads from stdin (a pipe, heredoc, here-string or `<(...)`)."""
        text, known = (None, False) if from_substitution else cmd.stdin_text()
        if text is not None and known:
            if lang == "shell":
                self.source(text, via=(*cmd.via, f"{cmd.name} <stdin>"), privileged=cmd.privileged,
                            remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
            elif self.interp is not None:
                self.interp(cmd.name, text, cmd, self)
            return
        if text is None and known and not from_substitution:
            # Nothing is piped in: an interactive shell or REPL.
            return
        origin, detail = self.producer_origin(cmd, from_substitution)
        if origin == "decoded" and lang == "shell":
            decoded = self.try_decode(cmd)
            if decoded is not None:
                self.source(decoded, via=(*cmd.via, "decoded payload"), privileged=cmd.privileged, remote=cmd.remote,
                            nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        self.out.effects.append(Effect("exec", detail, detail=cmd.text[:200], origin=origin, via=cmd.via))

    def producer_origin(self, cmd: Command, from_substitution: bool) -> tuple[str, str]:
        """Where the code fed to `cmd` comes from: a download, a decoder, or somewhere unknown."""
        seen: list[str] = []
        src = cmd.pipe_from
        chain = 0
        while src is not None and chain < 16:
            seen.append(src.name)
            src = src.pipe_from
            chain += 1
        if from_substitution:
            seen.extend(c.name for c in self.out.commands if c.substituted)
        names = set(seen)
        if names & FETCHERS:
            return "remote", f"code downloaded by {sorted(names & FETCHERS)[0]} runs in {cmd.name}"
        if any(n in DECODERS for n in names):
            return "decoded", f"decoded data runs in {cmd.name}"
        return "stdin", f"{cmd.name} runs code from {' | '.join(reversed(seen)) or 'an unknown source'}"

    def try_decode(self, cmd: Command) -> str | None:
        """`echo <base64> | base64 -d | sh`: decode the literal payload so the real command is analysed."""
        src = cmd.pipe_from
        if src is None or src.name not in ("base64", "base32", "basenc"):
            return None
        text, known = src.stdin_text()
        if not known or text is None:
            return None
        if not self.budget.take(len(text), "decoded payload"):
            self.spent()
            return None
        try:
            data = base64.b64decode(text.strip() + "==", validate=False) if src.name != "base32" else base64.b32decode(text.strip())
            return data.decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return None

    def _exec_from_word(self, w: Word, cmd: Command) -> None:
        origin = "dynamic"
        if re.search(r"\b(curl|wget|fetch)\b", w.raw):
            origin = "remote"
        elif re.search(r"\b(base64|xxd|base32|openssl)\b", w.raw):
            origin = "decoded"
        self.out.effects.append(Effect("exec", w.raw[:120], detail=cmd.text[:200], origin=origin, via=cmd.via))

    def eval(self, cmd: Command, nesting: int) -> None:
        words = cmd.argv[1:]
        for w in words:
            if w.dynamic:
                self._exec_from_word(w, cmd)
                self.out.problem("`eval` runs text that is only known at run time")
        self.source(" ".join(w.value for w in words), via=(*cmd.via, "eval"), privileged=cmd.privileged,
                    remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip

    def trap(self, cmd: Command, nesting: int) -> None:
        """`trap 'rm -rf ~' EXIT` (or ERR, DEBUG, INT, RETURN, ...): the handler runs later, in this shell."""
        args = [w for w in cmd.argv[1:] if w.value != "--"]
        if not args or args[0].value.startswith("-") or len(args) < 2:
            return  # `trap -p`, `trap -l`, `trap - INT` (reset), `trap INT` (reset)
        code = args[0]
        if code.dynamic:
            self.out.problem("`trap` installs a handler that is only known at run time")
            self._exec_from_word(code, cmd)
        self.source(code.value, via=(*cmd.via, "trap"), privileged=cmd.privileged, remote=cmd.remote,
                    nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip

    def source_file(self, cmd: Command, nesting: int) -> None:
        if len(cmd.argv) < 2:
            return
        target = cmd.argv[1]
        if target.value in ("/dev/stdin", "-") or target.value.startswith("/dev/fd/"):
            self.stdin_code(cmd, "shell", nesting, from_substitution=target.value.startswith("/dev/fd/"))

    # -------------------------------------------------------------- fan-out
    def xargs(self, cmd: Command, nesting: int) -> None:
        args = cmd.argv[1:]
        i = 0
        replace_str: str | None = None
        from_file = False
        while i < len(args):
            v = args[i].value
            if v == "--":
                i += 1
                break
            if not v.startswith("-") or len(v) == 1:
                break
            opt, _, val = v.partition("=")
            if v[:2] in ("-I", "-J"):
                replace_str = v[2:] or (args[i + 1].value if i + 1 < len(args) else "{}")
            elif opt == "--replace" or v.startswith("-i"):
                # GNU `-i[R]` / `--replace[=R]`: the argument is optional and glued; `{}` by default.
                replace_str = (val if opt == "--replace" else v[2:]) or "{}"
            elif opt in ("-a", "--arg-file"):
                from_file = True
            if v in XARGS_WITH_ARG:
                i += 2
                continue
            i += 1
        template = list(args[i:]) or [Word("echo", "echo")]
        item = Word("__input_file_item__", "<arg-file>", dynamic=True) if from_file else self.stdin_items(cmd)
        self.fan_out(cmd, template, [item], replace_str or "", "xargs", nesting, from_stdin=not from_file)

    def fan_out(self, cmd: Command, template: list[Word], items: list[Word], marker: str, label: str, nesting: int, *,
                from_stdin: bool) -> None:  # fmt: skip
        """Run `template` once per item (xargs, parallel): the item replaces `marker` or is appended."""
        for item in items[:16]:
            argv: list[Word] = []
            fed: list[bool] = []  # which words carry the item
            for w in template:
                hit = bool(marker) and marker in w.value
                argv.append(Word(w.value.replace(marker, item.value), w.raw, w.dynamic or (hit and item.dynamic),
                                 w.glob or (hit and item.glob), w.quoted) if hit else w)  # fmt: skip
                fed.append(hit)
            if not any(fed):
                # Without the marker in the command the item is appended (GNU -i/-I would drop it: keep the intent).
                argv.append(item)
                fed.append(True)
            if from_stdin and _feeds_code(argv, fed):
                self.out.effects.append(Effect("exec", f"{label} turns its input into code for {argv[0].value}",
                                               detail=cmd.text[:200], origin="stdin", via=cmd.via))  # fmt: skip
            sub = self._inner(cmd, argv, label)
            sub.pipe_from = None
            self.command(sub, nesting + 1)

    def stdin_items(self, cmd: Command) -> Word:
        """What a fan-out executor receives on stdin, as one representative word."""
        src = cmd.pipe_from
        while src is not None and src.name in ("sort", "uniq", "head", "tail", "grep", "tr", "sed", "awk", "cut", "tee"):
            src = src.pipe_from
        if src is not None and src.name in ("find", "fd", "fdfind"):
            fx = parse_find(src)
            if len(fx.roots) == 1 and not fx.roots[0].dynamic:
                return fx.item(fx.roots[0])
        if src is not None and src.name == "seq":
            return Word("1", "1")  # numbers only
        if src is not None and src.name in ("echo", "printf") and not any(w.dynamic for w in src.argv[1:]):
            vals = [a for a in src.args if not a.startswith("-")]
            if len(vals) == 1:
                return Word(vals[0], vals[0])
        return Word("__stdin_item__", "<stdin>", dynamic=True)

    def parallel(self, cmd: Command, nesting: int) -> None:
        """GNU parallel: `parallel [options] [command] ::: items`; without a command each item is a command line."""
        args = cmd.argv[1:]
        i = 0
        marker = "{}"
        while i < len(args) and args[i].value.startswith("-") and args[i].value not in (":::", "::::"):
            opt, eq, _ = args[i].value.partition("=")
            if opt == "-I" and not eq and i + 1 < len(args):
                marker = args[i + 1].value
            i += 2 if opt in PARALLEL_WITH_ARG and not eq else 1
        seps = [j for j in range(i, len(args)) if args[j].value in (":::", "::::", ":::+", "::::+")]
        template = args[i : seps[0]] if seps else args[i:]
        items: list[Word] = []
        for j in seps:
            group = [w for w in args[j + 1 :]]
            stop = next((k for k, w in enumerate(group) if w.value in (":::", "::::", ":::+", "::::+")), len(group))
            if args[j].value.startswith("::::"):
                items.append(Word("__input_file_item__", "<arg-file>", dynamic=True))
            else:
                items.extend(group[:stop])
        from_stdin = not seps
        if from_stdin:
            items = [self.stdin_items(cmd)]
        if not template:
            # Each item is a whole command line.
            for item in items[:16]:
                if item.dynamic:
                    self.out.effects.append(Effect("exec", "parallel runs command lines read from its input",
                                                   detail=cmd.text[:200], origin="stdin", via=cmd.via))  # fmt: skip
                    continue
                self.source(item.value, via=(*cmd.via, "parallel"), privileged=cmd.privileged, remote=cmd.remote,
                            nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
            return
        self.fan_out(cmd, template, items, marker, "parallel", nesting, from_stdin=from_stdin)

    def find_exec(self, cmd: Command, nesting: int) -> None:
        fx = parse_find(cmd)
        item = fx.item(fx.roots[0]) if len(fx.roots) == 1 else Word("__find_result__", "<find>", dynamic=True)
        for action, words in fx.execs:
            argv = [Word(w.value.replace("{}", item.value), w.raw, w.dynamic or ("{}" in w.value and item.dynamic),
                         glob=w.glob or ("{}" in w.value and item.glob)) for w in words]  # fmt: skip
            if cmd.name in ("fd", "fdfind") and argv and not any("{}" in w.raw for w in words):
                argv.append(item)
            if argv:
                sub = self._inner(cmd, argv, f"{cmd.name} {action}")
                self.command(sub, nesting + 1)

    # ---------------------------------------------------------------- remote
    def ssh(self, cmd: Command, nesting: int) -> None:
        with_arg = set(["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B"])
        args = cmd.argv[1:]
        i = 0
        host: str | None = None
        while i < len(args):
            v = args[i].value
            if v.startswith("-") and len(v) > 1:
                i += 2 if v in with_arg else 1
                continue
            host = v
            i += 1
            break
        rest = args[i:]
        if host and rest:
            text = " ".join(w.value for w in rest)
            self.source(text, via=(*cmd.via, f"ssh {host}"), privileged=cmd.privileged, remote=host,
                        nesting=nesting + 1, cwd=None)  # fmt: skip
        elif host and not rest:
            fed, known = cmd.stdin_text()
            if fed is not None and known:
                self.source(fed, via=(*cmd.via, f"ssh {host}"), remote=host, nesting=nesting + 1, cwd=None)

    def container_exec(self, cmd: Command, nesting: int) -> None:
        args = cmd.argv[1:]
        # Global options before the subcommand: `kubectl --context prod -n x exec ...`, `docker -H host exec ...`.
        global_with_arg = {"--context", "--kubeconfig", "-n", "--namespace", "--cluster", "--user", "-s", "--server",
                           "--token", "-H", "--host", "-c", "--config", "-l", "--log-level", "--as", "--as-group"}  # fmt: skip
        while args and args[0].value.startswith("-"):
            args = args[2:] if args[0].value in global_with_arg else args[1:]
        if not args or args[0].value not in ("exec", "run", "debug"):
            return
        sub = args[0].value
        with_arg = {"-e", "--env", "-u", "--user", "-w", "--workdir", "--env-file", "--detach-keys", "-c", "--container",
                    "-n", "--namespace", "--name", "-v", "--volume", "--network", "--entrypoint", "-p", "--publish",
                    "--image", "--mount", "--platform", "--context", "--kubeconfig", "--pull"}  # fmt: skip
        i = 1
        target: str | None = None
        while i < len(args):
            v = args[i].value
            if v == "--":
                i += 1
                break
            if v.startswith("-"):
                i += 2 if v in with_arg else 1
                continue
            if target is None:
                target = v
                i += 1
                if cmd.name in ("kubectl", "oc"):
                    continue  # kubectl takes the command after `--`
                break
            i += 1
        rest = args[i:]
        if target and rest and sub in ("exec", "run"):
            label = f"{cmd.name} {sub} {target}"
            argv_text = " ".join(_shell_quote(w) for w in rest)
            self.source(argv_text, via=(*cmd.via, label), remote=f"container:{target}", nesting=nesting + 1, cwd=None)


XARGS_WITH_ARG = frozenset({"-I", "-J", "-n", "-P", "-d", "-L", "-s", "-a", "-E", "-R", "-S", "--max-args", "--max-procs",
                            "--delimiter", "--arg-file", "--max-lines", "--eof", "--max-chars", "--process-slot-var"})  # fmt: skip
PARALLEL_WITH_ARG = frozenset(
    {"-j", "--jobs", "-S", "--sshlogin", "--results", "--res", "-a", "--arg-file", "--joblog", "--tmpdir", "--delay",
     "--timeout", "-n", "--max-args", "-N", "--colsep", "-C", "-d", "--delimiter", "-I", "--env", "--basefile", "--bf",
     "--workdir", "--wd", "--retries", "--halt", "-E", "--eof", "--tagstring", "--tag-string", "-L", "--max-lines",
     "-s", "--max-chars", "--memfree", "--load", "--nice", "--sshloginfile", "--slf", "--transferfile", "--tf",
     "--return", "--block", "--recstart", "--recend", "--header", "--limit", "--termseq", "--ssh", "--ssh-delay",
     "--compress-program", "--decompress-program", "-P", "--shebang-wrap", "--tee", "--rpl", "--resume-failed"}
)  # fmt: skip
CODE_FLAGS = frozenset({"-c", "-e", "-E", "--eval", "-r", "-p", "--print"})


def _feeds_code(argv: list[Word], fed: list[bool]) -> bool:
    """Whether the fanned-out item ends up as code: `xargs sh -c`, `xargs -I{} bash -c {}`, `xargs eval`."""
    name = normalize_name(argv[0].value)
    if name == "eval":
        return any(fed[1:])
    if name not in SHELLS and not name.startswith(("python", "node", "perl", "ruby", "php")):
        return False
    for k, w in enumerate(argv[1:], 1):
        flag = w.value
        if flag in CODE_FLAGS or (name in SHELLS and flag.startswith("-") and not flag.startswith("--") and "c" in flag):
            return (k + 1 < len(argv) and fed[k + 1]) or k + 1 >= len(argv)
        if not flag.startswith("-"):
            return fed[k]  # a script path from the input: code it did not write
    return False


def _in_cluster(opt: str, short: str) -> bool:
    """`-qc` carries `-c` as its last letter (so the next word is its argument)."""
    return len(short) == 2 and not opt.startswith("--") and len(opt) > 2 and opt.endswith(short[1])


def _describes(opt: str, spec: WrapperSpec) -> bool:
    """Whether an option (or a cluster like `-pv`) makes the wrapper only describe its command. A cluster stops at
    the first letter that takes an argument: `sudo -uvictor` is `-u victor`, not `-v`."""
    if opt in spec.describe_only:
        return True
    if opt.startswith("--") or len(opt) < 3:
        return False
    for c in opt[1:]:
        if f"-{c}" in spec.describe_only:
            return True
        if f"-{c}" in spec.opts_with_arg:
            return False
    return False


def _shell_quote(w: Word) -> str:
    if w.dynamic:
        return w.raw
    v = w.value
    if v and all(c.isalnum() or c in "-_./=:,+@%^" for c in v):
        return v
    return "'" + v.replace("'", "'\\''") + "'"


def is_fetcher(name: str) -> bool:
    return normalize_name(name) in FETCHERS


def find_roots(cmd: Command) -> list[Word]:
    """The start points of a `find`/`fd` command (`.` when none)."""
    return parse_find(cmd).roots


def find_name_pattern(cmd: Command) -> str | None:
    """The one name pattern that decides what a `find`/`fd` command matches, if there is one."""
    return parse_find(cmd).pattern
