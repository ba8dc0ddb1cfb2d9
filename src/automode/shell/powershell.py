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
from automode.shell.pstext import WHATIF
from automode.shell.words import Word, shell_quote
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

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


def posix_path(raw: str, home: str) -> str:
    """`C:\\Users\\me\\.ssh` -> `/Users/me/.ssh`; `$env:USERPROFILE\\x` -> `<home>/x` (`automode.winpaths`)."""
    from automode.winpaths import to_posix

    return to_posix(raw, home)


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
    elif program == "tee":
        words.append("</dev/null")
    text = " ".join(words)
    lw.source(text, via=(*cmd.via, f"{cmd.name} (PowerShell)"), privileged=cmd.privileged, remote=cmd.remote,
              nesting=nesting + 1, cwd=cmd.cwd)  # fmt: skip


#: PowerShell provider paths (about_Providers): the registry hives and the certificate stores.
_PROVIDER = lazyre.compile(r"(?i)^(?:Registry::|Microsoft\.PowerShell\.Core\\Registry::)?(?:HK(?:LM|CU|CR|U|CC)|HKEY_\w+|Cert):")


def provider_path(text: str, home: str) -> str:
    """The file place a provider path stands for: a registry key in the hive it lives in (HKCU: the user's
    NTUSER.DAT, HKLM: the machine's hives), a certificate store of the machine as its trust anchors (a root added
    there is trusted by every program, like `/usr/local/share/ca-certificates`), of the user in the profile."""
    import re

    t = re.sub(r"(?i)^(?:Microsoft\.PowerShell\.Core\\)?Registry::", "", text).replace("\\", "/")
    head, _, rest = t.partition(":")
    rest = rest.strip("/")
    if head.lower() == "cert":
        store, _, sub = rest.partition("/")
        if store.lower() == "localmachine":
            return "/usr/local/share/ca-certificates/" + (sub or "")
        return f"{home.rstrip('/')}/AppData/Roaming/Microsoft/SystemCertificates/{sub}".rstrip("/")
    from automode.winpaths import registry_path

    return registry_path(head + "/" + rest, home)


_VAR_PLACE = lazyre.compile(r"(?i)^(?:\$env:|\$\{env:|\$HOME\b|~)")


def _items(words: list[Word]) -> list[Word]:
    """A PowerShell array given as words (`.\\Library, .\\Assets\\Plugins`, `a,b`): one word per item."""
    out: list[Word] = []
    for w in words:
        if "," not in w.raw or (w.raw[:1] in "'\"" and w.raw[-1:] == w.raw[:1] and "," not in w.raw[1:-1].replace("','", "")):
            out.append(w)
            continue
        for part in w.raw.split(","):
            p = part.strip()
            if p:
                out.append(Word(_unquoted(p), p, w.dynamic))
    return out


def _unquoted(raw: str) -> str:
    return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw


def _arg(w: Word, home: str, param: str) -> str:
    """A value as POSIX shell text. PowerShell's escape is the backtick, not the backslash: the word as written
    (`C:\\Users\\me` arrives from a POSIX parse as `C:Usersme`) without its quotes."""
    raw = w.raw
    text = raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw
    if "$" in text and not w.dynamic and not _VAR_PLACE.match(text):
        text = w.value  # `$s` set earlier in the same line (`$s = "…"; Set-Content $s`): the parser knows its value
        return shell_quote(Word(text, text, False)) if not w.dynamic or "$" not in text else w.raw
    if _PROVIDER.match(text):  # `HKCU:\\Software\\X`, `Cert:\\LocalMachine\\Root`: where the provider keeps it
        value = provider_path(text, home)
        return shell_quote(Word(value, value, False))
    value = posix_path(text, home)
    if w.dynamic and ("$" in value or "%" in value):  # a variable that is not a known place
        return w.raw
    return shell_quote(Word(value, value, False))


