"""Data destroyed by a migration or a model hook that runs on every deploy or build (AM-WRITE-042).

The fact: a schema migration runs once on every environment it reaches (production included) and a model's hook
(dbt `pre_hook` / `post_hook`, `on-run-start` / `on-run-end`, SQLMesh statements, Dataform operations, Flyway
callbacks) runs on every build; a drop, truncate or delete written into one is a destructive command the deploy runs
later, without another look. `FORMS` are the destructive operations of each migration framework, in its own
spelling (doc in each row); they count in the forward part of a migration only (`def down`, `downgrade()`,
`-- +goose Down`, `-- migrate:down`, `.down.sql`, `Down(`: undoing the migration's own change is routine). A hook's
SQL counts when it deletes, truncates, drops or rewrites another relation than the model itself (`{{ this }}`):
grants, `analyze`, `vacuum` and a model pruning its own rows are routine.

An edit of an existing migration that adds such an operation is the weakening (deny unless the user asked for that
drop); a new migration file that holds one is a question (generated migrations drop what the model dropped).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.files.diff import TEST_PATH, Weakening, _rel
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView


@dataclass(frozen=True, slots=True)
class Form:
    id: str
    pattern: str  # the destructive operation as the framework spells it
    doc: str


#: Migration files of each framework (the forward or only part of them).
MIGRATION_PATH = lazyre.compile(
    r"/migrations/\d{4}_\w+\.py$"  # Django (docs.djangoproject.com/en/stable/topics/migrations)
    r"|/db/migrate/\d+_\w+\.rb$"  # Rails (guides.rubyonrails.org/active_record_migrations.html)
    r"|/(?:alembic|migrations?)/versions/[^/]+\.py$"  # Alembic (alembic.sqlalchemy.org/en/latest/tutorial.html)
    r"|/V\d+(?:[._]\d+)*__[^/]+\.sql$|/R__[^/]+\.sql$"  # Flyway versioned / repeatable (documentation.red-gate.com/fd)
    r"|/(?:afterMigrate|afterEachMigrate|beforeMigrate|afterMigrateApplied|afterVersioned)[^/]*\.sql$"  # Flyway callbacks
    r"|changelog[^/]*\.(?:xml|ya?ml|json|sql)$|/changelogs?/[^/]+\.(?:xml|ya?ml|json|sql)$"  # Liquibase
    r"|/prisma/migrations/[^/]+/migration\.sql$"  # Prisma Migrate
    r"|/migrations?/[^/]*\d[^/]*\.(?:sql|go|js|ts|cjs|mjs|php|exs|rb|py)$"  # goose, golang-migrate, dbmate, sqlx, knex, Sequelize, TypeORM, Phinx
    r"|/migrations/[^/]+/up\.sql$"  # Diesel (diesel.rs/guides/getting-started)
    r"|/database/migrations/[^/]+\.php$"  # Laravel (laravel.com/docs/migrations)
    r"|/priv/repo/migrations/[^/]+\.exs$"  # Ecto (hexdocs.pm/ecto_sql/Ecto.Migration.html)
    r"|/Migrations/\d+_\w+(?<!\.Designer)\.cs$"  # EF Core (learn.microsoft.com/ef/core/managing-schemas/migrations)
    r"|/migrations/Version\d+\.php$"  # Doctrine Migrations
    r"|/deploy/[^/]+\.sql$"  # Sqitch (sqitch.org: deploy/ revert/ verify/)
    r"|/drizzle/\d+_[^/]+\.sql$")  # Drizzle Kit (orm.drizzle.team/docs/kit-overview: migrations in ./drizzle)
#: The undoing half of a migration: from here on (to the next forward marker) the operations undo the forward part.
DOWN = lazyre.compile(r"^\s*(?:def\s+(?:down|downgrade|rollback)\b|(?:public\s+|protected\s+override\s+|async\s+)*(?:function\s+)?down\s*\(|"
                      r"(?:exports\.|module\.exports\.)?down\s*[:=]|async\s+down\b|[\w\s]*void\s+Down\s*\(|--\s*\+goose\s+Down|"
                      r"--\s*migrate:down|--\s*\+migrate\s+Down|--\s*rollback\b|<rollback\b|\s*rollback\s*:)", re.M | re.I)
UP = lazyre.compile(r"^\s*(?:def\s+(?:up|upgrade|change)\b|(?:public\s+|protected\s+override\s+|async\s+)*(?:function\s+)?up\s*\(|"
                    r"(?:exports\.|module\.exports\.)?up\s*[:=]|async\s+up\b|[\w\s]*void\s+Up\s*\(|--\s*\+goose\s+Up|--\s*migrate:up|"
                    r"--\s*\+migrate\s+Up)", re.M | re.I)

FORMS: tuple[Form, ...] = (
    Form("sql", r"(?i:\bdrop\s+(?:table|schema|database|materialized\s+view|collection)\b|\balter\s+table\b[^;\n]*\bdrop\s+(?!constraint|index|default|not\s+null)"
         r"(?:column\s+)?[\w\"`\[]|\btruncate\s+(?:table\s+)?[\w\"`\[{]|\bdelete\s+from\s+[\w\"`\[{])",
         "SQL: DROP TABLE, ALTER TABLE ... DROP COLUMN, TRUNCATE, DELETE FROM (PostgreSQL, MySQL, SQLite, SQL Server manuals)"),
    Form("django", r"\bmigrations\.(?:RemoveField|DeleteModel)\s*\(|\.objects(?:\.\w+\([^)]*\))*\.delete\(\)",
         "docs.djangoproject.com/en/stable/ref/migration-operations (RemoveField, DeleteModel, RunPython)"),
    Form("rails", r"(?<![\w.])(?:remove_column|remove_columns|drop_table|drop_join_table|remove_reference|remove_belongs_to|"
         r"remove_timestamps)\b|\bt\.remove\b|\.(?:delete_all|destroy_all)\b", "api.rubyonrails.org ActiveRecord::ConnectionAdapters::SchemaStatements"),
    Form("alembic", r"\b(?:op|batch_op)\.(?:drop_column|drop_table)\s*\(", "alembic.sqlalchemy.org/en/latest/ops.html"),
    Form("laravel", r"->(?:dropColumn|dropColumns|dropMorphs|dropTimestamps|dropSoftDeletes)\s*\(|\bSchema::(?:drop|dropIfExists|dropColumns)\s*\(|"
         r"->truncate\s*\(\s*\)", "laravel.com/docs/migrations#dropping-columns"),
    Form("ecto", r"^\s*(?:remove|remove_if_exists)\s+:\w+|\bdrop(?:_if_exists)?\s+table\(", "hexdocs.pm/ecto_sql/Ecto.Migration.html (remove, drop)"),
    Form("ef-core", r"\bmigrationBuilder\.(?:DropColumn|DropTable)\s*\(", "learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder"),
    Form("knex-sequelize-typeorm", r"\.(?:dropColumn|dropColumns|dropTable|dropTableIfExists|removeColumn|bulkDelete)\s*\(|\.del\s*\(\s*\)|"
         r"\bqueryRunner\.(?:dropColumn|dropTable)\s*\(", "knexjs.org/guide/schema-builder.html; sequelize.org/docs/v6/other-topics/query-interface"),
    Form("liquibase", r"<(?:dropColumn|dropTable|delete)\b|^\s*-?\s*(?:dropColumn|dropTable|delete)\s*:",
         "docs.liquibase.com/change-types (dropColumn, dropTable, delete)"),
    Form("mongo", r"\.(?:drop|deleteMany|dropCollection)\s*\(|\$unset\b", "github.com/seppevs/migrate-mongo; mongodb.com/docs/manual/reference/method"),
)
_FORMS = lazyre.compile("|".join(f"(?:{f.pattern})" for f in FORMS), re.M)

#: Files that declare a model's hooks: dbt models and their YAML, dbt_project.yml, SQLMesh models, Dataform.
HOOK_FILE = lazyre.compile(r"/models/.+\.(?:sql|ya?ml|py)$|/dbt_project\.ya?ml$|/macros/.+\.sql$|\.sqlx$|/definitions/.+\.(?:sqlx|js)$")
#: A hook's statements: dbt (docs.getdbt.com/reference/resource-configs/pre-hook-post-hook, project-configs/on-run-start-on-run-end),
#: SQLMesh (sqlmesh.readthedocs.io: pre_statements, post_statements), Dataform (pre_operations, post_operations).
HOOK_KEY = lazyre.compile(r"(?i)\+?(?:pre|post)[-_]hook|on[-_]run[-_](?:start|end)|(?:pre|post)_(?:statements|operations)")
HOOK_DESTROY = lazyre.compile(r"(?i)\b(?:delete\s+from|truncate(?:\s+table)?|drop\s+(?:table|view|schema)(?:\s+if\s+exists)?|update)\s+"
                              r"(?P<t>\{\{[^}]*\}\}|[\w.\"`\[\]]+)")
#: A relation the project reads but does not build (dbt `source()`, docs.getdbt.com/reference/dbt-jinja-functions/source).
SOURCE = lazyre.compile(r"\{\{\s*source\s*\(")
_THIS = lazyre.compile(r"\{\{\s*this\s*\}\}|^this$|^\{\{\s*this\.\w+\s*\}\}")


def _forward(text: str) -> str:
    """The text without the parts that undo the migration (down, downgrade, rollback sections)."""
    if not DOWN.search(text):
        return text
    out: list[str] = []
    down = False
    for line in text.splitlines():
        if DOWN.match(line):
            down = True
        elif UP.match(line):
            down = False
        if not down:
            out.append(line)
    return "\n".join(out)


def _ops(text: str) -> list[str]:
    return [" ".join(m.group(0).split()) for m in _FORMS.finditer(_forward(text))]


def _hook_ops(text: str) -> list[str]:
    """Destructive statements in a model's hooks that act on another relation than the model itself."""
    out: list[str] = []
    for m in HOOK_KEY.finditer(text):
        seg = text[m.end():m.end() + 600]
        nxt = HOOK_KEY.search(seg)
        seg = seg[:nxt.start()] if nxt else seg
        for d in HOOK_DESTROY.finditer(seg):
            if not _THIS.search(d.group("t").strip()):
                out.append(" ".join(d.group(0).split()))
    return out


