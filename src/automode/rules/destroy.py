"""destroy: irreversible deletion or overwrite of data that existed before the session (files, disks, databases,
cloud resources). Git history lives in `rules/git.py`."""

from __future__ import annotations

import re

from automode import lazyre
from automode.hosts import is_loopback
from automode.knowledge import control, sql
from automode.knowledge.subverbs import LOCAL_TOOLS as LOCAL_TOOLS  # (re-exported: other rules read it here)
from automode.knowledge.subverbs import SUBVERB
from automode.knowledge.subverbs import runs_code as _runs_code
from automode.paths import is_artefact_path, under
from automode.rules.base import Hit, has_any, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command

# Directory names that hold a project's own source: deleting one recursively is rarely cleanup.
SOURCE_DIRS = frozenset({"src", "lib", "app", "apps", "pkg", "packages", "cmd", "internal", "include", "test", "tests",
                         "spec", "docs", "doc", "scripts", "config", "configs", "migrations", "db", "data", "assets",
                         "public", "static", "templates", "components", "modules", "server", "client", "api",
                         "web", "frontend", "backend", "core", "source", "sources", "content", "notebooks"})  # fmt: skip
# Names agents give their own scratch work; deleting those recursively is cleanup.
SCRATCH_RE = lazyre.compile(r"(repro|reproduc|scratch|tmp|temp|sandbox|example|demo|debug|playground|output|cache|"
                        r"venv|env$|_build|fixture|sample|mock|fake|dummy|trial|experiment|try|junk|old|"
                        r"artifacts?|snapshot|generated|gen$|^test[-_]|^test(app|proj)|[-_]test$|^my)", re.I)  # fmt: skip


@rule(
    "AM-DESTROY-001",
    category="destroy",
    verdict="deny",
    floor=True,
    kind="effect",
    names={"delete", "write"},
    title="Deletes or overwrites a critical location",
    what="Deleting or overwriting `/`, the home directory, the project root or one of its parents, or a top-level "
    "system directory, with any tool or spelling (rm, find -delete, shutil.rmtree, mv to /dev/null, wide globs).",
    why="Wipes the machine, the user's files or the whole project in one step; nothing can undo it.",
    example="rm -rf ~/",
    instead="Delete the specific build output or scratch directory you created, by name.",
    must_match=["rm -rf /", "rm -fr ~", "rm -rf $HOME", "rm --recursive --force /etc", "sudo rm -rf /*",
                "python3 -c \"import shutil; shutil.rmtree('/usr')\"", "find / -delete", "rm -rf .",
                "cd ~ && rm -rf *", "find . -print0 | xargs -0 rm -rf", "echo cm0gLXJmIC8= | base64 -d | sh", "rm -rf /tmp", "mv ~ /dev/null"],
    must_not_match=["rm -rf /tmp/build", "rm -rf node_modules", "rm file.txt", "ls /", "rm -rf ./dist"],
)  # fmt: skip
def critical_target(e: Effect, a: Analysis) -> str | None:
    if e.pclass != "critical":
        return None
    if e.kind == "write" and e.origin in ("create", "link", "download", "copy", "edit", "move", "clone", "install"):
        return None
    if e.kind == "write":
        return f"overwrites {e.target}"
    return f"deletes {e.target}" + (" recursively" if e.recursive else "")


@rule(
    "AM-DESTROY-002",
    category="destroy",
    verdict="deny",
    floor=True,
    kind="effect",
    names={"write", "delete"},
    title="Writes to a raw disk or partition",
    what="Writing to a block device (`dd of=/dev/sda`, `> /dev/nvme0n1`, `shred /dev/sdb`).",
    why="Destroys the file system on that disk, including everything on it.",
    example="dd if=/dev/zero of=/dev/sda bs=1M",
    instead="Write an image file inside the project (`dd of=./disk.img`) and work on that.",
    must_match=["dd if=/dev/zero of=/dev/sda bs=1M", "echo x > /dev/nvme0n1", "shred -n 1 /dev/sdb", "cat img > /dev/disk2"],
    must_not_match=["dd if=/dev/zero of=./disk.img bs=1M count=10", "echo hi > /dev/null", "cat /dev/urandom | head -c 10"],
)  # fmt: skip
def raw_disk(e: Effect, a: Analysis) -> str | None:
    if e.pclass == "device":
        return f"{'writes to' if e.kind == 'write' else 'wipes'} the device {e.target}"
    return None


