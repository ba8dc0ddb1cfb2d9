"""A framework task as the user would name it (session 18, I5): its name, its arguments, where it runs, and the
words that widen it.

A task runner's or a framework CLI's command carries its act in the task's NAME (`tenants:purge[acme-demo]`,
`users:prune-inactive`, `deleteStagingRepo`, `run-operation drop_stale_schemas`, `db downgrade`), its objects in
the task's arguments (rake's `[acme-demo]`, mix's `acme_demo`), its place in an environment option or variable
(`RAILS_ENV=staging`, `--target dev`, `MIX_ENV=prod`) and its extent in a few words that widen it (`--all`, `base`,
`zero`, `VERSION=0`, `STEP=25`). `call(cmd)` reads those four from one command; `judge.intent.task_said` compares
them with the user's words: the task asked for by its name, in any case style ("run delete-staging-repo" for
`deleteStagingRepo`), with its arguments, place and extent said, runs.

Facts from each tool's reference: rake/rails (`task[arg1,arg2]`, `RAILS_ENV`), mix (`MIX_ENV`, `ecto.rollback
--all|--step N|--to V`), artisan (`--env`, `APP_ENV`), Django manage.py (`migrate APP zero`, `--settings`), Flask
(`flask db downgrade base`), alembic (`downgrade base|-N`), dbt (`run-operation MACRO --args`, `--target`), gradle
and maven (task and goal names), npm/yarn/pnpm/bun scripts, just/make/task/invoke/nox names.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Call:
    program: str  # the runner or framework CLI (`rails`, `mix`, `gradle`)
    name: str  # the task as written (`tenants:purge`, `deleteStagingRepo`, `db downgrade`)
    args: tuple[str, ...]  # its arguments: objects the user must have named
    places: tuple[str, ...]  # environment values (`staging`, `dev`, `prod`)
    widen: tuple[str, ...]  # words that widen it (`--all`, `base`, `STEP=25`)
    amounts: tuple[str, ...] = ()  # option values with a number (`--older-than 0d`, `--days=90`): the user's to give


#: Words (positional or option names) that take a task over every object: every migration, every row.
WIDEN_WORDS = frozenset({"--all", "--everything", "--all-tenants", "--all-databases", "--all-schemas", "base", "zero",
                         "version=0", "--to=0", "--purge", "--hard", "--cascade", "--force-delete"})  # fmt: skip
#: Options whose value is a count of steps (a count said as a number must be the user's).
STEP_OPTIONS = frozenset({"--step", "--steps", "-n", "step", "steps"})
#: Variables and options that say where a framework task runs.
ENV_VARS = lazyre.compile(r"(?i)^(?:RAILS_ENV|RACK_ENV|MIX_ENV|APP_ENV|NODE_ENV|FLASK_ENV|DJANGO_ENV|DBT_TARGET|"
                          r"ASPNETCORE_ENVIRONMENT|DJANGO_SETTINGS_MODULE|\w+_ENV|\w+_ENVIRONMENT|\w+_STAGE)$")
ENV_OPTIONS = frozenset({"-e", "--env", "--environment", "--target", "-t", "--settings", "--profile", "--stage",
                         "--context", "-c"})  # fmt: skip
#: Control tables whose programs run the project's own tasks: framework CLIs, migration tools, dbt.
TASK_TABLES = frozenset({"framework", "migrations", "dbt"})
#: Leading words of a runner that come before the task (`npm run X`, `dbt run-operation X`, `bundle exec rake X`).
_LEADS = frozenset({"run", "run-script", "run-operation", "task", "exec", "x"})
#: Programs that run a framework's entry script (`php artisan`, `python manage.py`).
_ENTRY_RUNNERS = frozenset({"php", "python", "python3", "py", "bundle", "dotnet", "node"})
_ENTRIES = frozenset({"artisan", "manage.py", "bin/rails", "rails", "rake", "bin/rake", "console", "bin/console"})
#: Programs whose commands come in groups (`flask db downgrade`, `dotnet ef database update`): group, then command.
_GROUPS = {"flask": frozenset({"db"}), "ef": frozenset({"database", "migrations", "dbcontext"})}
#: Arguments that widen a task to everything: rake's `[all]`, EF Core's target migration `0` (every one undone).
_ALL_ARGS = frozenset({"all", "everything", "*", "all_tenants", "all-tenants"})
_WIDEN_ARGS = {"ef": _ALL_ARGS | {"0"}}
_GOOSE_COMMANDS = frozenset({"up", "up-by-one", "up-to", "down", "down-to", "redo", "reset", "status", "version",
                             "create", "fix", "validate"})
#: A word that is a value rather than a task (`1`, a path, a URL).
_VALUE = lazyre.compile(r"^(?:-?\d+|[./~].*|\w+://.*)$")
_AMOUNT = lazyre.compile(r"^\d+(?:\.\d+)?[a-zA-Z%]{0,4}$")
_SPLIT = lazyre.compile(r"[-_:./+@#\s\[\],]+|(?<=[a-z0-9])(?=[A-Z])")


def name_tokens(name: str) -> list[str]:
    """A task's name in words, lower case: `deleteStagingRepo` -> delete staging repo, `tenants:purge` -> tenants
    purge, `drop_stale_schemas` -> drop stale schemas."""
    return [t.lower() for t in _SPLIT.split(name) if t]


def name_pattern(name: str) -> re.Pattern[str] | None:
    """The name as a user writes it in any case style: words joined by nothing, a space, `-`, `_`, `:`, `.` or `/`
    ("delete-staging-repo", "delete staging repo", "deleteStagingRepo", "tenants:purge"); None for no words."""
    toks = name_tokens(name)
    if not toks:
        return None
    body = r"[\s_:./-]*".join(re.escape(t) for t in toks)
    return lazyre.built(rf"(?i)(?<![\w]){body}(?![\w])")


def call(cmd: Command) -> Call | None:
    """The framework task `cmd` runs, read for its name, arguments, place and widening words; None when `cmd`
    runs no task by name (a runner's build, a script by path)."""
    from automode.knowledge import control, tasks
    from automode.knowledge.subverbs import TASK_ARGS

    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    program = cmd.name.rsplit("/", 1)[-1]
    if program == "dotnet" and words[:1] == ["ef"]:
        program, words = "ef", words[1:]  # `dotnet ef database update 0` (learn.microsoft.com/ef/core/cli/dotnet)
    elif program in _ENTRY_RUNNERS and words and words[0].rsplit("/", 1)[-1] in _ENTRIES | {"rails", "rake"}:
        program, words = words[0].rsplit("/", 1)[-1], words[1:]
    elif program in _ENTRY_RUNNERS:
        return None
    if program not in tasks.RUNNERS and program != "ef":
        r = control.resolve(cmd)
        if r is None or r[0].name not in TASK_TABLES:
            return None  # (a service CLI's subcommand, `supabase db reset --linked`, is no task of the project's)
    pos: list[str] = []
    from automode.knowledge.envselect import selector

    # (and where a wrapper, an env file, a switch or another checkout sent it: `knowledge.envselect.carry`)
    places = [w.value for k, w in cmd.assigns if ENV_VARS.match(k) or (selector(k) and not w.dynamic)]
    widen: list[str] = []
    amounts: list[str] = []
    skip = False
    for i, w in enumerate(words):
        if skip:
            skip = False
            continue
        name, eq, val = w.partition("=")
        low = w.lower()
        if w.startswith("-") and not _VALUE.match(w):
            if low in WIDEN_WORDS or name.lower() in WIDEN_WORDS:
                widen.append(w)
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if name in ENV_OPTIONS:
                places.append(val if eq else nxt)
                skip = not eq
            elif name in STEP_OPTIONS or name in tasks.VALUE_OPTS:
                if name in STEP_OPTIONS and (val or nxt):
                    widen.append(f"{name}={val or nxt}")
                skip = not eq
            elif _AMOUNT.match(val if eq else nxt if not nxt.startswith("-") else ""):
                amounts.append(val if eq else nxt)
                skip = not eq
            continue
        if eq and name.lower() in STEP_OPTIONS | {"version"}:
            widen.append(w)  # `STEP=25`, `VERSION=0` (rake's arguments as variables)
            continue
        if low in WIDEN_WORDS:
            widen.append(w)
            continue
        pos.append(w)
    while pos and pos[0] in _LEADS:
        pos = pos[1:]
    if program == "goose":  # `goose [-dir D] DRIVER DBSTRING COMMAND` (pressly.github.io/goose): the command decides
        pos = pos[next((k for k, x in enumerate(pos) if x.lower() in _GOOSE_COMMANDS), 0):]
    if not pos:
        return None
    head, rest = pos[0], pos[1:]
    m = TASK_ARGS.match(head)
    if m is not None:
        head, rest = m.group(1), [*(x.strip() for x in m.group(2).split(",") if x.strip()), *rest]
    if rest and head in _GROUPS.get(program, ()):
        head, rest = f"{head} {rest[0]}", rest[1:]  # `flask db downgrade`, `dotnet ef database update`: group, command
    widen += [x for x in rest if x.lower() in _WIDEN_ARGS.get(program, _ALL_ARGS)]
    rest = [x for x in rest if x.lower() not in _WIDEN_ARGS.get(program, _ALL_ARGS)]
    args = tuple(x for x in rest if not _VALUE.match(x) or x.startswith(("./", "../")))
    return Call(program, head, args, tuple(p for p in places if p), tuple(widen), tuple(amounts))


#: Framework data tasks that stop at a prompt when the environment is production, and what skips it: Laravel's
#: `--force` on migrate, seed and wipe commands (laravel.com/docs/migrations#forcing-migrations-to-run-in-production),
#: Rails' `DISABLE_DATABASE_ENVIRONMENT_CHECK=1` on destructive db tasks (activerecord's protected environments).
FORCED_TASKS: dict[str, tuple[tuple[str, ...], str]] = {
    "artisan": (("migrate", "db:seed", "db:wipe"), "--force"),
    "rails": (("db:",), "DISABLE_DATABASE_ENVIRONMENT_CHECK"),
    "rake": (("db:",), "DISABLE_DATABASE_ENVIRONMENT_CHECK"),
}
_NOT_PROD = frozenset({"local", "dev", "test", "testing", "development", "ci"})


def forced(cmd: Command) -> str | None:
    """The option or variable with which `cmd` runs a framework data task past its production prompt (`php artisan
    migrate --force`, `DISABLE_DATABASE_ENVIRONMENT_CHECK=1 rails db:drop`); None when it runs none, or when it names
    an environment that is not production (`--env=testing`: no prompt to skip)."""
    c = call(cmd)
    if c is None or c.program not in FORCED_TASKS:
        return None
    tasks_, how = FORCED_TASKS[c.program]
    if not c.name.lower().startswith(tasks_) or any(p.lower() in _NOT_PROD for p in c.places):
        return None
    if how.startswith("-"):
        words = [w.value.split("=", 1)[0] for w in cmd.argv[1:] if not w.dynamic]
        return how if how in words else None
    hit = next((f"{k}={w.value}" for k, w in cmd.assigns if k == how and w.value not in ("", "0", "false")), None)
    return hit


#: (command, name, args, places, widen)
FIXTURES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("RAILS_ENV=staging bin/rails 'tenants:purge[acme-demo]'", "tenants:purge", ("acme-demo",), ("staging",), ()),
    ("mix ecto.rollback --all", "ecto.rollback", (), (), ("--all",)),
    ("bin/rails db:rollback STEP=25", "db:rollback", (), (), ("STEP=25",)),
    ("./gradlew deleteStagingRepo", "deleteStagingRepo", (), (), ()),
    ("dbt run-operation drop_stale_schemas --args '{days: 30}' --target dev", "drop_stale_schemas", (), ("dev",), ()),
    ("php artisan users:prune-inactive --days=90", "users:prune-inactive", (), (), ()),
    ("python manage.py migrate billing zero", "migrate", ("billing",), (), ("zero",)),
    ("flask db downgrade base", "db downgrade", (), (), ("base",)),
    ("npm run db:reset", "db:reset", (), (), ()),
    ("dotnet ef database update 0", "database update", (), (), ("0",)),
    ("bundle exec rake 'users:anonymize[all]'", "users:anonymize", (), (), ("all",)),
    ("poe reset-db", "reset-db", (), (), ()),
    ("goose -dir db/migrations sqlite3 ./dev.db down", "down", (), (), ()),
)
#: (command, the forcing option or None)
FORCED_FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("php artisan test --filter=TerminTest && php artisan migrate --force", "--force"),
    ("php artisan migrate", None), ("php artisan migrate:fresh --env=testing --force", None),
    ("php artisan db:seed --class=DemoSeeder --force", "--force"), ("php artisan queue:work --force", None),
    ("DISABLE_DATABASE_ENVIRONMENT_CHECK=1 bin/rails db:drop", "DISABLE_DATABASE_ENVIRONMENT_CHECK=1"),
    ("bin/rails db:drop", None),
)
