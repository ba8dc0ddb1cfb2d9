"""Amounts that service CLIs and APIs carry in their own unit (session 26, Q1, helper `api`): rows of
`knowledge.scales` (same columns as `scales_more.ROWS`, read by `judge.intent.scaled`: released when the amount is
the one said on the object named, refused when it is another).

"set the partition expiration of events.raw to 90 days" is `bq update --time_partitioning_expiration 7776000
events.raw`: BigQuery takes table, partition and dataset default expirations in seconds. The same fact for the
services of the family: Kinesis stream retention in hours, DynamoDB/Firestore TTLs are not amounts (an attribute
name), Pub/Sub subscriptions' `--message-retention-duration` and `--expiration-period` (Go-like), Cloud Tasks queue
`--max-retry-duration`, SNS/SQS attributes in seconds (the SQS rows are `scales_more`'s), Azure Service Bus
`--default-message-time-to-live` (ISO-8601 or TimeSpan: not read), Event Hubs `--message-retention` /
`--retention-time-in-hours` (days, hours), CloudWatch alarms' `--period` (seconds), ECR lifecycle rules'
`countNumber` (days when `countUnit` is days: not read), Kafka's are `scales`'.

Sources: bq command-line reference (`bq update`, `bq mk`: `--expiration`, `--default_table_expiration`,
`--default_partition_expiration`, `--time_partitioning_expiration`, all seconds), AWS CLI kinesis
increase-/decrease-stream-retention-period (`--retention-period-hours`), gcloud pubsub subscriptions
create/update (`--message-retention-duration`, `--expiration-period`: `10m`, `7d`), az eventhubs eventhub
create/update (`--retention-time-in-hours`), aws cloudwatch put-metric-alarm (`--period`, seconds).
"""

from __future__ import annotations

#: (programs, path, where, dim, unit, what, options)
ROWS: tuple[tuple[str, str, str, str, str, str, dict[str, object]], ...] = (
    ("bq", "update|mk", "--time_partitioning_expiration --default_table_expiration --default_partition_expiration "
     "--expiration", "time", "s", "table expiration", {}),
    ("aws", "kinesis increase-stream-retention-period|decrease-stream-retention-period", "--retention-period-hours",
     "time", "hours", "stream retention", {}),
    ("gcloud", "pubsub subscriptions", "--expiration-period", "time", "go", "subscription expiry", {}),
    ("az", "eventhubs eventhub", "--retention-time-in-hours --retention-time", "time", "hours", "event retention", {}),
    ("aws", "cloudwatch put-metric-alarm", "--period", "time", "s", "alarm period", {}),
)

#: Fixtures (`tests/judge/test_s26_api.py`): (command, the values carried as (where, value, unit)).
FIXTURES: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("bq update --time_partitioning_expiration 7776000 events.raw",
     (("--time_partitioning_expiration", "7776000", "s"),)),
    ("bq update --default_table_expiration=604800 analytics_tmp", (("--default_table_expiration", "604800", "s"),)),
    ("aws kinesis increase-stream-retention-period --stream-name clicks --retention-period-hours 72",
     (("--retention-period-hours", "72", "hours"),)),
)
