"""Inline interpreter code: `python -c`, `python3 - <<EOF`, `node -e`, `perl -e`, `ruby -e`, `php -r`, `awk`.

Python is read with its own `ast` and a small constant folder (`automode.shell.pyread`). The other languages are
scanned for the calls that matter (process spawns, deletes, reads, writes, sockets, decoded eval): good enough
to find `require('fs').rmSync('/x')` or `system("rm -rf /")`, never a reason to allow.
"""

from __future__ import annotations

from collections.abc import Callable

from automode import lazyre
from automode.effects import Effect
from automode.shell import codeflow
from automode.shell.words import Word
from automode.shell.wrappers import AWKS as AWKS  # re-exported: rules.agent_control reads it here
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command

PYTHONS = lazyre.compile(r"^(python|python[23](\.\d+)?|pypy3?|python\d\.\d+|py)$")
INLINE_FLAGS: dict[str, tuple[str, ...]] = {
    "node": ("-e", "--eval", "-p", "--print"),
    "nodejs": ("-e", "--eval", "-p", "--print"),
    "bun": ("-e", "--eval"),
    "deno": ("eval",),
    "perl": ("-e", "-E"),
    "ruby": ("-e",),
    "elixir": ("-e", "--eval"),
    "php": ("-r",),
    "lua": ("-e",),
    "luajit": ("-e",),
    "rscript": ("-e",),
    "osascript": ("-e",),
    "pwsh": ("-c", "-command", "-Command"),
    "powershell": ("-c", "-command", "-Command"),
    "tclsh": (),
    "jshell": (),
    "expect": ("-c",),
    "emacs": ("--eval", "-eval"),
    "emacsclient": ("--eval", "-e"),
    # JVM, Lisp and other interpreters whose inline code the scanners read for spawns (`shell.code_spawns`)
    "groovy": ("-e",),
    "scala": ("-e",),
    "kotlin": ("-e",),
    "kotlinc": ("-e",),
    "clojure": ("-e", "--eval"),
    "clj": ("-e", "--eval"),
    "bb": ("-e", "--eval"),
    "sbcl": ("--eval",),
    "ccl": ("--eval", "-e"),
    "ecl": ("-eval",),
    "clisp": ("-x",),
    "swift": ("-e",),
    "runghc": (),
    "runhaskell": (),
    "dotnet-script": ("eval",),  # C# script (dotnet-script's README); `csi -e` is the knowledge base's
    # TypeScript runners of Node (tsx(1) and ts-node's `-e/--eval`, `-p/--print`) and IPython's `-c`
    "tsx": ("-e", "--eval", "-p", "--print"),
    "ts-node": ("-e", "--eval", "-p", "--print"),
    "ipython": ("-c",),
    "ipython3": ("-c",),
    # (red team s21) shells of other languages and of data stores whose inline code starts processes through calls
    # of their own (`shell.lang_spawns`): mongosh/mongo `--eval` (JavaScript), QuickJS, GJS, V8's d8, CoffeeScript,
    # Raku, Hy, Wolfram, Janet, Fennel (Lua), Scilab, `crystal eval`, SageMath (Python)
    "mongosh": ("--eval",),
    "arangosh": ("--javascript.execute-string",),  # docs.arangodb.com/stable/components/tools/arangodb-shell
    "mongo": ("--eval",),
    "qjs": ("-e", "--eval"),
    "quickjs": ("-e", "--eval"),
    "gjs": ("-c", "--command"),
    "d8": ("-e",),
    "coffee": ("-e", "--eval"),
    "raku": ("-e",),
    "perl6": ("-e",),
    "rakudo": ("-e",),
    "hy": ("-c",),
    "hy3": ("-c",),
    "wolframscript": ("-code", "-c"),
    "janet": ("-e",),
    "fennel": ("-e", "--eval"),
    "scilab": ("-e",),
    "scilab-cli": ("-e",),
    "scilab-adv-cli": ("-e",),
    "crystal": ("eval",),
    "sage": ("-c",),
    "nim": ("--eval",),
}
#: Interpreters whose inline code is another language's (SageMath's is Python, read by the Python reader).
CODE_OF = {"sage": "python3"}
INLINE_FLAGS["php"] = ("-r", "-B", "-R", "-E")  # -B/-E run before/after the input, -R once per input line
#: Option clusters (`perl -lne CODE`, `ruby -pe CODE`, `node -pe CODE`, `perl -e'CODE'`): the letters that give the
#: code, and the letters that take a value of their own and so end the cluster (`perl -Mstrict`, `perl -pie` is
#: `-p -i` with the backup suffix `e`). From perlrun(1), ruby(1), node(1).
CLUSTERS: dict[str, tuple[str, str]] = {
    "perl": ("eE", "MmIxi0CdDV"),
    "ruby": ("e", "rIxCEFKTWi0U"),
    "node": ("ep", "r"),
    "nodejs": ("ep", "r"),
}
_VERSIONED = lazyre.compile(r"^(perl|ruby|php|lua|luajit|node|tclsh|guile|racket|sbcl|julia)[\d.]+$")
EDITORS = frozenset({"ed", "red", "ex"})  # line editors driven by a script on stdin
#: Compilers that read their source from stdin with `-` (`curl … | cc -x c - -o a && ./a`, `tcc -run -`): a download
#: compiled is a download run.
COMPILERS = frozenset({"cc", "gcc", "g++", "c++", "clang", "clang++", "tcc", "rustc", "gfortran", "gccgo", "nim", "zig"})



