"""More programs that carry an amount in their own unit (session 24, class O2, helper `units`): rows of
`knowledge.scales` (same columns, read by `judge.intent.scaled`, AM-JUDGE-045), kept apart so each module stays small.

Retention, expiry and lifetimes written as a count of days (`aws logs put-retention-policy --retention-in-days`,
MinIO `mc ilm rule add --expire-days`, an S3 lifecycle rule's `Expiration.Days`), as a Go or Elasticsearch duration
(velero `--ttl 72h0m0s`, step `--not-after=24h`, an ILM phase's `min_age: "30d"`, where `m` is minutes), as seconds
or milliseconds after a key (Redis `EXPIRE key 3600`, `PEXPIRE key 3600000`, `SETEX key 60 v`), or as an interval
inside a statement a database client runs (`knowledge.scale_exprs`: `datetime('now','-90 days')`, `interval '30
minutes'`, `Date.now() - 30*864e5`).

A row here is (programs, path, where, dim, unit, what, options) with the columns of `scales.Scale`; `where` adds
`json:PARENT.KEY` (the key inside the object a PARENT key holds: `delete.min_age` is the delete phase's age, not the
hot phase's `0ms`) and `expr:interval` (the lengths of time `scale_exprs.intervals` reads from the command's words).
Options: `obj` (the operand that names the object acted on, `at:0` for a Redis key: the words must name it for the
act to run), `settles` (rules beside the `scales` defaults the exact amount on the named object settles: an SQS
attribute change read as an access change, when every attribute it sets is a row of the table).

Sources: AWS CLI logs put-retention-policy (days), sqs set-queue-attributes (`MessageRetentionPeriod`,
`VisibilityTimeout`, `DelaySeconds`, `ReceiveMessageWaitTimeSeconds`: seconds), s3api
put-bucket-lifecycle-configuration (`Expiration.Days`, `NoncurrentVersionExpiration.NoncurrentDays`), MinIO mc ilm
rule add (`--expire-days`, `--noncurrent-expire-days`, `--transition-days`), velero backup/schedule create (`--ttl`,
Go duration, default 720h), smallstep `step ca certificate|sign --not-after` (duration or time), Elasticsearch ILM
(`min_age`, time units d/h/m/s/ms), Redis EXPIRE/SETEX (seconds), PEXPIRE/PSETEX (milliseconds), Loki/Grafana
`--retention-period` (Go), RDS `--backup-retention-period` (days), Cloud Logging buckets `--retention-days`, Cloud
Storage `--retention-period`/`--soft-delete-duration`, InfluxDB `bucket update --retention`, NATS `--max-age`,
Pulsar `set-retention --time`, Prometheus `--storage.tsdb.retention.time`, Vault `write … ttl=`/`max_ttl=` (Vault
token `-ttl` is `knowledge.bounding`'s).
"""

from __future__ import annotations

_REDIS = "redis-cli valkey-cli keydb-cli"
_SQL = "psql sqlite3 mysql mariadb mongosh mongo clickhouse-client clickhouse duckdb cockroach snowsql"

