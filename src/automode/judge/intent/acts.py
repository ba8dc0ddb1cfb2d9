"""What kind of act an action is, whatever rule fired or not: for checking it against the user's boundaries.

"don't push" must stop a plain `git push origin feature` that no rule objects to, so this looks at the Analysis
directly: git subcommands, package installs, process control, file effects, MCP tool verbs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.lexicon import ENV_MARKERS, KIND_NOUNS
from automode.judge.intent.text import SAID, VERB_CLASSES_OF
from automode.knowledge.attached import ATTACHED_NOUNS, attached_removal
from automode.knowledge.mcp_args import MCP_ACT_KEYS as MCP_ACT_KEYS  # (the rules read it there too)
from automode.knowledge.mcp_args import MORE_VERBS
from automode.knowledge.subverbs import LEADING_ONLY, LEXICON, RELEASE
from automode.rules.git import git_argv

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.model import Finding
    from automode.shell.parse import Command

INSTALLERS = {
    "pip": ("install",), "pip3": ("install",), "uv": ("add", "install"), "poetry": ("add",), "pipenv": ("install",),
    "npm": ("install", "i", "add"), "pnpm": ("add", "install", "i"), "yarn": ("add",), "bun": ("add", "install", "i"),
    "cargo": ("add", "install"), "gem": ("install",), "go": ("get", "install"), "apt": ("install",),
    "apt-get": ("install",), "brew": ("install",), "dnf": ("install",), "yum": ("install",), "conda": ("install",),
    "composer": ("require",), "bundle": ("add",), "dotnet": ("add",),
}  # fmt: skip
KILLERS = frozenset({"kill", "pkill", "killall", "shutdown", "reboot", "poweroff", "halt"})
DB_CLIS = frozenset(
    {"psql", "mysql", "sqlite3", "mongo", "mongosh", "redis-cli", "cockroach", "clickhouse-client"}
)
RULE_ACTS = {
    "AM-TRUST-001": {"publish"}, "AM-TRUST-002": {"deploy"}, "AM-TRUST-004": {"send"}, "AM-DESTROY-010": {"delete"},
    "AM-DESTROY-011": {"delete"}, "AM-DESTROY-012": {"delete"}, "AM-GIT-001": {"reset"}, "AM-RES-002": {"kill"},
    "AM-RES-003": {"kill"}, "AM-TRUST-008": {"deploy", "publish"}, "AM-DESTROY-015": {"delete"},
}  # fmt: skip
MCP_CLASSES = {
    # the one verb lexicon (`knowledge.subverbs`): its verbs that are no noun of a tool's name (`post_message`, `block`)
    **{w: set(RELEASE[k]) for w, k in LEXICON.items() if "-" not in w and w not in LEADING_ONLY},
    "send": {"send"}, "reply": {"send"}, "forward": {"send"}, "post": {"send"}, "share": {"send"}, "invite": {"send"},
    "comment": {"send"}, "publish": {"publish"}, "deploy": {"deploy"}, "merge": {"merge"}, "approve": {"merge"},
    "delete": {"delete"}, "remove": {"delete"}, "destroy": {"delete"}, "drop": {"delete"}, "cancel": {"delete"},
    "pay": {"pay"}, "transfer": {"pay"}, "purchase": {"pay"}, "buy": {"pay"}, "order": {"pay"},
    "create": {"create"}, "add": {"create", "update"}, "schedule": {"create"}, "book": {"create"}, "reserve": {"create"},
    "update": {"update"}, "set": {"update"}, "change": {"update"}, "modify": {"update"}, "edit": {"update"},
    "rename": {"update"}, "move": {"update"}, "reschedule": {"update"}, "append": {"update", "create"},
    "write": {"update", "create"}, "upload": {"publish", "send", "create"}, "execute": {"run"}, "run": {"run"},
    "grant": {"update"}, "revoke": {"update", "delete"}, "reset": {"update"}, "close": {"merge", "delete"},
    "archive": {"delete", "update"}, "submit": {"send"}, "refund": {"pay"}, "review": {"send"}, "ack": {"update"},
    "acknowledge": {"update"}, "resolve": {"update"}, "draft": {"draft"}, "push": {"push", "update"},
    "commit": {"update", "create"}, "transition": {"update"}, "assign": {"update"}, "label": {"update"},
    "reopen": {"update"}, "trigger": {"run"}, "dispatch": {"run"}, "restart": {"deploy", "kill"}, "stop": {"kill"},
    "terminate": {"kill", "delete"}, "scale": {"deploy"}, "rollback": {"deploy", "reset"}, "promote": {"deploy"},
    "unpublish": {"delete"}, "mention": {"send"}, "notify": {"send"},
    # REST spellings of the same acts in generated tool names (`API-patch-block-children`, `put_object`, `post-page`)
    "patch": {"update"}, "put": {"update", "create"}, "insert": {"create"}, "upsert": {"create", "update"},
    **{w: set(c) for w, c in MORE_VERBS.items()},  # the rest of the table of tool verbs (`knowledge.mcp_args`)
}  # fmt: skip
#: Tool words of a call that gives an account a role, a membership or a permission (a grant, whatever its verb).
GRANTING = frozenset({"role", "roles", "permission", "permissions", "member", "members", "membership", "memberships",
                      "collaborator", "collaborators", "assignment", "assignments", "grant", "grants", "acl", "access"})


#: Values of a call's act key that name the act more finely than the tool's name: a review that approves is a merge's
#: half, one that comments a message (`create_pull_request_review {"event": "APPROVE"}`).
MCP_VALUE_ACTS = {"approve": {"merge"}, "comment": {"send"}, "request_changes": {"send"}}


KIND_WORDS = frozenset(KIND_NOUNS).union(*KIND_NOUNS.values())  # every kind and every noun of one


#: Control-effect verbs (effects.VERBS) as the verb classes a boundary names.
CONTROL_CLASSES: dict[str, frozenset[str]] = {
    "create": frozenset({"create"}), "update": frozenset({"update"}), "delete": frozenset({"delete"}),
    "permission": frozenset({"chmod"}), "secret": frozenset({"update"}), "deploy": frozenset({"deploy"}),
    "publish": frozenset({"publish"}), "message": frozenset({"send"}), "execute": frozenset({"run"}),
    "read": frozenset({"read"}),
}  # fmt: skip


#: Programs that run a script, module or task named by their arguments.
RUNNERS = frozenset({"python", "python3", "node", "ruby", "perl", "php", "bash", "sh", "zsh", "deno", "bun", "make", "just",
                     "rake", "invoke", "task", "npm", "yarn", "pnpm", "cargo", "go", "uv", "poetry", "pipenv", "Rscript",
                     "julia", "dotnet", "gradle", "mvn", "mix", "sbt", "nox", "tox", "snakemake", "dvc"})  # fmt: skip


def _runs_program(name: str, pos: list[str]) -> bool:
    return name.startswith("./") or (name in RUNNERS and bool(pos)) or name.endswith((".sh", ".py"))


#: A boundary's read verbs as said ("don't open", "never look at"): a read of a path is an instance of each.
READ_SAID = frozenset("said:" + w for w in ("read", "open", "look", "cat", "view", "access", "inspect", "peek", "browse",
                                            "see", "print", "show", "display", "dump"))


@dataclass(frozen=True, slots=True)
class Acts:
    classes: frozenset[str]  # verb classes this action is an instance of
    names: frozenset[str]  # lower-case names it mentions: args, targets, branch, tool words, kind nouns
    writes: tuple[str, ...]  # absolute paths it writes or deletes (not temp or build output)
    installs: tuple[str, ...]  # packages it adds by name
    envs: frozenset[str] = frozenset()  # environments its control-plane operations land in
    #: it runs a script, module or task: only a boundary that names what not to run again fences that
    runs: bool = False
    reads: tuple[str, ...] = ()  # absolute paths it reads (a boundary that names them fences the read)


def mcp_words(tool: str) -> list[str]:
    return list(_mcp_words(tool))


@lru_cache(maxsize=1024)
def _mcp_words(tool: str) -> tuple[str, ...]:
    import re

    name = tool.split("__")[-1]
    name = re.sub(r"([a-z])([A-Z])", r"\1_\2", name)
    return tuple(w for w in re.split(r"[_\W]+", name.lower()) if w)


def _call_names(inp: object, depth: int = 0) -> set[str]:
    """Short one-word scalar values of a tool call (ids, keys, names), lower case: what a user names a record by."""
    if depth > 4:
        return set()
    if isinstance(inp, dict):
        return set().union(*(_call_names(v, depth + 1) for v in list(inp.values())[:100])) if inp else set()
    if isinstance(inp, (list, tuple)):
        return set().union(*(_call_names(v, depth + 1) for v in inp[:100])) if inp else set()
    v = str(inp).lower() if isinstance(inp, (str, int)) and not isinstance(inp, bool) else ""
    return {v} if 0 < len(v) <= 64 and " " not in v and "\n" not in v else set()


def _git_deletes(sub: str, args: list[str] | tuple[str, ...]) -> bool:
    """A git subcommand, or the verb of one of its command groups (`lfs`, `worktree`, `remote`, `stash`, `notes`,
    `reflog`), that removes local data: its verb is a delete verb of the lexicon (prune, remove, rm, clear, drop)."""
    from automode.judge.intent.words import VERB_CLASSES_OF

    if "delete" in VERB_CLASSES_OF.get(sub, frozenset()) and sub != "rm":
        return True  # (`git rm` stages a removal of tracked files: an edit the commit shows)
    pos = [x for x in args if not x.startswith("-")]
    return sub in ("lfs", "worktree", "remote", "stash", "notes", "reflog", "submodule") and bool(pos) \
        and "delete" in VERB_CLASSES_OF.get(pos[0], frozenset())


def ref_kinds(verbs: frozenset[str] | set[str], refs: list[str]) -> set[str]:
    """The kinds of ref a push deletes by name: a remote ref deleted by its name (`push origin --delete v0.9.0-rc1`)
    may be a tag or a branch, so "delete the release, keep the tag" fences it (session 20, K4)."""
    if "delete" not in verbs or not refs:
        return set()
    if all(r.startswith("refs/heads/") for r in refs):
        return {"branch", "branches"}
    if all(r.startswith("refs/tags/") for r in refs):
        return {"tag", "tags"}
    return {"tag", "tags", "branch", "branches"}


#: The last readings of `acts`, one slot for no finding and one for findings, each (analysis, rule ids, answer)
#: replaced whole (`per_action`'s rule: threads deciding at once read their own analysis or read it again).
_LAST: list[tuple[object, tuple[str, ...], Acts | None]] = [(None, (), None), (None, (), None)]


def acts(a: Analysis, found: list[Finding]) -> Acts:
    """What the action does, as the words name acts (issue 14: read once per decision by the boundary check and by
    `later_stands`: the answer depends on the analysis and on the ids of the rules that fired only)."""
    key = tuple(f.rule.id for f in found)
    slot = 1 if key else 0
    seen, ids, got = _LAST[slot]
    if seen is a and ids == key and got is not None:
        return got
    out = _acts(a, found)
    _LAST[slot] = (a, key, out)
    return out


#: Subcommands whose one word says the kind of thing they act on (`docker rmi`: images): "don't delete the images"
#: names it (session 25, P4).
_KIND_OF_SUB: dict[tuple[str, str], frozenset[str]] = {
    **{(p, "rmi"): frozenset({"image", "images"}) for p in ("docker", "podman", "nerdctl", "buildah")},
    **{(p, "rm"): frozenset({"container", "containers"}) for p in ("docker", "podman", "nerdctl")},
}


def _acts(a: Analysis, found: list[Finding]) -> Acts:
    classes: set[str] = set()
    names: set[str] = set()
    writes: list[str] = []
    reads: list[str] = []
    installs: list[str] = []
    runs = False
    for f in found:
        classes |= RULE_ACTS.get(f.rule.id, set())
    for cmd in a.commands:
        name = cmd.name
        args = [w.value for w in cmd.argv[1:] if not w.dynamic]
        pos = [x for x in args if not x.startswith("-")]
        names.add(name)
        names.update(x.lower() for x in pos if " " not in x)  # names, not titles or messages
        names |= _KIND_OF_SUB.get((name.rsplit("/", 1)[-1], pos[0] if pos else ""), frozenset())
        g = git_argv(cmd)
        if g is not None:
            names.add("git")
            sub = g.sub
            if sub == "push":
                from automode.judge.intent.facts_args import _git_push_target

                v, branches = _git_push_target(cmd, a)
                classes |= {"push"} | v
                names.update(b.lower() for b in branches)
                names |= ref_kinds(v, branches)
            elif sub in ("commit",):
                classes.add("commit")
            elif sub in ("merge", "rebase"):
                classes.add("merge" if sub == "merge" else "update")
            elif sub in ("reset", "restore", "clean", "checkout") or (sub == "stash" and "drop" in g.args):
                classes.add("reset")
            elif sub == "branch" and any(x in ("-d", "-D", "--delete") for x in g.args):
                classes.add("delete")
            elif sub == "tag" and any(x in ("-d", "--delete") for x in g.args):
                classes.add("delete")  # "delete the branch, don't delete the tag" (session 25, P4)
                names |= {"tag", "tags"}
            elif _git_deletes(sub, g.args):
                classes.add("delete")  # `git lfs prune`, `git worktree remove`, `git stash clear`, `git prune`
            continue
        verbs = INSTALLERS.get(name)
        if verbs and pos and pos[0] in verbs:
            pkgs = [x for x in pos[1:] if x not in ("install", "pip")]
            if name == "uv" and pos[0] == "pip":
                pkgs = pos[2:]
            if pkgs and not any(x in ("-r", "--requirement", "-e", "--editable") for x in args):
                classes.add("install")
                installs += pkgs
        runs = runs or _runs_program(name, pos) or cmd.argv[0].value.startswith(("./", "../"))
        # (`python train.py`, `make backfill`: "don't rerun the training"; `./configure`: a program of a directory here)
        took = attached_removal(cmd)  # `gh pr merge --delete-branch`: "don't delete the branch" fences it (session 20)
        if took is not None:
            classes.add("delete")
            names |= ATTACHED_NOUNS.get(took, frozenset({took}))
        if name in KILLERS or (
            name == "systemctl" and pos[:1] and pos[0] in ("stop", "restart", "kill", "disable")
        ):
            classes.add("kill")
        if name in (
            "kubectl",
            "helm",
            "oc",
            "eksctl",
            "terraform",
            "tofu",
            "pulumi",
            "aws",
            "gcloud",
            "az",
            "gsutil",
        ):
            names |= KIND_NOUNS["cloud"]
        if name in DB_CLIS:
            names |= KIND_NOUNS["database"]
        if name in ("curl", "wget", "http", "httpie", "nc", "ssh", "scp", "rsync"):
            classes.add("network")
    for e in a.effects:
        if e.kind in ("delete", "write", "chmod"):
            if e.pclass not in ("temp", "artefact"):
                classes |= {"delete"} if e.kind == "delete" else {"update", "create", "touch"}
                classes.add("touch")
                writes.append(e.target)
            names.add(e.target.lower())
        elif e.kind == "read" and e.pclass not in ("temp", "artefact") and e.target:
            # "don't open anything in customers/", "never look at secrets/prod.env": the verb as said, the path read
            classes |= READ_SAID
            reads.append(e.target)
        elif e.kind == "network":
            classes.add("network")
            names.add(e.target.lower())
        elif e.kind == "mcp":
            words = mcp_words(e.target)
            names.update(words)
            classes |= _mcp_said(words, a.action.input)  # "don't close anything" and `update_issue {state: closed}`
            names.update(_call_names(a.action.input))  # "keep beta-search" names the flag the call deletes
            for w in words:
                classes |= MCP_CLASSES.get(w, set())
            if {"money", "payment", "transaction", "transfer"} & set(words) and classes & {
                "send",
                "create",
                "update",
            }:
                classes.add("pay")
            if classes & {"update", "create", "delete"}:
                classes.add("touch")
        elif e.kind == "control" and e.verb:
            # A cloud, cluster, SaaS or data-store operation: its verb is the act, its environment a name of it
            # ("don't touch prod" covers `fly apps restart crumb-prod`).
            cls = CONTROL_CLASSES.get(e.verb, frozenset())
            classes |= cls
            if cls - {"read", "send", "chmod"}:
                classes.add("touch")  # a change of content; who may do what is a permission change of its own
            names.add(e.target.lower())
            names.update(v.lower() for v in e.values if " " not in v)  # names, not titles or messages
            if e.env:
                names |= ENV_MARKERS.get(e.env, frozenset()) | {e.env}
            if e.origin == "data" and e.verb == "delete":
                names |= KIND_NOUNS["data"]  # removes stored data: "don't delete the data" names it
        elif e.kind == "delegate":
            # What the sub-agent is told to do is what this action does ("don't push" covers "…and push it").
            from automode.judge.intent.briefs import brief_clauses

            # Per clause: "read the migrations, then write the plan" neither touches a database nor reads a plan;
            # what the brief only reads or leaves to the user ("recommend whether to roll back") is no act.
            for c in brief_clauses(e.content or ""):
                if c.question or not c.verbs - {"read"}:
                    continue
                cv = set(c.verbs) | ({"touch"} if c.verbs & {"update", "create", "delete"} else set())
                cn = c.strong | c.weak
                if cv & {"delete", "reset", "run"} and cn & KIND_NOUNS["database"]:
                    cv.add("touch")
                classes |= cv
                names |= cn
    if classes & {"delete", "reset", "run"} and any(n in KIND_NOUNS["database"] for n in names):
        classes.add("touch")
    if not names.isdisjoint(KIND_WORDS):  # most actions name no kind at all: one set test instead of six
        for kind, nouns in KIND_NOUNS.items():
            if kind in names or nouns & names:
                names |= nouns
    classes |= _subcommand_classes(a)
    removed = _removed_names(a)
    names |= removed  # "leave legacy_checkout alone" and an Edit that deletes its block
    envs = frozenset(e.env for e in a.effects if e.kind == "control" and e.env) | _assigned_envs(a) | _removed_envs(removed)
    return Acts(frozenset(classes), frozenset(names), tuple(dict.fromkeys(writes)), tuple(installs), envs, runs,
                tuple(dict.fromkeys(reads)))


_PARTS = re.compile(r"[^a-z0-9]+")


#: Values of an MCP call's state keys that name an act, as the word a user says for it.
_STATE_KEYS = ("state", "status", "state_event", "transition", "action", "event", "state_reason")
_STATE_WORDS = {"closed": "close", "close": "close", "done": "close", "archived": "archive", "archive": "archive",
                "deleted": "delete", "merged": "merge", "merge": "merge", "cancelled": "cancel", "canceled": "cancel",
                "rejected": "reject", "resolved": "resolve", "published": "publish", "locked": "lock"}  # fmt: skip


def _mcp_said(words: list[str], inp: object) -> set[str]:
    """The words a boundary may name an MCP call by: the tool's own verb words and the act its state value says."""

    out = {SAID + w for w in words}
    if isinstance(inp, dict):
        for k in _STATE_KEYS:
            v = inp.get(k)
            if isinstance(v, str) and v.strip().lower() in _STATE_WORDS:
                out.add(SAID + _STATE_WORDS[v.strip().lower()])
    return out


