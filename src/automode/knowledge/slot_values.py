"""The slots of an act a user gives a value for, by program family (session 19, J2, helper `slots`): where each
program carries the value, what it uses when the slot is left out, and how people say the value.

* `USER_OPTS` / `user_of`: the login or run-as user (`user@host` of ssh/scp/rsync/ssh-copy-id, `-l`, `-o User=`,
  `psql -U`, `mysql -u`, `docker exec -u`, `sudo -u`, `su X`, `ansible -u`, `runuser -u`); `ROOTISH` are the users
  that hold every right (root, administrator, postgres, sa, sys).
* `PLACE_ROWS` / `place_of`: a named place inside one server or tool that the user names by a slot word ("vhost
  staging", "namespace payments", "workspace sandbox", "stack dev"): the options that carry it and the tool's own
  default when it is left out (`rabbitmqctl` without `-p` acts on the vhost `/`; `kubectl` without `-n` on the
  current context's namespace; `terraform` without `workspace select`/`TF_WORKSPACE` on the selected workspace).
  Contexts, projects, accounts and subscriptions are `knowledge.target_defaults`'s (read by `intent.landing`).
* `traffic_of`: the share of traffic a routing command or call gives a version (`aws lambda update-alias
  --routing-config` weights, no routing config = all of it; `gcloud run services update-traffic --to-revisions R=N`,
  `--to-latest` = all; `az webapp traffic-routing set --distribution slot=N`; flag-rollout weights in thousandths).
* `STRENGTH`: verbs of one family ordered by how much they take away (suspend < deactivate < delete; archive <
  delete; disable < remove; mute < delete), with the words users say them by in many languages.
* `ROLE_POWER` / `role_power`: built-in roles by their fixed ids and names (Entra/Azure role definitions:
  `knowledge.role_ids`; AWS managed policies by ARN; GCP primitive and common predefined roles) and their power:
  0 reads, 1 writes data, 2 administers one service or scope, 3 administers everything (grants access).

Sources: ssh(1), scp(1), rsync(1), ssh-copy-id(1), psql(1), mysql(1), docker-exec(1), sudo(8), ansible(1);
rabbitmqctl(8) ("-p vhost ... default is /"), rabbitmqadmin `-V`; kubectl `--namespace`; terraform workspaces
("terraform workspace select", `TF_WORKSPACE`); AWS Lambda `UpdateAlias` RoutingConfig AdditionalVersionWeights
(0.0-1.0); `gcloud run services update-traffic`; `az webapp traffic-routing set`; Okta Users API (suspend vs
deactivate vs delete); learn.microsoft.com Entra built-in roles; AWS managed policies reference; GCP basic roles.
"""

from __future__ import annotations

import json
import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command
    from automode.shell.words import Word

# ------------------------------------------------------------------ the login / run-as user
#: Users that hold every right on the machine or the server.
ROOTISH = frozenset({"root", "admin", "administrator", "postgres", "sa", "sys", "system", "superuser", "toor",
                     "ec2-user", "ubuntu"})
#: Users that hold every right outright (a substitution by one of them is refused, another user's is asked).
SUPER = frozenset({"root", "administrator", "postgres", "sa", "sys", "system", "superuser", "toor"})
_SSH_LIKE = frozenset({"ssh", "scp", "sftp", "ssh-copy-id", "mosh", "rsync", "autossh", "sshpass"})
#: program -> options whose value is the user (`-o User=x` is read apart).
USER_OPTS: dict[str, frozenset[str]] = {
    "ssh": frozenset({"-l"}), "ssh-copy-id": frozenset({"-l"}), "autossh": frozenset({"-l"}),
    "psql": frozenset({"-U", "--username"}), "pg_dump": frozenset({"-U", "--username"}),
    "pg_restore": frozenset({"-U", "--username"}), "createdb": frozenset({"-U"}), "dropdb": frozenset({"-U"}),
    "mysql": frozenset({"-u", "--user"}), "mysqldump": frozenset({"-u", "--user"}), "mariadb": frozenset({"-u", "--user"}),
    "mysqladmin": frozenset({"-u", "--user"}),
    "docker": frozenset({"-u", "--user"}), "podman": frozenset({"-u", "--user"}), "nerdctl": frozenset({"-u", "--user"}),
    "sudo": frozenset({"-u"}), "runuser": frozenset({"-u"}), "doas": frozenset({"-u"}),
    "ansible": frozenset({"-u", "--user", "--become-user"}), "ansible-playbook": frozenset({"-u", "--user", "--become-user"}),
    "sqlcmd": frozenset({"-U"}), "mongosh": frozenset({"-u", "--username"}), "mongo": frozenset({"-u", "--username"}),
    "redis-cli": frozenset({"--user"}), "clickhouse-client": frozenset({"-u", "--user"}),
    "cqlsh": frozenset({"-u", "--username"}), "ftp": frozenset(), "lftp": frozenset({"-u"}),
    "kubectl": frozenset({"--as"}), "oc": frozenset({"--as"}),
}  # fmt: skip
_URL_USER = lazyre.compile(r"^[a-z][\w+.-]*://([^:@/\s]+)(?::[^@/\s]*)?@")