_LOSES: dict[str, object] = {"chosen": "loses"}
#: (programs, path, where, dim, unit, what, options)
ROWS: tuple[tuple[str, str, str, str, str, str, dict[str, object]], ...] = (
    ("aws", "logs put-retention-policy", "--retention-in-days", "time", "day", "log retention", {"chosen": "loses"}),
    ("aws", "sqs set-queue-attributes|create-queue", "cfg:DelaySeconds cfg:ReceiveMessageWaitTimeSeconds", "time", "s",
     "queue timing", {"settles": frozenset({"AM-TRUST-003"})}),
    ("aws", "s3api put-bucket-lifecycle-configuration",
     "json:Expiration.Days json:NoncurrentVersionExpiration.NoncurrentDays", "time", "day", "object expiry", {"chosen": "loses"}),
    *(("mc", path, "--expire-days --expiry-days --noncurrent-expire-days --noncurrentversion-expiration-days --transition-days "
     "--noncurrent-transition-days", "time", "day", "object expiry", _LOSES) for path in ("ilm rule add|edit", "ilm add|edit")),
    ("velero", "backup|schedule create", "--ttl", "time", "go", "backup lifetime", {"verdict": "ask", "chosen": "loses"}),
    ("step", "ca|certificate certificate|sign|renew|create", "--not-after", "time", "go",
     "certificate validity", {"chosen": "exposes"}),
    ("curl http https xh wget", "", "json:delete.min_age json:warm.min_age json:cold.min_age json:frozen.min_age",
     "time", "go", "index age", {"host": "_ilm/policy", "chosen": "loses"}),
    (_REDIS, "expire|setex|getex", "at:1", "time", "s", "key expiry", {"obj": "at:0", "chosen": "loses"}),
    (_REDIS, "pexpire|psetex", "at:1", "time", "ms", "key expiry", {"obj": "at:0", "chosen": "loses"}),
    (_SQL, "", "expr:interval", "time", "s", "age bound", {}),
    ("psql", "", "expr:pgsize", "size", "size", "memory setting", {}),
    ("psql", "", "expr:pgtime", "time", "s", "timeout setting", {}),
    # retention and lifetimes of more services (days, Go-like durations, key=value operands)
    ("aws", "rds modify-db-instance|modify-db-cluster|create-db-instance|create-db-cluster", "--backup-retention-period",
     "time", "day", "backup retention", {"chosen": "loses"}),
    ("gcloud", "logging buckets", "--retention-days", "time", "day", "log retention", {"chosen": "loses"}),
    ("gcloud", "storage buckets", "--retention-period --soft-delete-duration", "time", "go", "object retention", {"chosen": "loses"}),
    ("influx", "bucket", "--retention -r", "time", "go", "bucket retention", {"chosen": "loses"}),
    ("nats", "stream|str", "--max-age", "time", "go", "stream retention", {"chosen": "loses"}),
    ("pulsar-admin", "namespaces|topics", "--time -t", "time", "go", "retention", {"chosen": "loses"}),
    ("prometheus", "", "--storage.tsdb.retention.time", "time", "go", "retention", {"chosen": "loses"}),
    ("vault", "write", "kv:ttl kv:max_ttl kv:explicit_max_ttl kv:period", "time", "go", "lifetime", {"chosen": "exposes"}),
)

#: Fixtures (`tests/knowledge/test_scales.py`): (command, the values carried as (where, value, unit)).
FIXTURES: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("aws logs put-retention-policy --log-group-name /ecs/x --retention-in-days 14",
     (("--retention-in-days", "14", "day"),)),
    ("velero backup create b1 --include-namespaces crm --ttl 72m", (("--ttl", "72m", "go"),)),
    ("step ca certificate svc.internal svc.crt svc.key --not-after=8760h", (("--not-after", "8760h", "go"),)),
    ("mc ilm rule add --expire-days 90 --noncurrent-expire-days 1 minio/tmp",
     (("--expire-days", "90", "day"), ("--noncurrent-expire-days", "1", "day"))),
    ("curl -X PUT 'http://es:9200/_ilm/policy/p' -d '{\"policy\":{\"phases\":{\"hot\":{\"min_age\":\"0ms\"},"
     "\"delete\":{\"min_age\":\"30m\",\"actions\":{\"delete\":{}}}}}}'", (("json:delete.min_age", "30m", "go"),)),
    ("redis-cli -n 2 PEXPIRE session:7f3a 3600000", (("at:1", "3600000", "ms"),)),
    ("redis-cli -h c EXPIRE cart:1 60", (("at:1", "60", "s"),)),
    ("aws s3api put-bucket-lifecycle-configuration --bucket b --lifecycle-configuration "
     "'{\"Rules\":[{\"Status\":\"Enabled\",\"Expiration\":{\"Days\":7}}]}'", (("json:Expiration.Days", "7", "day"),)),
    ("sqlite3 var/app.db \"DELETE FROM audit_log WHERE ts < datetime('now','-90 minutes');\"",
     (("expr:interval", "5400", "s"),)),
    ("aws rds modify-db-instance --db-instance-identifier db1 --backup-retention-period 7",
     (("--backup-retention-period", "7", "day"),)),
    ("vault write pki/issue/web common_name=web.lan ttl=8760h", (("kv:ttl", "8760h", "go"),)),
    ("nats stream edit ORDERS --max-age=72h", (("--max-age", "72h", "go"),)),
)
