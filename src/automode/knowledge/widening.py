"""Options and forms that make an act wider than the verb the user said (session 21, L1; read by
`judge.intent.widened`, AM-JUDGE-037).

The user names a verb and one object ("remove the untracked files", "promote the rollout one step", "uninstall nginx
but keep its config", "delete the storage account X in rg-Y"); the action does that verb with an option or in a form
that reaches further: `git clean -x` (the ignored files too: `.env`, local settings, data kept out of git), `argo
rollouts promote --full` (every remaining step and analysis skipped), `apt-get purge` (the configuration too), `az
keyvault secret purge` (no recovery), `aws s3 sync --delete` (the destination's other objects), `terraform destroy`
with no `-target` (every resource of the workspace), `az group delete` (the group around the resource named),
`hub-tool repo rm` (the repository around the tag named). The rules that fire on these acts are released by the verb;
these tables say what the option or the form adds, so the release can check that the user's words name the widening
itself (in any language: `WORDS`), and refuse or ask when they do not.

Four tables:

* `ROWS`: an option, or the subcommand itself (`""` among the options), and what it adds (kind: `hidden` ignored or
  hidden objects, `config` configuration or data kept, `skips` steps or checks skipped, `permanent` no recovery,
  `extraneous` other objects at the destination deleted, `every` every member rather than the one, `recreate`
  deleted and made anew, `dataloss` data dropped to apply a change);
* `KEEPERS`: an option that keeps something (`adb uninstall -k`, `helm uninstall --keep-history`), left out where the
  user's words keep that thing;
* `SELECTORS`: an act whose narrowing option is left out where the user named one member (`terraform destroy` with no
  `-target` for a resource address, `jest -u` with no test path for one component's snapshots);
* `PARENTS`: an act on a container (a resource group, a project, a namespace, a stack, an image repository, a bucket)
  where the user named a thing inside it (the child nouns of the row, or a name that extends the container's:
  `acme/api:pr-221` for `acme/api`).

Facts from each tool's reference: git-clean(1) (`-x`: "Don't use the standard ignore rules"; `-X`: "Remove only files
ignored by Git"), Argo Rollouts `promote --full` ("skip all remaining steps and analysis"), apt-get(8) `purge`
("packages are removed and purged (any configuration files are deleted too)"), pacman(8) `-n, --nosave` ("ignore file
backup designations": configuration files go too), az keyvault secret purge ("permanently deletes the specified
secret"), aws s3 sync `--delete`, gsutil rsync `-d`, gcloud storage rsync `--delete-unmatched-destination-objects`,
azcopy sync `--delete-destination`, rclone sync ("deleting any excess files in the destination"), git-push(1)
`--mirror`/`--prune`, git-stash(1) `clear`, kubectl drain `--disable-eviction` ("bypassing PodDisruptionBudget"),
kubectl apply/replace `--force`, argocd app sync `--force`, gh pr merge `--admin` ("use administrator privileges to
merge a pull request that does not meet requirements"), prisma db push `--force-reset`/`--accept-data-loss`, docker
docker compose down `--rmi`, docker buildx build `--push` ("shorthand for --output=type=registry"), adb(1) `uninstall
-k` ("keep the data and cache directories"), helm uninstall `--keep-history`, kubectl delete `--cascade=orphan`,
gcloud compute instances delete `--keep-disks`, terraform destroy `-target`, pulumi destroy `--target`, jest/vitest
`-u` with a test path pattern.
"""

from __future__ import annotations

from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

