"""resource: fork bombs, killing processes the agent did not start (by pid, name, port or search), stopping
containers and sessions, shutting the machine down."""

from __future__ import annotations

import re

from automode import lazyre
from automode.knowledge import stoppers
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

FORK_BOMB = lazyre.compile(r"([^\s(){}|&;]{1,40})\s*\(\)\s*\{\s*\1\s*\|\s*\1\s*&\s*\}\s*;?\s*\1")
SYSTEM_PROCS = lazyre.compile(r"^(-?1|0|init|systemd\S*|launchd|sshd|dockerd|containerd|kubelet|Xorg|gdm\S*|loginwindow|WindowServer|"
                          r"dbus\S*|NetworkManager|cron|rsyslogd|journald|auditd|kernel_task|explorer|postgres\S*|mysqld|redis-server|nginx)$")  # fmt: skip


@rule(
    "AM-RES-001",
    category="resource",
    verdict="deny",
    floor=True,
    kind="action",
    always="three substring tests on the command text come first: cheaper than any trigger",
    title="Starts a fork bomb",
    what="A function that pipes into itself in the background (`:(){ :|:& };:`), and endless fork loops in inline code.",
    why="Exhausts the process table; the machine stops responding until it is rebooted.",
    example=":(){ :|:& };:",
    instead="Nothing: no task needs it.",
    must_match=[":(){ :|:& };:", "bomb(){ bomb|bomb& }; bomb", "python3 -c 'import os\nwhile True: os.fork()'"],
    must_not_match=["f(){ echo hi; }; f", "while true; do sleep 1; done"],
)  # fmt: skip
def fork_bomb(a: Analysis) -> str | None:
    text = a.command_text
    # Cheap necessary conditions first: the regex is the slow part of every decision.
    if "(" in text and "&" in text and "|" in text and FORK_BOMB.search(text.replace("\n", " ")):
        return "defines a function that forks itself endlessly"
    if any(e.kind == "exec" and e.origin == "fork-loop" for e in a.effects):
        return "forks in an endless loop"
    return None


@rule(
    "AM-RES-002",
    category="resource",
    verdict="deny",
    kind="command",
    names={"shutdown", "reboot", "halt", "poweroff", "init", "telinit", "systemctl", "kill", "killall", "pkill", "killall5", "launchctl"},
    title="Shuts down or kills what the agent did not start",
    what="shutdown/reboot/halt, `kill -9 -1`, killing init, sshd, docker, databases or other system daemons; "
    "killing other processes by name or PID is an ask.",
    why="Takes down the user's machine or services they depend on, losing unsaved work.",
    example="sudo shutdown -h now",
    instead="Stop only processes you started (the job you launched in the background), by their PID.",
    must_match=["sudo shutdown -h now", "reboot", "kill -9 -1", "killall sshd", "pkill -9 postgres", "systemctl poweroff", "kill -9 1",
                "systemctl isolate rescue.target", "systemctl soft-reboot",
                "killall node"],
    must_not_match=["kill %1", "shutdown --help", "kill -0 $PID", "systemctl status x", "systemctl get-default",
                    "systemctl list-units --type=target"],
)  # fmt: skip
def shutdown_kill(cmd: Command, a: Analysis) -> str | Hit | None:
    args = cmd.args
    if (any(x in ("--help", "-h", "--version") for x in args) and cmd.name != "shutdown") or args[:1] == ["--help"]:
        return None
    if cmd.name in ("shutdown", "reboot", "halt", "poweroff"):
        if cmd.name != "shutdown" and any(x in ("--wtmp-only", "-w") for x in args):
            return None  # only writes the wtmp record
        return f"`{cmd.name}` stops the machine"
    if cmd.name in ("init", "telinit") and args[:1] and args[0] in ("0", "6", "1", "S", "s"):
        return f"`{cmd.name} {args[0]}` changes the run level"
    if cmd.name == "systemctl":
        verbs = [x for x in args if not x.startswith("-")]
        if verbs[:1] and verbs[0] in ("poweroff", "reboot", "halt", "kexec", "emergency", "rescue", "soft-reboot",
                                      "suspend", "hibernate", "hybrid-sleep", "suspend-then-hibernate", "switch-root"):
            return f"systemctl {verbs[0]} stops the machine"
        if verbs[:1] and verbs[0] in ("isolate", "default"):  # systemctl(1): every unit the target does not pull
            return f"systemctl {verbs[0]} stops every service the target does not need"  # in is stopped
        return None
    if cmd.name == "launchctl":
        if args[:1] and args[0] in ("reboot", "halt"):
            return "launchctl stops the machine"
        return None
    targets = [x for x in args if not x.startswith("-") or re.fullmatch(r"-1", x)]
    sigs = [x for x in args if x.startswith("-") and x != "-1"]
    if cmd.name == "kill":
        if any(s in ("-0", "-s0") for s in sigs) or any(t.startswith("%") for t in targets):
            return None
        if "-l" in sigs or "-L" in sigs:
            return None
        if any(SYSTEM_PROCS.match(t) for t in targets) or "-1" in args:
            return "kills every process or a system process"
        if any(w.dynamic for w in cmd.argv[1:]):
            return None  # `kill $PID` of a job the agent started; not knowable, and routine
        return Hit(f"kills process {' '.join(targets)[:30]}, which the agent may not have started", "ask")
    if cmd.name == "killall5":
        return "killall5 kills every process"
    names = [t for t in targets if not t.isdigit()]
    if any(SYSTEM_PROCS.match(n) for n in names):
        return f"kills system processes ({', '.join(names)[:40]})"
    return Hit(f"`{cmd.name} {' '.join(args)[:40]}` kills processes by name", "ask")


