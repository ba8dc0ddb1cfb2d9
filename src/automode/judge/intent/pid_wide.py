"""A kill fed a process list wider than the process named (session 27, R4; AM-JUDGE-074).

"kill the vite on port 5173" answered with `kill -9 $(lsof -t -i:5173)`: without `-sTCP:LISTEN` the list holds every
process with a socket on 5173 (the browser, a proxy, a test client), not only the server listening there. `fuser -k
5173/tcp` kills them all by itself. The tables are `knowledge.pid_lists`; asked, unless the user's words ask for every
process on the port ("everything connected to 5173", "all the clients").
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

WIDE_PIDS = "AM-JUDGE-074"
#: Words that ask for every process on the port, not only its listener.
_ALL_SAID = lazyre.compile(
    r"(?i)\b(?:all|every|everything|anything)\b(?:\s+\w+){0,3}\s+(?:using|on|connected|attached|holding|with)\b|"
    r"\b(?:clients?|connections?)\b|\btodos?\s+los\s+procesos|\btous\s+les\s+processus|\balle\s+prozesse|"
    r"\btutti\s+i\s+processi|\btodos\s+os\s+processos")


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """("ask", why, rule id) when a kill takes its pids from a port's list that is not kept to the listener."""
    if not a.shell or not a.ctx.user_messages:
        return None
    from automode.knowledge.pid_lists import kills, wide

    listed = [c for c in a.commands if wide(c)]
    if not listed or not any(kills(c) for c in a.commands):
        return None
    if any(_ALL_SAID.search(m[:2000]) for m in a.ctx.user_messages[-2:]):
        return None
    c = listed[0]
    ports = set(re.findall(r"(?<![\d.])\d{2,5}(?![\d.])", c.text or ""))
    said = {n for m in a.ctx.user_messages[-2:] for n in re.findall(r"(?<![\d.])\d{2,5}(?![\d.])", m[:2000])}
    if ports & said:
        return None  # (the port said and its holder to be killed: released, as the engine's stoppers and the s19-s23
        # fixtures have it; the list is the agent's pick where the words name a server and no port; landing s27)
    return "ask", (f"`{(c.text or c.name)[:60]}` lists every process with a socket on the port (the server and the "
                   "clients connected to it), not only the one listening; killing the list ends them all"), WIDE_PIDS
