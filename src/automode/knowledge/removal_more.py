"""More removal forms (session 27, R5 "held"; rows of `knowledge.removal_forms`, read by `judge.intent.kept_forms`):
what each program's delete, remove, uninstall or destroy form removes and what it keeps, for the programs and kinds
the first tables lacked. The format of `removal_forms.FORMS`; the kinds' nouns of their own are `NOUNS` here.

Facts from each tool's reference: git-branch(1) and git-tag(1) (`-d`, `-D`: the local ref only; the remote's stays
until `git push --delete`); dvc(1) `gc` (`-c, --cloud`: "also remove from the remote storage"); cf(1) `delete`
(`-r`: "also delete any mapped routes"); az `webapp delete` (`--keep-empty-plan`: "keep empty app service plan";
without it an empty plan goes); wp-cli `plugin uninstall` ("runs the uninstall procedure": the plugin's options and
tables), `plugin deactivate` (`--uninstall` runs it too), `plugin delete` (the files only, no uninstall hook); flatpak
`uninstall --delete-data` (~/.var/app: the settings are there); virsh(1) `destroy` ("immediately terminate": a power
off; the domain and its disks stay) and vagrant `halt|suspend`; podman `pod rm` (the pod's containers; named volumes
stay); pulumi `stack rm` (the stack's state and history; with `--force` the cloud resources stay); vault `kv delete`
(a soft delete: `kv undelete` restores the version), `kv destroy` and `kv metadata delete` (every version for good),
`secrets disable` (every secret of the mount); kafka-topics `--delete` against kafka-consumer-groups `--delete` (the
topic stays); aws sns `unsubscribe` (the topic stays) and iam `detach-*-policy` (the policy stays) against
`delete-topic`, `delete-policy`; az servicebus `topic subscription delete` (the topic stays); doctl `kubernetes
cluster delete` (`--dangerous`: its volumes and load balancers too) and `compute droplet delete` (its volumes are
detached, not deleted), hcloud `server delete` (volumes stay); restic `forget` (`--prune`: the data too); docker
compose `rm` (`-v`: anonymous volumes); kubectl `delete crd` (every custom resource of the kind goes with it); aws kms
`schedule-key-deletion` (a waiting period, `cancel-key-deletion` restores it).
"""

from __future__ import annotations

from automode.knowledge.removal_row import Form, _f

#: The kinds of thing these rows keep or take, by the nouns users name them with (merged into `removal_forms.NOUNS`).
NOUNS: dict[str, str] = {
    "remote": r"remotes?\b|remote\s+(?:branch|tag|repo|copy|storage)\w*|origin\b|upstream\b|on\s+(?:github|gitlab|"
              r"bitbucket|the\s+server)|remot[oa]s?\b|distant\w*|entfernt\w*|zdaln\w*|vzdálen\w*|vzdialen\w*|uzak\w*|"
              r"удал[её]нн\w*|віддален\w*|リモート|远程|遠端|遠程|원격|רימוט|البعيد\w*|ریموت|रिमोट|รีโมท|"
              r"cloud\s+(?:copy|storage|cache)|the\s+cloud|the\s+bucket",
    "routes": r"routes?\b|route\w*|rout(?:en|a|as|es)\b|ruta\w*|rota\w*|маршрут\w*|ルート|路由|라우트|trasy?\b|"
              r"hostnames?|domains?\b",
    "plan": r"(?:app\s*service\s+)?plans?\b|plan(?:en|es|o|a)?\b|piano\b|plano\b|план\w*|プラン|计划|計劃|方案|플랜",
    # a host folder a guest syncs (vagrant's synced folders, a bind mount): on the host, no part of the guest
    "synced": r"(?:synced|shared|sync|host|mounted|bind)[\s-]+(?:data\s+|app\s+|project\s+)?(?:folders?|dirs?|directory|"
              r"directories|mounts?)|/vagrant\b|bind[\s-]+mounts?",
    # the object itself, apart from what runs in it: a stop, a power-off or a scale to zero leaves it defined
    "itself": r"itself|themselves|selbst|em\s+si|en\s+s[ií]|lui-même|elle-même|само\w*|自体|本身|자체",
    "policy": r"polic(?:y|ies)|richtlinie\w*|politi(?:ka|kk|que|cas?)\w*|polityk\w*|polític\w*|polizz\w*|zásad\w*|"
              r"полити\w*|ポリシー|策略|정책|politika\w*",
}

