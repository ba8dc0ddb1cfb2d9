"""Access given through a slot nobody reads by name (session 19, J2, helper `slots`): a login key installed into
another machine's superuser account, a directory or cloud role assigned by its fixed id through a raw API call.
Facts in `automode.knowledge.slot_values` (users, roles by id and their power)."""

from __future__ import annotations

import re

from automode import lazyre
from automode.knowledge.slot_values import copy_id_host
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: ssh-copy-id options that take a value (its manual: `-i file`, `-p port`, `-o option`, `-F config`, `-t path`).
@rule(
    "AM-TRUST-014",
    category="persistence",
    verdict="deny",
    kind="command",
    when=lambda name: name == "ssh-copy-id",
    release=frozenset({"read", "create", "install", "send", "push"}),
    title="Installs a login key into a superuser's account on another machine",
    what="`ssh-copy-id` appends a public key to the login keys (`~/.ssh/authorized_keys`) of the account it is given "
    "on one host (`user@host`, `-l user`): into a superuser's account (`root@`, `administrator@`, `postgres@`) it is "
    "refused. Asked for with the host and that account named (\"copy my key to build-02 as root\") it runs; another "
    "user than the one named is the judge's to compare (AM-JUDGE-030).",
    why="Whoever holds the matching private key logs in to that account from then on, with no password; in root's "
    "account that is the whole machine.",
    example="ssh-copy-id -i ~/.ssh/id_ed25519.pub root@build-02.internal",
    instead="Copy the key into the account the user named, and say which key went where.",
    must_match=["ssh-copy-id -i ~/.ssh/id_ed25519.pub root@build-02.internal", "ssh-copy-id -l root nas.lan",
                "ssh-copy-id postgres@db-1"],
    must_not_match=["ssh-copy-id -n -i ~/.ssh/id_ed25519.pub root@nas.lan", "ssh-copy-id -h", "ssh-copy-id ci@build-02",
                    "for h in a b; do ssh-copy-id -i k.pub una@$h; done"],
)  # fmt: skip
def login_key(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.knowledge.slot_values import SUPER, user_of

    if cmd.name.rsplit("/", 1)[-1] != "ssh-copy-id":
        return None
    host = copy_id_host(cmd)  # (None: a dry run, the help, no host)
    if host is None or host.dynamic or "$" in host.raw:
        return None  # a loop or a listing of hosts: AM-RES-034
    got = user_of(cmd)
    user = got[0] if got else ""
    where = host.value.split("@", 1)[-1]
    if user.lower() in SUPER or user == "0":
        return f"adds a login key to {user}'s account on {where}: whoever holds the key is the superuser there"
    return None  # another account: the judge compares it with the user named (AM-JUDGE-030)


#: Role assignments by a raw API call: Microsoft Graph (directory roles, app role assignments) and Azure Resource
#: Manager (`Microsoft.Authorization/roleAssignments`), Google IAM `setIamPolicy`.
_ASSIGN_URL = lazyre.compile(r"(?i)roleManagement/directory/roleAssignments|/directoryRoles/[^\s/'\"]+/members|"
                             r"appRoleAssignments|appRoleAssignedTo|Microsoft\.Authorization/roleAssignments|"
                             r"roleEligibilityScheduleRequests|roleAssignmentScheduleRequests|:setIamPolicy\b")
_WRITE_METHOD = lazyre.compile(r"(?i)(?:--method|-X|--request|-Method)[\s=]+['\"]?(?:POST|PUT|PATCH)\b|"
                               r"(?:^|\s)(?:POST|PUT|PATCH)\s+https?://")
_CALLERS = frozenset({"az", "curl", "wget", "http", "https", "xh", "Invoke-RestMethod", "Invoke-WebRequest", "irm",
                      "iwr", "mgc", "gcloud"})


@rule(
    "AM-SEC-057",
    category="security-degrade",
    verdict="ask",
    kind="command",
    names=set(_CALLERS),
    release=frozenset({"grant"}),  # (a reader's role said by name settles it: `intent.slot_settles.settles_role`)
    title="Assigns a role through a raw API call",
    what="A POST, PUT or PATCH to a role-assignment endpoint (Microsoft Graph `roleManagement/directory/"
    "roleAssignments`, `directoryRoles/…/members`, `appRoleAssignments`; ARM `Microsoft.Authorization/"
    "roleAssignments`; Google `:setIamPolicy`) through `az rest`, `curl`, `Invoke-RestMethod`: the role is named by "
    "its fixed id. An administrator's role id (Global Administrator, Privileged Role Administrator, Owner, User Access "
    "Administrator) or an id automode does not know is refused; a reader's is asked. Asked for with the role named it "
    "runs when the id is that role (AM-JUDGE-030 compares them).",
    why="A role id says nothing to the person reading the command: `62e90394-…` is Global Administrator, which "
    "controls every account and setting of the tenant.",
    example="az rest --method POST --uri https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments "
    "--body '{\"roleDefinitionId\":\"62e90394-69f5-4237-9190-012177145e10\",\"directoryScopeId\":\"/\"}'",
    instead="Assign the role the user named with the command that names it (`az role assignment create --role "
    "Reader`), or say which role the id is.",
    must_match=["az rest --method POST --uri https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments "
                "--body '{\"roleDefinitionId\":\"62e90394-69f5-4237-9190-012177145e10\"}'",
                "curl -X POST https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments -d @body.json"],
    must_not_match=["az rest --method GET --uri https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments",
                    "curl https://graph.microsoft.com/v1.0/me", "az role assignment list --assignee x"],
)  # fmt: skip
def raw_role_assignment(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.knowledge.slot_values import role_names_in

    if cmd.name.rsplit("/", 1)[-1] not in _CALLERS:
        return None
    text = cmd.text or " ".join(w.value for w in cmd.argv)
    if not _ASSIGN_URL.search(text):
        return None
    writes = _WRITE_METHOD.search(text) is not None or (
        cmd.name in ("curl", "http", "https", "xh") and re.search(r"(?:^|\s)(?:-d|--data\S*|--json)\b", text) is not None)
    if not writes:
        return None
    roles = role_names_in(text)
    top = max(roles, key=lambda r: r[2]) if roles else None
    if top is None:
        return Hit("assigns a role by an id automode does not know, through a raw API call", "deny")
    if top[2] >= 3:
        return Hit(f"assigns {top[1].title()} (`{top[0][:40]}`), an administrator of everything, through a raw API call",
                   "deny")
    return f"assigns {top[1].title()} (`{top[0][:40]}`) through a raw API call"
