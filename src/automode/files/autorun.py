"""Places that run later beyond build and CI files (issue 11 §1): service managers, schedulers, login autostart, and
the start-up files of interactive programs and editors. Each entry says who runs the file and when; its extractor
turns the text into the commands or code that will run, which the analysis judges like a command run now
(`files.executed` merges `PLACES` into its table). Whether writing there at all is persistence is
`rules.persistence`'s question; this module answers *what* will run.

Sources: systemd.service(5) and systemd.exec(5) (`ExecStart=` and kin, prefixes `-@:+!`), launchd.plist(5)
(`Program`, `ProgramArguments`), the XDG Desktop Entry and Autostart specifications (`Exec=`, field codes `%f`),
crontab(5) (`automode.shell.schedule`), iex(1) `.iex.exs`, irb(1) `.irbrc`, pry `.pryrc`, python(1)
`PYTHONSTARTUP`, psql(1) `\\!`, sqlite3 `.shell`/`.system`, gdb(1) `shell`/`!`, lldb `platform shell`,
vim `:!` and `system()`, tmux(1) `run-shell`/`if-shell`, fish(1) `config.fish`/`conf.d`, R `Startup` (`.Rprofile`,
`system()`), Unity `[InitializeOnLoad]` / `[InitializeOnLoadMethod]` / `[DidReloadScripts]` (editor scripts run on
every domain reload).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.files.runs import Run
from automode.shell.schedule import cron_commands

#: (path pattern, extractor kind, who runs it and when). Patterns see the absolute, normalised path.
PLACES: tuple[tuple[str, str, str], ...] = (
    (r"/systemd/(?:user|system)/[^/]+\.(?:service|timer|socket|path)$|/\.config/systemd/user/[^/]+\.service$|"
     r"/\.local/share/systemd/user/[^/]+\.service$", "systemd", "systemd, at boot or login, or when its timer fires"),
    (r"/Library/Launch(?:Agents|Daemons)/[^/]+\.plist$", "launchd", "launchd, at login (agents) or boot (daemons)"),
    (r"/autostart/[^/]+\.desktop$", "desktop", "the desktop session, at every login (XDG autostart)"),
    (r"^/etc/crontab$|^/etc/cron\.d/[^/]+$", "cron-system", "cron, on its schedule, as the user named in each line"),
    (r"^/var/spool/cron/(?:crontabs/)?[^/]+$|^/var/at/tabs/[^/]+$|^/usr/lib/cron/tabs/[^/]+$", "cron", "cron, on its schedule"),
    (r"/\.iex\.exs$", "startup-code", "IEx, at every console start in that directory (`iex -S mix`)"),
    (r"/\.irbrc$|/\.pryrc$", "startup-ruby", "irb / pry and every `rails console`, at start"),
    (r"/\.pythonrc(?:\.py)?$|/\.pythonstartup(?:\.py)?$", "startup-python", "the Python REPL ($PYTHONSTARTUP), at start"),
    (r"/\.psqlrc(?:-[\w.]+)?$", "psql", "psql, at every start"),
    (r"/\.sqliterc$", "sqlite", "sqlite3, at every start"),
    (r"/\.gdbinit$|/gdbinit$|/\.lldbinit(?:-[\w.-]+)?$", "debugger", "gdb / lldb, at every start (a project's file: when it is trusted)"),
    (r"/\.vimrc$|/_vimrc$|/\.gvimrc$|/\.exrc$|/\.nvimrc$|/\.config/nvim/init\.vim$|/\.vim/plugin/[^/]+\.vim$",
     "vim", "vim / neovim, at every start (`.exrc` of a project: with `exrc` set)"),
    (r"/\.tmux\.conf$|/\.config/tmux/tmux\.conf$", "tmux", "tmux, when its server starts"),
    (r"/\.config/fish/(?:config\.fish|conf\.d/[^/]+\.fish)$", "fish", "fish, in every new shell"),
    (r"/\.Rprofile$|/Rprofile\.site$", "rprofile", "R, at every start in that directory"),
    (r"/\.emacs(?:\.el)?$|/\.emacs\.d/(?:init|early-init)\.el$|/\.emacs\.d/lisp/[^/]+\.el$|/\.config/emacs/(?:early-)?init\.el$|"
     r"/\.(?:config/)?doom(?:\.d)?/[^/]+\.el$|/\.spacemacs$", "emacs", "Emacs, at every start"),
    (r"/\.config/nvim/(?:init\.lua|lua/.+\.lua|plugin/[^/]+\.lua|after/.+\.lua)$|/\.wezterm\.lua$|/\.config/wezterm/[^/]+\.lua$",
     "lua", "neovim / WezTerm, at every start"),
    (r"/\.screenrc$", "screen", "GNU screen, at every start"),
    (r"/\.config/nushell/(?:config|env|login)\.nu$|/\.config/nushell/autoload/[^/]+$|/nushell/[^/]+\.nu$", "nushell",
     "Nushell, in every new shell"),
    (r"/\.ipython/profile_[^/]+/startup/[^/]+\.py$|/\.ipython/profile_[^/]+/ipython(?:_kernel)?_config\.py$|"
     r"/\.jupyter/jupyter_\w*config\.py$|/\.xonshrc$|/\.config/xonsh/rc\.(?:xsh|d/[^/]+)$", "startup-python",
     "IPython, Jupyter and xonsh, at every start"),
    (r"/\.julia/config/startup\.jl$", "julia", "Julia, at every start"),
    (r"/\.config/(?:home-manager|nixpkgs|nix-darwin)/.+\.nix$|^/etc/nixos/.+\.nix$|/\.config/nixos/.+\.nix$", "nix-init",
     "home-manager / NixOS: the shell init text and activation scripts it writes, at every shell start or switch"),
    (r"/(?:\.config/powershell|Documents/(?:Windows)?PowerShell)/[^/]*[Pp]rofile\.ps1$", "powershell", "PowerShell, in every new shell"),
    (r"/\.(?:config/direnv/direnvrc|direnvrc)$|/\.config/direnv/lib/[^/]+$|/\.git[-_]templates?/hooks/[^/]+$|"
     r"/\.config/git/template/hooks/[^/]+$|/\.config/autostart-scripts/[^/]+$|/\.kde/Autostart/[^/]+$|"
     r"/Start Menu/Programs/Startup/[^/]+\.(?:bat|cmd)$", "rc", "direnv, git (hooks copied into every new repository) and the desktop, later"),
    (r"/Assets/(?:[^/]+/)*Editor/[^/]+\.cs$", "unity-editor", "the Unity editor, on every load when marked to run"),
)

#: Cheap prefilter (`files.executed.kind_of`): a path none of these can match is no place of this table.
_ENDS = (".ps1", ".nu", ".bat", ".cmd", "rc", ".exs", ".service", ".timer", ".socket", ".path", ".plist", ".desktop", ".fish", ".conf", ".cs", ".vim",
         "startup", "startup.py", "rc.py", "gdbinit", "Rprofile", "Rprofile.site", "crontab")  # fmt: skip
_STARTS = ("/etc/cron", "/var/spool/cron", "/var/at/", "/usr/lib/cron/")


def maybe(path: str) -> bool:
    return path.endswith(_ENDS) or path.startswith(_STARTS) or ".lldbinit" in path or ".psqlrc" in path


# --------------------------------------------------------------------------- extractors
_SYSTEMD_EXEC = lazyre.compile(r"(?m)^\s*(Exec(?:Start|StartPre|StartPost|Stop|StopPost|Reload|Condition))\s*=\s*(.+)$")


def _systemd(text: str) -> Iterator[Run]:
    for m in _SYSTEMD_EXEC.finditer(text):
        line = m.group(2).strip().lstrip("-@:+!|")
        yield Run(re.sub(r"%[a-zA-Z%]", "unit_spec", line), m.group(1))


_PLIST_ARGS = lazyre.compile(r"<key>\s*ProgramArguments\s*</key>\s*<array>(.*?)</array>", re.S)
_PLIST_PROG = lazyre.compile(r"<key>\s*Program\s*</key>\s*<string>(.*?)</string>", re.S)
_PLIST_STR = lazyre.compile(r"<string>(.*?)</string>", re.S)


def _xml_text(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def _launchd(text: str) -> Iterator[Run]:
    m = _PLIST_ARGS.search(text)
    if m is not None:
        argv = [_xml_text(x) for x in _PLIST_STR.findall(m.group(1))]
        if argv:
            yield Run(shlex.join(argv), "ProgramArguments")
            return
    p = _PLIST_PROG.search(text)
    if p is not None:
        yield Run(shlex.quote(_xml_text(p.group(1))), "Program")


def _desktop(text: str) -> Iterator[Run]:
    for m in re.finditer(r"(?m)^\s*(Exec|TryExec)\s*=\s*(.+)$", text):
        if m.group(1) == "Exec":
            yield Run(re.sub(r"%[fFuUdDnNickvm]", "", m.group(2)).strip(), "Exec")


def _cron(user_field: bool) -> Callable[[str], Iterator[Run]]:
    def extract(text: str) -> Iterator[Run]:
        for line in cron_commands(text, user_field=user_field):
            yield Run(line, "cron entry")

    return extract


def _startup(lang: str) -> Callable[[str], Iterator[Run]]:
    def extract(text: str) -> Iterator[Run]:
        yield Run(text, "start-up file", "python" if lang == "python" else "code")

    return extract


#: Start-up files that are a program's own command language: the lines or calls that hand a command to the shell.
ESCAPES: dict[str, str] = {
    "psql": r"(?m)^\s*\\!\s*(?P<cmd>.+)$",
    "sqlite": r"(?m)^\s*\.(?:shell|system)\s+(?P<cmd>.+)$",
    "debugger": r"(?m)^\s*(?:shell|!|platform\s+shell)\s*(?P<cmd>.+)$",
    "vim": r"(?m)(?:^|\|)\s*(?:silent!?\s+|exe(?:cute)?\s+['\"])?!\s*(?P<cmd>[^\n]+)|\bsystem(?:list)?\s*\(\s*['\"](?P<sys>[^'\"]+)['\"]",
    "tmux": r"\b(?:run-shell|run|if-shell|if)\s+(?:-\w+\s+)*(?:'(?P<sq>[^']+)'|\"(?P<dq>[^\"]+)\")",
    "rprofile": r"\bsystem2?\s*\(\s*(?:'(?P<sq>[^']+)'|\"(?P<dq>[^\"]+)\")",
    # (shell-command "…"), (async-shell-command "…"), (start-process-shell-command "n" buf "…"), (call-process-shell-command "…")
    "emacs": r"\((?:async-)?shell-command(?:-to-string)?\s+\"(?P<dq>(?:[^\"\\]|\\.)+)\"|"
             r"\((?:start|call)-process-shell-command\s+(?:\"[^\"]*\"\s+\S+\s+)?\"(?P<dq2>(?:[^\"\\]|\\.)+)\"",
    # vim.fn.system('…'), vim.fn.jobstart('…'), os.execute('…'), io.popen('…'), {'sh', '-c', '…'} argument lists
    "lua": r"\b(?:vim\.fn\.(?:system|systemlist|jobstart|termopen)|os\.execute|io\.popen|vim\.cmd)\s*\(?\s*(?:\[\[(?P<ll>[^\]]+)\]\]|"
           r"'(?P<sq>[^']+)'|\"(?P<dq>[^\"]+)\")|\{\s*['\"](?:ba|z)?sh['\"]\s*,\s*['\"]-c['\"]\s*,\s*(?:'(?P<lq>[^']+)'|\"(?P<ld>[^\"]+)\")",
    "screen": r"(?m)^\s*exec\s+(?:[!.:|]+\s*)?(?P<cmd>.+)$|^\s*screen\s+(?:-\w+\s+(?:\S+\s+)?)*(?P<win>[^-\s].*)$",
    "nushell": r"(?m)^\s*\^(?P<cmd>.+)$",
    # home-manager `programs.bash.initExtra`, `programs.zsh.initContent`, NixOS `interactiveShellInit`,
    # `home.activation.x = lib.hm.dag.entryAfter [..] ''…''`, a file's `text` (shell code between '' '')
    "nix-init": r"(?s)\b(?:initExtra\w*|initContent|bashrcExtra|profileExtra|envExtra|logoutExtra|interactiveShellInit|"
                r"loginShellInit|shellInit|shellInitLast|activation\.[\w-]+|script|preStart|postStart|text)\s*=\s*"
                r"(?:lib\.[\w.]+\s*(?:\[[^\]]*\]\s*)?)?''(?P<cmd>.*?)''",
    "julia": r"\brun\(\s*`(?P<cmd>[^`]+)`",
    "powershell": r"(?m)^(?P<cmd>.+)$",
}  # fmt: skip


def _escapes(kind: str) -> Callable[[str], Iterator[Run]]:
    rx = lazyre.compile(ESCAPES[kind])

    def extract(text: str) -> Iterator[Run]:
        for m in rx.finditer(text):
            cmd = next((g for g in m.groups() if g), "")
            if kind == "nushell":
                cmd = cmd.replace("^", "")  # `^curl … | ^bash`: an external command, spelled with a caret
            if kind == "powershell":
                cmd = _powershell_line(cmd)
            if cmd.strip():
                yield Run(cmd.strip(), f"{kind} shell escape")

    return extract


#: PowerShell lines that read like a shell line: a download run (`iwr … | iex`), a native program, a policy lowered.
_PS_DOWNLOAD = lazyre.compile(r"(?i)\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod|curl|wget)\b\s+(?:-\w+\s+)*['\"]?(\S+?)['\"]?"
                              r"\s*\|\s*(?:iex|Invoke-Expression)\b")
_PS_POLICY = lazyre.compile(r"(?i)\bSet-ExecutionPolicy\s+(?:-ExecutionPolicy\s+)?(?:Bypass|Unrestricted)")


def _powershell_line(line: str) -> str:
    """The shell reading of one line of a PowerShell profile: `iwr URL | iex` is `curl URL | sh`; a lowered execution
    policy runs every script unsigned (a shell line that turns verification off); other lines run nothing the shell
    rules read (their native programs are named like the shell's)."""
    m = _PS_DOWNLOAD.search(line)
    if m is not None:
        return f"curl -fsSL {m.group(1)} | sh"
    if _PS_POLICY.search(line):
        return "powershell -ExecutionPolicy Bypass -File profile.ps1"
    return ""


def _fish(text: str) -> Iterator[Run]:
    # fish's syntax differs from sh in its control flow, not in how a command line is written: each line is read as a
    # command (`curl … | source` is a download run; `end`, `function`, `set` lines are harmless words).
    yield Run(text.replace("| source", "| sh").replace("|source", "| sh"), "config.fish")


_UNITY_AUTORUN = lazyre.compile(r"\[\s*(?:UnityEditor\.)?(?:InitializeOnLoad|InitializeOnLoadMethod|DidReloadScripts|"
                                r"InitializeOnEnterPlayMode)\b")  # fmt: skip


def _unity_editor(text: str) -> Iterator[Run]:
    if _UNITY_AUTORUN.search(text):
        yield Run(text, "[InitializeOnLoad]", "code")  # runs by itself whenever the editor loads the project
    else:
        yield Run(text, "editor script", "code", place="request")  # runs when someone picks it in the editor


_ALIAS = lazyre.compile(r"""(?m)^\s*alias\s+(?:-g\s+)?([\w.:+-]+)=(?:'([^'\n]*)'|"((?:[^"\\\n]|\\.)*)"|([^\s;&|]+))""")


def _rc(text: str) -> Iterator[Run]:
    """A shell start-up file runs as a script in every new shell, and each alias body runs whenever its name is typed
    (`alias sudo='rm -rf /'` is `rm -rf /` the next time the user types sudo)."""
    yield Run(text, "script")
    for m in _ALIAS.finditer(text):
        body = next((g for g in m.groups()[1:] if g is not None), "")
        if body.strip():
            yield Run(body, f"alias {m.group(1)}")


EXTRACTORS: dict[str, Callable[[str], Iterator[Run]]] = {
    "rc": _rc,
    "systemd": _systemd, "launchd": _launchd, "desktop": _desktop, "cron-system": _cron(True), "cron": _cron(False),
    "startup-code": _startup("code"), "startup-ruby": _startup("code"), "startup-python": _startup("python"),
    "psql": _escapes("psql"), "sqlite": _escapes("sqlite"), "debugger": _escapes("debugger"), "vim": _escapes("vim"),
    "tmux": _escapes("tmux"), "rprofile": _escapes("rprofile"), "fish": _fish, "unity-editor": _unity_editor,
    "emacs": _escapes("emacs"), "lua": _escapes("lua"), "screen": _escapes("screen"), "nushell": _escapes("nushell"),
    "julia": _escapes("julia"), "powershell": _escapes("powershell"), "nix-init": _escapes("nix-init"),
}  # fmt: skip

#: The language of start-up files named without a suffix (`files.code.LANG_BY_NAME` reads these too).
LANG_BY_NAME = {".irbrc": "ruby", ".pryrc": "ruby", ".pythonrc": "python3", ".pythonstartup": "python3"}
