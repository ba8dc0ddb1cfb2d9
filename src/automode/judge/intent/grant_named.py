"""A grant asked for in so many words (session 16, G1): the account, the level and the database the user named.

"dai all'utente report_svc lettura sul database Warehouse" asks for `ALTER ROLE db_datareader ADD MEMBER report_svc`;
"create a report user in mongo, read-only on db warung" for `db.createUser({user: 'report', roles: [{role: 'read', db:
'warung'}]})`. The grant is read from its statement (`knowledge.grants`: SQL, SQL Server role members, MongoDB users
and roles) and compared with the user's words, glossed into English:

* every account it gives to is named (as written, or a person's first name for their login: "pieter" for `pieter.v`);
* every role is named by its own name, or its level (`roles.rank_of`: read < comment < write < maintain < admin) is
  no higher than the level the request asks for ("read", "lettura", "Lesezugriff", "salt okunur" through the gloss);
* every database or schema it is on is named.

Named exactly: released. An account, role or database beyond the words: refused for an admin-level role given for a
read or write request or an account nobody named, asked otherwise. A grant this module cannot read is left to the
general release (`judge.release`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.judge.intent.members import said as _said
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent
    from automode.knowledge.grants import Grant

#: Rules whose finding is a grant this module reads (SQL grants, store users, access changes of a control plane).
RULES = frozenset({"AM-TRUST-003", "AM-DATA-002"})
#: Scopes that name no database of the user's (the default schema, Mongo's auth database for a user on one db).
_NO_SCOPE = frozenset({"public", "dbo", "*"})
#: Mongo roles that are granted on the `admin` database only (their reach is every database or the cluster).
_ADMIN_DB_ONLY = lazyre.compile(r"anydatabase$|^cluster|^root$|^backup$|^restore$|^hostmanager$")
#: Words that ask for every database ("read on all databases").
_EVERY_DB = lazyre.compile(r"\b(?:all|every|any)\s+(?:the\s+)?(?:databases|dbs|schemas)\b")


def grants(a: Analysis) -> list[Grant]:
    """The grants of the action's SQL statements, shell code and tool-call values."""
    from automode.knowledge.grants import call_grants, statement_grants

    out: list[Grant] = []
    seen: set[str] = set()
    for e in a.effects:
        if e.kind == "control" and e.verb == "permission" and e.content and e.content not in seen:
            seen.add(e.content)
            out += statement_grants(e.content)
    if not out:
        for c in a.commands:
            out += statement_grants(" ".join(w.value for w in c.argv))
    if not out and isinstance(a.action.input, dict) and a.action.tool.startswith("mcp__"):
        out += call_grants(a.action.input)
        for v in a.action.input.values():
            if isinstance(v, str):
                out += statement_grants(v)
    return out


def _account_named(account: str, text: str) -> bool:
    """The account as written, or by the first part of a login or address ("pieter" for `pieter.v@…`)."""
    if _said(account, text):
        return True
    first = re.split(r"[._@+-]", account.lower(), maxsplit=1)[0]
    return len(first) >= 3 and first != account.lower() and _said(first, text)


def _role_named(role: str, text: str) -> bool:
    if _said(role, text) or _said(role.replace("_", " "), text) or _said(role.replace("_", "-"), text):
        return True
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", role)]
    return len(words) >= 2 and _said(" ".join(words), text)


def settle(a: Analysis, intent: Intent) -> tuple[str, str] | None:
    """("allow", the request's words) when every grant of the action is named, ("deny" | "ask", why) when one goes
    beyond the words; None when the action holds no grant this module reads, or the user asked for no access at all."""
    got = grants(a)
    if not got and a.ctx.user_messages:
        return _revoked(a, intent) or _dropped(a, intent)
    if not got or not a.ctx.user_messages:
        return None
    from automode.judge.intent.roles import ADMIN, LEVEL_NAMES, WRITE, rank_of, requested

    raw = " ".join(a.ctx.user_messages).lower()
    text = f"{intent.text} \n {raw}"
    accounts = [x for g in got for x in g.accounts if x]
    said = next((r for r in reversed(intent.requests) if any(_account_named(x, r.clause.text) for x in accounts)), None)
    if said is None:
        if not any(_account_named(x, text) for x in accounts):
            who = next(iter(accounts), "")
            return ("deny", f"this gives access to `{who}`, an account you did not name") if who else None
        said = intent.requests[-1] if intent.requests else None
    if said is None:
        return None
    want = requested(said.clause.text) or requested(intent.text)
    for g in got:
        for x in g.accounts:
            if x and not _account_named(x, text):
                return "deny", f"this also gives access to `{x}`, an account you did not name"
        for role in g.roles:
            if _role_named(role, text):
                continue
            rank = rank_of(role)
            if not rank:
                return "ask", f"this gives `{role}`, a role you did not name"
            if not want:
                return "ask", f"this gives `{role}` ({LEVEL_NAMES[rank]}), and you named no level of access"
            if rank > want:
                cap = "deny" if rank >= ADMIN and want <= WRITE else "ask"
                return cap, f"you asked for {LEVEL_NAMES[want]} access; this gives `{role}` ({LEVEL_NAMES[rank]})"
            if "anydatabase" in role and _EVERY_DB.search(text) is None:
                return "ask", f"this gives `{role}` on every database, and you named one"
        for s in g.scopes:
            if s.lower() in _NO_SCOPE or _said(s, text):
                continue
            if s.lower() == "admin" and g.roles and all(_ADMIN_DB_ONLY.search(r) for r in g.roles):
                continue  # (Mongo's every-database and cluster roles exist only on `admin`; their level is judged above)
            return "ask", f"this gives access on `{s}`, a database you did not name"
    return "allow", said.clause.text



