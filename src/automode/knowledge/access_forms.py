"""Access changes read from their command lines (session 28, T2): who gets (the principal), what (the role, group,
policy, permission or certificate profile), where (the scope: group, vhost, schema, namespace, resource group, realm,
topic) and for how long (the lifetime), per program, as data.

"add tkaur to vpn-users in FreeIPA" answered with `ipa group-add-member vpn-users --users=tkaur`, "read-only on the
vhost /analytics" with `rabbitmqctl set_permissions -p /analytics reporting '^$' '^$' '.*'`, "a cert for svc.local
valid one day" with `step ca certificate svc.local … --not-after 24h`: each program says the same four slots in its
own options and operands. A row (`Form`) names where each slot is read; `read(cmd)` returns the `Access` of a
command, or None when it is no access change this table knows. The judge compares each slot with the user's words
(`judge.intent.access_said`).

Slot sources: `--opt` / `-o` (the option's value, also `--opt=value`; commas split), `@N` (the Nth operand after the
subcommand path; `@N+` every operand from N), `key=` (a `key=value` operand), `path:GROUP` (a named group of the
row's `path_rx` on the first operand: Vault's API paths), `stdin:KEY` (a JSON key of the text piped in: cfssl's CSR),
`const:VALUE` (the form itself says it: a cluster role binding's scope is the cluster). `inner` rows are read from
the statement an option carries (`kadmin -q "delprinc …"`).

Census (manuals: freeipa.org ipa(1) and `ipa help`, MIT krb5 kadmin(1), rabbitmq.com/docs/cli and access-control,
min.io mc-admin-policy, developer.hashicorp.com/vault (approle, pki, ssh, token), cfssl, smallstep step ca certificate,
openssl-x509/req/ca(1), ssh-keygen(1) CERTIFICATES, learn.microsoft.com az role assignment, cloud.google.com
add-iam-policy-binding, docs.aws.amazon.com iam attach-*-policy / add-user-to-group, docs.openshift.com oc adm
policy, kubernetes.io kubectl create rolebinding, kafka.apache.org kafka-acls, keycloak.org kcadm.sh, redis.io ACL
SETUSER, devcenter.heroku.com access:add, setfacl(1)):

| kind | programs and forms | principal | role | scope | lifetime |
|---|---|---|---|---|---|
| directory | ipa group/hostgroup/role/hbacrule/sudorule-add-member, user-add/del, service-add/del; kadmin addprinc/delprinc/ktadd | --users --hosts, operand | the group / rule | - | -expire |
| broker | rabbitmqctl set_permissions / set_topic_permissions / set_user_tags / clear_permissions | operand 1 | the regex triple, tags | -p (default `/`) | - |
| object store | mc admin policy attach/detach, mc admin policy set | --user --group, user= | policy | the alias | - |
| secrets / PKI | vault write auth/approle/role/R/secret-id, PKI issue/sign, ssh sign, token create; cfssl gencert; step ca certificate; openssl x509/req/ca; ssh-keygen -s | common_name, CN, subject, -n | PKI role, profile, -policy | mount | ttl=, --not-after, -days, -V |
| cloud IAM | az role assignment create/delete, az ad group member add; gcloud *-iam-policy-binding; aws iam attach-*/add-user-to-group | --assignee, --member, --user-name | --role, --policy-arn, group | --scope / --resource-group / resource | - |
| clusters | oc adm policy add-(cluster-)role-to-user/group, add-scc-to-user; kubectl create (cluster)rolebinding | operands, -z, --user, --serviceaccount | role, --role/--clusterrole | -n, cluster | - |
| others | kafka-acls --add; kcadm.sh create users / add-roles; heroku access:add; setfacl -m | --allow-principal, username=, operand | --operation, --rolename, --permissions, perms | --topic/--group, -r, --app, path | - |
"""

from __future__ import annotations

import json
import re
import shlex

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command


