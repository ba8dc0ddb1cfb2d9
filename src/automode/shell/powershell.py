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

from automode import lazyre
from automode.shell.ps_special import _PROBLEMS, SPECIAL, Params
from automode.shell.ps_values import _arg, _items, _unquoted
from automode.shell.ps_values import posix_path as posix_path  # (read from here by shell.scanners)
from automode.shell.pstext import WHATIF
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
    "set-content": ("tee", (), {}, {"path": "", "literalpath": "", "value": "-"}, {}),
    "out-file": ("tee", (), {}, {"filepath": "", "literalpath": ""}, {}),
    "add-content": ("tee", ("-a",), {}, {"path": "", "literalpath": "", "value": "-"}, {}),
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
           "ac": "add-content", "clc": "clear-content", "type": "get-content", "saps": "start-process",
           "start": "start-process", "icm": "invoke-command", "etsn": "enter-pssession", "nsn": "new-pssession",
           "ii": "invoke-item", "rni": "rename-item", "ren": "rename-item", "rp": "remove-itemproperty",
           "sasv": "start-service", "spsv": "stop-service", "clhy": "clear-history"}  # fmt: skip


#: Approved verbs (learn.microsoft.com "Approved Verbs for PowerShell Commands") whose cmdlets only read, select,
#: format or print (`Get-ChildItem`, `Where-Object`, `Format-Table`, `Test-Path`, `ConvertFrom-Json`, `Out-String`):
#: a cmdlet of another verb that is not in the table is an unknown program. (`Out-File` is in the table.)
READ_VERBS = frozenset({"get", "test", "measure", "select", "where", "sort", "format", "write", "convertto", "convertfrom",
                        "out", "join", "split", "resolve", "compare", "group", "find", "search", "show", "read", "wait",
                        "foreach", "tee", "trace", "import"})  # fmt: skip
#: A cmdlet name: (approved verb, noun). Also read by `knowledge.cmdlet_verbs` for the cmdlets no table names.
VERB_NOUN = lazyre.compile(r"^([A-Za-z]+)-([A-Za-z][\w.]*)$")


#: Cmdlets read elsewhere: their statements by `shell.scanners` (run-later: tasks, services, registry values, WMI,
#: $PROFILE), their settings by `knowledge.weakenings` (Defender, execution policy, firewall), and the object
#: constructors a scheduled task is built from.
READ_ELSEWHERE = frozenset({
    "register-scheduledtask", "register-scheduledjob", "set-scheduledtask", "new-scheduledtaskaction",
    "new-scheduledtasktrigger", "new-scheduledtaskprincipal", "new-scheduledtasksettingsset", "new-service",
    "new-itemproperty", "set-itemproperty", "new-item", "set-item", "set-wmiinstance", "new-ciminstance",
    "register-wmievent", "register-cimindicationevent", "set-mppreference", "add-mppreference", "remove-mppreference",
    "set-executionpolicy", "new-netfirewallrule", "set-netfirewallprofile", "set-netfirewallrule",
    "disable-netfirewallrule", "remove-netfirewallrule", "unblock-file", "clear-eventlog", "remove-eventlog",
    "limit-eventlog", "invoke-expression", "iex", "new-object", "add-type", "install-module", "install-package",
    "import-module", "set-location", "push-location", "pop-location", "set-strictmode", "set-variable",
})  # fmt: skip


def reads_only(name: str) -> bool:
    """A cmdlet whose verb only reads or prints (`Get-Process`, `Where-Object`, `Select-String`), or one whose effect
    another table reads (`READ_ELSEWHERE`)."""
    if name.lower() in READ_ELSEWHERE:
        return True
    m = VERB_NOUN.match(name)
    return m is not None and m.group(1).lower() in READ_VERBS and name.lower() not in ("out-file", "tee-object", "import-module")


def cmdlet(name: str) -> str | None:
    """The table's cmdlet a command word names (any case, or a PowerShell-only alias), else None."""
    low = name.lower()
    if low in CMDLETS or low in SPECIAL:
        return low
    return ALIASES.get(low) if name != low or low in _OWN_ALIASES else None


