"""What an act takes with the object named (session 19, J1): options and arguments that also act on something attached.

The user names one object; the command acts on it and, through one option, on a thing attached to it that nobody
named: `gh pr close 881 --delete-branch` (the contributor's head branch), `gh release delete v1 --cleanup-tag` (the
git tag), `aws s3 rb s3://b --force` (every object in a bucket the user believed empty), `aws ecr delete-repository
--force` (every image), `helm upgrade --reset-values` (the live values), `brew uninstall --zap` (the app's settings
and data), `apt-get remove --purge` (the configuration), `pnpm -r remove` / `npm uninstall --workspaces` (every
workspace package for one), `kubectl apply --prune` (whatever the manifests stopped listing), `taskkill /T` (every
child process). A tool call does the same with an argument (`include_children: true`, `deleteSubtasks: true`,
`recursive: true`, `cascade: true`).

Each row: the programs, the subcommand words the option has that meaning after (`()`: any), the options, what they
take, whether that is a destruction (refused) or a change (asked), and the words that ask for it (`WORDS`, in the
languages users type: "samt Tag", "with its branch", "ブランチも消して"). Options that only skip a confirmation
(`--yes`, most `--force`) are not here, nor the options of `REMOVES_MORE` below (volumes, disks, backups,
`--cascade`: read by `judge.intent.destroy_named` on a destruction a request released, AM-JUDGE-022), nor those of
`knowledge.pastneed` (archives that delete their sources). Read by `rules/attached.py`; released by
`judge.intent.attached_said` when the user's words name the attached thing.

Facts from each tool's reference: gh pr close (`-d, --delete-branch`: "Delete the local and remote branch after
close"), gh release delete (`--cleanup-tag`: "Delete the specified tag in addition to its release"), glab release
delete (`-t, --with-tag`), aws s3 rb (`--force`: "Deletes all objects in the bucket including the bucket itself"),
mc rb (`--force`), s3cmd rb (`--recursive`), aws ecr delete-repository (`--force`: "the repository is deleted even if
it contains images"), gcloud artifacts docker images delete (`--delete-tags`), helm upgrade (`--reset-values`, `--force`:
"force resource updates through a replacement strategy"), helm rollback (`--force`), brew uninstall (`--zap`), apt-get
(`--purge`), dpkg (`-P, --purge`), pnpm (`-r, --recursive`), npm (`-ws, --workspaces`), kubectl apply (`--prune`), argocd
app sync (`--prune`), taskkill (`/T`: "Ends the specified process and any child processes started by it"), doctl
(`--dangerous`: deletes the cluster's or droplet's associated volumes, load balancers and snapshots), nats kv del
(`--purge`: the key's history).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.parse import Command

# fmt: off
#: The words that ask for each attached thing, in the languages users type (matched as the start of a word, on the
#: user's messages and on their English reading).
WORDS: dict[str, str] = {
    "branch": r"branch|branches|head\s+branch|rama|ramas|zweig|branche|ramo|gałąź|gałęzi|větev|větve|vetvu|ブランチ|"
              r"分支|브랜치|ветк|гілк|dalı|şube|cabang|nhánh|gren|grenen|grein|haara|ág",
    "tag": r"tag|tags|étiquette|etiqueta|タグ|标签|標籤|태그|тег|etiket|značk",
    "contents": r"contents?|objects|files|everything|non-?empty|not\s+empty|with\s+(?:all\s+)?(?:its\s+)?(?:data|files)|"
                r"inhalt|alles|tout|todo|conteúdo|contenuto|inhoud|innehåll|indhold|innhold|zawartoś|obsah|中身|内容|내용|"
                r"содерж|вміст|isi|nội\s+dung|sisältö|force",
    "images": r"images?|imagen|imágenes|bilder|immagin|imagens|obraz|イメージ|镜像|鏡像|이미지|образ|everything|force",
    "data": r"zap|data|settings|preferences|everything|completely|daten|einstellungen|données|réglages|datos|ajustes|dados|"
            r"dati|impostazion|gegevens|dane|データ|設定|数据|設定|데이터|설정|данн|налаштуван",
    "config": r"purge|config|configs|configuration|everything|completely|konfiguration|configuración|configuração|"
              r"configurazione|configuratie|konfiguracj|設定|配置|설정|конфиг",
    "members": r"all|every|each|everywhere|every\s+package|all\s+packages|workspace-?wide|monorepo-?wide|recursive|"
               r"alle[nms]?|überall|todos|todas|partout|tous|toutes|tutti|tutte|dappertutto|overal|överallt|allt|"
               r"wszystk|všech|всех|везде|всіх|скрізь|全部|所有|すべて|全て|모든|전부|semua|tüm|hepsi|tất\s+cả|kaikki",
    "prune": r"prune|pruning|purge|delete\s+(?:the\s+)?(?:old|orphan|removed|stale)|orphan",
    "tree": r"tree|children|child\s+process|subprocess|kinder|hijos|enfants|figli|filhos|dzieci|děti|子プロセス|子进程|"
            r"자식|дочерн|дочірн|ağaç|alt\s+süreç",
    "values": r"reset(?:-|\s+(?:the\s+)?)values|reset|defaults?|default\s+values|from\s+scratch|clean\s+values",
    "recreate": r"force|forced|recreate|replace|neu\s+erstell|recrea|recrie|ricrea|再作成|重建|재생성|пересозда",
    "attached": r"volumes?|load\s*balancers?|snapshots?|everything|associated|dangerous|all\s+its|alles|todo|tout",
    "history": r"purge|history|historie|histoire|historial|histórico|storia|geschiedenis|historik|历史|履歴|기록|истори",
    "children": r"child|children|sub-?pages?|descendants|nested|everything\s+(?:under|below|inside)|unterseiten|"
                r"sous-pages|subpáginas|sottopagine|podstron|дочерн|子ページ|子页面|하위\s*페이지",
    "subtasks": r"sub-?tasks?|sub-?issues?|child\s+issues?|unteraufgaben|sous-tâches|subtareas|subtarefas|sottoattività|"
                r"podzada|подзадач|підзадач|サブタスク|子タスク|子任务|하위\s*작업|alt\s+görev",
    "replies": r"repl(?:y|ies)|thread|antworten|réponses|respuestas|respostas|risposte|ответ|返信|回复|답글",
    "versions": r"versions?|history|versionen|versiones|versões|versioni|версии|バージョン|版本|버전",
    "comments": r"comments?|kommentare|commentaires|comentarios|comentários|commenti|комментар|コメント|评论|댓글",
    "recursive": r"recursive|recursively|everything\s+(?:in|under|inside)|contents?|all\s+files|with\s+(?:its\s+)?"
                 r"(?:files|contents)|rekursiv|récursi|recursiv|rekurencyj|рекурсив|再帰|递归|재귀|alles|tout|todo",
}

#: (programs, subcommand words, options, what they take, destroys, the key of `WORDS`)
ROWS: tuple[tuple[frozenset[str], tuple[str, ...], frozenset[str], str, bool, str], ...] = (
    (frozenset({"gh"}), ("pr", "close"), frozenset({"--delete-branch", "-d"}),
     "also deletes the pull request's head branch (its commits, never merged)", True, "branch"),
    (frozenset({"gh"}), ("release", "delete"), frozenset({"--cleanup-tag"}),
     "also deletes the release's git tag", True, "tag"),
    (frozenset({"glab"}), ("release", "delete"), frozenset({"--with-tag", "-t"}),
     "also deletes the release's git tag", True, "tag"),
    # (session 23, N4: gitea's tea `releases delete --delete-tag`, "delete the tag too")
    (frozenset({"tea"}), ("releases|release|r", "delete|rm"), frozenset({"--delete-tag"}),
     "also deletes the release's git tag", True, "tag"),
    (frozenset({"aws"}), ("s3", "rb"), frozenset({"--force"}),
     "deletes every object in the bucket first, then the bucket", True, "contents"),
    (frozenset({"mc", "mcli"}), ("rb",), frozenset({"--force", "--dangerous"}),
     "deletes every object in the bucket first, then the bucket", True, "contents"),
    (frozenset({"s3cmd"}), ("rb",), frozenset({"--recursive", "-r"}),
     "deletes every object in the bucket first, then the bucket", True, "contents"),
    # a recursive removal of a bucket or a folder the user called empty takes every object in it first (session
    # 20, K1): asked, since the user asked for the removal and only the contents were never meant
    (frozenset({"gcloud"}), ("storage", "rm"), frozenset({"-r", "--recursive", "-R"}),
     "deletes every object under it first (a recursive removal)", False, "contents"),
    (frozenset({"gsutil"}), ("rm",), frozenset({"-r", "-R", "--recursive"}),
     "deletes every object under it first (a recursive removal)", False, "contents"),
    (frozenset({"aws"}), ("s3", "rm"), frozenset({"--recursive"}),
     "deletes every object under it first (a recursive removal)", False, "contents"),
    (frozenset({"s3cmd"}), ("del|rm",), frozenset({"--recursive", "-r"}),
     "deletes every object under it first (a recursive removal)", False, "contents"),
    (frozenset({"mc", "mcli"}), ("rm",), frozenset({"--recursive", "-r"}),
     "deletes every object under it first (a recursive removal)", False, "contents"),
    (frozenset({"aws"}), ("ecr", "delete-repository"), frozenset({"--force"}),
     "deletes every image in the repository first, then the repository", True, "images"),
    (frozenset({"aws"}), ("ecr-public", "delete-repository"), frozenset({"--force"}),
     "deletes every image in the repository first, then the repository", True, "images"),
    (frozenset({"gcloud"}), ("artifacts", "docker", "images", "delete"), frozenset({"--delete-tags"}),
     "also deletes every tag that points at the image", True, "tag"),
    (frozenset({"helm"}), ("upgrade",), frozenset({"--reset-values"}),
     "drops the release's live values (every value set before) and starts from the chart's defaults", False, "values"),
    (frozenset({"helm"}), ("upgrade",), frozenset({"--force"}),
     "deletes and recreates the release's resources where they changed (a replacement, not an update)", False,
     "recreate"),
    (frozenset({"helm"}), ("rollback",), frozenset({"--force"}),
     "deletes and recreates the release's resources where they changed (a replacement, not an update)", False,
     "recreate"),
    (frozenset({"brew"}), ("uninstall",), frozenset({"--zap"}),
     "also deletes the app's settings, caches and data in the home directory", True, "data"),
    (frozenset({"brew"}), ("remove",), frozenset({"--zap"}),
     "also deletes the app's settings, caches and data in the home directory", True, "data"),
    (frozenset({"brew"}), ("rm",), frozenset({"--zap"}),
     "also deletes the app's settings, caches and data in the home directory", True, "data"),
    (frozenset({"apt", "apt-get", "aptitude"}), ("remove",), frozenset({"--purge"}),
     "also deletes the packages' configuration files", True, "config"),
    (frozenset({"apt", "apt-get"}), ("autoremove",), frozenset({"--purge"}),
     "also deletes the packages' configuration files", True, "config"),
    (frozenset({"dpkg"}), (), frozenset({"-P", "--purge"}),
     "also deletes the package's configuration files", True, "config"),
    (frozenset({"pnpm"}), ("remove|rm|uninstall|un|update|up|upgrade|add",), frozenset({"-r", "--recursive"}),
     "in every package of the workspace, not the one named", False, "members"),
    (frozenset({"npm"}), ("uninstall|remove|rm|un|r|update|up|upgrade",), frozenset({"--workspaces", "-ws"}),
     "in every package of the workspace, not the one named", False, "members"),
    (frozenset({"yarn"}), ("workspaces", "foreach", "remove|add|up|upgrade|unlink|dedupe"),
     frozenset({"-A", "--all", "-R", "--recursive", "-W", "--worktree"}),
     "in every package of the workspace, not the one named", False, "members"),
    (frozenset({"kubectl", "oc"}), ("apply",), frozenset({"--prune"}),
     "also deletes every resource of the set that the manifests no longer list", False, "prune"),
    (frozenset({"argocd"}), ("app", "sync"), frozenset({"--prune"}),
     "also deletes the application's resources that Git no longer lists", False, "prune"),
    (frozenset({"taskkill"}), (), frozenset({"/T", "/t", "-T", "-t"}),
     "also ends every child process it started", True, "tree"),
    # a container removed with its anonymous volumes (docker rm `-v, --volumes`: "Remove anonymous volumes associated
    # with the container"): a database container's data lives there when no named volume was given (session 22, M2)
    *((frozenset({"docker", "podman", "nerdctl"}), lead, frozenset({"-v", "--volumes", "-fv", "-vf"}),
       "also deletes the container's anonymous volumes (the data of an image that declares a volume)", False, "attached")
      for lead in (("rm",), ("container", "rm"))),
    (frozenset({"doctl"}), (), frozenset({"--dangerous"}),
     "also deletes the resources associated with it (volumes, load balancers, snapshots)", True, "attached"),
    (frozenset({"nats"}), ("kv", "del"), frozenset({"--purge"}),
     "also deletes the key's history", True, "history"),
    (frozenset({"nats"}), ("kv", "rm"), frozenset({"--purge"}),
     "also deletes the key's history", True, "history"),
)
# fmt: on

# fmt: off
#: Options that make a destruction remove more than the thing itself (its disks, volumes, backups, the objects that
#: depend on it) or remove it for good, with the words that ask for that: option -> (programs it has that meaning
#: for, empty: any; the words). Options that only skip a confirmation (`--force` of most CLIs, `--yes`, `-q`) are not
#: here: a request to delete is the confirmation. Read by `judge.intent.destroy_named` (AM-JUDGE-022) on a destruction
#: a request released.
REMOVES_MORE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # (`qm destroy --purge` only drops the VM's backup and replication entries: the VM named is what goes)
    "--purge": (frozenset({"snap"}), frozenset({"purge", "purged", "purging", "everything", "completely", "fully"})),
    "--destroy-unreferenced-disks": (frozenset(), frozenset({"disk", "disks", "unreferenced", "purge", "everything"})),
    "--cascade": (frozenset(), frozenset({"cascade", "cascading", "dependents", "dependent", "everything"})),
    "--volumes": (frozenset({"docker", "podman", "docker-compose", "podman-compose", "nerdctl"}),
                  frozenset({"volume", "volumes", "data", "everything"})),
    "-v": (frozenset({"docker", "podman", "docker-compose", "podman-compose", "nerdctl"}),
           frozenset({"volume", "volumes", "data", "everything"})),
    "--delete-volumes": (frozenset(), frozenset({"volume", "volumes", "data", "everything"})),
    "--remove-volumes": (frozenset(), frozenset({"volume", "volumes", "data", "everything"})),
    "--with-volumes": (frozenset(), frozenset({"volume", "volumes", "data", "everything"})),
    "--delete-snapshots": (frozenset(), frozenset({"snapshot", "snapshots", "everything"})),
    "--include-snapshots": (frozenset(), frozenset({"snapshot", "snapshots", "everything"})),
    "--delete-data": (frozenset(), frozenset({"data", "everything"})),
    "--delete-disks": (frozenset(), frozenset({"disk", "disks", "everything"})),
    "--delete-data-disks": (frozenset(), frozenset({"disk", "disks", "everything"})),
    "--delete-automated-backups": (frozenset(), frozenset({"backup", "backups", "everything"})),
    "--no-backup": (frozenset(), frozenset({"backup", "backups"})),
    "--skip-backup": (frozenset(), frozenset({"backup", "backups"})),
    "--force-delete-without-recovery": (frozenset(), frozenset({"recovery", "permanently", "immediately", "forever"})),
    "--permanent": (frozenset(), frozenset({"permanent", "permanently", "forever", "good"})),
    "--permanently": (frozenset(), frozenset({"permanent", "permanently", "forever", "good"})),
    "--hard-delete": (frozenset(), frozenset({"hard", "permanent", "permanently", "forever"})),
    "--shred": (frozenset(), frozenset({"shred", "securely"})),
}
# fmt: on

PROGRAMS = frozenset(p for row in ROWS for p in row[0])
#: Attached things a request for the act includes unless the user believed there were none: "delete the bucket X" is
#: the bucket with what is in it (`aws s3 rb --force` is how it is done); "delete the EMPTY bucket X", "it has no
#: images" is a bucket the user believes empty, and `--force` empties one that is not.
IF_BELIEVED_EMPTY = frozenset({"contents", "images"})
#: Words that describe the object as empty: an adjective before or after it, "it has no …", in the languages users type.
EMPTY_SAID = lazyre.compile(
    r"(?i)\b(?:the|an?|den|det|de|die|der|das|dem|le|la|les|el|los|las|o|a|os|as|il|lo|i|gli|het|een|ten|ta|to|ту)\s+"
    r"(?:empty|tomme?|tomma|tomt|leere?[nmrs]?|vide|vacío|vacía|vazio|vazia|vuoto|vuota|lege|pust[ayeąe]|prázdn\w*|"
    r"пуст\w*|порожн\w*|boş)\b|"
    r"\b(?:empty|tomme?|tomma|tomt|leere?[nmrs]?|vide|vacío|vacía|vazio|vazia|vuoto|vuota|lege|pust[ayeąe]|prázdn\w*|"
    r"пуст\w*|порожн\w*|boş)\s+(?:s3\s+|ecr\s+|minio\s+)?(?:bucket|repo|repository|bucketen|bucketet|repositor\w*)\b|"
    r"\b(?:it|that|this|folder|directory|dir|prefix|bucket)(?:'s|’s|s)\s+(?:already\s+|now\s+|all\s+)?empty\b|"
    r"\b(?:bucket|repo|repository|folder|directory|prefix|it|ist|is|er|är|est|es|está|è|jest|je)\s+(?:already\s+|schon\s+|déjà\s+|ya\s+|"
    r"já\s+|già\s+|allerede\s+|redan\s+)?(?:empty|tom|tomt|leer|vide|vacío|vacía|vazio|vazia|vuoto|vuota|pusty|prázdný)\b|"
    r"\b(?:has|have|with|contains?|hat|har|a|tiene|tem|ha|ma)\s+(?:no|keine|ingen|aucun\w*|ningún|ninguna|nenhum\w*|"
    r"nessun\w*|geen|żadn\w*)\s+(?:images?|objects?|files?|data|contents?|bilder|objekt\w*|dateien|fichiers|"
    r"archivos|arquivos|file)\b|\bnothing\s+in\s+it\b|空の|空っぽ|빈\s*(?:버킷|저장소)|空桶|空的|"
    # a belief said as a likelihood ("it should be empty", "sollte leer sein", "debería estar vacío"; session 21, L1)
    r"\b(?:should|must|ought\s+to|would|will)\s+(?:already\s+|now\s+|all\s+)?be\s+(?:already\s+)?empty\b|"
    r"\b(?:probably|likely|surely)\s+empty\b|\b(?:sollte|müsste|dürfte|soll)\s+(?:schon\s+|bereits\s+)?leer\b|"
    r"\bleer\s+sein\b|\b(?:devrait|doit)\s+(?:déjà\s+)?être\s+vide\b|\b(?:debería|debe|tendría\s+que)\s+(?:de\s+)?"
    r"estar\s+vac[ií][oa]\b|\b(?:deveria|deve|devia)\s+estar\s+vazi[oa]\b|\b(?:dovrebbe|deve)\s+essere\s+vuot[oa]\b|"
    r"\bzou\s+leeg\s+moeten\b|\bborde\s+vara\s+tom\w*\b|\bpowin\w*\s+być\s+pust\w*|должен\s+быть\s+пуст\w*|"
    r"має\s+бути\s+порожн\w*|boş\s+olmalı|seharusnya\s+kosong|phải\s+trống|空のはず|应该是空|비어\s*있을")
#: A request to empty the thing (the verb, opening the clause: "empty the bucket", "vacía el bucket" read "empty
#: bucket", "clear out the folder"): its contents are what is asked for, whatever adjective follows.
EMPTIES = lazyre.compile(r"(?i)(?:^|[.;,!?\n]\s*|\b(?:please|pls|just|and|then|go|can\s+you)\s+)(?:empty|clear|purge|wipe)"
                         r"(?:\s+out)?\s+(?:the\s+|this\s+|that\s+|my\s+|our\s+)?(?:s3\s+|gcs\s+)?(?:bucket|folder|"
                         r"directory|prefix|repo|repository)\b")
#: Programs whose options start with `/` (Windows).
_SLASH = frozenset({"taskkill"})


def attached(cmd: Command) -> tuple[str, str, bool, str] | None:
    """(the option as written, what it takes, whether that destroys, the key of `WORDS`) when `cmd` is an act of
    `ROWS` given its option; None otherwise."""
    if cmd.name not in PROGRAMS:
        return None
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    slash = cmd.name in _SLASH
    pos: list[str] = []
    opts: list[str] = []
    for w in words:
        if w.startswith("-") or (slash and w.startswith("/") and len(w) <= 4):
            key, eq, val = w.partition("=")
            if eq and val.lower() in ("false", "0", "no", "off", "none", "orphan"):
                continue  # (`--prune=false`, `--cascade=orphan`: the option turned off)
            opts.append(key if w.startswith("--") else w)
        else:
            pos.append(w)
    low = [p.lower() for p in pos]
    for progs, lead, flags, what, destroys, key in ROWS:
        if cmd.name not in progs or len(low) < len(lead) or any(x not in w.split("|") for x, w in zip(low, lead, strict=False)):
            continue
        hit = next((o for o in opts if o in flags), None)
        if hit is not None:
            return hit, what, destroys, key
    return None


#: Acts whose option also deletes the head branch as routine (a merge's clean-up: no rule asks about it), read only so
#: that a boundary the user stated ("don't delete the branch", "keep the source branch") sees the deletion (session 20).
ROUTINE_ATTACHED: tuple[tuple[frozenset[str], tuple[str, ...], frozenset[str], str], ...] = (
    (frozenset({"gh"}), ("pr", "merge"), frozenset({"--delete-branch", "-d"}), "branch"),
    (frozenset({"glab"}), ("mr", "merge"), frozenset({"--remove-source-branch", "-d"}), "branch"),
    (frozenset({"az"}), ("repos", "pr"), frozenset({"--delete-source-branch"}), "branch"),
)
#: The nouns a user names each attached thing by (`WORDS` keys -> nouns), for a boundary's comparison.
ATTACHED_NOUNS: dict[str, frozenset[str]] = {
    "branch": frozenset({"branch", "branches", "head", "source"}), "tag": frozenset({"tag", "tags"}),
    "contents": frozenset({"objects", "contents", "files", "data"}), "images": frozenset({"images", "image"}),
    "data": frozenset({"data", "settings"}), "config": frozenset({"config", "configuration"}),
}


def attached_removal(cmd: Command) -> str | None:
    """The key of what an option of `cmd` also deletes (a table row of `ROWS` that destroys, or a merge's branch
    clean-up of `ROUTINE_ATTACHED`), None when it deletes nothing beside its object."""
    got = attached(cmd)
    if got is not None:
        return got[3] if got[2] or got[3] in ("contents",) else None
    if cmd.name not in ("gh", "glab", "az"):
        return None
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos = [w.lower() for w in words if not w.startswith("-")]
    for progs, lead, flags, key in ROUTINE_ATTACHED:
        if cmd.name in progs and pos[: len(lead)] == list(lead) and any(w.split("=", 1)[0] in flags for w in words
                                                                          if w.split("=", 1)[1:] != ["false"]):
            return key
    return None


def said_pattern(key: str) -> Any:
    """The compiled words that ask for the attached thing `key` (start of a word, any case)."""
    return lazyre.built(rf"(?i)(?<![\w-])(?:{WORDS[key]})")


# ------------------------------------------------------------------ a tool call's argument that takes the attached thing
#: A tool call's key (snake case, as `effects.mcp_name` spells keys) set true that also acts on what is attached, with
#: the key of `WORDS` that asks for it.
MCP_KEY = lazyre.compile(
    r"^(?:(?:include|with|delete|remove|and|also_delete|cascade_to|purge)_)?(children|child_pages|subpages|sub_pages|"
    r"descendants|subtasks|sub_tasks|sub_issues|subissues|child_issues|replies|thread|thread_replies|threads|"
    r"thread_messages|versions|all_versions|comments|"
    r"attachments|contents|files|tags|branch|head_branch|source_branch|volumes|snapshots|backups|history)$|"
    r"^(recursive|recurse|cascade|cascading|delete_subtasks|cleanup_tag|delete_branch|remove_source_branch)$")
_MCP_WORDS = {
    "children": "children", "child_pages": "children", "subpages": "children", "sub_pages": "children",
    "descendants": "children", "subtasks": "subtasks", "sub_tasks": "subtasks", "sub_issues": "subtasks",
    "subissues": "subtasks", "child_issues": "subtasks", "delete_subtasks": "subtasks", "replies": "replies",
    "thread": "replies", "thread_replies": "replies", "threads": "replies", "thread_messages": "replies",
    "versions": "versions", "all_versions": "versions", "history": "versions",
    "comments": "comments", "attachments": "contents", "contents": "contents", "files": "contents", "tags": "tag",
    "cleanup_tag": "tag", "branch": "branch", "head_branch": "branch", "source_branch": "branch",
    "delete_branch": "branch", "remove_source_branch": "branch", "volumes": "attached", "snapshots": "attached",
    "backups": "attached", "recursive": "recursive", "recurse": "recursive", "cascade": "children",
    "cascading": "children",
}  # fmt: skip
#: Tool-name words of acts that only read or list (an `include_children` there widens what is shown, not what is done).
_READ_TOOL = lazyre.compile(r"(?i)(?:^|_)(?:get|list|search|find|read|fetch|query|describe|show|view|export|count|"
                            r"retrieve|lookup|download|preview)(?:_|$)")


def _snake(key: str) -> str:
    import re

    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", key).replace("-", "_").lower()


def mcp_attached(tool: str, inp: Any) -> tuple[str, str] | None:
    """(the key as written, the key of `WORDS`) when a tool call that changes something sets a key that also takes
    what is attached to its object (`include_children: true`, `deleteSubtasks: true`, `recursive: true`)."""
    from automode.effects import mcp_name

    if not isinstance(inp, dict) or _READ_TOOL.search(mcp_name(tool)):
        return None
    for k, v in inp.items():
        if not isinstance(k, str) or not (v is True or (isinstance(v, str) and v.lower() in ("true", "yes", "all"))):
            continue
        m = MCP_KEY.match(_snake(k))
        if m is None:
            continue
        tail = m.group(1) or m.group(2)
        if tail in ("branch", "head_branch", "source_branch", "delete_branch", "remove_source_branch") and \
                "close" not in mcp_name(tool).split("_"):
            continue  # (a merge that deletes its merged head branch is how merges are done; a close loses the work)
        return k, _MCP_WORDS.get(tail, "children")
    return None


#: (command, the option found or None)
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("gh pr close 881 --delete-branch", "--delete-branch"), ("gh pr close 881 -d", "-d"), ("gh pr close 881", None),
    ("gh pr merge 881 --squash --delete-branch", None), ("gh release delete v1.2.0 --yes --cleanup-tag", "--cleanup-tag"),
    ("gh release delete v1.2.0 --yes", None), ("glab release delete v1.2.0 --with-tag", "--with-tag"),
    ("tea releases delete --repo ops/agent --confirm --delete-tag v2.0.0", "--delete-tag"),
    ("tea releases delete --repo ops/agent --confirm v2.0.0", None),
    ("aws s3 rb s3://tmp-x --force", "--force"), ("aws s3 rb s3://tmp-x", None), ("aws s3 rm s3://b/k --force", None),
    ("mc rb --force local/tmp-x", "--force"), ("aws ecr delete-repository --repository-name x --force", "--force"),
    ("aws ecr delete-repository --repository-name x", None),
    ("gcloud storage rm --recursive gs://scratch-raj", "--recursive"), ("gcloud storage rm gs://b/k.csv", None),
    ("gsutil -m rm -r gs://scratch-b", "-r"), ("gsutil rm gs://b/k", None), ("aws s3 rm --recursive s3://b/tmp/", "--recursive"),
    ("s3cmd del -r s3://b/tmp/", "-r"), ("mc rm --recursive --force local/b/x", "--recursive"),
    ("helm upgrade grafana grafana/grafana -f v.yaml --reset-values", "--reset-values"),
    ("helm upgrade grafana grafana/grafana -f v.yaml --reuse-values", None), ("helm upgrade x c --force", "--force"),
    ("helm install x c --force", None), ("brew uninstall --cask --zap docker", "--zap"),
    ("brew uninstall --cask docker", None), ("docker rm -v db-old", "-v"), ("docker rm -f db-old", None),
    ("docker run -v /data:/data x", None), ("apt-get remove --purge nginx", "--purge"), ("apt-get remove nginx", None),
    ("pnpm -r remove lodash", "-r"), ("pnpm --recursive update axios", "--recursive"),
    ("pnpm --filter ./packages/web remove lodash", None), ("pnpm -r build", None), ("pnpm -r publish", None),
    ("npm uninstall moment --workspaces", "--workspaces"), ("npm uninstall moment -w web", None),
    ("npm install --workspaces", None), ("yarn workspaces foreach -A remove lodash", "-A"),
    ("yarn workspaces foreach -A run build", None), ("yarn workspace @acme/web remove lodash", None), ("kubectl apply -f k8s/ --prune -l app=web", "--prune"),
    ("kubectl apply -f k8s/", None), ("argocd app sync web --prune", "--prune"),
    ("argocd app sync api-staging --prune=false", None),
    ("taskkill /F /T /PID 9184", "/T"), ("taskkill /PID 9184 /F", None),
    ("doctl kubernetes cluster delete sandbox --dangerous", "--dangerous"),
    ("doctl kubernetes cluster delete sandbox", None), ("nats kv del CONFIG api-key --purge", "--purge"),
)
#: (tool, input, the key found or None)
MCP_FIXTURES: tuple[tuple[str, dict[str, Any], str | None], ...] = (
    ("mcp__jira__delete_issue", {"issueIdOrKey": "PROJ-88", "deleteSubtasks": True}, "deleteSubtasks"),
    ("mcp__jira__delete_issue", {"issueIdOrKey": "PROJ-88"}, None),
    ("mcp__notion__archive_page", {"page_id": "a1", "include_children": True}, "include_children"),
    ("mcp__notion__get_page", {"page_id": "a1", "include_children": True}, None),
    ("mcp__github__close_pull_request", {"pull_number": 3, "delete_branch": True}, "delete_branch"),
    ("mcp__github__merge_pull_request", {"pull_number": 3, "delete_branch": True}, None),
    ("mcp__s3__delete_prefix", {"bucket": "b", "prefix": "tmp/", "recursive": True}, "recursive"),
    ("mcp__linear__delete_issue", {"id": "ENG-1", "include_sub_issues": False}, None),
    ("mcp__slack__chat_delete", {"channel": "C1", "ts": "1.2", "include_thread_replies": True}, "include_thread_replies"),
    ("mcp__slack__chat_delete", {"channel": "C1", "ts": "1.2"}, None),
)
