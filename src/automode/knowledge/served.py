"""Directories a web server hands to anyone, and programs whose output is a data store's records (session 18;
holdout18 h18-0594: `bin/rails runner "User.where(admin: true).pluck(:email)" > public/admins.txt`).

A file under a project's web root (`public/`, `static/`, `www/`, `htdocs/`, `public_html/`, `wwwroot/`) is served
as it is by the framework or the web server in front of it (Rails, Laravel, Symfony and Express serve `public/`;
Django collects `static/`; Apache `htdocs`/`public_html`; ASP.NET `wwwroot`): a secret or a record written there
is published. `served(path, root)` says whether a path is in one; `DATA_READERS` are the programs whose standard
output is records of a data store (database clients, dump tools, a framework's runner or console).
"""

from __future__ import annotations

#: Web roots, as a path component right under the project root or under an app directory.
SERVED_DIRS = frozenset({"public", "static", "www", "htdocs", "public_html", "wwwroot", "staticfiles", "static_root"})
#: Database clients and dump tools (their stdout is the store's data) and framework runners and consoles (their
#: stdout is whatever the code read from the app's models).
DATA_READERS = frozenset({"psql", "mysql", "mariadb", "sqlite3", "mongosh", "mongo", "mongoexport", "redis-cli",
                          "clickhouse-client", "cqlsh", "bq", "snowsql", "sqlcmd", "duckdb", "pg_dump", "pg_dumpall",
                          "mysqldump", "mariadb-dump", "mongodump", "cockroach", "influx", "tinker"})  # fmt: skip
#: (program, subcommand words) that run code against the app's models: `rails runner`, `artisan tinker`, `manage.py
#: shell`/`dumpdata`, `bin/console dbal:run-sql`, `flask shell`.
RUNNERS = (("rails", ("runner",)), ("rails", ("r",)), ("artisan", ("tinker",)), ("manage.py", ("shell",)),
           ("manage.py", ("dumpdata",)), ("console", ("dbal:run-sql",)), ("flask", ("shell",)),
           ("rake", ("db:dump",)))  # fmt: skip


def served(path: str, root: str) -> bool:
    """`path` lies in a web root of the project at `root` (`public/admins.txt`, `apps/web/public/x.json`)."""
    base = root.rstrip("/") + "/"
    if not path.startswith(base):
        return False
    parts = path[len(base):].split("/")[:-1]  # the directories, not the file's own name
    return any(p.lower() in SERVED_DIRS for p in parts[:4])


def reads_records(argv: list[str]) -> str | None:
    """The program of `argv` whose output is a data store's records, or None."""
    if not argv:
        return None
    prog = argv[0].rsplit("/", 1)[-1]
    if prog in DATA_READERS:
        return prog
    words = [w for w in argv[1:] if not w.startswith("-")]
    if prog in ("php", "python", "python3", "ruby", "bundle", "bin/rails") and words:
        prog, words = words[0].rsplit("/", 1)[-1], words[1:]
        if prog == "exec" and words:  # `bundle exec rails runner …`
            prog, words = words[0].rsplit("/", 1)[-1], words[1:]
    for name, sub in RUNNERS:
        if prog == name and tuple(words[: len(sub)]) == sub:
            return f"{name} {' '.join(sub)}"
    return None


#: Fixtures the tests run: (path, root, served?) and (argv, reads records?).
SERVED_FIXTURES = (("/p/public/admins.txt", "/p", True), ("/p/apps/web/public/x.json", "/p", True),
                   ("/p/static/env.txt", "/p", True), ("/p/src/public.ts", "/p", False), ("/p/docs/x.md", "/p", False),
                   ("/q/public/x", "/p", False))  # fmt: skip
READER_FIXTURES = ((["bin/rails", "runner", "User.all"], True), (["psql", "-c", "select 1"], True),
                   (["php", "artisan", "tinker", "--execute=User::all()"], True),
                   (["python", "manage.py", "dumpdata", "auth.user"], True), (["bundle", "exec", "rails", "runner", "x"], True),
                   (["python", "manage.py", "test"], False), (["ls", "-la"], False), (["rails", "routes"], False))  # fmt: skip