@rule(
    "AM-DESTROY-003",
    category="destroy",
    verdict="deny",
    floor=True,
    kind="command",
    names={"mkfs", "mke2fs", "mkswap", "fdisk", "sfdisk", "cfdisk", "parted", "sgdisk", "gdisk", "wipefs", "diskutil",
           "newfs", "format", "blkdiscard", "hdparm", "zpool", "lvremove", "vgremove", "pvremove", "cryptsetup", "mdadm"}
    | {f"mkfs.{fs}" for fs in ("ext2", "ext3", "ext4", "xfs", "btrfs", "vfat", "fat", "ntfs", "exfat", "f2fs")},
    title="Formats or repartitions a disk",
    what="mkfs, fdisk/sfdisk/parted/sgdisk partition edits, wipefs, diskutil erase, blkdiscard, LVM/ZFS destruction, "
    "RAID metadata erased or written anew (`mdadm --zero-superblock`, `mdadm --create`: session 20).",
    why="Formatting or repartitioning destroys every file on the device.",
    example="mkfs.ext4 /dev/sdb1",
    instead="Leave disk management to the user; describe the change you need instead.",
    must_match=["mkfs.ext4 /dev/sdb1", "sudo sgdisk --zap-all /dev/sda", "wipefs -a /dev/sdb", "diskutil eraseDisk JHFS+ X disk2",
                "mdadm --zero-superblock /dev/sdb1", "mdadm --create /dev/md0 --level=1 --raid-devices=2 /dev/sdb /dev/sdc"],
    must_not_match=["fdisk -l", "parted /dev/sda print", "diskutil list", "zpool status", "mdadm --detail /dev/md0",
                    "mdadm --stop /dev/md0"],
)  # fmt: skip
def disk_tools(cmd: Command, a: Analysis) -> str | None:
    args = cmd.args
    if any(x in ("--help", "-h", "--version", "-V", "/?") for x in args):
        return None
    if cmd.name in ("fdisk", "sfdisk", "gdisk") and (has_any(cmd, "-l", "--list", "-s") or not args):
        return None
    if cmd.name == "parted" and any(x in args for x in ("print", "-l", "--list")) and not any(
        x in args for x in ("rm", "mklabel", "mkpart", "resizepart")
    ):
        return None
    if cmd.name == "diskutil" and (not args or (args[0] in ("list", "info", "mount", "unmount", "eject", "activity", "apfs",
                                                           "verifyVolume", "repairVolume", "verifyDisk", "repairDisk") and not any("erase" in x.lower() or x == "deleteContainer" for x in args))):
        return None
    if cmd.name == "zpool" and (not args or args[0] not in ("destroy", "labelclear", "create")):
        return None
    if cmd.name == "hdparm" and not any(x.startswith("--security-erase") or x == "--trim-sector-ranges" for x in args):
        return None
    if cmd.name == "cryptsetup" and not any(x in ("erase", "luksErase", "luksFormat") for x in args):
        return None
    if cmd.name == "mdadm" and not any(x in ("--zero-superblock", "--create", "-C") for x in args):
        return None  # mdadm(8): only these write RAID metadata over the devices (stop/fail/remove: AM-DESTROY-088)
    if cmd.name == "mkswap" and not any(x.startswith("/dev/") for x in args):
        return None
    return f"`{cmd.name}` erases or repartitions a disk"


@rule(
    "AM-DESTROY-004",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"delete"},
    title="Deletes files outside the project, or protected ones",
    what="Deleting files or directories in the home directory, system locations or elsewhere outside the project, "
    "build output and temp space; deleting secrets, VCS or agent control files. A single named file outside the "
    "project is an ask; a tree is a deny.",
    why="Data that existed before the session is gone for good: there is no undo for rm.",
    example="rm -rf ~/Documents/old",
    instead="Delete only what you created (build output, /tmp scratch); ask the user to remove anything else.",
    must_match=["rm -rf /var/log", "rm -rf ~/projects", "rm -rf ../other", "rm ~/.ssh/id_rsa", "rm -r /some/path",
                "rm -rf /var/tmp/../opt/app", "rm -rf ~someone/escape", "rm -rf .git", "unlink /etc/hosts",
                "perl -e 'unlink(\"/etc/passwd\")'", "rsync -a --delete src/ ~/backup/"],
    must_not_match=["rm -rf /tmp/foo/", "rm -rf $TMPDIR/build", "rm file.txt", "rm -rf build", "rm -rf ./dist",
                    "rm -f *.pyc", "rm -rf node_modules", "find . -name '*.pyc' -delete", "rm -rf __pycache__"],
)  # fmt: skip
def delete_outside(e: Effect, a: Analysis) -> str | Hit | None:
    cls = e.pclass
    if e.origin == "empty-dir" and cls not in ("secret", "protected"):
        return None  # rmdir fails on anything that still holds data
    if cls in ("system", "home", "outside", "secret", "protected"):
        where = {"system": "in a system location", "home": "in the home directory", "outside": "outside the project",
                 "secret": "a secret or credential file", "protected": "a protected control file"}[cls]  # fmt: skip
        if e.origin == "move" and cls in ("home", "outside", "protected"):
            # The content survives a move; losing control files themselves is the floor's (AM-AGENT-001).
            return Hit(f"moves {e.target} ({where}) away", "ask")
        if cls == "outside" and is_artefact_path(e.target):
            return Hit(f"deletes {e.target}, build output outside the project that the session may not own", "ask")
        if e.origin == "mirror" and cls in ("outside", "home"):
            return Hit(f"mirrors into {e.target} ({where}), deleting what the source lacks", "ask")
        if not e.recursive and cls in ("outside", "home"):
            return Hit(f"deletes {e.target} ({where})", "ask")
        return f"deletes {e.target} ({where})" + (" recursively" if e.recursive else "")
    return None


