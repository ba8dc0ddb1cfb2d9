"""Programs no table knows, judged by their verb and their flags (session 16, G4): rules over `knowledge.owncli`.

An in-house CLI (`./bin/tenantctl`, `python scripts/ops.py`, `go run ./cmd/admin`, `cargo run --bin x --`) or a
program no table names gets a control effect from the verb of its subcommand (`knowledge.subverbs`); the rules of
`rules/subverbs.py` make each kind of act an ask the user's words release. The flags beside the verb say how far it
goes: the program's own confirmation skipped (`--yes`, `--force`), every member selected (`--all`, `--all-tenants`),
production named (`--prod`, `--env=production`). A destructive verb with one of them is a deny, as is a stop, deploy or
revoke of everything or in production and acting as another user; an option named for a destruction on a verb that says
nothing (`./bin/sync --purge`) and a console opened in a live environment are asks. The user naming the act and its
object in so many words releases each (the judge compares the command's values and place with theirs).
"""

from __future__ import annotations

from automode.knowledge import control, owncli, subverbs
from automode.rules.base import Hit, rule, words_of
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


def _runs(name: str) -> bool:
    """A command that may run an in-house program or one no table knows (the rules' cheap trigger)."""
    return owncli.may_run(name) or subverbs.reader(name) == "unknown"


def _words(cmd: Command) -> tuple[list[tuple[str, bool]], bool] | None:
    """The argument words of an in-house program or a program no table knows, and whether it is in-house."""
    r = control.resolve(cmd)
    own = subverbs.own_words(cmd, r is not None)
    if own is not None:
        return [(w, w == "$x") for w in own], True
    if r is not None and r[0].family == "framework":
        return r[2], True  # a project's own framework command (`php artisan tenants:purge`, `manage.py purge_users`)
    if r is not None or subverbs.reader(cmd.name) != "unknown":
        return None
    return [(w.value, w.dynamic) for w in cmd.argv[1:]], False


def _read(cmd: Command, a: Analysis) -> tuple[str, Effect, list[tuple[str, bool]], bool] | None:
    """(kind, effect, words, in-house) of a command whose control effect was read from its verb."""
    got = _words(cmd)
    if got is None:
        return None
    from automode.rules.cloud import control_of

    ce = control_of(cmd, a)
    if ce is None or ce[0].target != subverbs.SUBVERB:
        return None
    r = control.resolve(cmd)
    k = subverbs.kind_of(cmd, r[2] if r is not None else None)
    return (k[0], ce[0], got[0], got[1]) if k is not None else None


_DESTROY = frozenset({"delete", "reset"})


@rule(
    "AM-DESTROY-063",
    category="destroy",
    verdict="deny",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["delete"],
    title="Removes or resets through a program no table knows, its confirmation skipped",
    what="An in-house or unknown program whose verb purges, wipes, deletes, drops, resets or rolls back, told not to "
    "ask first (`--yes`, `-y`, `--force`, `--no-confirm`, `--noinput`, `-Confirm:$false`): `./bin/tenantctl purge "
    "--tenant acme --yes`, `python scripts/ops.py wipe-cache --force`, `cargo run --bin opsctl -- drop-index x "
    "--force` (table `knowledge/owncli.py`). Released when the user asks for that act on that object.",
    why="The program's own question was the last look a person had; with it skipped, an unasked deletion runs at "
    "once and nothing the program does can be taken back.",
    example="./bin/tenantctl purge --tenant acme --yes",
    instead="Run its show, list or --dry-run form and ask the user before running the deletion.",
    must_match=["./bin/tenantctl purge --tenant acme --yes", "python scripts/ops.py wipe-cache --tenant a --force",
                "node tools/admin.js delete-users --inactive -y", "cargo run --bin opsctl -- drop-index products --force",
                "tenantctl purge --tenant acme --yes", "go run ./cmd/admin reset-tenant acme --no-confirm",
                "./scripts/db.sh migrate down --force", "yes | ./bin/tenantctl purge --tenant acme",
                "php artisan tenants:purge acme --force", "cargo sqlx database drop -y",
                "docker run --rm ghcr.io/acme/tenantctl:1.2 purge --tenant acme --yes",
                "echo y | python scripts/ops.py drop-index orders"],
    must_not_match=["./bin/tenantctl purge --tenant acme", "echo n | ./bin/tenantctl purge --tenant acme", "./bin/tenantctl show --tenant acme --yes",
                    "./bin/tenantctl purge --tenant acme --yes --dry-run", "python scripts/build.py --force",
                    "npm uninstall lodash -y", "choco uninstall nodejs -y", "./bin/deploy --yes",
                    "php artisan cache:clear --force", "cargo clippy --fix --allow-dirty",
                    "docker run --rm -v $PWD:/src img rm -rf /src/build --force", "php artisan cache:clear --force"],
)  # fmt: skip
def unconfirmed(cmd: Command, a: Analysis) -> str | None:
    got = _read(cmd, a)
    if got is None or got[0] not in _DESTROY:
        return None
    if not owncli.flag_facts(got[2])[0] and not owncli.confirmed_by_input(cmd):
        return None
    return f"`{words_of(cmd, 90)}` removes or resets what it names, with its confirmation skipped"


