"""A service CLI's own verb said in so many words (session 26, Q2, helper `cli`).

The user names the act in the program's own language, in any language around it: "kjør reflog expire for oppføringer
eldre enn 90 dager", "30日以上前に削除済みの mlflow run を gc で消して", "rudisha migration ya mwisho tu
(ecto.rollback)", "σβήσε το snapshot tank/backups@auto-2024-03-01 μόνο", "seri numarası … olan sertifikayı step ile
iptal et". The command is that verb (`git reflog expire --expire=90.days.ago --all`, `mlflow gc --older-than 30d`,
`mix ecto.rollback --step 1`, `zfs destroy tank/backups@auto-2024-03-01`, `step ca revoke SERIAL --reason …`) on the
objects named, with the bound said. A removal rule is then released as if the request had said its act in English.

How a command is read (`form`), for every program the same way:
* its sub-command path: the leading operand words that are words (`reflog expire`, `ecto.rollback`, `dist-tag rm`,
  `ca revoke`, `resource-manager org-policies disable-enforce`);
* its objects: the other operands and the values of its options, except the options that only annotate the act
  (`--reason`, `--reasonCode`, `--message`: `knowledge.cli_forms.NOTE_OPTIONS`), that say where the service is
  (`knowledge.endpoint_opts`), and the amounts of `knowledge.scales` rows that are the ones said (a count kept, an
  age, a step: compared in any language by `intent.scaled`);
* its widening flags (`--all`, `-r`, `-R`, `--recursive`, `--prefix`: `knowledge.cli_forms.WIDE_FLAGS`).

Released when one request of the user's (newest first) says, in its message:
* the program or a word of its sub-command path as a word of its own (or, where the command has objects, every
  object: "only the snapshot tank/…@…" names the act by its object);
* the act: a word of the path said as a word, or the request's verb classes meet the finding's;
* every object, whole; every amount the command carries is the one said (another one is refused by AM-JUDGE-045);
* no widening flag, except `--all` where the amount said picks what goes and no object is named;
* no name the request gives that the command lacks (a branch named for an `--all`, another project), and every
  environment the request names is in the command.

The neighbours stay stopped: the same verb under another request, another object or tag, a wider bound, `--all` or
`-r` where one thing was named, another project or the organisation."""

from __future__ import annotations

import itertools
import re

from automode import lazyre
from automode.judge.intent import act_said
from automode.judge.intent.act_said import (
    ACT_RULES,
    account_said,
    carried,
    others_kept,
    pinned,
    slot_named,
    typed_said,
)
from automode.judge.intent.verb_bounds import _said, _with_kind, _word_said
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent, Said
    from automode.judge.intent.text_bounds import Boundary
    from automode.model import Finding
    from automode.shell.parse import Command

#: A sub-command word: lower-case letters with `-`, `.`, `:` or `_` inside (`dist-tag`, `ecto.rollback`, `db:rollback`).
_VERB_WORD = lazyre.compile(r"^[a-z][a-z_]*(?:[-.:][a-z_]+)*$")
#: A name the request gives that is an object's (a path, a scoped package, an id mixing letters and digits).
_OBJECT_NAME = lazyre.compile(r"^(?=.*[a-z])(?=.*[/@\d_.-])[\w@./:-]{3,}$")
_AMOUNT = lazyre.compile(r"^\d+(?:\.\d+)?[a-z]{0,7}$")
#: Words that ask to see what an act would do, not to do it.
_LOOK_LEAD = lazyre.compile(r"\b(?:show|tell|list|preview|what\s+would|which\s+would|dry[- ]?run)\b")
#: How many leading operand words can be the sub-command path.
_PATH_MAX = 3


