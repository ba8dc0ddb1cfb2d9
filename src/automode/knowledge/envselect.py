"""Environment selectors (session 22, M4): where a command lands when something other than its own flags chose it.

Four mechanisms select the environment of a later command on the same line (or of the command they wrap):

* **a variable** exported or set before it: `export AWS_PROFILE=acme-prod && aws …`, `KUBECONFIG=~/.kube/prod …`,
  `export FLY_APP=ledger-prod; fly deploy` (`SELECTOR_VARS`, and the suffixes of `SELECTOR_SUFFIX`);
* **a switch** that changes the tool's saved state, so every later call lands there: `kubectl config use-context`,
  `kubectx`, `terraform workspace select`, `pulumi stack select`, `gcloud config set project`, `az account set`,
  `docker context use`, `oc project`, `firebase use` (`SWITCHES`). Each switch stands for the variable of the same
  power (`terraform workspace select X` is `TF_WORKSPACE=X`, `gcloud config set project X` is
  `CLOUDSDK_CORE_PROJECT=X`, `docker context use X` is `DOCKER_CONTEXT=X`);
* **an env file** loaded by a wrapper or an option (`dotenv -e .env.production --`, `docker run --env-file
  .env.prod`, `node --env-file=.env.production`, `env-cmd -f`, `sops exec-env`, `doppler run -c prd`) or sourced
  into the shell (`set -a; source .env.production`) (`ENV_FILE_OPTS`, `ENV_FILE_NAME`);
* **another checkout**: `cd ../shop-prod && make deploy` (the directory's own name carries the environment).

`carry(commands, cwd)` gives each command the selections in force for it as extra `NAME=value` assignments (the
variable the selection stands for, or `ENV_FILE=…` / `CHECKOUT_DIR=…`), so every reader of a command's environment
(`knowledge.control` and its `env`, the environment drift check, the request's environment slot) sees it as if it
had been written inline. `selects_only(cmd)` says a command only selects (a switch, an export, a sourced env file,
`cd`): it acts on nothing by itself. Sources: each tool's reference (kubectl config, terraform workspace, pulumi
stack, gcloud config, az account, docker context, oc project, firebase use, kubectx/kubens, dotenv-cli, env-cmd,
Node's `--env-file`, docker's `--env-file`).
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import replace
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command

#: Variables that say which account, cluster, project, app, database or stage a tool acts on.
SELECTOR_VARS = frozenset({
    "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCOUNT_ID", "KUBECONFIG", "KUBE_CONTEXT", "KUBECTL_CONTEXT",
    "HELM_KUBECONTEXT", "HELM_NAMESPACE", "CLOUDSDK_CORE_PROJECT", "CLOUDSDK_ACTIVE_CONFIG_NAME", "GOOGLE_CLOUD_PROJECT",
    "GCLOUD_PROJECT", "AZURE_SUBSCRIPTION_ID", "ARM_SUBSCRIPTION_ID", "AZURE_CONFIG_DIR", "DATABASE_URL", "PGHOST",
    "PGDATABASE", "PGSERVICE", "MYSQL_HOST", "MONGODB_URI", "REDIS_URL", "FLY_APP", "HEROKU_APP", "VERCEL_ORG_ID",
    "VERCEL_PROJECT_ID", "NETLIFY_SITE_ID", "RAILWAY_ENVIRONMENT", "FIREBASE_PROJECT", "TF_WORKSPACE", "PULUMI_STACK",
    "NODE_ENV", "RAILS_ENV", "RACK_ENV", "APP_ENV", "MIX_ENV", "FLASK_ENV", "DJANGO_SETTINGS_MODULE", "ASPNETCORE_ENVIRONMENT",
    "SPRING_PROFILES_ACTIVE", "DOCKER_HOST", "DOCKER_CONTEXT", "VAULT_ADDR", "VAULT_NAMESPACE", "NOMAD_ADDR", "CONSUL_HTTP_ADDR",
    "ANSIBLE_INVENTORY", "STAGE", "DEPLOY_ENV", "TARGET_ENV", "ENVIRONMENT", "ENV", "DOPPLER_CONFIG", "INFISICAL_ENV",
    "DIGITALOCEAN_CONTEXT", "CF_SPACE", "EB_ENVIRONMENT", "SUPABASE_PROJECT_REF", "SENTRY_ENVIRONMENT",
    # the selections this module writes for a switch, an env file or a checkout
    "KUBE_NAMESPACE", "KUBE_SERVER", "CLOUDSDK_CORE_ACCOUNT", "TF_BACKEND_CONFIG", "ENV_FILE", "CHECKOUT_DIR",
    # the selections of the wrappers of `WRAPPED` (session 23)
    "ENVCHAIN_NAMESPACE", "CHAMBER_SERVICE", "SUMMON_ENV",
    # session 24 (O3): the app, repository, context or project a CLI acts on, and the config files options load
    "GH_REPO", "HCLOUD_CONTEXT", "CONFLUENT_ENVIRONMENT", "CONFLUENT_CLUSTER", "CONFLUENT_CONTEXT", "SCW_PROFILE",
    "LINODE_CLI_USER", "IBMCLOUD_TARGET", "SNOWFLAKE_DEFAULT_CONNECTION_NAME", "NOMAD_NAMESPACE", "NOMAD_REGION",
    "CONSUL_NAMESPACE", "CLOUDFLARE_ACCOUNT_ID", "RENDER_SERVICE_ID",
    "DATABRICKS_CONFIG_PROFILE", "OCI_CLI_PROFILE", "AWS_CONFIG_FILE", "DOCKER_CONFIG", "CONFIG_FILE",
})  # fmt: skip
#: Other variables of the same power by their ending (`STRIPE_ENV`, `PROD_DATABASE_URL`, `APP_PROFILE`).
SELECTOR_SUFFIX = lazyre.compile(r"(?:^|_)(?:ENV|ENVIRONMENT|STAGE|PROFILE|CONTEXT|DATABASE_URL|DB_URL|KUBECONFIG|"
                                 r"WORKSPACE|STACK|SUBSCRIPTION|SETTINGS_MODULE)$")  # fmt: skip

#: Switches: programs, subcommand words, where the value is ("" = the first word after the subcommand, else the
#: options that carry it), the variable the switch stands for.
_SWITCH_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("kubectl oc", "config use-context", "", "KUBE_CONTEXT"),
    ("kubectl oc", "config use", "", "KUBE_CONTEXT"),
    ("kubectl oc", "config set-context", "--namespace -n", "KUBE_NAMESPACE"),  # (with --current: the active context)
    ("kubectx", "", "", "KUBE_CONTEXT"),
    ("kubens", "", "", "KUBE_NAMESPACE"),
    ("kubie", "ctx", "", "KUBE_CONTEXT"),
    ("oc", "project", "", "KUBE_NAMESPACE"),
    ("oc", "login", "--server -s", "KUBE_SERVER"),
    ("gcloud", "container clusters get-credentials", "", "KUBE_CONTEXT"),
    ("aws", "eks update-kubeconfig", "--name --alias", "KUBE_CONTEXT"),
    ("az", "aks get-credentials", "--name -n", "KUBE_CONTEXT"),
    ("doctl", "kubernetes cluster kubeconfig save", "", "KUBE_CONTEXT"),
    ("doctl", "auth switch", "--context", "DIGITALOCEAN_CONTEXT"),
    ("terraform tofu terragrunt", "workspace select", "", "TF_WORKSPACE"),
    ("terraform tofu terragrunt", "workspace new", "", "TF_WORKSPACE"),
    ("terraform tofu terragrunt", "init", "-backend-config", "TF_BACKEND_CONFIG"),
    ("pulumi", "stack select", "--stack -s", "PULUMI_STACK"),
    ("pulumi", "stack select", "", "PULUMI_STACK"),
    ("gcloud", "config set project", "", "CLOUDSDK_CORE_PROJECT"),
    ("gcloud", "config set core/project", "", "CLOUDSDK_CORE_PROJECT"),
    ("gcloud", "config set account", "", "CLOUDSDK_CORE_ACCOUNT"),
    ("gcloud", "config configurations activate", "", "CLOUDSDK_ACTIVE_CONFIG_NAME"),
    ("az", "account set", "--subscription -s --name -n", "AZURE_SUBSCRIPTION_ID"),
    ("docker podman", "context use", "", "DOCKER_CONTEXT"),
    ("firebase", "use", "", "FIREBASE_PROJECT"),
    ("railway", "environment", "", "RAILWAY_ENVIRONMENT"),
    ("eb", "use", "", "EB_ENVIRONMENT"),
    ("cf", "target", "-s -o", "CF_SPACE"),
    ("heroku", "git:remote", "-a --app", "HEROKU_APP"),
    ("supabase", "link", "--project-ref", "SUPABASE_PROJECT_REF"),
    ("vercel", "link", "--project", "VERCEL_PROJECT_ID"),
    ("vercel", "switch", "", "VERCEL_ORG_ID"),
    # session 24 (O3): hcloud CLI `context use`, gh `repo set-default`, confluent CLI `environment|kafka cluster use`,
    # scw `config profile activate`, linode-cli `set-user`, ibmcloud `target`, databricks/snowflake default connections
    ("hcloud", "context use", "", "HCLOUD_CONTEXT"),
    ("gh", "repo set-default", "", "GH_REPO"),
    ("confluent", "environment use", "", "CONFLUENT_ENVIRONMENT"),
    ("confluent", "kafka cluster use", "", "CONFLUENT_CLUSTER"),
    ("confluent", "context use", "", "CONFLUENT_CONTEXT"),
    ("scw", "config profile activate", "", "SCW_PROFILE"),
    ("linode-cli", "set-user", "", "LINODE_CLI_USER"),
    ("ibmcloud", "target", "-g -r --cf-space -s", "IBMCLOUD_TARGET"),
    ("snow", "connection set-default", "", "SNOWFLAKE_DEFAULT_CONNECTION_NAME"),
    ("nomad", "namespace use", "", "NOMAD_NAMESPACE"),
)
SWITCHES: tuple[tuple[frozenset[str], tuple[str, ...], frozenset[str], str], ...] = tuple(
    (frozenset(p.split()), tuple(s.split()), frozenset(o.split()), v) for p, s, o, v in _SWITCH_ROWS
)
#: Options of a program or wrapper that load an env file for the command (`dotenv -e F --`, `docker run --env-file
#: F`, `node --env-file=F`, `env-cmd -f F`, `doppler run -c prd`, `infisical run --env=prod`), by program.
ENV_FILE_OPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("dotenv", "dotenv-cli"), frozenset({"-e"})),
    "dotenvx": frozenset({"-f", "--env-file"}),
    "env-cmd": frozenset({"-f", "--file", "-e", "--environments"}),
    **dict.fromkeys(("docker", "podman", "nerdctl", "docker-compose", "podman-compose"), frozenset({"--env-file"})),
    **dict.fromkeys(("node", "bun", "deno", "uv", "tsx"), frozenset({"--env-file"})),
    "op": frozenset({"--env-file"}),
    "devbox": frozenset({"--env-file", "-e", "--env"}),
    "doppler": frozenset({"-c", "--config"}),
    "infisical": frozenset({"--env"}),
    "foreman": frozenset({"-e", "--env"}),
    "heroku": frozenset({"-e", "--env"}),  # (`heroku local -e .env.prod`; heroku's other commands take -a)
    "honcho": frozenset({"-e", "--env"}),
    "sops": frozenset({"exec-env"}),  # (`sops exec-env secrets.prod.enc.env CMD`: the first positional)
    # (session 28, T6: SkyPilot `sky launch|exec|jobs launch --env-file`)
    "sky": frozenset({"--env-file"}),
}
#: Options whose value is a configuration file that says where the program connects or lands (session 24, O3):
#: `flyway -configFiles=conf/prod.conf clean` cleans what `prod.conf` points at, as `ENV_FILE` would. Kept to
#: programs that act on a database, a cluster, a cloud or a deployment: a build tool's config (`webpack --config
#: webpack.prod.js`) is a build mode, not a target. Sources: each tool's CLI reference (Flyway `-configFiles`,
#: Liquibase `--defaults-file`, Alembic `-c/--config`, MikroORM/TypeORM/Sequelize/Knex CLIs, dbmate, Atlas, kubectl/
#: helm/helmfile/k9s `--kubeconfig`, talosctl `--talosconfig`, MySQL `--defaults-file`, Ansible `-i`, Terraform
#: `-var-file`, Pulumi `--config-file`, Serverless `--config`, Wrangler `-c/--config`, rclone `--config`, pgBackRest
#: `--config`, Barman `-c`, kcat `-F`, Kafka tools `--command-config`, docker compose `-f`).
CONFIG_FILE_OPTS: dict[str, frozenset[str]] = {
    "flyway": frozenset({"-configFiles", "-configFile", "--configFiles"}),
    "liquibase": frozenset({"--defaults-file", "--defaultsFile", "--defaults-File"}),
    "alembic": frozenset({"-c", "--config"}),
    "mikro-orm": frozenset({"--config"}),
    "typeorm": frozenset({"-d", "--dataSource", "--data-source", "-f", "--config"}),
    **dict.fromkeys(("sequelize", "sequelize-cli"), frozenset({"--config", "--options-path"})),
    "knex": frozenset({"--knexfile"}),
    "dbmate": frozenset({"--env-file"}),
    "atlas": frozenset({"-c", "--config"}),
    "diesel": frozenset({"--config-file"}),
    "goose": frozenset({"-env"}),
    **dict.fromkeys(("kubectl", "helm", "helmfile", "k9s", "kubectx", "kubens", "stern", "kustomize", "argocd", "oc",
                     "velero", "flux", "istioctl", "linkerd", "kapp"), frozenset({"--kubeconfig"})),
    "talosctl": frozenset({"--talosconfig"}),
    **dict.fromkeys(("mysql", "mysqladmin", "mariadb"), frozenset({"--defaults-file", "--defaults-extra-file"})),
    **dict.fromkeys(("ansible", "ansible-playbook"), frozenset({"-i", "--inventory", "--inventory-file"})),
    **dict.fromkeys(("terraform", "tofu", "terragrunt"), frozenset({"-var-file", "--var-file"})),
    "pulumi": frozenset({"--config-file"}),
    **dict.fromkeys(("serverless", "sls"), frozenset({"-c", "--config"})),
    "wrangler": frozenset({"-c", "--config"}),
    "rclone": frozenset({"--config"}),
    "pgbackrest": frozenset({"--config"}),
    "barman": frozenset({"-c", "--config"}),
    "kcat": frozenset({"-F"}),
    "kafkactl": frozenset({"-C", "--config-file"}),
    **dict.fromkeys(("kafka-topics", "kafka-topics.sh", "kafka-consumer-groups", "kafka-consumer-groups.sh",
                     "kafka-configs", "kafka-configs.sh", "kafka-acls", "kafka-acls.sh", "kafka-delete-records",
                     "kafka-delete-records.sh"), frozenset({"--command-config"})),
    **dict.fromkeys(("docker-compose", "podman-compose"), frozenset({"-f", "--file"})),
    "mongosh": frozenset({"--file"}),
    "vault": frozenset({"-config"}),
}
#: Variables a CLI reads as the value of its own resource option (session 24, O3): `FLY_APP=notes-stg fly deploy` is
#: `fly deploy -a notes-stg`, `GH_REPO=o/r gh secret delete X` is `gh … -R o/r`, so the app or repository it acts on
#: is one named thing, compared with the one the user named. Variable -> the programs that read it (fly.io docs
#: `FLY_APP`, Heroku CLI `HEROKU_APP`, gh `GH_REPO`, Vercel `VERCEL_PROJECT_ID`, Netlify `NETLIFY_SITE_ID`, Render
#: `RENDER_SERVICE_ID`).
RESOURCE_VARS: dict[str, frozenset[str]] = {
    "FLY_APP": frozenset({"fly", "flyctl"}),
    "HEROKU_APP": frozenset({"heroku"}),
    "GH_REPO": frozenset({"gh"}),
    "VERCEL_PROJECT_ID": frozenset({"vercel"}),
    "NETLIFY_SITE_ID": frozenset({"netlify", "ntl", "netlify-cli"}),
    "RENDER_SERVICE_ID": frozenset({"render"}),
}


def resource_picks(cmd: Command) -> list[str]:
    """The resource values variables set for `cmd` stand for (`RESOURCE_VARS`), static ones only."""
    name = cmd.name.rsplit("/", 1)[-1]
    return [w.value for k, w in cmd.assigns if k in RESOURCE_VARS and name in RESOURCE_VARS[k] and w.value
            and not w.dynamic][:2]


#: Options that act on the project a switch linked earlier (`supabase link --project-ref X` then `supabase db reset
#: --linked`): (program, option) -> the variable the link stands for.
LINKED_BY: dict[tuple[str, str], str] = {("supabase", "--linked"): "SUPABASE_PROJECT_REF"}
#: Wrappers that run a command in the account, profile, context or secrets config they name (session 23, N2):
#: program, subcommand, the options that carry the value ("" = the first positional word), the variable it stands
#: for. `aws-vault exec acme-prod -- aws …` is `AWS_PROFILE=acme-prod aws …`; `envchain prod-db psql` loads the
#: `prod-db` namespace's variables; `doppler run -c prd` the `prd` config. Sources: each tool's README or --help
#: (99designs/aws-vault, segmentio/aws-okta, Versent/saml2aws, synfinatic/aws-sso-cli, remind101/assume-role,
#: makethunder/awsudo, sorah/envchain, segmentio/chamber, sbstjn/kubie, cyberark/summon, Doppler, Infisical, direnv).
_WRAPPED_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("aws-vault", "exec", "", "AWS_PROFILE"),
    ("aws-okta", "exec", "", "AWS_PROFILE"),
    ("saml2aws", "exec", "--exec-profile", "AWS_PROFILE"),
    ("aws-sso", "exec", "-p --profile", "AWS_PROFILE"),
    ("assume-role", "", "", "AWS_PROFILE"),
    ("awsudo", "", "-u --profile", "AWS_PROFILE"),
    ("envchain", "", "", "ENVCHAIN_NAMESPACE"),
    ("chamber", "exec", "", "CHAMBER_SERVICE"),
    ("kubie", "exec", "", "KUBE_CONTEXT"),
    ("summon", "", "-e --environment", "SUMMON_ENV"),
    ("doppler", "run", "-c --config", "DOPPLER_CONFIG"),
    ("infisical", "run", "--env", "INFISICAL_ENV"),
    ("direnv", "exec", "", "CHECKOUT_DIR"),  # (`direnv exec ../shop-prod CMD`: that checkout's .envrc is loaded)
)
WRAPPED: dict[str, tuple[tuple[tuple[str, ...], frozenset[str], str], ...]] = {}
for _p, _s, _o, _v in _WRAPPED_ROWS:
    WRAPPED[_p] = (*WRAPPED.get(_p, ()), (tuple(_s.split()), frozenset(_o.split()), _v))
#: Options of the wrappers above that take a value (skipped when the value is the first positional word).
_WRAPPER_VALUE_OPTS = frozenset({"-d", "--duration", "-r", "--region", "-m", "--mfa-token", "-t", "--prompt",
                                 "--assume-role-ttl", "--session-ttl", "--strict-value"})
#: A file name that is an env file (`.env.production`, `prod.env`, `.envrc.staging`, `config/.env.prd`).
ENV_FILE_NAME = lazyre.compile(r"(?:^|/)(?:\.env(?:rc)?(?:[.\-_][\w.-]+)?|[\w.-]+\.env)$")
#: Options that run a program in another directory, as `cd DIR &&` would (`make -C ../shop-prod deploy`,
#: `terraform -chdir=envs/prod apply`, `npm --prefix ../api-prod run migrate`): program -> options (make(1), terraform
#: CLI, just, go-task, npm/pnpm/yarn, git(1), gradle, docker compose).
CHDIR_OPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("make", "gmake"), frozenset({"-C", "--directory"})),
    **dict.fromkeys(("terraform", "tofu"), frozenset({"-chdir"})),
    "terragrunt": frozenset({"--terragrunt-working-dir", "--working-dir"}),
    "just": frozenset({"-d", "--working-directory"}),
    "task": frozenset({"-d", "--dir"}),
    "npm": frozenset({"--prefix"}),
    "pnpm": frozenset({"-C", "--dir"}),
    "yarn": frozenset({"--cwd"}),
    "git": frozenset({"-C"}),
    **dict.fromkeys(("gradle", "gradlew", "./gradlew"), frozenset({"-p", "--project-dir"})),
    "docker": frozenset({"--project-directory"}),
}
#: Programs that only set shell state for the commands after them.
STATE_ONLY = frozenset({"export", "set", "unset", "cd", "pushd", "popd", "setopt", "declare", "typeset", "true", ":"})
_SOURCE = frozenset({"source", "."})
_PARTS = lazyre.compile(r"[/.-]+")


def selector(name: str) -> bool:
    """A variable whose value chooses the account, cluster, project, app, database or stage."""
    return name in SELECTOR_VARS or bool(SELECTOR_SUFFIX.search(name))


def chosen(cmd: Command) -> list[str]:
    """The names a command's selections choose (`FLY_APP=ledger-staging` → `ledger-staging`), as the user would
    name them: a file's base name (`~/.kube/staging.yaml` → `staging.yaml`)."""
    return [w.value.rstrip("/").rsplit("/", 1)[-1] for k, w in cmd.assigns[:8]
            if w.value and not w.dynamic and selector(k)][:4]


