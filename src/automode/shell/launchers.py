"""Programs named by a package, a build target or a document, not on the command line (red team s14).

`nix run nixpkgs#bash -- -c 'rm -rf ~'`, `snap run --shell x -c …`, `cargo run --bin sh -- -c …`, `go run ./cmd/rm
-rf ~` and `mvn exec:exec -Dexec.executable=rm` start a program whose name is the package's, the build target's or a
property's, so the line shows no command word the lowerer could judge: each was a silent allow. And `open -a
Terminal x.command` (or `open x.command`, `xdg-open x.sh`, `start x.bat`) runs a script in a new window that no hook
sees. Read here:

* a package runner's program is the last part of the package's attribute (`nixpkgs#python3Packages.black` is
  `black`); a multi-call package (`coreutils`, `busybox`, `toybox`) runs its first argument;
* a build target's program is lowered only when its name is a program automode knows (`--bin sh`): a project's
  own binary (`cargo run --bin server`) stays the project's code;
* a document opened with its application runs when it is a script (a suffix below, or any file given to a
  terminal application); its text is judged when this action wrote it, else running it asks (the adapters do not
  read files opened this way, and a new terminal window is outside every hook).

Sources: nix3-run(1), snap(8) `run`, cargo-run(1), go(1) `run`, exec-maven-plugin `exec:exec`, open(1) on macOS,
xdg-open(1), cmd's `start`.
"""

from __future__ import annotations

import posixpath
import shlex

from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class _Out(Protocol):
    commands: list[Command]

    def problem(self, msg: str) -> None: ...


class Lowerer(Protocol):
    home: str
    cwd: str | None
    written: dict[str, str]

    @property
    def out(self) -> _Out: ...

    def _inner(self, cmd: Command, argv: list[Word], label: str, *, privileged: bool = False,
               remote: str | None = None, launcher: tuple[Word, ...] = ()) -> Command: ...  # fmt: skip


#: Packages whose one binary runs the program named by its first argument.
MULTICALL = frozenset({"coreutils", "busybox", "toybox", "uutils-coreutils", "uutils", "sbase", "ubase"})
#: (program, subcommand) -> options that take a value. `nix run`'s are nix's common options (nix3-run(1)).
_NIX_VALUE = frozenset({"-I", "--include", "--arg", "--argstr", "--option", "--override-input", "--inputs-from",
                        "--extra-experimental-features", "--experimental-features", "-f", "--file", "--expr",
                        "--override-flake", "--reference-lock-file", "--output-lock-file", "--eval-store", "--store",
                        "--profile", "--log-format", "--max-jobs", "-j", "--cores"})  # fmt: skip
_NIX_TWO = frozenset({"--arg", "--argstr", "--option", "--override-input", "--override-flake"})
_CARGO_VALUE = frozenset({"-p", "--package", "-F", "--features", "-j", "--jobs", "--profile", "--target", "--target-dir",
                          "--manifest-path", "--config", "-Z", "--color", "--message-format", "--lockfile-path",
                          "--timings"})  # fmt: skip
_GO_VALUE = frozenset({"-C", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-o", "-exec",
                       "-overlay", "-pgo", "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-pkgdir",
                       "-toolexec"})  # fmt: skip
_SNAP_VALUE = frozenset({"--command", "--experimental-gdbserver"})

#: Suffixes of files an opener runs rather than shows, and the program that runs them.
SCRIPT_OPENED = {".command": "sh", ".tool": "sh", ".sh": "sh", ".bash": "bash", ".zsh": "zsh", ".bat": "cmd",
                 ".cmd": "cmd", ".ps1": "pwsh", ".vbs": "wscript", ".vbe": "wscript", ".jse": "wscript", ".wsf": "wscript",
                 ".hta": "mshta", ".desktop": "gio", ".scpt": "osascript", ".applescript": "osascript",
                 ".workflow": "automator", ".exe": "exe", ".msi": "msiexec", ".run": "sh"}  # fmt: skip
#: Applications that run what they are given (a terminal runs a script it opens).
_TERMINAL_APPS = ("terminal", "iterm", "iterm2", "warp", "alacritty", "kitty", "wezterm", "hyper", "ghostty",
                  "script editor", "automator")  # fmt: skip