# ------------------------------------------------------------ cmdlets lowered by a function of their parameters
class Params:
    """The parameters of one cmdlet call: `get(name)` as POSIX text (a path, or a quoted word), the positionals."""

    __slots__ = ("cmd", "home", "named", "operands")

    def __init__(self, named: dict[str, Word], operands: list[Word], home: str, cmd: Command) -> None:
        self.named, self.operands, self.home, self.cmd = named, operands, home, cmd

    def raw(self, name: str, pos: int = -1) -> str | None:
        w = self.named.get(name) or (self.operands[pos] if 0 <= pos < len(self.operands) else None)
        if w is None:
            return None
        raw = w.raw
        return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw

    def path(self, name: str, pos: int = -1) -> str | None:
        w = self.named.get(name) or (self.operands[pos] if 0 <= pos < len(self.operands) else None)
        return None if w is None else _arg(w, self.home, "path")

    def paths(self, name: str, pos: int = -1) -> list[str]:
        """A list parameter (`-Path a,b`) as POSIX paths."""
        raw = self.raw(name, pos)
        return [] if raw is None else [_arg(Word(x.strip(), x.strip(), "$" in x), self.home, "path")
                                       for x in raw.split(",") if x.strip()]

    def word(self, name: str, pos: int = -1) -> str | None:
        raw = self.raw(name, pos)
        return None if raw is None else shell_quote(Word(raw, raw, False))

    def has(self, name: str) -> bool:
        """A value parameter given, or a switch written out (`-AutoReboot`)."""
        return name in self.named or any(w.value.lower() == "-" + name for w in self.cmd.argv[1:])


def _start_process(p: Params) -> tuple[list[str], bool, str | None]:
    """`Start-Process -FilePath P -ArgumentList A [-Verb RunAs]`: runs P with A (elevated with RunAs)."""
    prog = p.raw("filepath", 0)
    if prog is None:
        return [], False, None
    args = p.raw("argumentlist", 1) or ""
    items = _ps_array(p.named.get("argumentlist") or (p.operands[1] if len(p.operands) > 1 else None))
    if len(items) > 1:  # `-ArgumentList '--flag','-p','x'`: an array, one argument per element
        args = " ".join(shell_quote(Word(x, x, False)) for x in items)
    runas = (p.raw("verb") or "").lower() == "runas"
    head = shell_quote(Word(prog, prog, False)) if "://" in prog or "\\" not in prog else p.path("filepath", 0) or prog
    if "://" in prog:
        return [f"xdg-open {head}"], False, None
    return [f"{head} {args}".strip()], runas, None


def script_block(cmd: Command) -> str | None:
    """The code of a script block run in place: the command word itself (`& { … }`: the call operator) or what the
    dot-source operator runs (`. { … }`), else None."""
    argv = cmd.argv
    if len(argv) > 3 and argv[0].value in (".", "&") and argv[1].raw == "{" and argv[-1].raw == "}":
        return " ".join(w.raw for w in argv[2:-1])  # `. { Remove-Item x }` as a POSIX parser splits it
    w = argv[1] if len(argv) > 1 and argv[0].value in (".", "&") else argv[0] if argv else None
    v = w.value.strip() if w is not None else ""
    return v[1:-1] if len(v) >= 2 and v[0] == "{" and v[-1] == "}" else None


def _ps_array(w: Word | None) -> list[str]:
    """The elements of a PowerShell array written as one word (`'a','b c',d`, `@('a','b')`), quotes removed; [] when
    the word holds no top-level comma (a single string is a command line of its own)."""
    if w is None:
        return []
    raw = w.raw.strip()
    if raw.startswith("@(") and raw.endswith(")"):
        raw = raw[2:-1]
    out: list[str] = []
    cur, quote = "", ""
    for c in raw[:2000]:
        if quote:
            if c == quote:
                quote = ""
            else:
                cur += c
        elif c in "'\"":
            quote = c
        elif c == ",":
            out.append(cur.strip())
            cur = ""
        else:
            cur += c
    return [*out, cur.strip()] if out else []


def _send_mail(p: Params) -> list[str]:
    """`Send-MailMessage -To T -SmtpServer S -Attachments F -Body B`: a message with its attachments sent out."""
    server = p.raw("smtpserver") or "smtp.example.invalid"
    to = p.raw("to", 0) or "recipient"
    files = p.paths("attachments")
    upload = " ".join(f"-T {f}" for f in files[:1]) or "-T -"
    return [f"curl {shell_quote(Word('smtp://' + server, 'smtp://' + server, False))} --mail-rcpt "
            f"{shell_quote(Word(to, to, False))} {upload}"]


