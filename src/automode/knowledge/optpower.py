"""Options and environment variables with power, in known programs (issue 10, session 14 class E2): what the program
is made to run or load through them, and when that is routine.

The program tables (`knowledge/data/programs/*.toml`) say per program which options carry a command line
(`code_opts`, `code_keys`, `env_cmd`: `tcpdump -z`, `aria2c --on-download-complete`, `sshfs -o ssh_command`,
`GIT_SSH_COMMAND`); `knowledge.carriers` reads the same power from an option's NAME for options no table names
(`--*-command`, `--on-*`, `--hook`, `--wrapper`, `--pager`, `--editor`, `*_COMMAND`). Both turn into an `exec`
effect (origin `option`) whose command line is lowered and judged like one typed directly. What the lowering cannot
see is that the program runs that command on its own, later, with arguments of its own (`tcpdump -z CMD` runs `CMD
FILE` after each rotation; `tar --to-command=CMD` feeds it every member): a script in /tmp, a program with nothing
typed after it (`-z /bin/rm`) or a shell is a command nobody reviews. This module says which carried programs are
routine helpers (compressors, ssh, pagers, editors, diff viewers: `tar -I zstd`, `rsync -e 'ssh -p 2222'`,
`GIT_PAGER=cat`), and which options load a shared library (`curl --engine`, `ssh-keygen -D`, `ffmpeg -af
ladspa=file=`, `openssl -engine`, `pkcs11-tool --module`); `rules.option_power` judges the rest.

Sources: tcpdump(8) `-z`, aria2c(1) `--on-*`, tar(1) `-I`/`--to-command`/`--rsh-command`, rsync(1) `-e`, sshfs(1)
`ssh_command`, gcc(1) `-wrapper`, cargo-config(5) `target.<triple>.runner`/`build.rustc-wrapper`, npm-config(7)
`script-shell`, git-config(1) `core.pager`/`core.editor`/`diff.external`, curl(1) `--engine`, ssh-keygen(1) `-D`,
ssh-add(1) `-s`/`-e`, ssh(1) `-I`, openssl(1) `-engine`, pkcs11-tool(1) `--module`, ffmpeg-filters(1) `ladspa`/
`lv2`/`frei0r`, mysql(1) `--default-auth`/`--plugin-dir`, java(1) `-agentpath`, the public GTFOBins catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.commands import Env
    from automode.shell.parse import Command

#: Programs that an option or variable may name as the helper a program runs, routine for any program: they compress,
#: page, edit, compare or log in, and what arguments they are given is judged where the command line is lowered.
HELPERS = frozenset({
    # compressors (`tar -I zstd`, `sort --compress-program=gzip`, `tcpdump -z gzip`)
    "gzip", "gunzip", "pigz", "unpigz", "bzip2", "bunzip2", "pbzip2", "lbzip2", "xz", "unxz", "pixz", "zstd", "unzstd",
    "pzstd", "zstdmt", "lz4", "unlz4", "lzip", "plzip", "lzop", "brotli", "compress", "uncompress", "lzma", "unlzma",
    # remote shells (`rsync -e ssh`, `GIT_SSH_COMMAND='ssh -i key'`, `sshfs -o ssh_command='ssh -p 2222'`)
    "ssh", "autossh", "tsh", "mosh",
    # pagers and viewers (`GIT_PAGER=cat`, `man -P less`, `--pager=delta`)
    "cat", "less", "more", "most", "bat", "batcat", "delta", "diff-so-fancy", "riff", "moar", "pspg", "tee", "head",
    # editors (`EDITOR=vim`, `GIT_EDITOR=true`, `GIT_SEQUENCE_EDITOR="sed -i …"`: sed's own words are judged)
    "vi", "vim", "nvim", "gvim", "mvim", "nano", "pico", "emacs", "emacsclient", "micro", "kak", "hx", "helix", "code",
    "code-insiders", "codium", "cursor", "subl", "mate", "gedit", "kate", "zed", "notepad", "notepad++", "ed", "sed",
    "true", "false", ":",
    # diff and merge viewers (`git -c diff.external=difft`, `--tool=meld`)
    "diff", "colordiff", "vimdiff", "nvimdiff", "meld", "kdiff3", "difft", "difftastic", "opendiff", "bcompare",
    "icdiff", "ydiff",
    # compiler caches and distributors a build starts each compile through (`-DCMAKE_C_COMPILER_LAUNCHER=ccache`)
    "ccache", "sccache", "distcc", "icecc", "buildcache",
    # signing and askpass helpers a program is configured with (`git -c gpg.program=gpg2`)
    "gpg", "gpg2", "ssh-askpass", "ksshaskpass", "gnome-ssh-askpass", "pinentry",
})  # fmt: skip
#: Programs that read what the program gives them as shell code, or remove, overwrite or send it: never a helper.
SHELLS = frozenset({"sh", "bash", "dash", "zsh", "ksh", "csh", "tcsh", "fish", "ash", "busybox", "pwsh", "powershell",
                    "cmd", "cmd.exe", "env", "python", "python3", "perl", "ruby", "node", "php", "lua"})  # fmt: skip

#: program -> options whose value is a shared library (or a crypto engine, a PKCS#11 module, a JVM agent) the program
#: loads into itself. A bare name (`--engine pkcs11`, `-engine dynamic`) is the program's own; a path is a library.
LIBRARY_OPTS: dict[str, frozenset[str]] = {
    "curl": frozenset({"--engine"}),
    "ssh-keygen": frozenset({"-D"}),
    "ssh-add": frozenset({"-s", "-e", "-S"}),
    "ssh": frozenset({"-I"}),
    "ssh-agent": frozenset({"-P"}),
    "openssl": frozenset({"-engine", "-provider-path", "-keyform"}),
    "pkcs11-tool": frozenset({"--module"}),
    "p11tool": frozenset({"--provider"}),
    "mysql": frozenset({"--default-auth", "--plugin-dir"}),
    "mariadb": frozenset({"--default-auth", "--plugin-dir"}),
    "mysqldump": frozenset({"--default-auth", "--plugin-dir"}),
    "java": frozenset({"-agentpath", "-agentlib", "-javaagent"}),
    "nginx": frozenset(),
    "gst-launch-1.0": frozenset(),
    "ldconfig": frozenset(),
    "valgrind": frozenset({"--extra-debuginfo-path"}),
    "sqlite3": frozenset({"-cmd"}),
}  # fmt: skip
#: A word that names a shared library: `x.so`, `x.so.1`, `x.dylib`, `x.dll`, `x.bundle`.
LIBRARY_RE = lazyre.compile(r"(?i)(?:^|[=:,\s])(/[^\s,:=]*|\.{1,2}/[^\s,:=]*|~/[^\s,:=]*|[\w.+-]+/[^\s,:=]*)"
                            r"\.(?:so(?:\.\d+)*|dylib|dll|bundle)(?=$|[\s,:])")
#: Keys inside an option's value that name a library the program loads (`ladspa=file=/x.so`, `lv2=plugin=…`,
#: `frei0r=filter_name=…`, `load_module /x.so`, `-P pkcs11=/x.so`).
LIBRARY_KEY_RE = lazyre.compile(r"(?i)(?:^|[:,=\s])(?:file|module|plugin|library|lib|engine|provider|filter_name|"
                                r"load_module|dlopen|ladspa_path)\s*[=\s]\s*['\"]?(/[^\s,:'\"]+|\.{1,2}/[^\s,:'\"]+|~/[^\s,:'\"]+)")
#: Words of an option's name that say its value is loaded into the program (`-load`, `--plugin`, `--module`, `-engine`).
_LOAD_OPT = lazyre.compile(r"(?i)load|plugin|module|engine|provider|library|preload|extension|agent|dlopen|^-[lL]ib")
#: A shared library named as a string literal in code (`ctypes.CDLL("/tmp/x.so")`, `Fiddle.dlopen('/tmp/x.so')`).
CODE_LIBRARY_RE = lazyre.compile(r"""["'`]((?:/|~/|\./)[^"'`\s]*\.(?:so(?:\.\d+)*|dylib|dll|bundle))["'`]""")
#: Programs that take a library as something to build, copy, inspect or link, never to load into themselves.
NOT_LOADERS = frozenset({
    "cp", "mv", "rm", "ls", "ln", "file", "stat", "install", "chmod", "chown", "tar", "zip", "unzip", "strip", "nm",
    "objdump", "readelf", "ldd", "otool", "patchelf", "install_name_tool", "gcc", "g++", "cc", "c++", "clang", "clang++",
    "ld", "lld", "ld.lld", "ld.gold", "gold", "mold", "ar", "ranlib", "cmake", "make", "ninja", "meson", "cargo",
    "rustc", "go", "zig", "sha256sum", "md5sum", "sha1sum", "du", "find", "fd", "rsync", "scp", "docker", "podman",
    "kubectl", "git", "echo", "printf", "cat", "grep", "rg", "strings", "hexdump", "xxd", "od", "base64", "upx",
    "codesign", "dlltool", "lipo", "nuget", "dotnet", "msbuild", "python", "python3", "pip", "pip3", "npm", "node",
    "test", "[", "[[", "realpath", "readlink", "basename", "dirname", "touch", "wc", "head", "tail", "less", "vim",
})  # fmt: skip
#: Directories the system's package managers install libraries into (root-owned): loading from there is routine.
SYSTEM_LIBS = lazyre.compile(r"^/(?:usr/(?:local/)?)?lib(?:32|64|exec)?/|^/opt/homebrew/(?:lib|Cellar)/|^/nix/store/|"
                             r"^/usr/lib/x86_64-linux-gnu/|^/System/Library/|^/Library/Frameworks/|"
                             r"^C:[\\/]Windows[\\/]System32[\\/]")

_SPLIT = lazyre.compile(r"[\s,]+")


#: Where the system keeps programs: a carried program there is named by its bare name (`/usr/bin/ssh` is `ssh`).
SYSTEM_BINS = ("/usr/bin/", "/bin/", "/usr/local/bin/", "/opt/homebrew/bin/", "/usr/sbin/", "/sbin/")


def carried_words(value: str) -> list[str]:
    """The words of a carried command line, its program first (see `carried_program`)."""
    v = value.strip().strip("'\"").strip()
    if v.startswith(("exec=", "exec:")):
        v = v[5:]
    if v.lower().startswith("unixexec:"):  # D-Bus `unixexec:path=P,argv1=A`: P is started as the bus
        v = v.split("path=", 1)[-1]
    v = v.lstrip("|!").strip().strip("'\"")
    words = [w.strip("'\"") for w in _SPLIT.split(v) if w]
    while words and "=" in words[0] and not words[0].startswith(("/", ".")):
        words = words[1:]  # `FOO=1 cmd`: an assignment before the program
    return [w for w in words if w][:16]


def carried_program(value: str) -> str:
    """The program a carried command line starts with (`'|/tmp/p.sh %s'` -> `/tmp/p.sh`, `"/tmp/w.sh,-x"` (gcc's
    comma-separated `-wrapper`) -> `/tmp/w.sh`, `exec=sh` -> `sh`, `'!rm -rf ~'` -> `rm`)."""
    words = carried_words(value)
    return words[0] if words else ""


#: Terminal emulators and multiplexers: the command they start runs in a window in front of the user (`alacritty -e
#: bash`), not out of sight.
TERMINALS = frozenset({"xterm", "gnome-terminal", "konsole", "kitty", "alacritty", "wezterm", "urxvt", "st", "terminator",
                       "tilix", "foot", "xfce4-terminal", "iterm2", "tmux", "screen", "byobu", "zellij"})  # fmt: skip


def host_program(detail: str) -> str:
    """The program of a command's text (`FOO=1 /usr/bin/tcpdump -z x` -> `tcpdump`), by its file name."""
    import shlex

    try:
        words = shlex.split(detail[:400])
    except ValueError:
        words = detail.split()
    for w in words[:8]:
        if "=" in w and not w.startswith(("/", ".", "-")) and w.split("=", 1)[0].replace("_", "").isalnum():
            continue
        return base(w.strip("'\""))
    return ""


_CODE_FLAG = lazyre.compile(r"^-[a-zA-Z]*[ceErR]$|^--(?:eval|command|exec|execute)(?:=|$)")


def code_given(words: list[str]) -> bool:
    """A shell or interpreter given its code in its own words (`sh -c '…'`, `ruby -i -pe '…'`, `node -e`)."""
    return any(_CODE_FLAG.match(w) for w in words[1:4])


def base(program: str) -> str:
    b = program.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return b[:-4] if b.endswith((".exe", ".cmd", ".bat")) and b not in ("cmd.exe",) else b


def helper(program: str) -> bool:
    """A routine helper named by its bare name or a system path (`zstd`, `/usr/bin/ssh`), never a copy elsewhere
    (`/tmp/ssh`)."""
    if not program:
        return False
    p = program.replace("\\", "/")
    if "/" in p and not p.startswith(SYSTEM_BINS):
        return False
    return base(p) in HELPERS


def library_values(name: str, opts: list[tuple[str, str]], words: list[str]) -> list[tuple[str, str]]:
    """Libraries a program is told to load: (option, path). `opts`: (option, value) pairs the walk read; `words`:
    every argument, for `key=path` forms and `.so` paths inside an option's value."""
    if name in NOT_LOADERS:
        return []
    out: list[tuple[str, str]] = []
    table = LIBRARY_OPTS.get(name, frozenset())
    for o, v in opts:
        if o in table and v and ("/" in v or LIBRARY_RE.search(v)):
            out.append((o, v.split("=", 1)[-1] if o == "-P" and "=" in v else v))
    seen = {v for _, v in out}
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w.startswith("-") and _LOAD_OPT.search(w) and LIBRARY_RE.search(" " + nxt) and nxt not in seen:
            seen.add(nxt)
            out.append((w, nxt))  # `-load /x.so`, `--plugin /x.so`, `--module /x.so`: an option whose name says it
    for w in words:
        if ".so" not in w and ".dylib" not in w and ".dll" not in w and "=" not in w:
            continue
        for m in LIBRARY_KEY_RE.finditer(w):
            if m.group(1) not in seen:
                seen.add(m.group(1))
                out.append((w[:40], m.group(1)))
        m2 = LIBRARY_RE.search(w)
        if m2 is not None and (p := m2.group(0).lstrip("=:, ")) not in seen and (w.startswith("-") or "=" in w):
            seen.add(p)
            out.append((w[:40], p))
    return out[:4]


#: program -> how a config or script file it loads runs commands: "shell" (the file is shell code), or a pattern whose
#: first group is a command line (minicom's runscript `! cmd`, procmail's `| cmd` action, rsyslog's `^program`,
#: fastfetch's `"type": "command"` modules' `"text"`). Sources: neofetch(1) `--config`, minicom(1) runscript(1),
#: procmailrc(5), rsyslog.conf(5), fastfetch's JSON schema (`command` module).
LOADED_FORMS: dict[str, str] = {
    "neofetch": "shell", "screenfetch": "shell",
    "minicom": r"(?m)^\s*!\s*(.+)$", "picocom": r"(?m)^\s*!\s*(.+)$",
    "procmail": r"(?m)^\s*\|\s*(.+)$",
    "rsyslogd": r"(?m)\^\s*([^;\s]+)|binary\s*=\s*\"([^\"]+)\"",
    "fastfetch": r'"text"\s*:\s*"((?:[^"\\]|\\.)*)"',
}  # fmt: skip


def loaded_commands(program: str, text: str) -> list[str] | None:
    """The command lines a loaded file runs for `program` (None: automode has no reading of its format)."""
    form = LOADED_FORMS.get(program)
    if form is None:
        return None
    if form == "shell":
        return [text]
    import re

    out = [next(g for g in m.groups() if g) for m in re.finditer(form, text[:20000]) if any(m.groups())]
    return [o.encode().decode("unicode_escape", "replace") if "\\" in o else o for o in out][:16]


#: Fixtures (tests/knowledge/test_optpower.py): carried values and their program; helper or not.
PROGRAM_FIXTURES = [("'|/tmp/p.sh %s'", "/tmp/p.sh"), ("/tmp/w.sh,-x", "/tmp/w.sh"), ("exec=sh", "sh"),
                    ("!rm -rf ~", "rm"), ("ssh -p 2222", "ssh"), ("FOO=1 zstd -19", "zstd"),
                    ("unixexec:path=/tmp/x,argv1=-c", "/tmp/x")]  # fmt: skip
HOST_FIXTURES = [("FOO=1 /usr/bin/tcpdump -z x", "tcpdump"), ("LESSOPEN='|/tmp/p.sh %s' less README.md", "less"),
                 ("alacritty -e bash", "alacritty")]  # fmt: skip
HELPER_FIXTURES = [("zstd", True), ("/usr/bin/ssh", True), ("cat", True), ("/tmp/ssh", False), ("sh", False),
                   ("/bin/rm", False), ("/tmp/rotate.sh", False), ("valgrind", False)]  # fmt: skip
LOADED_FIXTURES = [("minicom", "! exec /bin/rm -rf ~ </dev/tty\n", ["exec /bin/rm -rf ~ </dev/tty"]),
                   ("procmail", ":0\n| /tmp/x.sh\n", ["/tmp/x.sh"]), ("neofetch", "rm -rf ~", ["rm -rf ~"]),
                   ("fastfetch", '{"modules":[{"type":"command","text":"exec rm -rf ~"}]}', ["exec rm -rf ~"]),
                   ("rsyslogd", ':msg, contains, "x" ^/tmp/x.sh\n', ["/tmp/x.sh"]), ("gdb", "bt\n", None)]  # fmt: skip
LIBRARY_FIXTURES = [
    ("curl", [("--engine", "/tmp/lib.so")], ["--engine", "/tmp/lib.so", "x"], ["/tmp/lib.so"]),
    ("curl", [("--engine", "pkcs11")], ["--engine", "pkcs11", "https://x"], []),
    ("ssh-keygen", [("-D", "/tmp/lib.so")], ["-D", "/tmp/lib.so"], ["/tmp/lib.so"]),
    ("ffmpeg", [], ["-f", "lavfi", "-i", "anullsrc", "-af", "ladspa=file=/tmp/lib.so", "/tmp/x.wav"], ["/tmp/lib.so"]),
    ("gcc", [], ["main.c", "/usr/lib/libfoo.so", "-o", "app"], []),
    ("cp", [], ["build/libx.so", "/tmp/"], []),
    ("frob", [], ["-load", "/tmp/lib.so", "x"], ["/tmp/lib.so"]), ("frob", [], ["--plugin", "/tmp/p.dylib"], ["/tmp/p.dylib"]),
    ("pkcs11-tool", [("--module", "/usr/lib/opensc-pkcs11.so")], ["--module", "/usr/lib/opensc-pkcs11.so", "-L"],
     ["/usr/lib/opensc-pkcs11.so"]),
]  # fmt: skip


def code_libraries(code: str, cmd: Command, env: Env) -> Iterator[Effect]:
    """Shared libraries inline code names as literals (`python3 -c 'import ctypes; ctypes.CDLL("/tmp/x.so")'`,
    `ruby -e 'Fiddle.dlopen("/tmp/x.so")'`): code that names a library opens it (origin `library`)."""
    if ".so" not in code and ".dylib" not in code and ".dll" not in code:
        return
    from automode.effects import Effect
    from automode.shell.words import Word

    for m in list(CODE_LIBRARY_RE.finditer(code))[:4]:
        e = env.file("exec", Word(m.group(1), m.group(1)), cmd)
        yield Effect("exec", e.target, e.pclass, detail=cmd.text[:200], origin="library", via=cmd.via,
                     content=f"code {m.group(1)}"[:400])  # fmt: skip


def library_effects(cmd: Command, env: Env) -> Iterator[Effect]:
    """`exec` effects (origin `library`) for the shared libraries `cmd` is told to load through its options."""
    argv = cmd.argv[1:48]
    words = [w.value for w in argv if not w.dynamic]
    table = LIBRARY_OPTS.get(cmd.name)
    if table is None and not any(".so" in w or ".dylib" in w or ".dll" in w for w in words):
        return  # (the cheap gate: most commands name no library at all)
    from automode.effects import Effect
    from automode.shell.words import Word

    pairs: list[tuple[str, str]] = []
    for i, w in enumerate(argv):
        v = w.value
        if w.dynamic or not table or not v.startswith("-"):
            continue
        if v in table and i + 1 < len(argv) and not argv[i + 1].dynamic:
            pairs.append((v, argv[i + 1].value))
        elif "=" in v and v.partition("=")[0] in table:
            pairs.append((v.partition("=")[0], v.partition("=")[2]))
        elif not v.startswith("--") and v[:2] in table and len(v) > 2:
            pairs.append((v[:2], v[2:]))  # `-D/tmp/x.so`
        elif ":" in v and v.partition(":")[0] in table:
            pairs.append((v.partition(":")[0], v.partition(":")[2].split("=", 1)[0]))  # `-javaagent:/tmp/a.jar=opts`
    for o, path in library_values(cmd.name, pairs, words):
        e = env.file("exec", Word(path, path), cmd)
        yield Effect("exec", e.target, e.pclass, detail=cmd.text[:200], origin="library", via=cmd.via,
                     content=f"{o} {path}"[:400])  # fmt: skip
