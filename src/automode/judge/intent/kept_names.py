"""What the user held back by its name (session 26, Q4; AM-JUDGE-037 through `intent.widened`): an object named in a
clause that keeps it ("keep the registry container kind-registry running", "aber lass den Container
registry.localhost laufen", "pero deja intacto logs-2024", "kind-registryコンテナは残して") is the operand of a removal
or a stop in some part of the action (`kind delete cluster --name dev && docker rm -f kind-registry`): refused,
whatever the program and whatever else the action does that was asked.

A name is a word of a keeping clause (`kept_forms._KEEP`, in the words as typed and as read into English) that is no
word of the trade's kinds (`knowledge.removal_forms.NOUNS`) nor an English word the reader knows, and that no clause
asking for a removal names. It matches an operand of a removing command as written, without its scheme or kind
prefix (`gs://logs-2024`, `deploy/web`, `volume/pgdata`), or as its last path segment.
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: A token that may be a name: letters, digits and the marks names carry.
_TOKEN = lazyre.compile(r"[\w][\w.@:/-]*[\w]")
#: A name has a Latin letter or a digit (a word of an unspaced script is a run of words, no name).
_ASCII = lazyre.compile(r"[a-z0-9]")
#: A name carries a mark no plain word has (`kind-registry`, `registry.localhost`, `logs-2024`, `tls_wildcard`): a plain
#: word of a keep ("keep the integration") may be a kind the command's own path names.
_MARKED = lazyre.compile(r"[-_.@:/0-9]")
#: A keep match that is a negated removal ("don't delete", "without touching").
_NEGATED = lazyre.compile(r"(?i)(?:don'?t|do\s+not|never|not|without)\b")
#: Verbs of a command's first operands that remove or stop what they name.
_ENDING = lazyre.compile(
    r"(?i)^(?:delete|del|rm|remove|uninstall|undefine|destroy|purge|drop|prune|erase|wipe|kill|"
    r"terminate|stop|down|rmi|rb|disable|evict|drain|unregister|deregister|detach)$|"
    r"^(?:delete|remove|destroy|purge|terminate|drop|stop|kill|deregister)-"
)
#: Programs that remove or stop their operands.
_REMOVERS = frozenset(
    {"rm", "rmdir", "shred", "unlink", "truncate", "wipefs", "kill", "pkill", "killall", "rmmod"}
)
#: Scheme and kind prefixes of an operand (`gs://b`, `s3://b/k`, `deploy/web`, `pod/x`).
_PREFIX = lazyre.compile(r"^[a-z][a-z0-9+.-]*://|^[a-z][a-z.]*/(?=[^/]+$)")


def _names_in(clause: str) -> set[str]:
    from automode.judge.intent.lexicon import STOP, VERBS

    out: set[str] = set()
    for m in _TOKEN.finditer(clause):
        w = m.group(0).lower().strip(".:/-")
        if (
            len(w) < 3
            or not _ASCII.search(w)
            or not _MARKED.search(w)
            or w in STOP
            or any(w in v for v in VERBS.values())
        ):
            continue
        out.add(w)
    return out


def _bare(name: str, part: str) -> bool:
    """`name` stands in `part` as a word of its own, not only as the last segment of a path (`../x`, `./x`)."""
    import re

    return re.search(rf"(?<![\w./-]){re.escape(name)}(?![\w-])", part.lower()) is not None


#: Where a part of a clause read into English ends: a comma, "but", "and", "then" (the keep is said of its own part).
_PARTS = lazyre.compile(r"(?i)[,;،、，]|\b(?:but|and|then|however|though|although|while|except)\b")


@lru_cache(maxsize=256)  # (a fact of the words: read once per session)
def kept_names(messages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(name, clause) for each name a keeping part of the messages names and no removing part names."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.kept_forms import _KEEP, _KEEP_NOT, _REMOVE, _clauses, _noun
    from automode.knowledge.removal_forms import NOUNS

    kept: dict[str, str] = {}
    removed: set[str] = set()
    for m in messages:
        for clause in _clauses(m):
            typed = _names_in(clause)
            read = [(p, p) for p in _PARTS.split(gloss(clause))]
            for part, g in read + [
                (p, gloss(p)) for p in _PARTS.split(clause)
            ]:  # (as read, and as typed: "lass …
                # laufen" that the gloss reads "run")
                names = _names_in(part) & typed  # (as typed, and no word the gloss read)
                spans = [m.span() for m in _KEEP.finditer(g)]
                asks = [m for m in _REMOVE.finditer(g) if not any(a <= m.start() < b for a, b in spans)]
                # (a keep verb, not a negated removal: "don't delete X" is a fence `judge.boundaries` reads, and a
                # gloss may carry a negation onto the removal asked: "ลบ … ตัวอื่นไม่ต้องยุ่ง" read "not delete …")
                keep = any(
                    not _NEGATED.match(m.group(0)) for m in [*_KEEP.finditer(g), *_KEEP.finditer(part)]
                )
                if keep and asks:
                    continue  # "tear down the stack without touching the volumes": its names are the removal's
                if keep and not _KEEP_NOT.search(g):  # (names of a keeping part)
                    for name in names:
                        if not any(_noun(k).fullmatch(name) for k in NOUNS):
                            kept.setdefault(name, clause)
                elif asks:
                    removed |= {n for n in names if _bare(n, part)}  # ("remove the worktree ../x, keep the branch x":
                    # the path names the worktree, the bare name the branch; session 28)
    return tuple((k, v) for k, v in kept.items() if k not in removed)


#: Options whose value says where the object lives, not which object: their values are no operands.
_WHERE = frozenset(
    {
        "-n",
        "--namespace",
        "--context",
        "--kube-context",
        "--kubeconfig",
        "--cluster",
        "--project",
        "--zone",
        "--region",
        "--profile",
        "--account",
        "--iam-account",
        "--resource-group",
        "-g",
        "--subscription",
        "--project-name",
        "-p",
        "--host",
        "-H",
        "--endpoint-url",
        "--stack",
        "-s",
    }
)


#: Options whose value names the object acted on (`--name dev`, `--instance-ids i-0…`, `--queue-url …`), not where it
#: lives (`--project-id`, `--cluster-name`, `--resource-group-name`).
_OBJECT_OPT = lazyre.compile(
    r"^--?(?:name|id|ids|container|volume|[\w-]*-(?:name|names|id|ids|identifier|url|arn))$"
)
_PLACE_OPT = lazyre.compile(
    r"^--?(?:project|account|subscription|resource-group|cluster|zone|region|namespace|org|"
    r"organization|workspace|team|tenant|folder|location|parent|vpc|network|repo)"
)


#: Programs whose place-looking option names the object itself (`minikube delete -p dev-b`: the profile goes).
_OBJECT_BY_PROGRAM: dict[str, frozenset[str]] = {
    "minikube": frozenset({"-p", "--profile"}),
    "colima": frozenset({"-p", "--profile"}),
    "multipass": frozenset({"-n", "--name"}),
}


def _operands(cmd: Command) -> list[str]:
    """The words of `cmd` that name what it acts on: its operands and the values of its options that name the object
    (`--name dev`), not of those that say where it lives (`-n shop`, `--project p`, `--cluster-name c`)."""
    out: list[str] = []
    take = skip = False
    own = _OBJECT_BY_PROGRAM.get(cmd.name.rsplit("/", 1)[-1], frozenset())
    for w in cmd.argv[1:]:
        if w.dynamic:
            take = skip = False
            continue
        v = w.value
        if take or skip:
            if take:
                out.append(v)
            take = skip = False
            continue
        if v.startswith("-"):
            key, eq, val = v.partition("=")
            named = key in own or (_OBJECT_OPT.match(key) is not None and _PLACE_OPT.match(key) is None)
            if eq:
                if named:
                    out.append(val)
            else:
                take, skip = named, not named and key in _WHERE
            continue
        out.append(v)
    return out


def _forms(op: str) -> set[str]:
    """`op` as written, without a kind prefix (`deploy/web`), its last path segment, and a bucket or host said
    alone (`gs://logs-2024`, not `gs://logs-2024/a.txt`: an object inside the kept bucket is not the bucket)."""
    v = op.lower().strip("'\"").rstrip("/")
    if "://" in v:
        rest = v.split("://", 1)[1]
        return {v, rest} if "/" not in rest else {v}
    out = {v, _PREFIX.sub("", v), v.rsplit("/", 1)[-1]}
    return {x for x in out if x}


def _removes(cmd: Command) -> bool:
    name = cmd.name.rsplit("/", 1)[-1]
    if name in _REMOVERS:
        return True
    from automode.knowledge.removal_forms import forms

    if any(row.act for row, _s, _o in forms(cmd)):
        return True  # a removal by its option (`git branch -D x`, `git tag -d v1`, `kafka-topics --delete`; session 28)
    pos = [w.value for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")][:3]
    return any(_ENDING.search(p) for p in pos)


def removed_kept(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when a command removes or stops an object the user named to keep; None otherwise."""
    if not a.shell or not a.commands or not a.ctx.user_messages:
        return None
    kept = dict(kept_names(tuple(a.ctx.user_messages[-2:])))
    if not kept:
        return None
    for cmd in a.commands:
        if not _removes(cmd):
            continue
        for op in _operands(cmd):
            for form in _forms(op):
                if form in kept and not _kind_kept(cmd, kept[form]) and not _copied_first(a, cmd, form, kept[form]):
                    text = (cmd.text or " ".join(w.value for w in cmd.argv))[:80]
                    return "deny", f"you said {kept[form]!r}; `{text}` removes {form!r}, which you kept"
    return None


