"""destroy: irreversible deletion or overwrite of data that existed before the session (files, disks, databases,
cloud resources). Git history lives in `rules/git.py`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode.paths import is_artefact_path
from automode.rules.base import Hit, has_any, rule

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
SCRATCH_RE = re.compile(r"(repro|reproduc|scratch|tmp|temp|sandbox|example|demo|debug|playground|output|cache|"
                        r"venv|env$|_build|fixture|sample|mock|fake|dummy|trial|experiment|try|junk|old|backup|"
                        r"artifacts?|snapshot|generated|gen$|^test[-_]|[-_]test$|^my)", re.I)  # fmt: skip


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
    if e.kind == "write" and e.origin in ("create", "link", "download", "copy", "edit"):
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
           "newfs", "format", "blkdiscard", "hdparm", "zpool", "lvremove", "vgremove", "pvremove", "cryptsetup"}
    | {f"mkfs.{fs}" for fs in ("ext2", "ext3", "ext4", "xfs", "btrfs", "vfat", "fat", "ntfs", "exfat", "f2fs")},
    title="Formats or repartitions a disk",
    what="mkfs, fdisk/sfdisk/parted/sgdisk partition edits, wipefs, diskutil erase, blkdiscard, LVM/ZFS destruction.",
    why="Formatting or repartitioning destroys every file on the device.",
    example="mkfs.ext4 /dev/sdb1",
    instead="Leave disk management to the user; describe the change you need instead.",
    must_match=["mkfs.ext4 /dev/sdb1", "sudo sgdisk --zap-all /dev/sda", "wipefs -a /dev/sdb", "diskutil eraseDisk JHFS+ X disk2"],
    must_not_match=["fdisk -l", "parted /dev/sda print", "diskutil list", "zpool status"],
)  # fmt: skip
def disk_tools(cmd: Command, a: Analysis) -> str | None:
    args = cmd.args
    if cmd.name in ("fdisk", "sfdisk", "gdisk") and (has_any(cmd, "-l", "--list", "-s") or not args):
        return None
    if cmd.name == "parted" and any(x in args for x in ("print", "-l", "--list")) and not any(
        x in args for x in ("rm", "mklabel", "mkpart", "resizepart")
    ):
        return None
    if cmd.name == "diskutil" and (not args or args[0] in ("list", "info", "mount", "unmount", "eject", "activity", "apfs") and not any("erase" in x.lower() or x == "deleteContainer" for x in args)):
        return None
    if cmd.name == "zpool" and (not args or args[0] not in ("destroy", "labelclear", "create")):
        return None
    if cmd.name == "hdparm" and not any(x.startswith("--security-erase") or x == "--trim-sector-ranges" for x in args):
        return None
    if cmd.name == "cryptsetup" and not any(x in ("erase", "luksErase", "luksFormat") for x in args):
        return None
    if cmd.name == "mkswap" and not any(x.startswith("/dev/") for x in args):
        return None
    return f"`{cmd.name}` erases or repartitions a disk"


@rule(
    "AM-DESTROY-004",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"delete"},
    title="Deletes files outside the project",
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
    if cls in ("system", "home", "outside", "secret", "protected"):
        where = {"system": "a system location", "home": "the home directory", "outside": "outside the project",
                 "secret": "a secret or credential file", "protected": "a protected control file"}[cls]  # fmt: skip
        if e.origin == "move" and cls in ("home", "outside"):
            return Hit(f"moves {e.target} ({where}) away", "ask")
        if cls == "outside" and is_artefact_path(e.target):
            return Hit(f"deletes {e.target}, build output outside the project that the session may not own", "ask")
        if not e.recursive and cls in ("outside", "home") and e.origin != "mirror":
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
    what="Recursive deletion inside the project of something that is not build output or scratch; deletion of "
    "a source tree (`src`, `lib`, `tests`, ...) is a deny.",
    why="Uncommitted work in that tree is lost; the agent may not have created it.",
    example="rm -rf src",
    instead="Delete the files you created by name, or `git rm` tracked files so the change can be reviewed.",
    must_match=["rm -rf src", "rm -r directory", "rm -rf ./subdir", "find docs -delete"],
    must_not_match=["rm -rf build", "rm -rf reproduce_app", "rm -rf node_modules", "rm -rf .pytest_cache",
                    "rm -rf /tmp/x", "rm notes.txt", "rm -rf test_output"],
)  # fmt: skip
def delete_project_tree(e: Effect, a: Analysis) -> str | Hit | None:
    if e.pclass != "project" or not e.recursive or e.origin == "move":
        return None
    rel = e.target[len(a.root.rstrip("/")) + 1 :] if e.target.startswith(a.root.rstrip("/") + "/") else e.target
    parts = [p for p in rel.split("/") if p and p != "**"]
    if not parts:
        return Hit("deletes the whole project", "deny")
    last = parts[-1]
    if "*" in last and e.target.endswith("/**"):
        last = parts[-1]
    if SCRATCH_RE.search(last) or last.endswith((".py", ".txt", ".log", ".json", ".md", ".html", ".js", ".ts")):
        return None
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
    if e.pclass == "dynamic" and (e.recursive or "*" in e.target or "<" in e.target or "$" in e.target):
        return f"deletes `{e.target}`, which is only known at run time"
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
    must_match=["echo '' > /etc/hosts", "cp evil /usr/bin/ls", "tee /etc/resolv.conf < x"],
    must_not_match=["echo hi > out.txt", "echo hi > /tmp/x", "echo x >> /tmp/log", "mkdir -p ~/.cache/foo"],
)  # fmt: skip
def overwrite_outside(e: Effect, a: Analysis) -> str | Hit | None:
    if e.pclass == "system" and e.origin != "create":
        return f"writes {e.target} (a system location)"
    if e.pclass in ("home", "outside") and not e.append and e.origin not in ("create", "download", "copy"):
        return Hit(f"overwrites {e.target} outside the project", "ask")
    return None


SQL_DESTRUCTIVE = re.compile(
    r"\b(drop\s+(database|schema|table|collection|index|view|user|role|keyspace)\b|truncate\s+(table\s+)?\w|"
    r"delete\s+from\s+[\w.\"`]+\s*(;|$)|flushall|flushdb|dropdatabase\(|\.drop\(\)|\.deletemany\(\s*\{\s*\}\s*\)|"
    r"alter\s+table\s+\S+\s+drop\s)",
    re.I,
)
DB_CLIENTS = frozenset({"psql", "mysql", "mariadb", "sqlite3", "redis-cli", "mongo", "mongosh", "cqlsh", "clickhouse-client",
                        "clickhouse", "sqlcmd", "duckdb", "cockroach", "influx", "snowsql", "bq", "isql", "pgcli", "mycli",
                        "valkey-cli", "keydb-cli", "memcached-tool", "etcdctl", "consul", "litecli"})  # fmt: skip


@rule(
    "AM-DESTROY-010",
    category="destroy",
    verdict="deny",
    kind="command",
    names=DB_CLIENTS | {"dropdb", "dropuser", "mysqladmin", "rails", "rake", "prisma", "manage.py", "django-admin",
                        "php", "knex", "sequelize", "typeorm", "alembic", "flask", "artisan", "supabase", "python", "python3"},
    title="Drops or wipes a database",
    what="DROP/TRUNCATE/unqualified DELETE through a database client (in -c/-e, a here-doc or a piped script), "
    "dropdb, FLUSHALL, framework commands that reset a database (db:drop, migrate reset, flush).",
    why="Database contents are usually not in version control; a drop is unrecoverable without a backup.",
    example='psql -c "DROP DATABASE production;"',
    instead="Work on a disposable local database, or ask the user to run the destructive statement.",
    must_match=['psql -c "DROP DATABASE production;"', "dropdb app", "redis-cli FLUSHALL", "echo FLUSHALL | redis-cli",
                "mysql -e 'truncate table users'", "rails db:drop", "npx prisma migrate reset --force",
                "python manage.py flush --noinput", "sqlite3 app.db 'DELETE FROM users;'"],
    must_not_match=["psql -c 'SELECT 1'", "redis-cli GET key", "rails db:migrate", "python manage.py migrate",
                    "sqlite3 app.db 'DELETE FROM users WHERE id=3;'", "mysql -e 'show tables'"],
)  # fmt: skip
def database_wipe(cmd: Command, a: Analysis) -> str | None:
    name = cmd.name
    args = cmd.args
    if name in ("dropdb", "dropuser"):
        return f"`{name}` removes a database object"
    if name == "mysqladmin" and any(x in ("drop", "flush-hosts") for x in args):
        return "mysqladmin drop removes a database"
    joined = " ".join(args)
    if name in ("rails", "rake") and re.search(r"\bdb:(drop|reset|purge|schema:load|truncate_all)\b", joined):
        return f"`{name} {joined}` wipes the database"
    if name in ("prisma",) and re.search(r"\b(migrate reset|db push .*--force-reset|db push .*--accept-data-loss)", joined):
        return "prisma resets the database"
    if name in ("manage.py", "django-admin") or (name.startswith("python") and "manage.py" in args[:1]):
        if re.search(r"\b(flush|reset_db|sqlflush)\b", joined):
            return "Django flush deletes all data"
        return None
    if name in ("php", "artisan") and re.search(r"\b(migrate:fresh|migrate:reset|db:wipe)\b", joined):
        return "Laravel wipes the database"
    if name in ("supabase",) and re.search(r"\bdb reset\b", joined):
        return "supabase db reset wipes the database"
    if name in DB_CLIENTS:
        text = joined
        stdin, _known = cmd.stdin_text()
        if stdin:
            text += "\n" + stdin
        m = SQL_DESTRUCTIVE.search(text)
        if m:
            return f"runs `{m.group(0).strip()}` against a database"
    return None


CLOUD_DELETE = re.compile(
    r"^(aws\s+(s3\s+(rb|rm\b.*--recursive)|s3api\s+delete-bucket|ec2\s+terminate-instances|rds\s+delete-db|"
    r"dynamodb\s+delete-table|cloudformation\s+delete-stack|eks\s+delete-cluster|lambda\s+delete-function|"
    r"iam\s+delete-|kms\s+schedule-key-deletion|secretsmanager\s+delete-secret|ecr\s+delete-repository|"
    r"route53\s+delete-hosted-zone|efs\s+delete-file-system|backup\s+delete-)|"
    r"gcloud\s+.*\b(delete|destroy)\b|gsutil\s+(-m\s+)?(rm\s+.*-r|rb)\b|gcloud\s+storage\s+rm\s+.*-r|"
    r"az\s+(group|vm|storage|sql|aks|keyvault|webapp|cosmosdb)\s+.*\bdelete\b|"
    r"terraform\s+(destroy|apply\s+.*-destroy)|tofu\s+destroy|pulumi\s+destroy|cdk\s+destroy|"
    r"doctl\s+.*\bdelete\b|heroku\s+(apps:destroy|pg:reset)|fly\s+(apps\s+destroy|destroy)|flyctl\s+.*destroy|"
    r"vercel\s+(rm|remove)|netlify\s+sites:delete|firebase\s+.*delete|"
    r"vault\s+(secrets\s+disable|kv\s+(destroy|metadata\s+delete)|delete)|"
    r"gh\s+repo\s+delete|gh\s+release\s+delete|hcloud\s+.*delete|linode-cli\s+.*delete|s3cmd\s+(rb|del\s+.*--recursive)|"
    r"rclone\s+(purge|delete)|mc\s+(rb|rm\s+.*--recursive))",
)


@rule(
    "AM-DESTROY-011",
    category="destroy",
    verdict="deny",
    kind="command",
    names={"aws", "gcloud", "gsutil", "az", "terraform", "tofu", "pulumi", "cdk", "doctl", "heroku", "fly", "flyctl",
           "vercel", "netlify", "firebase", "vault", "gh", "hcloud", "linode-cli", "s3cmd", "rclone", "mc"},
    title="Deletes cloud resources",
    what="Deleting buckets, instances, databases, stacks, secrets or repositories through a cloud CLI, and "
    "terraform/pulumi destroy.",
    why="Cloud resources and their data are usually unrecoverable once deleted, and often shared with others.",
    example="aws s3 rb s3://prod-data --force",
    instead="Describe the resource to delete and let the user run it, or use a plan/dry-run (`terraform plan -destroy`).",
    must_match=["aws s3 rb s3://prod-data --force", "aws s3 rm s3://bucket/ --recursive", "terraform destroy -auto-approve",
                "gcloud compute instances delete vm1", "gh repo delete me/x --yes", "vault secrets disable -f secret/"],
    must_not_match=["aws s3 ls", "terraform plan", "gcloud compute instances list", "aws s3 cp x s3://b/x",
                    "terraform plan -destroy"],
)  # fmt: skip
def cloud_delete(cmd: Command, a: Analysis) -> str | None:
    text = " ".join([cmd.name, *cmd.args])
    if CLOUD_DELETE.search(text):
        return f"`{text[:80]}` deletes cloud resources"
    return None


@rule(
    "AM-DESTROY-012",
    category="destroy",
    verdict="deny",
    kind="command",
    names={"kubectl", "oc", "helm", "docker", "podman", "nerdctl", "k3s", "minikube", "kind", "eksctl"},
    title="Deletes cluster or container state",
    what="kubectl delete of namespaces, `--all` or everything; helm uninstall; docker volume/system prune and "
    "removal of volumes (asks for single resources and containers).",
    why="Namespaces and volumes hold running services and data; deleting them takes down what others depend on.",
    example="kubectl delete namespace prod",
    instead="Delete the one resource you created, by name, in a namespace you own; prefer `--dry-run=client`.",
    must_match=["kubectl delete namespace prod", "kubectl delete all --all", "docker volume prune -f",
                "docker system prune -a --volumes -f", "kubectl delete pod web-1", "helm uninstall api"],
    must_not_match=["kubectl get pods", "docker ps", "kubectl delete pod x --dry-run=client", "docker build .",
                    "docker image prune -f", "docker rm abc123"],
)  # fmt: skip
def cluster_delete(cmd: Command, a: Analysis) -> str | Hit | None:
    args = cmd.args
    if any(x.startswith("--dry-run") and not x.endswith("=none") for x in args):
        return None
    text = " ".join(args)
    if cmd.name in ("kubectl", "oc"):
        if "delete" not in args:
            if re.search(r"\b(drain|cordon|scale .*--replicas[= ]0)\b", text):
                return Hit(f"`{cmd.name} {text[:60]}` takes workloads down", "ask")
            return None
        if re.search(r"\b(namespace|ns|namespaces|pv|pvc|persistentvolume\w*|node|nodes|crd|customresourcedefinition\w*)\b|--all\b|\ball\b|-A\b", text):
            return f"`{cmd.name} {text[:60]}` deletes cluster-wide or persistent resources"
        return Hit(f"`{cmd.name} {text[:60]}` deletes a cluster resource", "ask")
    if cmd.name == "helm" and args[:1] and args[0] in ("uninstall", "delete", "del"):
        return Hit(f"helm {args[0]} removes a release", "ask")
    if cmd.name in ("docker", "podman", "nerdctl"):
        if re.search(r"\bvolume\s+(rm|prune)\b|\bsystem\s+prune\b.*(--volumes|-a\b|--all)", text):
            return f"`{cmd.name} {text[:60]}` deletes volumes or all unused data"
        if re.search(r"\bsystem\s+prune\b|\bcontainer\s+prune\b|\bnetwork\s+prune\b", text):
            return Hit(f"`{cmd.name} {text[:60]}` prunes containers and networks", "ask")
    if cmd.name in ("minikube", "kind", "k3s", "eksctl") and re.search(r"\bdelete\b", text):
        return Hit(f"`{cmd.name} delete` removes a cluster", "ask")
    return None
