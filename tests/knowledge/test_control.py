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
     ("ProdDatabaseUrl", "production")],
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
