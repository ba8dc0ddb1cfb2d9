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
import fnmatch
import re
from collections.abc import Callable

from automode import lazyre
from automode.dc import dataclass, field, replace
from automode.effects import Effect
from automode.shell import (
    batch,
    builtins_run,
    consoles,
    evalvars,
    fanout,
    filetools,
    later,
    listed,
    powershell,
    remote,
    remote_shells,
    schedule,
    sockets,
    staged,
    test_imports,
    windows,
)
from automode.shell.budget import Budget
from automode.shell.find import parse_find
from automode.shell.parse import MAX_NESTING, Command, ShellState, default_env, parse_script
from automode.shell.unwrap import unwrap
from automode.shell.words import Word, normalize_name
from automode.shell.wrappers import DECODERS, FETCHERS, KNOWN_PROGRAMS, SHELLS
from automode.shell.wrappers import WRAPPERS as WRAPPERS  # re-exported: automode.knowledge reads it here

INLINE_CODE_FLAGS = {"node": ("-e", "--eval", "-p", "--print"), "nodejs": ("-e", "--eval", "-p", "--print"),
                     "bun": ("-e", "--eval"), "ruby": ("-e",), "perl": ("-e", "-E"), "php": ("-r",)}  # fmt: skip
# A command line, not code: a shell command that changes things, then an option or a path.
#: A word that is one download and nothing else: the code it runs is the download, which the exec effect names.
DOWNLOAD_ONLY = lazyre.compile(r"""^"?\$\((?:curl|wget)\s[^()`;|&<>$]*\)"?$""")
SHELL_LINE_RE = lazyre.compile(r"^\s*(sudo\s+)?(rm|rmdir|shred|dd|mkfs(\.\w+)?|chmod|chown|git|find|mv|truncate|kill|killall|pkill|"
                           r"shutdown|reboot|curl|wget)\s+[-/~.]")  # fmt: skip


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
        self.written: dict[str, str] = {}  # files this action writes with known text (shell/later.py)
        self.opaque: dict[str, str] = {}  # files this action writes whose text is not known: path -> the writer (shell/staged.py)
        self.aliases: dict[str, str] = {}  # a system program copied or linked under another path: path -> program
        self.exported: dict[str, Word] = {}  # `export NAME=value` seen so far
        self.functions: dict[str, tuple[str, int]] = {}  # shell functions defined so far: name -> (body, nesting)
        self.windows = False  # the session is on Windows (its paths were Windows paths): `type x` is cmd's

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
        wd = cwd if cwd is not None else self.cwd
        script = parse_script(text, ShellState(wd, default_env(self.home, wd), home0=self.home), nesting, self.budget)
        for fname, body in list(script.functions.items())[:32]:  # (for nested shells: `export -f f; bash -c f`)
            self.functions.setdefault(fname, (body.text.decode("utf-8", "replace") if body.text else "", nesting))
        for p in script.problems:
            self.out.problem(p if not via else f"{p} (inside {via[-1]})")
        if script.incomplete and not via:
            self.out.notes.append(script.incomplete)
        self.out.assignments.extend(script.assignments)
        for k, v in script.assignments[:64]:  # `PS4='$(…)'`, `x='a[$(…)]'`: text bash evaluates when it uses the variable
            for code in evalvars.variable_code(k, v, "@P}" in text and f"{k}@P}}" in text):  # (`${x@P}`: a prompt)
                self.source(code, via=(*via, f"${k} (evaluated by bash)"), privileged=privileged, remote=remote,
                            nesting=nesting + 1, cwd=wd)  # fmt: skip
        for cmd in script.commands:
            if via or privileged or remote:
                cmd.via = via + cmd.via
                cmd.privileged = cmd.privileged or privileged
                cmd.remote = cmd.remote or remote
            self.command(cmd, nesting)
        if self.budget.spent:
            self.spent()

    def lenient(self, text: str, *, via: tuple[str, ...], privileged: bool = False, remote: str | None = None,
                nesting: int = 0, cwd: str | None = None) -> None:  # fmt: skip
        """Lower code of a language spelled close to shell (PowerShell: cmdlets, Windows programs, pipelines): its
        commands and effects count, its parse problems do not (a scanner of its own reads the same code)."""
        saved, was = self.out, self.windows
        self.out, self.windows = ShellAnalysis(), True
        try:
            self.source(text, via=via, privileged=privileged, remote=remote, nesting=nesting, cwd=cwd)
        finally:
            got, self.out, self.windows = self.out, saved, was
        self.out.commands.extend(got.commands)
        self.out.effects.extend(got.effects)

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
        if name == "exe" and re.match(r"^/proc/(?:self|thread-self|\$\$|\$BASHPID|\d+)/exe$", cmd.argv[0].raw.strip("'\"")):
            cmd, name = replace(cmd, argv=[Word("bash", cmd.argv[0].raw), *cmd.argv[1:]]), "bash"  # the running shell itself
        if name in evalvars.NAME_BUILTINS or cmd.assigns:
            evalvars.lower_evaluated(self, cmd, nesting)
        if name == "coproc":
            fed = later.coproc_fed(cmd)
            if fed is not None:
                self.out.effects.append(Effect("exec", fed, detail=cmd.text[:200], origin="stdin", via=cmd.via))
        if "=" in cmd.argv[0].value and len(cmd.argv) > 1 and not cmd.argv[0].quoted and "/" not in cmd.argv[0].value.split("=", 1)[0]:
            # `A-B=2 git reset --hard`: bash fails on the invalid assignment, but the evident intent is the rest.
            rest = cmd.argv[1:]
            while rest and "=" in rest[0].value and not rest[0].dynamic:
                rest = rest[1:]
            if rest:
                self.command(self._inner(cmd, rest, "assignment"), nesting)
            return
        for _ in range(16):  # wrappers of wrappers, bounded
            inner = unwrap(self, cmd, name, nesting)
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
        if cmd.argv[0].glob and any(c in cmd.argv[0].raw for c in "*?["):  # as written, not a find/xargs item
            self.pattern_name(cmd, nesting)
            return
        if self.aliases and "/" in cmd.argv[0].value and not cmd.argv[0].dynamic:
            alias = self.aliases.get(later.resolve(cmd.argv[0].value, cmd.cwd or self.cwd, self.home))
            if alias is not None:  # `cp /bin/rm ./safe && ./safe -rf ~`: the program under another name
                self.command(replace(cmd, argv=[Word(alias, cmd.argv[0].raw), *cmd.argv[1:]]), nesting + 1)
                return
        fn = self.functions.get(name)
        if fn is not None and nesting > fn[1] and fn[0]:
            # `export -f f; bash -c f`: a nested shell calls a function of the outer one (exported, or read as if)
            self.source(fn[0], via=(*cmd.via, f"function {name}"), privileged=cmd.privileged, remote=cmd.remote,
                        nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        if name in builtins_run.NAMES:  # `mapfile -C CODE`, `compgen -C CODE`, `history -s TEXT` then `fc -s`
            for code, label in builtins_run.evaluated(cmd):
                self.source(code, via=(*cmd.via, label), privileged=cmd.privileged, nesting=nesting + 1, cwd=cmd.cwd)
            rerun = builtins_run.unseen_rerun(cmd, any(c.name == "history" for c in self.out.commands))
            if rerun:
                self.out.problem(rerun)
        cmd = listed.in_place(cmd)  # `sed -i … $(git ls-files '*.test.ts')`: the files the lister selects
        keys = staged.vim_keys(self, cmd) if name in staged.VIMS else None
        if keys is not None:  # `vim -s keys.txt` of a file written earlier: its `:` lines as `-c` commands
            cmd = keys
        self.out.commands.append(cmd)
        unknown = staged.unknown_run(self, cmd, name)
        if unknown is not None:
            self.out.problem(unknown)
        self.remember(cmd)
        if self.run_written(cmd, name, nesting):
            return
        interp = self.interp
        if interp is not None and self.written:  # code this action wrote that a test run imports (`shell.test_imports`)
            for lang, path, text in test_imports.imported(self, cmd, name):
                interp(lang, text, replace(cmd, via=(*cmd.via, f"{name} imports {path.rsplit('/', 1)[-1]}")), self)
        if name in SHELLS:
            self.startup_files(cmd, name, nesting)
            self.nested_shell(cmd, nesting)
        elif name in ("make", "gmake", "bmake", "pmake", "remake"):
            self.make(cmd, nesting)
        elif name in ("sed", "gsed"):
            self.sed(cmd, nesting)
        elif name in ("eval",):
            self.eval(cmd, nesting)
        elif name in ("source", "."):
            self.source_file(cmd, nesting)
        elif name == "trap":
            self.trap(cmd, nesting)
        elif name == "xargs":
            fanout.xargs(self, cmd, nesting)
        elif name == "parallel":
            fanout.parallel(self, cmd, nesting)
        elif name in ("find", "fd", "fdfind"):
            fanout.find_exec(self, cmd, nesting)
        elif name in ("ssh", "autossh"):
            remote.ssh(self, cmd, nesting)
        elif name in ("docker", "podman", "kubectl", "oc", "nerdctl", "docker-compose", "podman-compose"):
            remote.container_exec(self, cmd, nesting)
        elif name in schedule.SCHEDULERS:
            schedule.scheduled(self, cmd, nesting)
        elif name in remote.RUNNERS:
            remote.fan_out(self, cmd, nesting)  # `ansible all -m shell -a CMD`, `pdsh -w h[1-4] CMD`
        elif name in filetools.PROGRAMS:
            filetools.lower(self, cmd, nesting)  # `cmake -E rm -rf DIR`, `shx rm -rf DIR`: the utility itself
        if name in windows.PROGRAMS:
            windows.lower(self, cmd, nesting)  # `rd /s /q C:\x`, `robocopy a b /MIR`, `cmd /c …`, `psexec \\host …`
        elif name in remote_shells.PROGRAMS:
            remote_shells.lower(self, cmd, nesting)  # `fly ssh console -C CMD`, `heroku run CMD`, `aws ssm send-command`
        elif ("-" in name or name[:1].isupper() or name in powershell.ALIASES) and powershell.cmdlet(name) is not None:
            powershell.lower(self, cmd, nesting)  # `Remove-Item -Recurse -Force C:\x` sent by an agent on Windows
        elif self.windows and (block := powershell.script_block(cmd)) is not None:
            # `& { Set-Content … }`, `. { … }`: PowerShell runs the script block in place (`pstext.as_bash` made it a word)
            self.lenient(block, via=(*cmd.via, "script block"), privileged=cmd.privileged, nesting=nesting + 1, cwd=cmd.cwd)
        sockets.lower(self, cmd, nesting)  # `printf 'flush_all\r\n' | nc cache 11211`: the protocol's commands
        consoles.lower(self, cmd, nesting)  # `mcrcon -p pw 'ban x'`, `rcon-cli op steve`: a game or admin console's commands
        if self.interp is not None:  # every command: inline code, and commands carried by options (`ssh -o ProxyCommand`)
            self.interp(name, "", cmd, self)
            self.shell_line_as_code(cmd, nesting)

    # ------------------------------------------------ code that runs later
    def remember(self, cmd: Command) -> None:
        """Files written with known text, and exported variables, for the commands after this one."""
        for path, text, append in later.writes(cmd, self.home):
            if path in self.written or len(self.written) < later.MAX_WRITTEN:
                self.written[path] = (self.written.get(path, "") if append else "") + text
                self.opaque.pop(path, None)
        staged.track(self, cmd)  # copies, concatenations, decodings and in-place edits of what was written
        if cmd.name in ("export", "declare", "typeset", "readonly"):
            for w in cmd.argv[1:]:
                if "=" in w.value:
                    k, v = w.value.split("=", 1)
                    self.exported[k] = Word(v, w.raw, w.dynamic)

    def written_file(self, w: Word, cmd: Command) -> str | None:
        if w.dynamic:  # `f=$(mktemp); echo … > $f; bash $f`: the same spelling of a run-time place
            return self.written.get(staged.DYNAMIC_KEY + w.raw.strip('"'))
        return self.written.get(later.resolve(w.value, cmd.cwd or self.cwd, self.home))

    def run_written(self, cmd: Command, name: str, nesting: int) -> bool:
        """`./x.sh`, `bash x.sh`, `source x.sh`, `python3 x.py` of a file written earlier in this action."""
        head = cmd.argv[0]
        # (cmd runs a batch file of the current directory by its bare name: `x.bat`, `call x.bat`, `start x.bat`)
        bat = head if batch.is_batch(head.value) else cmd.argv[1] if name in ("call", "start") and len(cmd.argv) > 1 \
            and batch.is_batch(cmd.argv[1].value) else None  # fmt: skip
        text = self.written_file(head, cmd) if "/" in head.value or bat is not None else None
        text = self.written_file(Word(bat.raw.replace("\\", "/"), bat.raw), cmd) if text is None and bat is not None else text
        lang = "cmd" if text is not None and bat is not None else "shell"
        if text is None and len(cmd.argv) > 1:
            args = cmd.argv[1:]
            first = next((w for i, w in enumerate(args) if not w.value.startswith(("-", "+")) and
                          (i == 0 or args[i - 1].value not in staged.SHELL_VALUE_OPTS)), None)  # fmt: skip
            if first is not None and (name in SHELLS or name in ("source", ".") or later.INTERPRETER_RE.match(name)):
                text = self.written_file(first, cmd)
                lang = "shell" if name in SHELLS or name in ("source", ".") else name
                if text is None and first.value in ("/dev/stdin", "-"):  # `source /dev/stdin < x`
                    src = next((r.target for r in cmd.redirects if r.op == "<" and r.target is not None), None)
                    text = self.written_file(src, cmd) if src is not None else None
        if text is None and (name in SHELLS or later.INTERPRETER_RE.match(name)) and not any(
                not w.value.startswith("-") for w in cmd.argv[1:]):  # fmt: skip
            # `sh < later.sh`, `python3 < x.py`: the interpreter reads its program from the file on stdin
            src = next((r.target for r in cmd.redirects if r.op == "<" and r.fd in (None, "0") and r.target), None)
            if src is not None:
                text = self.written_file(src, cmd)
                lang = "shell" if name in SHELLS else name
        if text is None and (got := staged.script_of(self, cmd, name)) is not None:
            lang, text = got  # `PATH=bin:$PATH ls`, `python3 -m mod`, `tsx x.ts` of a file written earlier
        if text is None:
            return False
        compiled = staged.compiled_source(text)
        if compiled is not None:  # `gcc m.c -o m && ./m` of a source written earlier: its code runs
            lang, text = compiled
        if lang == "cmd":
            self.lenient(batch.lines(text), via=(*cmd.via, f"{name} (batch file written in this command)"),
                         privileged=cmd.privileged, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        if lang in ("pwsh", "powershell"):  # `pwsh -File x.ps1`: read like the PowerShell tool's text
            from automode.shell.pstext import as_bash

            self.lenient(as_bash(text[:20_000]), via=(*cmd.via, f"{name} (file written in this command)"),
                         privileged=cmd.privileged, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        if lang == "shell":
            self.source(text, via=(*cmd.via, f"{name} (file written in this command)"), privileged=cmd.privileged,
                        remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        elif self.interp is not None:
            before = len(self.out.problems)
            self.interp(lang, text, cmd, self)
            # A file the interpreter cannot compile runs nothing (Python compiles it whole first); the old answer
            # for running a file automode cannot read stands, so its parse problem is not held against the action.
            self.out.problems[before:] = [p for p in self.out.problems[before:] if "could not be parsed" not in p]
        return True

    def startup_files(self, cmd: Command, name: str, nesting: int) -> None:
        """`BASH_ENV=f bash -c true`, `ENV=f sh -i`: the shell runs the file named by the variable first."""
        set_vars = {k: v for k, v in self.exported.items()}
        set_vars.update({k: Word(v, v) for k, v in self.out.assignments})
        set_vars.update(dict(cmd.assigns))
        for var, shells in later.STARTUP_VARS.items():
            w = set_vars.get(var)
            if w is None or name not in shells or (not w.dynamic and not w.value):
                continue
            if var in later.INTERACTIVE_ONLY and not any(a.startswith("-") and "i" in a[1:] and not a.startswith("--") for a in cmd.args):
                continue
            text = self.written_file(w, cmd)
            if text is not None:
                self.source(text, via=(*cmd.via, f"{name} {var}"), privileged=cmd.privileged, remote=cmd.remote,
                            nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
            else:
                self.out.problem(f"`{var}={w.raw[:60]}` makes {name} run that file first, and automode cannot read it")
                self.out.effects.append(Effect("exec", f"{name} runs the start-up file {w.value[:80]}", detail=cmd.text[:200],
                                               origin="dynamic", via=cmd.via))  # fmt: skip

    def sed(self, cmd: Command, nesting: int) -> None:
        """GNU sed's `e COMMAND` runs COMMAND with the shell: judged as that command."""
        from automode.shell.commands import sed_script_acts, sed_scripts

        for script in sed_scripts(cmd):
            for text in sed_script_acts(script.value)[1]:
                if text:
                    self.source(text, via=(*cmd.via, "sed e"), privileged=cmd.privileged, remote=cmd.remote,
                                nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip

    def make(self, cmd: Command, nesting: int) -> None:
        """`make -f -` with the makefile on stdin, `make -f FILE` of a file written in this action, and makefile text on
        the command line: `--eval=TEXT`, `VAR=VALUE` arguments (`$(shell CMD)` runs as make reads them) and
        `SHELL=CMD`, the program make runs every recipe with."""
        for inline, label in later.make_inline_text(cmd):
            for line in later.makefile_lines(inline)[:64] if label != "make SHELL" else [inline]:
                self.source(line, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote,
                            nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        arg = later.make_file_arg(cmd)
        if arg is None:
            return  # the project's own Makefile: reading it is not this analysis's job
        if arg in ("-", "/dev/stdin") or arg.startswith("/dev/fd/"):
            text, known = cmd.stdin_text()
            if text is None or not known:
                self.out.problem("`make` reads a makefile from its input, which automode cannot see")
                self.out.effects.append(Effect("exec", "make runs recipes read from its input", detail=cmd.text[:200],
                                               origin="stdin", via=cmd.via))  # fmt: skip
                return
        else:
            text = self.written.get(later.resolve(arg, cmd.cwd or self.cwd, self.home))
            if text is None:
                return
        for line in later.makefile_lines(text)[:64]:
            self.source(line, via=(*cmd.via, "make recipe"), privileged=cmd.privileged, remote=cmd.remote,
                        nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip

    def pattern_name(self, cmd: Command, nesting: int) -> None:
        """`/usr/bin/[r]m -rf ~`, `/bin/r? x`: the shell expands the command word against the disk. Unknowable, so
        an ask; each known program the pattern can name is judged as the command (a deny stands)."""
        word = cmd.argv[0]
        self.out.problem(f"the command name `{word.raw[:60]}` is a pattern the shell expands on disk")
        self.out.commands.append(cmd)
        base = word.value.rstrip("/").rsplit("/", 1)[-1]
        for prog in sorted(p for p in KNOWN_PROGRAMS if fnmatch.fnmatchcase(p, base))[:8]:
            self.command(self._inner(cmd, [Word(prog, word.raw), *cmd.argv[1:]], f"pattern {word.raw[:40]}"), nesting + 1)

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
               remote: str | None = None, launcher: tuple[Word, ...] = ()) -> Command:  # fmt: skip
        return replace(
            cmd,
            argv=argv,
            via=(*cmd.via, label),
            privileged=cmd.privileged or privileged,
            remote=remote or cmd.remote,
            redirects=list(cmd.redirects),
            launchers=(*cmd.launchers, launcher) if launcher else cmd.launchers,
        )

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
                    if code.dynamic and DOWNLOAD_ONLY.match(code.raw):
                        self._exec_from_word(code, cmd)  # `bash -c "$(curl -fsSL URL)"`: the download runs, as `curl | bash`
                        return
                    if code.dynamic:
                        self.out.problem(f"`{label}` runs shell code that is only known at run time")
                        self._exec_from_word(code, cmd)
                    self.source(code.value, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote,
                                nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
                return
            if v in ("--rcfile", "--init-file", "-o", "+o", "-O", "+O"):
                i += 2
                continue
            if len(v) > 1 and v[0] == "-" and v[1] != "-" and "s" in v[1:]:
                break  # `sh -s v2.1.4`: commands come from stdin, the words after it are positional parameters
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
        fed = next((r.target.raw[2:].split() for r in cmd.redirects if r.op == "<" and r.target is not None
                    and r.target.raw.startswith("<(")), None)  # fmt: skip
        if fed and normalize_name(fed[0]) in FETCHERS:  # `bash < <(curl URL)`: a download run, as `curl URL | bash`
            self.out.effects.append(Effect("exec", f"code downloaded by {normalize_name(fed[0])} runs in {cmd.name}",
                                           detail=cmd.text[:200], origin="remote", via=cmd.via))  # fmt: skip
            return
        self.stdin_code(cmd, "shell", nesting, from_substitution=fed is not None)  # (`sh -s < <(CMD)`, as `sh <(CMD)`)

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
        src = cmd.pipe_from
        if not from_substitution and src is not None and src.pipe_from is None and not any(w.dynamic for w in src.argv):
            from automode.knowledge.shell_init import prints_shell_code

            if prints_shell_code([w.value for w in src.argv]):
                return  # `zoxide init fish | source`: the program's own shell code, judged as that program
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
            if w.dynamic and _shell_init_word(w.raw):
                continue  # `eval "$(starship init bash)"`: the program's own shell code (`knowledge.shell_init`)
            if w.dynamic:
                self._exec_from_word(w, cmd)
                self.out.problem("`eval` runs text that is only known at run time")
            elif _DECODED_WORD.search(w.raw):  # `eval "$(echo ZWNobyBoaQ== | base64 -d)"`: known, and hidden on purpose
                self._exec_from_word(w, cmd)
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
        elif code.value.strip() and not any(c in code.value.strip() for c in " \t\n;|&") and \
                code.value.strip() not in ("exit", "true", "false", ":", "return", "wait", "-", ""):
            # `trap cleanup EXIT`: a handler that is one bare word is almost always a function of the script, whose
            # body the handler's own parse cannot see (`f() { rm -rf ~; }; trap f EXIT` was allowed).
            self.out.problem(f"`trap` runs `{code.value.strip()[:40]}` later, a function automode cannot see from the handler")
        self.source(code.value, via=(*cmd.via, "trap"), privileged=cmd.privileged, remote=cmd.remote,
                    nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip

    def source_file(self, cmd: Command, nesting: int) -> None:
        if len(cmd.argv) < 2:
            return
        target = cmd.argv[1]
        if target.value.startswith("/dev/fd/") and _shell_init_word(target.raw):
            return  # `source <(kubectl completion zsh)`: the program's own shell code (`knowledge.shell_init`)
        if target.value in ("/dev/stdin", "-") or target.value.startswith("/dev/fd/"):
            self.stdin_code(cmd, "shell", nesting, from_substitution=target.value.startswith("/dev/fd/"))


def is_fetcher(name: str) -> bool:
    return normalize_name(name) in FETCHERS


def find_roots(cmd: Command) -> list[Word]:
    """The start points of a `find`/`fd` command (`.` when none)."""
    return parse_find(cmd).roots


def find_name_pattern(cmd: Command) -> str | None:
    """The one name pattern that decides what a `find`/`fd` command matches, if there is one."""
    return parse_find(cmd).pattern


_SUBST = lazyre.compile(r"""^"?[$<]\(([^()`$|;&<>"']+)\)"?$""")


#: A word whose text comes out of a decoder (`$(echo … | base64 -d)`): its output is known, its hiding is a signal.
_DECODED_WORD = lazyre.compile(r"\b(?:base64|base32|basenc|xxd|rev)\b")


def _shell_init_word(raw: str) -> bool:
    """`"$(starship init bash)"`, `<(kubectl completion zsh)`: one substitution of a program that prints its own shell
    code."""
    m = _SUBST.match(raw.strip())
    if m is None:
        return False
    from automode.knowledge.shell_init import prints_shell_code

    return prints_shell_code(m.group(1).split())