#: Aliases no POSIX system has as a program: read as the cmdlet even in lower case.
_OWN_ALIASES = frozenset({"gc", "iwr", "irm", "gci", "ri", "saps", "icm", "etsn", "nsn", "rni", "rp", "sasv", "spsv",
                          "epal", "clhy"})  # fmt: skip


def _parse(name: str, cmd: Command) -> tuple[list[str], dict[str, Word], list[Word]]:
    """(POSIX flags of its switches, its value parameters, its positional operands) of one cmdlet of the table."""
    _, _, switches, values, _ = CMDLETS[name] if name in CMDLETS else ("", (), SPECIAL[name][0], SPECIAL[name][1], {})
    params = [*switches, *values]
    flags: list[str] = []
    named: dict[str, Word] = {}
    operands: list[Word] = []
    args = cmd.argv[1:]
    i = 0
    while i < len(args):
        v = args[i].value
        if v.startswith("-") and len(v) > 1 and args[i].raw[:1] not in ("'", '"'):  # a quoted `'-x'` is a value
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


_AGE_TEST = lazyre.compile(r"(?i)\$_\.(?:LastWriteTime|CreationTime|LastAccessTime)(?:Utc)?\s+-(lt|le)\s+\(?\s*\$?\(?Get-Date\)?"
                           r"[^.]*\.Add(Days|Hours|Minutes|Months)\\?\(\s*-?(\d+)")


def _age_test(text: str) -> str:
    """`Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) }` as find spells it (`-mtime +30 `), or ""."""
    m = _AGE_TEST.search(text)
    if m is None:
        return ""
    n, unit = int(m.group(3)), m.group(2).lower()
    return f"-mmin +{n * 60 if unit == 'hours' else n} " if unit in ("hours", "minutes") else \
        f"-mtime +{n * 30 if unit == 'months' else n} "


#: Cmdlets that pass on some of the items piped to them, unchanged (Where-Object, Sort-Object, Select-Object and
#: their aliases): what comes out is a part of what the listing before them names.
FILTERS = frozenset({"where-object", "where", "?", "sort-object", "sort", "select-object", "select"})
#: Cmdlets that act on the items piped to them when no path is given (`gci -Recurse | Remove-Item`).
PIPED = frozenset({"remove-item", "copy-item", "move-item", "clear-content", "get-content"})


