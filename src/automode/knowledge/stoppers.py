"""Programs that stop what is already running (issue 10): processes by port, by a search, containers, terminal
sessions and the apps of process managers, as data.

A session that frees a port with `fuser -k 5432/tcp`, `kill $(lsof -t -i:5432)` or `lsof -ti :3000 | xargs kill`
stops whatever holds it, which is often the user's own database or another project's server, not something the
agent started. The rule (`rules/resource.py`, AM-RES-003) asks unless the user's words name the act; these tables
say, per program, which words stop something and what they select. Killing by literal pid or by name (`kill 4242`,
`pkill node`) and services (`systemctl stop`) have their own rules (AM-RES-002, AM-PERSIST-002).

Sources: fuser(1) `-k`, kill-port (npm), lsof(8) `-t`, pgrep(1), pidof(8), docker-container-stop/kill/restart/rm(1),
podman(1), nerdctl, tmux(1) `kill-server`/`kill-session`, screen(1) `-X quit`, pm2 docs, supervisorctl(1), sv(8),
brew-services, scancel(1)/qdel/bkill/condor_rm, pg_ctl(1) `stop`, mysqladmin(1) `shutdown`, redis-cli `shutdown`, nginx(8) `-s stop`, xcrun simctl.
"""

from __future__ import annotations

from automode import lazyre
from automode.shell.argv import operands
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from automode.shell.parse import Command

