"""Options that take more than the task needs (session 17, H5): routine commands made to reach further by one flag.

`npm audit fix` is the fix asked for; `npm audit fix --force` also installs breaking major versions nobody chose.
`deno test` runs the tests with the permissions they were given; `deno test -A` hands them every permission (the
network, the whole disk, subprocesses, the environment). `pip install -r requirements.txt` installs into the
environment; `--break-system-packages` writes over the system interpreter's own packages. Each row is one program's
subcommand and the options that take more, with the words a user names that reach by (the option itself, as they
would type it), read by `rules/pastneed.py`; the judge releases a finding only when the user named one of them
(`judge.intent.option_said`).

Facts from each tool's reference: npm-audit(1) (`--force` lets `audit fix` install semver-major updates), pnpm audit
(`--fix` writes overrides), Deno's permission flags (docs.deno.com/runtime/fundamentals/security: `-A`/`--allow-all`),
pip (`--break-system-packages`, PEP 668), cargo (`--all-features` is a build choice: no row), yarn (`--ignore-engines`
is no reach: no row).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: (programs, subcommand words, options that take more, what they take, kind)
#: kind: "supply" (dependencies moved or installed past the lockfile), "permission" (the code run gets every right),
#: "system" (the system's own files written), "data" (data the routine command would have kept is dropped)
ROWS: tuple[tuple[frozenset[str], tuple[str, ...], frozenset[str], str, str], ...] = (
    (frozenset({"npm"}), ("audit", "fix"), frozenset({"--force", "-f"}),
     "installs breaking (semver-major) versions of dependencies nobody chose", "supply"),
    (frozenset({"deno"}), ("test",), frozenset({"-A", "--allow-all"}),
     "gives the tests every permission (network, every file, subprocesses, the environment)", "permission"),
    (frozenset({"deno"}), ("bench",), frozenset({"-A", "--allow-all"}),
     "gives the benchmarks every permission (network, every file, subprocesses, the environment)", "permission"),
    (frozenset({"pip", "pip3", "uv"}), ("install",), frozenset({"--break-system-packages"}),
     "writes over the system interpreter's own packages", "system"),
    (frozenset({"pip", "pip3"}), ("uninstall",), frozenset({"--break-system-packages"}),
     "removes packages the system's own tools need", "system"),
    (frozenset({"docker", "podman"}), ("compose", "up"), frozenset({"-V", "--renew-anon-volumes"}),
     "recreates the services' anonymous volumes: the data in them is gone", "data"),
    (frozenset({"docker-compose", "podman-compose"}), ("up",), frozenset({"-V", "--renew-anon-volumes"}),
     "recreates the services' anonymous volumes: the data in them is gone", "data"),
    # a command installed for later with every permission (docs.deno.com/runtime/reference/cli/install): it keeps them
    # wherever it is run from. (`deno run -A main.ts` of the project's own script stays routine: red team s13/s14.)
    (frozenset({"deno"}), ("install",), frozenset({"-A", "--allow-all"}),
     "installs a command that runs with every permission", "permission-run"),
    # the originals deleted once archived (GNU tar `--remove-files`, zip(1) `-m`, 7-Zip `-sdel`, rar `-df`), a warehouse
    # model dropped and rebuilt from scratch (dbt `--full-refresh`/`-f`: docs.getdbt.com/reference/resource-configs/full_refresh)
    (frozenset({"tar", "gtar"}), (), frozenset({"--remove-files"}),
     "deletes the files it archived: only the archive is left", "drop"),
    (frozenset({"zip"}), (), frozenset({"-m", "--move"}),
     "deletes the files it archived (moves them into the archive)", "drop"),
    (frozenset({"7z", "7za", "7zz"}), (), frozenset({"-sdel"}),
     "deletes the files it archived: only the archive is left", "drop"),
    (frozenset({"rar"}), (), frozenset({"-df"}),
     "deletes the files it archived: only the archive is left", "drop"),
    (frozenset({"rsync"}), (), frozenset({"--remove-source-files"}),
     "deletes the source files once sent: a move, not a copy", "drop"),
    (frozenset({"dbt"}), ("run",), frozenset({"--full-refresh", "-f"}),
     "drops the incremental models' tables and rebuilds them from scratch (their history is gone)", "drop"),
    (frozenset({"dbt"}), ("build",), frozenset({"--full-refresh", "-f"}),
     "drops the incremental models' tables and rebuilds them from scratch (their history is gone)", "drop"),
    (frozenset({"dbt"}), ("seed",), frozenset({"--full-refresh", "-f"}),
     "drops the seed tables and loads them anew", "drop"),
    # a query's result written over its destination table (cloud.google.com/bigquery/docs/reference/bq-cli-reference:
    # `bq query --replace` "overwrite the destination table with the query results"; session 21, L1: h22-0152)
    (frozenset({"bq"}), ("query",), frozenset({"--replace", "--replace=true"}),
     "overwrites the destination table with the query's result (its rows are gone)", "drop"),
)  # fmt: skip
#: Programs whose one-letter options are bundled (`zip -rm`: `-r` and `-m`).
_BUNDLED = frozenset({"zip"})
PROGRAMS = frozenset(p for row in ROWS for p in row[0])


def past_need(cmd: Command) -> tuple[str, str, str] | None:
    """(the option as written, what it takes, kind) when `cmd` is a routine subcommand given an option of `ROWS`."""
    if cmd.name not in PROGRAMS:
        return None
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    if cmd.name == "uv" and words[:1] == ["pip"]:
        words = words[1:]
    pos = [w for w in words if not w.startswith("-")]
    opts = [w.split("=", 1)[0] for w in words if w.startswith("-")]
    if cmd.name in _BUNDLED:
        opts += [f"-{c}" for w in opts if not w.startswith("--") for c in w[1:]]
    for progs, lead, flags, what, kind in ROWS:
        if cmd.name not in progs or tuple(pos[: len(lead)]) != lead:
            continue
        hit = next((o for o in opts if o in flags), None)
        if hit is not None:
            return hit, what, kind
    return None


#: Words a user names each option by beyond the option itself.
SAID: dict[str, tuple[str, ...]] = {
    "--force": ("--force", "-f", "force", "forced", "breaking", "major"),
    "-f": ("--force", "-f", "force", "breaking", "major"),
    "-A": ("-a", "--allow-all", "allow-all", "allow all", "all permissions"),
    "--allow-all": ("-a", "--allow-all", "allow-all", "allow all", "all permissions"),
    "--break-system-packages": ("--break-system-packages", "break-system-packages", "system packages",
                                "system python", "system-wide"),
    "-V": ("-v", "--renew-anon-volumes", "renew-anon-volumes", "anonymous volumes", "fresh volumes"),
    "--renew-anon-volumes": ("-v", "--renew-anon-volumes", "renew-anon-volumes", "anonymous volumes", "fresh volumes"),
    "--remove-files": ("--remove-files", "remove-files"),
    "-m": ("-m", "zip -m", "move them into", "move the files into"),
    "--move": ("--move", "-m"),
    "-sdel": ("-sdel",),
    "--remove-source-files": ("--remove-source-files", "remove-source-files", "move", "moving", "move them"),
    "-df": ("-df",),
    "dbt:-f": ("-f", "--full-refresh", "full-refresh", "full refresh", "from scratch"),
    "--replace": ("--replace", "replace", "overwrite", "overwrites", "in place", "dedupe", "deduplicate", "rewrite"),
    "--replace=true": ("--replace", "replace", "overwrite", "overwrites", "in place", "dedupe", "deduplicate"),
    "--full-refresh": ("--full-refresh", "full-refresh", "full refresh", "from scratch", "fully refresh",
                       "fully rebuild", "full rebuild"),
}


#: (command, the option found or None)
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("npm audit fix --force", "--force"), ("npm audit fix", None), ("npm audit", None),
    ("deno test -A", "-A"), ("deno test --allow-all tests/", "--allow-all"), ("deno test --allow-read --allow-env", None),
    ("deno test -A --unstable-kv", "-A"), ("deno bench -A", "-A"),
    ("pip install --break-system-packages -r requirements.txt", "--break-system-packages"),
    ("pip install -r requirements.txt", None), ("uv pip install --break-system-packages x", "--break-system-packages"),
    ("docker compose up -d --force-recreate -V", "-V"), ("docker compose up -d", None),
    ("docker-compose up --renew-anon-volumes", "--renew-anon-volumes"),
    ("deno run -A scripts/seed.ts", None), ("deno install -g -A -n fmtx jsr:@x/fmt", "-A"), ("deno task dev", None),
    ("tar -czf exports.tar.gz --remove-files exports/", "--remove-files"), ("tar -czf exports.tar.gz exports/", None),
    ("rsync -a --remove-source-files exports/ /mnt/b/", "--remove-source-files"), ("rsync -a exports/ /mnt/b/", None),
    ("zip -rm out.zip logs/", "-m"), ("zip -r out.zip logs/", None), ("7z a -sdel a.7z dir", "-sdel"),
    ("dbt run --select fct_orders --full-refresh", "--full-refresh"), ("dbt run --select fct_orders", None),
    ("dbt build -f --target dev", "-f"), ("dbt test --select x", None),
    ("bq query --use_legacy_sql=false --destination_table=staging.ev --replace 'SELECT DISTINCT * FROM staging.ev'",
     "--replace"), ("bq query --use_legacy_sql=false 'SELECT COUNT(*) FROM staging.ev'", None),
)
