"""Windows batch files (`.bat`, `.cmd`) as cmd.exe runs them (red team s14).

A batch file written with a file tool was an edit inside the project, and one written by the shell and run in the
same action (`echo 'rd /s /q %USERPROFILE%' > x.bat; cmd /c x.bat`, `call x.bat`, `start x.bat`, `x.bat`: cmd runs a
file of the current directory by its bare name) ran unread. `lines` turns its text into the command lines
`automode.shell.windows` reads: one per line, `@` dropped, comments and labels skipped, the variables it `set`s
expanded where later lines use them (`cmd_vars`), `call` dropped. Control flow (`goto`, `if`, `for`) is not followed:
every line is judged as if it ran, the strict reading.
"""

from __future__ import annotations

from automode import lazyre

BATCH_RE = lazyre.compile(r"(?i)\.(?:bat|cmd)$")
_SKIP = lazyre.compile(r"(?i)^\s*(?:rem(?:\s|$)|::|:[A-Za-z_]|echo\s+off\s*$|setlocal\b|endlocal\b|goto\b|exit\b|pause\b)")
MAX_LINES = 400
_OPERAND = r'(?:"[^"]*"|\S+)'
#: A line's guard: `if [/i] [not] CONDITION`, `for … in (…) do`, `) else (`.
_GUARD = lazyre.compile(r"(?i)^(?:\)\s*else\s*\(?|if\s+(?:/i\s+)?(?:not\s+)?(?:errorlevel\s+\S+|cmdextversion\s+\S+|exist\s+"
                        + _OPERAND + r"|defined\s+\S+|" + _OPERAND + r"\s*(?:==|\s(?:equ|neq|lss|leq|gtr|geq)\s)\s*" + _OPERAND
                        + r")\s*\(?|for\s+(?:/[dlrf]\s+(?:\"[^\"]*\"\s+)?)?%%?\w\s+in\s+\([^)]*\)\s+do\s*\(?)")


def is_batch(path: str) -> bool:
    return bool(BATCH_RE.search(path))


def lines(text: str) -> str:
    """The batch file's text as command lines for the lowerer (one per line, in order)."""
    from automode.shell.windows import cmd_vars

    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:MAX_LINES]:
        ln = raw.strip().lstrip("@").strip()
        for _ in range(4):  # `if not exist X (`, `for %%f in (*) do CMD`, `) else (`: the command they guard
            m = _GUARD.match(ln)
            if m is None:
                break
            ln = ln[m.end() :].strip()
        ln = ln.strip("()").strip() if ln in ("(", ")") or ln.startswith(")") else ln
        if not ln or _SKIP.match(ln) or ln in ("(", ")"):
            continue
        out.append(ln)
    return "\n".join(_CALL.sub("", ln) for ln in cmd_vars("\n".join(out)).split("\n"))


_CALL = lazyre.compile(r"(?i)^call\s+(?=[^:\s])")