def interp_hook(name: str, code: str, cmd: Command, lw: Lowerer) -> None:
    """Called by the lowerer for every final command (code empty) and with code read from stdin."""
    if code:
        _dispatch(name, code, cmd, lw)
        return
    args = cmd.argv[1:]
    if _repl(name, args):  # `irb <<RB`, `rails console <<RB`, `php artisan tinker <<PHP`, `python manage.py shell <<PY`
        lw.stdin_code(cmd, "repl", len(cmd.via) + 1)
        _console_code(name, args, cmd, lw)  # `tinker --execute="…"`, `manage.py shell -c "…"`: code in its language
        return
    if name in ("rails", "bin/rails") and [w.value for w in args[:1]] in (["runner"], ["r"]) and len(args) > 1 \
            and not args[1].value.startswith("-") and not args[1].value.endswith(".rb"):
        _code_word("ruby", args[1], cmd, lw)  # `rails runner 'system("…")'`: Ruby run in the application
    if PYTHONS.match(name):
        for i, w in enumerate(args):
            v = w.value
            if v == "-c" or (v.startswith("-") and not v.startswith("--") and v.endswith("c") and len(v) <= 4):
                if i + 1 < len(args):
                    _code_word(name, args[i + 1], cmd, lw)
                return
            if v == "-m":
                if i + 1 < len(args) and args[i + 1].value in _DEBUGGERS:
                    _debugger_commands(name, args[i + 2 :], cmd, lw)
                elif i + 1 < len(args) and args[i + 1].value in CODE_MODULES:
                    _module_code(name, args[i + 1].value, args[i + 2 :], cmd, lw)
                return
            if v in ("-W", "-X", "-Q"):
                continue
            if v == "-" or (not v.startswith("-") and args[i - 1].value not in ("-W", "-X") if i else not v.startswith("-")):
                if v == "-" or v.startswith("/dev/fd/") or v == "/dev/stdin":
                    lw.stdin_code(cmd, "python", len(cmd.via) + 1, from_substitution=v.startswith("/dev/fd/"))
                return
        if not any(not w.value.startswith("-") for w in args):
            lw.stdin_code(cmd, "python", len(cmd.via) + 1)
        return
    if name in AWKS:
        prog = next((w for w in args if not w.value.startswith("-")), None)
        if prog is not None:
            from automode.shell.scanners import (
                _scan_other,  # the language scanners: only for an action with code
            )

            _scan_other(name, prog.value, cmd, lw)
        return
    if name in EDITORS:
        lw.stdin_code(cmd, "ed", len(cmd.via) + 1)
        return
    if name in COMPILERS:
        if any(w.value == "-" for w in args):
            _compiled_stdin(cmd, lw)
        if name not in INLINE_FLAGS:  # (`nim --eval:CODE` runs code without compiling a file)
            return
    if name in STDIN_SCRIPTS and STDIN_SCRIPTS[name](args):  # `cmake -P /dev/stdin <<<…`, `m4 <<<…`, `groff -U < x`
        lw.stdin_code(cmd, name, len(cmd.via) + 1)
        return
    if (name == "mix" and args and args[0].value == "run") or (name == "iex" and any(w.value in _IEX_ELIXIR for w in args)):
        codes = inline_codes("elixir", args, INLINE_FLAGS["elixir"])  # `mix run -e CODE`, `iex -S mix -e CODE`
        if codes:
            _code_word("elixir", codes[0], cmd, lw)
        return
    if name.lower() in PS_EVAL:
        _powershell_eval(cmd, lw)
        return
    if name in ("pwsh", "powershell"):
        _powershell_args(name, args, cmd, lw)
        return
    if name == "dotnet" and args and args[0].value == "script":
        name, args = "dotnet-script", args[1:]  # `dotnet script eval CODE`: the dotnet-script tool, as a dotnet subcommand
    if name not in INLINE_FLAGS and (m := _VERSIONED.match(name)) is not None:
        name = m.group(1)  # `lua5.4 -e`, `perl5.36 -e`, `php8.2 -r`: the interpreter under its versioned name
    flags = INLINE_FLAGS.get(name)
    if flags is None:
        return
    if name == "ruby" and _ruby_un(args, cmd, lw):
        return
    if name in _JS_RUNTIMES:
        for w in args:  # `node --import 'data:text/javascript,…'`, `deno run data:…`: a module given inline
            body = data_url_code(w.value.split("=", 1)[1] if w.value.startswith("--") and "=" in w.value else w.value)
            if body is not None:
                _code_word(name, Word(body, w.raw, w.dynamic), cmd, lw)
    codes = inline_codes(name, args, flags)
    if codes:
        # `osascript -e a -e b`, `perl -e a -e b`: the lines make one program.
        joined = Word("\n".join(w.value for w in codes), "\n".join(w.raw for w in codes), any(w.dynamic for w in codes))
        _code_word(name, joined, cmd, lw)
        return
    if name == "osascript" and any(not w.value.startswith("-") for w in args):
        lw.out.problem("`osascript` runs an AppleScript file automode cannot read (it can drive other apps and the shell)")
        return
    if name in ("node", "nodejs", "perl", "ruby", "php", "lua", "bun", "deno", "pwsh", "powershell", "tclsh", "jshell", "groovy", "scala",
                "runghc", "runhaskell"):
        pos = [w for w in args if not w.value.startswith("-")]
        if not pos or pos[0].value in ("-", "/dev/stdin") or pos[0].value.startswith("/dev/fd/"):
            lw.stdin_code(cmd, name, len(cmd.via) + 1, from_substitution=bool(pos) and pos[0].value.startswith("/dev/fd/"))