def form(c: Command) -> tuple[list[str], list[str], list[str]] | None:
    """(the sub-command path in lower case, the objects as written, the widening flags) of `c`; None for a command
    with a word only known when it runs."""
    from automode.judge.intent.act_said import (
        built_artifact,
        connection_option,
        digit_group,
        flag,
        made_public,
        scripted,
        target_first,
        upper_verb,
    )
    from automode.knowledge.cli_forms import NOTE_OPTIONS, takes_value, widens
    from automode.knowledge.endpoint_opts import endpoint_option

    if not c.argv or any(w.dynamic for w in c.argv[1:]):
        return None
    words = [w.value for w in c.argv[1:]]
    path: list[str] = []
    objects: list[str] = []
    wide: list[str] = []
    operands = 0  # (an option's value ends no sub-command path: `ipmitool -I lanplus -H h chassis power cycle`)
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("-") and len(w) > 1 and not w[1:].isdigit():
            head, eq, val = w.partition("=")
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if widens(c.name, head) or made_public(head, val or (words[i + 1] if i + 1 < len(words) else "")):
                wide.append(head)  # (`gh gist create --public`: seen by everyone, which the act said does not say)
            if not eq and takes_value(c.name, head) and not flag(c.name, head) and nxt and not nxt.startswith("-"):
                val, i = nxt, i + 1
            if val and head not in NOTE_OPTIONS and not endpoint_option(c.name, head) \
                    and not connection_option(c.name, head) and not built_artifact(head, val):
                objects.append(val)
            i += 1
            continue
        if not operands and not objects and not path and target_first(c.name):
            objects.append(w)  # (`salt 'web-7' service.restart nginx`: the minions first, then the function)
            i += 1
            continue
        verb = upper_verb(w) if not operands else None  # (`redis-cli PEXPIRE key ms`: the store's own capitals)
        if not operands and (_VERB_WORD.match(w) or verb or digit_group(w)) and w.lower() != c.name and (
                len(path) < _PATH_MAX or (len(path) < _PATH_MAX + 2 and _reaches_act(c.name, path, w))):
            path.append(verb or w)  # (`gcloud kms keys versions disable`: the path goes on to its act)
            operands += bool(verb)  # (a store's command is one word: `PUBLISH chan msg`, what follows is its operands)
        else:
            objects.append(w)
            operands += 1
        i += 1
    from automode.knowledge.cli_forms import repo_operand

    objects = [o for o in objects if not repo_operand(c.name.rsplit("/", 1)[-1], o)]  # (`borg prune … REPO`: where)
    script = scripted(c.name, path, objects)  # (`redis-cli EVAL "return redis.call('DEL', KEYS[1])" 1 k`: DEL k)
    if script is not None:
        path, objects = script
    return [p.lower() for p in path], objects, wide


def _reaches_act(program: str, path: list[str], w: str) -> bool:
    """`w` is the act of a sub-command path longer than most, none of whose words before it is an act."""
    from automode.judge.intent.act_said import act_words

    return bool(act_words(program, [w])) and not act_words(program, path) and not _act_words(path)


def _path_said(p: str, text: str) -> bool:
    """A sub-command word said, in its own spelling or one number away ("org-policy" for `org-policies`)."""
    if _word_said(p, text):
        return True
    one = p[:-3] + "y" if p.endswith("ies") else p[:-1] if p.endswith("s") and len(p) > 3 else ""
    return bool(one) and _said(one, text)


#: Parts of a constraint's or permission's name that say no more than its family (`compute.`, `iam.`, `…Access`).
_GENERIC_PARTS = frozenset({"compute", "iam", "storage", "constraints", "access", "enable", "disable", "allow", "deny",
                            "policy", "policies", "gcp", "sql", "resource", "resources", "restrict", "require"})


def _described(raw: str, text: str) -> bool:
    """A dotted camel-case name (a cloud constraint, `compute.vmExternalIpAccess`) said by its parts ("external IPs
    on VMs"): two content parts or more, each the start of a word of the request, at most one left out."""
    if "." not in raw or "/" in raw or not re.search(r"[a-z][A-Z]", raw):
        return False
    parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", raw.rsplit(".", 1)[-1])]
    content = [p for p in parts if len(p) >= 2 and p not in _GENERIC_PARTS]
    words = re.findall(r"\w+", text)
    hits = {p for p in content if any(w.startswith(p) for w in words)}
    for x, y in itertools.pairwise(content):  # an initialism of two parts: "SA" for service account
        if x[0] + y[0] in words:
            hits |= {x, y}
    return len(content) >= 2 and len(hits) >= 2 and len(hits) >= len(content) - 1