def _compress(p: Params) -> list[str]:
    """`Compress-Archive -Path A,B -DestinationPath Z`: A and B read into the archive Z."""
    dest = p.path("destinationpath", 1)
    srcs = p.paths("path", 0) or p.paths("literalpath")
    return [f"zip -r {dest} {' '.join(srcs)}"] if dest and srcs else []


def _script_block(p: Params) -> str | None:
    """The code of a `{ … }` block: one word (quoted), or the words a POSIX parse split it into."""
    words = [w.raw for w in p.cmd.argv[1:]]
    start = next((i for i, w in enumerate(words) if w.startswith("{")), None)
    if start is not None:
        depth, out = 0, []
        for w in words[start:]:
            depth += w.count("{") - w.count("}")
            out.append(w)
            if depth <= 0:
                break
        return " ".join(out).strip().removeprefix("{").removesuffix("}").strip() or None
    raw = p.raw("scriptblock")
    return raw.strip().removeprefix("{").removesuffix("}").strip() if raw else None


def _invoke_command(p: Params) -> tuple[list[str], bool, str | None]:
    """`Invoke-Command -ComputerName H -ScriptBlock { … }`: the block runs on H (here without -ComputerName)."""
    host = (p.raw("computername") or p.raw("hostname") or p.raw("session") or "").split(",")[0] or None
    code = _script_block(p)
    if code is None and p.has("filepath"):
        return [f"sh {p.path('filepath')}"], False, host
    return ([code] if code else []), False, host


def _pssession(p: Params) -> tuple[list[str], bool, str | None]:
    host = (p.raw("computername", 0) or p.raw("hostname") or "").split(",")[0]
    return ([f"ssh {shell_quote(Word(host, host, False))}"] if host else []), False, None


def _format_volume(p: Params) -> list[str]:
    letter = (p.raw("driveletter", 0) or p.raw("filesystemlabel") or "").strip(":")[:1].lower()
    return [f"mkfs /dev/sd{letter or 'x'}"]


def _clear_disk(p: Params) -> list[str]:
    return [f"dd if=/dev/zero of=/dev/sd{chr(ord('a') + min(int(n), 25)) if (n := p.raw('number', 0) or '').isdigit() else 'x'}"]


def _registry_key(raw: str) -> str:
    """`HKCU:\\Software\\X` (a provider path) -> `HKCU\\Software\\X`."""
    import re

    return re.sub(r"(?i)^(?:Registry::)?(HK\w+):?\\?", r"\1\\", raw)


def _remove_itemproperty(p: Params) -> list[str]:
    key = p.raw("path", 0) or p.raw("literalpath")
    if not key:
        return []
    line = ["reg", "delete", _registry_key(key), "/v", p.raw("name", 1) or "value", "/f"]
    return [" ".join(shell_quote(Word(x, x, False)) for x in line)]


def _bits(p: Params) -> list[str]:
    src, dst = p.raw("source", 0), p.raw("destination", 1)
    if src is None:
        return []
    if "://" in src:
        return [f"curl -o {p.path('destination', 1) or '.'} {shell_quote(Word(src, src, False))}"]
    return [f"curl -T {p.path('source', 0)} {shell_quote(Word(dst or '', dst or '', False))}"] if dst and "://" in dst else []


def _group_member(p: Params) -> list[str]:
    group = (p.raw("group", 0) or p.raw("name") or "").lower()
    member = p.word("member", 1) or "user"
    return [f"usermod -aG sudo {member}"] if "admin" in group or "remote" in group else [f"usermod -aG {shell_quote(Word(group, group, False))} {member}"]


def _service(verb: str) -> Callable[[Params], object]:
    def run(p: Params) -> list[str]:
        name = p.word("name", 0)
        return [f"systemctl {verb} {name}"] if name else []
    return run


def _set_service(p: Params) -> list[str]:
    name, start = p.word("name", 0), (p.raw("startuptype") or "").lower()
    status = (p.raw("status") or "").lower()
    if not name:
        return []
    return [f"systemctl disable {name}"] if start == "disabled" else [f"systemctl stop {name}"] if status == "stopped" else []


