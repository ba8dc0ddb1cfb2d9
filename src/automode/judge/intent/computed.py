"""Computed and widened targets in the judge (session 15, F2).

The analysis says when an act reaches every member of something (`knowledge.extent` forms with no selector, rule
AM-DESTROY-061). A request releases such a form when it names it by what it takes: the container ("the DAG", "the
local snapshots") or its members in the plural ("the tasks"); whether it asked for all of them or for one member is
`judge.intent.extent`'s comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: Rules whose objects are named by the container or member nouns of the form they fire on.
COMPUTED_RULES = frozenset({"AM-DESTROY-061", "AM-DESTROY-062", "AM-RES-033"})


def named_whole(a: Analysis, rid: str) -> list[str]:
    """The nouns a user names the containers and members of the action's every-member forms with (singular and
    plural), for the release's object comparison."""
    from automode.knowledge.extent import container_of

    out: list[str] = []
    for c in a.commands if rid in COMPUTED_RULES else ():
        found = container_of(c.name, [w.value for w in c.argv[1:] if not w.dynamic])
        if found is None:
            continue
        for noun in sorted(found[0].container | found[0].members):
            out += [noun, noun + "s"] if not noun.endswith("s") else [noun, noun[:-1]]
    from automode.knowledge.computed import COMPUTED

    for e in a.effects:  # the places a listing reads (the schema, the folder, the bucket): what a user names
        if e.kind == "control" and e.target == COMPUTED:
            out += [p for v in e.values for p in (v, v.split("*", 1)[0].rstrip("/")) if p]
    return list(dict.fromkeys(out + listing_names(a)))


#: Options of a listing that only shape its output (`-q`, `--json name`, `-o tsv`, `--query …`): no name in them.
_SHAPE_OPTS = frozenset({"-q", "--quiet", "--json", "--jq", "-o", "--output", "--format", "--query", "--template",
                         "-t", "--limit", "-L", "--no-headers", "-n", "--porcelain", "-H", "--plain", "--ids",
                         "--parseable", "--depth", "--no-legend", "--noheading"})  # fmt: skip
#: The kind of thing a program's fan-out act removes when its subcommand says no noun (`docker rm`: containers).
_ACT_NOUNS = {("docker", "rm"): "container", ("docker", "stop"): "container", ("docker", "kill"): "container",
              ("podman", "rm"): "container", ("podman", "stop"): "container", ("docker", "rmi"): "image",
              ("podman", "rmi"): "image", ("kill", ""): "process",
              ("brew", "uninstall"): "formula", ("pip", "uninstall"): "package", ("npm", "uninstall"): "package"}
_LOOP_OVER = lazyre.compile(r"\bfor\s+(\w+)\s+in\s+(?:\$\(|`)\s*([\w.-]+)")
_READ_LOOP = lazyre.compile(r"(?:^|\|)\s*([\w.-]+)[^|;]*\|\s*while\s+(?:IFS=\S*\s+)?read\s+(?:-r\s+)?(\w+)")


def _fed(c: Command, commands: list[Command], raw: str) -> Command | None:
    """The listing whose output the arguments of `c` are: `$(P list)`, `P list | xargs …`, `for x in $(P list)`,
    `P list | while read x` (None when no argument of `c` is computed from a listing)."""
    from automode.knowledge.stoppers import feeder

    fed = feeder(c, commands)
    if fed is not None:
        return fed
    dyn = {w.raw.strip("\"'").lstrip("${").rstrip("}") for w in c.argv[1:] if w.dynamic}
    for rx, var_at, prog_at in ((_LOOP_OVER, 1, 2), (_READ_LOOP, 2, 1)):
        for m in rx.finditer(raw):
            if any(d == m.group(var_at) or d.startswith(m.group(var_at)) for d in dyn):
                return next((x for x in commands if x.name == m.group(prog_at) and x is not c), None)
    return None


