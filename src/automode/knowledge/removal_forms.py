"""Removal forms: the form of a remove, delete, uninstall, undefine or destroy that keeps something and the form that
takes it too (session 22, M2 "remove it, but keep X"; read by `judge.intent.kept_forms`).

The user asks to remove one thing and to keep its configuration, data, disks, volumes, history, the workloads it
manages, a final snapshot, the uncommitted changes ("aber die config behalten", "disky si nech", "kaynaklar kümede
kalsın", "don't force it"). Most programs have two forms of the act: `dpkg -r` keeps the conffiles and `dpkg -P`
purges them; `virsh undefine` leaves the disk images and `--remove-all-storage` deletes them; `argocd app delete
--cascade=false` deletes only the Application object and the default cascade deletes every resource it manages;
`git worktree remove` refuses a dirty tree and `--force` discards its changes. The verb is "delete" either way: what
tells them apart is the form, and only this table knows it.

One row per act and kept thing (`Form`): the programs, the leading operands (a word's alternatives split by `|`,
whole paths' by `;`), the options
that make the command this act (for programs whose act is an option: `dpkg -r`), the kinds of thing it keeps or takes
(keys of `NOUNS`, matched on the user's words and their English reading in any language), the options that keep
them, the options that take them (`""` among either: the plain form does), and what goes with the taking form.

Facts from each tool's reference: dpkg(1) (`-r, --remove`: "everything except conffiles"; `-P, --purge`: "everything,
including conffiles"), apt-get(8) (`remove`: "configuration files are left"; `purge`, `--purge`), apk(8) (`del
--purge`), dnf(8)/yum(8) (`remove`: changed config files saved as `.rpmsave`), zypper(8) (`remove`, `.rpmsave`),
pacman(8) (`-R`: changed backup files saved as `.pacsave`; `-n, --nosave`), brew(1) (`uninstall --zap`: "remove all
files associated with a cask"), snap(8) (`remove`: a snapshot of the data is saved; `--purge`: none), flatpak(1)
(`uninstall --delete-data`), winget (`uninstall --purge`), virsh(1) (`undefine`: "the storage volumes are not
removed unless --remove-all-storage or --storage"; `--wipe-storage`), qm(1) (`destroy`: "Destroy the VM and all
used/owned volumes"; `--destroy-unreferenced-disks`; `--purge`: "Remove VMID from configurations, like backup &
replication jobs and HA"), pct(1) (`destroy`, the same), VBoxManage (`unregistervm`: the disks stay; `--delete`,
`--delete-all`), vagrant destroy (the machine and its disks), lxc/incus (`delete`: the instance with its root disk and
snapshots; `--force`: a running one is stopped first), multipass (`delete`: recoverable; `--purge`: "permanently
remove"), minikube delete (`--purge`: `~/.minikube` too), argocd app delete (`--cascade`, default true: "Perform a
cascaded deletion of all application resources"), kubectl delete (`--cascade`: background by default; `orphan`
leaves the dependents; a PersistentVolumeClaim's volume follows its reclaim policy, Delete by default for a dynamically
provisioned one), helm uninstall (`--keep-history`), docker/podman compose down (`-v, --volumes`: "Remove named
volumes"), docker rm (`-v, --volumes`: "Remove anonymous volumes associated with the container"), terraform/tofu
`state rm` ("the remote object will continue to exist") against `destroy`, pulumi `state delete` against `destroy`,
aws cloudformation delete-stack (`--retain-resources`), git-worktree(1) (`remove`: "Only clean worktrees … can be
removed … --force"), git-branch(1) (`-d`: "must be fully merged"; `-D`: "irrespective of its merged status"), git-rm(1)
(`--cached`: "the working tree files … will be left alone"), aws rds delete-db-instance / delete-db-cluster
(`--skip-final-snapshot`, `--final-db-snapshot-identifier`; `--delete-automated-backups`, the default for an
instance, `--no-delete-automated-backups`), aws redshift delete-cluster (`--skip-final-cluster-snapshot`), aws
elasticache delete-* (`--final-snapshot-identifier`), aws ec2 deregister-image (`--delete-associated-snapshots`), aws
secretsmanager delete-secret (`--force-delete-without-recovery`), gcloud compute instances delete (`--keep-disks`,
`--delete-disks`; the boot disk auto-deletes by default), zfs destroy (`-r`: the snapshots too), userdel(8) (`-r`),
deluser(8) (`--remove-home`, `--remove-all-files`), gh release delete (`--cleanup-tag`), glab release delete
(`--with-tag`), nomad job stop (`-purge`: the job's history goes from the state).
"""

from __future__ import annotations

from functools import cache

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

# fmt: off
_DISKS = (r"disks?\b|disky|disk[uůy]\w*|disk(?:ler|in|i|e|ek|eket|en|ene|ar|arna)\w*|drives?\b|disk\s+images?|qcow2?|vmdk|vdi\b|datenträger\w*|platte\w*|disque\w*|"
          r"disco\w*|dysk\w*|диск\w*|ディスク|磁盘|硬盘|디스크|storage\b(?!\s+account)|speicher\b|úložiště|"
          r"stockage|almacenamiento|armazenamento|depolama|ストレージ|存储|스토리지|хранилищ\w*|דיסק\w*|ดิสก์|डिस्क|"
          r"δίσκ\w*|đĩa|cakram")