def verb_said(t: Target, a: Analysis, intent: Intent) -> Said | None:
    """The request that says the one command's own verb on its objects with its bound (see the module), else None."""
    if not intent.requests or not t.verbs:
        return None
    if intent.boundaries and not _kept_bound(intent.boundaries, a) and not others_kept(intent.boundaries):
        return None  # ("shut it down, don't delete it", "leave the disk alone": what is fenced is judged elsewhere)
    if _shared_unsaid(a):
        return None  # (a place whose name says others use it: asked, the user may not know it is shared)
    # (a request waiting on a condition, "deploy it once the test suite passes", is the sequence reader's: landing)
    said = [r for r in intent.requests if 0 <= r.index < len(a.ctx.user_messages) and not r.clause.question
            and not r.clause.condition]
    got = _reads(a, t.verbs, [(r.index, r.clause.verbs, r.clause.strong) for r in said], by_class=True)
    return said[got] if got is not None else None


def _reads(a: Analysis, verbs: frozenset[str], asks: list[tuple[int, frozenset[str], frozenset[str]]], *,
           by_class: bool = False) -> int | None:
    """The position of the first of `asks` (message index, its verb classes, its names) whose message says each
    command's own verb on its objects with its bound (`tag rm a && tag rm b` for "remove the tags a and b"); None when
    none does. The act is its verb word said as a word; with `by_class`, also a verb class of the request that says
    it, where the command has objects the words name."""
    from automode.judge.intent.verb_bounds import bounds as said_bounds
    from automode.knowledge.envselect import selects_only

    if not a.shell or not asks:
        return None
    cmds = [c for c in a.commands if not selects_only(c)]
    where: dict[int, str] = {}
    if any(c.remote or c.via[:1] == ("tmux send-keys",) for c in cmds):
        inner = carried(cmds)  # (`ssh host 'sudo systemctl poweroff'`, `salt 'web-7' service.restart nginx`)
        if inner is None:
            return None
        cmds = [c for c, _w in inner]
        where = {id(c): w for c, w in inner if w}
    if not cmds or len(cmds) > 4 or any(c.substituted or _chosen_unsaid(a, c) for c in cmds):
        return None
    bounds = said_bounds(a)
    if bounds is None:
        return None
    raws, rows = bounds
    forms: list[tuple[Command, list[str], list[str]]] = []
    for c in cmds:
        read = form(c)
        if read is None:
            return None
        path, objects, wide = read
        objects = [o for o in objects if o.lower() not in raws and o.lower() not in rows]
        objects += [where[id(c)]] if id(c) in where else []  # (the host or pane it runs in, named as the object)
        if any(w != "--all" for w in wide) or (wide and (objects or not raws)):
            return None  # `-r`, `--prefix`; `--all` only where the amount said picks what goes
        forms.append((c, path, objects))
    if len({(c.name, tuple(p)) for c, p, _ in forms}) > 1:
        return None  # (several commands: the same act on several objects, never two acts)
    for k, (index, said_verbs, strong) in enumerate(asks):
        low = a.ctx.user_messages[index].lower()
        if all(_one(c, path, objects, low, said_verbs, strong, verbs, by_class, rows if raws else None)
               for c, path, objects in forms) \
                and not _other_name(strong, " ".join((c.text or " ".join(w.value for w in c.argv)).lower()
                                                     + (" " + where.get(id(c), "").lower())
                                                     for c, _, _ in forms), forms[0][0].name.rsplit("/", 1)[-1].lower(),
                                    forms[0][1]):
            return k
    return None


