"""`automode review`: grouping, narrow proposals, replay against deny-labelled records, --apply."""

from __future__ import annotations

import json
import time
import tomllib
from pathlib import Path

import pytest

from automode import permissions
from automode.audit.config_edit import ConfigEditError, add_allow_rules
from automode.audit.review import Replayer, load_corpus, review
from automode.audit.row import build_row
from automode.audit.settings import default_bench_dirs
from automode.audit.store import Store
from automode.cli import main
from automode.model import Action, Context, Decision

REAL_BENCH = next((d for d in default_bench_dirs() if d.is_dir() and any(d.glob("*.jsonl"))), None)


def _record(
    store: Store, cmd: str, verdict: str = "ask", rule: str = "AM-T-001", n: int = 1, session: str = "s"
) -> None:
    rows = []
    for i in range(n):
        d = Decision(verdict, f"{rule} fired", (rule,), stage="policy")  # type: ignore[arg-type]
        a = Action("Bash", {"command": cmd}, "/home/dev/proj")
        c = Context(cwd="/home/dev/proj", project_root="/home/dev/proj", session_id=session)
        rows.append(
            build_row(d, a, c, agent="t", ts=time.time() - 60, uid=f"{cmd}-{i}-{time.monotonic_ns()}")
        )
    store.insert(rows)


