"""Files a program's inline code opens for writing, in any language (GTFOBins "file-write").

The write calls of `shell.scanners.WRITE_RE` name a file and write it in one call; most languages instead open a
handle with a mode and write through it: `open(p, "w")` (Python, Julia, Ruby, Perl's 3-argument form is read apart),
`File.open(p, "w+")`, `File.new(p, "a")`, Lua `io.open(p, "wb")` and `io.output(p)`, C-like `fopen(p, "w")` (PHP,
Octave, MATLAB), Java's `FileWriter`/`FileOutputStream`/`PrintWriter` (jrunscript, jshell, groovy, BeanShell),
awk's `print … > "p"`, GNU make's `$(file >p,…)`, TeX's `\\openout`. Before this reader `ruby -e 'File.open("~/.bashrc",
"w+")…'` and `awk 'BEGIN{print "x" > "/home/u/.bashrc"}'` wrote a shell's startup file without a finding.

`write_targets(code)` returns each opened path's argument text, for `scanners._path_effect` to fold and classify.
"""

from __future__ import annotations

from automode import lazyre
from automode.shell import codefold

#: A call that opens a handle; its mode literal decides whether it writes.
_OPEN_CALL = lazyre.compile(r"(?<![\w$])(?:io\.open|File\.open|File\.new|fopen|open|Open)\s*\(\s*")
#: Modes that write or append (Python/Ruby/Julia/Lua/C): "w", "wb", "w+", "a", "ab", "a+", "r+", "wt", "x".
_WRITE_MODE = lazyre.compile(r"""^['"](?:[wax][bt+]?\+?|r\+b?|rb\+|wb\+)['"]$""")
#: Constructors and calls that open a file for writing with no mode (Java, Lua's io.output, Node/Deno handles).
_WRITER = lazyre.compile(
    r"(?<![\w$])(?:(?:java\.io\.)?(?:FileWriter|FileOutputStream|PrintWriter|PrintStream|"
    r"RandomAccessFile)|io\.output|Files\.newBufferedWriter|Files\.newOutputStream)\s*\(\s*"
)
#: awk's output redirection of print/printf, and GNU make's file function: `print "x" > "p"`, `$(file >p,text)`.
_AWK_REDIRECT = lazyre.compile(r"""\bprintf?\b[^;{}\n]*?>>?\s*("[^"\n]+"|'[^'\n]+')""")
_MAKE_FILE = lazyre.compile(r"\$\(file\s+>>?\s*([^,)\s]+)")
_MAX_ARGS = 4


def _args(code: str, start: int) -> list[str]:
    """The first few top-level arguments of the call whose argument list starts at `start`."""
    out: list[str] = []
    pos = start
    for _ in range(_MAX_ARGS):
        arg = codefold.argument(code, pos)
        if not arg:
            break
        out.append(arg)
        nxt = code.find(arg, pos) + len(arg)
        rest = code[nxt : nxt + 3].lstrip()
        if not rest.startswith(","):
            break
        pos = code.index(",", nxt) + 1
    return out


def write_targets(code: str) -> list[str]:
    """The argument text of every path the code opens for writing (a string literal or an expression)."""
    out: list[str] = []
    if "open" in code or "Open" in code or "File.new" in code:
        for m in _OPEN_CALL.finditer(code):
            args = _args(code, m.end())
            if len(args) < 2 or not any(_WRITE_MODE.match(a.strip()) for a in args[1:]):
                continue
            # the path is the first argument, or (Julia's `open(f -> …, path, "w")`) the one before the mode
            k = next(i for i, a in enumerate(args) if i and _WRITE_MODE.match(a.strip()))
            out.append(args[0] if "->" not in args[0] and "function" not in args[0] else args[k - 1])
    for m in _WRITER.finditer(code):
        args = _args(code, m.end())
        if args:
            out.append(args[0])
    for m in _AWK_REDIRECT.finditer(code):
        out.append(m.group(1))
    for m in _MAKE_FILE.finditer(code):
        out.append(f'"{m.group(1)}"')
    return out