_IDENT = lazyre.compile(r"[A-Za-z_][A-Za-z0-9_.-]{2,}")


def _removed_names(a: Analysis) -> set[str]:
    """The names an Edit takes out of a file (in its old text, not in its new): what it acts on, for boundaries."""
    if a.action.tool not in ("Edit", "MultiEdit"):
        return set()
    inp = a.action.input
    pairs = [(e.get("old_string"), e.get("new_string")) for e in inp.get("edits") or () if isinstance(e, dict)]
    pairs.append((inp.get("old_string"), inp.get("new_string")))
    out: set[str] = set()
    for old, new in pairs:
        if isinstance(old, str) and isinstance(new, str) and len(old) <= 20_000:
            kept = set(_IDENT.findall(new))
            out |= {w.lower() for w in _IDENT.findall(old) if w not in kept and ("_" in w or "-" in w or len(w) >= 6)}
            gone = set(_KEY.findall(old)) - set(_KEY.findall(new))  # a block's key: `prod:`, `[staging]`
            out |= {w.lower() for w in gone if w not in kept}
    return out


def _removed_envs(removed: set[str]) -> frozenset[str]:
    """The environments whose blocks an Edit takes out ("keep prod, only staging goes" and a `prod:` block removed)."""
    out = {env for env, markers in ENV_MARKERS.items() if env != "local" and removed & markers}
    return frozenset(out) if len(out) == 1 else frozenset()