#: Wrappers that run a command as another user, and their user options (sudo(8) `-u`, doas(1) `-u`, runuser(1)).
_RUN_AS = {"sudo": ("-u", "--user"), "doas": ("-u",), "run0": ("-u", "--user"), "runuser": ("-u", "--user"),
           "pkexec": ("--user",), "su": ()}


def launcher_user(cmd: Command) -> str:
    """The user a wrapper (`sudo -u www-data`, `doas`, `su deploy -c`) runs the command as: "root" when it names
    none; "" when no such wrapper runs it."""
    for words in cmd.launchers:
        vals = [w.value for w in words]
        if not vals or vals[0].rsplit("/", 1)[-1] not in _RUN_AS:
            continue
        opts = _RUN_AS[vals[0].rsplit("/", 1)[-1]]
        for i, v in enumerate(vals[1:], 1):
            head, eq, val = v.partition("=")
            if head in opts:
                return val if eq else (vals[i + 1] if i + 1 < len(vals) else "root")
            if len(head) > 2 and head[:2] in opts and not head.startswith("--"):
                return head[2:]
        if vals[0].rsplit("/", 1)[-1] == "su":
            pos = [v for v in vals[1:] if not v.startswith("-")]
            m = re.search(r"(?:^|[\s;&|(])su\s+(?:-[lmp]\s+|--login\s+|-\s+)*([a-z_][\w.-]*)(?=\s|$)", cmd.text or "")
            return pos[0] if pos else m.group(1) if m and m.group(1) != "c" else "root"
        return "root"
    return ""


def user_of(cmd: Command) -> tuple[str, bool] | None:
    """(the user the command logs in or runs as, "" when it carries none, True when the program has a user slot)
    for a command of a program with one, or run through `sudo`/`doas`/`su`; None for any other program."""
    name = cmd.name.rsplit("/", 1)[-1]
    wrapped = launcher_user(cmd)
    if wrapped:
        return wrapped, True
    if name == "su":
        pos = [w.value for w in cmd.argv[1:] if not w.value.startswith("-")]
        return (pos[0] if pos else "root"), True
    opts = USER_OPTS.get(name)
    if opts is None and name not in _SSH_LIKE:
        return None
    words = [w.value for w in cmd.argv[1:]]
    if name in ("docker", "podman", "nerdctl") and not ({"exec", "run"} & set(words[:3])):
        return None
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if opts and head in opts:
            v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
            return v.split(":", 1)[0], True
        if opts and len(head) > 2 and head[:2] in opts and not head.startswith("--"):
            return head[2:], True  # `-uroot`, `-Upostgres`
        if w == "-o" and i + 1 < len(words) and words[i + 1].lower().startswith("user="):
            return words[i + 1].split("=", 1)[1], True
        m = _URL_USER.match(w)
        if m:
            return m.group(1), True
    if name in _SSH_LIKE:
        for w in words:
            if w.startswith("-"):
                continue
            host = w.split(":", 1)[0] if name in ("scp", "rsync", "sftp") else w
            if "@" in host and not host.startswith(("http", "git@")):
                return host.split("@", 1)[0], True
        return "", True
    return "", True


# ------------------------------------------------------------------ a place inside one server or tool
@dataclass(frozen=True, slots=True)
class PlaceRow:
    kind: str  # vhost | namespace | workspace | stack | database
    programs: frozenset[str]
    opts: frozenset[str]  # options whose value names the place (`-p`, `--vhost=`)
    default: str  # what the tool uses when the option is left out ("" = whatever is configured or selected)
    env: str = ""  # an environment variable that names it (`TF_WORKSPACE`, `PULUMI_STACK`)


