"""Every control-plane table's fixtures: the verb, scope and environment a user would expect for each command."""

from __future__ import annotations

import pytest

from automode.knowledge import control
from automode.knowledge.envmarkers import env_of
from automode.shell.interp import interp_hook
from automode.shell.lower import Lowerer

ROOT = "/home/u/proj"
FIXTURES = [(t.name, cmd, want) for t in {id(t): t for t in control.tools().values()}.values() for cmd, want in t.fixtures]


def control_effects(command: str, cwd: str = ROOT) -> list[tuple[str, str, str]]:
    lw = Lowerer("/home/u", cwd, interp_hook)
    lw.source(command, cwd=cwd)
    out = []
    for cmd in lw.out.commands:
        e = control.classify(cmd, (cmd.cwd or "")[len(ROOT):])
        if e is not None:
            out.append((e.verb, e.scope, e.env))
    return out


@pytest.mark.parametrize(("table", "command", "want"), FIXTURES, ids=[f"{t}: {c[:60]}" for t, c, _ in FIXTURES])
def test_table_fixture(table: str, command: str, want: str) -> None:
    got = control_effects(command)
    if want == "none":
        assert got == []
        return
    parts = want.split()
    verb, scope, env = [*parts, "", ""][:3]
    assert got, f"{command!r}: no control effect"
    v, s, e = got[0]
    assert v == verb, f"{command!r}: verb {v!r}, expected {verb!r}"
    if scope:
        assert s == ("" if scope == "-" else scope), f"{command!r}: scope {s!r}, expected {scope!r}"
    if env:
        assert e == ("" if env == "-" else env), f"{command!r}: env {e!r}, expected {env!r}"


@pytest.mark.parametrize(
    ("name", "env"),
    [("eks-prod-use1", "production"), ("clinic_production", "production"), ("cache-prod.x.internal", "production"),
     ("$PRODUCTION_DATABASE_URL", "production"), ("app.settings.production", "production"), ("fly.production.toml", "production"),
     ("gke_orbitcast-staging_europe-west1_ingest", "staging"), ("preprod-db", "staging"), ("sprocket_dev", "dev"),
     ("ANALYTICS_DEV", "dev"), ("postgres://u@localhost:5432/app", "local"), ("127.0.0.1", "local"),
     ("kind-dev", "dev"), ("product-catalog", ""), ("prodigy", ""), ("reproduce", ""), ("livestream", ""),
     ("ProdDatabaseUrl", "production"),
     # a public top-level domain spelled like a marker names no environment; the labels before it still do
     ("api.kestrel.dev", ""), ("https://api.kestrel.dev/v1/x", ""), ("staging.kestrel.dev", "staging"),
     ("myband.live", ""), ("dev.example.com", "dev"), ("shop.test", "dev")],
)  # fmt: skip
def test_environment_markers(name: str, env: str) -> None:
    assert env_of(name) == env


def test_terraform_in_a_prod_directory_targets_production() -> None:
    assert control_effects("terraform apply -auto-approve", cwd=ROOT + "/envs/prod") == [("deploy", "all", "production")]
    assert control_effects("terraform apply -auto-approve", cwd=ROOT + "/envs/dev") == [("deploy", "all", "dev")]


def test_plain_programs_are_not_control_planes() -> None:
    assert control_effects("ls -la && git status && make test") == []


def test_the_quick_index_agrees_with_the_tables() -> None:
    for name, (tname, family) in control.index().items():
        t = control.table(tname)
        assert name in t.names and t.family == family
    assert {n for t in control.tools().values() for n in t.names} == set(control.index())


