"""Windows paths at the model boundary: an agent on Windows reports `cwd`/`project_root`/home as `C:\\Users\\ana\\src\\app`,
`D:\\work\\x` or `\\\\fs01\\share`, names files that way in tool calls, and the user names them that way in messages.
Every rule reasons over POSIX paths, so they are read once, here, as the POSIX path of the same place:

- a drive letter is dropped (`C:\\Users\\ana` -> `/Users/ana`, the same shape as a macOS home; `C:\\Windows` ->
  `/Windows`, a system directory in `automode.paths`); UNC `\\\\host\\share\\x` -> `//host/share/x`;
- `.\\x`, `..\\x` and `a\\b` -> `./x`, `../x`, `a/b`;
- the profile and its folders, as cmd (`%USERPROFILE%`, `%APPDATA%`, `%LOCALAPPDATA%`, `%TEMP%`) and PowerShell
  (`$env:USERPROFILE`, `$env:APPDATA`, `$HOME`, `~`) spell them, -> the home and its `AppData` folders;
- Git Bash and WSL spellings of a drive (`/c/Users/ana`, `/mnt/c/Windows`) -> the same place.

Facts from the references (learn.microsoft.com "Recognized environment variables", about_Environment_Variables,
"Naming Files, Paths, and Namespaces"): the profile is `%SystemDrive%\\Users\\<name>`; `%APPDATA%` is its
`AppData\\Roaming`, `%LOCALAPPDATA%` its `AppData\\Local`, `%TEMP%` its `AppData\\Local\\Temp`; `%SystemRoot%`/`%windir%`
is `C:\\Windows`, `%ProgramData%` `C:\\ProgramData`; file names are case-insensitive.
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import replace
from automode.model import Context

_DRIVE = lazyre.compile(r"^[A-Za-z]:(?=[\\/]|$)")
_UNC = lazyre.compile(r"^\\\\[^\\/\s]+[\\/]")
#: `%NAME%`, `$env:NAME`, `${env:NAME}`, `$HOME`, `~` at the start of a path.
_VAR = lazyre.compile(r"(?i)^(?:%(?P<cmd>[\w()]+)%|\$\{?env:(?P<ps>[\w()]+)\}?|(?P<home>\$HOME|\$\{HOME\}|~)(?=[\\/]|$))")
#: Where each variable points, relative to the home (`~`) or to the system drive (`/`).
PLACES = {
    "userprofile": "~", "home": "~", "homepath": "~", "appdata": "~/AppData/Roaming", "localappdata": "~/AppData/Local",
    "temp": "~/AppData/Local/Temp", "tmp": "~/AppData/Local/Temp", "onedrive": "~/OneDrive",
    "programdata": "/ProgramData", "allusersprofile": "/ProgramData", "systemroot": "/Windows", "windir": "/Windows",
    "programfiles": "/Program Files", "programfiles(x86)": "/Program Files (x86)", "programw6432": "/Program Files",
    "commonprogramfiles": "/Program Files/Common Files", "public": "/Users/Public", "systemdrive": "",
}  # fmt: skip
#: A drive spelled by Git Bash (`/c/…`) or WSL (`/mnt/c/…`), before a top folder only Windows has.
_MOUNTED = lazyre.compile(r"^/(?:mnt/|cygdrive/)?[a-zA-Z](?=/(?:Users|Windows|Program Files|ProgramData)(?:/|$))")
#: The folders whose spelling the rules match (`/windows/system32` is `/Windows/System32`).
_CASE = {x.lower(): x for x in ("Windows", "System32", "SysWOW64", "Program Files", "Program Files (x86)", "ProgramData",
                                "Users", "AppData", "Roaming", "Local", "LocalLow", "Microsoft", "Temp", "config")}  # fmt: skip
_KNOWN = lazyre.compile(r"(?i)^/(?:windows(?:/system32(?:/config)?|/syswow64|/temp)?|program files(?: \(x86\))?|programdata|"
                        r"users/[^/]+/appdata(?:/(?:roaming|local(?:low)?)(?:/microsoft|/temp)?)?)(?=/|$)")
_HIVE = lazyre.compile(r"(?i)\b(HK(?:LM|CU|CR|U|CC))(?::\\|:?\\)")
#: A Windows path inside prose: a drive path, a UNC path, or a relative path with backslashes (`tools\\x.ps1`).
_IN_TEXT = lazyre.compile(r"(?<![\w\\/])(?:[A-Za-z]:\\[^\s'\"`<>|,;]*|\\\\[\w.$-]+\\[^\s'\"`<>|,;]*|"
                          r"\.{1,2}\\[^\s'\"`<>|,;]+|[\w.-]+(?:\\[\w.-]+)+\\?)")


def windows(p: str | None) -> bool:
    """Whether a path is spelled the Windows way (a drive, UNC, or a profile variable)."""
    if not p:
        return False
    return _DRIVE.match(p) is not None or p.startswith("\\\\") or (p[0] in "%$" and _VAR.match(p) is not None
                                                                   and not p.startswith(("$HOME", "${HOME}")))


def to_posix(raw: str, home: str) -> str:
    """The POSIX path of a Windows path (`C:\\Users\\me\\.ssh` -> `/Users/me/.ssh`, `%APPDATA%\\x` ->
    `<home>/AppData/Roaming/x`); a POSIX path is returned as it is."""
    p = raw
    m = _VAR.match(p)
    if m is not None:
        if m.group("home"):
            base = home.rstrip("/") or "/"
        else:
            place = PLACES.get((m.group("cmd") or m.group("ps") or "").lower())
            if place is None:
                return raw  # another variable: left for the caller to treat as dynamic
            base = (home.rstrip("/") + place[1:]) if place.startswith("~") else place
        p = base + p[m.end():]
    if "\\" in p:
        unc = _UNC.match(p) is not None
        p = p.replace("\\", "/")
        if unc:
            return p
    p = _DRIVE.sub("", p) or "/"
    if p.startswith("/") and _MOUNTED.match(p):
        p = _MOUNTED.sub("", p)
    if p.startswith("/") and _KNOWN.match(p):  # names are case-insensitive: the known folders as Windows spells them
        p = _KNOWN.sub(lambda m: "/".join(_CASE.get(x.lower(), x) for x in m.group(0).split("/")), p, count=1)
    return p


def unc_target(raw: str) -> str | None:
    """`\\\\host\\share\\dir` -> `host:/share/dir`, the scp spelling of a file share on another machine (a copy there
    is a send to that host); None for any other path."""
    if not raw.startswith(("\\\\", "//")) or raw.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
        return None
    host, _, rest = raw.replace("\\", "/").lstrip("/").partition("/")
    if not host or host.lower() in ("localhost", "127.0.0.1", "wsl$", "wsl.localhost"):
        return None
    return f"{host}:/{rest.rstrip('/')}"


#: A Windows path in a command line: a drive, `.\`, `..\`, `~\`, a profile variable or a UNC host, then backslashes.
_IN_COMMAND = lazyre.compile(r"(?<![\w\\/$%])(?:[A-Za-z]:|\.{1,2}|~|%\w+%|\$env:\w+|\$\{env:\w+\}|\$HOME|\\\\[\w.$-]+)"
                             r"(?:\\(?:[^\s\\'\"`;|&<>(){}]+|(?=[\s'\"]|$)))+")
#: The same in quotes, where a path may hold spaces (`"C:\Program Files\App"`).
_QUOTED = lazyre.compile(r"""(["'])((?:[A-Za-z]:|\.{1,2}|%\w+%|\$env:\w+|\\\\[\w.$-]+)\\[^"'\n\\]*(?:\\[^"'\n\\]+)*\\?)\1""")
DRIVE_PATH = lazyre.compile(r"(?:^|(?<=[\s'\"=(,]))[A-Za-z]:\\[\w.$%~ -]{2,}")


def forward_slashes(command: str) -> str:
    r"""A command line with the backslashes of its Windows paths written as `/` (`cat C:\Users\me\.ssh\id_rsa` ->
    `cat C:/Users/me/.ssh/id_rsa`): Windows takes both, and a POSIX parse would drop the backslashes as escapes
    (`C:Usersme.sshid_rsa`, a relative name in the project). Other backslashes (escapes) stay."""
    if "\\" not in command:
        return command
    command = _QUOTED.sub(lambda m: m.group(1) + m.group(2).replace("\\", "/") + m.group(1), command)
    return _IN_COMMAND.sub(lambda m: m.group(0).replace("\\", "/"), command)


def registry_path(key: str, home: str) -> str:
    """A registry key as the file place it lives in: HKCU in the user's profile (NTUSER.DAT), the others in the
    machine's hives (`HKLM\\SOFTWARE\\X` -> `/Windows/System32/config/HKLM/SOFTWARE/X`)."""
    head, _, rest = key.replace("\\", "/").partition("/")
    h = head.rstrip(":").upper()
    if h in ("HKCU", "HKEY_CURRENT_USER"):
        return f"{home.rstrip('/')}/NTUSER.DAT/HKCU/{rest}".rstrip("/")
    return f"/Windows/System32/config/{h}/{rest}".rstrip("/")


