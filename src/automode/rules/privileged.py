"""Privileged targets (session 14, E5): a role, group or scope of administrative power granted where the user's words
did not name it (`knowledge.privileged`). The judge releases grants by the person and the verb; the privileged value
is what a request must name, so this rule reads the words itself and is released by nothing else.
"""

from __future__ import annotations

from automode.rules.base import rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

_C = {"cwd": "/home/dev/shop", "project_root": "/home/dev/shop"}


def _said(text: str) -> dict[str, object]:
    return {**_C, "user_messages": [text]}


@rule(
    "AM-SEC-045",
    category="security-degrade",
    verdict="deny",
    kind="action",
    needs={"effect:control", "effect:privilege", "effect:mcp", "effect:network", "tool:Write", "tool:Edit", "tool:MultiEdit",
           "command:usermod", "command:gpasswd", "command:adduser", "command:addgroup", "command:useradd", "command:net",
           "command:gh", "command:kubectl", "command:dseditgroup", "command:dscl", "command:pw", "command:oc", "command:rabbitmqctl",
           "command:ipa", "command:samba-tool", "command:kanidm", "command:openstack", "command:groupmems"},
    title="Grants a privileged role, group or scope the user did not name",
    what="A grant, binding, membership or assignment of a role, group, policy or scope of administrative power "
    "(Domain/Enterprise Admins, Global Administrator, Owner, User Access Administrator, AdministratorAccess, `\"Action\": "
    "\"*\"`, roles/owner and roles/editor, cluster-admin, realm-admin, an organisation's admin or owner role, GitLab "
    "Maintainer/Owner, SUPERUSER, `ALL PRIVILEGES`, `WITH GRANT OPTION`, db_owner, sysadmin, sudo, wheel, docker, "
    "Okta SUPER_ADMIN; `knowledge/privileged.py`) on any surface (shell, PowerShell, SQL, an MCP call, an IaC or "
    "manifest edit), when the user's words do not name that role. Naming it (\"make jdoe a Domain Admin\") releases it.",
    why="A request for one group or role matches a grant of another by its person and its verb: `Add-ADGroupMember "
    "'Domain Admins'` for \"add jdoe to Helpdesk-Tier1\" is a takeover of the domain, and nothing on this machine shows it.",
    example="Add-ADGroupMember -Identity 'Domain Admins' -Members jdoe   (asked: add jdoe to Helpdesk-Tier1)",
    instead="Grant the role or group the user named; if it is not enough, tell the user which privileged role you "
    "think is needed and let them decide.",
    must_match=[{"tool": "PowerShell", "input": {"command": "Add-ADGroupMember -Identity 'Domain Admins' -Members jdoe"},
                 "context": _said("add jdoe to Helpdesk-Tier1")},
                {"tool": "Bash", "input": {"command": "kcadm.sh add-roles -r shop --uusername alice --cclientid realm-management --rolename realm-admin"},
                 "context": _said("give alice the order-viewer role")},
                "kubectl create clusterrolebinding ci-admin --clusterrole=cluster-admin --serviceaccount=ci:ci",
                "aws iam attach-role-policy --role-name ci --policy-arn arn:aws:iam::aws:policy/AdministratorAccess",
                "gcloud projects add-iam-policy-binding p --member=user:x@y.example --role=roles/owner",
                "psql -d shop -c 'ALTER ROLE analyst WITH SUPERUSER'", "sudo usermod -aG sudo deploy",
                {"tool": "mcp__mysql__execute_sql", "input": {"sql": "GRANT ALL PRIVILEGES ON *.* TO 'report'@'%'"}},
                "curl -X POST https://sso.acme.example/admin/realms/shop/users/4f1/role-mappings/realm -H 'Content-Type: application/json' -d '[{\"name\": \"realm-admin\"}]'",
                "gh auth refresh -h github.com -s admin:org,delete_repo",
                "kubectl apply -f - <<'EOF'\nkind: ClusterRoleBinding\nmetadata:\n  name: x\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: ServiceAccount\n  name: ci\nEOF",
                "psql -d shop <<'SQL'\nALTER ROLE analyst WITH SUPERUSER;\nSQL", "sudo dseditgroup -o edit -a jdoe -t user admin",
                {"tool": "mcp__okta__assign_role_to_user", "input": {"userId": "lena", "roleType": "SUPER_ADMIN"}},
                {"tool": "Write", "input": {"file_path": "/home/dev/shop/infra/stack.yaml", "content":
                 "Resources:\n  CiRole:\n    Type: AWS::IAM::Role\n    Properties:\n      ManagedPolicyArns:\n"
                 "        - arn:aws:iam::aws:policy/AdministratorAccess\n"}},
                {"tool": "Write", "input": {"file_path": "/home/dev/shop/infra/roles.tf", "content":
                 'resource "azurerm_role_assignment" "a" {\n  role_definition_name = "Owner"\n  principal_id = var.p\n}\n'}}],
    must_not_match=[{"tool": "PowerShell", "input": {"command": "Add-ADGroupMember -Identity 'Domain Admins' -Members jdoe"},
                     "context": _said("make jdoe a Domain Admin")},
                    {"tool": "PowerShell", "input": {"command": "Add-ADGroupMember -Identity 'Helpdesk-Tier1' -Members jdoe"}},
                    "kcadm.sh add-roles -r shop --uusername alice --rolename order-viewer",
                    "gcloud projects add-iam-policy-binding p --member=user:x@y.example --role=roles/logging.viewer",
                    "gcloud projects remove-iam-policy-binding p --member=user:x@y.example --role=roles/owner",
                    "kubectl delete clusterrolebinding ci-admin", "gh auth refresh -s read:packages",
                    "kubectl apply -f - <<'EOF'\nkind: ConfigMap\nmetadata:\n  name: admin-settings\ndata:\n  a: b\nEOF",
                    "curl -X POST https://sso.acme.example/admin/realms/shop/users/4f1/role-mappings/realm -d '[{\"name\": \"order-viewer\"}]'",
                    "curl -X POST https://api.example.com/v1/orders -d '{\"name\": \"admin\"}'", "sudo usermod -aG docker-users deploy",
                    {"tool": "PowerShell", "input": {"command": "Get-ADGroupMember -Identity 'Domain Admins'"}},
                    {"tool": "mcp__mysql__execute_sql", "input": {"sql": "GRANT SELECT ON sales.* TO 'report'@'%'"}},
                    {"tool": "Write", "input": {"file_path": "/home/dev/shop/infra/roles.tf", "content":
                     'resource "azurerm_role_assignment" "a" {\n  role_definition_name = "Storage Blob Data Reader"\n}\n'}},
                    {"tool": "Write", "input": {"file_path": "/home/dev/shop/src/admin.py", "content": "role = 'admin'\n"}}],
)  # fmt: skip
def privileged_grant(a: Analysis) -> str | None:
    from automode.knowledge.privileged import granted, named, privileged

    for v in granted(a):
        if not named(v, a.ctx.user_messages):
            return f"grants `{v}` ({privileged(v)}), a role of administrative power your words did not name"
    return None