def _kind_kept(cmd: Command, clause: str) -> bool:
    """The clause keeps its name as a kind (`branch wal-exp`, `the volume vol-data-1`, `a final snapshot X`) that the
    command's own form keeps and does not take (session 28, T5): `git worktree remove ../wal-exp` leaves the branch,
    `hcloud volume detach` the volume, `--final-db-snapshot-identifier X` makes the snapshot."""
    from automode.judge.intent.kept_forms import kept_in
    from automode.knowledge.removal_forms import forms

    kinds = set(kept_in(clause)) - {"force"}
    if not kinds:
        return False
    states = {(n, state) for row, state, _o in forms(cmd) for n in row.nouns if n in kinds}
    return any(s == "keeps" for _n, s in states) and not any(s == "takes" for _n, s in states)


def _copied_first(a: Analysis, cmd: Command, name: str, clause: str) -> bool:
    """The clause keeps `name` as a copy ("mach zuerst einen Snapshot von X", "zrób backup tabeli X") and a command
    before `cmd` saves that object (`knowledge.saved_first`): the copy is what stays (session 28, T5)."""
    from automode.judge.intent.kept_forms import _LETTER
    from automode.knowledge.saved_first import COPY_WORDS, SAVE_VERBS, _names, saves

    if lazyre.built(rf"(?i)(?<!{_LETTER})(?:{SAVE_VERBS}|{COPY_WORDS})").search(clause) is None:
        return False
    return any(saves(d) and name in _names(d, 0) for d in a.commands[: a.commands.index(cmd)])
