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
    _f("kubectl oc kubecolor", "delete namespace|namespaces|ns", "namespace", "", "-", "the namespace is deleted", itself=True),
    _f(_DOCKERS, "volume rm;volume prune;volume remove", "vols volumes", "", "-", "the volume (its data) is deleted", itself=True),
    _f("lxc incus", "storage volume delete", "vols volumes", "", "-", "the storage volume (its data) is deleted", itself=True),
    _f("gcloud", "compute disks delete", "disks vols", "", "-", "the disk is deleted", itself=True),
    _f("aws", "ec2 delete-volume", "disks vols", "", "-", "the volume is deleted", itself=True),
    _f("az", "disk delete", "disks vols", "", "-", "the disk is deleted", itself=True),
    _f("gcloud", "compute snapshots delete", "snapshots", "", "-", "the snapshot is deleted", itself=True),
    _f("aws", "ec2 delete-snapshot;rds delete-db-snapshot;rds delete-db-cluster-snapshot", "snapshots backups", "", "-",
       "the snapshot is deleted", itself=True),
    _f("az", "snapshot delete", "snapshots", "", "-", "the snapshot is deleted", itself=True),
    _f("lxc incus", "snapshot delete;delete-snapshot", "snapshots", "", "-", "the snapshot is deleted", itself=True),
    _f("virsh", "snapshot-delete", "snapshots", "", "-", "the snapshot is deleted", itself=True),
    _f("qm pct", "delsnapshot", "snapshots", "", "-", "the snapshot is deleted", itself=True),
    _f("pvesh", "delete", "jobs", "", "-", "the job is deleted", itself=True),
    _f("gcloud", "sql backups delete", "backups", "", "-", "the backup is deleted", itself=True),
    _f("aws", "backup delete-recovery-point", "backups", "", "-", "the recovery point is deleted", itself=True),
    _f("crontab", "", "jobs", "", "-", "every cron job of the user is deleted", act="-r", itself=True),
    _f("aws", "logs delete-log-group;logs delete-log-stream", "logs", "", "-", "the logs are deleted", itself=True),
    _f("gcloud", "logging logs delete", "logs", "", "-", "the logs are deleted", itself=True),
    _f("aws", "dynamodb delete-table", "parts data", "", "-", "the table and its items are deleted", itself=True),
    _f("aws", "sns delete-topic", "parts", "", "-", "the topic is deleted", itself=True),
    _f("gcloud", "pubsub topics delete", "parts", "", "-", "the topic is deleted", itself=True),
    _f("gcloud", "pubsub subscriptions delete", "parts", "-", "", "-"),
    _f("aws", "ecr delete-repository;ecr batch-delete-image", "images", "", "-", "the images are deleted", itself=True),
    _f("gcloud", "artifacts repositories delete", "images", "", "-", "the repository's images are deleted", itself=True),
    _f("git", "tag", "tag", "", "-", "the tag is deleted", act="-d,--delete", itself=True),
    # the container kept while a member goes: a cluster (its node groups, node pools), an account (its groups), a
    # project (its services), a repository (its branches, releases)
    _f("eksctl", "delete cluster", "cluster", "", "-", "the whole cluster is deleted", itself=True),
    _f("eksctl", "delete nodegroup;delete iamserviceaccount;delete addon", "cluster", "-", "", "-"),
    _f("aws", "eks delete-cluster", "cluster", "", "-", "the whole cluster is deleted", itself=True),
    _f("aws", "eks delete-nodegroup;eks delete-addon", "cluster", "-", "", "-"),
    _f("gcloud", "container clusters delete", "cluster", "", "-", "the whole cluster is deleted", itself=True),
    _f("gcloud", "container node-pools delete", "cluster", "-", "", "-"),
    _f("az", "aks delete", "cluster", "", "-", "the whole cluster is deleted", itself=True),
    _f("az", "aks nodepool delete", "cluster", "-", "", "-"),
    _f("kind k3d", "delete cluster;cluster delete", "cluster", "", "-", "the whole cluster is deleted", itself=True),
    _f("userdel deluser", "", "account", "", "-", "the account is deleted", itself=True),
    _f("gpasswd", "", "account", "-", "", "-"),
    _f("gam", "delete user", "account", "", "-", "the account is deleted", itself=True),
    _f("gam", "update user", "account", "-", "", "-"),
    _f("aws", "iam delete-user", "account", "", "-", "the user is deleted", itself=True),
    _f("aws", "iam remove-user-from-group", "account", "-", "", "-"),
    _f("az", "ad user delete", "account", "", "-", "the user is deleted", itself=True),
    _f("gcloud", "projects delete", "project", "", "-", "the whole project is shut down with every resource in it", itself=True),
    _f("gh glab", "repo delete", "repo", "", "-", "the repository is deleted", itself=True),
)
# fmt: on

#: Fixtures (tests/knowledge/test_s22_removal_forms.py reads them with `removal_forms.FIXTURES`).
KIND_FIXTURES: tuple[tuple[str, dict[str, str]], ...] = (
    ("kubectl delete ns monitoring", {"namespace": "takes", "vols": "takes", "disks": "takes", "resources": "takes"}),
    ("docker volume rm pgdata", {"vols": "takes", "volumes": "takes"}), ("crontab -r", {"jobs": "takes"}),
    ("crontab -l", {}), ("pvesh delete /cluster/backup/backup-214", {"jobs": "takes"}),
    ("git tag -d v1.2.0", {"tag": "takes", "remote": "keeps"}), ("git tag v1.2.0", {}),
    ("gcloud pubsub subscriptions delete s1", {"parts": "keeps"}),
    ("eksctl delete cluster --name dev", {"cluster": "takes"}),
    ("eksctl delete nodegroup --cluster dev --name ng-old", {"cluster": "keeps"}),
    ("sudo userdel bob", {}), ("userdel bob", {"account": "takes", "home": "keeps"}),
    ("gam delete user ana@corp.com", {"account": "takes"}), ("gam update user ana@corp.com suspended on", {"account": "keeps"}),
)