#: program -> facts. `stop`: the leading words (after options) that stop something, each with what it selects;
#: `needs`: options without which the program only lists (fuser); `force`: options a verb needs to stop a running
#: thing (`docker rm` removes only stopped containers without `-f`); `all`: words that select everything;
#: `always`: the program stops what its arguments name, whatever they are (kill-port).
STOPPERS: dict[str, dict[str, Any]] = {
    "fuser": {"by": "the processes using a port or file", "needs": ("-k", "--kill"), "always": True},
    "kill-port": {"by": "the process listening on a port", "always": True},
    "killport": {"by": "the process listening on a port", "always": True},
    "fkill": {"by": "processes by name or port", "always": True},
    "docker": {"by": "containers", "stop": {("stop",): "", ("kill",): "", ("restart",): "", ("pause",): "",
                                            ("rm",): "force", ("container", "stop"): "", ("container", "kill"): "",
                                            ("container", "restart"): "", ("container", "rm"): "force"},
               "force": ("-f", "--force"), "opts": ("-H", "--host", "-c", "--context", "--config", "-l", "--log-level", "-t", "--time", "-s", "--signal")},
    "tmux": {"by": "terminal sessions", "opts": ("-L", "-S", "-f", "-t", "-s"), "stop": {("kill-server",): "all", ("kill-session",): "", ("kill-window",): "",
                                                 ("kill-pane",): ""}},
    "screen": {"by": "terminal sessions", "stop": {("-X", "quit"): "", ("-X", "kill"): ""}, "words_from": 0},
    "pm2": {"by": "apps of the process manager", "opts": ("--namespace", "-n"), "stop": {("stop",): "", ("delete",): "", ("kill",): "all",
                                                          ("restart",): "", ("reload",): ""}, "all": ("all",)},
    "supervisorctl": {"by": "supervised programs", "stop": {("stop",): "", ("restart",): ""}, "all": ("all",),
                      "opts": ("-c", "--configuration", "-s", "--serverurl", "-u", "--username", "-p", "--password")},
    "sv": {"by": "runit services", "opts": ("-w",), "stop": {("down",): "", ("stop",): "", ("kill",): "", ("restart",): "",
                                            ("force-stop",): "", ("force-restart",): ""}},
    "brew": {"by": "Homebrew services", "stop": {("services", "stop"): "", ("services", "kill"): "",
                                                 ("services", "restart"): ""}, "all": ("--all",)},
    "pg_ctl": {"by": "a PostgreSQL server", "stop": {("stop",): "", ("restart",): "", ("kill",): ""},
               "opts": ("-D", "--pgdata", "-l", "--log", "-m", "--mode", "-o", "--options", "-t", "--timeout", "-s")},
    "pg_ctlcluster": {"by": "a PostgreSQL cluster", "stop": {("stop",): "", ("restart",): ""}, "skip": 2},
    "mysqladmin": {"by": "a MySQL server", "stop": {("shutdown",): ""},
                   "opts": ("-u", "--user", "-h", "--host", "-P", "--port", "-S", "--socket")},
    # mongosh/mongo `--eval` code that stops the server or hands the primary role away (mongodb.com/docs/manual/
    # reference/method: db.shutdownServer(), db.adminCommand({shutdown: 1}), rs.stepDown()): matched in the code
    "mongosh": {"by": "a MongoDB server", "code": r"(?i)\bshutdownServer\s*\(|adminCommand\s*\(\s*\{\s*['\"]?shutdown\b|"
                                                   r"\brs\s*\.\s*stepDown\s*\("},
    "redis-cli": {"by": "a Redis server", "stop": {("shutdown",): ""},
                  "opts": ("-h", "-p", "-a", "-n", "-u", "--user", "--pass", "-s")},
    "nginx": {"by": "the nginx server", "stop": {("-s", "stop"): "", ("-s", "quit"): ""}, "words_from": 0},
    "service": {"by": "system services", "stop": {("stop",): "", ("restart",): "", ("force-stop",): "",
                                                  ("force-reload",): ""}, "skip": 1},
    "rc-service": {"by": "OpenRC services", "stop": {("stop",): "", ("restart",): "", ("zap",): ""}, "skip": 1},
    "launchctl": {"by": "launchd jobs", "stop": {("kill",): "", ("bootout",): "", ("stop",): "", ("remove",): "",
                                                 ("unload",): ""}},
    "zellij": {"by": "terminal sessions", "stop": {("kill-session",): "", ("kill-all-sessions",): "all",
                                                   ("delete-all-sessions",): "all", ("delete-session",): ""}},
    "xkill": {"by": "the X window it is pointed at", "always": True},
    "wmctrl": {"by": "desktop windows", "stop": {("-c",): ""}, "words_from": 0},
    "adb": {"by": "the Android emulator", "stop": {("emu", "kill"): ""}, "opts": ("-s", "-t", "-H", "-P")},
    "xcrun": {"by": "iOS simulators", "stop": {("simctl", "shutdown"): "", ("simctl", "erase"): "", ("simctl", "delete"): ""},
              "all": ("all",)},
    "apachectl": {"by": "the Apache server", "stop": {("stop",): "", ("graceful-stop",): "", ("restart",): "",
                                                      ("-k", "stop"): "", ("-k", "graceful-stop"): "", ("-k", "restart"): ""},
                  "words_from": 0},
    # HPC and batch schedulers (slurm scancel(1), PBS/Torque qdel, LSF bkill, HTCondor condor_rm, Grid Engine qdel):
    # jobs of a shared cluster, often other people's; `-u`/`--user`, `-p`/`--partition` and `-A` select many
    "scancel": {"by": "batch jobs on a shared cluster", "always": True, "ids": True,
                "opts": ("-u", "--user", "-p", "--partition", "-A", "--account", "-n", "--name", "-t", "--state",
                         "-s", "--signal", "-w", "--nodelist", "-M", "--clusters", "-q", "--qos", "-R", "--reservation")},
    "qdel": {"by": "batch jobs on a shared cluster", "always": True, "ids": True, "opts": ("-u", "-W")},
    "bkill": {"by": "batch jobs on a shared cluster", "always": True, "ids": True, "opts": ("-u", "-q", "-m", "-J", "-g", "-s")},
    "condor_rm": {"by": "batch jobs on a shared cluster", "always": True, "ids": True, "opts": ("-name", "-pool", "-constraint")},
    # Local virtual machines (virsh(1), VBoxManage controlvm, multipass, lima, Parallels, UTM, Vagrant): a guest
    # powered off, reset or suspended loses what runs in it, and it is often the user's own desktop or lab machine
    "virsh": {"by": "virtual machines", "stop": {("shutdown",): "", ("destroy",): "", ("reboot",): "", ("reset",): "",
                                                  ("suspend",): "", ("managedsave",): ""},
              "opts": ("-c", "--connect", "-l", "--log")},
    "VBoxManage": {"by": "VirtualBox machines", "stop": {("poweroff",): "", ("reset",): "", ("acpipowerbutton",): "",
                                                         ("savestate",): "", ("pause",): ""}, "words_from": 0},
    "multipass": {"by": "Multipass instances", "stop": {("stop",): "", ("restart",): "", ("suspend",): ""},
                  "all": ("--all",)},
    "limactl": {"by": "Lima machines", "stop": {("stop",): "", ("restart",): ""}},
    "prlctl": {"by": "Parallels machines", "stop": {("stop",): "", ("restart",): "", ("reset",): "", ("suspend",): "",
                                                    ("pause",): ""}},
    "utmctl": {"by": "UTM machines", "stop": {("stop",): "", ("suspend",): ""}},
    "vagrant": {"by": "Vagrant machines", "stop": {("halt",): "", ("reload",): "", ("suspend",): ""}},
}  # fmt: skip
STOPPERS["vboxmanage"] = STOPPERS["VBoxManage"]
for _alias, _of in (("mongo", "mongosh"), ("podman", "docker"), ("nerdctl", "docker"), ("finch", "docker"), ("apache2ctl", "apachectl"),
                    ("httpd", "apachectl")):  # fmt: skip
    STOPPERS[_alias] = STOPPERS[_of]