# fmt: off
#: The words that name each widening itself, in the languages users type (matched as the start of a word on the
#: user's messages and on their English reading, `judge.intent.gloss`).
WORDS: dict[str, str] = {
    "ignored": r"ignored|gitignored?|\.gitignore|ignore[ds]?\s+files|-x\b|-fdx|-xdf|-dfx|everything|pristine|junk|"
               r"the\s+build\b|build\s+(?:output|artefacts?|artifacts?|dirs?|directories|files|caches?)|generated|"
               r"ignorier\w*|ignoré\w*|ignorad\w*|ignorat\w*|genegeerd\w*|ignorowan\w*|игнорир\w*|ігнор\w*|無視|忽略|무시|"
               r"diabaikan|yoksayıl\w*|bỏ\s+qua",
    "config": r"purge|config|configs|configuration|configurations|settings|everything|completely|conf\s+files|"
              r"konfiguration\w*|einstellung\w*|configuración|configuração|configurazione|configuratie|konfiguracj\w*|"
              r"設定|配置|설정|конфиг\w*|налаштуван\w*|yapılandırma|cấu\s+hình|asetuks\w*|konfigurasi",
    "steps": r"full|fully|all\s+(?:the\s+)?(?:remaining\s+)?steps|every\s+step|skip\w*|to\s+the\s+end|all\s+the\s+way|"
             r"100\s*%|completely|complete\s+(?:the\s+)?rollout|finish\w*|vollständig|komplett|alle\s+schritte|"
             r"complètement|tous\s+les\s+étapes|toutes\s+les\s+étapes|jusqu'au\s+bout|completo|completa|todos\s+los\s+pasos|"
             r"todas\s+as\s+etapas|tutti\s+i\s+passi|całkowicie|полностью|повністю|全部|全て|すべて|最後まで|完全|끝까지|"
             r"전체|tamamen|sepenuhnya|toàn\s+bộ",
    "purge": r"purge\w*|permanent\w*|for\s+good|forever|unrecoverabl\w*|irrecoverabl\w*|hard[- ]delete|no\s+recovery|"
             r"endgültig|dauerhaft|définitiv\w*|definitiv\w*|permanente\w*|per\s+sempre|para\s+siempre|para\s+sempre|"
             r"trwale|навсегда|безвозвратно|назавжди|永久|完全に削除|彻底|영구|kalıcı\w*|pysyväs\w*|selamanya|vĩnh\s+viễn",
    "extraneous": r"mirror\w*|exact(?:ly)?\s+(?:copy|match|the\s+same)|delete\w*|remov\w*|extraneous|stale|prune|"
                  r"sync\w*|synchron\w*|sincroni\w*|синхрон\w*|同期|同步|동기화|"
                  r"--delete|lösch\w*|spiegel\w*|supprim\w*|miroir|borra\w*|elimin\w*|espelh\w*|apag\w*|cancell\w*|"
                  r"specchi\w*|usuń\w*|удал\w*|видал\w*|削除|删除|삭제|sil\w*|hapus",
    "sync": r"sync\w*|mirror\w*|synchron\w*|synchro\w*|sincroni\w*|синхрон\w*|同期|同步|동기화|eşitle\w*|senkron\w*",
    "every": r"all|every|everything|each|whole|entire|alle[nms]?|tous|toutes|tout|todos|todas|todo|tutti|tutte|"
             r"wszystk\w*|всё|все|всех|усі|全部|所有|すべて|全て|모든|전부|tüm|hepsi|semua|tất\s+cả|kaikki",
    "clear": r"all|every|everything|clear|whole|entire|alle[nms]?|tous|toutes|todos|todas|tutti|wszystk\w*|все|всех|"
             r"全部|所有|すべて|全て|모든|전부|tüm|hepsi|semua|tất\s+cả|kaikki",
    "mirror": r"mirror\w*|--mirror|exact\s+copy|spiegel\w*|miroir|espejo|espelh\w*|specchi\w*|зеркал\w*|ミラー|镜像",
    "prune": r"prune|pruning|--prune|delete\s+(?:the\s+)?(?:remote|stale|old)\s+branches|stale\s+branches",
    "eviction": r"disable-eviction|disruption\s+budget|pdb|bypass\w*|ignore\s+(?:the\s+)?(?:pdb|budget)",
    "recreate": r"force\w*|recreat\w*|re-creat\w*|replace|delete\s+and\s+(?:re)?creat\w*|neu\s+erstell\w*|recré\w*|"
                r"recri\w*|ricre\w*|再作成|重建|재생성|пересозда\w*",
    "admin": r"admin\w*|bypass\w*|override\w*|without\s+(?:the\s+)?(?:review|approval|checks)|skip\w*\s+(?:the\s+)?"
             r"(?:review|protection|checks)|protection|管理者|관리자|админ\w*|yönetici",
    "dataloss": r"reset|from\s+scratch|drop\w*|data\s+loss|lose\s+(?:the\s+)?data|wipe\w*|accept-data-loss|force-reset|"
                r"zurücksetz\w*|réinitialis\w*|restablec\w*|redefin\w*|azzer\w*|сброс\w*|リセット|重置|초기화|sıfırla\w*",
    "images": r"images?|rmi|imagen\w*|bilder|immagin\w*|imagens|obraz\w*|イメージ|镜像|이미지|образ\w*",
    "push": r"push\w*|publish\w*|upload\w*|ship\w*|registry|ghcr|ecr|gcr|docker\s*hub|veröffentlich\w*|hochlad\w*|"
            r"pouss\w*|publi\w*|envi\w*|sub[ei]\w*|carica\w*|opublik\w*|wypchn\w*|опублик\w*|запуш\w*|загруз\w*|"
            r"プッシュ|公開|アップロード|推送|发布|上传|푸시|게시|업로드|yayınla\w*|gönder\w*|đẩy|unggah|dorong",
    "thread": r"thread|repl(?:y|ies)|antworten|réponses|respuestas|respostas|risposte|ответ\w*|返信|回复|답글|yanıt\w*",
}

