"""Where a command acts (session 13, S3): the options, variables, positional forms and tool-call keys that name the
place an action lands on, by kind, across families of programs.

Kinds: `host` (another machine: `ssh`, `--ssh=`, `-H`, `--host`, `psql -h`, a database URL), `context` (a cluster or
engine context: `--context`, `--kube-context`, `docker -c`), `region` (`--region`, `--location`, `az -l`, a zone),
`profile` (an account, project or subscription: `--profile`, `--project`, `--subscription`), `env` (a stage or
environment of one app: `--env`, `--stage`, `RAILS_ENV=`, `helmfile -e`, `kamal -d`, Capistrano's stage word),
`alias` (a site alias of a CMS CLI: `drush @shop.prod`, `wp @staging`), `device` (`adb -s SERIAL`,
`ANDROID_SERIAL`, `flutter -d`, `fastboot -s`, `xcrun simctl … UDID`, `--device-id`), `db` (a connection string:
`--database-url`, flyway `-url=`, `DATABASE_URL=`).

Sources: each program's manual or `--help` (kubectl, helm, docker, aws/gcloud/az CLIs, wp-cli global parameters
`--ssh`/`--url`/`@alias`, Drush site aliases, Capistrano/Mina/Deployer stages, adb/fastboot `-s`, Flutter `-d`,
Serverless `--stage`/`--region`, flyway/liquibase `-url`). Long options are read for every program (they mean the
same everywhere); short ones only for the programs listed, since `-s`, `-d`, `-e`, `-c` mean other things elsewhere.
"""

from __future__ import annotations

from automode import lazyre

HOST, CONTEXT, REGION, PROFILE, ENV, ALIAS, DEVICE, DB = "host", "context", "region", "profile", "env", "alias", "device", "db"

#: Long options, for any program: option -> kind.
LONG: dict[str, str] = {
    **dict.fromkeys(("--host", "--hostname", "--ssh", "--server", "--remote-host", "--target-host", "--docker-host"), HOST),
    **dict.fromkeys(("--context", "--kube-context", "--kubecontext", "--cluster", "--cluster-name"), CONTEXT),
    **dict.fromkeys(("--region", "--location", "--zone", "--aws-region", "--availability-zone"), REGION),
    **dict.fromkeys(("--profile", "--project", "--project-id", "--project-ref", "--subscription", "--account",
                     "--org", "--organization", "--tenant", "--space", "--app"), PROFILE),
    **dict.fromkeys(("--env", "--environment", "--stage", "--settings", "--target-env", "--config-env", "--stack",
                     "--workspace", "--destination", "--slot"), ENV),
    **dict.fromkeys(("--serial", "--device", "--device-id", "--deviceid", "--udid", "--simulator", "--emulator",
                     "--avd"), DEVICE),
    **dict.fromkeys(("--database-url", "--db-url", "--url", "--dsn", "--connection", "--connection-string", "--uri",
                     "--jdbc-url"), DB),
}  # fmt: skip
#: Short options (and single-dash long ones) of named programs: (program, option) -> kind.
SHORT: dict[tuple[str, str], str] = {
    **{(p, "-H"): HOST for p in ("docker", "podman", "nerdctl")},
    **{(p, "-c"): CONTEXT for p in ("docker",)},
    **{(p, "-h"): HOST for p in ("psql", "pg_dump", "pg_restore", "pg_dumpall", "mysql", "mariadb", "mysqldump",
                                 "mysqladmin", "redis-cli", "clickhouse-client", "createdb", "dropdb", "vacuumdb", "pgbench")},
    **{(p, "-s"): DEVICE for p in ("adb", "fastboot", "scrcpy")},
    **{(p, "-d"): DEVICE for p in ("flutter",)},
    **{(p, "-u"): DEVICE for p in ("idevicesyslog", "ideviceinstaller", "idevicediagnostics", "ios-deploy")},
    **{(p, "--id"): DEVICE for p in ("ios-deploy",)},
    **{(p, "-l"): REGION for p in ("az",)},
    **{(p, "-r"): REGION for p in ("serverless", "sls")},
    **{(p, "-s"): ENV for p in ("serverless", "sls", "pulumi")},
    **{(p, "-e"): ENV for p in ("helmfile", "railway", "azd", "eb", "zappa", "sst")},
    **{(p, "-d"): ENV for p in ("kamal",)},
    **{(p, "-a"): PROFILE for p in ("heroku", "fly", "flyctl")},
    **{(p, "-P"): PROFILE for p in ("firebase",)},
    **{(p, "-url"): DB for p in ("flyway",)},
    **{(p, "-i"): ENV for p in ("ansible-playbook", "ansible")},
    **{(p, "-l"): HOST for p in ("ansible-playbook", "ansible")},
    **{(p, "--limit"): HOST for p in ("ansible-playbook", "ansible")},
    **{(p, "--inventory"): ENV for p in ("ansible-playbook", "ansible")},
}  # fmt: skip
#: Programs whose first positional word is a site alias when it starts with `@` (`drush @shop.prod cr`, `wp @staging
#: plugin list`, `terminus` site.env): the alias names where the command acts.
ALIAS_PROGRAMS = frozenset({"drush", "wp", "terminus"})
#: Programs whose stage or host is a positional word: program -> its index among the positional words (Capistrano
#: `cap production deploy`, Mina `mina production deploy`, Deployer `dep deploy production`, `ssh host …`).
STAGE_POSITION: dict[str, tuple[int, str]] = {"cap": (0, ENV), "mina": (0, ENV), "dep": (1, ENV), "ssh": (0, HOST),
                                              "mosh": (0, HOST), "autossh": (0, HOST)}