#: The kinds of thing a removal keeps or takes, by the nouns users name them with (matched as the start of a word on
#: the user's words and on their English reading, `judge.intent.gloss`; a stem covers a language's endings).
NOUNS: dict[str, str] = {
    "config": r"config\w*|conf\b|seaded|sätted|seadistus\w*|تنظیمات|conffiles?|configuration\w*|settings?|preferences?|prefs\b|/etc\b|konfigur\w*|"
              r"einstellung\w*|configura\w*|paramètres|réglages|ajustes|preferencias|preferências|impostazion\w*|"
              r"instellingen|ustawie\w*|nastaven\w*|yapılandırma\w*|yapilandirma\w*|ayar\w*|設定|配置|设置|설정|구성|"
              r"конфиг\w*|настройк\w*|налаштуван\w*|cấu\s+hình|pengaturan|konfigurasi|asetuks\w*|הגדרות|קונפיג",
    "data": r"data\b|(?:its|their|the\s+app'?s?)\s+state\b|ข้อมูล|डेटा|डाटा|δεδομένα|artifacts?|artefacts?|artefakt\w*|dataene|dataen|datan|daten|données|datos|dados|dati|gegevens|dane\b|danych|údaj\w*|veri\w*|"
            r"データ|数据|資料|데이터|данн\w*|дані|dữ\s+liệu|cache\w*|נתונים",
    "disks": _DISKS + r"|volumes?\b|volúmen\w*|ボリューム|볼륨",
    # session 26 (Q4): an instance's own root disk, apart from the volumes attached to it (`incus delete` takes the
    # root disk and keeps every custom storage volume: "the data volume" is not its disk)
    "rootdisk": _DISKS + r"|root\s*(?:disk|fs|filesystem|volume)\w*|rootfs|volumes\b|volumeleri|volumi\b|volúmenes|"
                         r"svazky",
    # the volume a removal leaves as it is (an instance's custom storage volume, a claim), said as one volume or by
    # its kind: "the data volume", "das Volume appdata", "il volume custom pgbackups" (a bare "its volumes" is the
    # instance's own, its root volume among them)
    "vols": r"(?:data|custom|storage|attached|named|persistent|extra)[\s-]+volum\w*|volum\w*\s+(?:custom|de\s+dat\w*|"
            r"data)\b|volume\b|bolumen\w*|pvcs?\b|persistent\s*volume\s*claims?|claims?\b|ボリューム|볼륨",
    "volumes": r"volumes?\b|volume\w*|volum\w*|volúmen\w*|wolumin\w*|svazk\w*|том\w*|ボリューム|卷|볼륨|birim\w*|"
               r"data\b|daten|données|datos|dados|dati|データ|数据|데이터|данн\w*|database|db\b|datenbank\w*|נתונים",
    "history": r"history|히스토리|historie|historique|historial|histórico|storia|geschiedenis|historik|histori\w*|истори\w*|"
               r"istorij\w*|előzmény\w*|generations?\b|generationen|générations|generaciones|gerações|generazioni|"
               r"generacj\w*|generaties|поколени\w*|世代|세대|roll\s*back\w*|zurückroll\w*|"
               r"履歴|历史|기록|geçmiş\w*|lịch\s+sử|riwayat|revisions?|rollback|היסטוריה",
    "resources": r"resources?|ressourcen|ressources?|recursos?|risorse|zas[oó]b\w*|zdroj\w*|kaynak\w*|ресурс\w*|"
                 # the object itself, kept running (session 24, O5: "a VM em si fica", "خليه شغال", "keep it running")
                 r"itself|themselves|selbst|em\s+si|en\s+s[ií]|lui-même|elle-même|само\w*|자체|本身|自体|running|"
                 r"laufen\w*|läuft|corriendo|rodando|in\s+esecuzione|działa\w*|běží|beží|работа\w*|çalış\w*|شغال\w*|موجود\w*|w\s+(?:aws|gcp|azure|chmurze)|في\s+(?:aws|gcp|azure|ال\w+)|"
                 r"リソース|资源|리소스|workloads?|pods?\b|pody\b|replicas?|jobs?\b|dependents?|children|orphan\w*|"
                 r"instances?\b|instanc\w*|인스턴스|インスタンス|实例|實例|動かした\w*|動いて\w*|稼働\w*|가동\w*|"
                 r"실행\s*중|"
                 r"instances?\b|instanc\w*|instânci\w*|instanz\w*|инстанс\w*|servers?\b|the\s+(?:actual|real)\b|infra\w*|in\s+(?:the\s+)?(?:cloud|cluster|aws)|"
                 r"im\s+cluster|dans\s+le\s+cluster|en\s+el\s+cl[uú]ster|no\s+cluster|w\s+klastrze|kümede|"
                 r"в\s+кластере|クラスタ\w*|集群|클러스터|משאבים",
    "snapshots": r"snapshots?|snapshot\w*|schnappschu\w*|instantán\w*|スナップショット|快照|스냅샷|снимк\w*|"
                 r"снапшот\w*|anlık\s+görüntü\w*|final\s+(?:db\s+)?snapshot",
    "backups": r"backups?|แบ็คอัพ|แบ็กอัป|สำรอง\S*|बैकअप|αντίγραφ\w*|sao\s+lưu|cadangan|nakala\s+rudufu|back-ups?|sicherung\w*|sauvegarde\w*|copias?\s+de\s+seguridad|respaldo\w*|"
               r"cópias?\s+de\s+segurança|kopi\w*\s+zapasow\w*|záloh\w*|yedek\w*|バックアップ|备份|백업|бэкап\w*|"
               r"резервн\w*|גיבוי\w*",
    "changes": r"changes?|uncommitted|unsaved|unstaged|edits?\b|local\s+work|my\s+work|änderung\w*|modifications?|"
               r"cambios?|alterações|mudanças|modifiche|zmian\w*|změn\w*|değişiklik\w*|изменени\w*|змін\w*|変更|更改|"
               r"修改|변경|שינויים|unmerged|not\s+merged|commits?",
    "recovery": r"recover\w*|recovery|undelet\w*|restor\w*|wiederherstell\w*|récupér\w*|recuper\w*|odzysk\w*|obnov\w*|"
                r"vissza\w*|helyreáll\w*|atkur\w*|atstat\w*|\w*استرجاع|\w*استعاد\w*|\w*استرداد|soft[- ]delet\w*|"
                r"восстанов\w*|відновл\w*|復元|恢复|복구|kurtar\w*|geri\s+al\w*",
    "jobs": r"backup\s+jobs?|jobs?\b|replication|replikation|réplication|replicación|ha\b|ジョブ|任务|작업|задани\w*|"
            r"úloh\w*|zadani\w*",
    "local": r"locally|local\s+(?:copy|file)|on\s+disk|on\s+my\s+(?:machine|disk)|in\s+the\s+working\s+(?:tree|copy|dir\w*)|"
             r"the\s+files?\s+(?:itself|themselves)|lokal\w*|localement|localmente|ローカル|本地|로컬|локальн\w*|yerel\w*",
    "home": r"home\b|hemkatalog\w*|hemmapp\w*|hjemme(?:mappe|katalog)\w*|kotihakemist\w*|thuismap\w*|home\s*(?:dir\w*|folder)|homedir|heimverzeichnis|home-verzeichnis|répertoire\s+personnel|"
            r"carpeta\s+personal|pasta\s+pessoal|katalog\s+domowy|domovsk\w*|ホーム|主目录|홈|домашн\w*|ev\s+dizin\w*",
    "addon": r"add-?ons?\b|database\b|datenbank\w*|base\s+de\s+(?:datos|données|dados)|banco\s+de\s+dados|"
             r"databas\w*|baz\w+\s+danych|баз\w*\s+данных|データベース|数据库|데이터베이스|redis\b|postgres\w*",
    # session 24 (O5): the queues of a message broker, the logs of a process manager
    "queues": r"queues?\b|kolejk\w*|warteschlang\w*|files?\s+d'attente|colas?\b|filas?\b|code\b|очеред\w*|черг\w*|"
              r"キュー|队列|隊列|큐\b|kuyruk\w*|hàng\s+đợi|antrian|wachtrij\w*|fronty?\b|köer?\b|køer?\b|vrst[ea]\b|"
              r"eilė\w*|sor(?:ok|ai)\b|messages?\b|nachrichten|mensajes|mensagens|wiadomo\w*|сообщени\w*",
    "logs": r"logs?\b|log(?:lar|ler)\w*|log\s*files?|logfiles?|protokoll\w*|journaux|registros?\b|dziennik\w*|logi\b|logów|логи\w*|"
            r"журнал\w*|ログ|日志|日誌|로그|günlük\w*|nhật\s+ký|naplók?\w*|לוגים",
    "tag": r"tags?\b|étiquette|etiqueta|タグ|标签|標籤|태그|тег\w*|etiket\w*|značk\w*|תגית",
    # session 25 (P4): the namespace an uninstaller deletes with the tool; the parts a stack owns (its buckets,
    # tables, queues, log groups), kept by name while the stack goes
    "namespace": r"namespaces?\b|ns\b|espacios?\s+de\s+nombres|przestrze\w*\s+nazw|名前空間|ネームスペース|네임스페이스|"
                 r"命名空间|пространств\w*\s+имен\w*|пространств\w*\s+імен|isim\s+alan\w*|nimiavaruu\w*",
    # session 26 (Q4): images kept beside the container that goes ("tieni l'immagine", "bewaar de images"); the
    # service and the config beside a deployment; a unit left enabled at boot; the other members of a set ("keep
    # the others", "остальные оставь": an --all form takes them)
    "images": r"images?\b|immagin\w*|imagen\w*|imagem|imagens|imaj\w*|obraz\w*|образ\w*|イメージ|镜像|映像|이미지|"
              r"תמונ\w*|container\s+images?",
    "service": r"services?\b|svc\b|servic[eio]\w*|servis\w*|dienst\w*|サービス|服务|서비스|сервис\w*",
    "enabled": r"enabled|aktiviert\w*|activ[ée]\w*|habilitad\w*|attivat\w*|włączon\w*|zapnut\w*|включ[её]н\w*|"
               r"ingeschakeld|有効|启用|활성\w*|on\s+boot|at\s+boot|autostart\w*|etkin\w*|przy\s+(?:star|uruchom)\w*|po\s+restar\w*|"
               r"beim\s+(?:start|boot)\w*|au\s+démarrage|al\s+inicio|all'avvio|no\s+boot|при\s+загрузк\w*|起動時|开机|"
               r"부팅|at\s+start\w*",
    "others": r"others?\b|the\s+rest\b|remaining|andere[nrs]?\b|autres|otros|otras|demás|outros|outras|altri|altre|"
              r"pozostał\w*|ostatní\w*|остальн\w*|інш\w*|他の|其他|其余|다른|나머지|diğer\w*|muut\b|övriga|andre\b|resten",
    "branch": r"branch\w*|ramas?\b|zweig\w*|ramos?\b|gałąź|gałęzi\w*|větev|větve|vetva|ветк\w*|гілк\w*|ブランチ|分支|"
              r"브랜치|şube\w*|nhánh|cabang|grenen|grenene|haar[ae]\b",
    # the queue itself, apart from its messages ("purge the queue, don't delete the queue")
    "queueobj": r"queues?\b|kolejk\w*|warteschlang\w*|files?\s+d'attente|colas?\b|filas?\b|очеред\w*|черг\w*|キュー|"
                r"队列|隊列|큐\b|kuyruk\w*|hàng\s+đợi|antrian|wachtrij\w*|fronty?\b|köer?\b|køer?\b",
    # the container an object lives in, kept while the object goes ("remove the nodegroup ng-old, keep the cluster",
    # "remove bob from the group, don't delete his account", "delete the service, keep the project")
    "cluster": r"clusters?\b|klaster\w*|kümeyi|küme\b|кластер\w*|クラスタ\w*|集群|클러스터|cụm",
    "account": r"(?:user\s+)?accounts?\b|konto\w*|compte\w*|cuenta\w*|contas?\b|účet\w*|ucet\w*|учетн\w*|учётн\w*|"
               r"аккаунт\w*|hesab\w*|アカウント|账户|账号|帳號|계정|tài\s+khoản|akun\b",
    "project": r"projects?\b|projekt\w*|projet\w*|proyecto\w*|projeto\w*|progett\w*|проект\w*|proje\w*|"
               r"プロジェクト|项目|項目|프로젝트|dự\s+án|proyek",
    "repo": r"repos?\b|repositor\w*|リポジトリ|仓库|倉庫|저장소|레포",
    "parts": r"buckets?\b|(?:s3|gcs)[-\s]buckets?|tables?\b|dynamo\w*|queues?\b|topics?\b|log\s+groups?|kms\s+keys?|"
             r"user\s+pools?|file\s+systems?|efs\b|rds\b",
}
#: The options that force a removal past its own check (a dirty worktree, an unmerged branch, a running instance):
#: the user's "don't force it" in any language keeps what the check protects (`judge.intent.kept_forms`).
FORCE = (r"force\w*|forcing|forcibly|forc\w*|forç\w*|forz\w*|erzwing\w*|zwing\w*|форс\w*|принуд\w*|примус\w*|zmus\w*|"
         r"wymus\w*|nuť\w*|nutit|תכריח\w*|בכוח|強制|强制|강제|zorla\w*|paksa\w*")