def _one(c: Command, path: list[str], objects: list[str], low: str, said_verbs: frozenset[str],
         strong: frozenset[str], verbs: frozenset[str], by_class: bool,
         bounded: set[str] | None = None) -> bool:
    """The words `low` say command `c`'s own verb on its objects, with its bound, in its environment."""
    from automode.judge.intent.act_said import (
        act_words,
        acts_said,
        host_said,
        number_left_out,
        stronger_flag,
        typed_said,
    )
    from automode.knowledge.cli_forms import said_classes

    prog = c.name.rsplit("/", 1)[-1].lower()
    text = (c.text or " ".join(w.value for w in c.argv)).lower()
    acts = _act_words(path)
    acts += [p for p in act_words(prog, path) if p not in acts]  # (`chassis power cycle`: `cycle` is ipmitool's act)
    named = _word_said(prog, low) or any(_path_said(p, low) for p in path if len(p) >= 2
                                         and (p not in acts or re.search(r"[.:]", p))) \
        or (bounded is not None and kept_named(c, low))  # ("clean" names no program; "die Basebackups": wal-g's)
    if _LOOK_LEAD.search(low):
        return False  # "show me what dvc gc would delete": a look at the act, not the act
    if stronger_flag([w.value for w in c.argv[1:] if not w.dynamic], low):
        return False  # `--skip-final-snapshot`, `--purge`: more than the act said (held back or not)
    if number_left_out(low, text + " " + " ".join(objects).lower()):
        return False  # "destroy version 3 of secret/x" answered with every version (`vault kv metadata delete`)
    if not (named or objects) or not all(_said(o.lower(), low) or _described(o, low) or host_said(o, low)
                                         or typed_said(o, low) for o in objects):
        return False
    vals = [w.value for w in c.argv[1:]]
    given = {v.split("=", 1)[1] for v in vals if v.split("=", 1)[0] in _SCOPE and "=" in v}
    given |= {vals[i + 1] for i, v in enumerate(vals[:-1]) if v in _SCOPE}  # (where it runs, said as where: "in project P")
    given |= slot_named(vals, low)  # ("in keyring ci" for `--keyring ci`: the value said in its own option's slot)
    if any(o not in given and _CONTAINER.search(low) and re.search(_IN + re.escape(o.lower()) + r"(?![\w/-])", low)
           for o in objects):
        return False  # the object said as where the act happens ("remove numpy from the ml env" for `conda env remove
        # -n ml`, "the clicks topic in acme/ingest"): the act's own object is another (landing, test_s13_extent)
    if any(w.value in _DEVICE.get(prog, {}) and not re.search(_DEVICE[prog][w.value], low) for w in c.argv[1:]):
        return False  # `adb -d` (the USB device) for "from the emulator": the target picked is not the one said
    first = next((i for i, p in enumerate(path) if p in acts), len(path))
    if any(not (_said(p, low) or _described(p, low)) for p in path[first + 1:] if p not in acts and p not in (bounded or ())):
        return False  # an operand after the verb read as a path word (`gem yank fooparse-ext` for "the gem fooparse")
    kinds = {_KIND_ONE.get(p, p) for p in path if _KIND_ONE.get(p, p) in KINDS}
    said_kinds = {_KIND_ONE.get(w, w) for w in re.findall(r"\w+", low)} & KINDS
    if kinds and said_kinds and not kinds & said_kinds:
        return False  # another kind said ("the clicks topic in acme/ingest" for `pulsar-admin namespaces delete
        # acme/ingest`: the object said is the container of the one named; landing, test_s12_c5)
    if not any(_path_said(p, low) for p in acts) and not (
            (by_class or bounded is not None) and (objects or bounded is not None)
            and said_verbs & (verbs | said_classes(path))) and not (objects and acts_said(prog, path, low)):
        # (the bound said picks what goes, "behåll 7 dagliga": a clean-up verb of the request says the act)
        return False  # the act is not said (`fastlane match nuke development` for "sync the development certs")
    return not _bound_left_out(c, path, low) and (_envs_in(low, text) or pinned(objects))


def kept_named(c: Command, low: str) -> bool:
    """The words name what the command's bound counts, by its kind ("Basebackups", "instantáneas", "arkiv"): a
    `knowledge.scales` row the command carries has a `named` pattern the words match (session 27, R3)."""
    from automode.knowledge.scales import carried

    first = c.name.rsplit("/", 1)[-1].lower().split("-", 1)
    if len(first) == 2 and len(first[0]) >= 3 and _word_said(first[0], low):
        return True  # "les générations nix" for `nix-collect-garbage`: the program by the family it belongs to
    return any(row.named and lazyre.built(row.named).search(low) is not None for row, _w, _v, _u in carried(c))


#: A word that says where an act happens rather than what it acts on, before the object (up to two words between).
_IN = r"\b(?:from|in|inside|within|out\s+of|on)\s+(?:\S+\s+){0,2}?"
_CONTAINER = lazyre.compile(_IN)
#: Options that pick a device kind (adb(1): `-d` the USB device, `-e` the emulator) -> the words that name it.
_DEVICE = {"adb": {"-d": r"\b(?:device|phone|usb|hardware)\b", "-e": r"\b(?:emulator|avd|simulator)\b"}}
#: Options that say where a command runs (its project, region, account): said as a place by right.
_SCOPE = frozenset({"--project", "--region", "--zone", "--location", "--account", "--profile", "--context",
                    "--namespace", "--org", "--organization", "--folder", "--subscription", "--resource-group", "-g"})
