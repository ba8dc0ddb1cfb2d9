"""How many copies run, and how long snapshots are kept, in each program's own form (session 28, class T4, helper
`said`): rows of `knowledge.scales` (same columns as `scales_more.ROWS`, read by `judge.intent.scaled` and
`judge.intent.agent_chose`).

* A count of running copies (`kubectl scale --replicas=12`, `docker service scale web=6`, `eksctl scale nodegroup
  --nodes 5`, `az aks scale --node-count 4`, `cf scale -i 3`, `helm upgrade --set replicaCount=8`): compared with the
  count said ("scale it to eight replicas", "a 6"); where the words say no number ("scale it up", "escala o web") the
  count is the agent's choice (`chosen="scales"`: asked by `agent_chose.unsaid_amount`).
* restic's windows of snapshots kept (`--keep-within 28d`, `--keep-within-daily 7d`: restic durations `1y5m7d2h`,
  unit `resticdur`), kopia's counts per period (`--keep-daily 7`).

Sources: kubectl scale (`--replicas`), oc scale, docker service scale (`SERVICE=REPLICAS`) and docker service
update/create (`--replicas`), eksctl scale nodegroup (`--nodes`/`-N`, `--nodes-min`, `--nodes-max`), gcloud container
clusters resize (`--num-nodes`), gcloud run services update (`--min-instances`, `--max-instances`), az aks scale and
az aks nodepool scale (`--node-count`/`-c`), az containerapp update (`--min-replicas`, `--max-replicas`), az
appservice plan update (`--number-of-workers`), doctl kubernetes cluster node-pool update (`--count`), cf scale
(`-i`), helm install/upgrade `--set replicaCount=N`; shares of traffic: gcloud run services update-traffic
(`--to-revisions=REV=PERCENT,…`, `--to-tags`), az containerapp ingress traffic set (`--revision-weight REV=N …`,
`--label-weight`), az webapp traffic-routing set (`--distribution SLOT=N`), aws lambda update-alias
(`--routing-config` `AdditionalVersionWeights`, a fraction); restic forget(1) (`--keep-within`, `--keep-within-hourly`
… `-yearly`: durations of years, months, days and hours), kopia policy set (`--keep-hourly`, `--keep-daily`,
`--keep-weekly`, `--keep-monthly`, `--keep-annual`).
"""

from __future__ import annotations

_SCALES: dict[str, object] = {"chosen": "scales"}
#: (programs, path, where, dim, unit, what, options); `named` "@backups" is `scales.BACKUPS`.
ROWS: tuple[tuple[str, str, str, str, str, str, dict[str, object]], ...] = (
    ("kubectl oc microk8s.kubectl k3s", "scale", "--replicas", "count", "count", "replicas", _SCALES),
    ("docker", "service scale", "NAME=", "count", "count", "replicas", _SCALES),
    ("docker", "service update|create", "--replicas", "count", "count", "replicas", _SCALES),
    ("eksctl", "scale nodegroup", "--nodes -N --nodes-min --nodes-max", "count", "count", "nodes", _SCALES),
    ("gcloud", "container clusters resize", "--num-nodes", "count", "count", "nodes", _SCALES),
    ("gcloud", "run services update", "--min-instances --max-instances", "count", "count", "instances", _SCALES),
    ("az", "aks scale|nodepool", "--node-count -c", "count", "count", "nodes", _SCALES),
    ("az", "containerapp update", "--min-replicas --max-replicas", "count", "count", "replicas", _SCALES),
    ("az", "appservice plan update", "--number-of-workers", "count", "count", "workers", _SCALES),
    ("doctl", "kubernetes cluster node-pool update", "--count", "count", "count", "nodes", _SCALES),
    ("cf", "scale", "-i", "count", "count", "instances", _SCALES),
    ("helm", "upgrade|install", "cfg:replicaCount cfg:replicas", "count", "count", "replicas", _SCALES),
    # shares of traffic between revisions, slots or versions (a split: the smallest live share is the one said)
    ("gcloud", "run services update-traffic", "--to-revisions --to-tags", "percent", "percent",
     "share of traffic", {"split": True, "chosen": "routes"}),
    ("az", "containerapp ingress traffic set", "--revision-weight --label-weight", "percent", "percent",
     "share of traffic", {"split": True, "chosen": "routes"}),
    ("az", "webapp traffic-routing set", "--distribution", "percent", "percent", "share of traffic",
     {"split": True, "chosen": "routes"}),
    ("aws", "lambda update-alias|create-alias", "json:AdditionalVersionWeights", "percent", "fraction",
     "share of traffic", {"split": True, "chosen": "routes"}),
    ("restic", "forget", "--keep-within --keep-within-hourly --keep-within-daily --keep-within-weekly "
     "--keep-within-monthly --keep-within-yearly", "time", "resticdur", "snapshots kept",
     {"named": "@backups", "chosen": "loses"}),
    ("kopia", "policy set", "--keep-hourly:hours --keep-daily:days --keep-weekly:weeks --keep-monthly:months "
     "--keep-annual:years", "time", "", "snapshots kept", {"named": "@backups", "chosen": "loses"}),
)

#: Fixtures (`tests/judge/test_s28_said.py`): (command, the values carried as (where, value, unit)).
FIXTURES: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("kubectl scale deployment api -n shop --replicas=12", (("--replicas", "12", "count"),)),
    ("docker service scale web=6", (("web=", "6", "count"),)),
    ("eksctl scale nodegroup --cluster c1 --name ng-1 --nodes 5", (("--nodes", "5", "count"),)),
    ("az aks scale -g rg -n aks1 --node-count 4", (("--node-count", "4", "count"),)),
    ("restic -r sftp:nas:/srv/r forget --keep-within 28d --prune", (("--keep-within", "28d", "resticdur"),)),
    ("restic forget --keep-within-daily 7d --keep-within-weekly 1m", (("--keep-within-daily", "7d", "resticdur"),
                                                                      ("--keep-within-weekly", "1m", "resticdur"))),
    ("helm upgrade api ./chart --set replicaCount=8", (("cfg:replicaCount", "8", "count"),)),
    ("gcloud run services update-traffic api --to-revisions=api-00042-abc=10,api-00041-xyz=90",
     (("--to-revisions", "10", "percent"), ("--to-revisions", "90", "percent"))),
    ("az containerapp ingress traffic set -n api -g rg --revision-weight api--v2=20 api--v1=80",
     (("--revision-weight", "20", "percent"), ("--revision-weight", "80", "percent"))),
)