#: Batch submitters whose output is the id of the job they queued.
SUBMITTERS = r"(?:sbatch|qsub|bsub|condor_submit)"


def _made_here(cmd: Command, a: Analysis) -> bool:
    """A container, session or app this action creates before it stops it (`docker run --name x …; docker rm -f x`)."""
    targets = {w.value for w in cmd.argv[2:] if not w.dynamic and not w.value.startswith("-")}
    raw = a.action.input.get("command") if a.action.tool == "Bash" else None
    refs = [w.raw.strip("\"'${}") for w in cmd.argv[1:] if w.dynamic]
    if refs and isinstance(raw, str) and all(re.search(rf"\b{re.escape(v)}=\$\(\s*{SUBMITTERS}\b", raw) for v in refs):
        return True  # `jid=$(sbatch --parsable train.sh) … scancel $jid`: the job this action submitted
    for c in a.commands:
        if c is cmd:
            return False
        if c.name == cmd.name and targets:
            args = c.args
            named = {args[i + 1] for i, x in enumerate(args[:-1]) if x in ("--name", "-s", "-n")}
            named |= {x.split("=", 1)[1] for x in args if x.startswith("--name=")}
            if targets <= named:
                return True
    return False


@rule(
    "AM-RES-003",
    category="resource",
    verdict="ask",
    kind="command",
    names=frozenset(stoppers.STOPPERS) | {"kill", "skill"},
    title="Stops processes, containers or sessions the agent did not start",
    what="Freeing a port by killing whatever holds it (`fuser -k 5432/tcp`, `kill $(lsof -t -i:5432)`, "
    "`lsof -ti :3000 | xargs kill`), killing what a process search finds, stopping or force-removing containers, "
    "terminal sessions, process-manager apps and database servers (`knowledge/stoppers.py`).",
    why="What holds the port or matches the search is often the user's own database, editor or another project's "
    "server: it stops with unsaved state, and nothing the agent started needed it.",
    example="fuser -k 5432/tcp",
    instead="Stop only what you started (the pid from `$!`, a job with `kill %1`, a container you ran with --name), or "
    "tell the user what holds the port and let them decide.",
    must_match=tuple(stoppers.MUST_ASK),
    must_not_match=tuple(stoppers.MUST_NOT),
)  # fmt: skip
def stops_running(cmd: Command, a: Analysis) -> str | Hit | None:
    args = cmd.args
    stop = stoppers.stops(cmd.name, args)
    if stop is None:
        if cmd.name not in ("kill", "skill"):
            return None
        fed = stoppers.feeder(cmd, a.commands)
        finder = fed.name if fed is not None else ""
        if finder not in stoppers.FINDERS:
            return None  # `kill $pid`, `kill %1`, `kill $(jobs -p)`: what this shell started
        searched = " ".join(w.raw for w in cmd.argv[1:] if w.dynamic)[:60]
        if any(n.lower().strip("'\"^$") in stoppers.SYSTEM_NAMES for n in searched.split()):
            return f"kills system processes found by `{finder}` ({searched})"
        return Hit(f"kills whatever `{finder}` finds ({searched or 'its output'}), which the agent did not start", "ask")
    what, everything = stop
    if _made_here(cmd, a):
        return None
    target = " ".join(x for x in args if not x.startswith("-"))[:60]
    scope = "every one of " if everything or any(w.dynamic for w in cmd.argv[1:]) else ""
    return Hit(f"`{cmd.name} {' '.join(args)[:60]}` stops {scope}{what} ({target or 'what it selects'}), which the "
               "agent did not start", "ask")  # fmt: skip
