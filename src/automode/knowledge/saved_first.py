"""Saved first: the command that copies out what a removal takes, run before it in the same action (session 27, R5
"held"; read by `judge.intent.kept_forms.taken`).

"Delete the container old-ci but keep its snapshots as an export first" is met by `lxc export old-ci f.tar.gz && lxc
delete old-ci --force`: the delete takes the snapshots from the server, the export before it holds them (lxc(1)
`export`: "Export instances as backup tarballs", with its snapshots unless `--instance-only`). The user said how the
thing is kept (as an export, a backup, a dump, a final snapshot): a save of the same object, of that kind, before the
removal keeps it; the removal alone, or a save that leaves the kind out (`--instance-only`), does not.

One row per save form (`Save`): the programs, the leading operands (alternatives split by `|`, paths by `;`), the
options that make the command this act, the kinds it saves (keys of `removal_forms.NOUNS`) and the options that
leave a kind out of the copy. Facts from each tool's reference: lxc/incus `export` (snapshots unless
`--instance-only`; the root disk and config) and `copy`/`publish`; vzdump(1) (a guest's disks and config, qm/pct);
VBoxManage `export`/`clonemedium`, vagrant `package` (the machine's disk as a box); virsh `dumpxml` (the domain's
config) and `vol-download` (a disk); aws rds `create-db-snapshot`/`create-db-cluster-snapshot`, ec2
`create-snapshot`/`create-snapshots`/`create-image`, dynamodb `create-backup`, gcloud compute `disks snapshot` and
`snapshots create`, `sql backups create`, az `snapshot create`; snap `save` (a snapshot set of the snap's data,
which `remove --purge` leaves); zfs `send` (with `-R` the snapshots); pg_dump, pg_dumpall, mysqldump, mariadb-dump,
mongodump, redis-cli `--rdb`, sqlite3 `.backup`/`.dump` (a database's data); git `stash`, `bundle create`, `tag`,
`branch`, `push` (a branch's commits and changes kept elsewhere); kubectl `get -o yaml|json` and helm `get`
(the objects' definitions); mlflow `artifacts download`; docker/podman `commit`, `export`, `save`, `volume export`
(nothing of a volume but with `volume export`); a tar, cp or rsync of the path (the home, the data directory).
"""

from __future__ import annotations

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command


@dataclass(frozen=True, slots=True)
class Save:
    programs: frozenset[str]
    paths: tuple[tuple[str, ...], ...]  # leading operands (alternatives split by `|`); (("",),): any
    act: frozenset[str]  # options that make the command this save (`kubectl get -o yaml`); empty: the path does
    kinds: frozenset[str]  # keys of `removal_forms.NOUNS` the copy holds
    leaves: tuple[tuple[str, frozenset[str]], ...]  # (option, kinds it leaves out of the copy)


def _s(programs: str, path: str, kinds: str, act: str = "", leaves: str = "") -> Save:
    drops = tuple((o.split("=")[0], frozenset(o.split("=")[1].split("+"))) for o in leaves.split(",") if o)
    return Save(frozenset(programs.split()), tuple(tuple(p.split()) for p in path.split(";")),
                frozenset(a for a in act.split(",") if a), frozenset(kinds.split()), drops)


