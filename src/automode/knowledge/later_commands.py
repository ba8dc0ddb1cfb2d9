"""Commands that make something run later by itself (persistence, AM-PERSIST-002): each scheduler, service manager,
login-item and autostart mechanism of Linux, the BSDs, macOS and Windows, with the kind of thing it installs and the
words a request says when it asks for that kind ("every night at 2", "start it at login", "keep it running after I
log out", "make it restart automatically").

One row per mechanism: the programs, a pattern over the command's arguments (joined by spaces, searched without
regard to case), and `unless`, a pattern that makes the same program's listing or status no mechanism. The judge
releases a row only when the request says one of its kind's words (`KIND_WORDS`) and names what it runs
(`judge.intent.persist.scheduled_as_asked`) or the unit it enables; what the job runs is lowered and judged like a
command run now (`shell.schedule`).

Sources: crontab(1), at(1), systemd-run(1) `--on-calendar`, systemctl(1) `enable`/`link`/`preset`/`add-wants`,
loginctl(1) `enable-linger`, launchctl(1) `load`/`bootstrap`/`enable`/`submit`, update-rc.d(8), chkconfig(8),
rc-update(8), sysrc(8) `*_enable`, osascript(1) System Events `login item`, defaults(1) `LoginHook`, schtasks(1)
`/create`, reg(1) `add` of the Run/RunOnce/Winlogon/Image File Execution Options keys, sc.exe `create`/`config
start= auto`, wmic `__EventFilter`/`CommandLineEventConsumer`/`__FilterToConsumerBinding` in `root\\subscription`,
docker-run(1)/podman-run(1)/nerdctl `--restart`, docker-update(1) `--restart`, kubectl-create-cronjob(1),
`podman generate systemd`, pg_cron `cron.schedule`, MySQL `CREATE EVENT … ON SCHEDULE`, `gcloud scheduler jobs
create`, `aws events put-rule --schedule-expression`, `aws scheduler create-schedule`, `glab schedule create`, pm2 `startup`, nssm `install`, forever-service `install`, brew `services start` (a
launch agent), Windows `at` (deprecated).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Words that ask for something to run on a schedule (a recurrence, a time of day, the tool).
SCHEDULE = frozenset({
    "cron", "crontab", "cronjob", "schedule", "scheduled", "scheduler", "nightly", "daily", "hourly", "weekly", "monthly",
    "every", "each", "recurring", "periodically", "periodic", "later", "tonight", "tomorrow", "hour", "hours", "minutes",
    "am", "pm", "midnight", "noon", "morning", "evening", "night", "timer", "reboot", "startup", "boot", "at", "task",
    "tasks", "logon", "login",
})  # fmt: skip
#: Words that ask for a service or unit that starts by itself (not "service", "agent" or "daemon" alone: "start the
#: grafana agent" asks for it running now, not enabled at every boot).
SERVICE = frozenset({
    "boot", "boots", "reboot", "reboots", "startup", "start-up", "automatically", "autostart", "enable", "enabled",
    "enabling", "login", "logon", "log", "timer", "timers", "schedule", "scheduled", "nightly", "daily", "hourly",
    "weekly", "every", "persistent", "permanently", "always", "runlevel", "launchctl", "launchd", "launchagent",
    "launchdaemon",
})  # fmt: skip
#: Words that ask for an item started at the user's login.
LOGIN = frozenset({
    "login", "logon", "log", "startup", "start-up", "boot", "automatically", "autostart", "autorun", "launchd",
    "launchagent", "launchagents", "launchctl", "registry", "runonce",
})  # fmt: skip
#: Words that ask for the user's services to keep running without a login session (loginctl enable-linger).
LINGER = frozenset({"linger", "lingering", "lingers", "logout", "logged", "reboot", "reboots", "boot"})
#: Words that ask for a container to come back by itself (after a crash, a daemon restart or a reboot).
#: (Not "restart" alone: "restart the web container" asks for it restarted now.)
#: ("restarts" is: "make sure it restarts if it crashes"; "unless" is how "unless-stopped" reads as words.)
RESTART = frozenset({"automatically", "reboot", "reboots", "boot", "always", "restarts", "unless", "survive",
                     "survives", "persistent", "crash", "crashes", "startup"})  # fmt: skip
#: A permanent WMI event subscription: no everyday request names one but by its name.
WMI = frozenset({"wmi", "subscription", "subscriptions", "__eventfilter"})

KIND_WORDS: Mapping[str, frozenset[str]] = {
    "schedule": SCHEDULE, "service": SERVICE, "login": LOGIN, "linger": LINGER, "restart": RESTART, "wmi": WMI,
    "brew": LOGIN | frozenset({"services", "service"}),  # "start redis with brew services"
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class LaterCommand:
    """One mechanism: the programs, what their arguments must contain, what it installs."""

    programs: frozenset[str]
    args: str  # pattern searched in the arguments joined by spaces (case-insensitive)
    kind: str  # key of KIND_WORDS
    what: str  # what it does, for the finding
    verdict: str = "deny"
    unless: str = ""  # pattern: the same program lists, queries or removes


def _p(*names: str) -> frozenset[str]:
    return frozenset(names)


#: The autostart keys (an unquoted key in a POSIX shell loses its backslashes: `HKCU\\Software\\...\\Run` arrives
#: as `HKCUSoftware...Run`, so the separators are optional).
_WIN_RUN_KEYS = (r"CurrentVersion[\\/]*(?:Run|RunOnce|RunOnceEx|RunServices|RunServicesOnce|Policies[\\/]*Explorer[\\/]*Run)"
                 r"(?![a-z])|Winlogon(?![a-z])|Image\s?File\s?Execution\s?Options|Explorer[\\/]*Run(?![a-z])|"
                 r"Active\s?Setup[\\/]*Installed\s?Components|Command\s?Processor.*AutoRun|SilentProcessExit|"
                 r"AppInit_DLLs|AppCertDlls|UserInitMprLogonScript|Control\s?Panel[\\/]*Desktop.*SCRNSAVE|"
                 r"CurrentControlSet[\\/]*Services[\\/]")

#: The mechanisms (crontab and at keep their own reading of listing and removing: `rules.persistence.schedule`).
TABLE: tuple[LaterCommand, ...] = (
    LaterCommand(_p("systemd-run"), r"(?:^|\s)--on-[a-z]+|--timer-property", "schedule", "systemd-run schedules a timer"),
    LaterCommand(_p("systemctl"), r"(?:^|\s)(?:enable|link|preset|add-wants|set-default|reenable)(?:\s|$)",
                 "service", "systemctl enables a unit that starts by itself"),
    LaterCommand(_p("loginctl"), r"(?:^|\s)enable-linger(?:\s|$)", "linger",
                 "loginctl enable-linger keeps the user's services running without a login, from boot", verdict="ask"),
    LaterCommand(_p("launchctl"), r"(?:^|\s)(?:load|bootstrap|enable|submit)(?:\s|$)", "login", "registers a launchd job"),
    LaterCommand(_p("update-rc.d", "chkconfig", "rc-update"), r"(?:^|\s)-{0,2}(?:enable|defaults|add|on)(?:\s|$)",
                 "service", "enables a boot service", unless=r"--list|(?:^|\s)-{0,2}(?:show|del|remove|off|disable)(?:\s|$)"),
    LaterCommand(_p("insserv"), r"^[^-\s]\S*$", "service", "enables a boot service"),
    LaterCommand(_p("sysrc"), r"\w+_enable=[\"']?(?:yes|1|on)\b", "service", "sysrc enables a boot service"),
    # macOS remote access switched on (systemsetup(8) `-setremotelogin on`: the SSH server, started at every boot;
    # `-setremoteappleevents on`: other machines may send Apple events)
    LaterCommand(_p("systemsetup"), r"-setremotelogin\s+on\b|-setremoteappleevents\s+on\b", "service",
                 "systemsetup turns on a remote-access service that starts at every boot"),
    LaterCommand(_p("schtasks", "schtasks.exe"), r"(?:^|\s)[/-]create(?:\s|$)", "schedule", "schedules a Windows task"),
    LaterCommand(_p("reg", "reg.exe"), r"^(?:add|import|restore|copy)\s.*(?:" + _WIN_RUN_KEYS + ")", "login",
                 "adds a Windows autostart registry entry"),
    LaterCommand(_p("sc", "sc.exe"), r"^create\s|^config\s.*\bstart=\s*(?:auto|boot|system|delayed-auto)", "service",
                 "creates or auto-starts a Windows service"),
    # sc.exe `failure NAME … command= CMD`: the program runs whenever the service fails (learn.microsoft.com sc-failure)
    LaterCommand(_p("sc", "sc.exe"), r"^failure\s.*\bcommand=", "service",
                 "sets a program to run whenever a Windows service fails"),
    LaterCommand(_p("wmic", "wmic.exe"), r"__EventFilter|EventConsumer|__FilterToConsumerBinding|root[\\/]+subscription",
                 "wmi", "creates a permanent WMI event subscription", unless=r"(?:^|\s)(?:get|list)(?:\s|$)"),
    LaterCommand(_p("osascript"), r"login\s+item", "login", "adds a login item", unless=r"(?:delete|get|every)\s+login\s+item"),
    LaterCommand(_p("defaults"), r"loginwindow.*(?:LoginHook|LogoutHook)|com\.apple\.loginitems", "login", "adds a login hook",
                 unless=r"^(?:read|delete)\s"),
    LaterCommand(_p("docker", "podman", "nerdctl"), r"^(?:container\s+)?(?:run|create|update)\s(?:.*\s)?--restart[=\s]+"
                 r"[\"']?(?:always|unless-stopped|on-failure)", "restart",
                 "sets a restart policy: the container comes back by itself after a crash, a daemon restart or a reboot",
                 verdict="ask"),
    LaterCommand(_p("podman"), r"^generate\s+systemd\b", "service", "writes systemd units that start a container at boot or login",
                 verdict="ask"),
    LaterCommand(_p("kubectl", "oc"), r"^create\s+cronjob\b", "schedule", "creates a Kubernetes CronJob"),
    # a database's own scheduler (pg_cron, MySQL/MariaDB events): the statement runs in the server on its schedule
    LaterCommand(_p("psql", "pgcli", "mysql", "mariadb", "mycli", "supabase", "cockroach"),
                 r"\bcron\s*\.\s*schedule(?:_in_database)?\s*\(|\bcreate\s+(?:definer\s*=\s*\S+\s+)?event\b(?s:.)*\bon\s+schedule\b",
                 "schedule", "schedules a statement in the database server"),
    # cloud and forge schedulers
    LaterCommand(_p("gcloud"), r"^(?:beta\s+)?scheduler\s+jobs\s+create\b", "schedule", "creates a Cloud Scheduler job"),
    LaterCommand(_p("aws"), r"^events\s+put-rule\b.*--schedule-expression|^scheduler\s+create-schedule\b", "schedule",
                 "creates an EventBridge schedule"),
    LaterCommand(_p("glab"), r"^schedule\s+create\b", "schedule", "creates a pipeline schedule"),
    LaterCommand(_p("pm2"), r"^startup\b", "service", "pm2 startup installs a boot service that brings its processes back"),
    LaterCommand(_p("nssm", "nssm.exe"), r"^install\s", "service", "installs a Windows service"),
    LaterCommand(_p("forever-service"), r"^install\s", "service", "installs a boot service"),
    LaterCommand(_p("brew"), r"^services\s+(?:start|restart)\b", "brew",
                 "brew services start registers a launch agent that starts it at every login", verdict="ask"),
)


#: Service managers outside systemd turning a service off for good (not now: at every boot), the counterpart of the
#: rows above (`systemctl stop|disable|mask` is read by the rule itself). Sources: update-rc.d(8) `NAME disable|remove`,
#: chkconfig(8) `NAME off`, `--del NAME`, rc-update(8) `del`, insserv(8) `-r/--remove`, sysrc(8) `NAME_enable=NO`,
#: launchctl(1) `disable` (the job stays off across reboots), sc.exe `delete`, `config NAME start= disabled`
#: (learn.microsoft.com sc-config, sc-delete). A boot service switched off is gone after the next reboot, often the
#: remote login that reaches the machine; security services are AM-SEC-003's (`knowledge.weakenings`).
BOOT_OFF: tuple[tuple[frozenset[str], str, str], ...] = (
    (_p("update-rc.d"), r"(?:^|\s)(?:disable|remove)(?:\s|$)", "update-rc.d takes a service out of the boot sequence"),
    (_p("chkconfig"), r"(?:^|\s)(?:off|--del)(?:\s|$)", "chkconfig turns a boot service off"),
    (_p("rc-update"), r"^(?:-\S+\s+)*(?:del|delete)\s", "rc-update takes a service out of a runlevel"),
    (_p("insserv"), r"(?:^|\s)(?:-r|--remove)(?:\s|$)", "insserv removes a boot service"),
    (_p("sysrc"), r"\w+_enable=[\"']?(?:no|0|off|false)\b", "sysrc turns a boot service off"),
    (_p("launchctl"), r"^(?:disable)\s", "launchctl disable keeps a launchd job off across reboots"),
    (_p("sc", "sc.exe"), r"^delete\s|^config\s.*\bstart=\s*disabled\b", "removes or disables a Windows service"),
)
#: Fixtures (tests/knowledge/test_s21_kb.py): turned off / left alone.
BOOT_OFF_FIXTURES: tuple[tuple[str, bool], ...] = (
    ("update-rc.d -f ssh remove", True), ("update-rc.d nginx disable", True), ("chkconfig nginx off", True),
    ("chkconfig --del nginx", True), ("rc-update del sshd default", True), ("sysrc nginx_enable=NO", True),
    ("launchctl disable system/com.apple.softwareupdated", True), ("sc.exe config Spooler start= disabled", True),
    ("sc delete AcmeAgent", True), ("update-rc.d nginx defaults", False), ("chkconfig --list", False),
    ("rc-update show", False), ("sysrc nginx_enable=YES", False), ("sysrc -a", False), ("launchctl list", False),
    ("sc query Spooler", False), ("chkconfig nginx on", False), ("schtasks /query /tn Nightly", False),
)


def boot_off(cmd: Command) -> str:
    """What a service manager's command turns off at boot, or ""."""
    text = " ".join(w.value for w in cmd.argv[1:])
    return next((what for progs, pat, what in BOOT_OFF if cmd.name in progs and _search(pat, text)), "")