#: Words that keep a thing (for `KEEPERS`): the verb of keeping near the noun, in the languages users type.
KEEP = (r"keep|keeping|kept|preserv\w*|retain\w*|don'?t\s+(?:delete|lose|remove|wipe)|without\s+(?:deleting|losing)|"
        r"behalt\w*|behold\w*|beholde|bevar\w*|garde[rz]?|gardant|conserv\w*|manten\w*|mantén|mantener|mantenha|manter|"
        r"mantieni|mantenere|zachowaj\w*|zostaw\w*|сохрани\w*|сохраня\w*|збереж\w*|残し\w*|残す|保留|保持|유지|남겨|"
        r"koru\w*|sakla\w*|simpan|giữ|säilytä\w*|pidä|behåll\w*|houd\w*|bewaar\w*|-k\b")
#: What a keeper option keeps, by the noun users name it with.
KEPT_NOUNS: dict[str, str] = {
    "data": r"data|daten|données|datos|dados|dati|gegevens|dane|dataene|dataen|datan|данн\w*|дан\w*|データ|数据|데이터|"
            r"veri\w*|cache|-k\b",
    "history": r"history|historie|historique|historial|histórico|storia|geschiedenis|historik|histori\w*|истори\w*|履歴|"
               r"历史|기록|geçmiş",
    "pods": r"pods?|replicas|containers?|dependents|children|orphan\w*",
    "disks": r"disks?|volumes?|boot\s+disk|datenträger|disque\w*|disco\w*|dysk\w*|диск\w*|ディスク|磁盘|디스크",
}
# fmt: on


@dataclass(frozen=True, slots=True)
class Widening:
    programs: frozenset[str]
    path: tuple[str, ...]  # leading operands, alternatives split by `|`; () = any
    opts: frozenset[str]  # options that widen; "" = the form itself (the path's last word) widens
    what: str  # what the option or form adds, for the reason
    kind: str  # hidden, config, skips, permanent, extraneous, every, recreate, dataloss
    verdict: str  # "deny" where what it adds is destroyed or a gate passed, "ask" where a person should decide
    said: str  # the key of `WORDS` whose words ask for it
    bundled: bool = False  # one-letter options come bundled (`git clean -fdx`)


def _w(programs: str, path: str, opts: str, what: str, kind: str, verdict: str, said: str,
       bundled: bool = False) -> Widening:
    return Widening(frozenset(programs.split()), tuple(path.split()), frozenset(opts.split(",")) if opts else
                    frozenset({""}), what, kind, verdict, said, bundled)


