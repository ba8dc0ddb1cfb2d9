"""The program's own act, said in any language, on the named object (session 28, T1, helper `acts`).

`intent.verb_said` releases a service CLI's command when the user's words say its sub-command's verb and every object
it carries. Three facts were missing for most service CLIs and most languages; this module gives them:

* the act of the sub-command path, canonical (`knowledge.service_acts.path_acts`: `releases:rollback` a rollback,
  `build-promote` a promotion, `chassis power cycle` a reboot, `service.restart` a restart, `PEXPIRE` an expiry,
  `stop-instances` a stop), said when the user's words, in their language or in the gloss of it, say one of the act
  classes that ask for it (`SAYS`, through `knowledge.act_words.said_acts`: "vráť … na release v211", "рестартирай",
  "промотирай", "apstādini", "power cycle"); every act of the path must be said (a power-off is not a restart);
* a host named by its short name or by the machine its management controller serves (`bmc-node07.tarang.int` for
  "node07", `redis-stg.int` for "redis-stg"), not by a generic first label;
* the options that only say how the program connects (`CONNECTION_OPTIONS`: a BMC login, an interface, a zone) are no
  object the user must name; the flags such programs read without a value (`FLAGS`) take none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command


@lru_cache(maxsize=1024)  # pure: a message's act classes, in its words and in the gloss of them
def _said_classes(text: str) -> frozenset[str]:
    from automode.judge.intent.gloss import gloss
    from automode.knowledge.act_words import said_acts

    got = said_acts(text)
    english = gloss(text)
    return got | said_acts(english) if english != text else got


def acts_said(program: str, path: list[str], text: str) -> bool:
    """Every canonical act the sub-command `path` of `program` names is said by `text` (see the module); False when
    the path names no act the table knows."""
    from automode.knowledge.service_acts import SAYS, path_acts

    acts = path_acts(program, path)
    if not acts:
        return False
    said = _said_classes(text)
    return all(SAYS.get(act, frozenset({act})) & said for act in acts)


def act_words(program: str, path: list[str]) -> list[str]:
    """The words of `path` that name a canonical act of `program` (for `verb_said`'s reading of what follows)."""
    from automode.knowledge.service_acts import path_acts

    return [p for p in path if path_acts(program, [p])]


_HOST = lazyre.compile(r"^(?:[\w.-]+@)?([a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)+(?::\d{1,5})?$")


def host_said(value: str, low: str) -> bool:
    """A host (`bmc-node07.tarang.int`, `redis-stg.int`, `admin@db-3.lan`) said by its first label when that label is
    a specific name (a digit or a hyphen in it), or by the machine a management controller's label names
    (`bmc-node07` for "node07")."""
    from automode.judge.intent.verb_bounds import _said
    from automode.knowledge.service_acts import MGMT_AFFIXES

    m = _HOST.match(value.lower())
    label = m.group(1) if m is not None else value.lower()
    if m is None and not any(x in MGMT_AFFIXES for x in label.split("-")):
        return False  # (a name without a domain is a host here only as a management controller's: `node07-ipmi`)
    names = [label]
    parts = label.split("-")
    if len(parts) >= 2 and parts[0] in MGMT_AFFIXES:
        names.append("-".join(parts[1:]))
    if len(parts) >= 2 and parts[-1] in MGMT_AFFIXES:
        names.append("-".join(parts[:-1]))
    return any(len(n) >= 3 and re.search(r"[\d-]", n) and _said(n, low) for n in names)


def connection_option(program: str, opt: str) -> bool:
    """`opt` of `program` says how it connects, not what it acts on (`knowledge.service_acts.CONNECTION_OPTIONS`)."""
    from automode.knowledge.service_acts import CONNECTION_OPTIONS

    return opt in CONNECTION_OPTIONS.get(program, ())


def flag(program: str, opt: str) -> bool:
    """`opt` is a flag of `program` that takes no value (`knowledge.service_acts.FLAGS`)."""
    from automode.knowledge.service_acts import FLAGS

    return opt in FLAGS.get(program, ())


def upper_verb(word: str) -> str | None:
    """A command word a store writes in capitals (`PEXPIRE`, `DEL`, `UNLINK`) in lower case, when it names an act."""
    from automode.knowledge.service_acts import VERB_ACTS

    if len(word) >= 2 and word.isalpha() and word.isupper() and (word.lower() in VERB_ACTS or word.lower() in ("eval", "evalsha")):
        return word.lower()
    return None


#: A fence that keeps what the request did not name ("keep the other versions", "leave the rest alone", "the remaining
#: tags stay"): a command on exactly the objects named keeps it.
_OTHERS = lazyre.compile(r"\b(?:the\s+)?(?:other|others|rest|remaining|remainder)\b")


def others_kept(fences: tuple[tuple[int, object], ...]) -> bool:
    """Every fence spares only what the request did not name (see `_OTHERS`), and names nothing of its own."""
    return bool(fences) and all(getattr(b, "kind", "") == "spared" and not getattr(b, "strong", ())
                                and _OTHERS.search(str(getattr(b, "text", ""))) is not None for _i, b in fences)


def slot_named(vals: list[str], low: str) -> set[str]:
    """The values of a command's `--NAME VALUE` options that the words say after NAME itself ("in keyring ci" for
    `--keyring ci`, "project sbx-ml-41" for `--project=sbx-ml-41`): said as that slot, where the act happens."""
    out: set[str] = set()
    for i, v in enumerate(vals):
        if not v.startswith("--") or len(v) < 5:
            continue
        name, eq, val = v[2:].partition("=")
        if not eq:
            val = vals[i + 1] if i + 1 < len(vals) and not vals[i + 1].startswith("-") else ""
        if not val or not name.isalpha():
            continue
        if re.search(rf"(?<!\w){re.escape(name.lower())}s?\s+(?:\S+\s+)?{re.escape(val.lower())}(?![\w-])", low):
            out.add(val)
    return out


def how_connected(program: str, word: str) -> bool:
    """`word` is an option of `program` that says how it connects (its value is no object), `=VALUE` or not; the
    server's host stays an object here (the request reader names a store by it: "on cache-dev")."""
    opt = word.split("=", 1)[0]
    return word.startswith("-") and opt not in ("-h", "--host") and connection_option(program, opt)


def path_word(program: str, word: str) -> bool:
    """`word` is a word of `program`'s sub-command path that names an act or a kind, never an object
    (`knowledge.service_acts.PATH_WORDS`, `PROGRAM_ACTS`)."""
    from automode.knowledge.service_acts import PATH_WORDS, PROGRAM_ACTS

    low = word.lower()
    return low in PATH_WORDS.get(program, ()) or low in PROGRAM_ACTS.get(program, {})


#: A live change (a deploy, a restart, a power or a service act) that `verb_said.named_verb` settles at once only when
#: the request reader reads no request in the words (a language it has no table for: "Apstādini dev instanci …"),
#: and the command's own act, canonical, is said in them (`unread_act`); otherwise the reader's own checks run (the
#: place it lands, the account), with `verb_said` among them.
ACT_RULES = frozenset({"AM-TRUST-002", "AM-PERSIST-002", "AM-RES-002"})


def digit_group(word: str) -> bool:
    """A command group whose name has a digit (`aws ec2`, `aws s3api`, `route53`, `apis v2`): a path word all the same."""
    from automode.knowledge.service_acts import DIGIT_GROUPS

    return word.lower() in DIGIT_GROUPS


#: An id unique across environments (an EC2 instance or volume id, a UUID, an ARN, a GCP numeric project id is not):
#: the environment word said beside it describes the object ("the dev instance i-0e1f…") rather than picking a place.
_UNIQUE = lazyre.compile(r"^(?:[a-z]{1,8}-[0-9a-f]{8,17}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
                         r"arn:aws[\w-]*:[\w-]+:[\w-]*:\d*:\S+)$")


def pinned(objects: list[str]) -> bool:
    """Every object is an id unique across environments (see `_UNIQUE`)."""
    return bool(objects) and all(_UNIQUE.match(o.lower()) is not None for o in objects)


def target_first(program: str) -> bool:
    """`program` takes the hosts it acts on before its function (`salt 'web-7' service.restart nginx`)."""
    from automode.knowledge.service_acts import TARGET_FIRST

    return program in TARGET_FIRST


def carried(cmds: list[Command]) -> list[tuple[Command, str]] | None:
    """The commands that act, with where each runs ("" here), where some run elsewhere through a carrier (`ssh host
    'cmd'`, `salt 'web-7' service.restart nginx`, `gcloud compute ssh vm --command 'cmd'`, `tmux send-keys -t ops:1
    'cmd' Enter`): the carried commands with their host or pane (which the words must name) and the local ones that
    are no carrier; None when a command runs elsewhere through something that is no carrier of `CARRIERS` (a
    container, a shell automode cannot see into)."""
    from automode.knowledge.service_acts import CARRIERS, PANE_CARRIERS

    out: list[tuple[Command, str]] = []
    outer: set[str] = set()
    for c in cmds:
        head = c.via[0] if c.via else ""
        if c.remote:
            if head.split(" ", 1)[0] not in CARRIERS:
                return None
            outer.add(head.split(" ", 1)[0])
            out.append((c, c.remote.rsplit("@", 1)[-1].rsplit(":", 1)[-1]))
        elif head in PANE_CARRIERS:
            pane = next((x for c2 in cmds if c2.name == head.split(" ", 1)[0] and not c2.via
                         for i, x in enumerate(c2.args[1:]) if c2.args[i] == "-t"), "")
            if not pane:
                return None  # (the pane the keys go to is the one tmux picks: not named)
            outer.add(head.split(" ", 1)[0])
            out.append((c, pane))
    return [(c, "") for c in cmds if not c.remote and not c.via[:1] and c.name not in outer] + out


#: A build's output inside the project (`app/build/outputs/bundle/release/app-release.aab`, `build/Acme.ipa`,
#: `dist/pkg-1.2.0.tar.gz`): what an upload sends, named by "the app", "the build", not a target to name.
_ARTIFACT = lazyre.compile(r"^(?!/|~|\.\./)[\w./-]*\.(?:aab|apk|ipa|pkg|dmg|msi|msix|appx|xcarchive|whl|jar|war|ear|"
                           r"nupkg|gem|crate|vsix|tgz|tar\.gz|zip)$", re.I)


#: Options whose value is the artifact an upload sends (fastlane supply/deliver/pilot, altool, eas submit, jf rt upload
#: takes it as an operand and names its target: not here).
_ARTIFACT_OPTIONS = frozenset({"--aab", "--apk", "--ipa", "--pkg", "--aab_paths", "--apk_paths", "-f", "--file",
                               "--path", "--app", "-a"})


def built_artifact(opt: str, value: str) -> bool:
    """`value` of option `opt` is the build artifact an upload sends, inside the project (see `_ARTIFACT`)."""
    return opt in _ARTIFACT_OPTIONS and _ARTIFACT.match(value) is not None


#: The words a request to publish the project's own package may carry beside the verb (a condition met, a moment, the
#: package named by its kind), in the English the request reader reads.
_PUBLISH_FILLER = frozenset({"ci", "green", "groen", "pass", "passed", "passes", "now", "today", "it",
                             "package", "pkg", "new", "version", "release", "checks", "check", "build", "tests", "test",
                             "done", "ok", "okay", "finally", "go", "ahead", "then", "just", "npm", "registry", "lib",
                             "library", "sdk", "module", "crate", "gem", "also", "too", "bump", "is", "are", "all"})
_VERSION = lazyre.compile(r"^v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?$")
#: A condition still in the clause ("once @acme/sdk 3.2.0 ci pass, publish": the gloss puts it first), met or not.
_WAITS = lazyre.compile(r"\b(?:once|when|after|if|as\s+soon\s+as|until|unless)\b")
_PRIVATE = lazyre.compile(r"\b(?:private|privately|restricted|internal|internally)\b")


#: The kinds a project publish carries that name nothing the user must say: the tool, its registry, its defaults.
_OWN_KINDS = frozenset({"npm", "pnpm", "yarn", "bun", "registry", "public", "access", "tag", "latest", "cargo", "crates",
                        "twine", "pypi", "poetry", "flit", "hatch", "uv", "gem", "rubygems", "hex", "mix", "nuget", "dotnet"})


def bare_publish(text: str, strong: frozenset[str], weak: frozenset[str], kinds: tuple[str, ...] = ()) -> bool:
    """The request says "publish" of the project itself and nothing else: its names are versions or package names
    (`3.2.0`, `@acme/sdk`), its other words a condition met or a moment ("CI is groen, publish maar", "CI 通ったから今日
    publish しちゃって"), not another thing to publish ("the blog post") nor a private audience."""
    if _PRIVATE.search(text) or not set(kinds) <= _OWN_KINDS or _WAITS.search(text):
        return False  # (`--tag next`, another registry: a channel or a place the words must name)
    if any(not (_VERSION.match(s) or s.startswith("@")) for s in strong):
        return False
    return weak <= _PUBLISH_FILLER


def nxt_default(cmd: Command, opt: object) -> bool:
    """`opt` (a word of `cmd`) is `--access` or `--tag` of a package manager's publish, followed by the registry's own
    default (`public`, `latest`)."""
    words = list(cmd.argv)
    i = next((k for k, w in enumerate(words) if w is opt), -1)
    if cmd.name not in ("npm", "pnpm", "yarn", "bun") or "publish" not in cmd.args[:2] or i < 0:
        return False
    return i + 1 < len(words) and words[i + 1].value in ("public", "latest")


def task_parts_said(task: str, said: str) -> bool:
    """A task with its arguments (`invoices:regenerate[INV-2024-0931]`, rake's form) said by its parts: each word of
    its name ("regenerate", "invoice" for `invoices`) and each argument, whole ("regenerate invoice INV-2024-0931")."""
    from automode.judge.intent.verb_bounds import _said

    name, _b, args = task.partition("[")
    words = [w for w in re.split(r"[:_.-]", name.lower()) if len(w) >= 3]
    vals = [v.strip(" '\"") for v in args.rstrip("]").split(",") if v.strip(" '\"")]
    if not words or not vals:
        return False
    stems = {w[:-2] if w.endswith("es") and len(w) > 5 else w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words}
    toks = re.findall(r"\w+", said)
    return all(any(t.startswith(s) for t in toks) for s in stems) and all(_said(v.lower(), said) for v in vals)


#: The account a command is run as, when it is not root: `sudo -u postgres`, `sudo -iu app`, `su - postgres -c`,
#: `runuser -u www-data --`, `doas -u redis`.
_AS_ACCOUNT = lazyre.compile(r"(?:\b(?:sudo|doas)\s+(?:-[a-zA-Z]*\s+)*-[a-zA-Z]*u\s*([a-z_][\w.-]*)|"
                             r"\bsu\s+(?:-\s+|-l\s+|--login\s+)?([a-z_][\w.-]*)\s+-c\b|"
                             r"\brunuser\s+(?:-\S+\s+)*-u\s+([a-z_][\w.-]*))")


def account_said(a: Analysis) -> str | None:
    """The newest message when every root command runs as one named account that is not root (`sudo su - postgres -c
    "vacuumdb …"`, `sudo -u postgres psql …`), and that message names the account and, for each command run as it,
    its program: "run vacuumdb --analyze-only on the reports db as postgres". Root is then how the named account is
    reached, not a power the user did not ask for; what the command does is judged by its own rules. None otherwise."""
    from automode.judge.intent.privilege import SHELLS
    from automode.judge.intent.verb_bounds import _said, _word_said

    text = str(a.action.input.get("command") or "") if isinstance(a.action.input, dict) else ""
    accounts = {next(g for g in m.groups() if g) for m in _AS_ACCOUNT.finditer(text)}
    if len(accounts) != 1 or "root" in accounts or not a.ctx.user_messages:
        return None
    account = next(iter(accounts))
    low = a.ctx.user_messages[-1].lower()
    if not _said(account, low):
        return None
    acting = [c for c in a.commands if c.privileged and c.name not in SHELLS and c.name not in ("sudo", "doas", "runuser")]
    if not acting or any(c.remote or not _word_said(c.name.rsplit("/", 1)[-1].lower(), low) for c in acting):
        return None
    for c in acting:  # (each long option and each operand said: `vacuumdb --full --all` is not "--analyze-only … reports")
        for w in c.argv[1:]:
            v = w.value.lower()
            if w.dynamic or (v.startswith("-") and not v.startswith("--") and len(v) <= 3):
                continue
            if not _said(v, low) and not _said(v.split("=", 1)[0], low):
                return None
    return a.ctx.user_messages[-1]


#: A store command carried in a server-side script (Redis `EVAL`/`EVALSHA`'s Lua: `redis.call('DEL', KEYS[1])`).
_SCRIPT_CALL = lazyre.compile(r"redis\.(?:p?call)\(\s*['\"](\w+)['\"]")


def scripted(program: str, path: list[str], objects: list[str]) -> tuple[list[str], list[str]] | None:
    """A Redis script's act read as the command it calls (`EVAL "return redis.call('DEL', KEYS[1])" 1 feature:beta:8812`
    is `DEL feature:beta:8812`): its one called command, on its keys and arguments; None when the command is no
    script or calls more than one command (then nothing here reads it)."""
    if program != "redis-cli" or [p.lower() for p in path] != ["eval"] or len(objects) < 2:
        return None
    calls = {m.group(1).lower() for m in _SCRIPT_CALL.finditer(objects[0])}
    if len(calls) != 1 or not objects[1].isdigit():
        return None
    return ["eval", next(iter(calls))], objects[2:]


def typed_said(value: str, low: str) -> bool:
    """A dotted name said with its type's prefix (`compute.requireOsLogin` as "constraints/compute.requireOsLogin",
    `roles/viewer` kinds): the same object, spelled as its API writes it."""
    if "." not in value or "/" in value or len(value) < 6:
        return False
    return lazyre.built(rf"(?<![\w.@/-])[a-z][\w-]*/{re.escape(value.lower())}(?![\w-]|[./@][\w])").search(low) is not None


#: Options that make what the act creates or sends visible to everyone (`gh gist create --public`, `gh repo create
#: --public`, `--visibility public`, `--acl public-read`): a reach the act's own words do not give.
_PUBLIC_FLAGS = frozenset({"--public", "--make-public", "--publicly", "--public-read"})
_PUBLIC_VALUED = frozenset({"--visibility", "--acl", "--access-level", "--privacy"})


def made_public(opt: str, value: str) -> bool:
    """`opt` (with `value`) makes the thing public (see `_PUBLIC_FLAGS`)."""
    return opt in _PUBLIC_FLAGS or (opt in _PUBLIC_VALUED and value.lower().startswith("public"))


#: A numbered member the words name by its kind ("version 3", "revision 12", "build 812", "release v211", "versión 2",
#: "Version 3", "wersja 3", "версию 3", "バージョン3"): the act is on that member only.
_NUMBERED = lazyre.compile(r"(?i)(?:\b(?:version|versions|revision|rev|generation|build|release|versión|versione|"
                           r"versão|wersj\w*|verze|verzi|verzió\w*|versiyon\w*|верси\w*|версі\w*)\s+(?:#|no\.?\s*)?"
                           r"|バージョン\s*|版本\s*|버전\s*)(v?\d+)\b")


def number_left_out(low: str, text: str) -> str | None:
    """A numbered member the words name (see `_NUMBERED`) that the command `text` does not carry (`vault kv metadata
    delete secret/x` for "destroy version 3 of secret/x": every version, not the third); None when each is carried."""
    toks = set(re.findall(r"[\w.-]+", text.lower()))
    for m in _NUMBERED.finditer(low):
        n = m.group(1).lower()
        if n not in toks and n.lstrip("v") not in toks and not any(t.endswith(("=" + n, ":" + n)) for t in toks):
            return m.group(0)
    return None


#: Words of a flag that make the act stronger than its verb (`--skip-final-snapshot`, `--force-delete`, `--purge`,
#: `--no-backup`, `--permanent`, `--hard`, `--cascade`, `--delete-volumes`): said, or the act said is not this one.
_STRONGER = frozenset({"skip", "purge", "permanent", "permanently", "hard", "cascade", "wipe", "without", "unsafe",
                       "dangerously", "bypass"})  # (`--all`, `-r`: `cli_forms.WIDE_FLAGS`; `--no-confirm`: no power)


def stronger_flag(words: list[str], low: str) -> str | None:
    """A long flag of the command (no value) with a word of `_STRONGER` that the words `low` do not say (by the flag
    itself or by its words in order: "skip the final snapshot"); None when there is none."""
    from automode.judge.intent.verb_bounds import _said

    for w in words:
        if not w.startswith("--") or "=" in w:
            continue
        parts = [p for p in w[2:].lower().split("-") if p]
        if not set(parts) & _STRONGER or _said(w.lower(), low):
            continue
        if re.search(r"\b" + r"\W+(?:\w+\W+)?".join(map(re.escape, parts)), low):
            continue
        return w
    return None