# fmt: on


from automode.knowledge.removal_row import Form as Form  # noqa: E402  (the row type; `_f` builds one)
from automode.knowledge.removal_row import _f  # noqa: E402

_K8S_OWNERS = ("deployment|deployments|deploy|replicaset|replicasets|rs|statefulset|statefulsets|sts|daemonset|"
               "daemonsets|ds|job|jobs|cronjob|cronjobs|cj|replicationcontroller|rc|application|applications|app|apps|"
               "customresourcedefinition|crd|crds")
_DOCKERS = "docker podman nerdctl"
# fmt: off
#: `-` stands for the plain form (no option).
FORMS: tuple[Form, ...] = (
    # packages: the configuration kept or purged
    _f("dpkg", "", "config", "-r,--remove", "-P,--purge", "the package's configuration files (conffiles) are deleted too",
       act="-r,--remove,-P,--purge"),
    _f("apt apt-get aptitude", "remove|autoremove", "config", "-", "--purge",
       "the packages' configuration files are deleted too"),
    _f("apt apt-get aptitude", "purge", "config", "", "-", "the packages' configuration files are deleted too"),
    _f("apk", "del", "config", "-", "--purge", "the package's changed configuration files are deleted too"),
    _f("dnf yum microdnf zypper", "remove|erase|rm", "config", "-", "", "-"),
    _f("pacman", "", "config", "-", "-n,--nosave", "the package's configuration files are deleted too (no .pacsave)",
       act="-R,--remove", bundled=True),
    _f("brew", "uninstall|remove|rm", "config data", "-", "--zap", "the app's settings, caches and data are deleted too"),
    _f("snap", "remove", "data snapshots", "-", "--purge", "no snapshot of the snap's data is kept"),
    _f("flatpak", "uninstall|remove", "data", "-", "--delete-data", "the app's data in ~/.var/app is deleted too"),
    _f("winget", "uninstall|remove|rm", "data", "-", "--purge", "the package's directory and data are deleted too"),
    # machines: the disks and snapshots kept or destroyed
    _f("virsh", "undefine", "disks", "-", "--remove-all-storage,--storage,--wipe-storage,"
       "--delete-storage-volume-snapshots", "the domain's disk images are deleted too"),
    _f("qm pct", "destroy", "disks", "", "-,--destroy-unreferenced-disks",
       "the guest's disks (every volume it uses or owns) are destroyed with it"),
    _f("qm pct", "destroy", "jobs", "-", "--purge", "the guest is also taken out of the backup and replication jobs and HA",
       near="backups"),
    _f("VBoxManage vboxmanage", "unregistervm", "disks", "-", "--delete,--delete-all",
       "the machine's disk images are deleted too"),
    _f("vagrant", "destroy", "disks data", "", "-", "the machine and its disks are destroyed"),
    _f("lxc incus", "delete|rm", "force", "-", "--force,-f", "a running instance is stopped and deleted at once",
       bundled=True),
    _f("lxc incus", "delete|rm", "snapshots rootdisk", "", "-", "the instance's root disk and snapshots are deleted with it"),
    # session 26 (Q4): lxc/incus `delete` leaves the custom storage volumes attached to the instance (`storage volume
    # delete` is their own act); a StatefulSet's claims stay when it is deleted (persistentVolumeClaimRetentionPolicy
    # `whenDeleted: Retain`, the default); a namespace takes every claim in it
    _f("lxc incus", "delete|rm", "vols", "-", "", "-"),
    _f("kubectl oc kubecolor", "delete statefulset|statefulsets|sts", "vols volumes", "-", "", "-"),
    _f("kubectl oc kubecolor", "delete namespace|namespaces|ns", "vols disks resources", "", "-",
       "every object in the namespace goes with it, its claims and their volumes too"),
    _f("multipass", "delete", "recovery data", "-", "--purge,-p", "the instance is purged: it can no longer be recovered"),
    _f("multipass", "purge", "recovery data", "", "-", "every deleted instance is purged: none can be recovered"),
    _f("minikube", "delete", "config data", "-", "--purge", "~/.minikube (cached images, settings, profiles) goes too"),
    _f("zfs", "destroy", "snapshots", "-", "-r,-R", "the dataset's snapshots (and with -R their clones) are destroyed too",
       bundled=True),
    # orchestrators: the managed resources, the history
    _f("argocd", "app delete", "resources", "--cascade=false", "-,--cascade,--cascade=true",
       "every resource the application manages is deleted from the cluster too (the default cascade)"),
    _f("kubectl oc kubecolor", f"delete {_K8S_OWNERS}", "resources", "--cascade=orphan,--cascade=false",
       "-,--cascade,--cascade=background,--cascade=foreground,--cascade=true",
       "the pods and other dependents it owns are deleted with it"),
    _f("kubectl oc kubecolor", "delete pvc|pvcs|persistentvolumeclaim|persistentvolumeclaims", "disks volumes", "", "-",
       "the volume behind it goes too where its reclaim policy is Delete (the default of dynamically provisioned "
       "volumes): set the PersistentVolume to Retain first"),
    _f("helm", "uninstall|delete|del|un", "history", "--keep-history", "-",
       "the release's history is deleted with it (no rollback)"),
    _f("nomad", "job stop;stop", "history", "-", "-purge,--purge", "the job and its history are purged from the state"),
    _f(_DOCKERS, "compose down", "volumes", "-", "-v,--volumes", "the project's named volumes (their data) are deleted too",
       bundled=True),
    _f("docker-compose podman-compose", "down", "volumes", "-", "-v,--volumes",
       "the project's named volumes (their data) are deleted too", bundled=True),
    _f(_DOCKERS, "rm;container rm", "volumes", "-", "-v,--volumes",
       "the container's anonymous volumes (their data) are deleted too", bundled=True),
    # infrastructure as code: the real object kept or destroyed
    _f("terraform tofu terragrunt", "state rm", "resources parts", "-", "", "-"),
    _f("terraform tofu terragrunt", "destroy", "resources parts", "", "-", "the real resources are destroyed, not only "
       "forgotten by the state"),
    # session 26 (Q4): `apply -destroy` is `destroy`; `apply -replace=ADDR` destroys the object and creates a new one
    # (terraform(1) "plan -replace": "the object will be destroyed and recreated"); cdktf `destroy`; pulumi `up
    # --replace`
    _f("terraform tofu terragrunt", "apply", "resources parts", "", "-", "the real resources are destroyed, not only "
       "forgotten by the state", act="-destroy,--destroy"),
    _f("terraform tofu terragrunt", "apply", "resources parts", "", "-", "the object is destroyed and created again "
       "(a new machine, its disks and addresses anew)", act="-replace,--replace"),
    _f("cdktf", "destroy", "resources parts", "", "-", "the real resources are destroyed, not only forgotten by the state"),
    _f("pulumi", "up|update", "resources parts", "", "-", "the object is destroyed and created again",
       act="--replace,--target-replace"),
    _f("pulumi", "state delete", "resources parts", "-", "", "-"),
    _f("pulumi", "destroy|down", "resources parts", "", "-", "the real resources are destroyed, not only forgotten by the "
       "state"),
    _f("aws", "cloudformation delete-stack", "resources", "--retain-resources", "-",
       "every resource of the stack is deleted with it"),
    # git: the changes a check protects
    _f("git", "worktree remove", "changes force", "-", "--force,-f",
       "its uncommitted and untracked changes are discarded (the check that refuses a dirty worktree is forced)"),
    _f("git", "branch", "changes force", "-d,--delete", "-D,--force,-f", "an unmerged branch's commits are deleted too (the merged "
       "check is forced)", act="-d,--delete,-D", bundled=True),
    _f("git", "rm", "local", "--cached", "-", "the file is deleted from the working tree too, not only from git"),
    # managed services: the final snapshot, the backups, the recovery window
    _f("aws", "rds delete-db-instance;rds delete-db-cluster;docdb delete-db-cluster;neptune delete-db-cluster",
       "snapshots", "--final-db-snapshot-identifier", "--skip-final-snapshot", "no final snapshot is taken"),
    _f("aws", "rds delete-db-instance", "backups", "--no-delete-automated-backups", "-,--delete-automated-backups",
       "the automated backups are deleted with it (the default for an instance)"),
    _f("aws", "rds delete-db-cluster", "backups", "-,--no-delete-automated-backups", "--delete-automated-backups",
       "the automated backups are deleted with it"),
    _f("aws", "redshift delete-cluster", "snapshots", "--final-cluster-snapshot-identifier",
       "--skip-final-cluster-snapshot", "no final snapshot is taken"),
    _f("aws", "elasticache delete-cache-cluster;elasticache delete-replication-group", "snapshots",
       "--final-snapshot-identifier", "-", "no final snapshot is taken"),
    _f("aws", "ec2 deregister-image", "snapshots", "-", "--delete-associated-snapshots",
       "the image's EBS snapshots are deleted too"),
    _f("aws", "secretsmanager delete-secret", "recovery", "-,--recovery-window-in-days", "--force-delete-without-recovery",
       "the secret is deleted at once, with no recovery window"),
    _f("gcloud", "compute instances delete", "disks", "--keep-disks", "-,--delete-disks",
       "the disks set to auto-delete (the boot disk by default) go with it"),
    # accounts and releases
    _f("userdel", "", "home", "-", "-r,--remove", "the user's home directory and mail spool are deleted too",
       bundled=True),
    _f("deluser", "", "home", "-", "--remove-home,--remove-all-files", "the user's home directory (or every file they "
       "own) is deleted too"),
    _f("gh", "release delete", "tag", "-", "--cleanup-tag", "the release's git tag is deleted too"),
    _f("glab", "release delete", "tag", "-", "--with-tag,-t", "the release's git tag is deleted too"),
    # the form that keeps what was named under a removing verb (session 23, N4): gh/glab `repo archive` (read-only,
    # history kept) against `repo delete`; heroku `addons:detach` (the attachment goes, the add-on and its data stay)
    # against `addons:destroy`; zpool(8) `export` (the pool leaves this machine, its data stays for `import`) against
    # `destroy`; mlflow `runs|experiments delete` (marked deleted, artifacts kept until `mlflow gc`)
    _f("gh glab", "repo archive", "history data", "-", "", "-"),
    _f("gh glab", "repo delete", "history data", "", "-", "the repository is deleted with its history, issues and "
       "releases"),
    _f("heroku", "addons:detach", "addon data", "-", "", "-"),
    _f("heroku", "addons:destroy|addons:remove", "addon data", "", "-", "the add-on is destroyed with its data"),
    _f("zpool", "export", "data", "-", "", "-"),
    _f("zpool", "destroy", "data", "", "-", "the pool is destroyed with every dataset on it"),
    _f("mlflow", "runs delete;experiments delete", "data", "-", "", "-"),
    _f("mlflow", "gc", "data", "", "-", "the deleted runs' artifacts are removed for good"),
    # session 24 (O5): the guest itself (`qm|pct destroy` where only HA or a job was to go); pm2(1) (`delete` keeps
    # the log files in ~/.pm2/logs; `flush [NAME]` empties them, every app's without a name); nix-collect-garbage(8)
    # (`-d`, `--delete-old`, `--delete-older-than`: old generations deleted, no rollback to them); nix-env
    # `--delete-generations`, `nix profile wipe-history`, home-manager `expire-generations`; rabbitmqctl(8)
    # (`delete_user` leaves the queues; `delete_vhost` deletes every queue, exchange and message in it;
    # `purge_queue` empties one); nomad's history read in more languages through NOUNS
    _f("qm pct", "destroy", "resources", "", "-", "the guest itself is destroyed, not only taken out of HA or a job"),
    _f("qm pct", "destroy", "backups", "-", "", "-"),  # (vzdump archives live on their own storage: destroy leaves them)
    _f("pm2", "delete|del|stop", "logs", "-", "", "-"),
    _f("pm2", "flush", "logs", "", "-", "the logs are emptied (every app's, without a name)"),
    _f("nix-collect-garbage", "", "history", "-", "-d,--delete-old,--delete-older-than",
       "the old generations are deleted: no rollback to them"),
    _f("nix-env", "", "history", "", "-", "the generations are deleted: no rollback to them",
       act="--delete-generations"),
    _f("nix", "profile wipe-history", "history", "", "-", "the profile's old generations are deleted"),
    _f("home-manager", "expire-generations", "history", "", "-", "the old generations are deleted"),
    _f("rabbitmqctl", "delete_user|clear_permissions", "queues", "-", "", "-"),
    _f("rabbitmqctl", "delete_vhost", "queues", "", "-", "every queue, exchange and message in the vhost is deleted"),
    _f("rabbitmqctl", "purge_queue", "queues", "", "-", "the queue's messages are deleted"),
    # soft deletes (session 24, O5): az keyvault (and its secrets, keys, certificates), Cognitive Services accounts
    # and API Management services stay recoverable for their retention period until `purge`; a GCP project stays
    # restorable for 30 days (`gcloud projects undelete`)
    _f("az", "keyvault delete;keyvault secret delete;keyvault key delete;keyvault certificate delete;"
       "cognitiveservices account delete;apim delete", "recovery", "-", "", "-"),
    _f("az", "keyvault purge;keyvault secret purge;keyvault key purge;keyvault certificate purge;"
       "cognitiveservices account purge;apim deletedservice purge", "recovery", "", "-",
       "it is purged: it can no longer be recovered"),
    _f("gcloud", "projects delete", "recovery", "-", "", "-"),
    # session 25 (P4): uninstallers that delete their namespace (flux(1) `uninstall`: "--keep-namespace: skip the
    # namespace deletion"; velero `uninstall`: the namespace, CRDs and cluster roles; vcluster `delete
    # --delete-namespace`); Cloud SQL `instances delete` (every backup of the instance goes with it, on-demand ones too;
    # `--final-backup` keeps one new backup, not the ones there were); a stack's parts (cloudformation
    # `delete-stack --retain-resources`; `sam delete` and serverless `remove` delete the whole stack)
    _f("flux", "uninstall", "namespace", "--keep-namespace", "-", "the flux-system namespace is deleted too"),
    _f("velero", "uninstall", "namespace", "", "-", "the velero namespace is deleted with Velero's CRDs and its backup "
       "and schedule objects"),
    _f("vcluster", "delete|rm", "namespace", "-", "--delete-namespace", "the virtual cluster's namespace is deleted too"),
    _f("gcloud", "sql instances delete", "backups", "", "-", "every backup of the instance is deleted with it"),
    _f("aws", "cloudformation delete-stack", "parts", "--retain-resources", "-",
       "every resource of the stack (its buckets, tables, queues) is deleted with it"),
    _f("sam", "delete", "parts resources", "", "-", "every resource of the stack is deleted with it"),
    # docker-system-prune(1) (`--volumes`: "Prune anonymous volumes"); aws ec2 terminate-instances (the EBS volumes
    # whose DeleteOnTermination is set, the root volume by default, are deleted with the instance)
    _f(_DOCKERS, "system prune", "volumes", "-", "--volumes", "the unused volumes (their data) are deleted too"),
    # session 26 (Q4): what a removal takes by its own kind, beside the part asked (docker-rmi(1), `compose down
    # --rmi`, kubectl(1) `delete svc|configmap`, gcloud artifacts `docker images delete`); az vm delete leaves the
    # disks and NICs (their deleteOption is Detach unless set), `az group delete` takes everything in the group;
    # fly machine destroy leaves its volume, `fly apps destroy` takes the app's volumes; systemctl(1) `stop` leaves
    # a unit enabled, `disable`/`mask` (`--now` too) take it off the boot; an --all form takes the other members
    _f(_DOCKERS, "rmi;image rm;image prune;image remove", "images", "", "-", "the image is deleted"),
    _f(_DOCKERS, "rm;container rm;stop;kill", "images", "-", "", "-"),
    _f(_DOCKERS, "compose down", "images", "-", "--rmi", "the stack's images are deleted too"),
    _f("docker-compose podman-compose", "down", "images", "-", "--rmi", "the stack's images are deleted too"),
    _f("gcloud", "artifacts docker images delete;container images delete", "images", "", "-", "the image is deleted"),
    _f("kubectl oc kubecolor", "delete svc|service|services", "service", "", "-", "the service is deleted"),
    _f("kubectl oc kubecolor", "delete configmap|configmaps|cm", "config", "", "-", "the ConfigMap is deleted"),
    _f("kubectl oc kubecolor", "delete deployment|deployments|deploy|statefulset|statefulsets|sts|daemonset|"
       "daemonsets|ds", "service config", "-", "", "-"),
    _f("az", "vm delete", "disks", "-", "", "-"),
    _f("az", "group delete", "disks vols resources snapshots backups", "", "-",
       "every resource in the resource group is deleted with it (disks, addresses, vaults)"),
    _f("fly flyctl", "machine destroy;machine remove;machine rm;machines destroy", "vols disks", "-", "", "-"),
    _f("fly flyctl", "apps destroy;apps delete;destroy", "vols disks", "", "-", "the app's volumes (their data) are "
       "deleted with it"),
    _f("fly flyctl", "volumes destroy;volumes delete;volume destroy", "vols disks", "", "-", "the volume is deleted"),
    _f("systemctl", "stop|restart|kill", "enabled", "-", "", "-"),
    _f("systemctl", "disable|mask", "enabled", "", "-", "the unit no longer starts at boot"),
    _f("minikube", "delete", "others", "-", "--all", "every profile is deleted, not only the one named"),
    _f("kind", "delete clusters", "others", "", "-", "every cluster named (with --all, every kind cluster)"),
    # gh pr merge|close (`-d, --delete-branch`), glab mr merge (`-d, --remove-source-branch`); aws s3 rm (the bucket
    # stays) against `s3 rb` (gsutil, gcloud storage, az storage the same); aws sqs purge-queue (the queue stays, its
    # messages go) against delete-queue; rabbitmqctl purge_queue against delete_queue
    _f("gh", "pr merge;pr close", "branch", "-", "--delete-branch,-d", "the pull request's branch is deleted too"),
    _f("glab", "mr merge;mr accept;mr close", "branch", "-", "--remove-source-branch,-d",
       "the merge request's source branch is deleted too"),
    _f("aws", "s3 rm", "parts", "-", "", "-"),
    _f("aws", "s3 rb", "parts", "", "-", "the bucket itself is deleted"),
    _f("gsutil", "rm", "parts", "-", "", "-"),
    _f("gsutil", "rb", "parts", "", "-", "the bucket itself is deleted"),
    _f("gcloud", "storage rm", "parts", "-", "", "-"),
    _f("gcloud", "storage buckets delete", "parts", "", "-", "the bucket itself is deleted"),
    _f("aws", "sqs purge-queue", "queueobj", "-", "", "-"),
    _f("aws", "sqs purge-queue", "queues", "", "-", "the queue's messages are deleted"),
    _f("aws", "sqs delete-queue", "queueobj queues", "", "-", "the queue itself is deleted with its messages"),
    _f("rabbitmqctl", "purge_queue", "queueobj", "-", "", "-"),
    _f("rabbitmqctl", "delete_queue", "queueobj queues", "", "-", "the queue itself is deleted with its messages"),
    _f("aws", "ec2 terminate-instances", "disks", "", "-",
       "the volumes set to delete on termination (the root volume by default) are deleted with it"),
    _f("serverless sls", "remove", "parts resources", "", "-", "every resource of the service's stack is deleted with it"),
)
# fmt: on
from automode.knowledge.removal_held import HELD_FIXTURES, HELD_FORMS  # noqa: E402
from automode.knowledge.removal_kinds import KIND_FIXTURES, KIND_FORMS  # noqa: E402
from automode.knowledge.removal_more import MORE_FIXTURES, MORE_FORMS  # noqa: E402
from automode.knowledge.removal_more import NOUNS as _MORE_NOUNS  # noqa: E402