# fmt: off
ROWS: tuple[Widening, ...] = (
    _w("git", "clean", "-x", "also deletes the files git ignores (.env, local settings, data kept out of git)",
       "hidden", "deny", "ignored", bundled=True),
    _w("git", "clean", "-X", "deletes the files git ignores (.env, local settings, data kept out of git) instead of the "
       "untracked ones", "hidden", "deny", "ignored", bundled=True),
    _w("apt apt-get aptitude", "purge", "", "also deletes the packages' configuration files", "config", "deny", "config"),
    _w("pacman", "", "-Rn,-Rns,-Rsn,-Rnsc,-Rcns,-Rnc,--nosave", "also deletes the packages' configuration files",
       "config", "deny", "config"),
    _w("kubectl oc", "argo rollouts promote", "--full",
       "skips every remaining step, pause and analysis of the rollout (the whole traffic at once)", "skips", "deny",
       "steps"),
    _w("kubectl-argo-rollouts", "promote", "--full",
       "skips every remaining step, pause and analysis of the rollout (the whole traffic at once)", "skips", "deny",
       "steps"),
    _w("az", "keyvault secret|key|certificate|storage purge", "",
       "purges it for good: the soft-deleted item can no longer be recovered", "permanent", "ask", "purge"),
    _w("az", "keyvault purge", "", "purges the vault for good: it can no longer be recovered", "permanent", "ask",
       "purge"),
    _w("aws", "s3 sync", "--delete",
       "also deletes every object at the destination that the source lacks", "extraneous", "deny", "extraneous"),
    _w("gsutil", "rsync", "-d", "also deletes every object at the destination that the source lacks", "extraneous",
       "deny", "extraneous", bundled=True),
    _w("gcloud", "storage rsync", "--delete-unmatched-destination-objects",
       "also deletes every object at the destination that the source lacks", "extraneous", "deny", "extraneous"),
    _w("azcopy", "sync", "--delete-destination",
       "also deletes every file at the destination that the source lacks", "extraneous", "deny", "extraneous"),
    _w("rclone", "sync", "", "deletes every file at the destination that the source lacks (a copy would keep them)",
       "extraneous", "deny", "sync"),
    _w("git", "push", "--mirror", "makes the remote an exact mirror: every remote ref the local repository lacks is "
       "deleted", "extraneous", "deny", "mirror"),
    _w("git", "push", "--prune", "also deletes every remote branch that has no local counterpart", "extraneous", "deny",
       "prune"),
    _w("git", "stash clear", "", "drops every stash, not the one named", "every", "deny", "clear"),
    # every member for the one named (session 23, N4): hg-shelve(1) `--cleanup` "delete all shelved changes";
    # tmux(1) `kill-server` "kill the tmux server and clients and destroy all sessions", `kill-session -a` "all
    # sessions but the current one"; pipx `uninstall-all`
    _w("hg", "shelve|unshelve", "--cleanup", "deletes every shelved change, not the one named", "every", "deny", "clear"),
    _w("tmux", "kill-server", "", "kills every tmux session (and what runs in them), not the one named", "every",
       "deny", "every"),
    _w("tmux", "kill-session", "-a", "kills every other tmux session (and what runs in them), not the one named",
       "every", "deny", "every"),
    _w("pipx", "uninstall-all", "", "uninstalls every package pipx installed, not the one named", "every", "deny",
       "every"),
    _w("kubectl oc", "drain", "--disable-eviction", "deletes the pods past their PodDisruptionBudgets", "skips", "ask",
       "eviction"),
    _w("kubectl oc", "apply|replace", "--force", "deletes and recreates the resources it cannot patch", "recreate",
       "ask", "recreate"),
    _w("argocd", "app sync", "--force", "deletes and recreates the application's resources", "recreate", "ask",
       "recreate"),
    _w("gh", "pr merge", "--admin", "merges past the branch protection's required reviews and checks", "skips", "deny",
       "admin"),
    _w("prisma", "db push", "--force-reset", "drops the database and recreates it from the schema: every row is gone",
       "dataloss", "deny", "dataloss"),
    _w("prisma", "db push", "--accept-data-loss", "drops the columns and tables the schema no longer has, with their "
       "data", "dataloss", "deny", "dataloss"),
    _w("docker podman", "compose down", "--rmi", "also removes the images the services use", "every", "ask", "images"),
    _w("docker podman", "buildx build|build", "--push", "also pushes the image to its registry, where others pull "
       "it", "every", "deny", "push"),
    _w("docker podman", "push", "--all-tags,-a", "pushes every tag of the repository, not the one named", "every", "deny",
       "every"),
    _w("sequelize sequelize-cli", "db:migrate:undo:all", "", "undoes every migration, not the last one", "every", "deny",
       "every"),
    _w("knex", "migrate:rollback", "--all", "rolls back every migration batch, not the last one", "every", "deny",
       "every"),
    _w("php", "artisan migrate:reset", "", "rolls back every migration of the application", "every", "deny", "every"),
    _w("docker", "buildx bake", "--push", "also pushes every target's image to its registry", "every", "deny", "push"),
    _w("docker-compose podman-compose", "down", "--rmi", "also removes the images the services use", "every", "ask",
       "images"),
)
# fmt: on


@dataclass(frozen=True, slots=True)
class Keeper:
    programs: frozenset[str]
    path: tuple[str, ...]
    opts: frozenset[str]  # options (or `opt=value` forms) that keep the thing
    noun: str  # the key of `KEPT_NOUNS`
    without: str  # what goes without the option
    verdict: str


# fmt: off
KEEPERS: tuple[Keeper, ...] = (
    Keeper(frozenset({"adb"}), ("uninstall",), frozenset({"-k"}), "data",
           "the app's data and cache directories are deleted with it", "ask"),
    Keeper(frozenset({"helm"}), ("uninstall|delete|del|un",), frozenset({"--keep-history"}), "history",
           "the release's history is deleted with it (no rollback)", "ask"),
    Keeper(frozenset({"kubectl", "oc"}), ("delete",), frozenset({"--cascade=orphan", "--cascade=false"}), "pods",
           "the pods and other dependents it owns are deleted with it", "deny"),
    Keeper(frozenset({"gcloud"}), ("compute", "instances", "delete"), frozenset({"--keep-disks"}), "disks",
           "the disks set to auto-delete go with it", "deny"),
)


