"""cmd.exe and Windows programs sent as a command line, lowered as the POSIX commands with the same effect, so every
rule about deletes, copies, secret reads, downloads, privileges, remote commands and stopping the machine applies
(`rd /s /q C:\\Users\\ana` is `rm -rf /Users/ana`, `robocopy src dst /MIR` is `rsync -a --delete src/ dst/`,
`certutil -urlcache -f URL x.exe` is `curl -o x.exe URL`, `psexec \\\\host cmd` is `ssh host cmd`).

Facts from the references (learn.microsoft.com "Windows commands": cmd, del, erase, rd/rmdir, copy, xcopy, robocopy,
move, ren, type, mklink, set, setx, start, taskkill, shutdown, runas, reg, icacls, takeown, format, certutil,
bitsadmin, cmdkey, wmic, net user/localgroup/stop, winrs; Sysinternals PsExec): switches start with `/` (robocopy,
xcopy and most programs also accept `-`), are case-insensitive, and may carry a value after `:`; `del /s` deletes the
named files in every subdirectory; `rd /s` removes a tree; robocopy's `/MIR` is `/E` plus `/PURGE` (deletes what the
source lacks at the destination) and `/MOV`/`/MOVE` delete from the source; `cmd /c` and `/k` run the rest of the
line. Programs with a POSIX namesake (`rmdir`, `type`, `set`, `shutdown`) are read the Windows way only when the
line is Windows-shaped (a `/x` switch, a backslash or drive path) or the session is on Windows.

What is not a file effect is elsewhere: weakenings (vssadmin, wbadmin, wevtutil, bcdedit, netsh, auditpol) in
`knowledge.weakenings`; run-later commands (schtasks, sc create, reg add Run keys) in `knowledge.later_commands`;
programs that run a URL (mshta, regsvr32 /i:, rundll32, msiexec) in `rules.remote_exec`.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.shell.words import Word, shell_quote
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from automode.shell.parse import Command


class Out(Protocol):
    def problem(self, msg: str) -> None: ...


class Lowerer(Protocol):
    home: str
    windows: bool

    @property
    def out(self) -> Out: ...

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip


_SWITCH = lazyre.compile(r"^/[A-Za-z?][\w-]*(?::\S*)?$")
_WINDOWSY = lazyre.compile(r"^['\"]?(?:[A-Za-z]:[\\/]|\\\\|%\w+%|\.{1,2}\\)|\w\\\w")
_VAR = lazyre.compile(r"%(\w+)%")


class Line:
    """One command line read the Windows way: switches (lower case, without the `/`, value after `:`) and operands
    (as written, quotes removed)."""

    __slots__ = ("home", "operands", "quoted", "switches")

    def __init__(self, cmd: Command, home: str, *, dash: bool = False, takes: frozenset[str] = frozenset()) -> None:
        self.home = home
        self.switches: dict[str, str] = {}
        self.operands: list[str] = []
        self.quoted: list[bool] = []  # each operand was written in double quotes (`start "title" prog`)
        pending = ""
        for w in cmd.argv[1:]:
            raw = _unquote(w.raw)
            if pending:  # `/IM node.exe`: a switch whose value is the next word
                self.switches[pending] = raw
                pending = ""
            elif _SWITCH.match(raw) or (dash and raw.startswith("-") and len(raw) > 1):
                key, _, val = raw[1:].partition(":")
                self.switches[key.lower()] = val
                pending = key.lower() if not val and key.lower() in takes else ""
            else:
                self.operands.append(raw)
                self.quoted.append(w.raw.startswith('"'))

    def has(self, *names: str) -> bool:
        return any(n in self.switches for n in names)

    def path(self, raw: str, suffix: str = "") -> str:
        """A path operand as POSIX shell text (`%USERPROFILE%\\x` -> `/Users/me/x`; another `%VAR%` is unknown)."""
        from automode.winpaths import to_posix

        p = to_posix(raw, self.home).rstrip("/") + suffix if suffix else to_posix(raw, self.home)
        if "%" in p:
            return _VAR.sub(lambda m: "${" + m.group(1) + "}", p.replace('"', ""))
        return shell_quote(Word(p, p, False))


def _unquote(raw: str) -> str:
    return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw


def _q(text: str) -> str:
    return shell_quote(Word(text, text, False))


def windowsy(cmd: Command) -> bool:
    """A line written for cmd.exe: a `/x` switch or a Windows path among its words."""
    return any(_SWITCH.match(_unquote(w.raw)) or _WINDOWSY.search(w.raw) for w in cmd.argv[1:])


# ------------------------------------------------------------ cmd.exe builtins
def _del(ln: Line) -> list[str]:
    out = []
    for op in ln.operands:
        p = ln.path(op)
        if any(c in op for c in "*?") and ("\\" in op or "/" in op or ln.has("s")):
            head, _, pat = op.replace("\\", "/").rpartition("/")
            root = ln.path(head) if head else "."
            depth = "" if ln.has("s") else "-maxdepth 1 "
            if pat in ("*", "*.*"):  # every file (cmd's `*.*` matches names without a dot too)
                out.append(f"rm {'-rf' if ln.has('s') else '-f'} {root}/*" if root != "." else f"rm {'-rf' if ln.has('s') else '-f'} ./*")
                continue
            out.append(f"find {root} {depth}-type f -name {_q(pat)} -exec rm -f {{}} +")
        else:
            out.append(f"rm {'-rf' if ln.has('s') else '-f'} {p}")
    return out


def _rd(ln: Line) -> list[str]:
    return [f"rm -rf {ln.path(op)}" if ln.has("s") else f"rmdir {ln.path(op)}" for op in ln.operands]


def _to(program: str, flags: str, srcs: list[str], dst: str, ln: Line) -> str:
    """A copy (`cp`, `rsync`) as POSIX text; to a file share on another machine (`\\\\host\\share`) it is a send
    there: `scp` (`rsync` keeps its own remote form)."""
    from automode.winpaths import unc_target

    remote = unc_target(dst)
    if remote is not None:
        return f"{'rsync' if program == 'rsync' else 'scp'} {flags if program == 'rsync' else '-r'} {' '.join(srcs)} {_q(remote)}"
    return f"{program} {flags + ' ' if flags else ''}{' '.join(srcs)} {ln.path(dst, '/' if program == 'rsync' else '')}"


def _copy(ln: Line) -> list[str]:
    ops = [o for o in ln.operands if o != "+"]
    srcs = [s for o in ops[:-1] or ops for s in o.split("+") if s]
    dst = ops[-1] if len(ops) > 1 else "."
    return [_to("cp", "", [ln.path(s) for s in srcs], dst, ln)] if srcs else []


def _xcopy(ln: Line) -> list[str]:
    if not ln.operands:
        return []
    dst = ln.operands[1] if len(ln.operands) > 1 else "."
    return [_to("cp", "-r" if ln.has("s", "e") else "", [ln.path(ln.operands[0])], dst, ln)]


def _robocopy(ln: Line) -> list[str]:
    if len(ln.operands) < 2:
        return []
    s, d = ln.operands[0], ln.operands[1]
    src = ln.path(s)
    files = ln.operands[2:]
    if ln.has("mir", "purge"):  # the destination made equal to the source: what it has more is deleted
        return [_to("rsync", "-a --delete", [ln.path(s, "/")], d, ln)]
    if ln.has("mov", "move"):  # copied, then deleted from the source
        picked = [ln.path(s, "/" + f) for f in files] or [src]
        return [_to("cp", "-r", picked, d, ln), f"rm -rf {' '.join(picked)}"]
    r = "-r" if ln.has("e", "s") else ""
    return [_to("cp", r, [ln.path(s, "/" + f) for f in files] or [ln.path(s, "/.")], d, ln)]


def _move(ln: Line) -> list[str]:
    if len(ln.operands) < 2:
        return []
    from automode.winpaths import unc_target

    if unc_target(ln.operands[1]) is not None:
        return [_to("cp", "-r", [ln.path(ln.operands[0])], ln.operands[1], ln), f"rm -rf {ln.path(ln.operands[0])}"]
    return [f"mv {ln.path(ln.operands[0])} {ln.path(ln.operands[1])}"]


def _ren(ln: Line) -> list[str]:
    if len(ln.operands) < 2:
        return []
    head = ln.operands[0].replace("\\", "/").rpartition("/")[0]
    return [f"mv {ln.path(ln.operands[0])} {ln.path((head + '/' if head else '') + ln.operands[1])}"]


def _type(ln: Line) -> list[str]:
    return [f"cat {' '.join(ln.path(o) for o in ln.operands)}"] if ln.operands else []


def _mklink(ln: Line) -> list[str]:
    if len(ln.operands) < 2:
        return []
    return [f"ln {'' if ln.has('h') else '-s '}{ln.path(ln.operands[1])} {ln.path(ln.operands[0])}"]


def _set(ln: Line) -> list[str]:
    if ln.has("a", "p") or not ln.operands or "=" not in ln.operands[0]:
        return []
    k, _, v = " ".join(ln.operands).partition("=")
    return [f"export {k.strip()}={_q(v)}"] if k.strip().isidentifier() else []


def _setx(ln: Line) -> list[str]:
    """`setx NAME VALUE [/m]`: the variable, for every later process of the user (or the machine)."""
    if len(ln.operands) < 2 or not ln.operands[0].isidentifier():
        return []
    return [f"export {ln.operands[0]}={_q(ln.operands[1])}"]


def _start(ln: Line) -> list[str]:
    ops = ln.operands
    if ops and ln.quoted[0]:  # the window title
        ops = ops[1:]
    if not ops:
        return []
    if "://" in ops[0]:
        return [f"xdg-open {_q(ops[0])}"]
    return [" ".join([ln.path(ops[0]), *(_q(o) for o in ops[1:])])]


#: `start`'s own switches (cmd's `start /?`); `/d` and `/node`, `/affinity` take a value.
_START_FLAGS = frozenset({"b", "wait", "min", "max", "i", "low", "normal", "high", "realtime", "abovenormal", "belownormal",
                          "separate", "shared", "machine"})  # fmt: skip
_START_VALUE = frozenset({"d", "node", "affinity"})


def _start_words(cmd: Command) -> str | None:
    """`start /b cmd /c rd /s /q X`, `start "" /wait prog args`: the rest of the line after start's own switches and
    title, as written (red team s14: its switches were read as start's, so `/c /s /q` went missing)."""
    words = cmd.argv[1:]
    i = 0
    if words and words[0].raw.startswith('"'):
        i = 1  # the window title
    while i < len(words):
        raw = _unquote(words[i].raw)
        key = raw[1:].split(":", 1)[0].lower() if raw.startswith("/") else ""
        if key in _START_FLAGS:
            i += 1
        elif key in _START_VALUE:
            i += 1 if ":" in raw else 2
        else:
            break
    rest = words[i:]
    if not rest or "://" in rest[0].value:
        return None  # (a URL: `_start` opens it)
    return cmd_vars(" ".join(_text(w) for w in rest))


def _taskkill(ln: Line) -> list[str]:
    force = "-9 " if ln.has("f") else ""
    out = [f"kill {force}{_q(ln.switches['pid'])}"] if ln.switches.get("pid") else []
    name = ln.switches.get("im", "")
    if name:
        n = name[:-4] if name.lower().endswith(".exe") else name
        out.append(f"pkill {force}{_q(n)}" if n not in ("*", "") else "kill -9 -1")
    return out


def _shutdown(ln: Line) -> list[str]:
    if ln.has("a"):
        return []
    if ln.has("r", "g"):
        return ["reboot"]
    if ln.has("s", "p", "sg", "h"):
        return ["shutdown -h now"]
    if ln.has("l"):
        return ["loginctl terminate-user \"$USER\""]
    return []


def _certutil(ln: Line) -> list[str]:
    urls = [o for o in ln.operands if "://" in o]
    if ln.has("urlcache", "verifyctl") and urls:
        files = [o for o in ln.operands if "://" not in o]
        return [f"curl -o {ln.path(files[0])} {_q(urls[0])}" if files else f"curl -O {_q(urls[0])}"]
    if ln.has("addstore") and ln.operands:  # `certutil -addstore -f Root x.cer`: a trust anchor of the machine
        store, cert = (ln.switches.get("addstore") or (ln.operands[0] if len(ln.operands) > 1 else "root")), ln.operands[-1]
        base = cert.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        where = "/usr/local/share/ca-certificates/" if not ln.has("user") else ln.home.rstrip("/") + "/AppData/Roaming/Microsoft/SystemCertificates/"
        return [f"cp {ln.path(cert)} {_q(where + store + '/' + base + '.crt')}"]
    if ln.has("decode", "decodehex") and len(ln.operands) >= 2:
        return [f"base64 -d {ln.path(ln.operands[0])} > {ln.path(ln.operands[1])}"]
    return []


def _bitsadmin(ln: Line) -> list[str]:
    urls = [i for i, o in enumerate(ln.operands) if "://" in o]
    if not urls or not ln.has("transfer", "addfile"):
        return []
    i = urls[0]
    local = ln.operands[i + 1] if i + 1 < len(ln.operands) else ""
    if ln.has("upload"):
        return [f"curl -T {ln.path(local)} {_q(ln.operands[i])}"] if local else []
    return [f"curl -o {ln.path(local)} {_q(ln.operands[i])}" if local else f"curl -O {_q(ln.operands[i])}"]


#: Registry hives whose saved copy holds the local accounts' password hashes and the LSA secrets.
_HIVES = {"hklm\\sam": "SAM", "hkey_local_machine\\sam": "SAM", "hklm\\security": "SECURITY",
          "hkey_local_machine\\security": "SECURITY", "hklm\\system": "SYSTEM", "hkey_local_machine\\system": "SYSTEM"}  # fmt: skip
_WINLOGON = lazyre.compile(r"(?i)\\Winlogon\b|\\Credentials\b|\\Putty\\Sessions|\\RealVNC|\\TightVNC|\\OpenSSH\\Agent")


def _reg(ln: Line) -> list[str]:
    """`reg save/export` of a secret hive is a copy of it; `reg query` of the autologon or saved-session keys reads
    passwords; `reg delete` removes a key (the machine's under HKLM, the user's under HKCU). `reg add` is a run-later
    or a weakening (other tables)."""
    if not ln.operands:
        return []
    verb, rest = ln.operands[0].lower(), ln.operands[1:]
    key = rest[0].rstrip("\\") if rest else ""
    hive = _HIVES.get(key.lower())
    if verb in ("save", "export") and len(rest) >= 2:
        src = f"/Windows/System32/config/{hive}" if hive else _key_path(key, ln.home)
        return [f"cp {_q(src)} {ln.path(rest[1])}"]
    if verb == "query" and (hive or _WINLOGON.search(key)):
        return [f"cat {_q('/Windows/System32/config/' + (hive or 'SECURITY'))}"]
    if verb == "delete" and key:
        return [f"rm -rf {_q(_key_path(key, ln.home))}"]
    if verb == "add" and _ENV_KEY.match(key) and ln.switches.get("v"):
        # a value of the Environment key is a variable every later process starts with: `setx NAME VALUE`'s effect
        return [f"setx {_q(ln.switches['v'])} {_q(ln.switches.get('d', ''))}"]
    return []


#: The registry keys that hold the persistent environment (the user's, the machine's).
_ENV_KEY = lazyre.compile(r"(?i)^(?:HKCU|HKEY_CURRENT_USER):?[\\/]+Environment$|^(?:HKLM|HKEY_LOCAL_MACHINE):?[\\/]+SYSTEM[\\/]+"
                          r"(?:CurrentControlSet|ControlSet\d+)[\\/]+Control[\\/]+Session Manager[\\/]+Environment$")


def _key_path(key: str, home: str) -> str:
    from automode.winpaths import registry_path

    return registry_path(key, home)


def _cmdkey(ln: Line) -> list[str]:
    """`cmdkey /list` shows the saved credentials of Credential Manager; `/add` and `/generic` store one."""
    if ln.has("list"):
        return [f"cat {_q(ln.home.rstrip('/') + '/AppData/Roaming/Microsoft/Credentials')}/*"]
    if ln.has("delete"):
        return [f"rm -f {_q(ln.home.rstrip('/') + '/AppData/Roaming/Microsoft/Credentials/' + (ln.switches['delete'] or 'x'))}"]
    return []


_EVERYONE = lazyre.compile(r"(?i)^\*?(?:Everyone|S-1-1-0|Users|\*?S-1-5-32-545|Authenticated Users|\*?S-1-5-11|Guests|"
                           r"ANONYMOUS LOGON)(?::|$)")


def _icacls(ln: Line) -> list[str]:
    """`icacls P /grant Everyone:F` opens a file to every account (`chmod 777`); `/setowner` changes its owner."""
    if not ln.operands:
        return []
    target = ln.path(ln.operands[0])
    grants = [o for o in ln.operands[1:] if ":" in o]
    r = "-R " if ln.has("t") else ""
    if "grant" in ln.switches or "grant:r" in ln.switches or any(k.startswith("grant") for k in ln.switches):
        wide = [g for g in grants + [v for k, v in ln.switches.items() if k.startswith("grant")] if _EVERYONE.match(g)]
        if wide and any(x in g.upper() for g in wide for x in ("(F)", ":F", "(M)", ":M", "(W)", ":W", "FULL")):
            return [f"chmod {r}777 {target}"]
    if ln.has("setowner") and len(ln.operands) >= 2:
        return [f"chown {r}{_q(ln.operands[1])} {target}"]
    return []


def _takeown(ln: Line) -> list[str]:
    f = ln.switches.get("f") or (ln.operands[0] if ln.operands else "")
    return [f"chown {'-R ' if ln.has('r') else ''}\"$USER\" {ln.path(f)}"] if f else []


def _format(ln: Line) -> list[str]:
    drive = next((o for o in ln.operands if len(o) >= 2 and o[1] == ":" and o[0].isalpha()), "")
    return [f"mkfs /dev/sd{drive[0].lower()}"] if drive else []


def _runas(ln: Line) -> tuple[list[str], bool]:
    return ([ln.operands[-1]] if ln.operands else []), True


def _psexec(ln: Line) -> tuple[list[str], str | None]:
    """`psexec \\\\host [-s] [-u U -p P] cmd args`: the command runs on host (on this machine without one)."""
    ops = list(ln.operands)
    host = None
    if ops and ops[0].startswith("\\\\"):
        host = ops.pop(0).lstrip("\\").split("\\", 1)[0].split(",", 1)[0]
    # its own options that take a value (`-u user -p pass -w dir -c` copies the program there)
    skip = {"-u", "-p", "-w", "-n", "-a", "-f", "-csrc", "-h", "-i", "-r"}
    words: list[str] = []
    it = iter(ops)
    for o in it:
        if not words and o.lower() in skip:
            next(it, None)
            continue
        if not words and o.startswith("-"):
            continue
        words.append(o)
    return ([" ".join(words)] if words else []), host


def _winrs(cmd: Command) -> tuple[list[str], str | None]:
    """`winrs -r:HOST [-u:U -p:P] COMMAND…`: its own `-x`/`/x` switches first, then the command line."""
    host = None
    words = cmd.argv[1:]
    i = 0
    while i < len(words) and words[i].value[:1] in ("-", "/"):
        key, _, val = words[i].value[1:].partition(":")
        if key.lower() in ("r", "remote") and val:
            host = val.split("//", 1)[-1].split(":", 1)[0]
        i += 1
    return ([" ".join(_text(w) for w in words[i:])] if i < len(words) else []), host


_WMIC_CREATE = lazyre.compile(r"(?i)\bprocess\s+call\s+create\s+(.+)$")


def _wmic(cmd: Command) -> tuple[list[str], str | None]:
    node = next((w.raw.split(":", 1)[1] for w in cmd.argv[1:] if w.raw.lower().startswith("/node:")), None)
    m = _WMIC_CREATE.search(" ".join(_text(w) for w in cmd.argv[1:]))
    return ([_unquote(m.group(1).strip())] if m else []), (node.strip("'\"") if node else None)


def _net(ln: Line) -> list[str]:
    ops = [o.lower() for o in ln.operands]
    if len(ops) >= 2 and ops[0] == "user" and ln.has("add"):
        return [f"useradd {_q(ln.operands[1])}"]
    if len(ops) >= 3 and ops[0] == "localgroup" and ops[1] in ("administrators", "administratoren", "administrateurs",
                                                               "remote desktop users") and ln.has("add"):  # fmt: skip
        return [f"usermod -aG sudo {_q(ln.operands[2])}"]
    if len(ops) >= 2 and ops[0] in ("stop", "start"):
        return [f"systemctl {ops[0]} {_q(ln.operands[1])}"]
    return []


def _text(w: Word) -> str:
    """A word of a command line handed on as text: a quoted word without its quotes, a bare one as written (bash
    dropped the backslashes of `C:\\data`, cmd keeps them)."""
    return w.value if w.quoted else w.raw


def _cmd_shell(cmd: Command) -> str | None:
    """`cmd /c LINE` or `cmd /k LINE`: the rest of the line (the switches before it are cmd's own)."""
    words = cmd.argv[1:]
    for i, w in enumerate(words):
        v = w.value.lower()
        if v in ("/c", "/k", "/r"):
            return cmd_vars(" ".join(_text(x) for x in words[i + 1:]))
        if v.startswith(("/c ", "/k ")):
            return cmd_vars(w.value[3:] + " " + " ".join(_text(x) for x in words[i + 1:]))
        if not _SWITCH.match(w.value):
            return None
    return None


_CMD_SET = lazyre.compile(r"""(?i)\bset\s+"?([A-Za-z_][\w.-]*)=([^&|"\r\n]*)"?""")
_CMD_CALL = lazyre.compile(r"(?i)(^|&&?|\|\|?|\()\s*call\s+(?=[^:\s])")


_GLUED_SWITCH = lazyre.compile(r"(?i)(^|[&|(]\s*)(rd|rmdir|del|erase|copy|move|xcopy|robocopy|ren|rename|mklink|md|mkdir|attrib|"
                               r"icacls|takeown|format|cipher|reg|taskkill|shutdown)/(?=\w)")


def cmd_vars(line: str) -> str:
    """A cmd line with the variables it sets itself expanded where it uses them, and `call CMD` as `CMD`: `set
    x=rd&& call %x% /s /q DIR`, `cmd /v /c "set x=rd&&!x! /s /q DIR"` (red team s13: cmd expands `%x%` when `call`
    reparses the line and `!x!` at run time, so the command was unknown to the analysis)."""
    # cmd ends a builtin's name at `/`: `rd/s/q X` is `rd /s /q X` (red team s14)
    line = _GLUED_SWITCH.sub(lambda m: m.group(1) + m.group(2) + " /", line)
    if "%" not in line and "!" not in line:
        return line
    for m in list(_CMD_SET.finditer(line))[:16]:
        name, value = m.group(1), m.group(2).strip()
        head, tail = line[: m.end()], line[m.end():]
        tail = re.sub(r"(?i)[%!]" + re.escape(name) + r"[%!]", value.replace("\\", "\\\\"), tail)
        line = head + tail
    return _CMD_CALL.sub(lambda mm: mm.group(1) + " ", line)


#: The process that holds the logged-on users' credentials, and the ways its memory is dumped (Sysinternals
#: procdump, comsvcs.dll MiniDump through rundll32, Task Manager's dump through `tasklist`/`taskmgr` is not a line):
#: the dump is a copy of those credentials, read like the LSA secrets.
_LSASS = lazyre.compile(r"(?i)\blsass(?:\.exe)?\b|\bcomsvcs(?:\.dll)?\b.*\bminidump\b")


def _dump(ln: Line) -> list[str]:
    text = " ".join([*ln.operands, *ln.switches])
    return ["cat /Windows/System32/config/SECURITY"] if _LSASS.search(text) or ("minidump" in text.lower() and "comsvcs" in text.lower()) else []


def _ntdsutil(ln: Line) -> list[str]:
    """`ntdsutil "ac i ntds" "ifm" "create full C:\\x"`: a copy of the domain's account database."""
    text = " ".join(ln.operands).lower()
    return [f"cp /Windows/NTDS/ntds.dit {ln.path(ln.operands[-1].split()[-1]) if ln.operands else '.'}"] if "ifm" in text or "snapshot" in text else []


# fmt: off
#: program -> (how it reads its line, the lowering). Ambiguous names need a Windows-shaped line or session.
TABLE: dict[str, Callable[[Line], list[str]]] = {
    "del": _del, "erase": _del, "rd": _rd, "rmdir": _rd, "copy": _copy, "xcopy": _xcopy, "robocopy": _robocopy,
    "move": _move, "ren": _ren, "rename": _ren, "type": _type, "mklink": _mklink, "set": _set, "setx": _setx,
    "start": _start, "taskkill": _taskkill, "shutdown": _shutdown, "certutil": _certutil, "bitsadmin": _bitsadmin,
    "reg": _reg, "cmdkey": _cmdkey, "icacls": _icacls, "cacls": _icacls, "takeown": _takeown, "format": _format,
    "net": _net, "net1": _net, "procdump": _dump, "procdump64": _dump, "rundll32": _dump, "ntdsutil": _ntdsutil,
}
#: PowerShell's aliases among them (about_Aliases), when written with PowerShell parameters.
ALIASES = {"del": "remove-item", "erase": "remove-item", "rd": "remove-item", "rmdir": "remove-item", "copy": "copy-item",
           "move": "move-item", "type": "get-content", "ren": "rename-item"}  # fmt: skip
#: Names that are also POSIX programs or shell builtins.
AMBIGUOUS = frozenset({"rmdir", "type", "set", "shutdown", "format", "net", "start", "rename"})
#: Programs whose options also take `-` (robocopy, xcopy, certutil, taskkill ... accept both).
DASHED = frozenset({"robocopy", "xcopy", "certutil", "taskkill", "shutdown", "bitsadmin", "icacls", "takeown", "procdump",
                    "procdump64"})
#: Switches whose value is the next word.
TAKES = {"taskkill": frozenset({"im", "pid", "s", "u", "p", "fi"}), "shutdown": frozenset({"m", "t", "c", "d"}),
         "bitsadmin": frozenset({"priority"}), "takeown": frozenset({"f", "s", "u", "p"}),
         "reg": frozenset({"v", "d", "t"})}  # fmt: skip
#: Programs that run a command line elsewhere or as someone else.
RUNNERS = frozenset({"cmd", "runas", "psexec", "psexec64", "paexec", "winrs", "wmic"})
#: Programs that touch disks or partitions as a whole: automode cannot read what their script does.
DISK_SCRIPTS = frozenset({"diskpart"})
PROGRAMS = frozenset(TABLE) | RUNNERS | DISK_SCRIPTS | {"cipher"}
# fmt: on


#: Windows programs read elsewhere (their harmful forms are rows of `knowledge.weakenings`, `knowledge.later_commands`,
#: `rules.remote_exec`) or that only report (learn.microsoft.com "Windows commands"): not unknown programs.
READ_ELSEWHERE = frozenset({
    "wevtutil", "vssadmin", "wbadmin", "bcdedit", "fsutil", "auditpol", "reagentc", "netsh", "sc", "schtasks", "mshta",
    "rundll32", "regsvr32", "msiexec", "ipconfig", "systeminfo", "tasklist", "whoami", "where", "findstr", "tree", "netstat",
    "tracert", "nslookup", "getmac", "gpresult", "qwinsta", "quser", "ver", "vol", "cls", "chcp", "fc", "comp", "more",
    "sort", "clip", "timeout", "pathping", "driverquery", "wmic", "powercfg", "hostname", "attrib", "dir", "echo", "cd",
    "chdir", "md", "mkdir", "pushd", "popd", "call", "exit", "title", "color", "pause", "rem", "if", "for", "goto",
})  # fmt: skip


def known(name: str) -> bool:
    """A Windows program this module or another table reads (for the unknown-program rule)."""
    return name in PROGRAMS or name in READ_ELSEWHERE


def lower(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower one cmd.exe builtin or Windows program as the POSIX commands with its effect."""
    name = cmd.name
    via = (*cmd.via, f"{name} (Windows)")
    if name in AMBIGUOUS and not (lw.windows or windowsy(cmd)):
        return
    if name in TABLE and not windowsy(cmd) and any(v.endswith("(Windows)") for v in cmd.via):
        return  # a line this module wrote (`rmdir /x` for `rd \\x`): POSIX already
    if name in TABLE and name in ALIASES and not any(_SWITCH.match(_unquote(w.raw)) for w in cmd.argv[1:]) and \
            any(w.value.startswith("-") and len(w.value) > 2 for w in cmd.argv[1:]):
        from automode.shell import powershell

        powershell.lower(lw, cmd, nesting, ALIASES[name])  # PowerShell's alias with its parameters (`del -Recurse x`)
        return
    lines: list[str] = []
    privileged, remote = cmd.privileged, cmd.remote
    if name == "cmd":
        text = _cmd_shell(cmd)
        lines = [text] if text else []
        via = (*cmd.via, "cmd /c")
    elif name == "runas":
        lines, privileged = _runas(Line(cmd, lw.home))
    elif name in ("psexec", "psexec64", "paexec"):
        ln = Line(cmd, lw.home)
        lines, host = _psexec(ln)
        remote = host or remote
        privileged = privileged or ln.has("s") or "-s" in ln.operands[:4]
    elif name == "winrs":
        lines, host = _winrs(cmd)
        remote = host or remote
    elif name == "wmic":
        lines, host = _wmic(cmd)
        remote = host if host and host.lower() not in (".", "localhost", "127.0.0.1") else remote
    elif name == "start" and (line := _start_words(cmd)) is not None:
        lines = [line]
    elif name == "diskpart":
        lw.out.problem("`diskpart` runs disk commands (clean, format, delete partition) automode cannot read")
        return
    elif name == "cipher":
        ln = Line(cmd, lw.home)
        if ln.has("w"):
            lw.out.problem("`cipher /w` overwrites the free space of a whole volume (deleted files become unrecoverable)")
        elif ln.has("e", "d") and ln.has("s"):
            lw.out.problem("`cipher /e /s` encrypts or decrypts a whole tree with keys of this account")
        return
    else:
        lines = TABLE[name](Line(cmd, lw.home, dash=name in DASHED, takes=TAKES.get(name, frozenset())))
    for line in lines:
        if line.strip():
            lw.source(line, via=via, privileged=privileged, remote=remote, nesting=nesting + 1, cwd=cmd.cwd)
