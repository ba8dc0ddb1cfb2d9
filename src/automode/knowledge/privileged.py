"""Privileged targets (session 14, class E5; issue 12): roles, groups, scopes and permissions whose name means
administrative power, on every platform, and where an action grants one.

A grant is judged by its object as much as by its verb: "add jdoe to Helpdesk-Tier1" answered with
`Add-ADGroupMember -Identity 'Domain Admins'`, or "give alice the order-viewer role" answered with
`--rolename realm-admin`, matches the person and the verb "add", and hands over the run of the directory or realm.
`ROWS` is the knowledge: per platform, the names (as a pattern over one value, separators and case ignored) and the
words a user says to name each. `granted(a)` reads the privileged values an action grants, wherever a grant happens:
a command's role-carrying options and operands (shell and PowerShell), SQL (`GRANT ALL PRIVILEGES`, `SUPERUSER`,
`db_owner`), an inline policy document (`"Action": "*"`), an MCP call's role keys, and the lines an edit adds to an
IaC or manifest file (`role_definition_name = "Owner"`, `roleRef: name: cluster-admin`, `policy_arn = …Administrator
Access`). `named(value, words)` says whether the user's words name it.

Sources: Microsoft's AD protected groups list (AdminSDHolder) and Entra built-in roles, Azure built-in roles, AWS
managed policies (job function), GCP basic and IAM admin roles, Kubernetes default ClusterRoles and `system:masters`,
Keycloak realm-management roles, GitHub organisation/repository roles and OAuth scopes, GitLab access levels,
PostgreSQL role attributes and predefined roles, MySQL privileges, SQL Server fixed roles, MongoDB built-in roles,
Linux administrative groups (sudo, wheel, admin, root, docker, lxd, disk), Okta and Google Workspace admin roles,
Vault's root policy, RabbitMQ's administrator tag, Salesforce System Administrator, Atlassian site admins.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.linecut import lines_with
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

# fmt: off
#: (platform, pattern over one normalised value (lower case, `-`/`_`/`.` and runs of spaces made one space, a
#: `roles/`, `arn:…:policy/`, `ClusterRole/` prefix dropped), words that name it in a request (besides the value)).
ROWS: tuple[tuple[str, str], ...] = (
    ("Active Directory", r"domain admins?|enterprise admins?|schema admins?|administrators|builtin ?\\? ?administrators|"
     r"account operators|backup operators|server operators|print operators|dnsadmins|key admins|enterprise key admins|"
     r"group policy creator owners|domain controllers|cert publishers"),
    ("Entra ID / Azure", r"global administrator|company administrator|privileged role administrator|"
     r"privileged authentication administrator|user access administrator|role based access control administrator|"
     r"owner|co ?administrator|service administrator|account administrator|application administrator|"
     r"cloud application administrator|security administrator|exchange administrator|sharepoint administrator|"
     r"intune administrator|conditional access administrator|hybrid identity administrator|"
     r"62e90394 69f5 4237 9190 012177145e10|8e3af657 a8ff 443c a75c 2fe8c4bcb635|18d7d88d d35e 4fb5 a5c3 7773c20a72d9|"
     r"e8611ab8 c189 46e8 94e1 60213ab1f814"),
    ("AWS IAM", r"administratoraccess|iamfullaccess|poweruseraccess|\*|\* ?: ?\*|iam ?: ?\*|sts ?: ?\*|organizations ?: ?\*"),
    ("GCP IAM", r"owner|editor|resourcemanager ?(?:organizationadmin|projectiamadmin|folderadmin|folderiamadmin)|"
     r"iam ?(?:securityadmin|serviceaccounttokencreator|serviceaccountadmin|serviceaccountkeyadmin|organizationrolead?min|"
     r"roleadmin|workloadidentitypooladmin)|billing ?admin"),
    ("Kubernetes", r"cluster ?admin|system ?masters|system ?:masters|system:masters|cluster-admin"),
    ("Keycloak", r"realm ?admin|manage ?realm|manage ?users|manage ?clients|manage ?authorization|create ?realm|"
     r"manage ?identity ?providers|impersonation"),
    ("GitHub / GitLab", r"admin|owner|owners|maintainer|maintain|admin ?org|admin ?enterprise|admin ?repo ?hook|"
     r"admin ?org ?hook|delete ?repo|site ?admin|50|40"),
    ("database", r"superuser|createrole|bypassrls|replication|rds ?superuser|cloudsqlsuperuser|azure ?pg ?admin|"
     r"pg ?(?:read|write) ?server ?files|pg ?execute ?server ?program|db ?owner|db ?securityadmin|db ?accessadmin|"
     r"sysadmin|securityadmin|serveradmin|dbowner|root|useradminanydatabase|dbadminanydatabase|"
     r"readwriteanydatabase|clusteradmin|all privileges|all|super|grant option|file|shutdown|process|"
     r"create user|usagepriv"),
    ("Snowflake", r"accountadmin|orgadmin|globalorgadmin|securityadmin|useradmin|sysadmin"),
    ("MinIO", r"consoleadmin|console admin"),
    ("Linux", r"sudo|sudoers|wheel|root|admin|adm|docker|lxd|disk|shadow|kvm|libvirt"),
    ("SaaS", r"super ?admin|super ?administrator|org ?admin|organization ?administrator|seed ?admin ?role|"
     r"primary ?owner|workspace ?owner|org ?owner|account ?owner|site ?admin|system administrator|modify all data|"
     r"administrator|administrators|administrator tag|root policy|billing admin|application administrator"),
)
# fmt: on
_ROW_RES = tuple(lazyre.compile(f"^(?:{p})$") for _, p in ROWS)
#: Any value naming an admin, owner, root or superuser power by its own words, on a platform no row lists
#: (`helpdesk-admin` is still an admin role: it is a finding when the user did not name it).
GENERIC = lazyre.compile(r"^(?:[\w ]+ )?(?:super ?admin\w*|admin|admins|administrator|administrators|owner|owners|"
                         r"superuser|root|full ?access|full ?control|all ?access)$")
#: A role of one cloud service (GCP `roles/<service>.<role>`, an AWS managed policy named for a service): the rows
#: name the ones of administrative power (`roles/resourcemanager.projectIamAdmin`); the generic words do not apply.
_SERVICE_ROLE = lazyre.compile(r"(?i)^(?:(?:projects/[\w-]+/|organizations/\d+/)?roles/[\w-]+\.\w+|arn:aws[\w-]*:iam::aws:policy/.*Amazon\w+)$")
_PREFIX = lazyre.compile(r"(?i)^(?:roles/|organizations/\d+/roles/|projects/[\w-]+/roles/|arn:aws[\w-]*:iam::(?:aws|\d+):policy/"
                         r"(?:job-function/|service-role/)?|clusterrole/|group:|role:|builtin\\)")


def normal(value: str) -> str:
    """A value as the rows read it: prefix dropped, lower case, separators one space."""
    v = _PREFIX.sub("", value.strip().strip("'\"`[](){}")).strip()
    v = re.sub(r"(?<=[a-z0-9])(?=[A-Z][a-z])", " ", v)  # AdministratorAccess -> Administrator Access (and joined)
    v = v.lower()
    v = re.sub(r"[-_./]+", " ", v)
    return " ".join(v.split())


def privileged(value: str) -> str | None:
    """The platform of a privileged role, group or scope value, None for any other value (`order-viewer`)."""
    if not value or len(value) > 200:
        return None
    n = normal(value)
    squashed = n.replace(" ", "")
    for (platform, _), r in zip(ROWS, _ROW_RES, strict=True):
        if r.match(n) or r.match(squashed):
            return platform
    if _SERVICE_ROLE.match(value.strip()):
        return None  # `roles/storage.objectAdmin`, `…:policy/AmazonS3FullAccess`: one service's data, not the account's
    return "admin role" if GENERIC.match(n) else None


def _words(text: str) -> str:
    return " " + " ".join(re.sub(r"[-_./:]+", " ", text.lower()).split()) + " "


def named(value: str, messages: tuple[str, ...] | list[str]) -> bool:
    """The user's words name this privileged value: its own words ("make jdoe a Domain Admin" for `Domain Admins`,
    "the realm-admin role" for `realm-admin`, "AdministratorAccess"), or a word `SYNONYMS` lists for it ("owner" of
    a GitHub organisation is its `admin` role)."""
    if not messages:
        return False
    text = _words(" ".join(messages)[:20_000])
    n = normal(value)
    squashed = text.replace(" ", "")
    forms = {n, n.rstrip("s"), re.sub(r"s\b", "", n)}
    if any(f and (f" {f} " in text or f" {f}s " in text) for f in forms):
        return True
    if len(n.replace(" ", "")) >= 8 and n.replace(" ", "") in squashed:
        return True  # `AdministratorAccess`, `realm-admin` written as one word
    for w in SYNONYMS.get(n, ()):
        ww = _words(w).strip()
        if ww and (f" {ww} " in text or f" {ww}s " in text):
            return True
    return False


#: Words a request says for a privileged value besides the value's own words (by the value as `normal` reads it).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "administrators": ("administrators group", "local admin", "local administrator"),
    "owner": ("owner", "owners"), "global administrator": ("global admin",),
    "user access administrator": ("user access admin",), "privileged role administrator": ("privileged role admin",),
    "administrator access": ("admin access", "full admin", "full access", "administrator", "admin"),
    "iam full access": ("iam full access", "iamfullaccess"), "power user access": ("power user", "poweruser"),
    "*": ("full access", "all actions", "every action", "all permissions", "admin", "administrator", "everything", "wildcard"),
    "* : *": ("full access", "all actions", "admin", "administrator"), "iam : *": ("full iam", "all iam", "iam admin"),
    "admin": ("admin", "administrator", "owner", "owners"), "50": ("owner",), "40": ("maintainer",),
    "maintain": ("maintainer", "maintain"), "db owner": ("db owner", "db_owner", "database owner"),
    "all": ("all privileges", "full access", "everything", "all permissions"),
    "all privileges": ("all privileges", "full access", "everything", "all permissions"),
    "grant option": ("grant option", "grant others", "re-grant", "regrant"),
    "super admin": ("super admin", "superadmin", "super administrator"),
    # (PowerShell's `Add-LocalGroupMember -Group Administrators` is read as `usermod -aG sudo`)
    "sudo": ("sudo", "sudoer", "sudoers", "admin rights", "administrator", "administrators", "local admin"),
    "wheel": ("wheel", "sudo", "admin rights", "administrator", "administrators"), "root": ("root",), "cluster admin": ("cluster admin",),
    "system masters": ("system:masters", "masters group"), "superuser": ("superuser", "super user"),
}  # fmt: skip


# --- where a grant happens --------------------------------------------------------------------------------------------

#: Options and keys whose value is the role, group, policy or scope a grant gives (commands, MCP keys, IaC keys).
ROLE_KEY = lazyre.compile(r"(?i)^-{0,2}(?:role|roles|rolename|role[-_]?name|role[-_]?names|role[-_]?type|roletype|role[-_]?id|"
                          r"clusterrole|cluster[-_]?role|group|groups|g|ag|groupname|group[-_]?name|memberof|member[-_]?of|"
                          r"policy[-_]?arn|policyarn|policy|policies|policy[-_]?name|permission|permissions|access[-_]?level|"
                          r"accesslevel|role[-_]?definition[-_]?name|roledefinitionname|role[-_]?definition[-_]?id|"
                          r"roledefinitionid|directory[-_]?role|scope|scopes|tags|privileges?|capabilities|"
                          r"admin[-_]?role|identity|managed[-_]?policy[-_]?arns)$")
#: Keys of a command that name the group it adds to only for membership commands (`-Identity` of Add-ADGroupMember).
_IDENTITY_CMDS = lazyre.compile(r"(?i)^(?:add-adgroupmember|add-localgroupmember|add-distributiongroupmember|add-rolegroupmember|"
                                r"add-unifiedgrouplinks|add-mggroupmember\w*|new-mggroupmember\w*)$")
#: Commands that add a user to a group with no control effect of their own (the rest grant through a control
#: effect whose verb is "permission": `knowledge.control`).
#: GitHub OAuth scopes of administrative power (`gh auth refresh -s admin:org`).
GH_POWER_SCOPES = frozenset({"admin:org", "admin:enterprise", "admin:repo_hook", "admin:org_hook", "admin:public_key",
                             "admin:gpg_key", "delete_repo", "site_admin", "write:org", "admin:ssh_signing_key"})
#: Membership and role commands that take the group or role they grant as an OPERAND after a subcommand path:
#: command -> ((subcommand path, slice of the operands after it that name the group/role), ...). Operands are the
#: words that do not start with `-` (an option's separate value counts too, hence `openstack role add … ROLE`: last).
MEMBER_OPERANDS: dict[str, tuple[tuple[tuple[str, ...], slice], ...]] = {
    "ipa": ((("group-add-member",), slice(0, 1)), (("role-add-member",), slice(0, 1))),  # FreeIPA
    "samba-tool": ((("group", "addmembers"), slice(0, 1)),),  # Samba AD: `group addmembers GROUP MEMBERS`
    "kanidm": ((("group", "add-members"), slice(0, 1)),),
    "net": ((("rpc", "group", "addmem"), slice(0, 1)), (("sam", "addmem"), slice(0, 1))),
    "openstack": ((("role", "add"), slice(-1, None)),),  # `openstack role add --user U --project P ROLE`
    "pw": ((("groupmod",), slice(0, 1)),),  # FreeBSD `pw groupmod wheel -m bob`
    "mc": ((("admin", "policy", "attach"), slice(1, None)),),  # MinIO `mc admin policy attach ALIAS POLICY… --user`
    "rabbitmqctl": ((("set_user_tags",), slice(1, None)),),  # `set_user_tags USER TAG…`
    "groupmems": (),  # the group is `-g GROUP` (an option `ROLE_KEY` reads)
}
GROUP_COMMANDS = frozenset({"gh", "usermod", "gpasswd", "adduser", "addgroup", "useradd", "dseditgroup", "dscl", "oc",
                            "ansible", *MEMBER_OPERANDS})
#: Ansible modules whose `-a` arguments name the groups an account joins (`-m user -a 'name=ci groups=sudo'`).
_ANSIBLE_GROUP_MODULES = frozenset({"user", "ansible.builtin.user", "win_user", "ansible.windows.win_user",
                                    "win_group_membership", "ansible.windows.win_group_membership"})
#: Subcommands whose first operand after them is the role they grant (OpenShift `oc adm policy add-cluster-role-to-user
#: cluster-admin dev1`, RabbitMQ `set_user_tags USER TAG…`: every operand after the user).
ROLE_OPERAND = lazyre.compile(r"^(?:add-(?:cluster-)?role-to-(?:user|group|serviceaccount))$")
#: SQL that grants power: everything (`ALL PRIVILEGES ON *.*`), the right to grant, role attributes of a superuser.
SQL_POWER = lazyre.compile(r"(?is)\bGRANT\s+ALL(?:\s+PRIVILEGES)?\s+ON\s+(?:\*\.\*|ALL\s+TABLES|DATABASE|SCHEMA|\*)|"
                           r"\bWITH\s+GRANT\s+OPTION\b|\bWITH\s+ADMIN\s+OPTION\b|"
                           r"\bGRANT\s+ROLE\s+[\"']?(ACCOUNTADMIN|ORGADMIN|SECURITYADMIN|SYSADMIN|USERADMIN|GLOBALORGADMIN)\b|"
                           r"\b(?:ALTER|CREATE)\s+(?:ROLE|USER)\s+[\w\"'`@%.-]+\s+(?:WITH\s+)?(?:[\w\s'\"]*\s)?"
                           r"(SUPERUSER|CREATEROLE|BYPASSRLS|REPLICATION)\b|"
                           r"\bGRANT\s+(SUPER|FILE|SHUTDOWN|PROCESS|CREATE\s+USER|rds_superuser|cloudsqlsuperuser|azure_pg_admin|"
                           r"pg_write_server_files|pg_read_server_files|pg_execute_server_program|sysadmin|db_owner)\b|"
                           r"\b(?:ALTER\s+(?:SERVER\s+)?ROLE\s+|sp_add(?:srv)?rolemember\s+'?)(db_owner|sysadmin|securityadmin|serveradmin|"
                           r"db_securityadmin|db_accessadmin)\b|"
                           r"\b(?:grantRolesToUser|createUser)\b[^;]{0,300}?\b(root|userAdminAnyDatabase|dbAdminAnyDatabase|"
                           r"readWriteAnyDatabase|clusterAdmin|dbOwner)\b")
#: A policy document that allows every action (AWS `"Action": "*"`, `"iam:*"`; Kubernetes `verbs: ["*"]` with
#: `resources: ["*"]`).
POLICY_ALL = lazyre.compile(r"""(?is)"Action"\s*:\s*(?:"(\*|\*:\*|iam:\*|sts:\*|organizations:\*)"|\[[^\]]*"(\*|\*:\*|iam:\*)"[^\]]*\])|"""
                            r"""\bactions?\s*=\s*\[?\s*["'](\*|iam:\*)["']|verbs:\s*\[\s*["']?\*["']?\s*\][^\n]*\n?[^\n]*resources:\s*\[\s*["']?\*|"""
                            r"""resources:\s*\[\s*["']?\*["']?\s*\][^\n]*\n?[^\n]*verbs:\s*\[\s*["']?\*""")
#: Verbs of a command or tool that take power away (a removal is no grant).
REMOVES = lazyre.compile(r"(?i)(?:^|[\s_-])(?:remove|revoke|delete|detach|deny|drop|unassign|unbind|rm|del|disable|"
                         r"get|list|show|describe|view|read|search|check|test|whatif)(?:[\s_-]|$)|^-whatif$|--dry-run")
#: A subcommand that takes power away or only looks (`remove-iam-policy-binding`, `detach-role-policy`, `delete`).
REMOVE_HEAD = lazyre.compile(r"(?i)^(?:remove|revoke|delete|detach|deny|drop|unassign|unbind|rm|del|disable|get|list|show|"
                             r"describe|view|search|check|test)(?:[-_]|$)")
#: Lines of an IaC or manifest file whose value is a role, group or policy (Terraform, Pulumi, Bicep, CloudFormation,
#: Ansible, Kubernetes roleRef, GitHub/GitLab settings).
IAC_LINE = lazyre.compile(r"""(?im)^[ \t-]*["']?(role|roles|role_definition_name|roleDefinitionName|role_definition_id|"""
                          r"""roleDefinitionId|policy_arn|policyArn|managed_policy_arns|ManagedPolicyArns|clusterrole|group|groups|"""
                          r"""permission|access_level|accessLevel|name|members?)["']?\s*[:=]\s*\[?\s*(.+?)\s*\]?\s*,?\s*$""")
_ROLE_REF = lazyre.compile(r"(?im)^\s*roleRef:\s*\n(?:\s+\w+:[^\n]*\n){0,3}?\s+name:\s*[\"']?([\w:.-]+)")
_IAC_GRANT = lazyre.compile(r"(?i)role_assignment|roleassignment|iam_(?:binding|member|policy)|iam_(?:role|user|group)_policy_attachment|"
                            r"policy_attachment|rolebinding|role_binding|membership|group_member|team_membership|"
                            r"project_member|collaborator|ManagedPolicyArns|managed_policy_arns|roleRef|"
                            r"azurerm_role|google_\w+_iam|aws_iam|keycloak_\w*role|okta_\w*role|user_group_membership|"
                            r"\buser:\s*\n|\bgroups:|\bgranted_roles|\bGrant\b|"
                            # an edit's fragment of a binding: the role beside its principal (`role = …` + `member = "serviceAccount:…"`)
                            r"\bprincipal_?id\s*[:=]|\bprincipalId\s*[:=]|\bmembers?\s*[:=]\s*\[?\s*[\"'](?:serviceAccount|user|group|domain|principal\w*):")


#: Lower-case words one of which every `_IAC_GRANT` match contains: a large file is searched only on their lines
#: (the case-insensitive alternation costs about 2 µs a character, 2 s for a 1 MB Write, on text without any).
_GRANT_WORDS = ("role", "iam", "polic", "member", "collaborator", "user:", "groups:", "grant", "principal")
#: The same for the keys of `IAC_LINE` and the values of `_POWER_ANYWHERE`.
_VALUE_WORDS = ("role", "polic", "group", "permission", "access", "name", "member", "arn:aws", "roles/")


def _grants(text: str) -> bool:
    if len(text) > 20_000:
        text = lines_with(text, _GRANT_WORDS) + "\n"
    return bool(_IAC_GRANT.search(text))


#: Values of administrative power wherever they stand in a file that grants (list items, arguments, references).
_POWER_ANYWHERE = lazyre.compile(r"arn:aws[\w-]*:iam::aws:policy/(?:AdministratorAccess|IAMFullAccess)\b|"
                                 r"(?<![\w./-])roles/(?:owner|editor|resourcemanager\.projectIamAdmin|iam\.securityAdmin)\b")


def _split(value: str) -> list[str]:
    out = [value]
    if "," in value or " " in value.strip():
        out += [p for p in re.split(r"[,\s]+", value) if p]
    return out


def command_values(words: list[str], name: str) -> list[str]:
    """The role, group and policy values a grant command gives, from its options (`--rolename X`, `--role=X`,
    `-f role=admin`, `-aG sudo`), its operands where the command takes the group so (`gpasswd -a u G`, `adduser u G`,
    `net localgroup G u /add`) and its inline SQL or policy text."""
    out: list[str] = []
    low = name.lower()
    for i, w in enumerate(words):
        k, eq, v = w.partition("=")
        if eq and ROLE_KEY.match(k.lstrip("-")) and not (k.lstrip("-").lower() == "identity" and not _IDENTITY_CMDS.match(low)):
            out += _split(v)
        elif w.startswith("-") and i + 1 < len(words):
            key = w.lstrip("-")
            if key.lower() == "identity" and not _IDENTITY_CMDS.match(low):
                continue
            if ROLE_KEY.match(key) or (low == "usermod" and set(key) <= set("aG") and "G" in key):
                out += _split(words[i + 1])
        elif eq and i > 0 and words[i - 1] in ("-f", "-F", "--field", "--raw-field") and ROLE_KEY.match(k):
            out += _split(v)
    if low == "ansible":
        return _ansible_groups(words)
    ops = [w for w in words if not w.startswith("-")]
    if low == "gpasswd" and "-a" in words and ops:
        out.append(ops[-1])
    for j, w in enumerate(ops[:-1]):
        if ROLE_OPERAND.match(w):
            out.append(ops[j + 1])
    if low == "dseditgroup" and "-a" in words and ops:
        out.append(ops[-1])  # macOS `dseditgroup -o edit -a jdoe -t user admin`
    if low == "dscl":
        out += [w.rsplit("/", 1)[-1] for w in ops if w.lower().startswith("/groups/")]  # `dscl . -append /Groups/admin …`
    lowered = [w.lower() for w in ops]
    for path, part in MEMBER_OPERANDS.get(low, ()):
        if tuple(lowered[: len(path)]) == path and len(ops) > len(path):
            out += ops[len(path):][part]
    if (low in ("adduser", "addgroup") and len(ops) == 2) or (low == "net" and len(ops) >= 3 and ops[0].lower() in ("localgroup", "group") and any(w.lower() == "/add" for w in words)):
        out.append(ops[1])
    return out


def _ansible_groups(words: list[str]) -> list[str]:
    """The groups an ad-hoc Ansible run of a user module adds the account to (its `-a 'groups=…'` argument)."""
    opts = {w: words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-m", "--module-name", "-a", "--args")}
    module = opts.get("-m") or opts.get("--module-name") or ""
    args = opts.get("-a") or opts.get("--args") or ""
    if module not in _ANSIBLE_GROUP_MODULES:
        return []
    out: list[str] = []
    for m in re.finditer(r"(?:^|\s)(?:groups|group)=(\S+)", args):
        out += [g for g in m.group(1).strip("'\"[]").split(",") if g]
    return out


def text_values(text: str) -> list[str]:
    """Privileged values in SQL or a policy document given as text."""
    out: list[str] = []
    for m in SQL_POWER.finditer(text[:20_000]):
        got = next((g for g in m.groups() if g), None)
        out.append(got or " ".join(m.group(0).split())[:60])
    for m in POLICY_ALL.finditer(text[:20_000]):
        out.append(next((g for g in m.groups() if g), "*"))
    return out


#: Whom SQL grants to or creates: `GRANT … TO [ROLE] name`, `CREATE|ALTER USER|ROLE name`, `'user'@'host'`.
_SQL_GRANTEE = lazyre.compile(r"""(?is)\bTO\s+(?:ROLE\s+|USER\s+|GROUP\s+)?[`"']?([\w$.-]+)[`"']?(?:@[`"']?[\w.%-]+[`"']?)?|"""
                              r"""\b(?:CREATE|ALTER)\s+(?:USER|ROLE|LOGIN)\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"']?([\w$.-]+)""")
#: Words of a request for access, in the languages the judge reads (the judge's gloss is not a rule's to call).
_ACCESS_WORDS = lazyre.compile(r"(?i)\b(?:access|grant|role|user|account|permission|permissions|privileges?|read|write|select|"
                               r"read-only|readonly|lecture|écriture|lectura|escritura|leitura|escrita|lesen|lese\w*|schreib\w*|"
                               r"zugriff|accès|acceso|acesso|dostęp|uprawnieni\w*|доступ|права)\b|読み|書き|権限|ユーザー|"
                               r"ロール|访问|权限|读|写|用户")
_SQL_NOT_NAMED = lazyre.compile(r"(?i)\bTO\s+PUBLIC\b|\bREVOKE\b|\bDROP\s+(?:USER|ROLE|OWNED)\b|\bALTER\s+DEFAULT\s+PRIVILEGES\b")


def sql_grant_named(sql: str, messages: tuple[str, ...] | list[str], whole: str = "") -> bool:
    """A grant the user asked for in so many words: every grantee (the user or role created or granted to) is named
    in their words, they asked for access, and it gives nothing of administrative power (`text_values`), nor to
    PUBLIC (everyone), nor takes anything away. `whole`: the action's other statements (a role created there is
    new, named by the words it is made of)."""
    if not messages or text_values(sql) or _SQL_NOT_NAMED.search(sql):
        return False
    said = " ".join(messages)
    if not _ACCESS_WORDS.search(said):
        return False
    names = {(m.group(1) or m.group(2) or "").strip("`\"'").lower() for m in _SQL_GRANTEE.finditer(sql[:20_000])}
    created = {m.group(2).strip("`\"'").lower() for m in _SQL_GRANTEE.finditer((whole or sql)[:20_000]) if m.group(2)}
    names.discard("")
    low = said.lower()

    def said_name(n: str) -> bool:
        if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low):
            return True
        # a role this SQL creates is named by its words ("a read-only role for metabase": `metabase_ro`)
        return n in created and any(len(p) >= 4 and re.search(rf"(?<![\w-]){re.escape(p)}", low) for p in re.split(r"[_\W]+", n))

    from automode.knowledge.grants import said_within

    return bool(names) and all(said_name(n) for n in names) and said_within(sql, said)


def added_text(old: str, new: str) -> str:
    """The lines `new` holds that `old` does not."""
    if not old:
        return new
    before = {ln.strip() for ln in old.splitlines()}
    return "\n".join(ln for ln in new.splitlines() if ln.strip() not in before)


def file_values(text: str, whole: str = "") -> list[str]:
    """Privileged values on the role, group and policy lines of IaC or a manifest (only when the file grants: a role
    assignment, binding, membership or attachment is in `whole`, the file's new text)."""
    if not _grants(whole or text):
        return []
    out: list[str] = []
    # The value patterns are line-local: a large file is read on the lines holding their words (bounded), so a grant
    # at the end of a long Terraform file counts as one at its head.
    lines = text if len(text) <= 50_000 else lines_with(text, _VALUE_WORDS)[:200_000]
    for m in IAC_LINE.finditer(lines):
        key = m.group(1).lower()
        for v in re.split(r"""["',\s]+""", m.group(2)):
            v = v.strip().strip("\"'")
            if key in ("name", "member", "members") and privileged(v) not in ("Kubernetes",):
                continue  # a resource's own name is no role (`name: admin-dashboard`); a roleRef's is read below
            if v and privileged(v):
                out.append(v)
    out += [m.group(1) for m in _ROLE_REF.finditer(text) if privileged(m.group(1))]
    out += [m.group(0) for m in _POWER_ANYWHERE.finditer(lines)]  # a list item (`- arn:…/AdministratorAccess`)
    out += text_values(text)
    return out


def granted(a: Analysis) -> list[str]:
    """The privileged values this action grants, adds to or binds (deduplicated, in order)."""
    from automode.analysis import FILE_WRITE_TOOLS

    found: list[str] = []
    perm = any(e.verb == "permission" or e.kind == "privilege" for e in a.effects)
    for cmd in a.commands:
        if cmd.name in ("kubectl", "oc") and any(r.body for r in cmd.redirects):
            for r in cmd.redirects:  # `kubectl apply -f - <<EOF` with a binding in the manifest
                found += file_values(r.body or "", r.body or "")
        if not perm and cmd.name not in GROUP_COMMANDS:
            continue
        words = [w.value for w in cmd.argv[1:]]
        if REMOVES.search(cmd.name) or any(w.lower() in ("-whatif", "--dry-run", "--dryrun") for w in words):
            continue
        head = [w for w in words[:next((i for i, w in enumerate(words) if w.startswith("-")), len(words))]][:4]
        if any(REMOVE_HEAD.match(w) for w in head):
            continue  # `kubectl delete clusterrolebinding`, `gcloud projects remove-iam-policy-binding`, `az … delete`
        if cmd.name == "gh" and words[:1] == ["auth"] and words[1:2] in (["refresh"], ["login"]):
            found += [v for i, w in enumerate(words) if w in ("-s", "--scopes") and i + 1 < len(words)
                      for v in _split(words[i + 1]) if v.lower() in GH_POWER_SCOPES]  # the agent's own token widened
            continue
        if perm:
            found += text_values("\n".join(words))
        found += [v for v in command_values(words, cmd.name) if privileged(v)]
        if cmd.name in ("ldapmodify", "ldapadd"):
            from automode.knowledge.stdin_forms import ldif

            text, known = cmd.stdin_text()  # an LDIF that adds members to a group (`knowledge.stdin_forms`)
            found += [r[1] for r in (ldif(text or "") if known else []) if r[0] in ("member-add", "member-replace")
                      and len(r) > 1 and privileged(r[1])]
    for e in a.effects:
        if e.kind == "network" and e.origin == "send":
            found += api_values(e.target, e.content or "")
        elif e.kind == "control" and e.verb == "permission" and e.content and e.target != tool_name(a):
            found += text_values(e.content)  # a statement of SQL fed on standard input (`psql <<SQL … SUPERUSER`)
    tool = a.action.tool
    inp = a.action.input
    if tool.startswith("mcp__"):
        from automode.knowledge.mcp_args import tool_words

        tw = tool_words(tool)
        if not any(REMOVES.fullmatch(w) for w in tw[:2]):
            grants = {"grant", "assign", "add", "set", "update", "create", "invite", "bind", "attach", "promote", "make", "elevate"} & set(tw)
            powers = {"role", "roles", "member", "members", "membership", "permission", "permissions", "collaborator",
                      "admin", "owner", "policy", "group", "access", "privileges", "binding"} & set(tw)
            pairs = _pairs(inp)
            if grants and powers:
                found += [v for k, v in pairs if ROLE_KEY.match(k) and privileged(v)]
                found += [w for w in tw if w in ("admin", "owner", "superuser", "superadmin") and grants]
            for k, v in pairs:
                if k.lower() in ("sql", "query", "statement", "command"):
                    found += text_values(v)
    elif tool in FILE_WRITE_TOOLS:
        for old, new in _edits(tool, inp):
            found += file_values(added_text(old, new), new)
    return list(dict.fromkeys(v for v in found if v))[:8]


#: A REST path that grants: role mappings (Keycloak), memberships and members (GitHub, GitLab, Graph, Okta, Slack),
#: collaborators, permissions, policies, role assignments; the segment before `members` names a group.
API_GRANT = lazyre.compile(r"(?i)/(?:role-mappings|roles?|members|memberships|collaborators|permissions|policies|"
                           r"roleassignments|role_assignments|roleAssignments|groups/[^/?#]+/(?:members|users))(?:/|$|\?|\$ref)")
_API_PROMOTE = lazyre.compile(r"(?i)[/.](?:set_?(?:admin|owner)|make_?(?:admin|owner)|promote_?(?:to_?)?(?:admin|owner)|"
                              r"add_?admin|grant_?admin)(?:[/?#]|$)")
_GROUP_SEGMENT = lazyre.compile(r"(?i)/groups?/([^/?#]+)/(?:members|users)")


def tool_name(a: Analysis) -> str:
    return a.action.tool


def api_values(url: str, body: str) -> list[str]:
    """Privileged values a REST request grants: the role, group or permission keys (and a role mapping's `name`) of
    its body, and a group named in its path, when its path grants (`POST …/role-mappings/realm [{"name": "realm-admin"}]`,
    `PUT /orgs/acme/memberships/kim {"role": "admin"}`)."""
    if _API_PROMOTE.search(url):
        return ["admin"]  # Slack `admin.users.setAdmin`, `…/promote_to_admin`, `makeAdmin`: the method is the role
    if not API_GRANT.search(url):
        return []
    from urllib.parse import unquote

    out = [unquote(m.group(1)) for m in _GROUP_SEGMENT.finditer(url) if privileged(unquote(m.group(1)))]
    b = body.strip()
    if b[:1] in "[{":
        import json

        try:
            doc = json.loads(b)
        except ValueError:
            doc = None
        for k, v in _pairs(doc):
            if (ROLE_KEY.match(k) or (k == "name" and "role" in url.lower())) and privileged(v):
                out.append(v)
    elif "=" in b:
        from urllib.parse import parse_qsl

        out += [v for k, v in parse_qsl(b)[:32] if ROLE_KEY.match(k) and privileged(v)]
    return out


def _pairs(value: object, key: str = "", depth: int = 0) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if depth > 4:
        return out
    if isinstance(value, dict):
        for k, v in list(value.items())[:64]:
            out += _pairs(v, str(k), depth + 1)
    elif isinstance(value, list):
        for v in value[:64]:
            out += _pairs(v, key, depth + 1)
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        out.append((key, str(value)))
    return out


def _edits(tool: str, inp: object) -> list[tuple[str, str]]:
    if not isinstance(inp, dict):
        return []
    if isinstance(inp.get("content"), str):
        return [("", inp["content"])]
    if isinstance(inp.get("new_string"), str):
        return [(str(inp.get("old_string") or ""), inp["new_string"])]
    edits = inp.get("edits")
    if isinstance(edits, list):
        return [(str(e.get("old_string") or ""), str(e.get("new_string") or "")) for e in edits[:32] if isinstance(e, dict)]
    return []


#: must-match / must-not-match for `privileged` (value -> a platform or None).
FIXTURES: tuple[tuple[str, bool], ...] = (
    ("Domain Admins", True), ("Enterprise Admins", True), ("realm-admin", True), ("cluster-admin", True),
    ("roles/owner", True), ("roles/editor", True), ("arn:aws:iam::aws:policy/AdministratorAccess", True),
    ("*", True), ("iam:*", True), ("Owner", True), ("User Access Administrator", True), ("SUPER_ADMIN", True),
    ("sudo", True), ("wheel", True), ("db_owner", True), ("SUPERUSER", True), ("system:masters", True),
    ("Global Administrator", True), ("admin", True), ("helpdesk-admin", True), ("roles/resourcemanager.projectIamAdmin", True),
    ("Helpdesk-Tier1", False), ("order-viewer", False), ("roles/logging.viewer", False), ("view-users", False),
    ("Storage Blob Data Reader", False), ("docker-users", False), ("developers", False), ("Reader", False),
    ("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", False), ("roles/bigquery.dataViewer", False), ("pull", False),
    ("triage", False), ("30", False), ("SELECT", False), ("edit", False), ("view", False),
    ("roles/storage.objectAdmin", False), ("arn:aws:iam::aws:policy/AmazonS3FullAccess", False), ("roles/iam.securityAdmin", True),
    ("ACCOUNTADMIN", True), ("consoleAdmin", True), ("readonly", False), ("ORGADMIN", True), ("ANALYST", False), ("monitoring", False), ("administrator", True),
)
#: (value, user's words, named?).
NAMED_FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("Domain Admins", "make jdoe a Domain Admin", True), ("Domain Admins", "add jdoe to Helpdesk-Tier1", False),
    ("realm-admin", "give alice the realm admin role", True), ("realm-admin", "give alice the order-viewer role", False),
    ("roles/owner", "make bob owner of the project", True), ("roles/editor", "make bob owner of the project", False),
    ("arn:aws:iam::aws:policy/AdministratorAccess", "attach AdministratorAccess to ci-deployer", True),
    ("arn:aws:iam::aws:policy/AdministratorAccess", "give ci-deployer read access to the bucket", False),
    ("cluster-admin", "bind cluster-admin to the ops group", True), ("sudo", "add deploy to the sudo group", True),
    ("sudo", "add deploy to the docker group", False), ("SUPER_ADMIN", "give lena the help desk admin role", False),
    ("SUPER_ADMIN", "make lena a super admin in okta", True), ("admin", "make kimlee an owner of the acme org", True),
    ("admin", "invite kimlee to the acme org", False), ("ALL PRIVILEGES", "give report all privileges on sales", True),
)