@dataclass(frozen=True, slots=True)
class Selector:
    programs: frozenset[str]
    path: tuple[str, ...]
    needs: frozenset[str]  # options that pick the part; any of them settles it ("" = no option is needed)
    trigger: frozenset[str]  # options the act must carry to be the widening one (empty: the form itself)
    child: str  # how a member is named: nouns, or "address" (an IaC `type.name` address)
    what: str
    verdict: str
    operand: bool = False  # a positional operand after the path picks the part too (a test path)


#: How users name a part of a bucket: a prefix, a folder, what is under a path.
_PREFIX_NOUNS = (r"prefix(?:es)?|präfix\w*|préfixe\w*|prefijo\w*|prefisso|prefiks\w*|префикс\w*|プレフィックス|前缀|접두사|"
                 r"folders?|ordner|dossier|carpeta|pasta|cartella|katalog\w*|папк\w*|フォルダ|文件夹|폴더|under|unter|sous|"
                 r"bajo|sotto|onder|pod|под")
SELECTORS: tuple[Selector, ...] = (
    Selector(frozenset({"terraform", "tofu", "terragrunt"}), ("destroy",), frozenset({"-target", "--target"}),
             frozenset(), "address", "destroys every resource of the workspace, not only the one named", "deny"),
    Selector(frozenset({"terraform", "tofu", "terragrunt"}), ("apply",), frozenset({"-target", "--target"}),
             frozenset({"-destroy", "--destroy"}), "address",
             "destroys every resource of the workspace, not only the one named", "deny"),
    Selector(frozenset({"pulumi"}), ("destroy",), frozenset({"--target", "-t"}), frozenset(), "address",
             "destroys every resource of the stack, not only the one named", "deny"),
    Selector(frozenset({"jest", "vitest"}), (), frozenset({"-t", "--testNamePattern", "--testPathPattern",
                                                          "--testPathPatterns", "--selectProjects", "--project"}),
             frozenset({"-u", "--updateSnapshot", "--update", "-update"}), "component|test|tests|spec|suite|file|"
             "snapshots?\\s+(?:of|for)|komponente|composant|componente|コンポーネント|组件|컴포넌트|компонент\\w*",
             "rewrites every snapshot of the project, not only the named one's", "ask", operand=True),
    # a bucket's lifecycle rule with no prefix filter expires every object of the bucket (session 23, N4): MinIO
    # `mc ilm rule add` ("--prefix: the object prefix the rule applies to"; the older `mc ilm add`), s3cmd `expire`
    # (`--expiry-prefix`)
    Selector(frozenset({"mc", "mcli"}), ("ilm",), frozenset({"--prefix"}),
             frozenset({"--expire-days", "--expiry-days", "--expire-date", "--expiry-date", "--noncurrent-expire-days",
                        "--noncurrentversion-expiration-days", "--expire-delete-marker", "--transition-days",
                        "--transition-date"}), _PREFIX_NOUNS,
             "sets the rule on the whole bucket (no --prefix): every object in it expires, not only the prefix named",
             "deny"),
    Selector(frozenset({"s3cmd"}), ("expire",), frozenset({"--expiry-prefix"}), frozenset(), _PREFIX_NOUNS,
             "sets the expiry on the whole bucket (no --expiry-prefix): every object in it expires, not only the "
             "prefix named", "deny"),
)


@dataclass(frozen=True, slots=True)
class Parent:
    programs: frozenset[str]
    path: tuple[str, ...]
    unless: frozenset[str]  # options that narrow the act to a member (then it is not the container's removal)
    children: str  # the nouns of the things inside it, as users name them
    what: str  # the container, for the reason


_AZ_CHILDREN = (r"storage\s+accounts?|vms?|virtual\s+machines?|web\s*apps?|app\s+services?|function\s+apps?|key\s*vaults?|"
                r"vaults?|databases?|sql\s+servers?|vnets?|virtual\s+networks?|public\s+ips?|disks?|registr(?:y|ies)|acr|"
                r"cosmos\w*|redis|aks\s+clusters?|clusters?|containers?|container\s+apps?|"
                r"(?<!group\s)resources?(?!\s+groups?)|ressource(?!n?gruppe)|recurso(?!s?\s+grupo)|tallennustil\w*|"
                r"speicherkonto|compte\s+de\s+stockage|cuenta\s+de\s+almacenamiento|conta\s+de\s+armazenamento")
