"""More containers and their members (`knowledge.extent`, session 13 S2): clouds' managed services, SaaS and edge
CLIs, identity, package globs, git pushes of every ref, node-level kubectl acts. Same row shape as `extent._ROWS`:
(programs, subcommand, act, when, container nouns, member nouns, picking options).

And `CONTAINS`: what a container noun holds, for tool calls and HTTP requests whose name or path says only the
container (`delete_repository` where the user named a branch, `DELETE /indices/products` where they named a
document).
"""

from __future__ import annotations

_PKG = "package dependency dep module library lib gem crate formula cask plugin extension"
_K8S = ("pod deployment service configmap secret ingress job cronjob statefulset daemonset replicaset pvc "
        "namespace workload")
_ROWS_DATA = "table row record item document collection entry key"

# fmt: off
ROWS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    # --- managed databases, caches and queues: the cluster, server, instance or account, not one database or table
    ("aws", "rds delete-db-cluster", "delete", "itself", "cluster", "instance database db " + _ROWS_DATA, ""),
    ("aws", "rds delete-db-instance", "delete", "itself", "instance", "database db snapshot " + _ROWS_DATA, ""),
    ("aws", "dynamodb delete-table", "delete", "itself", "table", "item record row key entry", ""),
    ("aws", "elasticache delete-cache-cluster", "delete", "itself", "cluster cache", "key entry", ""),
    ("aws", "elasticache delete-replication-group", "delete", "itself", "cluster group cache", "key entry node", ""),
    ("aws", "sqs delete-queue", "delete", "itself", "queue", "message", ""),
    ("aws", "sns delete-topic", "delete", "itself", "topic", "subscription message", ""),
    ("aws", "logs delete-log-group", "delete", "itself", "group", "stream event log entry", ""),
    ("aws", "route53 delete-hosted-zone", "delete", "itself", "zone", "record entry", ""),
    ("aws", "ecs delete-cluster", "delete", "itself", "cluster", "service task", ""),
    ("aws", "eks delete-cluster", "delete", "itself", "cluster", "nodegroup node " + _K8S, ""),
    ("aws", "autoscaling delete-auto-scaling-group", "delete", "itself", "group asg", "instance vm machine node",
     ""),
    ("aws", "iam delete-user", "delete", "itself", "user account", "policy key access group permission", ""),
    ("aws", "iam delete-role", "delete", "itself", "role", "policy permission", ""),
    ("gcloud", "sql instances delete", "delete", "itself", "instance server", "database db " + _ROWS_DATA, ""),
    ("gcloud", "sql databases delete", "delete", "itself", "database db", _ROWS_DATA, ""),
    ("gcloud", "container clusters delete", "delete", "itself", "cluster", "pool node " + _K8S, ""),
    ("gcloud", "compute instance-groups managed delete", "delete", "itself", "group mig", "instance vm machine", ""),
    ("gcloud", "dns managed-zones delete", "delete", "itself", "zone", "record entry", ""),
    ("gcloud", "pubsub topics delete", "delete", "itself", "topic", "subscription message", ""),
    ("gcloud", "redis instances delete", "delete", "itself", "instance cache", "key entry", ""),
    ("gcloud", "storage buckets delete", "delete", "itself", "bucket", "object file key prefix folder", ""),
    ("gcloud", "iam service-accounts delete", "delete", "itself", "account", "key role binding", ""),
    ("gsutil", "rb", "delete", "itself", "bucket", "object file key prefix folder", ""),
    ("az", "sql server delete", "delete", "itself", "server", "database db " + _ROWS_DATA, ""),
    ("az", "sql db delete", "delete", "itself", "database db", _ROWS_DATA, ""),
    ("az", "cosmosdb delete", "delete", "itself", "account", "database container collection " + _ROWS_DATA, ""),
    ("az", "storage account delete", "delete", "itself", "account", "container blob file share queue table", ""),
    ("az", "storage container delete", "delete", "itself", "container", "blob file object", ""),
    ("az", "aks delete", "delete", "itself", "cluster", "nodepool node " + _K8S, ""),
    ("az", "vmss delete", "delete", "itself", "set scale-set vmss", "instance vm machine", ""),
    ("az", "keyvault delete", "delete", "itself", "vault keyvault", "secret key certificate", ""),
    ("az", "network dns zone delete", "delete", "itself", "zone", "record entry", ""),
    ("az", "ad user delete", "delete", "itself", "user account", "group role membership", ""),
    ("az", "role assignment delete", "delete", "bare", "assignments", "role assignment scope", "--role --ids --scope"),
    ("doctl", "kubernetes cluster delete", "delete", "itself", "cluster", "pool node " + _K8S, ""),
    ("doctl", "databases delete", "delete", "itself", "cluster database", "database db " + _ROWS_DATA, ""),
    # --- SaaS and edge CLIs: the project, database, namespace or account that holds the named thing
    ("wrangler", "d1 delete", "delete", "itself", "database db", _ROWS_DATA, ""),
    ("wrangler", "kv namespace delete", "delete", "itself", "namespace", "key value entry", ""),
    ("wrangler", "kv:namespace delete", "delete", "itself", "namespace", "key value entry", ""),
    ("wrangler", "r2 bucket delete", "delete", "itself", "bucket", "object file key", ""),
    ("wrangler", "delete", "delete", "itself", "worker script", "route version deployment secret", ""),
    ("wrangler", "queues delete", "delete", "itself", "queue", "message consumer", ""),
    ("supabase", "projects delete", "delete", "itself", "project", "table function bucket row user", ""),
    ("pscale", "database delete", "delete", "itself", "database db", "branch table row", ""),
    ("neonctl", "projects delete", "delete", "itself", "project", "branch database db table", ""),
    ("turso", "db destroy", "delete", "itself", "database db", _ROWS_DATA, ""),
    ("atlas", "clusters delete", "delete", "itself", "cluster", "database db collection " + _ROWS_DATA, ""),
    ("heroku", "pg:reset", "delete", "itself", "database db", _ROWS_DATA, ""),
    ("stripe", "customers delete", "delete", "itself", "customer", "subscription invoice card payment method", ""),
    ("algolia", "indices delete", "delete", "itself", "index", "record object", ""),
    ("algolia", "indices clear", "delete", "each", "index", "record object", ""),
    ("glab", "repo delete", "delete", "itself", "repository repo project", "branch tag release issue file", ""),
    ("az", "devops project delete", "delete", "itself", "project", "repository repo pipeline board", ""),
    # --- package managers: every package a glob or a list matches
    ("apt apt-get", "remove", "delete", "glob", "system", _PKG, ""),
    ("apt apt-get", "purge", "delete", "glob", "system", _PKG, ""),
    ("dnf yum", "remove", "delete", "glob", "system", _PKG, ""),
    ("dnf yum", "erase", "delete", "glob", "system", _PKG, ""),
    ("zypper", "rm", "delete", "glob", "system", _PKG, ""),
    ("pip pip3", "uninstall", "delete", "-r --requirement", "requirements", _PKG, ""),
    ("flatpak", "uninstall", "delete", "--all --unused", "installation", _PKG + " app runtime", ""),
    ("winget", "uninstall", "delete", "--all", "installation", _PKG + " app version", ""),
    # --- git: every branch or ref pushed where one was named
    ("git", "push", "push", "--all --mirror", "remote refs", "branch ref", ""),
    # --- permissions, object stores, data platforms, stacks, shell history: a tree, a bucket, a workspace
    ("chmod chown chgrp setfacl", "", "change", "-R --recursive", "directory folder tree project repo repository",
     "file script binary", ""),
    ("bq", "rm", "delete", "-r --recursive", "dataset", "table view", ""),
    ("mc", "rb", "delete", "--force itself", "bucket", "object file key prefix folder", ""),
    ("mc", "rm", "delete", "--recursive -r", "bucket prefix folder", "object file key", ""),
    ("s3cmd", "rb", "delete", "--recursive -r itself", "bucket", "object file key", ""),
    ("s3cmd", "del", "delete", "--recursive -r", "bucket prefix folder", "object file key", ""),
    ("influx", "bucket delete", "delete", "itself", "bucket", "measurement series point", ""),
    ("terraform tofu", "workspace delete", "delete", "itself", "workspace state", "resource module", ""),
    ("pulumi", "stack rm", "delete", "itself", "stack", "resource", ""),
    ("argocd", "app delete", "delete", "itself", "app application", _K8S + " resource", ""),
    ("spack", "uninstall", "delete", "-a --all", "installation", _PKG + " version", ""),
    ("history", "", "delete", "-c", "history", "line entry command", ""),
    ("openstack", "project delete", "delete", "itself", "project", "server instance volume network", ""),
    ("databricks", "fs rm", "delete", "-r --recursive", "directory folder", "file", ""),
    ("databricks", "workspace delete", "delete", "--recursive", "directory folder", "notebook file", ""),
    ("nix", "profile remove", "delete", "--all every:.*", "profile", _PKG, ""),
    # --- kubernetes nodes: a node's every pod
    ("kubectl oc", "drain", "kill", "itself", "node", "pod", ""),
    ("kubectl oc", "delete node", "delete", "itself", "node", "pod", ""),
    ("kubectl oc", "scale", "update", "--all", "namespace", _K8S, ""),
    # --- every member when no selector is given (session 15 F2): the selector options whose absence means "all"
    ("airflow", "tasks clear", "delete", "bare", "dag history", "task run instance day date",
     "-t --task-regex -s --start-date -e --end-date"),
    ("airflow", "dags backfill", "update", "bare", "dag history", "run day date", "-s --start-date -e --end-date"),
    ("docker podman", "system prune", "delete", "-a --all --volumes", "system images volumes",
     "image container volume network", ""),
    ("docker podman", "volume prune", "delete", "-a --all", "volumes", "volume", "--filter"),
    ("kubectl oc", "rollout restart deployment", "restart", "bare", "namespace deployments", "deployment deploy", ""),
    ("kubectl oc", "rollout restart deploy", "restart", "bare", "namespace deployments", "deployment deploy", ""),
    ("kubectl oc", "rollout restart deployments", "restart", "bare", "namespace deployments", "deployment deploy", ""),
    ("kubectl oc", "rollout restart statefulset", "restart", "bare", "namespace statefulsets", "statefulset sts", ""),
    ("heroku", "ps:restart", "restart", "bare", "app dynos", "dyno process web worker", ""),
    ("pm2", "restart", "restart", "every:all", "processes apps", "process app", ""),
    ("pm2", "reload", "restart", "every:all", "processes apps", "process app", ""),
    ("supervisorctl", "restart", "restart", "every:all", "processes programs", "process program", ""),
    ("celery", "control shutdown", "kill", "bare", "workers", "worker", "-d --destination"),
    ("rq", "empty", "delete", "--all -a", "queues", "queue job", ""),
)

