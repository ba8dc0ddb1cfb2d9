"""The request names this action (issue 12): a soft rule is released when the user's words name the act and every
value the action acts with.

The verb-class match (`match.authorisation`) wants one request verb of the firing rule's list and one named object.
It misses requests that name *everything* about an action in the words people use: "give n.ferreira@partner.example
BigQuery data viewer on orchard-dev" (no verb of the `grant` list), "kill my test instance i-0a1b2c3d4e5f67890" (a
`kill`, where the rule lists `delete`), "leave my nits on PR 412 as a review comment". A request that names the
principal, the role, the resource, the host or the file of an action is stronger evidence than a verb word, and a
request that names all of them but one tells exactly which one differs.

Here the action's *consequential values* are read from its commands (`Value`): whom it grants (`--member`,
`--user-name`, `--assignee`), which role, which resource (the names the control plane acts on), which host (ssh), which
files it reads to send or writes, which visibility (`--public`). Options that only say how (`--profile`, `--region`,
`--output`, a message body) are not values; the environment they point at is still checked by `scope.beyond`.

`named_action()` releases when a request in force (the user's own messages, never project instructions, tool output or
the agent's prose) names the act, by its verb class or by a word of the act's family (`FAMILY_WORDS`), and every value
is named in the user's words. Latest messages win: a role or a visibility is compared with the newest message that
names one ("actually make it data editor"), and a value whose kind the matched request names otherwise (another id,
another e-mail) differs. A value the user did not name (a broader role, another account, a wildcard, a different host)
keeps the rule's verdict and the reason says which value differs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.match import _bounded_in, version_key
from automode.judge.intent.named_scope import container, said_glossed
from automode.judge.intent.naming_roles import _CAMEL as _CAMEL
from automode.judge.intent.naming_roles import _LEVELS as _LEVELS
from automode.judge.intent.naming_roles import _PRIVATE as _PRIVATE
from automode.judge.intent.naming_roles import _PUBLIC as _PUBLIC
from automode.judge.intent.naming_roles import _ROLE_NOISE as _ROLE_NOISE
from automode.judge.intent.naming_roles import _WORD as _WORD
from automode.judge.intent.naming_roles import OTHER as OTHER
from automode.judge.intent.naming_roles import _role_unnamed as _role_unnamed
from automode.judge.intent.naming_roles import _visibility_unnamed as _visibility_unnamed
from automode.judge.intent.naming_roles import _word_said as _word_said
from automode.judge.intent.naming_roles import _words as _words
from automode.judge.intent.naming_roles import role_words as role_words
from automode.judge.intent.object_said import _project_env_store as named_by_env
from automode.judge.intent.per_action import per_action
from automode.judge.intent.persist import LOGIN_ITEMS, _match, introduced
from automode.judge.intent.principal_ids import resolved_principal
from automode.judge.intent.remote_paths import host_said
from automode.judge.intent.text import COPULAS, DETERMINERS, idents, mask_nouns, parse_message, tokens
from automode.judge.intent.trust_words import TRUST_FAMILY
from automode.knowledge import control
from automode.knowledge.trust_values import (
    account_said,
    everyone_said,
    extra_values,
    person_said,
    skipped_options,
    trust_other,
    trust_said,
    unvalued,
)
from automode.shell.consoles import local_pane
from automode.shell.remote import carries, far_name

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.facts import Target
    from automode.judge.intent.match import Intent, Said
    from automode.shell.parse import Command

# fmt: off
#: Words that name an act of each control-effect verb (`effects.VERBS`), beyond the rule's verb classes. A word names
#: the act only together with every value of the action; "stop" is not here for `delete` (a stopped machine keeps its
#: disk), nor "review" for `message` (a review may approve).
FAMILY_WORDS: Mapping[str, frozenset[str]] = {
    "permission": frozenset({"give", "grant", "assign", "add", "let", "allow", "share", "invite", "rotate", "revoke",
                             "remove", "deactivate", "disable", "enable", "make", "set", "change", "update", "create",
                             "regenerate", "authorize", "authorise", "impersonate", "masquerade"}),
    "secret": frozenset({"set", "update", "change", "rotate", "add", "create", "store", "put", "replace", "regenerate"}),
    "delete": frozenset({"delete", "remove", "destroy", "terminate", "kill", "drop", "nuke", "wipe", "purge", "rm",
                         "erase", "decommission"}),
    "publish": frozenset({"publish", "release", "push", "upload", "ship", "put", "post", "share", "create",
                         "copy", "mirror", "promote", "retag"}),  # a registry copy (`skopeo copy`, `crane copy`)
    "message": frozenset({"comment", "reply", "post", "send", "leave", "note", "tell", "answer", "respond"}),
    "create": frozenset({"create", "add", "make", "put", "open", "register", "generate", "book", "schedule",
                        # a copy into a store (`aws s3 cp`, `mc cp`, `rclone copy`): named with every value it sends
                        "copy", "upload", "sync", "mirror", "store", "save"}),
    "update": frozenset({"update", "change", "set", "modify", "edit", "rename", "move", "switch", "rotate"}),
}
#: Options whose value is the account an act is for (principal), across control planes.
PRINCIPAL_OPTIONS = frozenset({"--member", "--members", "--user-name", "--user", "--users", "--assignee",
                               "--assignee-object-id", "--assignee-principal-id", "--grantee", "--principal",
                               "--service-account", "--group-name", "--add-user", "--invitee", "--email"})
#: Options whose value is a role or permission level (`roles.ROLE_KEY` reads their rank).
ROLE_OPTIONS = frozenset({"--role", "--roles", "--clusterrole", "--permission", "--permissions", "--policy-arn",
                          "--access-level"})
#: Options that name the package a registry command publishes, per program (`cargo publish -p ember-core`).
PACKAGE_OPTIONS: Mapping[str, frozenset[str]] = {
    "cargo": frozenset({"-p", "--package"}),
    # where it goes: TestPyPI is not PyPI, a private registry is not npmjs.com
    "twine": frozenset({"-r", "--repository", "--repository-url"}), "npm": frozenset({"--registry"}),
    "pnpm": frozenset({"--registry"}), "yarn": frozenset({"--registry"}), "poetry": frozenset({"-r", "--repository"}),
    "uv": frozenset({"--publish-url", "--index"}), "cargo-registry": frozenset({"--registry"}),
}
#: Options whose value is the scope a grant applies to (`az role assignment create --scope /subscriptions/…`).
SCOPE_OPTIONS = frozenset({"--scope", "--scopes", "--resource"})
#: Options that say who may see what a command creates: the flag's own name, or its value.
VISIBILITY_FLAGS: Mapping[str, str] = {"--public": "public", "-p": "public", "--private": "private",
                                        "--internal": "internal", "--secret": "private"}
VISIBILITY_OPTIONS = frozenset({"--visibility"})
#: Programs whose `-p` is `--public` (`gh gist create -p`); elsewhere `-p` is a path, a port or a project.
_SHORT_PUBLIC = frozenset({"gh"})
# fmt: on
#: An API operation's name (`create-access-key`, `terminate-instances`): the verb prefixes of the cloud APIs.
_OPERATION = lazyre.compile(r"^(?:list|describe|get|create|put|update|modify|delete|terminate|remove|attach|detach|add|"
                            r"set|start|stop|run|enable|disable|associate|disassociate|register|deregister|tag|untag|"
                            r"reset|rotate|import|export|copy|restore|reboot|authorize|revoke|accept|reject|cancel|"
                            r"batch|upload|send|publish|invoke|change|replace)-[a-z-]+$")  # fmt: skip
#: The verbs that end a command's path of plain words (`az role assignment create`, `gcloud sql users set-password`).
_CLI_VERBS = frozenset({"create", "delete", "update", "set", "add", "remove", "assign", "grant", "revoke", "attach",
                        "detach", "apply", "deploy", "publish", "upload", "push", "terminate", "destroy", "enable",
                        "disable", "start", "stop", "restart", "rotate", "import", "export", "patch", "edit", "put"})
#: Options of long-option tools whose value names which resource (`--instance-ids`, `--access-key-id`, `--role-name`).
_ID_SUFFIXES = ("-id", "-ids", "-arn", "-arns")
#: Programs whose URL arguments are what the action brings in or sends.
_FETCHERS = frozenset({"curl", "wget", "http", "https", "xh", "aria2c"})
#: Commands of a scheduled line that only set the scene (`cd /srv/app && ./run.sh`).
_NO_VALUES = frozenset({"cd", "pushd", "export", "set", "source", ".", "umask", "sleep", "true", "nice", "ionice"})
_INTERPRETER = lazyre.compile(r"^(?:python[\d.]*|pypy\d*|node|ruby|perl|php[\d.]*|bash|sh|zsh|dash|deno|bun|uv|npx|"
                              r"pipenv|poetry)$")
#: Prefixes of a principal's spelling that are not its name (`user:`, `serviceAccount:`, `group:`).
_PRINCIPAL_PREFIX = lazyre.compile(r"^(?:user|serviceaccount|group|domain|principal):", re.I)
_EMAIL = lazyre.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_IP = lazyre.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
#: A local path given as an operand (uploaded, published): named like a file, by its words.
_PATHLIKE = lazyre.compile(r"^(?:/|\./|\.\./|~/)")
_FILE_EXT = lazyre.compile(r"\.[a-z][a-z0-9]{0,4}$")
_VERSION = lazyre.compile(r"^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$")


@dataclass(frozen=True, slots=True)
class Value:
    kind: str  # principal | role | resource | host | file (read, sent, run) | written | visibility
    value: str


@dataclass(frozen=True, slots=True)
class Naming:
    """A request that names the act: `differs` is "" when every value is named, else the words for the reason."""

    said: Said
    differs: str
    values: tuple[Value, ...] = ()  # the values it names
    #: the user named another value of the same kind in its place (another role, id, e-mail, file, host), not merely
    #: left one unsaid: then even a request the verb-class match accepts does not release it
    contradicts: bool = False


@per_action
def action_values(a: Analysis) -> tuple[list[Value], frozenset[str]] | None:
    """The action's consequential values and the control-effect verbs of its acts (empty: the rule's verb classes name
    the act); None when a value is only known at run time (nothing the user said can name it)."""

    out: list[Value] = []
    verbs: set[str] = set()
    for cmd in a.commands:
        if any(v.startswith("script ") for v in cmd.via):
            continue  # the lines of a script being written run later, if ever
        got = _control_values(cmd, a)
        if got is None:
            return None
        vals, verb = got
        out += vals
        if verb:
            verbs.add(verb)
        if verb and verb != "read" and _deletes(cmd):
            verbs = {"delete"} | (verbs - {verb})  # `aws iam delete-access-key`: a deletion, whatever the table says
    for e in a.effects:
        if e.kind in ("write", "delete", "chmod") and e.pclass not in ("temp", "artefact"):
            if any("(runs later)" in v for v in e.via) and e.append:
                continue  # a scheduled job's own log (`>> ~/logs/backup.log`): its output, not what it acts on
            if e.origin == "create" and any(x.target.startswith(e.target.rstrip("/") + "/") for x in a.effects):
                continue  # `mkdir -p ~/.ssh` for the file written next
            out.append(Value("written", e.target))
        elif e.kind == "read" and e.pclass not in ("temp", "artefact") and _sends_or_installs(a):
            out.append(Value("file", e.target))  # what is uploaded, appended to a key list, copied elsewhere
        if e.content:
            out += [Value("resource", v) for v in introduced(e.content)]
    for cmd in a.commands:
        if cmd.remote and not local_pane(cmd):  # (a tmux pane or screen session on this machine is no host)
            out.append(Value("host", far_name(cmd.remote) or cmd.remote))
        if cmd.name in _FETCHERS:  # what is fetched is what gets installed or sent (`curl …/kasia-w.keys | ssh …`)
            out += [Value("resource", w.value) for w in cmd.argv[1:] if "://" in w.value and not w.dynamic]
        if any("(runs later)" in v for v in cmd.via) and cmd.name not in _NO_VALUES:
            # a scheduled job: the program it runs and what it is given (`rsync -a ~/notes/ nas:/volume1/notes/`), not
            # the interpreter that runs a script (`.venv/bin/python scripts/x.py`)
            words = [w for w in cmd.argv if not w.value.startswith("-")][:6]
            if words and _INTERPRETER.match(words[0].value.rsplit("/", 1)[-1]):
                words = words[1:]
            if any(w.dynamic for w in words):
                return None
            out += [Value("file" if _PATHLIKE.match(w.value) else "resource", w.value) for w in words
                    if w.value not in (".", "/", "-")]
    seen: set[Value] = set()
    return [v for v in out if not (v in seen or seen.add(v))], frozenset(verbs)  # type: ignore[func-returns-value]


def _path_rest(rest: tuple[str, ...]) -> int:
    """How many leading words after a table's matched words still name the command, not a thing: the API operation
    (`aws iam create-access-key`), or plain words up to the verb (`az role assignment create`)."""
    if rest and _OPERATION.match(rest[0]):
        return 1
    for j, w in enumerate(rest[:3]):
        if not w.isalpha() or not w.islower():
            return 0
        if w in _CLI_VERBS:
            return j + 1
    return 0


def _built(v: str, cmd: Command, a: Analysis) -> bool:
    """A build output the command sends (`twine upload dist/*`): named by its version or kind ("the 2.3.0 wheel"), not
    by its path; what it is made of is judged where it was built."""
    from automode.paths import classify

    return ("/" in v or "*" in v) and classify(v.replace("*", "x"), cmd.cwd or a.cwd, a.ctx.home, a.root).cls == "artefact"


def _deletes(cmd: Command) -> bool:
    """An API operation that deletes (`delete-access-key`, `terminate-instances`, `remove-iam-policy-binding`)."""
    return any(_OPERATION.match(w) is not None and w.split("-", 1)[0] in _DELETING for w in cmd.args[:3])


_DELETING = frozenset({"delete", "terminate", "remove", "destroy", "purge", "deregister"})


def _sends_or_installs(a: Analysis) -> bool:
    return any(e.kind == "control" and e.verb in ("publish", "message", "permission") for e in a.effects) or any(
        c.remote for c in a.commands)


#: Image transports of skopeo/crane/oras references (containers-transports(5)): not part of the image's name.
_TRANSPORT = lazyre.compile(r"^(?:docker|oci|oci-archive|docker-archive|docker-daemon|containers-storage|dir):(?://)?")


def _control_values(cmd: Command, a: Analysis) -> tuple[list[Value], str] | None:
    """A control-plane command's values: the names it acts on, its principal, role and visibility; not the options
    that say where it lands (`env_options`: profile, context) or how (output, body)."""

    r = control.resolve(cmd)
    if r is None:
        return [], ""
    tool, program, words = r
    p = control.parse(tool, words)
    e = control.match(tool, p, program)
    fed = control.input_form(cmd, tool, program, p)
    if fed is not None:
        p, e = fed  # `ldapmodify <<EOF … add: memberUid …`: the words of what the input does (`knowledge.stdin_forms`)
    if e is None or e.verb == "read":
        return [], ""
    if carries(cmd, a.commands):
        return [], e.verb  # `salt 'web*' cmd.run 'rm …'`: the command it carries has values of its own, and a host
    out: list[Value] = []
    label = unvalued(cmd)  # `create rolebinding ci-view`, a split's service: no value of the act (`trust_values`)
    path = [tok for tok in e.tokens if not tok.option]
    # `openstack role add --user bob --project web admin`: a role command's operand is the role it gives or takes
    role_operand = e.verb == "permission" and any(n in ("role", "roles") for tok in path for n in tok.names)
    keep = [k for k, tok in enumerate(path) if tok.value] + list(range(len(path) + _path_rest(p.positional[len(path):]),
                                                                         len(p.positional)))
    for k in keep:
        if k < len(p.positional):
            if p.dynamic[k]:
                return None
            v = _TRANSPORT.sub("", p.positional[k])  # `docker://ghcr.io/acme/shop:1.4` is the image the user names
            if v not in (".", "/", "-") and not _built(v, cmd, a) and v not in label:
                kind = "file" if _PATHLIKE.match(v) else "role" if role_operand else "resource"
                out.append(Value(kind, container(program, cmd, v)))
    for name, vals in p.options.items():
        low = name.lower()
        if low in skipped_options(program):
            continue  # where it lives (`az … --resource-group rg-shop`); a split's pairs, read as shares
        for v in vals:
            if not v:
                continue
            if low in PRINCIPAL_OPTIONS:
                out.append(Value("principal", v))
            elif low in ROLE_OPTIONS:
                out.append(Value("role", v))
            elif low in VISIBILITY_OPTIONS:
                out.append(Value("visibility", v.lower()))
            elif low in tool.resource_options or (tool.long_values and low.endswith(_ID_SUFFIXES)) or \
                    low in PACKAGE_OPTIONS.get(program, ()) or low in SCOPE_OPTIONS:
                out.append(Value("resource", v))  # `--instance-ids`, `--access-key-id`: which one
        if low in VISIBILITY_FLAGS and vals == [""] and (low != "-p" or program in _SHORT_PUBLIC):
            out.append(Value("visibility", VISIBILITY_FLAGS[low]))
    out += [Value(k, v) for k, v in extra_values(cmd)]  # a split's shares and revisions, a dispatch's inputs
    if cmd.assigns and not any(p.options.get(o) for o in tool.resource_options) and \
            not any(o.lower() in skipped_options(program) for o in tool.resource_options):  # (as its option is read)
        from automode.knowledge.envselect import resource_picks

        out += [Value("resource", v) for v in resource_picks(cmd)]  # `FLY_APP=x fly deploy`: the app is x (session 24)
    if any(w.dynamic and any(v.value == w.value for v in out) for w in cmd.argv):
        return None
    return out, e.verb


@lru_cache(maxsize=4096)  # pure; asked for every request of a session, per action
def verb_words(text: str) -> frozenset[str]:
    """The words of a clause in a verb's place: not in a noun compound ("the release notes"), an embedded question
    ("tell me if"), after a determiner ("the publish") or a copula ("is clean")."""

    out: set[str] = set()
    prev = ""
    for t in tokens(mask_nouns(text)):
        if prev not in DETERMINERS and prev not in COPULAS:
            out |= _words(t)
        prev = t
    return frozenset(out)


def named_action(t: Target, a: Analysis, intent: Intent) -> Naming | None:
    """The newest request in force that names this action's act with at least one of its values: `differs` says which
    value it does not name ("" when it names them all). None when no request names the act, or nothing of it."""
    if t.protected or "force-push" in t.verbs or not t.verbs or a.action.tool != "Bash":
        return None  # (a file tool's one value is the file, which the verb-class match already asks to be named)
    got = action_values(a)
    if got is None:
        return None
    values, verbs = got
    if not values:
        return None
    from automode.judge.intent.joined_said import address_said, joined_values
    from automode.judge.intent.vocab import action_act

    # a command that names a finer act (`gh pr merge`, `glab mr approve`, `kubectl rollout undo`) is named by the verbs
    # that act lists (`facts.target` put them in `t.verbs`), not by its effect's family
    family = frozenset() if action_act(a) is not None else frozenset().union(
        *(FAMILY_WORDS.get(v, frozenset()) | TRUST_FAMILY.get(v, frozenset()) for v in verbs))
    msgs = a.ctx.user_messages
    # What is destroyed is named in the words that ask for it ("delete i-0a1b…"), not only mentioned before ("40
    # previews of nimbus-docs" … "get rid of the old previews" is no request to remove the project).
    deleting = "delete" in verbs or (not verbs and bool(t.verbs & {"delete", "reset"}))
    for r in intent.requests:
        if r.index < 0 or r.index >= len(msgs) or r.clause.draft or r.clause.condition:
            continue  # the user's own words only, asked now
        if not (r.clause.verbs & t.verbs or family & verb_words(r.clause.text)):
            continue
        if t.says and not t.says & _words(r.clause.text) and not (
                (_LEVELS & _words(r.clause.text) or "grant" in r.clause.verbs) and any(
                v.kind == "role" for v in values)) and not any(
                v.kind == "visibility" and not _unnamed(v, r, msgs, a.root, a.ctx.home) for v in values):
            continue  # the kind of change is said by a word ("access", "public") or by the role it asks for ("viewer")
        said_any = False
        differs = ""
        other = ""
        resolved = resolved_principal(values, r, a.command_text or "")
        whole = joined_values(tuple(v.value for v in values), msgs[r.index])  # "web-app/1024" for `web-app 1024`
        for v in values:
            if v is resolved:
                continue  # the read-only role's grantee by its object id, the user naming it by its name
            if v.value in whole or address_said(v.value, msgs[r.index]):  # "eng-oncall" for `eng-oncall@helios.io`
                said_any = True
                continue
            why = _unnamed(v, r, msgs, a.root, a.ctx.home, own_only=deleting)
            if why:
                differs = differs or why
                other = other or (why if why.startswith(OTHER) else "")
            else:
                said_any = True
        if not said_any and not other:
            continue  # an act of that kind, about other things
        return Naming(r, other or differs, tuple(values), bool(other))
    return None


@lru_cache(maxsize=4096)  # pure; a session asks it for every request x value x later message
def _clarifies(v: Value, msg: str, root: str, home: str) -> bool:
    """A later message names `v` in a clause that asks for nothing of its own: a remark that tells which one
    ("script is scripts/x.sh"), not a new request that happens to name it ("now set up docs/api")."""

    base = re.escape(v.value.rstrip("/").rsplit("/", 1)[-1].lower())
    return any(_said(v, c.text, root, home)
               and (not c.verbs or re.search(rf"\b(?:is|are|it's|lives\s+(?:in|at))\s+\S*{base}", c.text) is not None)
               for c in parse_message(msg).clauses)  # fmt: skip


def _unnamed(v: Value, r: Said, msgs: tuple[str, ...], root: str, home: str, *, own_only: bool = False) -> str:
    """"" when the user's words name `v` (the request's message wins over earlier ones), else why not, for the
    reason."""
    lowered = lazyre.lower_each(tuple(msgs))  # (once per session, not per request x value)
    own = lowered[r.index]
    upto = lowered[: r.index + 1]
    if v.kind == "role":
        return _role_unnamed(v.value, list(lowered))
    if v.kind == "visibility":
        return _visibility_unnamed(v.value, list(lowered))
    if _said(v, own, root, home) or said_glossed(v, msgs[r.index], root, home, _said):
        return ""
    if any(_clarifies(v, m, root, home) for m in msgs[r.index + 1:]):
        return ""  # named by a later remark ("script is scripts/summarise_errors.sh"): the user's value too
    other = trust_other(v.kind, v.value, own) or _same_kind_named(v, own) or (_other_file(own) if v.kind == "file" else "") or (
        (_narrower(v.value.lower(), own) or _other_slug(v.value.lower(), own)) if v.kind == "resource" else "")
    if other:
        return f"{OTHER[0]}{other}; this acts on {v.value}"
    if not own_only and any(_said(v, m, root, home) for m in upto[:-1]):
        return ""
    if v.kind == "resource" and _project_env_store(v.value, r, root):
        return ""  # `riverbend-staging` in the riverbend project is "staging"
    what = {"principal": "the account", "host": "the host", "file": "the file", "written": "the file"}.get(v.kind, "")
    return f"{what + ' ' if what else ''}{v.value!r} appears nowhere in your messages"


def _other_file(text: str) -> str:
    """A file the user's words name by its path or its name (`keys/ci-runner.pub`, `backup.sh`)."""

    strong, _ = idents(text)
    return next((s for s in sorted(strong) if _FILE_EXT.search(s) and "://" not in s and "@" not in s
                 and s.rsplit(".", 1)[-1] not in HOST_SUFFIXES), "")