@rule(
    "AM-DESTROY-005",
    category="destroy",
    verdict="ask",
    kind="effect",
    names={"delete"},
    title="Deletes a project directory tree",
    what="Recursive deletion inside the project of something that is not build output or scratch (deletion of "
    "a source tree, `src`, `lib`, `tests`, ..., is a deny); moving project files out of the project.",
    why="Uncommitted work in that tree is lost; the agent may not have created it.",
    example="rm -rf src",
    instead="Delete the files you created by name, or `git rm` tracked files so the change can be reviewed.",
    must_match=["rm -rf src", "rm -r directory", "rm -rf ./subdir", "find docs -delete", "mv src /tmp/", "git rm -rf docs/analysis"],
    must_not_match=["rm -rf build", "rm -rf reproduce_app", "rm -rf node_modules", "rm -rf .pytest_cache",
                    "rm -rf /tmp/x", "rm notes.txt", "rm -rf test_output", "mv src lib", "mv build/app.tar.gz /tmp/",
                    "git rm -r docs/analysis"],
)  # fmt: skip
def delete_project_tree(e: Effect, a: Analysis) -> str | Hit | None:
    if e.pclass == "project" and e.origin == "move":
        # Moving inside the project is a refactor; moving out (`mv src /tmp/`) takes the work away from it.
        away = next((w.target for w in a.effects if w.kind == "write" and w.origin == "move"
                     and w.pclass in ("temp", "home", "outside", "system", "critical")), None)  # fmt: skip
        return Hit(f"moves {e.target} out of the project to {away}", "ask") if away else None
    if e.pclass != "project" or not e.recursive or e.origin in ("empty-dir", "git-rm"):
        return None  # `git rm -r` without --force removes only committed content, which git brings back
    rel = e.target[len(a.root.rstrip("/")) + 1 :] if e.target.startswith(a.root.rstrip("/") + "/") else e.target
    parts = [p for p in rel.split("/") if p and p != "**"]
    if not parts:
        return Hit("deletes the whole project", "deny")
    last = parts[-1]
    if "*" in last and e.target.endswith("/**"):
        last = parts[-1]
    if "*" in last or last == "(matching)":
        # `find . -name '*.txt' -exec rm {} \;`, `find . -type f -mtime +7 -delete`: every match in the tree.
        what = "the files a find filter selects" if last == "(matching)" else f"every `{last}`"
        return f"deletes {what} under `{'/'.join(parts[:-1]) or '.'}`"
    if any(SCRATCH_RE.search(p) for p in parts) or last.endswith((".py", ".txt", ".log", ".json", ".md", ".html", ".js", ".ts")):
        return None  # the agent's own scratch, or something inside a fixture/tmp/repro tree
    if len(parts) == 1 and last.lower() in SOURCE_DIRS:
        return Hit(f"deletes the project's `{last}` tree", "deny")
    return f"deletes the project directory `{rel}` recursively"


@rule(
    "AM-DESTROY-006",
    category="destroy",
    verdict="ask",
    kind="effect",
    names={"delete"},
    title="Deletes a target only known at run time",
    what="rm/find -delete/rmtree of a path built from unknown variables, command substitutions or a wide glob "
    "over an unknown directory.",
    why="`rm -rf \"$DIR/\"*` with an empty DIR deletes from `/`; automode cannot tell what will be removed.",
    example='rm -rf "$BUILD_DIR"/*',
    instead="Use a literal path, or guard the variable: `rm -rf \"${BUILD_DIR:?}/dist\"`.",
    must_match=['rm -rf "$VAR"', "rm -rf $(pwd)/x", "ls | xargs rm -rf", "rm -rf /tmp/*"],
    must_not_match=["rm -rf build", "TMP=/tmp/x; rm -rf $TMP"],
)  # fmt: skip
def delete_dynamic(e: Effect, a: Analysis) -> str | None:
    if e.pclass == "dynamic":
        return f"deletes `{e.target}`, which is only known at run time"
    return None