@dataclass(frozen=True, slots=True)
class Form:
    """Where one program's access change says each slot."""

    program: tuple[str, ...]
    path: tuple[str, ...]  # the subcommand words (after the program's own options)
    act: str  # grant | revoke | create | delete | issue | keys
    principal: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    lifetime: tuple[str, ...] = ()
    unit: str = "go"  # the unit of a bare lifetime number (`said_units.value_of`)
    default_scope: str = ""  # the scope when nothing on the line gives one (`/` for rabbitmqctl)
    scope_words: str = ""  # words that name this kind of scope: a default scope is another one when they are said
    default_words: str = ""  # words that name the default scope itself ("the subscription", "the default vhost")
    values: tuple[str, ...] = ()  # options that take a value (beside the slot options), to find the operands
    keys: tuple[str, ...] = ()  # options whose value (or `@N` operands) is a key file the program uses itself
    triple: bool = False  # rabbitmqctl's configure/write/read regexes as the role
    path_rx: str = ""  # a pattern over the first operand (Vault API paths), read by `path:GROUP`
    inner: str = ""  # the option carrying a statement of the program's own language (`kadmin -q`)


@dataclass(frozen=True, slots=True)
class Access:
    """One access change as its command says it."""

    program: str
    act: str
    principals: tuple[str, ...]
    roles: tuple[str, ...]
    scopes: tuple[str, ...]
    lifetime: str  # the raw value ("" none)
    unit: str
    default_scope: bool  # the scope is the program's default (nothing on the line chose it)
    scope_words: str
    default_words: str
    keys: tuple[str, ...]  # key files the program reads or writes itself


_NS = r"namespace|namespaces|\bns\b|nimiavaruu\w*|namensraum|espace\s+de\s+noms|espacio\s+de\s+nombres|przestrze\w+\s+nazw|" \
      r"名前空間|命名空间|네임스페이스|\bprojec?t\w*"
_DEFAULT_VHOST = r"(?:^|\s)[\"'`]?/[\"'`]?(?:\s|$|[,.;:])|default\s+vhost|vhost\s+(?:por\s+defecto|par\s+d[ée]faut|predefinito)"
_VHOST = r"vhost\w*|virtual\s+host|virtuelle\w*\s+host|хост|wirtualn\w*\s+host"
_RG = r"resource[- ]?groups?|grupos?\s+de\s+recursos|ressourcengruppe\w*|groupes?\s+de\s+ressources|gruppo\s+di\s+risorse|" \
      r"grupa\s+zasob\w*|resursgrupp\w*|resourcegroep\w*|группа?\s+ресурсов|リソース\s*グループ|资源组|리소스\s*그룹|(?<![\w-])rg-[\w-]+"
_SUB = r"subscription|abonnement|suscripci\w+|assinatura|abbonamento|subskrypc\w+|подписк\w+|サブスクリプション|订阅|구독"
_CLUSTER = r"cluster[- ]?wide|clusterwide|every\s+namespace|all\s+namespaces|across\s+the\s+cluster|cluster\s*role\s*binding|" \
           r"clusterrolebinding|whole\s+cluster|entire\s+cluster"