#: Last labels that make a dotted name a host, not a file (`backup.lan`, `nas.local`, `api.acme.internal`).
HOST_SUFFIXES = frozenset({"lan", "local", "internal", "intranet", "home", "corp", "localdomain", "com", "net", "org",
                           "io", "example", "test", "invalid", "cloud", "ai", "dev", "arpa"})


def _project_env_store(value: str, r: Said, root: str) -> bool:

    return named_by_env(value, r, root)


@lru_cache(maxsize=8192)  # pure; a session asks it for every request x value x message
def _said(v: Value, text: str, root: str, home: str) -> bool:
    from automode.judge.intent.places import path_matches

    low = v.value.lower().strip("'\"")
    if (known := trust_said(v.kind, v.value, text)) is not None:
        return known  # a share, a revision, a dispatch's input (`trust_values`)
    if v.kind == "principal":
        low = _PRINCIPAL_PREFIX.sub("", low)
        if _bounded_in(low, text):
            return True
        local, _, domain = low.partition("@")
        if ((_EMAIL.match(low) or "@" not in low) and person_said(local, text)) or everyone_said(low, text) \
                or account_said(low, text):
            return True  # "give Olek Reader", "daj olkowi Reader": the person by their first name (`trust_values`)
        if domain.endswith(".gserviceaccount.com") and len(local) >= 3:
            # `ci-runner@kestrel-dev.iam.gserviceaccount.com` is "the ci-runner service account" of the named project
            project = domain.split(".", 1)[0]
            return _bounded_in(local, text) and ("service account" in text or _bounded_in(project, text))
        return False
    if v.kind == "written" and _login_words(v.value, home) & _words(text):
        return True  # a login item named by what it is: "add Kasia's public key to the deploy user" (authorized_keys)
    if v.kind in ("file", "written"):
        from automode.judge.intent.lexicon import STOP

        strong, _ = idents(text)
        if path_matches(v.value, strong, frozenset(), root, home):
            return True
        rel = v.value[len(root.rstrip("/")) + 1:] if root and v.value.startswith(root.rstrip("/") + "/") else v.value
        if any("/" in s and rel.startswith(s.strip("/").removeprefix("./") + "/") for s in strong):
            return True  # inside a place the user named (`storage/app/exports/**/*.csv` in "storage/app/exports")
        if _other_file(text):
            return False  # the user named a file, and it is another one (`keys/ci-runner.pub`, not `keys/other.pub`)
        # described by its words, verb words too: "the failing test output" names /tmp/vitest-output.txt
        said = {w for w in _WORD.findall(text) if len(w) >= 4 and w not in STOP}
        return bool(said & set(_WORD.findall(v.value.rsplit("/", 1)[-1].lower())))
    if v.kind == "host" and (_bounded_in(low, text) or host_said(low, text)):  # (`web*` for "the web hosts")
        return True
    if v.kind == "host" and not _IP.match(low):
        head = low.split(".", 1)[0]
        return len(head) >= 5 and _bounded_in(head, text)
    if _narrower(low, text) and not any(t == low for t in _tokens(text)):
        return False  # only a part of it is named: "unpublish wavelet-cli@0.9.1" is not all of `wavelet-cli`
    if len(low) >= 2 and _bounded_in(low, text):
        return True
    pkg, at, version = low.rpartition("@")
    if at and len(pkg) >= 2 and _VERSION.match(version) and _bounded_in(pkg, text) and _bounded_in(version, text):
        return True  # `mylib@3.2.0-beta.4`: "the beta tag of mylib at 3.2.0-beta.4", the package and its version
    parts = low.split("/")
    if len(parts) == 2 and parts[0] in ("organizations", "folders") and _bounded_in(parts[1], text) and \
            re.search(r"\b(?:org|organi[sz]ation|folder)s?\b", text):
        return True  # `organizations/1234567`: "on org 1234567" (`_container`)
    if len(parts) == 2 and "://" not in low and all(p and _bounded_in(p, text) for p in parts) and max(map(len, parts)) >= 6:
        return True  # `nordvik-ai/sentiment-distil-v4`: "our HF org nordvik-ai … a repo, sentiment-distil-v4"
    if low.startswith(("/subscriptions/", "arn:")) and "*" not in low:
        last = re.split(r"[/:]", low.rstrip("/"))[-1]
        return len(last) >= 6 and _bounded_in(last, text)  # an Azure scope or an ARN, named by its resource
    return False


