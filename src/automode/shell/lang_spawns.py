"""Process calls of interpreters whose inline code the common spawn scanner did not read (red team s21).

`shell.scanners.SPAWN_RE` knows the calls most languages share (`system("…")`, `exec`, `spawn`, `os.execute`, ...).
The languages here start processes through calls of their own, so their one-liners (`raku -e 'shell "rm -rf ~"'`,
`qjs -e 'os.exec(["rm","-rf",home])'`, `wolframscript -code 'Run["…"]'`, `janet -e '(os/shell "…")'`, `scilab -e
'unix("…")'`, `mongo --eval 'runProgram("rm", …)'`, `gjs -c 'GLib.spawn_command_line_sync("…")'`) were silent allows.
One table, by language: the calls that hand a string to the shell (`LINE`) and those that take a program and its
arguments (`ARGV`, a list of string items or a run of them). Sources: each language's reference (Raku `shell`/`run`/
`qqx`; QuickJS `os.exec`, `std.popen`; GJS `GLib.spawn_*`; Wolfram `Run`, `RunProcess`; Janet `os/shell`,
`os/execute`; Scilab `unix*`, `host`; the legacy mongo shell `runProgram`, `run`; Crystal `Process.run`; Hy, whose
calls are Python's in Lisp order).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre

_S = r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"""
#: language -> (the names of its interpreters, calls of a shell line, calls of an argv)
LANGS: dict[str, tuple[frozenset[str], str, str]] = {
    "raku": (frozenset({"raku", "perl6", "rakudo"}), r"\b(?:shell|qqx)\s*[({]?\s*", r"\b(?:run|Proc::Async\.new)\s*\(?\s*"),
    "quickjs": (frozenset({"qjs", "quickjs"}), r"\bstd\.(?:popen|system)\s*\(\s*", r"\bos\.exec\s*\(\s*\["),
    "gjs": (frozenset({"gjs"}), r"\bspawn_command_line_(?:a)?sync\s*\(\s*", r"\bspawn_(?:a)?sync\s*\([^\[]{0,40}\["),
    "wolfram": (frozenset({"wolframscript", "wolfram", "math"}), r"\bRun\s*\[\s*", r"\bRunProcess\s*\[\s*\{"),
    "janet": (frozenset({"janet"}), r"\(os/shell\s+", r"\(os/(?:execute|spawn)\s+\["),
    "scilab": (frozenset({"scilab", "scilab-cli", "scilab-adv-cli"}), r"\b(?:unix(?:_[gxsw])?|host)\s*\(\s*", r"(?!)"),
    "mongo": (frozenset({"mongo", "mongosh"}), r"(?!)", r"\b(?:runProgram|runNonMongoProgram|run)\s*\(\s*"),
    "crystal": (frozenset({"crystal"}), r"(?!)", r"\bProcess\.(?:run|new|exec)\s*\(\s*"),
    "hy": (frozenset({"hy", "hy3"}), r"\(\s*(?:os\.system|os\.popen|subprocess\.(?:run|call|check_call|check_output|Popen)|sh)\s+",
           r"\(\s*(?:os\.exec[lv]p?e?|subprocess\.(?:run|call|check_call|Popen))\s+\["),
    # (round 2) Nim's osproc, R's processx/sys, LaTeX's latexmk (its `$pdflatex = "CMD"` settings are command lines),
    # Ghostscript's pipe files (`(%pipe%CMD) (w) file`), roff's unsafe-mode requests (`.sy CMD`, `.pso CMD`)
    "nim": (frozenset({"nim"}), r"\b(?:execCmd|execShellCmd|execCmdEx|execProcess)\s*\(\s*", r"\bstartProcess\s*\(\s*"),
    "r": (frozenset({"rscript", "Rscript", "r", "R"}), r"(?!)",
          r"\b(?:processx::run|processx::process\$new|sys::exec_wait|sys::exec_background|sys::exec_internal|system2)\s*\(\s*"),
    "latexmk": (frozenset({"latexmk"}), r"\$(?:\w*latex|bibtex|biber|makeindex|dvipdf|dvips|ps2pdf|\w+_previewer|lpr\w*|"
                r"\w+_command|make|kpsewhich)\s*=\s*", r"(?!)"),
}  # fmt: skip
#: Languages whose commands are not string literals: (interpreters, a pattern whose group 1 is a command line)
RAW_LINES: dict[str, tuple[frozenset[str], str]] = {
    "ghostscript": (frozenset({"gs", "ghostscript", "gsx"}), r"\((?:%pipe%|\|)([^)]*)\)"),
    "roff": (frozenset({"groff", "troff", "nroff"}), r"(?m)^\.(?:sy|pso|pi)\s+(.+)$"),
    "m4": (frozenset({"m4", "gm4"}), r"\be?syscmd\(\s*`?([^)']*)'?\s*\)"),
    "cmake": (frozenset({"cmake"}), r"(?is)\bexecute_process\s*\(\s*COMMAND\s+(.*?)\s*(?:\bCOMMAND\b|\b[A-Z_]{4,}\b\s|\))"),
    "cmake-rm": (frozenset({"cmake"}), r"(?is)\bfile\s*\(\s*(REMOVE_RECURSE\s+[^)]*)\)"),
}
_RAW = {lang: (names, lazyre.compile(rx)) for lang, (names, rx) in RAW_LINES.items()}
_BY_NAME = {n: lang for lang, (names, _l, _a) in LANGS.items() for n in names}
_BY_NAME.update({n: "" for names, _rx in _RAW.values() for n in names if n not in _BY_NAME})
_BY_NAME["swift"] = ""  # (Foundation's Process: `_swift`)
_LINE = {lang: lazyre.compile(line + _S) for lang, (_n, line, _a) in LANGS.items()}
_ARGV = {lang: lazyre.compile(argv) for lang, (_n, _l, argv) in LANGS.items()}
#: One item of an argument run: a string, or an expression (kept as a word known only at run time).
_ITEM = re.compile(r"""\s*,?\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s,\])}"']+))""")
#: The user's home, spelled in these languages (`$*HOME`, `$HomeDirectory`, `(os/getenv "HOME")`, `home`).
_HOME = re.compile(r"^(?:\$\*HOME|\$HomeDirectory|Path\.home|home)$")
#: Home expressions of several tokens, replaced by a `"~"` string before the arguments are read.
_HOME_CALLS = re.compile(r"""\(os/getenv\s+"HOME"\)|std\.getenv\(\s*["']HOME["']\s*\)|ENV\[\s*["']HOME["']\s*\]|"""
                         r"""path\.expand\(\s*["']~["']\s*\)|Sys\.getenv\(\s*["']HOME["']\s*\)|getHomeDir\(\s*\)|"""
                         r"""NSHomeDirectory\(\s*\)|FileManager\.default\.homeDirectoryForCurrentUser(?:\.path)?|"""
                         r"""%\*ENV<HOME>|GLib\.get_home_dir\(\s*\)|getenv\(\s*["']HOME["']\s*\)""")
