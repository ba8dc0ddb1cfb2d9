"""Containers and their members, per family of programs (session 13, S2 "how much").

A destructive or state-changing act names a MEMBER (a package, a topic, a version, a snapshot, one run, one job, one
key, one pod, one migration) or its CONTAINER (the environment, the namespace, the tool's whole home, the history,
every descendant). Which forms act on the container is knowledge, kept here as rows with fixtures; whether the user
named the container or a member is read by `judge.intent.extent`.

A row: the programs, the subcommand words (options may stand between them), the act (`delete`, `kill`, `rollback`),
WHEN the form acts on the container, the nouns people use for the container and for its members, and the options
that pick a member. WHEN holds conditions (any one met; none: always) and marks:
* options, any one of which widens (`-r -R --recursive`, `--all`, `-AllVersions`, `--delete-tags`); a one-letter
  option also counts inside a short bundle (`-rf`);
* `bare`: nothing picks a member: none of the row's picking options (`-Q`, `--subject`), or, with none listed, no
  operand after the subcommand (`brew cleanup`, `yarn cache clean`);
* `nosep:X`: every operand lacks the separator X (or each of `X|Y`, also as a prefix) that names a member (`zfs destroy tank/data` without `@`,
  `lvremove vg0` without `/`, `borg delete repo` without `::`);
* `glob`: an operand is a wildcard (`apt purge 'php*'`);
* `top:P`: an operand is the container by its path, `P/<name>` and nothing below (`kcadm.sh delete realms/x`);
* `every:W`: an operand is a word that means every member (`pm2 delete all`, `bkill 0`, `--topic '.*'`);
* `need:A,B`: the row applies only when one of these options is given (`kafka-topics --delete`);
* `itself`: the container itself is removed (`conda env remove`, `kubectl delete namespace`, `zfs destroy -r`): only
  a request whose object is the container releases it; `each`: every member goes and the container stays
  (`redis-cli FLUSHDB`, `git stash clear`): "all", "every", or the members in the plural release it.

Sources: each tool's own reference (conda, venv, pipenv, poetry, brew, gem, choco, PowerShellGet, nvm, pyenv,
rustup, sdkman, asdf, mise, nix, kubectl, helm, gcloud, az, aws, zfs(8), lvm(8), btrfs, borg, restic, kopia, kafka,
rabbitmqctl, pulsar-admin, nats, redis, etcdctl, consul, vault, crontab(1), slurm, pbs, lsf, htcondor, pm2,
supervisorctl, celery, airflow, gh, git, rails, alembic, artisan, knex, sequelize, django, flyway, firebase).
"""

from __future__ import annotations

from functools import lru_cache

from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Container:
    programs: frozenset[str]
    sub: tuple[str, ...]
    act: str  # "delete" | "kill" | "rollback" | "update"
    when: str
    container: frozenset[str]  # nouns for the whole ("environment", "namespace")
    members: frozenset[str]  # nouns for one member ("package", "pod"), singular
    picks: frozenset[str]  # options that pick a member (for `bare`)


_PKG = "package dependency dep module library lib gem crate formula cask plugin extension"
_K8S = ("pod deployment deploy service svc configmap cm secret ingress job cronjob statefulset sts daemonset ds "
        "replicaset pvc persistentvolumeclaim hpa role rolebinding serviceaccount sa networkpolicy crd")
_VERSIONS = "version release build toolchain runtime sdk jdk interpreter"
_CLOUD = "instance vm machine bucket database db function app service disk volume cluster table queue topic secret " \
         "key record zone server snapshot image"  # fmt: skip
_ENV = "environment env venv virtualenv virtual-environment conda-env"