def _login_words(path: str, home: str) -> frozenset[str]:

    return _match(path, home, LOGIN_ITEMS) or frozenset()


def _tokens(text: str) -> list[str]:

    return tokens(text)


def _narrower(value: str, text: str) -> str:
    """A name in the user's words that is `value` with a part of it picked (`wavelet-cli@0.9.1`, `s3://b/logs/`,
    `repo:tag`)."""
    return next((t for t in _tokens(text) if len(t) > len(value) + 1 and t.startswith(value)
                 and t[len(value)] in "@/:#"), "")


def _shape(s: str) -> str:
    if _EMAIL.match(s):
        return "email"
    if _IP.match(s):
        return "ip"
    if _VERSION.match(s):
        return "version"
    if s.isdigit() and 2 <= len(s) <= 7:
        return f"number:{len(s)}"  # a pull request, an issue, a run: "PR 412" is not 413
    m = re.match(r"^([a-z]{1,4})-[0-9a-f]{6,}$", s)
    return f"id:{m.group(1)}" if m else ""


def _same_kind_named(v: Value, text: str) -> str:
    """Another value of the same shape (an e-mail, an address, a version, an `i-…` id) in the request's message."""

    low = _PRINCIPAL_PREFIX.sub("", v.value.lower())
    shape = _shape(low)
    if not shape:
        return ""

    for w in tokens(text):
        if w != low and _shape(w) == shape and (shape != "version" or version_key(w) != version_key(low)):
            return w
    return ""


_SLUG = lazyre.compile(r"^[a-z0-9][\w.-]*/[\w.-]+$")


def _other_slug(value: str, text: str) -> str:
    """Another `owner/name` of the same owner in the request (`acme/sentiment-bert` said, `acme/sentiment-bert-demo`
    acted on): a repository of a hub or forge is named by both its parts, exactly."""
    if not _SLUG.match(value):
        return ""
    owner = value.split("/", 1)[0]
    return next((w for w in tokens(text) if w != value and _SLUG.match(w) and w.split("/", 1)[0] == owner), "")