_DOCKERS = "docker podman nerdctl"
_GUEST = "disks rootdisk snapshots data config volumes vols"
_DB = "data volumes addon"
# fmt: off
SAVES: tuple[Save, ...] = (
    _s("lxc incus", "export;copy|cp;publish", _GUEST, leaves="--instance-only=snapshots"),
    _s("vzdump", "", "disks rootdisk data config volumes vols backups"),
    _s("VBoxManage vboxmanage", "export;clonemedium|clonehd|clonevdi", "disks data"),
    _s("vagrant", "package", "disks data"),
    _s("virsh", "dumpxml", "config"),
    _s("virsh", "vol-download;vol-clone", "disks data"),
    _s("aws", "rds create-db-snapshot;rds create-db-cluster-snapshot;redshift create-cluster-snapshot;"
       "elasticache create-snapshot", "snapshots data backups"),
    _s("aws", "ec2 create-snapshot;ec2 create-snapshots;ec2 create-image", "disks vols data snapshots"),
    _s("aws", "dynamodb create-backup;backup start-backup-job", "data parts backups"),
    _s("gcloud", "compute disks snapshot;compute snapshots create;compute images create;compute machine-images create",
       "disks vols data snapshots"),
    _s("gcloud", "sql backups create;sql export", "data backups snapshots"),
    _s("az", "snapshot create;image create", "disks vols data snapshots"),
    _s("snap", "save", "data snapshots config"),
    _s("zfs", "send", "data", leaves=""),
    _s("zfs", "send", "snapshots", act="-R,--replicate"),
    _s("pg_dump pg_dumpall mysqldump mariadb-dump mongodump", "", _DB),
    _s("redis-cli", "", _DB, act="--rdb"),
    _s("git", "stash;bundle create;tag;branch;push", "changes"),
    _s("kubectl oc", "get", "config service", act="-o,--output,-oyaml,-ojson,-o=yaml,-o=json,--output=yaml,--output=json"),
    _s("helm", "get", "config history"),
    _s("mlflow", "artifacts download", "data"),
    _s(_DOCKERS, "commit;export;save;image save;container export", "images rootdisk"),
    _s(_DOCKERS, "volume export", "volumes vols data"),
    _s("tar cp rsync rclone", "", "home data config volumes vols"),
)
# fmt: on

#: Words of the user's keep that say how it is kept: as a copy made first (an export, a backup, a dump, a snapshot
#: taken now). Only then is the copy the keep; a bare "keep the snapshots" keeps them where they are.
COPY_WORDS = (
    r"export\w*|backup\w*|back\s+(?:it\s+|them\s+)?up|dump\w*|archiv\w*|copy|copies|copie\w*|cop(?:ia|ie|y)\w*|"
    r"snapshot\s+(?:first|before)|final\s+snapshot|save\s+(?:it|them|a\s+copy)|sicher\w*|sicherung\w*|kopie\w*|"
    r"sauvegard\w*|respald\w*|copia\w*|cópia\w*|kopia\w*|kopi\w*|zálohu|záloh\w*|yede[kğg]\w*|eksport\w*|exporter\w*|"
    r"exporta\w*|esporta\w*|экспорт\w*|бэкап\w*|резервн\w*|дамп\w*|バックアップ|エクスポート|ダンプ|备份|導出|导出|"
    r"백업|내보내|덤프|גיבוי|ייצוא|نسخ\w*|تصدير|สำรอง|ส่งออก|बैकअप|निर्यात|sao\s+lưu|xuất|cadangan|ekspor|"
    r"varmuuskopi\w*|vie\s+ensin|mentés\w*|exportál\w*"
)

#: A save said as the act to do before the removal ("back up its disks first", "sichere vorher seine Snapshots",
#: "guarda un backup de sus discos antes", "エクスポートしてから"): what it names is kept, as that copy. The save verbs
#: count only beside a word of "first", so that "export the report" alone keeps nothing.
SAVE_VERBS = (
    r"back\s+(?:\S+\s+){0,3}?up|backup|export\w*|dump|save|snapshot|archive|sicher[enst]?\b|sichere\b|exportier\w*|"
    r"guard[ae]\b|respald\w*|salv[ae]\b|sauvegard\w*|exporte[rz]?\b|esporta\w*|exporta\w*|zálohuj\w*|zalohuj\w*|"
    r"exportuj\w*|wyeksportuj\w*|zrób\s+kopi\w*|yedekle\w*|dışa\s+aktar\w*|экспортируй\w*|забэкап\w*|"
    r"сохрани\w*|yede[kğ]\w*\s+al\w*|kopya\w*\s+al\w*|säkerhetskopiera\w*|exportera\w*|exporteer\w*|varmuuskopioi\w*|vie\b|ments\w*|"
    r"バックアップ|エクスポート|ダンプ|备份|導出|导出|백업|내보내|덤프|גבה|ייצא|صدّر|صدر|انسخ|สำรอง|ส่งออก|"
    r"बैकअप|एक्सपोर्ट|sao\s+lưu|xuất|cadangkan|ekspor|"
    # a save said by its program's name ("haz un vzdump de la VM 205", "run pg_dump on it first"; session 28)
    r"vzdump|pg_dump(?:all)?|mysqldump|mariadb-dump|mongodump|restic\s+backup|borg\s+create"
)
FIRST = (
    r"first|before(?:hand)?|prior|beforehand|vorher|zuerst|zuvor|davor|erst\b|antes|primero|primeiro|avant|d'abord|"
    r"prima|najpierw|wcześniej|nejd[řr]ív|p[řr]edtím|önce\w*|сначала|заранее|перед\s+этим|först|innan|eerst|vooraf|"
    r"ensin|előbb|întâi|trước|dulu|קודם|أولا|أولاً|قبل|पहले|ก่อน|πρώτα|先に|前に|まず|してから|先|之前|먼저|전에"
)