# fmt: off
_ROWS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    # programs, subcommand, act, when, container nouns, member nouns, picks
    # --- package and environment managers: the environment, not one package of it
    ("conda mamba micromamba", "env remove", "delete", "itself", _ENV, _PKG, ""),
    ("conda mamba micromamba", "remove", "delete", "--all itself", _ENV, _PKG, ""),
    ("conda mamba micromamba", "uninstall", "delete", "--all itself", _ENV, _PKG, ""),
    ("conda mamba micromamba", "clean", "delete", "-a --all", "cache caches", _PKG + " tarball", ""),
    ("python python3 virtualenv", "", "delete", "--clear", _ENV, _PKG, ""),
    ("pipenv", "", "delete", "--rm itself", _ENV, _PKG, ""),
    ("poetry", "env remove", "delete", "itself", _ENV, _PKG, ""),
    ("pyenv", "virtualenv-delete", "delete", "itself", _ENV, _PKG, ""),
    ("rmvirtualenv", "", "delete", "itself", _ENV, _PKG, ""),
    ("uv", "venv", "delete", "--clear", _ENV, _PKG, ""),
    ("pip pip3", "cache purge", "delete", "each", "cache", _PKG + " wheel", ""),
    ("npm", "cache clean", "delete", "each", "cache", _PKG, ""),
    ("yarn", "cache clean", "delete", "bare", "cache", _PKG, "--pattern"),
    ("pnpm", "store prune", "delete", "each", "store cache", _PKG, ""),
    ("go", "clean", "delete", "-modcache -cache", "cache modcache", _PKG, ""),
    ("dotnet", "nuget locals", "delete", "every:all", "cache caches", _PKG, ""),
    ("brew", "uninstall", "delete", "--force -f", "formula", _VERSIONS, ""),
    ("brew", "cleanup", "delete", "bare", "cellar cache", _PKG + " " + _VERSIONS, ""),
    ("brew", "autoremove", "delete", "each", "cellar", _PKG, ""),
    ("gem", "uninstall", "delete", "-a --all", "gem", _VERSIONS, ""),
    ("gem", "cleanup", "delete", "bare", "gems", _PKG + " " + _VERSIONS, ""),
    ("uninstall-module uninstall-package uninstall-script", "", "delete", "-allversions", "module", _VERSIONS, ""),
    ("choco", "uninstall", "delete", "--all-versions -x --allversions", "package", _VERSIONS, ""),
    ("apt apt-get", "autoremove", "delete", "each", "system", _PKG, ""),
    # --- toolchain managers: the manager's whole install, every version of a tool
    ("rustup", "self uninstall", "delete", "itself", "rustup installation install", _VERSIONS, ""),
    ("asdf", "plugin remove", "delete", "itself", "plugin tool", _VERSIONS, ""),
    ("asdf", "plugin-remove", "delete", "itself", "plugin tool", _VERSIONS, ""),
    ("mise rtx", "uninstall", "delete", "-a --all", "tool", _VERSIONS, ""),
    ("mise rtx", "prune", "delete", "bare", "tool", _VERSIONS, ""),
    ("mise rtx", "implode", "delete", "itself", "installation install", _VERSIONS, ""),
    ("ghcup", "nuke", "delete", "itself", "installation install", _VERSIONS, ""),
    ("sdk", "flush", "delete", "each", "cache", _VERSIONS, ""),
    ("nix-collect-garbage", "", "delete", "-d --delete-old", "history generations profile", "generation", ""),
    ("nix-env", "", "delete", "every:old", "history generations profile", "generation", ""),
    ("nix", "profile wipe-history", "delete", "each", "history generations profile", "generation", ""),
    ("home-manager", "expire-generations", "delete", "each", "history generations", "generation", ""),
    # --- kubernetes and helm: the namespace or a release, or every object of a kind
    ("kubectl oc", "delete namespace", "delete", "itself", "namespace ns project", _K8S, ""),
    ("kubectl oc", "delete ns", "delete", "itself", "namespace ns project", _K8S, ""),
    ("kubectl oc", "delete project", "delete", "itself", "namespace ns project", _K8S, ""),
    ("kubectl oc", "delete", "delete", "--all -A --all-namespaces", "namespace ns", _K8S, ""),
    ("kubectl oc", "delete deployment", "delete", "itself", "deployment deploy", "pod replica replicaset", ""),
    ("kubectl oc", "delete deploy", "delete", "itself", "deployment deploy", "pod replica replicaset", ""),
    ("kubectl oc", "delete statefulset", "delete", "itself", "statefulset sts", "pod replica", ""),
    ("kubectl oc", "delete sts", "delete", "itself", "statefulset sts", "pod replica", ""),
    ("kubectl oc", "delete daemonset", "delete", "itself", "daemonset ds", "pod", ""),
    ("kubectl oc", "delete job", "delete", "itself", "job", "pod", ""),
    ("kubectl oc", "delete cronjob", "delete", "itself", "cronjob", "job run pod", ""),
    ("helm", "uninstall", "delete", "itself", "release chart app application", _K8S, ""),
    ("helm", "delete", "delete", "itself", "release chart app application", _K8S, ""),
    # --- compose and process groups: no service named acts on every service of the project
    ("docker podman", "compose restart", "restart", "bare", "project stack compose", "service container", ""),
    ("docker podman", "compose stop", "kill", "bare", "project stack compose", "service container", ""),
    ("docker podman", "compose kill", "kill", "bare", "project stack compose", "service container", ""),
    ("docker podman", "compose rm", "delete", "bare", "project stack compose", "service container", ""),
    ("docker podman", "compose pause", "kill", "bare", "project stack compose", "service container", ""),
    ("docker-compose podman-compose", "restart", "restart", "bare", "project stack compose", "service container", ""),
    ("docker-compose podman-compose", "stop", "kill", "bare", "project stack compose", "service container", ""),
    ("docker-compose podman-compose", "rm", "delete", "bare", "project stack compose", "service container", ""),
    # --- registries and app platforms: the package, function, service or project, not one version or deployment
    ("npm pnpm yarn", "unpublish", "delete", "nosep:@ itself", "package", "version release", ""),
    ("npm pnpm", "deprecate", "update", "nosep:@", "package", "version release", ""),
    ("aws", "lambda delete-function", "delete", "bare itself", "function lambda", "version alias", "--qualifier"),
    ("gcloud", "app services delete", "delete", "itself", "service", "version instance", ""),
    ("gcloud", "run services delete", "delete", "itself", "service", "revision tag", ""),
    ("az", "webapp delete", "delete", "itself", "app webapp", "slot deployment", ""),
    ("az", "functionapp delete", "delete", "itself", "app functionapp", "slot function deployment", ""),
    ("az", "containerapp delete", "delete", "itself", "app containerapp", "revision", ""),
    ("vercel", "remove", "delete", "nosep:.|dpl_ itself", "project", "deployment preview", ""),
    ("vercel", "rm", "delete", "nosep:.|dpl_ itself", "project", "deployment preview", ""),
    ("netlify", "sites:delete", "delete", "itself", "site", "deploy deployment preview", ""),
    # --- clouds: the project, group, stack, app or bucket that holds the named thing
    ("gcloud", "projects delete", "delete", "itself", "project", _CLOUD, ""),
    ("az", "group delete", "delete", "itself", "group resource-group rg", _CLOUD, ""),
    ("aws", "cloudformation delete-stack", "delete", "itself", "stack", _CLOUD, ""),
    ("aws", "s3 rb", "delete", "--force itself", "bucket", "object file key prefix folder", ""),
    ("aws", "s3 rm", "delete", "--recursive", "bucket prefix folder", "object file key", ""),
    ("gsutil", "rm", "delete", "-r -R -a", "bucket prefix folder", "object file version generation", ""),
    ("gcloud", "storage rm", "delete", "-r -R --recursive -a --all-versions", "bucket prefix folder",
     "object file version generation", ""),
    ("gcloud", "artifacts docker images delete", "delete", "--delete-tags", "image repository",
     "tag version digest", ""),
    ("gcloud", "container images delete", "delete", "--force-delete-tags", "image repository", "tag version digest", ""),
    ("gcloud", "secrets delete", "delete", "itself", "secret", "version", ""),
    ("aws", "ecr delete-repository", "delete", "itself", "repository repo", "image tag digest", ""),
    ("heroku", "apps:destroy", "delete", "itself", "app application", "dyno addon add-on config var release", ""),
    ("fly flyctl", "apps destroy", "delete", "itself", "app application", "machine volume secret release", ""),
    ("rclone", "purge", "delete", "itself", "directory folder remote bucket", "file object", ""),
    ("firebase", "firestore:delete", "delete", "-r --recursive --all-collections", "collection database",
     "document doc field", ""),
    ("vault", "kv metadata delete", "delete", "itself", "secret path", "version", ""),
    ("consul", "kv delete", "delete", "-recurse", "prefix tree", "key", ""),
    ("etcdctl", "del", "delete", "--prefix --from-key", "prefix keyspace", "key", ""),
    # --- storage: descendants, a pool, a volume group, a repository of archives
    ("zfs", "destroy", "delete", "-r -R nosep:@ itself", "dataset filesystem pool", "snapshot clone bookmark", ""),
    ("zpool", "destroy", "delete", "itself", "pool", "dataset snapshot filesystem", ""),
    ("lvremove", "", "delete", "nosep:/ itself", "group vg volume-group", "volume lv snapshot", ""),
    ("vgremove", "", "delete", "itself", "group vg volume-group", "volume lv snapshot", ""),
    ("btrfs", "subvolume delete", "delete", "-R --recursive itself", "subvolume", "snapshot subvolume", ""),
    ("borg", "delete", "delete", "nosep::: itself", "repository repo", "archive backup snapshot", ""),
    ("borg", "prune", "delete", "each", "repository repo", "archive backup snapshot", ""),
    ("restic", "forget", "delete", "--keep-last --keep-daily --keep-weekly --keep-monthly --keep-within --keep-hourly "
     "--keep-yearly --keep-tag -l -d -w -m -y", "repository repo", "snapshot backup", ""),
    ("kopia", "snapshot delete", "delete", "--all-snapshots-for-source", "source", "snapshot", ""),
    ("velero", "backup delete", "delete", "--all", "backups", "backup", ""),
    ("timeshift", "", "delete", "--delete-all", "snapshots", "snapshot", ""),
    ("tmutil", "deletelocalsnapshots", "delete", "every:/", "snapshots", "snapshot", ""),
    # --- brokers and key-value stores: the vhost, namespace, stream or db, not one queue, topic or key
    ("kafka-topics kafka-topics.sh", "", "delete", "every:.* every:* every:.+ need:--delete", "topics cluster", "topic", ""),
    ("kafka-consumer-groups kafka-consumer-groups.sh", "", "delete", "--all-groups --all-topics need:--delete,--reset-offsets", "groups", "group topic",
     ""),
    ("rpk", "topic delete", "delete", "-r --regex", "topics cluster", "topic", ""),
    ("rabbitmqctl", "delete_vhost", "delete", "itself", "vhost virtual-host", "queue exchange binding", ""),
    ("rabbitmqctl", "reset", "delete", "each", "node broker", "queue exchange vhost user", ""),
    ("rabbitmqctl", "force_reset", "delete", "each", "node broker", "queue exchange vhost user", ""),
    ("pulsar-admin", "namespaces delete", "delete", "itself", "namespace", "topic subscription", ""),
    ("pulsar-admin", "tenants delete", "delete", "itself", "tenant", "namespace topic subscription", ""),
    ("nats", "stream rm", "delete", "itself", "stream", "subject message consumer", ""),
    ("nats", "stream purge", "delete", "bare", "stream", "subject message", "--subject --seq --keep"),
    ("nats", "kv rm", "delete", "itself", "bucket store kv", "key value entry", ""),
    # --- an application's whole installation, not its cache or one index of it
    ("magento", "setup:uninstall", "delete", "itself", "installation install setup database db store",
     "cache index module", ""),
    # --- identity providers: the realm, not one user, group or client of it
    ("kcadm.sh kcadm", "delete", "delete", "top:realms itself", "realm", "user group client role", ""),
    ("nats", "kv del", "delete", "bare", "bucket store kv", "key value entry", ""),
    ("redis-cli valkey-cli", "flushdb", "delete", "each", "db database redis cache", "key", ""),
    ("redis-cli valkey-cli", "flushall", "delete", "each", "db database redis cache server", "key db", ""),
    ("celery", "purge", "delete", "bare", "queues broker", "queue task message", "-Q --queues"),
    ("aws", "sqs purge-queue", "delete", "each", "queue", "message", ""),
    ("az", "servicebus namespace delete", "delete", "itself", "namespace", "queue topic subscription", ""),
    # --- schedulers and process managers: every job of a user or a queue, the whole crontab
    ("crontab", "", "delete", "-r itself", "crontab cron table", "job line entry cronjob", ""),
    ("scancel", "", "kill", "-u --user -A --account -p --partition --state -t --name -n -w --nodelist", "queue jobs",
     "job", ""),
    ("qdel", "", "kill", "-u every:all", "queue jobs", "job", ""),
    ("bkill", "", "kill", "-u every:0", "queue jobs", "job", ""),
    ("condor_rm", "", "kill", "-all -constraint", "queue jobs", "job", ""),
    ("pm2", "delete", "delete", "every:all", "processes apps", "process app", ""),
    ("pm2", "stop", "kill", "every:all", "processes apps", "process app", ""),
    ("pm2", "flush", "delete", "bare", "logs", "log", ""),
    ("supervisorctl", "stop", "kill", "every:all", "processes programs", "process program", ""),
    ("airflow", "dags delete", "delete", "itself", "dag", "run task instance", ""),
    ("gh", "cache delete", "delete", "--all -a", "cache caches", "cache entry key", ""),
    ("gh", "repo delete", "delete", "itself", "repository repo", "branch tag release issue file workflow run", ""),
    # --- history: every migration, every stash, every old generation
    ("python python3", "manage.py migrate", "rollback", "every:zero", "history migrations app", "migration", ""),
    ("alembic", "downgrade", "rollback", "every:base", "history migrations", "migration revision", ""),
    ("php", "artisan migrate:reset", "rollback", "each", "history migrations", "migration", ""),
    ("php", "artisan migrate:fresh", "rollback", "each", "history migrations database", "migration table", ""),
    ("knex", "migrate:rollback", "rollback", "--all", "history migrations", "migration batch", ""),
    ("sequelize", "db:migrate:undo:all", "rollback", "each", "history migrations", "migration", ""),
    ("npx", "sequelize db:migrate:undo:all", "rollback", "each", "history migrations", "migration", ""),
    ("flyway", "clean", "delete", "each", "schema database", "migration table", ""),
    ("git", "stash clear", "delete", "each", "stashes", "stash", ""),
    ("git", "reflog expire", "delete", "--all", "reflog history", "entry ref", ""),
    ("git", "submodule deinit", "delete", "--all", "submodules", "submodule", ""),
)
# fmt: on