FORMS = FORMS + KIND_FORMS + MORE_FORMS + HELD_FORMS
NOUNS.update(_MORE_NOUNS)
from automode.knowledge.kept_words import NOUNS_MORE as _S28_NOUNS  # noqa: E402  (session 28: more languages)

for _k, _v in _S28_NOUNS.items():
    NOUNS[_k] = f"{NOUNS[_k]}|{_v}" if _k in NOUNS else _v
PROGRAMS = frozenset(p for row in FORMS for p in row.programs)
_OFF = frozenset({"false", "0", "no", "off", "none"})
_ON = frozenset({"true", "1", "yes", "on"})


#: Options that take a value, by program: their value is not an operand of the path (`kubectl delete -n shop deploy x`).
_VALUED: dict[str, frozenset[str]] = {
    **dict.fromkeys(("kubectl", "oc", "kubecolor", "helm", "argocd"), frozenset({
        "-n", "--namespace", "--context", "--kubeconfig", "--cluster", "-l", "--selector", "--kube-context",
        "--server", "--grpc-web-root-path", "--timeout", "--propagation-policy"})),
    **dict.fromkeys(("docker", "podman", "nerdctl", "docker-compose", "podman-compose"), frozenset({
        "-f", "--file", "-p", "--project-name", "--env-file", "--profile", "--project-directory", "-c", "--context",
        "-H", "--host", "-t", "--timeout"})),
    "aws": frozenset({"--profile", "--region", "--endpoint-url", "--output"}),
    "gcloud": frozenset({"--project", "--zone", "--region", "--account", "--format"}),
    "git": frozenset({"-C", "-c"}),
}


