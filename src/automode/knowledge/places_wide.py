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
PROGRAMS = frozenset(p for rows in (LIFECYCLE, SYNCS, SELECTORS, CONTAINERS) for row in rows for p in row[0].split())
