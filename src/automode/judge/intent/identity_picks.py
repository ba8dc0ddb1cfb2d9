"""Shapes of identifiers and what an action selects (slot S1; the comparison is `intent.identity`).

`shape` and `norm` say what kind of identifier a value is by its form and how it is written once for all its
spellings; `picks` reads the identifiers an action selects on every surface: a command's operands after an acting
subcommand and its selecting flags (`knowledge.selectors`), PowerShell parameters, the values of a control-plane
operation, a remote command's host, files deleted, an MCP call's selecting keys, a sub-agent brief's ids, the tables
and record ids a change of stored data names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.drift import _FILE, _ID_SHAPES
from automode.judge.intent.envdrift import READONLY, _reads_only
from automode.knowledge.control import classify, places
from automode.knowledge.envselect import selector
from automode.knowledge.selectors import (
    ACT_WORDS,
    BOOLEAN_FLAGS,
    HOST_OPERAND,
    NOT_SELECT_KEY,
    NUMBERED,
    PROGRAM_ACTS,
    PROGRAM_KINDS,
    PS_READ_VERBS,
    SELECT_KEY,
    SHORT_VALUE_OPTS,
    flag_kind,
    key_kind,
    ps_kind,
)
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.script import Command


# ------------------------------------------------------------------ shapes
_EMAIL = lazyre.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_NUM = lazyre.compile(r"^\d+$")
_KEY = lazyre.compile(r"^([a-z][a-z0-9]{0,9})-(\d+)$")
_VERSION = lazyre.compile(r"^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$")
_PKG_AT = lazyre.compile(r"^(@?[\w.-]+(?:/[\w.-]+)?)@(v?\d[\w.+-]*)$")
_HEX = lazyre.compile(r"^(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])(?:[0-9a-f]{7,64}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$")
_DOTTED = lazyre.compile(r"^[a-z][\w-]*(?:\.[a-z_][\w-]*){2,}$")
#: Number prefixes that only say what the number is (`PR-57`, `MR!12`, `GH-4`), not a project's key.
_NUM_PREFIX = {"pr": "pr", "mr": "pr", "pull": "pr", "gh": "", "issue": "issue", "bug": "issue"}


@lru_cache(maxsize=4096)
def shape(v: str) -> str:
    """The shape of one identifier: email, num, key:<prefix>, version, pkg, dotted, path, id, name, word ("" when it
    names nothing: free text, an option, a run-time value)."""
    if not v or len(v) > 200 or any(c in v for c in " \n$`{}*?") or v.startswith("-"):
        return ""
    if _EMAIL.match(v):
        return "email"
    if _NUM.match(v):
        return "num"
    m = _KEY.match(v)
    if m is not None:
        return "num" if m.group(1) in _NUM_PREFIX else f"key:{m.group(1)}"
    if _VERSION.match(v):
        return "version"
    if _PKG_AT.match(v):
        return "pkg"
    if "/" in v and _REST_UUID.match(v) is None:
        return "path"
    if _HEX.match(v) or _REST_UUID.match(v):  # (`users/6f1c…-…`: a REST operand is its generated id)
        return "hex"  # a commit, an image digest, a UUID (with or without its dashes)

    if any(p.match(v) for p in _ID_SHAPES):
        return "id"

    if _FILE.search(v) is not None:
        return "path"  # a file by its name (`report.pdf`, `users.db`)
    if _DOTTED.match(v):
        return "dotted"  # a bundle or package id (`com.acme.shop.debug`), a host name
    if re.search(r"[-_.:]", v) or (re.search(r"\d", v) and re.search(r"[a-z]", v)):
        return "name"
    return "word"


def norm(v: str) -> str:
    """One spelling of an identifier: lower case, no quotes or trailing punctuation, a number without its `#`/`PR-`,
    a branch without `refs/heads/`."""
    v = v.strip().strip("'\"`").rstrip(".,;:!?)").lower()
    v = v.removeprefix("refs/heads/").removeprefix("./")
    if v[:1] in "#!" and v[1:].isdigit():
        return v[1:].lstrip("0") or "0"
    m = _KEY.match(v)
    if m is not None and m.group(1) in _NUM_PREFIX:
        return m.group(2).lstrip("0") or "0"
    if v.isdigit():
        return v.lstrip("0") or "0"
    if v[:1] == "v" and _VERSION.match(v):
        return v[1:]  # `v3.1.0` is the 3.1.0 the user said
    rest = _REST_UUID.match(v)
    if rest is not None:
        v = rest.group(1)  # `users/6f1c…`: the record of that id
    if len(v) == 36 and _HEX.match(v):
        return v.replace("-", "")  # one UUID, with or without its dashes
    return v



#: A REST operand that names a record by its UUID (`users/6f1c2a9e-…`, `realms/x/users/6f1c…`).
_REST_UUID = lazyre.compile(r"^[a-z][\w-]*(?:/[\w.-]+){0,3}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")
_HASH_NUM = lazyre.compile(r"(?<![\w&])[#!](\d+)\b")
_TOKEN = lazyre.compile(r"[\w@][\w.@/:+~-]*[\w]|\w")


# ------------------------------------------------------------------ the action's side
class Pick:
    """One identifier an action selects, with the kind its slot gives it and where it was read."""

    __slots__ = ("kind", "one_kind", "place", "typ", "value", "where")

    def __init__(self, value: str, kind: str, where: str, typ: str = "", one_kind: bool = True,
                 place: bool = False) -> None:
        self.value, self.kind, self.where, self.typ = value, kind, where, typ
        self.one_kind = one_kind  # every value of its argument is of one kind (not a control plane's mixed values)
        self.place = place  # where the call acts: compared only with a place the user named by its kind word


def _cmdlet_picks(c: Command) -> list[Pick]:

    verb = c.name.split("-", 1)[0]
    if verb in PS_READ_VERBS:
        return []
    out: list[Pick] = []
    argv = [w for w in c.argv[1:]]
    for i, w in enumerate(argv):
        if not w.value.startswith("-") or w.dynamic:
            continue
        name, _, inline = w.value.partition(":")
        kind = ps_kind(c.name, name)
        if kind is None:
            continue
        raw = inline if inline else (argv[i + 1].value if i + 1 < len(argv) and not argv[i + 1].dynamic else "")
        for v in re.split(r"\s*,\s*", raw):
            if v and not v.startswith("-"):
                out.append(Pick(v.strip("'\""), kind, f"{c.argv[0].value} {name}"))
    return out


def _flag_picks(c: Command) -> list[Pick]:

    out: list[Pick] = []
    words = [w for w in c.argv[1:]]
    for i, w in enumerate(words):
        if w.dynamic or not w.value.startswith("--"):
            continue
        flag, eq, val = w.value.partition("=")
        kind = flag_kind(flag)
        if kind is None or (flag in BOOLEAN_FLAGS and flag != "--delete"):
            continue
        vals = [val] if eq else [x.value for x in words[i + 1:] if not x.dynamic][:20]
        listed = flag in ("--to", "--cc", "--bcc", "--attach", "--delete") or _LIST_FLAG.match(flag) is not None
        for v in vals:
            if v.startswith("-"):
                break
            for part in v.split(","):
                keyed = _ID_KEYED.match(part) if listed else None  # `--image-ids imageTag=pr-311 imageTag=pr-312`
                out.append(Pick(keyed.group(1) if keyed else part, kind, f"{c.name} {flag}"))
            if eq or not listed:
                break
    return out


def _operand_picks(c: Command) -> list[Pick]:
    """The operands after a subcommand word that acts (`docker rm -f a b`, `redis-cli -h h DEL k1 k2`): the objects
    acted on, read the same way for any program (`knowledge.selectors.ACT_WORDS`)."""

    words = c.argv[1:]
    if c.name in PROGRAM_ACTS:
        at, kind = -1, PROGRAM_ACTS[c.name]
    else:
        at = next((i for i, w in enumerate(words[:4]) if w.value.lower() in ACT_WORDS), -1)
        if at < 0:
            return []
        kind = PROGRAM_KINDS.get(c.name, "")
        if (c.name == "gh" and words[:1] and words[0].value == "release") or (c.name == "git" and words[:1] and \
                words[0].value == "tag"):
            kind = "tag"
    out: list[Pick] = []
    skip = False
    short = SHORT_VALUE_OPTS.get(c.name, frozenset())
    for w in words[at + 1:at + 40]:
        if skip:
            skip = False
            continue
        if w.value.startswith("-"):
            skip = "=" not in w.value and w.value not in BOOLEAN_FLAGS and (len(w.value) > 2 or w.value in short)
            continue  # (a long option's value, or a short one's the program's table lists: `dropdb -h host db`)
        if w.dynamic:
            continue
        v = w.value
        m = _KEYED.match(v)  # `name=orders.retry` (rabbitmqadmin), `id=42`
        out.append(Pick(m.group(1) if m else v, kind, f"`{c.name}`"))
    return out


#: A flag that takes a list of the things it acts on, one value after another (`--instance-ids i-1 i-2`, `--image-ids
#: imageTag=a imageTag=b`, `--secret-ids`, `--queue-names`, `--resource-arns`): each value is one object of one slot.
_LIST_FLAG = lazyre.compile(r"^--(?:[\w-]+-)?(?:ids|names|arns|identifiers|uuids)$")
#: A list value that names its object by a key (`imageTag=pr-311`, `imageDigest=sha256:…`, `Key=a.csv`): the value.
_ID_KEYED = lazyre.compile(r"^[A-Za-z][A-Za-z]{1,20}=([^=,\s]+)$")


#: An operand that names its object by a key (`name=orders.retry`, `queue=x`, `id=42`).
_KEYED = lazyre.compile(r"^(?:name|id|queue|exchange|vhost|user|topic|key)=(.+)$")


#: Mail programs and their attach option (mutt takes files after `-a` up to `--`; the others one file each time).
MAIL_ATTACH = {"mutt": "-a", "neomutt": "-a", "mailx": "-a", "s-nail": "-a", "nail": "-a", "mail": "-A", "mpack": "",
               "swaks": "--attach", "gog": "--attach", "himalaya": "--attach"}


def _attach_picks(c: Command) -> list[Pick]:
    """The files a mail command attaches (`mutt -a a.pdf b.csv -- to@x`, `mailx -a f`, `swaks --attach f`)."""
    flag = MAIL_ATTACH[c.name]
    if not flag:
        return []
    words = [w.value for w in c.argv[1:]]
    out: list[Pick] = []
    taking = False
    for w in words:
        if w == "--":
            break
        if w == flag or w.startswith(flag + "="):
            taking = "=" not in w
            if not taking:
                out.append(Pick(w.split("=", 1)[1], "file", f"{c.name} {flag}"))
            continue
        if w.startswith("-"):
            taking = False
            continue
        if taking:
            out.append(Pick(w, "file", f"{c.name} {flag}"))
            taking = c.name in ("mutt", "neomutt")
    return out


def _git_picks(c: Command) -> list[Pick]:
    args = [w.value for w in c.argv[1:] if not w.dynamic]
    if not args:
        return []
    if args[0] == "push" and ("--delete" in args or "-d" in args or any(a.startswith(":") for a in args)):
        ops = [a for a in args[1:] if not a.startswith("-")]
        return [Pick(a.lstrip(":"), "branch", "git push") for a in ops[1:]]
    if args[0] == "branch" and any(a in ("-d", "-D", "--delete") for a in args):
        return [Pick(a, "branch", "git branch") for a in args[1:] if not a.startswith("-")]
    if args[0] == "tag" and any(a in ("-d", "--delete") for a in args):
        return [Pick(a, "tag", "git tag") for a in args[1:] if not a.startswith("-")]
    if args[0] == "push" and any(a in ("-f", "--force") or a.startswith(("--force-with-lease", "+")) for a in args):
        ops = [a for a in args[1:] if not a.startswith("-")]
        # the refs a force push rewrites (`git push -f origin feat/x`, `+src:dst` by its destination)
        return [Pick(a.split(":")[-1].removeprefix("refs/heads/").lstrip("+"), "branch", "git push") for a in ops[1:]
                if a not in ("HEAD", "--all", "--tags") and a.split(":")[-1]]
    return []


_K8S_CLIS = frozenset({"kubectl", "oc", "kubecolor"})
_K8S_TYPED = lazyre.compile(r"^[a-z][a-z.]*/([a-z0-9][\w.-]*)$")


def _k8s_name(program: str, v: str) -> str:
    """`deployment/report-api` -> `report-api`: a cluster object written TYPE/NAME is named by its name ("scale
    report-gen to 0" is not `deployment/report-api`; session 20, K4)."""
    m = _K8S_TYPED.match(v) if program in _K8S_CLIS else None
    return m.group(1) if m is not None else v


def picks(a: Analysis) -> list[Pick]:
    """The identifiers the action selects, on every surface, from the parts of it that change something."""
    tool = a.action.tool
    inp = a.action.input
    out: list[Pick] = []
    if tool.startswith("mcp__"):

        if _reads_only(a):
            return _data_picks(a)  # (`mcp__postgres__query` named a read: its statement may still drop two tables)
        from automode.knowledge.saas_args import keys_of

        for k, v in keys_of(inp):
            if NOT_SELECT_KEY.match(k):
                if key_kind(k) == "project" and isinstance(v, str):
                    out.append(Pick(v, "project", k, place=True))
                continue
            if not SELECT_KEY.match(k):
                continue
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, (str, int)) and not isinstance(x, bool):
                    kind = key_kind(k)
                    for part in str(x).split(",") if isinstance(x, str) and len(x) < 400 else [str(x)]:
                        out.append(Pick(part.strip(), kind, k, kind if kind in ("pr", "issue") else ""))
        return out + _data_picks(a)
    if tool in ("Task", "Agent"):
        prompt = inp.get("prompt")
        if isinstance(prompt, str):
            out += [Pick(m.group(1), "", "the sub-agent's brief") for m in _HASH_NUM.finditer(prompt[:8000])]
            out += [Pick(t, "", "the sub-agent's brief") for t in _TOKEN.findall(prompt[:8000])
                    if shape(t.lower()) in ("email", "hex", "id") or shape(t.lower()).startswith("key:")]
        return out
    if not a.shell:
        return out

    from automode.shell.remote import far_name

    ranged = _remotes_said(a)
    for c in a.commands:
        if c.name in READONLY or not c.argv:
            continue
        if c.remote and ":" not in c.remote and c.name not in HOST_OPERAND and not _set_said(c.remote, a) and \
                c.remote.split("@")[-1] not in ranged:
            out.append(Pick(c.remote.split("@")[-1], "host", "the remote host"))  # (ssh's host; not `container:node:20`)
        elif c.remote and _GUEST.match(c.remote) and c.remote.count(":") == 1 and (far := far_name(c.remote)):
            out.append(Pick(far, "host", "the guest it runs in"))  # (`incus exec db-lab2 --`, `machinectl shell b-3`)
        if re.match(r"^[a-z]+-[a-z]", c.name) and "-" in c.name and c.argv[0].value[:1].isupper():
            out += _cmdlet_picks(c)
            continue
        if c.name in MAIL_ATTACH:
            out += _attach_picks(c)
        if c.name == "git":
            out += _git_picks(c)
            continue
        if c.name in ("mongosh", "mongo"):
            out += _mongo_picks(c)
        e = classify(c)
        if e is None or e.verb in ("", "read"):
            out += _operand_picks(c)
            continue
        where = set(places(c))
        # (the account or profile chosen for it by a wrapper or a variable is where it acts: `aws-vault exec ml-sandbox
        # -- aws s3 rb s3://ml-scratch-tmp`, session 23)
        where |= {w.value for k, w in c.assigns if w.value and not w.dynamic and selector(k)}
        args = c.args
        typ = next((t for (p, sub), t in NUMBERED.items() if c.name == p and args[:1] == [sub]), "")
        flagged = _flag_picks(c) + [p for p in _operand_picks(c) if p.value not in where]
        taken = {p.value for p in flagged}
        out += flagged
        vals = [_k8s_name(c.name, v) for v in e.values if v not in where and v not in taken]
        out += [Pick(v, "", f"`{c.name}`", typ, False) for v in vals]
    for e in a.effects:
        if e.kind == "delete" and not e.recursive and e.pclass in ("project", "artefact", "temp", "home"):
            out.append(Pick(e.target, "file", "deleted"))
    from automode.judge.intent.computed import loop_hosts

    # `for h in a.lan b.lan c.lan; do ssh-copy-id u@$h; done`: every host the loop logs in to
    looped: dict[str, list[str]] = {}
    for h, var in loop_hosts(a):
        looped.setdefault(var, []).append(h)
    for var, hs in looped.items():
        said = _said_of(hs, a) if len(hs) >= 2 else set()  # ("app-1 à app-3": each host of the range is named)
        out += [Pick(h, "host", f"the loop over ${var}") for h in hs if h not in said]
    out += _data_picks(a)
    return out + [Pick(m.group(2), "", p.where, _REST_TYPES.get(m.group(1).lower(), ""), False)
                  for p in out if "/" in p.value and (m := _REST_NUM.search(p.value)) is not None]