def _words(cmd: Command) -> tuple[list[str], list[str]]:
    """(the operands, the options as written) of `cmd`; the values of the program's valued options are neither."""
    valued = _VALUED.get(cmd.name.rsplit("/", 1)[-1], frozenset())
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos: list[str] = []
    opts: list[str] = []
    skip = False
    for i, w in enumerate(words):
        if skip:
            skip = False
            continue
        if w.startswith("-"):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if "=" not in w and (nxt in _OFF or nxt in _ON):  # (`--purge 0`, `--destroy-unreferenced-disks 1`)
                opts.append(f"{w}={nxt}")
                skip = True
                continue
            opts.append(w)
            skip = w in valued
        else:
            pos.append(w)
    return pos, opts


def _path_ok(pos: list[str], path: tuple[str, ...]) -> bool:
    return len(pos) >= len(path) and all(p.lower().split("/", 1)[0] in alt.split("|")
                                         for p, alt in zip(pos, path, strict=False))


def _has(opts: list[str], flags: frozenset[str], bundled: bool) -> str | None:
    """The option of `opts` among `flags` as written: the flag itself, `flag=value` for a value that is not off
    (`--cascade=false` is not `--cascade`), or a bundle of one-letter flags that holds it (`-fv`)."""
    for o in opts:
        key, eq, val = o.partition("=")
        if o in flags or (key in flags and (not eq or val.lower() not in _OFF)):
            return o
        if bundled and not o.startswith("--") and not eq and len(o) > 2 and any(f"-{ch}" in flags for ch in o[1:]):
            return o
    return None


