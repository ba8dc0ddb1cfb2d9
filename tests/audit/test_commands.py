"""`automode log` and `automode stats` through the real CLI dispatcher."""

from __future__ import annotations

import json
import time

import pytest

from automode.audit.asks import answer, open_ask
from automode.audit.row import EXPORT_SCHEMA, build_row
from automode.audit.store import Store
from automode.cli import main

from .conftest import sample


def _fill(store: Store) -> None:
    rows = []
    now = time.time()
    for i in range(12):
        verdict = ("allow", "ask", "deny")[i % 3]
        d, a, c = sample(
            i,
            verdict=verdict,
            session=f"s{i % 2}",
            rules=(f"AM-R-{i % 2:03d}",),
            cmd=f"npm run test:{i}" if i % 3 else f"ls {i}",
        )
        rows.append(
            build_row(
                d,
                a,
                c,
                agent="codex" if i < 4 else "claude-code",
                ts=now - 86400 * (i // 6) - 60 + i,
                uid=f"u{i}",
            )
        )
    store.insert(rows)
    d, a, c = sample(99, verdict="ask")
    answer(open_ask(d, a, c, timeout=60, store=store), "allow", store=store)


def test_log_text_and_filters(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(store)
    assert main(["log", "--verdict", "deny"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n    ") == 4 and "deny" in out and "allow " not in out
    assert main(["log", "--session", "s1", "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == 6 and all(x["session"] == "s1" for x in lines)
    assert [x["seq"] for x in lines] == sorted(x["seq"] for x in lines)  # oldest first, newest last


def test_log_json_schema(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(store)
    assert main(["log", "--json", "-n", "1", "--rule", "AM-R-001", "--since", "1d"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    rec = json.loads(line)
    assert set(rec) == {
        "schema",
        "id",
        "seq",
        "time",
        "ts",
        "session",
        "agent",
        "user",
        "host",
        "cwd",
        "project_root",
        "mode",
        "tool",
        "summary",
        "action",
        "verdict",
        "reason",
        "rules",
        "category",
        "suggestion",
        "stage",
        "elapsed_us",
        "ask_id",
        "engine_verdict",
        "decided_by",
        "client",
    }
    assert rec["decided_by"] == "local" and rec["client"] is None  # decided by this machine's engine, for its user
    assert rec["schema"] == EXPORT_SCHEMA and rec["time"].endswith("Z") and rec["rules"] == ["AM-R-001"]
    assert rec["action"] == {"command": "npm run test:5"}  # test:11 is older than 1d


def test_log_follow_bounded(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(store)
    assert main(["log", "--follow", "-n", "2", "--max-seconds", "0.3", "--interval", "0.05", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_log_bad_since(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--since", "yesterdayish"]) == 2
    assert "cannot read time" in capsys.readouterr().err


def test_stats(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(store)
    assert main(["stats", "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["total"] == 12 and s["verdicts"] == {"allow": 4, "ask": 4, "deny": 4}
    assert {r["rule"] for r in s["top_rules"]} == {"AM-R-000", "AM-R-001"}
    assert s["asks"]["allowed"] == 1 and s["asks"]["queued"] == 1
    assert set(s["per_agent"]) == {"codex", "claude-code"} and s["per_agent"]["codex"]["total"] == 4
    assert len(s["per_day"]) == 2 and s["latency_us"]["p50"] > 100
    assert main(["stats"]) == 0
    text = capsys.readouterr().out
    assert "decisions: 12" in text and "AM-R-001" in text and "per day" in text
    # the per-day table: one aligned row a day, total then allow, ask, deny
    days = [line.split() for line in text.splitlines() if line[:4].isdigit()]
    assert len(days) == 2 and all(d[1:] == ["6", "2", "2", "2"] for d in days)
    assert all(line == line.rstrip() for line in text.splitlines())  # no padding left at line ends