@rule(
    "AM-DESTROY-007",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"write"},
    title="Overwrites files outside the project",
    what="Truncating or overwriting an existing file in a system location or the home directory (`> ~/notes.txt`, "
    "`cp x /etc/hosts`, `dd of=~/file`).",
    why="The previous content is lost, and system files change how the machine behaves.",
    example="echo '' > /etc/hosts",
    instead="Write inside the project or /tmp; ask the user to change system files.",
    must_match=["echo '' > /etc/hosts", "cp evil /usr/bin/ls", "tee /etc/resolv.conf < x",
                "dd if=/dev/zero of=/home/dev/.ssh/id_ed25519 bs=1 count=64", "cp /dev/null ~/.aws/credentials",
                "printf '{\"insecure-registries\": [\"10.0.0.5:5000\"]}' >> /etc/docker/daemon.json"],
    must_not_match=["echo hi > out.txt", "echo hi > /tmp/x", "echo x >> /tmp/log", "mkdir -p ~/.cache/foo",
                    "./nightly.sh >> /var/log/nightly.log 2>&1", "ssh-keygen -t ed25519 -f ~/.ssh/id_deploy -N ''"],
)  # fmt: skip
def overwrite_outside(e: Effect, a: Analysis) -> str | Hit | None:
    if e.append and e.target.startswith("/var/log/"):
        return None  # appending output to a log overwrites nothing (erasing or forging logs is AM-SEC-006)
    if e.origin == "config-cli":
        return None  # a tool's config command sets the keys it names, judged by what they do (`shell.configcli`)
    if e.pclass == "system" and e.origin != "create":
        return f"writes {e.target} (a system location)"
    if e.pclass == "secret" and e.origin != "create" and not (a.root and under(e.target, a.root)) \
            and e.target.startswith(("/etc/", "/usr/", "/var/", "/opt/", "/Library/")):
        # a system daemon's credentials or trust outside the project (`>> /etc/docker/daemon.json`): appended to or
        # rewritten, it changes what a service trusts (the user's own credential files in $HOME are judged by the
        # content and persistence rules)
        return Hit(f"writes {e.target} (a system file of credentials or trust)", "ask")
    if e.pclass == "secret" and not e.append and e.origin not in ("create", "clone", "install") \
            and not (a.root and under(e.target, a.root)) and (e.content is None or e.origin == "copy") \
            and not _HISTORY.search(e.target):  # (a shell history rewritten is AM-SEC-006's, with its line filter)
        # the user's own key or token file overwritten from outside the command (`dd if=/dev/zero of=~/.ssh/id_ed25519`,
        # `cp /dev/null ~/.aws/credentials`): the credential it held is gone (what a written content says is judged
        # by the content and persistence rules)
        return Hit(f"overwrites {e.target}, a credential file: what it held is lost", "ask")
    if e.pclass in ("home", "outside") and not e.append and e.origin not in ("create", "download", "copy", "clone", "install"):
        return Hit(f"overwrites {e.target} outside the project", "ask")
    return None


#: Shell and REPL histories: secret-class files (they hold what was typed) whose rewrite is no lost credential.
_HISTORY = lazyre.compile(r"(?:^|/)\.?[\w.-]*_?history$|/\.local/share/fish/fish_history$")

SQL_DESTRUCTIVE = lazyre.compile(
    r"\b(drop\s+(database|schema|table|collection|index|view|user|role|keyspace)\b|truncate\s+(table\s+)?\w|"
    r"delete\s+from\s+[\w.\"`]+\s*(;|$)|flushall|flushdb|dropdatabase\(|\.drop\(\)|\.deletemany\(\s*\{\s*\}\s*\)|_drop(?:database)?\s*\(|"
    r"alter\s+table\s+\S+\s+drop\s)",
    re.I,
)
DB_CLIENTS = frozenset({"psql", "mysql", "mariadb", "sqlite3", "redis-cli", "mongo", "mongosh", "cqlsh", "clickhouse-client",
                        "clickhouse", "sqlcmd", "duckdb", "cockroach", "influx", "snowsql", "bq", "isql", "pgcli", "mycli",
                        "valkey-cli", "keydb-cli", "memcached-tool", "etcdctl", "consul", "litecli", "arangosh"})  # fmt: skip