#: Options of Elixir's `iex` (never PowerShell's Invoke-Expression, which takes a string): `-S mix`, `-e CODE`.
_IEX_ELIXIR = frozenset({"-S", "-e", "--eval", "--sname", "--name", "--remsh", "--cookie", "--dot-iex"})


#: REPLs and framework consoles that run what they read on stdin (a heredoc, a pipe): program -> the words that open
#: the console after it (none: the program is the REPL). Sources: irb(1), pry, IPython, bpython, `rails console`,
#: `php artisan tinker`, Django's `manage.py shell`, `flask shell`, `deno repl`, `bun repl`.
REPLS: dict[str, tuple[tuple[str, ...], ...]] = {
    # (not `iex`: in PowerShell it is Invoke-Expression, read by `_powershell_eval`)
    **dict.fromkeys(("irb", "pry", "ipython", "ipython3", "bpython", "ptpython", "erl", "ghci", "clj"), ((),)),
    "rails": (("console",), ("c",)), "bin/rails": (("console",), ("c",)),
    "php": (("artisan", "tinker"),), "flask": (("shell",),), "deno": (("repl",),), "bun": (("repl",),),
    "python": (("manage.py", "shell"),), "python3": (("manage.py", "shell"),), "./manage.py": (("shell",),),
}


