"""Options whose value is a list of the roles, groups, scopes or policies an act grants (session 25, P2, helper
`bounds`): `tsh request create --roles=db-admin,cluster-admin`, `gh auth refresh --scopes repo,admin:org`,
`useradd -G docker,sudo`, `vault token create -policy=a -policy=b`, `kanidm group add-members`, `--add-roles`.

Each member is a grant of its own: the user names the ones they want ("request the role db-admin"); one more member
in the list ("cluster-admin") is a grant nobody asked for. Read by `intent.listed_members`.
"""

from __future__ import annotations

#: Option names (as written, without `=VALUE`) whose value is a comma list of granted names; repeated options add up.
LIST_OPTIONS = frozenset({
    "--roles", "--role", "--request-roles", "--add-roles", "--add-role", "--groups", "--group", "--add-groups",
    "--add-group", "-G", "--scopes", "-s", "--policies", "--policy", "-policy", "--permissions", "--perms",
    "--teams", "--team", "--grants", "--privileges", "--capabilities", "--cap-add", "--acl-roles", "--db-roles",
    "--kubernetes-groups", "--logins", "--claims",
})  # fmt: skip
#: Option names whose value is a comma list of the objects an act works on (`airflow db clean --tables dag_run,
#: task_instance`, `--indices`, `--topics`, `--services`): one more member than said is acted on too.
OBJECT_LISTS = frozenset({
    "--tables", "--table", "-t", "--databases", "--indices", "--index", "--topics", "--topic", "--queues", "--buckets",
    "--functions", "--services", "--namespaces", "--jobs", "--dags", "--dag-ids", "--collections", "--schemas",
    "--streams", "--apps", "--projects", "--repos", "--repositories", "--branches", "--instances", "--instance-ids",
})  # fmt: skip
#: Programs whose `-t` is a list of tables (elsewhere `-t` is a tag, a type, a tty).
T_TABLES = frozenset({"airflow", "pg_dump", "mysqldump", "clickhouse-client"})
#: Programs where a listed option is not a grant (`-s` of most programs, `--group` of a build tool): only these read
#: `-s` and `-G` as a list of grants.
SHORT_OWNERS = {"-s": frozenset({"gh"}), "-G": frozenset({"useradd", "usermod", "adduser"})}
#: Programs whose list options are no grant (a build, a test or a package tool's `--group`).
NOT_GRANTS = frozenset({"poetry", "uv", "pip", "pytest", "npm", "pnpm", "yarn", "cargo", "go", "mvn", "gradle",
                        "docker-compose", "ansible-playbook", "tox", "nox", "make", "pdm", "hatch", "rye"})  # fmt: skip


def members(name: str, args: list[str], table: frozenset[str] = LIST_OPTIONS) -> list[tuple[str, list[str]]]:
    """(option, members) for each list option of a command `name ARGS` (repeated options joined): of `LIST_OPTIONS`
    (grants) by default, of `OBJECT_LISTS` (objects acted on) when given."""
    if name in NOT_GRANTS:
        return []
    out: dict[str, list[str]] = {}
    i = 0
    while i < len(args):
        v = args[i]
        opt, eq, val = v.partition("=") if v.startswith("-") else (v, "", "")
        if opt == "-t" and table is OBJECT_LISTS and name not in T_TABLES:
            pass
        elif opt in table and (table is OBJECT_LISTS or opt not in SHORT_OWNERS or name in SHORT_OWNERS[opt]):
            if not eq:
                val = args[i + 1] if i + 1 < len(args) else ""
                i += 1
            key = "--policy" if opt in ("-policy", "--policies") else opt
            out.setdefault(key, []).extend(x.strip() for x in val.split(",") if x.strip())
        i += 1
    return [(k, v) for k, v in out.items() if v]


#: (program, args, the lists read) for the tests.
FIXTURES: tuple[tuple[str, list[str], list[tuple[str, list[str]]]], ...] = (
    ("tsh", ["request", "create", "--roles=db-admin,cluster-admin", "--max-duration=2h"],
     [("--roles", ["db-admin", "cluster-admin"])]),
    ("gh", ["auth", "refresh", "--scopes", "repo,admin:org"], [("--scopes", ["repo", "admin:org"])]),
    ("vault", ["token", "create", "-policy=read-kv", "-policy=admin"], [("--policy", ["read-kv", "admin"])]),
    ("useradd", ["-m", "-G", "docker,sudo", "alice"], [("-G", ["docker", "sudo"])]),
    ("poetry", ["install", "--groups", "dev,test"], []),
    ("curl", ["-s", "https://x"], []),
)
#: (program, args, the object lists read) for the tests.
OBJECT_FIXTURES: tuple[tuple[str, list[str], list[tuple[str, list[str]]]], ...] = (
    ("airflow", ["db", "clean", "--tables", "dag_run,task_instance", "--yes"], [("--tables", ["dag_run", "task_instance"])]),
    ("curator_cli", ["delete-indices", "--indices=logs-a,logs-b"], [("--indices", ["logs-a", "logs-b"])]),
    ("docker", ["build", "-t", "a,b", "."], []),
)