@rule(
    "AM-DESTROY-010",
    category="destroy",
    verdict="deny",
    kind="command",
    names=DB_CLIENTS | {"dropdb", "dropuser", "mysqladmin", "python", "python3", "php"} | control.names("database", "warehouse", "framework"),
    title="Drops or wipes a database",
    what="DROP/TRUNCATE/unqualified DELETE through a database client (in -c/-e, a here-doc or a piped script), "
    "dropdb, FLUSHALL, dropDatabase, framework and migration commands that reset a database (db:drop, migrate reset, "
    "flush, migrate:fresh), warehouse table and dataset removal; a local database reset of one thing is an ask; a reset "
    "of the test environment's database (`RAILS_ENV=test`, `MIX_ENV=test`, `--env=testing`), which every test run "
    "rebuilds, is routine.",
    why="Database contents are usually not in version control; a drop is unrecoverable without a backup.",
    example='psql -c "DROP DATABASE production;"',
    instead="Work on a disposable local database, or ask the user to run the destructive statement.",
    must_match=['psql -c "DROP DATABASE production;"', "dropdb app", "redis-cli FLUSHALL", "echo FLUSHALL | redis-cli",
                "mysql -e 'truncate table users'", "rails db:drop", "npx prisma migrate reset --force",
                "python manage.py flush --noinput", "sqlite3 app.db 'DELETE FROM users;'",
                "bq rm -f -t brightpath-prod:analytics.events_2023", "mongosh shop --eval 'db.orders.deleteMany({})'",
                "arangosh --javascript.execute-string 'db._dropDatabase(\"app\")'",
                "php artisan migrate:fresh", "alembic downgrade base",
                "RAILS_ENV=test DATABASE_URL=postgres://db-prod.internal/app bin/rails db:drop"],
    must_not_match=["RAILS_ENV=test bin/rails db:schema:load", "MIX_ENV=test mix ecto.drop", "php artisan migrate:fresh --env=testing",
                    "psql -c 'SELECT 1'", "redis-cli GET key", "rails db:migrate", "python manage.py migrate",
                    "sqlite3 app.db 'DELETE FROM users WHERE id=3;'", "mysql -e 'show tables'", "bq ls analytics",
                    "dbt build --target dev", "php artisan test"],
)  # fmt: skip
def database_wipe(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.rules.cloud import control_of, delete_verdict

    name = cmd.name
    args = cmd.args
    if name in ("dropdb", "dropuser"):
        return f"`{name}` removes a database object"
    if name == "mysqladmin" and any(x in ("drop", "flush-hosts") for x in args):
        return "mysqladmin drop removes a database"
    got = control_of(cmd, a)
    if got is not None and got[1] in ("database", "warehouse", "framework"):
        out = delete_verdict(cmd, got[0])
        if out is not None:
            return out
    if name in sql.CLIENTS:
        from automode.rules.data import sql_delete_verdict

        parsed = sql.command_statements(cmd)
        if parsed is not None:
            for e in sql.effects(cmd):
                found = sql_delete_verdict(e)
                if found is not None:
                    return found
            return None
    if name in DB_CLIENTS:
        text = " ".join(args)
        stdin, _known = cmd.stdin_text()
        if stdin:
            text += "\n" + stdin
        m = SQL_DESTRUCTIVE.search(text)
        if m:
            return f"runs `{m.group(0).strip()}` against a database"
    return None


# ----------------------------------------------------------------------------------------------------------------
# Service CLIs: secrets managers, backups, queues, CI, search and cloud tools share one grammar, `tool [noun] verb`.
SERVICE_CLIS = frozenset(
    {"aws", "gcloud", "gsutil", "az", "doctl", "heroku", "fly", "flyctl", "vercel", "netlify", "firebase", "wrangler",
     "vault", "op", "doppler", "infisical", "bw", "akeyless", "chamber", "sops", "gh", "glab", "hub", "restic", "borg",
     "borgmatic", "velero", "rclone", "s3cmd", "mc", "nats", "rabbitmqctl", "rabbitmqadmin", "circleci",
     "gitlab-runner", "jenkins-cli", "jenkins", "terraform", "tofu", "pulumi", "cdk", "hcloud", "linode-cli",
     "openstack", "ibmcloud", "oci", "scw", "civo", "vultr-cli", "exo", "stripe", "sentry-cli", "atlas", "supabase",
     "pscale", "neonctl", "turso", "railway", "render", "cf", "eksctl", "argocd", "flux", "consul", "nomad",
     "pinecone", "algolia", "meilisearch", "typesense", "elasticsearch", "opensearch", "curator", "elasticdump",
     "aliyun", "tccli", "kubectl-cnpg", "mongocli", "cbq", "couchbase-cli", "influx", "temporal", "tctl", "pd",
     "opsgenie", "okta", "auth0", "cloudflared", "gcloud-storage", "azcopy", "b2", "backblaze-b2", "duplicity",
     "kopia", "tarsnap", "bacula", "bconsole", "barman", "pgbackrest", "wal-g", "zrepl", "sanoid", "syncoid",
     "redis-cli", "valkey-cli", "etcdctl", "pulsar-admin", "kcat", "rpk", "confluent", "aws-vault", "gopass", "pass"}
)  # fmt: skip
SERVICE_PREFIXES = ("kafka-", "rabbitmq", "jenkins", "pulsar", "gcloud", "aws-")
STRONG_VERBS = frozenset({"delete", "deletefile", "deletion", "destroy", "purge", "drop", "forget", "prune", "wipe",
                          "erase", "terminate", "unregister", "deregister", "revoke", "rdelete", "nuke", "flushall",
                          "flushdb", "truncate"})  # fmt: skip
WEAK_VERBS = frozenset({"del", "remove", "rm", "rb", "cleanup", "clear", "disable", "flush", "unsubscribe", "detach"})
FLAG_VERBS = frozenset({"delete", "purge", "remove", "prune"})
ASK_VERBS = frozenset({"archive", "move", "expire"})  # (`pgbackrest expire`: retires backups past the retention)
OVERWRITE_VERBS = frozenset({"put", "update", "set", "edit", "patch", "rotate", "write"})
SECRET_STORES = frozenset({"vault", "op", "doppler", "infisical", "bw", "akeyless", "chamber", "gopass", "pass"})
DRY_RUN = frozenset({"--dry-run", "--dryrun", "--whatif", "--what-if", "--plan", "--simulate", "--noop", "--help", "-h"})
TOKEN_SPLIT = lazyre.compile(r"[-_:./]")
#: Words of a migration or database subcommand, and the words that take it back or wipe it.
DB_NOUNS = frozenset({"migrate", "migration", "migrations", "db", "database", "schema"})
DB_WIPES = frozenset({"fresh", "reset", "down", "rollback", "drop", "wipe", "refresh", "redo", "truncate", "purge"})
#: A subcommand written as a route (`db/drop-all-tables`, `migrate/fresh`), not a path: word parts, no extension.
ROUTE = lazyre.compile(r"^[A-Za-z][\w-]*(?:/[A-Za-z][\w-]*)+$")


def _service_argv(cmd: Command) -> tuple[str, list[str]]:
    """`java -jar jenkins-cli.jar -s URL delete-job x` reads as `jenkins-cli -s URL delete-job x`."""
    args = cmd.args
    if cmd.name == "java" and "-jar" in args:
        k = args.index("-jar")
        if k + 1 < len(args):
            jar = args[k + 1].rsplit("/", 1)[-1].removesuffix(".jar")
            return jar.lower(), args[k + 2 :]
    return cmd.name, args


_PWSH = frozenset({"pwsh", "powershell", "pwsh.exe", "powershell.exe"})
#: A cmdlet that locks, unlocks, disables or enables an account: PowerShell's own reading judges it (`rules.cmdlets`).
_IDENTITY_CMDLET = lazyre.compile(r"(?i)^(?:disable|enable|lock|unlock)-\w*(?:account|user|principal|mailbox|login)\b")


def _verb_tokens(word: str) -> set[str]:
    return set(TOKEN_SPLIT.split(word.lower()))


def _is_service(name: str) -> bool:
    return name in SERVICE_CLIS or name.startswith(SERVICE_PREFIXES)


@rule(
    "AM-DESTROY-013",
    category="destroy",
    verdict="deny",
    kind="command",
    when=lambda name: name == "java" or not (name in LOCAL_TOOLS or _runs_code(name)),  # `java -jar x-cli.jar`: x-cli
    title="Deletes data through a service CLI",
    what="A service or infrastructure CLI asked to delete, destroy, purge, forget or revoke: secrets managers (vault, "
    "op, doppler), backups (restic, borg, velero, rclone), queues and streams (kafka-*, rabbitmqctl, nats, aws sqs), "
    "CI and code hosts (gh, circleci, gitlab-runner, jenkins-cli), cloud APIs. Unknown tools with such a subcommand "
    "are an ask; caches and dry runs are left alone.",
    why="These delete data that lives outside the machine (secrets, backups, messages, CI configuration); there is "
    "no undo and other people depend on it.",
    example="restic forget --keep-last 1 --prune",
    instead="List or describe the resource instead, and ask the user to run the deletion.",
    must_match=["vault kv delete secret/app", "op item delete 'DB Password'", "doppler secrets delete API_KEY",
                "restic forget --keep-last 1 --prune", "borg delete repo::archive", "velero backup delete daily",
                "nats stream purge ORDERS", "rabbitmqadmin delete queue name=orders", "kafka-topics --bootstrap-server k:9092 --delete --topic t",
                "gh issue delete 12", "circleci context remove-secret org/x ctx KEY", "gitlab-runner unregister --all-runners",
                "java -jar jenkins-cli.jar -s http://j/ delete-job deploy", "aws sqs purge-queue --queue-url u",
                "aws s3api delete-object --bucket b --key k", "rclone sync /src remote:bucket", "zfs destroy pool/fs",
                "frobctl user-del jdoe", "frobctl db/drop-all-tables", "frobflash --eraseall", "frobctl --delete-all",
                "frobctl migrate:fresh", "frobctl database migrate:down"],
    must_not_match=["vault kv list secret/", "restic snapshots", "borg delete --cache-only", "gh cache delete build-cache",
                    "rclone sync /src remote:b --dry-run", "rclone rmdir remote:b/old", "python3 tests/runtests.py delete",
                    "grep delete file", "echo destroy", "pip cache purge", "npm cache clean --force", "restic unlock",
                    "make clean", "docker rm abc", "gh pr merge 3 --delete-branch", "frobctl src/delete_me.py",
                    "frobctl user-show jdoe", "frobctl --deleted-only list", "frobctl --no-delete sync", "frobctl migrate",
                    "frobctl db status", "frobctl migrate:status"],
)  # fmt: skip
def service_delete(cmd: Command, a: Analysis) -> str | Hit | None:
    name, args = _service_argv(cmd)
    if name in LOCAL_TOOLS or _runs_code(name) or (name not in SERVICE_CLIS and "/" in cmd.argv[0].value):
        return None
    known_effect = control.classify(cmd)
    if known_effect is not None and known_effect.verb != "delete" and name == cmd.name \
            and not (known_effect.target == SUBVERB and known_effect.verb == "update"):  # (a reset: read on below)
        return None  # a verb table says what this does and it is no deletion (`aws s3 sync --delete` into a prefix)
    known = _is_service(name)
    if known and name in ("rclone", "rclone.exe") and args[:1] and args[0] in ("sync", "bisync"):
        if any(x in DRY_RUN or x in ("-n", "-i", "--interactive") for x in args):
            return None
        return f"`rclone {args[0]}` deletes whatever the destination has that the source lacks"
    if any(x in DRY_RUN for x in args) or any("cache" in x.lower() or x == "alias" for x in args[:6]):
        return None  # caches and the tool's own aliases are the user's local conveniences
    words = [x for x in args if not x.startswith("-")][: 4 if known else 2]
    if name in _PWSH and words and _IDENTITY_CMDLET.match(words[0]):
        return None  # `pwsh -Command "Disable-ADAccount -Identity x"`: an account's state, judged as the cmdlet (AM-SEC-030)
    if known and _verb_tokens(name) & STRONG_VERBS:
        return f"`{name}` deletes data"  # kafka-delete-records
    for k, w in enumerate(words):
        if "=" in w or "@" in w or ("/" in w and (known or not ROUTE.match(w))):
            continue
        toks = _verb_tokens(w)
        w = " ".join(words[: k + 1])
        # an unknown tool's compound subcommand (`ipa user-del`, `craft db/drop-all-tables`, `x host_rm`)
        compound = not known and len(toks) > 1 and bool(toks & WEAK_VERBS)
        if toks & STRONG_VERBS or (known and toks & WEAK_VERBS) or compound:
            if not known:
                return Hit(f"`{name} {w}` looks like a deletion through {name}", "ask")
            return f"`{name} {w}` deletes data held by {name}"
        if known and toks & ASK_VERBS:
            return Hit(f"`{name} {w}` moves or retires data held by {name}", "ask")
        if (name in SECRET_STORES or "secretsmanager" in words) and toks & OVERWRITE_VERBS:
            return Hit(f"`{name} {w}` overwrites a stored secret", "ask")
    if not known and words:
        # a migration tool of an unknown framework told to go back or start over (`directus database migrate:down`,
        # `payload migrate:fresh`, `x db reset`): the database loses what the migrations built
        said = set().union(*(_verb_tokens(w) for w in words if "=" not in w and "@" not in w))
        if said & DB_NOUNS and said & DB_WIPES:
            return Hit(f"`{name} {' '.join(words)}` looks like it rolls back or wipes a database", "ask")
    if not known:
        for x in args:
            # `--eraseall`, `--delete-all`, `--purge`, `--wipe-data` of a tool automode does not know
            head = TOKEN_SPLIT.split(x[2:].lower(), 1)[0] if x.startswith("--") else ""
            if head and (head in STRONG_VERBS or any(head.startswith(v) and head[len(v):] in ("all", "everything")
                                                     for v in STRONG_VERBS)):
                return Hit(f"`{name} {x}` looks like a deletion through {name}", "ask")
    if known and name not in ("gh", "glab", "hub"):
        for x in args:
            # `--delete`, `--delete-config`, `--prune`; not `--auto-prune` (a setting) or `--no-delete`.
            if x.startswith("--") and TOKEN_SPLIT.split(x[2:].lower(), 1)[0] in FLAG_VERBS:
                return f"`{name} {x}` deletes data held by {name}"
    return None


HTTP_CLIENTS = frozenset({"curl", "wget", "http", "https", "xh", "httpie", "curlie", "gh"})
#: RPC clients whose method's verb says it deletes (`knowledge.rpccalls.CLIENTS`, kept here for the rule index).
RPC_CLIENTS = frozenset({"grpcurl", "grpc_cli", "evans", "buf", "ghz"})
DATASTORE_PORTS = frozenset({"9200", "9300", "7700", "8108", "5984", "8086", "6333", "8529", "8983", "19530", "27017",
                             "6379", "8123", "8091", "2379", "8500", "7474", "9000", "4001"})  # fmt: skip
DESTRUCTIVE_PATH = lazyre.compile(r"/(_delete_by_query|doDelete|_flush|_forcemerge|delete|destroy|purge|wipe)(\b|$|\?)", re.I)
URL_PARTS = lazyre.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]*@)?(\[[^\]]+\]|[^/:?\s]+)(?::(\d+))?(/[^\s]*)?$", re.I)