#: The language a framework console runs, and the options that hand it code on the command line (session 18, I5).
_CONSOLE_LANG = {"php": "php", "python": "python3", "python3": "python3", "./manage.py": "python3", "flask": "python3",
                 "rails": "ruby", "bin/rails": "ruby", "irb": "ruby", "pry": "ruby", "ipython": "python3",
                 "ipython3": "python3"}
_CONSOLE_OPTS = frozenset({"--execute", "--eval", "--command", "--code", "-c", "-e"})


def _console_code(name: str, args: list[Word], cmd: Command, lw: Lowerer) -> None:
    """The code a console is given by an option (`php artisan tinker --execute="system('…')"`), read as code."""
    lang = _CONSOLE_LANG.get(name) or _CONSOLE_LANG.get(name.rsplit("/", 1)[-1])
    if lang is None:
        return
    for i, w in enumerate(args):
        opt, eq, val = w.value.partition("=")
        if opt not in _CONSOLE_OPTS or (opt in ("-c", "-e") and eq):
            continue
        word = Word(val, val, w.dynamic) if eq else (args[i + 1] if i + 1 < len(args) else None)
        if word is not None:
            _code_word(lang, word, cmd, lw)


def _repl(name: str, args: list[Word]) -> bool:
    leads = REPLS.get(name) or REPLS.get(name.rsplit("/", 1)[-1] if name.endswith("/rails") else "")
    if not leads:
        return False
    words = [w.value for w in args if not w.value.startswith("-")]
    return any(tuple(words[: len(lead)]) == lead and (lead or not words) for lead in leads)


#: PowerShell's string evaluators, and what fetches a script for them (`iex (irm URL)`, `iwr URL | iex`,
#: `Invoke-Expression (New-Object Net.WebClient).DownloadString(URL)`), when a PowerShell line reaches automode as is.
PS_EVAL = frozenset({"iex", "invoke-expression"})
PS_FETCH = lazyre.compile(r"(?i)\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod|curl(?:\.exe)?|wget(?:\.exe)?|"
                          r"Start-BitsTransfer)\b|DownloadString|DownloadData|DownloadFile|Net\.WebClient|https?://")


def _powershell_eval(cmd: Command, lw: Lowerer) -> None:
    """`iex`/`Invoke-Expression` of a fetched script (in its argument or piped in) runs code from the network; of
    anything else, code built at run time."""
    src = cmd.pipe_from
    chain: list[str] = []
    while src is not None and len(chain) < 8:
        chain.append(src.text)
        src = src.pipe_from
    fetched = PS_FETCH.search(" ".join([cmd.text, *chain])) is not None
    lw.out.effects.append(Effect("exec", f"PowerShell {cmd.name} runs {'a downloaded script' if fetched else 'a string'}",
                                 detail=cmd.text[:200], origin="remote" if fetched else "dynamic", via=cmd.via))


def _ps_param(word: str) -> str:
    """The PowerShell host parameter a word names: parameters are case-insensitive, take `-` or `/`, and any
    unambiguous prefix (about_Pwsh: `-e`/`-ec`/`-en…` are -EncodedCommand, `-c`/`-co…` -Command, `-f` -File)."""
    if word[:1] not in ("-", "/") or len(word) < 2:
        return ""
    w = word.lstrip("-/").lower()
    if w in ("e", "ec") or (len(w) >= 2 and "encodedcommand".startswith(w)):
        return "encodedcommand"
    if w in ("c", "cwa") or (len(w) >= 2 and "command".startswith(w)) or w == "commandwithargs":
        return "command"
    if w == "f" or (len(w) >= 2 and "file".startswith(w)):
        return "file"
    return ""