_DOCKERS = "docker podman nerdctl"
_NAMESPACED = ("deployment|deployments|deploy|replicaset|replicasets|rs|statefulset|statefulsets|sts|daemonset|daemonsets|"
               "ds|job|jobs|cronjob|cronjobs|cj|pod|pods|po|svc|service|services|configmap|configmaps|cm|secret|secrets|"
               "ingress|ingresses|ing|pvc|pvcs|persistentvolumeclaim|persistentvolumeclaims|hpa|networkpolicy|"
               "serviceaccount|sa|role|rolebinding|all")
# fmt: off
MORE_FORMS: tuple[Form, ...] = (
    # the local copy against the remote's
    _f("git", "branch", "remote", "-", "", "-", act="-d,--delete,-D", bundled=True),
    _f("git", "tag", "remote", "-", "", "-", act="-d,--delete"),
    _f("git", "push", "remote", "", "-", "the branch or tag is deleted on the remote", act="-d,--delete"),
    _f("dvc", "gc", "remote", "-", "-c,--cloud", "the copies in the DVC remote storage are deleted too", bundled=True),
    # what goes with an app
    _f("cf", "delete", "routes", "-", "-r", "the app's mapped routes are deleted too", bundled=True),
    _f("az", "webapp delete", "", "--keep-empty-plan", "-", "the App Service plan is deleted too when no app is left "
       "on it", near="plan"),
    _f("az", "webapp delete", "plan", "--keep-empty-plan", "", "-"),
    _f("wp", "plugin uninstall;theme uninstall", "config data", "", "-",
       "the plugin's uninstall procedure deletes its settings and database tables"),
    _f("wp", "plugin deactivate", "config data", "-", "--uninstall", "the plugin's uninstall procedure deletes its "
       "settings and database tables"),
    _f("wp", "plugin delete;theme delete", "config data", "-", "", "-"),
    _f("flatpak", "uninstall|remove", "config", "-", "--delete-data", "the app's settings and data in ~/.var/app are "
       "deleted too"),
    # a stop said with a removing word; a pod whose volumes stay
    _f("virsh", "destroy;pool-destroy;net-destroy", "disks data resources itself", "-", "", "-"),
    _f("vagrant", "halt|suspend", "disks data resources itself", "-", "", "-"),
    # a stop, a power-off, a scale to zero: the thing itself stays defined, with its disks and data
    _f("kubectl oc kubecolor", "scale", "itself config service", "-", "", "-"),
    _f("qm pct lxc incus multipass", "stop|shutdown|suspend|pause", "itself disks data", "-", "", "-"),
    _f(_DOCKERS, "stop;kill;pause;container stop", "itself volumes", "-", "", "-"),
    _f("gcloud", "compute instances stop;compute instances suspend", "itself disks", "-", "", "-"),
    _f("aws", "ec2 stop-instances", "itself disks", "-", "", "-"),
    _f("az", "vm stop;vm deallocate", "itself disks", "-", "", "-"),
    _f("vagrant", "destroy", "resources", "", "-", "the machine itself is destroyed with its disks"),
    _f("vagrant", "destroy", "synced", "-", "", "-"),
    _f("podman", "pod rm;pod prune", "volumes vols", "-", "", "-"),
    _f(_DOCKERS, "compose rm", "volumes", "-", "-v,--volumes", "the containers' anonymous volumes are deleted too",
       bundled=True),
    # a record, a version, a link: the thing itself stays
    _f("pulumi", "stack rm", "resources parts", "-", "", "-"),
    _f("pulumi", "stack rm", "history", "", "-", "the stack's state and its update history are deleted"),
    _f("vault", "kv delete", "history recovery", "-", "", "-"),
    _f("vault", "kv destroy;kv metadata delete", "history recovery", "", "-",
       "the secret's versions are destroyed for good"),
    _f("vault", "secrets disable", "data", "", "-", "every secret of the mount is deleted with it"),
    _f("kafka-topics kafka-topics.sh", "", "parts data queues", "", "-", "the topic is deleted with its messages",
       act="--delete"),
    _f("kafka-consumer-groups kafka-consumer-groups.sh", "", "parts data queues", "-", "", "-", act="--delete"),
    _f("aws", "sns unsubscribe", "parts", "-", "", "-"),
    _f("aws", "iam detach-role-policy;iam detach-user-policy;iam detach-group-policy", "policy", "-", "", "-"),
    _f("aws", "iam delete-policy", "policy", "", "-", "the policy itself is deleted", itself=True),
    _f("az", "servicebus topic subscription delete;eventhubs eventhub consumer-group delete", "parts", "-", "", "-"),
    _f("doctl", "kubernetes cluster delete;k8s cluster delete", "vols volumes disks", "-", "--dangerous",
       "the cluster's volumes and load balancers are deleted too"),
    _f("doctl", "compute droplet delete", "vols volumes disks snapshots", "-", "", "-"),
    _f("hcloud", "server delete", "vols volumes", "-", "", "-"),
    _f("restic", "forget", "data", "-", "--prune", "the data no snapshot refers to any more is deleted too"),
    _f("kubectl oc kubecolor", "delete crd|crds|customresourcedefinition|customresourcedefinitions", "resources", "",
       "-", "every custom resource of that kind is deleted with it"),
    _f("aws", "kms schedule-key-deletion", "recovery", "-", "", "-"),
    # what lives in a namespace goes, the namespace stays (helm(1) `uninstall` never deletes the release's namespace)
    _f("helm", "uninstall|delete|del|un", "namespace", "-", "", "-"),
    _f("kubectl oc kubecolor", "delete " + _NAMESPACED, "namespace", "-", "", "-"),
    _f("argocd", "app delete", "namespace", "-", "", "-"),
)
# fmt: on

