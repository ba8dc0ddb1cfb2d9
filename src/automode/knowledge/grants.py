"""What a grant gives, read from the statement that gives it (session 16, G1): the accounts, the roles or privileges,
and the databases or schemas, for the store languages whose grants a command line or a tool call carries as text.

* SQL: `GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO metabase`, `GRANT SELECT ON analytics.* TO 'looker'@'%'`,
  `GRANT analyst TO jlee` (a role given), SQL Server `ALTER ROLE db_datareader ADD MEMBER report_svc` and
  `EXEC sp_addrolemember 'db_datareader', 'report_svc'`, `ALTER SERVER ROLE … ADD MEMBER …`;
* MongoDB: `db.createUser({user: 'x', roles: [{role: 'read', db: 'warung'}, 'readWrite']})`, `db.grantRolesToUser('x',
  [...])`, `db.updateUser('x', {roles: [...]})`, and an MCP call's `roles` list of `{role, db}` objects.

`Grant(accounts, roles, scopes)`: `scopes` are the databases or schemas named in the statement (a role with no `db` in
Mongo is on the database the shell is connected to, which the statement does not say). A statement this module cannot
read yields nothing: the judge then keeps the rule's verdict (`judge.intent.grant_named`).

Sources: PostgreSQL GRANT, MySQL GRANT, SQL Server ALTER ROLE / sp_addrolemember, MongoDB db.createUser and built-in
roles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import Any


@dataclass(frozen=True, slots=True)
class Grant:
    accounts: tuple[str, ...]
    roles: tuple[str, ...]
    scopes: tuple[str, ...]


_Q = r"""[`"'\[]?"""
_QE = r"""[`"'\]]?"""
#: `GRANT privs ON [TABLE|SCHEMA|DATABASE|ALL TABLES IN SCHEMA] obj TO grantee[, grantee]`.
_SQL_GRANT = lazyre.compile(r"(?is)\bGRANT\s+(.+?)\s+ON\s+(?:ALL\s+(?:TABLES|SEQUENCES|FUNCTIONS)\s+IN\s+SCHEMA\s+|"
                            r"(?:TABLE|SCHEMA|DATABASE|SEQUENCE|VIEW|FUNCTION)\s+)?([\w.*`\"\[\]-]+)\s+TO\s+"
                            r"((?:(?:ROLE|USER|GROUP)\s+)?[\w.@%`\"'$\[\]-]+(?:\s*,\s*[\w.@%`\"'$\[\]-]+)*)")
#: `GRANT role[, role] TO grantee` (a role given, PostgreSQL/MySQL 8/Snowflake).
_SQL_ROLE_GRANT = lazyre.compile(r"(?is)\bGRANT\s+(?:ROLE\s+)?([\w`\"'-]+(?:\s*,\s*[\w`\"'-]+)*)\s+TO\s+"
                                 r"(?:ROLE\s+|USER\s+)?([\w.@%`\"'$-]+)")
#: SQL Server: `ALTER [SERVER] ROLE r ADD MEMBER m`, `sp_addrolemember 'r', 'm'`, `sp_addsrvrolemember 'm', 'r'`.
_MSSQL_MEMBER = lazyre.compile(rf"(?is)\bALTER\s+(?:SERVER\s+)?ROLE\s+{_Q}([\w$#-]+){_QE}\s+ADD\s+MEMBER\s+{_Q}([\w.\\$@#-]+){_QE}")
_MSSQL_SP = lazyre.compile(r"(?is)\bsp_addrolemember\s+(?:@rolename\s*=\s*)?N?'([^']+)'\s*,\s*(?:@membername\s*=\s*)?N?'([^']+)'")
_MSSQL_SRV = lazyre.compile(r"(?is)\bsp_addsrvrolemember\s+(?:@loginame\s*=\s*)?N?'([^']+)'\s*,\s*(?:@rolename\s*=\s*)?N?'([^']+)'")
_GRANTEE_OPT = lazyre.compile(r"(?i)^(?:ROLE|USER|GROUP)\s+")
#: MongoDB: the user a statement creates or grants to, and its roles list.
_MONGO_USER = lazyre.compile(r"""(?s)\b(?:createUser|updateUser)\s*\(\s*(?:['"]([\w.@-]+)['"]\s*,\s*)?\{(.*)""")
_MONGO_GRANT = lazyre.compile(r"""(?s)\bgrantRolesToUser\s*\(\s*['"]([\w.@-]+)['"]\s*,\s*\[(.*?)\]""")
_MONGO_NAME = lazyre.compile(r"""\buser\s*:\s*['"]([\w.@-]+)['"]""")
_MONGO_ROLES = lazyre.compile(r"""(?s)\broles\s*:\s*\[(.*?)\]""")
_MONGO_ROLE = lazyre.compile(r"""\{\s*role\s*:\s*['"]([\w-]+)['"]\s*,\s*db\s*:\s*['"]([\w.-]+)['"]\s*\}|"""
                             r"""\{\s*db\s*:\s*['"]([\w.-]+)['"]\s*,\s*role\s*:\s*['"]([\w-]+)['"]\s*\}|['"]([\w-]+)['"]""")
_STATEMENT_WORDS = lazyre.compile(r"(?i)\bGRANT\b|\bALTER\s+(?:SERVER\s+)?ROLE\b|sp_add(?:srv)?rolemember|createUser|"
                                  r"updateUser|grantRolesToUser")


def _unq(v: str) -> str:
    return v.strip().strip("`\"'[]").split("@", 1)[0].strip("`\"'")


#: `REVOKE [GRANT OPTION FOR] privs [ON [TABLE|SCHEMA|…] obj] FROM grantee[, grantee]` (a privilege or role taken away).
_SQL_REVOKE = lazyre.compile(r"(?is)\bREVOKE\s+(?:GRANT\s+OPTION\s+FOR\s+)?(.+?)(?:\s+ON\s+((?:ALL\s+(?:TABLES|SEQUENCES|"
                             r"FUNCTIONS)\s+IN\s+SCHEMA\s+)?(?:(?:TABLE|SCHEMA|DATABASE|SEQUENCE|VIEW|FUNCTION)\s+)?"
                             r"[\w.*`\"\[\]-]+))?\s+FROM\s+((?:(?:ROLE|USER|GROUP)\s+)?[\w.@%`\"'$\[\]-]+"
                             r"(?:\s*,\s*[\w.@%`\"'$\[\]-]+)*)")


def sql_revokes(sql: str) -> list[Grant]:
    """What REVOKE statements of SQL text take away: (accounts, privileges or roles, the objects they are on as
    written, `ALL TABLES IN SCHEMA x` whole). A privilege's column list is kept out."""
    out: list[Grant] = []
    for m in _SQL_REVOKE.finditer(sql[:20_000]):
        privs = tuple(re.sub(r"(?i)^ROLE\s+", "", p.strip()).lower()
                      for p in re.split(r"\s*,\s*", re.sub(r"\([^)]*\)", "", m.group(1))) if p.strip())
        obj = re.sub(r"(?i)^(?:TABLE|SCHEMA|DATABASE|SEQUENCE|VIEW|FUNCTION)\s+", "", (m.group(2) or "").strip())
        accounts = tuple(_unq(_GRANTEE_OPT.sub("", g)) for g in m.group(3).split(","))
        out.append(Grant(accounts, privs, (obj.strip("`\"[]"),) if obj else ()))
    return out


REVOKE_FIXTURES = [
    ("REVOKE INSERT ON public.events FROM etl_writer;", [Grant(("etl_writer",), ("insert",), ("public.events",))]),
    ("REVOKE ROLE ANALYST FROM USER kari;", [Grant(("kari",), ("analyst",), ())]),
    ("REVOKE SELECT, UPDATE ON TABLE orders FROM app_ro, app_rw", [Grant(("app_ro", "app_rw"), ("select", "update"), ("orders",))]),
    ("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM etl_writer;",
     [Grant(("etl_writer",), ("all",), ("ALL TABLES IN SCHEMA public",))]),
]


def sql_grants(sql: str) -> list[Grant]:
    """The grants of SQL text (every statement of it)."""
    out: list[Grant] = []
    text = sql[:20_000]
    for m in _SQL_GRANT.finditer(text):
        privs = tuple(p.strip().lower() for p in re.split(r"\s*,\s*", re.sub(r"\([^)]*\)", "", m.group(1))) if p.strip())
        obj = m.group(2).strip("`\"[]")
        scope = obj.split(".", 1)[0].strip("`\"[]") if "." in obj or "*" not in obj else ""
        accounts = tuple(_unq(_GRANTEE_OPT.sub("", g)) for g in m.group(3).split(","))
        out.append(Grant(accounts, privs, (scope,) if scope and scope != "*" else ()))
    if not out:
        for m in _SQL_ROLE_GRANT.finditer(text):
            roles = tuple(_unq(r).lower() for r in m.group(1).split(","))
            out.append(Grant((_unq(m.group(2)),), roles, ()))
    for m in _MSSQL_MEMBER.finditer(text):
        out.append(Grant((_unq(m.group(2)),), (m.group(1).lower(),), ()))
    for m in _MSSQL_SP.finditer(text):
        out.append(Grant((_unq(m.group(2)),), (m.group(1).lower(),), ()))
    for m in _MSSQL_SRV.finditer(text):
        out.append(Grant((_unq(m.group(1)),), (m.group(2).lower(),), ()))
    return out


def _mongo_roles(body: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    roles: list[str] = []
    scopes: list[str] = []
    for m in _MONGO_ROLE.finditer(body):
        role = m.group(1) or m.group(4) or m.group(5) or ""
        db = m.group(2) or m.group(3) or ""
        if role:
            roles.append(role.lower())
        if db:
            scopes.append(db)
    return tuple(roles), tuple(scopes)


def mongo_grants(js: str) -> list[Grant]:
    """The grants of MongoDB shell code."""
    out: list[Grant] = []
    text = js[:20_000]
    for m in _MONGO_USER.finditer(text):
        body = m.group(2)
        name = m.group(1) or (n.group(1) if (n := _MONGO_NAME.search(body)) else "")
        r = _MONGO_ROLES.search(body)
        if not name or r is None:
            continue
        roles, scopes = _mongo_roles(r.group(1))
        out.append(Grant((name,), roles, scopes))
    for m in _MONGO_GRANT.finditer(text):
        roles, scopes = _mongo_roles(m.group(2))
        out.append(Grant((m.group(1),), roles, scopes))
    return out


#: Keys of a tool call's input that hold the account a grant is for and the roles it gives.
_ACCOUNT_KEYS = frozenset({"user", "username", "user_name", "login", "email", "member", "principal", "principalid",
                           "principal_id", "assignee", "grantee", "name"})


def call_grants(inp: Mapping[str, Any]) -> list[Grant]:
    """A tool call that creates a user with a `roles` list of `{role, db}` objects (`mongodb create_user`)."""
    roles_v = inp.get("roles")
    if not isinstance(roles_v, list):
        return []
    account = next((str(v) for k, v in inp.items() if str(k).lower() in _ACCOUNT_KEYS and isinstance(v, str) and v), "")
    roles: list[str] = []
    scopes: list[str] = []
    for r in roles_v[:32]:
        if isinstance(r, str):
            roles.append(r.lower())
        elif isinstance(r, Mapping):
            if isinstance(r.get("role"), str):
                roles.append(str(r["role"]).lower())
            if isinstance(r.get("db"), str):
                scopes.append(str(r["db"]))
    return [Grant((account,), tuple(roles), tuple(scopes))] if account and roles else []


def statement_grants(text: str) -> list[Grant]:
    """The grants of any text that may hold SQL or MongoDB shell code (a command line, a tool call's query)."""
    if not text or _STATEMENT_WORDS.search(text[:20_000]) is None:
        return []
    return sql_grants(text) + mongo_grants(text)


#: Privileges and roles that only read (`GRANT SELECT`, `USAGE` on a schema, `db_datareader`, Mongo `read`).
READ_ONLY = frozenset({"select", "usage", "connect", "db_datareader", "read", "readanydatabase", "show view"})
#: Words of a request for more than reading, in the languages the rules read without the judge's gloss.
_WRITE_WORDS = lazyre.compile(r"(?i)\b(?:write|writes|writing|read-write|readwrite|insert|update|modify|edit|change|"
                              r"delete|full|admin|écriture|ecriture|escritura|escrita|scrittura|schreib\w*|schrijf\w*|"
                              r"zapis\w*|запис\w*|yazma|kirjoitus\w*)\b|書き|写|쓰기")


def said_within(sql: str, said: str) -> bool:
    """Every database or schema the grants of `sql` are on is written in `said`, and a grant of more than reading is
    asked with a word for more than reading: the rules' quick reading (`privileged.sql_grant_named`); anything else
    is the judge's, which reads the request's level through its gloss (`judge.intent.grant_named`)."""
    low = said.lower()
    for g in sql_grants(sql):
        if any(lazyre.whole(s.lower(), low, r"[\w-]", r"[\w-]") is None for s in g.scopes if s.lower() not in ("public", "dbo")):
            return False
        if any(r not in READ_ONLY and lazyre.whole(r, low) is None for r in g.roles) and _WRITE_WORDS.search(said) is None:
            return False
    return True
