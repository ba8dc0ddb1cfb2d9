"""Data deleted through an application's own code run inline (issue 10, session 8): ORM and driver calls that remove
rows, collections or whole tables, in code handed to a framework's runner or a release's remote console.

`fly ssh console -C "/app/bin/beacon rpc 'Repo.delete_all(from j in Oban.Job, …)'"`, `rails runner
'User.where(…).destroy_all'`, `python manage.py shell -c "Order.objects.all().delete()"`, `php artisan tinker
--execute="DB::table('jobs')->truncate()"`, `node -e "await prisma.job.deleteMany()"`: the command line names no
table a SQL reader could see, yet the code deletes data as surely as a `DELETE`. Each becomes a `control` delete of
data (scope `all` without a filter in the call's own chain, else `set`), so the data rules and the judge treat it
like the statement it stands for.

Facts from each library's reference: Ecto (`Repo.delete_all`, `Repo.delete`), ActiveRecord (`destroy_all`,
`delete_all`, `destroy_by`, `delete_by`, `truncate`), Django (`QuerySet.delete()`, `Model.objects.all().delete()`),
SQLAlchemy (`query(...).delete()`, `session.execute(delete(...))`, `drop_all`), Prisma (`deleteMany`), Sequelize
(`destroy`, `truncate`, `drop`, `sync({force: true})`), TypeORM (`delete`, `clear`), Mongoose/MongoDB (`deleteMany`,
`drop`, `dropDatabase`, `remove`), Laravel Eloquent/Query Builder (`->delete()`, `->truncate()`, `::truncate()`),
Redis clients (`flushall`, `flushdb`), GORM (`Delete`, `Migrator().DropTable`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.dc import dataclass
from automode.effects import Effect
from automode.knowledge.envmarkers import env_of, strongest
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: A destructive data call, and whether the call itself says which rows (a filter in the same chain).
DELETES = lazyre.compile(
    r"\bRepo\.delete_all\s*\(|\b(?:destroy_all|delete_all|destroy_by|delete_by)\b|\.objects(?:\.all\(\))?\.delete\s*\(|"
    r"\.objects\.filter\([^)]*\)\.delete\s*\(|\.objects\b[^;\n]*?\)\.delete\s*\(\s*\)|\.query\([^)]*\)(?:\.filter[^.]*)?\.delete\s*\(|"
    r"\.query\([^;\n]*?\)\.delete\s*\(\s*(?:synchronize_session\b[^)]*)?\)|\bexecute\s*\(\s*(?:sa\.|sqlalchemy\.)?delete\s*\(|"
    r"\bexecute\s*\(\s*\w+\.delete\s*\(\s*\)|"
    # Flask-SQLAlchemy's `Model.query` property (`Order.query.filter_by(…).delete()`, `Session.query.delete()`)
    r"\b[A-Z]\w*\.query(?:\.\w+\([^;\n]*?\))*\.delete\s*\(|"
    r"\bdrop_all\s*\(|"
    r"\.deleteMany\s*\(|\.destroy\s*\(\s*\{|\.truncate\s*\(|::truncate\s*\(|->truncate\s*\(|->delete\s*\(\s*\)|"
    r"\.sync\s*\(\s*\{\s*force\s*:\s*true|\.dropDatabase\s*\(|\.drop\s*\(\s*\)|\.clear\s*\(\s*\)\s*;?\s*$|"
    r"\.(?:flushall|flushdb|FlushAll|FlushDB)\s*\(|\bDropTable\s*\(|"
    # ArangoDB's arangosh (docs.arangodb.com: `db._dropDatabase(name)`, `db._drop(collection)`, `coll.truncate()`)
    r"\bdb\._drop(?:Database)?\s*\(",
    re.M,
)
#: A mass update of data through the ORM (session 18, I5): every row a query selects written over at once. Eloquent
#: and the query builder `->update([...])` after `query()`/`where()`/`table()`, ActiveRecord `update_all`, Django
#: `.objects….update(`, Prisma/Mongo `updateMany`, Ecto `Repo.update_all`, Sequelize `.update({…}, {where…})`.
UPDATES = lazyre.compile(
    r"(?:::query\(\)|->where\w*\([^;]*?\)|::where\w*\([^;]*?\)|table\([^)]*\))\s*->update\s*\(|\bupdate_all\b|"
    r"\.objects(?:\.all\(\)|\.filter\([^)]*\)|\.exclude\([^)]*\))?\.update\s*\(|\.updateMany\s*\(|\bRepo\.update_all\s*\(|"
    r"\.update\s*\(\s*\{[^}]*\}\s*,\s*\{\s*where|\b[A-Z]\w*\.query(?:\.\w+\([^;\n]*?\))*\.update\s*\(\s*\{",
)
#: Code that uses an ORM or a data store's driver (what `DELETES` was written for), beside any cloud SDK it also uses.
_ORM = lazyre.compile(r"\b(?:django|models|Repo|ActiveRecord|ApplicationRecord|prisma|Prisma|sequelize|Sequelize|typeorm|"
                      r"mongoose|pymongo|MongoClient|sqlalchemy|session|Eloquent|DB::|gorm|redis|Redis|knex|"
                      # job queues (session 21, L3): their jobs' `retry`, `requeue`, `promote` run the jobs again
                      r"bullmq|bull|bee-queue|rq|celery|Sidekiq|Resque|Oban|kue|agenda|pg-boss|graphile-worker|faktory|"
                      r"dramatiq|huey|arq|GoodJob|SolidQueue|Delayed::Job|Hangfire)\b|"
                      r"\.objects\.(?:filter|all|exclude)\([^)]*\)\.delete\(\)\s*$|"
                      r"\b[A-Z]\w*\.objects\.(?:filter|all|exclude|get|select_related|order_by)\(")  # (a Django model's manager)
#: A filter in the call: some rows, not all of them.
_FILTERED = lazyre.compile(r"\bwhere\b|\.filter\(|\.where\(|\bfilter_by\(|\{\s*where\s*:|->where\(|_by\b", re.I)
#: The model or table a call names: Ecto's `from j in Oban.Job`, `Oban.Job`, Django's `Order.objects`, `DB::table('jobs')`.
_TABLE = lazyre.compile(r"from\s+\w+\s+in\s+([A-Z][\w.]*)|(?:delete|update)_all\(\s*([A-Z][\w.]*)|"
                        r"\b([A-Z]\w*)(?:\.|::)(?:objects|where|destroy|delete|query|update_all)\b|table\(\s*['\"](\w+)|\bprisma\.(\w+)\.")
#: Database shells and clients read by their own knowledge (`knowledge.sql`, the control tables).
OWN_READERS = frozenset({"mongosh", "mongo", "redis-cli", "valkey-cli", "psql", "mysql", "mariadb", "sqlite3", "duckdb",
                         "cqlsh", "clickhouse-client", "snowsql", "bq", "sqlcmd", "cockroach", "influx", "arangosh"})  # fmt: skip
#: Marks the effects read from application code, for the data rules (judged like SQL given to an MCP tool).
APP_CODE = "app code"
#: Programs that run the code on another machine (a release's remote console): no development default there.
REMOTE_CONSOLES = frozenset({"ssh", "fly", "flyctl", "heroku", "kubectl", "oc", "docker", "podman", "gcloud", "aws",
                             "az", "railway", "render", "cf", "kamal", "cap", "ansible", "salt"})  # fmt: skip
#: Runners and consoles that execute the code given on their command line: a program and the option or subcommand
#: words after which code follows.
CODE_WORDS = frozenset({"runner", "r", "rpc", "eval", "remote", "-e", "--eval", "-c", "--command", "--execute", "-r",
                        "tinker", "shell", "console", "exec", "run"})  # fmt: skip


def maybe(cmd: Command) -> bool:
    """A cheap test for `effects`: code on the command line, or a console fed code on its standard input."""
    if any("(" in w.value or "_all" in w.value or _BARE_CALL.search(w.value) for w in cmd.argv[1:]):
        return True
    return bool(cmd.redirects or cmd.pipe_from) and _console(cmd)


def effects(cmd: Command) -> Iterator[Effect]:
    """A control effect of data for each act of code `cmd` runs (an argument after a code-taking word, or the code a
    console reads from a heredoc or a pipe): deletions and mass updates (`DELETES`, `UPDATES`), and the rows of
    `knowledge.codeacts` (queues cleared, caches flushed, rows written one by one)."""
    if cmd.name in OWN_READERS:
        return  # database shells whose code the SQL/NoSQL knowledge reads itself (`mongosh --eval`)
    console = _console(cmd)
    for w, v in _codes(cmd, console):
        yield from _acts(cmd, w, v, console)


def _codes(cmd: Command, console: bool) -> Iterator[tuple[str, str]]:
    """(the word as written, the code) for each piece of code the command runs."""
    words = [w for w in cmd.argv[1:] if not w.dynamic]
    seen_code_word = False
    for w in words:
        v = w.value
        name, eq, val = v.partition("=")
        if eq and name in CODE_WORDS and name.startswith("-"):  # `--execute="DB::table('jobs')->truncate()"` (not the
            # code `r=Sidekiq::RetrySet.new; …` given to `rails runner`: its `r` is a name of the code, not `rails r`)
            v, seen_code_word = val, True
        if not seen_code_word:
            seen_code_word = v in CODE_WORDS
            continue
        if "(" not in v and "_all" not in v and not _BARE_CALL.search(v):
            continue
        yield w.value, v
    if console and (cmd.redirects or cmd.pipe_from):
        text, known = cmd.stdin_text()
        if text and known:
            yield "", text  # `bin/rails console <<'RB' … RB`, `echo '…' | python manage.py shell`


#: Calls of `DELETES` that mean data only in code that uses an ORM or a store's driver.
_GENERIC_CALL = lazyre.compile(r"^\.(?:clear|drop|truncate)\b")
#: A loop over records, where a message sent in it goes to each of them (`->each(fn($u) => $u->notify(…))`).
_LOOP = lazyre.compile(r"\b(?:each|find_each|map|forEach|for\s+\w+\s+in|in_batches|chunk|cursor)\b|->each\b|"
                       r"Notification::send\s*\(\s*\$?\w+s\b|\bEnum\.each\b")
#: A string of the code that is SQL which changes data (`connection.execute("DELETE FROM …")`, `DB::statement('TRUNCATE
#: …')`, `prisma.$executeRaw`UPDATE …``): read by the SQL knowledge like a client's statement.
_SQL_STRING = lazyre.compile(r"""(?is)(["'`])\s*((?:delete\s+from|update\s+\S+\s+set|truncate|drop\s+(?:table|database|schema)|"""
                             r"""insert\s+into)\b(?:(?!\1).){0,2000})\1""")


def _sql_in(v: str) -> Iterator[tuple[str, str, str, str]]:
    """(verb, scope, table, statement) for each statement of SQL written as a string in the code."""
    if not _SQL_STRING.search(v):
        return
    from automode.knowledge.sql import statements

    for m in _SQL_STRING.finditer(v[:20_000]):
        for st in statements(m.group(2)):
            if st.verb in ("delete", "update", "create") and st.origin == "data":
                yield st.verb, st.scope or "set", (st.tables[0] if st.tables else ""), st.text


@dataclass(frozen=True, slots=True)
class CodeAct:
    """One act of application code: `verb` (delete, update, create, message), `scope` (one, set, all), the model,
    table or queue it names (`target`, "" when none), and the code it was read in (`content`)."""

    verb: str
    scope: str
    target: str
    content: str


#: Code that loads the project's own modules (`require('./src/db')`, `import … from '../lib/mailer'`, Ruby's
#: `require_relative`/`require './config/environment'`, PHP's `require 'bootstrap/app.php'`): the application's code,
#: as in its console (session 22, L3).
_APP_MODULES = lazyre.compile(r"""\brequire(?:_relative)?\s*\(?\s*['"](?:\.{1,2}/|@/|~/|config/environment)|"""
                              r"""\bfrom\s+['"](?:\.{1,2}/|@/|~/)|\bimport\s*\(\s*['"](?:\.{1,2}/|@/)|"""
                              r"""\brequire(?:_once)?\s*\(?\s*['"](?:vendor/autoload|bootstrap/)""")


def code_acts(code: str, orm: bool) -> list[CodeAct]:
    """What application code does to data, whoever runs it (a console's argument, a heredoc, a notebook cell): ORM
    deletions and mass updates (`DELETES`, `UPDATES`), the rows of `knowledge.codeacts` (queues cleared, caches
    flushed, rows written, mail sent) and SQL written in its strings. `orm`: the code is an application's (a
    framework console), where the generic rows count; else only when it uses an ORM or a store's driver."""
    from automode.knowledge.codeacts import acts, expand

    v = expand(code)  # (`q = User.objects.filter(…); q.delete()`: the chain a name stands for, where it is used)
    m = DELETES.search(v)
    verb = "delete"
    if m is None:
        m = UPDATES.search(v)
        verb = "update"
    orm = orm or _ORM.search(v) is not None or _APP_MODULES.search(v) is not None
    rows = acts(v if v == code else f"{v}\n{code}", orm)  # (a row may name the variable itself: `kv.delete(…)`)
    if m is not None and ".clear" in m.group(0) and any(r.what for r, _ in rows):
        m = None  # `cache.clear()`, `Sidekiq::Queue…clear`: the table's row knows what is cleared (TypeORM's is a table)
    if m is not None and not orm:
        from automode.knowledge.sdkcalls import families

        if families(v) or _GENERIC_CALL.match(m.group(0)):
            m = None  # a cloud SDK's own call (`s3.Bucket('b').objects.all().delete()`): `knowledge.sdkcalls`; a
            # `.clear()`, `.drop()` or `.truncate(` in code that uses no ORM or store (a chart, a Map, a list)
    out: list[CodeAct] = []
    done: set[tuple[str, str]] = set()
    if m is not None:
        chain = v[max(0, m.start() - 200): m.end() + 200]
        table = _TABLE.search(v[: m.end() + 200])
        target = next((g for g in table.groups() if g), "") if table is not None else ""
        done.add((verb, target))
        out.append(CodeAct(verb, "set" if _FILTERED.search(chain) else "all", target, v[:500]))
    for row, named in rows:
        if m is not None and row.verb in ("delete", "update") and row.scope != "all" and not row.what:
            continue  # (the mass or filtered form read above says more)
        if (row.verb, named) in done or (m is not None and row.verb == verb and row.name.startswith("row-")):
            continue
        done.add((row.verb, named))
        scope = "set" if row.verb == "message" and _LOOP.search(v) else row.scope  # (a mail to each user of a query)
        out.append(CodeAct(row.verb, scope, named, v[:500]))
    if not done:
        for sverb, sscope, named_table, text in _sql_in(v):
            if (sverb, named_table) not in done:
                done.add((sverb, named_table))
                out.append(CodeAct(sverb, sscope, named_table, text[:500]))
    return out


def _acts(cmd: Command, word: str, v: str, console: bool) -> Iterator[Effect]:
    found = code_acts(v, console)
    if not found:
        return
    # where it runs: the options, the app and the environment variables, not the strings inside the code
    env = strongest([*(env_of(x.value) for x in cmd.argv if x.value != word and x.value != v),
                     *(env_of(f"{k}={x.value}") for k, x in cmd.assigns)])
    if not env and cmd.name not in REMOTE_CONSOLES and not cmd.remote:
        env = "dev"  # a framework's runner on this machine uses its development settings unless told otherwise
    for act in found:
        target = act.target or cmd.name
        yield Effect("control", target, detail=cmd.text[:200], via=(*cmd.via, APP_CODE), origin="data",
                     content=act.content, verb=act.verb, scope=act.scope, env=env, values=(target,))


#: A call with no parentheses that acts (`Rails.cache.clear`, `Sidekiq::RetrySet.new.clear`, `u.save!`).
_BARE_CALL = lazyre.compile(r"\.(?:clear|flushall|flushdb|save!?|destroy!?|delete_all|destroy_all|purge|charge|refund|capture|"
                            r"payout|deliver\w*|dispatch|send\w*|notify\w*|retry\w*|requeue\w*|perform\w*)\b")  # (bare Ruby calls: `s.charge!`)
#: Framework consoles and runners: the code they run is the application's (its models, its queues, its cache).
_CONSOLES = frozenset({"rails", "bin/rails", "irb", "pry", "flask", "mix", "iex", "tinker", "./manage.py", "manage.py"})


def _console(cmd: Command) -> bool:
    if cmd.name in _CONSOLES or cmd.name.endswith("/rails"):
        return True
    args = [w.value for w in cmd.argv[1:3]]
    return (cmd.name in ("php", "python", "python3") and bool(args) and args[0].endswith(("artisan", "manage.py"))) \
        or (cmd.name in ("bundle", "bundler") and args[:2] in (["exec", "rails"], ["exec", "bin/rails"]))