def later_command(cmd: Command) -> LaterCommand | None:
    """The mechanism `cmd` uses to make something run later, or None."""
    if cmd.name not in _PROGRAMS:
        return None
    text = " ".join(w.value for w in cmd.argv[1:])  # (a dynamic word keeps its literal parts: `"…$$delete…$$"`)
    for row in TABLE:
        if cmd.name in row.programs and _search(row.args, text) and not (row.unless and _search(row.unless, text)):
            return row
    return None


_PROGRAMS = frozenset().union(*(r.programs for r in TABLE))
PROGRAMS = _PROGRAMS


def _search(pattern: str, text: str) -> bool:
    return lazyre.built(pattern, re.I).search(text) is not None  # (compiled once: `lazyre.built`)


#: How a user names what each mechanism installs (a unit, a task, a value, a container), as (how, option or
#: position): `opt` the value of an option, `pos` the positional arguments from that index (after the verb), `unit`
#: unit names less their suffix, `label` a launchd plist's or label's last part, `image` an image's name less its
#: registry and tag, `app` the application a login item opens. A mechanism with none (`loginctl enable-linger`)
#: is named by its kind's words alone.
OBJECTS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "systemctl": (("unit", "1"),), "systemd-run": (("opt", "--unit"), ("opt", "-u")),
    "launchctl": (("label", "1"),), "update-rc.d": (("pos", "0"),), "chkconfig": (("pos", "0"),),
    "rc-update": (("pos", "1"),), "insserv": (("pos", "0"),), "sysrc": (("enable", "0"),),
    "schtasks": (("opt", "/tn"), ("opt", "-tn")), "schtasks.exe": (("opt", "/tn"), ("opt", "-tn")),
    "reg": (("opt", "/v"), ("opt", "-v")), "reg.exe": (("opt", "/v"), ("opt", "-v")),
    "sc": (("pos", "1"),), "sc.exe": (("pos", "1"),), "osascript": (("app", "0"),), "defaults": (("pos", "3"),),
    "docker": (("opt", "--name"), ("image", "0")), "podman": (("opt", "--name"), ("image", "0")),
    "nerdctl": (("opt", "--name"), ("image", "0")), "kubectl": (("pos", "2"),), "oc": (("pos", "2"),),
    "gcloud": (("pos", "3"),), "glab": (("opt", "--description"),), "nssm": (("pos", "1"),), "nssm.exe": (("pos", "1"),), "forever-service": (("pos", "1"),), "brew": (("pos", "2"),),
}  # fmt: skip
_UNIT_SUFFIX = re.compile(r"\.(?:service|timer|socket|path|target|mount)$")
_APP = re.compile(r"([\w .-]+)\.app\b")
#: docker/podman options that take a value (the image is the first positional after them).
_VALUED = frozenset({"--name", "-p", "--publish", "-e", "--env", "-v", "--volume", "--restart", "--network", "-w",
                     "--workdir", "-u", "--user", "--env-file", "--label", "-l", "--mount", "--entrypoint", "-h",
                     "--hostname", "--cpus", "-m", "--memory", "--platform", "--pull", "--add-host", "--device"})  # fmt: skip


