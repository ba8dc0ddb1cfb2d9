"""Service CLIs' own bounds (session 26, Q2, helper `cli`): rows of `knowledge.scales` (same columns as
`scales_more.ROWS`, read by `judge.intent.scaled`) for the clean-ups, expiries and roll-backs a user names by the
program's own verb with the bound said: `mlflow gc --older-than 30d` for "runs deleted more than 30 days ago",
`restic forget --keep-last 10` for "keep the last ten", `php artisan migrate:rollback --step=1` for "only the last
migration", `bin/rails db:rollback STEP=2`, `nix-collect-garbage --delete-older-than 14d`. With the row the amount is
compared with the one said in any language (another amount is refused by AM-JUDGE-045), and an amount that is the
one said is the user's bound, not an object they had to name (`judge.intent.verb_said`).

Sources: MLflow CLI `mlflow gc` (`--older-than`: "1d2h3m4s" style), restic forget(1) `--keep-last N`, borg prune
`--keep-last`, kopia `snapshot expire`/policy `--keep-latest`, Laravel `migrate:rollback --step`, Rails
`db:rollback STEP=N`, Sequelize `db:migrate:undo`, Knex `migrate:rollback` (one batch; `--all` every one), Ecto
`ecto.rollback -n/--step` (`scales`), nix-collect-garbage(8) `--delete-older-than`, Jenkins-less artifact stores: JFrog CLI `rt delete --older-than`? (no: a date), Docker `buildx prune --filter
until=` (`knowledge.bounding`), Drush `watchdog:delete --older-than`? (no such option).
"""

from __future__ import annotations

_RAILS = "rails rake"
#: (programs, path, where, dim, unit, what, options); `named` "@backups" and "@migrations" are `scales.BACKUPS` and
#: `scales.MIGRATIONS` (read there: this module is imported by it)
ROWS: tuple[tuple[str, str, str, str, str, str, dict[str, object]], ...] = (
    ("mlflow", "gc", "--older-than", "time", "go", "age of the runs removed", {}),
    ("restic", "forget", "--keep-last -l", "count", "count", "snapshots kept", {"named": "@backups"}),
    ("borg borg2", "prune", "--keep-last", "count", "count", "archives kept", {"named": "@backups"}),
    ("kopia", "snapshot|policy", "--keep-latest", "count", "count", "snapshots kept", {"named": "@backups"}),
    ("php", "artisan migrate:rollback", "--step", "count", "count", "migrations rolled back", {"named": "@migrations"}),
    (_RAILS, "db:rollback|db:migrate:down", "kv:step", "count", "count", "migrations rolled back", {"named": "@migrations"}),
    ("nix-collect-garbage", "", "--delete-older-than", "time", "go", "age of the generations removed", {}),
)