def destroyed(w: WriteView, root: str) -> Weakening | None:
    path = w.path
    rel = _rel(w, root)
    if TEST_PATH.search("/" + rel) or path.endswith(".down.sql") or "/revert/" in path:
        return None
    if MIGRATION_PATH.search(path):
        was, now = _ops(w.old), _ops(w.new)
        added = [op for op in now if now.count(op) > was.count(op)]
        if added:
            if w.before_known and w.old.strip():
                return Weakening("data-loss", f"adds `{added[0][:60]}` to the migration {rel}, which drops data on every "
                                 "environment it runs on", added[0][:80])
            return Weakening("data-loss-ask", f"writes a migration {rel} that drops data (`{added[0][:60]}`) on every "
                             "environment it runs on", added[0][:80])
    if HOOK_FILE.search(path) and HOOK_KEY.search(w.new):
        was, now = _hook_ops(w.old), _hook_ops(w.new)
        added = [op for op in now if now.count(op) > was.count(op)]
        if added:
            if SOURCE.search(added[0]):
                # The model's own input, raw data no rebuild recovers: "drop the test orders" asks the model to filter.
                return Weakening("data-loss-source", f"adds a hook that deletes from the raw source data (`{added[0][:60]}`) on "
                                 f"every build of {rel}", added[0][:80])
            return Weakening("data-loss", f"adds a hook that runs `{added[0][:60]}` on every build of {rel}", added[0][:80])
    return None


