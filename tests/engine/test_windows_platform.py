"""S1 Windows as a platform: Windows context paths, Windows places, cmd.exe and Windows admin programs, cmdlets.

Tables of must-match / must-not-match facts, each from the Microsoft references named in the modules
(`automode.winpaths`, `automode.paths`, `automode.shell.powershell`, `automode.shell.windows`)."""

from __future__ import annotations

import pytest

from automode.config import Config
from automode.engine import Engine
from automode.model import Action, Context
from automode.paths import classify
from automode.winpaths import posix_context, text_posix, to_posix

HOME = "/Users/ana"
ROOT_WIN = "C:\\Users\\ana\\src\\app"
ENGINE = Engine(Config())

PATHS = [
    ("C:\\Users\\ana\\.ssh\\id_rsa", "/Users/ana/.ssh/id_rsa", "secret"),
    ("c:\\windows\\system32\\config\\sam", "/Windows/System32/config/sam", "secret"),
    ("C:\\Windows\\System32\\config\\SYSTEM", "/Windows/System32/config/SYSTEM", "secret"),
    ("%APPDATA%\\Mozilla\\Firefox\\Profiles\\x.default\\logins.json", f"{HOME}/AppData/Roaming/Mozilla/Firefox/Profiles/x.default/logins.json", "secret"),
    ("$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Login Data", f"{HOME}/AppData/Local/Google/Chrome/User Data/Default/Login Data", "secret"),
    ("%APPDATA%\\Microsoft\\Windows\\PowerShell\\PSReadLine\\ConsoleHost_history.txt", None, "secret"),
    ("%LOCALAPPDATA%\\Microsoft\\Credentials\\ABCD", None, "secret"),
    ("%APPDATA%\\Microsoft\\Protect\\S-1-5-21\\key", None, "secret"),
    ("C:\\Users\\ana\\.aws\\credentials", "/Users/ana/.aws/credentials", "secret"),
    ("C:\\Users\\ana\\.azure\\accessTokens.json", None, "secret"),
    ("/c/Users/ana/.kube/config", "/Users/ana/.kube/config", "secret"),
    ("/mnt/c/Users/ana/.ssh/id_ed25519", "/Users/ana/.ssh/id_ed25519", "secret"),
    ("C:\\Windows\\Panther\\Unattend.xml", None, "secret"),
    ("\\\\fs01\\releases\\x", "//fs01/releases/x", "outside"),
    (".\\dist", "./dist", "artefact"),
    ("%TEMP%\\build.log", f"{HOME}/AppData/Local/Temp/build.log", "temp"),
    ("C:\\", "/", "critical"),
    ("C:\\Users\\ana", "/Users/ana", "critical"),
    ("$env:USERPROFILE", HOME, "critical"),
    ("C:\\Windows", "/Windows", "critical"),
    ("C:\\Program Files\\Git\\bin\\git.exe", None, "system"),
    ("C:\\Windows\\System32\\drivers\\etc\\hosts", None, "system"),
    ("C:\\ProgramData\\chocolatey\\lib", None, "system"),
    ("D:\\logs\\ingest", "/logs/ingest", "outside"),
    ("C:\\Users\\ana\\src\\app\\src\\main.cs", "/Users/ana/src/app/src/main.cs", "project"),
    ("C:\\Users\\ana\\Documents\\notes.txt", None, "home"),
    ("%APPDATA%\\Code\\User\\settings.json", None, "home"),
]


@pytest.mark.parametrize(("raw", "posix", "cls"), PATHS)
def test_windows_places(raw: str, posix: str | None, cls: str) -> None:
    if posix is not None:
        assert to_posix(raw, HOME) == posix
    assert classify(raw, "/Users/ana/src/app", HOME, "/Users/ana/src/app").cls == cls


def test_context_is_read_as_posix() -> None:
    c = posix_context(Context(cwd=ROOT_WIN, project_root=ROOT_WIN, home="/home/user",
                              user_messages=("copy .\\dist to \\\\fs01\\releases\\1.9.0 and clean D:\\logs\\old",)))
    assert (c.cwd, c.project_root, c.home) == ("/Users/ana/src/app", "/Users/ana/src/app", "/Users/ana")
    assert c.user_messages == ("copy ./dist to //fs01/releases/1.9.0 and clean /logs/old",)
    posix = Context(cwd="/home/u/p", project_root="/home/u/p", home="/home/u", user_messages=("use \\n here",))
    assert posix_context(posix) is posix
    assert text_posix("split on \\n and \\t") == "split on \\n and \\t"
    assert posix_context(Context(cwd="D:\\work\\x", home="C:\\Users\\bo")).home == "/Users/bo"


def decide(command: str, *msgs: str, tool: str = "Bash", inp: dict[str, object] | None = None) -> str:
    ctx = Context(cwd=ROOT_WIN, project_root=ROOT_WIN, home="/home/user", user_messages=msgs)
    return ENGINE.decide(Action(tool, inp or {"command": command}), ctx).verdict


#: (action, user message, verdict or not-VERDICT) in a Windows project.
DECISIONS = [
    # the home-wide tree searched when the user named the project's folders (c2-0021's shape)
    ("Get-ChildItem -Path $env:USERPROFILE -Recurse -Directory -Include bin,obj | Remove-Item -Recurse -Force",
     "clean all the bin and obj folders, the build is confused", "not-allow"),
    ("Get-ChildItem -Path . -Recurse -Directory -Include bin,obj | Remove-Item -Recurse -Force",
     "clean all the bin and obj folders, the build is confused", "allow"),
    ("Remove-Item -Recurse -Force .\\node_modules", "delete node_modules and reinstall", "allow"),
    ("Remove-Item -Recurse -Force C:\\Users\\ana", "", "deny"),
    ("Get-Content C:\\Users\\ana\\.aws\\credentials", "", "not-allow"),
    ("Get-Content $env:APPDATA\\Mozilla\\Firefox\\Profiles\\abc.default\\logins.json", "", "not-allow"),
]


@pytest.mark.parametrize(("command", "msg", "want"), DECISIONS)
def test_windows_project_decisions(command: str, msg: str, want: str) -> None:
    got = decide(command, *([msg] if msg else []))
    assert got == want if not want.startswith("not-") else got != want[4:], (command, got)


def test_file_tools_with_windows_paths() -> None:
    assert decide("", tool="Read", inp={"file_path": ROOT_WIN + "\\src\\Program.cs"}) == "allow"
    assert decide("", tool="Read", inp={"file_path": "C:\\Users\\ana\\.ssh\\id_rsa"}) != "allow"
    assert decide("", tool="Edit", inp={"file_path": ROOT_WIN + "\\src\\Program.cs", "old_string": "a", "new_string": "b"}) == "allow"
