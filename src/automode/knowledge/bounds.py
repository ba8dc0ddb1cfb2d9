"""Bounds of an act, per program (session 13, S2 "how much"): the dates a run-clearing or deleting command takes, and
the end a hold (a mute, silence, ban, block, lock, cordon) carries, so that `judge.intent.bounds` can compare them
with the dates and the length of time the user named.

* `DATE_RANGES`: (programs, subcommand, options of the start, options of the end). A start with no end reaches up to
  now (`airflow tasks clear -s 2024-05-01` clears every run since); the reference of each tool (airflow CLI,
  influx, sqlmesh, dagster, prefect) names them.
* `HOLDS`: (programs, subcommand, options that give the end or the length, the tool's own length in seconds when
  none is given: 0 = it holds until someone lifts it). `amtool silence add` lasts 1 h by default (alertmanager),
  `dog monitor mute` until unmuted, `ufw deny` / `iptables -j DROP` / `passwd -l` / `kubectl cordon` forever.
"""

from __future__ import annotations

# fmt: off
DATE_RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("airflow", "tasks clear", "-s --start-date", "-e --end-date"),
    ("airflow", "dags backfill", "-s --start-date", "-e --end-date"),
    ("airflow", "backfill create", "--from-date", "--to-date"),
    ("airflow", "dags delete", "", ""),
    ("influx", "delete", "--start", "--stop"),
    ("sqlmesh", "plan", "--start -s", "--end -e"),
    ("sqlmesh", "run", "--start -s", "--end -e"),
    ("sqlmesh", "restate", "--start -s", "--end -e"),
    ("dagster", "job backfill", "--from", "--to"),
    ("dbt", "run", "--start-date --from", "--end-date --to"),
    ("loki-canary logcli", "delete", "--from --start", "--to --end"),
    ("gsutil gcloud aws az", "", "--start-time --start --from", "--end-time --end --to"),
)

HOLDS: tuple[tuple[str, str, str, int], ...] = (
    ("dog", "monitor mute", "--end", 0),
    ("dog", "monitor mute_all", "", 0),
    ("dog", "downtime post", "--end", 0),
    ("amtool", "silence add", "--duration -d --end", 3600),
    ("ufw", "deny", "", 0),
    ("ufw", "reject", "", 0),
    ("ufw", "insert", "", 0),
    ("iptables ip6tables", "", "", 0),
    ("fail2ban-client", "set", "", 0),
    ("passwd", "", "", 0),
    ("usermod", "", "--expiredate -e", 0),
    ("kubectl oc", "cordon", "", 0),
    ("kubectl oc", "taint", "", 0),
    ("gh", "issue lock", "", 0),
    ("gh", "pr lock", "", 0),
    ("disable-adaccount disable-localuser", "", "", 0),
    ("systemctl", "mask", "", 0),
    ("systemctl", "disable", "", 0),
    ("pd", "incident snooze", "--duration -d", 0),
    ("gcloud", "alpha monitoring snoozes create", "--end-time --duration", 0),
    ("stripe", "subscriptions update", "--pause-collection.resumes-at -d", 0),
)
# fmt: on

#: Fixtures: (command, the start and end options' values it gives, or None when no row of DATE_RANGES applies).
DATE_CASES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("airflow tasks clear etl -s 2024-01-01 -e 2024-12-31 -y", ("2024-01-01", "2024-12-31")),
    ("airflow tasks clear etl -s 2024-05-01 -y", ("2024-05-01",)),
    ("influx delete --bucket b --start 2024-05-01T00:00:00Z --stop 2024-05-02T00:00:00Z",
     ("2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z")),
    ("airflow dags list", None),
)
#: Fixtures: (command, whether it is a hold with no end given).
HOLD_CASES: tuple[tuple[str, bool], ...] = (
    ("dog monitor mute 4411", True),
    ("dog monitor mute 4411 --end 1717000000", False),
    ("ufw deny from 203.0.113.7", True),
    ("kubectl cordon node-3", True),
    ("amtool silence add alertname=DiskFull --duration=30m", False),
)