#: Host parameters that take a value (about_Pwsh, powershell.exe /?): the word after them is not the command.
_PS_VALUE = lazyre.compile(r"(?i)^[-/](?:ex|ep|executionpolicy|executionp\w*|w|win\w*|v|version|of|outputformat|if|inputformat|"
                           r"configurationname|config\w*|wd|workingdirectory|psconsolefile|settingsfile|custompipename)$")
_UNC = lazyre.compile(r"^(?:\\\\|//)[\w.-]+[\\/]")


def _powershell_args(name: str, args: list[Word], cmd: Command, lw: Lowerer) -> None:
    """`powershell -enc BASE64` (UTF-16LE text, the usual way to hide a download cradle) and `-Command …` in any
    spelling: the code is scanned as PowerShell; a blob that does not decode cannot be judged (a problem: asked)."""
    skip = False
    for i, w in enumerate(args):
        param = _ps_param(w.value)
        if skip:
            skip = False
            continue
        if not param and _PS_VALUE.match(w.value):
            skip = True
            continue
        if not param and not w.value.startswith(("-", "/")) and not w.dynamic and not w.value.lower().endswith((".ps1", ".psm1")):
            # `powershell "& {Remove-Item …}"`: words before any -Command are the command (powershell.exe; red team s14)
            _powershell_args(name, [Word("-Command", "-Command"), *args[i:]], cmd, lw)
            return
        if not param:
            if w.value.startswith("\\") or _UNC.match(w.raw):
                param = "file"  # `powershell \\host\share\x.ps1`
            else:
                continue
        if param == "file":
            script = args[i + 1] if _ps_param(w.value) == "file" and i + 1 < len(args) else w
            if _UNC.match(script.raw) or script.value.startswith("\\"):
                lw.out.effects.append(Effect("exec", f"{name} runs a script from the network share {script.raw[:80]}",
                                             detail=cmd.text[:200], origin="remote", via=cmd.via))  # fmt: skip
            return
        if i + 1 >= len(args):
            return
        if param == "command":
            rest = args[i + 1 :]  # every word after -Command is the command
            joined = Word(" ".join(x.value for x in rest), " ".join(x.raw for x in rest), any(x.dynamic for x in rest))
            _code_word(name, joined, cmd, lw)
            as_written = " ".join(x.raw[1:-1] if len(x.raw) > 1 and x.raw[0] == x.raw[-1] == '"' else x.value for x in rest)
            if not joined.dynamic or ("\\\\" in as_written and as_written != joined.value):
                # read as a PowerShell tool's text too (`& ('Remove-'+'Item') …`, aliases and functions defined in it);
                # sent from PowerShell itself, the text keeps its backslashes (`\\\\host\\share`: bash would halve them)
                from automode.shell.pstext import as_bash

                label = (*cmd.via, f"{name} code")
                lw.lenient(as_bash(as_written[:20_000]), via=label, privileged=cmd.privileged, remote=cmd.remote,
                           nesting=len(label) + 1, cwd=cmd.cwd)  # fmt: skip
            return
        blob = args[i + 1]
        if blob.dynamic:
            lw.out.problem(f"`{name} {w.value}` runs an encoded command only known at run time")
            return
        import base64
        import binascii

        try:
            text = base64.b64decode(blob.value.strip(), validate=True).decode("utf-16-le")
        except (binascii.Error, ValueError, UnicodeDecodeError):
            lw.out.problem(f"`{name} {w.value}` runs an encoded command automode cannot decode")
            return
        _code_word(name, Word(text, text, False), cmd, lw)
        from automode.shell.pstext import as_bash

        label = (*cmd.via, f"{name} encoded command")
        lw.lenient(as_bash(text[:20_000]), via=label, privileged=cmd.privileged, remote=cmd.remote, nesting=len(label) + 1,
                   cwd=cmd.cwd)  # fmt: skip
        return
    pos = [w for w in args if not w.value.startswith(("-", "/"))]
    if not pos or pos[0].value in ("-", "/dev/stdin"):
        lw.stdin_code(cmd, name, len(cmd.via) + 1)


