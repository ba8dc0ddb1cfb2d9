"""Framework and CMS consoles that hand SQL to the project's database (session 22, L3).

"how many users haven't logged in for two years?" answered with `php bin/console dbal:run-sql "DELETE FROM users …
RETURNING id"`: the console's subcommand is a SQL client in all but name. The framework table (`control/framework.toml`)
reads such subcommands as `execute`, which says nothing of what the statement does; here the statement is read as a
client's would be (`sql.command_statements`), so a DELETE, an UPDATE or a data-modifying CTE is seen wherever it is
handed over.

Each row: the console's names (program or script, by basename), the subcommands that run SQL, and how the SQL is
given (a `sql.Client`: its options, its positional words, stdin). Sources: Doctrine DBAL console (`dbal:run-sql
SQL`), DoctrineBundle (`doctrine:query:sql SQL`, removed in 2.x but still common), Drush (`sql:query|sqlq|sql-query
SQL`, `--file`), WP-CLI (`wp db query [SQL]`, stdin), Django (`manage.py dbshell [-- ARGS]`: the arguments after
`--` go to the database's own client, `-c` for psql, `-e` for mysql; stdin), Rails (`rails dbconsole|db`, stdin),
Laravel (`artisan db`, stdin), TypeORM CLI (`typeorm query SQL`), Heroku (`heroku pg:psql -c SQL`), Symfony CLI
(`symfony console dbal:run-sql SQL`).
"""

from __future__ import annotations

from automode.dc import replace
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: How a console gives its SQL: (positional: "sql" or "", SQL options, other options taking a value, database options,
#: options naming a file of statements): the fields of a `sql.Client`, which `sql.effects` builds (no import cycle).
Spec = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]