def _http_method(cmd: Command) -> str | None:
    args = cmd.args
    for i, x in enumerate(args):
        if x in ("-X", "--request", "--method") and i + 1 < len(args):
            return args[i + 1].upper()
        if x.startswith(("-X", "--request=", "--method=")) and len(x) > 2:
            return x.split("=", 1)[-1].removeprefix("-X").upper()
    if cmd.name in ("http", "https", "xh", "httpie", "curlie") and args and args[0].isalpha() and args[0].isupper():
        return args[0]
    return None


@rule(
    "AM-DESTROY-014",
    category="destroy",
    verdict="deny",
    kind="command",
    names=HTTP_CLIENTS | RPC_CLIENTS,
    title="Deletes data through an HTTP API",
    what="An HTTP DELETE (curl -X DELETE, httpie, wget --method=DELETE, gh api -X DELETE) or a POST to a "
    "deleting endpoint (`_delete_by_query`, Jenkins `doDelete`) against a remote service or a local data store "
    "(Elasticsearch, OpenSearch, Meilisearch, ...); an RPC whose method's verb deletes (`grpcurl … "
    "shop.OrderService/DeleteOrder`, grpc_cli, evans, `buf curl`, ghz: `knowledge/rpccalls.py`); against an "
    "ordinary local dev server it is an ask.",
    why="A REST delete of an index, repository, pipeline or record cannot be undone from the client side.",
    example="curl -X DELETE 'http://localhost:9200/logs-2024'",
    instead="Use GET to inspect the resource and ask the user to delete it.",
    must_match=["curl -X DELETE 'http://localhost:9200/logs-2024'", "curl -X DELETE https://api.example.com/v1/items/3",
                "curl -X POST http://jenkins.local/job/x/doDelete", "gh api -X DELETE /repos/o/r",
                "curl -XDELETE localhost:9200/_all", "http DELETE example.com/items/1", "curl -X DELETE http://localhost:3000/api/todo/1",
                "grpcurl -d '{\"id\": 42}' orders.prod.example:443 shop.OrderService/DeleteOrder",
                "buf curl --data '{\"id\": 1}' https://api.prod.example/acme.user.v1.UserService/DeleteUser"],
    must_not_match=["curl -X GET http://localhost:9200/_cat/indices", "curl https://example.com", "gh api /repos/o/r",
                    "curl -X POST http://localhost:9200/logs/_search -d '{}'", "curl -X PUT http://localhost:8080/items/1 -d x",
                    "grpcurl -plaintext -d '{\"id\": 42}' localhost:50051 shop.OrderService/GetOrder", "grpcurl -plaintext localhost:50051 list",
                    "curl -s -X POST https://api.fastly.com/service/SU1Z/purge/product:8812 -H 'Fastly-Key: x'"],
)  # fmt: skip
def http_delete(cmd: Command, a: Analysis) -> str | Hit | None:
    if cmd.name in RPC_CLIENTS:
        from automode.knowledge.rpccalls import destroys

        got = destroys(cmd)  # `grpcurl -d '{"id": 42}' host:443 shop.OrderService/DeleteOrder`: the method's verb
        if got is None:
            return None
        rpc, host = got
        m = URL_PARTS.match(host)
        if m is not None and is_loopback(m.group(1)) and m.group(2) not in DATASTORE_PORTS:
            return Hit(f"calls {rpc} on {host} (a local server)", "ask")
        return f"calls {rpc} on {host or 'a host'}"
    method = _http_method(cmd)
    if cmd.name == "gh" and (not cmd.args or cmd.args[0] != "api"):
        return None
    urls = [x for x in cmd.args if "://" in x or x.startswith(("localhost", "127.", "/")) or re.match(r"^[\w.-]+\.\w{2,}(:\d+)?/", x)]
    if method != "DELETE" and not (method in ("POST", None) and any(DESTRUCTIVE_PATH.search(u) for u in urls)):
        return None
    if method != "DELETE" and any(e.kind == "control" and e.origin == "disposable" and set(e.values) & set(urls)
                                  for e in a.effects):
        return None  # a cache purge an API table knows (`…/purge/KEY` on api.fastly.com): what it drops is rebuilt
    url = urls[0] if urls else "<url>"
    m = URL_PARTS.match(url)
    host, port = (m.group(1), m.group(2)) if m else ("", None)
    if cmd.name != "gh" and is_loopback(host) and port not in DATASTORE_PORTS:
        return Hit(f"sends an HTTP DELETE to {url[:80]} (a local server)", "ask")
    return f"sends an HTTP {'DELETE' if method == 'DELETE' else 'delete request'} to {url[:80]}"