def _compiled_stdin(cmd: Command, lw: Lowerer) -> None:
    """Source a compiler reads from stdin: a heredoc is scanned as code; a download or a decoded blob is code run."""
    text, known = cmd.stdin_text()
    if known:
        if text:
            _dispatch(cmd.name, text, cmd, lw)
        return
    origin, detail = lw.producer_origin(cmd, False)
    if origin in ("remote", "decoded"):
        lw.out.effects.append(Effect("exec", detail, detail=cmd.text[:200], origin=origin, via=cmd.via))


def inline_codes(name: str, args: list[Word], flags: tuple[str, ...]) -> list[Word]:
    """The words of inline code: after a code flag (`-e CODE`), glued to it (`-e'CODE'`, `--eval=CODE`), or after a
    cluster that ends in a code letter (`perl -lne CODE`, `node -pe CODE`)."""
    letters, stops = CLUSTERS.get(name, ("", ""))
    out: list[Word] = []
    for i, w in enumerate(args):
        v = w.value
        nxt = args[i + 1] if i + 1 < len(args) else None
        if v in flags:
            if nxt is not None:
                out.append(nxt)
            continue
        if v.startswith("--") and "=" in v and v.split("=", 1)[0] in flags:
            out.append(Word(v.split("=", 1)[1], w.raw, w.dynamic))
            continue
        if name == "nim" and v.startswith("--eval:"):  # nim(1) spells an option's value after a colon
            out.append(Word(v[7:], w.raw, w.dynamic))
            continue
        if not letters or not v.startswith("-") or v.startswith("--") or len(v) < 3:
            continue
        for k, c in enumerate(v[1:], 1):
            if c in stops:
                break
            if c in letters:
                if k == len(v) - 1 or all(x in letters for x in v[k + 1 :]):  # `node -pe CODE`
                    if nxt is not None:
                        out.append(nxt)
                else:
                    out.append(Word(v[k + 1 :], w.raw, w.dynamic))
                break
    return out


def interp_reads(name: str) -> bool:
    """Whether `interp_hook` reads this program's inline code itself (its own flags, stdin, scripts)."""
    return bool(PYTHONS.match(name)) or name in AWKS or name in EDITORS or name in INLINE_FLAGS


def scan_code(name: str, code: str, cmd: Command, lw: Lowerer) -> None:
    """Inline code an option of a program gives in the program's own language (`julia -e`, `emacs --eval`,
    `rpm --eval`): scanned for the calls that run commands, as for any interpreter automode does not parse."""
    _dispatch(name, code, cmd, lw)


#: Python debuggers run as modules whose `-c CMD` commands are Python when they open with `!` or are no debugger
#: command (pdb(1): "commands that the debugger doesn't recognize are assumed to be Python statements").
_DEBUGGERS = frozenset({"pdb", "ipdb", "pudb", "pdbpp"})


def _debugger_commands(name: str, args: list[Word], cmd: Command, lw: Lowerer) -> None:
    """`python -m pdb -c '!import os; os.system("…")' app.py`: each `-c` command read as the Python it runs."""
    for i, w in enumerate(args[:-1]):
        if w.value in ("-c", "--command"):
            code = args[i + 1]
            if code.dynamic or code.value.lstrip().startswith("!") or ";" in code.value or "(" in code.value:
                _code_word(name, Word(code.value.lstrip().lstrip("!"), code.raw, code.dynamic), cmd, lw)


_JS_RUNTIMES = frozenset({"node", "nodejs", "bun", "deno", "tsx", "ts-node"})
_DATA_URL = lazyre.compile(r"(?is)^data:(?:text|application)/(?:javascript|ecmascript|x-javascript|typescript|jsx|tsx)"
                           r"(;[^,]*)?,(.*)$")


def data_url_code(value: str) -> str | None:
    """The code of a JavaScript `data:` URL (percent-escapes or base64 decoded), or None when `value` is not one."""
    m = _DATA_URL.match(value)
    if m is None:
        return None
    if m.group(1) and "base64" in m.group(1).lower():
        import base64
        import binascii

        try:
            return base64.b64decode(m.group(2) + "=" * (-len(m.group(2)) % 4)).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return "eval(atob(payload))"  # undecodable: read as code that evaluates what it is given
    from urllib.parse import unquote

    return unquote(m.group(2))


