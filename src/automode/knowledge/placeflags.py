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
                     "--avd", "--upload-port", "--monitor-port", "--serial-port", "--tty"), DEVICE),
    **dict.fromkeys(("--database-url", "--db-url", "--url", "--dsn", "--connection", "--connection-string", "--uri",
                     "--jdbc-url"), DB),
    # options whose value only matters by the environment it names (a namespace, a values or env file, a config)
    **dict.fromkeys(("--namespace", "--values", "--env-file", "--var-file", "--config", "--inventory", "--limit",
                     "--kubeconfig"), ENV),
}  # fmt: skip
#: Short options (and single-dash long ones) of named programs: (program, option) -> kind.
SHORT: dict[tuple[str, str], str] = {
    **{(p, "-H"): HOST for p in ("docker", "podman", "nerdctl")},
    **{(p, "-c"): CONTEXT for p in ("docker",)},
    **{(p, "-h"): HOST for p in ("psql", "pg_dump", "pg_restore", "pg_dumpall", "mysql", "mariadb", "mysqldump",
                                 "mysqladmin", "redis-cli", "clickhouse-client", "createdb", "dropdb", "vacuumdb", "pgbench")},
    **{(p, "-s"): DEVICE for p in ("adb", "fastboot", "scrcpy")},
    # boards on a serial port (esptool/arduino-cli/ampy `-p`/`--port`, avrdude `-P`, nrfjprog `--snr`, st-flash `--serial`)
    **{(p, o): DEVICE for p in ("esptool", "esptool.py", "arduino-cli", "ampy", "mpremote", "rshell", "espota",
                                "espflash", "cargo-espflash", "west", "pio", "platformio", "teensy_loader_cli",
                                "bossac", "stm32flash", "picotool", "openocd", "nrfutil", "idf.py", "espefuse.py",
                                "espsecure.py", "particle") for o in ("-p", "--port")},
    # (session 16) the other flashers, probes and phone tools: dfu-util `-S serial`/`-p path`, minicom `-D`,
    # libimobiledevice `-u udid`, picotool `--ser`, west `--dev-id`, probe-rs `--probe`, mcumgr `--connstring`
    **{(p, o): DEVICE for p in ("dfu-util",) for o in ("-S", "-p", "--path")},
    **{(p, "-D"): DEVICE for p in ("minicom",)},
    **{(p, o): DEVICE for p in ("idevicebackup2", "ideviceinfo", "idevicescreenshot", "idevicedebug",
                                "ideviceimagemounter", "idevicepair", "ideviceprovision", "idevicecrashreport")
       for o in ("-u", "--udid")},
    ("picotool", "--ser"): DEVICE, ("west", "--dev-id"): DEVICE, ("probe-rs", "--probe"): DEVICE,
    ("mcumgr", "--connstring"): DEVICE, ("JLinkExe", "-SelectEmuBySN"): DEVICE,
    **{(p, o): DEVICE for p in ("avrdude",) for o in ("-P",)},
    **{(p, o): DEVICE for p in ("nrfjprog",) for o in ("--snr", "-s")},
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
    **{(p, "-n"): ENV for p in ("kubectl", "oc", "helm")},
    **{(p, "-f"): ENV for p in ("helm",)},
    **{(p, "-e"): ENV for p in ("rails", "console")},
    **{(p, "-u"): DB for p in ("redis-cli",)},
    **{(p, o): ENV for p in ("terraform", "tofu", "terragrunt") for o in ("-var-file", "-chdir", "-backend-config")},
}  # fmt: skip
#: Commands that pick a place for what follows (and keep it picked): (program, subcommand words) -> kind; the place is
#: the next positional word (`kubectl config use-context prod`, `terraform workspace select prod`, `kubens payments`).
SELECTS: dict[tuple[str, tuple[str, ...]], str] = {
    ("kubectl", ("config", "use-context")): CONTEXT, ("oc", ("config", "use-context")): CONTEXT, ("oc", ("project",)): ENV,
    ("kubectx", ()): CONTEXT, ("kubens", ()): ENV, ("docker", ("context", "use")): CONTEXT,
    ("gcloud", ("config", "set", "project")): PROFILE, ("gcloud", ("config", "configurations", "activate")): PROFILE,
    ("terraform", ("workspace", "select")): ENV, ("tofu", ("workspace", "select")): ENV,
    ("terraform", ("workspace", "new")): ENV, ("pulumi", ("stack", "select")): ENV, ("amplify", ("env", "checkout")): ENV,
    ("eb", ("use",)): ENV, ("az", ("account", "set")): PROFILE, ("firebase", ("use",)): PROFILE,
}  # fmt: skip
#: `SELECTS` by program, in table order (read per command: one lookup instead of a scan of the table).
SELECTS_BY_PROGRAM: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    prog: tuple((sub, kind) for (p, sub), kind in SELECTS.items() if p == prog) for prog, _ in SELECTS}
#: Flags that pick a device by kind (`adb -d`: the one USB device; `adb -e`: the one emulator).
FLAG_PLACES: dict[tuple[str, str], tuple[str, str]] = {
    ("adb", "-d"): (DEVICE, "the USB device"), ("adb", "-e"): (DEVICE, "emulator"),
    ("fastboot", "-d"): (DEVICE, "the USB device"),
}
#: Programs that only reach one kind of device: a physical iOS device, or a simulator.
DEVICE_PROGRAMS: dict[str, str] = {
    "ideviceinstaller": "a physical iOS device", "idevicesyslog": "a physical iOS device", "ios-deploy": "a physical iOS device",
    "idevicediagnostics": "a physical iOS device", "ideviceimagemounter": "a physical iOS device", "simctl": "simulator",
}  # fmt: skip
#: Deploy tools whose positional words name the stage (`zappa update production`, `eb deploy shop-prod`).
POSITIONAL_ENV = frozenset({"cap", "mina", "dep", "eb", "fab", "zappa", "shipit", "envoy", "copilot", "amplify", "sls",
                            "serverless", "kamal", "dpl"})