@rule(
    "AM-DESTROY-064",
    category="destroy",
    verdict="deny",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["delete"],
    title="Removes or resets every member through a program no table knows",
    what="An in-house or unknown program whose verb purges, wipes, deletes or resets, over every member of what it "
    "acts on (`--all`, `--all-tenants`, `--all-users`, `--everything`, `'*'`): `python scripts/ops.py wipe-cache "
    "--all-tenants`, `./bin/cachectl flush --all`, `deno run tools/kv.ts flush --all`.",
    why="Everything of a kind is what others rely on too; one tenant or one key asked for is not all of them.",
    example="python scripts/ops.py wipe-cache --all-tenants",
    instead="Name the one member the user asked for, or show the list and ask.",
    must_match=["python scripts/ops.py wipe-cache --all-tenants", "./bin/cachectl flush --all",
                "deno run -A tools/kv.ts flush --all", "./bin/tenantctl purge --tenant '*'"],
    must_not_match=["python scripts/ops.py status --all-tenants", "./bin/cachectl flush --prefix sessions:",
                    "node scripts/generate.js --all", "./bin/cachectl flush --all --dry-run"],
)  # fmt: skip
def every_member(cmd: Command, a: Analysis) -> str | None:
    got = _read(cmd, a)
    if got is None or got[0] not in _DESTROY or not owncli.flag_facts(got[2])[1]:
        return None
    return f"`{words_of(cmd, 90)}` removes or resets every member of what it names"


@rule(
    "AM-DESTROY-065",
    category="destroy",
    verdict="deny",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["delete"],
    title="Removes or resets in production through a program no table knows",
    what="An in-house or unknown program whose verb purges, wipes, deletes, drops or resets, pointed at production "
    "(`--prod`, `--env=production`, `-e prod`, a production name among its values): `./bin/tenantctl purge --tenant "
    "acme --env=production`, `python scripts/ops.py drop-index orders --prod`.",
    why="Production data is what customers see; its deletion is the user's decision, not one an unrelated request "
    "implies.",
    example="./bin/tenantctl purge --tenant acme --env=production",
    instead="Run it against a local or staging environment, or hand the command to the user.",
    must_match=["./bin/tenantctl purge --tenant acme --env=production", "python scripts/ops.py drop-index orders --prod",
                "go run ./cmd/admin wipe --env prod", "APP_ENV=production ./bin/tenantctl purge --tenant acme"],
    must_not_match=["./bin/tenantctl purge --tenant acme --env=staging", "./bin/tenantctl show --env=production",
                    "./bin/tenantctl purge --env=production --dry-run"],
)  # fmt: skip
def in_production(cmd: Command, a: Analysis) -> str | None:
    got = _read(cmd, a)
    if got is None or got[0] not in _DESTROY or (got[1].env != "production" and not owncli.flag_facts(got[2])[2]):
        return None
    return f"`{words_of(cmd, 90)}` removes or resets what it names in production"


