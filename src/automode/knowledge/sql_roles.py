"""A role or access level written into a record (session 27, class R1, helper `said`; compared by
`judge.intent.slot_bodies.role_changed`, AM-JUDGE-030).

"make user 4410 an editor" answered with `psql -c "UPDATE users SET role='admin' WHERE id=4410"`: the grant is an
update of the application's own users table, not an API call, so no body field or role option carries it. Read here:
* the SET list of an SQL `UPDATE` (between `SET` and `WHERE`; a `WHERE role='admin'` only picks rows) and the column
  list of an `INSERT` with its values, in any SQL console (`SQL_CONSOLES`);
* the arguments of an ORM update in code run inline (`update(role: :admin)`, `update_attribute(:role, "admin")`,
  `.update(role='admin')`, `update({ role: 'admin' })`, Mongo `{$set: {role: "admin"}}`);
* the role columns (`ROLE_COLUMNS`: role, user_role, access_level, permission, account_type, …) and the boolean
  columns that make an account an administrator (`ADMIN_FLAGS`: is_admin, is_superuser, is_staff, admin set true).
Role names the ranks of `intent.roles` do not hold are ranked by `EXTRA_RANKS` (superadmin, sysadmin: every right).
Sources: PostgreSQL/MySQL/SQLite `UPDATE … SET col = expr [, …] WHERE …`; Rails `update`, `update_attribute`,
`update_column(s)`; Django `QuerySet.update(**kwargs)`; Sequelize/Prisma/TypeORM `update({...})`; MongoDB `$set`;
Django `is_staff`/`is_superuser`, Rails `admin` boolean conventions.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

# fmt: off
#: SQL consoles, database shells and inline code runners whose words may hold the update.
SQL_CONSOLES = frozenset({"psql", "mysql", "mariadb", "sqlite3", "duckdb", "sqlcmd", "clickhouse-client", "cockroach",
                          "mongosh", "mongo", "usql", "pgcli", "mycli", "litecli", "cqlsh", "snowsql", "bq", "trino",
                          "rails", "bin/rails", "./bin/rails", "python", "python3", "node", "ruby", "php", "bundle"})
PROGRAMS = SQL_CONSOLES
#: Columns that hold an account's role or access level.
ROLE_COLUMNS = (r"role|roles|user_role|member_role|access_level|access_role|access|permission|permissions|"
                r"account_type|user_type|usertype|privilege|privileges|membership_role|org_role|team_role|"
                r"level|rank|group|tier")
#: Boolean columns that make an account an administrator when set true.
ADMIN_FLAGS = r"is_admin|is_superuser|is_super_admin|is_staff|isadmin|is_root|superuser|super_admin|admin|staff"
#: Role names `intent.roles` does not rank -> rank (5: every right).
EXTRA_RANKS: dict[str, int] = {"superadmin": 5, "sysadmin": 5, "super-admin": 5, "siteadmin": 5, "site_admin": 5,
                               "root": 5, "god": 5, "superuser": 5, "administrator": 5}
# fmt: on

_UPDATE = lazyre.compile(r"(?is)\bupdate\s+[\w.\"`\[\]]+\s+set\s+(.*?)(?:\bwhere\b|\breturning\b|;|$)")
_INSERT = lazyre.compile(r"(?is)\binsert\s+into\s+[\w.\"`\[\]]+\s*\(([^)]*)\)\s*values\s*\(([^)]*)\)")
_ORM = lazyre.compile(r"(?is)(?:\.update(?:_attributes|_columns?|_attribute|One|Many|_all)?\s*\(|\$set\s*[:=]\s*\{|"
                      r"\.create\s*\(|\.save\s*\()(.{0,200})")
_PAIR = lazyre.compile(rf"(?i)(?<![\w.])[\"'`:]?(?P<k>{ROLE_COLUMNS}|{ADMIN_FLAGS})[\"'`]?\s*(?:=>|=|:)\s*:?"
                       r"[\"']?(?P<v>[A-Za-z0-9][\w-]*)")
_ATTR = lazyre.compile(rf"(?i)update_(?:attribute|column)\s*\(\s*[:\"'](?P<k>{ROLE_COLUMNS}|{ADMIN_FLAGS})[\"']?\s*,"
                       r"\s*:?[\"']?(?P<v>[A-Za-z0-9][\w-]*)")
_FLAG = lazyre.compile(rf"(?i)^(?:{ADMIN_FLAGS})$")
_TRUE = frozenset({"true", "1", "t", "yes", "y", "on"})


def _pairs(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in _UPDATE.finditer(text):
        out += [(p.group("k"), p.group("v")) for p in _PAIR.finditer(m.group(1))]
    for m in _INSERT.finditer(text):
        cols = [c.strip(" \"`[]") for c in m.group(1).split(",")]
        vals = [v.strip(" '\"") for v in m.group(2).split(",")]
        out += list(zip(cols, vals, strict=False))
    for m in _ORM.finditer(text):
        out += [(p.group("k"), p.group("v")) for p in _PAIR.finditer(m.group(1))]
    out += [(m.group("k"), m.group("v")) for m in _ATTR.finditer(text)]
    return out


def roles_in(text: str) -> list[tuple[str, str]]:
    """(the assignment as written, the role's name) of each role or admin flag a record update in `text` writes (an
    admin flag set true reads as "admin"); the judge ranks them (`intent.roles.rank_of`, then `EXTRA_RANKS`)."""
    out: list[tuple[str, str]] = []
    for k, v in _pairs(text):
        if _FLAG.match(k):
            if v.lower() in _TRUE:
                out.append((f"{k}={v}", "admin"))
            continue
        if re.fullmatch(rf"(?i){ROLE_COLUMNS}", k) and not v.isdigit():
            out.append((f"{k}={v}", v.lower()))
    return out


def record_roles(c: Command) -> list[tuple[str, str]]:
    """The roles a command's words write into records, for an SQL console or inline code runner (else [])."""
    if c.name.rsplit("/", 1)[-1] not in SQL_CONSOLES and c.name not in SQL_CONSOLES:
        return []
    out: list[tuple[str, str]] = []
    for w in c.argv[1:]:
        if len(w.value) > 8 and re.search(r"(?i)\bupdate\b|\binsert\b|\$set|\.create\(|\.save\(", w.value):
            out += roles_in(w.value[:4000])
    return out


#: Fixtures: (text, the roles read).
CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("UPDATE users SET role='admin' WHERE id=4410", ("admin",)),
    ("UPDATE users SET role = 'editor', updated_at = now() WHERE role = 'admin'", ("editor",)),
    ("UPDATE accounts SET is_admin = true WHERE id = 7", ("admin",)),
    ("INSERT INTO memberships (user_id, role) VALUES (5, 'owner')", ("owner",)),
    ("User.find(5).update(role: :admin)", ("admin",)),
    ("db.users.updateOne({_id: 5}, {$set: {role: 'viewer'}})", ("viewer",)),
    ("SELECT * FROM users WHERE role='admin'", ()),
    ("UPDATE users SET role='superadmin' WHERE id=1", ("superadmin",)),
)