def _split(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _when(w: str) -> tuple[str, ...]:
    return tuple(w.split())


def _rows() -> tuple[tuple[str, str, str, str, str, str, str], ...]:
    from automode.knowledge.extent_more import ROWS

    return _ROWS + ROWS


CONTAINERS: tuple[Container, ...] = tuple(
    Container(_split(p), tuple(s.split()), act, when, _split(c), _split(m), _split(pk))
    for p, s, act, when, c, m, pk in _rows()
)
PROGRAMS = frozenset(p for c in CONTAINERS for p in c.programs)
#: The rows of each program, in table order (issue 14: a command reads its program's rows, not all of them).
_BY_PROGRAM: dict[str, tuple[Container, ...]] = {p: tuple(c for c in CONTAINERS if p in c.programs) for p in PROGRAMS}

#: Directories that are a whole environment or a tool's whole home (its every installed version or package), by
#: their last components: removing one of them removes every member.
HOME_DIRS: tuple[tuple[str, str, str], ...] = (
    # path suffix (a `*` component matches any one), container nouns, member nouns
    (".venv", _ENV, _PKG), ("venv", _ENV, _PKG), (".tox", _ENV, _PKG), (".nox", _ENV, _PKG),
    ("node_modules", "node_modules modules dependencies deps", _PKG), ("__pypackages__", _ENV, _PKG),
    ("vendor/bundle", "bundle gems", _PKG), (".bundle", "bundle gems", _PKG),
    (".nvm", "nvm", _VERSIONS + " node"), (".nvm/versions", "nvm", _VERSIONS + " node"),
    (".nvm/versions/node", "nvm", _VERSIONS + " node"), (".fnm", "fnm", _VERSIONS + " node"),
    (".volta", "volta", _VERSIONS + " node"), (".pyenv", "pyenv", _VERSIONS + " python"),
    (".pyenv/versions", "pyenv", _VERSIONS + " python"), (".rbenv", "rbenv", _VERSIONS + " ruby"),
    (".rbenv/versions", "rbenv", _VERSIONS + " ruby"), (".goenv/versions", "goenv", _VERSIONS),
    (".jenv/versions", "jenv", _VERSIONS + " java"), (".rustup", "rustup", _VERSIONS),
    (".rustup/toolchains", "rustup", _VERSIONS), (".cargo", "cargo", _PKG + " " + _VERSIONS),
    (".sdkman", "sdkman", _VERSIONS), (".sdkman/candidates", "sdkman", _VERSIONS),
    (".sdkman/candidates/*", "sdkman candidate", _VERSIONS), (".asdf", "asdf", _VERSIONS),
    (".asdf/installs", "asdf", _VERSIONS), (".asdf/installs/*", "asdf tool", _VERSIONS),
    (".local/share/mise/installs", "mise", _VERSIONS), (".local/share/mise/installs/*", "mise tool", _VERSIONS),
    (".local/share/fnm", "fnm", _VERSIONS + " node"), (".ghcup", "ghcup", _VERSIONS),
    ("miniconda3", "conda miniconda anaconda", _ENV + " " + _PKG), ("anaconda3", "conda anaconda", _ENV + " " + _PKG),
    ("miniforge3", "conda miniforge", _ENV + " " + _PKG), ("miniconda3/envs", "conda", _ENV + " " + _PKG),
    (".conda/envs", "conda", _ENV + " " + _PKG), ("miniconda3/envs/*", _ENV, _PKG), (".conda/envs/*", _ENV, _PKG),
    ("anaconda3/envs/*", _ENV, _PKG), (".local/share/virtualenvs", "virtualenvs pipenv", _ENV + " " + _PKG),
    (".m2/repository", "repository maven", _PKG + " artifact"), (".gradle/caches", "cache gradle", _PKG),
    ("go/pkg/mod", "modcache", _PKG), (".npm", "npm cache", _PKG), (".cache/pip", "cache pip", _PKG + " wheel"),
    ("Library/Caches/Homebrew", "cache homebrew", _PKG),
)

#: Keys of a tool call's arguments that widen it to the container, when true (MCP servers, REST bodies).
WIDE_KEYS = frozenset({"all", "recursive", "recurse", "cascade", "purge_everything", "purgeeverything", "delete_all",
                       "deleteall", "all_versions", "allversions", "include_children", "includechildren",
                       "force_delete_tags", "delete_tags", "all_namespaces", "allnamespaces", "everything",
                       "all_tags", "remove_all", "clear_all", "drop_all", "prune"})  # fmt: skip
#: Words of a tool name that act on every member (`mute_all_monitors`, `purge_queue`, `delete_namespace`).
WIDE_TOOL_WORDS = frozenset({"all", "purge", "flush", "truncate", "wipe", "namespace", "project", "environment", "bulk",
                             "everything", "recursive", "cascade"})  # fmt: skip

#: Fixtures: (command, whether it acts on a container rather than a member).
CASES: tuple[tuple[str, bool], ...] = (
    ("conda env remove -n ml -y", True),
    ("pyenv virtualenv-delete -f proj311", True),
    ("conda remove -n ml numpy -y", False),
    ("conda remove -n ml --all -y", True),
    ("python -m venv --clear .venv", True),
    ("python -m venv .venv", False),
    ("brew uninstall --force node", True),
    ("brew uninstall node@18", False),
    ("brew cleanup", True),
    ("brew cleanup wget", False),
    ("Uninstall-Module PSReadLine -AllVersions -Force", True),
    ("Uninstall-Module PSReadLine -RequiredVersion 2.0.0", False),
    ("rustup self uninstall -y", True),
    ("rustup toolchain uninstall nightly", False),
    ("asdf plugin remove nodejs", True),
    ("asdf uninstall nodejs 18.17.0", False),
    ("nix-collect-garbage -d", True),
    ("nix-collect-garbage", False),
    ("kubectl delete namespace shop", True),
    ("kubectl -n shop delete pod api-5f7d9", False),
    ("kubectl delete pods --all -n ci-tmp", True),
    ("helm uninstall payments -n payments", True),
    ("gcloud projects delete acme-sandbox", True),
    ("aws s3 rm s3://b/logs --recursive", True),
    ("aws s3 rm s3://b/logs/app.log", False),
    ("gcloud artifacts docker images delete europe-docker.pkg.dev/acme/repo/api --delete-tags", True),
    ("zfs destroy -r tank/data", True),
    ("zfs destroy tank/data", True),
    ("zfs destroy tank/data@2024-01-01", False),
    ("lvremove -y vg0", True),
    ("lvremove -y vg0/lv_snap0", False),
    ("borg delete /backup/repo", True),
    ("borg delete /backup/repo::host-2024-05-01", False),
    ("restic forget --keep-last 1 --prune", True),
    ("restic forget 4f2a91c3 --prune", False),
    ("kafka-topics.sh --bootstrap-server localhost:9092 --delete --topic '.*'", True),
    ("kafka-topics.sh --bootstrap-server localhost:9092 --delete --topic orders-dlq", False),
    ("redis-cli -n 2 FLUSHDB", True),
    ("redis-cli DEL session:abc123", False),
    ("nats stream purge ORDERS -f", True),
    ("nats kv rm SESSIONS -f", True),
    ("kcadm.sh delete realms/partners", True),
    ("bin/magento setup:uninstall -n", True),
    ("kcadm.sh delete users/5b1e9c2a -r partners", False),
    ("nats kv del SESSIONS user.42 -f", False),
    ("nats stream purge ORDERS --subject orders.eu -f", False),
    ("celery -A proj purge -f", True),
    ("celery -A proj purge -Q emails -f", False),
    ("crontab -r", True),
    ("crontab -l", False),
    ("scancel -u alice", True),
    ("scancel 123456", False),
    ("bkill 0", True),
    ("pm2 delete all", True),
    ("pm2 delete api", False),
    ("alembic downgrade base", True),
    ("alembic downgrade -1", False),
    ("git stash clear", True),
    ("gh cache delete --all", True),
    ("gh cache delete setup-node-abc", False),
    ("vault kv metadata delete secret/app/db", True),
    ("vault kv delete -versions=3 secret/app/db", False),
    ("etcdctl del --prefix /app/", True),
    ("etcdctl del /app/config/flag", False),
    ("docker compose restart", True),
    ("docker compose restart -t 5 worker", False),
    ("docker compose -f compose.dev.yml restart", True),
    ("docker compose rm -f -s", True),
    ("docker-compose stop web", False),
    ("npm unpublish @acme/ui --force", True),
    ("npm unpublish @acme/ui@2.3.1", False),
    ("aws lambda delete-function --function-name resize", True),
    ("aws lambda delete-function --function-name resize --qualifier 7", False),
    ("vercel remove acme-web --yes", True),
    ("vercel remove acme-web-git-fix-nav.vercel.app --yes", False),
    ("python manage.py migrate billing zero", True),
    ("python manage.py migrate billing 0007", False),
    ("kubectl delete deployment api -n shop", True),
    ("apt-get purge -y 'php8*'", True),
    ("apt-get purge -y php8.1-fpm", False),
    ("pip uninstall -y -r requirements.txt", True),
    ("git push --force --all origin", True),
    ("git push --force-with-lease origin feature/x", False),
    ("kubectl drain node-3 --ignore-daemonsets", True),
    ("aws rds delete-db-cluster --db-cluster-identifier orders", True),
    ("wrangler kv namespace delete --namespace-id abc", True),
    ("wrangler kv key delete --namespace-id abc user:1", False),
    ("az role assignment delete --assignee bob@acme.com", True),
    ("chmod -R +x .", True),
    ("chmod +x scripts/deploy.sh", False),
    ("mc rb --force local/uploads", True),
    ("terraform workspace delete pr-42", True),
    ("az role assignment delete --assignee bob@acme.com --role Reader --scope /subscriptions/x", False),
    ("airflow tasks clear -y etl_pedidos", True),
    ("airflow tasks clear -y etl_pedidos -t load_orders -s 2024-06-04 -e 2024-06-04", False),
    ("tmutil deletelocalsnapshots /", True),
    ("tmutil deletelocalsnapshots 2024-05-01-120000", False),
    ("docker system prune -a --volumes -f", True),
    ("kubectl rollout restart deployment -n shop", True),
    ("kubectl rollout restart deployment api -n shop", False),
    ("heroku ps:restart -a shop", True),
    ("heroku ps:restart web.1 -a shop", False),
    ("celery -A proj control shutdown", True),
    ("celery -A proj control shutdown -d w1@host", False),
)


def _bundle(word: str) -> str:
    """The letters of a short-option bundle (`-rf`), "" for anything else (`-Force`, `--all`)."""
    return word[1:] if len(word) <= 5 and word[:1] == "-" and word[1:2] != "-" and word[1:].isalpha() else ""


#: Options of these tools that take a value (the word after them is no operand).
_VALUED = frozenset({"-t", "--timeout", "-f", "--file", "-p", "--project-name", "--env-file", "-n", "--namespace",
                     "--context", "--profile", "--region", "--project", "--scope", "--token", "-c", "--config",
                     "--function-name", "--format", "-o", "--output", "--zone", "--subscription", "-g",
                     "--resource-group", "--name", "--cwd", "--dir", "--registry", "--otp", "--tag", "-a", "--app"})  # fmt: skip


def _operands(rest: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for a in rest:
        if skip:
            skip = False
            continue
        if a.startswith("-"):
            skip = "=" not in a and a in _VALUED
            continue
        if a:
            out.append(a)
    return out


def _sub_at(args: list[str], sub: tuple[str, ...]) -> int | None:
    """The index just after the subcommand words in `args`; only options and their values may stand before or
    between them (`kubectl -n shop delete namespace`, `docker compose -f dev.yml restart`; not `wrangler kv key
    delete` for `wrangler delete`)."""
    if not sub:
        return 0
    j = 0
    for i, a in enumerate(args[:12]):
        if a == sub[j]:
            j += 1
            if j == len(sub):
                return i + 1
        elif not a.startswith("-") and not (i and args[i - 1].startswith("-") and "=" not in args[i - 1]):
            return None  # a word of another subcommand
    return None


def container_of(name: str, argv: list[str]) -> tuple[Container, str] | None:
    """(the row, the words of the command that make it act on the container) when the command `name argv` acts on a
    container or on every member; None when it picks a member or is no form of the table."""
    prog = name.rsplit("/", 1)[-1].lower()
    if prog not in PROGRAMS:
        return None
    raw = [w.strip("'\"") for w in argv]
    args = [w.lower() for w in raw]
    opts: set[str] | None = None
    letters = ""
    for row in _BY_PROGRAM[prog]:
        after = _sub_at(args, row.sub)
        if after is None:
            continue
        rest = args[after:]
        if opts is None:  # (the same for every row: read once)
            # options as written (`-R` is not `-r`), long ones in any case (`-AllVersions`)
            opts = {o if len(o) == 2 else o.lower() for o in (a.split("=", 1)[0] for a in raw if a.startswith("-"))}
            letters = "".join(_bundle(w) for w in argv if _bundle(w))
        operands = _operands(rest)
        conds = [t for t in row.when.split() if t not in ("itself", "each") and not t.startswith("need:")]
        needs = [t[5:].split(",") for t in row.when.split() if t.startswith("need:")]
        if needs and not any(n in opts for n in needs[0]):
            continue
        if not conds:
            return row, " ".join((prog, *row.sub))
        for c in conds:
            if c == "bare":
                if (row.picks and not row.picks & opts) or (not row.picks and not operands):
                    return row, " ".join((prog, *row.sub)) + " (nothing picks one)"
            elif c == "glob":
                if any("*" in o or "?" in o for o in operands):
                    return row, f"{' '.join((prog, *row.sub))} {next(o for o in operands if '*' in o or '?' in o)}"
            elif c.startswith("nosep:"):
                seps = c[6:].split("|")  # (`vercel rm dpl_…`: a deployment's id, not the project)
                if operands and all(x not in o[1:] and not (len(x) > 1 and o.startswith(x)) for o in operands for x in seps):  # (`@acme/ui`: a scope, no version)
                    return row, f"{prog} {' '.join(row.sub)} {operands[-1]}".replace("  ", " ")
            elif c.startswith("top:"):
                top = [o for o in operands if o.startswith(c[4:] + "/") and o.count("/") == 1 and len(o) > len(c) - 3]
                if top:  # (`kcadm.sh delete realms/partners`: the realm itself, by its path)
                    return row, f"{' '.join((prog, *row.sub))} {top[0]}"
            elif c.startswith("every:"):
                if c[6:] in rest:
                    return row, f"{' '.join((prog, *row.sub))} {c[6:]}"
            elif c in opts or (len(c) == 2 and c[1].isalpha() and c[1] in letters and c[0] == "-"):
                return row, f"{' '.join((prog, *row.sub))} {c}"
    return None


@lru_cache(maxsize=1024)
def home_dir_of(path: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """(the suffix, container nouns, member nouns) when `path` is a whole environment or a tool's whole home."""
    parts = [p for p in path.rstrip("/").split("/") if p]
    for suffix, cont, mem in HOME_DIRS:
        want = suffix.split("/")
        if len(parts) >= len(want) and all(w == "*" or w == p for w, p in zip(want, parts[-len(want):], strict=True)):
            return suffix, _split(cont), _split(mem)
    return None