def _rename(p: Params) -> list[str]:
    src, new = p.path("path", 0) or p.path("literalpath"), p.raw("newname", 1)
    if not src or not new:
        return []
    head = src.strip("'").rpartition("/")[0]
    dst = (head + "/" if head else "") + new.replace("\\", "/").rsplit("/", 1)[-1]
    return [f"mv {src} {shell_quote(Word(dst, dst, False))}"]


def _invoke_item(p: Params) -> list[str]:
    target = p.path("path", 0) or p.path("literalpath")
    return [f"xdg-open {target}"] if target else []


def _unregister_task(p: Params) -> list[str]:
    name = p.raw("taskname", 0) or "task"
    return [f"schtasks /delete /tn {shell_quote(Word(name, name, False))} /f"]


def _recycle_bin(p: Params) -> list[str]:
    return [f"rm -rf {shell_quote(Word(p.home.rstrip('/') + '/$Recycle.Bin', '', False))}"]


def _new_user(p: Params) -> list[str]:
    name = p.word("name", 0)
    return [f"useradd {name}"] if name else []


def _sqlcmd(p: Params) -> list[str]:
    """`Invoke-Sqlcmd -ServerInstance S -Database D -Query Q` (SqlServer module) is `sqlcmd -S S -d D -Q Q`."""
    words = ["sqlcmd"]
    for param, opt in (("serverinstance", "-S"), ("database", "-d"), ("query", "-Q"), ("inputfile", "-i"),
                       ("username", "-U"), ("hostname", "-S")):
        raw = p.raw(param)
        if raw is not None:
            words += [opt, shell_quote(Word(raw, raw, False))]
    return [" ".join(words)] if len(words) > 1 else []


def _windows_update(p: Params) -> list[str]:
    """`Get-WindowsUpdate -Install -AutoReboot` (PSWindowsUpdate) restarts the machine when the updates want it."""
    return ["reboot"] if p.has("autoreboot") else []


def _import_certificate(p: Params) -> list[str]:
    """`Import-Certificate -FilePath x.cer -CertStoreLocation Cert:\\LocalMachine\\Root`: x.cer becomes a trust anchor."""
    store = p.raw("certstorelocation") or ""
    src = p.path("filepath", 0)
    if not src or not _PROVIDER.match(store):
        return []
    name = (p.raw("filepath", 0) or "cert").replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".crt"
    dest = provider_path(store, p.home).rstrip("/") + "/" + name
    return [f"cp {src} {shell_quote(Word(dest, dest, False))}"]


def _clear_history(p: Params) -> list[str]:
    """`Clear-History` empties the session's list; the PSReadLine file keeps the rest (`Remove-Item` of it is a delete)."""
    return ["history -c"]