#: A REST path's last record by its number (`projects/42/pipelines/8812`, `/api/v1/users/4412`): that number is the
#: record acted on, compared with the numbers the user said.
_REST_NUM = lazyre.compile(r"(?:^|/)([a-z][a-z_-]{1,30})/(\d{1,12})/?$", re.I)
_REST_TYPES = {"pulls": "pr", "merge_requests": "pr", "issues": "issue"}


_CODE_ID = lazyre.compile(r"(?<![\w-])(?:[0-9a-f]{24}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![\w-])", re.I)


def _data_picks(a: Analysis) -> list[Pick]:
    """What a change of stored data picks: the tables its statements change (one argument: the named table and
    another beside it is more than named) and the record ids its code spells (`ObjectId("64a0…")`, a UUID)."""
    out: list[Pick] = []
    changes = [e for e in a.effects if e.kind == "control" and e.origin == "data" and e.verb not in ("", "read")]
    if not changes:
        return out
    out += [Pick(e.target, "table", "the tables it changes") for e in changes
            if e.target and e.target in e.values and "://" not in e.target
            and e.target not in {c.name for c in a.commands}]  # (an ORM call's effect names its program: `php`)  # (not a store's kind: `warehouse`)
    out += [Pick(t, "table", "the tables it changes") for t in _more_dropped(a, changes)]
    code = "\n".join([e.content or "" for e in changes] + [c.text for c in a.commands])
    out += [Pick(m.group(0), "", "the record ids in its code", one_kind=False) for m in _CODE_ID.finditer(code[:20_000])]
    return out


