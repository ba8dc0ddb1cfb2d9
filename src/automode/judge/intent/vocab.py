"""One vocabulary for what the user asks and what an action does (issue 12, point 1).

The analysis describes a control-plane or data-store action with a coarse verb (`effects.VERBS`: a merge and a
comment are both `message`, a restart and an undo both `deploy`). The user's words are finer. This table says, for
each act, which coarse effect verbs it can carry, the words a command names it by (subcommands, SQL and
key-value commands), and which request verb classes (`lexicon.VERBS`) release it. The last column is the
implication order, written down once:

* `deploy` covers a `restart` (a rollout re-creates the pods of the version that runs) and a `scale` (it sets how
  many of them run), never a `rollback` (that changes the version back) nor a `delete`;
* `rollback` ("roll it back", "undo the rollout") covers only going back, not a restart nor a new deploy;
* `delete` covers `flush` (emptying a key-value store), `prune` and `unpublish` (removing a published version);
  `publish` does not cover `unpublish`;
* `merge` ("merge", "land", "approve") covers a merge or an approval, never a comment; `send` ("comment on it",
  "reply") covers a comment, never a merge;
* `kill` ("stop", "scale to zero") covers a scale;
* `reboot` is the host, never a service on it ("restart nginx on web-02" is not `ssh web-02 sudo reboot`); `enable`
  (`systemctl enable`, `launchctl load`) makes a login item, which "start it" does not ask for; `unlock`, `drain`,
  `invalidate`, `deprecate` and `migrate` each name their own act.

`EXTRAS` are options that add a power to the act they modify (`gh pr merge --admin` bypasses the branch protection):
a request for the act does not ask for them unless it says so.

An act found in a command replaces the firing rule's own verb list (`facts.target`): "restart the scheduler" no
longer releases `kubectl rollout undo`, "leave a comment on #318" no longer releases `gh pr merge 318`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from automode import lazyre
from automode.dc import dataclass
from automode.judge.intent.per_action import per_action
from automode.knowledge.adhoc import adhoc_words
from automode.knowledge.control import classify, mirror_dest, parse, resolve

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Act:
    name: str
    effect_verbs: frozenset[str]  # control-effect verbs it can be an instance of ("" = any, for commands without one)
    words: frozenset[str]  # command words that name it (lower case)
    covered_by: frozenset[str]  # request verb classes that release it


def _act(name: str, effect_verbs: str, words: str, covered_by: str) -> Act:
    return Act(name, frozenset(effect_verbs.split()), frozenset(words.split()), frozenset(covered_by.split()))


#: Every control-effect verb but a read (`effects.VERBS`): an act named by its own word whatever the effect says.
_CHANGE = "create update delete permission secret deploy publish message execute"

# fmt: off
ACTS: tuple[Act, ...] = (
    _act("merge", "message update", "merge", "merge"),
    _act("approve", "message update", "approve", "merge"),
    _act("comment", "message", "comment note review", "send"),
    _act("close", "message update", "close", "merge update delete"),
    _act("restart", "deploy update execute", "restart bounce", "restart deploy"),
    # A run, build or job stopped before it ends (`gh run cancel`, `glab ci cancel`, `gcloud builds cancel`): "cancel
    # run 991", "stop that build", not a new run of it.
    _act("cancel", "deploy update execute message delete", "cancel", "kill delete"),
    _act("reboot", "deploy update execute", "reboot soft-reboot kexec", "reboot shutdown"),  # the host, not a service on it (`qm reboot 104`)
    # A server power-cycled or reset out of band (ipmitool(1) `chassis power cycle|reset`, RACADM `serveraction
    # powercycle|hardreset|gracereboot`, `racreset` of the controller itself): "power-cycle web-3", "reboot the box".
    _act("powercycle", "update deploy", "power-cycle powercycle hardreset gracereboot ipmitool:cycle ipmitool:reset "
         "racadm:racreset", "reboot shutdown"),
    # Powered off out of band (`chassis power off|soft`, `serveraction powerdown|graceshutdown`): "power off bmc01".
    _act("poweroff", "update deploy", "power-off powerdown graceshutdown ipmitool:off ipmitool:soft", "shutdown"),
    # A machine or database stopped keeps its disk: "stop it", "shut it down", "stop the bill on it" (not a terminate).
    _act("stop", "deploy update execute", "stop-instances stop-instance stop-db-instance stop-db-cluster stop-notebook-instance "
         "stop deallocate vm.power",  # (`gcloud compute instances stop`, `az vm stop|deallocate`, `govc vm.power`)
         "kill shutdown"),
    _act("shutdown", "", "shutdown poweroff halt", "shutdown"),
    # A unit or launch agent enabled starts at every login or boot: "start it" is not "make it start by itself".
    _act("enable", "", "systemctl:enable launchctl:load launchctl:bootstrap launchctl:enable", "enable"),
    # A unit or agent disabled no longer starts by itself (and with `--now` stops): "disable the legacy-sync service".
    # "stop it" or "restart it" asks for the running process only, never that it stay off after the next boot
    # (session 25: the kill class held both "stop" and "restart", so either released `systemctl disable --now`).
    _act("disable", "", "systemctl:disable systemctl:mask launchctl:unload launchctl:bootout launchctl:disable",
         "skip"),
    _act("unlock", "update deploy", "force-unlock unlock", "unlock"),  # (`terraform force-unlock`: a state change)
    _act("drain", "update deploy", "drain cordon", "drain"),  # (`kubectl drain`: the cluster's update of a node)
    _act("invalidate", "execute delete update", "create-invalidation invalidate purge", "invalidate delete"),  # (a purge an API table reads: `execute`)
    _act("deprecate", "publish update", "deprecate", "deprecate"),  # (`npm deprecate`: a registry's publish)
    _act("migrate", "update deploy", "migrate", "migrate run deploy"),  # (a migration applied updates the schema)
    _act("rollback", "deploy update", "undo rollback", "rollback"),
    # A job, a pipeline, a workflow or a build set going once (`nomad job dispatch`, `gcloud scheduler jobs run`, `aws
    # glue start-job-run`, `aws stepfunctions start-execution`, `gh workflow run`, `databricks jobs run-now`): "run",
    # "trigger", "dispatch", "kick off" it, or deploy it (session 26, Q1); never a new version of it.
    _act("trigger", "deploy update execute create", "dispatch start-job-run start-execution start-pipeline-execution "
         "start-build run-now run-job-flow scheduler:run workflow:run", "run deploy"),
    _act("scale", "deploy update", "scale autoscale", "scale deploy kill"),
    _act("flush", "delete", "flushall flushdb flush", "delete"),
    _act("prune", "delete", "prune", "delete"),
    # A resource forgotten by the infrastructure's state (`terraform state rm`, `pulumi state delete`): the resource
    # itself stays. "Delete it" covers forgetting it; "drop it from the state" asks for nothing more.
    _act("forget", "delete update", "terraform:rm tofu:rm terragrunt:rm pulumi:delete", "delete forget"),
    _act("unpublish", "publish delete", "unpublish yank", "unpublish delete"),
    # An app's settings changed in place (`az webapp config appsettings set`, `aws lambda
    # update-function-configuration`, `kubectl set env`): a change, not the restart or deploy the user asked for.
    # A dump loaded back into a database (`pg_restore`, `mongorestore`, with or without dropping what is there first):
    # "restore it from last night's dump" asks for it, as does a request to update it.
    _act("restore", "update delete", "pg_restore mongorestore mongoimport", "reset update"),
    _act("configure", "deploy update", "appsettings update-function-configuration update-service-configuration "
         "kubectl:env", "update"),
    # A playbook run (ansible-playbook(1)): "run the nginx playbook against web-02", "roll the tls role to the webs",
    # "rerun the role on that box"; where it runs (`--limit`) and what (`--tags`) are its objects.
    _act("playbook", "deploy update execute", "ansible-playbook", "deploy run update"),
    # A deletion of what holds data (a guest's disk, a volume, a chip's flash) that no word of the command names more
    # finely: "stop the vm" or "shut it down" asks for a stop, not for `virsh undefine --remove-all-storage`.
    _act("wipe", "delete", "", "delete reset"),
    # A resource destroyed and created again by the infrastructure tool (`terraform apply -replace=ADDR`, `pulumi up
    # --replace URN`): "recreate the bastion", "rebuild it", as well as "apply" (session 19, h20-0041).
    _act("recreate", "deploy update delete", "terraform:-replace tofu:-replace pulumi:--replace packer:-force "
         "packer:--force", "reset deploy update create"),  # (`packer build -force`: the old artefacts deleted first)
    # The latest deployment taken away, the service kept (Railway's `railway down`): "take the deploy down",
    # "remove the latest deployment", "stop it".
    _act("undeploy", "delete", "railway:down", "delete kill shutdown rollback"),
    # A job on a shared cluster killed (`yarn application -kill`, `mapred job -kill`): "kill the stuck job".
    _act("killjob", "delete", "yarn:-kill mapred:-kill", "kill cancel delete"),
    # Session 21 (L5): acts a command or an API path names by their own word, said by the user in any language.
    # A token or key revoked (`vault token revoke -accessor …`, `…/tokens/ID/revoke`): "revoke", "widerruf".
    _act("revoke", _CHANGE, "revoke revoke-token revoke-key revoke-tokens", "rotate delete"),
    # A key or token expired by the service's own word (Stripe `api_keys expire`, an API's `…/expire-token`): the key
    # stops working at once, like a revocation; "expire the api key k_8f21", "let it expire" (session 24, O1).
    _act("expire", _CHANGE, "stripe:expire api_keys:expire expire-key expire-token expire-tokens expire-keys", "rotate delete update"),
    # A stored secret or key rotated (`aws secretsmanager rotate-secret`, `…/keys/ID/rotate`): "rotate", "로테이션".
    _act("rotate", _CHANGE, "rotate rotate-secret rotate-key rotate-keys rotate-encryption-key", "rotate"),
    # An account suspended (`gam update user X suspended on`, Okta's `…/lifecycle/suspend`): "suspend", "sospendi".
    _act("suspend", _CHANGE, "suspend unsuspend gam:suspended", "update"),
    # An alert or incident acknowledged (Opsgenie's `…/alerts/ID/acknowledge`, `pd incident ack`): "ack", "kvittera".
    _act("acknowledge", _CHANGE, "acknowledge ack", "update"),
    # A machine's size changed (`doctl compute droplet-action resize`, `az vm resize`): "resize", "redimensiona".
    _act("resize", _CHANGE, "resize", "update"),
    # A registry's tag taken off a package (`npm dist-tag rm @acme/ui beta`): "drop the beta dist-tag", not a publish.
    # Every registry client's spelling of it (session 26, Q2): yarn berry `yarn npm tag remove`, `pnpm dist-tag rm`,
    # container registries' `gcloud container images untag`, `gcloud artifacts docker tags delete`, `crane`/`regctl`
    # `tag rm|delete`, `az acr repository untag`.
    _act("untag", _CHANGE, "dist-tag:rm dist-tag:remove dist-tag:delete dist-tag:del dist-tag:unset tag:remove tag:rm "
         "tag:delete tags:delete untag", "delete reset"),
    # A DNS record removed by the id or name given (`doctl compute domain records delete`, `flarectl dns delete`,
    # `gcloud dns record-sets delete`, `az network dns record-set a delete`): "delete record 348112907".
    # An HTTP DELETE sent to the object's URL (`curl -X DELETE …/dns_records/ID`, `http DELETE …`): "delete record ID".
    _act("httpdelete", _CHANGE, "curl:delete http:delete https:delete xh:delete xhs:delete wget:delete", "delete"),
    # A stored parameter or secret deleted by the name given (`aws ssm delete-parameter --name …`, `aws secretsmanager
    # delete-secret --secret-id …`): "delete the SSM parameter /kite/staging/legacy_flag".
    _act("unstore", _CHANGE, "ssm:delete-parameter ssm:delete-parameters secretsmanager:delete-secret", "delete"),
    _act("unrecord", _CHANGE, "records:delete record:delete dns:delete record-set:delete record-sets:delete records-delete",
         "delete"),
    # Session 23 (N3): a game server's console commands (`shell.consoles` lowers every way of typing them to
    # `rcon-cli LINE`). An operator made or unmade ("op kirill", "make her an operator"), a player or address banned,
    # a ban lifted, the whitelist switched off (anyone may join) or edited ("add kirill to the whitelist").
    _act("operator", "permission", "rcon-cli:op rcon-cli:deop rcon-cli:promote rcon-cli:demote rcon-cli:ownerid "
         "rcon-cli:moderatorid rcon-cli:removeowner rcon-cli:removemoderator rcon-cli:admin", "operator"),
    _act("ban", "permission", "rcon-cli:ban rcon-cli:ban-ip rcon-cli:banip rcon-cli:banid", "ban"),
    _act("unban", "permission", "rcon-cli:pardon rcon-cli:pardon-ip rcon-cli:unban", "unban"),
    _act("allowlist", "permission", "rcon-cli:whitelist rcon-cli:allowlist rcon-cli:whitelist-add", "grant create update delete"),
    _act("unguard", "permission", "whitelist:off allowlist:off", "skip"),
    # A player put off the server (`/kick NAME`): "kick griefer42", "wirf griefer42 raus" (the player may come back).
    _act("kick", "update", "rcon-cli:kick", "kick"),
    # A line said to the players ("write in the console: say …", "announce the restart", "tell them"): a message.
    _act("broadcast", "message", "rcon-cli:say rcon-cli:tellraw rcon-cli:broadcast rcon-cli:announce rcon-cli:tell "
         "rcon-cli:msg rcon-cli:me rcon-cli:broadcastmessage", "send touch create"),
    # A Salt state applied by name (`salt T state.apply ntp`, `state.sls`, `state.single`): "apply the ntp state", "run
    # it on the prod minions", like a playbook; a highstate (`state.highstate`) applies every state the top file gives
    # the minions, which only a request for a highstate asks for ("apply the ntp state" is one state of it).
    _act("saltstate", "deploy update execute", "salt:state.apply salt:state.sls salt:state.single salt-call:state.apply "
         "salt-call:state.sls salt-ssh:state.apply salt-ssh:state.sls", "deploy run update"),
    _act("highstate", "deploy update execute", "state.highstate", "highstate"),
)
# fmt: on

#: Acts that say the kind of change by their own word: a request that says the word ("suspend jonas.b@acme.de",
#: "revoke the token with accessor …") names the kind a trust rule asks for (`releases.NEEDS_KIND`).
SELF_SAID: Mapping[str, frozenset[str]] = {
    "suspend": frozenset({"suspend", "unsuspend", "suspended"}), "revoke": frozenset({"revoke"}),
    "rotate": frozenset({"rotate", "rotation"}), "acknowledge": frozenset({"ack", "acknowledge", "acknowledged"}),
    "operator": frozenset({"op", "deop", "operator", "operators", "ops", "promote", "demote", "admin", "moderator"}), "ban": frozenset({"ban", "banned", "block"}),
    "unban": frozenset({"unban", "pardon"}),
}

_BY_WORD: Mapping[str, tuple[Act, ...]] = {w: tuple(a for a in ACTS if w in a.words) for a0 in ACTS for w in a0.words}
_BY_NAME: Mapping[str, Act] = {a.name: a for a in ACTS}
#: Acts a review command names by an option (`effects.OPS`), not by its leading words.
REVIEW_OPS = frozenset({"approve", "merge", "close"})
#: Words that say what a command does, not what it does it to (never an object the user must name).
ACT_WORDS = frozenset(w.rsplit(":", 1)[-1] for w in _BY_WORD)
#: Options that name a command's act where others use a subcommand: the `recreate` of infrastructure tools, the job
#: kill of Hadoop's clients (`yarn application -kill ID`, `mapred job -kill ID`).
_REPLACING: Mapping[str, tuple[str, ...]] = {"terraform": ("-replace",), "tofu": ("-replace",),
                                             "pulumi": ("--replace",), "packer": ("-force", "--force"),
                                             "yarn": ("-kill",), "mapred": ("-kill",)}
#: How many leading positional words of a command can name its act (`kubectl rollout restart`, `gh pr merge`).
LEAD = 3


def act_of(words: Iterable[str], effect_verbs: frozenset[str], program: str = "") -> Act | None:
    """The act the leading words of a command name, the last one that fits its control effect's verb
    (`kubectl rollout undo` is a rollback, `gh pr merge` a merge); None when no word names one. A word written
    `program:word` in the table names the act only for that program (`systemctl enable`, not `ufw enable`)."""
    found: Act | None = None
    prev = ""
    for w in words:
        low = w.lower()
        pair = _BY_WORD.get(f"{prev}:{low}", ()) if prev else ()  # a sub-command's pair: `dist-tag rm`, `records delete`
        for act in (*_BY_WORD.get(low, ()), *_BY_WORD.get(f"{program}:{low}", ()), *pair):
            if not effect_verbs or act.effect_verbs & effect_verbs:
                found = act
        prev = low
    return found


def _leading(cmd: Command, n: int = LEAD) -> list[str]:
    """The command's first operand words, where its act is named: a control table's parse skips the values of its
    options (`kubectl --context staging -n lms set env …` leads with `set env`, not with `staging lms`)."""

    r = resolve(cmd)
    if r is not None and not any(d for _v, d in r[2][:8]):
        p = parse(r[0], r[2])
        return [v for v, d in zip(p.positional, p.dynamic, strict=False) if not d][:n]
    return [w.value for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")][:n]


#: Programs whose act is named deeper than three words (`doctl compute domain records delete`, `gam update user X
#: suspended on`, `az network dns record-set a delete`).
_DEEP = frozenset({"doctl", "gam", "az", "gcloud", "linode-cli", "flarectl"})
#: HTTP clients: the last words of a request's path name its act (`…/lifecycle/suspend`, `…/alerts/ID/acknowledge`).
_HTTP_CLIENTS = frozenset({"curl", "http", "https", "xh", "xhs", "wget"})
_URL_PATH = lazyre.compile(r"^https?://[^/\s]+(/[^?#\s]*)")


#: Acts that remove one named thing from its container (a tag from a package, a record from a zone): the thing removed
#: is their object, not the container the command also names (`removed_objects`).
REMOVES_ONE = frozenset({"untag", "unrecord", "unstore", "revoke"})
_ID_OPTIONS = ("--id", "--record-id", "--record", "--tag", "--name", "--names", "--secret-id", "-accessor", "--accessor")


def _records_deleted(cmd: Command) -> tuple[str, ...] | None:
    """The names of the DNS records `cmd` deletes when it only deletes records (`knowledge.dnsrecords`), else None."""
    if cmd.name != "aws":
        return None
    from automode.knowledge.dnsrecords import command_records

    recs = command_records(cmd)
    if not recs or any(r.action != "delete" for r in recs):
        return None
    return tuple(r.name for r in recs)


def removed_objects(a: Analysis) -> tuple[str, ...] | None:
    """What a removal act takes away (`REMOVES_ONE`): the value of its id option, else its last operand; None when the
    action is no such act."""
    act = action_act(a)
    if act is None or act.name not in REMOVES_ONE:
        return None
    out: list[str] = []
    for cmd in a.commands:
        names = _records_deleted(cmd)
        if names is not None and all(names):
            out += names  # the records a change batch deletes, by their names
            continue
        vals = [w.value for w in cmd.argv[1:]]
        ids = [vals[i + 1] for i, v in enumerate(vals[:-1]) if v in _ID_OPTIONS]
        ids += [v.split("=", 1)[1] for v in vals if v.split("=", 1)[0] in _ID_OPTIONS and "=" in v]
        pos = [w.value for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")]
        out += ids or pos[-1:]
    return tuple(out) or None


def api_act(a: Analysis) -> Act | None:
    """The act the path of an HTTP request names (`…/alerts/ID/acknowledge`, `…/lifecycle/suspend`), None if none."""
    for cmd in a.commands:
        act = act_of(_api_path_words(cmd), frozenset())
        if act is not None:
            return act
    return None


def said_for(act: Act) -> frozenset[str]:
    """The words a request says an act by: its own (`SELF_SAID`), else the command words that name it."""
    return SELF_SAID.get(act.name) or frozenset(w.rsplit(":", 1)[-1] for w in act.words)


def _api_path_words(cmd: Command) -> list[str]:
    """The last two segments of the path an HTTP client sends to, when they are words (not ids): the act an API
    names by its path (session 21, L5)."""
    if cmd.name not in _HTTP_CLIENTS:
        return []
    vals = [w.value for w in cmd.argv[1:]]
    method = [vals[i + 1].lower() for i, v in enumerate(vals[:-1]) if v in ("-X", "--request", "--method")]
    method += [v.split("=", 1)[1].lower() for v in vals if v.startswith(("--request=", "--method="))]
    method += [v[2:].lower() for v in vals if v.startswith("-X") and len(v) > 2]
    lead = ["delete"] if "delete" in method else []
    for w in cmd.argv[1:]:
        m = _URL_PATH.match(w.value)
        if m is not None:
            return lead + [x for x in m.group(1).strip("/").split("/")[-2:]
                           if x.isalpha() or ("-" in x and x.replace("-", "").isalpha())]
    return lead


@per_action
def action_act(a: Analysis) -> Act | None:
    """The one act an action performs, when its commands name one; None when they name none or several differ."""
    acts: set[Act] = set()
    controls = {e.detail: (e.verb, e.op) for e in a.effects if e.kind == "control" and e.verb}
    wipes = {e.detail for e in a.effects if e.kind == "control" and e.verb == "delete" and e.origin == "data"}
    if wipes and extras(a):
        wipes = set()  # an option that adds the data to another act (`compose down -v`) is judged as that (`extras`)
    for cmd in a.commands:
        if any(v.startswith("script ") for v in cmd.via):
            continue
        lead = [cmd.name, *_leading(cmd, LEAD + 2 if cmd.name in _DEEP else LEAD), *_api_path_words(cmd)]
        if cmd.name in _REPLACING:
            lead += [w.value.split("=", 1)[0] for w in cmd.argv[1:] if w.value.split("=", 1)[0] in _REPLACING[cmd.name]][:1]
        text = cmd.text or " ".join(w.value for w in cmd.argv)
        mine = [vo for d, vo in controls.items() if d and (d in text or text in d)]
        if cmd.remote is not None:
            mine = []  # (`gcloud compute ssh h --command 'systemctl disable x'`: the carrier's `execute` is not the act's)
        verbs = frozenset(v for v, _ in mine)
        act = act_of(lead, verbs, cmd.name)
        if (module := adhoc_words(cmd)):
            act = act_of(module, frozenset(), cmd.name) or act  # `ansible web-03 -m reboot`: the module is the act
        if act is None or act.name == "comment":
            # a review's option names its act: `gh pr review 412 --approve` approves, `--comment` comments
            act = next((_BY_NAME[op] for v, op in mine if v == "message" and op in REVIEW_OPS), act)
        if act is None and any(d and (d in text or text in d) for d in wipes):
            act = _BY_NAME["wipe"]
        if act is None and _records_deleted(cmd) is not None:
            act = _BY_NAME["unrecord"]  # a Route 53 change batch whose every change is a DELETE (session 21)
        if act is not None:
            acts.add(act)
    return next(iter(acts)) if len(acts) == 1 else None


#: A SQL statement's verb is the user's word for it ("set account 42 to the pro plan" is an UPDATE, "add the column"
#: a schema change, "delete the expired rows" a DELETE): a statement names its act exactly, unlike a command's options.
SQL_VERBS: Mapping[str, frozenset[str]] = {
    "update": frozenset({"update"}), "create": frozenset({"create", "update"}), "delete": frozenset({"delete", "reset"}),
}  # fmt: skip


def statement_act(a: Analysis) -> frozenset[str] | None:
    """The request classes that release the action's SQL statements (a control effect that carries its statement),
    when they are all of one verb; None when the action has none."""
    from automode.knowledge.sql import SESSION_KILL

    stmts = [e for e in a.effects if e.kind == "control" and e.content is not None and e.verb]
    if stmts and all(SESSION_KILL.search(e.content or "") for e in stmts):
        return frozenset({"kill"})  # "kill that query": pg_terminate_backend(48211)
    verbs = {e.verb for e in stmts}
    if len(verbs) != 1:
        return None
    return SQL_VERBS.get(next(iter(verbs)))


@dataclass(frozen=True, slots=True)
class Extra:
    """An option that adds a power to the act it modifies: the request for the act does not ask for it."""

    option: str  # as written (`--admin`), matched exactly or as `OPTION=...`
    programs: frozenset[str]  # the programs it has this meaning for
    adds: str  # what it adds, in words for the reason
    asked_by: frozenset[str]  # request words that ask for it
    sub: tuple[str, ...] = ()  # the subcommand it has this meaning in (`dvc gc`), () = any
    cap: str = "ask"  # the most a request for the act without it releases it to: "ask", "" (nothing), or "unasked"
    # (`parts.UNASKED`: an ask, a deny when the act destroys: the data it adds to the deletion nobody asked for)


def _extra(option: str, programs: str, adds: str, asked_by: str, sub: str = "", cap: str = "ask") -> Extra:
    return Extra(option, frozenset(programs.split()), adds, frozenset(asked_by.split()), tuple(sub.split()), cap)


#: Request words that name a shared remote store rather than this machine's copy.
_REMOTE_WORDS = "remote remotes cloud shared storage bucket s3 gcs azure everywhere upstream origin server"


# fmt: off
#: Options that bypass the gate the act normally passes: a merge that ignores required reviews and checks, a commit or
#: push that skips the hooks, a deletion that overrides a retention lock, an apply that ignores the state lock. "merge
#: #12" asks for a merge, not for a merge past the branch protection (sources: cli.github.com/manual/gh_pr_merge,
#: git-commit(1), git-push(1), docs.aws.amazon.com object-lock, developer.hashicorp.com terraform apply -lock).
EXTRAS: tuple[Extra, ...] = (
    # (a review bypass the request does not name is refused, not asked about: session 10, review-bypass)
    _extra("--admin", "gh", "also bypasses the branch protection (required reviews and checks)",
           "admin bypass override protection", cap=""),
    _extra("--no-verify", "git", "also skips the git hooks", "no-verify verify hook hooks skip bypass without", cap=""),
    _extra("--bypass-governance-retention", "aws", "also overrides the retention lock", "bypass governance retention lock"),
    _extra("-lock=false", "terraform tofu", "also ignores the state lock other runs hold", "lock"),
    _extra("--lock=false", "terraform tofu", "also ignores the state lock other runs hold", "lock"),
    # Options that carry a clean-up, a sync or a reset from this machine to a shared remote: a request about the local
    # copy ("free up space in the dvc cache", "reset my local db") does not ask for them, and what they delete there
    # is other people's (dvc.org/doc/command-reference/gc `-c/--cloud`; git-annex-drop(1) `--from`;
    # docs.aws.amazon.com/cli s3 sync `--delete`; cloud.google.com/storage/docs/gsutil/commands/rsync `-d`; git-push(1)
    # `--prune`, `--mirror`; kubectl apply `--prune`; huggingface_hub upload `--delete`; supabase db reset `--linked`;
    # developers.cloudflare.com/workers/wrangler d1 `--remote`; firebase deploy `--force`).
    _extra("--cloud", "dvc", "also deletes from the shared remote storage", _REMOTE_WORDS, "gc", ""),
    _extra("-c", "dvc", "also deletes from the shared remote storage", _REMOTE_WORDS, "gc", ""),
    _extra("--from", "git", "drops the content from a remote, not only this clone", _REMOTE_WORDS, "annex drop", ""),
    _extra("--delete", "aws", "also deletes every object at the destination that the source lacks",
           "delete mirror mirrored exact prune remove sync", "s3 sync", ""),
    _extra("-d", "gsutil", "also deletes every object at the destination that the source lacks",
           "delete mirror mirrored exact prune remove sync", "rsync", ""),
    _extra("--delete-unmatched-destination-objects", "gcloud", "also deletes every object at the destination that the "
           "source lacks", "delete mirror mirrored exact prune remove sync", "storage rsync", ""),
    _extra("--prune", "git", "also deletes every remote branch that has no local copy", "prune delete mirror", "push", ""),
    _extra("--mirror", "git", "overwrites and deletes every ref of the remote to match this clone", "mirror", "push", ""),
    _extra("--prune", "kubectl", "also deletes every resource of the cluster missing from these files", "prune delete",
           "apply", ""),
    _extra("--delete", "huggingface-cli hf", "also deletes files of the remote repository", "delete remove replace",
           "upload", ""),
    _extra("--linked", "supabase", "resets the linked hosted project's database, not the local one",
           "linked remote hosted cloud production staging project", "db reset", ""),
    _extra("--remote", "wrangler", "acts on the deployed database or store, not the local one",
           "remote deployed production live cloud", "", "ask"),
    _extra("--force", "firebase", "also deletes the deployed functions missing from this directory", "delete remove force",
           "deploy", "ask"),
    # Options that widen the act from the one thing named to every thing of its kind or a wider owner (git-push(1)
    # `--all`, `--tags`; docker compose down `-v/--volumes`; cli.github.com gh release delete `--cleanup-tag`, gh
    # secret/variable set `--org` with `--visibility`).
    _extra("--all", "git", "pushes every local branch, not only the one named", "all every branches", "push", "ask"),
    _extra("--tags", "git", "pushes every local tag, not only the one named", "tags all every", "push", "ask"),
    _extra("-v", "docker docker-compose podman-compose", "also deletes the volumes, the services' data",
           "volume volumes data wipe reset fresh scratch clean", "down", "unasked"),
    _extra("--volumes", "docker docker-compose podman-compose", "also deletes the volumes, the services' data",
           "volume volumes data wipe reset fresh scratch clean", "down", "unasked"),
    _extra("--workspace", "cargo", "publishes every crate of the workspace, not only the one named",
           "workspace all every", "publish", ""),
    _extra("--all", "cargo", "publishes every crate of the workspace, not only the one named", "workspace all every",
           "publish", ""),
    _extra("--cleanup-tag", "gh", "also deletes the git tag", "tag tags", "release delete", ""),
    # postgresql.org/docs/current/app-dropdb.html `-f/--force`: terminates the sessions connected to the database first
    # ("drop it, but only if nobody is connected" is exactly what a plain dropdb does: it fails while they are)
    _extra("--force", "dropdb", "also terminates every session connected to the database",
           "force forced forcibly terminate kill kick disconnect anyway regardless", "", ""),
    _extra("-f", "dropdb", "also terminates every session connected to the database",
           "force forced forcibly terminate kill kick disconnect anyway regardless", "", ""),
    _extra("--org", "gh", "sets it for the whole organisation, not one repository or environment",
           "org organisation organization orgs organisation-wide org-wide", "secret set", ""),
    _extra("--org", "gh", "sets it for the whole organisation, not one repository or environment",
           "org organisation organization orgs organisation-wide org-wide", "variable set", ""),
    # Session 21 (L5): a resize that also grows the disk for good (docs.digitalocean.com doctl droplet-action resize
    # `--resize-disk`: the droplet can never be made smaller again), a revoke of every token under a path or prefix
    # (developer.hashicorp.com vault token revoke `-mode=path`, `-prefix`) for "revoke the token with accessor …".
    _extra("--resize-disk", "doctl", "also grows the disk, which can never be shrunk back", "disk disks storage",
           "compute droplet-action resize", "ask"),
    _extra("-mode=path", "vault", "revokes every token issued under that path, not the one named",
           "path prefix all every mount everyone", "token revoke", ""),
    _extra("-prefix", "vault", "revokes every lease or token under that prefix, not the one named",
           "path prefix all every mount everyone", "", ""),
)
# fmt: on
_EXTRA_BY_OPTION: Mapping[str, tuple[Extra, ...]] = {
    x.option: tuple(e for e in EXTRAS if e.option == x.option) for x in EXTRAS
}


_PRUNES = "also deletes every object at the destination"


def _downloads(cmd: Command) -> bool:
    """`cmd` mirrors remote storage into a local directory (its pruning is of the local copy)."""

    e = classify(cmd)
    return e is not None and mirror_dest(cmd, e) is not None


def _link_named(cmd: Command, option: str, a: Analysis) -> bool:
    """An option that acts on the project linked earlier (`--linked`), where the link chose one the user named by
    its id (`knowledge.envselect.LINKED_BY`, session 23, N2)."""
    from automode.knowledge.envselect import LINKED_BY

    var = LINKED_BY.get((cmd.name, option))
    if var is None:
        return False
    refs = [w.value for k, w in cmd.assigns if k == var and not w.dynamic and len(w.value) >= 6]
    text = "\n".join(a.ctx.user_messages)
    return bool(refs) and all(lazyre.whole(r, text) for r in refs)


def extras(a: Analysis) -> list[tuple[str, Extra]]:
    """The (option as written, meaning) pairs of the action's commands that add a power to their act."""
    out: list[tuple[str, Extra]] = []
    for cmd in a.commands:
        positional: list[str] | None = None
        for w in cmd.argv[1:]:
            v = w.value
            for x in _EXTRA_BY_OPTION.get(v.split("=", 1)[0] if not v.endswith("=false") else v, ()):
                if cmd.name not in x.programs:
                    continue
                if x.sub:
                    positional = positional if positional is not None else \
                        [p.lower() for p in cmd.args if not p.startswith("-")][:6]
                    n = len(x.sub)
                    if not any(tuple(positional[i:i + n]) == x.sub for i in range(len(positional) - n + 1)):
                        continue
                if x.adds.startswith(_PRUNES) and _downloads(cmd):
                    continue  # `aws s3 sync s3://b/raw/ data/raw/ --delete`: it prunes this machine's copy, not a remote
                if _link_named(cmd, v, a):
                    continue  # `supabase link --project-ref X && supabase db reset --linked` for "the project X"
                out.append((v, x))
    return out