def test_a_table_the_stored_index_was_not_written_from_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table added without rebuilding the index (a new file in knowledge/data/control/) is still known."""
    from automode.knowledge import control_index

    monkeypatch.setattr(control_index, "INDEX", {})
    monkeypatch.setattr(control_index, "TABLES", ())
    control.index.cache_clear()
    try:
        assert control.index() == control.read_index() and control.index()["kubectl"][1] == "cluster"
    finally:
        control.index.cache_clear()


def test_the_stored_index_is_the_one_the_tables_give() -> None:
    from pathlib import Path

    from automode.knowledge import control_build

    assert control.index() == control.read_index(), "run `python -m automode.knowledge.control_build`"
    assert Path(control_build.LITERAL).read_text(encoding="utf-8") == control_build.render(), (
        "control_index.py is stale: run `python -m automode.knowledge.control_build`"
    )


SQL_CASES = [
    ("psql -c 'SELECT 1'", ("read", "", "local")),
    ("sqlite3 app.db 'DELETE FROM users;'", ("delete", "all", "local")),
    ("sqlite3 app.db 'DELETE FROM users WHERE id=3;'", ("delete", "one", "local")),
    ("mysql -u root clinic_development -e 'DELETE t1 FROM sms_outbox_test t1 JOIN sms_outbox_test t2 ON t1.phone = t2.phone AND t1.id > t2.id;'",
     ("delete", "set", "dev")),
    ("mysql -h clinic-db.pawprint.internal -u app -p\"$PROD_DB_PASSWORD\" clinic_production -e 'DELETE FROM sms_outbox WHERE id > 5'",
     ("delete", "set", "production")),
    ("psql \"$PRODUCTION_DATABASE_URL\" -c 'ALTER TABLE orders ADD COLUMN gift_message text;'", ("update", "one", "production")),
    ("psql \"$STAGING_DATABASE_URL\" -c 'ALTER TABLE orders ADD COLUMN gift_message text;'", ("update", "one", "staging")),
    ("psql -h db.internal -c 'TRUNCATE orders'", ("delete", "all", "")),
    ("snowsql -c dev -q 'DROP SCHEMA IF EXISTS ANALYTICS_DEV.DBT_CHEN_OLD CASCADE;'", ("delete", "recursive", "dev")),
    ("xargs -I{} snowsql -c dev -q 'DROP SCHEMA ANALYTICS_DEV.{} CASCADE;'", ("delete", "set", "dev")),
    ("psql -c 'UPDATE users SET active = false WHERE 1=1'", ("update", "all", "local")),
    ("psql -c \"COPY t FROM PROGRAM 'id'\"", ("execute", "one", "local")),
    ("psql <<'EOF'\nDELETE FROM carts;\nEOF", ("delete", "all", "local")),
    ("echo 'DROP TABLE users' | mysql shop", ("delete", "recursive", "local")),
    ("bq query --nouse_legacy_sql 'DELETE FROM `brightpath-prod.analytics.events` WHERE true'", ("delete", "all", "production")),
]


@pytest.mark.parametrize(("command", "want"), SQL_CASES, ids=[c[:60] for c, _ in SQL_CASES])
def test_sql_statements_become_control_effects(command: str, want: tuple[str, str, str]) -> None:
    from automode.knowledge import sql

    lw = Lowerer("/home/u", ROOT, interp_hook)
    lw.source(command, cwd=ROOT)
    got = [(e.verb, e.scope, e.env) for cmd in lw.out.commands for e in sql.effects(cmd)]
    assert got and got[0] == want, got


def test_mcp_sql_inputs_are_read_as_sql_but_search_queries_are_not() -> None:
    from automode.knowledge import sql

    got = sql.mcp_effects("mcp__postgres_prod__query", {"sql": "UPDATE invoices SET x = 1 WHERE status = 'failed'"})
    assert [(e.verb, e.scope, e.env) for e in got] == [("update", "set", "production")]
    assert sql.mcp_effects("mcp__mail__search_emails", {"query": "update from the team"}) == []


def test_sql_cut_off_by_a_console_is_not_read_as_every_row() -> None:
    from automode.knowledge import sql

    assert [s.scope for s in sql.statements("DELETE FROM ZBKLIBRARYASSET WHERE\u2026")] == ["set"]
    assert [s.scope for s in sql.statements("UPDATE ZBKLIBRARYAS\u2026")] == ["set"]
    assert [s.scope for s in sql.statements("DELETE FROM users")] == ["all"]


def test_a_command_run_on_another_machine_has_no_local_default() -> None:
    # `php artisan` defaults to this machine's environment; over ssh it runs wherever the host is
    assert control_effects("php artisan migrate") == [("update", "", "local")]
    assert ("update", "", "") in control_effects("ssh deploy@203.0.113.20 'cd /srv/app && php artisan migrate --force'")