# fmt: off
FORMS: tuple[Form, ...] = (
    # FreeIPA (ipa(1)): the group or rule is the role, its members the principals
    *(Form(("ipa",), (f"{kind}-add-member",), "grant", ("--users", "--groups", "--hosts", "--hostgroups", "--services"),
           ("@0",)) for kind in ("group", "hostgroup", "role", "netgroup")),
    *(Form(("ipa",), (f"{kind}-remove-member",), "revoke", ("--users", "--groups", "--hosts", "--hostgroups", "--services"),
           ("@0",)) for kind in ("group", "hostgroup", "role", "netgroup")),
    *(Form(("ipa",), (f"{kind}-add-{who}",), "grant", (f"--{who}s", "--groups", "--hostgroups"), ("@0",))
      for kind in ("hbacrule", "sudorule") for who in ("user", "host")),
    *(Form(("ipa",), (f"{kind}-add",), "create", ("@0",), values=("--first", "--last", "--email", "--shell", "--password"))
      for kind in ("user", "service", "host")),
    *(Form(("ipa",), (f"{kind}-{verb}",), "delete", ("@0+",)) for kind in ("user", "service", "host")
      for verb in ("del", "disable")),
    # MIT/Heimdal kadmin: the query's own statement
    Form(("kadmin", "kadmin.local", "kadmin.heimdal"), (), "", inner="-q", values=("-q", "-p", "-t", "-r", "-s", "-w", "-c"),
         keys=("-t", "-K")),
    *(Form(("kadmin-q",), (verb,), "create", ("@0",), lifetime=("-expire", "-maxlife"), unit="go",
           values=("-pw", "-e", "-policy", "-expire", "-pwexpire", "-maxlife", "-maxrenewlife", "-kvno", "-x"))
      for verb in ("addprinc", "add_principal", "ank")),
    *(Form(("kadmin-q",), (verb,), "delete", ("@0",)) for verb in ("delprinc", "delete_principal")),
    *(Form(("kadmin-q",), (verb,), "keys", ("@0+",), values=("-k", "-e"), keys=("-k",))
      for verb in ("ktadd", "xst", "ktrem", "ktremove")),
    *(Form(("kadmin-q",), (verb,), "keys", ("@0",), values=("-pw", "-e")) for verb in ("cpw", "change_password")),
    # RabbitMQ (rabbitmqctl(8)): `-p` picks the vhost, `/` when absent
    Form(("rabbitmqctl",), ("set_permissions",), "grant", ("@0",), ("@1", "@2", "@3"), ("-p", "--vhost"), default_scope="/",
         scope_words=_VHOST, default_words=_DEFAULT_VHOST, triple=True, values=("-n", "--node")),
    Form(("rabbitmqctl",), ("set_topic_permissions",), "grant", ("@0",), ("@2", "@3"), ("-p", "--vhost", "@1"),
         default_scope="/", scope_words=_VHOST, default_words=_DEFAULT_VHOST, triple=True, values=("-n", "--node")),
    Form(("rabbitmqctl",), ("clear_permissions",), "revoke", ("@0",), (), ("-p", "--vhost"), default_scope="/",
         scope_words=_VHOST, values=("-n", "--node")),
    Form(("rabbitmqctl",), ("set_user_tags",), "grant", ("@0",), ("@1+",), values=("-n", "--node")),
    Form(("rabbitmqctl",), ("delete_user",), "delete", ("@0",), values=("-n", "--node")),
    # MinIO client (mc admin policy attach ALIAS POLICY... --user|--group)
    Form(("mc", "mcli"), ("admin", "policy", "attach"), "grant", ("--user", "--group"), ("@1+",), ("@0",)),
    Form(("mc", "mcli"), ("admin", "policy", "detach"), "revoke", ("--user", "--group"), ("@1+",), ("@0",)),
    Form(("mc", "mcli"), ("admin", "policy", "set"), "grant", ("user=", "group="), ("@1",), ("@0",)),
    # HashiCorp Vault (an API path as the first operand of `vault write`)
    Form(("vault",), ("write",), "keys", ("path:who",), (), ("path:mount",), ("secret_id_ttl=", "ttl="),
         path_rx=r"^auth/(?P<mount>[\w.-]+)/role/(?P<who>[\w.-]+)/(?:secret-id|custom-secret-id)$", values=("-format",)),
    Form(("vault",), ("write",), "issue", ("common_name=", "alt_names=", "ip_sans=", "valid_principals="), ("path:role",),
         ("path:mount",), ("ttl=",), path_rx=r"^(?P<mount>[\w.-]+)/(?:issue|sign|sign-verbatim)/(?P<role>[\w.-]+)$",
         values=("-format", "-field")),
    Form(("vault",), ("token", "create"), "issue", ("-display-name",), ("-policy", "-role"), (), ("-ttl", "-period",
         "-explicit-max-ttl"), values=("-format", "-field", "-use-limit", "-metadata")),
    # certificate authorities
    Form(("cfssl",), ("gencert",), "issue", ("stdin:CN", "-cn", "-hostname"), ("-profile",), (), ("profile:",),
         values=("-ca", "-ca-key", "-config", "-label", "-remote"), keys=("-ca-key",)),
    Form(("step",), ("ca", "certificate"), "issue", ("@0", "--san"), ("--provisioner",), (), ("--not-after",),
         values=("--ca-url", "--root", "--token", "--kty", "--curve", "--size", "--not-before", "--password-file",
                 "--provisioner-password-file", "--context", "--offline"), keys=("@2",)),
    Form(("step",), ("ssh", "certificate"), "issue", ("--principal",), ("--provisioner",), (), ("--not-after",),
         values=("--ca-url", "--root", "--token", "--not-before", "--password-file", "--context"), keys=("@1",)),
    Form(("openssl",), ("x509",), "issue", ("-subj", "stem:-out"), (), (), ("-days",), unit="day",
         values=("-in", "-out", "-CA", "-CAkey", "-signkey", "-extfile", "-extensions", "-set_serial", "-CAserial",
                 "-passin", "-inform", "-outform", "-key"), keys=("-CAkey", "-signkey", "-key")),
    Form(("openssl",), ("req",), "issue", ("-subj",), (), (), ("-days",), unit="day",
         values=("-in", "-out", "-key", "-keyout", "-config", "-newkey", "-extensions", "-addext", "-passin", "-passout"),
         keys=("-key", "-keyout")),
    Form(("openssl",), ("ca",), "issue", ("-subj", "stem:-out"), ("-policy",), (), ("-days",), unit="day",
         values=("-in", "-out", "-config", "-cert", "-keyfile", "-extensions", "-name", "-passin"), keys=("-keyfile",)),
    Form(("ssh-keygen",), (), "issue", ("-n",), (), (), ("-V",), values=("-s", "-I", "-O", "-z", "-f", "-t", "-b", "-C"),
         keys=("-s",)),
    # cloud IAM
    Form(("az",), ("role", "assignment", "create"), "grant", ("--assignee", "--assignee-object-id"), ("--role",),
         ("--scope", "--resource-group", "-g"), default_scope="subscription", scope_words=f"{_SUB}|{_RG}",
         default_words=_SUB, values=("--assignee-principal-type", "--description", "--condition", "--subscription", "--name")),
    Form(("az",), ("role", "assignment", "delete"), "revoke", ("--assignee",), ("--role",),
         ("--scope", "--resource-group", "-g"), default_scope="subscription", scope_words=f"{_SUB}|{_RG}",
         default_words=_SUB, values=("--ids",)),
    Form(("az",), ("ad", "group", "member", "add"), "grant", ("--member-id",), ("--group", "-g")),
    Form(("gcloud",), ("*remove-iam-policy-binding",), "revoke", ("--member",), ("--role",), ("@0",),
         values=("--condition", "--project", "--region", "--location", "--zone")),
    Form(("gcloud",), ("*add-iam-policy-binding",), "grant", ("--member",), ("--role",), ("@0",),
         values=("--condition", "--project", "--region", "--location", "--zone")),
    *(Form(("aws",), ("iam", f"attach-{who}-policy"), "grant", (f"--{who}-name",), ("--policy-arn",))
      for who in ("user", "role", "group")),
    *(Form(("aws",), ("iam", f"detach-{who}-policy"), "revoke", (f"--{who}-name",), ("--policy-arn",))
      for who in ("user", "role", "group")),
    Form(("aws",), ("iam", "add-user-to-group"), "grant", ("--user-name",), ("--group-name",)),
    Form(("aws",), ("iam", "remove-user-from-group"), "revoke", ("--user-name",), ("--group-name",)),
    # clusters
    *(Form(("oc",), ("adm", "policy", f"add-role-to-{who}"), "grant", ("@1+", "-z", "--serviceaccount"), ("@0",),
           ("-n", "--namespace"), default_scope="current", scope_words=_NS, values=("--role-namespace", "--rolebinding-name"))
      for who in ("user", "group")),
    *(Form(("oc",), ("adm", "policy", f"add-cluster-role-to-{who}"), "grant", ("@1+", "-z", "--serviceaccount"), ("@0",),
           ("const:cluster",), scope_words=_CLUSTER, values=("-n", "--namespace", "--rolebinding-name"))
      for who in ("user", "group")),
    *(Form(("oc",), ("adm", "policy", f"remove-role-from-{who}"), "revoke", ("@1+", "-z", "--serviceaccount"), ("@0",),
           ("-n", "--namespace"), default_scope="current", scope_words=_NS) for who in ("user", "group")),
    Form(("oc",), ("adm", "policy", "add-scc-to-user"), "grant", ("@1+", "-z", "--serviceaccount"), ("@0",),
         ("const:cluster",), scope_words=_CLUSTER, values=("-n", "--namespace")),
    Form(("kubectl", "oc"), ("create", "rolebinding"), "grant", ("--user", "--group", "--serviceaccount"),
         ("--role", "--clusterrole"), ("-n", "--namespace"), default_scope="current", scope_words=_NS,
         values=("--context", "--kubeconfig", "-o", "--output")),
    Form(("kubectl", "oc"), ("create", "clusterrolebinding"), "grant", ("--user", "--group", "--serviceaccount"),
         ("--clusterrole",), ("const:cluster",), scope_words=_CLUSTER, values=("--context", "--kubeconfig", "-o")),
    # others
    Form(("kafka-acls", "kafka-acls.sh"), ("--add",), "grant", ("--allow-principal",), ("--operation",),
         ("--topic", "--group", "--transactional-id", "--cluster"),
         values=("--bootstrap-server", "--command-config", "--authorizer-properties", "--resource-pattern-type",
                 "--allow-host", "--deny-principal", "--deny-host")),
    Form(("kcadm.sh", "kcadm"), ("create", "users"), "create", ("username=",), (), ("-r", "--target-realm"),
         values=("-s", "--set", "-f", "--server", "--realm", "--user", "--config", "-o")),
    Form(("kcadm.sh", "kcadm"), ("add-roles",), "grant", ("--uusername", "--uid", "--gname", "--gid"), ("--rolename",
         "--roleid"), ("-r", "--target-realm", "--cclientid"), values=("--server", "--realm", "--user", "--config")),
    Form(("heroku",), ("access:add",), "grant", ("@0",), ("--permissions", "--privileges"), ("-a", "--app"),
         values=("-r", "--remote")),
    Form(("setfacl",), (), "grant", ("acl:who",), ("acl:perms",), ("@0+",), values=("-m", "--modify", "-M", "-X")),
    Form(("gitea", "forgejo"), ("admin", "user", "create"), "create", ("--username",), ("flag:--admin:admin",),
         values=("--email", "--password", "--config", "-c", "--work-path", "--access-token-scopes")),
    Form(("gitea", "forgejo"), ("admin", "user", "delete"), "delete", ("--username", "--email", "--id"),
         values=("--config", "-c")),
    Form(("redis-cli", "valkey-cli", "keydb-cli"), ("acl", "setuser"), "grant", ("@0",), ("prefix:+", "prefix:all"),
         ("prefix:~", "prefix:%"), values=("-h", "-p", "-a", "-n", "-u", "--user", "--pass")),
    Form(("kubectl", "oc"), ("create", "token"), "issue", ("@0",), (), ("-n", "--namespace"), ("--duration",),
         default_scope="current", scope_words=_NS, values=("--context", "--kubeconfig", "--audience", "-o",
                                                            "--bound-object-kind", "--bound-object-name")),
    Form(("createuser",), (), "create", ("@0",), ("flag:--superuser:superuser", "flag:-s:superuser",
         "flag:--createrole:createrole", "flag:-r:createrole"), values=("-h", "-p", "-U", "-c", "--host", "--port",
                                                                       "--username", "-g", "--role")),
    Form(("aws",), ("iam", "create-access-key"), "keys", ("--user-name",)),
    Form(("gcloud",), ("iam", "service-accounts", "keys", "create"), "keys", ("--iam-account",),
         values=("--project", "--key-file-type")),
    Form(("az",), ("ad", "sp", "create-for-rbac"), "grant", ("--name", "-n", "--display-name"), ("--role",),
         ("--scopes",), ("--years",), unit="year", values=("--cert", "--keyvault", "--json-auth", "--sdk-auth")),
    Form(("vault",), ("write",), "create", ("path:who",), ("policies=", "token_policies="), ("path:mount",),
         ("token_ttl=", "ttl="), path_rx=r"^auth/(?P<mount>userpass|ldap)/(?:users|groups)/(?P<who>[\w.@-]+)$"),
)
# fmt: on

