"""Scanners for inline code automode does not parse: Node, Perl, Ruby, PHP, Lua, awk, PowerShell, AppleScript
and ed scripts. They look for the calls that matter (process spawns in every quoting form the language has,
deletes, reads, writes, sockets, decoded eval) and hand any shell they find back to the lowerer: good enough to find
`require('fs').rmSync('/x')`, `system(q{rm -rf ~})` or `do shell script "..."`, never a reason to allow.
"""

from __future__ import annotations

import re

from automode import controls, lazyre
from automode.effects import Effect
from automode.paths import classify
from automode.shell import codeflow, codefold, lang_spawns
from automode.shell.powershell import posix_path
from automode.shell.pstext import as_bash
from automode.shell.wrappers import AWKS
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.lower import Lowerer
    from automode.shell.parse import Command


# ---------------------------------------------------------------- other langs
_STR = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)"""
SPAWN_RE = lazyre.compile(
    r"(?:\bsystem|\bexec(?:Sync)?|\bspawn(?:Sync)?|\bexecFile(?:Sync)?|\bos\.execute|\bio\.popen|\bshell_exec|\bpassthru|\bpopen|\bproc_open|\bpcntl_exec|%x"
    # Other languages' calls that hand a string to the shell: Haskell callCommand/spawnCommand, Emacs Lisp
    # (shell-command "…") and kin, Common Lisp ext:run-shell-command, R system2, m4 esyscmd.
    r"|\bcallCommand|\bspawnCommand|\brun-shell-command|\b(?:async-)?shell-command(?:-to-string)?"
    r"|\b(?:call|start)-process-shell-command|\bsystem2|\besyscmd|\bsyscmd"
    # Elixir System.cmd (a program and its argument list) and System.shell, Erlang os:cmd (`:os.cmd` in Elixir)
    r"|\bSystem\.(?:cmd|shell)|:?\bos[.:]cmd)\s*[({]?\s*(?:~[cCsS])?" + _STR  # `~c"…"`: an Elixir sigil
)
#: Spawns that take a program and its arguments one by one, no shell (`execFileSync('rm', ['-rf', dir])`, Ruby
#: `exec "rm", "-rf", Dir.home`, Perl `system("rm", "-rf", $ENV{HOME})` and `exec {"rm"} "rm", LIST`, PHP
#: `pcntl_exec("/bin/rm", [...])`), by language: after the program string come the arguments, not options.
ARGV_SPAWNS = {
    "node": frozenset({"execFile", "execFileSync", "spawn", "spawnSync"}),
    "ruby": frozenset({"system", "exec", "spawn"}),
    "perl": frozenset({"system", "exec"}),
    "php": frozenset({"pcntl_exec"}),
    "elixir": frozenset({"System"}),  # `System.cmd("rm", ["-rf", dir])`
}
for _alias, _lang in (("nodejs", "node"), ("bun", "node"), ("deno", "node"), ("mongosh", "node"), ("coffee", "node"), ("qjs", "node")):
    ARGV_SPAWNS[_alias] = ARGV_SPAWNS[_lang]
_SPAWN_NAME = lazyre.compile(r"(\w+)")
_NEXT_ARG = lazyre.compile(r"\s*(\})?\s*,?\s*")
#: Programs that run what is written to their input: a pipe opened to one of them is a shell fed by the code.
_FED = lazyre.compile(r"^\s*(?:/[\w/.-]*/)?(?:sh|bash|zsh|dash|ksh|ash|fish|python[\d.]*|perl|ruby|node|php)\s*$")
# Tcl (tclsh, wish, expect): `exec CMD ARGS`, `spawn CMD ARGS` and `system CMD` run a program with the words up to
# the end of the command (a newline, `;`, or the `]` of a substitution).
TCL_RUN_RE = lazyre.compile(r"(?:^|[;\n\[{])\s*(?:exec|spawn|system)\s+(?:-\w+\s+)*([^;\n\]}]+)")
TCLS = frozenset({"tclsh", "wish", "expect", "expectk", "jimsh"})
# RPM macros: `%(CMD)` expands to the output of a shell command (rpm --eval, spec files, --queryformat).
RPM_SHELL_RE = lazyre.compile(r"%\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
RPMS = frozenset({"rpm", "rpmquery", "rpmdb", "rpmverify", "rpmspec", "rpmbuild"})
BACKTICK_RE = lazyre.compile(r"(?<![\w$])`([^`]{2,})`")
# Perl and Ruby quote-like operators: q{} qq() qx[] %q{} %Q() %x<> and q!...! style delimiters.
_QLIKE = r"\s*(?:\{([^{}]*)\}|\(([^()]*)\)|\[([^\[\]]*)\]|<([^<>]*)>|([!|/#^~])(.*?)\5)"
QUOTE_LIKE_SPAWN_RE = lazyre.compile(
    r"(?:\b(?:system|exec|spawn|popen|capture[23]e?|popen[23]e?)\s*\(?\s*(?:%[qQ]?|\bqq?)|%x|\bqx)" + _QLIKE, re.S
)
#: A spawn given a word list (Perl `exec qw(rm -rf), $ENV{HOME}`, Ruby `system(*%w[rm -rf], Dir.home)`): the list's
#: words are the program and its first arguments, what follows the list the rest (red team s17).
WORDLIST_SPAWN_RE = lazyre.compile(r"(?s)\b(?:system|exec|spawn)\s*\(?\s*\*?(?:\bqw|%[wWiI])" + _QLIKE)
PIPE_OPEN_RE = lazyre.compile(r"""\bopen\s*\(?\s*(?:[\w$]+\s*,\s*|my\s+\$\w+\s*,\s*)?(?:['"](\|-|-\|)['"]\s*,\s*)?['"]\s*(\|)?\s*([^'"|]+?)\s*(\|)?\s*['"]""")
# A process spawn whatever its argument: more of these than literal commands found means some command is built
# at run time (`system($cmd)`, `exec(@ARGV)`).
#: Per language, a call that runs a command whose text is not a literal (its first argument starts with something
#: other than a quote): the spawn calls of Node (in code that loads child_process or Bun's), Lua, awk, and Perl's,
#: Ruby's and PHP's spawns given the output of backticks.
DYNAMIC_BY_LANG: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(("node", "nodejs", "bun", "deno"), lazyre.compile(
        r"\b(?:execSync|execFileSync|spawnSync|exec|execFile|spawn|\$)\s*\(\s*(?![\s\"'`)\[])")),
    **dict.fromkeys(("lua", "luajit"), lazyre.compile(r"\b(?:os\.execute|io\.popen)\s*\(?\s*(?![\s\"'\[)])")),
    **dict.fromkeys(("awk", "gawk", "mawk", "nawk", "busybox-awk"), lazyre.compile(r"\bsystem\s*\(\s*(?![\s\")])")),
    **dict.fromkeys(("ruby", "php"), lazyre.compile(r"(?<![\w.$>])(?:system|exec|spawn|passthru|shell_exec)\s*\(?\s*`")),
    "perl": lazyre.compile(r"(?<![\w.$>])(?:system|exec)\s*\(?\s*[`$]"),
}  # fmt: skip
_CHILD_PROCESS = lazyre.compile(r"child_process|Bun\.spawn|Deno\.Command|\bexeca\b|\bzx\b")
DYNAMIC_SPAWN_RE = lazyre.compile(r"(?<![\w.$>])(?:system|exec|spawn|IO\.popen|popen|qx|shell_exec|passthru|proc_open|%x)\s*[({\[<]")
# Calls whose first argument is a path (read through `codefold`: literals, home references, joins, concatenation).
DELETE_RE = lazyre.compile(r"\b(?:rmSync|rmdirSync|unlinkSync|rm_rf!?|rm_r|rmtree|remove_tree|unlink|rmdir|FileUtils\.rm\w*|File\.delete|fs\.rm|fs\.promises\.rm|Deno\.remove|os\.remove)(?![\w$])\s*\(?[ \t]*(?=\S)")
READ_RE = lazyre.compile(r"\b(?:readFileSync|readFile|File\.read!?|IO\.read|file_get_contents|File\.open|Deno\.readTextFile|io\.open)(?![\w$])\s*\(?[ \t]*(?=\S)")
WRITE_RE = lazyre.compile(r"\b(?:writeFileSync|writeFile|appendFileSync|File\.write!?|IO\.write|file_put_contents|Deno\.writeTextFile|createWriteStream|copyFileSync|FileUtils\.cp\w*|symlinkSync)(?![\w$])\s*\(?[ \t]*(?=\S)")
#: A delete function passed as a value to a mapping call, its targets the next argument (red team s14):
#: PHP `array_map("unlink", glob(...))`, `call_user_func("unlink", $p)`, JS/Ruby-style `map(fs.unlinkSync, xs)`.
CALLBACK_DELETE_RE = lazyre.compile(r"\b(?:array_map|call_user_func(?:_array)?|map|forEach|each)\s*\(\s*['\"]?(?:unlink|rmdir|"
                                    r"fs\.(?:unlinkSync|rmSync|rmdirSync)|File\.delete|FileUtils\.rm\w*)['\"]?\s*,\s*")
#: The same with the targets first: PHP `array_walk($files, "unlink")`.
WALK_DELETE_RE = lazyre.compile(r"\barray_walk\s*\(\s*")
_WALKED_DELETE = lazyre.compile(r"\s*,\s*['\"](?:unlink|rmdir)['\"]")
PERL_OPEN_RE = lazyre.compile(r"\bopen\s*\(?\s*(?:my\s+)?[$\w]+\s*,\s*")
PERL_MODE = lazyre.compile(r"^(\+?[<>]{1,2})\s*")
# An eval-like call with a decoder anywhere after it. Two linear searches: one regex `eval\(.*base64` backtracks
# over the rest of the code at every call (5,000 `system(` calls in 75 KB of Perl took 6 s).
EVAL_CALL_RE = lazyre.compile(r"\b(eval|Function|exec|system|instance_eval|assert)(?:\s*\(|\s+(?=[\w$\[]))")
DECODER_RE = lazyre.compile(r"[Bb]ase64|atob|Buffer\.from|decode_base64|decode64|unpack1?\(\s*['\"]m|base64_decode|gzinflate|str_rot13|hex2bin|FromBase64String|"
                            r"\bpack\s*\(\s*['\"][HhBbu]|\bunpack1?\s*\(|\bchr\s*\(\s*0?x?[\da-fA-F]+\s*\)\s*\.|"
                            # numbers made into text (red team s14: `eval [114,109].pack("c*")`, `map(&:chr)`, `map {chr}`)
                            r"\]\s*\.pack\s*\(|&:chr\b|\bmap\s*\{\s*chr\b|\bfromCharCode\b")
#: Perl's deletes with their path arguments: quoted strings or quote-like `q{}`/`q()`/`q[]`/`q!!` literals.
PERL_DELETE_RE = lazyre.compile(r"\b(?:unlink|rmtree|remove_tree)\s*\(?\s*((?:\s*(?:['\"][^'\"]+['\"]|qq?\s*(?:\{[^{}]*\}|\([^()]*\)|\[[^\[\]]*\]|!.*?!))\s*,?)+)")
_PERL_LITERAL = lazyre.compile(r"['\"]([^'\"]+)['\"]|qq?\s*(?:\{([^{}]*)\}|\(([^()]*)\)|\[([^\[\]]*)\]|!(.*?)!)")


#: Deletes spelt in a language's own words, where the generic `DELETE_RE` names would be too loose (`rm(` is Julia's
#: delete, a shell word elsewhere): Julia `rm(path; recursive=true)`, CMake
#: `file(REMOVE_RECURSE path)` (`cmake -P`), R `unlink(path, recursive = TRUE)` / `file.remove`, Deno
#: `Deno.removeSync`, Lua `os.remove`. (Tcl's file commands have their own reader: `shell.tclfiles`.)
LANG_DELETES: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(("julia",), lazyre.compile(r"(?<![\w.])rm\(\s*")),
    **dict.fromkeys(("cmake",), lazyre.compile(r"(?i)\bfile\(\s*REMOVE(?:_RECURSE)?\s+")),
    **dict.fromkeys(("rscript", "r"), lazyre.compile(r"\b(?:unlink|file\.remove)\(\s*")),
    **dict.fromkeys(("deno",), lazyre.compile(r"\bDeno\.remove(?:Sync)?\(\s*")),
}
#: R's vector of paths (`c("cache", "data")`): each literal is one path deleted.
_R_VECTOR = lazyre.compile(r"^\s*c\(((?:\s*(?:\"[^\"]*\"|'[^']*')\s*,?)+)\)\s*$")
_R_ITEM = lazyre.compile(r"\"[^\"]*\"|'[^']*'")
#: Interpreters whose inline code is read with the deletes of `shell.code_vocab` (written files of these languages
#: already are, by `files.code`).
VOCAB_LANG = frozenset({"groovy", "scala", "kotlin", "kotlinc", "jshell", "clojure", "clj", "bb", "jbang", "csi",
                        "dotnet-script", "dotnet", "swift", "elixir", "iex", "php"})
TCL_LIKE = frozenset({"tclsh", "wish", "expect", "expectk"})
TCL_EXEC_RE = lazyre.compile(r"(?:^|[;\[{\n])\s*(?:exec|spawn)\s+(?:-\w+\s+)*([^;\]}\n]+)")
LISPS = frozenset({"emacs", "emacsclient"})
LISP_SHELL_RE = lazyre.compile(r'\((?:async-)?shell-command(?:-to-string)?\s+"((?:[^"\\]|\\.)*)"')
#: `(call-process "rm" nil nil nil "-rf" "~")`, `(start-process "n" nil "rm" "-rf" "~")`: the strings are argv (a
#: buffer name first for start-process, which is only a label and stays as a harmless first word of no program).
LISP_PROCESS_RE = lazyre.compile(r'\((?:call-process|process-file|start-process|make-process)\s+((?:"(?:[^"\\]|\\.)*"|\s|nil|t\b)+)')
LISP_FILE_RE = lazyre.compile(r'\((write-file|delete-file|delete-directory|(?:copy|rename|make-symbolic-link|add-name-to)-file\s+"[^"]*"|'
                              r'(?:write-region|append-to-file)\s+[^()"]*)\s+"((?:[^"\\]|\\.)*)"')
LISP_DYNAMIC_RE = lazyre.compile(r"\((?:(?:async-)?shell-command|call-process|process-file|start-process|make-process)\b")


# An interpolation inside the command string (Ruby `#{...}`, which the shell would read as a comment) and a
# concatenation right after it (`"rm -rf " . $ENV{HOME}`, `'rm -rf ' + home`) make part of the command known only at
# run time: it is kept as an unknown word, so `rm -rf <unknown>` is judged as such instead of as `rm -rf`.
_INTERPOLATION_RE = lazyre.compile(r"#\{[^{}]*\}")
_CONCAT_AFTER_RE = lazyre.compile(r"\s*(?:\.(?!\d)|\+|<<)\s*[\w$@(\[{'\"]")
DYNAMIC_WORD = "$__automode_runtime_value"


def _spawned(text: str, code: str, end: int) -> str:
    text = _INTERPOLATION_RE.sub(DYNAMIC_WORD, text)
    if _CONCAT_AFTER_RE.match(code, end):
        text = f"{text} {DYNAMIC_WORD}" if text.endswith((" ", "\t")) else f"{text}{DYNAMIC_WORD}"
    return text


def _scan_other(name: str, code: str, cmd: Command, lw: Lowerer, sends_as: str | None = None) -> None:
    """`sends_as`: the language whose network clients the sends are read by (a file's own, when `name` is the
    interpreter whose spawns it shares)."""
    if not lw.budget.take(len(code), f"{name} program") or not lw.budget.step():
        lw.spent()
        return
    label = (*cmd.via, f"{name} code")
    nest = len(label) + 1
    found = 0
    if remote_eval(code):  # `eval(URI.open(URL).read)`, `include(download(URL))`: code from the network runs here
        lw.out.effects.append(Effect("exec", f"{name} evaluates code it downloads", detail=cmd.text[:200], origin="remote", via=label))
    argv_names = ARGV_SPAWNS.get(name, frozenset())
    for m in SPAWN_RE.finditer(code):
        text = next(g for g in m.groups() if g is not None)
        head = _SPAWN_NAME.match(m.group(0))
        argv_rest = _argv_after(code, m.end()) if head is not None and head.group(1) in argv_names else None
        if argv_rest is not None:
            import shlex

            words = [shlex.quote(_unescape(text)), *(shlex.quote(a) if a is not None else DYNAMIC_WORD for a in argv_rest)]
            lw.source(" ".join(words), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
        else:
            lw.source(_spawned(_unescape(text), code, m.end()), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
        found += 1
    if lang_spawns.language(name) is not None:  # raku `shell`, qjs `os.exec([...])`, Wolfram `Run[...]`, ...
        for text in lang_spawns.lines(name, code):
            lw.source(text, via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
            found += 1
    if name in TCLS:
        for m in TCL_RUN_RE.finditer(code):
            lw.source(_unescape(m.group(1)).strip().strip('"'), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
            found += 1
        _tcl_files(code, cmd, lw, label)
    if name in RPMS:
        for m in RPM_SHELL_RE.finditer(code):
            lw.source(m.group(1), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
            found += 1
    if name in ("perl", "ruby", "php", "julia"):  # backticks run a command (Julia: a command literal for run())
        for m in BACKTICK_RE.finditer(code):
            lw.source(m.group(1), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
    if name in ("perl", "ruby", "php"):
        for m in QUOTE_LIKE_SPAWN_RE.finditer(code):  # system(q{...}), %x{...}, qx(...), IO.popen(%q{...})
            text = next(g for g in (m.group(1), m.group(2), m.group(3), m.group(4), m.group(6)) if g is not None)
            lw.source(_unescape(text), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
            found += 1
        for m in WORDLIST_SPAWN_RE.finditer(code):  # exec qw(rm -rf), $ENV{HOME}
            import shlex

            text = next(g for g in (m.group(1), m.group(2), m.group(3), m.group(4), m.group(6)) if g is not None)
            after = _argv_after(code, m.end()) or []
            words = [DYNAMIC_WORD if ("$" in w or "#{" in w) else shlex.quote(w) for w in text.split()[:64]]
            words += [shlex.quote(a) if a is not None else DYNAMIC_WORD for a in after]
            if words:
                lw.source(" ".join(words), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
                found += 1
        for m in PIPE_OPEN_RE.finditer(code):  # open(F, "|cmd"), open(F, "cmd|"), open(my $f, "-|", "cmd")
            if m.group(1) or m.group(2) or m.group(4):
                lw.source(_unescape(m.group(3)), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
                found += 1
                if (m.group(2) or m.group(1) == "|-") and _FED.match(m.group(3)):
                    # `open(F, "|sh"); print F "rm -rf ~"`: what the code prints, the shell runs
                    lw.out.effects.append(Effect("exec", f"the {name} code writes commands into {m.group(3).strip()}",
                                                 detail=cmd.text[:200], origin="stdin", via=label))  # fmt: skip
        if len(DYNAMIC_SPAWN_RE.findall(code)) > found:
            lw.out.problem(f"the {name} code runs a command that is only known at run time")
            lw.out.effects.append(Effect("exec", f"{name} runs a command built at run time", detail=cmd.text[:200],
                                         origin="dynamic", via=label))  # fmt: skip
    from automode.shell import code_spawns, staged

    code_spawns.scan(code, cmd, lw, label)  # `(run-program "/bin/rm" (list "-rf" …))`, `Bun.spawnSync(["rm", …])`
    for text in staged.loaded_written(lw, code, cmd.cwd or lw.cwd):  # `source("x.R")` of a file written earlier
        if text != code:
            _scan_other(name, text, cmd, lw, sends_as)
    dyn = DYNAMIC_BY_LANG.get(name)
    if dyn is not None and (name not in ("node", "nodejs", "bun", "deno") or _CHILD_PROCESS.search(code)) and dyn.search(code):
        # `execSync(readFileSync(f))`, `os.execute(io.open(f):read())`, awk's `system($0)`, perl's system(`cat f`):
        # the command is what a file, a variable or another command holds when it runs
        lw.out.problem(f"the {name} code runs a command that is only known at run time")
        lw.out.effects.append(Effect("exec", f"{name} runs a command built at run time", detail=cmd.text[:200],
                                     origin="dynamic", via=label))  # fmt: skip
    if name in AWKS:
        # `print … | "sh"`, `system("sh")`, `print … | "CMD"`, and `"CMD" | getline` (the command's output is read)
        for m in re.finditer(r"\"([^\"]+)\"\s*\|&?\s*getline|\|\s*\"(sh|bash)\"|\"(sh|bash)\"\s*\)|\|&?\s*\"([^\"]+)\"", code):
            cmdtext = m.group(1) or m.group(4)
            if cmdtext:
                lw.source(cmdtext, via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
            else:
                lw.out.effects.append(Effect("exec", "awk pipes text into a shell", detail=cmd.text[:200], origin="stdin", via=label))
    if name in TCL_LIKE:  # Tcl's `exec rm -rf ~`, expect's `spawn rm -rf ~`: the rest of the statement is a command
        for m in TCL_EXEC_RE.finditer(code):
            lw.source(m.group(1), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
    if name in LISPS:  # Emacs Lisp: `(shell-command "rm -rf ~")`; `call-process` and friends take argv pieces
        for m in LISP_SHELL_RE.finditer(code):
            lw.source(_unescape(m.group(1)), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
        for m in LISP_PROCESS_RE.finditer(code):
            words = [_unescape(w) for w in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))]
            if words:
                import shlex

                lw.source(shlex.join(words), via=label, privileged=cmd.privileged, nesting=nest, cwd=cmd.cwd)
        if LISP_DYNAMIC_RE.search(code) and not (LISP_SHELL_RE.search(code) or LISP_PROCESS_RE.search(code)):
            lw.out.problem(f"the {name} code runs a command that is only known at run time")
        for m in LISP_FILE_RE.finditer(code):  # (write-file "X"), (copy-file A "X"), (delete-file "X")
            kind = "delete" if m.group(1).startswith("delete") else "write"
            _path_effect(kind, f'"{m.group(2)}"', cmd, lw, label)
    for regex, kind in ((DELETE_RE, "delete"), (READ_RE, "read"), (WRITE_RE, "write"), (CALLBACK_DELETE_RE, "delete")):
        for m in regex.finditer(code):
            _path_effect(kind, codefold.argument(code, m.end()), cmd, lw, label)
    for m in WALK_DELETE_RE.finditer(code):
        first = codefold.argument(code, m.end())
        if _WALKED_DELETE.match(code, m.end() + len(first)):
            _path_effect("delete", first, cmd, lw, label)
    from automode.shell.code_opens import write_targets

    for expr in write_targets(code):  # `File.open(p, "w+")`, `io.open(p, "wb")`, awk `print > "p"`, `FileWriter(p)`
        _path_effect("write", expr, cmd, lw, label)
    own = LANG_DELETES.get(name.lower())
    if own is not None:  # a language's own delete spelling (`rm(p; recursive=true)`, `file delete -force p`)
        for m in own.finditer(code):
            arg = codefold.argument(code, m.end())
            listed = _R_VECTOR.match(arg) if name.lower() in ("rscript", "r") else None
            for one in _R_ITEM.findall(listed.group(1)) if listed else [arg]:  # R `unlink(c("cache", "data"), …)`
                _path_effect("delete", one, cmd, lw, label)
    if name.lower() in VOCAB_LANG:  # JVM, .NET, Swift, Elixir, Clojure one-liners: the deletes of `code_vocab` (red team s14)
        from automode.shell import code_vocab

        for m in code_vocab.DELETE_CALL_RE.finditer(code):
            _path_effect("delete", codefold.argument(code, m.end()), cmd, lw, label)
        for m in code_vocab.RECEIVER_DELETE.finditer(code):
            _path_effect("delete", m.group(1), cmd, lw, label)
    if name == "perl":
        cwd = cmd.cwd or lw.cwd
        for m in PERL_DELETE_RE.finditer(code):
            for lit in _PERL_LITERAL.finditer(m.group(1)):
                p = next(g for g in lit.groups() if g is not None)
                info = classify(p, cwd, lw.home, lw.cwd)
                lw.out.effects.append(Effect("delete", info.path, info.cls, detail=cmd.text[:200], via=label, recursive=True))
        for m in PERL_OPEN_RE.finditer(code):
            first = codefold.argument(code, m.end())
            mode = codefold.fold(first) if first[:1] in "'\"" else None
            if mode is not None and mode.strip() in ("<", ">", ">>", "+<", "+>", "+>>"):  # 3-argument open
                rest = code[m.end() + len(first) :].lstrip()
                _path_effect("write" if ">" in mode else "read", codefold.argument(code, len(code) - len(rest) + 1) if rest.startswith(",") else "", cmd, lw, label)
            else:  # 2-argument open: the mode is the start of the string
                _path_effect("perl-open", first, cmd, lw, label)
    codeflow.scanned_sends(sends_as or name, code, cmd, lw, label)  # the language's network sinks, and what they carry
    first_eval = EVAL_CALL_RE.search(code)
    if first_eval is not None and DECODER_RE.search(code, first_eval.end()):
        lw.out.effects.append(Effect("exec", f"{name} evaluates decoded data", detail=cmd.text[:200], origin="decoded", via=label))


def _tcl_files(code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """Tcl's `open NAME w`, `file delete|copy|rename|link|attributes` (`shell.tclfiles`) as file effects."""
    from automode.shell.tclfiles import file_ops

    for kind, path, pieces in file_ops(code):
        if path is None:
            frag = controls.control_fragment(pieces) if kind in ("write", "delete") else None
            if frag is not None:
                lw.out.problem(f"the {cmd.name} code changes a path assembled at run time from pieces of {frag}")
            if not pieces or "[" in pieces[-1]:
                continue
            # `$d/settings.json`: a path known only at run time, judged by what it ends in (AM-AGENT-005)
            info = classify(pieces[-1], cmd.cwd or lw.cwd, lw.home, lw.cwd)
            lw.out.effects.append(Effect(kind, info.path, "dynamic", detail=cmd.text[:200], via=label,  # type: ignore[arg-type]
                                         recursive=kind == "delete"))
            continue
        info = classify(path, cmd.cwd or lw.cwd, lw.home, lw.cwd)
        lw.out.effects.append(Effect(kind, info.path, info.cls, detail=cmd.text[:200], via=label,  # type: ignore[arg-type]
                                     recursive=kind == "delete"))


def _argv_after(code: str, end: int) -> list[str | None] | None:
    """The arguments that follow a spawn's program string, folded (None for one known only at run time), or None
    when nothing follows (the string is the whole command). An array literal's elements are arguments; Perl's
    `exec {"rm"} "rm", ...` repeats argv[0], which is dropped; an options object or a callback ends the list."""
    m = _NEXT_ARG.match(code, end)
    if m is None:
        return None
    indirect = m.group(1) is not None
    if not indirect and "," not in code[end : m.end()]:
        return None
    out: list[str | None] = []
    pos = m.end()
    for _ in range(32):
        arg = codefold.argument(code, pos)
        if not arg or arg[0] in "{(" or "=>" in arg or arg.startswith("function"):
            break
        if arg[0] == "[" and arg.endswith("]"):
            inner, p = arg[1:-1], 0
            while p < len(inner) and len(out) < 64:
                item = codefold.argument(inner, p)
                if not item:
                    break
                out.append(codefold.fold(item))
                p = inner.find(item, p) + len(item)
                p += len(inner[p:]) - len(inner[p:].lstrip(" \t\n,"))
        else:
            out.append(codefold.fold(arg))
        pos = code.find(arg, pos) + len(arg)
        nxt = code[pos : pos + 64].lstrip()
        if not nxt.startswith(","):
            break
        pos = code.index(",", pos) + 1
    if indirect and out:
        out = out[1:]
    return out if out or not indirect else None


def _path_effect(kind: str, expr: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    """A path argument folded (`os.homedir() + '/.cla' + 'ude'`); when it cannot be, a write or delete whose literal
    pieces spell part of an agent's control location asks (the rest stays unjudged, as before)."""
    if not expr:
        return
    pieces: list[str] = []
    value = codefold.fold(expr, pieces)
    if kind == "perl-open":
        if value is None:
            kind = "write" if ">" in "".join(pieces[:1])[:3] else "read"
        elif value.startswith("|") or value.rstrip().endswith("|"):
            return  # a pipe open is a process (read above)
        else:
            m = PERL_MODE.match(value)
            kind = "write" if m is not None and ">" in m.group(1) else "read"
            value = value[m.end() :] if m is not None else value
    if value is None:
        frag = controls.control_fragment(pieces) if kind in ("write", "delete") else None
        if frag is not None:
            lw.out.problem(f"the {cmd.name} code {'writes' if kind == 'write' else 'deletes'} a path assembled at run time "
                           f"from pieces of {frag}")  # fmt: skip
        return
    cwd = cmd.cwd or lw.cwd
    info = classify(_unescape(value.strip()), cwd, lw.home, lw.cwd)
    lw.out.effects.append(Effect(kind, info.path, info.cls, detail=cmd.text[:200], via=label, recursive=kind == "delete"))  # type: ignore[arg-type]


#: PowerShell that reads a file for what it sends or prints: Get-Content and its aliases, the request options that send
#: a file (`-InFile`, Send-MailMessage `-Attachments`, Start-BitsTransfer `-Source` of an upload), .NET file reads and
#: `WebClient.UploadFile(url, path)`.
_PS_READ = lazyre.compile(r"""(?i)(?:\b(?:Get-Content|gc|Import-Csv|Import-Clixml)\s+(?:-(?:Path|LiteralPath|Raw|Encoding\s+\w+)\s+)*|"""
                          r"""-(?:InFile|Attachments?)\s+|-Source\s+(?!['"]?\w+://)|ReadAll(?:Text|Bytes|Lines)\(\s*|UploadFile\(\s*['"][^'"]*['"]\s*,\s*)"""
                          r"""['"]?([^\s'"()\];,|]+)""")  # fmt: skip


def _scan_powershell(code: str, cmd: Command, lw: Lowerer) -> None:
    label = (*cmd.via, f"{cmd.name} code")
    # its statements lowered like PowerShell sent as is (cmdlets, cmd programs, `\\\\host\\share` copies)
    lw.lenient(as_bash(code[:20_000]), via=label, privileged=cmd.privileged, remote=cmd.remote, nesting=len(label) + 1,
               cwd=cmd.cwd)  # fmt: skip
    for m in re.finditer(r"Remove-Item\s+(?:-\w+\s+)*['\"]?([^\s'\";|-][^\s'\";|]*)", code, re.I):
        info = classify(m.group(1), cmd.cwd or lw.cwd, lw.home, lw.cwd)
        lw.out.effects.append(Effect("delete", info.path, info.cls, detail=cmd.text[:200], via=label, recursive="-Recurse" in code))
    for m in _PS_READ.finditer(code):
        info = classify(posix_path(m.group(1), lw.home), cmd.cwd or lw.cwd, lw.home, lw.cwd)
        lw.out.effects.append(Effect("read", info.path, info.cls, detail=cmd.text[:200], via=label))
    _powershell_later(code, cmd, lw, label)
    if re.search(r"\b(iex|Invoke-Expression)\b", code, re.I):
        origin = "remote" if re.search(r"DownloadString|DownloadData|DownloadFile|Net\.WebClient|Invoke-WebRequest|"
                                       r"Invoke-RestMethod|\biwr\b|\birm\b|curl|wget|Start-BitsTransfer|https?://",
                                       code, re.I) else "dynamic"
        lw.out.effects.append(Effect("exec", "PowerShell Invoke-Expression", detail=cmd.text[:200], origin=origin, via=label))
    _scan_other(cmd.name, code, cmd, lw)


#: PowerShell that makes something run later (about_Profiles; the ScheduledTasks, Microsoft.PowerShell.Management and
#: CimCmdlets modules): a line added to $PROFILE runs in every new PowerShell; a scheduled task, a service, a Run value
#: or a permanent WMI subscription at logon, boot or on an event. Each cmdlet is lowered as the command-line tool that
#: does the same (`schtasks /create`, `reg add`, `sc.exe create`/`config`, `wmic`), so one table
#: (`knowledge.later_commands`) judges both spellings and what the job runs is judged like a command.
_PS_PROFILE = lazyre.compile(r"(?i)\b(Add-Content|Set-Content|Out-File|Tee-Object|New-Item|ni|ac|sc)\b[^;|\n]*?\$PROFILE\b(?:\.\w+)?|(>>?)\s*\$PROFILE\b")
_PS_VALUE = lazyre.compile(r"""(?i)-Value\s+(?:"((?:[^"`]|`.)*)"|'([^']*)')""")
_PS_TASK = lazyre.compile(r"(?i)\b(?:Register-ScheduledTask|Register-ScheduledJob|Set-ScheduledTask)\b")
_PS_TRIGGER = lazyre.compile(r"(?i)New-ScheduledTaskTrigger\b[^;\n]*?-(AtLogOn|AtStartup|Daily|Weekly|Once)\b")
_PS_SERVICE = lazyre.compile(r"(?i)\bNew-Service\b|\bSet-Service\b(?=[^;\n]*-StartupType\s+['\"]?Automatic)")
_PS_REGISTRY = lazyre.compile(r"(?i)\b(?:New-ItemProperty|Set-ItemProperty|New-Item|Set-Item)\b[^;\n]*")
_PS_WMI = lazyre.compile(r"(?i)\b(?:Set-WmiInstance|New-CimInstance|Register-WmiEvent|Register-CimIndicationEvent)\b[^;\n]*"
                         r"(?:__EventFilter|EventConsumer|__FilterToConsumerBinding|root[\\/]+subscription)")
_PS_STARTUP = lazyre.compile(r"(?i)\b(?:Copy-Item|Move-Item|New-Item|Set-Content|Out-File|cp|copy|move|mv)\b[^;\n]*?"
                             r"(?:Start Menu[\\/]+Programs[\\/]+Startup|shell:startup)(?:[\\/]+([^\\/'\";\s]+))?")


def _ps_opt(text: str, name: str) -> str | None:
    """The value of the PowerShell parameter `-name` in `text` (quoted or bare), or None."""
    m = re.search(r"(?i)-" + name + r"\s+(?:'([^']*)'|\"((?:[^\"`]|`.)*)\"|([^\s;()]+))", text)
    return None if m is None else next(g for g in m.groups() if g is not None)


def _ps_words(text: str) -> list[str]:
    """PowerShell words of one statement, quotes removed (bounded)."""
    return [next(g for g in m.groups() if g is not None) for m in re.finditer(r"'([^']*)'|\"((?:[^\"`]|`.)*)\"|([^\s;]+)", text[:400])]


def _powershell_later(code: str, cmd: Command, lw: Lowerer, label: tuple[str, ...]) -> None:
    import shlex

    m = _PS_PROFILE.search(code)
    if m is not None:
        v = _PS_VALUE.search(code[m.start():])
        text = (v.group(1) or v.group(2) or "") if v is not None else None
        info = classify(f"{lw.home.rstrip('/')}/Documents/PowerShell/Microsoft.PowerShell_profile.ps1", lw.cwd, lw.home, lw.cwd)
        # (`New-Item $PROFILE` makes the file when it is missing: its text comes from what writes it next)
        append = (m.group(1) or "").lower() in ("add-content", "ac", "new-item", "ni") or m.group(2) == ">>"
        lw.out.effects.append(Effect("write", info.path, info.cls, detail=cmd.text[:200], via=label, append=append,
                                     content=text))
    lowered: list[list[str]] = []
    if _PS_TASK.search(code):
        job = " ".join(x for x in (_ps_opt(code, "Execute"), _ps_opt(code, "Argument")) if x)
        trigger = _PS_TRIGGER.search(code)  # New-ScheduledTaskTrigger -AtLogOn/-AtStartup/-Daily/-Weekly/-Once
        when = {"atlogon": "onlogon", "atstartup": "onstart", "daily": "daily", "weekly": "weekly", "once": "once"}.get(
            (trigger.group(1) if trigger else "").lower(), "")
        highest = re.search(r"(?i)-RunLevel\s+['\"]?Highest", code) is not None
        lowered.append(["schtasks", "/create", "/tn", _ps_opt(code, "TaskName") or _ps_opt(code, "Name") or "task",
                        *(["/tr", job] if job else []), *(["/sc", when] if when else []),
                        *(["/rl", "highest"] if highest else [])])
    if _PS_SERVICE.search(code):
        name = _ps_opt(code, "Name") or "service"
        binary = _ps_opt(code, "BinaryPathName")
        lowered.append(["sc.exe", "create", name, "binPath=", binary] if binary else ["sc.exe", "config", name, "start=", "auto"])
    for r in _PS_REGISTRY.finditer(code):
        # positional: -Path, then (Set-ItemProperty) -Name and -Value (`Set-ItemProperty HKCU:\Environment NAME VALUE`)
        pos = [w for w in _ps_words(r.group(0))[1:] if not w.startswith("-")] if "-" not in r.group(0)[r.group(0).find(" "):] else []
        path = _ps_opt(r.group(0), "Path") or _ps_opt(r.group(0), "LiteralPath") or (pos[0] if pos else "")
        key = re.sub(r"(?i)^(?:Registry::)?(HK\w+):?\\?", r"\1\\", path)
        value = _ps_opt(r.group(0), "Value") or (pos[2] if len(pos) > 2 else None)
        name = _ps_opt(r.group(0), "Name") or (pos[1] if len(pos) > 1 else "value")
        lowered.append(["reg", "add", key, "/v", name, *(["/d", value] if value else []), "/f"])
    if _PS_WMI.search(code):
        lowered.append(["wmic", "/namespace:\\\\root\\subscription", "path", "__EventFilter", "create"])
    for line in lowered:
        lw.source(shlex.join(line), via=label, privileged=cmd.privileged, nesting=len(label) + 1, cwd=cmd.cwd)
    for s in _PS_STARTUP.finditer(code):
        copied = re.findall(r"[^\\/'\"\s]+\.(?:lnk|exe|bat|cmd|vbs|js|ps1|url)\b", s.group(0))
        name = s.group(1) or (copied[0] if copied else "item")  # `Copy-Item x.lnk <Startup>\`: the copy keeps its name
        info = classify(f"{lw.home.rstrip('/')}/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/{name}",
                        lw.cwd, lw.home, lw.cwd)
        lw.out.effects.append(Effect("write", info.path, info.cls, detail=cmd.text[:200], via=label))


def _unescape(s: str) -> str:
    return s.replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\").replace("\\n", "\n")


# ------------------------------------------------------------ AppleScript, ed
#: Text AppleScript runs as shell: `do shell script`, and text typed into a terminal (Terminal's `do script`, iTerm's
#: `write text`, System Events' `keystroke`); in JavaScript for Automation the same calls (`doShellScript("…")`,
#: `doScript("…")`, `write({text: "…"})`, `keystroke("…")`).
AS_SHELL_RE = lazyre.compile(r'(?:do\s+(?:shell\s+)?script|write\s+text|keystroke)\s+"((?:[^"\\]|\\.)*)"([^\n]*)'
                             r'|(?:doShellScript|doScript|keystroke|write)\(\s*(?:\{\s*text\s*:\s*)?"((?:[^"\\]|\\.)*)"()', re.I)
AS_POSIX_RE = lazyre.compile(r'POSIX\s+file\s+"([^"]+)"', re.I)
# `(path to home folder as text) & "Library:Cookies:"`: an HFS path relative to a well-known folder.
AS_HFS_RE = lazyre.compile(r'path\s+to\s+(home\s+folder|library\s+folder|desktop\s+folder|documents\s+folder)([^&\n]*)&\s*"([^"]+)"', re.I)
AS_FOLDERS = {"home": "~", "library": "~/Library", "desktop": "~/Desktop", "documents": "~/Documents"}


def _scan_applescript(code: str, cmd: Command, lw: Lowerer) -> None:
    """`do shell script` runs shell; Finder `delete`/`duplicate` touch POSIX and HFS paths."""
    label = (*cmd.via, "osascript code")
    cwd = cmd.cwd or lw.cwd
    for m in AS_SHELL_RE.finditer(code):
        text, rest = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        lw.source(_unescape(text), via=label, privileged=cmd.privileged or "administrator privileges" in rest,
                  nesting=len(label) + 1, cwd=cmd.cwd)  # fmt: skip
    for line in code.splitlines():
        deleting = bool(re.search(r"\bdelete\b|move\b.*\btrash\b", line, re.I))
        paths = [m.group(1) for m in AS_POSIX_RE.finditer(line)]
        for m in AS_HFS_RE.finditer(line):
            base = AS_FOLDERS[m.group(1).split()[0].lower()]
            if m.group(1).lower().startswith("library") and "local domain" in m.group(2).lower():
                base = "/Library"
            paths.append(base + "/" + m.group(3).strip(":").replace(":", "/"))
        for p in paths:
            info = classify(p, cwd, lw.home, lw.cwd)
            lw.out.effects.append(Effect("delete" if deleting else "read", info.path, info.cls, detail=cmd.text[:200], via=label))


ED_FILE_RE = lazyre.compile(r"^\s*(?:\d+|\$|,)?\s*([eErwW]|wq)\s+(\S+)\s*$")


def _scan_ed(code: str, cmd: Command, lw: Lowerer) -> None:
    """An ed/ex script: `e FILE`/`r FILE` read, `w FILE` writes, `!cmd` runs a shell command."""
    label = (*cmd.via, f"{cmd.name} script")
    for line in code.replace("\\n", "\n").splitlines():
        if line.startswith("!"):
            lw.source(line[1:], via=label, privileged=cmd.privileged, nesting=len(label) + 1, cwd=cmd.cwd)
            continue
        m = ED_FILE_RE.match(line)
        if m:
            info = classify(m.group(2), cmd.cwd or lw.cwd, lw.home, lw.cwd)
            kind = "read" if m.group(1) in ("e", "E", "r") else "write"
            lw.out.effects.append(Effect(kind, info.path, info.cls, detail=cmd.text[:200], via=label))  # type: ignore[arg-type]


# ------------------------------------------------------------ code fetched and evaluated by inline code
#: Inline code that downloads code and evaluates it in one expression (the `curl | sh` of each language): an
#: evaluating call whose argument is a fetch (`eval(URI.open(URL).read)`, `include(download(URL))`,
#: `eval(file_get_contents(URL))`, `source('https://…')`, `load(io.popen('curl …'):read('*a'))()`), or a fetch whose
#: result is handed to one (`fetch(URL).then(r => r.text()).then(eval)`). Python's is read by its own reader.
#: Sources: the languages' references (Ruby Kernel#eval and open-uri, Perl eval and LWP::Simple, PHP eval/include
#: with allow_url_include, Node eval/vm/Function, Julia include/download, R source() of a URL, Lua load).
REMOTE_EVAL_CALLS = (r"eval|instance_eval|class_eval|module_eval|include|include_string|source|sys\.source|load|loadstring|"
                     r"dofile|Function|runInThisContext|runInNewContext|evaluate|assert|create_function")  # fmt: skip
#: Calls that load code only by a name or path: remote when given a URL (`require('https://…')`, PHP with
#: allow_url_include), a module's own API otherwise (`require('https').get(…)`).
REMOTE_LOAD_CALLS = r"require|require_once|include_once|import"
REMOTE_FETCH_CALLS = (r"URI\.open|open-uri|Net::HTTP\.get|HTTParty\.get|RestClient\.get|Faraday\.get|LWP::Simple::get|get|"
                      r"HTTP::Tiny->new->get|getstore|file_get_contents|curl_exec|fetch|axios\.get|https?\.get|got|request|"
                      r"download|HTTP\.get|Downloads\.download|url|readLines|io\.popen|http\.request|socket\.http|"
                      r"Invoke-WebRequest|DownloadString|urlopen|requests\.get")  # fmt: skip
_REMOTE_EVAL_RE = lazyre.compile(
    rf"\b(?:{REMOTE_EVAL_CALLS})\s*\(?\s*[^;\n]{{0,80}}?\b(?:{REMOTE_FETCH_CALLS})\s*\(|"
    rf"\b(?:{REMOTE_EVAL_CALLS}|{REMOTE_LOAD_CALLS})\s*\(?\s*[^;\n'\"]{{0,40}}?['\"]https?://|"
    rf"\b(?:{REMOTE_FETCH_CALLS})\s*\([^;\n]{{0,200}}?\.then\(\s*(?:eval|Function|new\s+Function)\b|"
    # a response read in a callback and evaluated there (`https.get(URL, r => { …; r.on('end', () => eval(d)) })`)
    rf"(?:\bhttps?\.(?:get|request)|['\"]https?['\"]\)\.(?:get|request)|\bfetch|\baxios\.get|\bgot|\brequest)\s*\(\s*['\"]https?://[^\n]{{0,400}}?\b(?:eval|new\s+Function|runInThisContext)\s*\("
)


def remote_eval(code: str) -> bool:
    """Whether inline code evaluates code it downloads in the same expression (`REMOTE_EVAL_CALLS`)."""
    return _REMOTE_EVAL_RE.search(code[:100_000]) is not None