#: What a container noun holds (singular nouns), for tool calls and requests that name only the container.
CONTAINS: dict[str, str] = {
    "repository": "branch tag release issue pull file workflow run comment label milestone",
    "repo": "branch tag release issue pull file workflow run comment label milestone",
    "project": "task issue ticket item file member repository repo service environment pipeline",
    "namespace": _K8S + " key",
    "database": "table collection row record document view function index",
    "index": "document doc record object entry",
    "collection": "document doc record entry",
    "bucket": "object file key prefix folder",
    "channel": "message thread post reply",
    "workspace": "channel project page member",
    "queue": "message job task",
    "topic": "message subscription partition",
    "zone": "record entry",
    "site": "page post deploy deployment form",
    "space": "page blog attachment",
    "folder": "file document doc",
    "drive": "file document doc folder",
    "calendar": "event meeting",
    "list": "contact subscriber member item task card",
    "board": "card item task column",
    "organization": "repository repo member team user project",
    "org": "repository repo member team user project",
    "team": "member user",
    "account": "user key token",
    "customer": "subscription invoice card payment",
    "cluster": "node pod database namespace service",
    "stream": "message subject",
    "table": "row record item",
    "app": "version deployment release build",
    "service": "version revision deployment",
    "function": "version alias",
    "dashboard": "panel widget chart",
    "vault": "secret key certificate",
    "group": "member user",
}
# fmt: on

#: What a whole file holds, for a delete of the file where the user named a line of it ("the AWS_KEY line of .env").
LINES = frozenset({"line", "entry", "variable", "var", "setting", "section", "block", "rule", "comment", "alias",
                   "export", "function", "row", "record", "value", "stanza", "directive", "option"})  # fmt: skip

#: Fixtures for `CONTAINS` by tool name: (tool, the container it names or "" when it names a member).
CALL_CASES: tuple[tuple[str, str], ...] = (
    ("mcp__github__delete_repository", "repository"),
    ("mcp__github__delete_branch", ""),
    ("mcp__elasticsearch__delete_index", "index"),
    ("mcp__elasticsearch__delete_document", ""),
    ("mcp__slack__delete_channel", "channel"),
    ("mcp__mongodb__drop_collection", "collection"),
)