#: Programs with a row, for the cheap test before the table.
PROGRAMS = frozenset(p for f in FORMS for p in f.program if not p.endswith("-q"))
#: Kind prefixes of a principal (`user:x@y`, `serviceAccount:…`, `User:etl`, `group:…`, `domain:…`).
_KIND = lazyre.compile(r"(?i)^(?:user|group|serviceaccount|domain|principal|service|host|u|g)\s*:")
_PROFILE_LIFE = lazyre.compile(r"(?i)(?:^|[-_.])(\d+)\s*([hdwmy])(?:$|[-_.])")
_PROFILE_UNITS = {"h": "h", "d": "d", "w": "w", "m": "months", "y": "years"}


def _operands(words: list[str], form: Form) -> tuple[list[str], dict[str, list[str]]]:
    """The operands after the path, and every option's values (`--x v`, `--x=v`, a known value option)."""
    takes = {o for slot in (form.principal, form.role, form.scope, form.lifetime, form.keys) for o in slot
             if o.startswith("-")} | set(form.values)
    ops: list[str] = []
    opts: dict[str, list[str]] = {}
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("-") and len(w) > 1 and not w.startswith("--=") and w != "-":
            name, eq, val = w.partition("=")
            if eq:
                opts.setdefault(name, []).append(val)
            elif name in takes and i + 1 < len(words):
                opts.setdefault(name, []).append(words[i + 1])
                i += 1
            else:
                opts.setdefault(name, []).append("")
        else:
            ops.append(w)
        i += 1
    return ops, opts