#: Options of the switches that take a value (`kubectl config use-context --kubeconfig F prod`).
_VALUE_OPTS = frozenset({"-n", "--namespace", "--context", "--kubeconfig", "--project", "--account", "--region", "--zone",
                         "--cwd", "-C", "--org", "--subscription", "-s"})


def _positionals(words: list[str]) -> list[str]:
    from automode.shell.argv import operands  # (the shell package imports knowledge: no cycle at import time)

    return operands(words, _VALUE_OPTS)


def _option(words: list[str], opts: frozenset[str]) -> str:
    for i, w in enumerate(words):
        name, eq, val = w.partition("=")
        if name in opts:
            return val if eq else (words[i + 1] if i + 1 < len(words) else "")
    return ""


def switch(cmd: Command) -> tuple[str, str] | None:
    """(variable, value) a switch command stands for, None when it is none."""
    args = cmd.args
    for programs, sub, opts, var in SWITCHES:
        if cmd.name not in programs:
            continue
        rest = args
        for word in sub:  # the subcommand's words, options between them skipped (`terraform -chdir=x workspace select`)
            k = next((i for i, w in enumerate(rest) if not w.startswith("-")), -1)
            if k < 0 or rest[k] != word:
                break
            rest = rest[k + 1 :]
        else:
            if sub == ("config", "set-context") and "--current" not in rest:
                continue  # another context's namespace: the active one does not change
            value = _option(rest, opts) if opts else next(iter(_positionals(rest)), "")
            if value and value != "-" and not value.startswith("$("):
                return var, value
    return None


