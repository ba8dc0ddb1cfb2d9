"""Scripts in other languages written now and run later (issue 13, finding 3: "a script written in one call and run in
the next").

A shell script written with Write/Edit is judged as if it ran (`analysis._script_content`). A Python, Node, Ruby,
Perl or PHP script gets the same reading by the interpreter analysis of `automode.shell.interp` (the one that reads
`python -c`), but only what it would do to the agent's or automode's controls is kept: an ordinary program deletes,
writes and fetches all the time, and judging every Write of one as if it ran would block ordinary work; a program
that rewrites `~/.claude/settings.json` or automode's audit store is a way around the guard whenever it runs.
"""

from __future__ import annotations

import re

from automode import controls, lazyre
from automode.dc import replace
from automode.effects import Effect
from automode.shell.commands import Env, command_effects
from automode.shell.interp import interp_hook
from automode.shell.lower import Lowerer
from automode.shell.parse import Command
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.model import Context

#: File name endings and the interpreter that runs them.
LANGUAGES = {".py": "python3", ".pyw": "python3", ".js": "node", ".mjs": "node", ".cjs": "node", ".rb": "ruby",
             ".pl": "perl", ".pm": "perl", ".php": "php"}  # fmt: skip
SHEBANG = lazyre.compile(r"^#![ \t]*(?:/usr/bin/env[ \t]+(?:-S[ \t]+)?)?(?:/[\w/.-]*/)?(python[\d.]*|pypy3?|node|nodejs|ruby|perl|php)\b")
MAX_SCRIPT_CHARS = 100_000
KINDS = frozenset({"write", "delete", "chmod", "read"})  # reads too: AM-AGENT-006 asks about what is named but unread


def language(path: str, content: str) -> str | None:
    """The interpreter a written file would run under: its shebang, else its extension."""
    m = SHEBANG.match(content)
    if m:
        name = m.group(1)
        return "python3" if name.startswith(("python", "pypy")) else name
    dot = path.rfind(".")
    return LANGUAGES.get(path[dot:].lower()) if dot > path.rfind("/") else None


def script_controls(ctx: Context, cwd: str, root: str, path: str, content: str) -> list[Effect]:
    """The effects on control locations of the script `content` written at `path`, as if it ran in `cwd`."""
    lang = language(path, content)
    if lang is None or not content.strip() or len(content) > MAX_SCRIPT_CHARS or not controls.may_reach(content):
        return []
    label = f"script {path}"
    lw = Lowerer(ctx.home, cwd, interp_hook)
    cmd = Command([Word(lang, lang), Word(path, path)], cwd, via=(label,), text=f"{lang} {path}")
    interp_hook(lang, content, cmd, lw)
    env = Env(ctx.home, root)
    effects = list(lw.out.effects)
    for c in lw.out.commands:
        effects.extend(command_effects(c, env))
    out: list[Effect] = []
    for e in effects:
        if e.kind not in KINDS:
            continue
        loc = controls.locate(e.target, ctx)
        if loc is not None and (loc.control or (e.kind == "delete" and loc.is_root)):
            out.append(e if label in e.via else _labelled(e, label))
    return out


def _labelled(e: Effect, label: str) -> Effect:
    return replace(e, via=(label, *e.via))


# ------------------------------------------------------------------------------------------- PowerShell scripts
#: PowerShell's own keywords: a line that starts with one is control flow or a declaration, not a command.
PS_KEYWORDS = frozenset({"if", "else", "elseif", "function", "filter", "param", "foreach", "for", "while", "do", "until", "switch",
                         "try", "catch", "finally", "return", "throw", "begin", "process", "end", "class", "enum", "using",
                         "trap", "break", "continue", "exit", "data", "dynamicparam", "workflow", "configuration", "import-module",
                         "set-strictmode", "write-host", "write-output", "write-verbose", "write-warning", "write-error",
                         "write-debug", "write-information", "write-progress"})  # fmt: skip
_PS_REG_RUN = lazyre.compile(r"(?i)\b(?:New|Set)-ItemProperty\b[^\n]*?(HKCU|HKLM):\\+([\w\\]*CurrentVersion\\+Run(?:Once)?)\b")
_PS_INIT = lazyre.compile(r"(?i)^\s*(?:(?:iex|Invoke-Expression)\s*\(\s*&?\s*)?([\w.-]+(?:\s+[\w.-]+){1,3})\b[^|]*(?:\|\s*(?:Out-String\s*\|\s*)?(?:iex|Invoke-Expression)\b|\))")
_PS_LINE = lazyre.compile(r"^\s*(?:\$[\w:]+\s*[+]?=\s*|&\s*|\.\s+)?\(?\s*([A-Za-z][\w.-]*)")


def windows_script_lines(path: str, content: str) -> str | None:
    """The command lines of a PowerShell script or a batch file written at `path` (None: neither)."""
    from automode.shell import batch

    if PS_SCRIPT_RE.search(path):
        return powershell_commands(content)
    return batch.lines(content) if batch.is_batch(path) else None


PS_SCRIPT_RE = lazyre.compile(r"(?i)\.psm?1$")


def powershell_commands(text: str) -> str:
    """The lines of a PowerShell script that run a cmdlet or a program (`Remove-Item ...`, `$r = Invoke-WebRequest ...`,
    `& dotnet build`), one per line, for the shell reading (`shell.powershell` lowers the cmdlets); declarations,
    control flow, assignments of values and output lines are left to the code scan (`files.code`)."""
    from automode.knowledge.shell_init import prints_shell_code

    out: list[str] = []
    for raw in text.splitlines():
        ln = raw.split(" #", 1)[0].rstrip()
        m = _PS_LINE.match(ln)
        if m is None or ln.lstrip().startswith("#") or m.group(1).lower() in PS_KEYWORDS:
            continue
        reg = _PS_REG_RUN.search(ln)
        if reg is not None:  # a Run key written with the registry provider: `reg add`, which the persistence rules read
            name = re.search(r"(?i)-Name\s+['\"]?([^'\"\s]+)", ln)
            out.append(f'reg add "{reg.group(1).upper()}\\{reg.group(2)}" /v {name.group(1) if name else "value"} /d program /f')
            continue
        init = _PS_INIT.match(ln)
        if init is not None and prints_shell_code(init.group(1).split()):
            continue  # `oh-my-posh init pwsh | Invoke-Expression`: a tool's own init code (`knowledge.shell_init`)
        out.append(ln[m.start(1):].rstrip(" {").rstrip(")") if ln[:m.start(1)].rstrip().endswith("(") else ln[m.start(1):].rstrip(" {"))
    return "\n".join(out)
