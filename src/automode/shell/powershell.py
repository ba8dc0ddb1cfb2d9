"""PowerShell cmdlets sent as a command line (an agent on Windows sends PowerShell text in its shell tool): each
cmdlet of the table is lowered as the POSIX command with the same effect (`Remove-Item -Recurse -Force P` is `rm -rf
P`, `Get-Content F` is `cat F`, `Restart-Computer` is `reboot`), so every rule about deletes, secret reads, sends and
stopping the machine applies to it. Session 10 lead red team: `Get-Content C:\\Users\\me\\.aws\\credentials` and
`Remove-Item -Recurse -Force C:\\Users\\me` were silent allows.

Facts from the cmdlet references (learn.microsoft.com/powershell/module/microsoft.powershell.management and
.utility): parameter names are case-insensitive and any unambiguous prefix names one; the first positional values
are -Path (and -Destination for Copy/Move-Item). Paths: `C:\\x` -> `/x`, `$env:USERPROFILE`, `$HOME`, `~` -> home.
Code inside (`Invoke-Expression`, `$PROFILE`, scheduled tasks) is read by `shell.scanners._scan_powershell`.
"""

from __future__ import annotations

from automode.shell.words import Word, shell_quote
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command


class Out(Protocol):
    def problem(self, msg: str) -> None: ...


class Lowerer(Protocol):
    """What this needs of `automode.shell.lower.Lowerer` (which imports this module)."""

    home: str

    @property
    def out(self) -> Out: ...

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip

#: cmdlet (lower case) -> (POSIX program, extra words first, switch -> POSIX flag, value parameter -> POSIX option
#: ("" = a positional operand, in the order listed), the program instead when a parameter is given).
CMDLETS: dict[str, tuple[str, tuple[str, ...], dict[str, str], dict[str, str], dict[str, str]]] = {
    "remove-item": ("rm", (), {"recurse": "-r", "force": "-f"}, {"path": "", "literalpath": ""}, {}),
    "copy-item": ("cp", (), {"recurse": "-r", "force": "-f"}, {"path": "", "literalpath": "", "destination": ""}, {}),
    "move-item": ("mv", (), {"force": "-f"}, {"path": "", "literalpath": "", "destination": ""}, {}),
    "get-content": ("cat", (), {}, {"path": "", "literalpath": ""}, {}),
    "set-content": ("tee", (), {}, {"path": "", "literalpath": ""}, {}),
    "out-file": ("tee", (), {}, {"filepath": "", "literalpath": ""}, {}),
    "add-content": ("tee", ("-a",), {}, {"path": "", "literalpath": ""}, {}),
    "clear-content": ("truncate", ("-s", "0"), {}, {"path": "", "literalpath": ""}, {}),
    "stop-process": ("kill", (), {"force": "-9"}, {"id": "", "name": ""}, {"name": "pkill"}),
    "stop-computer": ("shutdown", ("-h", "now"), {}, {}, {}),
    "restart-computer": ("reboot", (), {}, {}, {}),
    "stop-service": ("systemctl", ("stop",), {}, {"name": ""}, {}),
    "restart-service": ("systemctl", ("restart",), {}, {"name": ""}, {}),
    "invoke-webrequest": ("curl", (), {}, {"uri": "", "outfile": "-o", "infile": "-T", "method": "-X", "body": "-d"}, {}),
    "invoke-restmethod": ("curl", (), {}, {"uri": "", "outfile": "-o", "infile": "-T", "method": "-X", "body": "-d"}, {}),
    "expand-archive": ("unzip", (), {"force": "-o"}, {"path": "", "literalpath": "", "destinationpath": "-d"}, {}),
    "get-childitem": ("ls", (), {"recurse": "-R", "force": "-a", "directory": "-d", "file": ""},
                      {"path": "", "literalpath": "", "include": "-", "filter": "-", "exclude": "-", "depth": "-"}, {}),
}  # fmt: skip
#: Common parameters every cmdlet takes with a value (about_CommonParameters), skipped with it.
COMMON = frozenset({"erroraction", "ea", "warningaction", "wa", "informationaction", "infa", "errorvariable", "ev",
                    "warningvariable", "wv", "informationvariable", "iv", "outvariable", "ov", "outbuffer", "ob",
                    "pipelinevariable", "pv", "progressaction", "proga"})  # fmt: skip
#: The aliases PowerShell defines for them (about_Aliases) that no POSIX shell has as a program of its own.
ALIASES = {"gc": "get-content", "ri": "remove-item", "del": "remove-item", "erase": "remove-item", "rd": "remove-item",
           "cpi": "copy-item", "copy": "copy-item", "mi": "move-item", "move": "move-item", "spps": "stop-process",
           "iwr": "invoke-webrequest", "irm": "invoke-restmethod", "gci": "get-childitem", "dir": "get-childitem",
           "ac": "add-content", "clc": "clear-content", "type": "get-content"}  # fmt: skip


def cmdlet(name: str) -> str | None:
    """The table's cmdlet a command word names (any case, or a PowerShell-only alias), else None."""
    low = name.lower()
    return low if low in CMDLETS else ALIASES.get(low) if name != low or low in ("gc", "iwr", "irm", "gci", "ri") else None


