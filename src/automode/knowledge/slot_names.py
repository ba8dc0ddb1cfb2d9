"""Where a grant carries the role or the named set it gives, beyond its options (session 20, K2, helper `slots`).

* `POSITIONAL_ROLES` / `positional_role`: a role written as a plain word of the command line: GAM's `gam update group
  G add owner|manager|member USER`, `az ad group owner add` vs `az ad group member add`, `gam update group G update
  owner USER`.
* `NAME_SLOTS` / `named_set`: a permission set, policy or profile given by its name in an option or an operand
  (`sf org assign permset --name Modify_All_Data`, `aws iam attach-role-policy --policy-arn …/AdministratorAccess`,
  `vault token create -policy=admin`, `mc admin policy attach local readwrite --user u`), and `KIND_WORDS`: how users
  name that kind of thing, in the languages requests come in ("the Read_Only_Reports permission set", "política
  ReadOnlyAccess", "Richtlinie audit-ro").
* `ROLE_OPTIONS`: options of any grant command whose value is the role (`--role`, `--roles`, `--access-level`).

The judge compares these with the role or the name the user said (`intent.slot_bodies`). Sources: GAM wiki (Groups
Membership: `add owner|manager|member`), `az ad group owner add`/`member add`, Salesforce CLI `sf org assign
permset --name`, AWS CLI `attach-user-policy/attach-role-policy/attach-group-policy --policy-arn`, IAM Identity Center
`create-account-assignment --permission-set-arn`, `vault token create -policy`, MinIO `mc admin policy attach ALIAS
POLICY`, Okta/Keycloak admin CLIs (`kcadm.sh add-roles --rolename`).
"""

from __future__ import annotations

import re

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: Options whose value is the role a grant gives, on any program (`gcloud … --role=roles/owner`, `--access-level 40`).
ROLE_OPTIONS = frozenset({"--role", "--roles", "--clusterrole", "--access-level", "--rolename", "--role-name",
                          "--permission", "--org-role", "--team-role"})
#: Roles GAM and Azure AD write as a word of the command line.
_GROUP_ROLES = frozenset({"owner", "owners", "manager", "managers", "member", "members"})


def positional_role(cmd: Command) -> str:
    """The role a group-membership command gives as a plain word ("" when none): `gam update group G add owner u`,
    `gam update group G update manager u`, `az ad group owner add`."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value.lower() for w in cmd.argv[1:]]
    if name == "gam":
        for i, w in enumerate(words[:-1]):
            if w in ("add", "update", "sync") and i >= 2 and "group" in words[:i] and words[i + 1] in _GROUP_ROLES:
                return words[i + 1].rstrip("s")
        return ""
    if name == "az" and words[:2] == ["ad", "group"] and len(words) > 3 and words[3] == "add":
        return words[2] if words[2] in ("owner", "member") else ""
    return ""


@dataclass(frozen=True, slots=True)
class NameSlot:
    kind: str  # a key of KIND_WORDS
    program: str
    path: tuple[str, ...]  # the leading words of the command (alternatives split by `|`)
    opts: frozenset[str]  # options whose value is the name
    operand: int = -1  # or: the index of the operand after the path that is the name


NAME_SLOTS: tuple[NameSlot, ...] = (
    NameSlot("permission set", "sf", ("org", "assign", "permset"), frozenset({"--name", "-n"})),
    NameSlot("permission set", "sfdx", ("force:user:permset:assign",), frozenset({"--permsetname", "-n"})),
    NameSlot("permission set", "sfdx", ("force", "user", "permset", "assign"), frozenset({"--permsetname", "-n"})),
    NameSlot("permission set", "aws", ("sso-admin", "create-account-assignment"), frozenset({"--permission-set-arn"})),
    NameSlot("policy", "aws", ("iam", "attach-user-policy|attach-role-policy|attach-group-policy"),
             frozenset({"--policy-arn"})),
    NameSlot("policy", "vault", ("token", "create"), frozenset({"-policy", "--policy"})),
    NameSlot("policy", "mc", ("admin", "policy", "attach"), frozenset(), 1),
    NameSlot("policy", "mcli", ("admin", "policy", "attach"), frozenset(), 1),
    NameSlot("profile", "sf", ("data", "update", "record"), frozenset({"--profile-name"})),
)  # fmt: skip

#: How users name each kind of set, in the languages requests come in.
KIND_WORDS: dict[str, str] = {
    "permission set": r"permission[\s-]?sets?|permsets?|conjuntos?\s+de\s+permis(?:os|sões)|ensembles?\s+d'autorisations|"
                      r"jeux?\s+d'autorisations|berechtigungss[äa]tze?s?|set\s+di\s+autorizzazioni|zestaw\w*\s+uprawnie\w+|"
                      r"набор\w*\s+разрешений|権限セット|权限集|권한\s*집합|izin\s+seti|behörighetsuppsättning\w*|"
                      r"rettighetssett\w*|tilladelsessæt\w*|machtigingenset\w*|sada\s+oprávnění",
    "policy": r"polic(?:y|ies)|politique|stratégie|pol[ií]tica|richtlinie|criterio|polityk\w*|политик\w*|ポリシー|策略|"
              r"정책|politika|ilke(?:si)?|beleid|käytäntö\w*|zásad\w*|πολιτική|chính\s+sách|kebijakan",
    "profile": r"profile|profil|perfil|profilo|профил\w*|プロファイル|简档|配置文件|프로필",
}


def _path_ok(words: list[str], path: tuple[str, ...]) -> bool:
    pos = [w for w in words if not w.startswith("-")]
    return len(pos) >= len(path) and all(p in alt.split("|") for p, alt in zip(pos, path, strict=False))


def named_set(cmd: Command) -> tuple[NameSlot, str] | None:
    """(the row, the name the command gives) for a command of `NAME_SLOTS`; None for any other."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:]]
    for row in NAME_SLOTS:
        if row.program != name or not _path_ok(words, row.path):
            continue
        for i, w in enumerate(words):
            head, eq, val = w.partition("=")
            if head in row.opts:
                return row, (val if eq else (words[i + 1] if i + 1 < len(words) else ""))
        if row.operand >= 0:
            pos = [w for w in words if not w.startswith("-")]
            k = len(row.path) + row.operand
            if k < len(pos):
                return row, pos[k]
    return None


def norm(name: str) -> str:
    """A set's name compared across spellings: the last part of an ARN or path, letters and digits, lower case."""
    last = re.split(r"[/:]", name.strip("'\"`"))[-1]
    return re.sub(r"[^a-z0-9]", "", last.lower())


#: Fixtures: (command, the role word or the set's name it gives).
CASES: tuple[tuple[str, str], ...] = (
    ("gam update group qa@x.example add owner minh@x.example", "owner"),
    ("gam update group qa@x.example add member user minh@x.example", "member"),
    ("az ad group owner add --group g1 --owner-object-id 5b1e", "owner"),
    ("sf org assign permset --name Modify_All_Data --on-behalf-of j@q.example --target-org qdev", "Modify_All_Data"),
    ("aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess",
     "arn:aws:iam::aws:policy/ReadOnlyAccess"),
    ("mc admin policy attach local readwrite --user ana", "readwrite"),
    ("gam info group qa@x.example", ""),
)