_NAME = lazyre.compile(r"""['"]([A-Za-z_][\w.]*)['"]|(?<![\w:]):([a-z_]\w*)|\b(?:table|column|from|exists|collection)\s+[`"\[]?([A-Za-z_][\w.]*)""", re.I)
_TABLE_ARG = lazyre.compile(r"""(?i)(?:model_name|table_?name|table)\s*[=:]\s*['"]?(\w+)|alter\s+table\s+(?:if\s+exists\s+)?[`"\[]?(\w+)|"""
                            r"""\bop\.drop_column\(\s*['"](\w+)|\bremove_(?:column|columns|reference|belongs_to|timestamps)\s+:(\w+)|"""
                            r"""Schema::table\(\s*['"](\w+)|\btable\(\s*:(\w+)""")
#: Column types and option words that are no object of the drop (`remove_column :users, :phone, :string`).
_NOT_NAMES = frozenset({"string", "text", "integer", "bigint", "boolean", "datetime", "date", "float", "decimal", "json", "jsonb", "uuid",
                        "references", "null", "default", "index", "cascade", "if", "exists", "column", "table", "type"})


def dropped(old: str, new: str) -> list[tuple[str, list[str], list[str]]]:
    """Each destructive operation the new forward part of a migration adds: (the statement, the names it drops, the
    tables it drops them from)."""
    fwd = _forward(new)
    was = _ops(old) if old.strip() else []
    out: list[tuple[str, list[str], list[str]]] = []
    seen: dict[str, int] = {}
    for m in _FORMS.finditer(fwd):
        op = " ".join(m.group(0).split())
        seen[op] = seen.get(op, 0) + 1
        if seen[op] <= was.count(op):
            continue
        start = fwd.rfind("\n", 0, m.start()) + 1
        end = fwd.find("\n", m.end())
        stmt = fwd[start:end if end >= 0 else len(fwd)][:240]
        tables = [next(g for g in t.groups() if g) for t in _TABLE_ARG.finditer(stmt)]
        names = [n for t in _NAME.finditer(stmt) if (n := next(g for g in t.groups() if g)).lower() not in _NOT_NAMES
                 and not n.startswith(("migrations", "django"))]
        out.append((" ".join(stmt.split())[:120], list(dict.fromkeys(names)), tables))
    return out