def posix_path(raw: str, home: str) -> str:
    """`C:\\Users\\me\\.ssh` -> `/Users/me/.ssh`; `$env:USERPROFILE\\x` -> `<home>/x` (`automode.winpaths`)."""
    from automode.winpaths import to_posix

    return to_posix(raw, home)


def _parse(name: str, cmd: Command) -> tuple[list[str], dict[str, Word], list[Word]]:
    """(POSIX flags of its switches, its value parameters, its positional operands) of one cmdlet of the table."""
    _, _, switches, values, _ = CMDLETS[name]
    params = [*switches, *values]
    flags: list[str] = []
    named: dict[str, Word] = {}
    operands: list[Word] = []
    args = cmd.argv[1:]
    i = 0
    while i < len(args):
        v = args[i].value
        if v.startswith("-") and len(v) > 1:
            key, _, glued = v[1:].partition(":")  # `-Path:C:\x` binds a value with a colon
            hits = [p for p in params if p.startswith(key.lower())]
            p = hits[0] if len(hits) == 1 else key.lower() if key.lower() in hits else ""
            if not p and key.lower() in COMMON:
                i += 1 if glued else 2
                continue
            if p in switches:
                flags += [switches[p]] if switches[p] else []
            elif p in values:
                if glued:
                    named[p] = Word(glued, glued, args[i].dynamic)
                elif i + 1 < len(args):
                    named[p] = args[i + 1]
                    i += 1
            i += 1
            continue
        operands.append(args[i])
        i += 1
    return flags, named, operands


#: Cmdlets that act on the items piped to them when no path is given (`gci -Recurse | Remove-Item`).
PIPED = frozenset({"remove-item", "copy-item", "move-item", "clear-content", "get-content"})


def lower(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower one cmdlet of the table as its POSIX equivalent."""
    name = cmdlet(cmd.name)
    if name is None:
        return
    program, extra, _, values, instead = CMDLETS[name]
    flags, named, operands = _parse(name, cmd)
    if any(p in named for p in instead):
        program = instead[next(p for p in instead if p in named)]
    words: list[str] = [program, *extra, *flags]
    positional = [p for p, opt in values.items() if opt == ""]
    for p, opt in values.items():
        if p in named and opt and opt != "-":  # ("-": read for the pipe below, no POSIX option of its own)
            words += [opt, _arg(named[p], lw.home, p)]
    given = [named[p] for p in positional if p in named]
    paths = [*given, *operands]
    if not paths and name in PIPED and cmd.pipe_from is not None:
        # the items come down the pipe: what the listing upstream names (its own path), recursively if it recurses
        src = cmd.pipe_from
        up = cmdlet(src.name) if src.argv else None
        if up != "get-childitem":
            lw.out.problem(f"`{cmd.name}` acts on items piped from `{src.name}`, which automode cannot list")
            return
        up_flags, up_named, up_ops = _parse(up, src)
        roots = [*(up_named[p] for p in ("path", "literalpath") if p in up_named), *up_ops] or [Word(".", ".", False)]
        picks = [x for p in ("include", "filter") if p in up_named for x in up_named[p].value.split(",") if x.strip()]
        # as `find` spells it: the listing's root, how deep, which names; each item handed to the cmdlet's program
        depth = "" if "-R" in up_flags else "-maxdepth 1 "
        names = " -o ".join(f"-name {shell_quote(Word(x.strip(), x.strip(), False))}" for x in picks) or "-mindepth 1"
        for root in roots:
            line = f"find {_arg(root, lw.home, 'path')} {depth}\\( {names} \\) -exec {' '.join(words)} {{}} +"
            lw.source(line, via=(*cmd.via, f"{src.name} | {cmd.name} (PowerShell)"), privileged=cmd.privileged,
                      remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return
    if name == "stop-process" and "name" not in named and "id" not in named and not operands and cmd.pipe_from:
        src = cmd.pipe_from  # `Get-Process dotnet | Stop-Process`: the processes the listing names
        procs = [w for w in src.argv[1:] if not w.value.startswith("-")] if cmdlet(src.name) is None and \
            src.name.lower() in ("get-process", "gps", "ps") else []
        if not procs:
            lw.out.problem(f"`{cmd.name}` stops processes piped from `{src.name}`, which automode cannot list")
            return
        words[0] = "pkill"
        paths = procs
    for w in paths:
        words.append(_arg(w, lw.home, "name" if words[0] == "pkill" else "path"))
    if program == "tee":
        words.append("</dev/null")
    text = " ".join(words)
    lw.source(text, via=(*cmd.via, f"{cmd.name} (PowerShell)"), privileged=cmd.privileged, remote=cmd.remote,
              nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip


def _arg(w: Word, home: str, param: str) -> str:
    """A value as POSIX shell text. PowerShell's escape is the backtick, not the backslash: the word as written
    (`C:\\Users\\me` arrives from a POSIX parse as `C:Usersme`) without its quotes."""
    raw = w.raw
    text = raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw
    if param in ("uri", "method", "body", "name", "id"):
        return shell_quote(Word(text, text, False)) if not w.dynamic or "$" not in text else w.raw
    value = posix_path(text, home)
    if w.dynamic and ("$" in value or "%" in value):  # a variable that is not a known place
        return w.raw
    return shell_quote(Word(value, value, False))
