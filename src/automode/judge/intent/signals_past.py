"""A signal past the process named (session 19, J1; AM-JUDGE-029).

The user names a process by its pid ("вбий процес 48211", "7731 numaralı süreci öldür", "end process 9184"); the
action signals every process it may (`kill -9 -1`), the process group (`kill -- -48211`), every process of a user
(`pkill -u "$USER"`, `killall -u dev`), every process of a name or pattern (`pkill node`, `killall node`, `taskkill
/IM node.exe`, `Stop-Process -Name node`), or pids a listing gives at run time (`kill $(pgrep -f vite)`). The pid
named is one of them; the others are not. Refused, or asked for a run-time listing, unless the user's words say
all of them ("all my processes", "every node process", "alle Prozesse").

`signalled(a)` returns ("deny" | "ask", why) or None; `judge.intent.substitutions` applies it to every allow the
user's words reached (released or not).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command

_KILLERS = frozenset({"kill", "pkill", "killall", "taskkill", "skill", "slay", "killall5", "scancel", "qdel", "bkill",
                      "condor_rm"})
#: A port said ("the dev server on :3000", "port 5173"): the process listening there is the one named.
_PORT_SAID = lazyre.compile(r"(?i)(?:\bport\s*|\bporta\s*|\bpuerto\s*|порт\w*\s*|ポート\s*|端口\s*|포트\s*|(?<![\w/]):|"
                            # a server "on 5173", "auf 8080", "sur 3000": a listener's number (session 23, N4)
                            r"(?:server|dev\s+server|listener|app|api|vite|webpack|next|node|process)\w*\s+"
                            r"(?:on|at|auf|sur|en|em|na|на|su)\s+)(\d{4,5})\b")
#: Words that say every process of the kind, in the languages users type (the user's words and their English reading).
_ALL_PROCS = lazyre.compile(
    r"(?i)\b(?:all|every|each|any|alle[ns]?|todos|todas|tous|toutes|tutti|tutte|wszystkie|všechny|все|всі|"
    r"tüm|semua|kaikki)\b[^.;!?\n]{0,30}?(?:process|procs?\b|prozess|proces|processus|processi|procesy|процесс|процес|"
    r"süreç|instances|pids|jobs?\b|tasks\b|trabajos|tâches|zadania|задач|ジョブ)|\bkill\s*all\b|全部の?プロセス|すべてのプロセス|所有进程|全部进程|모든\s*프로세스")
#: A pid said: a number of 2 to 7 digits, not a port or a size ("port 3000", ":8080", "40GB").
_PID_SAID = lazyre.compile(r"(?<![\w:./-])(\d{2,7})(?![\w%.:/-])")
_NOT_PID = lazyre.compile(r"(?i)(?:port|porta|puerto|порт|ポート|端口|포트|:|\bon|\bat|\bauf|\bsur|\bna|\bна)\s*$")


#: Words beside a number that make it a process's or a job's id ("pid 4242", "kill 48211", "процес 48211", "7731
#: numaralı süreci", "job 881234"), in the languages users type and in their English reading.
_PROC_NEAR = lazyre.compile(
    r"(?i)\b(?:pid|pids|process\w*|proceso|processo|prozess\w*|proces\w*|процесс?\w*|süre[cç]\w*|job\w*|task|"
    r"kill|stop|end|terminate|abort|cancel|töte|beende|mata|tue|uccidi|zabij|ubij|убей|убить|вбий|завершы?\w*|"
    r"öldür\w*|sonlandır\w*|hủy|tắt|matikan|hentikan|bunuh)\b|プロセス|进程|進程|프로세스|ジョブ|작업")


def _pids_said(messages: tuple[str, ...]) -> set[str]:
    """The numbers the user's words give as a process's or a job's id (a number beside a process or kill word)."""
    from automode.judge.intent.gloss import gloss

    out: set[str] = set()
    for m in messages:
        for text in dict.fromkeys((m[:4000], gloss(m[:4000]))):
            for x in _PID_SAID.finditer(text):
                if _NOT_PID.search(text[max(0, x.start() - 12): x.start()]):
                    continue
                before = re.split(r"[,.;!?]", text[max(0, x.start() - 18): x.start()])[-1]
                after = re.split(r"[,.;!?]", text[x.end(): x.end() + 20])[0]
                if _PROC_NEAR.search(f"{before} {after}") is None:
                    continue  # ("failed at line 42, kill the stuck webpack": a line, not a pid)
                out.add(x.group(1).lstrip("0") or "0")
    return out


