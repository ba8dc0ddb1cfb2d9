"""Access levels (issue 12): a request for one level of access does not release a grant of a higher one.

"give Sam read access", "let Dana see the logs", "view only" ask for reading; a grant of `writer`, `roles/editor`,
`permission=admin` goes beyond it. Role names differ by platform, their order does not: each name has a rank on one
ladder (read < comment/triage < write < maintain < admin/owner), written down once here as data.

`granted()` reads the highest role an action grants from its values (MCP keys `role`, `permission`, `access_level`;
command options `--role`, `--permission`, `permission=…`, `--verb=get,list`); `requested()` reads the level a request
asks for from its words. `beyond()` says what the grant exceeds, for the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

READ, COMMENT, WRITE, MAINTAIN, ADMIN = 1, 2, 3, 4, 5
LEVEL_NAMES = {READ: "read", COMMENT: "comment", WRITE: "write", MAINTAIN: "maintain", ADMIN: "admin"}

# fmt: off
#: Role names in grants, by platform family (lower case; the last part of a dotted or slashed name is looked up too:
#: `roles/logging.viewer` -> viewer, `arn:…:policy/ReadOnlyAccess` -> readonlyaccess).
ROLE_RANKS: Mapping[str, int] = {
    # generic, Google Workspace / Drive, Microsoft
    "read": READ, "reader": READ, "readers": READ, "view": READ, "viewer": READ, "viewers": READ, "readonly": READ,
    "read-only": READ, "read_only": READ, "get": READ, "list": READ, "watch": READ, "describe": READ, "browse": READ,
    "browser": READ, "guest": READ, "restricted": READ, "single_channel_guest": READ, "single-channel-guest": READ,
    "commenter": COMMENT, "comment": COMMENT, "reporter": COMMENT, "triage": COMMENT,
    "write": WRITE, "writer": WRITE, "edit": WRITE, "editor": WRITE, "contributor": WRITE, "developer": WRITE,
    "member": WRITE, "push": WRITE, "create": WRITE, "update": WRITE, "patch": WRITE, "delete": WRITE,
    "fileorganizer": WRITE, "organizer": MAINTAIN, "maintain": MAINTAIN, "maintainer": MAINTAIN,
    "admin": ADMIN, "administrator": ADMIN, "owner": ADMIN, "owners": ADMIN, "manage": ADMIN, "manager": ADMIN,
    "*": ADMIN, "cluster-admin": ADMIN, "superuser": ADMIN, "root": ADMIN, "primary_owner": ADMIN,
    # GitHub repository permissions (pull < triage < push < maintain < admin)
    "pull": READ,
    # AWS managed policies
    "readonlyaccess": READ, "viewonlyaccess": READ, "poweruseraccess": MAINTAIN, "administratoraccess": ADMIN,
    "fullaccess": ADMIN,
    # SQL privileges and SQL Server fixed database roles (`GRANT SELECT`, `ALTER ROLE db_datareader ADD MEMBER x`)
    "select": READ, "usage": READ, "connect": READ, "db_datareader": READ, "db_denydatareader": READ,
    "db_denydatawriter": READ, "insert": WRITE, "truncate": WRITE, "references": WRITE, "trigger": WRITE,
    "execute": WRITE, "db_datawriter": WRITE, "db_ddladmin": MAINTAIN, "db_backupoperator": MAINTAIN,
    "db_owner": ADMIN, "db_securityadmin": ADMIN, "db_accessadmin": ADMIN, "all privileges": ADMIN, "all": ADMIN,
    # MongoDB built-in roles
    "readanydatabase": READ, "clustermonitor": READ, "readwrite": WRITE, "readwriteanydatabase": WRITE,
    "restore": WRITE, "dbadmin": MAINTAIN, "dbadminanydatabase": MAINTAIN, "backup": MAINTAIN,
    "clustermanager": MAINTAIN, "hostmanager": MAINTAIN, "dbowner": ADMIN, "useradmin": ADMIN,
    "useradminanydatabase": ADMIN, "clusteradmin": ADMIN, "__system": ADMIN,
}
#: The last word of a role named in words (`Reports Reader`, `Storage Blob Data Contributor`, `Global Administrator`,
#: `Org Viewer`): the level those names end on, whatever the platform.
_LAST_WORD = lazyre.compile(r"([A-Z]?[a-z]+|[A-Z]+)[\W_\d]*$")
#: Words of a request that ask for a level ("read access", "view only", "let her see", "make him an editor").
REQUEST_WORDS: Mapping[str, int] = {
    "read": READ, "reading": READ, "view": READ, "viewing": READ, "viewer": READ, "see": READ, "look": READ,
    "read-only": READ, "readonly": READ, "reader": READ, "pull": READ, "access-read": READ,
    "comment": COMMENT, "commenter": COMMENT, "triage": COMMENT, "guest": READ,
    "write": WRITE, "writer": WRITE, "edit": WRITE, "editor": WRITE, "push": WRITE, "contributor": WRITE,
    "maintain": MAINTAIN, "maintainer": MAINTAIN,
    "admin": ADMIN, "administrator": ADMIN, "owner": ADMIN, "full": ADMIN,
    "developer": WRITE, "member": WRITE, "reporter": COMMENT,
}
#: GitLab's numeric access levels (`access_level: 50` is Owner): guest, reporter, developer, maintainer, owner.
NUMERIC_LEVELS: Mapping[str, int] = {"10": READ, "15": READ, "20": COMMENT, "30": WRITE, "40": MAINTAIN, "50": ADMIN}
#: The names users give GitLab's numeric levels ("add her as Developer" for `access_level=30`).
NUMERIC_NAMES: Mapping[str, str] = {"10": "guest", "15": "planner", "20": "reporter", "30": "developer", "40": "maintainer",
                                    "50": "owner"}
#: Programs whose operands after a subcommand are the roles (tags) given: `rabbitmqctl set_user_tags USER TAG...`.
_TAG_OPERANDS: Mapping[str, tuple[str, int]] = {"rabbitmqctl": ("set_user_tags", 2), "rabbitmqadmin": ("set_user_tags", 2)}
# fmt: on
#: Keys and options that carry the role a grant gives.
_ROLE_KEY = lazyre.compile(r"^(?:--?)?(?:role|roles|permission|permissions|access|access_level|access-level|level|"
                           r"verb|verbs|clusterrole|policy-arn|policy_arn|scope|scopes|role_?name|role-name|"
                           r"role_?definition_?name|role-definition-name|org_?role|access_?role|team_?role)$", re.I)  # fmt: skip
_SPLIT = lazyre.compile(r"[,\s]+")
#: Words that make a request one about access at all ("access", "permission", "share", "role", "see the logs").
_ACCESS = lazyre.compile(r"\b(?:access|permission|permissions|role|share|sharing|grant|invite|collaborator|see|view|"
                         r"read|edit|write|admin|only|viewer|reader|editor|writer|owner|maintainer|commenter|"
                         r"contributor|developer|member|reporter|guest)\b")  # fmt: skip


def rank_of(role: str) -> int:
    """The rank of one role name (0 when unknown)."""
    r = role.strip().strip("'\"").lower()
    if r in ROLE_RANKS:
        return ROLE_RANKS[r]
    if len(r) == 36 and r.count("-") == 4:
        from automode.knowledge.role_ids import ROLE_IDS

        if r in ROLE_IDS:  # a built-in role by its fixed id (`acdd72a7-…` is Reader)
            return rank_of(ROLE_IDS[r])
    for part in (re.split(r"[/:]", r)[-1], r.rsplit(".", 1)[-1], re.split(r"[/:]", r)[-1].rsplit(".", 1)[-1]):
        if part in ROLE_RANKS:
            return ROLE_RANKS[part]
    last = _LAST_WORD.search(role.strip().strip("'\"").rsplit("/", 1)[-1])  # `Reports Reader`, `StorageBlobDataReader`
    if last is not None and last.group(1).lower() in ROLE_RANKS and last.group(1).lower() not in _NOT_A_LEVEL:
        return ROLE_RANKS[last.group(1).lower()]
    return 0


#: Last words that are a level only alone (`Data Owner` is an owner; `Get Data`, `Full Sync Update` name no level).
_NOT_A_LEVEL = frozenset({"get", "list", "watch", "describe", "create", "update", "patch", "delete", "all", "select",
                          "insert", "execute", "usage", "connect", "trigger", "references", "truncate", "backup",
                          "restore", "push", "pull", "comment", "edit", "read", "write", "view", "browse", "manage"})


def granted(pairs: Iterable[tuple[str, str]]) -> tuple[int, str]:
    """The highest (rank, role) among (key, value) pairs of an action whose key carries a role; (0, "") if none."""
    best = (0, "")
    for key, value in pairs:
        if not _ROLE_KEY.match(key.strip()):
            continue
        whole = value.strip()
        roles = [whole] if " " in whole and "," not in whole and rank_of(whole) else _SPLIT.split(value)  # `Reports Reader`
        for role in roles:
            rank = NUMERIC_LEVELS.get(role, 0) if "level" in key.lower() and role.isdigit() else rank_of(role)
            if rank > best[0]:
                best = (rank, role)
    return best


#: The actions of a policy document (AWS IAM, GCP custom roles): `"Action": ["s3:GetObject", …]`, `"s3:*"`.
_POLICY_ACTIONS = lazyre.compile(r'"Actions?"\s*:\s*(\[[^\]]*\]|"[^"]*")')
_ACTION = lazyre.compile(r'"(?:[\w-]+:)?([A-Za-z*]+)')
#: A policy action's verb prefix as a rank (Get/List/Describe read; Put/Create/Delete write; `*` all).
_ACTION_RANKS = (("get", READ), ("list", READ), ("describe", READ), ("read", READ), ("view", READ), ("head", READ))


def _action_rank(verb: str) -> int:
    v = verb.lower()
    if "*" in v:
        return ADMIN if v in ("*", "") or (v.endswith("*") and len(v) <= 2) else WRITE
    return next((r for p, r in _ACTION_RANKS if v.startswith(p)), WRITE)


#: Switches that give a level of access by their name alone.
_LEVEL_FLAGS: Mapping[str, str] = {"--allow-write": "write", "--read-write": "write", "--write-access": "write", "--rw": "write"}


def command_pairs(words: list[str]) -> list[tuple[str, str]]:
    """(key, value) pairs of a command's words: `--role=X`, `--role X`, `permission=X` (as `gh api -f` gives it), and
    the actions of a policy document given inline (`--policy-document '{…"Action": "s3:*"…}'`)."""
    out: list[tuple[str, str]] = []
    for w in words:
        for m in _POLICY_ACTIONS.finditer(w[:20_000]):
            for verb in _ACTION.findall(m.group(1)):
                rank = _action_rank(verb)
                out.append(("role", next(k for k, r in ROLE_RANKS.items() if r == rank) if verb != "*" else "*"))
    for i, w in enumerate(words):
        if w in _LEVEL_FLAGS:
            out.append(("permission", _LEVEL_FLAGS[w]))  # `gh repo deploy-key add … --allow-write`: write access
            continue
        if "=" in w:
            k, v = w.split("=", 1)
            out.append((k.lstrip("-"), v))
        elif w.startswith("-") and i + 1 < len(words) and not words[i + 1].startswith("-"):
            out.append((w.lstrip("-"), words[i + 1]))
    return out


def role_words(a: Analysis) -> frozenset[str]:
    """The names of the roles, levels and tags an action's commands give: the request that says one of them ("give
    grafana the monitoring tag", "add user 2231 as Developer") names the kind of change. Each role in full and by its
    last part (`roles/logging.viewer`: viewer), a GitLab level by its name."""
    out: set[str] = set()
    for words in ([w.value for w in c.argv if not w.dynamic] for c in a.commands):
        if not words:
            continue
        tag = _TAG_OPERANDS.get(words[0].rsplit("/", 1)[-1])
        if tag is not None and tag[0] in words:
            out.update(w.lower() for w in words[words.index(tag[0]) + tag[1]:] if not w.startswith("-"))
        for key, value in command_pairs(words[1:]):
            if not _ROLE_KEY.match(key.strip()):
                continue
            for role in _SPLIT.split(value.lower()):
                if not role:
                    continue
                if "level" in key.lower() and role in NUMERIC_NAMES:
                    out.add(NUMERIC_NAMES[role])
                    continue
                out.add(role)
                out.update(p for p in re.split(r"[/:.]", role)[-1:] if p)
    return frozenset(w for w in out if len(w) >= 3)


@lru_cache(maxsize=256)  # (a fact of the words: read once per session, not per action)
def requested(text: str) -> int:
    """The level of access a request asks for (the highest level word it says), 0 when it names none."""
    if _ACCESS.search(text) is None:
        return 0
    words = re.findall(r"[a-z][a-z-]*", text.lower())
    levels = [REQUEST_WORDS[w] for w in words if w in REQUEST_WORDS]
    return max(levels) if levels else 0


def beyond(pairs: Iterable[tuple[str, str]], text: str, context: str = "") -> tuple[str, str] | None:
    """(cap, words for the reason) when the grant exceeds the level the request `text` asks for (or, when it names
    none, "give it that permission", the level the user's other words `context` name); None when it does not or
    either is unknown. cap "" (refused) when an admin or owner role answers a request to read or write, else "ask"."""
    rank, role = granted(pairs)
    want = requested(text) or requested(context)
    if rank and want and rank <= want and (other := other_role(role, text)) is not None:
        return "ask", f"you named the role {other!r}; this grants `{role}`"  # "Reports Reader" answered with Security Reader
    if not rank or not want or rank <= want:
        return None
    cap = "" if rank >= ADMIN and want <= WRITE else "ask"
    return cap, f"you asked for {LEVEL_NAMES[want]} access; this grants `{role}` ({LEVEL_NAMES[rank]})"


#: Words before a level word that say no role's name ("make her a reader", "the viewer role", "as editor").
_NOT_A_NAME = frozenset({"a", "an", "the", "as", "my", "our", "her", "his", "their", "its", "this", "that", "to", "role",
                         "roles", "with", "and", "or", "of", "for", "give", "grant", "make", "add", "set", "be", "only",
                         "just", "read", "same", "new", "de", "het", "een", "rol", "le", "la", "el", "die", "der", "den"})


_PREFIXES = frozenset({"roles", "arn", "aws", "iam", "policy", "projects", "organizations", "clusterrole"})


def other_role(role: str, text: str) -> str | None:
    """The role the request names by a name of its own ("Reports Reader"), when the role granted is another one of the
    same level ending (`Security Reader`); None when the granted role's words are the request's, or it names none."""
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", role) if w.lower() not in _PREFIXES]
    if len(words) < 2 or all(lazyre.whole(w, text) for w in words if len(w) >= 3):
        return None
    last = words[-1]
    if last not in ROLE_RANKS:
        return None
    for m in re.finditer(rf"\b([a-z][\w-]*)\s+{re.escape(last)}s?\b", text.lower()):
        if m.group(1) not in _NOT_A_NAME and m.group(1).replace("-", "") not in "".join(words):  # ("registry writer")
            return m.group(0)
    return None