PARENTS: tuple[Parent, ...] = (
    Parent(frozenset({"az"}), ("group", "delete"), frozenset(), _AZ_CHILDREN, "the whole resource group"),
    Parent(frozenset({"gcloud"}), ("projects", "delete"), frozenset(),
           r"buckets?|instances?|vms?|clusters?|services?|functions?|datasets?|topics?|databases?|service\s+accounts?|"
           r"disks?|(?<!the\s)resources?", "the whole project"),
    Parent(frozenset({"kubectl", "oc"}), ("delete", "namespace|ns|namespaces|project"), frozenset(),
           r"pods?|deployments?|deploy|services?|svc|configmaps?|secrets?|jobs?|cronjobs?|statefulsets?|daemonsets?|"
           r"pvcs?|persistentvolumeclaims?|ingress(?:es)?|releases?", "the whole namespace"),
    Parent(frozenset({"aws"}), ("cloudformation", "delete-stack"), frozenset(),
           r"buckets?|functions?|lambdas?|tables?|queues?|topics?|roles?|(?<!the\s)resources?|instances?",
           "the whole stack"),
    Parent(frozenset({"hub-tool"}), ("repo", "rm|remove|delete"), frozenset(), r"tags?|images?", "the whole repository"),
    Parent(frozenset({"aws"}), ("ecr", "delete-repository"), frozenset(), r"tags?|images?", "the whole repository"),
    Parent(frozenset({"gcloud"}), ("artifacts", "repositories", "delete"), frozenset(), r"tags?|images?|packages?|versions?",
           "the whole repository"),
    Parent(frozenset({"az"}), ("acr", "repository", "delete"), frozenset({"--image", "-t", "--tag", "--manifest"}),
           r"tags?|images?|manifests?|digests?", "the whole repository"),
    Parent(frozenset({"gh"}), ("repo", "delete"), frozenset(), r"branch(?:es)?|tags?|releases?|files?|workflows?|issues?",
           "the whole repository"),
    Parent(frozenset({"aws"}), ("s3", "rb"), frozenset(), r"objects?|files?|keys?|prefix(?:es)?|folders?",
           "the whole bucket"),
    Parent(frozenset({"gsutil"}), ("rb",), frozenset(), r"objects?|files?|prefix(?:es)?|folders?", "the whole bucket"),
    Parent(frozenset({"gcloud"}), ("storage", "buckets", "delete"), frozenset(), r"objects?|files?|prefix(?:es)?|folders?",
           "the whole bucket"),
    Parent(frozenset({"az"}), ("storage", "account", "delete"), frozenset(),
           r"containers?|blobs?|shares?|file\s+shares?|tables?|queues?", "the whole storage account"),
    Parent(frozenset({"az"}), ("storage", "container", "delete"), frozenset(), r"blobs?|files?|folders?",
           "the whole container"),
    Parent(frozenset({"helm"}), ("uninstall|delete|del|un",), frozenset(),
           r"pods?|deployments?|configmaps?|secrets?|jobs?|cronjobs?|services?|ingress(?:es)?", "the whole release"),
    Parent(frozenset({"dropdb"}), (), frozenset(), r"tables?|schemas?|rows?|records?|views?", "the whole database"),
    # (session 23, N4) firebase `hosting:disable` "stop serving Firebase Hosting traffic for the active project" (every
    # channel) against `hosting:channel:delete`; `az webapp|functionapp delete` without `--slot` (the app with every
    # slot); fly `apps destroy` (every machine, volume and secret); heroku `apps:destroy`; `npm unpublish` with no
    # version (every version); `redis-cli DEL` of a hash for a field (not `gh release delete` for an asset: a release's
    # asset is named in the reason for deleting it too, "it had a broken binary")
    Parent(frozenset({"firebase"}), ("hosting:disable",), frozenset(),
           r"(?:preview\s+)?channels?|previews?|canal(?:es)?|canaux|kanal\w*|канал\w*|قناة|チャンネル|频道|채널",
           "the whole hosted site of the project (every channel goes offline)"),
    Parent(frozenset({"az"}), ("webapp|functionapp", "delete"), frozenset({"--slot", "-s"}),
           r"(?:deployment\s+)?slots?|steckpl\w*|emplacement\w*|ranura\w*|スロット|槽|슬롯|слот\w*",
           "the whole app with every deployment slot"),
    Parent(frozenset({"fly", "flyctl"}), ("apps|app", "destroy|delete|remove"), frozenset(),
           r"machines?|volumes?|secrets?|certs?|certificates?|maschine\w*|máquina\w*|machine\w*", "the whole app"),
    Parent(frozenset({"heroku"}), ("apps:destroy|destroy",), frozenset(),
           r"dynos?|add-?ons?|config\s+vars?|domains?", "the whole app"),
    Parent(frozenset({"npm", "pnpm", "yarn"}), ("unpublish",), frozenset(), r"versions?|versionen|versión|versão|"
           r"バージョン|版本|버전|верси\w*", "every version of the package"),
    Parent(frozenset({"redis-cli", "valkey-cli"}), ("del|unlink",), frozenset(),
           r"fields?|members?|entr(?:y|ies)|feld\w*|champs?|campos?|フィールド|字段|필드|пол[еяю]\w*", "the whole key"),
)
# fmt: on


