"""The same store on a real PostgreSQL server (a throwaway cluster started on 127.0.0.1 for these tests)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from automode.audit.asks import answer, open_ask, wait_for_answer
from automode.audit.bench import run_bench
from automode.audit.recorder import Recorder
from automode.audit.row import build_row
from automode.audit.stats import compute
from automode.audit.store import Filters, Store, open_store
from automode.cli import main

from . import pg_cluster
from .conftest import sample

_why = pg_cluster.missing_reason()
pytestmark = pytest.mark.skipif(_why is not None, reason=_why or "")


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with pg_cluster.cluster() as url:
        yield url


@pytest.fixture
def pg(pg_url: str) -> Iterator[Store]:
    s = open_store(pg_url)
    with s._write() as cur:
        cur.execute("TRUNCATE decisions, asks")
    yield s
    s.close()


def test_schema_filters_and_retention(pg: Store) -> None:
    now = time.time()
    rows = []
    for i in range(10):
        d, a, c = sample(i, verdict="deny" if i % 2 else "allow", session=f"s{i % 3}")
        rows.append(build_row(d, a, c, agent="t", ts=now - 10 + i, uid=f"pg{i}"))
    pg.insert(rows)
    pg.insert(rows[:3])  # idempotent
    assert pg.count() == 10
    assert pg.count(Filters(verdict="deny")) == 5
    assert pg.count(Filters(session="s0", rule="AM-TEST")) == 2
    assert pg.count(Filters(text="echo 7")) == 1
    assert [r["uid"] for r in pg.query(limit=2)] == ["pg9", "pg8"]
    assert pg.get("pg4")["action"] == {"command": "echo 4"}  # type: ignore[index]
    assert compute(pg)["verdicts"] == {"allow": 5, "ask": 0, "deny": 5}
    pg.prune(retention_days=0, max_rows=4)
    assert pg.count() == 4


def test_recorder_and_log_command(pg_url: str, pg: Store, capsys: pytest.CaptureFixture[str]) -> None:
    rec = Recorder(url=pg_url)
    for i in range(50):
        d, a, c = sample(i, cmd=f"curl https://x:pw{i}secret@h.io/")
        rec.record(d, a, c, agent="gateway")
    assert rec.flush(30)
    rec.close()
    assert pg.count(Filters(agent="gateway")) == 50
    assert main(["log", "--db", pg_url, "--json", "-n", "5"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 5 and "secret" not in out


def test_pending_ask(pg: Store) -> None:
    d, a, c = sample(0, verdict="ask")
    ask_id = open_ask(d, a, c, timeout=30, store=pg)
    got: list[str] = []
    # The waiter polls over its own connection, as a gateway process would.
    t = threading.Thread(target=lambda: got.append(wait_for_answer(ask_id, 10, store=open_store(pg.url))))
    t.start()
    time.sleep(0.3)
    assert answer(ask_id, "deny", by="test", store=pg)
    t.join(10)
    assert got == ["deny"]
    assert wait_for_answer(open_ask(d, a, c, store=pg), 0.2, store=pg) == "deny"


def test_concurrent_writers(pg_url: str, pg: Store) -> None:
    r = run_bench(procs=8, count=100, db=pg_url, interval=0)
    assert r["errors"] == [] and r["rows"] == 800
