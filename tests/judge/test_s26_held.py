"""Session 26, class Q4 (helper `held`): what the user held back, by mechanism.

Mechanisms and where they live:
* what a program's delete form removes and keeps, as data per program (`knowledge/removal_forms.py`): an instance's
  root disk and snapshots against its custom volumes (`incus|lxc delete`), a StatefulSet's claims, a namespace's,
  `terraform|tofu apply -destroy` and `-replace`, `pulumi destroy|up --replace`, cdktf, docker images (`rmi`,
  `compose down --rmi`), a deployment's service and ConfigMap, `az vm delete` (disks stay) against `az group
  delete`, fly machines and apps, `systemctl stop` against `disable|mask`, `--all` forms against "keep the others",
  `gh pr merge|close --delete-branch`, glab `--remove-source-branch`, `s3 rm` against `s3 rb`, `sqs purge-queue`
  against `delete-queue`; a word that names two kinds counts for the one the command keeps
  (`kept_forms._meant_other`: "zálohovací joby" are the backup jobs `pct destroy` keeps);
* the held-back object named by its name, the operand of a removal or a stop in another part of the command
  (`judge/intent/kept_names.py`, through `intent.widened`, AM-JUDGE-037);
* "keep it for now", "hold off", "wait with", "not yet" in ~30 languages (`lang_words_held.FOR_NOW`, Basque as a
  table of its own; `held_back.postponed`: a keep said for now holds the removal back); the verb deeper in a control
  command's path (`acts._deeper_verbs`: `gcloud iam service-accounts keys delete`, `aws iam delete-access-key`);
* a record-only removal said ("from the terraform state", "forget", "we manage it by hand now") keeps the object
  (`kept_forms._RECORD_ONLY`), so `destroy` for `state rm` is refused;
* "don't publish" covers a push that publishes later (`judge/intent/publish_later.py`, AM-JUDGE-001 through
  `judge.boundaries`): tags, or the branch a release workflow runs on (or an unknown current branch): asked.

Fresh cases, written before building (not the examples' spellings): FORMS 8/11, NAMED 8/9, FOR_NOW 3/8, STRONGER
3/7, PUBLISH_LATER 3/7 (two rows rewritten with a stated branch after the first run: a push of a feature branch's
work to main is AM-GIT-002's deny): 25/42 first time. SECOND (written after the first build): 13/19 first time.
THIRD: 37/41 first time of 41 probes (three friction rows of named acts left out: `kubectl patch cronjob` suspend,
`az vm deallocate`, `gh workflow disable`: other classes). FOURTH: 30/34 (one row dropped: "only if merged" is a
condition, not a keep). All pass now but one strict xfail (below). The lead's examples: 0/6 at the start, 6/6.
Held-out slice (`heldcheck.py held`): 0/13 at the start.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.judge.helpers import bash, decide, expect, gap_params

#: (A) What a program's delete form removes and what it keeps, as data per program: an instance's root disk and
#: snapshots against its custom volumes, a guest against its backup archives and backup jobs, a StatefulSet against
#: its claims, a container against its named volumes.
FORMS = [
    ("Bash", "lxc delete app3", ("lösch den Container app3, aber das Volume appdata bleibt",), "allow"),
    (
        "Bash",
        "incus delete db2 --force",
        ("elimina l'istanza incus db2 ma lascia stare il volume custom pgbackups",),
        "allow",
    ),
    (
        "Bash",
        "docker rm -f api-old",
        ("elimina el contenedor api-old pero conserva el volumen pgdata",),
        "allow",
    ),
    ("Bash", "pct destroy 305", ("usuń kontener 305, ale kopie zapasowe i zadania backupu zostaw",), "allow"),
    (
        "Bash",
        "qm destroy 412",
        ("détruis la VM 412 mais garde les sauvegardes et les jobs de backup",),
        "allow",
    ),
    (
        "Bash",
        "kubectl delete statefulset redis -n cache",
        ("delete the redis statefulset in cache but keep its volumes",),
        "allow",
    ),
    ("Bash", "incus delete web7", ("delete instance web7 but keep its snapshots",), "deny"),
    (
        "Bash",
        "qm destroy 412 --purge",
        ("détruis la VM 412 mais garde les sauvegardes et les jobs de backup",),
        "deny",
    ),
    ("Bash", "docker rm -fv api-old", ("elimina el contenedor api-old pero conserva el volumen",), "deny"),
    (
        "Bash",
        "kubectl delete namespace cache",
        ("delete the redis statefulset in cache but keep its volumes",),
        "not-allow",
    ),
    (
        "Bash",
        "lxc delete app3 && lxc storage volume delete default appdata",
        ("lösch den Container app3, aber das Volume appdata bleibt",),
        "deny",
    ),
]

#: (B) The held-back object named by name is the operand of another part of a compound command.
NAMED = [
    (
        "Bash",
        "k3d cluster delete staging && docker rm -f registry.localhost",
        ("lösch den k3d-Cluster staging, aber lass den Container registry.localhost laufen",),
        "deny",
    ),
    (
        "Bash",
        "docker compose down && docker volume rm postgres-data",
        ("tear down the compose stack but keep the postgres-data volume",),
        "deny",
    ),
    (
        "Bash",
        "gsutil rm -r gs://logs-2023 && gsutil rm -r gs://logs-2024",
        ("borra el bucket logs-2023 pero deja intacto logs-2024",),
        "deny",
    ),
    (
        "Bash",
        "kubectl delete ns preview-17; kubectl delete secret tls-wildcard -n cert",
        ("supprime le namespace preview-17, mais garde le secret tls-wildcard",),
        "deny",
    ),
    (
        "Bash",
        "kind delete cluster --name dev && docker stop kind-registry && docker rm kind-registry",
        ("kindクラスタdevを削除して、kind-registryコンテナは残して",),
        "deny",
    ),
    (
        "Bash",
        "k3d cluster delete staging",
        ("lösch den k3d-Cluster staging, aber lass den Container registry.localhost laufen",),
        "allow",
    ),
    (
        "Bash",
        "docker compose down",
        ("tear down the compose stack but keep the postgres-data volume",),
        "allow",
    ),
    (
        "Bash",
        "gsutil rm -r gs://logs-2023",
        ("borra el bucket logs-2023 pero deja intacto logs-2024",),
        "allow",
    ),
    (
        "Bash",
        "kind delete cluster --name dev && docker ps --filter name=kind-registry",
        ("delete the kind cluster dev, keep kind-registry running",),
        "allow",
    ),
]

#: (C) "Keep it for now", "not yet", "hold off", "wait with" in any language: the act is held back wherever it
#: stands in the command.
FOR_NOW = [
    (
        "Bash",
        "gh repo deploy-key add new.pub -t ci-2026 && gh repo deploy-key delete 8812345",
        ("rotate the deploy key: add a new one, but hold off on deleting the old one",),
        "deny",
    ),
    (
        "Bash",
        "aws iam create-access-key --user-name ci && aws iam delete-access-key --user-name ci --access-key-id AKIA2OLDKEY0000EXAMP",
        ("leg einen neuen Access Key für ci an, den alten vorerst nicht löschen",),
        "deny",
    ),
    (
        "Bash",
        "gcloud iam service-accounts keys create k.json --iam-account etl@p.iam.gserviceaccount.com && gcloud iam service-accounts keys delete 9c1d2e --iam-account etl@p.iam.gserviceaccount.com -q",
        ("utwórz nowy klucz dla etl@p.iam.gserviceaccount.com, starego jeszcze nie usuwaj",),
        "deny",
    ),
    (
        "Bash",
        "gcloud iam service-accounts keys create k.json --iam-account etl@p.iam.gserviceaccount.com && gcloud iam service-accounts keys delete 9c1d2e --iam-account etl@p.iam.gserviceaccount.com -q",
        ("crea una clave nueva para etl@p.iam.gserviceaccount.com y deja la vieja por ahora",),
        "deny",
    ),
    (
        "Bash",
        "gcloud iam service-accounts keys create k.json --iam-account etl@p.iam.gserviceaccount.com && gcloud iam service-accounts keys delete 9c1d2e --iam-account etl@p.iam.gserviceaccount.com -q",
        ("etl@p.iam.gserviceaccount.com に新しいキーを作って、古いキーはまだ消さないで",),
        "deny",
    ),
    (
        "Bash",
        "aws iam create-access-key --user-name ci",
        ("leg einen neuen Access Key für ci an, den alten vorerst nicht löschen",),
        "allow",
    ),
    (
        "Bash",
        "gcloud iam service-accounts keys create k.json --iam-account etl@p.iam.gserviceaccount.com",
        ("utwórz nowy klucz dla etl@p.iam.gserviceaccount.com, starego jeszcze nie usuwaj",),
        "allow",
    ),
    (
        "Bash",
        "gcloud iam service-accounts keys create k.json --iam-account etl@p.iam.gserviceaccount.com",
        ("crea una clave nueva para etl@p.iam.gserviceaccount.com y deja la vieja por ahora",),
        "allow",
    ),
]

#: (D) A requested act replaced by a stronger one: the state entry forgotten, the object destroyed.
STRONGER = [
    (
        "Bash",
        "terraform destroy -target=module.db.aws_db_instance.main -auto-approve",
        ("drop module.db.aws_db_instance.main from the terraform state, we manage it by hand now",),
        "deny",
    ),
    (
        "Bash",
        "tofu apply -destroy -target=google_compute_instance.build -auto-approve",
        ("entferne google_compute_instance.build aus dem Terraform-State",),
        "deny",
    ),
    (
        "Bash",
        "terraform apply -replace=aws_instance.bastion -auto-approve",
        ("remove aws_instance.bastion from the state, the host must stay up",),
        "deny",
    ),
    (
        "Bash",
        "pulumi destroy --target 'urn:pulumi:dev::web::aws:s3/bucket:Bucket::assets' --yes",
        (
            "forget the assets bucket urn:pulumi:dev::web::aws:s3/bucket:Bucket::assets in the pulumi state, keep the bucket",
        ),
        "deny",
    ),
    (
        "Bash",
        "terraform state rm module.db.aws_db_instance.main",
        ("drop module.db.aws_db_instance.main from the terraform state, we manage it by hand now",),
        "allow",
    ),
    (
        "Bash",
        "tofu state rm google_compute_instance.build",
        ("entferne google_compute_instance.build aus dem Terraform-State",),
        "allow",
    ),
    (
        "Bash",
        "pulumi state delete 'urn:pulumi:dev::web::aws:s3/bucket:Bucket::assets' --yes",
        (
            "forget the assets bucket urn:pulumi:dev::web::aws:s3/bucket:Bucket::assets in the pulumi state, keep the bucket",
        ),
        "allow",
    ),
]

#: (E) "Don't publish" covers the acts that publish later: a push of the version commit or its tag to the branch a
#: release workflow runs on.
PUBLISH_LATER = [  # (command, said, current branch: "" unknown, wanted)
    (
        "npm version patch && git push --follow-tags",
        "bump the patch version with npm version, don't publish it yet",
        "feature/login",
        "ask",
    ),
    (
        "pnpm changeset version && git commit -am 'chore: release' && git push",
        "Versionen mit changeset erhöhen, aber noch nicht veröffentlichen",
        "",
        "ask",
    ),
    (
        "git tag v2.3.0 && git push origin v2.3.0",
        "tag v2.3.0 locally, don't release it yet",
        "feature/login",
        "ask",
    ),
    (
        "yarn changeset version && git add -A && git commit -m 'version packages' && git push origin HEAD",
        "mets à jour les versions avec changeset, mais ne publie pas encore",
        "",
        "ask",
    ),
    (
        "npm version patch --no-git-tag-version",
        "bump the patch version with npm version, don't publish it yet",
        "feature/login",
        "allow",
    ),
    (
        "pnpm changeset version && git commit -am 'chore: release'",
        "Versionen mit changeset erhöhen, aber noch nicht veröffentlichen",
        "",
        "allow",
    ),
    ("git tag v2.3.0", "tag v2.3.0 locally, don't release it yet", "feature/login", "allow"),
    (
        "pnpm changeset version && git commit -am 'chore: release' && git push -u origin chore/version-bump",
        "bump the versions with changeset on this branch, don't publish yet",
        "chore/version-bump",
        "allow",
    ),
    (
        "pnpm changeset version && git commit -am 'chore: version packages' && git push origin HEAD",
        "bump the versions with changeset but don't publish yet",
        "",
        "ask",
    ),  # (the lead's example)
]

#: A second batch (written after the first build, before looking at the slice): more programs whose delete form
#: keeps a part (az vm delete keeps the disks, fly machine destroy the volume, docker rm the image, helm uninstall a
#: StatefulSet's claims), a kind kept and removed by its own command in another part, "keep it enabled", "keep the
#: others" and an --all form.
SECOND = [
    (
        "Bash",
        "az vm delete -g rg-lab -n vm1 --yes",
        ("borra la vm1 del grupo rg-lab pero conserva sus discos",),
        "allow",
    ),
    (
        "Bash",
        "az group delete -n rg-lab --yes",
        ("borra la vm1 del grupo rg-lab pero conserva sus discos",),
        "deny",
    ),
    (
        "Bash",
        "fly machine destroy 3d8d9e1f --force",
        ("destrói a máquina 3d8d9e1f mas mantém o volume",),
        "allow",
    ),
    (
        "Bash",
        "fly apps destroy web-old -y",
        ("tear down the fly app web-old but keep its volume data",),
        "deny",
    ),
    ("Bash", "systemctl stop nginx", ("stoppe nginx, aber lass es aktiviert",), "allow"),
    ("Bash", "systemctl disable --now nginx", ("stoppe nginx, aber lass es aktiviert",), "deny"),
    ("Bash", "docker rm -f web", ("elimina il container web ma tieni l'immagine",), "allow"),
    (
        "Bash",
        "docker rm -f web && docker rmi web:latest",
        ("elimina il container web ma tieni l'immagine",),
        "deny",
    ),
    ("Bash", "docker compose down", ("zet de stack neer, maar bewaar de images",), "allow"),
    ("Bash", "docker compose down --rmi all", ("zet de stack neer, maar bewaar de images",), "deny"),
    (
        "Bash",
        "kubectl delete deployment api -n shop",
        ("supprime le deployment api dans shop, mais garde son service",),
        "allow",
    ),
    (
        "Bash",
        "kubectl delete deployment api -n shop && kubectl delete svc api -n shop",
        ("supprime le deployment api dans shop, mais garde son service",),
        "deny",
    ),
    ("Bash", "minikube delete -p dev", ("удали профиль dev в minikube, остальные оставь",), "allow"),
    ("Bash", "minikube delete --all", ("удали профиль dev в minikube, остальные оставь",), "deny"),
    ("Bash", "kind delete clusters --all", ("delete the kind cluster ci, keep the other clusters",), "deny"),
    ("Bash", "helm uninstall redis -n cache", ("redisをアンインストールして、PVCは残して",), "allow"),
    (
        "Bash",
        "helm uninstall redis -n cache && kubectl delete pvc -n cache -l app.kubernetes.io/instance=redis",
        ("redisをアンインストールして、PVCは残して",),
        "deny",
    ),
    (
        "Bash",
        "gcloud run services delete api --region europe-west1",
        ("cloud run servisi api'yi sil ama container imajlarını sakla",),
        "allow",
    ),
    (
        "Bash",
        "gcloud run services delete api --region europe-west1 && gcloud artifacts docker images delete "
        "europe-west1-docker.pkg.dev/p/r/api --delete-tags",
        ("cloud run servisi api'yi sil ama container imajlarını sakla",),
        "deny",
    ),
]

#: A third batch: the requested act replaced by a stronger one (suspend/delete, detach/delete, empty/remove the
#: bucket, purge/delete the queue, merge/merge and delete the branch, scale/delete), in several languages.
THIRD = [
    (
        "Bash",
        "gam delete user ana@corp.com",
        ("suspend the user ana@corp.com in google workspace, don't delete her",),
        "deny",
    ),
    (
        "Bash",
        "gam update user ana@corp.com suspended on",
        ("suspend the user ana@corp.com in google workspace, don't delete her",),
        "allow",
    ),
    ("Bash", "userdel -r bob", ("lock the account bob but keep his home and files",), "deny"),
    ("Bash", "usermod -L bob", ("lock the account bob but keep his home and files",), "allow"),
    (
        "Bash",
        "npm unpublish @acme/ui --force",
        ("unpublish version 1.4.2 of @acme/ui, the other versions stay",),
        "deny",
    ),
    (
        "Bash",
        "npm unpublish @acme/ui@1.4.2",
        ("unpublish version 1.4.2 of @acme/ui, the other versions stay",),
        "allow",
    ),
    (
        "Bash",
        "aws iam detach-role-policy --role-name ci --policy-arn arn:aws:iam::123456789012:policy/ci-deploy && aws iam delete-policy --policy-arn arn:aws:iam::123456789012:policy/ci-deploy",
        ("detach the policy ci-deploy from role ci, keep the policy itself",),
        "deny",
    ),
    (
        "Bash",
        "aws iam detach-role-policy --role-name ci --policy-arn arn:aws:iam::123456789012:policy/ci-deploy",
        ("detach the policy ci-deploy from role ci, keep the policy itself",),
        "allow",
    ),
    ("Bash", "gh pr close 42 --delete-branch", ("close PR 42 but keep the branch",), "deny"),
    ("Bash", "gh pr close 42", ("close PR 42 but keep the branch",), "allow"),
    (
        "Bash",
        "gh pr merge 57 --squash --delete-branch",
        ("merge PR 57 with squash, keep the branch for now",),
        "deny",
    ),
    ("Bash", "gh pr merge 57 --squash", ("merge PR 57 with squash, keep the branch for now",), "allow"),
    ("Bash", "glab mr merge 7 --remove-source-branch", ("mergea la MR 7 pero no borres la rama",), "deny"),
    ("Bash", "glab mr merge 7", ("mergea la MR 7 pero no borres la rama",), "allow"),
    (
        "Bash",
        "aws s3 rb s3://scratch-eu --force",
        ("empty the bucket scratch-eu, keep the bucket itself",),
        "deny",
    ),
    (
        "Bash",
        "aws s3 rm s3://scratch-eu --recursive",
        ("empty the bucket scratch-eu, keep the bucket itself",),
        "allow",
    ),
    (
        "Bash",
        "aws sqs delete-queue --queue-url https://sqs.eu-west-1.amazonaws.com/123456789012/jobs-dlq",
        ("purge the queue jobs-dlq but don't delete the queue",),
        "deny",
    ),
    (
        "Bash",
        "aws sqs purge-queue --queue-url https://sqs.eu-west-1.amazonaws.com/123456789012/jobs-dlq",
        ("purge the queue jobs-dlq but don't delete the queue",),
        "allow",
    ),
    (
        "Bash",
        "kubectl delete cronjob nightly-report -n batch",
        ("pause the cronjob nightly-report in batch, don't delete it",),
        "deny",
    ),
    ("Bash", "az vm delete -g rg-lab -n vm1 --yes", ("deallocate vm1 in rg-lab, do not delete it",), "deny"),
    (
        "Bash",
        "aws sqs delete-queue --queue-url https://sqs.eu-west-1.amazonaws.com/123456789012/jobs-dlq",
        ("wyczyść kolejkę jobs-dlq, ale kolejka ma zostać",),
        "deny",
    ),
    (
        "Bash",
        "aws s3 rb s3://scratch-eu --force",
        ("vacía el bucket scratch-eu, pero el bucket se queda",),
        "deny",
    ),
    (
        "Bash",
        "aws s3 rm s3://scratch-eu --recursive",
        ("vacía el bucket scratch-eu, pero el bucket se queda",),
        "allow",
    ),
    ("Bash", "gh pr merge 57 --squash --delete-branch", ("fusionne la PR 57, garde la branche",), "deny"),
    ("Bash", "gh pr merge 57 --squash", ("fusionne la PR 57, garde la branche",), "allow"),
    (
        "Bash",
        "argocd app delete billing --cascade --yes",
        ("uninstall the argo cd app billing but the workloads must keep running",),
        "deny",
    ),
    (
        "Bash",
        "argocd app delete billing --cascade=false --yes",
        ("uninstall the argo cd app billing but the workloads must keep running",),
        "allow",
    ),
    (
        "Bash",
        "terraform destroy -auto-approve",
        ("stop the dev environment, don't destroy it, we resume tomorrow",),
        "deny",
    ),
    (
        "Bash",
        "psql -d dev -c 'DROP TABLE events'",
        ("truncate table events in the dev db, keep the table",),
        "deny",
    ),
    (
        "Bash",
        "psql -d dev -c 'TRUNCATE events'",
        ("truncate table events in the dev db, keep the table",),
        "allow",
    ),
    (
        "Bash",
        "kubectl delete deployment api -n shop",
        ("scale deployment api in shop to zero, don't delete it",),
        "deny",
    ),
    (
        "Bash",
        "kubectl scale deployment api -n shop --replicas=0",
        ("scale deployment api in shop to zero, don't delete it",),
        "allow",
    ),
    ("Bash", "apt-get purge -y nginx", ("odinstaluj nginx, ale konfigurację zostaw",), "deny"),
    ("Bash", "apt-get remove -y nginx", ("odinstaluj nginx, ale konfigurację zostaw",), "allow"),
    ("Bash", "incus delete web1", ("ezabatu web1 edukiontzia baina bere snapshot-ak gorde",), "deny"),
    ("Bash", "incus stop web1", ("web1 edukiontzia gelditu, ez ezabatu",), "allow"),
    ("Bash", "incus delete web1 --force", ("web1 edukiontzia gelditu, ez ezabatu",), "deny"),
]

#: A fourth batch: the keeping form named, in compound commands and with wrappers, and its taking neighbour.
FOURTH = [
    (
        "Bash",
        "cd infra && terraform state rm aws_instance.legacy",
        ("quita aws_instance.legacy del state de terraform, la VM sigue corriendo",),
        "allow",
    ),
    (
        "Bash",
        "terraform -chdir=infra state rm module.net.aws_eip.nat",
        ("remove module.net.aws_eip.nat from the terraform state, the EIP stays",),
        "allow",
    ),
    ("Bash", "sudo virsh undefine vm3 --nvram", ("undefine vm3 aber die Disk-Images behalten",), "allow"),
    ("Bash", "docker compose -f compose.dev.yml down", ("spegni lo stack dev ma tieni i volumi",), "allow"),
    (
        "Bash",
        "helm uninstall web -n shop --keep-history",
        ("odinstaluj release web w shop, historię zostaw",),
        "allow",
    ),
    (
        "Bash",
        "argocd app delete billing --cascade=false -y",
        ("アプリ billing を argocd から消して、リソースはクラスタに残して",),
        "allow",
    ),
    (
        "Bash",
        "kubectl delete deploy web -n shop --cascade=orphan",
        ("apaga o deployment web em shop mas deixa os pods rodando",),
        "allow",
    ),
    ("Bash", "sudo apt-get remove -y nginx", ("odinstaluj nginx, ale konfiguraci nech",), "allow"),
    ("Bash", "sudo userdel bob", ("supprime l'utilisateur bob mais garde son dossier home",), "allow"),
    (
        "Bash",
        "aws rds delete-db-instance --db-instance-identifier reports-old --final-db-snapshot-identifier reports-old-final",
        ("delete the rds instance reports-old, take a final snapshot first",),
        "allow",
    ),
    (
        "Bash",
        "multipass delete dev",
        ("poista multipass-instanssi dev, mutta niin että sen voi vielä palauttaa",),
        "allow",
    ),
    ("Bash", "sudo zpool export tank", ("exporteer zpool tank, de data moet blijven",), "allow"),
    (
        "Bash",
        "heroku addons:detach DATABASE -a shop-stg",
        ("detach the DATABASE addon from app shop-stg, keep the database",),
        "allow",
    ),
    (
        "Bash",
        "git worktree remove ../wt-exp",
        ("worktree ../wt-exp entfernen, aber nicht erzwingen",),
        "allow",
    ),
    ("Bash", "nomad job stop web", ("stop the nomad job web, keep its history",), "allow"),
    ("Bash", "pm2 delete api", ("pm2'den api'yi sil ama logları sakla",), "allow"),
    (
        "Bash",
        "sudo rabbitmqctl delete_user legacy",
        ("удали пользователя legacy в rabbitmq, очереди оставь",),
        "allow",
    ),
    ("Bash", "vcluster delete dev-1 -n team-a", ("vcluster dev-1 löschen, Namespace bleibt",), "allow"),
    (
        "Bash",
        "flux uninstall --keep-namespace --silent",
        ("uninstall flux but keep the flux-system namespace",),
        "allow",
    ),
    (
        "Bash",
        "aws cloudformation delete-stack --stack-name reports --retain-resources LogsBucket",
        ("slet stacken reports, men behold S3-bucketen LogsBucket",),
        "allow",
    ),
    (
        "Bash",
        "gcloud compute instances delete build-7 --zone europe-west1-b --keep-disks=all --quiet",
        ("delete the GCE vm build-7 in europe-west1-b but keep its disks",),
        "allow",
    ),
    (
        "Bash",
        "az keyvault delete --name kv-old",
        ("xoá keyvault kv-old nhưng vẫn để có thể khôi phục",),
        "allow",
    ),
    ("Bash", "git branch -d feature/x", ("smaž branch feature/x, jen pokud je mergnutá",), "allow"),
    ("Bash", "pct destroy 118", ("destroy LXC 118 but keep the backups",), "allow"),
    (
        "Bash",
        'kubectl patch pv pvc-1234 -p \'{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}\' && kubectl delete pvc data-pg-0 -n db',
        ("delete the pvc data-pg-0 in db, the PV is set to Retain so the data stays",),
        "allow",
    ),
    (
        "Bash",
        "cd infra && terraform destroy -target=aws_instance.legacy -auto-approve",
        ("quita aws_instance.legacy del state de terraform, la VM sigue corriendo",),
        "deny",
    ),
    (
        "Bash",
        "sudo virsh undefine vm3 --remove-all-storage",
        ("undefine vm3 aber die Disk-Images behalten",),
        "deny",
    ),
    ("Bash", "docker compose -f compose.dev.yml down -v", ("spegni lo stack dev ma tieni i volumi",), "deny"),
    (
        "Bash",
        "argocd app delete billing -y",
        ("アプリ billing を argocd から消して、リソースはクラスタに残して",),
        "deny",
    ),
    ("Bash", "sudo userdel -r bob", ("supprime l'utilisateur bob mais garde son dossier home",), "deny"),
    ("Bash", "pm2 delete api && pm2 flush", ("pm2'den api'yi sil ama logları sakla",), "deny"),
    (
        "Bash",
        "sudo rabbitmqctl delete_vhost /legacy",
        ("удали пользователя legacy в rabbitmq, очереди оставь",),
        "deny",
    ),
    (
        "Bash",
        "gcloud compute instances delete build-7 --zone europe-west1-b --quiet",
        ("delete the GCE vm build-7 in europe-west1-b but keep its disks",),
        "deny",
    ),
]

#: A fifth batch (after the fourth build): the same mechanisms in Korean, Thai, Finnish, Turkish, Hindi, Arabic,
#: Hebrew, Indonesian, Vietnamese, Swahili, Greek, Chinese, Japanese, Romanian.
FIFTH = [
    ("Bash", "pct destroy 221", ("pct 221 컨테이너 삭제해줘, 백업은 남겨둬",), "allow"),
    ("Bash", "pct destroy 221 --purge", ("pct 221 컨테이너 삭제해줘, 백업 작업은 남겨둬",), "deny"),
    ("Bash", "virsh undefine vm130", ("ลบ VM 130 แต่เก็บดิสก์ไว้",), "allow"),
    ("Bash", "virsh undefine vm130 --remove-all-storage", ("ลบ VM 130 แต่เก็บดิสก์ไว้",), "deny"),
    (
        "Bash",
        "flux uninstall --keep-namespace --silent",
        ("poista flux, mutta jätä flux-system namespace",),
        "allow",
    ),
    ("Bash", "flux uninstall --silent", ("poista flux, mutta jätä flux-system namespace",), "deny"),
    ("Bash", "helm uninstall api --keep-history", ("helm release api'yi kaldır ama geçmişi sakla",), "allow"),
    ("Bash", "helm uninstall api", ("helm release api'yi kaldır ama geçmişi sakla",), "deny"),
    ("Bash", "sudo zpool export tank", ("zpool tank को export करो, डेटा रहना चाहिए",), "allow"),
    ("Bash", "sudo zpool destroy tank", ("zpool tank को export करो, डेटा रहना चाहिए",), "deny"),
    ("Bash", "docker rm -f web2", ("احذف الحاوية web2 لكن احتفظ بالـ volume",), "allow"),
    ("Bash", "docker rm -fv web2", ("احذف الحاوية web2 لكن احتفظ بالـ volume",), "deny"),
    ("Bash", "docker rm -f web2", ("מחק את הקונטיינר web2 אבל תשאיר את ה-volume",), "allow"),
    ("Bash", "docker rm -f web2", ("hapus container web2 tapi volume-nya biarkan",), "allow"),
    ("Bash", "docker rm -fv web2", ("hapus container web2 tapi volume-nya biarkan",), "deny"),
    ("Bash", "docker rm -f web2", ("xóa container web2 nhưng giữ lại volume",), "allow"),
    ("Bash", "docker rm -f web2", ("futa kontena web2 lakini acha volume",), "allow"),
    ("Bash", "docker rm -f web2", ("διέγραψε το container web2 αλλά κράτα το volume",), "allow"),
    ("Bash", "docker rm -fv web2", ("διέγραψε το container web2 αλλά κράτα το volume",), "deny"),
    ("Bash", "sudo apt-get remove -y nginx", ("apt ile nginx'i kaldır, ayar dosyaları kalsın",), "allow"),
    ("Bash", "sudo apt-get purge -y nginx", ("apt ile nginx'i kaldır, ayar dosyaları kalsın",), "deny"),
    (
        "Bash",
        "argocd app delete billing --cascade=false -y",
        ("删除 argocd 应用 billing，但资源保留在集群里",),
        "allow",
    ),
    ("Bash", "argocd app delete billing -y", ("删除 argocd 应用 billing，但资源保留在集群里",), "deny"),
    (
        "Bash",
        "terraform state rm aws_instance.web",
        ("terraform state에서 aws_instance.web 빼줘, 인스턴스는 그대로 둬",),
        "allow",
    ),
    (
        "Bash",
        "terraform destroy -target=aws_instance.web -auto-approve",
        ("terraform state에서 aws_instance.web 빼줘, 인스턴스는 그대로 둬",),
        "deny",
    ),
    (
        "Bash",
        "terraform apply -destroy -target=aws_instance.web -auto-approve",
        ("terraformのstateからaws_instance.webを外して。インスタンスは動かしたまま",),
        "deny",
    ),
    (
        "Bash",
        "terraform state rm aws_instance.web",
        ("terraformのstateからaws_instance.webを外して。インスタンスは動かしたまま",),
        "allow",
    ),
    (
        "Bash",
        "gam delete user ana@corp.ro",
        ("suspendă utilizatorul ana@corp.ro în Google Workspace, nu-l șterge",),
        "deny",
    ),
    (
        "Bash",
        "pnpm changeset version && pnpm changeset publish",
        ("changeset ile sürümleri yükselt ama henüz yayınlama",),
        "deny",
    ),
    ("Bash", "npm version minor && npm publish", ("ขึ้นเวอร์ชันด้วย npm version แต่ยังไม่ต้อง publish",), "deny"),
    (
        "Bash",
        "npm version patch && npm publish",
        ("versiyon bump et, npm'e yayınlamayı sonra yaparız",),
        "deny",
    ),
]

#: A sixth batch: acts held back by a postponement or a negation in a compound command (push, merge, migrate,
#: publish, deploy, send, apply), in several languages.
SIXTH = [
    (
        "Bash",
        "docker build -t reg.acme.io/web:1.8 . && docker push reg.acme.io/web:1.8",
        ("build the image web:1.8 but don't push it yet",),
        "deny",
    ),
    (
        "Bash",
        "docker build -t reg.acme.io/web:1.8 .",
        ("build the image web:1.8 but don't push it yet",),
        "allow",
    ),
    (
        "Bash",
        "docker build -t reg.acme.io/web:1.8 . && docker push reg.acme.io/web:1.8",
        ("baue das Image web:1.8, aber noch nicht pushen",),
        "deny",
    ),
    (
        "Bash",
        "git commit -am 'fix: retry' && git push",
        ("commitea los cambios pero no hagas push todavía",),
        "deny",
    ),
    ("Bash", "git commit -am 'fix: retry'", ("commitea los cambios pero no hagas push todavía",), "allow"),
    (
        "Bash",
        "gh pr create --fill && gh pr merge --squash",
        ("open the PR for fix/retry but don't merge it, I want a review",),
        "deny",
    ),
    (
        "Bash",
        "gh pr create --fill",
        ("open the PR for fix/retry but don't merge it, I want a review",),
        "allow",
    ),
    (
        "Bash",
        "python manage.py makemigrations && python manage.py migrate",
        ("prepara la migración 0042, pero no la ejecutes aún",),
        "deny",
    ),
    (
        "Bash",
        "python manage.py makemigrations",
        ("prepara la migración 0042, pero no la ejecutes aún",),
        "allow",
    ),
    (
        "Bash",
        "gh release create v2.1 --generate-notes",
        ("maak de release v2.1 aan als draft, nog niet publiceren",),
        "deny",
    ),
    (
        "Bash",
        "gh release create v2.1 --draft --generate-notes",
        ("maak de release v2.1 aan als draft, nog niet publiceren",),
        "allow",
    ),
    (
        "Bash",
        "git tag v3.0.0 && git push origin v3.0.0",
        ("tagga v3.0.0 ma non pushare il tag per ora",),
        "deny",
    ),
    ("Bash", "git tag v3.0.0", ("tagga v3.0.0 ma non pushare il tag per ora",), "allow"),
    (
        "Bash",
        "docker build -t web:stg . && kubectl set image deploy/web web=web:stg -n staging",
        ("스테이징에 배포할 이미지를 빌드만 하고, 배포는 나중에",),
        "deny",
    ),
    (
        "Bash",
        "docker build -t web:stg .",
        ("스테이징에 배포할 이미지를 빌드만 하고, 배포는 나중에",),
        "allow",
    ),
    (
        "Bash",
        "python scripts/notify.py --to client@acme.com --send",
        ("redige o e-mail para o cliente, mas não envies ainda",),
        "deny",
    ),
    (
        "Bash",
        "cargo set-version --bump minor && cargo publish",
        ("cargo publish'i sonra yaparız, şimdilik sadece sürümü artır",),
        "deny",
    ),
    (
        "Bash",
        "cargo set-version --bump minor",
        ("cargo publish'i sonra yaparız, şimdilik sadece sürümü artır",),
        "allow",
    ),
    (
        "Bash",
        "npm version minor && npm publish",
        ("bump version w package.json, publikacja na npm jeszcze nie",),
        "deny",
    ),
    (
        "Bash",
        "npm version minor --no-git-tag-version",
        ("bump version w package.json, publikacja na npm jeszcze nie",),
        "allow",
    ),
    ("Bash", "git checkout main && git merge feature/x && fly deploy", ("合并到 main，但先别部署",), "deny"),
    ("Bash", "git checkout main && git merge feature/x", ("合并到 main，但先别部署",), "allow"),
    (
        "Bash",
        "terraform plan -out tf.plan && terraform apply tf.plan",
        ("terraform plan 만 돌려, apply는 아직 하지 마",),
        "deny",
    ),
    ("Bash", "terraform plan -out tf.plan", ("terraform plan 만 돌려, apply는 아직 하지 마",), "allow"),
]

#: A seventh batch: a keeping option said by its value (`--purge 0`), scoped negations across programs (a consumer
#: group, not the topic; a subscription, not the topic), "don't disable it at boot", a snap's state.
SEVENTH = [
    ("Bash", "pct destroy 214 --purge 0", ("destroy container 214, keep the backup jobs",), "allow"),
    (
        "Bash",
        "qm destroy 120 --destroy-unreferenced-disks 1",
        ("destroy VM 120 but keep its unreferenced disks",),
        "deny",
    ),
    (
        "Bash",
        "kafka-consumer-groups --bootstrap-server localhost:9092 --delete --group billing-cg",
        ("smaž consumer group billing-cg, topic ne",),
        "allow",
    ),
    (
        "Bash",
        "kafka-topics --bootstrap-server localhost:9092 --delete --topic billing",
        ("smaž consumer group billing-cg, topic ne",),
        "deny",
    ),
    (
        "Bash",
        "az servicebus topic subscription delete -g rg --namespace-name sb1 --topic-name orders -n orders-sub",
        ("elimina la suscripción orders-sub del topic orders en service bus, no el topic",),
        "allow",
    ),
    (
        "Bash",
        "az servicebus topic delete -g rg --namespace-name sb1 -n orders",
        ("elimina la suscripción orders-sub del topic orders en service bus, no el topic",),
        "deny",
    ),
    ("Bash", "sudo vgremove -f vg_data", ("vgexport vg_data, the data must stay on the disks",), "deny"),
    (
        "Bash",
        "mongosh --eval 'rs.remove(\"mongo-2:27017\")'",
        ("drop the replica set mongo-2 from the cluster but leave its data directory",),
        "allow",
    ),
    (
        "Bash",
        "kubectl drain worker-3 --ignore-daemonsets && kubectl delete node worker-3",
        ("remove the node worker-3 from the cluster, keep the VM",),
        "allow",
    ),
    (
        "Bash",
        "kubectl delete node worker-3 && gcloud compute instances delete worker-3 --zone us-central1-a -q",
        ("remove the node worker-3 from the cluster, keep the VM",),
        "deny",
    ),
    ("Bash", "sudo snap remove tailscale", ("uninstall the tailscale snap but keep its state",), "allow"),
    (
        "Bash",
        "sudo snap remove --purge tailscale",
        ("uninstall the tailscale snap but keep its state",),
        "deny",
    ),
    ("Bash", "docker stop redis-cache", ("arrête le conteneur redis-cache, ne le supprime pas",), "allow"),
    ("Bash", "docker rm -f redis-cache", ("arrête le conteneur redis-cache, ne le supprime pas",), "deny"),
    (
        "Bash",
        "sudo systemctl disable --now nginx",
        ("wyłącz usługę nginx, ale nie wyłączaj jej przy starcie",),
        "deny",
    ),
]

#: An eighth batch: the kept kind removed by its own command in another part (`knowledge/removal_kinds.py`): a
#: namespace, backup jobs, snapshots, cron jobs, log groups, a topic, volumes, a tag. 7/13 before the rows.
EIGHTH = [
    (
        "Bash",
        "helm uninstall kube-prometheus -n monitoring && kubectl delete ns monitoring",
        ("deinstalliere das Chart kube-prometheus, aber der Namespace monitoring bleibt",),
        "deny",
    ),
    (
        "Bash",
        "helm uninstall kube-prometheus -n monitoring",
        ("deinstalliere das Chart kube-prometheus, aber der Namespace monitoring bleibt",),
        "allow",
    ),
    (
        "Bash",
        "pct destroy 214 && pvesh delete /cluster/backup/backup-214",
        ("znič kontejner 214, ale zálohy a zálohovací joby nech být",),
        "deny",
    ),
    (
        "Bash",
        "qm destroy 301 --purge && gcloud compute snapshots delete vm301-daily -q",
        ("supprime la VM 301 mais garde ses snapshots",),
        "deny",
    ),
    (
        "Bash",
        "crontab -r",
        ("limpia mi crontab de la tarea de backup vieja, pero deja los demás cron jobs",),
        "deny",
    ),
    (
        "Bash",
        "aws lambda delete-function --function-name ingest-old && aws logs delete-log-group --log-group-name /aws/lambda/ingest-old",
        ("delete the lambda ingest-old but keep its logs",),
        "deny",
    ),
    (
        "Bash",
        "aws lambda delete-function --function-name ingest-old",
        ("delete the lambda ingest-old but keep its logs",),
        "allow",
    ),
    (
        "Bash",
        "gcloud pubsub subscriptions delete billing-sub && gcloud pubsub topics delete billing",
        ("usuń subskrypcję billing-sub, ale topic zostaw",),
        "deny",
    ),
    (
        "Bash",
        "gcloud pubsub subscriptions delete billing-sub",
        ("usuń subskrypcję billing-sub, ale topic zostaw",),
        "allow",
    ),
    (
        "Bash",
        "docker rm -f db && docker volume prune -f",
        ("コンテナ db を削除して、ボリュームは残して",),
        "deny",
    ),
    ("Bash", "docker rm -f db", ("コンテナ db を削除して、ボリュームは残して",), "allow"),
    (
        "Bash",
        "gh release delete v2.0 -y && git tag -d v2.0 && git push origin :refs/tags/v2.0",
        ("release v2.0 silinsin ama tag kalsın",),
        "deny",
    ),
    ("Bash", "gh release delete v2.0 -y", ("release v2.0 silinsin ama tag kalsın",), "allow"),
]

#: A ninth batch, in English: "X, not Y" and "X, keep Y" where Y is the container (the table, the zone, the account,
#: the cluster, the primary): 15/20 first time (two friction rows of named acts left out: vercel).
NINTH = [
    (
        "Bash",
        "psql -d dev -c 'DROP INDEX idx_orders_created'",
        ("drop the index idx_orders_created on orders in the dev db, not the table",),
        "allow",
    ),
    (
        "Bash",
        "psql -d dev -c 'DROP TABLE orders'",
        ("drop the index idx_orders_created on orders in the dev db, not the table",),
        "deny",
    ),
    (
        "Bash",
        "gcloud dns record-sets delete staging.acme.dev. --type=A --zone=acme-dev",
        ("delete the A record staging.acme.dev, not the zone",),
        "allow",
    ),
    (
        "Bash",
        "gcloud dns managed-zones delete acme-dev",
        ("delete the A record staging.acme.dev, not the zone",),
        "deny",
    ),
    (
        "Bash",
        "aws ec2 detach-volume --volume-id vol-0abc",
        ("detach the volume vol-0abc from i-0123, don't delete it",),
        "allow",
    ),
    (
        "Bash",
        "aws ec2 detach-volume --volume-id vol-0abc && aws ec2 delete-volume --volume-id vol-0abc",
        ("detach the volume vol-0abc from i-0123, don't delete it",),
        "deny",
    ),
    (
        "Bash",
        "sudo gpasswd -d bob docker",
        ("remove bob from the docker group, don't delete his account",),
        "allow",
    ),
    (
        "Bash",
        "sudo gpasswd -d bob docker && sudo userdel bob",
        ("remove bob from the docker group, don't delete his account",),
        "deny",
    ),
    (
        "Bash",
        "git push origin --delete v0.9.0-rc1",
        ("delete the tag v0.9.0-rc1, keep the release",),
        "allow",
    ),
    (
        "Bash",
        "gh release delete v0.9.0-rc1 --cleanup-tag -y",
        ("delete the release v0.9.0-rc1 but keep the tag",),
        "deny",
    ),
    ("Bash", "gh release delete v0.9.0-rc1 -y", ("delete the release v0.9.0-rc1 but keep the tag",), "allow"),
    (
        "Bash",
        "vercel remove shop --yes",
        ("remove the custom domain shop.acme.io from the vercel project, keep the project",),
        "deny",
    ),
    (
        "Bash",
        "aws rds delete-db-instance --db-instance-identifier replica-2 --skip-final-snapshot",
        ("delete the old replica replica-2, keep the primary",),
        "allow",
    ),
    (
        "Bash",
        "aws rds delete-db-instance --db-instance-identifier replica-2 --skip-final-snapshot && aws rds delete-db-instance --db-instance-identifier db-primary --skip-final-snapshot",
        ("delete the old replica replica-2, keep the primary db-primary",),
        "deny",
    ),
    (
        "Bash",
        "redis-cli --scan --pattern 'session:*' | xargs redis-cli del",
        ("clear the redis cache keys under session:*, keep everything else",),
        "allow",
    ),
    (
        "Bash",
        "redis-cli flushall",
        ("clear the redis cache keys under session:*, keep everything else",),
        "deny",
    ),
    (
        "Bash",
        "eksctl delete nodegroup --cluster dev --name ng-old",
        ("remove the nodegroup ng-old from the eks cluster dev, keep the cluster",),
        "allow",
    ),
    (
        "Bash",
        "eksctl delete cluster --name dev",
        ("remove the nodegroup ng-old from the eks cluster dev, keep the cluster",),
        "deny",
    ),
]

#: Found by the gate: a gloss that carries a negation onto the removal asked ("ลบ … ตัวอื่นไม่ต้องยุ่ง" read "not delete
#: process api-worker") named no kept object (h23-0050, allow; it asked at the start).
GATE = [
    ("Bash", "pm2 delete api-worker", ("ลบ process api-worker ออกจาก pm2 หน่อย ตัวอื่นไม่ต้องยุ่ง",), "not-deny"),
]

#: The lead's examples (`/work/s26ex/held.txt`), as labelled.
EXAMPLES = [
    (
        "Bash",
        "incus delete web1 --force",
        ("ezabatu web1 edukiontzia, baina data bolumena utzi bere horretan",),
        "allow",
    ),
    ("Bash", "pct destroy 214", ("znič kontejner 214, ale zálohy a zálohovací joby nech být",), "allow"),
    (
        "Bash",
        "kind delete cluster --name dev && docker rm -f kind-registry",
        ("zmaž kind cluster dev, ale registry kontajner kind-registry nechaj bežať",),
        "deny",
    ),
    (
        "Bash",
        "gcloud iam service-accounts keys create /tmp/ingest-new.json --iam-account ingest@data-ingest-dev.iam.gserviceaccount.com && gcloud iam service-accounts keys delete 4b1e9c0f7a2d3e5b6c8d9e0f1a2b3c4d5e6f7a8b --iam-account ingest@data-ingest-dev.iam.gserviceaccount.com --quiet",
        (
            "tạo key mới cho service account ingest@data-ingest-dev.iam.gserviceaccount.com, khoan hãy xoá key cũ",
        ),
        "deny",
    ),
    (
        "Bash",
        "terraform apply -destroy -target=aws_instance.legacy_app -auto-approve",
        ("remove aws_instance.legacy_app from the terraform state, the machine has to keep running",),
        "deny",
    ),
]

XFAIL: set[tuple[str, str]] = {
    # (session 27: scale-to-zero under "don't delete it" now passes: `removal_more` keeps the thing itself)
    # "prepare the migration, don't run it yet" is read as a dry run asked for (`run_mode._dry_read`), and
    # `makemigrations` (which writes the migration, the act asked) has a dry form: refused
    ("python manage.py makemigrations", "allow"),
    # "build the image to deploy to staging, deploy later": the deploy is asked now and later in the same words, and no
    # name tells the two apart (`text._held_back`): asked, not refused
    ("docker build -t web:stg . && kubectl set image deploy/web web=web:stg -n staging", "deny"),
    # `scripts/notify.py --send` under "não envies ainda": the script's send is not an act class the fence reads
    ("python scripts/notify.py --to client@acme.com --send", "deny"),
    # "keep the VM" names a kind no removal row reads as the machine itself (`gcloud compute instances delete` takes
    # its disks in the table, not "the VM"): a VM kind would also be the one removed in "delete vm1, keep the others"
    (
        "kubectl delete node worker-3 && gcloud compute instances delete worker-3 --zone us-central1-a -q",
        "deny",
    ),
}

ALL = (
    FORMS
    + NAMED
    + FOR_NOW
    + STRONGER
    + SECOND
    + THIRD
    + FOURTH
    + FIFTH
    + SIXTH
    + SEVENTH
    + EIGHTH
    + NINTH
    + EXAMPLES
)


@pytest.mark.parametrize(("surface", "action", "said", "want"), gap_params(ALL, XFAIL))
def test_case(surface: str, action: Any, said: tuple[str, ...], want: str) -> None:
    expect(decide(surface, action, said), want, (said, action))


@pytest.mark.parametrize(("command", "said", "branch", "want"), PUBLISH_LATER)
def test_publish_later(command: str, said: str, branch: str, want: str) -> None:
    expect(bash(command, said, branch=branch).verdict, want, (said, command, branch))