_KEY = lazyre.compile(r"(?m)^\s*[\[\"']?([A-Za-z][\w.-]{1,40})[\]\"']?\s*[:=\]]")


def _subcommand_classes(a: Analysis) -> set[str]:
    """The request-verb classes a control command's own subcommand words name: "don't switch yet" covers
    `nixos-rebuild switch`, "don't sync it" `argocd app sync`, whatever verb the tool's table gives the command
    (reads excepted: "get" and "show" name no change)."""
    details = [e.detail for e in a.effects if e.kind == "control" and e.verb and e.verb != "read" and e.detail]
    if not details:
        return set()

    out: set[str] = set()
    for cmd in a.commands:
        text = cmd.text or ""
        if not text or not any(text in d or d in text for d in details):
            continue
        pos = [w.value.lower() for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")][:2]
        for w in pos:
            out |= VERB_CLASSES_OF.get(w, frozenset()) - {"read"}
            out.add(SAID + w)
        for w in _deeper_verbs(cmd):  # `gcloud iam service-accounts keys delete`, `aws iam delete-access-key`
            out |= VERB_CLASSES_OF.get(w, frozenset()) & _DEEP_CLASSES
            out.add(SAID + w)
        for w in _option_acts(cmd):  # `arduino-cli compile --upload`: "don't upload/flash it" covers the option's act
            out |= VERB_CLASSES_OF.get(w, frozenset()) - {"read"}
            out.add(SAID + w)
        if "publish" in out and pos and pos[0] in ("release", "releases"):
            from automode.knowledge.publish import act

            p = act(cmd)  # `gh release create --draft`: "release" names the object; a draft publishes nothing
            if p is not None and p.dest in ("draft", "dry"):
                out.discard("publish")
    return out


#: The classes a verb deeper in a control command's path gives (session 26, Q4: "don't delete the old key yet" and
#: `gcloud iam service-accounts keys delete`: the act is the path's verb wherever it stands).
_DEEP_CLASSES = frozenset({"delete", "create", "publish", "kill", "reset"})
#: A word of a command's path that is a name, not a sub-command (an id, a host, a file, a value).
_NAMEISH = lazyre.compile(r"[\d.@/:=]")


def _deeper_verbs(cmd: Command) -> list[str]:
    """The verbs of a control command's path past its first two words (up to four words, until a name), and the verb
    that opens a hyphenated one (`delete-access-key`, `create-service-account-key`)."""
    out: list[str] = []
    for i, word in enumerate(cmd.argv[1:5]):
        w = word.value.lower()
        if word.dynamic or w.startswith("-") or _NAMEISH.search(w):
            break
        if i >= 2:
            out.append(w)
        head = w.split("-", 1)[0]
        if "-" in w and head != w and head in VERB_CLASSES_OF:
            out.append(head)
    return out


def _assigned_envs(a: Analysis) -> frozenset[str]:
    """Environments a command's variables select (`MIX_ENV=prod`, `DATABASE_URL="$PROD_DATABASE_URL"`,
    `DJANGO_SETTINGS_MODULE=app.settings.production`): the program runs against that environment."""
    out: set[str] = set()
    for cmd in a.commands:
        for _, w in cmd.assigns[:16]:
            parts = set(_PARTS.split(w.value.lower()[:200]))
            out.update(env for env, markers in ENV_MARKERS.items() if env != "local" and parts & markers)
    return frozenset(out) if len(out) == 1 else frozenset()


#: Long options whose word names an act the command does besides its subcommand (session 23, N4), with the other
#: words users name that act by: `arduino-cli compile --upload` flashes the board.
_OPTION_ACTS: dict[str, tuple[str, ...]] = {"upload": ("upload", "flash"), "flash": ("flash", "upload"),
                                            "push": ("push",), "publish": ("publish",), "deploy": ("deploy",)}


#: Short spellings of those options, per program.
_SHORT_ACTS: dict[str, dict[str, str]] = {"arduino-cli": {"-u": "upload"}}


def _option_acts(cmd: Command) -> list[str]:
    out: list[str] = []
    short = _SHORT_ACTS.get(cmd.name, {})
    for w in cmd.argv[1:]:
        v = w.value
        if not w.dynamic and v.startswith("--"):
            out += _OPTION_ACTS.get(v[2:].split("=", 1)[0].lower(), ())
        elif not w.dynamic and v in short:
            out += _OPTION_ACTS.get(short[v], ())
    return out