#: Kinds of object a sub-command path names (`namespaces`, `topics`), in the singular: a request that names another
#: kind of object on the same name asks for something else.
KINDS = frozenset({"topic", "subscription", "namespace", "tenant", "cluster", "bucket", "table", "database", "schema",
                   "queue", "stream", "volume", "snapshot", "image", "branch", "repo", "project", "user", "role",
                   "group", "record", "index", "function", "service", "deployment", "instance", "node", "pool"})
_KIND_ONE = {k + "s": k for k in KINDS} | {"indices": "index", "indexes": "index", "repos": "repo",
                                           "repository": "repo", "repositories": "repo"}


def _act_words(path: list[str]) -> list[str]:
    """The words of a sub-command path that name its act (`expire` of `reflog expire`, `nuke` of `match nuke
    development`, `api:db-reset` of `run api:db-reset`, `ecto.rollback`, `disable-enforce`), not what it acts on nor
    a runner's own verb."""
    from automode.judge.intent.text import VERB_WORDS
    from automode.knowledge.cli_forms import VERB_CLASSES

    verbs = [p for p in path if p in VERB_CLASSES or p in VERB_WORDS
             or any(x in VERB_WORDS or x in VERB_CLASSES for x in re.split(r"[-._:]", p) if len(x) >= 2)]
    acts = [p for p in verbs if p not in _RUNNER_VERBS]
    return acts or verbs  # `nx run api:db-reset` is a reset, not a run


#: A runner's own verbs: what they run names the act.
_RUNNER_VERBS = frozenset({"run", "exec", "execute", "start", "call", "invoke", "do", "task", "make", "x", "dlx"})


def _bound_left_out(c: Command, path: list[str], low: str) -> bool:
    """The program takes a bound of a kind the words say (an age, a count kept) in an option of `knowledge.scales`,
    and the command leaves it out: `mlflow gc` without `--older-than` for "runs deleted more than 30 days ago"
    purges every deleted run."""
    from automode.judge.intent import said_units
    from automode.knowledge.scales import SCALES, carried

    if carried(c):
        return False
    prog = c.name.rsplit("/", 1)[-1]
    rows = [r for r in SCALES if prog in r.programs and r.path and all(
        any(alt in path for alt in part.lower().split("|")) for part in r.path[:1])]
    if not rows:
        return False
    dims = {r.dim for r in rows}
    return bool(("time" in dims and said_units.durations(low)) or ("count" in dims and said_units.counts(low)))


def _chosen_unsaid(a: Analysis, c: Command) -> bool:
    """A command before the act chooses where it lands (`supabase link --project-ref X`, `kubectl config use-context
    X`, `export AWS_PROFILE=X`) with a value the user's words do not give."""
    from automode.knowledge.envselect import selects_only

    said = " ".join(a.ctx.user_messages).lower()
    for other in a.commands:
        if other is c or not selects_only(other) or other.name == "cd":
            continue
        vals = [w.value.partition("=")[2] or w.value for w in other.argv[1:] if not w.dynamic]
        vals += [w.value for _, w in other.assigns]
        if any(len(v) >= 3 and not v.startswith("-") and not _said(v.lower(), said) for v in vals[-1:]):
            return True
    return False


#: Rule categories a program's own verb said releases at once (`named_verb`), beside `RULES`.
_CATEGORIES = frozenset({"destroy"})
#: A registry's tag taken off (AM-TRUST-001), a release rolled back to the revision said (AM-TRUST-002), a key or
#: access entry removed (AM-TRUST-003), a process manager's app removed by name (AM-RES-003): acts of the same kind,
#: on objects named (production is never released where no word names it: `_production_unsaid`).
RULES = frozenset({"AM-TRUST-001", "AM-TRUST-002", "AM-TRUST-003", "AM-RES-003", *ACT_RULES})
#: Of those, the ones `named_verb` settles before the request reader's own checks (a deploy, a restart or an access
#: change is left to them: the place it lands, the account, the project the configuration chooses).
_AT_ONCE = frozenset({"AM-TRUST-001", "AM-RES-003"})