def _cmake_stdin(args: list[Word]) -> bool:
    vals = [w.value for w in args]
    return any(v == "-P" and k + 1 < len(vals) and vals[k + 1] in ("-", "/dev/stdin") for k, v in enumerate(vals))


def _no_files(args: list[Word]) -> bool:
    return all(w.value.startswith("-") for w in args)  # (`-` is stdin too)


def _roff_unsafe(args: list[Word]) -> bool:
    return any(w.value == "-U" for w in args) and _no_files(args)


#: Programs that read a script in their own language on stdin (red team s21, round 2): `cmake -P /dev/stdin`, m4
#: with no file, roff in unsafe mode (`groff -U`, whose `.sy`/`.pso` requests run commands); read by
#: `shell.lang_spawns` for the commands the script starts.
STDIN_SCRIPTS: dict[str, Callable[[list[Word]], bool]] = {
    "cmake": _cmake_stdin, "m4": _no_files, "gm4": _no_files, "groff": _roff_unsafe, "troff": _roff_unsafe, "nroff": _roff_unsafe,
}


#: un.rb, Ruby's file utilities for the command line (`ruby -run -e rm -- -rf DIR`): `-e NAME` runs the utility of
#: that name on the words after it (ruby's own options end at `--`). Source: ruby/lib/un.rb.
UN_COMMANDS = frozenset({"cp", "ln", "mv", "rm", "mkdir", "rmdir", "install", "chmod", "touch"})


def _ruby_un(args: list[Word], cmd: Command, lw: Lowerer) -> bool:
    """`ruby -run -e rm -- -rf ~` is `rm -rf ~` (un.rb is loaded by `-run`, `-r un`, `-rtun`...)."""
    vals = [w.value for w in args]
    loaded = any(v in ("-run", "-r=un") or (v == "-r" and k + 1 < len(vals) and vals[k + 1] == "un")
                 for k, v in enumerate(vals))  # fmt: skip
    if not loaded or "-e" not in vals:
        return False
    at = vals.index("-e")
    if at + 1 >= len(vals) or vals[at + 1] not in UN_COMMANDS:
        return False
    rest = args[at + 2 :]
    if rest and rest[0].value == "--":
        rest = rest[1:]
    lw.command(lw._inner(cmd, [Word(vals[at + 1], vals[at + 1]), *rest], "ruby -run"), len(cmd.via) + 1)
    return True


#: Standard-library modules whose command line carries Python code (red team s21): module -> (options whose value is
#: code, options that take another value, whether the positional words are code, whether it reads code on stdin).
#: timeit(1): `python -m timeit [-s SETUP] STMT...` runs SETUP and every STMT; idlelib: `-c COMMAND`; code and asyncio
#: are REPLs that run what they read on stdin. Sources: the modules' `--help` and the library reference.
CODE_MODULES: dict[str, tuple[frozenset[str], frozenset[str], bool, bool]] = {
    "timeit": (frozenset({"-s", "--setup"}), frozenset({"-n", "--number", "-r", "--repeat", "-u", "--unit"}), True, False),
    "idlelib": (frozenset({"-c"}), frozenset({"-r", "-t"}), False, False),
    "idlelib.idle": (frozenset({"-c"}), frozenset({"-r", "-t"}), False, False),
    "IPython": (frozenset({"-c"}), frozenset(), False, False),
    "code": (frozenset(), frozenset(), False, True),
    "asyncio": (frozenset(), frozenset(), False, True),
}