def later_objects(cmd: Command) -> list[str]:
    """The names by which a user asks for what `cmd` installs: "make jupyter start at login" names the launch agent
    `com.user.jupyter`, "run scripts/sync.sh hourly" the timer `sync.timer` (`OBJECTS`)."""
    words = [w.value for w in cmd.argv[1:] if not w.dynamic and w.value]
    pos = [w for w in words if not w.startswith(("-", "/")) or w.count("/") > 1 or "\\" in w]
    out: list[str] = []
    for how, where in OBJECTS.get(cmd.name, ()):
        if how == "opt":
            out += [words[i + 1] for i, w in enumerate(words[:-1]) if w.lower() == where]
            out += [w.split("=", 1)[1] for w in words if w.lower().startswith(where + "=")]
        elif how in ("pos", "unit", "label", "enable"):
            got = pos[int(where):]
            if how == "unit":
                got = [_UNIT_SUFFIX.sub("", g) for g in got]
            elif how == "label":
                got = [g.rsplit("/", 1)[-1].removesuffix(".plist").rsplit(".", 1)[-1] for g in got if "/" in g or "." in g]
            elif how == "enable":
                got = [g.split("_enable", 1)[0] for g in got if "_enable" in g]
            out += got
        elif how == "image":
            rest = [w for i, w in enumerate(words) if not w.startswith("-") and not (i and words[i - 1] in _VALUED)
                    and w not in ("run", "create", "container")]  # fmt: skip
            if rest:
                out.append(rest[0].rsplit("/", 1)[-1].split(":", 1)[0].split("@", 1)[0])
        elif how == "app":
            out += [m.group(1).strip() for w in words for m in _APP.finditer(w)]
    return [o for o in dict.fromkeys(out) if o]
