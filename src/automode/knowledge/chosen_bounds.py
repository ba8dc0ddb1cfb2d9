"""Bounds and targets an act takes that the agent chooses when the user gave none (session 26, class Q5, helper
`chosen`; read by `judge.intent.agent_chose`, AM-JUDGE-065 and AM-JUDGE-066).

* `RANGES`: acts that re-run or remove a stretch of history and take a date range; without one they reach every run
  there ever was (`airflow tasks clear DAG -t TASK` clears the task in every run of the DAG's history, `sqlmesh
  restate` recomputes every interval; `mlflow gc` is left to the rules that refuse it). Rows: (programs, subcommand,
  the options any of which bounds it, what happens without them).
* `WRAPPERS`: secrets and environment wrappers whose config, environment or env file the directory decides when no
  option names it (`doppler run` reads `doppler.yaml` or the scoped setup, `infisical run` the workspace's default
  environment, `dotenvx run` and `dotenv` the `.env` file, `railway run` the linked environment). Rows: (program,
  subcommand, the options that name the config, the variables that name it inline).
* `CHANGES`: the words of a wrapped command that change data where the config points (a seed, a migration, a reset,
  a push of a schema, a deploy): a test run or a build through the wrapper changes nothing there.

Sources: Airflow CLI `tasks clear` (`-s/--start-date`, `-e/--end-date`; "clear a set of task instances, as if they
never ran"), Airflow 1.x `clear`, MLflow `gc` (`--older-than`, `--run-ids`, `--experiment-ids`), SQLMesh `restate`
(`--start/-s`, `--end/-e`), Doppler CLI `run` (`-c/--config`, `-p/--project`, `DOPPLER_CONFIG`, `DOPPLER_TOKEN`: a
service token is scoped to one config), Infisical CLI `run` (`--env`, default from `.infisical.json`), dotenvx
(`-f/--env-file`), dotenv-cli (`-e`), Railway CLI `run` (`-e/--environment`, `-s/--service`), summon (`-e`).
"""

from __future__ import annotations

from automode import lazyre