def _kill_targets(c: Command) -> tuple[list[str], str]:
    """(the pids `kill` signals, how it widens past them: "every process" | "the process group N" | "")."""
    words = [w for w in c.argv[1:]]
    vals = [w.value for w in words]
    i = 0
    if vals[:1] and vals[0] in ("-s", "-n", "--signal"):
        i = 2
    elif len(vals) > 1 and vals[0].startswith("-") and vals[0] != "--":
        i = 1  # the signal (`-9`, `-KILL`, `-SIGTERM`; `kill -9 -1`: -9 the signal, -1 every process)
    pids: list[str] = []
    how = ""
    for w in words[i:]:
        v = w.value
        if v == "--":
            continue
        if w.dynamic:
            how = how or "the pids a listing gives at run time"
            continue
        if v == "-1":
            return pids, "every process you may signal"
        if re.fullmatch(r"-\d+", v):
            how = how or f"the whole process group {v[1:]}"
            continue
        if v.isdigit():
            pids.append(v.lstrip("0") or "0")
    return pids, how


def _widening(c: Command) -> tuple[str, bool] | None:
    """How a kill command reaches past single pids, and whether that is known now (True) or at run time."""
    name = c.name
    vals = [w.value for w in c.argv[1:] if not w.dynamic]
    if name == "kill":
        _pids, how = _kill_targets(c)
        if how:
            return how, "run time" not in how
        return None
    if name in ("pkill", "killall", "skill", "slay", "killall5"):
        if any(v in ("-u", "-U", "--user", "--uid", "--euid") or v.startswith(("--user=", "-u")) for v in vals):
            return "every process of a user", True
        if name == "pkill" and any(v in ("-f", "--full") or (v.startswith("-") and not v.startswith("--") and "f" in v[1:]
                                                              and v[1:].isalpha()) for v in vals):
            return "every process whose command line matches the pattern", True
        return "every process of that name", True
    if name in ("scancel", "qdel", "bkill", "condor_rm"):
        if any(v in ("-u", "--user", "-A", "--account", "-p", "--partition", "-n", "--name", "--state", "-t", "-all",
                     "all") or v.startswith(("--user=", "--account=", "--partition=", "--name=", "--state=")) for v in vals) \
                or (name == "bkill" and "0" in vals):
            return "every job of a user, account, partition, name or state", True
        return None
    if name == "taskkill":
        if any(v.lower() in ("/im", "-im") for v in vals):
            return "every process of that image name", True
        if any(v.lower() in ("/fi", "-fi") for v in vals):
            return "every process the filter matches", True
    return None


def signalled(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when the user named a pid and the action signals more than the pids named."""
    if not a.shell or not a.ctx.user_messages or not any(c.name in _KILLERS for c in a.commands):
        return None
    msgs = tuple(a.ctx.user_messages)
    said = _pids_said(msgs)
    ports = {m.group(1) for x in msgs for m in _PORT_SAID.finditer(x[:4000])}
    said -= ports
    raw = a.command_text or ""
    said = {n for n in said if not re.search(rf"(?::{n}\b|\b{n}/(?:tcp|udp)\b)", raw)}  # (`lsof -ti :8080`: a port)
    if not said and not ports:
        return None
    from automode.judge.intent.gloss import gloss

    text = "\n".join((*msgs, *(gloss(m) for m in msgs)))
    if _ALL_PROCS.search(text):
        return None
    listed = _listeners_unported(raw, ports) if ports and not said else None
    if listed is not None:
        return "deny", (f"you named the process on port {sorted(ports)[0]}; `{raw[:70]}` signals every process "
                        f"{listed} finds, not only that one")
    for c in a.commands:
        if c.name not in _KILLERS or c.substituted:
            continue
        got = _widening(c)
        if got is None:
            continue
        how, known = got
        if not said and ("every process" not in how or "of a user" in how):
            continue  # (a port named: a kill by name or pattern reaches past its listener; a user's is `AM-RES-002`'s)
        if said and "matches the pattern" in how:
            known = False  # ("my training run, pid 48211" answered with `pkill -f train.py`: the pattern may be that one)
        what = f"the process {sorted(said)[0]}" if said else f"the process on port {sorted(ports)[0]}"
        if c.name in ("scancel", "qdel", "bkill", "condor_rm"):
            what = f"the job {sorted(said)[0]}" if said else what
        why = f"you named {what}; `{(c.text or c.name)[:60]}` acts on {how}, not only that one"
        return ("deny" if known else "ask"), why
    return None


#: Programs that list the processes holding sockets (`lsof -t -iTCP -sTCP:LISTEN`, `fuser -n tcp`, `ss -ltnp`): a kill
#: fed by one of them without the port said signals every listener (session 21, L1: h21-0469).
_LISTENERS = lazyre.compile(r"(?<![\w-])(lsof|fuser|ss|netstat|sockstat|pgrep|pidof)\s[^|;&)]*")  # (`pgrep node`: every
# process of the name, session 23)


def _listeners_unported(raw: str, ports: set[str]) -> str | None:
    """The listing program, when a kill is fed by a socket listing whose filter names none of the ports said."""
    if not re.search(r"\bkill\b|\bxargs\b", raw):
        return None
    for m in _LISTENERS.finditer(raw):
        if not any(re.search(rf"(?<![\d]){p}(?!\d)", m.group(0)) for p in ports):
            return f"`{m.group(1)}`"
    return None