#: Fixtures (tests/knowledge/test_s22_removal_forms.py reads them with `removal_forms.FIXTURES`).
MORE_FIXTURES: tuple[tuple[str, dict[str, str]], ...] = (
    ("git push origin --delete feature/x", {"remote": "takes"}),
    ("dvc gc -w -f", {"remote": "keeps"}), ("dvc gc -w -f --cloud", {"remote": "takes"}), ("dvc gc -wc", {"remote": "takes"}),
    ("cf delete billing-old -f", {"routes": "keeps"}), ("cf delete billing-old -r -f", {"routes": "takes"}),
    ("cf delete billing-old -rf", {"routes": "takes"}),
    ("az webapp delete -n p -g rg --keep-empty-plan", {"plan": "keeps"}), ("az webapp delete -n p -g rg", {}),
    ("wp plugin uninstall woo --deactivate", {"config": "takes", "data": "takes"}),
    ("wp plugin deactivate woo", {"config": "keeps", "data": "keeps"}),
    ("wp plugin deactivate woo --uninstall", {"config": "takes", "data": "takes"}),
    ("virsh destroy web-3", {"disks": "keeps", "data": "keeps", "resources": "keeps", "itself": "keeps"}),
    ("kubectl scale deployment api -n shop --replicas=0", {"itself": "keeps", "config": "keeps", "service": "keeps"}),
    ("vagrant destroy -f default", {"disks": "takes", "data": "takes", "resources": "takes", "synced": "keeps"}),
    ("podman pod rm -f metrics", {"volumes": "keeps", "vols": "keeps"}),
    ("pulumi stack rm dev --force", {"resources": "keeps", "parts": "keeps", "history": "takes"}),
    ("vault kv delete secret/app", {"history": "keeps", "recovery": "keeps"}),
    ("vault kv metadata delete secret/app", {"history": "takes", "recovery": "takes"}),
    ("kafka-topics --bootstrap-server k:9092 --delete --topic orders", {"parts": "takes", "data": "takes", "queues": "takes"}),
    ("aws sns unsubscribe --subscription-arn arn:aws:sns:x:1:t:9", {"parts": "keeps"}),
    ("doctl kubernetes cluster delete dev --dangerous", {"vols": "takes", "volumes": "takes", "disks": "takes"}),
    ("restic forget --keep-last 5 --prune", {"data": "takes"}),
    ("kubectl delete crd certificates.cert-manager.io", {"resources": "takes"}),
    ("helm uninstall grafana -n monitoring", {"history": "takes", "namespace": "keeps"}),
)
