"""The kept kind removed by its own command (session 26, Q4; rows of `knowledge.removal_forms`, read by
`judge.intent.kept_forms`): "uninstall the chart but keep the namespace monitoring" and `… && kubectl delete ns
monitoring`, "destroy container 214, keep the backup jobs" and `pvesh delete /cluster/backup/…`, "keep the snapshots"
and a snapshot delete, "keep the cron jobs" and `crontab -r`, "keep the logs" and a log group's delete, "keep the
topic" and `gcloud pubsub subscriptions delete` (the topic stays). The format of `removal_forms.FORMS`.
"""

from __future__ import annotations

from automode.knowledge.removal_row import Form, _f

_DOCKERS = "docker podman nerdctl"
# fmt: off
KIND_FORMS: tuple[Form, ...] = (
    _f("kubectl oc kubecolor", "delete namespace|namespaces|ns", "namespace", "", "-", "the namespace is deleted"),
    _f(_DOCKERS, "volume rm;volume prune;volume remove", "vols volumes", "", "-", "the volume (its data) is deleted"),
    _f("lxc incus", "storage volume delete", "vols volumes", "", "-", "the storage volume (its data) is deleted"),
    _f("gcloud", "compute disks delete", "disks vols", "", "-", "the disk is deleted"),
    _f("aws", "ec2 delete-volume", "disks vols", "", "-", "the volume is deleted"),
    _f("az", "disk delete", "disks vols", "", "-", "the disk is deleted"),
    _f("gcloud", "compute snapshots delete", "snapshots", "", "-", "the snapshot is deleted"),
    _f("aws", "ec2 delete-snapshot;rds delete-db-snapshot;rds delete-db-cluster-snapshot", "snapshots backups", "", "-",
       "the snapshot is deleted"),
    _f("az", "snapshot delete", "snapshots", "", "-", "the snapshot is deleted"),
    _f("lxc incus", "snapshot delete;delete-snapshot", "snapshots", "", "-", "the snapshot is deleted"),
    _f("virsh", "snapshot-delete", "snapshots", "", "-", "the snapshot is deleted"),
    _f("qm pct", "delsnapshot", "snapshots", "", "-", "the snapshot is deleted"),
    _f("pvesh", "delete", "jobs", "", "-", "the job is deleted"),
    _f("gcloud", "sql backups delete", "backups", "", "-", "the backup is deleted"),
    _f("aws", "backup delete-recovery-point", "backups", "", "-", "the recovery point is deleted"),
    _f("crontab", "", "jobs", "", "-", "every cron job of the user is deleted", act="-r"),
    _f("aws", "logs delete-log-group;logs delete-log-stream", "logs", "", "-", "the logs are deleted"),
    _f("gcloud", "logging logs delete", "logs", "", "-", "the logs are deleted"),
    _f("aws", "dynamodb delete-table", "parts data", "", "-", "the table and its items are deleted"),
    _f("aws", "sns delete-topic", "parts", "", "-", "the topic is deleted"),
    _f("gcloud", "pubsub topics delete", "parts", "", "-", "the topic is deleted"),
    _f("gcloud", "pubsub subscriptions delete", "parts", "-", "", "-"),
    _f("aws", "ecr delete-repository;ecr batch-delete-image", "images", "", "-", "the images are deleted"),
    _f("gcloud", "artifacts repositories delete", "images", "", "-", "the repository's images are deleted"),
    _f("git", "tag", "tag", "", "-", "the tag is deleted", act="-d,--delete"),
)
# fmt: on

#: Fixtures (tests/knowledge/test_s22_removal_forms.py reads them with `removal_forms.FIXTURES`).
KIND_FIXTURES: tuple[tuple[str, dict[str, str]], ...] = (
    ("kubectl delete ns monitoring", {"namespace": "takes", "vols": "takes", "disks": "takes", "resources": "takes"}),
    ("docker volume rm pgdata", {"vols": "takes", "volumes": "takes"}), ("crontab -r", {"jobs": "takes"}),
    ("crontab -l", {}), ("pvesh delete /cluster/backup/backup-214", {"jobs": "takes"}),
    ("git tag -d v1.2.0", {"tag": "takes"}), ("git tag v1.2.0", {}),
    ("gcloud pubsub subscriptions delete s1", {"parts": "keeps"}),
)