def named_verb(found: list[Finding], a: Analysis) -> str | None:
    """The user's words when the one command is its program's own verb said in so many words in the newest messages,
    on the objects named, with the bound said, for every rule that fired (each a removal of `_CATEGORIES` or `RULES`,
    or root for a routine act); None otherwise. The release for messages the request reader finds no verb in ("kjør
    reflog expire …", "(ecto.rollback)" after a verb of another language): the program's own verb is the request."""
    from automode.judge.intent.facts import target
    from automode.judge.intent.text import parse_message

    if not a.shell or not a.ctx.user_messages or a.problems:
        return None
    verbs: frozenset[str] = frozenset()
    for f in found:
        if f.verdict == "allow":
            continue
        if f.rule.floor or not (f.rule.category in _CATEGORIES or f.rule.id in _AT_ONCE or f.rule.id == "AM-SEC-005"
                                or (f.rule.id in ACT_RULES and unread_act(a))):
            return None
        if f.rule.id == "AM-SEC-005":
            continue  # (root for a routine act: `root_said` below)
        t = target(f, a)
        if not t.verbs or t.cap != "allow":
            return None
        verbs |= t.verbs
    if not verbs or _production_unsaid(a) or _shared_unsaid(a):
        return None
    from automode.judge.intent.destroy_named import unsaid_widening

    if unsaid_widening(a) is not None:
        return None  # `--force-delete-without-recovery`, `down -v`: more than the thing itself (AM-JUDGE-022)
    from automode.judge.intent.match import session_intent

    fences = session_intent(a.ctx.user_messages, a.ctx.instructions, (), ()).boundaries
    if fences and not _kept_bound(fences, a) and not others_kept(fences):
        return None  # (a fence stated anywhere: the request reader and `judge.boundaries` weigh it)
    msgs = a.ctx.user_messages
    asks: list[tuple[int, frozenset[str], frozenset[str]]] = []
    for i in range(len(msgs) - 1, max(-1, len(msgs) - 4), -1):
        clauses = parse_message(msgs[i][:4000]).clauses
        if not clauses or all(cl.question for cl in clauses):
            continue
        if any(cl.condition for cl in clauses):
            break  # ("… once the tests pass": met by running them first, which the sequence reader judges)
        asks.append((i, frozenset().union(*(cl.verbs for cl in clauses)),
                     frozenset().union(*(cl.strong for cl in clauses))))
        break  # (the newest message that asks something: an older request may have been replaced)
    got = _reads(a, verbs, asks)
    if got is None:
        return None
    if any(f.rule.id == "AM-SEC-005" and f.verdict != "allow" for f in found) and not _root_routine(a):
        return None
    return msgs[asks[got][0]]


def _kept_bound(fences: tuple[tuple[int, Boundary], ...], a: Analysis) -> bool:
    """Every fence is a count kept that is the command's own bound ("behåll 7 dagliga och 4 veckovisa", "behalte die
    letzten fünf" for `forget --keep-daily 7 --keep-weekly 4`, `delete retain FULL 5`): what is spared is the bound
    said, which the command carries (`verb_bounds.bounds`; another amount is refused by AM-JUDGE-045), no fence on
    another thing (session 27, R3)."""
    from automode.judge.intent.verb_bounds import bounds

    got = bounds(a)
    if got is None or not got[0]:
        return False
    raws = got[0]
    return all(b.kind == "spared" and b.scope is None and {s.lower() for s in b.strong} <= raws
               for _i, b in fences)


def _root_routine(a: Analysis) -> bool:
    from automode.judge.intent.privilege import privilege_target

    routine = privilege_target(a)
    return routine is not None and bool(routine[0] - {"privilege"})


def _production_unsaid(a: Analysis) -> bool:
    """The command carries a production name and no message of the user's names production."""
    from automode.knowledge.envmarkers import env_of

    text = " ".join(c.text or " ".join(w.value for w in c.argv) for c in a.commands)
    if not any(env_of(w) == "production" for w in re.findall(r"[\w.-]+", text)):
        return False
    said = " ".join(a.ctx.user_messages).lower()
    return not any(env_of(w) == "production" for w in re.findall(r"[\w-]+", said))


#: A part of a name that says others use the object too (`sftp:nas:/backup/family-shared`, `common-cache`): the user
#: who names the act may not know the place is shared (h26-0311, asked; its sibling on `/backup/homelab` released).
_SHARED_PART = lazyre.compile(r"(?:^|[-_/.:@])(?:shared|common)(?=$|[-_/.:@])", re.I)


