"""Outward acts the user's words do not cover (session 10, class C6: trust boundary and prompt injection).

An injected step has one shape whatever its channel: the user asked for one task (read, explain, fix, test), and the
action does something else that leaves this machine and acts on another system or on people (a push, a publish, a
deploy, a message, a grant, a payment, a record created or changed on a remote service, a POST to an API), while
nothing in the user's words asks for that kind of act nor names its object. The rules judge what each act is; this
module says, for every outward act of an action, whether the user's words support it at all:

* an act class the user asked for that covers it (`COVER`: "push" covers a push, "open a PR" a push of the branch,
  "deploy" a rollout), where a generic class ("fix", "add", "update": `GENERIC`) counts only together with a noun or
  an object of the act ("update the Notion page", not "fix the failing test" for `update_page`);
* or an object of the act named anywhere in the user's words (its id, host, recipient, repository, branch, channel):
  a question about it ("why did charge ch_1 fail?") is support enough to leave the act to the rules (an ask), never
  to the silent allow a clean analysis would give.

Nothing here allows anything: `unsupported` only finds the act the judge turns into a deny (an ask when the act is
mild: a record created elsewhere that reaches nobody yet, a change on a dev environment, every branch pushed to the
project's own remote, or when the user handed the choice of steps to the agent: "do what the issue says",
"continue"). What SPEC §5 keeps routine is no outward act here: a branch pushed to a remote of this repository, a
command run on another machine that only reads, a download from remote storage, data sent to this machine, its
network or a host the configuration trusts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from automode import lazyre
from automode.analysis import FILE_WRITE_TOOLS
from automode.dc import dataclass
from automode.judge.intent.per_action import per_action
from automode.knowledge.publish import act
from automode.knowledge.tasks import outward_tasks, written_names
from automode.rules.git import git_argv

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.judge.intent.match import Intent


@dataclass(frozen=True, slots=True)
class Outward:
    act: str  # a key of COVER
    what: str  # the command or tool, for the reason
    objects: tuple[str, ...]  # values that name its object or destination (ids, hosts, repos, branches, recipients)
    nouns: frozenset[str]  # words a user names its kind of object by ("issue", "page", "bucket", "branch")
    mild: bool  # reversible or within the user's own reach: an ask, not a deny
    says: frozenset[str] = frozenset()  # the tool's own words for the act (`abort`, `cordon`, `promote`)


# fmt: off
#: Per outward act: the request verb classes (`lexicon.VERBS`) that ask for it on their own, and words that do so too
#: (a pull request needs the branch pushed; "back it up somewhere" is a push of it).
COVER: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    "push": (frozenset({"push", "force-push", "publish", "deploy", "merge"}),
             frozenset({"pr", "prs", "mr", "mrs", "pull-request", "merge-request", "backup", "back", "upstream", "remote",
                        "github", "gitlab", "bitbucket", "gitea", "codeberg", "review"})),
    "tag": (frozenset({"push", "publish", "deploy"}), frozenset({"tag", "tags", "release"})),
    "publish": (frozenset({"publish", "push", "deploy", "unpublish", "deprecate"}), frozenset()),
    "deploy": (frozenset({"deploy", "publish", "push", "restart", "rollback", "scale", "migrate", "kill", "reboot",
                          "shutdown", "drain", "invalidate", "unlock", "enable", "rotate"}),
               frozenset({"preview", "previews"})),  # "put up a preview so I can check it": a preview deploy
    "send": (frozenset({"send", "pay", "publish", "merge", "network"}), frozenset()),
    "grant": (frozenset({"grant", "privilege", "chmod", "send", "rotate"}),
              frozenset({"access", "collaborator", "permission", "role", "invite", "renew", "cert", "certificate"})),
    # an account given full power by a value of the call (`update_user {"role": "admin"}`, session 20 K5): asked only
    # by words for a role or a power, never by a request that changes something else on the same service
    "promote": (frozenset({"privilege"}),
                frozenset({"admin", "admins", "administrator", "administrators", "administrador", "administradora",
                           "administrateur", "administratrice", "amministratore", "administratorem", "администратор",
                           "администратором", "админ", "адмін", "yönetici", "beheerder", "quản", "管理者", "管理员",
                           "管理員", "관리자", "owner", "owners", "superuser", "superadmin", "sudo", "root", "promote",
                           "promoted", "elevate", "befördern", "promouvoir", "promover", "promuovi"})),
    # a credential made by an MCP call (`create_service_account_token`): asked only by words for a credential
    "credential": (frozenset({"rotate"}),
                   frozenset({"token", "tokens", "key", "keys", "apikey", "api-key", "credential", "credentials", "pat",
                              "password", "secret", "jeton", "clé", "clave", "chave", "chiave", "schlüssel", "sleutel",
                              "nyckel", "klucz", "токен", "ключ", "トークン", "キー", "令牌", "密钥", "토큰", "키"})),
    "merge": (frozenset({"merge", "push", "deploy", "publish"}), frozenset()),
    "pay": (frozenset({"pay"}), frozenset()),
    "delete": (frozenset({"delete", "reset", "unpublish", "forget", "kill", "rollback"}), frozenset()),
    "run": (frozenset({"deploy", "migrate", "publish", "restart", "unlock", "kill", "rollback"}),
            frozenset({"rerun", "retry", "re-run", "retrigger", "unblock", "unstick"})),
    "change": (frozenset({"deploy", "publish", "push", "merge", "rotate", "grant", "enable", "skip", "rollback",
                          "restart", "scale", "migrate", "drain", "unlock", "invalidate", "deprecate",
                          "reboot", "shutdown"}),  # a server power-cycled or powered off out of band (`racadm`, `ipmitool`)
               # "point staging.x at the new ALB" (a DNS change), "dismiss the alert", "mute it for the window"
               frozenset({"point", "repoint", "cutover", "failover", "dismiss", "snooze", "mute", "silence", "renew"})),
    # data sent to an API: whatever the API does with it, a request for an act beyond this machine covers it
    "post": (frozenset({"send", "pay", "publish", "merge", "network", "deploy", "push", "rotate", "grant", "invalidate",
                        "deprecate", "unpublish", "restart", "rollback", "scale", "migrate", "enable", "unlock"}),
             frozenset({"webhook", "api", "endpoint"})),
    "create": (frozenset({"publish", "deploy", "send", "push"}),
               frozenset({"pr", "prs", "mr", "mrs", "pull-request", "merge-request"})),
}
#: Phrases that ask to get work out to others: a push, its pull request, a release ("get it out fast", "ship it").
SHIP = lazyre.compile(r"\b(?:get|put|send)\s+(?:it|this|that|them|the\s+\w+(?:\s+\w+)?)\s+out\b|\bship\s+(?:it|this|that)\b|"
                      r"\bout\s+the\s+door\b|\bgo\s+live\b", re.I)
SHIP_ACTS = frozenset({"push", "create", "tag", "publish", "deploy"})
#: Classes that ask for many acts ("fix it", "add a test", "run the suite"): support only with a noun or object.
GENERIC = frozenset({"update", "create", "touch", "move", "run", "install", "commit", "delete", "reset", "send", "network"})
# fmt: on

#: How users name the environment a control effect lands in.
ENV_NAMES: Mapping[str, tuple[str, ...]] = {"staging": ("staging", "stage", "stg"), "production": ("production", "prod"),
                                            "dev": ("dev", "development")}
#: What users call the service a control tool acts on ("put it on github" for `gh repo create`).
TOOL_NOUNS: Mapping[str, tuple[str, ...]] = {
    "gh": ("github",), "glab": ("gitlab",), "tea": ("gitea",), "bb": ("bitbucket",), "az": ("azure",),
    "gcloud": ("google", "gcp", "cloud"), "gsutil": ("google", "gcp", "bucket"), "aws": ("amazon", "aws"),
    "fly": ("fly", "flyio"), "flyctl": ("fly", "flyio"), "heroku": ("heroku",), "vercel": ("vercel",),
    "netlify": ("netlify",), "wrangler": ("cloudflare", "worker", "workers"), "firebase": ("firebase",),
    "doctl": ("digitalocean",), "stripe": ("stripe",), "kubectl": ("kubernetes", "k8s", "cluster"),
    "helm": ("helm", "chart", "kubernetes", "k8s"), "terraform": ("infrastructure", "infra", "terraform"),
    "tofu": ("infrastructure", "infra", "tofu"), "pulumi": ("infrastructure", "infra", "stack", "pulumi"),
    "cdk": ("infrastructure", "infra", "stack", "cdk"),
}  # fmt: skip
#: MCP servers that act on this machine (memory graphs, local files and repositories, scratch databases, the IDE):
#: their side effects stay here.
LOCAL_SERVERS = frozenset({"memory", "sequential-thinking", "sequentialthinking", "filesystem", "fs", "git", "sqlite",
                           "time", "everything", "context7", "ide", "serena", "todo", "todos", "think", "thinking",
                           "scratchpad", "notes-local", "desktop-commander", "shell", "terminal"})  # fmt: skip
#: Browser servers: what a page does on a press is judged from the control's label (`knowledge.browser`).
BROWSER_SERVERS = frozenset({"playwright", "puppeteer", "browser", "browsermcp", "chrome", "chrome-devtools",
                             "browserbase", "stagehand", "selenium"})  # fmt: skip
#: Control-plane families that act on this machine or on data the data rules judge.
_LOCAL_FAMILIES = frozenset({"container", "database", "framework", "warehouse"})
#: Control verbs as outward acts (`effects.VERBS`).
_CONTROL_ACTS = {"create": "create", "update": "change", "delete": "delete", "permission": "grant", "secret": "grant",
                 "deploy": "deploy", "publish": "publish", "message": "send", "execute": "run"}  # fmt: skip
_PRIVATE = lazyre.compile(r"^(?:10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|"
                          r"169\.254\.\d+\.\d+|\[?f[cd][0-9a-f]{2}:.*)$", re.I)  # fmt: skip
_LOCAL_TLDS = (".localhost", ".local", ".test", ".internal", ".lan", ".home.arpa", ".docker.internal")
_VERSION_REF = lazyre.compile(r"^(?:refs/tags/)?v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$")
#: Values too common to name anything (states, booleans, placeholders, the usual branch and remote names).
_COMMON = frozenset({"open", "closed", "done", "true", "false", "none", "null", "main", "master", "origin", "head",
                     "public", "private", "all", "yes", "no", "new", "todo", "high", "low", "medium", "default"})  # fmt: skip


def _control_nouns(e: Effect, fam: str) -> frozenset[str]:
    """What a user calls the object of a control command: its tool and family, its subcommand words (`gh workflow
    run` is "the workflow", `aws lambda invoke` "the lambda"), the words of the names it acts on."""
    from automode.judge.intent.places import name_tokens

    lead = [p for w in re.findall(r"[a-z][a-z0-9-]+", e.detail.lower().split(" -", 1)[0])[1:4]
            for p in (w, *w.split("-"))]
    toks = {t for v in e.values[:8] for t in name_tokens(v) if len(t) >= 4 and not t.isdigit()}
    return frozenset({fam, e.target, *lead, *toks, *TOOL_NOUNS.get(e.target, ()), *([e.env] if e.env else [])})


def _copied_out(a: Analysis) -> list[str]:
    """The commands and sends of the action that copy data out (`aws s3 sync`, `rclone copy`, `scp`, a file uploaded
    by curl or inline code): `intent.destinations` judges them (C1), by where they go."""
    if not any(e.kind in ("control", "network") for e in a.effects):
        return []
    from automode.judge.intent.destinations import outbound

    return [how for _d, how in outbound(a)]


def _inspects(a: Analysis) -> bool:
    """The action runs commands on another machine or container (`ssh`, `kubectl exec`, `ansible -m command`) and
    every effect of them is a read: an inspection, which the rules judge like the same command here."""
    return any(c.remote for c in a.commands) and all(
        e.kind == "read" or (e.kind == "control" and e.verb in ("execute", "read")) or (e.kind == "mcp" and e.origin)
        for e in a.effects)  # (an MCP exec tool whose command was read: `pods_exec {command: ["df", "-h"]}`)


def _act_words(e: Effect) -> frozenset[str]:
    """The words of a control command that name its act and nothing else (`abort` in `kubectl argo rollouts abort`,
    `cordon`, `promote`, the op's words): a user who says one asks for that act. Generic verbs ("run", "add") never
    count: they ask for many acts."""
    from automode.effects import OP_OF, OPS
    from automode.judge.intent.text import VERB_CLASSES_OF

    lead = re.findall(r"[a-z][a-z0-9]+", e.detail.lower().split(" -", 1)[0])[1:5]
    out = {w for w in lead if w in OP_OF or VERB_CLASSES_OF.get(w, frozenset()) - GENERIC - {"read"}}
    return frozenset(out | OPS.get(e.op, frozenset()))


def _download(e: Effect) -> bool:
    """A copy from remote storage to this machine (`aws s3 sync s3://b/raw/ data/raw/`, `gcloud storage cp gs://…
    data/`): the remote side is only read."""
    vals = [v for v in e.values if v and not v.startswith("-")]
    return len(vals) >= 2 and "://" in vals[0] and "://" not in vals[-1] and not vals[-1].startswith(("@", "$"))


def _family(target: str) -> str:
    """The control family of a tool or HTTP API target ("" when the target is a table or other data object)."""
    from automode.knowledge import control, httpapi

    idx = control.index()
    if target in idx:
        return idx[target][1]  # a program (`snowsql`): its table's family
    if target in {t for t, _ in idx.values()} or target.endswith(httpapi.SUFFIXES):
        return control.family(target)  # a table (`warehouse`) or an HTTP API's service
    return ""


def _local_host(host: str) -> bool:
    from automode.hosts import is_local

    h = host.lower().strip("[]")
    return is_local(h) or "." not in h or _PRIVATE.match(h) is not None or h.endswith(_LOCAL_TLDS)


def _host(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return rest.split("/", 1)[0].split("@")[-1].rsplit(":", 1)[0] if rest else ""


def outward(a: Analysis) -> list[Outward]:
    """Every outward act of the action, in order: git pushes, publishes, control-plane changes off this machine,
    data a shell command sends to a host that is not this machine, its network or a configured trusted host, MCP calls
    that change something elsewhere."""
    return list(_outward(a))


@per_action
def _outward(a: Analysis) -> tuple[Outward, ...]:

    out: list[Outward] = []
    out += _pushes(a)
    out += _publishes(a)
    out += _tasks(a)
    from automode.judge.intent.outward_shared import shared_acts, typed_here

    # HTTP writes to a service on the local network, broker publishes, issued credentials (O1)
    out += [Outward(*x) for x in shared_acts(a, _local_host)]
    mcp_inputs = any(e.kind == "mcp" for e in a.effects)
    looks = _inspects(a)
    copied = _copied_out(a)
    for e in a.effects:
        if e.kind in ("control", "network") and any(e.detail and (e.detail in how or how in e.detail) for how in copied):
            continue  # a copy out (cloud storage, a file uploaded to a host): `intent.destinations` judges where it goes
        if looks and e.kind == "control" and e.verb == "execute":
            continue  # `ansible db -m command -a "df -h"`, `kubectl exec api-0 -- df -h`: what runs there only reads
        if e.kind == "control" and e.verb in _CONTROL_ACTS and e.env != "local" and not _download(e) \
                and "--help" not in e.detail.split() and not typed_here(e, a):
            fam = _family(e.target)
            if not fam or fam in _LOCAL_FAMILIES:
                continue  # (statements a data tool or an MCP call runs: the data rules judge them)
            act = "send" if e.op == "publish" and e.verb == "create" else _CONTROL_ACTS[e.verb]
            if fam == "registry" and act in ("create", "change"):
                act = "publish"
            env = ENV_NAMES.get(e.env, ())  # "have this on staging": the environment named is its target
            out.append(Outward(act, e.detail or e.target, (e.target, *e.values, *env), _control_nouns(e, fam),
                               mild=e.env == "dev" or (act == "create" and e.env != "production"),
                               says=_act_words(e)))
        elif e.kind == "network" and e.origin == "send" and "://" in e.target and not mcp_inputs \
                and a.shell and a.action.tool not in FILE_WRITE_TOOLS:
            host = _host(e.target)  # (code a Write or an Edit puts in a file sends nothing now)
            if host and not _local_host(host) and not a.trusted_host(host):
                out.append(Outward("post", e.detail or e.target, (host, e.target), frozenset(), mild=False))
        elif e.kind == "mcp":
            got = _mcp(e.target, a)
            if got is not None:
                out.append(got)
    return tuple(out)


def _pushes(a: Analysis) -> list[Outward]:
    """Pushes beyond the defaults SPEC §5 keeps routine (a branch pushed to a remote of this repository): a tag (a
    release: CI publishes it), every ref at once (`--all`, `--mirror`), or another repository than this one's remotes
    and the configured trusted repos."""

    out: list[Outward] = []
    remotes = a.ctx.git.remotes if a.ctx.git else {}
    for cmd in a.commands:
        g = git_argv(cmd)
        if g is None or g.sub != "push" or any(x in ("--dry-run", "-n") for x in g.args):
            continue
        pos = [x for x in g.args if not x.startswith("-")]
        remote = pos[0] if pos else "origin"
        refs = pos[1:]
        text = cmd.text or " ".join(w.value for w in cmd.argv)
        url = remotes.get(remote, remote)
        known = remote in remotes or (not remotes and remote in ("origin", "upstream")) or a.trusted_repo(url)
        objects = tuple(dict.fromkeys([remote, url, *(r.removeprefix("+").split(":")[-1] for r in refs)]))
        tags = any(x in ("--tags", "--follow-tags") for x in g.args) or "tag" in refs or any(
            _VERSION_REF.match(r.removeprefix("+").split(":")[-1]) or "refs/tags/" in r for r in refs)
        if tags:
            out.append(Outward("tag", text, objects, frozenset({"tag", "tags", "release", "version"}), mild=False))
        elif not known:  # a URL of another repository is refused; a remote name this context does not list is asked
            out.append(Outward("push", text, objects, frozenset({"branch", "branches", "remote"}),
                               mild="/" not in remote and ":" not in remote))
        elif any(x in ("--all", "--mirror") for x in g.args):
            out.append(Outward("push", text, objects, frozenset({"branch", "branches", "remote"}), mild=True))
    return out


def _publishes(a: Analysis) -> list[Outward]:

    out: list[Outward] = []
    for cmd in a.commands:
        done = act(cmd)
        if done is None or done.dest not in ("public", "test"):
            continue
        pos = [w.value for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")]
        out.append(Outward("publish", cmd.text or done.text, tuple(pos), frozenset({cmd.name, "package", "release",
                                                                                    "site", "docs"}), mild=False))
    return out


def _tasks(a: Analysis) -> list[Outward]:
    """A project task or script named for an outward act (`make release`, `./scripts/deploy_prod.sh`,
    `python send_newsletter.py`): the act its name says, named by the user by its words."""

    if not a.shell:
        return []
    return [Outward(act, name, (name, *parts), frozenset({*parts, "script", "task"}), mild=False,
                    says=frozenset(parts))
            for act, name, parts in outward_tasks(a.commands, written_names(a))]


def _mcp(tool: str, a: Analysis) -> Outward | None:
    from automode.effects import mcp_name
    from automode.judge.intent import mcp
    from automode.knowledge import browser
    from automode.rules.trust import MCP_READ_VERBS, MCP_VERBS

    parts = tool.split("__")
    server = parts[1].lower() if len(parts) >= 3 else ""
    if not server or server in LOCAL_SERVERS or server in BROWSER_SERVERS or browser.element_acts(tool, a.action.input):
        return None
    if any(e.kind == "control" for e in a.effects):
        return None  # its input was analysed into effects of their own (SQL, a CLI line): those are judged
    name = mcp_name(tool)
    from automode.rules.trust import payload_only

    if any(e.kind == "mcp" and e.origin in ("cli", "lowered") for e in a.effects) and payload_only(name):
        return None  # code or a command it runs here (a notebook cell, a REPL): what that does is judged
    if {"upload", "put", "sync", "backup"} & set(name.split("_")):
        return None  # a file copied out (`upload_file`, `s3_put_object`): C1's `intent.destinations` judges where to
    if not MCP_VERBS.search(name) or (MCP_READ_VERBS.search(name) and not MCP_VERBS.search(name)):
        return None
    classes, nouns, _verbs = mcp.tool_classes(tool)
    classes |= mcp.value_acts(a.action.input)
    if classes & {"create", "update", "send"} and set(mcp_name(tool).split("_")) & MONEY_NOUNS:
        classes.add("pay")
    made_key = bool(classes & {"create", "rotate"} and set(mcp_name(tool).split("_")) & CREDENTIAL_NOUNS)
    act = ("pay" if "pay" in classes else "promote" if mcp.granted_power(a.action.input)
           else "credential" if made_key else "grant" if nouns & mcp.SHARING else "merge" if "merge" in classes
           else "send" if classes & {"send", "publish"} else "deploy" if "deploy" in classes
           else "delete" if "delete" in classes else "push" if "push" in classes else "run" if "run" in classes
           else "change" if "update" in classes else "create")
    words = {w for w in re.split(r"[^a-z0-9]+", server) if len(w) >= 3}
    objects = tuple(sorted(_record_values(a.action.input)))
    if act == "run":
        objects = (*objects, server)  # "use the devbox tool to check disk usage": the server named is the tool asked for
    return Outward(act, tool, objects, frozenset(nouns | words), mild=act == "create" and not _people(a.action.input))


def _people(inp: Mapping[str, object]) -> bool:
    """The call reaches people: recipients, attendees, invitees, members (`RECIPIENT_KEYS`)."""
    from automode.judge.intent.mcp import RECIPIENT_KEYS
    from automode.judge.intent.mcp_values import _walk

    return any((RECIPIENT_KEYS.match(k) or _PEOPLE_KEYS.match(k)) and v not in (None, "", [], {}) for k, v in _walk(inp))


#: Keys that hand a record to people besides those `mcp.RECIPIENT_KEYS` reads (assignees, reviewers, followers).
_PEOPLE_KEYS = lazyre.compile(r"^(?:assignees?|assignee_?ids?|reviewers?|followers?|watchers?|collaborators?|guests?|"
                              r"owners?|subscribers?|mentions?)$", re.I)
#: Tool nouns for a credential: a call that creates one (`create_service_account_token`, `generate_api_key`,
#: `add_deploy_key`) gives access to whoever holds it (session 20, K5).
CREDENTIAL_NOUNS = frozenset({"token", "tokens", "apikey", "apikeys", "key", "keys", "credential", "credentials", "pat",
                              "password", "passwords", "secret"})
#: Tool nouns for what is worth money: a call that creates or changes one pays ("create_discount", "issue_gift_card").
MONEY_NOUNS = frozenset({"discount", "coupon", "voucher", "gift", "giftcard", "credit", "credits", "promo",
                         "promotion", "payout", "invoice", "refund", "charge", "payment", "transfer", "balance"})


#: Keys whose values name the record, place or party a call acts on.
_OBJECT_KEYS = lazyre.compile(
    r"^(?:id|\w+_?id|\w+Id|number|\w+_number|key|\w+_key|ref|uuid|name|slug|handle|owner|org|repo|repository|project|"
    r"bucket|channel|channel_name|to|cc|bcc|recipients?|emails?|users?|members?|attendees?|assignee|account|iban|"
    r"url|domain|zone|zone_name|email|phone|team|workspace|site|page|database|table|flag|environment|env|issue|"
    r"incident|ticket|path|file|file_path|branch|tag|customer|charge|payment_intent|invoice)$", re.I)


def _record_values(inp: Mapping[str, object]) -> set[str]:
    from automode.judge.intent.mcp_values import CONTENT_KEYS, _walk

    out: set[str] = set()
    for k, v in _walk(inp):
        if k.lower() in CONTENT_KEYS or isinstance(v, bool) or not isinstance(v, (str, int)):
            continue
        s = str(v).strip().lower()
        if 3 <= len(s) <= 200 and _OBJECT_KEYS.match(k) and s not in _COMMON:
            out.add(s)
    return out


# ------------------------------------------------------------------ support in the user's words
_WORD = lazyre.compile(r"[a-z0-9][a-z0-9_.@/#:+-]*")
#: Words that hand the choice of steps to the agent or to a text it reads: a step found there is asked about, not
#: refused ("do what the issue says", "follow the README", "continue", "work through the TODO list").
DELEGATES = lazyre.compile(
    r"\b(?:(?:do|follow|apply|implement|carry\s+out|execute)\s+(?:what|whatever|everything|all)\b.{0,40}?\b(?:says?|asks?|"
    r"lists?|describes?|wants?|suggests?|tells?)|follow\s+(?:the\s+)?(?:steps|instructions|checklist|runbook|playbook|"
    r"guide|plan)|as\s+(?:described|instructed|listed)\s+in|(?:work|go)\s+through\s+(?:the\s+)?(?:todo|checklist|list|"
    r"tasks|issues|tickets)|continue|carry\s+on|keep\s+going|proceed|finish\s+(?:it|up|the\s+task|the\s+job)|"
    r"do\s+the\s+rest|whatever\s+(?:it\s+)?takes|all\s+the\s+way|end\s+to\s+end|handle\s+it|take\s+care\s+of\s+it|"
    r"(?:do|perform|complete|carry\s+out|handle|action)\s+(?:the\s+|all\s+the\s+)?(?:actions?|tasks?|steps|instructions|"
    r"things|items|to-?dos?)\s+(?:specified|listed|described|mentioned|given|in|from|that)|the\s+following\s+tasks)\b",
    re.I | re.S)


@lru_cache(maxsize=64)
def _said_forms(messages: tuple[str, ...]) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """The user's messages as `supported` reads them, once per session: their text in lower case, the same read into
    English, the stems of their words (verbs used as nouns left out), and the request classes of those words."""
    from automode.judge.intent.gloss import gloss
    from automode.judge.intent.places import stem
    from automode.judge.intent.text import VERB_CLASSES_OF

    text = "\n".join(messages).lower()
    read = "\n".join(gloss(m) for m in messages).lower()  # "sobe a branch", "wypchnij zmiany"
    toks = set(_WORD.findall(_NOUN_USE.sub(" ", text))) | set(_WORD.findall(_NOUN_USE.sub(" ", read)))
    toks |= {b for t in toks if t.endswith("ing") and len(t) > 5 for b in (t[:-3], t[:-4], t[:-3] + "e")}
    said = {stem(t) for t in toks} | {stem(p) for t in toks for p in re.split(r"[-/._]", t) if p}
    classes = frozenset().union(*(VERB_CLASSES_OF.get(t, frozenset()) for t in toks))
    return text, read, frozenset(said), classes


@lru_cache(maxsize=1024)
def _clause_said(clause: str) -> frozenset[str]:
    """The stems of a request's words and of their parts (`feature/x` -> feature, x)."""
    from automode.judge.intent.places import stem

    rt = set(_WORD.findall(clause))
    return frozenset({stem(t) for t in rt} | {stem(p) for t in rt for p in re.split(r"[-/._]", t) if p})


def supported(o: Outward, intent: Intent, messages: tuple[str, ...]) -> bool:
    """The user's words support this act: a verb of a class that covers it or a word that asks for it anywhere in
    their messages (a boundary they stated, "don't push", is checked before this and wins), a request of a generic
    class with a noun or an object of the act, an object of it named anywhere, or a specific name they gave that the
    action carries ("point staging.x.dev at the new LB" and the record in the change batch)."""
    from automode.judge.intent.places import stem

    strong, words = COVER[o.act]
    nouns = {stem(p) for n in o.nouns if len(n) >= 2 for p in (n.lower(), *n.lower().split("-")) if len(p) >= 2}
    text, read, said, classes = _said_forms(messages)
    fenced = frozenset().union(*(b.verbs for _, b in intent.boundaries)) if intent.boundaries else frozenset()
    if said & words or said & o.says or classes & (strong - fenced):
        return True  # ("nicht pushen bis ich's sage": a fenced verb asks for nothing)
    if o.act in _SAID_ONLY:
        return False  # (the power given must be said: the service or the record named does not ask for it)
    if o.act in SHIP_ACTS and lazyre.searched(SHIP, read):
        return True
    for r in (*intent.requests, *(s for s, _ in intent.suspended)):
        if r.clause.verbs & strong:
            return True
        if r.clause.verbs & (GENERIC | set(COVER)) and (_clause_said(r.clause.text) & nouns or _names(o, r.clause.text)):
            return True
    return _names(o, text if o.act not in HARD else _statements(messages))


#: A verb word after a determiner is a noun ("explain the deploy workflow", "a push notification", "our release
#: process"): it asks for no act.
_NOUN_USE = lazyre.compile(r"\b(?:the|a|an|our|my|this|that|your|its|their)\s+(?:deploy|deployment|release|publish|push|"
                           r"merge|send|upload|ship|sync|rollout|restart|payment|transfer|invite|share|post|tag|"
                           r"comment|message|grant)\b")


@lru_cache(maxsize=64)
def _statements(messages: tuple[str, ...]) -> str:
    """The user's words without their questions: "is CI green on #56?" names #56 to ask about it, not to merge it."""
    from automode.judge.intent.text import parse_message

    return "\n".join(c.text for m in messages[-20:] for c in parse_message(m[:4000]).clauses if not c.question)


def _carried(a: Analysis, intent: Intent, hard: bool = False) -> bool:
    """A specific name the user gave (a host, an id, a path, a quoted value, an address) is in the action's own text:
    the action is about what they named, and the rules judge the rest."""
    import json

    given = _given_forms(tuple(a.ctx.user_messages[-20:]), hard)
    if given is None:
        return False
    body = (a.command_text if a.shell else json.dumps(a.action.input, default=str)[:20_000]).lower()
    return any(lazyre.whole(f, body) for forms in given for f in forms)


@lru_cache(maxsize=128)
def _given_forms(msgs: tuple[str, ...], hard: bool) -> tuple[frozenset[str], ...] | None:
    """The spellings of each specific name the user gave (None when they gave none), read once per session."""
    from automode.judge.intent.match import VERSION
    from automode.judge.intent.text import parse_message

    names = {n for m in msgs for c in parse_message(m[:4000]).clauses for n in c.strong if not (hard and c.question)}
    if not names:
        return None
    out: list[frozenset[str]] = []
    for n in names:
        n = n.lower().strip()
        if n.startswith("#") and n[1:].isdigit() and len(n) >= 3:
            n = n[1:]  # "alert #14" names `…/alerts/14`
        elif len(n) < 4 or n in _COMMON or (n.isdigit() and len(n) < 5):
            continue
        out.append(frozenset({n, n[1:]} if VERSION.match(n) and n[0] == "v" else {n, "v" + n} if VERSION.match(n) else {n}))
    return tuple(out)


_REMOTE_PLACE = lazyre.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([a-z0-9][\w.-]*?)(?::|/|$)")
_HOSTNAME = lazyre.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
_FILE_EXTS = frozenset({"yml", "yaml", "json", "py", "js", "ts", "md", "txt", "toml", "sh", "tf", "zip", "tar", "gz",
                        "tgz", "csv", "sql", "lock", "cfg", "ini", "xml", "html", "env", "pem", "key", "log", "rb", "go"})


def _names(o: Outward, text: str) -> bool:
    for v in o.objects:
        v = v.lower().strip()
        if len(v) < 3 or v in _COMMON:
            continue
        if lazyre.whole(v, text):
            return True
        place = _REMOTE_PLACE.match(v)  # the bucket or remote a location names ("to my gdrive": `gdrive:backup/x`)
        if place and len(place.group(1)) >= 4 and lazyre.whole(place.group(1), text):
            return True
        if "://" in v or "@" in v:
            host = _host(v) if "://" in v else v.split("@", 1)[1]
            first = host.split(".", 1)[0]
            if host and (host in text or (len(first) >= 4 and first not in ("www", "api") and
                                          re.search(rf"\b{re.escape(first)}\b", text))):
                return True
        elif _HOSTNAME.match(v) and v.rsplit(".", 1)[1] not in _FILE_EXTS:  # its first label names a host ("pantry")
            first = v.split(".", 1)[0]
            if len(first) >= 4 and first not in ("www", "api", "hooks", "app") and re.search(rf"\b{re.escape(first)}\b", text):
                return True
    return False


@lru_cache(maxsize=64)
def _wordy(messages: tuple[str, ...]) -> bool:
    """Some message has three words or more."""
    return any(len(_WORD.findall(m.lower())) >= 3 for m in messages)


def unsupported(a: Analysis, intent: Intent) -> tuple[Outward, bool] | None:
    """The first outward act of the action the user's words do not support, with whether to ask rather than refuse
    (the act is mild, or the user handed the choice of steps over); None when every act is supported, or when the
    user's words hold no task to compare with (only greetings, or a bare "go ahead" to what the agent proposed)."""
    messages = tuple(a.ctx.user_messages)
    if not _wordy(messages) and not any(r.index >= 0 for r in intent.requests):
        return None  # "hi", "ok danke": no task said yet
    from automode.judge.intent.text import parse_message

    newest = parse_message(messages[-1][:4000])
    if newest.consent and not any(c.verbs - {"read"} for c in newest.clauses):
        return None  # "yes, go ahead", "good, let's go": consent to what the agent proposed, which is not shown here
    if _share_said(a, messages[-1]):
        return None  # "فقط ۱۰ درصد ترافیک …": a share of traffic said asks for the routing change (`intent.slots` weighs it)
    for o in outward(a):
        if not supported(o, intent, messages) and not _carried(a, intent, o.act in HARD):
            return o, o.mild or any(lazyre.searched(DELEGATES, m) for m in messages)
    return None


def _share_said(a: Analysis, newest: str) -> bool:
    """A command that routes traffic (`knowledge.slot_values.traffic_of`) under words that give a share of traffic."""
    if not a.shell or not a.commands:
        return False
    from automode.judge.intent.said_units import percents_said
    from automode.knowledge.slot_values import traffic_of

    return bool(percents_said(newest[:4000])) and any(traffic_of(c) is not None for c in a.commands)


#: Acts that reach other people or other systems' access: a question that names their object ("is CI green on #56?")
#: does not ask for them.
#: Acts only the words of `COVER` ask for.
_SAID_ONLY = frozenset({"promote", "credential"})
HARD = frozenset({"send", "post", "pay", "grant", "publish", "tag", "merge", "deploy"})