def _positionals(cmd: Command) -> tuple[list[str], list[str]]:
    """(the operands, the options as written) of `cmd`."""
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos = [w for w in words if not w.startswith("-")]
    opts = [w for w in words if w.startswith("-")]
    return pos, opts


def path_ok(pos: list[str], path: tuple[str, ...]) -> bool:
    return len(pos) >= len(path) and all(p.lower() in alt.split("|") for p, alt in zip(pos, path, strict=False))


def _has(opts: list[str], flags: frozenset[str], bundled: bool) -> str | None:
    for o in opts:
        key, eq, val = o.partition("=")
        if eq and val.lower() in ("false", "0", "no", "off", "none"):
            continue
        if key in flags:
            return key
        if o in flags:
            return o
        if bundled and not o.startswith("--") and len(o) > 2:
            hit = next((f"-{ch}" for ch in o[1:] if f"-{ch}" in flags), None)
            if hit is not None:
                return hit
    return None


def _local(dest: str) -> bool:
    """A destination on this machine (`./assets`, `data/raw/`), not a bucket, a remote or a host (`s3://b`, `r2:x`)."""
    if "://" in dest or (":" in dest and not dest.startswith(("/", ".", "~"))):
        return False
    return dest.startswith(("/", ".", "~")) or "/" in dest


def widenings(cmd: Command) -> list[tuple[Widening, str]]:
    """The rows of `ROWS` the command is given (the row, the option or the form's word as written)."""
    name = cmd.name.rsplit("/", 1)[-1]
    out: list[tuple[Widening, str]] = []
    pos, opts = _positionals(cmd)
    for row in ROWS:
        if name not in row.programs or not path_ok(pos, row.path):
            continue
        if row.kind == "extraneous" and pos and _local(pos[-1]):
            continue  # (a download that prunes its local copy: the files it deletes are copies of the source's)
        if "" in row.opts:
            out.append((row, " ".join(pos[: len(row.path)])))
            continue
        hit = _has(opts, row.opts, row.bundled)
        if hit is not None:
            out.append((row, hit))
    return out


def keepers_left(cmd: Command) -> list[Keeper]:
    """The rows of `KEEPERS` whose act the command is, without the keeping option."""
    name = cmd.name.rsplit("/", 1)[-1]
    pos, opts = _positionals(cmd)
    out = []
    for row in KEEPERS:
        if name not in row.programs or not path_ok(pos, row.path):
            continue
        if any(o in row.opts or o.split("=", 1)[0] in row.opts for o in opts):
            continue
        out.append(row)
    return out


def unselected(cmd: Command) -> list[Selector]:
    """The rows of `SELECTORS` whose act the command is, carrying the trigger and none of the narrowing options."""
    name = cmd.name.rsplit("/", 1)[-1]
    pos, opts = _positionals(cmd)
    keys = {o.split("=", 1)[0] for o in opts}
    out = []
    for row in SELECTORS:
        if name not in row.programs or not path_ok(pos, row.path):
            continue
        if row.trigger and not keys & row.trigger and not any(o in row.trigger for o in opts):
            continue
        if keys & row.needs:
            continue
        if row.operand and len([p for p in pos[len(row.path):] if p not in ("run", "test", "watch")]) > 0:
            continue  # (`vitest -u src/Button.test.tsx`: the test path picks the part)
        out.append(row)
    return out


def parents(cmd: Command) -> list[Parent]:
    """The rows of `PARENTS` whose container removal the command is."""
    name = cmd.name.rsplit("/", 1)[-1]
    pos, opts = _positionals(cmd)
    keys = {o.split("=", 1)[0] for o in opts}
    return [row for row in PARENTS if name in row.programs and path_ok(pos, row.path) and not keys & row.unless]