OPENERS = frozenset({"open", "xdg-open", "gio", "gnome-open", "kde-open", "kde-open5", "exo-open", "cygstart", "wslview",
                     "explorer"})  # fmt: skip  (cmd's `start` is `shell.windows`)


def _known(name: str) -> bool:
    """A program automode knows by name (so a build target named so is judged as it)."""
    from automode.knowledge.programs import lookup
    from automode.shell.wrappers import KNOWN_PROGRAMS, SHELLS, WRAPPERS

    return name in KNOWN_PROGRAMS or name in SHELLS or name in WRAPPERS or lookup(name) is not None


def _args(words: list[Word], i: int, value: frozenset[str], two: frozenset[str] = frozenset()) -> tuple[Word | None, list[Word]]:
    """The first positional word from `i` (skipping options and their values) and the words after it (a `--` right
    after it dropped): what the started program is given."""
    while i < len(words):
        v = words[i].value
        if v == "--":
            return None, words[i + 1 :]
        if v.startswith("-") and len(v) > 1:
            i += 3 if v in two else 2 if (v in value and "=" not in v) else 1
            continue
        rest = words[i + 1 :]
        return words[i], rest[1:] if rest and rest[0].value == "--" else rest
    return None, []


def _attr_program(ref: str) -> str | None:
    """`nixpkgs#python3Packages.black` -> `black`; `github:o/r#x` -> `x`; a flake with no attribute -> None."""
    if "#" not in ref:
        return None
    attr = ref.split("#", 1)[1].strip("'\"")
    if not attr or (attr.startswith(("packages.", "apps.")) and attr.count(".") < 2):
        return None
    return attr.rsplit(".", 1)[-1].lower() or None


def package_program(lw: Lowerer, cmd: Command, name: str) -> Command | None:
    """The command a package runner, a build-target runner or an opener starts (None: not one, or not known)."""
    words = cmd.argv
    sub = words[1].value if len(words) > 1 and not words[1].dynamic else ""
    if name == "nix" and sub == "run":
        ref, rest = _args(words, 2, _NIX_VALUE, _NIX_TWO)
        prog = _attr_program(ref.value) if ref is not None and not ref.dynamic else None
        label = "nix run"
    elif name == "snap" and sub == "run":
        shell = any(w.value == "--shell" for w in words[2:])
        ref, rest = _args(words, 2, _SNAP_VALUE)
        prog = "sh" if shell else (ref.value.rsplit(".", 1)[-1].lower() if ref is not None and not ref.dynamic else None)
        label = "snap run"
    elif name == "cargo" and sub in ("run", "r"):
        at = next((k for k, w in enumerate(words) if w.value in ("--bin", "--example") or w.value.startswith(("--bin=", "--example="))), None)
        if at is None:
            return None
        w = words[at]
        prog = (w.value.split("=", 1)[1] if "=" in w.value else words[at + 1].value if at + 1 < len(words) else "").lower()
        dd = next((k for k, x in enumerate(words) if x.value == "--"), None)
        rest = words[dd + 1 :] if dd is not None else []
        label = "cargo run"
        if not prog or not _known(prog):
            return None
    elif name == "go" and sub == "run":
        ref, rest = _args(words, 2, _GO_VALUE)
        if ref is None or ref.dynamic or ref.value.endswith(".go") or ref.value in (".", "./..."):
            return None
        prog = posixpath.basename(ref.value.rstrip("/").split("@", 1)[0]).lower()
        label = "go run"
        if not _known(prog):
            return None
    elif name in ("mvn", "mvnw", "./mvnw") and any(w.value == "exec:exec" or w.value.endswith(":exec") for w in words[1:]):
        props = {w.value[2:].split("=", 1)[0]: w.value.split("=", 1)[1] for w in words[1:]
                 if w.value.startswith("-D") and "=" in w.value and not w.dynamic}  # fmt: skip
        exe = props.get("exec.executable")
        if not exe:
            return None
        try:
            extra = shlex.split(props.get("exec.args", props.get("exec.commandlineArgs", "")))
        except ValueError:
            extra = [props.get("exec.args", "")]
        lw.out.commands.append(cmd)
        return lw._inner(cmd, [Word(exe, exe), *(Word(a, shlex.quote(a)) for a in extra)], "mvn exec:exec")
    elif name in ("node", "nodejs", "bun", "deno", "tsx") and (agent := _agent_script(words)) is not None:
        at, prog = agent  # `node "$(npm root -g)/@anthropic-ai/claude-code/cli.js" --dangerously-skip-permissions`
        return lw._inner(cmd, [Word(prog, prog), *words[at + 1 :]], f"{name} (the {prog} package's entry script)")
    elif name in OPENERS:
        return _opened(lw, cmd, name)
    else:
        return None
    if not prog:
        return None
    lw.out.commands.append(cmd)  # the runner is an act of its own too (`nix run github:x/y#z`, `go run mod@latest`)
    if prog in MULTICALL and rest:
        return lw._inner(cmd, rest, f"{label} {prog}")
    return lw._inner(cmd, [Word(prog, prog), *rest], label)