#: A statement that drops or empties every table it lists (`DROP TABLE a, b`, `TRUNCATE a, b`).
_DROPS_LIST = lazyre.compile(r"(?is)^\s*(?:drop\s+(?:table|view|materialized\s+view|sequence|index|type)|truncate)\b")


def _more_dropped(a: Analysis, changes: list[Effect]) -> list[str]:
    """The tables a DROP or TRUNCATE lists after its first (`DROP TABLE tmp_dedupe_0412, dedupe_rules`): each one an
    object of the same slot as the first, less where the statement runs (`-d analytics`, `-h localhost`)."""
    from automode.judge.intent.destroy_named import _sql_places

    out: list[str] = []
    where: set[str] | None = None
    for e in changes:
        if not e.content or _DROPS_LIST.match(e.content) is None or len(e.values) < 2:
            continue
        if where is None:
            where = {v for c in a.commands for v in (*places(c), *_sql_places(c))}
        out += [v for v in e.values if v != e.target and v not in where and "://" not in v and "$" not in v]
    return out


#: A collection a mongo shell's code drops or empties (`db.tmp_x.drop()`, `db.getCollection("x").deleteMany({})`).
_MONGO_DROP = lazyre.compile(r"\bdb\.(?:getCollection\(\s*['\"]([^'\"]+)['\"]\s*\)|([A-Za-z_][\w-]*))\."
                             r"(?:drop|deleteMany|remove)\s*\(")