_BACKTICKS = re.compile(r"`([^`\n]+)`")
DYNAMIC = "$__automode_runtime_value"
MAX_LINES = 16


def language(name: str) -> str | None:
    return _BY_NAME.get(name)


def lines(name: str, code: str) -> Iterator[str]:
    """The command lines the code starts: shell strings as written, argv calls joined and quoted."""
    lang = _BY_NAME.get(name)
    if lang is None:
        return
    code = _HOME_CALLS.sub('"~"', code)
    for names, rx in _RAW.values():
        if name in names:
            for m in rx.finditer(code):
                text = m.group(1).replace("$ENV{HOME}", "~").replace('"~"', "~").strip()
                yield "rm -rf " + text.split(None, 1)[1] if text.upper().startswith("REMOVE_RECURSE") else text
    if name == "swift":
        yield from _swift(code)
    if not lang:
        return
    n = 0
    for m in _LINE[lang].finditer(code):
        text = m.group(1) if m.group(1) is not None else m.group(2)
        if text:
            yield text.replace('\\"', '"').replace("\\'", "'")
            n += 1
            if n >= MAX_LINES:
                return
    if lang == "crystal":  # a backtick command literal runs its text (as in Ruby)
        yield from (m.group(1) for m in _BACKTICKS.finditer(code))
    for m in _ARGV[lang].finditer(code):
        words = list(_items(code, m.end()))
        if words:
            yield " ".join(words)
            n += 1
            if n >= MAX_LINES:
                return


_SWIFT_PROG = re.compile(r'(?:executableURL\s*=\s*URL\(\s*fileURLWithPath:\s*|launchPath\s*[=:]\s*|'
                         r'Process\.run\(\s*URL\(\s*fileURLWithPath:\s*)"([^"]+)"')
