"""What a deployed project file's values mean (session 14, class E3): the workload, capacity, image, data-safeguard
and logging values of Kubernetes manifests, Helm values, Compose files, Terraform / Pulumi / Bicep / CloudFormation
files and their variable files (`.tfvars`, `Pulumi.<stack>.yaml`, `.bicepparam`, `parameters.json`), and app settings
(the third part of `files.settings_table.TABLE`; the format is described in `files.settings`).

Each row names the key in every spelling the ecosystems use and the value that has the consequence; the rule of its
check reports it (iac → AM-WRITE-008, safeguard → AM-WRITE-020, exposure-ask → AM-WRITE-006 ask, capacity →
AM-WRITE-054, moving-image → AM-WRITE-055), and the judge releases it when the user asked for that value.
"""

from __future__ import annotations

from automode.files.settings_spec import Setting

#: Infrastructure files and their variable files.
IAC_FILES = r"\.(tf|tf\.json|tfvars|tfvars\.json|hcl|ya?ml|json|template|bicep|bicepparam)$"
#: Manifests, charts and compose files (a workload's settings).
WORKLOAD_FILES = r"\.(ya?ml|json|tpl|tf|tfvars|hcl|jsonnet|libsonnet|cue)$"
#: Variable files of a stack: values set per environment, without the resource around them.
VAR_FILES = (r"\.tfvars(\.json)?$|\.auto\.tfvars$|/Pulumi\.[\w.-]+\.ya?ml$|\.bicepparam$|(?:^|/)[\w.-]*parameters?[\w.-]*\.json$|"
             r"/values(?:[.-][\w.-]+)?\.ya?ml$|/cdk\.json$|/terragrunt\.hcl$")
#: App settings files (where a logging switch is the application's).
APP_SETTINGS = (r"/appsettings(\.\w+)?\.json$|/application(-\w+)?\.(properties|ya?ml)$|/config/[^/]+\.(ya?ml|json|toml|php|rb|exs)$|"
                r"/settings(/[^/]+)?\.py$|/\.env(\.[\w-]+)?$|\.(toml|ini|cfg|conf)$|/config\.(ya?ml|json|js|ts)$|/web\.config$|"
                r"\.(cs|java|kt|py|js|ts|go|rb|php)$")

