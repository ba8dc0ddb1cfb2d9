"""Constant folding of a path argument in scanned code (Node, Ruby, Perl, PHP, Lua): `os.homedir() + '/.cla' + 'ude'`,
`path.join(os.homedir(), '.claude', 'settings.json')`, `File.join(Dir.home, ".claude")`, `"#{Dir.home}/.codex"`,
`"$ENV{HOME}/.claude"`, template literals. Python has its own folder over `ast` (`pyread.PythonReader.value`).

`fold(expr)` returns the value when every term is known, and always the literal pieces it saw, so a path that cannot
be folded can still be judged by its pieces (`automode.controls.control_fragment`). Bounded: the expression is cut at
`MAX_EXPR` characters and at most `MAX_TERMS` terms are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.shell import code_vocab

MAX_EXPR = 400
MAX_TERMS = 32

#: How each language names the home directory (a whole term, or inside an interpolation).
HOME_REFS = lazyre.compile(
    r"""^(?:process\.env\.HOME|process\.env\[['"]HOME['"]\]|(?:require\(['"](?:node:)?os['"]\)|os)\.homedir\(\)|homedir\(\)|"""
    r"""Dir\.home|ENV\[['"]HOME['"]\]|ENV\.fetch\(['"]HOME['"]\)|\$ENV\{['"]?HOME['"]?\}|getenv\(['"]HOME['"]\)|"""
    r"""\$_SERVER\[['"]HOME['"]\]|\$_ENV\[['"]HOME['"]\]|Deno\.env\.get\(['"]HOME['"]\)|os\.getenv\(['"]HOME['"]\)|"""
    r"""File\.expand_path\(['"]~['"]\)|\$HOME|File::HomeDir->my_home|"""
    # Tcl `$env(HOME)` and `$::env(HOME)`, R `Sys.getenv("HOME")` and `path.expand("~")`, CMake `$ENV{HOME}` (Perl's)
    r"""\$(?:::)?env\(HOME\)|Sys\.getenv\(['"]HOME['"]\)|path\.expand\(['"]~['"]\))$"""
)
_HOMEISH = lazyre.compile(r"(?i)home|profile|personal|documents|desktop|applicationdata")
#: Calls that join their arguments into a path.
JOINERS = lazyre.compile(r"^(?:(?:require\(['\"](?:node:)?path['\"]\)|path|posix)\.(?:join|resolve)|File\.join|catfile|File::Spec->catfile|"
                         r"Pathname\.new|File\.expand_path|path\.normalize)$")  # fmt: skip
_INTERP = lazyre.compile(r"#\{([^{}]*)\}|\$\{([^{}]*)\}|\{\$([^{}]*)\}|(\$ENV\{['\"]?\w+['\"]?\})|(\$\w+)")
_TIGHT_DOT = lazyre.compile(r"(?<=[}'\")\]])\.(?=['\"$])")  # also after a call or index: `getenv("HOME")."/*"`
_OPEN = "([{"
_CLOSE = ")]}"


def _unquoted(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str, int]]:
    """(index, character, bracket depth after it) of every character outside string quotes; an opening bracket
    counts inside its pair, a closing one outside (an unmatched closer gives depth -1)."""
    depth = 0
    quote = ""
    i = start
    stop = len(text) if end is None else min(end, len(text))
    while i < stop:
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
        else:
            if c in _OPEN:
                depth += 1
            elif c in _CLOSE:
                depth -= 1
            yield i, c, depth
        i += 1


def argument(code: str, start: int) -> str:
    """The text of one call argument starting at `start`: up to a top-level `,` or the closing bracket."""
    stop = min(len(code), start + MAX_EXPR)
    for i, c, depth in _unquoted(code, start, stop):
        if depth < 0 or (depth == 0 and c in ",;\n"):
            stop = i
            break
    return code[start:stop].strip()


def _split(expr: str, seps: tuple[str, ...]) -> list[str]:
    """Split at top-level concatenation operators (`+`, Perl/PHP ` . `, Lua `..`)."""
    parts: list[str] = []
    last = 0
    for i, c, depth in _unquoted(expr):
        if i < last or depth != 0 or c in _OPEN or c in _CLOSE:
            continue
        for sep in seps:
            if expr.startswith(sep, i):
                parts.append(expr[last:i])
                last = i + len(sep)
                break
    parts.append(expr[last:])
    return [p.strip() for p in parts if p.strip()]


def fold(expr: str, pieces: list[str] | None = None) -> str | None:
    """The value of a string expression, or None when a term is unknown; literal pieces are appended to `pieces`."""
    seen: list[str] = pieces if pieces is not None else []
    # Perl/PHP concatenation written without spaces: `$ENV{HOME}."/Documents"`, `'/tmp'.'/x'`.
    expr = _TIGHT_DOT.sub(" . ", expr[:MAX_EXPR])
    terms = _split(expr, ("+", " . ", "..", " .", ". "))
    out: list[str] = []
    for term in terms[:MAX_TERMS]:
        v = _term(term, seen)
        if v is None:
            out = []
            for t in terms[terms.index(term) + 1 : MAX_TERMS]:
                _term(t, seen)
            return None
        out.append(v)
    return "".join(out) if len(terms) <= MAX_TERMS else None


def _term(term: str, seen: list[str]) -> str | None:
    t = term.strip()
    while t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    if HOME_REFS.match(t) or (_HOMEISH.search(t) is not None and code_vocab.is_home(t)):
        return "~"  # (any language's home expression: `System.getProperty("user.home")`, `NSHomeDirectory()`)
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "'\"`":
        body = t[1:-1]
        if t[0] == "'":
            seen.append(body)
            return body
        return _interpolated(body, seen)
    m = re.match(r"^(require\(['\"][\w:]+['\"]\)\.\w+|[\w.:>\-]+)\s*\((.*)\)$", t, re.S)  # (`require('path').join(…)` first)
    if m and m.group(1) in ("glob", "Dir.glob", "bsd_glob", "glob.glob", "glob.sync"):
        return fold(m.group(2), seen)  # `unlink glob("/etc/*")`, `glob(getenv("HOME")."/*")`: the pattern names what it reaches
    args = _split(m.group(2), (",",)) if m else []
    if m and (JOINERS.match(m.group(1)) or (len(args) >= 2 and re.match(r"^[\w$]+\.(?:join|resolve)$", m.group(1)))
              or (len(args) >= 2 and m.group(1) in ("join", "resolve") and fold(args[0], []) == "~")):  # `join(homedir(), x)`
        vals = [fold(a, seen) for a in args[:MAX_TERMS]]
        if any(v is None for v in vals) or not vals:
            return None
        return "/".join(v.rstrip("/") if i < len(vals) - 1 else v for i, v in enumerate(v for v in vals if v is not None))
    return None


def _interpolated(body: str, seen: list[str]) -> str | None:
    """A double-quoted or template string: `#{Dir.home}/.x`, `${process.env.HOME}/.x`, `$ENV{HOME}/.x`."""
    out: list[str] = []
    last = 0
    known = True
    for m in _INTERP.finditer(body):
        lit = body[last : m.start()]
        seen.append(lit)
        out.append(lit)
        inner = next(g for g in m.groups() if g is not None).strip()
        if HOME_REFS.match(inner) or HOME_REFS.match("$" + inner) or inner in ("HOME", "ENV{HOME}"):
            out.append("~")
        else:
            known = False
        last = m.end()
    seen.append(body[last:])
    out.append(body[last:])
    return "".join(out) if known else None