_SWIFT_ARGS = re.compile(r"arguments\s*[=:]\s*\[")


def _swift(code: str) -> Iterator[str]:
    """Foundation's `Process`/`NSTask`: the executable and the `arguments` array, set as properties or given."""
    prog = _SWIFT_PROG.search(code)
    if prog is None:
        return
    args = _SWIFT_ARGS.search(code)
    words = list(_items(code, args.end())) if args is not None else []
    import shlex

    yield " ".join([shlex.quote(prog.group(1)), *words])


#: Words that open a list or name an argument, read through (`c(…)` in R, `args = […]`, `arguments:`)
_THROUGH = frozenset({"", "c", "list", "args", "arguments", "vec", "Array", "new", "command", "cmd"})


def _items(code: str, pos: int) -> Iterator[str]:
    import shlex

    for _ in range(32):
        m = _ITEM.match(code, pos)
        if m is None or m.end() == pos:
            return
        pos = m.end()
        if m.group(3) is not None:
            expr = m.group(3)
            if expr.startswith(("<", ":")) or expr in ("null", "nil", "undefined"):
                return  # (Raku word lists and Janet keywords end the run of arguments we read)
            if expr.rstrip("([=:").strip() in _THROUGH:
                continue
            if "=" in expr and expr.split("=", 1)[0].isidentifier() and expr.split("=", 1)[1] in ("", "c(", "[", "list("):
                continue  # `args=c(` / `args=[`
            yield "~" if _HOME.match(expr) else DYNAMIC
            continue
        text = m.group(1) if m.group(1) is not None else m.group(2)
        yield "~" if text == "~" else shlex.quote(text)


#: (interpreter, code, the command lines it starts)
FIXTURES: tuple[tuple[str, str, list[str]], ...] = (
    ("raku", 'shell "rm -rf ~"', ["rm -rf ~"]),
    ("raku", 'run "rm", "-rf", $*HOME', ["rm -rf ~"]),
    ("qjs", 'import * as os from "os"; os.exec(["rm","-rf","/home/dev"])', ["rm -rf /home/dev"]),
    ("gjs", 'imports.gi.GLib.spawn_command_line_sync("rm -rf /home/dev")', ["rm -rf /home/dev"]),
    ("wolframscript", 'Run["rm -rf ~"]', ["rm -rf ~"]),
    ("janet", '(os/shell "rm -rf ~")', ["rm -rf ~"]),
    ("janet", '(os/execute ["rm" "-rf" (os/getenv "HOME")] :p)', ["rm -rf ~"]),
    ("scilab", 'unix_g("rm -rf ~")', ["rm -rf ~"]),
    ("mongo", 'runProgram("rm","-rf","/home/dev")', ["rm -rf /home/dev"]),
    ("crystal", 'puts `rm -rf ~`', ["rm -rf ~"]),
    ("hy", '(import os) (os.system "rm -rf ~")', ["rm -rf ~"]),
    ("raku", 'say 1 + 1', []),
    ("qjs", 'console.log(os.platform)', []),
    ("mongosh", 'db.users.find().limit(3)', []),
    ("nim", 'import osproc; discard execCmd("rm -rf ~")', ["rm -rf ~"]),
    ("Rscript", 'processx::run("rm", c("-rf", path.expand("~")))', ["rm -rf ~"]),
    ("swift", 'let p = Process(); p.executableURL = URL(fileURLWithPath: "/bin/rm"); p.arguments = ["-rf", NSHomeDirectory()]',
     ["/bin/rm -rf ~"]),
    ("cmake", 'execute_process(COMMAND rm -rf $ENV{HOME})', ["rm -rf ~"]),
    ("cmake", 'file(REMOVE_RECURSE $ENV{HOME})', ["rm -rf ~"]),
    ("groff", '.sy rm -rf ~\n', ["rm -rf ~"]),
    ("m4", 'syscmd(rm -rf ~)', ["rm -rf ~"]),
    ("gs", '(%pipe%rm -rf ~) (w) file', ["rm -rf ~"]),
    ("latexmk", '$pdflatex = "sh -c \\"rm -rf ~\\" #"', ['sh -c "rm -rf ~" #']),
    ("Rscript", 'summary(cars)', []),
    ("cmake", 'message(STATUS "hi")', []),
)