@rule(
    "AM-DESTROY-066",
    category="destroy",
    verdict="ask",
    kind="command",
    when=lambda name: owncli.may_run(name) or name not in subverbs.LOCAL_TOOLS,
    release=subverbs.RELEASE["delete"],
    title="Runs an in-house program with an option named for a destruction",
    what="A project's own program or script (run by path, by its interpreter or by a toolchain) given an option that "
    "purges, wipes, drops or truncates (`./bin/sync --purge`, `python scripts/import.py orders.csv --truncate`, "
    "`node tools/seed.js --drop-tables`, `--delete-existing`, `--reset-db`) where its verb says nothing of it.",
    why="The option names what the program does to the data it touches, and automode cannot read the program.",
    example="python scripts/import.py orders.csv --truncate",
    instead="Run it without the option, or ask the user.",
    must_match=["./bin/sync --purge", "python scripts/import.py orders.csv --truncate", "node tools/seed.js --drop-tables",
                "go run ./cmd/loader --delete-existing"],
    must_not_match=["./bin/sync", "python scripts/import.py orders.csv", "./bin/sync --purge --dry-run",
                    "python tests/test_import.py --truncate", "./scripts/clean.sh --purge-cache-dir=x"],
)  # fmt: skip
def destroy_option(cmd: Command, a: Analysis) -> str | None:
    tabled = control.resolve(cmd) is not None
    own = subverbs.own_words(cmd, tabled)
    if own is None:
        return None
    words = [(w, False) for w in own]
    opt = owncli.destroy_option(words)
    if not opt or owncli.dry(words):
        return None
    k = subverbs.kind_of(cmd, control.resolve(cmd)[2] if tabled else None)  # type: ignore[index]
    if k is not None and k[0] in _DESTROY:
        return None  # the verb says it already (AM-DESTROY-060/063)
    return f"`{words_of(cmd, 90)}`: `{opt}` names a destruction of the data the program touches"


_MOVES = frozenset({"stop", "deploy", "publish"})


@rule(
    "AM-RES-035",
    category="resource",
    verdict="deny",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["stop"] | subverbs.RELEASE["deploy"],
    title="Stops, deploys or publishes everything or in production through a program no table knows",
    what="An in-house or unknown program whose verb stops, restarts, scales, drains, deploys, promotes, releases or "
    "publishes, over every member (`--all`, `--all-tenants`) or in production (`--prod`, `--env=production`): "
    "`./bin/deployctl promote web --env=production`, `./bin/fleet restart --all`.",
    why="What runs in production or everywhere serves everyone; an outage or a release there is the user's call.",
    example="./bin/deployctl promote web --env=production",
    instead="Do it on staging or for the one service asked for, or hand the command to the user.",
    must_match=["./bin/deployctl promote web --env=production", "./bin/fleet restart --all",
                "python scripts/ops.py deploy api --prod", "relctl release publish 2.4.0 --prod",
                "cargo lambda deploy --env production"],
    must_not_match=["./bin/deployctl promote web --env=staging", "./bin/fleet status --all", "supervisorctl stop all",
                    "./bin/fleet restart api", "./bin/deployctl promote web --env=production --dry-run"],
)  # fmt: skip
def moves_everything(cmd: Command, a: Analysis) -> str | None:
    got = _read(cmd, a)
    if got is None or got[0] not in _MOVES:
        return None
    every, prod = owncli.flag_facts(got[2])[1:3]
    prod = prod or got[1].env == "production"
    if not prod and not (every and got[3]):  # (`supervisorctl stop all` on this machine: AM-RES-031's ask)
        return None
    where = "in production" if prod else "everywhere"
    return f"`{words_of(cmd, 90)}` {'stops or resizes' if got[0] == 'stop' else 'deploys or publishes'} {where}"


@rule(
    "AM-RES-036",
    category="resource",
    verdict="deny",
    kind="command",
    when=_runs,
    release=frozenset({"rotate", "grant", "privilege", "skip", "delete"}),
    title="Revokes, disables or rotates for everyone through a program no table knows",
    what="An in-house or unknown program whose verb revokes, disables, rotates, suspends or grants, over every "
    "member (`--all`, `--all-users`, `--all-tenants`) or in production: `go run ./cmd/admin revoke-tokens --all`, "
    "`./bin/keys rotate --all-services --yes`.",
    why="Every account or credential at once locks everyone out or hands everyone a role; one named is what a "
    "request asks for.",
    example="go run ./cmd/admin revoke-tokens --all",
    instead="Revoke or grant for the one account or key the user named.",
    must_match=["go run ./cmd/admin revoke-tokens --all", "./bin/keys rotate-keys --all-services --yes",
                "./bin/acctl disable-user --all-users"],
    must_not_match=["go run ./cmd/admin revoke-tokens --user mallory", "./bin/keys list --all"],
)  # fmt: skip
def access_everywhere(cmd: Command, a: Analysis) -> str | None:
    got = _read(cmd, a)
    if got is None or got[0] not in ("revoke", "grant"):
        return None
    if got[1].env != "production" and not any(owncli.flag_facts(got[2])[1:3]):
        return None
    return f"`{words_of(cmd, 90)}` changes access for every member of what it names"


def _lead(cmd: Command) -> tuple[list[str], list[tuple[str, bool]]] | None:
    got = _words(cmd)
    if got is None:
        return None
    words = got[0]
    if owncli.dry(words):
        return None
    return owncli.lead_words(words), words