# fmt: off
_ANY = {"filepath": "", "argumentlist": "", "verb": "", "workingdirectory": "", "windowstyle": "", "credential": ""}
#: cmdlet -> (switches, value parameters, the lowering). From the cmdlet references (Microsoft.PowerShell.Management,
#: .Utility, .Core, Microsoft.PowerShell.Archive, BitsTransfer, Storage, Microsoft.PowerShell.LocalAccounts, ScheduledTasks).
SPECIAL: dict[str, tuple[dict[str, str], dict[str, str], Callable[[Params], object]]] = {
    "start-process": ({"wait": "", "nonewwindow": "", "passthru": "", "usenewenvironment": "", "loaduserprofile": ""},
                      _ANY, _start_process),
    "send-mailmessage": ({"usessl": "", "bodyashtml": ""}, {"to": "", "from": "", "subject": "", "body": "", "smtpserver": "",
                          "attachments": "", "cc": "", "bcc": "", "port": "", "credential": "", "priority": "",
                          "encoding": "", "deliverynotificationoption": ""}, _send_mail),
    "compress-archive": ({"force": "", "update": "", "passthru": ""}, {"path": "", "literalpath": "", "destinationpath": "",
                          "compressionlevel": ""}, _compress),
    "invoke-command": ({"asjob": "", "hidecomputername": "", "indisconnectedsession": "", "enablenetworkaccess": "",
                        "runasadministrator": "", "noNewScope": ""}, {"computername": "", "hostname": "", "session": "",
                       "scriptblock": "", "filepath": "", "credential": "", "argumentlist": "", "port": "",
                       "authentication": "", "configurationname": "", "username": "", "keyfilepath": "",
                       "connectionuri": "", "jobname": "", "throttlelimit": ""}, _invoke_command),
    "enter-pssession": ({"usessl": ""}, {"computername": "", "hostname": "", "credential": "", "port": "", "username": "",
                        "keyfilepath": "", "session": "", "authentication": ""}, _pssession),
    "new-pssession": ({"usessl": ""}, {"computername": "", "hostname": "", "credential": "", "port": "", "username": "",
                      "keyfilepath": "", "name": "", "authentication": ""}, _pssession),
    "format-volume": ({"force": "", "full": ""}, {"driveletter": "", "filesystem": "", "newfilesystemlabel": "",
                      "filesystemlabel": "", "path": "", "objectid": ""}, _format_volume),
    "clear-disk": ({"removedata": "", "removeoem": "", "confirm": ""}, {"number": "", "friendlyname": "",
                   "uniqueid": "", "path": ""}, _clear_disk),
    "remove-partition": ({"confirm": ""}, {"disknumber": "", "partitionnumber": "", "driveletter": ""}, _clear_disk),
    "initialize-disk": ({}, {"number": "", "partitionstyle": ""}, _clear_disk),
    "remove-itemproperty": ({"force": ""}, {"path": "", "literalpath": "", "name": ""}, _remove_itemproperty),
    "start-bitstransfer": ({"asynchronous": ""}, {"source": "", "destination": "", "transfertype": "", "priority": "",
                           "displayname": "", "credential": ""}, _bits),
    "add-localgroupmember": ({}, {"group": "", "name": "", "member": "", "sid": ""}, _group_member),
    "new-localuser": ({"nopassword": "", "passwordneverexpires": ""}, {"name": "", "password": "", "fullname": "",
                      "description": ""}, _new_user),
    "start-service": ({"passthru": ""}, {"name": "", "displayname": ""}, _service("start")),
    "suspend-service": ({"passthru": ""}, {"name": "", "displayname": ""}, _service("stop")),
    "remove-service": ({}, {"name": "", "inputobject": ""}, _service("disable")),
    "set-service": ({"passthru": "", "force": ""}, {"name": "", "startuptype": "", "status": "", "displayname": "",
                    "description": "", "credential": "", "computername": ""}, _set_service),
    "rename-item": ({"force": "", "passthru": ""}, {"path": "", "literalpath": "", "newname": ""}, _rename),
    "invoke-item": ({}, {"path": "", "literalpath": ""}, _invoke_item),
    "unregister-scheduledtask": ({"confirm": ""}, {"taskname": "", "taskpath": ""}, _unregister_task),
    "clear-recyclebin": ({"force": "", "confirm": ""}, {"driveletter": ""}, _recycle_bin),
    "clear-history": ({}, {"id": "", "count": "", "commandline": ""}, _clear_history),
    "import-certificate": ({}, {"filepath": "", "certstorelocation": ""}, _import_certificate),
    "import-pfxcertificate": ({"exportable": ""}, {"filepath": "", "certstorelocation": "", "password": ""}, _import_certificate),
    "invoke-sqlcmd": ({"trustservercertificate": "", "encryptconnection": ""}, {"serverinstance": "", "database": "",
                      "query": "", "inputfile": "", "username": "", "password": "", "hostname": "", "querytimeout": "",
                      "connectionstring": "", "credential": ""}, _sqlcmd),
    "get-windowsupdate": ({"install": "", "acceptall": "", "autoreboot": "", "ignorereboot": "", "download": ""},
                          {"kbarticleid": "", "category": "", "computername": ""}, _windows_update),
    "install-windowsupdate": ({"acceptall": "", "autoreboot": "", "ignorereboot": ""}, {"kbarticleid": "", "category": "",
                              "computername": ""}, _windows_update),
}
#: What is asked when a cmdlet of SPECIAL gives nothing to judge.
_PROBLEMS = {"invoke-command": "`Invoke-Command` runs a script block or file automode cannot read",
             "start-process": "`Start-Process` starts a program automode cannot name"}
# fmt: on