def _mongo_picks(c: Command) -> list[Pick]:
    """The collections a `mongosh --eval` drops or empties: one slot, like a DROP statement's tables."""
    code = " ".join(w.value for w in c.argv[1:] if not w.dynamic)[:8000]
    return [Pick(m.group(1) or m.group(2), "table", "the tables it changes") for m in _MONGO_DROP.finditer(code)]



#: Carriers whose label names a guest or a container of this machine (`shell.remote_shells`, `wrappers.GUEST_NAMED`):
#: the guest is where the act happens, named like a host (session 26, helper `carried`).
_GUEST = lazyre.compile(r"^(?:incus|lxc|lxd|machinectl|pct|qm|nsenter|virsh|multipass|distrobox|toolbox|vagrant|"
                        r"systemd-nspawn|container|docker|podman|nerdctl|lima|limactl|orb|wsl):(?!$)")


def _remotes_said(a: Analysis) -> set[str]:
    """The hosts the commands log in to (a loop written out: `for h in app-1 app-2 app-3; do ssh $h …`) that the user
    named by a range or list of their family ("app-1 to app-3"): each is named, though not written in the words."""
    hosts = list(dict.fromkeys(c.remote.split("@")[-1] for c in a.commands
                               if c.remote and ":" not in c.remote and "[" not in c.remote and "$" not in c.remote))
    return _said_of(hosts, a) if len(hosts) >= 2 else set()


def _said_of(hosts: list[str], a: Analysis) -> set[str]:
    """The hosts of `hosts` named inside a range or list of the words and not written there as they are (a host
    written out stays a pick: it matches itself, and the picks beside it are compared with it)."""
    from automode.judge.intent.host_said import said_hosts

    text = " ".join(a.ctx.user_messages)[:8000]
    low = text.lower()
    return {h for h in said_hosts(text, hosts) if re.search(r"(?<![\w.-])" + re.escape(h.lower()) + r"(?![\w-])", low) is None}


def _set_said(remote: str, a: Analysis) -> bool:
    """A host list (`edge-[01-40]`) some of whose hosts the user named by name, range or list: `intent.host_sets`
    compares the two sets (the named ones run, a wider set is what it is)."""
    if "[" not in remote:
        return False
    from automode.judge.intent.host_said import said_hosts
    from automode.shell.remote import expand_hosts

    hosts = expand_hosts(remote.split("@")[-1], limit=512)
    return bool(hosts) and bool(said_hosts(" ".join(a.ctx.user_messages)[:8000], hosts))