#: Variables that name where a process lands: exact names, then suffixes.
VARS: dict[str, str] = {
    **dict.fromkeys(("AWS_REGION", "AWS_DEFAULT_REGION", "CLOUDSDK_COMPUTE_REGION", "AZURE_LOCATION",
                     "GOOGLE_CLOUD_REGION"), REGION),
    **dict.fromkeys(("AWS_PROFILE", "CLOUDSDK_CORE_PROJECT", "GOOGLE_CLOUD_PROJECT", "AZURE_SUBSCRIPTION_ID",
                     "FLY_APP", "HEROKU_APP"), PROFILE),
    **dict.fromkeys(("DOCKER_HOST", "PGHOST", "MYSQL_HOST", "REDIS_HOST", "MONGO_HOST", "ANSIBLE_HOST"), HOST),
    **dict.fromkeys(("DOCKER_CONTEXT", "KUBECONTEXT", "KUBE_CONTEXT", "KUBECONFIG"), CONTEXT),
    **dict.fromkeys(("ANDROID_SERIAL",), DEVICE),
    **dict.fromkeys(("DATABASE_URL", "DB_URL", "DSN"), DB),
}  # fmt: skip
VAR_SUFFIX = lazyre.compile(r"_(?:ENV|ENVIRONMENT|STAGE)$")
#: Keys of tool calls (MCP) whose value says where the call acts.
MCP_KEYS: dict[str, str] = {
    **dict.fromkeys(("context", "kube_context", "kubecontext", "cluster", "cluster_name", "docker_context"), CONTEXT),
    **dict.fromkeys(("region", "location", "zone", "aws_region"), REGION),
    **dict.fromkeys(("profile", "project", "project_id", "projectid", "project_ref", "subscription", "subscription_id",
                     "account", "account_id"), PROFILE),
    **dict.fromkeys(("environment", "env", "stage", "target_env", "slot", "deployment_environment"), ENV),
    **dict.fromkeys(("host", "hostname", "server", "ssh_host", "target_host"), HOST),
    **dict.fromkeys(("device", "device_id", "deviceid", "serial", "udid", "simulator", "emulator"), DEVICE),
    **dict.fromkeys(("database_url", "connection_string", "dsn", "db_url"), DB),
    **dict.fromkeys(("site", "alias", "site_alias"), ALIAS),
}  # fmt: skip
#: A device serial that is an emulator or a simulator (adb's own naming, a TCP-connected emulator, a simulator word).
EMULATOR = lazyre.compile(r"(?i)^(?:emulator-\d+|localhost:\d+|127\.0\.0\.1:\d+|.*(?:emulator|simulator|avd|booted).*)$")
#: Database URL schemes (a URL there names the host the statement runs on).
DB_SCHEMES = lazyre.compile(r"(?i)^(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|sqlserver|"
                            r"mssql|oracle|clickhouse|cockroachdb)://")


def option_kind(program: str, option: str) -> str:
    """The kind of place an option names for `program` ("" when it names none)."""
    return SHORT.get((program, option), "") or (LONG.get(option.lower(), "") if option.startswith("--") else "")


#: Fixtures: (program, option, kind).
OPTION_CASES: tuple[tuple[str, str, str], ...] = (
    ("kubectl", "--context", CONTEXT), ("helm", "--kube-context", CONTEXT), ("aws", "--region", REGION),
    ("wp", "--ssh", HOST), ("adb", "-s", DEVICE), ("flutter", "-d", DEVICE), ("docker", "-H", HOST),
    ("psql", "-h", HOST), ("az", "-l", REGION), ("kamal", "-d", ENV), ("flyway", "-url", DB),
    ("rm", "-s", ""), ("grep", "-h", ""), ("tar", "-c", ""), ("git", "-c", ""), ("ls", "-l", ""),
)