PLACE_ROWS: tuple[PlaceRow, ...] = (
    PlaceRow("vhost", frozenset({"rabbitmqctl", "rabbitmq-plugins", "rabbitmq-diagnostics"}), frozenset({"-p", "--vhost"}), "/"),
    PlaceRow("vhost", frozenset({"rabbitmqadmin"}), frozenset({"-V", "--vhost"}), "/"),
    # (`KUBE_NAMESPACE`: the namespace `kubens X`, `oc project X` or `kubectl config set-context --current
    # --namespace X` chose earlier on the line, `knowledge.envselect`)
    PlaceRow("namespace", frozenset({"kubectl", "oc", "helm", "kubens"}), frozenset({"-n", "--namespace", "-A", "--all-namespaces"}), "",
             "KUBE_NAMESPACE"),
    PlaceRow("workspace", frozenset({"terraform", "tofu", "terragrunt"}), frozenset(), "", "TF_WORKSPACE"),
    PlaceRow("stack", frozenset({"pulumi"}), frozenset({"-s", "--stack"}), "", "PULUMI_STACK"),
    PlaceRow("namespace", frozenset({"vault"}), frozenset({"-namespace", "--namespace", "-ns"}), "", "VAULT_NAMESPACE"),
    # Keycloak's admin CLI: `-r REALM` is the realm acted on, else the one logged in to (usually master; keycloak.org
    # docs, Admin CLI "target realm"); session 20, K4: "disable jdoe in realm staff" answered with `-r master`
    PlaceRow("realm", frozenset({"kcadm.sh", "kcadm"}), frozenset({"-r", "--target-realm"}), ""),
)  # fmt: skip
#: How users name each kind of place, in the languages requests come in (a name stands beside one of these).
PLACE_WORDS: dict[str, str] = {
    "vhost": r"vhost\w{0,4}|vhośc\w*|вхост\w*|virtual[ -]host|virtueller?\s+host|hôte\s+virtuel|host\s+virtual|vhostu|"
             r"ホスト|虚拟主机|가상\s*호스트",
    "namespace": r"namespace|namespacet|namespacen|namespace'i|namespac[iy]e|namespace'(?:de|da|te|ta|inde|ında)|namensraum|espacio\s+de\s+nombres|espace\s+de\s+noms|"
                 r"неймспейс\w*|пространств\w+\s+имён|ネームスペース|名前空間|命名空间|네임스페이스",
    "workspace": r"workspace(?:t|n|s)?|arbeitsbereich|espacio\s+de\s+trabajo|área\s+de\s+trabalho|espace\s+de\s+travail|"
                 r"ワークスペース|工作区|워크스페이스|воркспейс\w*",
    "stack": r"stack(?:en|et)?|pilha|スタック|堆栈|스택|стек\w*",
    "realm": r"realm\w*|реалм\w*|рилм\w*|レルム|领域|렐름",
}
#: Subcommands of the place's program that change something (a read on another place loses nothing).
PLACE_CHANGES = frozenset({
    "delete_queue", "purge_queue", "delete_vhost", "delete_user", "set_permissions", "clear_permissions", "set_policy",
    "clear_policy", "delete_exchange", "delete", "purge", "declare", "close_connection", "close_all_connections",
    "apply", "destroy", "import", "taint", "untaint", "up", "refresh", "create", "replace", "patch", "scale", "rollout",
    "drain", "cordon", "label", "annotate", "set", "edit", "install", "upgrade", "uninstall", "rollback", "exec", "cp",
    "put", "write", "run", "expose", "autoscale", "restart", "state", "undelete", "metadata", "update",
    "add-roles", "remove-roles", "set-password",
})  # fmt: skip
#: Programs whose first operand is the act (`kubectl delete …`): a later word (`kubectl get secrets`) is an object.
_ACT_FIRST = frozenset({"kubectl", "oc", "helm", "rabbitmqctl", "rabbitmqadmin", "terraform", "tofu", "terragrunt",
                        "pulumi", "rabbitmq-plugins", "rabbitmq-diagnostics", "kubens", "kcadm.sh", "kcadm"})