def _path_ok(pos: list[str], path: tuple[str, ...]) -> bool:
    if path == ("",) or not path:
        return True
    return len(pos) >= len(path) and all(p.lower() in alt.split("|") for p, alt in zip(pos, path, strict=False))


def saves(cmd: Command) -> frozenset[str]:
    """The kinds of thing `cmd` copies out (empty: it is no save form)."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos = [w for w in words if not w.startswith("-")]
    opts = [w for w in words if w.startswith("-")]
    out: set[str] = set()
    for row in SAVES:
        if name not in row.programs or not any(_path_ok(pos, p) for p in row.paths):
            continue
        if row.act and not any(o in row.act or o.split("=")[0] in row.act for o in opts):
            continue
        kinds = set(row.kinds)
        for opt, drop in row.leaves:
            if opt in opts or any(o.startswith(opt + "=") for o in opts):
                kinds -= drop
        out |= kinds
    return frozenset(out)


_SPLIT = r"[/:=,@]+|\.(?:tar|tgz|gz|zip|xz|zst|bak|sql|dump|img|qcow2|json|yaml|yml)\b"


def _names(cmd: Command, skip: int) -> set[str]:
    """The names `cmd` acts on: its operands after the first `skip` and its options' values, split at path and scheme
    marks (`/srv/exports/old-ci.tar.gz`: old-ci), without the program's own words."""
    import re

    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    out: set[str] = set()
    seen = 0
    for w in words:
        if w.startswith("-"):
            continue
        seen += 1
        if seen <= skip:
            continue
        out |= {p.lower() for p in re.split(_SPLIT, w) if len(p) >= 2}
    return out


def covered(commands: list[Command], cmd: Command, kind: str, skip: int = 1) -> Command | None:
    """The command before `cmd` in `commands` that saves `kind` of an object `cmd` names (`lxc export old-ci … &&
    lxc delete old-ci`), or None. `skip`: how many leading operands of `cmd` are its path (`delete`)."""
    if cmd not in commands:
        return None
    mine = _names(cmd, skip)
    for c in commands[: commands.index(cmd)]:
        if kind in saves(c) and (not mine or mine & _names(c, 0)):
            return c  # (a removal that names no object acts on the project here: `docker compose down -v`)
    return None


#: Fixtures (tests/judge/test_s27_held.py): (command, kinds saved).
FIXTURES: tuple[tuple[str, frozenset[str]], ...] = (
    ("lxc export old-ci /srv/exports/old-ci.tar.gz", frozenset(_GUEST.split())),
    ("incus export web1 web1.tgz --instance-only", frozenset(_GUEST.split()) - {"snapshots"}),
    ("lxc delete old-ci --force", frozenset()),
    ("vzdump 131 --storage backup-nfs --mode stop", frozenset(["disks", "rootdisk", "data", "config", "volumes", "vols", "backups"])),
    ("aws rds create-db-snapshot --db-instance-identifier pg --db-snapshot-identifier pg-last",
     frozenset({"snapshots", "data", "backups"})),
    ("aws rds describe-db-snapshots", frozenset()),
    ("kubectl get deploy web -o yaml", frozenset({"config", "service"})),
    ("kubectl get deploy web", frozenset()),
    ("pg_dump -Fc app", frozenset(_DB.split())),
    ("zfs send -R tank/data@now", frozenset({"data", "snapshots"})),
    ("zfs send tank/data@now", frozenset({"data"})),
    ("snap save lxd", frozenset({"data", "snapshots", "config"})),
)