#: The packages of the agents automode guards, whose entry script an interpreter can run directly (npm registry).
AGENT_PACKAGES = (("@anthropic-ai/claude-code/", "claude"), ("@google/gemini-cli/", "gemini"), ("@openai/codex/", "codex"),
                  ("@qwen-code/qwen-code/", "qwen"), ("opencode-ai/", "opencode"), ("@sourcegraph/amp/", "amp"),
                  ("@github/copilot/", "copilot"))  # fmt: skip


def _agent_script(words: list[Word]) -> tuple[int, str] | None:
    """(index, agent) of an agent package's script among an interpreter's first positional words."""
    for k, w in enumerate(words[1:6], 1):
        if w.value.startswith("-"):
            continue
        text = w.raw.replace("\\", "/")
        return next(((k, agent) for pkg, agent in AGENT_PACKAGES if pkg in text), None)
    return None


def _opened(lw: Lowerer, cmd: Command, name: str) -> Command | None:
    """`open -a Terminal x.command`, `open x.command`, `xdg-open x.sh`, `start x.bat`: the script runs."""
    words = cmd.argv[1:]
    if name == "gio":
        if not words or words[0].value not in ("open", "launch"):
            return None
        words = words[1:]
    app = ""
    files: list[Word] = []
    i = 0
    while i < len(words):
        v = words[i].value
        if v in ("-a", "-b") and i + 1 < len(words):
            app = words[i + 1].value.lower()
            i += 2
            continue
        if v == "--args":
            break
        if not v.startswith("-") and "://" not in v:
            files.append(words[i])
        i += 1
    terminal = any(t in app for t in _TERMINAL_APPS)
    for f in files:
        if f.dynamic:
            continue
        base = posixpath.basename(f.value.rstrip("/")).lower()
        dot = base.rfind(".")
        runner = SCRIPT_OPENED.get(base[dot:]) if dot > 0 else None
        if runner is None and (not terminal or dot <= 0 or f.value.rstrip("/") != f.value):
            continue  # (`open -a Terminal .`, `open -a iTerm ~/proj`: a terminal in that directory)
        if runner in (None, "sh", "bash", "zsh") or (terminal and runner not in ("cmd", "pwsh")):
            runner = runner if runner in ("bash", "zsh") else "sh"
        path = f.value if "/" in f.value else "./" + f.value
        from automode.shell import later

        text = lw.written.get(later.resolve(f.value, cmd.cwd or lw.cwd, lw.home))
        if text is None:
            lw.out.problem(f"`{cmd.text[:80] or name}` runs {base} in a new window or with its application, outside every "
                           "hook, and automode cannot read it")
        if runner in ("sh", "bash", "zsh", "python3", "perl", "ruby", "pwsh"):
            argv = [runner, "-File", path] if runner == "pwsh" else [runner, path]
        elif runner == "cmd":
            argv = ["cmd", "/c", path]
        else:
            return None  # (its text was asked about above; the other runners read nothing automode could)
        return lw._inner(cmd, [Word(a, a) for a in argv], f"{name} (runs the file)")
    return None