#: HTTP clients: the URL they call is where they act.
HTTP_CLIENTS = frozenset({"curl", "wget", "http", "https", "xh", "httpie", "curlie"})
#: Variables that say how a build is made, not where anything lands (`NODE_ENV=production npm run build`).
BUILD_VARS = frozenset({"NODE_ENV", "BABEL_ENV", "BUILD_ENV", "VITE_MODE", "GO_ENV", "FLASK_ENV", "CARGO_PROFILE"})
#: A command that builds rather than acts on a place (its environment variable is a build mode).
BUILDS = lazyre.compile(r"(?i)\b(?:build|release|compile|assets[.:](?:deploy|precompile)|phx\.digest|bundle|package|dist|"
                        r"webpack|vite|next|nuxt|rollup|esbuild|tsc|test|spec|rspec|pytest|jest|vitest)\b")

#: Programs that act on this machine unless an option, a variable or a URL names another place: database and cache
#: clients (psql/mysql/redis-cli connect to the local socket or localhost by default), container engines (the local
#: daemon), CMS and framework CLIs (the site or app checked out here, its development environment).
LOCAL_DEFAULT = frozenset({"psql", "mysql", "mariadb", "mongosh", "mongo", "redis-cli", "valkey-cli", "clickhouse-client",
                           "cqlsh", "docker", "docker-compose", "podman", "nerdctl", "drush", "wp", "artisan", "magento",
                           "rails", "rake", "manage.py", "console", "dropdb", "createdb", "pg_restore", "mysqladmin"})
#: Tools whose working directory selects where they act (`cd envs/prod && terraform apply`).
CWD_PROGRAMS = frozenset({"terraform", "tofu", "terragrunt", "pulumi", "cdk", "cdktf", "helmfile", "kustomize",
                          "ansible-playbook", "serverless", "sls", "sam", "kamal"})
#: Where people name a region by its city or country: the codes of the three big clouds' regions there.
REGION_PLACES: dict[str, tuple[str, ...]] = {
    "frankfurt": ("eu-central-1", "europe-west3", "germanywestcentral"), "germany": ("eu-central-1", "europe-west3",
    "germanywestcentral"), "ireland": ("eu-west-1", "northeurope"), "dublin": ("eu-west-1", "northeurope"),
    "london": ("eu-west-2", "europe-west2", "uksouth"), "paris": ("eu-west-3", "europe-west9", "francecentral"),
    "stockholm": ("eu-north-1", "swedencentral"), "milan": ("eu-south-1", "europe-west8", "italynorth"),
    "zurich": ("eu-central-2", "europe-west6", "switzerlandnorth"), "belgium": ("europe-west1",),
    "netherlands": ("europe-west4", "westeurope"), "amsterdam": ("europe-west4", "westeurope"),
    "virginia": ("us-east-1", "us-east4", "eastus", "eastus2"), "ohio": ("us-east-2",), "oregon": ("us-west-2", "us-west1"),
    "california": ("us-west-1", "us-west2", "westus"), "iowa": ("us-central1", "centralus"),
    "tokyo": ("ap-northeast-1", "asia-northeast1", "japaneast"), "osaka": ("ap-northeast-3", "asia-northeast2", "japanwest"),
    "seoul": ("ap-northeast-2", "asia-northeast3", "koreacentral"), "singapore": ("ap-southeast-1", "asia-southeast1",
    "southeastasia"), "sydney": ("ap-southeast-2", "australia-southeast1", "australiaeast"),
    "mumbai": ("ap-south-1", "asia-south1", "centralindia"), "são paulo": ("sa-east-1", "southamerica-east1", "brazilsouth"),
    "sao paulo": ("sa-east-1", "southamerica-east1", "brazilsouth"), "montreal": ("ca-central-1", "northamerica-northeast1",
    "canadaeast"), "toronto": ("ca-central-1", "northamerica-northeast2", "canadacentral"),
    "hong kong": ("ap-east-1", "asia-east2", "eastasia"), "taiwan": ("asia-east1",), "jakarta": ("ap-southeast-3",
    "asia-southeast2"), "cape town": ("af-south-1", "southafricanorth"), "bahrain": ("me-south-1",),
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
    **dict.fromkeys(("TF_WORKSPACE", "PULUMI_STACK", "HELMFILE_ENVIRONMENT"), ENV),
}  # fmt: skip
VAR_SUFFIX = lazyre.compile(r"_(?:ENV|ENVIRONMENT|STAGE|SETTINGS_MODULE|WORKSPACE)$")
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
    # where a call is sent: compared only by the environment its host names
    **dict.fromkeys(("url", "base_url", "endpoint", "api_url", "uri", "namespace"), ENV),
}  # fmt: skip
#: A device serial that is an emulator or a simulator (adb's own naming, a TCP-connected emulator, a simulator word).
EMULATOR = lazyre.compile(r"(?i)^(?:emulator-\d+|localhost:\d+|127\.0\.0\.1:\d+|.*(?:emulator|simulator|avd|booted|\bsim\b).*)$")
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
    ("pio", "--upload-port", DEVICE), ("esptool.py", "-p", DEVICE), ("avrdude", "-P", DEVICE), ("avrdude", "-p", ""),
    ("rm", "-s", ""), ("grep", "-h", ""), ("tar", "-c", ""), ("git", "-c", ""), ("ls", "-l", ""),
)