def _path(form: Form, words: list[str]) -> int:
    """The index after `form.path` in `words` (options before and between the path words skipped), -1 if absent."""
    i = 0
    for p in form.path:
        if p.startswith("*"):  # a verb after the program's own groups (`gcloud storage buckets add-iam-policy-binding`)
            i = next((j for j in range(i, len(words)) if words[j].lower().endswith(p[1:])), len(words))
            if i >= len(words):
                return -1
            i += 1
            continue
        while i < len(words) and words[i].startswith("-") and words[i] != p:
            i += 1 + (1 if "=" not in words[i] and words[i] in form.values and i + 1 < len(words) else 0)
        if i >= len(words):
            return -1
        w = words[i].lower()
        if not (w == p or (p.startswith("*") and w.endswith(p[1:]))):
            return -1
        i += 1
    return i


def _values(src: str, ops: list[str], opts: dict[str, list[str]], path: re.Match[str] | None, stdin: str) -> list[str]:
    if src.startswith("@"):
        n = int(src[1:].rstrip("+"))
        return ops[n:] if src.endswith("+") else ops[n:n + 1]
    if src.startswith("-"):
        return [v for x in opts.get(src, []) for v in x.split(",") if v]
    if src.endswith("="):  # a `key=value` operand, or the value of an option (`kcadm.sh -s username=marta`)
        return [v for o in (*ops, *(x for vs in opts.values() for x in vs)) if o.startswith(src)
                for v in o[len(src):].split(",") if v]
    if src.startswith("path:"):
        return [path.group(src[5:])] if path is not None and path.group(src[5:]) else []
    if src.startswith("flag:"):  # a switch that gives a role by its name (`gitea admin user create --admin`)
        _, opt, role = src.split(":", 2)
        return [role] if opt in opts else []
    if src.startswith("prefix:"):  # operands that start so (Redis ACL rules: `+@read`, `~cache:*`)
        pre = src[7:]
        return [o for o in ops[1:] if o.lower().startswith(pre)]
    if src.startswith("stem:"):  # a certificate named by its file (`-out nas.crt`: nas)
        return [re.sub(r"\.(?:crt|pem|cer|der)$", "", v.rsplit("/", 1)[-1]) for v in opts.get(src[5:], []) if v]
    if src.startswith("const:"):
        return [src[6:]]
    if src.startswith("stdin:") and stdin:
        try:
            doc = json.loads(stdin)
        except ValueError:
            return []
        got = doc.get(src[6:]) if isinstance(doc, dict) else None
        return [got] if isinstance(got, str) and got else []
    return []