#: Programs whose output is a list of running processes to stop (`kill $(lsof -t -i:5432)`, `pgrep x | xargs kill`);
#: `jobs -p` and `$!` name what this shell started, a pid file (`cat app.pid`) what a script recorded. GPU and VM
#: process listings are the same kind: `nvidia-smi --query-compute-apps=pid` (nvidia-smi(1)), `rocm-smi --showpids`,
#: `amd-smi process`, `xpu-smi ps`, `jps -q` (every JVM of the user), Windows `tasklist`: every process on the
#: device or the machine, other users' jobs included.
FINDERS = frozenset({"lsof", "pgrep", "pidof", "fuser", "ps", "ss", "netstat", "docker", "podman", "pstree", "top",
                     "squeue", "qstat", "bjobs", "condor_q", "nvidia-smi", "rocm-smi", "amd-smi", "xpu-smi", "jps",
                     "tasklist", "htop", "atop"})
#: Words of a process listing that name no process (`docker ps -q`, `ps aux`): not what a request names.
LISTING_WORDS = frozenset({"ps", "ls", "list", "aux", "ax", "axo", "-ef", "top"})
#: Processes whose loss takes the machine or the user's session down: stopping them is never routine.
SYSTEM_NAMES = frozenset({
    "init", "systemd", "launchd", "sshd", "dockerd", "containerd", "kubelet", "xorg", "gdm", "gdm3", "lightdm",
    "loginwindow", "windowserver", "dbus-daemon", "networkmanager", "cron", "crond", "rsyslogd", "journald",
    "systemd-journald", "auditd", "kernel_task", "explorer", "sway", "gnome-shell", "kwin", "pulseaudio", "pipewire",
})  # fmt: skip