def _place(words: list[tuple[str, bool]]) -> str:
    """The environment a program's words name: production by an option, else the strongest marker in its values."""
    from automode.knowledge.envmarkers import env_of, strongest

    if owncli.flag_facts(words)[2]:
        return "production"
    return strongest(env_of(v) for v, d in words if (not d and not v.startswith("--")) or "=" in v)


@rule(
    "AM-RCE-025",
    category="remote-exec",
    verdict="deny",
    kind="command",
    when=_runs,
    release=frozenset({"run", "read", "privilege"}),
    title="Opens a console or a shell in a live environment through a program no table knows",
    what="An in-house or unknown program told to open a console, a shell, an exec or a query session (`console`, "
    "`shell`, `exec`, `ssh`, `psql`, `tinker`, `iex`) in staging or production (`--env production`, `-e prod`, a "
    "production host or name among its values): `./bin/ops console --env production`, `python scripts/ops.py shell "
    "--env staging`. A deny in production; a local console is routine.",
    why="What runs in such a session is typed there, unread by automode, against live data.",
    example="./bin/ops console --env production",
    instead="Read what is needed through a read-only command, or ask the user to open the console.",
    must_match=["./bin/ops console --env production", "python scripts/ops.py shell --env staging",
                "go run ./cmd/ops exec web-prod-1 -- bash", "./bin/kit db:console -e prod"],
    must_not_match=["./bin/ops console", "./bin/ops console --env development", "./bin/ops status --env production",
                    "php artisan tinker --env=staging --execute='Password::sendResetLink([])'",
                    "./bin/ops console --env production --dry-run"],
)  # fmt: skip
def live_console(cmd: Command, a: Analysis) -> str | Hit | None:
    got = _lead(cmd)
    if got is None:
        return None
    lead, words = got
    word = owncli.word_in(lead, owncli.CONSOLE_WORDS)
    if not word or subverbs.word_kind(lead[0]) == "read" or owncli.inline_code(words):
        return None  # (code given on the command line, `tinker --execute="…"`, is read as code, not typed unread)
    env = _place(words)
    if env not in ("production", "staging"):
        return None
    detail = f"`{words_of(cmd, 90)}` opens a {word} session in {env}"
    return detail if env == "production" else Hit(detail, "ask")


@rule(
    "AM-RCE-026",
    category="remote-exec",
    verdict="deny",
    kind="command",
    when=_runs,
    release=frozenset({"privilege", "grant", "run"}),
    title="Acts as another user through a program no table knows",
    what="An in-house or unknown program told to impersonate, masquerade, sudo, become or log in as another "
    "principal (`impersonate`, `login-as`, `sudo`, `--as admin`, `--impersonate`, `--run-as`): `bundle exec bin/ops "
    "impersonate admin@acme.io`, `./bin/tenantctl --as root@acme delete-user x`.",
    why="Acting as someone else uses their rights and leaves their name in the audit trail; nobody asked for it.",
    example="bundle exec bin/ops impersonate admin@acme.io",
    instead="Reproduce with the agent's own test account, or ask the user.",
    must_match=["bundle exec bin/ops impersonate admin@acme.io", "./bin/tenantctl --as root@acme delete-user x",
                "python scripts/admin.py login-as 42", "acmectl users impersonate 42"],
    must_not_match=["./bin/ops users list", "./bin/ops impersonate --help", "./bin/tenantctl show --tenant acme",
                    "python scripts/admin.py export --as csv"],
)  # fmt: skip
def acts_as(cmd: Command, a: Analysis) -> str | None:
    got = _lead(cmd)
    if got is None:
        return None
    lead, words = got
    word = owncli.word_in(lead, owncli.AS_WORDS)
    if word and subverbs.word_kind(lead[0]) != "read":
        return f"`{words_of(cmd, 90)}` acts as another user ({word})"
    opts = owncli.option_names(words)
    vals = [v for v, _d in words]
    for k, v in enumerate(vals):
        name = v.lower().split("=", 1)[0]
        if name in owncli.AS_OPTS and name in opts:
            who = v.split("=", 1)[1] if "=" in v else (vals[k + 1] if k + 1 < len(vals) else "")
            if who and not who.startswith("-") and who.lower() not in _FORMATS:
                return f"`{words_of(cmd, 90)}` acts as `{who}`"
    return None


#: `--as csv`: an output format, not a principal.
_FORMATS = frozenset({"csv", "json", "yaml", "yml", "xml", "table", "text", "txt", "html", "md", "markdown", "tsv",
                      "pdf", "png", "svg", "raw", "plain"})  # fmt: skip