@cache
def _by_program() -> dict[str, tuple[Form, ...]]:
    """The rows of `FORMS` by program, in table order (issue 14: `forms` runs on every command the judge reads)."""
    out: dict[str, list[Form]] = {}
    for row in FORMS:
        for prog in row.programs:
            out.setdefault(prog, []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def forms(cmd: Command) -> list[tuple[Form, str, str]]:
    """The rows of `FORMS` the command is an act of: (the row, "keeps" | "takes", the option or the form as written)."""
    name = cmd.name.rsplit("/", 1)[-1]
    if name not in PROGRAMS:
        return []
    pos, opts = _words(cmd)
    out: list[tuple[Form, str, str]] = []
    for row in _by_program().get(name, ()):
        path = next((p for p in row.paths if _path_ok(pos, p)), None)
        if path is None:
            continue
        if row.act and _has(opts, row.act, row.bundled) is None:
            continue
        keep = next((o for o in opts if o in row.keep), None) or _has(opts, row.keep - {""}, row.bundled)
        take = _has(opts, row.take - {""}, row.bundled)
        if take is not None and keep is not None and take.partition("=")[0] == keep.partition("=")[0] and \
                take not in row.take:
            take = None  # (`--cascade=orphan` keeps: the bare `--cascade` of the other side is not it)
        form = " ".join(pos[: len(path)]) or name
        if take is not None:
            out.append((row, "takes", take))
        elif keep is not None:
            out.append((row, "keeps", keep))
        elif "" in row.take:
            out.append((row, "takes", form))
        elif "" in row.keep:
            out.append((row, "keeps", form))
    return out


#: Fixtures (tests/knowledge/test_removal_forms.py): (command, {noun: "keeps" | "takes"}).
FIXTURES: tuple[tuple[str, dict[str, str]], ...] = (
    ("dpkg -r td-agent-bit", {"config": "keeps"}), ("dpkg --purge td-agent-bit", {"config": "takes"}),
    ("dpkg -l", {}), ("apt-get remove -y nginx", {"config": "keeps"}), ("apt remove --purge nginx", {"config": "takes"}),
    ("apt purge nginx", {"config": "takes"}), ("pacman -Rs postfix", {"config": "keeps"}),
    ("pacman -Rns postfix", {"config": "takes"}), ("pacman -S postfix", {}),
    ("brew uninstall --zap wezterm", {"config": "takes", "data": "takes"}),
    ("snap remove lxd", {"data": "keeps", "snapshots": "keeps"}),
    ("virsh undefine vm3", {"disks": "keeps"}), ("virsh undefine vm3 --remove-all-storage", {"disks": "takes"}),
    ("virsh undefine vm3 --nvram", {"disks": "keeps"}),
    ("qm destroy 104", {"disks": "takes", "jobs": "keeps", "resources": "takes", "backups": "keeps", "unref": "keeps"}),
    ("qm destroy 104 --purge", {"disks": "takes", "jobs": "takes", "resources": "takes", "backups": "keeps",
                                 "unref": "keeps"}),
    ("argocd app delete billing-dev --cascade=false --yes", {"resources": "keeps", "namespace": "keeps"}),
    ("argocd app delete billing-dev --yes", {"resources": "takes", "namespace": "keeps"}),
    ("argocd app delete billing-dev --cascade", {"resources": "takes", "namespace": "keeps"}),
    ("kubectl delete deployment web --cascade=orphan", {"resources": "keeps", "service": "keeps", "config": "keeps", "namespace": "keeps"}),
    ("kubectl delete deploy/web", {"resources": "takes", "service": "keeps", "config": "keeps", "namespace": "keeps"}), ("kubectl delete pod web-1", {"namespace": "keeps"}),
    ("kubectl delete pvc data-pg-0 -n db", {"disks": "takes", "volumes": "takes", "namespace": "keeps"}),
    ("helm uninstall web --keep-history", {"history": "keeps", "namespace": "keeps"}), ("helm uninstall web", {"history": "takes", "namespace": "keeps"}),
    ("docker compose down", {"volumes": "keeps", "images": "keeps"}), ("docker compose down -v", {"volumes": "takes", "images": "keeps"}),
    ("docker rm -fv web", {"volumes": "takes", "images": "keeps"}), ("docker rm -f web", {"volumes": "keeps", "images": "keeps"}),
    ("terraform state rm aws_instance.x", {"resources": "keeps", "parts": "keeps"}),
    ("terraform destroy -target=aws_instance.x", {"resources": "takes", "parts": "takes"}),
    ("git worktree remove ../wt", {"changes": "keeps", "force": "keeps", "branch": "keeps"}),
    ("git worktree remove --force ../wt", {"changes": "takes", "force": "takes", "branch": "keeps"}),
    ("git branch -d old", {"changes": "keeps", "force": "keeps", "remote": "keeps", "branch": "takes"}),
    ("git branch -D old", {"changes": "takes", "force": "takes", "remote": "keeps", "branch": "takes"}),
    ("git branch feature", {}), ("git rm --cached .env", {"local": "keeps"}), ("git rm .env", {"local": "takes"}),
    ("lxc delete web --force", {"force": "takes", "snapshots": "takes", "rootdisk": "takes", "vols": "keeps"}),
    ("incus delete web1", {"snapshots": "takes", "rootdisk": "takes", "vols": "keeps", "force": "keeps"}),
    ("kubectl delete statefulset redis -n cache", {"resources": "takes", "vols": "keeps", "volumes": "keeps", "service": "keeps",
                                                  "config": "keeps", "namespace": "keeps"}),
    ("kubectl delete ns preview-3", {"vols": "takes", "disks": "takes", "resources": "takes", "namespace": "takes"}),
    ("terraform apply -destroy -target=aws_instance.a -auto-approve", {"resources": "takes", "parts": "takes"}),
    ("tofu apply -replace=aws_instance.a", {"resources": "takes", "parts": "takes"}),
    ("terraform apply -auto-approve", {}), ("pulumi destroy --target urn:x --yes", {"resources": "takes", "parts": "takes"}),
    ("pulumi up --replace urn:x --yes", {"resources": "takes", "parts": "takes"}), ("pulumi up --yes", {}),
    ("multipass delete dev", {"recovery": "keeps", "data": "keeps"}), ("multipass delete --purge dev",
                                                                       {"recovery": "takes", "data": "takes"}),
    ("aws rds delete-db-instance --db-instance-identifier r --skip-final-snapshot",
     {"snapshots": "takes", "backups": "takes"}),
    ("aws rds delete-db-instance --db-instance-identifier r --final-db-snapshot-identifier f "
     "--no-delete-automated-backups", {"snapshots": "keeps", "backups": "keeps"}),
    ("gcloud compute instances delete vm --keep-disks=all", {"disks": "keeps"}),
    ("gcloud compute instances delete vm", {"disks": "takes"}), ("userdel -r bob", {"home": "takes", "account": "takes"}),
    ("userdel bob", {"home": "keeps", "account": "takes"}), ("gh release delete v1 --cleanup-tag", {"tag": "takes"}),
    ("gh release delete v1", {"tag": "keeps"}),
    ("gh repo archive acme/old --yes", {"history": "keeps", "data": "keeps"}),
    ("gh repo delete acme/old --yes", {"history": "takes", "data": "takes", "repo": "takes"}),
    ("heroku addons:detach DATABASE -a app", {"addon": "keeps", "data": "keeps"}),
    ("heroku addons:destroy DATABASE -a app --confirm app", {"addon": "takes", "data": "takes"}),
    ("zpool export tank2", {"data": "keeps"}), ("zpool destroy tank2", {"data": "takes"}),
    ("mlflow runs delete --run-id 3f9c", {"data": "keeps"}), ("mlflow gc", {"data": "takes"}),
    ("pm2 delete api", {"logs": "keeps"}), ("pm2 flush", {"logs": "takes"}), ("pm2 flush api", {"logs": "takes"}),
    ("nix-collect-garbage", {"history": "keeps"}), ("nix-collect-garbage -d", {"history": "takes"}),
    ("nix-collect-garbage --delete-older-than 30d", {"history": "takes"}),
    ("nix-env --delete-generations old", {"history": "takes"}),
    ("rabbitmqctl delete_user legacy", {"queues": "keeps"}), ("rabbitmqctl delete_vhost /legacy", {"queues": "takes"}),
    ("az keyvault delete --name kv-old", {"recovery": "keeps"}), ("az keyvault purge --name kv-old", {"recovery": "takes"}),
    ("flux uninstall --silent", {"namespace": "takes"}), ("flux uninstall --keep-namespace --silent", {"namespace": "keeps"}),
    ("velero uninstall --force", {"namespace": "takes"}), ("vcluster delete dev-1", {"namespace": "keeps"}),
    ("vcluster delete dev-1 --delete-namespace", {"namespace": "takes"}),
    ("gcloud sql instances delete reports-staging", {"backups": "takes"}),
    ("aws cloudformation delete-stack --stack-name r", {"resources": "takes", "parts": "takes"}),
    ("aws cloudformation delete-stack --stack-name r --retain-resources LogsBucket",
     {"resources": "keeps", "parts": "keeps"}),
    ("sam delete --stack-name r --no-prompts", {"parts": "takes", "resources": "takes"}),
    ("docker system prune -af", {"volumes": "keeps"}), ("docker system prune -af --volumes", {"volumes": "takes"}),
    ("aws ec2 terminate-instances --instance-ids i-0abc", {"disks": "takes"}),
    ("docker rmi web:latest", {"images": "takes"}), ("docker rm -f web", {"images": "keeps", "volumes": "keeps"}),
    ("docker compose down --rmi all", {"images": "takes", "volumes": "keeps"}),
    ("kubectl delete svc api -n shop", {"service": "takes", "namespace": "keeps"}),
    ("kubectl delete deployment api -n shop", {"resources": "takes", "service": "keeps", "config": "keeps", "namespace": "keeps"}),
    ("az vm delete -g rg -n vm1 --yes", {"disks": "keeps"}),
    ("fly machine destroy 3d8d --force", {"vols": "keeps", "disks": "keeps"}),
    ("fly apps destroy web -y", {"vols": "takes", "disks": "takes"}),
    ("systemctl stop nginx", {"enabled": "keeps"}), ("systemctl disable --now nginx", {"enabled": "takes"}),
    ("minikube delete -p dev", {"others": "keeps", "config": "keeps", "data": "keeps"}),
    ("gh pr merge 57 --squash", {"branch": "keeps"}), ("gh pr merge 57 --squash --delete-branch", {"branch": "takes"}),
    ("glab mr merge 7 --remove-source-branch", {"branch": "takes"}), ("aws s3 rb s3://b --force", {"parts": "takes"}),
    ("aws s3 rm s3://b --recursive", {"parts": "keeps"}),
    ("aws sqs purge-queue --queue-url u", {"queueobj": "keeps", "queues": "takes"}),
    ("aws sqs delete-queue --queue-url u", {"queueobj": "takes", "queues": "takes"}),
    ("pct destroy 214 --purge 0", {"disks": "takes", "jobs": "keeps", "resources": "takes", "backups": "keeps",
                                   "unref": "keeps"}),
    ("qm destroy 120 --destroy-unreferenced-disks 0", {"disks": "takes", "jobs": "keeps", "resources": "takes",
                                                       "backups": "keeps", "unref": "keeps"}),
    ("minikube delete --all", {"others": "takes", "config": "keeps", "data": "keeps"}),
)
FIXTURES = FIXTURES + KIND_FIXTURES + MORE_FIXTURES + HELD_FIXTURES