def env_files(cmd: Command) -> list[str]:
    """Env files loaded for the command by itself or by the wrappers it runs under."""
    out: list[str] = []
    heads: list[list[str]] = [[w.value for w in words] for words in cmd.launchers]
    heads.append([w.value for w in cmd.argv])
    for words in heads:
        if not words:
            continue
        name = words[0].rsplit("/", 1)[-1]
        if name in ("npx", "bunx", "pnpx") and len(words) > 1:
            name, words = words[1], words[1:]
        opts = ENV_FILE_OPTS.get(name)
        if opts is None:
            continue
        if name == "sops":
            pos = _positionals(words[1:])
            if len(pos) >= 2 and pos[0] == "exec-env":
                out.append(pos[1])
            continue
        v = _option(words[1:], opts)
        if v:
            out.append(v)
    return out


_CONFIG_NAME = lazyre.compile(r"[./]")


def config_files(cmd: Command) -> list[str]:
    """Configuration files an option of `cmd` loads that say where it lands (`CONFIG_FILE_OPTS`; docker compose's
    `-f` read after its `compose` word), files only: a bare word is a name the option takes elsewhere."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    if name in ("docker", "podman") and "compose" in words[:3]:
        name, words = "docker-compose", words[words.index("compose") + 1:]
    opts = CONFIG_FILE_OPTS.get(name)
    if opts is None:
        return []
    out: list[str] = []
    for i, w in enumerate(words):
        key, eq, val = w.partition("=")
        if key in opts:
            v = val if eq else (words[i + 1] if i + 1 < len(words) else "")
            out += [f for f in v.split(",") if f and _CONFIG_NAME.search(f) and not f.startswith("$")]
    return out[:3]


def wrapped(words: list[str]) -> list[tuple[str, str]]:
    """(variable, value) pairs a wrapper's own words select for the command it runs (`aws-vault exec acme-prod --`
    → AWS_PROFILE=acme-prod), [] for a word list that is no such wrapper."""
    if not words:
        return []
    rows = WRAPPED.get(words[0].rsplit("/", 1)[-1])
    if rows is None:
        return []
    out: list[tuple[str, str]] = []
    for sub, opts, var in rows:
        rest = words[1:]
        if sub:
            if rest[: len(sub)] != list(sub):
                continue
            rest = rest[len(sub):]
        if opts:
            value = _option(rest, opts)
        else:
            pos = operands(rest, _WRAPPER_VALUE_OPTS) if rest else []
            value = pos[0] if pos and pos[0] != "--" else ""
        if value and not value.startswith(("$(", "-")):
            out.append((var, value))
    return out


def operands(words: list[str], opts: frozenset[str]) -> list[str]:
    # (the shell package imports knowledge: imported here, no cycle at import time)
    from automode.shell.argv import operands as shell_operands

    return shell_operands(words, opts)


_SUBST_WORDS = lazyre.compile(r"[^\s|<>();`'\"]+")


def _file_read(raw: str) -> str:
    """The env file a substitution reads (`$(cat .env.live | xargs)`, `$(grep -v '^#' .env.prod | xargs)`), "" when
    it reads none."""
    if "$(" not in raw and "`" not in raw:
        return ""
    return next((t for t in _SUBST_WORDS.findall(raw) if ENV_FILE_NAME.search(t)), "")


def _sourced_env(cmd: Command) -> str:
    if cmd.name in _SOURCE and cmd.args and ENV_FILE_NAME.search(cmd.args[0]):
        return cmd.args[0]
    return ""


def selects_only(cmd: Command) -> bool:
    """The command only chooses where later commands land (a switch, an export, an env file sourced, `cd`)."""
    return cmd.name in STATE_ONLY or switch(cmd) is not None or bool(_sourced_env(cmd))


def _checkout(cwd: str | None, start: str) -> str:
    """The part of a command's directory that differs from where the action started (`../shop-prod` → `shop-prod`)."""
    if not cwd or not start or cwd == start:
        return ""
    a, b = cwd.rstrip("/").split("/"), start.rstrip("/").split("/")
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return "/".join(a[k:])


