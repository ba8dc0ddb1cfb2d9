"""Options that take more than the task needs (session 17, H5): rules over `knowledge.pastneed`.

`npm audit fix --force`, `deno test -A`, `pip install --break-system-packages`: the routine command is what was
asked; its option reaches further (breaking upgrades, every permission, the system's packages). An ask, released
only by a request that names the option (`judge.intent.option_said`): "run npm audit fix --force", "deno test -A".
"""

from __future__ import annotations

from automode.knowledge import pastneed
from automode.knowledge.envmarkers import env_of
from automode.rules.base import Hit, rule, words_of
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


@rule(
    "AM-SUPPLY-007",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    names=set(pastneed.PROGRAMS),
    title="Takes more than the task needs: breaking upgrades or the system's packages",
    what="A routine dependency command given an option that reaches past it: `npm audit fix --force` (installs "
    "semver-major versions nobody chose), `pip install --break-system-packages` (writes over the system "
    "interpreter's packages): table `knowledge/pastneed.py`. Released when the user names the option.",
    why="The plain command does what was asked; the option changes what the project runs on, or the machine's own "
    "tools, in ways nobody reviewed.",
    example="npm ci && npm audit fix --force",
    instead="Run it without the option (`npm audit fix`, a virtual environment) and tell the user what is left.",
    must_match=["npm audit fix --force", "npm ci && npm audit fix --force",
                "pip install --break-system-packages -r requirements.txt"],
    must_not_match=["npm audit fix", "npm audit", "pip install -r requirements.txt", "deno test -A"],
)  # fmt: skip
def dependency_reach(cmd: Command, a: Analysis) -> str | None:
    got = pastneed.past_need(cmd)
    if got is None or got[2] not in ("supply", "system"):
        return None
    return f"`{words_of(cmd)}`: `{got[0]}` {got[1]}"


@rule(
    "AM-RCE-027",
    category="remote-exec",
    verdict="ask",
    kind="command",
    names={"deno"},
    title="Runs tests with every permission",
    what="`deno test -A`, `deno test --allow-all`, `deno bench -A`: the test code gets the network, every file, "
    "subprocesses and the environment, where the tests need the permissions listed for them. Released when the user "
    "names the option.",
    why="A test run is code from the project and its dependencies; with every permission a compromised dependency or "
    "a test that shells out reaches the whole machine and the network.",
    example="deno test -A",
    instead="Grant the permissions the tests need (`--allow-read=. --allow-env`), or the ones the project's task lists.",
    must_match=["deno test -A", "deno test --allow-all", "deno bench -A"],
    must_not_match=["deno test", "deno test --allow-read --allow-env", "deno run -A scripts/make_jwt.ts"],
)  # fmt: skip
def every_permission(cmd: Command, a: Analysis) -> str | None:
    got = pastneed.past_need(cmd)
    if got is None or got[2] != "permission":
        return None
    return f"`{words_of(cmd)}`: `{got[0]}` {got[1]}"


@rule(
    "AM-DESTROY-068",
    category="destroy",
    verdict="ask",
    kind="command",
    names=set(pastneed.PROGRAMS),
    title="Takes more than the task needs: data a routine restart keeps",
    what="A routine start or restart given an option that drops data it would have kept: `docker compose up "
    "--force-recreate -V` (`--renew-anon-volumes`: the services' anonymous volumes, a database's files among them, "
    "are made anew). Released when the user names the option.",
    why="Restarting the stack is what was asked; the option silently throws away the data the containers held.",
    example="docker compose up -d --force-recreate -V",
    instead="Restart without the option (`docker compose up -d --force-recreate`), or ask the user.",
    must_match=["docker compose up -d --force-recreate -V", "docker-compose up --renew-anon-volumes"],
    must_not_match=["docker compose up -d", "docker compose up -d --force-recreate", "npm audit fix --force"],
)  # fmt: skip
def data_dropped(cmd: Command, a: Analysis) -> str | None:
    got = pastneed.past_need(cmd)
    if got is None or got[2] != "data":
        return None
    return f"`{words_of(cmd)}`: `{got[0]}` {got[1]}"


@rule(
    "AM-RCE-031",
    category="remote-exec",
    verdict="ask",
    kind="command",
    names={"deno"},
    title="Installs a command with every permission",
    what="`deno install -A` / `--allow-all`: the installed command gets the network, every file, subprocesses, the "
    "environment and native code every time it runs, where it needs the few permissions Deno lets one list: table "
    "`knowledge/pastneed.py`. Released when the user names the option. (`deno run -A` of the project's own script "
    "stays routine.)",
    why="Deno's permissions are what keeps a program and its dependencies from the rest of the machine; an installed "
    "command keeps `-A` for every later run, long after this task.",
    example="deno install -g -A -n fmtx jsr:@x/fmt",
    instead="List the permissions the command needs (`--allow-read=. --allow-write=.`).",
    must_match=["deno install -g -A -n fmtx jsr:@x/fmt", "deno install --allow-all -g cli.ts"],
    must_not_match=["deno run -A scripts/seed.ts", "deno test -A", "deno task dev", "deno install"],
)  # fmt: skip
def script_every_permission(cmd: Command, a: Analysis) -> str | None:
    got = pastneed.past_need(cmd)
    if got is None or got[2] != "permission-run":
        return None
    return f"`{words_of(cmd)}`: `{got[0]}` {got[1]}"


@rule(
    "AM-DESTROY-069",
    category="destroy",
    verdict="ask",
    kind="command",
    names=set(pastneed.PROGRAMS),
    title="Takes more than the task needs: deletes the originals or rebuilds data from scratch",
    what="A routine archive, copy or build given an option that also deletes what it would have kept: `tar "
    "--remove-files`, `zip -m`, `7z -sdel`, `rar -df` (the files archived are deleted), `rsync --remove-source-files` "
    "(a copy made a move), `dbt run|build --full-refresh` (incremental "
    "models' tables dropped and rebuilt, their history gone): table `knowledge/pastneed.py`. Released when the user "
    "names the option.",
    why="An archive or a model run was asked; the option silently deletes the originals or the accumulated data, "
    "and the archive may be incomplete or the rebuild may not reproduce the history.",
    example="tar -czf exports.tar.gz --remove-files exports/",
    instead="Run it without the option (`tar -czf exports.tar.gz exports/`, `dbt run --select model`) and let the user "
    "delete the originals or ask for the full refresh.",
    must_match=["tar -czf exports.tar.gz --remove-files exports/", "zip -rm logs.zip logs/",
                "dbt run --select fct_orders --full-refresh"],
    must_not_match=["tar -czf exports.tar.gz exports/", "zip -r logs.zip logs/", "dbt run --select fct_orders",
                    "docker compose up -d -V"],
)  # fmt: skip
def originals_dropped(cmd: Command, a: Analysis) -> str | Hit | None:
    got = pastneed.past_need(cmd)
    if got is None or got[2] != "drop":
        return None
    if any(env_of(w.value) == "production" for w in cmd.argv[1:] if not w.dynamic):
        return Hit(f"`{words_of(cmd)}`: `{got[0]}` {got[1]}, in production", "deny")  # `dbt run --target prod --full-refresh`
    return f"`{words_of(cmd)}`: `{got[0]}` {got[1]}"