#: Fixtures (tests/knowledge/test_widening.py): (command, the option or form found, or None).
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("git clean -fdx", "-x"), ("git clean -fd", None), ("git clean -X -f", "-X"), ("git clean -n -x", "-x"),
    ("apt-get purge -y nginx", "purge"), ("apt-get remove -y nginx", None), ("pacman -Rns nginx", "-Rns"),
    ("pacman -R nginx", None), ("kubectl argo rollouts promote checkout -n shop --full", "--full"),
    ("kubectl argo rollouts promote checkout -n shop", None), ("kubectl-argo-rollouts promote web --full", "--full"),
    ("az keyvault secret purge --vault-name kv --name x", "keyvault secret purge"),
    ("az keyvault secret delete --vault-name kv --name x", None),
    ("aws s3 sync dist/ s3://b/ --delete", "--delete"), ("aws s3 sync dist/ s3://b/", None),
    ("gsutil -m rsync -r -d dist gs://b", "-d"), ("gsutil -m rsync -r dist gs://b", None),
    ("rclone sync dist remote:b", "sync"), ("rclone copy dist remote:b", None), ("rclone sync r2:x/raw data/raw", None),
    ("git clean -fdX", "-X"),
    ("git push --mirror origin", "--mirror"), ("git push origin main", None), ("git stash clear", "stash clear"),
    ("git stash drop stash@{1}", None), ("kubectl drain node-7 --ignore-daemonsets --disable-eviction", "--disable-eviction"),
    ("kubectl drain node-7 --ignore-daemonsets", None), ("gh pr merge 12 --squash --admin", "--admin"),
    ("gh pr merge 12 --squash", None), ("prisma db push --force-reset", "--force-reset"), ("prisma db push --accept-data-loss",
                                                                                   "--accept-data-loss"),
    ("docker compose down --rmi all", "--rmi"),
    ("kubectl apply -f k8s/ --force", "--force"), ("argocd app sync web --force", "--force"),
    ("docker buildx build -t ghcr.io/acme/api:latest --push .", "--push"), ("docker push -a acme/api", "-a"),
    ("sequelize-cli db:migrate:undo:all", "db:migrate:undo:all"), ("knex migrate:rollback --all", "--all"), ("docker buildx build -t api:dev .", None),
    ("hg shelve --cleanup", "--cleanup"), ("hg shelve -d exp-cache", None), ("tmux kill-server", "kill-server"),
    ("tmux kill-session -t build", None), ("tmux kill-session -a -t build", "-a"), ("pipx uninstall-all", "uninstall-all"),
    ("pipx uninstall black", None),
)
SELECTOR_FIXTURES: tuple[tuple[str, bool], ...] = (
    ("mc ilm rule add --expire-days 90 local/logs-archive", True),
    ("mc ilm rule add --expire-days 90 --prefix app/ local/logs-archive", False), ("mc ilm rule ls local/b", False),
    ("s3cmd expire s3://b --expiry-days 7", True), ("s3cmd expire s3://b --expiry-days 7 --expiry-prefix tmp/", False),
    ("terraform destroy -auto-approve", True), ("terraform destroy -target=google_compute_instance.scratch", False),
    ("terraform apply -destroy -auto-approve", True), ("terraform apply -auto-approve", False),
    ("pulumi destroy --yes", True), ("pulumi destroy --target urn:pulumi:dev::x::aws:s3/bucket:Bucket::logs", False),
    ("jest -u", True), ("jest -u src/components/Button", False), ("jest -u -t Button", False),
    ("vitest run -u", True), ("vitest run -u src/Button.test.tsx", False), ("jest", False),
)
PARENT_FIXTURES: tuple[tuple[str, bool], ...] = (
    ("az group delete -n rg-x --yes", True), ("az storage blob delete -n a.csv -c c --account-name st1", False),
    ("hub-tool repo rm acme/api -f", True), ("hub-tool tag rm acme/api:pr-1", False),
    ("kubectl delete namespace shop", True), ("kubectl delete pod web-1 -n shop", False),
    ("az acr repository delete -n reg --repository api --yes", True),
    ("az acr repository delete -n reg --image api:pr-1 --yes", False), ("aws s3 rb s3://b --force", True),
    ("terraform destroy", False), ("docker compose down", False),
    ("firebase hosting:disable --project shop-web-stg --force", True),
    ("firebase hosting:channel:delete pr-212 --project shop-web-stg", False),
    ("az webapp delete -n shop-api -g rg", True), ("az webapp delete -n shop-api -g rg --slot staging", False),
    ("az webapp deployment slot delete -n shop-api -g rg --slot staging", False), ("fly apps destroy shop-api -y", True),
    ("fly machine destroy 3d8d9 -f", False), ("npm unpublish left-pad --force", True),
    ("redis-cli DEL session:42", True), ("redis-cli HDEL session:42 token", False),
)
KEEPER_FIXTURES: tuple[tuple[str, bool], ...] = (
    ("adb -e uninstall no.x.debug", True), ("adb uninstall -k no.x.debug", False),
    ("helm uninstall web -n shop", True), ("helm uninstall web --keep-history", False),
    ("kubectl delete deploy web", True), ("kubectl delete deploy web --cascade=orphan", False),
    ("adb install app.apk", False),
)
