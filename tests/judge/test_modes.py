"""A mode the user asked for that the command should carry (`judge.intent.modes`): "just the schema" and a full
`pg_dump`, "locally" and a cluster `spark-submit`. The command with the mode's option stays routine."""

from __future__ import annotations

from tests.judge.helpers import bash

SCHEMA = "I need the schema of the billing db to compare with staging, just the schema"


def test_a_dump_without_the_schema_option_asks() -> None:
    assert bash("pg_dump -Fc -h billing-db.example.test -d billing -f /tmp/b.dump", SCHEMA).verdict == "ask"
    assert bash("mysqldump -h db1.example.test billing > /tmp/b.sql", SCHEMA).verdict == "ask"


def test_the_dump_with_it_is_routine() -> None:
    assert bash("pg_dump --schema-only -h billing-db.example.test -d billing -f /tmp/b.sql", SCHEMA).verdict == "allow"
    assert bash("mysqldump --no-data -h db1.example.test billing > /tmp/b.sql", SCHEMA).verdict == "allow"


def test_a_local_run_asked_for_and_a_cluster_submit() -> None:
    msg = "run the dedupe job locally on a small sample first"
    assert bash("spark-submit --master 'local[4]' jobs/dedupe.py --sample 0.01", msg).verdict == "allow"
    assert bash("spark-submit --master yarn --deploy-mode cluster jobs/dedupe.py", msg).verdict == "ask"