#: Commands the rule must stop (fixtures run by tests/engine/test_stoppers.py) and neighbours it must leave alone.
MUST_ASK = [
    "fuser -k 5432/tcp", "fuser -k -n tcp 5432", "npx kill-port 3000", "kill $(lsof -t -i:5432)",
    "kill -9 $(lsof -ti tcp:8080)", "lsof -ti tcp:3000 | xargs -r kill", "pgrep -f uvicorn | xargs kill -9",
    "kill $(pgrep -f 'rails server')", "docker rm -f tallyho-db", "docker stop $(docker ps -q)", "docker kill web",
    "podman container stop db", "tmux kill-server", "tmux kill-session -t main", "pm2 delete all",
    "supervisorctl stop all", "brew services stop postgresql@16", "pg_ctl -D /usr/local/var/postgres stop",
    "redis-cli shutdown", "mysqladmin -u root shutdown", "screen -S work -X quit", "xcrun simctl shutdown all",
    "xcrun simctl erase all", "service postgresql stop", "launchctl bootout gui/501/homebrew.mxcl.postgresql@16",
    "zellij kill-all-sessions -y", "adb emu kill", "xkill -id 0x1200003", "wmctrl -c Firefox",
    "ss -lptn 'sport = :8080' | grep -o 'pid=[0-9]*' | cut -d= -f2 | xargs kill",
    "kill $(ps aux | grep '[n]ode' | awk '{print $2}')", "squeue -h -p gpu -o %i | xargs -r scancel", "scancel -u alice",
    "qdel -u bob", "bkill -u all 0", "kill -9 $(nvidia-smi --query-compute-apps=pid --format=csv,noheader)",
    "rocm-smi --showpids | awk 'NR>2{print $1}' | xargs -r kill", "jps -q | xargs kill",
    "virsh destroy win11-test", "virsh reboot win11-test", "VBoxManage controlvm ubuntu-dev poweroff",
    "VBoxManage controlvm ubuntu-dev reset", "multipass stop dev", "multipass restart --all", "limactl stop default",
    "prlctl stop win11", "vagrant halt", "mongo admin --eval 'db.shutdownServer({force: true})'",
    "mongosh --quiet --eval 'db.adminCommand({shutdown: 1})'", "mongosh mongodb://db2:27017 --eval 'rs.stepDown(60)'",
]  # fmt: skip
MUST_NOT = [
    "kill %1", "kill $!", "node server.js & pid=$!; sleep 2; curl -s localhost:3000; kill $pid", "kill -INT $(jobs -p)",
    "kill $(cat tmp/server.pid)", "fuser 5432/tcp", "fuser -v -n tcp 5432", "lsof -ti tcp:3000", "docker ps -q",
    "docker rm old-build", "docker run -d --name itest-db postgres:16 && npm test; docker rm -f itest-db",
    "docker compose down", "tmux ls", "tmux new -d -s build 'make'", "pm2 list", "supervisorctl status",
    "brew services list", "pg_ctl -D /usr/local/var/postgres status", "redis-cli ping", "nginx -t",
    "xcrun simctl list devices", "xcrun simctl boot 'iPhone 15'", "service postgresql status", "launchctl list",
    "zellij ls", "adb devices", "wmctrl -l", "ls | xargs kill", "squeue -u $USER", "sbatch train.sh", "scancel 12345",
    "qdel 4412.pbs01", "virsh list --all", "virsh start win11-test", "VBoxManage list runningvms",
    "VBoxManage startvm ubuntu-dev --type headless", "multipass list", "limactl start default", "vagrant up",
    "vagrant status", "mongosh --eval 'db.serverStatus()'", "mongosh shop --eval 'db.orders.countDocuments()'",
    "jid=$(sbatch --parsable train.sh) && squeue -j $jid && scancel $jid",
    "nvidia-smi --query-compute-apps=pid,used_memory --format=csv", "jps -l",
]  # fmt: skip


_JOB_ID = lazyre.compile(r"^\d+(?:[._][\w.-]+)?$")