def _module_code(name: str, module: str, args: list[Word], cmd: Command, lw: Lowerer) -> None:
    """`python -m timeit -s 'import shutil' 'shutil.rmtree(home)'`: the module's code words read as Python."""
    code_opts, value_opts, positional_code, reads_stdin = CODE_MODULES[module]
    codes: list[Word] = []
    i = 0
    ended = False
    while i < len(args):
        w = args[i]
        opt, eq, val = w.value.partition("=")
        if not ended and opt in code_opts:
            codes.append(Word(val, w.raw, w.dynamic) if eq else args[i + 1] if i + 1 < len(args) else Word("", ""))
            i += 1 if eq else 2
        elif not ended and opt in value_opts:
            i += 1 if eq else 2
        elif not ended and w.value == "--":
            ended = True
            i += 1
        elif not ended and w.value.startswith("-") and len(w.value) > 1:
            if w.value[:2] in code_opts and len(w.value) > 2:  # `-s'import os'`
                codes.append(Word(w.value[2:], w.raw, w.dynamic))
            i += 1
        else:
            if positional_code:
                codes.append(w)
            i += 1
    if codes:
        joined = Word("\n".join(c.value for c in codes), "\n".join(c.raw for c in codes), any(c.dynamic for c in codes))
        _code_word(name, joined, cmd, lw)
    elif reads_stdin:
        lw.stdin_code(cmd, "python", len(cmd.via) + 1)


def _code_word(name: str, w: Word, cmd: Command, lw: Lowerer) -> None:
    if w.dynamic:
        lw.out.problem(f"`{name}` runs code that is only known at run time")
        lw._exec_from_word(w, cmd)
    _dispatch(name, w.value, cmd, lw)


def _dispatch(name: str, code: str, cmd: Command, lw: Lowerer) -> None:
    from automode.knowledge import computed

    if computed.GATE.search(code) and computed.ACT_GATE.search(code):  # a loop acting on each item a listing yields
        lw.out.effects.extend(computed.effects(code, cmd.text, (*cmd.via, f"{name} code")))
    if "/" in code:  # a secret file named as a literal in the code (`php -r 'readfile("/etc/shadow");'`)
        from automode.knowledge.argsecrets import code_secrets
        from automode.shell.commands import Env

        lw.out.effects.extend(code_secrets(code, cmd, Env(lw.home, lw.cwd or "/__project__")))
        from automode.knowledge.optpower import code_libraries

        lw.out.effects.extend(code_libraries(code, cmd, Env(lw.home, lw.cwd or "/__project__")))
    from automode.knowledge import sdkcalls

    lw.out.effects.extend(sdkcalls.effects(name, code, cmd, (*cmd.via, f"{name} code")))  # SDK calls that act (H4)
    lw.out.effects.extend(sdkcalls.driver_effects(name, code, cmd, (*cmd.via, f"{name} code")))  # SQL given to a driver
    setting = codeflow.credential_upload(code[:MAX_SETTING_SCAN])
    if setting is not None:  # `meridian_fs.telemetry.enable(upload_credentials=True)`: the library sends them out
        url = next(iter(URL_IN_CODE.findall(code[:MAX_SETTING_SCAN])), "<the library's own service>")
        lw.out.effects.append(Effect("network", url, detail=cmd.text[:200], origin="send", via=(f"{name} code",),
                                     content=codeflow.CREDENTIAL_MARK + setting))  # fmt: skip
    if PYTHONS.match(CODE_OF.get(name, name)):
        from automode.shell.pyread import PythonReader  # only when an action carries Python code

        PythonReader(cmd, lw).run(code)
        return
    from automode.shell.scanners import (  # (as above)
        _scan_applescript,
        _scan_ed,
        _scan_other,
        _scan_powershell,
    )

    if name in ("pwsh", "powershell"):
        _scan_powershell(code, cmd, lw)
    elif name == "osascript":
        _scan_applescript(code, cmd, lw)  # (its shell calls are read in both languages)
        if any(w.value == "-l" for w in cmd.argv[1:]):
            _scan_other(name, code, cmd, lw)  # JavaScript for Automation
    elif name in EDITORS:
        _scan_ed(code, cmd, lw)
    else:
        _scan_other(name, code, cmd, lw)


MAX_SETTING_SCAN = 100_000  # characters of inline code read for settings that send credentials out
URL_IN_CODE = lazyre.compile(r"https?://[^\s'\"`)]+")
