"""A SQL script the user named, run on the database they named (session 17, H2, helper x2b): "run fix-slugs.sql on
the local staging copy (3307)" for `mysql -h 127.0.0.1 -P 3307 clinic_stg < sql/fix-slugs.sql`.

What the script does cannot be read (`AM-DATA-001` asks), but the user read it and named it: the request settles the
act when it names the file, and the connection is the one named: a local host said as local (or its port said), a
remote host by its name; the database by its name, or by the environment its name carries ("the staging copy" for
`clinic_stg`); a port the user said must be the one used. Anything else (another host, another port, a database of
another environment, a script never named) leaves the rule's question.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent

#: The rule over statements automode cannot read run on a database.
RULES = frozenset({"AM-DATA-001"})
_FROM = lazyre.compile(r"^statements from (\S+)$")
_LOCAL = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0", ""})
#: Per client: (host options, port options, database options).
_CLIENTS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    "mysql": (frozenset({"-h", "--host"}), frozenset({"-P", "--port"}), frozenset({"-D", "--database"})),
    "mariadb": (frozenset({"-h", "--host"}), frozenset({"-P", "--port"}), frozenset({"-D", "--database"})),
    "psql": (frozenset({"-h", "--host"}), frozenset({"-p", "--port"}), frozenset({"-d", "--dbname"})),
    "clickhouse-client": (frozenset({"-h", "--host"}), frozenset({"--port"}), frozenset({"-d", "--database"})),
}
_RUN_VERBS = frozenset({"run", "update", "migrate", "deploy", "create"})
_LOCAL_WORDS = lazyre.compile(r"\b(?:local|locally|localhost|my\s+machine|this\s+machine|lokal\w*|locale?|yerel|"
                              r"локальн\w*|ローカル|本地|로컬)\b|\blocal\b")
_NUM = lazyre.compile(r"(?<![\w.])(\d{2,5})(?![\w.])")


def settle(a: Analysis, intent: Intent) -> tuple[str, str] | None:
    """("allow", the words) when a request names the script and the connection it runs on; None otherwise."""
    from automode.judge.intent.scope import env_of

    runs = [e for e in a.effects if e.kind == "control" and e.origin == "opaque" and e.content
            and _FROM.match(e.content)]
    if not runs or len(runs) != len([e for e in a.effects if e.kind == "control"]):
        return None
    cmds = [c for c in a.commands if c.name in _CLIENTS]
    if len(cmds) != 1:
        return None
    host, port, dbs = _connection(cmds[0])
    if host is None:
        return None
    files = [m.group(1) for e in runs if (m := _FROM.match(e.content or "")) is not None]
    for r in intent.requests:
        if r.index < 0 or not r.clause.verbs & _RUN_VERBS or r.clause.question or r.clause.condition:
            continue
        raw = a.ctx.user_messages[r.index].lower() if r.index < len(a.ctx.user_messages) else ""
        text = f"{r.clause.text.lower()}\n{raw}"
        if not all(_file_said(f, text) for f in files):
            continue
        said_nums = set(_NUM.findall(text))
        if port and said_nums and port not in said_nums and any(len(n) == 4 for n in said_nums):
            continue  # another port named
        if host in _LOCAL:
            if _LOCAL_WORDS.search(text) is None and not (port and port in said_nums):
                continue
        elif not re.search(rf"(?<![\w.-]){re.escape(host.lower())}(?![\w-])", text) and not (
                len(host.split(".", 1)[0]) >= 4 and re.search(rf"\b{re.escape(host.split('.', 1)[0].lower())}\b", text)):
            continue
        said_env = {env_of(w) for w in re.findall(r"[a-z]+", text)} - {""}
        # (a host the user wrote out in full is where it runs: "against the staging db (host pg-staging.donau.internal)"
        # names the server, and its database is the one they mean; session 21, L5)
        full_host = host not in _LOCAL and "." in host and re.search(
            rf"(?<![\w.-]){re.escape(host.lower())}(?![\w-])", text) is not None
        if not full_host and not all(re.search(rf"(?<![\w.-]){re.escape(d.lower())}(?![\w-])", text)
                                     or (env_of(d) and env_of(d) in said_env) for d in dbs):
            continue
        return "allow", r.clause.text
    return None


def _file_said(path: str, text: str) -> bool:
    base = path.rsplit("/", 1)[-1].lower()
    return len(base) >= 4 and base in text


def _connection(cmd: object) -> tuple[str | None, str, list[str]]:
    """(host, port, databases) of a client command; host None when a value is only known at run time."""
    name = getattr(cmd, "name", "")
    hosts_o, ports_o, dbs_o = _CLIENTS[name]
    words = [(w.value, w.dynamic) for w in getattr(cmd, "argv", [])[1:]]
    host, port, dbs = "", "", []
    i = 0
    while i < len(words):
        v, dyn = words[i]
        if dyn:
            return None, "", []
        opt, eq, val = v.partition("=")
        if v.startswith("-") and not eq and len(v) > 2 and not v.startswith("--") and v[:2] in hosts_o | ports_o | dbs_o:
            opt, val, eq = v[:2], v[2:], "="  # `-h127.0.0.1`, `-P3307`
        if opt in hosts_o | ports_o | dbs_o:
            if not eq:
                if i + 1 >= len(words):
                    break
                val = words[i + 1][0]
                i += 1
            if opt in hosts_o:
                host = val
            elif opt in ports_o:
                port = val
            else:
                dbs.append(val)
        elif not v.startswith("-"):
            dbs.append(v)
        i += 1
    return host, port, dbs