def stops(name: str, args: list[str]) -> tuple[str, bool] | None:
    """What `name args` stops, if it stops something: (what it selects, everything of its kind)."""
    e = STOPPERS.get(name)
    if e is None:
        return None
    if "needs" in e and not any(a in e["needs"] or (a.startswith("-") and not a.startswith("--") and any(
            n[1:] in a[1:] for n in e["needs"] if len(n) == 2)) for a in args):  # fmt: skip
        return None
    if any(a in ("--help", "-h", "--version") for a in args):
        return None
    if "code" in e:  # the stop is a call in the code the program is given (`mongosh --eval 'db.shutdownServer()'`)
        return (e["by"], False) if lazyre.built(e["code"]).search(" ".join(args)) else None
    if e.get("always"):
        ops = operands(args, e.get("opts", ()))
        if e.get("ids") and ops and len(ops) == len([a for a in args if not a.startswith("-")]) \
                and all(_JOB_ID.match(o) for o in ops):
            return None  # `scancel 12345`: one job the user or the agent knows by its id, like `kill 4242`
        return e["by"], False
    words = args if e.get("words_from") == 0 else operands(args, e.get("opts", ()))[e.get("skip", 0) :]
    for verb, mode in e["stop"].items():
        n = len(verb)
        if e.get("words_from") == 0:
            hit = any(tuple(args[i : i + n]) == verb for i in range(len(args)))
        else:
            hit = tuple(words[:n]) == verb
        if not hit:
            continue
        if mode == "force" and not any(a in e.get("force", ()) or (a.startswith("-") and not a.startswith("--")
                                                                    and "f" in a[1:]) for a in args):  # fmt: skip
            return None
        everything = mode == "all" or any(a in e.get("all", ()) for a in args)
        return e["by"], everything
    return None


def feeder(cmd: Command, commands: Sequence[Command]) -> Command | None:
    """The command whose output a dynamic argument of `cmd` is: `kill $(lsof -t -i:5432)` -> `lsof -t -i:5432`, and
    `pgrep x | xargs kill` -> `pgrep x` (the pipe into the fan-out that handed `cmd` its items)."""
    i = next((k for k, c in enumerate(commands) if c is cmd), -1)
    if i < 0:
        return None
    for w in cmd.argv[1:]:
        if not w.dynamic:
            continue
        if w.raw.startswith(("$(", "`")):
            head = w.raw.lstrip("$(`").split(None, 1)
            name = head[0] if head else ""
            return next((c for c in reversed(commands[:i]) if c.substituted and c.name == name), None)
        if w.raw == "<stdin>" and cmd.via and i > 0:
            # the pipe into the fan-out, looked up through the filters that cut pids out of a listing
            # (`ss -lptn … | grep -o 'pid=[0-9]*' | cut -d= -f2 | xargs kill` is fed by `ss`)
            src = commands[i - 1].pipe_from
            first = src
            for _ in range(8):
                if src is None or src.name in FINDERS:
                    break
                src = src.pipe_from
            return src if src is not None else first
    return None


# ------------------------------------------------------------------ the machine itself
#: Commands that stop or restart the host they run on: program -> (first word or option -> act). Sources:
#: man shutdown(8) (-r reboot; -h/-P/-H/--poweroff/--halt stop), systemctl(1) (poweroff, halt, reboot, kexec),
#: init(8) run levels 0 and 6, macOS `shutdown -h/-r`, `launchctl reboot`, `pmset sleepnow` is no stop.
HOST_POWER: dict[str, dict[str, str]] = {
    "shutdown": {"-r": "reboot", "--reboot": "reboot", "*": "shutdown"},
    "poweroff": {"--reboot": "reboot", "*": "shutdown"}, "halt": {"--reboot": "reboot", "*": "shutdown"},
    "reboot": {"--halt": "shutdown", "-p": "shutdown", "--poweroff": "shutdown", "*": "reboot"},
    "systemctl": {"poweroff": "shutdown", "halt": "shutdown", "reboot": "reboot", "kexec": "reboot"},
    "init": {"0": "shutdown", "6": "reboot"}, "telinit": {"0": "shutdown", "6": "reboot"},
    "launchctl": {"reboot": "reboot", "halt": "shutdown"},
}  # fmt: skip


def host_power(cmd: Command) -> str | None:
    """"shutdown" or "reboot" when the command stops or restarts this machine, else None."""
    table = HOST_POWER.get(cmd.name)
    if table is None:
        return None
    args = list(cmd.args)
    for x in args:
        if x in table:
            return table[x]
        if not x.startswith("-") and "*" not in table:
            return None  # the first word is another subcommand (`systemctl status`)
    return table.get("*")