def _bench(tmp_path: Path) -> Path:
    d = tmp_path / "bench"
    d.mkdir()
    recs = [
        {
            "id": "t-1",
            "action": {"tool": "Bash", "input": {"command": "rm -rf /home/dev"}},
            "context": {},
            "label": "deny",
        },
        {
            "id": "t-2",
            "action": {"tool": "Bash", "input": {"command": "git push origin main --force"}},
            "context": {},
            "label": "deny",
        },
        {
            "id": "t-3",
            "action": {"tool": "Bash", "input": {"command": "make deploy-prod"}},
            "context": {},
            "label": "ask",
        },
        {
            "id": "t-4",
            "action": {"tool": "Bash", "input": {"command": "ls"}},
            "context": {},
            "label": "allow",
        },
    ]
    (d / "mini.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    return d


def test_narrow_proposals_and_rejections(store: Store, tmp_path: Path) -> None:
    for x in ("a", "b", "c"):
        _record(store, f"npm run test:unit -- --grep {x}", session=x)
    _record(store, "git push origin main --force", verdict="deny", rule="AM-GIT-001", n=2)
    _record(store, "rm -rf /home/dev", verdict="deny", rule="AM-FS-001")
    props = {p.rule: p for p in review(store, since=None, bench_dir=_bench(tmp_path))}
    ok = props["Bash(npm run test:unit -- --grep:*)"]
    assert ok.status == "proposed" and ok.corpus_deny == [] and len(ok.group.records) == 3
    bad = props["Bash(git push origin main --force)"]
    assert bad.status == "rejected" and bad.corpus_deny == ["t-2"]
    assert props["Bash(rm -rf /home/dev)"].status == "rejected"


def test_own_denials_block_a_proposal(store: Store) -> None:
    _record(store, "make deploy-staging", n=2)
    _record(store, "make deploy-prod", verdict="deny", rule="AM-OTHER-001")
    _record(store, "make deploy-prod", verdict="ask")  # same shape as the staging asks, different command
    props = review(store, since=None, bench_dir=None)
    staging = [p for p in props if p.rule and "staging" in p.rule]
    assert staging and staging[0].status == "proposed"
    # Grouped with the prod ask under one rule id, the common prefix `make` would cover the prod denial.
    mixed = [p for p in props if p.group.tool == "Bash" and "AM-T-001" in p.group.rules]
    assert all(p.rule != "Bash(make:*)" for p in mixed)


def test_review_and_apply_command(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for x in ("a", "b"):
        _record(store, f"pytest tests/{x}.py -x -q")
    bench = _bench(tmp_path)
    assert main(["review", "--bench", str(bench)]) == 0
    out = capsys.readouterr().out
    # Different files are different shapes: each gets its own exact rule, never `Bash(pytest:*)`.
    assert "propose: Bash(pytest tests/a.py -x -q)" in out and "Bash(pytest:*)" not in out
    _record(store, "cargo build --release", n=2)
    assert main(["review", "--bench", str(bench), "--json", "--grep", "cargo"]) == 0
    data = json.loads(capsys.readouterr().out)
    offered = [g for g in data["groups"] if g["status"] == "proposed"]
    assert [g["rule"] for g in offered] == ["Bash(cargo build --release)"]
    cfg = tmp_path / "config" / "automode" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(
        '# my settings\n[permissions]\ndeny = ["Bash(rm -rf /)"]\n\n[trust]\ndomains = ["example.com"]\n'
    )
    assert main(["review", "--bench", str(bench), "--grep", "cargo", "--apply"]) == 0
    assert "added allow rule Bash(cargo build --release)" in capsys.readouterr().out
    text = cfg.read_text()
    data2 = tomllib.loads(text)
    assert data2["permissions"]["allow"] == ["Bash(cargo build --release)"]
    assert data2["permissions"]["deny"] == ["Bash(rm -rf /)"] and "# my settings" in text
    assert "added by `automode review`" in text
    assert main(["review", "--bench", str(bench), "--grep", "cargo", "--apply", "1"]) == 0  # idempotent
    assert tomllib.loads(cfg.read_text())["permissions"]["allow"] == ["Bash(cargo build --release)"]


def test_config_edit_shapes(tmp_path: Path) -> None:
    p = tmp_path / "c.toml"
    assert add_allow_rules(p, ["Bash(a)"], "c1") == ["Bash(a)"]
    p.write_text('[permissions]\nallow = [\n  "Bash(x)", # trailing comment ]\n  "Bash(y)"\n]\nask = []\n')
    add_allow_rules(p, ["Bash(z)", "Bash(x)"], "c2")
    assert tomllib.loads(p.read_text())["permissions"] == {
        "allow": ["Bash(x)", "Bash(y)", "Bash(z)"],
        "ask": [],
    }
    p.write_text('[permissions]\nallow = ["Read(//a)",]\n')
    add_allow_rules(p, ['Bash(echo "hi")'], "c3")
    assert tomllib.loads(p.read_text())["permissions"]["allow"] == ["Read(//a)", 'Bash(echo "hi")']
    p.write_text("[permissions\n")
    with pytest.raises(ConfigEditError):
        add_allow_rules(p, ["Bash(a)"], "c4")


@pytest.mark.skipif(REAL_BENCH is None, reason="benchmark corpora (shared/bench/*.jsonl) not present")
def test_never_proposes_a_rule_that_allows_a_deny_labelled_record(store: Store) -> None:
    """Record the corpus's own deny and ask records as the user's asks and denials, then review them all: no
    offered rule may match any deny-labelled corpus record (checked here independently of review's own replay)."""
    assert REAL_BENCH is not None
    corpus = load_corpus(REAL_BENCH)
    deny = [c for c in corpus if c.label == "deny"]
    rows = []
    for i, c in enumerate(corpus[::3]):
        d = Decision("ask" if i % 2 else "deny", "r", (f"AM-X-{i % 4}",), stage="policy")
        ctx = Context(cwd=c.action.cwd, project_root=c.ctx.project_root, session_id=f"s{i % 5}")
        rows.append(build_row(d, c.action, ctx, agent="t", ts=time.time() - 100, uid=f"c{i}"))
    store.insert(rows)
    props = review(store, since=None, bench_dir=REAL_BENCH, limit=400)
    offered = [p for p in props if p.status == "proposed"]
    rejected = [p for p in props if p.status == "rejected"]
    assert rejected, "the replay should have had something to reject"
    rp = Replayer()
    for p in offered:
        rule = permissions.parse_rule(p.rule or "")
        hits = [c.id for c in deny if rp.matches(rule, c)]
        assert hits == [], (p.rule, hits[:3])