# fmt: off
RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("airflow", "tasks clear", "-s --start-date -e --end-date --start_date --end_date",
     "every run of it in the DAG's history is cleared and runs again"),
    ("airflow", "clear", "-s --start_date -e --end_date --start-date --end-date",
     "every run of it in the DAG's history is cleared and runs again"),
    ("sqlmesh", "restate", "-s --start -e --end",
     "every interval of the model is recomputed"),
)
WRAPPERS: tuple[tuple[str, str, str, str], ...] = (
    ("doppler", "run", "-c --config --token", "DOPPLER_CONFIG DOPPLER_TOKEN DOPPLER_ENVIRONMENT"),
    ("infisical", "run", "--env --token", "INFISICAL_ENV INFISICAL_TOKEN"),
    ("dotenvx", "run", "-f --env-file", "DOTENV_KEY"),
    ("dotenv dotenv-cli", "", "-e", ""),
    ("railway", "run", "-e --environment", "RAILWAY_ENVIRONMENT"),
    ("summon", "", "-e --environment -f", "SUMMON_ENV"),
)
#: Acts whose amount, left out, is the whole (session 26, Q5): (programs, subcommand or, for an HTTP client, a URL
#: part, the option or body key that carries the amount, its kind, what happens without it). Stripe CLI and API
#: `refunds create` without `amount` refunds the whole charge.
LEFT_OUT: tuple[tuple[str, str, str, str, str], ...] = (
    ("stripe", "refunds create", "--amount", "money", "the whole payment is refunded"),
    ("curl http https xh wget", "api.stripe.com/v1/refunds", "amount", "money", "the whole payment is refunded"),
)
#: MCP tools of the same acts: (tool name pattern, the input key, kind, what happens without it).
LEFT_OUT_MCP: tuple[tuple[str, str, str, str], ...] = (
    (r"(?i)stripe.*refund|refund.*stripe", "amount", "money", "the whole payment is refunded"),
)
#: Options whose value makes a thing last for ever (session 26, Q5): (programs, subcommand, option, the values).
#: Where the words say a length of time, such a value is another one: refused (`stripe coupons create
#: --duration=forever` for "a coupon that lasts 3 months").
FOREVER: tuple[tuple[str, str, str, frozenset[str]], ...] = (
    ("stripe", "coupons create", "--duration", frozenset({"forever"})),
    ("stripe", "promotion_codes create", "--expires-at", frozenset({"0"})),
)
#: Cache purges in their whole form (session 26, Q5): (programs, a word the command must carry, the regex of the whole
#: form over the command's words). Where the words name one path or key, the whole cache purged is another value:
#: Cloudflare `purge_everything`, CloudFront `--paths '/*'`, Cloud CDN `--path '/*'`, Azure CDN/Front Door
#: `--content-paths '/*'`, Fastly `purge --all`, Varnish `ban req.url ~ .`.
PURGE_ALL: tuple[tuple[str, str, str], ...] = (
    ("curl http https xh wget", "purge_cache", r"[\"']?purge_everything[\"']?\s*:\s*true"),
    ("aws", "create-invalidation", r"(?:^|\s)(?:--paths(?:=|\s+))?['\"]?/\*['\"]?(?:\s|$)"),
    ("gcloud", "invalidate-cdn-cache", r"--path(?:=|\s+)['\"]?/\*['\"]?(?:\s|$)"),
    ("az", "purge", r"--content-paths(?:=|\s+)['\"]?/\*['\"]?(?:\s|$)"),
    ("fastly", "purge", r"(?:^|\s)--all(?:\s|$)"),
    ("varnishadm", "ban", r"req\.url\s*~\s*['\"]?(?:\.|/|\.\*|\^/)['\"]?(?:\s|$)"),
)
#: Database clients and the options that name the server (session 26, Q5): left out, the client connects to its
#: default (`PGHOST`, the socket, `~/.my.cnf`, localhost), whatever host the user named. A URI operand or a
#: connection variable (`"$STAGING_DB_URL"`) names it too.
DB_HOSTS: dict[str, frozenset[str]] = {
    "psql": frozenset({"-h", "--host"}), "mysql": frozenset({"-h", "--host"}), "mariadb": frozenset({"-h", "--host"}),
    "mongosh": frozenset({"--host"}), "mongo": frozenset({"--host"}), "redis-cli": frozenset({"-h", "-u"}),
    "valkey-cli": frozenset({"-h", "-u"}), "clickhouse-client": frozenset({"-h", "--host"}),
    "pgcli": frozenset({"-h", "--host"}), "mycli": frozenset({"-h", "--host"}),
}
#: Variables that name the server of those clients.
DB_HOST_VARS = frozenset({"PGHOST", "PGSERVICE", "DATABASE_URL", "MYSQL_HOST", "MONGODB_URI", "REDIS_URL", "REDISCLI_HOST",
                          "CLICKHOUSE_HOST"})
# fmt: on
#: The words of a wrapped command that change data where the config points, in any tool's spelling
#: (`npm run db:seed`, `rails db:migrate`, `prisma migrate deploy`, `manage.py flush`, `alembic upgrade head`).
CHANGES = lazyre.compile(
    r"(?i)(?:^|[\s:_-])(?:seed\w*|migrat\w*|reset|drop\w*|truncat\w*|flush|loaddata|upgrade|downgrade|rollback|"
    r"push|deploy\w*|backfill\w*|import\w*|purge|wipe|replant|fixtures?|sync\w*|setup|schema:load|restore|"
    r"delete\w*|clean\w*|create\w*|send\w*|publish\w*)(?=$|[\s:_-])")

#: Fixtures (`tests/judge/test_s26_chosen.py`): a wrapped command and whether it changes data.
CHANGE_CASES: tuple[tuple[str, bool], ...] = (
    ("npm run db:seed", True), ("bundle exec rails db:migrate", True), ("npx prisma migrate deploy", True),
    ("python manage.py flush --noinput", True), ("npm test", False), ("npm run build", False),
    ("pytest -q", False), ("node scripts/print-config.js", False),
)