def listing_names(a: Analysis) -> list[str]:
    """What a user names a set computed from a listing by: the listing's own filters and places (`--workflow
    ci.yml`, `-f status=exited`, `--bucket tmp-exports`) and the kind of thing acted on (`gh run delete`: runs)."""
    from automode.knowledge.stoppers import LISTING_WORDS
    from automode.knowledge.subverbs import LEXICON, READ_WORDS

    raw = a.action.input.get("command") if a.shell else None
    raw = raw if isinstance(raw, str) else ""
    out: list[str] = []
    if not asked_all(a.ctx.user_messages):
        return out  # (a set is named by its kind only when all of it is asked for: "delete all the stopped containers")
    for c in a.commands:
        if c.substituted or c.remote or c.name in ("git", "hg") or not any(w.dynamic for w in c.argv[1:]):
            continue  # (on another host, the host must be named; a VCS's refs are judged by `act_targets`)
        fed = _fed(c, a.commands, raw)
        if fed is None:
            continue
        pos = [w.value for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")]
        nouns = [p for p in pos[:2] if p.lower() not in LEXICON and p.isalpha()]
        verb = next((p for p in pos[:2] if p.lower() in LEXICON), "")
        nouns += [n for n in (_ACT_NOUNS.get((c.name, verb)) or _ACT_NOUNS.get((c.name, "")),) if n]
        skip = False
        for w in fed.argv[1:]:
            v = w.value
            if skip or w.dynamic:
                skip = False
                continue
            if v.startswith("-"):
                name, eq, val = v.partition("=")
                skip = not eq and name in _SHAPE_OPTS
                if eq and name not in _SHAPE_OPTS:
                    out.append(val)
                continue
            if v.lower() in LISTING_WORDS or v.lower() in READ_WORDS or not _NAMEISH.match(v):
                continue
            out += [v, *v.split("=", 1)[1:]]
        for n in nouns:
            forms = [n, n + "s"] if not n.endswith("s") else [n, n[:-1]]
            out += forms + [f"{c.name}-{x}" for x in forms]  # ("the docker containers")
    return list(dict.fromkeys(o for o in out if o))


_NAMEISH = lazyre.compile(r"^[\w@][\w@.:/=+-]*$")


def fed_by_listing(a: Analysis) -> bool:
    """Some act of the action takes its arguments from a listing's output (`$(P list)`, `| xargs`, a loop over it)."""
    if not a.shell:
        return False
    raw = a.action.input.get("command")
    raw = raw if isinstance(raw, str) else ""
    return any(not c.substituted and any(w.dynamic for w in c.argv[1:]) and _fed(c, a.commands, raw) is not None
               for c in a.commands)


@lru_cache(maxsize=64)  # pure: once per session, not once per action
def asked_all(messages: tuple[str, ...]) -> bool:
    """Some message asks for all of what it names ("delete all the stopped containers", "tous les runs")."""
    if not messages:
        return False
    from automode.judge.intent.said import lowered
    from automode.judge.intent.whole import asks_whole

    return any(asks_whole(m) for m in lowered(messages))


# ------------------------------------------------------------------ hosts a loop or a listing reaches
#: `for VAR in v1 v2 …; do` with literal values (and brace ranges), the loop's header.
_FOR_LITERAL = lazyre.compile(r"\bfor\s+([A-Za-z_]\w*)\s+in\s+([^;\n$`()]+?)\s*;?\s*do\b")
_BRACE_RANGE = lazyre.compile(r"^(.*?)\{(\d+)\.\.(\d+)\}(.*)$")
_BRACE_LIST = lazyre.compile(r"^(.*?)\{([^{}]*,[^{}]*)\}(.*)$")
#: Programs that log in to the host they are given as an operand (their remote command, if any, is lowered apart).
HOST_PROGRAMS = frozenset({"ssh", "ssh-copy-id", "scp", "sftp", "mosh", "rsync", "autossh", "sshpass"})
MAX_EXPANDED = 32


def _expand(word: str) -> list[str]:
    """A word's brace expansion (`web-{1..3}`, `{a,b}.lan`), capped."""
    m = _BRACE_RANGE.match(word)
    if m is not None:
        lo, hi = int(m.group(2)), int(m.group(3))
        step = 1 if hi >= lo else -1
        return [f"{m.group(1)}{i}{m.group(4)}" for i in range(lo, hi + step, step)][:MAX_EXPANDED]
    m = _BRACE_LIST.match(word)
    if m is not None:
        return [f"{m.group(1)}{x}{m.group(3)}" for x in m.group(2).split(",")][:MAX_EXPANDED]
    return [word]


def loop_values(raw: str) -> dict[str, list[str]]:
    """The literal values each `for` loop variable of a command line takes (brace ranges expanded; a glob or an
    expansion in the list makes the values unknown: no entry)."""
    out: dict[str, list[str]] = {}
    if "for" not in raw:
        return out
    for m in _FOR_LITERAL.finditer(raw[:20_000]):
        words = m.group(2).replace('"', " ").replace("'", " ").split()
        if not words or any(c in w for w in words for c in "*?[") or m.group(2).strip().startswith(("in ", "$")):
            continue
        out[m.group(1)] = [x for w in words for x in _expand(w)][:MAX_EXPANDED]
    return out


def _var(word: str) -> str:
    m = re.search(r"\$\{?([A-Za-z_]\w*)\}?", word)
    return m.group(1) if m else ""


def loop_hosts(a: Analysis) -> list[tuple[str, str]]:
    """(host, the loop variable) for each host a `for` loop over literal values logs in to (`for h in a b c; do
    ssh-copy-id u@$h; done`, `for h in web-{1..9}; do ssh $h …`)."""
    raw = a.action.input.get("command") if a.shell else None
    if not isinstance(raw, str) or "for" not in raw:
        return []
    values = loop_values(raw)
    if not values:
        return []
    out: list[tuple[str, str]] = []
    for c in a.commands:
        words = [c.remote] if c.remote else [w.raw.strip("\"'") for w in c.argv[1:] if w.dynamic] \
            if c.name in HOST_PROGRAMS else []  # fmt: skip
        for w in words[:1] if c.remote else words:
            var = _var(w)
            for v in values.get(var, ()):
                host = re.sub(r"\$\{?" + var + r"\}?", v, w).split("@")[-1].split(":", 1)[0]
                out.append((host, var))
    return list(dict.fromkeys(out))


def computed_hosts(a: Analysis) -> str:
    """How the hosts the action logs in to are computed at run time (`$(cat hosts.txt)`, `while read h … <
    hosts.txt`, `(Get-Content servers.txt)`, `Get-ADComputer -Filter …`), "" when they are named or literal."""
    raw = a.action.input.get("command") if a.shell else None
    raw = raw if isinstance(raw, str) else ""
    literal = loop_values(raw) if "for" in raw else {}
    for c in a.commands:
        words = [c.remote] if c.remote else [w.raw.strip("\"'") for w in c.argv[1:] if w.dynamic] \
            if c.name in HOST_PROGRAMS else []  # fmt: skip
        for w in words:
            if not w or not ("$" in w or "__stdin_item__" in w or "{}" in w):
                continue
            if _var(w) in literal and "$(" not in w:
                continue  # a loop over hosts written out: compared one by one (`identity`)
            return w
    return ""


#: Fan-out runners whose hosts are a file, a group or a pattern (`shell.remote.RUNNERS`).
FLEET_RUNNERS = ("pssh", "parallel-ssh", "pdsh", "clush", "ansible", "salt", "prsync", "pscp", "pnuke", "salt-ssh",
                 "mussh", "dsh", "colmena", "pyinfra", "knife")
_HOSTISH = lazyre.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*$")
_LIST_FILES = (".txt", ".ini", ".cfg", ".yml", ".yaml", ".list", ".hosts", ".csv")


def _reach(c: Command, literal: dict[str, list[str]]) -> str:
    """How the hosts `c` runs on are chosen when no one host is named: "" for a named host (or a loop over named
    ones), else the words that pick them (`$(cat hosts.txt)`, `hosts.txt`, `(Get-ADComputer …)`)."""
    w = c.remote or ""
    if not w:
        return ""
    if "$" in w or "__stdin_item__" in w or "{}" in w or "(" in w:
        var = _var(w)
        return "" if var in literal and "$(" not in w else w
    runner = next((v.split()[0] for v in c.via if v.split()[0] in FLEET_RUNNERS), "")
    if runner and not all("." in h and _HOSTISH.match(h) and not h.endswith(_LIST_FILES) for h in w.split(",") if h):
        return f"{runner} {w}"  # a host file, a group, a pattern or a range (`-h hosts.txt`, `all`, `web[1-4]`)
    return ""


_SPAN = lazyre.compile(r"\[(\d+)-(\d+)\]")


def _listed_hosts(a: Analysis, said: str) -> list[str] | tuple[str, str]:
    """The hosts a fan-out's host list expression names (`db[1-3]`, `web[01-04,10]`) when the user named each (or
    wrote the expression, or `db1-3`); ("ask", why) when it names one more than they did."""
    from automode.shell.remote import expand_hosts

    out: list[str] = []
    for c in a.commands:
        runner = next((v.split()[0] for v in c.via if v.split()[0] in FLEET_RUNNERS), "")
        if not runner or not c.remote or "[" not in c.remote:
            continue
        hosts = expand_hosts(c.remote)
        if not hosts or c.remote.lower() in said:
            out += hosts
            continue
        short = _SPAN.sub(r"\1-\2", c.remote.lower())  # "db1-3"
        from automode.judge.intent.host_said import said_hosts

        ranged = said_hosts(said, hosts)  # "edge-01 to edge-04", "web01 a web05" (`intent.host_sets`)
        extra = [h for h in hosts if not lazyre.whole(h.lower(), said, r"[\w.-]") and short not in said and h not in ranged]
        if extra:
            return "ask", f"this also runs on {extra[0]}, which you did not name ({runner} {c.remote})"
        out += [*hosts, short]
    return out


def hosts_beyond(a: Analysis, text: str, strong: frozenset[str]) -> tuple[str, str] | None:
    """("ask", why) when the user named a host and the action runs on hosts a file, a pattern or a listing computes
    at run time (`Invoke-Command -ComputerName (Get-Content servers.txt)`, `pssh -h hosts.txt`, `while read h; do
    ssh $h …; done < hosts.txt`), none of them the named one in so many words; None otherwise."""
    if not a.shell:
        return None
    raw = a.action.input.get("command")
    raw = raw if isinstance(raw, str) else ""
    literal = loop_values(raw)
    reach = next((x for c in a.commands if (x := _reach(c, literal))), "")
    if not reach and not any(c.name in HOST_PROGRAMS and any(w.dynamic for w in c.argv[1:]) and not any(
            _var(w.raw) in literal for w in c.argv[1:] if w.dynamic) for c in a.commands):
        return None
    from automode.judge.intent.remote_paths import HOST_NOUNS
    from automode.judge.intent.whole import asks_whole

    if asks_whole(text):
        return None  # "restart nginx on every server in servers.txt"
    low = raw.lower()
    listed = _listed_hosts(a, text.lower())
    if isinstance(listed, tuple):
        return listed
    low += " " + " ".join(listed)  # `clush -w db[1-3]` for "db1, db2 and db3": those three, by name
    named = [s for s in strong if ("." in s or "-" in s or any(ch.isdigit() for ch in s)) and "/" not in s
             and _HOSTISH.match(s) and s not in low and not s.rsplit("-", 1)[-1].startswith(HOST_NOUNS)]
    # ("die web-Hosts": a group's name joined to the word for hosts names the group, not a host)
    if not named:
        return None
    return "ask", f"you named {', '.join(sorted(named)[:2])}; this runs on hosts {reach or 'a listing'} picks at run time"