def _principal(v: str) -> str:
    v = v.strip().strip("'\"")
    if v.startswith("/") and "CN=" in v:  # an openssl subject: `/C=DE/CN=nas.home`
        m = re.search(r"CN=([^/,]+)", v)
        return m.group(1) if m else v
    v = _KIND.sub("", v)
    return v.rsplit(":", 1)[-1] if re.fullmatch(r"[\w.-]+:[\w.-]+", v) else v  # `--serviceaccount=monitoring:dash`


def _scope(v: str) -> str:
    """An Azure scope path by its innermost named resource (`…/resourceGroups/rg-crm-dev` -> rg-crm-dev)."""
    v = v.strip().strip("'\"")
    if v.startswith(("~", "%")):  # a Redis key pattern (`~cache:*`, `%R~app:*`): `~*` is every key
        v = v.split("~", 1)[-1]
        return "*" if v in ("*", "") else v
    if v.lower().startswith("/subscriptions/"):
        parts = [p for p in v.split("/") if p]
        return parts[-1] if len(parts) >= 2 else v
    return v


def _acl(ops: list[str], opts: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """setfacl `-m u:USER:PERMS[,…]`: the users and the permissions."""
    who, perms = [], []
    for spec in (*opts.get("-m", []), *opts.get("--modify", [])):
        for part in spec.split(","):
            bits = part.split(":")
            if len(bits) == 3 and bits[0] in ("u", "user", "g", "group") and bits[1]:
                who.append(bits[1])
                perms.append({"r": "read", "r-x": "read", "rx": "read", "r--": "read"}.get(bits[2], "write"
                             if "w" in bits[2] else bits[2]))
    return who, perms


def read(cmd: Command) -> Access | None:
    """The access change `cmd` makes, by the table; None when no row reads it."""
    name = cmd.name
    if name not in PROGRAMS:
        return None
    words = [w.value for w in cmd.argv[1:]]  # (a dynamic word, `--password "$PW"`, is no slot the words can name)
    return _read(name, words, cmd)


def _read(name: str, words: list[str], cmd: Command | None) -> Access | None:
    for form in FORMS:
        if name not in form.program:
            continue
        at = _path(form, words)
        if at < 0:
            continue
        rest = words[at:]
        ops, opts = _operands(rest, form)
        if form.inner:
            stmt = next((v for v in opts.get(form.inner, []) if v), "")
            try:
                inner = shlex.split(stmt)
            except ValueError:
                return None
            got = _read(f"{name.split('.')[0]}-q" if name.startswith("kadmin") else name, inner, None) if inner else None
            if got is None:
                return None
            keys = tuple(v for k in form.keys for v in opts.get(k, []) if v)
            return Access(name, got.act, got.principals, got.roles, got.scopes, got.lifetime, got.unit,
                          got.default_scope, got.scope_words, got.default_words, keys + got.keys)
        m = re.match(form.path_rx, ops[0]) if form.path_rx and ops else None
        if form.path_rx and m is None:
            continue
        stdin = ""
        if cmd is not None and any(s.startswith("stdin:") for s in form.principal):
            text, known = cmd.stdin_text()
            stdin = text or "" if known else ""
        if form.principal == ("acl:who",):
            who, perms = _acl(ops, opts)
            principals, roles = who, perms
        else:
            principals = [_principal(v) for s in form.principal for v in _values(s, ops, opts, m, stdin)]
            roles = [v for s in form.role for v in _values(s, ops, opts, m, stdin)]
        if form.triple:
            roles = [triple_role(ops[1:4])] if len(ops) >= 4 or (form.path == ("set_topic_permissions",) and len(ops) >= 4) \
                else []
        scopes = [_scope(v) for s in form.scope for v in _values(s, ops, opts, m, stdin)]
        default = not scopes and bool(form.default_scope)
        if default:
            scopes = [form.default_scope]
        life = ""
        for s in form.lifetime:
            if s == "profile:":
                for r in roles:
                    pm = _PROFILE_LIFE.search(r)
                    if pm:
                        life = f"{pm.group(1)}{_PROFILE_UNITS[pm.group(2).lower()]}"
                continue
            got_life = _values(s, ops, opts, m, stdin)
            if got_life:
                life = got_life[0]
                break
        keys = tuple(v for k in form.keys for v in _values(k, ops, opts, m, stdin) if v)
        if not principals and form.act in ("grant", "revoke", "create", "delete"):
            return None
        return Access(name, form.act, tuple(principals), tuple(roles), tuple(scopes), life, form.unit, default,
                      form.scope_words, form.default_words, keys)
    return None


def triple_role(triple: list[str]) -> str:
    """RabbitMQ's configure, write and read patterns as a level: nothing configured or written is reading."""
    conf, write = [*triple, "", ""][:2]
    empty = ("", "^$")
    if conf.strip("'\"") in empty and write.strip("'\"") in empty:
        return "read"
    if conf.strip("'\"") in empty:
        return "write"
    return "configure"


#: (command line, (act, principals, roles, scopes, lifetime)) for the table's tests.
FIXTURES: tuple[tuple[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str]], ...] = (
    ("ipa group-add-member vpn-users --users=tkaur", ("grant", ("tkaur",), ("vpn-users",), (), "")),
    ("rabbitmqctl set_permissions -p /analytics reporting '^$' '^$' '.*'",
     ("grant", ("reporting",), ("read",), ("/analytics",), "")),
    ("rabbitmqctl set_permissions grafana '.*' '.*' '.*'", ("grant", ("grafana",), ("configure",), ("/",), "")),
    ("kadmin -p admin/admin -k -t /etc/krb5.keytab -q \"delete_principal -force host/old-nas.lab.acme.ro\"",
     ("delete", ("host/old-nas.lab.acme.ro",), (), (), "")),
    ("kadmin.local -q 'addprinc -randkey HTTP/web-3.lab'", ("create", ("HTTP/web-3.lab",), (), (), "")),
    ("step ca certificate svc.local svc.crt svc.key --not-after 24h", ("issue", ("svc.local",), (), (), "24h")),
    ("vault write pki_int/issue/web common_name=web.internal ttl=24h", ("issue", ("web.internal",), ("web",), ("pki_int",), "24h")),
    ("vault write -f auth/approle/role/ci-dev/secret-id", ("keys", ("ci-dev",), (), ("approle",), "")),
    ("az role assignment create --assignee hana@x.io --role Reader --scope /subscriptions/1b2c/resourceGroups/rg-crm-dev",
     ("grant", ("hana@x.io",), ("Reader",), ("rg-crm-dev",), "")),
    ("az role assignment create --assignee hana@x.io --role Reader", ("grant", ("hana@x.io",), ("Reader",), ("subscription",), "")),
    ("gcloud projects add-iam-policy-binding acme-dev --member=user:alice@acme.io --role=roles/viewer",
     ("grant", ("alice@acme.io",), ("roles/viewer",), ("acme-dev",), "")),
    ("oc adm policy add-role-to-user view -z reporter -n raportit", ("grant", ("reporter",), ("view",), ("raportit",), "")),
    ("kubectl create clusterrolebinding d --clusterrole=view --serviceaccount=monitoring:dash",
     ("grant", ("dash",), ("view",), ("cluster",), "")),
    ("mc admin policy attach local readonly --user bi", ("grant", ("bi",), ("readonly",), ("local",), "")),
    ("kafka-acls --bootstrap-server k:9092 --add --allow-principal User:etl --operation Read --topic orders",
     ("grant", ("etl",), ("Read",), ("orders",), "")),
    ("ssh-keygen -s ca -I alice -n deploy,root -V +1d alice.pub", ("issue", ("deploy", "root"), (), (), "+1d")),
    ("openssl x509 -req -in n.csr -CA ca.pem -CAkey ca.key -out n.crt -days 30", ("issue", ("n",), (), (), "30")),
    ("setfacl -m u:www-data:r-x /srv/reports", ("grant", ("www-data",), ("read",), ("/srv/reports",), "")),
    ("kcadm.sh create users -r dev -s username=marta -s enabled=true", ("create", ("marta",), (), ("dev",), "")),
    ("gitea admin user create --username lena --email l@x.io --password p --admin", ("create", ("lena",), ("admin",), (), "")),
    ("redis-cli ACL SETUSER reports on '>pw' '~cache:*' '+@read'", ("grant", ("reports",), ("+@read",), ("cache:*",), "")),
    ("kubectl create token ci-bot -n build --duration=1h", ("issue", ("ci-bot",), (), ("build",), "1h")),
    ("createuser --superuser etl", ("create", ("etl",), ("superuser",), (), "")),
    ("vault write auth/userpass/users/nina password=x policies=read-kv", ("create", ("nina",), ("read-kv",), ("userpass",), "")),
)
