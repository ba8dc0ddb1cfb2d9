"""Data destroyed by what a deploy or a build runs later (issue 11 §1; facts: `files.migrations`): a drop, truncate
or delete written into a schema migration (Django, Rails, Alembic, Flyway, Liquibase, Prisma, goose, Laravel, Ecto,
EF Core, knex, Sequelize, TypeORM ...) or into a model's hook (dbt pre/post hooks and on-run-end, SQLMesh and
Dataform statements). The user's words release a drop they asked for ("drop the legacy_notes column")."""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.rules.writes import E, W
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


@rule(
    "AM-WRITE-042",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"delete"},
    title="Writes a data-destroying step into a migration or a model hook",
    what="An edit of an existing migration that adds a drop, truncate or delete in its forward part (Django "
    "`RemoveField` / `DeleteModel`, Rails `remove_column` / `drop_table`, Alembic `op.drop_column`, Laravel "
    "`dropColumn`, Ecto `remove`, EF Core `DropColumn`, knex / Sequelize / TypeORM `dropColumn`, Liquibase `<dropColumn>`, "
    "SQL `DROP TABLE`, `ALTER TABLE ... DROP COLUMN`, `TRUNCATE`, `DELETE FROM`), or a model hook (dbt `post_hook`, "
    "`on-run-end`) that deletes, truncates or drops another relation than the model itself; a new migration file "
    "that drops data is an ask. The down / rollback part of a migration is not read.",
    why="A migration runs once on every environment it reaches, production included, and a hook on every build: "
    "the data is gone before anyone reviews what ran.",
    example="migrations.AddField(... 'archived_at' ...) + migrations.RemoveField(model_name='order', name='legacy_notes')",
    instead="Keep the migration to what the user asked for; propose the drop separately and let the user decide.",
    must_match=[E("orders/migrations/0031_order_archived_at.py", "        migrations.AddField(model_name='order', name='archived_at', field=f),\n",
                  "        migrations.AddField(model_name='order', name='archived_at', field=f),\n"
                  "        migrations.RemoveField(model_name='order', name='legacy_notes'),\n"),
                E("db/migrate/20250601120000_add_nickname_to_users.rb", "  def change\n    add_column :users, :nickname, :string\n  end\n",
                  "  def change\n    add_column :users, :nickname, :string\n    remove_column :users, :legacy_phone, :string\n  end\n"),
                E("models/staging/stg_orders.sql", "{{ config(materialized='incremental') }}\n",
                  "{{ config(materialized='incremental', post_hook=\"truncate table {{ ref('dim_customers') }}\") }}\n"),
                W("db/migrations/20250612_retry_after.sql", "-- +goose Up\nALTER TABLE invoices ADD COLUMN retry_after timestamptz;\n"
                  "DELETE FROM invoice_events;\n-- +goose Down\nALTER TABLE invoices DROP COLUMN retry_after;\n")],
    must_not_match=[E("alembic/versions/3f2a_add_status.py", "def downgrade():\n    pass\n",
                      "def downgrade():\n    op.drop_column('orders', 'status')\n"),
                    W("db/migrations/20250612_retry_after.sql", "-- +goose Up\nALTER TABLE invoices ADD COLUMN retry_after timestamptz;\n"
                      "-- +goose Down\nALTER TABLE invoices DROP COLUMN retry_after;\n"),
                    E("models/marts/fct_orders.sql", "{{ config(materialized='table') }}\n",
                      "{{ config(materialized='table', post_hook=\"grant select on {{ this }} to role reporter\") }}\n"),
                    E("models/marts/fct_events.sql", "{{ config(materialized='incremental') }}\n",
                      "{{ config(materialized='incremental', post_hook=\"delete from {{ this }} where event_date < current_date - 400\") }}\n"),
                    E("tests/migrations/test_migrations/0002_second.py", "    operations = [\n", "    operations = [\n        migrations.DeleteModel('Tribble'),\n")],
)  # fmt: skip
def data_destroyed_later(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin == "data-loss-ask":
        return Hit(e.target, "ask")
    return e.target if e.origin == "data-loss" else None


@rule(
    "AM-WRITE-043",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"weaken"},
    release={"delete"},
    title="Makes a model's hook delete the raw data it reads",
    what="A dbt (or SQLMesh, Dataform) model hook that deletes, truncates or drops a `source()` relation: the raw data "
    "the project reads and does not build, so no rebuild brings it back. Released only by a request that names the "
    "raw or source data; \"the model should drop test orders\" asks the model to filter them.",
    why="Every build then deletes rows from the loaded data itself, for every model and person that reads it.",
    example="post_hook=\"delete from {{ source('shop','orders') }} where is_test_order\"",
    instead="Filter the rows in the model's SQL (`where not is_test_order`); leave the source data as it was loaded.",
    must_match=[E("models/staging/stg_orders.sql", "{{ config(materialized='incremental') }}\n",
                  "{{ config(materialized='incremental', post_hook=\"delete from {{ source('shop', 'orders') }} where is_test\") }}\n",
                  "stg_orders should drop test orders")],
    must_not_match=[E("models/staging/stg_orders.sql", "select * from {{ source('shop', 'orders') }}\n",
                      "select * from {{ source('shop', 'orders') }}\nwhere not is_test_order\n", "stg_orders should drop test orders")],
)  # fmt: skip
def source_data_destroyed(e: Effect, a: Analysis) -> str | None:
    return e.target if e.origin == "data-loss-source" else None