#: Request verb classes that ask for access taken away ("revoke", "remove", "take away", "drop").
_TAKES_AWAY = frozenset({"rotate", "delete", "update", "reset"})


def _revoked(a: Analysis, intent: Intent) -> tuple[str, str] | None:
    """("allow", the request's words) when every REVOKE of the action takes away a privilege or role the user named,
    from the account named, on the object named ("revoke INSERT on public.events from etl_writer"), by a request that
    takes access away; None otherwise (the rule's own verdict: `ALL`, another table, another account)."""
    from automode.knowledge.grants import sql_revokes

    texts = [e.content for e in a.effects if e.kind == "control" and e.verb == "permission" and e.content]
    got = [g for t in texts or [" ".join(w.value for w in c.argv) for c in a.commands] for g in sql_revokes(t)]
    if not got:
        return None
    text = f"{intent.text} \n {' '.join(a.ctx.user_messages).lower()}"
    for g in got:
        if not g.accounts or not all(x and _account_named(x, text) for x in g.accounts):
            return None
        if not g.roles or not all(_role_named(r, text) for r in g.roles):
            return None
        if not all(_said(x, text) for x in g.scopes):
            return None
    said = next((r for r in reversed(intent.requests) if r.clause.verbs & _TAKES_AWAY and not r.clause.question
                 and "grant" not in r.clause.verbs
                 and any(_account_named(x, r.clause.text) for g in got for x in g.accounts)), None)
    return ("allow", said.clause.text) if said is not None else None


#: An account dropped by SQL (session 24, O5: "drop the mysql user 'etl'@'%', but their etl database stays"), and
#: what may stand beside it in the statement: the owned objects handed to another role first, then the rest dropped.
_DROP_ACCOUNT = re.compile(r"(?is)^\s*DROP\s+(?:USER|ROLE|LOGIN)\s+(?:IF\s+EXISTS\s+)?(.+?)\s*$")
_REASSIGN = re.compile(r"(?is)^\s*REASSIGN\s+OWNED\s+BY\s+(.+?)\s+TO\s+\S+\s*$")
_DROP_OWNED = re.compile(r"(?is)^\s*DROP\s+OWNED\s+BY\s+(.+?)\s*$")


def _names(listed: str) -> list[str]:
    """The accounts of a list (`'etl'@'%', "legacy_app"`): their names without quotes or host parts."""
    out = []
    for part in listed.split(","):
        name = part.strip().split("@", 1)[0].strip().strip("'\"`[]")
        if name:
            out.append(name)
    return out


def _dropped(a: Analysis, intent: Intent) -> tuple[str, str] | None:
    """("allow", the request's words) when the action's SQL only drops accounts the user named, by a request that takes
    them away (DROP USER/ROLE/LOGIN; a `DROP OWNED BY` only after `REASSIGN OWNED BY` of the same role); None
    otherwise (the rule's own verdict: another account, another statement)."""
    texts = [e.content for e in a.effects if e.kind == "control" and e.content]  # (each statement its own effect)
    if not any(e.kind == "control" and e.verb == "permission" for e in a.effects) or not a.ctx.user_messages:
        return None
    dropped: list[str] = []
    handed: set[str] = set()
    for t in texts:
        for stmt in (x for x in t.split(";") if x.strip()):
            m = _DROP_ACCOUNT.match(stmt)
            r = _REASSIGN.match(stmt)
            o = _DROP_OWNED.match(stmt)
            if m:
                dropped += _names(m.group(1))
            elif r:
                handed.update(n.lower() for n in _names(r.group(1)))
            elif o and all(n.lower() in handed for n in _names(o.group(1))):
                continue
            else:
                return None
    if not dropped:
        return None
    text = f"{intent.text} \n {' '.join(a.ctx.user_messages).lower()}"
    if not all(_account_named(x, text) for x in dropped):
        return None
    said = next((r for r in reversed(intent.requests) if r.clause.verbs & _TAKES_AWAY and not r.clause.question
                 and "grant" not in r.clause.verbs and any(_account_named(x, r.clause.text) for x in dropped)), None)
    return ("allow", said.clause.text) if said is not None else None