def lower(lw: Lowerer, cmd: Command, nesting: int, name: str | None = None) -> None:
    """Lower one cmdlet of the table as its POSIX equivalent (`name`: the cmdlet, when the command word is an alias
    only the caller knows is one)."""
    name = name if name in CMDLETS or name in SPECIAL else cmdlet(cmd.name)
    if name is None:
        return
    if any(WHATIF.match(w.value) for w in cmd.argv[1:] if not w.dynamic):
        return  # `-WhatIf` (about_CommonParameters): the cmdlet says what it would do and changes nothing
    if name in SPECIAL:
        _, _, named, operands = (None, *_parse(name, cmd))
        got = SPECIAL[name][2](Params(named, operands, lw.home, cmd))
        lines, privileged, remote = got if isinstance(got, tuple) else (got, False, None)
        for line in lines:
            lw.source(line, via=(*cmd.via, f"{cmd.name} (PowerShell)"), privileged=cmd.privileged or privileged,
                      remote=remote or cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        if name in _PROBLEMS and not lines:
            lw.out.problem(_PROBLEMS[name])
        return
    program, extra, _, values, instead = CMDLETS[name]
    flags, named, operands = _parse(name, cmd)
    if any(p in named for p in instead):
        program = instead[next(p for p in instead if p in named)]
    words: list[str] = [program, *extra, *flags]
    positional = [p for p, opt in values.items() if opt == ""]
    if name in ("copy-item", "move-item"):
        from automode.winpaths import unc_target

        dest = named.get("destination") or (operands[-1] if len(operands) >= (1 if any(
            p in named for p in ("path", "literalpath")) else 2) else None)
        remote = unc_target(_unquoted(dest.raw)) if dest is not None else None
        if remote is not None and dest is not None:  # to a file share on another machine: a send there
            named.pop("destination", None)
            if dest in operands:
                operands.remove(dest)
            words = ["scp", "-r"]
            named["__remote"] = Word(remote, remote, False)
    for p, opt in values.items():
        if p in named and opt and opt != "-":  # ("-": read for the pipe below, no POSIX option of its own)
            words += [opt, _arg(named[p], lw.home, p)]
    given = [named[p] for p in positional if p in named]
    paths = [*given, *operands]
    if not paths and name in PIPED and cmd.pipe_from is not None:
        # the items come down the pipe: what the listing upstream names (its own path), recursively if it recurses
        src = cmd.pipe_from
        age = ""
        while src.pipe_from is not None and src.name.lower() in FILTERS:
            age = age or _age_test(src.text)
            src = src.pipe_from  # `gci … | Where-Object {…} | Remove-Item`: a filter passes on part of the listing
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
            end = f"{{}} {shell_quote(named['__remote'])} \\;" if "__remote" in named else "{} +"
            line = f"find {_arg(root, lw.home, 'path')} {depth}\\( {names} \\) {age}-exec {' '.join(words)} {end}"
            lw.source(line, via=(*cmd.via, f"{src.name} | {cmd.name} (PowerShell)"), privileged=cmd.privileged,
                      remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
        return
    if name in ("stop-service", "restart-service") and "name" not in named and not operands and cmd.pipe_from:
        src = cmd.pipe_from  # `Get-Service | Where-Object Status -eq Running | Restart-Service`: the services listed
        while src.pipe_from is not None and src.name.lower() in FILTERS:
            src = src.pipe_from
        listed = [w for w in src.argv[1:] if not w.value.startswith("-") and w.value not in ("*",)]
        if src.name.lower() in ("get-service", "gsv") and not listed:
            # every service of the machine: as much as restarting it (or taking all it runs down)
            line = "reboot" if name == "restart-service" else "kill -9 -1"
            lw.source(line, via=(*cmd.via, f"{src.name} | {cmd.name} (PowerShell, every service)"), privileged=cmd.privileged,
                      remote=cmd.remote, nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip
            return
        if src.name.lower() in ("get-service", "gsv"):
            words += [shell_quote(Word(w.value, w.value, False)) for w in listed]
            lw.source(" ".join(words), via=(*cmd.via, f"{src.name} | {cmd.name} (PowerShell)"), privileged=cmd.privileged,
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
    for w in _items(paths):
        words.append(_arg(w, lw.home, "name" if words[0] == "pkill" else "path"))
    if "__remote" in named:
        words.append(shell_quote(named["__remote"]))
    if program == "tee" and "value" in named and not named["value"].dynamic:
        value = _unquoted(named["value"].raw).replace("`n", "\n").replace("`t", "\t")  # (PowerShell's escapes)
        words.insert(0, f"printf '%s\\n' {shell_quote(Word(value, value, False))} |")  # the text it writes
    elif program == "tee" and env_listing(cmd.pipe_from):
        words.insert(0, "env |")  # `Get-ChildItem env: | Out-File env.txt`: every variable, as `env | tee` writes it
    elif program == "tee":
        words.append("</dev/null")
    text = " ".join(words)
    lw.source(text, via=(*cmd.via, f"{cmd.name} (PowerShell)"), privileged=cmd.privileged, remote=cmd.remote,
              nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip


def env_listing(src: Command | None) -> bool:
    """The command piped in lists the `env:` drive (`Get-ChildItem env:`, `gci Env:\\`, `dir env:*`)."""
    if src is None or cmdlet(src.name) != "get-childitem":
        return False
    return any(w.value.lower().strip("'\"").rstrip("\\/*") == "env:" for w in src.argv[1:])


def script_block(cmd: Command) -> str | None:
    """The code of a script block run in place: the command word itself (`& { … }`: the call operator) or what the
    dot-source operator runs (`. { … }`), else None."""
    argv = cmd.argv
    if len(argv) > 3 and argv[0].value in (".", "&") and argv[1].raw == "{" and argv[-1].raw == "}":
        return " ".join(w.raw for w in argv[2:-1])  # `. { Remove-Item x }` as a POSIX parser splits it
    w = argv[1] if len(argv) > 1 and argv[0].value in (".", "&") else argv[0] if argv else None
    v = w.value.strip() if w is not None else ""
    return v[1:-1] if len(v) >= 2 and v[0] == "{" and v[-1] == "}" else None