VALUES: tuple[Setting, ...] = (
    # ---------------------------------------------------------------------------------------- the workload
    Setting("k8s.run-as-root", "iac", r"runAsUser|runAsGroup|run_as_user|run_as_group", "wide",
            "runs the workload as root ({key}: {new})", ("runasuser", "runasgroup", "run_as_user", "run_as_group"),
            default="safe", wide=r"^0$", paths=WORKLOAD_FILES,
            must_match=(("charts/api/values.yaml", "podSecurityContext: {}\n", "podSecurityContext:\n  runAsUser: 0\n"),
                        ("k8s/deploy.yaml", "          runAsUser: 1000\n", "          runAsUser: 0\n")),
            must_not_match=(("k8s/deploy.yaml", "          runAsUser: 0\n", "          runAsUser: 1000\n"),
                            ("k8s/deploy.yaml", "", "securityContext:\n  runAsUser: 10001\n  runAsGroup: 10001\n"))),
    # (a node's logs, `/var/log` and the runtime's container logs, are what log shippers mount: not read here)
    Setting("k8s.host-path", "iac-ask", r"\bhostPath\s*:\s*(?:\{\s*|\n\s*)path\s*:(?![ \t]*[\"']?(?:/var/log\b|/var/lib/docker/containers\b|"
            r"/var/lib/containerd/io\.containerd\.grpc\.v1\.cri/containers\b|/run/log/journal\b))|\bhost_path\s*\{", "added",
            "mounts a directory of the node into the pod (hostPath)", ("hostpath", "host_path"), paths=WORKLOAD_FILES,
            must_match=(("k8s/ds.yaml", "      volumes:\n", "      volumes:\n        - name: host\n          hostPath:\n            path: /var/lib\n"),),
            must_not_match=(("k8s/ds.yaml", "      volumes:\n", "      volumes:\n        - name: data\n          emptyDir: {}\n"),
                            ("k8s/fluent-bit.yaml", "      volumes:\n", "      volumes:\n        - name: varlog\n          hostPath: {path: /var/log}\n"))),
    Setting("k8s.host-namespace", "iac", r"hostNetwork|hostPID|hostIPC|host_network|host_pid|host_ipc", "true",
            "shares the node's network or processes with the pod ({key})", ("hostnetwork", "hostpid", "hostipc", "host_network",
                                                                            "host_pid", "host_ipc"),
            default="safe", paths=WORKLOAD_FILES,
            must_match=(("charts/api/values.yaml", "hostNetwork: false\n", "hostNetwork: true\n"),),
            must_not_match=(("charts/api/values.yaml", "hostNetwork: true\n", "hostNetwork: false\n"),)),
    Setting("k8s.capabilities", "iac", r"""^\s*(?:add|cap_add|capAdd)\s*:\s*(?:\[[^\]\n]*|\n(?:\s*-\s*[\w"']+\s*\n){0,8}?\s*-\s*)["']?"""
            r"""(?:CAP_)?(?:SYS_ADMIN|ALL|SYS_PTRACE|NET_ADMIN|SYS_MODULE|DAC_READ_SEARCH|SYS_RAWIO|BPF|PERFMON)\b""", "added",
            "adds a capability that gives the host away (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL ...)",
            ("add:", "add :", "cap_add", "capadd"),
            paths=WORKLOAD_FILES,
            must_match=(("charts/api/values.yaml", "securityContext: {}\n", "securityContext:\n  capabilities:\n    add:\n      - NET_ADMIN\n"),),
            must_not_match=(("charts/api/values.yaml", "securityContext: {}\n", "securityContext:\n  capabilities:\n    add:\n      - NET_BIND_SERVICE\n"),
                            ("charts/api/values.yaml", "securityContext: {}\n", "securityContext:\n  capabilities:\n    drop:\n      - ALL\n"))),
    # a container engine's own privileged switch outside Kubernetes and Compose: Nomad's docker driver, GitLab runner's
    # `[runners.docker]`, Drone and Woodpecker steps, ECS task definitions, Terraform docker provider
    Setting("container.privileged", "iac", r"privileged|Privileged", "true", "runs the container privileged: root on the host ({key})",
            ("privileged",), default="safe",
            paths=r"\.nomad(\.hcl)?$|\.hcl$|\.tf$|\.tf\.json$|/config\.toml$|/\.drone\.ya?ml$|/\.woodpecker(/[^/]+)?\.ya?ml$|"
                  r"task[-_]?def\w*\.json$|/containers?\.json$",
            must_match=(("deploy/shop.nomad.hcl", '        image = "shop:1.8"\n', '        image = "shop:1.8"\n        privileged = true\n'),
                        (".drone.yml", "    image: docker:24\n", "    image: docker:24\n    privileged: true\n")),
            must_not_match=(("deploy/shop.nomad.hcl", '        privileged = true\n', '        privileged = false\n'),)),
    Setting("container.host-network", "iac-ask", r"network_mode|networkMode|NetworkMode|network", "wide",
            "puts the container on the host's network ({key} = {new})", ("network",), default="safe", wide=r"(?i)^host$",
            paths=r"\.nomad(\.hcl)?$|\.hcl$|\.tf$|\.tf\.json$|/config\.toml$|/\.drone\.ya?ml$|/\.woodpecker(/[^/]+)?\.ya?ml$|"
                  r"task[-_]?def\w*\.json$|/containers?\.json$",
            must_match=(("deploy/shop.nomad.hcl", '        image = "shop:1.8"\n', '        image = "shop:1.8"\n        network_mode = "host"\n'),),
            must_not_match=(("deploy/shop.nomad.hcl", '        image = "shop:1.8"\n', '        image = "shop:1.8"\n        network_mode = "bridge"\n'),)),
    # Azure: a resource's public endpoint switched on (ARM parameter files wrap every value in `{"value": …}`; Bicep,
    # Terraform azapi and the REST body spell it as a plain key)
    Setting("azure.public-network", "iac-ask", r"""["']?publicNetworkAccess["']?\s*[:=]\s*(?:\{\s*["']value["']\s*:\s*)?["']Enabled["']""",
            "added", "opens the resource's public endpoint to the internet (publicNetworkAccess: Enabled)", ("publicnetworkaccess",),
            paths=IAC_FILES,
            must_match=(("infra/sql.parameters.json", '    "publicNetworkAccess": {\n      "value": "Disabled"\n    },\n',
                         '    "publicNetworkAccess": {\n      "value": "Enabled"\n    },\n'),
                        ("infra/main.bicep", "    publicNetworkAccess: 'Disabled'\n", "    publicNetworkAccess: 'Enabled'\n")),
            must_not_match=(("infra/main.bicep", "    publicNetworkAccess: 'Enabled'\n", "    publicNetworkAccess: 'Disabled'\n"),)),
    # ---------------------------------------------------------------------------------------- capacity and image
    Setting("workload.scaled-to-zero", "capacity", r"replicas|replicaCount|replica_count|desiredCount|desired_count|DesiredCount|"
            r"numReplicas|num_replicas|instances", "wide", "scales the deployed service to no instances ({key}: {old} → {new})",
            ("replica", "desiredcount", "desired_count", "instances"), wide=r"^0$", paths=WORKLOAD_FILES,
            must_match=(("deploy/values-prod.yaml", "replicaCount: 3\n", "replicaCount: 0\n"),
                        ("k8s/deploy.yaml", "  replicas: 2\n", "  replicas: 0\n")),
            must_not_match=(("k8s/deploy.yaml", "  replicas: 2\n", "  replicas: 3\n"),
                            ("k8s/deploy.yaml", "  replicas: 0\n", "  replicas: 1\n"))),
    Setting("iac.count-to-zero", "capacity", r"count|instance_count|node_count|desired_capacity|min_size|max_size|DesiredCapacity|MinSize|"
            r"MaxSize|min_capacity|max_capacity|worker_count|server_count|vm_count|capacity|sku_capacity|desired_size|"
            r"(?:instance|node|worker|server|vm|replica|broker|task)s?_count", "wide",
            "removes every instance of the resource ({key}: {old} → {new})",
            ("count", "capacity", "min_size", "max_size", "minsize", "maxsize", "desired_size"), wide=r"^0$",
            paths=r"\.(tf|tf\.json|tfvars|tfvars\.json|hcl|bicep|bicepparam)$|/Pulumi\.[\w.-]+\.ya?ml$|(?:^|/)[\w.-]*parameters?[\w.-]*\.json$",
            must_match=(("infra/prod.tfvars", "instance_count = 3\n", "instance_count = 0\n"),
                        ("infra/asg.tf", "  desired_capacity = 4\n", "  desired_capacity = 0\n")),
            must_not_match=(("infra/prod.tfvars", "instance_count = 3\n", "instance_count = 4\n"),
                            ("infra/asg.tf", "  count = 0\n", "  count = 1\n"))),
    Setting("image.moving-tag", "moving-image", r"(?:image|Image)(?=[\"']?[ \t]*[:=][ \t]*\S)|imageTag|image_tag|tag", "wide",
            "deploys whatever image is pushed next under a moving tag ({key}: {old} → {new})", ("latest",),
            wide=r"(?i)(?:^|:)(?:latest|main|master|edge|nightly)$", paths=WORKLOAD_FILES,
            must_match=(("k8s/deploy.yaml", "        image: ghcr.io/acme/shop:1.4.2\n", "        image: ghcr.io/acme/shop:latest\n"),
                        ("charts/shop/values.yaml", "image:\n  tag: \"1.4.2\"\n", "image:\n  tag: latest\n")),
            must_not_match=(("k8s/deploy.yaml", "        image: ghcr.io/acme/shop:latest\n", "        image: ghcr.io/acme/shop:1.4.3\n"),
                            ("k8s/deploy.yaml", "        image: ghcr.io/acme/shop:1.4.2\n", "        image: ghcr.io/acme/shop:1.4.3\n"))),
    # ---------------------------------------------------------------------------------------- data safeguards
    Setting("iac.force-destroy", "safeguard-ask", r"force_destroy|forceDestroy|force_delete|forceDelete|autoDeleteObjects|auto_delete_objects|"
            r"purge_on_delete|delete_contents_on_destroy|deleteContentsOnDestroy", "true",
            "lets a destroy delete the data inside too ({key})", ("force_destroy", "forcedestroy", "force_delete", "forcedelete",
                                                                  "autodeleteobjects", "auto_delete_objects", "purge_on_delete",
                                                                  "delete_contents_on_destroy", "deletecontentsondestroy"),
            default="safe",
            must_match=(("infra/s3.tf", '  bucket = "acme-logs"\n', '  bucket        = "acme-logs"\n  force_destroy = true\n'),
                        ("infra/stack.ts", "      versioned: true,\n", "      versioned: true,\n      autoDeleteObjects: true,\n")),
            must_not_match=(("infra/s3.tf", '  force_destroy = true\n', '  force_destroy = false\n'),)),
    Setting("iac.recovery-off", "safeguard", r"purge_protection_enabled|enablePurgeProtection|soft_delete_enabled|enableSoftDelete|"
            r"point_in_time_recovery_enabled|PointInTimeRecoveryEnabled|pointInTimeRecoveryEnabled|point_in_time_recovery|"
            r"deletion_protection_enabled|enable_deletion_protection|deletionProtectionEnabled|termination_protection_enabled|"
            r"enable_termination_protection|EnableTerminationProtection|terminationProtection|versioning_enabled|"
            r"backup_enabled|backups_enabled|enable_backup|enable_backups|automated_backups", "false",
            "turns off what lets deleted data come back ({key})", ("purge_protection", "purgeprotection", "soft_delete", "softdelete",
                                                                   "point_in_time", "pointintime", "deletion_protection",
                                                                   "deletionprotection", "termination_protection",
                                                                   "terminationprotection", "versioning_enabled", "backup"),
            paths=IAC_FILES,
            must_match=(("infra/terraform.tfvars", "enable_deletion_protection = true\n", "enable_deletion_protection = false\n"),
                        ("infra/kv.tf", "  purge_protection_enabled = true\n", "  purge_protection_enabled = false\n")),
            must_not_match=(("infra/kv.tf", "  purge_protection_enabled = false\n", "  purge_protection_enabled = true\n"),)),
    # CloudFormation's and CDK's policy for the data when the stack drops the resource: Retain or Snapshot → Delete
    Setting("iac.deletion-policy", "safeguard", r"DeletionPolicy|UpdateReplacePolicy|deletion_policy|removalPolicy|RemovalPolicy|"
            r"removal_policy", "wide", "deletes the data with the resource when the stack drops it ({key}: {old} → {new})",
            ("deletionpolicy", "updatereplacepolicy", "deletion_policy", "removalpolicy", "removal_policy"),
            wide=r"(?i)(?:^|\.)(?:delete|destroy)$", paths=IAC_FILES + r"|\.(ts|js|py|java|cs|go)$",
            must_match=(("infra/orders.template.json", '      "DeletionPolicy": "Retain",\n', '      "DeletionPolicy": "Delete",\n'),
                        ("infra/stack.ts", "      removalPolicy: RemovalPolicy.RETAIN,\n", "      removalPolicy: RemovalPolicy.DESTROY,\n")),
            must_not_match=(("infra/orders.template.json", '      "DeletionPolicy": "Delete",\n', '      "DeletionPolicy": "Retain",\n'),)),
    Setting("iac.backups-zero", "safeguard", r"backup_retention_period|BackupRetentionPeriod|backupRetentionPeriod|backup_retention_days|"
            r"backupRetentionDays|recovery_window_in_days|RecoveryWindowInDays", "wide",
            "keeps no backups or recovery window ({key}: {old} → {new})", ("backup_retention", "backupretention", "recovery_window",
                                                                          "recoverywindow"),
            wide=r"^0$", paths=IAC_FILES,
            must_match=(("infra/rds.tf", "  backup_retention_period = 7\n", "  backup_retention_period = 0\n"),),
            must_not_match=(("infra/rds.tf", "  backup_retention_period = 7\n", "  backup_retention_period = 14\n"),)),
    Setting("iac.final-snapshot-vars", "safeguard", r"skip_final_snapshot|SkipFinalSnapshot|skipFinalSnapshot", "true",
            "drops the final snapshot on deletion ({key})", ("final_snapshot", "finalsnapshot"), paths=VAR_FILES,
            must_match=(("infra/envs/db.tfvars", "skip_final_snapshot = false\n", "skip_final_snapshot = true\n"),),
            must_not_match=(("infra/envs/db.tfvars", "skip_final_snapshot = true\n", "skip_final_snapshot = false\n"),)),
    Setting("vars.public", "iac-ask", r"[\w.:-]*?(?:public|Public|PUBLIC)(?:_?[A-Za-z]+)*", "true",
            "makes a resource public through a stack variable ({key})", ("public",), default="safe", paths=VAR_FILES,
            unless=r"(?i)public_?key|public_?path|public_?url|public_?dir|publicRuntimeConfig",
            must_match=(("Pulumi.prod.yaml", '  shop:dbPublic: "false"\n', '  shop:dbPublic: "true"\n'),
                        ("infra/prod.tfvars", "", "bucket_public_access = true\n")),
            must_not_match=(("infra/prod.tfvars", "bucket_public_access = true\n", "bucket_public_access = false\n"),)),
    # ---------------------------------------------------------------------------------------- consoles and moving refs
    # Spring Boot's H2 console reachable from other hosts: a SQL console (and code execution) for whoever reaches the port
    Setting("spring.h2-remote", "exposure", r"web-allow-others|webAllowOthers|web_allow_others|webAllowOthers", "true",
            "lets other hosts open the H2 database console ({key})", ("allow-others", "allowothers", "allow_others"), default="safe",
            paths=r"/application(-\w+)?\.(properties|ya?ml)$|/bootstrap(-\w+)?\.(properties|ya?ml)$",
            must_match=(("src/main/resources/application.yml", "spring:\n  h2:\n    console:\n      enabled: false\n",
                         "spring:\n  h2:\n    console:\n      enabled: true\n      settings:\n        web-allow-others: true\n"),),
            must_not_match=(("src/main/resources/application.yml", "      settings:\n        web-allow-others: true\n",
                             "      settings:\n        web-allow-others: false\n"),)),
    # A CI action or reusable workflow moved from a tag or commit to a branch: every run then executes whatever the
    # action's owner pushes next, with the job's token and secrets
    Setting("ci.action-moving-ref", "moving-image", r"uses", "wide", "runs the action at a branch that moves ({old} → {new})", ("uses",),
            wide=r"(?i)@(?:main|master|latest|head|dev|develop|trunk|nightly|edge|canary)$",
            paths=r"/\.github/workflows/[^/]+\.ya?ml$|/action\.ya?ml$|/\.gitea/workflows/|/\.forgejo/workflows/",
            must_match=((".github/workflows/scan.yml", "      - uses: aquasecurity/trivy-action@0.24.0\n",
                         "      - uses: aquasecurity/trivy-action@master\n"),),
            must_not_match=((".github/workflows/scan.yml", "      - uses: aquasecurity/trivy-action@0.24.0\n",
                             "      - uses: aquasecurity/trivy-action@0.28.0\n"),)),
    # ---------------------------------------------------------------------------------------- what the logs hold
    Setting("app.sensitive-logging", "exposure-ask", r"EnableSensitiveDataLogging|enable_sensitive_data_logging|log_request_body|"
            r"logRequestBody|log_request_bodies|log_response_body|logResponseBody|log_headers|logHeaders|log_request_headers|"
            r"logRequestHeaders|include_request_body|includeRequestBody|log_bodies|logBodies|log_payloads?|logPayloads?|"
            r"log_sql_parameters|logSqlParameters|log_secrets|logSecrets|log_credentials|logCredentials|log_passwords?|"
            r"log_tokens?|logTokens?|LogSensitiveData|log_sensitive_data|logSensitiveData", "true",
            "writes request bodies, headers or secrets into the logs ({key})",
            ("sensitivedata", "sensitive_data", "log_request", "logrequest", "log_response", "logresponse", "log_header", "logheader",
             "include_request_body", "includerequestbody", "log_bodies", "logbodies", "log_payload", "logpayload", "log_sql",
             "logsql", "log_secret", "logsecret", "log_credential", "logcredential", "log_password", "log_token", "logtoken"),
            default="safe", paths=APP_SETTINGS,
            must_match=(("src/Api/appsettings.json", "  \"Logging\": {\n", "  \"Logging\": {\n    \"EnableSensitiveDataLogging\": true,\n"),
                        ("config/application.yml", "logging:\n  level: info\n", "logging:\n  level: info\n  log_request_body: true\n")),
            must_not_match=(("config/application.yml", "logging:\n  log_request_body: true\n", "logging:\n  log_request_body: false\n"),)),
    Setting("app.ef-sensitive-logging", "exposure-ask", r"\.EnableSensitiveDataLogging\(\s*(?:true)?\s*\)", "added",
            "logs the values of every database command, passwords and tokens included (EnableSensitiveDataLogging)",
            ("enablesensitivedatalogging",), paths=r"\.(cs|fs|vb)$", unless=r"IsDevelopment\(\)|#if\s+DEBUG",
            must_match=(("src/Api/Program.cs", "    o.UseNpgsql(cs);\n", "    o.UseNpgsql(cs).EnableSensitiveDataLogging();\n"),),
            must_not_match=(("src/Api/Program.cs", "    o.UseNpgsql(cs);\n", "    o.UseNpgsql(cs).EnableDetailedErrors(false);\n"),)),
    Setting("app.redaction-off", "exposure-ask", r"redact\w*|mask_?secrets|maskSecrets|mask_?sensitive\w*|maskSensitive\w*|scrub\w*|"
            r"sanitize_?logs?|sanitizeLogs?|filter_?sensitive\w*|filterSensitive\w*|hide_?secrets|hideSecrets", "false",
            "stops removing secrets from what it logs or reports ({key})", ("redact", "mask", "scrub", "sanitize", "filter_sensitive",
                                                                             "filtersensitive", "hide_secret", "hidesecret"),
            paths=APP_SETTINGS,
            must_match=(("config/logging.yaml", "  redact_secrets: true\n", "  redact_secrets: false\n"),),
            must_not_match=(("config/logging.yaml", "  redact_secrets: false\n", "  redact_secrets: true\n"),)),
)  # fmt: skip