def place_of(cmd: Command) -> tuple[PlaceRow, str, bool] | None:
    """(the row, the place the command names, True when it names one) for a command of a `PLACE_ROWS` program that
    changes something; None for any other. A terraform workspace is named by `TF_WORKSPACE=` on the command (a
    `workspace select` earlier in the same action is read by the caller)."""
    name = cmd.name.rsplit("/", 1)[-1]
    row = next((r for r in PLACE_ROWS if name in r.programs), None)
    if row is None:
        return None
    words = [w.value for w in cmd.argv[1:]]
    pos = [w.lower() for i, w in enumerate(words) if not w.startswith("-") and not (i and words[i - 1] in row.opts)]
    lead = pos[:1] if name in _ACT_FIRST else pos[:3]
    if not PLACE_CHANGES & set(lead):
        return None
    if row.env:
        for k, v in cmd.assigns:
            if k == row.env:
                return row, getattr(v, "value", str(v)), True
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if head in row.opts:
            if head in ("-A", "--all-namespaces"):
                return row, "*", True
            return row, (val if eq else (words[i + 1] if i + 1 < len(words) else "")), True
    return row, row.default, False


# ------------------------------------------------------------------ a share of traffic
def _num(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def traffic_of(cmd: Command) -> tuple[float, str] | None:
    """(the largest share in percent the command gives a version other than the one serving now, how) for a command
    that routes traffic; None for any other."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:]]
    low = [w.lower() for w in words]
    if name == "aws" and ("update-alias" in low[:3] or "create-alias" in low[:3]):
        for i, w in enumerate(words):
            head, eq, val = w.partition("=")
            if head == "--routing-config":
                raw = val if eq else (words[i + 1] if i + 1 < len(words) else "")
                shares = [float(x) for x in re.findall(r":\s*([01](?:\.\d+)?|\.\d+)\s*[,}]", raw)]
                if not shares and "=" in raw:  # shorthand `AdditionalVersionWeights={7=0.1}`
                    shares = [float(x) for x in re.findall(r"=\s*([01](?:\.\d+)?|\.\d+)\s*[,}]", raw)]
                return (max(shares) * 100 if shares else 0.0), "--routing-config"
        if any(w.partition("=")[0] == "--function-version" for w in words):
            return 100.0, "--function-version without --routing-config (every request)"
        return None
    if name == "gcloud" and "update-traffic" in low:
        for i, w in enumerate(words):
            head, eq, val = w.partition("=")
            if head == "--to-latest":
                return 100.0, "--to-latest (every request)"
            if head in ("--to-revisions", "--to-tags"):
                raw = val if eq else (words[i + 1] if i + 1 < len(words) else "")
                shares = [n for x in re.findall(r"=(\d+(?:\.\d+)?)", raw) if (n := _num(x)) is not None]
                return (max(shares) if shares else 100.0), head
        return None
    if name == "az" and "traffic-routing" in low and "set" in low:
        for i, w in enumerate(words):
            head, eq, val = w.partition("=")
            if head in ("--distribution", "-d"):
                raw = " ".join(words[i + 1:]) if not eq else val
                shares = [n for x in re.findall(r"=(\d+(?:\.\d+)?)", raw) if (n := _num(x)) is not None]
                return (max(shares) if shares else 100.0), "--distribution"
        return None
    if name == "aws" and "elbv2" in low[:2] and any(x in low for x in ("modify-listener", "modify-rule", "create-rule",
                                                                           "create-listener")):
        return _forward_weights(words)
    if name in ("kubectl", "kubectl-argo-rollouts") and "set" in low and "weight" in low:
        nums = [n for w in words if (n := _num(w)) is not None]
        return (nums[-1] if nums else 100.0), "set weight"
    return _body_share(cmd)


_TG_WEIGHT = re.compile(r'(?i)"?Weight"?\s*[:=]\s*(\d+)')


def _forward_weights(words: list[str]) -> tuple[float, str] | None:
    """An ELB listener's or rule's forward action across target groups (`ForwardConfig.TargetGroups[].Weight`, session
    22): the smallest share of the groups that get any traffic, or all of it when one group gets everything."""
    for i, w in enumerate(words):
        head, eq, val = w.partition("=")
        if head not in ("--default-actions", "--actions"):
            continue
        raw = val if eq else (words[i + 1] if i + 1 < len(words) else "")
        weights = [float(x) for x in _TG_WEIGHT.findall(raw)]
        total = sum(weights)
        live = [x for x in weights if x > 0]
        if not weights or total <= 0:
            return None
        if len(live) < 2:
            return 100.0, "forward weights (every request to one target group)"
        return min(live) / total * 100, "forward weights"
    return None


def _body_share(cmd: Command) -> tuple[float, str] | None:
    """The share a flag service's HTTP API body gives (`{"parameters":{"rollout":"5"}}`: 5 %), None when the body
    of the request sets none (session 21, L5: the user's value inside a body)."""
    from automode.knowledge.httpapi import CLIENTS

    if cmd.name.rsplit("/", 1)[-1] not in CLIENTS:
        return None
    from automode.knowledge.request_fields import leaf, sent

    got = sent(cmd)
    if got is None or got.unread or not got.writes:
        return None
    shares = [n / 1000 if leaf(k) == "weight" and n > 100 else n for k, v in got.fields
              if leaf(k) in _WEIGHT_KEYS and (n := _num(v)) is not None]
    return (max(shares), "body") if shares else None


_WEIGHT_KEYS = frozenset({"weight", "percentage", "percent", "rollout_percentage", "rolloutpercentage",
                          "traffic_percent", "trafficpercent", "rollout", "split"})


def traffic_in_call(inp: object) -> float | None:
    """The largest share in percent a tool call's input gives one variation or version (`weight` in thousandths as
    flag services store it: 25000 = 25 %; `percentage`, `rollout_percentage` as said); None when it gives none."""
    found: list[float] = []

    def walk(v: object, key: str) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, str(k).lower())
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and key in _WEIGHT_KEYS:
            found.append(v / 1000 if key == "weight" and v > 100 else float(v))

    walk(inp, "")
    return max(found) if found else None


# ------------------------------------------------------------------ verb strength
@dataclass(frozen=True, slots=True)
class Strength:
    family: str
    level: int  # higher takes more away
    act: str  # an action word (tool-name part or subcommand) of this level
    said: str  # the words a user says it by (a pattern; any language)


# fmt: off
STRENGTH: tuple[Strength, ...] = (
    # an account: suspended (comes back as it was) < deactivated (assignments gone) < deleted
    Strength("account", 1, r"suspend|lock|block|pause|sign_?out|signout|revoke_?sessions",
             r"\bsuspend\w*|\bsuspen[dc]\w*|\block(?:ed|s)?\b|\block\s+(?:out|down)\b|\bverrouill\w*|\bbloquea\w*|\bsospend\w*|\bzawie[sś]\w*|\bsperr\w*|\bbloque\w*|\bblock\w*|\bblocca\w*|"
             r"\bblokuj\w*|\bприостанов\w*|\bзаблокир\w*|\bпризупин\w*|\bschors\w*|\bstäng\w*\s+av\b|\bspärr\w*|"
             r"\baskıya\b|\btạm\s+ngưng\b|\bbekukan\b|\btangguhkan\b|一時停止|停止して|凍結|停用|暂停|冻结|정지|일시\s*중지"),
    Strength("account", 2, r"deactivate|disable|deprovision", r"\bdeactivat\w*|\bdisabl\w*|\bdésactiv\w*|\bdesactiv\w*|\bdeaktiv\w*|"
             r"\bdisattiv\w*|\bdezaktyw\w*|\bдеактив\w*|\bотключ\w*|無効化|停用账户|비활성"),
    Strength("account", 3, r"delete|remove|destroy|purge|erase", r"\bdelet\w*|\bremov\w*|\blösch\w*|\bsupprim\w*|"
             r"\bborr\w*|\belimin\w*|\bapag\w*|\bexclu\w*|\bcancell\w*|\busu[ńn]\w*|\bудал\w*|\bverwijder\w*|\bradera\b|"
             r"\bsil\b|削除|删除|삭제"),
    # a repository, a channel, a project, a board: archived (read-only, comes back) < deleted
    Strength("archive", 1, r"archive", r"\barchiv\w*|\barquiv\w*|\bzarchiwizuj\w*|\bархивир\w*|\bархів\w*|\barşivle\w*|"
             r"アーカイブ|归档|存档|보관"),
    Strength("archive", 3, r"delete|remove|destroy|purge", r"\bdelet\w*|\bremov\w*|\blösch\w*|\bsupprim\w*|\bborr\w*|"
             r"\belimin\w*|\bapag\w*|\bcancell\w*|\busu[ńn]\w*|\bудал\w*|\bverwijder\w*|\bradera\b|削除|删除|삭제"),
    # a unit, a rule, a feature, a job: disabled (kept) < removed
    Strength("switch", 1, r"disable|pause|stop|turn_?off|deactivate|mask|suspend",
             r"\bdisabl\w*|\bdeaktiv\w*|\bdésactiv\w*|\bdesactiv\w*|\bdisattiv\w*|\bwyłącz\w*|\bотключ\w*|\bвыключ\w*|"
             r"\bpaus\w*|\bschakel\w*\s+uit\b|\buitschakel\w*|無効|禁用|停用|비활성"),
    Strength("switch", 3, r"delete|remove|destroy|purge|uninstall", r"\bdelet\w*|\bremov\w*|\blösch\w*|\bsupprim\w*|"
             r"\bborr\w*|\belimin\w*|\bapag\w*|\bcancell\w*|\busu[ńn]\w*|\bудал\w*|\bverwijder\w*|削除|删除|삭제"),
    # session 20 (K4): a policy or role binding taken off (the role kept) < the role or policy itself deleted
    Strength("attachment", 1, r"detach|dissociate|unbind|remove-role-from|remove-user-from|disassociate",
             r"\bdetach\w*|\bunbind\w*|\bdissociat\w*|\bdisassociat\w*|\bab(?:hängen|koppeln)\b|\bhäng\w*\b[^.;]*\bab\b|"
             r"\bdétach\w*|\bdesvincul\w*|\bdesasoci\w*|\bstacc\w*|\bodłącz\w*|\bотвяж\w*|\bвідв.?яж\w*|外して|分离|解绑|분리|떼어"),
    Strength("attachment", 3, r"delete", r"\bdelet\w*|\blösch\w*|\bsupprim\w*|\bborr\w*|\belimin\w*|\bapag\w*|\busu[ńn]\w*|"
             r"\bудал\w*|\bverwijder\w*|削除|删除|삭제"),
    # a workload scaled (its spec kept, back with one command) < the workload deleted
    Strength("workload", 1, r"scale|rollout|patch|set|autoscale",
             r"\bscal\w*|\breplica\w*|\bréplica\w*|\bреплик\w*|\bskal\w*|\bzero\b|\bà\s+0\b|\bto\s+0\b|スケール|缩容|副本|스케일|레플리카"),
    Strength("workload", 3, r"delete", r"\bdelet\w*|\blösch\w*|\bsupprim\w*|\bborr\w*|\belimin\w*|\bapag\w*|\busu[ńn]\w*|"
             r"\bудал\w*|\bverwijder\w*|削除|删除|삭제"),
)
# fmt: on
_ACCOUNT_TOOL = lazyre.compile(r"(?i)user|account|member|principal|identity|login")
_ARCHIVE_TOOL = lazyre.compile(r"(?i)repo|repositor|channel|project|board|workspace|space|team|conversation")
_SWITCH_TOOL = lazyre.compile(r"(?i)rule|feature|flag|job|workflow|trigger|schedule|webhook|hook|monitor|alert|"
                              r"integration|app|function|pipeline|service|unit")


_ATTACH_TOOL = lazyre.compile(r"(?i)-role\b|role-polic|user-polic|group-polic|\bpolic(?:y|ies)\b|rolebinding")
_WORKLOAD_TOOL = lazyre.compile(r"(?i)\b(?:deployments?|statefulsets?|replicasets?|daemonsets?|deploy|sts|rs|ds)(?:/|\b)")


def family_of(name: str) -> str:
    """Which strength family an act's object belongs to, by a tool's or command's words ("" when none)."""
    if _ATTACH_TOOL.search(name):
        return "attachment"
    if _WORKLOAD_TOOL.search(name):
        return "workload"
    if _ACCOUNT_TOOL.search(name):
        return "account"
    if _ARCHIVE_TOOL.search(name):
        return "archive"
    if _SWITCH_TOOL.search(name):
        return "switch"
    return ""


def act_level(family: str, words: str) -> int:
    """The strength of the act `words` (a tool name's verb part, a subcommand) in `family`; 0 when none."""
    best = 0
    for s in STRENGTH:
        if s.family == family and lazyre.built(rf"(?i)(?:^|[_\-\s./]){s.act}").search(words):
            best = max(best, s.level)
    return best


_SAID = {(s.family, s.level): lazyre.compile("(?i)" + s.said) for s in STRENGTH}


def said_levels(family: str, text: str) -> tuple[int, ...]:
    """The strengths of `family` the text says (in any language the table knows)."""
    return tuple(lvl for (fam, lvl), pat in _SAID.items() if fam == family and pat.search(text))


# ------------------------------------------------------------------ roles by id and by name, with their power
#: role name (lower case) -> power: 0 reads, 1 writes data, 2 administers one service or scope, 3 administers all.
ROLE_POWER: dict[str, int] = {
    # Entra / Azure (names of `knowledge.role_ids`)
    "global administrator": 3, "privileged role administrator": 3, "user access administrator": 3, "owner": 3,
    "global reader": 0, "reports reader": 0, "security reader": 0, "directory readers": 0, "message center reader": 0,
    "reader": 0, "storage blob data reader": 0, "acrpull": 0, "default access": 0,
    "security administrator": 2, "user administrator": 2, "helpdesk administrator": 2, "application administrator": 2,
    "cloud application administrator": 2, "storage blob data owner": 2,
    "guest inviter": 1, "contributor": 2, "storage blob data contributor": 1, "acrpush": 1,
    # AWS managed policies (by the policy's name)
    "administratoraccess": 3, "iamfullaccess": 3, "poweruseraccess": 2, "readonlyaccess": 0, "viewonlyaccess": 0,
    "securityaudit": 0, "amazons3readonlyaccess": 0, "amazons3fullaccess": 2, "amazonec2readonlyaccess": 0,
    "amazonec2fullaccess": 2, "amazondynamodbreadonlyaccess": 0, "amazondynamodbfullaccess": 2,
    "cloudwatchreadonlyaccess": 0, "cloudwatchlogsreadonlyaccess": 0, "awslambda_readonlyaccess": 0,
    "awslambda_fullaccess": 2, "amazonrdsreadonlyaccess": 0, "amazonrdsfullaccess": 2, "amazonsqsreadonlyaccess": 0,
    "amazonsqsfullaccess": 2, "amazonsnsreadonlyaccess": 0, "amazonsnsfullaccess": 2, "billing": 1,
    "amazonec2containerregistryreadonly": 0, "amazonec2containerregistrypoweruser": 1,
    "amazonec2containerregistryfullaccess": 2, "secretsmanagerreadwrite": 2, "awscodecommitreadonly": 0,
    # GCP basic and common predefined roles (the path after `roles/`)
    "viewer": 0, "browser": 0, "editor": 2, "roles/owner": 3, "roles/viewer": 0, "roles/editor": 2, "roles/browser": 0,
    "resourcemanager.projectiamadmin": 3, "iam.securityadmin": 3, "iam.serviceaccountadmin": 2,
    "iam.serviceaccounttokencreator": 3, "iam.serviceaccountuser": 2, "storage.admin": 2, "storage.objectviewer": 0,
    "storage.objectadmin": 2, "storage.objectcreator": 1, "bigquery.dataviewer": 0, "bigquery.dataeditor": 1,
    "bigquery.admin": 2, "bigquery.user": 1, "bigquery.jobuser": 1, "logging.viewer": 0, "monitoring.viewer": 0,
    "run.invoker": 1, "run.admin": 2, "run.developer": 1, "cloudsql.client": 1, "cloudsql.admin": 2,
    "secretmanager.secretaccessor": 1, "secretmanager.admin": 2, "pubsub.publisher": 1, "pubsub.subscriber": 1,
    "pubsub.admin": 2, "artifactregistry.reader": 0, "artifactregistry.writer": 1, "artifactregistry.admin": 2,
    "container.developer": 1, "container.admin": 2, "container.viewer": 0, "compute.viewer": 0, "compute.admin": 2,
    # generic levels (GitHub, GitLab, Drive, Slack, databases)
    "read": 0, "pull": 0, "triage": 0, "commenter": 0, "guest": 0, "reporter": 0, "readonly": 0, "read-only": 0,
    "write": 1, "push": 1, "writer": 1, "developer": 1, "member": 1, "maintain": 2, "maintainer": 2,
    "admin": 3, "administrator": 3, "superuser": 3, "organizer": 2, "fileorganizer": 1, "manager": 2,
}  # fmt: skip
_AWS_MANAGED = lazyre.compile(r"(?i)arn:aws[\w-]*:iam::aws:policy/(?:[\w+=,.@-]+/)*([\w+=,.@-]+)")
_GCP_ROLE = lazyre.compile(r"(?i)\broles/([a-z][\w.]*)")


def role_names_in(text: str) -> list[tuple[str, str, int]]:
    """(the value as written, the role's name, its power) of every built-in role a text carries by its fixed id: an
    Entra/Azure role definition GUID, an AWS managed policy ARN, a GCP `roles/…` path."""
    from automode.knowledge.role_ids import ROLE_IDS

    out: list[tuple[str, str, int]] = []
    low = text.lower()
    for gid, name in ROLE_IDS.items():
        if gid in low:
            out.append((gid, name, ROLE_POWER.get(name, 2)))
    for m in _AWS_MANAGED.finditer(text):
        name = m.group(1).lower()
        out.append((m.group(0), name, ROLE_POWER.get(name, 1 if "readonly" not in name else 0)))
    for m in _GCP_ROLE.finditer(text):
        path = m.group(1).lower()
        if path not in ("owner", "editor", "viewer", "browser") and not re.fullmatch(r"[a-z]+\.[a-z]+", path):
            continue  # (`roles/sshd_hardening` is an Ansible role's folder, not a GCP role)
        power = ROLE_POWER.get(path, ROLE_POWER.get("roles/" + path))
        if power is None:
            power = 0 if re.search(r"viewer|reader|browser", path) else 2 if re.search(r"admin", path) else 1
        out.append((m.group(0), path, power))
    return out


def json_body(text: str) -> object:
    """A JSON object a command carries in one argument (`--body '{…}'`), or None."""
    start = text.find("{")
    if start < 0:
        return None
    try:
        return json.loads(text[start:])
    except ValueError:
        return None


#: Fixtures: (command, the user it logs in or runs as).
USER_CASES: tuple[tuple[str, str], ...] = (
    ("ssh-copy-id -i ~/.ssh/id_ed25519.pub root@build-02.internal", "root"),
    ("ssh -l ci build-02", "ci"),
    ("ssh build-02", ""),
    ("scp app.tar deploy@web-1:/srv/", "deploy"),
    ("psql -U postgres -h db -c 'select 1'", "postgres"),
    ("mysql -uroot -e 'show databases'", "root"),
    ("docker exec -u 0 web sh", "0"),
    ("sudo -u www-data php artisan cache:clear", "www-data"),
    ("psql postgres://app:pw@db/app -c 'select 1'", "app"),
    ("sudo -u www-data php artisan cache:clear", "www-data"),
    ("sudo php artisan cache:clear", "root"),
)
#: Fixtures: (command, the share in percent it gives, or None).
TRAFFIC_CASES: tuple[tuple[str, float | None], ...] = (
    ("aws lambda update-alias --function-name notify --name live --function-version 7", 100.0),
    ("aws lambda update-alias --function-name f --name live --routing-config '{\"AdditionalVersionWeights\":{\"7\":0.1}}'", 10.0),
    ("gcloud run services update-traffic api --to-revisions api-00042=10", 10.0),
    ("gcloud run services update-traffic api --to-latest", 100.0),
    ("aws lambda get-alias --function-name f --name live", None),
)


#: `ssh-copy-id` options that take a value (the key, port, options, config, target path, jump host).
COPY_ID_VALUED = frozenset({"-i", "-p", "-o", "-F", "-t", "-J"})


def copy_id_host(cmd: Command) -> Word | None:
    """The host word an `ssh-copy-id` command is given (its last operand); None for a dry run, the help, or none.
    (One reading for AM-RES-034, a loop of hosts, and AM-TRUST-014, a superuser's account.)"""
    args = cmd.argv[1:]
    if any(w.value in ("-n", "-h", "-?", "--help") for w in args):
        return None
    ops = [w for k, w in enumerate(args) if not w.value.startswith("-") and not (k and args[k - 1].value in COPY_ID_VALUED)]
    return ops[-1] if ops else None

#: Role names that are also ordinary verbs or nouns of a request ("triage the tickets", "pull the logs"): a word
#: of the request that is one of these names no role by itself (`intent.slots`, `intent.mcp`).
VERB_ROLES = frozenset({"read", "write", "push", "pull", "member", "manager", "guest", "billing", "triage", "maintain"})