def _shared_unsaid(a: Analysis) -> bool:
    """The command acts in a place whose name says it is shared, and no message of the user's says so."""
    vals = [w.value for c in a.commands for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-")]
    if not any(_SHARED_PART.search(v) for v in vals):
        return False
    said = " ".join(a.ctx.user_messages).lower()
    return not re.search(r"\b(?:shared|common)\b", said)


def _other_name(strong: frozenset[str], text: str, prog: str, path: list[str]) -> bool:
    """The request gives an object's name (`feature/pay`, `prod-core-1`) the command does not carry."""
    for n in strong:
        n = n.strip("'\"`.,;:()").lower()
        if not _OBJECT_NAME.match(n) or _AMOUNT.match(n) or n == prog or any(_path_said(p, n) for p in path):
            continue
        if _with_kind(prog, n):
            continue  # "borg-arkivet", "restic-repot": the program by what it keeps, no other object
        if typed_said(n.rsplit("/", 1)[-1], n) and n.rsplit("/", 1)[-1] in text:
            continue  # ("constraints/compute.requireOsLogin" for `compute.requireOsLogin`: its type's prefix)
        if n not in text:
            return True
    return False


def _envs_in(low: str, text: str) -> bool:
    """Every environment the request's words name is in the command, by a word of the same environment ("on staging"
    answered on production, "in the dev project" answered where the configuration chooses, are not it; "for a local
    test" names no place the command must carry)."""
    from automode.knowledge.envmarkers import env_of

    named = {env_of(w) for w in re.findall(r"[\w-]+", low) if w not in _NO_PLACE} - {"", "local"}
    carried = {env_of(w) for w in re.findall(r"[\w-]+", text)}
    return named <= carried


#: Words that name no environment a command must carry ("for a local test", "testing it locally").
_NO_PLACE = frozenset({"test", "tests", "testing", "local", "locally", "localhost", "sandbox"})


def root_said(a: Analysis, intent: Intent) -> str | None:
    """The words that ask for the act a routine root command is run for (`intent.privilege.ROUTINE_ROOT`: `sudo zfs
    destroy pool/fs@snap` for "supprime uniquement le snapshot pool/fs@snap"), said as `verb_said` reads it: root is
    how that act runs. None otherwise."""
    from automode.judge.intent.facts import Target
    from automode.judge.intent.privilege import ROOT_BY_VERB, privilege_target

    routine = privilege_target(a)
    if routine is None or not routine[0] - {"privilege"} or not any(c.name in ROOT_BY_VERB for c in a.commands):
        return None
    said = verb_said(Target(routine[0] - {"privilege"}, (), (), (), False, "allow"), a, intent)
    return said.clause.text if said is not None else None


def settle_first(rid: str, a: Analysis, intent: Intent) -> tuple[str, str] | None:
    """Read before a finding's request: ("deny", why) when a removal of one named thing is done over several and one
    of them is no word of the user's (`verb_bounds.unnamed_removed`); ("allow", the words) for root around a routine
    act the words ask for (`root_said`, AM-SEC-005); None otherwise."""
    if rid == "AM-SEC-005":
        rooted = root_said(a, intent) or account_said(a)  # `sudo zfs destroy pool/fs@snap` for "only that snapshot": how
        # the act runs; `sudo su - postgres -c "vacuumdb …"` for "… as postgres": the account named (session 28)
        return ("allow", rooted) if rooted is not None else None
    from automode.judge.intent.verb_bounds import unnamed_removed

    one_more = unnamed_removed(a)  # "remove the beta and next dist-tags" answered with beta and latest
    if one_more is None:
        return None
    return "deny", f"You named {one_more[0]}; this also removes {one_more[1]}, which you did not name."


def unread_act(a: Analysis) -> bool:
    """(`act_said.ACT_RULES`) The words read no request, and every acting command's sub-command path names a
    canonical act that the newest message says (`act_said.acts_said`)."""
    from automode.judge.intent.match import session_intent

    msgs = a.ctx.user_messages
    if not msgs or not a.shell:
        return False
    if session_intent(msgs, a.ctx.instructions, (), ()).requests:
        return False
    cmds = [c for c in a.commands if c.name not in ("cd", "true")]
    for c in cmds:
        read = form(c)
        if read is None or not act_said.acts_said(c.name.rsplit("/", 1)[-1].lower(), read[0], msgs[-1].lower()):
            return False
    return bool(cmds)