def _place_env(place: str) -> str:
    """A directory's environment from its whole path parts (`shop-prod`, `deploy/prod`; not `production_planner`)."""
    from automode.knowledge.envmarkers import MARKERS, strongest

    return strongest(MARKERS.get(t.lower(), "") for t in _PARTS.split(place) if t)


def carry(commands: list[Command], start: str) -> list[Command]:
    """The commands with the selections in force for each added to its assignments (`NAME=value`), in line order;
    unchanged when nothing on the line selects."""
    from automode.shell.words import Word

    state: dict[tuple[str | None, str], str] = {}  # (remote, variable) -> value
    inner: dict[tuple[str, ...], list[tuple[str, str]]] = {}  # a wrapper's line (`sops exec-env F 'CMD'`): its via
    out: list[Command] = []
    changed = False
    for cmd in commands:
        own = {k for k, _w in cmd.assigns}
        add: list[tuple[str, Word]] = [(k, Word(v, v)) for (r, k), v in state.items() if r == cmd.remote and k not in own]
        files = env_files(cmd)
        add += [("ENV_FILE", Word(f, f)) for f in files]
        add += [("CONFIG_FILE", Word(f, f)) for f in config_files(cmd) if "CONFIG_FILE" not in own]
        picks = [p for words in cmd.launchers for p in wrapped([w.value for w in words])]
        picks += [p for n in range(1, len(cmd.via) + 1) for p in inner.get(cmd.via[:n], ())]
        add += [(k, Word(v, v)) for k, v in dict.fromkeys(picks) if k not in own and (k != "ENV_FILE" or v not in files)]
        mine = wrapped([w.value for w in cmd.argv]) + [("ENV_FILE", f) for f in files]
        if mine and cmd.args:
            # (the line a wrapper runs is lowered after it, `via` the wrapper's label: `sops exec-env F 'npm run x'`)
            inner[(*cmd.via, f"{cmd.name} {cmd.args[0]}")] = mine
            inner[(*cmd.via, cmd.name)] = mine
        place = _checkout(cmd.cwd, start) if cmd.remote is None else ""
        moved = _option([w.value for w in cmd.argv[1:]], CHDIR_OPTS.get(cmd.name, frozenset())) if cmd.name in CHDIR_OPTS else ""
        if moved and cmd.remote is None and not moved.startswith("$") and _place_env(moved) in ("production", "staging"):
            place = moved.rstrip("/")  # `make -C ../platform-prod deploy` (session 23, N2)
        if place and _place_env(place) in ("production", "staging"):
            add.append(("CHECKOUT_DIR", Word(place, place)))
        if add:
            cmd = replace(cmd, assigns=[*cmd.assigns, *add])
            changed = True
        out.append(cmd)
        if cmd.substituted or cmd.pipe_from is not None:
            continue  # (a subshell's state does not outlive it)
        key = cmd.remote
        if cmd.name in ("export", "declare", "typeset"):
            for w in cmd.argv[1:]:
                k, eq, v = w.value.partition("=")
                if eq and selector(k) and not w.dynamic:
                    state[(key, k)] = v
                elif eq and selector(k):
                    state[(key, k)] = w.raw  # (`export DATABASE_URL=$PROD_DATABASE_URL`: the name says where)
                elif w.dynamic and not eq and (f := _file_read(w.raw)):
                    state[(key, "ENV_FILE")] = f  # `export $(cat .env.prod | xargs)`: the file's pairs (session 24)
        elif cmd.name == "unset":
            for k in cmd.args:
                state.pop((key, k), None)
        elif (sw := switch(cmd)) is not None:
            state[(key, sw[0])] = sw[1]
        elif (f := _sourced_env(cmd)):
            state[(key, "ENV_FILE")] = f
    return out if changed else commands