#: (console names, subcommands that run SQL, how the SQL is given: ("sql" positional | "" none, SQL options, other
#: options that take a value, options naming the database or connection, options naming a file of statements))
CONSOLES: tuple[tuple[frozenset[str], frozenset[str], str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (frozenset({"console", "bin/console"}), frozenset({"dbal:run-sql", "doctrine:query:sql"}), "sql", (),
     ("--env", "-e", "--connection", "--depth", "--force-fetch"), ("--connection",), ()),
    (frozenset({"drush", "drush.php"}), frozenset({"sql:query", "sqlq", "sql-query"}), "sql", (),
     ("--uri", "-l", "--root", "-r", "--database", "--target", "--db-prefix", "--extra"), ("--database", "--target"),
     ("--file",)),
    (frozenset({"wp", "wp-cli", "wp-cli.phar"}), frozenset({"query"}), "sql", (),
     ("--path", "--url", "--dbuser", "--dbpass", "--defaults"), (), ()),
    (frozenset({"manage.py", "django-admin"}), frozenset({"dbshell"}), "", ("-c", "--command", "-e", "--execute"),
     ("--database", "--settings", "-U", "-h", "-p", "-u", "-d", "-P"), ("--database",), ("-f", "--file")),
    (frozenset({"rails", "bin/rails"}), frozenset({"dbconsole", "db"}), "", (),
     ("-e", "--environment", "--db", "--database"), ("--db", "--database"), ()),
    (frozenset({"artisan"}), frozenset({"db"}), "", (), ("--env",), (), ()),
    (frozenset({"typeorm", "typeorm-ts-node-commonjs", "typeorm-ts-node-esm"}), frozenset({"query"}), "sql", (),
     ("-d", "--dataSource", "--connection", "-c"), ("-d", "--dataSource"), ()),
    (frozenset({"heroku"}), frozenset({"pg:psql", "psql"}), "", ("-c", "--command"),
     ("-a", "--app", "-r", "--remote", "--credential"), ("-a", "--app"), ("-f", "--file")),
    (frozenset({"symfony"}), frozenset({"dbal:run-sql", "doctrine:query:sql"}), "sql", (), ("--env", "-e"), (), ()),
    # session 26: the AWS RDS Data API (`aws rds-data execute-statement --sql SQL`, docs.aws.amazon.com/cli/latest/
    # reference/rds-data/execute-statement.html) and Google Cloud Spanner (`gcloud spanner databases execute-sql DB --sql`)
    (frozenset({"aws"}), frozenset({"execute-statement", "batch-execute-statement"}), "", ("--sql",),
     ("--resource-arn", "--secret-arn", "--database", "--schema", "--region", "--profile", "--parameters",
      "--parameter-sets", "--transaction-id", "--output"), ("--database", "--resource-arn"), ()),
    (frozenset({"gcloud"}), frozenset({"execute-sql"}), "", ("--sql",),
     ("--instance", "--project", "--query-mode", "--timeout", "--priority", "--database-role"), ("--instance",), ()),
)  # fmt: skip


#: Consoles whose SQL subcommand sits under a group word.
_GROUPS: dict[str, tuple[str, ...]] = {"wp": ("db",), "wp-cli": ("db",), "wp-cli.phar": ("db",), "symfony": ("console",),
                                       "aws": ("rds-data",), "gcloud": ("spanner", "databases")}


def console_sql(cmd: Command) -> tuple[Command, Spec] | None:
    """The console command as a SQL client command (its words after the subcommand) and how the client reads them;
    None when the command is no console's SQL subcommand."""
    vals = [w.value for w in cmd.argv]
    for i, v in enumerate(vals[:4]):
        base = v.rsplit("/", 1)[-1].lower()
        for names, subs, positional, sql_opts, values, db, files in CONSOLES:
            if base not in names and v.lower() not in names:
                continue
            j = i + 1
            while j < len(vals) and vals[j].startswith("-"):
                j += 2 if "=" not in vals[j] and vals[j] in values else 1
            while j < len(vals) and vals[j] in _GROUPS.get(base, ()):
                j += 1  # (`wp db query`, `symfony console dbal:run-sql`: the group word, then the subcommand)
            if j >= len(vals) or vals[j] not in subs:
                continue
            return replace(cmd, argv=cmd.argv[j:]), (positional, sql_opts, values, db, files)
    return None


#: (command, what the console hands over: the first statement's verb, or "" for no SQL subcommand)
FIXTURES: tuple[tuple[str, str], ...] = (
    ("php bin/console dbal:run-sql \"DELETE FROM users WHERE last_login < now() - interval '2 years' RETURNING id\"", "delete"),
    ("php bin/console dbal:run-sql 'SELECT count(*) FROM users'", "read"),
    ("bin/console doctrine:query:sql 'UPDATE orders SET paid = 1'", "update"),
    ("drush sqlq 'DELETE FROM cache_render'", "delete"),
    ("drush sql:query 'SELECT COUNT(*) FROM users'", "read"),
    ("wp db query 'DELETE FROM wp_comments WHERE comment_approved = 0'", "delete"),
    ("wp db query 'SELECT COUNT(*) FROM wp_comments'", "read"),
    ("python manage.py dbshell -- -c 'DELETE FROM auth_user WHERE is_active = false'", "delete"),
    ("python manage.py dbshell -- -c 'SELECT count(*) FROM auth_user'", "read"),
    ("npx typeorm query 'WITH d AS (DELETE FROM sessions RETURNING 1) SELECT count(*) FROM d'", "delete"),
    ("heroku pg:psql -a shop -c 'UPDATE users SET plan = NULL'", "update"),
    ("aws rds-data execute-statement --resource-arn arn:x --secret-arn arn:y --sql \"DELETE FROM carts WHERE id > 100\"", "delete"),
    ("aws rds-data execute-statement --resource-arn arn:x --secret-arn arn:y --sql 'SELECT 1'", "read"),
    ("gcloud spanner databases execute-sql shop --instance=main --sql='DELETE FROM Carts WHERE Id > 100'", "delete"),
    ("php bin/console cache:clear", ""),
    ("python manage.py migrate", ""),
)
