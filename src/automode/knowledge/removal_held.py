"""More removal forms (session 28, T5 "held"; rows of `knowledge.removal_forms`, read by `judge.intent.kept_forms`
and `kept_names`): what a detach, a schedule's delete, a worktree's removal, a guest's destroy and a credential's
reset remove and what they keep. The format of `removal_forms.FORMS`.

Facts from each tool's reference: velero `schedule delete` (the schedule only; the backups it made stay until their
TTL or `velero backup delete`); hcloud `volume detach`, aws ec2 `detach-volume`, gcloud compute `instances
detach-disk`, az `vm disk detach`, openstack `server remove volume`, lxc/incus `storage volume detach`, virsh
`detach-disk`, doctl `compute volume-action detach` (the link goes, the volume and its data stay) against each one's
volume delete; git-worktree(1) `remove` (the working tree goes; its branch stays: "git branch -d/-D" is the branch's
own delete); qm(1)/pct(1) `destroy --destroy-unreferenced-disks` (default 0: the disks with the guest's id that no
configuration references stay); openstack `server delete` (attached volumes are detached, not deleted); key
rotation: gcloud iam `service-accounts keys create` and aws iam `create-access-key` leave the old key, `keys
delete|disable` and `delete-access-key` take it, az `ad sp|app credential reset` replaces every credential unless
`--append` ("Append the new credential instead of overwriting"), az `storage account keys renew` (the old key value
stops working).
"""

from __future__ import annotations

from automode.knowledge.removal_row import Form, _f

# fmt: off
HELD_FORMS: tuple[Form, ...] = (
    # a schedule against the backups it made
    _f("velero", "schedule delete", "backups", "-", "", "-"),
    _f("velero", "backup delete", "backups", "", "-", "the backups are deleted", itself=True),
    # a detach: the link goes, the volume stays
    _f("hcloud", "volume detach", "vols volumes disks", "-", "", "-"),
    _f("hcloud", "volume delete", "vols volumes disks", "", "-", "the volume (its data) is deleted", itself=True),
    _f("aws", "ec2 detach-volume", "vols volumes disks", "-", "", "-"),
    _f("gcloud", "compute instances detach-disk", "vols volumes disks", "-", "", "-"),
    _f("az", "vm disk detach", "vols volumes disks", "-", "", "-"),
    _f("openstack", "server remove volume", "vols volumes disks", "-", "", "-"),
    _f("openstack", "server delete", "vols volumes", "-", "", "-"),
    _f("openstack", "volume delete", "vols volumes disks", "", "-", "the volume (its data) is deleted", itself=True),
    _f("lxc incus", "storage volume detach", "vols volumes", "-", "", "-"),
    _f("virsh", "detach-disk", "disks vols", "-", "", "-"),
    _f("doctl", "compute volume-action detach", "vols volumes disks", "-", "", "-"),
    _f("doctl", "compute volume delete", "vols volumes disks", "", "-", "the volume (its data) is deleted", itself=True),
    # a worktree against its branch
    _f("git", "worktree remove;worktree prune", "branch", "-", "", "-"),
    # a branch's own delete (the kind kept by "keep the branch X": `kept_forms.taken`)
    _f("git", "branch", "branch", "", "-", "the branch itself is deleted", act="-d,--delete,-D", bundled=True,
       itself=True),
    # the disks no configuration references
    _f("qm pct", "destroy", "unref", "-,--destroy-unreferenced-disks=0", "--destroy-unreferenced-disks",
       "the disks with the guest's id that no configuration references are destroyed too"),
    # flux `delete kustomization` garbage-collects what it applied when prune is on ("Delete a kustomization and the
    # Kubernetes resources created by it when prune is enabled"); a suspended one is deleted alone; a HelmRelease's
    # delete uninstalls its release; heroku `apps:destroy` destroys the app's add-ons with their data
    _f("flux", "delete kustomization|ks|helmrelease|hr", "resources", "", "-",
       "the workloads it applied are deleted with it (garbage collection, unless it was suspended first)"),
    _f("heroku", "apps:destroy|destroy", "addon data", "", "-", "the app's add-ons (its database) are destroyed with it"),
    # a new credential beside the old one
    _f("gcloud", "iam service-accounts keys create", "old", "-", "", "-"),
    _f("gcloud", "iam service-accounts keys delete;iam service-accounts keys disable", "old", "", "-",
       "the key is deleted (or disabled): it no longer works", itself=True),
    _f("aws", "iam create-access-key;iam create-service-specific-credential;iam upload-ssh-public-key", "old", "-", "",
       "-"),
    _f("aws", "iam delete-access-key;iam delete-service-specific-credential;iam delete-ssh-public-key;"
       "iam delete-signing-certificate", "old", "", "-", "the key is deleted: it no longer works", itself=True),
    _f("az", "ad sp credential reset;ad app credential reset", "old", "--append", "-",
       "every credential it had is replaced: the old ones stop working"),
    _f("az", "storage account keys renew;cosmosdb keys regenerate", "old", "", "-",
       "the key is regenerated: its old value stops working"),
)
# fmt: on

#: Fixtures (tests/knowledge/test_s22_removal_forms.py reads them with `removal_forms.FIXTURES`).
HELD_FIXTURES: tuple[tuple[str, dict[str, str]], ...] = (
    ("velero schedule delete daily-full --confirm", {"backups": "keeps"}),
    ("velero backup delete --all --confirm", {"backups": "takes"}),
    ("hcloud volume detach vol-data-1", {"vols": "keeps", "volumes": "keeps", "disks": "keeps"}),
    ("hcloud volume delete vol-data-1", {"vols": "takes", "volumes": "takes", "disks": "takes"}),
    ("git worktree remove ../wal-exp", {"changes": "keeps", "force": "keeps", "branch": "keeps"}),
    ("qm destroy 311", {"disks": "takes", "jobs": "keeps", "resources": "takes", "backups": "keeps", "unref": "keeps"}),
    ("qm destroy 311 --destroy-unreferenced-disks 1", {"disks": "takes", "jobs": "keeps", "resources": "takes",
                                                       "backups": "keeps", "unref": "takes"}),
    ("flux delete kustomization apps --silent", {"resources": "takes"}),
    ("heroku apps:destroy shop-old --confirm shop-old", {"addon": "takes", "data": "takes"}),
    ("az ad sp credential reset --id x --append", {"old": "keeps"}),
    ("az ad sp credential reset --id x", {"old": "takes"}),
    ("aws iam delete-access-key --access-key-id AKIA", {"old": "takes"}),
)
