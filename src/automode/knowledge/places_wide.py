"""Where a command puts a prefix, a destination it deletes into, a selector of many instances, or the container of an
object (session 28, class T4, helper `said`; read by `judge.intent.place_wider`).

Census (sources: the tools' manuals):

| kind | program and form | wide value |
|---|---|---|
| lifecycle prefix | `aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration JSON` (`Rules[].Filter.Prefix`, `Filter.And.Prefix`, legacy `Rules[].Prefix`) | "" or no Prefix: every object |
| | `mc ilm rule add/edit ALIAS/BUCKET --prefix P` (MinIO), `mc ilm add` | no `--prefix`: every object |
| | an edited lifecycle JSON or Terraform `filter { prefix = "" }` | the same |
| sync that deletes | `rsync --delete*`, `rclone sync`/`bisync`, `aws s3 sync --delete`, `gsutil rsync -d`, `gcloud storage rsync --delete-unmatched-destination-objects`, `azcopy sync --delete-destination=true`, `mc mirror --remove`, `rsync --remove-source-files`? (source: not here) | the destination, a parent of the place said |
| selector | `aws ssm send-command`/`start-automation-execution`/`start-session` `--targets Key=tag:*`, `Key=resource-groups:*`, `Key=tag-key` | every instance with the tag, where one instance id (`i-…`, `mi-…`) was said |
| container | `bq update|rm|mk|truncate` on `project:dataset` | a table `project:dataset.table` said |
| level | `git config --global/--system`; PostgreSQL `ALTER SYSTEM SET`/`ALTER DATABASE … SET`, MySQL `SET GLOBAL`; Elasticsearch `PUT _all/_settings`, `PUT */_settings`, `PUT /_settings` | "this repo", a table named, an index named (any of ~10 languages) |
"""

from __future__ import annotations

#: (programs, leading words, where the prefix is: `json` for a lifecycle document, or the option).
LIFECYCLE: tuple[tuple[str, str, str], ...] = (
    ("aws", "s3api put-bucket-lifecycle-configuration", "json"),
    ("aws", "s3api put-bucket-lifecycle", "json"),
    ("mc mcli", "ilm rule add", "--prefix"),
    ("mc mcli", "ilm rule edit", "--prefix"),
    ("mc mcli", "ilm add", "--prefix"),
)
#: (programs, leading words, an option that makes it delete at the destination (a regex over one word; "" when the
#: form always deletes what the source lacks)).
SYNCS: tuple[tuple[str, str, str], ...] = (
    ("rsync", "", r"--delete(?:-\w+)?|--del|--delete-excluded|--mirror"),
    ("rclone", "sync", ""),
    ("rclone", "bisync", ""),
    ("aws", "s3 sync", r"--delete"),
    ("gsutil", "rsync", r"-[a-zA-Z]*d[a-zA-Z]*"),
    ("gcloud", "storage rsync", r"--delete-unmatched-destination-objects"),
    ("azcopy", "sync", r"--delete-destination(?:=true)?"),
    ("mc mcli", "mirror", r"--remove"),
)
#: (programs, leading words, option, a wide value (regex at its start), one instance as said (regex over the words)).
SELECTORS: tuple[tuple[str, str, str, str, str], ...] = (
    ("aws", "ssm send-command", "--targets", r"(?i)Key=(?:tag:|tag-key|resource-groups:)",
     r"(?<![\w-])m?i-[0-9a-f]{8,17}(?![\w-])"),
    ("aws", "ssm start-automation-execution", "--targets", r"(?i)Key=(?:tag:|tag-key|resource-groups:)",
     r"(?<![\w-])m?i-[0-9a-f]{8,17}(?![\w-])"),
    ("aws", "ssm create-association", "--targets", r"(?i)Key=(?:tag:|tag-key|resource-groups:)",
     r"(?<![\w-])m?i-[0-9a-f]{8,17}(?![\w-])"),
)
#: (programs, leading words (`|` alternatives), the container's shape (a whole word), the separator before its member).
CONTAINERS: tuple[tuple[str, str, str, str], ...] = (
    ("bq", "update|rm|mk|truncate", r"[\w-]+:[\w]+", "."),
)
#: A setting made at a wider level than the object named (session 28, T4): (programs, a literal the command holds,
#: the wide form (regex over the command's text), the words that name one object of the narrow level (regex), the
#: words that ask for the wide level (regex), verdict, what the wide level reaches).
_TABLE_WORDS = (r"(?i)\b(?:table|tabla|tabela|tabelle|tableau|tabella|tabel|таблиц\w*)\s+[`'\"]?[\w.]+|[\w.]+[`'\"]?\s+"
                r"(?:table|tabla|tabelle|tabel)\b|テーブル|表\s*[\w.]+|테이블")
LEVELS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("git", "--global", r"\bconfig\b.*\s--(?:global|system)\b",
     r"(?i)\bthis\s+(?:repo\w*|project|checkout)\b|\bonly\s+(?:here|in\s+this)\b|\blocal(?:ly)?\b|"
     r"\b(?:en\s+este|neste|nesse|in\s+diesem|dans\s+ce|in\s+questo|w\s+tym|в\s+этом)\s+(?:repo\w*|proyecto|"
     r"projeto|projekt\w*|projet|progetto|dépôt|depot|репозитори\w*|проект\w*)|このリポ|この(?:プロジェクト|リポジトリ)|"
     r"这个(?:仓库|项目)|이\s*(?:저장소|레포|프로젝트)",
     r"(?i)\bglobal\w*|\beverywhere\b|\ball\s+(?:my\s+)?repo|\bsystem\b|\bgloba\w*", "ask",
     "every repository of the user (or of the machine)"),
    ("psql mysql mariadb", "SYSTEM", r"(?i)\balter\s+system\s+set\b|\bset\s+global\b|\balter\s+database\s+\S+\s+set\b",
     _TABLE_WORDS, r"(?i)\bglobal\w*|\bsystem[- ]wide\b|\bserver[- ]wide\b|\bdatabase[- ]wide\b|\ball\s+tables\b|"
     r"\bevery\s+table\b|\balter\s+system\b", "deny", "every table of the server or database"),
    ("psql mysql mariadb", "GLOBAL", r"(?i)\bset\s+global\b", _TABLE_WORDS,
     r"(?i)\bglobal\w*|\bserver[- ]wide\b|\ball\s+tables\b", "deny", "every table of the server"),
    ("curl http https xh wget", "_settings", r"(?i)(?:-X\s*PUT|--request\s+PUT|\bPUT\b)[^|;&]*?(?:^|[\s'\"]|//)[\w.-]+(?::\d+)?/"
     r"(?:_all/|\*/)?_settings\b",
     r"(?i)\b(?:index|índice|indice|indeks|インデックス|索引|인덱스)\s+[`'\"]?[\w.-]+|[\w.-]+\s+(?:index|índice)\b",
     r"(?i)\ball\s+(?:the\s+)?indices\b|\bevery\s+index\b|\b_all\b|\bcluster[- ]wide\b|\ball\s+indexes\b", "deny",
     "every index of the cluster"),
)
PROGRAMS = frozenset(p for rows in (LIFECYCLE, SYNCS, SELECTORS, CONTAINERS, LEVELS) for row in rows
                     for p in row[0].split())