def text_posix(text: str) -> str:
    """Prose with its Windows paths written the POSIX way (`clean D:\\logs\\ingest` -> `clean /logs/ingest`), so that
    what the user named matches what an action names."""
    if "\\" not in text:
        return text
    text = _HIVE.sub(lambda m: m.group(1).upper() + "\\", text)  # `HKCU:\\Software\\X` is the key HKCU\\Software\\X
    return _IN_TEXT.sub(lambda m: to_posix(m.group(0), "~"), text)


def posix_context(ctx: Context) -> Context:
    """The context with its Windows paths as POSIX paths; the home, when it is not given the Windows way, is the
    profile the working directory lies in (`C:\\Users\\ana\\src\\app` -> `/Users/ana`). Unchanged when nothing in it is
    a Windows path."""
    if not (windows(ctx.cwd) or windows(ctx.project_root) or windows(ctx.home)):
        return ctx
    home = ctx.home
    if windows(home):
        home = to_posix(home, "/")
    else:
        for p in (ctx.project_root, ctx.cwd):
            parts = to_posix(p, home).split("/") if p and windows(p) else []
            if len(parts) >= 3 and parts[1].lower() == "users" and parts[2] and parts[2].lower() != "public":
                home = "/".join(parts[:3])
                break
    return replace(
        ctx,
        cwd=to_posix(ctx.cwd, home) if ctx.cwd else ctx.cwd,
        project_root=to_posix(ctx.project_root, home) if ctx.project_root else ctx.project_root,
        home=home,
        user_messages=tuple(text_posix(m) for m in ctx.user_messages),
        instructions=tuple(text_posix(m) for m in ctx.instructions),
    )
